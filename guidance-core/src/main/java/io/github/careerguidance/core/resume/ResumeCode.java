/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.resume;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.MessageBundle;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A short code a visitor can write down or read over the phone to come back to a guidance session without an
 * account, such as {@code 7KDM-Q2XN-HC4}.
 *
 * <p><b>Alphabet.</b> Crockford's base32 (https://www.crockford.com/base32.html): the digits and the letters
 * without I, L, O and U, 32 symbols. Parsing is case-insensitive, reads I and L as 1 and O as 0, and ignores
 * hyphens and spaces (also tabs, no-break spaces and typographic dashes), so {@code 7kdm q2xn hc4} and
 * {@code 7KDM-Q2XN-HC4} are the same code. U is not a code character.
 *
 * <p><b>Length.</b> {@value #DATA_LENGTH} random characters (50 bits from a {@link SecureRandom}) and one check
 * character, shown in groups of four: {@code XXXX-XXXX-XXX}.
 *
 * <p><b>Check character.</b> The check character makes the weighted sum
 * {@code S = w0·d0 + w1·d1 + ... + w10·d10} zero in the field GF(32) (polynomial {@code x^5 + x^2 + 1}), where
 * {@code d_i} is the 5-bit value of character {@code i} and the weights {@code w_i = α^i} are successive powers of
 * the primitive element α = x. {@code S} is linear in the characters, so a change of characters changes {@code S}
 * by the weighted sum of the differences alone, whatever the code:
 * <ul>
 *   <li>every single-character substitution changes {@code S} by {@code w_i·e} with {@code e ≠ 0}, which is not
 *       zero because {@code w_i ≠ 0} and a field has no zero divisors;</li>
 *   <li>every transposition of two different characters at positions {@code i ≠ j} (adjacent or not) changes
 *       {@code S} by {@code (d_i + d_j)·(w_i + w_j)}, which is not zero because α has order 31, so the 11 weights
 *       are distinct.</li>
 * </ul>
 * So all single substitutions and all adjacent (and jump) transpositions are detected; {@code ResumeCodeTest}
 * checks both exhaustively over positions and symbol values. Crockford's own check, the code's value mod 37,
 * detects the same errors but needs five check symbols outside the alphabet ({@code * ~ $ = U}), which are hard to
 * read over the phone; GF(32) keeps the check character in the alphabet.
 *
 * <p><b>Secrecy.</b> A resume code is a bearer secret: {@link #toString()} never shows it, {@link #equals(Object)}
 * and {@link #matches(ResumeCode)} compare in constant time ({@link MessageDigest#isEqual(byte[], byte[])}), and
 * parse diagnostics name positions, never the input. 50 bits resist guessing only together with rate limiting of
 * attempts, which is the embedder's job, as is storing the session under the code (never the code in plain text
 * next to identifying data) and choosing its lifetime ({@link IssuedResumeCode}).
 *
 * <pre>{@code
 * ResumeCode code = ResumeCode.generate(new SecureRandom());
 * IssuedResumeCode issued = code.issue(Instant.now());
 * String shown = code.display();                       // "7KDM-Q2XN-HC4", give this to the visitor
 * // later, the visitor types it in, perhaps as "7kdm q2xn hc4"
 * ResumeCheck check = issued.verify(typed, Instant.now(), Duration.ofDays(30));
 * ReadResult<ResumeCode> read = ResumeCode.parse(typed);   // or parse alone: diagnostics, never an exception
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Beta
public final class ResumeCode {
    /** The 32 code characters in value order (Crockford's base32). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** The number of random characters. */
    public static final int DATA_LENGTH = 10;

    /** The number of characters including the check character. */
    public static final int LENGTH = DATA_LENGTH + 1;

    /** The longest input {@link #parse(CharSequence)} looks at, separators included. */
    public static final int MAX_INPUT_LENGTH = 64;

    private static final MessageBundle MESSAGES = MessageBundle.load(
            "io/github/careerguidance/core/Messages", name -> ResumeCode.class.getResourceAsStream("/" + name));

    /** The field polynomial x^5 + x^2 + 1. */
    private static final int POLYNOMIAL = 0b100101;

    private final String value;

    private ResumeCode(String value) {
        this.value = value;
    }

    /**
     * A new random code.
     *
     * @param random the source of randomness; a seeded {@code SecureRandom} gives repeatable codes in tests
     * @return the code
     * @throws NullPointerException if random is null
     */
    public static ResumeCode generate(SecureRandom random) {
        Objects.requireNonNull(random, "random");
        int[] digits = new int[LENGTH];
        for (int i = 0; i < DATA_LENGTH; i++) {
            digits[i] = random.nextInt(32);
        }
        digits[DATA_LENGTH] = checkValue(digits);
        return new ResumeCode(text(digits));
    }

    /**
     * Parses a code as typed or read out. Never throws: a too long, null, blank or malformed input, a character
     * outside the alphabet, or a failing check character gives a failed result with one error diagnostic:
     * {@code core.resume.empty}, {@code core.resume.too-long} (more than {@value #MAX_INPUT_LENGTH} characters),
     * {@code core.resume.character} (with its 1-based {@code position}), {@code core.resume.length} (with the
     * {@code length} found) or {@code core.resume.check}. No diagnostic repeats the input.
     *
     * @param input the text, such as {@code 7kdm-q2xn-hc4}
     * @return the code, or why it is not one
     */
    public static ReadResult<ResumeCode> parse(CharSequence input) {
        // the length first, so that no work depends on the size of hostile input
        if (input != null && input.length() > MAX_INPUT_LENGTH) {
            return failure("core.resume.too-long", Map.of("max", MAX_INPUT_LENGTH));
        }
        if (input == null || input.toString().isBlank()) {
            return failure("core.resume.empty", Map.of());
        }
        int[] digits = new int[LENGTH];
        int count = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (isSeparator(c)) {
                continue;
            }
            int v = valueOf(c);
            if (v < 0) {
                return failure("core.resume.character", Map.of("position", i + 1));
            }
            if (count < LENGTH) {
                digits[count] = v;
            }
            count++;
        }
        if (count != LENGTH) {
            return failure("core.resume.length", Map.of("length", count, "expected", LENGTH));
        }
        if (syndrome(digits) != 0) {
            return failure("core.resume.check", Map.of());
        }
        return ReadResult.success(new ResumeCode(text(digits)), Diagnostics.empty());
    }

    private static ReadResult<ResumeCode> failure(String code, Map<String, ?> args) {
        return ReadResult.failure(Diagnostics.of(MESSAGES.diagnostic(Severity.ERROR, code, JsonPointer.root(), args)));
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2010' && c <= '\u2015');
    }

    /** The value of a code character, or -1; case-insensitive, with I and L read as 1 and O as 0. */
    static int valueOf(char c) {
        char upper = c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
        if (upper == 'I' || upper == 'L') {
            return 1;
        }
        if (upper == 'O') {
            return 0;
        }
        return upper < 128 ? ALPHABET.indexOf(upper) : -1;
    }

    /** Multiplication in GF(32) modulo {@link #POLYNOMIAL}. */
    static int multiply(int a, int b) {
        int product = 0;
        int x = a;
        int y = b;
        while (y != 0) {
            if ((y & 1) != 0) {
                product ^= x;
            }
            y >>= 1;
            x <<= 1;
            if ((x & 32) != 0) {
                x ^= POLYNOMIAL;
            }
        }
        return product;
    }

    /** The weight of position i: α^i with α = x (2). */
    static int weight(int position) {
        int w = 1;
        for (int i = 0; i < position; i++) {
            w = multiply(w, 2);
        }
        return w;
    }

    /** The weighted sum of all characters in GF(32); zero for a valid code. */
    static int syndrome(int[] digits) {
        int s = 0;
        for (int i = 0; i < digits.length; i++) {
            s ^= multiply(weight(i), digits[i]);
        }
        return s;
    }

    /** The check value for the first {@link #DATA_LENGTH} digits: α^(31-10) times their weighted sum. */
    static int checkValue(int[] digits) {
        int s = 0;
        for (int i = 0; i < DATA_LENGTH; i++) {
            s ^= multiply(weight(i), digits[i]);
        }
        return multiply(weight(31 - DATA_LENGTH), s);
    }

    private static String text(int[] digits) {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int d : digits) {
            out.append(ALPHABET.charAt(d));
        }
        return out.toString();
    }

    /**
     * The code in canonical form: {@value #LENGTH} upper-case characters without separators.
     *
     * @return the code, such as {@code 7KDMQ2XNHC4}
     */
    public String value() {
        return value;
    }

    /**
     * The code grouped for display and dictation: {@code XXXX-XXXX-XXX}.
     *
     * @return the grouped code
     */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    /**
     * Whether another code is this one, in time that does not depend on where they differ.
     *
     * @param other the code presented
     * @return true when equal
     * @throws NullPointerException if other is null
     */
    public boolean matches(ResumeCode other) {
        Objects.requireNonNull(other, "other");
        return MessageDigest.isEqual(
                value.getBytes(StandardCharsets.US_ASCII), other.value.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * This code as issued at an instant, to check expiry.
     *
     * @param issuedAt when the code was given to the visitor
     * @return the issued code
     * @throws NullPointerException if issuedAt is null
     */
    public IssuedResumeCode issue(Instant issuedAt) {
        return IssuedResumeCode.of(this, issuedAt);
    }

    /** Equal codes have the same characters; compared in constant time. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ResumeCode && matches((ResumeCode) other);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * A text that does not show the code (it is a secret): {@code ResumeCode[redacted]}. Use {@link #display()}
     * to show it to the visitor.
     *
     * @return the redacted text
     */
    @Override
    public String toString() {
        return "ResumeCode[redacted]";
    }
}
