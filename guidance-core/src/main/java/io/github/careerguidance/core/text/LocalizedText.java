/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.text;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.RenderedTexts;
import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A user-facing text in several languages, keyed by BCP 47 language tag ({@code nl}, {@code en}, {@code en-GB}).
 *
 * <p>Every text in guidance is localized: labels of intake goals, names of competencies, diagnostic messages.
 * A localized text holds at least one translation; {@link #resolve(Locale)} picks one by the
 * {@linkplain LocaleFallback default fallback rule} and never fails. In JSON and YAML it is an object of
 * language tag to text: {@code {"en": "Looking for work", "nl": "Ik zoek werk"}}.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of("Ik zoek werk", "Looking for work");
 * title.resolve(Locale.ENGLISH);               // "Looking for work"
 * title.resolve(Locale.GERMAN);                // "Ik zoek werk" (requested -> nl -> en)
 * title.missing(List.of(Locale.forLanguageTag("fy"))); // [fy]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LocalizedText {
    /** Dutch, the first fallback of the default rule. */
    public static final Locale DUTCH = new Locale("nl");

    private final Map<String, String> texts;

    private LocalizedText(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * A text in Dutch and English.
     *
     * @param nl the Dutch text
     * @param en the English text
     * @return the localized text
     * @throws NullPointerException if either text is null
     * @throws IllegalArgumentException if either text is blank
     */
    public static LocalizedText of(String nl, String en) {
        return of(Map.of("nl", Objects.requireNonNull(nl, "nl"), "en", Objects.requireNonNull(en, "en")));
    }

    /**
     * A text in one language.
     *
     * @param locale the language
     * @param text the text
     * @return the localized text
     */
    public static LocalizedText single(Locale locale, String text) {
        return of(Map.of(tagOf(locale), Objects.requireNonNull(text, "text")));
    }

    /**
     * A text from a map of language tag to text; the JSON creator.
     *
     * @param texts language tag to text; at least one entry
     * @return the localized text, with tags normalized ({@code NL} becomes {@code nl})
     * @throws NullPointerException if the map, a tag or a text is null
     * @throws IllegalArgumentException if the map is empty, a tag is not a well-formed language tag, two tags
     *     normalize to the same one, or a text is blank or not valid Unicode (an unpaired surrogate)
     */
    @JsonCreator
    public static LocalizedText of(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts");
        if (texts instanceof RenderedTexts) {
            // a message bundle's text, filled in when first read; it meets the checks below by construction
            return new LocalizedText(texts);
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("a localized text needs at least one translation");
        }
        TreeMap<String, String> normalized = new TreeMap<>();
        for (Map.Entry<String, String> entry : texts.entrySet()) {
            String tag = normalizeTag(Objects.requireNonNull(entry.getKey(), "language tag"));
            String text = Objects.requireNonNull(entry.getValue(), () -> "text for " + tag);
            if (text.isBlank()) {
                throw new IllegalArgumentException("text for '" + tag + "' is blank");
            }
            int bad = unpairedSurrogate(text);
            if (bad >= 0) {
                throw new IllegalArgumentException(
                        "text for '" + tag + "' is not valid Unicode: unpaired surrogate at index " + bad);
            }
            if (normalized.put(tag, text) != null) {
                throw new IllegalArgumentException("language tag '" + tag + "' is given twice");
            }
        }
        return new LocalizedText(java.util.Collections.unmodifiableMap(normalized));
    }

    private static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String normalizeTag(String tag) {
        if (isPlainLanguage(tag)) {
            return tag; // fast path for "nl", "en", ...: already normalized
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            String normalized = locale.toLanguageTag();
            if (locale.getLanguage().isEmpty() || "und".equals(normalized)) {
                throw new IllegalArgumentException("'" + tag + "' is not a language tag such as 'nl' or 'en'");
            }
            return normalized;
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("'" + tag + "' is not a well-formed language tag", e);
        }
    }

    private static boolean isPlainLanguage(String tag) {
        int n = tag.length();
        if (n < 2 || n > 3 || "und".equals(tag)) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = tag.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static String tagOf(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (locale.getCountry().isEmpty()
                && locale.getVariant().isEmpty()
                && locale.getScript().isEmpty()
                && !locale.hasExtensions()
                && isPlainLanguage(locale.getLanguage())) {
            return locale.getLanguage();
        }
        return normalizeTag(locale.toLanguageTag());
    }

    /**
     * The translations, keyed by normalized language tag, in tag order.
     *
     * @return an unmodifiable map with at least one entry
     */
    @JsonValue
    public Map<String, String> texts() {
        return texts;
    }

    /**
     * The languages this text is available in.
     *
     * @return an unmodifiable set, in tag order
     */
    public Set<Locale> locales() {
        Set<Locale> locales = new LinkedHashSet<>();
        texts.keySet().forEach(tag -> locales.add(Locale.forLanguageTag(tag)));
        return java.util.Collections.unmodifiableSet(locales);
    }

    /**
     * The translation for exactly this locale, without fallback.
     *
     * @param locale the locale
     * @return the text, or empty when there is no translation for it
     */
    public Optional<String> get(Locale locale) {
        return Optional.ofNullable(texts.get(tagOf(locale)));
    }

    /**
     * The best text for a locale by the default rule (requested &rarr; nl &rarr; en).
     *
     * @param requested the locale asked for
     * @return a text; when no candidate matches, the translation with the first language tag
     */
    public String resolve(Locale requested) {
        return resolve(requested, LocaleFallback.ofDefaults());
    }

    /**
     * The best text for a locale by a fallback rule.
     *
     * @param requested the locale asked for
     * @param fallback the rule
     * @return a text; when no candidate matches, the translation with the first language tag
     */
    public String resolve(Locale requested, LocaleFallback fallback) {
        return lookup(requested, fallback)
                .orElseGet(() -> texts.values().iterator().next());
    }

    /**
     * The text for the first candidate of a fallback rule that has one.
     *
     * @param requested the locale asked for
     * @param fallback the rule
     * @return the text, or empty when no candidate of the rule has a translation
     */
    public Optional<String> lookup(Locale requested, LocaleFallback fallback) {
        for (Locale candidate : fallback.candidates(requested)) {
            String text = texts.get(tagOf(candidate));
            if (text != null) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /**
     * The required locales that have no translation here (exact match on the language tag).
     *
     * @param required the locales that must be present
     * @return the missing ones, in the order given, without duplicates; empty when complete
     */
    public Set<Locale> missing(Collection<Locale> required) {
        Set<Locale> missing = new LinkedHashSet<>();
        for (Locale locale : required) {
            if (!texts.containsKey(tagOf(locale))) {
                missing.add(locale);
            }
        }
        return java.util.Collections.unmodifiableSet(missing);
    }

    /**
     * A copy with one translation added or replaced.
     *
     * @param locale the language
     * @param text the text
     * @return a new localized text
     */
    public LocalizedText with(Locale locale, String text) {
        TreeMap<String, String> copy = new TreeMap<>(texts);
        copy.put(tagOf(locale), Objects.requireNonNull(text, "text"));
        return of(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText && ((LocalizedText) other).texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return texts.toString();
    }
}
