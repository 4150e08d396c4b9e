/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.testsupport.CommittedSchemas;
import io.github.careerguidance.testsupport.SchemaValidation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The shipped scenario schema is the generated one, and the reference scenario files validate against it.
 *
 * <p>Regenerate the copies with {@code ./mvnw -pl guidance-test-support,guidance-core,guidance-journeys verify
 * -Djourneys.schema.update=true}.
 */
class ScenarioSchemaTest {
    static final CommittedSchemas COMMITTED = new CommittedSchemas(
            Path.of("schema"),
            Path.of("src", "main", "resources", "io", "github", "careerguidance", "journeys"),
            "journeys.schema.update");

    @Test
    void shippedSchemaIsTheGeneratedOne() {
        String shipped;
        try {
            shipped = ScenarioSchema.text();
        } catch (IllegalStateException e) {
            shipped = ""; // first generation
        }
        String generated = ScenarioSchemaGenerator.generate();
        COMMITTED.assertGenerated("scenarios.schema.json", generated, shipped);
        assertThat(generated).contains("\"Visit\"", "\"requestContactAt\"", "\"extensions\"", "\"nextOpening\"");
    }

    @Test
    void referenceScenariosValidateAndBrokenOnesDoNot() throws IOException {
        var schema = SchemaValidation.load(ScenarioSchema.text());
        for (String id : ReferenceJourneys.IDS) {
            String text = ReferenceScenarios.text(id);
            assertThat(SchemaValidation.errors(schema, text, InputFormat.YAML))
                    .as(id)
                    .isEmpty();
        }
        String ok = "journey: j\nscenarios:\n  - name: a\n    visits: [{answers: {q-a: ja}}]\n";
        assertThat(SchemaValidation.errors(schema, ok, InputFormat.YAML)).isEmpty();
        assertThat(SchemaValidation.errors(schema, ok.replace("q-a:", "\"q a#0\":"), InputFormat.YAML))
                .anyMatch(e -> e.contains("answers"));
        assertThat(SchemaValidation.errors(
                        schema, ok.replace("visits: [{answers: {q-a: ja}}]", "visits: []"), InputFormat.YAML))
                .anyMatch(e -> e.contains("visits"));
        assertThat(SchemaValidation.errors(schema, ok + "    colour: blue\n", InputFormat.YAML))
                .anyMatch(e -> e.contains("colour"));
    }

    /** The reference scenario files on the class path. */
    static final class ReferenceScenarios {
        private ReferenceScenarios() {}

        static String text(String id) throws IOException {
            String resource = ReferenceJourneys.BASE + "scenarios/" + id + ".scenarios.yaml";
            try (InputStream in = ScenarioSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as(resource).isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
