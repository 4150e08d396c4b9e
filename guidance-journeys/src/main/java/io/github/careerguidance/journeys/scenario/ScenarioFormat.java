/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes scenario files ({@link ScenarioSuite}) as YAML or JSON through the core {@code GuidanceCodec},
 * within its read limits; bad input is a {@link ReadResult} with diagnostics, never an exception. The structure is
 * described by {@link ScenarioSchema}.
 *
 * <pre>{@code
 * ReadResult<ScenarioSuite> read = ScenarioFormat.forFileName(file.toString()).read(file);
 * }</pre>
 *
 * @since 0.2.0
 */
@Beta
public final class ScenarioFormat {
    private static final ScenarioFormat JSON = new ScenarioFormat(GuidanceCodec.json());
    private static final ScenarioFormat YAML = new ScenarioFormat(GuidanceCodec.yaml());

    private final GuidanceCodec codec;

    private ScenarioFormat(GuidanceCodec codec) {
        this.codec = codec;
    }

    /**
     * The JSON format.
     *
     * @return the format
     */
    public static ScenarioFormat json() {
        return JSON;
    }

    /**
     * The YAML format.
     *
     * @return the format
     */
    public static ScenarioFormat yaml() {
        return YAML;
    }

    /**
     * The format for a file name: YAML for {@code .yaml}/{@code .yml}, JSON otherwise.
     *
     * @param fileName a file name or path
     * @return the format
     */
    public static ScenarioFormat forFileName(String fileName) {
        String lower = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    /**
     * This format reading within other limits.
     *
     * @param options the read options
     * @return a format of the same kind
     */
    public ScenarioFormat withOptions(ReadOptions options) {
        return new ScenarioFormat(codec.withOptions(Objects.requireNonNull(options, "options")));
    }

    /**
     * Reads a scenario file from text.
     *
     * @param text the document
     * @return the suite, or diagnostics
     */
    public ReadResult<ScenarioSuite> read(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return codec.read(text, ScenarioSuite.class);
        } catch (RuntimeException e) {
            return defect(e);
        }
    }

    /**
     * Reads a scenario file; the file name becomes the source of every diagnostic.
     *
     * @param file the file
     * @return the suite, or diagnostics (including I/O failures)
     */
    public ReadResult<ScenarioSuite> read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return codec.read(file, ScenarioSuite.class);
        } catch (RuntimeException e) {
            return defect(e).withSource(file.toString());
        }
    }

    /**
     * Writes a scenario file.
     *
     * @param suite the suite
     * @return the document
     */
    public String write(ScenarioSuite suite) {
        return codec.write(Objects.requireNonNull(suite, "suite"));
    }

    private static ReadResult<ScenarioSuite> defect(RuntimeException e) {
        // Defensive: the codec promises diagnostics; a parser defect must not escape as an exception.
        return ReadResult.failure(Diagnostics.of(JourneyMessages.diagnostic(
                Severity.ERROR,
                "journeys.format.unreadable",
                JsonPointer.root(),
                Map.of("detail", e.getClass().getSimpleName()))));
    }

    @Override
    public String toString() {
        return "ScenarioFormat[" + (this.codec == YAML.codec ? "YAML" : "JSON") + "]";
    }
}
