/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A bundle text is filled in when first read; it must equal the text filled in at once, in every way it is read. */
class DeferredTextTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");
    private final MessageBundle bundle = MessageBundle.load(
            "io/github/careerguidance/core/Messages", name -> getClass().getResourceAsStream("/" + name));

    /** The text filled in at once, independently of the bundle's own code: regex, then unpaired surrogates. */
    private static String eager(String template, Map<String, ?> args) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = args.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : String.valueOf(v)));
        }
        m.appendTail(out);
        StringBuilder fixed = new StringBuilder();
        String s = out.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                fixed.append(c).append(s.charAt(++i));
            } else {
                fixed.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return fixed.toString();
    }

    private static String template(String base, String code) {
        try (var in = DeferredTextTest.class.getClassLoader().getResourceAsStream(base)) {
            var p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return p.getProperty(code);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void deferredTextEqualsTheTextFilledInAtOnce() {
        List<String> codes = new ArrayList<>(bundle.codes());
        qt().withExamples(300)
                .forAll(
                        integers().between(0, codes.size() - 1),
                        strings().allPossible().ofLengthBetween(0, 6),
                        integers().between(-5, 400))
                .checkAssert((i, s, n) -> {
                    String code = codes.get(i);
                    List<String> mutable = new ArrayList<>(List.of("a", s));
                    Map<String, Object> args = new LinkedHashMap<>();
                    // every name some template of the bundle uses, with values of several types
                    for (String name : List.of(
                            "detail",
                            "property",
                            "known",
                            "format",
                            "limit",
                            "max",
                            "index",
                            "value",
                            "path",
                            "field",
                            "type",
                            "alias",
                            "expected",
                            "actual")) {
                        int kind = Math.floorMod(name.hashCode() + n, 6);
                        if (kind < 5) { // kind 5: no value, the placeholder stays
                            args.put(
                                    name,
                                    switch (kind) {
                                        case 0 -> s;
                                        case 1 -> n;
                                        case 2 -> LocalDate.of(2026, 11, 28).plusDays(n);
                                        case 3 -> mutable;
                                        default ->
                                            "\uD83D" + s; // a lone high surrogate, unless s starts with a low one
                                    });
                        }
                    }
                    Map<String, String> expected = new TreeMap<>();
                    expected.put(
                            "en", eager(template("io/github/careerguidance/core/Messages.properties", code), args));
                    expected.put(
                            "nl", eager(template("io/github/careerguidance/core/Messages_nl.properties", code), args));

                    LocalizedText text = bundle.text(code, args);
                    mutable.add("added later"); // a value that changes after the text was made does not change it
                    args.clear();

                    assertThat(text.texts().keySet()).containsExactly("en", "nl");
                    assertThat(text.resolve(Locale.ENGLISH)).isEqualTo(expected.get("en"));
                    assertThat(text.resolve(new Locale("nl"))).isEqualTo(expected.get("nl"));
                    assertThat(new TreeMap<>(text.texts())).isEqualTo(expected);
                    LocalizedText eagerText = LocalizedText.of(expected);
                    assertThat(text)
                            .isEqualTo(eagerText)
                            .hasSameHashCodeAs(eagerText)
                            .hasToString(eagerText.toString());
                    assertThat(eagerText).isEqualTo(text);
                });
    }

    @Test
    void deferredTextsAreTheSameInAnyReadingOrder() {
        Map<String, Object> args = Map.of("property", "beroep", "known", List.of("titel", "code"));
        LocalizedText a = bundle.text("core.json.unknown-property", args);
        LocalizedText b = bundle.text("core.json.unknown-property", args);
        assertThat(b.resolve(new Locale("nl"))).isEqualTo("Onbekend veld 'beroep'; verwacht een van: [titel, code]");
        assertThat(a.texts().values())
                .containsExactly(b.texts().get("en"), b.texts().get("nl"));
        assertThat(a.locales()).containsExactly(Locale.ENGLISH, new Locale("nl"));
        assertThat(a.texts()).containsEntry("en", "Unknown field 'beroep'; expected one of: [titel, code]");
    }

    @Test
    void aMapThatComparesKeysItsOwnWayIsAskedForEachName() {
        Map<String, Object> args = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        args.put("PROPERTY", "titel");
        LocalizedText text = bundle.text("core.json.missing-property", args);
        args.put("PROPERTY", "later");
        assertThat(text.resolve(Locale.ENGLISH)).isEqualTo("Required field 'titel' is missing");
        assertThat(text.resolve(new Locale("nl"))).isEqualTo("Verplicht veld 'titel' ontbreekt");
    }
}
