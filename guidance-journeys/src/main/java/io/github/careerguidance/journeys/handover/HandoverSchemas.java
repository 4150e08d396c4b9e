/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.meta.Beta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of handover requests and routing tables, as shipped in the jar.
 *
 * <p>Generated from the types and kept in two places that a test keeps equal to a fresh generation: the jar
 * resources and {@code guidance-journeys/schema/} in the repository. They describe the structure (fields, types,
 * enums, patterns); rules across fields are checked when reading.
 *
 * @since 0.1.0
 */
@Beta
public final class HandoverSchemas {
    /** The class-path resource of the handover request schema. */
    public static final String REQUEST_RESOURCE = "io/github/careerguidance/journeys/handover-request.schema.json";

    /** The class-path resource of the routing table schema. */
    public static final String ROUTING_TABLE_RESOURCE = "io/github/careerguidance/journeys/routing-table.schema.json";

    private HandoverSchemas() {}

    /**
     * The handover request schema.
     *
     * @return the schema as JSON
     * @throws IllegalStateException if the resource is missing (a packaging error)
     */
    public static String request() {
        return text(REQUEST_RESOURCE);
    }

    /**
     * The routing table schema.
     *
     * @return the schema as JSON
     * @throws IllegalStateException if the resource is missing (a packaging error)
     */
    public static String routingTable() {
        return text(ROUTING_TABLE_RESOURCE);
    }

    private static String text(String resource) {
        try (InputStream in = HandoverSchemas.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource '" + resource + "' is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource '" + resource + "'", e);
        }
    }
}
