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
import tools.jackson.core.TreeNode;
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

/**
 * The Jackson 3 mappers behind {@code GuidanceCodec}, and the translation of Jackson's exceptions into
 * diagnostics. Internal: not part of the API, and no Jackson type leaves this package.
 */
public final class JacksonSupport {
    /** Maximum nesting of objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 200;

    /** Maximum document length in characters or bytes (64 MiB). */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

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

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxStringLength(16 * 1024 * 1024)
            .build();

    private static final ObjectMapper JSON_MAPPER = configure(
                    JsonMapper.builder(JsonFactory.builder()
                            .streamReadConstraints(LIMITS)
                            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build()))
            .build();

    private static final ObjectMapper YAML_MAPPER = configure(YAMLMapper.builder(YAMLFactory.builder()
                            .streamReadConstraints(LIMITS)
                            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                            .build()))
            .build();

    /** Limits for a stream of records: those of a document, except that the stream as a whole may be any length. */
    private static final StreamReadConstraints RECORD_STREAM_LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH + 1)
            .maxDocumentLength(-1)
            .maxStringLength(16 * 1024 * 1024)
            .build();

    /**
     * The mapper for JSON arrays of records: configured as {@link #JSON_MAPPER}, but duplicate keys are detected
     * while building each element's tree (a recoverable binding error) rather than by the parser (which would end
     * the stream).
     */
    private static final ObjectMapper RECORD_MAPPER = configure(
                    JsonMapper.builder(JsonFactory.builder().streamReadConstraints(RECORD_STREAM_LIMITS).build()))
            .build();

    private JacksonSupport() {}

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
        return builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT));
    }

    /** The mapper for a format. */
    static ObjectMapper mapper(Format format) {
        return format == Format.JSON ? JSON_MAPPER : YAML_MAPPER;
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
        if (length > MAX_DOCUMENT_LENGTH) {
            return fail(error("core.json.limit", JsonPointer.root(), Map.of(
                    "detail", "document length " + length + " exceeds " + MAX_DOCUMENT_LENGTH)));
        }
        try {
            T value = call.apply(mapper(format));
            if (value == null) {
                return fail(error("core.json.empty", JsonPointer.root(), Map.of()));
            }
            return ReadResult.success(value, Diagnostics.empty());
        } catch (JacksonException e) {
            return ReadResult.failure(Diagnostics.of(translate(format, e, type)));
        } catch (RuntimeException e) {
            // Not Jackson's own exception: a defect in a parser (for example snakeyaml-engine's surrogate
            // handling, fixed by pinning 3.2). Bad input must never crash the caller, so report it.
            return fail(MESSAGES.diagnostic(Severity.FATAL, "core.json.parser-failure", JsonPointer.root(),
                    Map.of("detail", e.getClass().getSimpleName() + ": " + e.getMessage())));
        } catch (StackOverflowError e) {
            // Defensive: nesting is bounded by MAX_NESTING_DEPTH, so this should not happen.
            return fail(error("core.json.limit", JsonPointer.root(), Map.of("detail", "nesting too deep")));
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
            return JSON_MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
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
        return ReadResult.failure(Diagnostics.of(io.github.careerguidance.core.diagnostics.ImmutableDiagnostic.copyOf(d).withSource(source)));
    }

    private static <T> ReadResult<T> fail(Diagnostic d) {
        return ReadResult.failure(Diagnostics.of(d));
    }

    private static Diagnostic error(String code, JsonPointer at, Map<String, ?> args) {
        return MESSAGES.diagnostic(Severity.ERROR, code, at, args);
    }

    /** Translates one Jackson exception into diagnostics. */
    static List<Diagnostic> translate(Format format, JacksonException e, Class<?> type) {
        JsonPointer at = pointerOf(e.getPath());
        List<Diagnostic> out = new ArrayList<>();
        if (e instanceof StreamConstraintsException) {
            out.add(error("core.json.limit", at, Map.of("detail", e.getOriginalMessage())));
        } else if (e instanceof MismatchedInputException
                && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate property ")) {
            // FAIL_ON_READING_DUP_TREE_KEY, while building a record's tree
            out.add(error("core.json.duplicate-key", at, Map.of("property", duplicateName(e.getOriginalMessage()))));
        } else if (e instanceof StreamReadException && isDuplicate(e)) {
            String property = duplicateName(e.getOriginalMessage());
            out.add(error("core.json.duplicate-key", at.isRoot() ? at : at.parent(), Map.of("property", property)));
        } else if (e instanceof StreamReadException
                || String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
            out.add(error("core.json.syntax", at, Map.of("format", format.name(), "detail", firstLine(e.getOriginalMessage()))));
        } else if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            Collection<Object> known = u.getKnownPropertyIds();
            String knownText = known == null ? "" : known.stream().map(String::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new)).toString();
            out.add(error("core.json.unknown-property", at, Map.of("property", u.getPropertyName(), "known", knownText)));
        } else if (e instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) e;
            out.add(error("core.json.wrong-type", at, Map.of(
                    "expected", describe(f.getTargetType()), "found", "'" + f.getValue() + "'")));
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
                        "type", type.getSimpleName(), "detail", firstLine(e.getOriginalMessage()))));
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
            return new ArraySource<>(pin, type, sourceName, skippedLines);
        }
        return new LineSource<>(pin, type, sourceName, skippedLines);
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
        var d = ImmutableDiagnostic.copyOf(MESSAGES.diagnostic(Severity.FATAL, code,
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

    /** The elements of a JSON array: each read as a tree, then bound. */
    private static final class ArraySource<T> implements RecordSource<T> {
        private final InputStream in;
        private final Class<T> type;
        private final String sourceName;
        private final int lineOffset;
        private JsonParser parser;
        private long index;
        private int arrayDepth = -1;
        private boolean done;

        ArraySource(InputStream in, Class<T> type, String sourceName, int lineOffset) {
            this.in = in;
            this.type = type;
            this.sourceName = sourceName;
            this.lineOffset = lineOffset;
        }

        @Override
        public boolean array() {
            return true;
        }

        private int line(TokenStreamLocation location) {
            return location != null && location.getLineNr() > 0 ? location.getLineNr() + lineOffset : 0;
        }

        private Record<T> stop(long at, JacksonException e) {
            done = true;
            TokenStreamLocation location = e.getLocation();
            String detail = e instanceof tools.jackson.core.exc.JacksonIOException
                    ? ioDetail((Exception) (e.getCause() != null ? e.getCause() : e)) : firstLine(e.getOriginalMessage());
            return fatal(at, line(location), location != null ? location.getColumnNr() : 0,
                    e instanceof tools.jackson.core.exc.JacksonIOException ? "core.io" : "core.json.records.unreadable",
                    sourceName, Map.of("index", at, "detail", detail));
        }

        @Override
        public Record<T> next() {
            if (done) {
                return null;
            }
            long at = index;
            JsonToken token;
            int line;
            try {
                if (parser == null) {
                    parser = RECORD_MAPPER.createParser(in);
                    parser.nextToken(); // START_ARRAY, detected before
                    arrayDepth = parser.streamReadContext().getNestingDepth();
                }
                token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    done = true;
                    JsonToken after = parser.nextToken();
                    if (after != null) {
                        TokenStreamLocation location = parser.currentTokenLocation();
                        return fatal(at, line(location), location.getColumnNr(), "core.json.records.unreadable",
                                sourceName, Map.of("index", at, "detail", "content after the closing ']' of the array"));
                    }
                    return null;
                }
                if (token == null) {
                    done = true;
                    return fatal(at, line(parser.currentLocation()), 0, "core.json.records.unreadable", sourceName,
                            Map.of("index", at, "detail", "the input ends before the array is closed with ']'"));
                }
                line = line(parser.currentTokenLocation());
            } catch (JacksonException e) {
                return stop(at, e);
            }
            index++;
            OptionalInt recordLine = line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
            TreeNode tree;
            try {
                tree = parser.readValueAsTree();
            } catch (StreamReadException | tools.jackson.core.exc.JacksonIOException e) {
                return stop(at, e);
            } catch (JacksonException e) {
                // A binding-level problem while building the tree (a duplicate key): skip the rest of the element.
                ReadResult<T> failed = ReadResult.failure(Diagnostics.of(translate(Format.JSON, e, type)));
                try {
                    while (parser.streamReadContext().getNestingDepth() > arrayDepth) {
                        if (parser.nextToken() == null) {
                            break;
                        }
                    }
                } catch (JacksonException s) {
                    return stop(at, s);
                }
                return new Record<>(at, recordLine, relocate(failed, at, line, false, sourceName));
            }
            ReadResult<T> bound = JacksonSupport.read(Format.JSON, mapper -> mapper.treeToValue(tree, type), -1, type);
            return new Record<>(at, recordLine, relocate(bound, at, line, false, sourceName));
        }

        @Override
        public void close() {
            done = true;
            closeQuietly(parser);
            closeQuietly(in);
        }
    }

    /** NDJSON: one record per non-blank line, each read on its own. */
    private static final class LineSource<T> implements RecordSource<T> {
        private final InputStream in;
        private final Class<T> type;
        private final String sourceName;
        private int lineNumber;
        private long index;
        private final byte[] chunk = new byte[65536];
        private int chunkPos;
        private int chunkLength;
        private byte[] buffer = new byte[8192];
        private int length;
        private boolean tooLong;
        private boolean done;

        LineSource(InputStream in, Class<T> type, String sourceName, int skippedLines) {
            this.in = in;
            this.type = type;
            this.sourceName = sourceName;
            this.lineNumber = skippedLines;
        }

        @Override
        public boolean array() {
            return false;
        }

        /** Reads the next line into the buffer; false at the end of the input. */
        private boolean readLine() throws IOException {
            length = 0;
            tooLong = false;
            if (!fillChunk()) {
                return false;
            }
            lineNumber++;
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
            long room = MAX_DOCUMENT_LENGTH - length;
            int take = (int) Math.min(count, room);
            if (take < count) {
                tooLong = true;
            }
            if (length + take > buffer.length) {
                long grown = Math.max((long) buffer.length * 2, (long) length + take);
                buffer = java.util.Arrays.copyOf(buffer, (int) Math.min(grown, MAX_DOCUMENT_LENGTH));
            }
            System.arraycopy(chunk, from, buffer, length, take);
            length += take;
        }

        private boolean blank() {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
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
                ReadResult<T> limit = fail(error("core.json.limit", JsonPointer.root(), Map.of(
                        "detail", "line " + lineNumber + " is longer than " + MAX_DOCUMENT_LENGTH + " bytes")));
                return new Record<>(at, line, relocate(limit, at, lineNumber, true, sourceName));
            }
            byte[] bytes = buffer;
            int n = length;
            ReadResult<T> read = JacksonSupport.read(Format.JSON, mapper -> mapper.readValue(bytes, 0, n, type), n, type);
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
