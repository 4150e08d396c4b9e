/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.testsupport.CommittedSchemas;
import io.github.careerguidance.testsupport.SchemaValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped action-plan schema is the generated one (jar resource and {@code guidance-core/schema/}), the example
 * plans and generated plans validate against it, and broken documents do not, with the path named.
 *
 * <p>Regenerate both copies with {@code ./mvnw -q -B -pl guidance-test-support,guidance-core verify
 * -Dtest=ActionPlanSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -Dplan.schema.update=true}.
 */
class ActionPlanSchemaTest {
    static final CommittedSchemas COMMITTED = new CommittedSchemas(
            Path.of("schema"),
            Path.of("src", "main", "resources")
                    .resolve(ActionPlans.SCHEMA_RESOURCE)
                    .getParent(),
            "plan.schema.update");

    /** Loaded per use, so that a missing or empty shipped copy fails only the test that compares it. */
    static Schema schema() {
        return SchemaValidation.load(ActionPlans.schema());
    }

    static List<String> errors(String document, InputFormat format) {
        return SchemaValidation.errors(schema(), document, format);
    }

    @Test
    void shippedSchemaIsTheGeneratedOne() {
        String generated = PlanSchemaGenerator.generate();
        COMMITTED.assertGenerated(PlanSchemaGenerator.FILE, generated, ActionPlans.schema());
        assertThat(generated)
                .contains(
                        "\"recurring-obligation\"",
                        "\"no-longer-relevant\"",
                        "\"walk-in\"",
                        "\"horizon\"",
                        "\"signposts\"")
                .doesNotContain("\"https\"")
                .doesNotContain("wellFormed");
    }

    @Test
    void theExamplePlansValidate() throws IOException {
        assertThat(errors(Files.readString(ActionPlanTest.WERKLOOS), InputFormat.YAML))
                .isEmpty();
        assertThat(errors(Files.readString(ActionPlanTest.VOORSTEL), InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void generatedPlansValidate() {
        Schema schema = schema();
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            String json = GuidanceCodec.json().write(PlanGenerators.plan(seed));
            assertThat(schema.validate(json, InputFormat.JSON)).as(json).isEmpty();
        });
    }

    @Test
    void brokenPlansDoNotValidateAndNameThePath() throws IOException {
        String base = Files.readString(ActionPlanTest.WERKLOOS);
        assertThat(errors(base.replace("horizon: P12W\n", ""), InputFormat.YAML))
                .anyMatch(e -> e.contains("horizon"));
        assertThat(errors(base.replace("horizon: P12W", "horizon: twaalf weken"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/horizon"));
        assertThat(errors(base.replace("due: P14D", "due: P-14D"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/actions/1/due"));
        assertThat(errors(base.replace("kind: task", "kind: klus"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/actions/1/kind"));
        assertThat(errors(base.replace("count: 4", "count: vier"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/actions/0/recurrence/count"));
        assertThat(errors(base.replace("period: P4W", "period: vier weken"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/actions/0/recurrence/period"));
        assertThat(errors(base.replace("channel: video", "channel: duif"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/reviews/0/channel"));
        assertThat(errors(base.replace("{status: in-progress,", "{status: bezig,"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/actions/0/history/0/status"));
        assertThat(errors(base + "kleur: blauw\n", InputFormat.YAML)).anyMatch(e -> e.contains("kleur"));
    }
}
