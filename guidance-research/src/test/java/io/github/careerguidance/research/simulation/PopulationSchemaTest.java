/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.github.careerguidance.testsupport.CommittedSchemas;
import io.github.careerguidance.testsupport.SchemaValidation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped population schema is the generated one and the sample populations validate against it.
 *
 * <p>Regenerate both copies with {@code ./mvnw -pl guidance-core,guidance-journeys,guidance-research verify
 * -Dresearch.schema.update=true}.
 */
class PopulationSchemaTest {
    static final CommittedSchemas COMMITTED = new CommittedSchemas(
            Path.of("schema"),
            Path.of("src", "main", "resources", "io", "github", "careerguidance", "research"),
            "research.schema.update");
    static final Schema SCHEMA = SchemaValidation.load(PopulationModel.jsonSchema());

    static List<String> errors(String document, InputFormat format) {
        return SchemaValidation.errors(SCHEMA, document, format);
    }

    @Test
    void shippedSchemaIsTheGeneratedOne() {
        String generated = PopulationSchemaGenerator.generate();
        COMMITTED.assertGenerated("population.schema.json", generated, PopulationModel.jsonSchema());
        assertThat(generated).contains("\"AnswerRule\"");
    }

    @Test
    void theSamplesValidate() {
        assertThat(errors(Populations.text("looking-for-work.population.yaml"), InputFormat.YAML))
                .isEmpty();
        assertThat(errors(Populations.text("one-stop-shop.population.yaml"), InputFormat.YAML))
                .isEmpty();
        assertThat(errors(Populations.lookingForWork().toJson(), InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void brokenDocumentsDoNotValidate() {
        String base = "id: proef\ngoals: {looking-for-work: 1.0}\n";
        assertThat(errors(base, InputFormat.YAML)).isEmpty();
        assertThat(errors(base + "contactRequest: 1.5\n", InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/contactRequest"));
        assertThat(errors(base + "dropOut: {wizard: 0.1}\n", InputFormat.YAML)).anyMatch(e -> e.startsWith("/dropOut"));
        assertThat(errors(base + "dropOut: {question: -0.1}\n", InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/dropOut/question"));
        assertThat(errors(base + "colour: blue\n", InputFormat.YAML)).anyMatch(e -> e.contains("colour"));
        assertThat(errors("goals: {a: 1}\n", InputFormat.YAML)).anyMatch(e -> e.contains("id"));
        assertThat(errors(base + "questions: {q: [{answers: {ja: 2}}]}\n", InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/questions/q/0/answers/ja"));
    }
}
