/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.validation.Code;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An identifier of an organisation in a register of its jurisdiction other than the KvK, such as
 * {@code {scheme: companies-house, value: "01234567"}}. Its format is checked against the registration's
 * jurisdiction ({@link io.github.careerguidance.quality.jurisdiction.JurisdictionProfile#organisationIdentifiers()}).
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableOrganisationIdentifier.class)
@JsonDeserialize(as = ImmutableOrganisationIdentifier.class)
public abstract class OrganisationIdentifier {
    /** Extended only by the generated immutable implementation. */
    OrganisationIdentifier() {}

    /**
     * An identifier.
     *
     * @param scheme such as {@code companies-house}
     * @param value the identifier
     * @return the value
     */
    public static OrganisationIdentifier of(String scheme, String value) {
        return ImmutableOrganisationIdentifier.builder()
                .scheme(scheme)
                .value(value)
                .build();
    }

    /**
     * The register the identifier belongs to, as a code such as {@code companies-house}.
     *
     * @return the scheme
     */
    @Code
    public abstract String scheme();

    /**
     * The identifier as written.
     *
     * @return the value, not blank
     */
    @NotBlank
    @Size(max = 40)
    public abstract String value();
}
