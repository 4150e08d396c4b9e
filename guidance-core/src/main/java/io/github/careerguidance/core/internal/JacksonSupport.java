/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.MessageBundle;
import io.github.careerguidance.core.diagnostics.ImmutableDiagnostic;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.json.Record;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Jackson 3 mappers behind {@code GuidanceCodec}, and the translation of Jackson's exceptions into
 * diagnostics. Internal: not part of the API, and no Jackson type leaves this package.
 */
public final class JacksonSupport {
    /** Maximum nesting of objects and arrays by default. */
    public static final int MAX_NESTING_DEPTH = ReadOptions.DEFAULT_MAX_NESTING_DEPTH;

    /** Maximum document length in characters or bytes by default (64 MiB). */
    public static final long MAX_DOCUMENT_LENGTH = ReadOptions.DEFAULT_MAX_DOCUMENT_LENGTH;

    /** The core message bundle. */
    public static final MessageBundle MESSAGES =
            MessageBundle.load("io/github/careerguidance/core/Messages", JacksonSupport.class.getClassLoader());

    private static final Pattern IMMUTABLES_MISSING =
            Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([^\\]]*)]");

    /** The two supported formats. */
    public enum Format {
        /** JSON, written indented. */
        JSON,
        /** YAML. */
        YAML
    }

    /**
     * The mappers for one {@link ReadOptions}: JSON and YAML, configured alike. Immutable and thread-safe; a codec
     * builds them once.
     */
    public static final class Mappers {
        private final ReadOptions options;
        private final ObjectMapper json;
        private final ObjectMapper yaml;

        private Mappers(ReadOptions options) {
            this.options = options;
            StreamReadConstraints limits = constraints(options);
            this.json = configure(JsonMapper.builder(JsonFactory.builder()
                            .streamReadConstraints(limits)
                            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build()), options)
                    .build();
            this.yaml = configure(YAMLMapper.builder(YAMLFactory.builder()
                            .streamReadConstraints(limits)
                            .loadSettings(LoadSettings.builder()
                                    // the whole document, in code points; Jackson counts it too (maxDocumentLength)
                                    .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxDocumentLength()))
                                    .setAllowDuplicateKeys(false)
                                    .setAllowRecursiveKeys(false)
                                    .setMaxAliasesForCollections(0)
                                    .build())
                            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build()), options)
                    .build();
        }

        /**
         * The options these mappers apply.
         *
         * @return the options
         */
        public ReadOptions options() {
            return options;
        }

        /**
         * The configured mapper for a format.
         *
         * @param format the format
         * @return the mapper
         */
        public ObjectMapper mapper(Format format) {
            return format == Format.JSON ? json : yaml;
        }
    }

    private static final Mappers DEFAULT_MAPPERS = new Mappers(ReadOptions.defaults());

    /**
     * The mappers for some options; the shared default mappers for the defaults.
     *
     * @param options the options
     * @return the mappers
     */
    public static Mappers mappers(ReadOptions options) {
        return options.equals(ReadOptions.defaults()) ? DEFAULT_MAPPERS : new Mappers(options);
    }

    /**
     * The Jackson stream-read constraints of some options, for other Jackson readers of the SDK (such as a CSV
     * mapper) that should keep to the same limits.
     *
     * @param options the options
     * @return the constraints: document length, nesting depth, string, number and name length
     */
    public static StreamReadConstraints constraints(ReadOptions options) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(options.maxNestingDepth())
                .maxDocumentLength(options.maxDocumentLength())
                .maxStringLength(options.maxStringLength())
                .maxNumberLength(options.maxNumberLength())
                .maxNameLength(options.maxNameLength())
                .build();
    }

    /**
     * Every mapper the SDK reads with, for tests that check their configuration (no default typing).
     *
     * @return the default JSON and YAML mappers
     */
    public static List<ObjectMapper> defaultMappers() {
        return List.of(DEFAULT_MAPPERS.json, DEFAULT_MAPPERS.yaml);
    }

    private JacksonSupport() {}

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder, ReadOptions options) {
        return builder.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        options.unknownProperties() == ReadOptions.UnknownProperties.REPORT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT));
    }

    /** The default mapper for a format (for writing: writing does not depend on the read options). */
    static ObjectMapper mapper(Format format) {
        return DEFAULT_MAPPERS.mapper(format);
    }

    /** A read step that may throw Jackson's exceptions. */
    @FunctionalInterface
    public interface MapperCall<T> {
        /**
         * Runs the read.
         *
         * @param mapper the configured mapper
         * @return the value read, possibly null for an empty document
         */
        T apply(ObjectMapper mapper);
    }

    /**
     * Runs a read and translates failures.
     *
     * @param format the format
     * @param call the read
     * @param length the document length when known, else -1
     * @param type the target type, for messages
     * @param <T> the target type
     * @return the result
     */
    public static <T> ReadResult<T> read(Format format, MapperCall<T> call, long length, Class<?> type) {
        return read(DEFAULT_MAPPERS, format, call, length, type);
    }

    /**
     * Runs a read with the mappers of some options and translates failures.
     *
     * @param mappers the mappers
     * @param format the format
     * @param call the read
     * @param length the document length when known, else -1
     * @param type the target type, for messages
     * @param <T> the target type
     * @return the result
     */
    public static <T> ReadResult<T> read(Mappers mappers, Format format, MapperCall<T> call, long length, Class<?> type) {
        long max = mappers.options().maxDocumentLength();
        if (length > max) {
            return fail(limit(JsonPointer.root(), "maxDocumentLength", max,
                    "document length " + length + " exceeds " + max));
        }
        try {
            T value = call.apply(mappers.mapper(format));
            if (value == null) {
                return fail(error("core.json.empty", JsonPointer.root(), Map.of()));
            }
            return ReadResult.success(value, Diagnostics.empty());
        } catch (YamlAliasException e) {
            Diagnostic d = error("core.yaml.alias", JsonPointer.root(), Map.of("alias", e.alias));
            return fail(e.line > 0 ? ImmutableDiagnostic.copyOf(d).withLine(e.line).withColumn(Math.max(1, e.column)) : d);
        } catch (JacksonException e) {
            return ReadResult.failure(Diagnostics.of(translate(mappers.options(), format, e, type)));
        } catch (RuntimeException e) {
            // Not Jackson's own exception: a defect in a parser (for example snakeyaml-engine's surrogate
            // handling, fixed by pinning 3.2). Bad input must never crash the caller, so report it.
            return fail(diagnostic(Severity.FATAL, "core.json.parser-failure", JsonPointer.root(),
                    Map.of("detail", e.getClass().getSimpleName() + ": " + redact(firstLine(e.getMessage())))));
        } catch (StackOverflowError e) {
            // Defensive: nesting is bounded by maxNestingDepth, so this should not happen.
            return fail(limit(JsonPointer.root(), "maxNestingDepth", mappers.options().maxNestingDepth(), "nesting too deep"));
        }
    }

    /**
     * A YAML read of a whole document: the text is first scanned for aliases, which are rejected
     * ({@code core.yaml.alias}), then bound.
     *
     * @param text the YAML document
     * @param type the value type
     * @param <T> the value type
     * @return the read step
     */
    public static <T> MapperCall<T> yamlValue(String text, Class<T> type) {
        return mapper -> {
            try (JsonParser p = mapper.createParser(text)) {
                // a syntax or limit error is left to the binding read below, which locates it with a path
                while (nextTokenOrNull(p) != null) {
                    if (p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
                        TokenStreamLocation at = p.currentTokenLocation();
                        String name;
                        try {
                            name = p.getString();
                        } catch (JacksonException e) {
                            name = "?";
                        }
                        throw new YamlAliasException(name, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
                    }
                }
            }
            return mapper.readValue(text, type);
        };
    }

    private static JsonToken nextTokenOrNull(JsonParser p) {
        try {
            return p.nextToken();
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * Reads a whole character stream, up to the document length limit.
     *
     * @param reader the stream; not closed
     * @param max the limit
     * @return the text, or null when longer than the limit
     * @throws IOException if reading fails
     */
    public static String readText(Reader reader, long max) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            if (text.length() + (long) n > max) {
                return null;
            }
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /**
     * A failed result for a document longer than the document length limit.
     *
     * @param options the options
     * @param <T> the value type
     * @return the result
     */
    public static <T> ReadResult<T> tooLong(ReadOptions options) {
        return fail(limit(JsonPointer.root(), "maxDocumentLength", options.maxDocumentLength(),
                "the document is longer than " + options.maxDocumentLength() + " characters"));
    }

    /** A YAML alias was found: aliases are not expanded, so they are rejected rather than losing data. */
    private static final class YamlAliasException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String alias;
        private final int line;
        private final int column;

        YamlAliasException(String alias, int line, int column) {
            super("YAML alias *" + alias, null, false, false);
            this.alias = alias;
            this.line = line;
            this.column = column;
        }
    }

    /**
     * Writes a value.
     *
     * @param format the format
     * @param value the value
     * @return the document
     */
    public static String write(Format format, Object value) {
        try {
            return mapper(format).writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getName() + " as " + format + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes a value as JSON on one line (no indentation, no line break), for NDJSON output.
     *
     * @param value the value
     * @return the JSON text, without a line break
     */
    public static String writeLine(Object value) {
        try {
            return DEFAULT_MAPPERS.json.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A failed result for an I/O error.
     *
     * @param source the input's name
     * @param e the error
     * @param <T> the value type
     * @return the result
     */
    public static <T> ReadResult<T> ioFailure(String source, IOException e) {
        Diagnostic d = error("core.io", JsonPointer.root(), Map.of("detail", e.getClass().getSimpleName() + ": " + e.getMessage()));
        return ReadResult.failure(Diagnostics.of(source == null ? d
                : io.github.careerguidance.core.diagnostics.ImmutableDiagnostic.copyOf(d).withSource(source)));
    }

    private static <T> ReadResult<T> fail(Diagnostic d) {
        return ReadResult.failure(Diagnostics.of(d));
    }

    private static Diagnostic error(String code, JsonPointer at, Map<String, ?> args) {
        return diagnostic(Severity.ERROR, code, at, args);
    }

    private static Diagnostic diagnostic(Severity severity, String code, JsonPointer at, Map<String, ?> args) {
        return MESSAGES.diagnostic(severity, code, at, args);
    }

    /** A {@code core.json.limit} error naming the {@link ReadOptions} limit and its value. */
    private static Diagnostic limit(JsonPointer at, String limit, long max, String detail) {
        return error("core.json.limit", at, args("limit", limit, "max", max, "detail", detail));
    }

    private static final Pattern CONSTRAINT_NAME = Pattern.compile("getMax(\\w+)\\(\\)");

    /** The {@link ReadOptions} accessor named by a Jackson constraint message, and its value. */
    private static Diagnostic constraint(ReadOptions options, JsonPointer at, String message) {
        Matcher m = CONSTRAINT_NAME.matcher(message == null ? "" : message);
        String name = m.find() ? "max" + m.group(1) : "maxDocumentLength";
        long max;
        switch (name) {
            case "maxNestingDepth": max = options.maxNestingDepth(); break;
            case "maxStringLength": max = options.maxStringLength(); break;
            case "maxNumberLength": max = options.maxNumberLength(); break;
            case "maxNameLength": max = options.maxNameLength(); break;
            case "maxDocumentLength": max = options.maxDocumentLength(); break;
            default: max = -1; break;
        }
        return limit(at, name, max, firstLine(message));
    }

    /** Translates one Jackson exception into diagnostics. */
    static List<Diagnostic> translate(ReadOptions options, Format format, JacksonException e, Class<?> type) {
        JsonPointer at = pointerOf(e.getPath());
        List<Diagnostic> out = new ArrayList<>();
        if (e instanceof StreamConstraintsException) {
            out.add(constraint(options, at, e.getOriginalMessage()));
        } else if (e instanceof MismatchedInputException
                && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate property ")) {
            // FAIL_ON_READING_DUP_TREE_KEY, while building a record's tree
            out.add(error("core.json.duplicate-key", at, Map.of("property", duplicateName(e.getOriginalMessage()))));
        } else if (e instanceof StreamReadException && isDuplicate(e)) {
            String property = duplicateName(e.getOriginalMessage());
            out.add(error("core.json.duplicate-key", at.isRoot() ? at : at.parent(), Map.of("property", property)));
        } else if (e instanceof StreamReadException
                || String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            out.add(error("core.json.syntax", at, Map.of("format", format.name(), "detail", redact(firstLine(e.getOriginalMessage())))));
        } else if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            Collection<Object> known = u.getKnownPropertyIds();
            String knownText = known == null ? "" : known.stream().map(String::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new)).toString();
            out.add(error("core.json.unknown-property", at, Map.of("property", u.getPropertyName(), "known", knownText)));
        } else if (e instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) e;
            out.add(error("core.json.wrong-type", at, Map.of(
                    "expected", describe(f.getTargetType()), "found", found(f.getTargetType(), f.getValue()))));
        } else if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).startsWith("No content")) {
            out.add(error("core.json.empty", at, Map.of()));
        } else if (e instanceof MismatchedInputException && e.getCause() == null) {
            MismatchedInputException m = (MismatchedInputException) e;
            String found = m.getMessage() != null && m.getMessage().contains("from ") ? tokenIn(m.getOriginalMessage()) : "another value";
            out.add(error("core.json.wrong-type", at, Map.of("expected", describe(m.getTargetType()), "found", found)));
        } else {
            Throwable cause = rootCause(e);
            if (cause instanceof IllegalStateException && cause.getMessage() != null
                    && IMMUTABLES_MISSING.matcher(cause.getMessage()).find()) {
                Matcher m = IMMUTABLES_MISSING.matcher(cause.getMessage());
                m.find();
                for (String name : m.group(1).split(",\\s*")) {
                    out.add(error("core.json.missing-property", at.append(name), Map.of("property", name)));
                }
            } else if (cause instanceof NullPointerException) {
                String name = cause.getMessage() == null ? lastName(at) : cause.getMessage().replace(" element", "");
                out.add(error("core.json.null-value", at, Map.of("property", name)));
            } else if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
                    || cause instanceof java.time.DateTimeException) {
                out.add(error("core.json.invalid-value", at, Map.of("detail", String.valueOf(cause.getMessage()))));
            } else {
                out.add(error("core.json.invalid", at, Map.of(
                        "type", type.getSimpleName(), "detail", redact(firstLine(e.getOriginalMessage())))));
            }
        }
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            List<Diagnostic> located = new ArrayList<>();
            for (Diagnostic d : out) {
                var copy = io.github.careerguidance.core.diagnostics.ImmutableDiagnostic.copyOf(d)
                        .withLine(location.getLineNr());
                located.add(location.getColumnNr() > 0 ? copy.withColumn(location.getColumnNr()) : copy);
            }
            return located;
        }
        return out;
    }

    private static final Pattern QUOTED = Pattern.compile("(\"[^\"]{2,}\"|'[^']{2,}')");

    /**
     * A parser message without the input's own text: quoted tokens of two or more characters (which the parser copies
     * from the document, and which may be personal data such as a name in a wrong place) are replaced by their length.
     * JSON's keywords stay.
     */
    static String redact(String message) {
        if (message == null) {
            return "";
        }
        Matcher m = QUOTED.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String inner = token.substring(1, token.length() - 1);
            boolean keyword = inner.equals("null") || inner.equals("true") || inner.equals("false");
            m.appendReplacement(out, Matcher.quoteReplacement(keyword ? token
                    : token.charAt(0) + "(" + inner.length() + " characters)" + token.charAt(0)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,40}");

    /**
     * What was found instead of the expected value. The value itself is shown only where a code (an enum constant) was
     * expected and it looks like one: codes are not personal data, and naming the wrong code helps fix the file.
     * Anything else (a text where a number or date belongs, for example) is described, never shown: it may be
     * personal data.
     */
    private static String found(Class<?> target, Object value) {
        if (target != null && target.isEnum() && value instanceof String && CODE.matcher((String) value).matches()) {
            return "'" + value + "'";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence) {
            return "a text of " + ((CharSequence) value).length() + " characters";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static boolean isDuplicate(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate Object property");
    }

    private static String duplicateName(String message) {
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : "?";
    }

    private static String tokenIn(String message) {
        Matcher m = Pattern.compile("from ([A-Za-z ]+?) (?:token|value)").matcher(message == null ? "" : message);
        return m.find() ? m.group(1).trim() : "another value";
    }

    private static String describe(Class<?> target) {
        if (target == null) {
            return "a different value";
        }
        if (target == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(target)) {
            return "an object";
        }
        if (target.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : target.getEnumConstants()) {
                names.add(c.toString());
            }
            return "one of " + names;
        }
        String name = target.getSimpleName().replaceFirst("^Immutable", "");
        return "a " + name + " object";
    }

    private static String lastName(JsonPointer at) {
        return at.isRoot() ? "(document)" : at.segments().get(at.segments().size() - 1);
    }

    /** The outermost cause that is not Jackson's own: what the value type's factory or check threw. */
    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        int guard = 0;
        while (t instanceof JacksonException && t.getCause() != null && t.getCause() != t && guard++ < 50) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A JSON Pointer from Jackson's reference path. */
    static JsonPointer pointerOf(List<JacksonException.Reference> path) {
        JsonPointer pointer = JsonPointer.root();
        if (path == null) {
            return pointer;
        }
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                pointer = pointer.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                pointer = pointer.append(ref.getIndex());
            }
        }
        return pointer;
    }

    /**
     * The records of a JSON array or NDJSON input, one at a time. Internal: see {@code RecordReader}.
     *
     * @param <T> the record type
     */
    public interface RecordSource<T> {
        /**
         * Whether the input is a JSON array.
         *
         * @return true for an array, false for NDJSON or empty input
         */
        boolean array();

        /**
         * The next record.
         *
         * @return the record, or null at the end
         */
        Record<T> next();

        /** Closes the input; never throws. */
        void close();
    }

    /**
     * A record source for an input.
     *
     * @param in the input
     * @param type the record type
     * @param sourceName the input's name for diagnostics, or null
     * @param <T> the record type
     * @return the source
     */
    public static <T> RecordSource<T> records(InputStream in, Class<T> type, String sourceName) {
        return records(DEFAULT_MAPPERS, in, type, sourceName);
    }

    /**
     * A record source for an input, read with the mappers of some options.
     *
     * @param mappers the mappers
     * @param in the input
     * @param type the record type
     * @param sourceName the input's name for diagnostics, or null
     * @param <T> the record type
     * @return the source
     */
    public static <T> RecordSource<T> records(Mappers mappers, InputStream in, Class<T> type, String sourceName) {
        PushbackInputStream pin = new PushbackInputStream(in, 1);
        int skippedLines = 0;
        int first;
        try {
            first = pin.read();
            if (first == 0xEF) {
                // UTF-8 byte order mark
                int b = pin.read();
                int c = pin.read();
                if (b != 0xBB || c != 0xBF) {
                    return new FailedSource<>(pin, sourceName, 0, OptionalInt.of(1),
                            "the input starts with a byte that is not valid UTF-8 JSON");
                }
                first = pin.read();
            }
            while (first == ' ' || first == '\t' || first == '\r' || first == '\n') {
                if (first == '\n') {
                    skippedLines++;
                }
                first = pin.read();
            }
            if (first >= 0) {
                pin.unread(first);
            }
        } catch (IOException e) {
            return new FailedSource<>(pin, sourceName, 0, OptionalInt.empty(), ioDetail(e));
        }
        if (first == '[') {
            return new ArraySource<>(mappers, pin, type, sourceName, skippedLines);
        }
        return new LineSource<>(mappers, pin, type, sourceName, skippedLines);
    }

    /**
     * A record source for an input that could not be opened: one FATAL {@code core.io} record.
     *
     * @param sourceName the input's name
     * @param e the failure
     * @param <T> the record type
     * @return the source
     */
    public static <T> RecordSource<T> unreadableRecords(String sourceName, IOException e) {
        return new FailedSource<>(null, sourceName, 0, OptionalInt.empty(), ioDetail(e));
    }

    private static String ioDetail(Exception e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Locates a record's diagnostics under {@code /<index>}, gives them the record's line and source. */
    private static <T> ReadResult<T> relocate(ReadResult<T> result, long index, int line, boolean overrideLine,
            String sourceName) {
        if (result.diagnostics().isEmpty()) {
            return result;
        }
        JsonPointer prefix = JsonPointer.root().append(Long.toString(index));
        List<Diagnostic> moved = new ArrayList<>(result.diagnostics().size());
        for (Diagnostic d : result.diagnostics()) {
            var copy = ImmutableDiagnostic.copyOf(d).withLocation(prefix.resolve(d.location()));
            if (line > 0 && (overrideLine || d.line().isEmpty())) {
                copy = copy.withLine(line);
            }
            if (sourceName != null && d.source().isEmpty()) {
                copy = copy.withSource(sourceName);
            }
            moved.add(copy);
        }
        Diagnostics diagnostics = Diagnostics.of(moved);
        return result.value().map(v -> ReadResult.success(v, diagnostics)).orElseGet(() -> ReadResult.failure(diagnostics));
    }

    private static <T> Record<T> fatal(long index, int line, int column, String code, String sourceName,
            Map<String, ?> args) {
        var d = ImmutableDiagnostic.copyOf(diagnostic(Severity.FATAL, code,
                JsonPointer.root().append(Long.toString(index)), args));
        if (line > 0) {
            d = d.withLine(line);
            if (column > 0) {
                d = d.withColumn(column);
            }
        }
        if (sourceName != null) {
            d = d.withSource(sourceName);
        }
        return new Record<>(index, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
                ReadResult.failure(Diagnostics.of(d)));
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // closing is best effort; the records read so far stand
        }
    }

    /** A source whose only record says why the input cannot be read. */
    private static final class FailedSource<T> implements RecordSource<T> {
        private final InputStream in;
        private final String sourceName;
        private final long index;
        private final OptionalInt line;
        private final String detail;
        private boolean done;

        FailedSource(InputStream in, String sourceName, long index, OptionalInt line, String detail) {
            this.in = in;
            this.sourceName = sourceName;
            this.index = index;
            this.line = line;
            this.detail = detail;
        }

        @Override
        public boolean array() {
            return false;
        }

        @Override
        public Record<T> next() {
            if (done) {
                return null;
            }
            done = true;
            return fatal(index, line.orElse(0), 0, "core.json.records.unreadable", sourceName,
                    Map.of("index", index, "detail", detail));
        }

        @Override
        public void close() {
            done = true;
            closeQuietly(in);
        }
    }

    /** A record longer than {@link ReadOptions#maxRecordLength()}: reported under its index, then skipped. */
    private static <T> Record<T> tooLongRecord(long index, int line, long max, String sourceName) {
        ReadResult<T> limit = fail(error("core.json.records.too-long", JsonPointer.root(),
                args("index", index, "limit", "maxRecordLength", "max", max)));
        return new Record<>(index, line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
                relocate(limit, index, line, true, sourceName));
    }

    /** Moves diagnostics read from an element's own bytes to where the element starts in the input. */
    private static <T> ReadResult<T> shift(ReadResult<T> result, int startLine, int startColumn) {
        if (result.diagnostics().isEmpty()) {
            return result;
        }
        List<Diagnostic> moved = new ArrayList<>(result.diagnostics().size());
        for (Diagnostic d : result.diagnostics()) {
            var copy = ImmutableDiagnostic.copyOf(d);
            if (d.line().isPresent()) {
                int l = d.line().getAsInt();
                copy = copy.withLine(startLine + l - 1);
                if (l == 1 && d.column().isPresent()) {
                    copy = copy.withColumn(startColumn + d.column().getAsInt() - 1);
                }
            } else {
                copy = copy.withLine(startLine);
            }
            moved.add(copy);
        }
        Diagnostics diagnostics = Diagnostics.of(moved);
        return result.value().map(v -> ReadResult.success(v, diagnostics)).orElseGet(() -> ReadResult.failure(diagnostics));
    }

    /**
     * The elements of a JSON array. A small byte scanner finds where each element starts and ends (tracking
     * strings, escapes and nesting only), so an element longer than the record limit is skipped without being
     * held in memory; each element's bytes are then read on their own, so a bad element is reported and the next
     * one read. A syntax error inside an element ends the stream (the scanner's boundaries cannot be trusted
     * after it).
     */
    private static final class ArraySource<T> implements RecordSource<T> {
        private final Mappers mappers;
        private final InputStream in;
        private final Class<T> type;
        private final String sourceName;
        private final long maxRecord;
        private final byte[] chunk = new byte[65536];
        private int chunkPos;
        private int chunkLength;
        private byte[] buffer = new byte[8192];
        private int length;
        private int line;
        private int column;
        private long index;
        private boolean started;
        private boolean done;

        ArraySource(Mappers mappers, InputStream in, Class<T> type, String sourceName, int lineOffset) {
            this.mappers = mappers;
            this.in = in;
            this.type = type;
            this.sourceName = sourceName;
            this.maxRecord = mappers.options().maxRecordLength();
            this.line = lineOffset + 1;
            this.column = 0;
        }

        @Override
        public boolean array() {
            return true;
        }

        /** The next byte, or -1 at the end; keeps line and column. */
        private int read() throws IOException {
            if (chunkPos >= chunkLength) {
                int n = in.read(chunk, 0, chunk.length);
                while (n == 0) {
                    n = in.read(chunk, 0, chunk.length);
                }
                if (n < 0) {
                    return -1;
                }
                chunkPos = 0;
                chunkLength = n;
            }
            int b = chunk[chunkPos++] & 0xFF;
            if (b == '\n') {
                line++;
                column = 0;
            } else if ((b & 0xC0) != 0x80) {
                column++;
            }
            return b;
        }

        private static boolean whitespace(int b) {
            return b == ' ' || b == '\t' || b == '\r' || b == '\n';
        }

        private int skipWhitespace() throws IOException {
            int b = read();
            while (whitespace(b)) {
                b = read();
            }
            return b;
        }

        private void append(int b) {
            if (length < maxRecord) {
                if (length == buffer.length) {
                    long grown = Math.min(Math.max(buffer.length * 2L, 16), Math.min(maxRecord, Integer.MAX_VALUE - 16));
                    buffer = java.util.Arrays.copyOf(buffer, (int) Math.max(grown, length + 1L));
                }
                buffer[length++] = (byte) b;
            } else {
                length++;
                if (length < 0) {
                    length = Integer.MAX_VALUE;
                }
            }
        }

        private Record<T> unreadable(long at, int l, int c, String detail) {
            done = true;
            return fatal(at, l, c, "core.json.records.unreadable", sourceName, Map.of("index", at, "detail", detail));
        }

        @Override
        public Record<T> next() {
            if (pending != null) {
                Record<T> r = pending;
                pending = null;
                return r;
            }
            if (done) {
                return null;
            }
            long at = index;
            try {
                int b;
                if (!started) {
                    started = true;
                    skipWhitespace(); // the '[' detected before
                    b = skipWhitespace();
                    if (b == ']') {
                        return afterArray(at);
                    }
                } else {
                    b = skipWhitespace();
                }
                if (b < 0) {
                    return unreadable(at, line, 0, "the input ends before the array is closed with ']'");
                }
                int startLine = line;
                int startColumn = column;
                length = 0;
                int depth = 0;
                boolean inString = false;
                boolean escape = false;
                int trailingWs = 0;
                int end;
                while (true) {
                    if (b < 0) {
                        end = -1;
                        break;
                    }
                    if (inString) {
                        if (escape) {
                            escape = false;
                        } else if (b == '\\') {
                            escape = true;
                        } else if (b == '"') {
                            inString = false;
                        }
                    } else if (b == '"') {
                        inString = true;
                    } else if (b == '{' || b == '[') {
                        depth++;
                    } else if (b == '}' || b == ']') {
                        if (depth == 0) {
                            end = b;
                            break;
                        }
                        depth--;
                    } else if (b == ',' && depth == 0) {
                        end = b;
                        break;
                    }
                    trailingWs = !inString && whitespace(b) ? trailingWs + 1 : 0;
                    append(b);
                    b = read();
                }
                index++;
                OptionalInt recordLine = OptionalInt.of(startLine);
                if (end == '}') {
                    return unreadable(at, line, column, "unexpected '}' in the array");
                }
                if ((long) length - trailingWs > maxRecord) {
                    Record<T> skipped = tooLongRecord(at, startLine, maxRecord, sourceName);
                    if (end < 0) {
                        done = true;
                    } else if (end == ']') {
                        Record<T> trailing = afterArray(at + 1);
                        if (trailing != null) {
                            pending = trailing;
                        }
                    }
                    return skipped;
                }
                int n = length - trailingWs;
                if (end < 0) {
                    return unreadable(at, line, 0, "the input ends before the array is closed with ']'");
                }
                if (n == 0) {
                    return unreadable(at, startLine, startColumn, "an element is missing before '" + (char) end + "'");
                }
                byte[] bytes = buffer;
                int count = n;
                ReadResult<T> read = JacksonSupport.read(mappers, Format.JSON,
                        mapper -> mapper.readValue(bytes, 0, count, type), count, type);
                if (!read.isSuccessful() && read.diagnostics().stream().anyMatch(d -> d.code().equals("core.json.syntax"))) {
                    Diagnostic syntax = read.diagnostics().stream().filter(d -> d.code().equals("core.json.syntax"))
                            .findFirst().orElseThrow();
                    int l = syntax.line().orElse(1);
                    int c = syntax.column().orElse(0);
                    return unreadable(at, startLine + l - 1, l == 1 ? startColumn + c - 1 : c,
                            syntax.arguments().getOrDefault("detail", "not well-formed JSON"));
                }
                if (end == ']') {
                    Record<T> trailing = afterArray(at + 1);
                    if (trailing != null) {
                        pending = trailing;
                    }
                }
                return new Record<>(at, recordLine, relocate(shift(read, startLine, startColumn), at, startLine, false, sourceName));
            } catch (IOException e) {
                done = true;
                return fatal(at, line, 0, "core.io", sourceName, Map.of("detail", ioDetail(e)));
            }
        }

        private Record<T> pending;

        /** After the closing ']': only white space may follow. */
        private Record<T> afterArray(long at) throws IOException {
            done = true;
            int b = skipWhitespace();
            if (b >= 0) {
                return fatal(at, line, column, "core.json.records.unreadable", sourceName,
                        Map.of("index", at, "detail", "content after the closing ']' of the array"));
            }
            return null;
        }

        @Override
        public void close() {
            done = true;
            pending = null;
            closeQuietly(in);
        }
    }

    /** NDJSON: one record per non-blank line, each read on its own. */
    private static final class LineSource<T> implements RecordSource<T> {
        private final Mappers mappers;
        private final long maxRecord;
        private final InputStream in;
        private final Class<T> type;
        private final String sourceName;
        private int lineNumber;
        private long index;
        private final byte[] chunk = new byte[65536];
        private int chunkPos;
        private int chunkLength;
        private byte[] buffer = new byte[8192];
        /** The current line: {@code length} bytes from {@code lineStart} of {@code lineBytes} (the chunk or buffer). */
        private byte[] lineBytes = buffer;
        private int lineStart;
        private int length;
        /** The mapper's reader for the type, made once: no type lookup per line. */
        private final tools.jackson.databind.ObjectReader reader;
        private boolean tooLong;
        private boolean done;

        LineSource(Mappers mappers, InputStream in, Class<T> type, String sourceName, int skippedLines) {
            this.mappers = mappers;
            this.maxRecord = mappers.options().maxRecordLength();
            this.in = in;
            this.type = type;
            this.sourceName = sourceName;
            this.lineNumber = skippedLines;
            this.reader = mappers.mapper(Format.JSON).readerFor(type);
        }

        @Override
        public boolean array() {
            return false;
        }

        /** Reads the next line into the buffer; false at the end of the input. */
        private boolean readLine() throws IOException {
            length = 0;
            tooLong = false;
            lineBytes = buffer;
            lineStart = 0;
            if (!fillChunk()) {
                return false;
            }
            lineNumber++;
            int first = chunkPos;
            while (first < chunkLength && chunk[first] != '\n') {
                first++;
            }
            if (first < chunkLength && first - chunkPos <= maxRecord) {
                // the whole line is in the chunk: read it from there, without copying it
                lineBytes = chunk;
                lineStart = chunkPos;
                length = first - chunkPos;
                chunkPos = first + 1;
                if (length > 0 && chunk[lineStart + length - 1] == '\r') {
                    length--;
                }
                return true;
            }
            while (true) {
                int end = chunkPos;
                while (end < chunkLength && chunk[end] != '\n') {
                    end++;
                }
                append(chunkPos, end - chunkPos);
                boolean newline = end < chunkLength;
                chunkPos = newline ? end + 1 : end;
                if (newline || !fillChunk()) {
                    break;
                }
            }
            lineBytes = buffer; // append may have grown it
            if (length > 0 && buffer[length - 1] == '\r') {
                length--;
            }
            return true;
        }

        private boolean fillChunk() throws IOException {
            if (chunkPos < chunkLength) {
                return true;
            }
            int n = in.read(chunk, 0, chunk.length);
            while (n == 0) {
                n = in.read(chunk, 0, chunk.length);
            }
            chunkPos = 0;
            chunkLength = Math.max(n, 0);
            return n > 0;
        }

        private void append(int from, int count) {
            if (count == 0) {
                return;
            }
            long room = maxRecord - length;
            int take = (int) Math.min(count, room);
            if (take < count) {
                tooLong = true;
            }
            if (length + take > buffer.length) {
                long grown = Math.max((long) buffer.length * 2, (long) length + take);
                buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(grown, Math.min(maxRecord, Integer.MAX_VALUE - 16)));
            }
            System.arraycopy(chunk, from, buffer, length, take);
            length += take;
        }

        private boolean blank() {
            for (int i = lineStart, end = lineStart + length; i < end; i++) {
                byte b = lineBytes[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Record<T> next() {
            if (done) {
                return null;
            }
            try {
                while (true) {
                    if (!readLine()) {
                        done = true;
                        return null;
                    }
                    if (!blank()) {
                        break;
                    }
                }
            } catch (IOException e) {
                done = true;
                return fatal(index, lineNumber, 0, "core.io", sourceName, Map.of("detail", ioDetail(e)));
            }
            long at = index++;
            OptionalInt line = OptionalInt.of(lineNumber);
            if (tooLong) {
                return tooLongRecord(at, lineNumber, maxRecord, sourceName);
            }
            byte[] bytes = lineBytes;
            int from = lineStart;
            int n = length;
            ReadResult<T> read = JacksonSupport.read(mappers, Format.JSON, mapper -> reader.readValue(bytes, from, n), -1, type);
            return new Record<>(at, line, relocate(read, at, lineNumber, true, sourceName));
        }

        @Override
        public void close() {
            done = true;
            closeQuietly(in);
        }
    }

    /**
     * Arguments as an ordered map, for tests and callers building messages.
     *
     * @param pairs key, value, key, value, ...
     * @return the map
     */
    public static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(String.valueOf(pairs[i]), pairs[i + 1]);
        }
        return map;
    }
}
