/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Hand-written matchers for a few exact regular-expression shapes, so that the validator pre-screen checks the SDK's
 * own code, number and postcode patterns without a {@link java.util.regex.Matcher} per value. Internal.
 *
 * <p>{@link #matcher(String, int)} recognises a pattern only when its text is one of these shapes and no flag is
 * set; for anything else it answers null and the caller keeps the regular expression:
 * <ul>
 *   <li>a fixed-length sequence of ASCII classes and literals: items {@code [ranges]} (ranges and single characters
 *       of ASCII letters and digits only) or a single ASCII letter, digit or space, each optionally followed by
 *       {@code {n}} (1 to 99); for example {@code [0-9]{8}}, {@code [1-9][0-9]{3} [A-Z]{2}};</li>
 *   <li>{@link #CODE} (lower-case words joined by single dashes);</li>
 *   <li>{@link #REGISTER_NUMBER} (1 to 40 ASCII letters, digits, dots, slashes and dashes, starting and ending with a
 *       letter or digit);</li>
 *   <li>{@link #WEB_ADDRESS} ({@code http://} or {@code https://}, then a character that is not white space nor one
 *       of {@code /$.?#}, then no white space).</li>
 * </ul>
 * Each matcher answers exactly what {@code Pattern.matches(regex, value)} answers, for every char sequence (any
 * UTF-16 content, lone surrogates included); a property test compares them on generated strings.
 *
 * <p>Thread-safe: the matchers are stateless.
 */
public final class SimplePatterns {
    /** The regular expression of {@code @Code}. */
    public static final String CODE = "[a-z0-9]+(?:-[a-z0-9]+)*";
    /** The regular expression of {@code @RegisterNumber}. */
    public static final String REGISTER_NUMBER = "[A-Za-z0-9](?:[A-Za-z0-9./-]{0,38}[A-Za-z0-9])?";
    /** The regular expression of {@code @WebAddress}. */
    public static final String WEB_ADDRESS = "https?://[^\\s/$.?#][^\\s]*";

    private SimplePatterns() {}

    /**
     * A matcher equivalent to {@code Pattern.compile(regexp, flags).matcher(value).matches()}, for a recognised shape.
     *
     * @param regexp the regular expression
     * @param flags the {@link java.util.regex.Pattern} flags
     * @return the matcher, or null when the shape is not recognised (keep the regular expression)
     */
    public static Predicate<CharSequence> matcher(String regexp, int flags) {
        if (flags != 0) {
            return null;
        }
        switch (regexp) {
            case CODE:
                return SimplePatterns::code;
            case REGISTER_NUMBER:
                return SimplePatterns::registerNumber;
            case WEB_ADDRESS:
                return SimplePatterns::webAddress;
            default:
                return fixed(regexp);
        }
    }

    private static boolean lowerOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean code(CharSequence s) {
        int n = s.length();
        if (n == 0 || !lowerOrDigit(s.charAt(0)) || !lowerOrDigit(s.charAt(n - 1))) {
            return false;
        }
        boolean dash = false;
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                if (dash) {
                    return false;
                }
                dash = true;
            } else if (lowerOrDigit(c)) {
                dash = false;
            } else {
                return false;
            }
        }
        return true;
    }

    static boolean registerNumber(CharSequence s) {
        int n = s.length();
        if (n == 0 || n > 40 || !letterOrDigit(s.charAt(0)) || !letterOrDigit(s.charAt(n - 1))) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '/' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** White space as {@code \s} means without {@code UNICODE_CHARACTER_CLASS}: {@code [ \t\n\x0B\f\r]}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean webAddress(CharSequence s) {
        int n = s.length();
        if (n < 8 || s.charAt(0) != 'h' || s.charAt(1) != 't' || s.charAt(2) != 't' || s.charAt(3) != 'p') {
            return false;
        }
        int i = s.charAt(4) == 's' ? 5 : 4;
        if (n < i + 4 || s.charAt(i) != ':' || s.charAt(i + 1) != '/' || s.charAt(i + 2) != '/') {
            return false;
        }
        // The excluded characters are all outside the surrogate range, so a supplementary code point (one item of
        // the pattern, two chars here) passes or fails exactly as its two chars do.
        char first = s.charAt(i + 3);
        if (space(first) || first == '/' || first == '$' || first == '.' || first == '?' || first == '#') {
            return false;
        }
        for (int j = i + 4; j < n; j++) {
            if (space(s.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A fixed-length sequence of ASCII classes: one {@code boolean[128]} per position. Null when the text is not of
     * that shape.
     */
    static Predicate<CharSequence> fixed(String regexp) {
        List<boolean[]> positions = new ArrayList<>();
        int i = 0;
        int n = regexp.length();
        while (i < n) {
            boolean[] set = new boolean[128];
            char c = regexp.charAt(i);
            if (c == '[') {
                int end = regexp.indexOf(']', i + 1);
                if (end < 0 || end == i + 1) {
                    return null;
                }
                int j = i + 1;
                while (j < end) {
                    char lo = regexp.charAt(j);
                    if (!letterOrDigit(lo)) {
                        return null;
                    }
                    char hi = lo;
                    if (j + 2 < end && regexp.charAt(j + 1) == '-') {
                        hi = regexp.charAt(j + 2);
                        if (!letterOrDigit(hi) || hi < lo || kind(lo) != kind(hi)) {
                            return null;
                        }
                        j += 3;
                    } else {
                        j += 1;
                    }
                    for (char x = lo; x <= hi; x++) {
                        set[x] = true;
                    }
                }
                i = end + 1;
            } else if (letterOrDigit(c) || c == ' ') {
                set[c] = true;
                i++;
            } else {
                return null;
            }
            int times = 1;
            if (i < n && regexp.charAt(i) == '{') {
                int end = regexp.indexOf('}', i + 1);
                if (end < 0 || end - i - 1 < 1 || end - i - 1 > 2) {
                    return null;
                }
                times = 0;
                for (int j = i + 1; j < end; j++) {
                    char d = regexp.charAt(j);
                    if (d < '0' || d > '9') {
                        return null;
                    }
                    times = times * 10 + (d - '0');
                }
                if (times < 1) {
                    return null;
                }
                i = end + 1;
            }
            for (int k = 0; k < times; k++) {
                positions.add(set);
            }
        }
        if (positions.isEmpty()) {
            return null;
        }
        boolean[][] sets = positions.toArray(new boolean[0][]);
        return s -> {
            if (s.length() != sets.length) {
                return false;
            }
            for (int k = 0; k < sets.length; k++) {
                char c = s.charAt(k);
                if (c >= 128 || !sets[k][c]) {
                    return false;
                }
            }
            return true;
        };
    }

    /** 0 digit, 1 upper case, 2 lower case: a range must stay inside one kind. */
    private static int kind(char c) {
        return c <= '9' ? 0 : c <= 'Z' ? 1 : 2;
    }
}
