/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the journey file format, as shipped in the jar.
 *
 * <p>The schema is generated from the model types and kept in two places that a test keeps equal to a fresh
 * generation: the jar resource {@value #RESOURCE} and {@code guidance-journeys/schema/journey.schema.json} in the
 * repository. Point an editor at it for completion while writing YAML or JSON journeys. It describes the
 * structure only (fields, types, enums, id patterns); the rules across fields (the part of each step kind, a
 * default transition, references, reachability, ...) are checked when reading and by the journey checker.
 *
 * <pre>{@code
 * String schema = JourneySchema.text();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JourneySchema {
    /** The class-path resource of the schema. */
    public static final String RESOURCE = "io/github/careerguidance/journeys/journey.schema.json";

    private JourneySchema() {}

    /**
     * The schema text.
     *
     * @return the schema as JSON
     * @throws IllegalStateException if the resource is missing (a packaging error)
     */
    public static String text() {
        try (InputStream in = JourneySchema.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("journey schema resource '" + RESOURCE + "' is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read journey schema resource '" + RESOURCE + "'", e);
        }
    }
}
