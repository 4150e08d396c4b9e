/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.validation.Code;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One provider registration to check: an organisation with its professionals, or professionals on their own (as
 * for a subsidy scheme that checks individual advisers). One record of a bulk file is one registration.
 *
 * <pre>{@code
 * ReadResult<Registration> read = GuidanceCodec.yaml().read(Path.of("provider.yaml"), Registration.class);
 * Diagnostics structural = RegistrationValidator.shared().validate(read.orElseThrow());
 * }</pre>
 *
 * @see RegistrationValidator
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableRegistration.class)
@JsonDeserialize(as = ImmutableRegistration.class)
public abstract class Registration {
    /** Extended only by the generated immutable implementation. */
    Registration() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableRegistration.Builder builder() {
        return ImmutableRegistration.builder();
    }

    /**
     * The integrator's reference for the record, such as an application number.
     *
     * @return the reference, if any
     */
    public abstract Optional<@Size(min = 1, max = 100) String> reference();

    /**
     * The jurisdiction the registration is made in, as the id of a
     * {@link io.github.careerguidance.quality.jurisdiction.JurisdictionProfile} ({@code nl}, {@code gb},
     * {@code gb-sct}, ...): it decides which organisation identifiers are required and the format of identifiers and
     * postcodes.
     *
     * @return the id; {@code nl} unless stated
     * @since 0.2.0
     */
    @Value.Default
    @Code
    public String jurisdiction() {
        return "nl";
    }

    /**
     * The organisation.
     *
     * @return the organisation, or empty for professionals registering on their own
     */
    public abstract Optional<@Valid Organisation> organisation();

    /**
     * The professionals.
     *
     * @return the professionals, possibly empty when an organisation is given
     */
    public abstract List<@Valid Professional> professionals();

    @Value.Check
    protected void check() {
        if (organisation().isEmpty() && professionals().isEmpty()) {
            throw new IllegalArgumentException("registration needs an organisation or at least one professional");
        }
        Set<String> ids = new HashSet<>();
        for (Professional p : professionals()) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("professional ids must be unique but '" + p.id() + "' repeats");
            }
        }
    }
}
