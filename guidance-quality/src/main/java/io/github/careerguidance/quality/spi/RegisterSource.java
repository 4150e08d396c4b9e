/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.spi;

import java.util.Optional;

/**
 * A register an integrator holds (an export of the Noloc beroepsregister, the BKA register, ...), to verify the
 * register entries that registrations claim. Implement it over a database or an API, or use {@link
 * CsvRegisterSource} for a CSV export.
 *
 * <p>No public lookup API or register-number format was found for the Dutch registers (research notes, sections 1
 * to 3), so the SDK ships no built-in register data: the integrator supplies it.
 *
 * <pre>{@code
 * RegisterSource rl = CsvRegisterSource.load(Path.of("noloc-rl-export.csv"), "noloc-rl");
 * Optional<RegisterEntry> entry = rl.lookup("noloc-rl", "RL-1234");
 * }</pre>
 *
 * <p>Implementations must be thread-safe and must not throw for an unknown scheme or number.
 *
 * @since 0.1.0
 */
public interface RegisterSource {
    /**
     * A short name for explanations, such as the export's file name.
     *
     * @return the name
     */
    String name();

    /**
     * Whether this register answers for a scheme; claims in other schemes are not verified against it.
     *
     * @param scheme a scheme id
     * @return true if {@link #lookup(String, String)} is meaningful for the scheme
     */
    boolean covers(String scheme);

    /**
     * The entry for a register number.
     *
     * @param scheme the scheme id
     * @param registerNumber the number as claimed; implementations compare it ignoring case and white space
     * @return the entry, or empty when the register has no such number (or does not cover the scheme)
     */
    Optional<RegisterEntry> lookup(String scheme, String registerNumber);

    /**
     * A register number in the form used for comparison: white space removed, upper case.
     *
     * @param number a number
     * @return the normalised number
     */
    static String normalise(String number) {
        return number.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }
}
