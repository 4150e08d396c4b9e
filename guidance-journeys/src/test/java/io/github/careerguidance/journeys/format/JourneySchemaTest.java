/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.github.careerguidance.journeys.model.JourneyGenerator;
import io.github.careerguidance.testsupport.CommittedSchemas;
import io.github.careerguidance.testsupport.SchemaValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped schema is the generated one, journeys validate against it and broken documents do not.
 *
 * <p>Regenerate both copies with {@code ./mvnw -pl guidance-core,guidance-journeys verify
 * -Djourneys.schema.update=true}.
 */
class JourneySchemaTest {
    static final CommittedSchemas COMMITTED = new CommittedSchemas(
            Path.of("schema"),
            Path.of("src", "main", "resources", "io", "github", "careerguidance", "journeys"),
            "journeys.schema.update");

    static final Schema SCHEMA = SchemaValidation.load(JourneySchema.text());

    static List<String> errors(String document, InputFormat format) {
        return SchemaValidation.errors(SCHEMA, document, format);
    }

    @Test
    void shippedSchemaIsTheGeneratedOne() {
        String generated = JourneySchemaGenerator.generate();
        COMMITTED.assertGenerated("journey.schema.json", generated, JourneySchema.text());
        assertThat(generated).contains("\"Condition\"");
    }

    @Test
    void generatedJourneysValidate() {
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            String json = JourneyFormat.json().write(JourneyGenerator.journey(seed));
            assertThat(errors(json, InputFormat.JSON)).isEmpty();
        });
    }

    @Test
    void theSmallExampleValidatesAsYaml() throws IOException {
        String yaml = new String(
                getClass()
                        .getResourceAsStream("/io/github/careerguidance/journeys/model/small.yaml")
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(errors(yaml, InputFormat.YAML)).isEmpty();
    }

    @Test
    void brokenDocumentsDoNotValidate() {
        String base = "id: zoek-werk\nversion: 1.0.0\ntitle: {nl: Zoek werk}\nstart: a\nsteps:\n"
                + "  - id: a\n    kind: outcome\n    phase: execution\n    title: {nl: Einde}\n"
                + "    outcome: {type: plan, text: {nl: Klaar}}\n";
        assertThat(errors(base, InputFormat.YAML)).isEmpty();
        assertThat(errors(base.replace("title: {nl: Zoek werk}\n", ""), InputFormat.YAML))
                .anyMatch(e -> e.contains("title"));
        assertThat(errors(base.replace("version: 1.0.0", "version: 1.0"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/version"));
        assertThat(errors(base.replace("kind: outcome", "kind: wizard"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/steps/0/kind"));
        assertThat(errors(base + "    colour: blue\n", InputFormat.YAML)).anyMatch(e -> e.contains("colour"));
        assertThat(errors(
                        base
                                + "    transitions: [{target: a, when: {lt: {answer: q, value: 1}, gt: {answer: q, value: 2}}}]\n",
                        InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/steps/0/transitions/0/when"));
        assertThat(errors(base + "    transitions: [{target: a, when: {all: []}}]\n", InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/steps/0/transitions/0/when/all"));
        assertThat(errors(base.replace("title: {nl: Einde}", "title: {nl: Einde, en: 3}"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/steps/0/title/en"));
    }

    @Test
    void schemaErrorsCarryPointers() {
        List<Error> found = SCHEMA.validate("{\"id\": \"Zoek Werk\"}", InputFormat.JSON);
        assertThat(found).isNotEmpty();
        assertThat(found.stream().map(e -> e.getInstanceLocation().toString())).contains("/id");
    }
}
