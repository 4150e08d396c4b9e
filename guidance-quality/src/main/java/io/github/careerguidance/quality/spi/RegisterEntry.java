/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.spi;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.registration.RegistrationStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One entry of a register as the integrator's export gives it: number, name, status and expiry.
 *
 * <p>The name is personal data: it is redacted from {@link #toString()} and never copied into check results.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableRegisterEntry.class)
@JsonDeserialize(as = ImmutableRegisterEntry.class)
public abstract class RegisterEntry {
    /** Extended only by the generated immutable implementation. */
    RegisterEntry() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static ImmutableRegisterEntry.Builder builder() {
        return ImmutableRegisterEntry.builder();
    }

    /**
     * The scheme id the register belongs to, such as {@code noloc-rl}.
     *
     * @return the scheme id the register belongs to, such as {@code noloc-rl}
     */
    public abstract String scheme();

    /**
     * The register number as the register writes it.
     *
     * @return the register number as the register writes it
     */
    public abstract String number();

    /**
     * The registered person's name, when the export has it; redacted from {@code toString}.
     *
     * @return the registered person's name, when the export has it; redacted from {@code toString}
     */
    @Value.Redacted
    public abstract Optional<String> name();

    /**
     * The status in the register.
     *
     * @return the status in the register
     */
    public abstract RegistrationStatus status();

    /**
     * The date the entry is valid until, when the export gives it.
     *
     * @return the date the entry is valid until, when the export gives it
     */
    public abstract Optional<LocalDate> validUntil();

    @Value.Check
    protected void check() {
        if (number().isBlank()) {
            throw new IllegalArgumentException("register entry number must not be blank but was '" + number() + "'");
        }
    }
}
