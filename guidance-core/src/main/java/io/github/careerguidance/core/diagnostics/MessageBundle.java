/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.diagnostics;

import io.github.careerguidance.core.internal.RenderedTexts;
import io.github.careerguidance.core.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Localized message templates keyed by diagnostic code, read from a pair of UTF-8 properties files: the English
 * base ({@code Messages.properties}) and the Dutch one ({@code Messages_nl.properties}).
 *
 * <p>Templates name their arguments: {@code Step '{step}' cannot be reached from the start.} Each module keeps
 * one bundle; a test in each module checks that every code used has a template in both languages.
 *
 * <pre>{@code
 * MessageBundle bundle = MessageBundle.load(
 *         "io/github/careerguidance/journeys/Messages", name -> Messages.class.getResourceAsStream("/" + name));
 * Diagnostic d = bundle.diagnostic(Severity.ERROR, "journeys.step.unreachable", pointer, Map.of("step", "intake-2"));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MessageBundle {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final String baseName;
    private final Map<String, String> english;
    private final Map<String, String> dutch;
    /** Every template split into literal and placeholder parts once, at load. */
    private final Map<String, String[]> compiled;
    /**
     * Per code whose texts are filled in when first read: its language tags and split templates, so that a text
     * costs one lookup (read-only after construction).
     */
    private final Map<String, Object[]> deferred;

    private MessageBundle(String baseName, Map<String, String> english, Map<String, String> dutch) {
        this.baseName = baseName;
        this.english = english;
        this.dutch = dutch;
        Map<String, String[]> parts = new java.util.HashMap<>();
        english.values().forEach(t -> parts.put(t, split(t)));
        dutch.values().forEach(t -> parts.put(t, split(t)));
        this.compiled = Collections.unmodifiableMap(parts);
        Map<String, Object[]> late = new java.util.HashMap<>();
        english.forEach((code, en) -> {
            String nl = dutch.get(code);
            String[] enParts = parts.get(en);
            String[] nlParts = nl == null ? null : parts.get(nl);
            if (RenderedTexts.neverBlank(enParts) && (nlParts == null || RenderedTexts.neverBlank(nlParts))) {
                late.put(
                        code,
                        nlParts == null
                                ? new Object[] {EN, new String[][] {enParts}}
                                : new Object[] {EN_NL, new String[][] {enParts, nlParts}});
            }
        });
        this.deferred = late;
    }

    /**
     * Loads a bundle.
     *
     * <p>The files are opened by {@code opener}, a function of the resource name (the base name plus
     * {@code .properties} or {@code _nl.properties}). Pass a lambda written in the module that holds the files, such
     * as {@code name -> MyMessages.class.getResourceAsStream("/" + name)}: on the module path a resource in a package
     * of a named module can only be read by that module itself, and a lambda runs as code of the module it is
     * written in. (A class loader's {@code getResourceAsStream} does not find such resources unless the package is
     * opened to everyone.)
     *
     * @param baseName the resource path without suffix, such as {@code io/github/careerguidance/core/Messages}
     * @param opener opens a resource by name; returns {@code null} when it is missing
     * @return the bundle
     * @throws IllegalStateException if either file is missing (a packaging error)
     * @throws UncheckedIOException if a file cannot be read
     */
    public static MessageBundle load(String baseName, Function<String, InputStream> opener) {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(opener, "opener");
        return new MessageBundle(
                baseName, read(opener, baseName + ".properties"), read(opener, baseName + "_nl.properties"));
    }

    private static Map<String, String> read(Function<String, InputStream> opener, String resource) {
        try (InputStream in = opener.apply(resource)) {
            if (in == null) {
                throw new IllegalStateException("message bundle resource '" + resource + "' is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new LinkedHashMap<>();
            new TreeSet<>(properties.stringPropertyNames()).forEach(k -> map.put(k, properties.getProperty(k)));
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read message bundle '" + resource + "'", e);
        }
    }

    /**
     * The codes that have an English template.
     *
     * @return an unmodifiable sorted set
     */
    public Set<String> codes() {
        return Collections.unmodifiableSet(new TreeSet<>(english.keySet()));
    }

    /**
     * The codes that lack a template in one of the two languages.
     *
     * @return an unmodifiable sorted set; empty when the bundle is complete
     */
    public Set<String> incompleteCodes() {
        Set<String> incomplete = new TreeSet<>();
        english.keySet().stream().filter(k -> !dutch.containsKey(k)).forEach(incomplete::add);
        dutch.keySet().stream().filter(k -> !english.containsKey(k)).forEach(incomplete::add);
        return Collections.unmodifiableSet(incomplete);
    }

    /**
     * Whether a code has templates.
     *
     * @param code the diagnostic code
     * @return true when an English template exists
     */
    public boolean has(String code) {
        return english.containsKey(code);
    }

    /**
     * The message for a code with its arguments filled in.
     *
     * @param code the diagnostic code
     * @param arguments values for the named placeholders; a missing one is left as {@code {name}}; a
     *     {@link LocalizedText} value is rendered in the language of each translation (in English where it has no
     *     text in that language), so that a Dutch message never quotes an English term
     * @return the message in English and Dutch (English only when the Dutch template is missing)
     * @throws IllegalArgumentException if the code has no template (a programming error)
     */
    public LocalizedText text(String code, Map<String, ?> arguments) {
        arguments = perLanguage(arguments);
        Object[] late = deferred.get(code);
        if (late != null) {
            // Filled in when first read: most texts of a bulk check are never shown, or in one language only.
            return LocalizedText.of(new RenderedTexts((String[]) late[0], (String[][]) late[1], arguments));
        }
        String en = english.get(code);
        if (en == null) {
            throw new IllegalArgumentException("no message template for code '" + code + "' in " + baseName);
        }
        String nl = dutch.get(code);
        String[] enParts = compiled.get(en);
        String[] nlParts = nl == null ? null : compiled.get(nl);
        if (RenderedTexts.neverBlank(enParts) && (nlParts == null || RenderedTexts.neverBlank(nlParts))) {
            // Filled in when first read: most texts of a bulk check are never shown, or in one language only.
            return LocalizedText.of(
                    nlParts == null
                            ? new RenderedTexts(EN, new String[][] {enParts}, arguments)
                            : new RenderedTexts(EN_NL, new String[][] {enParts, nlParts}, arguments));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", wellFormed(fill(en, arguments, "en")));
        if (nl != null) {
            texts.put("nl", wellFormed(fill(nl, arguments, "nl")));
        }
        return LocalizedText.of(texts);
    }

    private static final String[] EN = {"en"};
    private static final String[] EN_NL = {"en", "nl"};

    /**
     * The text with every unpaired surrogate replaced by U+FFFD. Arguments often come from the input (a field name,
     * a parser's quote of one character, which for a character outside the BMP is half a surrogate pair), and a
     * message must stay valid Unicode. Found by fuzzing {@code JourneyEngine.resume}.
     */
    static String wellFormed(String text) {
        return RenderedTexts.wellFormed(text);
    }

    /**
     * A diagnostic with the message for its code.
     *
     * @param severity the severity
     * @param code the diagnostic code
     * @param location where in the input
     * @param arguments values for the placeholders; also stored as the diagnostic's arguments (a
     *     {@link LocalizedText} value in English)
     * @return the diagnostic
     */
    public Diagnostic diagnostic(Severity severity, String code, JsonPointer location, Map<String, ?> arguments) {
        Map<String, String> args = new LinkedHashMap<>();
        arguments.forEach((k, v) -> args.put(
                k, wellFormed(v instanceof LocalizedText l ? l.resolve(java.util.Locale.ENGLISH) : String.valueOf(v))));
        return Diagnostic.builder()
                .severity(severity)
                .code(code)
                .location(location)
                .message(text(code, arguments))
                .putAllArguments(args)
                .build();
    }

    /**
     * The arguments with every {@link LocalizedText} value as a {@link RenderedTexts.PerLanguage}, which each
     * translation renders in its own language; the same map when there is none (the common case, without copying).
     */
    private static Map<String, ?> perLanguage(Map<String, ?> arguments) {
        boolean any = false;
        for (Object v : arguments.values()) {
            if (v instanceof LocalizedText) {
                any = true;
                break;
            }
        }
        if (!any) {
            return arguments;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        arguments.forEach(
                (k, v) -> copy.put(k, v instanceof LocalizedText l ? new RenderedTexts.PerLanguage(l.texts()) : v));
        return copy;
    }

    private String fill(String template, Map<String, ?> arguments, String tag) {
        // fills are hot (one per rule result in a bulk check), so no regular expression runs per call
        String[] parts = compiled.get(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                out.append(parts[i]);
            } else {
                Object value = arguments.get(parts[i]);
                out.append(
                        value == null
                                ? "{" + parts[i] + "}"
                                : value instanceof RenderedTexts.PerLanguage l ? l.in(tag) : String.valueOf(value));
            }
        }
        return out.toString();
    }

    /** Literal, name, literal, name, ..., literal. */
    private static String[] split(String template) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            parts.add(template.substring(last, m.start()));
            parts.add(m.group(1).intern()); // interned: equal to the literal keys callers use, often the same instance
            last = m.end();
        }
        parts.add(template.substring(last));
        return parts.toArray(new String[0]);
    }
}
