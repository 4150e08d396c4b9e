/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.diagnostics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A location inside a JSON or YAML document, as an RFC 6901 JSON Pointer ({@code /steps/3/title}).
 *
 * <p>The root is the empty pointer {@code ""}. Segments are escaped on output ({@code ~} as {@code ~0},
 * {@code /} as {@code ~1}). Pointers compare segment by segment, numeric segments by value, so diagnostics
 * sort in document order ({@code /steps/2} before {@code /steps/10}).
 *
 * <pre>{@code
 * JsonPointer p = JsonPointer.root().append("steps").append(3).append("title");
 * p.toString();                       // "/steps/3/title"
 * JsonPointer.parse("/a~1b").segments(); // ["a/b"]
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonPointer implements Comparable<JsonPointer> {
    private static final JsonPointer ROOT = new JsonPointer(List.of());

    private final List<String> segments;

    private JsonPointer(List<String> segments) {
        this.segments = segments;
    }

    /**
     * The pointer to the whole document.
     *
     * @return the root pointer, {@code ""}
     */
    public static JsonPointer root() {
        return ROOT;
    }

    /**
     * A pointer from unescaped segments.
     *
     * @param segments property names or array indexes, unescaped
     * @return the pointer
     */
    public static JsonPointer of(String... segments) {
        JsonPointer pointer = ROOT;
        for (String segment : segments) {
            pointer = pointer.append(segment);
        }
        return pointer;
    }

    /**
     * Parses an RFC 6901 pointer.
     *
     * @param pointer {@code ""} or a string starting with {@code /}
     * @return the pointer
     * @throws IllegalArgumentException if the text is not a valid JSON Pointer (no leading slash, or a
     *     {@code ~} not followed by {@code 0} or {@code 1})
     */
    @JsonCreator
    public static JsonPointer parse(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("JSON Pointer '" + pointer + "' must be empty or start with '/'");
        }
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 1; i < pointer.length(); i++) {
            char c = pointer.charAt(i);
            if (c == '/') {
                segments.add(current.toString());
                current.setLength(0);
            } else if (c == '~') {
                char next = i + 1 < pointer.length() ? pointer.charAt(i + 1) : ' ';
                if (next == '0') {
                    current.append('~');
                } else if (next == '1') {
                    current.append('/');
                } else {
                    throw new IllegalArgumentException(
                            "JSON Pointer '" + pointer + "' has '~' at " + i + " not followed by 0 or 1");
                }
                i++;
            } else {
                current.append(c);
            }
        }
        segments.add(current.toString());
        return new JsonPointer(List.copyOf(segments));
    }

    /**
     * A pointer one level deeper, to a property.
     *
     * @param segment the property name, unescaped
     * @return the longer pointer
     */
    public JsonPointer append(String segment) {
        Objects.requireNonNull(segment, "segment");
        List<String> longer = new ArrayList<>(segments.size() + 1);
        longer.addAll(segments);
        longer.add(segment);
        return new JsonPointer(List.copyOf(longer));
    }

    /**
     * A pointer one level deeper, to an array element.
     *
     * @param index the zero-based index
     * @return the longer pointer
     * @throws IllegalArgumentException if the index is negative
     */
    public JsonPointer append(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("array index must be >= 0 but was " + index);
        }
        return append(Integer.toString(index));
    }

    /**
     * A pointer with all segments of another appended.
     *
     * @param relative the pointer to append
     * @return the combined pointer
     */
    public JsonPointer resolve(JsonPointer relative) {
        JsonPointer result = this;
        for (String segment : relative.segments) {
            result = result.append(segment);
        }
        return result;
    }

    /**
     * The unescaped segments, outermost first.
     *
     * @return an unmodifiable list; empty for the root
     */
    public List<String> segments() {
        return segments;
    }

    /**
     * Whether this is the root pointer.
     *
     * @return true for {@code ""}
     */
    public boolean isRoot() {
        return segments.isEmpty();
    }

    /**
     * The pointer one level up.
     *
     * @return the parent; the root's parent is the root
     */
    public JsonPointer parent() {
        return segments.isEmpty() ? this : new JsonPointer(segments.subList(0, segments.size() - 1));
    }

    /**
     * Whether this pointer equals another or is one of its ancestors.
     *
     * @param other the pointer to test
     * @return true when {@code other} is at or below this location
     */
    public boolean contains(JsonPointer other) {
        return other.segments.size() >= segments.size()
                && other.segments.subList(0, segments.size()).equals(segments);
    }

    @Override
    public int compareTo(JsonPointer other) {
        int n = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < n; i++) {
            int c = compareSegments(segments.get(i), other.segments.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(segments.size(), other.segments.size());
    }

    private static int compareSegments(String a, String b) {
        boolean aNumber = isIndex(a);
        boolean bNumber = isIndex(b);
        if (aNumber && bNumber) {
            int c = Integer.compare(a.length(), b.length());
            return c != 0 ? c : a.compareTo(b);
        }
        if (aNumber != bNumber) {
            return aNumber ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 9 || (segment.length() > 1 && segment.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i)) || segment.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPointer && ((JsonPointer) other).segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /**
     * The RFC 6901 form.
     *
     * @return {@code ""} for the root, otherwise {@code /a/b}, escaped
     */
    @JsonValue
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}
