/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.quality.validation.Code;
import io.github.careerguidance.quality.validation.KvkNumber;
import io.github.careerguidance.quality.validation.Postcode;
import io.github.careerguidance.quality.validation.RegisterNumber;
import io.github.careerguidance.quality.validation.Vestigingsnummer;
import io.github.careerguidance.quality.validation.WebAddress;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The pre-screen's hand-written pattern matchers answer exactly what {@link java.util.regex.Pattern#matches} answers
 * (QuickTheories, over generated strings near and far from each shape: unicode digits and letters, lone surrogates
 * and surrogate pairs, every kind of white space, empty and very long strings).
 */
class SimplePatternsTest {
    private static final List<Class<? extends Annotation>> SDK_PATTERNS = List.of(
            Code.class,
            KvkNumber.class,
            Postcode.class,
            RegisterNumber.class,
            Vestigingsnummer.class,
            WebAddress.class);

    /** Characters that the shapes care about, and some that only look like them. */
    private static final String ODD = "-./:$?# \t\n\u000B\f\r\u0085\u00A0\u2028\u3000_+*@%"
            + "\u0663\uFF10\u0966\u00E9\u00DF\u0130\u0131\u212A\u017F\u00C9\uD800\uDBFF\uDC00\uDFFF\uFFFF\u0000\u007F\u0080";

    private static final String[] SUPPLEMENTARY = {"\uD835\uDFCE", "\uD83D\uDE00", "\uD801\uDC00"};
    private static final String ASCII_ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static final String[][] VALID = {
        {"looking-for-work", "mens-en-organisatie", "noloc-rl", "cv", "a1-2b-c"},
        {"12345678", "30123456"},
        {"3511 AB", "1012 JS", "9999 ZZ"},
        {"RL-1234", "BKA-5678", "7", "NOLOC/2019.044", "a1", "ABCDEFGHIJ1234567890ABCDEFGHIJ123456789Z"},
        {"000012345678", "123456789012"},
        {"https://www.noloc.nl", "http://loopbaan.example.nl/prijzen?p=1#top", "https://x", "http://\uD83D\uDE00.nl"},
    };

    @Test
    void everyPatternOfTheSdkIsRecognised() {
        for (Class<? extends Annotation> type : SDK_PATTERNS) {
            Pattern p = type.getAnnotation(Pattern.class);
            assertThat(p.flags()).as(type.getSimpleName()).isEmpty();
            assertThat(SimplePatterns.matcher(p.regexp(), 0))
                    .as(type.getSimpleName())
                    .isNotNull();
        }
    }

    @Test
    void otherShapesAreLeftToTheRegularExpression() {
        for (String regexp : List.of(
                "",
                "[0-9]+",
                "\\d{8}",
                "[a-z-]{3}",
                "[^0-9]{2}",
                "[0-9]{2,3}",
                "[9-0]",
                "[0-Z]",
                "[0-9]{0}",
                "[0-9]{100}",
                "[]",
                "[0-9",
                "[0-9]{",
                "[0-9]{3}{2}",
                "a|b",
                "(ab)",
                ".",
                "[0-9]?",
                "é",
                "[a-zé]",
                "[[a]]",
                "[a&&b]",
                "[0-9]{x}")) {
            assertThat(SimplePatterns.matcher(regexp, 0)).as(regexp).isNull();
        }
        assertThat(SimplePatterns.matcher("[0-9]{8}", java.util.regex.Pattern.CASE_INSENSITIVE))
                .isNull();
        assertThat(SimplePatterns.matcher(SimplePatterns.CODE, java.util.regex.Pattern.COMMENTS))
                .isNull();
    }

    @Test
    void sdkShapesMatchExactlyAsTheRegularExpression() {
        for (int s = 0; s < SDK_PATTERNS.size(); s++) {
            String regexp = SDK_PATTERNS.get(s).getAnnotation(Pattern.class).regexp();
            String[] valid = VALID[s];
            Predicate<CharSequence> simple = SimplePatterns.matcher(regexp, 0);
            java.util.regex.Pattern regex = java.util.regex.Pattern.compile(regexp);
            AtomicInteger matches = new AtomicInteger();
            AtomicInteger misses = new AtomicInteger();
            qt().withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
                String value = generate(new Random(seed), valid, regexp);
                boolean expected = regex.matcher(value).matches();
                assertThat(simple.test(value))
                        .as("%s on %s", regexp, escape(value))
                        .isEqualTo(expected);
                assertThat(simple.test(new StringBuilder(value))).isEqualTo(expected);
                (expected ? matches : misses).incrementAndGet();
            });
            // Both answers were exercised, not only the easy one.
            assertThat(matches.get()).as(regexp).isGreaterThan(300);
            assertThat(misses.get()).as(regexp).isGreaterThan(300);
            for (String v : valid) {
                assertThat(simple.test(v)).as(v).isTrue();
            }
        }
    }

    @Test
    void generatedFixedShapesMatchExactlyAsTheRegularExpression() {
        AtomicInteger matches = new AtomicInteger();
        AtomicInteger misses = new AtomicInteger();
        qt().withExamples(1500).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<String> positions = new ArrayList<>();
            String regexp = fixedShape(random, positions);
            Predicate<CharSequence> simple = SimplePatterns.matcher(regexp, 0);
            assertThat(simple).as(regexp).isNotNull();
            java.util.regex.Pattern regex = java.util.regex.Pattern.compile(regexp);
            for (int k = 0; k < 8; k++) {
                StringBuilder valid = new StringBuilder();
                for (String chars : positions) {
                    valid.append(chars.charAt(random.nextInt(chars.length())));
                }
                String value = k % 2 == 0 ? valid.toString() : mutate(random, valid.toString());
                boolean expected = regex.matcher(value).matches();
                assertThat(simple.test(value))
                        .as("%s on %s", regexp, escape(value))
                        .isEqualTo(expected);
                (expected ? matches : misses).incrementAndGet();
            }
        });
        assertThat(matches.get()).isGreaterThan(3000);
        assertThat(misses.get()).isGreaterThan(3000);
    }

    /** A regular expression of the fixed shape, and the characters allowed at each position. */
    private static String fixedShape(Random random, List<String> positions) {
        StringBuilder regexp = new StringBuilder();
        int items = 1 + random.nextInt(5);
        String[] kinds = {"0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"};
        for (int i = 0; i < items; i++) {
            StringBuilder allowed = new StringBuilder();
            if (random.nextInt(4) == 0) {
                char c = (ASCII_ALNUM + " ").charAt(random.nextInt(ASCII_ALNUM.length() + 1));
                regexp.append(c);
                allowed.append(c);
            } else {
                regexp.append('[');
                for (int r = 0, n = 1 + random.nextInt(3); r < n; r++) {
                    String kind = kinds[random.nextInt(3)];
                    int lo = random.nextInt(kind.length());
                    int hi = lo + random.nextInt(kind.length() - lo);
                    regexp.append(kind.charAt(lo));
                    if (hi > lo) {
                        regexp.append('-').append(kind.charAt(hi));
                    }
                    allowed.append(kind, lo, hi + 1);
                }
                regexp.append(']');
            }
            int times = 1;
            if (random.nextBoolean()) {
                times = 1 + random.nextInt(12);
                regexp.append('{').append(times).append('}');
            }
            for (int t = 0; t < times; t++) {
                positions.add(allowed.toString());
            }
        }
        return regexp.toString();
    }

    private static String generate(Random random, String[] valid, String regexp) {
        switch (random.nextInt(10)) {
            case 0:
                return randomString(random, random.nextInt(45));
            case 1:
                // very long: valid start, then a long tail of allowed-looking or odd characters
                StringBuilder b = new StringBuilder(valid[random.nextInt(valid.length)]);
                String tail = random.nextBoolean() ? "ab-9/" : ASCII_ALNUM;
                for (int i = 0, n = 5000 + random.nextInt(5000); i < n; i++) {
                    b.append(tail.charAt(random.nextInt(tail.length())));
                }
                return random.nextBoolean() ? b.toString() : mutate(random, b.toString());
            case 2:
                return "";
            case 3:
            case 4:
            case 5:
                return valid[random.nextInt(valid.length)];
            default:
                return mutate(random, valid[random.nextInt(valid.length)]);
        }
    }

    private static String mutate(Random random, String value) {
        StringBuilder b = new StringBuilder(value);
        for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
            int at = b.length() == 0 ? 0 : random.nextInt(b.length() + 1);
            String piece = piece(random);
            switch (random.nextInt(4)) {
                case 0:
                    b.insert(at, piece);
                    break;
                case 1:
                    if (at < b.length()) {
                        b.deleteCharAt(at);
                    }
                    break;
                case 2:
                    if (at < b.length()) {
                        b.replace(at, at + 1, piece);
                    }
                    break;
                default:
                    // change case or swap with a neighbour
                    if (at + 1 < b.length()) {
                        char c = b.charAt(at);
                        b.setCharAt(at, b.charAt(at + 1));
                        b.setCharAt(
                                at + 1, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
                    }
            }
        }
        return b.toString();
    }

    private static String piece(Random random) {
        int k = random.nextInt(10);
        if (k < 4) {
            return String.valueOf(ASCII_ALNUM.charAt(random.nextInt(ASCII_ALNUM.length())));
        }
        if (k < 9) {
            return String.valueOf(ODD.charAt(random.nextInt(ODD.length())));
        }
        return SUPPLEMENTARY[random.nextInt(SUPPLEMENTARY.length)];
    }

    private static String randomString(Random random, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            b.append(random.nextInt(5) == 0 ? String.valueOf((char) random.nextInt(0x10000)) : piece(random));
        }
        return b.toString();
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(s.length(), 80); i++) {
            char c = s.charAt(i);
            b.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        return s.length() > 80 ? b + "...(" + s.length() + ")" : b.toString();
    }
}
