/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.networknt.schema.InputFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class SchemaGenerationTest {
    /** A colour by code. */
    enum Colour {
        DARK_RED("dark-red"),
        BLUE("blue");

        private final String code;

        Colour(String code) {
            this.code = code;
        }

        @JsonValue
        public String code() {
            return code;
        }
    }

    /** A value type without a generated builder: its abstract accessors are the properties. */
    abstract static class Card {
        public abstract String id();

        @JsonProperty("display-name")
        public abstract String name();

        public abstract Optional<String> note();

        public abstract Optional<Colour> colour();

        public abstract OptionalInt rank();

        public abstract List<Optional<String>> tags();

        public abstract Map<String, Integer> counts();

        public abstract Optional<LocalDate> since();

        /** Not abstract and no builder: not a property. */
        public String shout() {
            return id().toUpperCase(java.util.Locale.ROOT);
        }

        /** Static: never a property. */
        public static Card empty() {
            return null;
        }
    }

    static String generate() {
        SchemaGeneratorConfigBuilder config =
                SchemaGeneration.withImmutablesAccessors(SchemaGeneration.configBuilder());
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (raw == LocalDate.class) {
                return SchemaGeneration.isoDate(node);
            }
            if (raw.isEnum()) {
                return SchemaGeneration.enumByCode(raw, node);
            }
            return null;
        });
        ObjectNode schema = SchemaGeneration.generate(config, Card.class);
        return SchemaGeneration.write(schema, "https://example.org/card.schema.json", "card", "A card.");
    }

    @Test
    void accessorsArePropertiesWithoutParenthesesOrNullableVariants() {
        String text = generate();
        assertThat(text)
                .startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\",\n"
                        + "  \"$id\" : \"https://example.org/card.schema.json\",\n  \"title\" : \"card\",\n"
                        + "  \"description\" : \"A card.\",\n")
                .endsWith("}\n");
        assertThat(text).doesNotContain("()", "nullable", "\"null\"", "\r", "shout", "empty");
        assertThat(text)
                .contains(
                        "\"display-name\"",
                        "\"note\"",
                        "\"rank\"",
                        "\"tags\"",
                        "\"counts\"",
                        "\"additionalProperties\" : false",
                        "\"format\" : \"date\"",
                        "\"$ref\" : \"#/$defs/Colour\"");
        ObjectNode schema = (ObjectNode)
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
        assertThat(schema.get("required").toString()).isEqualTo("[\"display-name\",\"id\"]");
        assertThat(schema.get("$defs").get("Colour").get("enum").toString()).isEqualTo("[\"dark-red\",\"blue\"]");
        assertThat(schema.get("properties").get("note").get("type").asString()).isEqualTo("string");
    }

    @Test
    void theGeneratedSchemaChecksDocuments() {
        var schema = SchemaValidation.load(generate());
        assertThat(SchemaValidation.errors(
                        schema,
                        "{\"id\": \"a\", \"display-name\": \"A\", \"colour\": \"dark-red\","
                                + " \"since\": \"2026-12-07\", \"tags\": [\"x\"]}",
                        InputFormat.JSON))
                .isEmpty();
        assertThat(SchemaValidation.errors(schema, "id: a\ndisplay-name: A\n", InputFormat.YAML))
                .isEmpty();
        assertThat(SchemaValidation.errors(schema, "{\"display-name\": \"A\"}", InputFormat.JSON))
                .anyMatch(e -> e.contains("id"));
        assertThat(SchemaValidation.errors(
                        schema, "{\"id\": \"a\", \"display-name\": \"A\", \"colour\": \"DARK_RED\"}", InputFormat.JSON))
                .anyMatch(e -> e.startsWith("/colour "));
        assertThat(SchemaValidation.errors(
                        schema, "{\"id\": \"a\", \"display-name\": \"A\", \"note\": null}", InputFormat.JSON))
                .anyMatch(e -> e.startsWith("/note "));
        assertThat(SchemaValidation.errors(
                        schema,
                        "{\"id\": \"a\", \"display-name\": \"A\", \"colour\": \"blue\"," + " \"size\": 3}",
                        InputFormat.JSON))
                .anyMatch(e -> e.contains("size"));
    }

    @Test
    void theTextIsTheSameOnEveryRun() {
        assertThat(generate()).isEqualTo(generate());
    }

    @Test
    void localizedTextsHaveATagPerText() {
        ObjectNode node =
                tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        SchemaGeneration.localizedText(node, "{\"nl\": \"Hallo\"}");
        assertThat(node.get("description").asString())
                .isEqualTo("A text per language tag, such as {\"nl\": \"Hallo\"}.");
        assertThat(node.get("minProperties").asInt()).isEqualTo(1);
        assertThat(node.get("additionalProperties").get("pattern").asString()).isEqualTo("\\S");
    }

    @Test
    void badInputIsNamed() {
        ObjectNode node =
                tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        assertThatThrownBy(() -> SchemaGeneration.enumByCode(String.class, node))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> SchemaGeneration.write(node, "id", "title", "description"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("$schema");
    }
}
