/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates documents against a shipped schema with networknt's validator, the way the schema tests read the errors:
 * one line per error, the instance location (a JSON pointer such as {@code /steps/0/id}) then the message.
 *
 * <pre>{@code
 * Schema schema = SchemaValidation.load(JourneySchema.text());
 * assertThat(SchemaValidation.errors(schema, yaml, InputFormat.YAML)).isEmpty();
 * }</pre>
 */
public final class SchemaValidation {
    private SchemaValidation() {}

    /**
     * Loads a schema text with draft 2020-12 as the default dialect.
     *
     * @param schemaText the schema as JSON
     * @return the schema, to validate many documents against
     */
    public static Schema load(String schemaText) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaText, InputFormat.JSON);
    }

    /**
     * The errors of a document, each as its instance location, a space and the message.
     *
     * @param schema the schema
     * @param document the document text
     * @param format the document's format (JSON or YAML)
     * @return the errors in the validator's order; empty when the document is valid
     */
    public static List<String> errors(Schema schema, String document, InputFormat format) {
        return schema.validate(document, format).stream()
                .map(e -> e.getInstanceLocation() + " " + e.getMessage())
                .collect(Collectors.toList());
    }
}
