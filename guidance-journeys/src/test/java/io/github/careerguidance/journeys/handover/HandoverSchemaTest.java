/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.github.careerguidance.testsupport.CommittedSchemas;
import io.github.careerguidance.testsupport.SchemaValidation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped handover schemas are the generated ones, and documents validate against them.
 *
 * <p>Regenerate the copies with {@code ./mvnw -pl guidance-test-support,guidance-core,guidance-journeys verify
 * -Djourneys.schema.update=true}.
 */
class HandoverSchemaTest {
    static final CommittedSchemas COMMITTED = new CommittedSchemas(
            Path.of("schema"),
            Path.of("src", "main", "resources", "io", "github", "careerguidance", "journeys"),
            "journeys.schema.update");

    static List<String> errors(String schemaText, String document, InputFormat format) {
        return SchemaValidation.errors(SchemaValidation.load(schemaText), document, format);
    }

    @Test
    void shippedSchemasAreTheGeneratedOnes() {
        COMMITTED.assertGenerated("handover-request.schema.json", HandoverSchemaGenerator.request(), readShipped(true));
        String routing = HandoverSchemaGenerator.routingTable();
        COMMITTED.assertGenerated("routing-table.schema.json", routing, readShipped(false));
        assertThat(routing).contains("\"Pc4Range\"", "\"nationalDefault\"", "\"ContactPoint\"");
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
        assertThat(errors(
                        HandoverSchemas.request(),
                        HandoverFormat.json().write(HandoverFixtures.fullRequest()),
                        InputFormat.JSON))
                .isEmpty();
        assertThat(errors(HandoverSchemas.routingTable(), HandoverFixtures.ROUTING_YAML, InputFormat.YAML))
                .isEmpty();
    }

    @Test
    void brokenDocumentsDoNotValidate() {
        String json = HandoverFormat.json().write(HandoverFixtures.fullRequest());
        assertThat(errors(HandoverSchemas.request(), json.replace("\"safety-net\"", "\"bored\""), InputFormat.JSON))
                .anyMatch(e -> e.startsWith("/reason"));
        assertThat(errors(
                        HandoverSchemas.request(),
                        json.replaceFirst("\\{", "{\"colour\": \"blue\","),
                        InputFormat.JSON))
                .anyMatch(e -> e.contains("colour"));
        assertThat(errors(HandoverSchemas.routingTable(), "nationalDefault: []\n", InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/nationalDefault"));
        assertThat(errors(
                        HandoverSchemas.routingTable(),
                        "nationalDefault: [x]\npostcodes: {\"0123ab\": x}\n",
                        InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/postcodes"));
    }
}
