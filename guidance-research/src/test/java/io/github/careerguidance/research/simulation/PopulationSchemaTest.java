/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped population schema is the generated one and the sample populations validate against it.
 *
 * <p>Regenerate both copies with {@code ./mvnw -pl guidance-core,guidance-journeys,guidance-research verify
 * -Dresearch.schema.update=true}.
 */
class PopulationSchemaTest {
    static final Path REPO_COPY = Path.of("schema", "population.schema.json");
    static final Path RESOURCE_COPY = Path.of("src", "main", "resources", "io", "github", "careerguidance", "research",
            "population.schema.json");

    static List<String> errors(String document, InputFormat format) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(PopulationModel.jsonSchema(), InputFormat.JSON);
        return schema.validate(document, format).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
                .collect(Collectors.toList());
    }

    @Test
    void shippedSchemaIsTheGeneratedOne() throws IOException {
        String generated = PopulationSchemaGenerator.generate();
        if (Boolean.getBoolean("research.schema.update")) {
            Files.writeString(REPO_COPY, generated, StandardCharsets.UTF_8);
            Files.writeString(RESOURCE_COPY, generated, StandardCharsets.UTF_8);
        }
        assertThat(PopulationModel.jsonSchema()).as("jar resource; regenerate with -Dresearch.schema.update=true")
                .isEqualTo(generated);
        assertThat(Files.readString(REPO_COPY, StandardCharsets.UTF_8)).as("repository copy").isEqualTo(generated);
        assertThat(generated).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
                .contains("\"AnswerRule\"").doesNotContain("()").doesNotContain("nullable");
    }

    @Test
    void theSamplesValidate() {
        assertThat(errors(Populations.text("looking-for-work.population.yaml"), InputFormat.YAML)).isEmpty();
        assertThat(errors(Populations.text("one-stop-shop.population.yaml"), InputFormat.YAML)).isEmpty();
        assertThat(errors(Populations.lookingForWork().toJson(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void brokenDocumentsDoNotValidate() {
        String base = "id: proef\ngoals: {looking-for-work: 1.0}\n";
        assertThat(errors(base, InputFormat.YAML)).isEmpty();
        assertThat(errors(base + "contactRequest: 1.5\n", InputFormat.YAML)).anyMatch(e -> e.startsWith("/contactRequest"));
        assertThat(errors(base + "dropOut: {wizard: 0.1}\n", InputFormat.YAML)).anyMatch(e -> e.startsWith("/dropOut"));
        assertThat(errors(base + "dropOut: {question: -0.1}\n", InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/dropOut/question"));
        assertThat(errors(base + "colour: blue\n", InputFormat.YAML)).anyMatch(e -> e.contains("colour"));
        assertThat(errors("goals: {a: 1}\n", InputFormat.YAML)).anyMatch(e -> e.contains("id"));
        assertThat(errors(base + "questions: {q: [{answers: {ja: 2}}]}\n", InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/questions/q/0/answers/ja"));
    }
}
