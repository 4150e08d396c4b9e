/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.internal;

import java.time.temporal.TemporalAccessor;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The translations of a message-bundle text, filled in from their templates only when first read: a bulk check
 * makes one text per rule result and most are never shown, or shown in one language. Internal: made only by
 * {@code MessageBundle}, and trusted by {@code LocalizedText.of} because what it renders meets that type's
 * contract (tags {@code en} and {@code nl}, already normalized and in order; each text non-blank, because its
 * template has a non-blank literal part, and valid Unicode, because unpaired surrogates are replaced).
 *
 * <p>Immutable and thread-safe: the argument values are captured when the text is made (values of types that
 * cannot change, as they are; any other as its {@code String.valueOf} at that time), so rendering later gives the
 * same text as rendering at once. Two threads may both render a translation; they get equal strings.
 */
public final class RenderedTexts extends AbstractMap<String, String> {
    private final String[] tags;
    private final String[][] parts;
    private final Object[][] values;
    private final String[] rendered;

    /**
     * Texts for some tags from templates split into parts.
     *
     * @param tags the language tags, normalized and in ascending order, without duplicates
     * @param parts per tag: literal, name, literal, name, ..., literal; each with a non-blank literal part
     * @param arguments the argument values by name; read now, not kept
     */
    public RenderedTexts(String[] tags, String[][] parts, Map<String, ?> arguments) {
        this.tags = tags;
        this.parts = parts;
        this.values = new Object[tags.length][];
        for (int t = 0; t < tags.length; t++) {
            String[] p = parts[t];
            Object[] v = new Object[p.length / 2];
            for (int i = 1; i < p.length; i += 2) {
                v[i / 2] = capture(arguments.get(p[i]));
            }
            values[t] = v;
        }
        this.rendered = new String[tags.length];
    }

    /**
     * An argument value with a text per language tag, rendered in the language of the text it is filled into (in
     * English when that language is missing, else in the first language it has). Made by {@code MessageBundle} from a
     * {@code LocalizedText} argument.
     *
     * @param texts the texts by normalized language tag, unmodifiable
     */
    public record PerLanguage(Map<String, String> texts) {
        /**
         * The text for a tag.
         *
         * @param tag a normalized language tag
         * @return the text in that language, else in English, else the first one
         */
        public String in(String tag) {
            String text = texts.get(tag);
            if (text == null) {
                text = texts.get("en");
            }
            return text != null
                    ? text
                    : texts.isEmpty() ? "" : texts.values().iterator().next();
        }
    }

    /**
     * Whether the literal parts of a template are enough to make every filling of it non-blank.
     *
     * @param parts literal, name, ..., literal
     * @return true when some literal part is not blank
     */
    public static boolean neverBlank(String[] parts) {
        for (int i = 0; i < parts.length; i += 2) {
            if (!parts[i].isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A value kept as is when it cannot change, else its text now. */
    private static Object capture(Object v) {
        if (v == null
                || v instanceof PerLanguage
                || v instanceof String
                || v instanceof Integer
                || v instanceof Long
                || v instanceof Boolean
                || v instanceof Short
                || v instanceof Byte
                || v instanceof Double
                || v instanceof Float
                || v instanceof Character
                || v instanceof Enum
                || (v instanceof TemporalAccessor && v.getClass().getName().startsWith("java.time."))) {
            return v;
        }
        return String.valueOf(v);
    }

    private String render(int t) {
        String text = rendered[t];
        if (text == null) {
            String[] p = parts[t];
            Object[] v = values[t];
            StringBuilder out = new StringBuilder(p[0].length() + 48);
            for (int i = 0; i < p.length; i++) {
                if (i % 2 == 0) {
                    out.append(p[i]);
                } else {
                    Object value = v[i / 2];
                    out.append(
                            value == null
                                    ? "{" + p[i] + "}"
                                    : value instanceof PerLanguage l ? l.in(tags[t]) : String.valueOf(value));
                }
            }
            text = wellFormed(out.toString());
            rendered[t] = text; // a benign race: every thread renders the same text
        }
        return text;
    }

    /**
     * The text with every unpaired surrogate replaced by U+FFFD.
     *
     * @param text any text
     * @return valid Unicode; the same instance when it already is
     */
    public static String wellFormed(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!paired && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(paired ? c : '\uFFFD');
            }
        }
        return out == null ? text : out.toString();
    }

    private int indexOf(Object tag) {
        for (int t = 0; t < tags.length; t++) {
            if (tags[t].equals(tag)) {
                return t;
            }
        }
        return -1;
    }

    @Override
    public String get(Object tag) {
        int t = indexOf(tag);
        return t < 0 ? null : render(t);
    }

    @Override
    public boolean containsKey(Object tag) {
        return indexOf(tag) >= 0;
    }

    @Override
    public int size() {
        return tags.length;
    }

    @Override
    public Set<String> keySet() {
        // the tags without rendering any text, in order
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return java.util.Arrays.asList(tags).iterator();
            }

            @Override
            public int size() {
                return tags.length;
            }

            @Override
            public boolean contains(Object tag) {
                return indexOf(tag) >= 0;
            }
        };
    }

    @Override
    public boolean isEmpty() {
        return tags.length == 0;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < tags.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= tags.length) {
                            throw new NoSuchElementException();
                        }
                        int t = next++;
                        return new SimpleImmutableEntry<>(tags[t], render(t));
                    }
                };
            }

            @Override
            public int size() {
                return tags.length;
            }
        };
    }
}
