/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.adviser;

import java.util.regex.Pattern;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id password hashes (RFC 9106) through Spring Security's {@code Argon2PasswordEncoder} on BouncyCastle: 16-byte
 * random salt, 32-byte hash, 19 MiB of memory, 2 iterations, 1 lane (OWASP's minimum for Argon2id), written as a PHC
 * string that carries its parameters, so hashes made with other parameters still verify.
 *
 * @since 0.1.0
 */
public final class PasswordHashing {
    /** Memory cost in KiB. */
    public static final int MEMORY_KIB = 19 * 1024;
    /** Iterations. */
    public static final int ITERATIONS = 2;
    /** The shortest password {@link #hash} accepts. */
    public static final int MIN_PASSWORD = 12;
    /** The longest password accepted (longer ones are refused before hashing, against hashing-cost attacks). */
    public static final int MAX_PASSWORD = 256;

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=[0-9]{1,8},t=[0-9]{1,3},p=[0-9]{1,2}\\$[A-Za-z0-9+/]{16,88}\\$[A-Za-z0-9+/]{16,88}");
    private static final Argon2PasswordEncoder ENCODER = new Argon2PasswordEncoder(16, 32, 1, MEMORY_KIB, ITERATIONS);

    private PasswordHashing() {}

    /**
     * Hashes a new password.
     *
     * @param password the password, {@value #MIN_PASSWORD} to {@value #MAX_PASSWORD} characters
     * @return the PHC string
     * @throws IllegalArgumentException when the password is too short or too long
     */
    public static String hash(CharSequence password) {
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new IllegalArgumentException("a password needs " + MIN_PASSWORD + " to " + MAX_PASSWORD
                    + " characters but had " + password.length());
        }
        return ENCODER.encode(password);
    }

    /**
     * Whether a password matches a hash; a malformed hash or an over-long password never matches.
     *
     * @param password the password given
     * @param hash the stored hash
     * @return true when it matches
     */
    public static boolean matches(CharSequence password, String hash) {
        if (password.length() > MAX_PASSWORD || !wellFormed(hash)) {
            return false;
        }
        return ENCODER.matches(password, hash);
    }

    /**
     * Whether a text is an Argon2id PHC string of the shape this class writes.
     *
     * @param hash the text
     * @return true when it is
     */
    public static boolean wellFormed(String hash) {
        return hash != null && PHC.matcher(hash).matches();
    }
}
