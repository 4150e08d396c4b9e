/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

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
 * The shipped handover schemas are the generated ones, and documents validate against them.
 *
 * <p>Regenerate the copies with {@code ./mvnw -pl guidance-core,guidance-journeys verify
 * -Djourneys.schema.update=true}.
 */
class HandoverSchemaTest {
    static final Path REPO = Path.of("schema");
    static final Path RESOURCES = Path.of("src", "main", "resources", "io", "github", "careerguidance", "journeys");

    static List<String> errors(String schemaText, String document, InputFormat format) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(schemaText, InputFormat.JSON);
        return schema.validate(document, format).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage())
                .collect(Collectors.toList());
    }

    private static void update(String file, String generated) throws IOException {
        if (Boolean.getBoolean("journeys.schema.update")) {
            Files.writeString(REPO.resolve(file), generated, StandardCharsets.UTF_8);
            Files.writeString(RESOURCES.resolve(file), generated, StandardCharsets.UTF_8);
        }
    }

    private static void check(String file, String generated, String shipped) throws IOException {
        assertThat(shipped).as("jar resource %s; regenerate with -Djourneys.schema.update=true", file)
                .isEqualTo(generated);
        assertThat(Files.readString(REPO.resolve(file), StandardCharsets.UTF_8)).as("repository copy").isEqualTo(generated);
        assertThat(generated).contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"")
                .doesNotContain("()").doesNotContain("nullable");
    }

    @Test
    void shippedSchemasAreTheGeneratedOnes() throws IOException {
        String request = HandoverSchemaGenerator.request();
        String routing = HandoverSchemaGenerator.routingTable();
        update("handover-request.schema.json", request);
        update("routing-table.schema.json", routing);
        check("handover-request.schema.json", request, readShipped(true));
        check("routing-table.schema.json", routing, readShipped(false));
    }

    private static String readShipped(boolean request) {
        try {
            return request ? HandoverSchemas.request() : HandoverSchemas.routingTable();
        } catch (IllegalStateException e) {
            return ""; // first generation
        }
    }

    @Test
    void documentsValidate() {
        assertThat(errors(HandoverSchemas.request(), HandoverFormat.json().write(HandoverFixtures.fullRequest()),
                InputFormat.JSON)).isEmpty();
        assertThat(errors(HandoverSchemas.routingTable(), HandoverFixtures.ROUTING_YAML, InputFormat.YAML)).isEmpty();
    }

    @Test
    void brokenDocumentsDoNotValidate() {
        String json = HandoverFormat.json().write(HandoverFixtures.fullRequest());
        assertThat(errors(HandoverSchemas.request(), json.replace("\"safety-net\"", "\"bored\""), InputFormat.JSON))
                .anyMatch(e -> e.startsWith("/reason"));
        assertThat(errors(HandoverSchemas.request(), json.replaceFirst("\\{", "{\"colour\": \"blue\","),
                InputFormat.JSON)).anyMatch(e -> e.contains("colour"));
        assertThat(errors(HandoverSchemas.routingTable(), "nationalDefault: []\n", InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/nationalDefault"));
        assertThat(errors(HandoverSchemas.routingTable(), "nationalDefault: [x]\npostcodes: {\"0123ab\": x}\n",
                InputFormat.YAML)).anyMatch(e -> e.startsWith("/postcodes"));
    }
}
