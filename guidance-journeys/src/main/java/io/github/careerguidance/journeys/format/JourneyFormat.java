/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.format;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Journey;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes journeys as JSON or YAML; the entry point for journey files.
 *
 * <p>Reading never throws for bad input: a malformed document, a missing or unknown field, a wrong type or a
 * broken local rule (such as a question step without a question) gives a failed {@link ReadResult} whose
 * diagnostics name the JSON Pointer and, for text, the line and column. A journey that reads is well-formed, not
 * necessarily sound: run the journey checker next. {@code read(write(j))} equals {@code j} in both formats.
 *
 * <pre>{@code
 * ReadResult<Journey> read = JourneyFormat.forFileName("zoek-werk.yaml").read(Path.of("zoek-werk.yaml"));
 * if (!read.isSuccessful()) {
 *     read.diagnostics().forEach(d -> System.err.println(d.render(Locale.ENGLISH)));
 * }
 * String json = JourneyFormat.json().write(read.orElseThrow());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JourneyFormat {
    private static final JourneyFormat JSON = new JourneyFormat(GuidanceCodec.json(), false);
    private static final JourneyFormat YAML = new JourneyFormat(GuidanceCodec.yaml(), true);

    private final GuidanceCodec codec;
    private final boolean yaml;

    private JourneyFormat(GuidanceCodec codec, boolean yaml) {
        this.codec = codec;
        this.yaml = yaml;
    }

    /**
     * The JSON format; writes indented JSON.
     *
     * @return the shared JSON format
     */
    public static JourneyFormat json() {
        return JSON;
    }

    /**
     * The YAML format.
     *
     * @return the shared YAML format
     */
    public static JourneyFormat yaml() {
        return YAML;
    }

    /**
     * The JSON format reading with the given parse limits.
     *
     * <pre>{@code
     * ReadResult<Journey> read = JourneyFormat.json(ReadOptions.builder().maxDocumentLength(1024 * 1024).build())
     *         .read(upload);
     * }</pre>
     *
     * @param options the read options
     * @return a JSON format with these options
     * @since 0.1.0
     */
    public static JourneyFormat json(ReadOptions options) {
        return JSON.withOptions(options);
    }

    /**
     * The YAML format reading with the given parse limits.
     *
     * @param options the read options
     * @return a YAML format with these options
     * @since 0.1.0
     */
    public static JourneyFormat yaml(ReadOptions options) {
        return YAML.withOptions(options);
    }

    /**
     * This format reading with other parse limits ({@link ReadOptions}: document, string, number and name length,
     * nesting depth, unknown properties).
     *
     * @param options the read options
     * @return a format of the same kind with these options
     * @since 0.1.0
     */
    public JourneyFormat withOptions(ReadOptions options) {
        return new JourneyFormat(codec.withOptions(Objects.requireNonNull(options, "options")), yaml);
    }

    /**
     * The read options of this format.
     *
     * @return the options; {@link ReadOptions#defaults()} for {@link #json()} and {@link #yaml()}
     * @since 0.1.0
     */
    public ReadOptions options() {
        return codec.options();
    }

    /**
     * The format for a file name: YAML for {@code .yaml}/{@code .yml}, JSON otherwise.
     *
     * @param fileName a file name or path
     * @return the format
     */
    public static JourneyFormat forFileName(String fileName) {
        String lower = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    /**
     * Reads a journey from text.
     *
     * @param text the document
     * @return the journey, or the diagnostics that say why it could not be read
     */
    public ReadResult<Journey> read(String text) {
        Objects.requireNonNull(text, "text");
        return read(new StringReader(text));
    }

    /**
     * Reads a journey from a character stream; the stream is not closed.
     *
     * @param reader the document
     * @return the journey, or the diagnostics that say why it could not be read
     */
    public ReadResult<Journey> read(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        try {
            return codec.read(reader, Journey.class);
        } catch (RuntimeException e) {
            // Defensive: the codec promises diagnostics, but a parser defect must not escape as an exception.
            return ReadResult.failure(Diagnostics.of(JourneyMessages.diagnostic(
                    Severity.ERROR,
                    "journeys.format.unreadable",
                    JsonPointer.root(),
                    Map.of("detail", e.getClass().getSimpleName() + ": " + e.getMessage()))));
        }
    }

    /**
     * Reads a journey from a UTF-8 byte stream; the stream is not closed.
     *
     * @param in the document
     * @return the journey, or the diagnostics that say why it could not be read
     */
    public ReadResult<Journey> read(InputStream in) {
        Objects.requireNonNull(in, "in");
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /**
     * Reads a journey from a file; the file name becomes the source of every diagnostic.
     *
     * @param file the document
     * @return the journey, or the diagnostics that say why it could not be read (including I/O failures)
     */
    public ReadResult<Journey> read(Path file) {
        Objects.requireNonNull(file, "file");
        ReadResult<Journey> result;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            result = read(reader);
        } catch (IOException | java.io.UncheckedIOException e) {
            result = ReadResult.failure(Diagnostics.of(JourneyMessages.diagnostic(
                    Severity.ERROR,
                    "journeys.format.io",
                    JsonPointer.root(),
                    Map.of("detail", e.getClass().getSimpleName() + ": " + e.getMessage()))));
        }
        return result.withSource(file.toString());
    }

    /**
     * Writes a journey.
     *
     * @param journey the journey
     * @return the document
     */
    public String write(Journey journey) {
        return codec.write(Objects.requireNonNull(journey, "journey"));
    }

    @Override
    public String toString() {
        return "JourneyFormat[" + (yaml ? "YAML" : "JSON") + "]";
    }
}
