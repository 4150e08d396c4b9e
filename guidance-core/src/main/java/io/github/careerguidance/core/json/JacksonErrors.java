/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.ImmutableDiagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.diagnostics.internal.CoreMessages;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The translation of Jackson's exceptions into diagnostics ({@code core.json.*}): syntax, limits, duplicate keys,
 * unknown properties, wrong types, missing and invalid values, each with a JSON Pointer and, where known, a line and
 * column. Messages never repeat the input's own text (which may be personal data): quoted tokens are replaced by
 * their length. Internal to the package.
 */
final class JacksonErrors {
    private JacksonErrors() {}

    private static final Pattern IMMUTABLES_MISSING =
            Pattern.compile("Cannot build \\w+, some of required attributes are not set \\[([^\\]]*)]");

    static <T> ReadResult<T> fail(Diagnostic d) {
        return ReadResult.failure(Diagnostics.of(d));
    }

    static Diagnostic error(String code, JsonPointer at, Map<String, ?> args) {
        return diagnostic(Severity.ERROR, code, at, args);
    }

    static Diagnostic diagnostic(Severity severity, String code, JsonPointer at, Map<String, ?> args) {
        return CoreMessages.BUNDLE.diagnostic(severity, code, at, args);
    }

    /**
     * A {@code core.json.limit} error naming the {@link ReadOptions} limit and its value, in the SDK's own words
     * ({@code core.json.limit.<limit>}, nl and en); {@code detail} is kept as an argument for logs, never shown.
     */
    static Diagnostic limit(JsonPointer at, String limit, long max, String detail) {
        Map<String, Object> args = CoreMessages.args("limit", limit, "max", max, "detail", detail);
        Diagnostic d = error("core.json.limit", at, args);
        String words = "core.json.limit." + limit;
        return CoreMessages.BUNDLE.has(words)
                ? ImmutableDiagnostic.copyOf(d).withMessage(CoreMessages.BUNDLE.text(words, args))
                : d;
    }

    private static final Pattern CONSTRAINT_NAME = Pattern.compile("getMax(\\w+)\\(\\)");

    /** The {@link ReadOptions} accessor named by a Jackson constraint message, and its value. */
    private static Diagnostic constraint(ReadOptions options, JsonPointer at, String message) {
        Matcher m = CONSTRAINT_NAME.matcher(message == null ? "" : message);
        String name = m.find() ? "max" + m.group(1) : "maxDocumentLength";
        long max;
        switch (name) {
            case "maxNestingDepth":
                max = options.maxNestingDepth();
                break;
            case "maxStringLength":
                max = options.maxStringLength();
                break;
            case "maxNumberLength":
                max = options.maxNumberLength();
                break;
            case "maxNameLength":
                max = options.maxNameLength();
                break;
            case "maxDocumentLength":
                max = options.maxDocumentLength();
                break;
            default:
                max = -1;
                break;
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
            out.add(error(
                    "core.json.syntax",
                    at,
                    Map.of("format", format.name(), "detail", redact(firstLine(e.getOriginalMessage())))));
        } else if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            Collection<Object> known = u.getKnownPropertyIds();
            String knownText = known == null
                    ? ""
                    : known.stream()
                            .map(String::valueOf)
                            .collect(Collectors.toCollection(TreeSet::new))
                            .toString();
            out.add(error(
                    "core.json.unknown-property", at, Map.of("property", u.getPropertyName(), "known", knownText)));
        } else if (e instanceof InvalidFormatException) {
            InvalidFormatException f = (InvalidFormatException) e;
            out.add(error(
                    "core.json.wrong-type",
                    at,
                    Map.of("expected", describe(f.getTargetType()), "found", found(f.getTargetType(), f.getValue()))));
        } else if (e instanceof MismatchedInputException
                && String.valueOf(e.getOriginalMessage()).startsWith("No content")) {
            out.add(error("core.json.empty", at, Map.of()));
        } else if (e instanceof MismatchedInputException && e.getCause() == null) {
            MismatchedInputException m = (MismatchedInputException) e;
            Object found = m.getMessage() != null && m.getMessage().contains("from ")
                    ? tokenIn(m.getOriginalMessage())
                    : LocalizedText.of("een andere waarde", "another value");
            out.add(error("core.json.wrong-type", at, Map.of("expected", describe(m.getTargetType()), "found", found)));
        } else {
            Throwable cause = rootCause(e);
            if (cause instanceof IllegalStateException
                    && cause.getMessage() != null
                    && IMMUTABLES_MISSING.matcher(cause.getMessage()).find()) {
                Matcher m = IMMUTABLES_MISSING.matcher(cause.getMessage());
                m.find();
                for (String name : m.group(1).split(",\\s*")) {
                    out.add(error("core.json.missing-property", at.append(name), Map.of("property", name)));
                }
            } else if (cause instanceof NullPointerException) {
                String name = cause.getMessage() == null
                        ? lastName(at)
                        : cause.getMessage().replace(" element", "");
                out.add(error("core.json.null-value", at, Map.of("property", name)));
            } else if (cause instanceof IllegalArgumentException
                    || cause instanceof IllegalStateException
                    || cause instanceof java.time.DateTimeException) {
                out.add(error("core.json.invalid-value", at, Map.of("detail", String.valueOf(cause.getMessage()))));
            } else {
                out.add(error(
                        "core.json.invalid",
                        at,
                        Map.of("type", type.getSimpleName(), "detail", redact(firstLine(e.getOriginalMessage())))));
            }
        }
        TokenStreamLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            List<Diagnostic> located = new ArrayList<>();
            for (Diagnostic d : out) {
                var copy = ImmutableDiagnostic.copyOf(d).withLine(location.getLineNr());
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
            m.appendReplacement(
                    out,
                    Matcher.quoteReplacement(
                            keyword
                                    ? token
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
    private static Object found(Class<?> target, Object value) {
        if (target != null
                && target.isEnum()
                && value instanceof String
                && CODE.matcher((String) value).matches()) {
            return "'" + value + "'";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence) {
            int n = ((CharSequence) value).length();
            return LocalizedText.of("een tekst van " + n + " tekens", "a text of " + n + " characters");
        }
        if (value instanceof Number) {
            return LocalizedText.of("een getal", "a number");
        }
        String name = value.getClass().getSimpleName();
        return LocalizedText.of("een waarde van type " + name, "a " + name);
    }

    private static boolean isDuplicate(JacksonException e) {
        String message = e.getOriginalMessage();
        return message != null && message.startsWith("Duplicate Object property");
    }

    private static String duplicateName(String message) {
        Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(message == null ? "" : message);
        return m.find() ? m.group(1) : "?";
    }

    private static Object tokenIn(String message) {
        Matcher m = Pattern.compile("from ([A-Za-z ]+?) (?:token|value)").matcher(message == null ? "" : message);
        if (!m.find()) {
            return LocalizedText.of("een andere waarde", "another value");
        }
        String token = m.group(1).trim();
        return switch (token) {
            case "Object" -> LocalizedText.of("een object", token);
            case "Array" -> LocalizedText.of("een lijst", token);
            case "String" -> LocalizedText.of("een tekst", token);
            default -> token;
        };
    }

    /** What a target type expects, in Dutch and English. */
    private static LocalizedText describe(Class<?> target) {
        if (target == null) {
            return LocalizedText.of("een andere waarde", "a different value");
        }
        if (target == String.class) {
            return LocalizedText.of("een tekst", "a string");
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return LocalizedText.of("een getal", "a number");
        }
        if (target == Boolean.class || target == boolean.class) {
            return LocalizedText.of("true of false", "true or false");
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return LocalizedText.of("een lijst", "a list");
        }
        if (Map.class.isAssignableFrom(target)) {
            return LocalizedText.of("een object", "an object");
        }
        if (target == java.time.LocalDate.class) {
            return LocalizedText.of("een datum als 2026-11-28", "a date such as 2026-11-28");
        }
        if (target.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : target.getEnumConstants()) {
                names.add(c.toString());
            }
            return LocalizedText.of("een van " + names, "one of " + names);
        }
        String name = target.getSimpleName().replaceFirst("^Immutable", "");
        return LocalizedText.of("een " + name + "-object", "a " + name + " object");
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

    static String firstLine(String message) {
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
}
