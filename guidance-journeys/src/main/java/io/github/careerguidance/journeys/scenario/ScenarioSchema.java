/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import io.github.careerguidance.core.meta.Beta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of scenario files, as shipped in the jar ({@value #RESOURCE}) and committed as
 * {@code guidance-journeys/schema/scenarios.schema.json}; a test keeps both equal to a fresh generation from the
 * types. Point an editor at it while writing scenarios.
 *
 * @since 0.2.0
 */
@Beta
public final class ScenarioSchema {
    /** The class-path resource of the schema. */
    public static final String RESOURCE = "io/github/careerguidance/journeys/scenarios.schema.json";

    private ScenarioSchema() {}

    /**
     * The schema text.
     *
     * @return the schema as JSON
     * @throws IllegalStateException if the resource is missing (a packaging error)
     */
    public static String text() {
        try (InputStream in = ScenarioSchema.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("scenario schema resource '" + RESOURCE + "' is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario schema resource '" + RESOURCE + "'", e);
        }
    }
}
