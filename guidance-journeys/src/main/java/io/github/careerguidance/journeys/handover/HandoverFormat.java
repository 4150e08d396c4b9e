/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and writes handover requests and routing tables as JSON or YAML.
 *
 * <p>Reading never throws for bad input: a malformed document, a missing, unknown or wrong-typed field, or a broken
 * local rule (such as a callback window that starts before the request) gives a failed {@link ReadResult} whose
 * diagnostics name the JSON Pointer and, for text, the line and column. A routing table is also {@linkplain
 * RoutingTable#validate() validated} across fields. {@code read(write(x))} equals {@code x} in both formats.
 *
 * <pre>{@code
 * ReadResult<RoutingTable> table = HandoverFormat.forFileName("routing.yaml").readRoutingTable(Path.of("routing.yaml"));
 * ReadResult<HandoverRequest> request = HandoverFormat.json().readRequest(body);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Beta
public final class HandoverFormat {
    private static final HandoverFormat JSON = new HandoverFormat(GuidanceCodec.json(), false);
    private static final HandoverFormat YAML = new HandoverFormat(GuidanceCodec.yaml(), true);

    private final GuidanceCodec codec;
    private final boolean yaml;

    private HandoverFormat(GuidanceCodec codec, boolean yaml) {
        this.codec = codec;
        this.yaml = yaml;
    }

    /**
     * The JSON format.
     *
     * @return the shared JSON format
     */
    public static HandoverFormat json() {
        return JSON;
    }

    /**
     * The YAML format.
     *
     * @return the shared YAML format
     */
    public static HandoverFormat yaml() {
        return YAML;
    }

    /**
     * The format for a file name: YAML for {@code .yaml}/{@code .yml}, JSON otherwise.
     *
     * @param fileName a file name or path
     * @return the format
     */
    public static HandoverFormat forFileName(String fileName) {
        String lower = Objects.requireNonNull(fileName, "fileName").toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    /**
     * This format reading with other parse limits.
     *
     * @param options the read options
     * @return a format of the same kind with these options
     */
    public HandoverFormat withOptions(ReadOptions options) {
        return new HandoverFormat(codec.withOptions(Objects.requireNonNull(options, "options")), yaml);
    }

    /**
     * Reads a handover request.
     *
     * @param text the document
     * @return the request, or the diagnostics that say why it could not be read
     */
    public ReadResult<HandoverRequest> readRequest(String text) {
        return read(new StringReader(Objects.requireNonNull(text, "text")), HandoverRequest.class);
    }

    /**
     * Reads a handover request from a file; the file name becomes the source of every diagnostic.
     *
     * @param file the document
     * @return the request, or the diagnostics (including I/O failures)
     */
    public ReadResult<HandoverRequest> readRequest(Path file) {
        return read(file, HandoverRequest.class);
    }

    /**
     * Reads and validates a routing table.
     *
     * @param text the document
     * @return the table, or the diagnostics (warnings of a table that reads are kept)
     */
    public ReadResult<RoutingTable> readRoutingTable(String text) {
        return validated(read(new StringReader(Objects.requireNonNull(text, "text")), RoutingTable.class));
    }

    /**
     * Reads and validates a routing table from a file; the file name becomes the source of every diagnostic.
     *
     * @param file the document
     * @return the table, or the diagnostics (including I/O failures)
     */
    public ReadResult<RoutingTable> readRoutingTable(Path file) {
        return validated(read(file, RoutingTable.class)).withSource(file.toString());
    }

    /**
     * Writes a handover request.
     *
     * @param request the request
     * @return the document
     */
    public String write(HandoverRequest request) {
        return codec.write(Objects.requireNonNull(request, "request"));
    }

    /**
     * Writes a routing table.
     *
     * @param table the table
     * @return the document
     */
    public String write(RoutingTable table) {
        return codec.write(Objects.requireNonNull(table, "table"));
    }

    private static ReadResult<RoutingTable> validated(ReadResult<RoutingTable> read) {
        if (!read.isSuccessful()) {
            return read;
        }
        Diagnostics found = read.diagnostics().plus(read.orElseThrow().validate());
        return found.hasErrors() ? ReadResult.failure(found) : ReadResult.success(read.orElseThrow(), found);
    }

    private <T> ReadResult<T> read(Reader reader, Class<T> type) {
        try {
            return codec.read(reader, type);
        } catch (RuntimeException e) {
            // Defensive: the codec promises diagnostics, but a parser defect must not escape as an exception.
            return ReadResult.failure(Diagnostics.of(JourneyMessages.diagnostic(
                    Severity.ERROR,
                    "journeys.handover.unreadable",
                    JsonPointer.root(),
                    Map.of("detail", e.getClass().getSimpleName()))));
        }
    }

    private <T> ReadResult<T> read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        ReadResult<T> result;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            result = read(reader, type);
        } catch (IOException | java.io.UncheckedIOException e) {
            result = ReadResult.failure(Diagnostics.of(JourneyMessages.diagnostic(
                    Severity.ERROR,
                    "journeys.handover.io",
                    JsonPointer.root(),
                    Map.of("detail", e.getClass().getSimpleName()))));
        }
        return result.withSource(file.toString());
    }

    @Override
    public String toString() {
        return "HandoverFormat[" + (yaml ? "YAML" : "JSON") + "]";
    }
}
