/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The order in which locales are tried when a text is not available in the requested one.
 *
 * <p>The default rule is <em>requested &rarr; nl &rarr; en</em>: the requested locale itself, then its bare
 * language (so {@code en-GB} falls back to {@code en}), then Dutch, then English. Instances are immutable and
 * thread-safe.
 *
 * <pre>{@code
 * LocaleFallback rule = LocaleFallback.of(Locale.ENGLISH, LocalizedText.DUTCH); // requested -> en -> nl
 * String label = goal.label().resolve(Locale.forLanguageTag("fy"), rule);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LocaleFallback {
    private static final LocaleFallback DEFAULT = new LocaleFallback(List.of(LocalizedText.DUTCH, Locale.ENGLISH));

    private final List<Locale> chain;

    private LocaleFallback(List<Locale> chain) {
        this.chain = List.copyOf(chain);
    }

    /**
     * The default rule: requested, its language, {@code nl}, {@code en}.
     *
     * @return the shared default rule
     */
    public static LocaleFallback ofDefaults() {
        return DEFAULT;
    }

    /**
     * A rule that tries the requested locale, its language, then the given locales in order.
     *
     * @param chain the locales to try after the requested one; may be empty (no fallback)
     * @return the rule
     * @throws NullPointerException if a locale is null
     */
    public static LocaleFallback of(Locale... chain) {
        List<Locale> list = new ArrayList<>();
        for (Locale locale : chain) {
            list.add(Objects.requireNonNull(locale, "locale"));
        }
        return new LocaleFallback(list);
    }

    /**
     * The locales tried after the requested one, in order.
     *
     * @return an unmodifiable list
     */
    public List<Locale> chain() {
        return chain;
    }

    /**
     * All candidate locales for a request, in the order they are tried, without duplicates.
     *
     * @param requested the locale the caller asked for
     * @return an unmodifiable list that starts with {@code requested}
     */
    public List<Locale> candidates(Locale requested) {
        Objects.requireNonNull(requested, "requested");
        Set<Locale> result = new LinkedHashSet<>();
        result.add(requested);
        if (!requested.getLanguage().isEmpty()) {
            result.add(new Locale(requested.getLanguage()));
        }
        result.addAll(chain);
        return List.copyOf(result);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocaleFallback && ((LocaleFallback) other).chain.equals(chain);
    }

    @Override
    public int hashCode() {
        return chain.hashCode();
    }

    @Override
    public String toString() {
        return "LocaleFallback[requested -> " + chain + "]";
    }
}
