/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The postal address of an organisation.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
public abstract class Address {
    /** Extended only by the generated immutable implementation. */
    Address() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableAddress.Builder builder() {
        return ImmutableAddress.builder();
    }

    /**
     * The street name.
     *
     * @return the street, not blank
     */
    @NotBlank
    @Size(max = 200)
    public abstract String street();

    /**
     * The house number with any addition, such as {@code 12} or {@code 12-bis}.
     *
     * @return the house number, not blank
     */
    @NotBlank
    @Size(max = 20)
    public abstract String houseNumber();

    /**
     * The postcode in its written form, such as {@code 3511 AB} in the Netherlands or {@code SW1A 1AA} in the United
     * Kingdom; its format is checked against the registration's jurisdiction.
     *
     * @return the postcode, not blank
     */
    @NotBlank
    @Size(max = 20)
    public abstract String postcode();

    /**
     * The city (woonplaats).
     *
     * @return the city, not blank
     */
    @NotBlank
    @Size(max = 100)
    public abstract String city();
}
