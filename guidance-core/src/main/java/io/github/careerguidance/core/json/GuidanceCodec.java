/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes guidance values as JSON or YAML, and turns bad input into diagnostics instead of exceptions.
 *
 * <p>Every value type of guidance (profiles, instruments, catalogues, journeys, schemes, ...) round-trips through
 * a codec: {@code read(write(v))} equals {@code v}. Reading never throws for bad input: a malformed document, a
 * missing or wrong-typed field, an unknown field, a duplicate key, a YAML alias, or a document over one of the
 * {@linkplain ReadOptions limits} yields a failed {@link ReadResult} whose diagnostic names the JSON Pointer (and the
 * line and column where known). Unknown fields are errors by default, so no data is lost silently; {@link
 * ReadOptions#unknownProperties()} makes a codec skip them instead.
 *
 * <p>{@link #json()} and {@link #yaml()} read with {@link ReadOptions#defaults()}; {@link #json(ReadOptions)},
 * {@link #yaml(ReadOptions)} and {@link #withOptions(ReadOptions)} give a codec with other limits. Every reader of
 * the SDK (journeys, schemes, policies, registrations, sessions) reads through a codec, so these options are the one
 * place that configures parsing.
 *
 * <pre>{@code
 * GuidanceCodec codec = GuidanceCodec.yaml();
 * ReadResult<Instrument> read = codec.read(Path.of("caas.yaml"), Instrument.class);
 * String json = GuidanceCodec.json().write(read.orElseThrow());
 * }</pre>
 *
 * <p>Codecs are immutable and thread-safe; share them.
 *
 * @since 0.1.0
 */
public final class GuidanceCodec {
    /** The deepest nesting of objects and arrays a document may have by default ({@link ReadOptions#maxNestingDepth()}). */
    public static final int MAX_NESTING_DEPTH = ReadOptions.DEFAULT_MAX_NESTING_DEPTH;

    /** The largest document, in characters or bytes, a codec reads by default ({@link ReadOptions#maxDocumentLength()}). */
    public static final long MAX_DOCUMENT_LENGTH = ReadOptions.DEFAULT_MAX_DOCUMENT_LENGTH;

    private static final GuidanceCodec JSON = new GuidanceCodec(Format.JSON, ReadOptions.defaults());
    private static final GuidanceCodec YAML = new GuidanceCodec(Format.YAML, ReadOptions.defaults());

    private final Format format;
    private final JsonMappers mappers;

    private GuidanceCodec(Format format, ReadOptions options) {
        this.format = format;
        this.mappers = JsonMappers.of(options);
    }

    /**
     * A JSON codec that reads with other options.
     *
     * @param options the limits and the unknown-field policy
     * @return the codec
     */
    public static GuidanceCodec json(ReadOptions options) {
        return JSON.withOptions(options);
    }

    /**
     * A YAML codec that reads with other options.
     *
     * @param options the limits and the unknown-field policy
     * @return the codec
     */
    public static GuidanceCodec yaml(ReadOptions options) {
        return YAML.withOptions(options);
    }

    /**
     * This codec's format, reading with other options.
     *
     * <pre>{@code
     * GuidanceCodec strictSmall = GuidanceCodec.forFileName("journey.yaml")
     *         .withOptions(ReadOptions.builder().maxDocumentLength(256 * 1024).build());
     * }</pre>
     *
     * @param options the limits and the unknown-field policy
     * @return the codec; this one when the options are the same
     */
    public GuidanceCodec withOptions(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.equals(mappers.options())) {
            return this;
        }
        return new GuidanceCodec(format, options);
    }

    /**
     * The options this codec reads with.
     *
     * @return the options
     */
    public ReadOptions options() {
        return mappers.options();
    }

    /**
     * The JSON codec; writes indented JSON.
     *
     * @return the shared JSON codec
     */
    public static GuidanceCodec json() {
        return JSON;
    }

    /**
     * The YAML codec.
     *
     * @return the shared YAML codec
     */
    public static GuidanceCodec yaml() {
        return YAML;
    }

    /**
     * The codec for a file name: YAML for {@code .yaml}/{@code .yml}, JSON otherwise.
     *
     * @param fileName a file name or path
     * @return the codec
     */
    public static GuidanceCodec forFileName(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }

    /**
     * Reads a value from text.
     *
     * @param text the document
     * @param type the value type
     * @param <T> the value type
     * @return the value, or the diagnostics that say why it could not be read
     */
    public <T> ReadResult<T> read(String text, Class<T> type) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (text.length() > mappers.options().maxDocumentLength()) {
            return readYaml(new java.io.StringReader(text), type); // the limit's failure, with line and column
        }
        if (format == Format.YAML) {
            return DocumentReads.read(mappers, format, DocumentReads.yamlValue(text, type), text.length(), type);
        }
        return DocumentReads.read(
                mappers, format, DocumentReads.located(mapper -> mapper.createParser(text), type), text.length(), type);
    }

    /**
     * Reads a value from a character stream; the stream is not closed.
     *
     * @param reader the document
     * @param type the value type
     * @param <T> the value type
     * @return the value, or the diagnostics that say why it could not be read
     */
    public <T> ReadResult<T> read(Reader reader, Class<T> type) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(type, "type");
        if (format == Format.YAML) {
            return readYaml(reader, type);
        }
        return DocumentReads.read(
                mappers, format, DocumentReads.located(mapper -> mapper.createParser(reader), type), -1, type);
    }

    /**
     * Reads a value from a UTF-8 byte stream; the stream is not closed.
     *
     * @param in the document
     * @param type the value type
     * @param <T> the value type
     * @return the value, or the diagnostics that say why it could not be read
     */
    public <T> ReadResult<T> read(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        if (format == Format.YAML) {
            // decode as UTF-8 explicitly, as documented, rather than letting the YAML parser guess
            return readYaml(new InputStreamReader(in, StandardCharsets.UTF_8), type);
        }
        return DocumentReads.read(
                mappers, format, DocumentReads.located(mapper -> mapper.createParser(in), type), -1, type);
    }

    /** YAML is read whole (bounded by the document length limit) so it can be scanned for aliases first. */
    private <T> ReadResult<T> readYaml(Reader reader, Class<T> type) {
        ReadResult<String> text;
        try {
            text = DocumentReads.readTextWithin(reader, mappers.options());
        } catch (IOException e) {
            return DocumentReads.ioFailure(null, e);
        }
        if (!text.isSuccessful()) {
            return ReadResult.failure(text.diagnostics());
        }
        return read(text.orElseThrow(), type);
    }

    /**
     * Reads a value from a file. The file name becomes the {@linkplain
     * io.github.careerguidance.core.diagnostics.Diagnostic#source() source} of every diagnostic.
     *
     * @param file the document
     * @param type the value type
     * @param <T> the value type
     * @return the value, or the diagnostics that say why it could not be read (including I/O failures)
     */
    public <T> ReadResult<T> read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, type).withSource(file.toString());
        } catch (IOException e) {
            return DocumentReads.ioFailure(file.toString(), e);
        }
    }

    /**
     * Reads the records of a JSON array or NDJSON input one at a time, with memory that does not grow with the
     * number of records. See {@link RecordReader} for the layouts and how bad records are reported; a bad record
     * never stops the records after it, except a syntax error inside a JSON array. A record longer than {@link
     * ReadOptions#maxRecordLength()} is reported ({@code core.json.records.too-long}) and skipped.
     *
     * <pre>{@code
     * try (RecordReader<Registration> records = GuidanceCodec.json().records(in, Registration.class)) {
     *     records.forEachRemaining(record -> sink.accept(record));
     * }
     * }</pre>
     *
     * @param in the input, UTF-8; closed when the reader is closed
     * @param type the record type
     * @param <T> the record type
     * @return a reader; close it
     * @throws IllegalStateException on the YAML codec: records are read from JSON or NDJSON only
     */
    public <T> RecordReader<T> records(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        requireJson();
        return new RecordReader<>(RecordSources.records(mappers, in, type, null));
    }

    /**
     * Reads the records of a JSON array or NDJSON file one at a time; see {@link #records(InputStream, Class)}.
     * The file name becomes the {@linkplain io.github.careerguidance.core.diagnostics.Diagnostic#source() source}
     * of every diagnostic.
     *
     * @param file the input, UTF-8
     * @param type the record type
     * @param <T> the record type
     * @return a reader that closes the file when closed; a file that cannot be opened gives one FATAL
     *     {@code core.io} record
     * @throws IllegalStateException on the YAML codec
     */
    public <T> RecordReader<T> records(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        requireJson();
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            return new RecordReader<>(RecordSources.unreadableRecords(file.toString(), e));
        }
        return new RecordReader<>(RecordSources.records(mappers, in, type, file.toString()));
    }

    private void requireJson() {
        if (format != Format.JSON) {
            throw new IllegalStateException("records are read from a JSON array or NDJSON; use GuidanceCodec.json()");
        }
    }

    /**
     * Writes a value.
     *
     * @param value a guidance value
     * @return the document
     * @throws IllegalArgumentException if the value is not a type the codec can write (a programming error)
     */
    public String write(Object value) {
        Objects.requireNonNull(value, "value");
        return DocumentWrites.write(format, value);
    }

    /**
     * Writes a value as JSON on a single line, without indentation or line breaks: one line of an NDJSON file
     * that {@link #records(InputStream, Class)} reads back.
     *
     * @param value a guidance value
     * @return the JSON text, without a trailing line break
     * @throws IllegalStateException on the YAML codec
     * @throws IllegalArgumentException if the value is not a type the codec can write (a programming error)
     */
    public String writeLine(Object value) {
        Objects.requireNonNull(value, "value");
        requireJson();
        return DocumentWrites.writeLine(value);
    }

    /**
     * Writes a value to a character stream; the stream is not closed.
     *
     * @param value a guidance value
     * @param writer the target
     * @throws UncheckedIOException if writing fails
     */
    public void write(Object value, Writer writer) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(writer, "writer");
        try {
            writer.write(write(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Converts a value to another type through its JSON form, for example a generic map into a value type.
     *
     * @param value the source, such as a {@code Map} read elsewhere
     * @param type the target type
     * @param <T> the target type
     * @return the converted value, or diagnostics
     */
    public <T> ReadResult<T> convert(Object value, Class<T> type) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        return DocumentReads.read(mappers, format, mapper -> mapper.convertValue(value, type), -1, type);
    }

    @Override
    public String toString() {
        return "GuidanceCodec[" + format
                + (mappers.options().equals(ReadOptions.defaults()) ? "" : ", " + mappers.options()) + "]";
    }
}
