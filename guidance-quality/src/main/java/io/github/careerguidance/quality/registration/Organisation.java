/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.validation.Code;
import io.github.careerguidance.quality.validation.KvkNumber;
import io.github.careerguidance.quality.validation.Vestigingsnummer;
import io.github.careerguidance.quality.validation.WebAddress;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An organisation that offers career guidance, as it registers itself with a portal, a subsidy scheme or a
 * buyer: identity (KvK), address, services, transparency and complaints, and the organisation marks it holds.
 *
 * <p>Services are codes: the core intake-goal codes ({@code looking-for-work}, {@code must-retrain},
 * {@code first-time-study}, {@code became-unemployed}, ...) or service codes of a mark such as Blik op Werk. Contact
 * points are not part of this first version.
 *
 * <pre>{@code
 * Organisation org = Organisation.builder()
 *     .legalName("Loopbaanpraktijk De Wending B.V.")
 *     .kvkNumber("12345678")
 *     .address(Address.builder().street("Oudegracht").houseNumber("101").postcode("3511 AB").city("Utrecht").build())
 *     .addServices("looking-for-work", "must-retrain")
 *     .complaintsProcedure(ComplaintsProcedure.builder().internal(true).independentBody("Klachtencommissie X").build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableOrganisation.class)
@JsonDeserialize(as = ImmutableOrganisation.class)
public abstract class Organisation {
    /** Extended only by the generated immutable implementation. */
    Organisation() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableOrganisation.Builder builder() {
        return ImmutableOrganisation.builder();
    }

    /**
     * The legal name (statutaire naam) as registered with the KvK.
     *
     * @return the name, not blank
     */
    @NotBlank
    @Size(max = 200)
    public abstract String legalName();

    /**
     * The KvK number: 8 digits. Required for a Dutch registration (the registration's
     * {@link io.github.careerguidance.quality.registration.Registration#jurisdiction()} {@code nl}); an organisation
     * elsewhere gives its own {@link io.github.careerguidance.quality.registration.Organisation#identifiers()}.
     *
     * @return the number, if given
     */
    public abstract Optional<@KvkNumber String> kvkNumber();

    /**
     * Identifiers in registers of the organisation's jurisdiction other than the KvK, such as a Companies House
     * number; the registration's jurisdiction decides which are known and required, and their format.
     *
     * @return the identifiers, possibly empty
     * @since 0.2.0
     */
    public abstract List<@Valid OrganisationIdentifier> identifiers();

    /**
     * One identifier by scheme.
     *
     * @param scheme such as {@code kvk} (the {@link io.github.careerguidance.quality.registration.Organisation#kvkNumber()})
     *     or {@code companies-house}
     * @return the value, if given
     * @since 0.2.0
     */
    public Optional<String> identifier(String scheme) {
        if ("kvk".equals(scheme)) {
            return kvkNumber();
        }
        for (OrganisationIdentifier i : identifiers()) {
            if (i.scheme().equals(scheme)) {
                return Optional.of(i.value());
            }
        }
        return Optional.empty();
    }

    /**
     * The KvK establishment number (vestigingsnummer): 12 digits.
     *
     * @return the number, if given
     */
    public abstract Optional<@Vestigingsnummer String> vestigingsnummer();

    /**
     * The visiting or postal address; the postcode's format is that of the registration's jurisdiction.
     *
     * @return the address
     */
    @Valid
    public abstract Address address();

    /**
     * The website.
     *
     * @return the address, if any
     */
    public abstract Optional<@WebAddress String> website();

    /**
     * The services offered, as codes (intake-goal codes such as {@code looking-for-work}, or mark service codes).
     *
     * @return the codes, possibly empty
     */
    public abstract List<@Code String> services();

    /**
     * The public funding or contracts the organisation delivers under, as codes such as
     * {@code adult-education-budget} (a college with AEB funding), {@code traineeships} or
     * {@code national-careers-service} (a National Careers Service contractor or subcontractor); some marks are
     * mandatory with them (the matrix Standard).
     *
     * @return the codes, possibly empty
     * @since 0.2.0
     */
    @Beta
    public abstract List<@Code String> funding();

    /**
     * The target groups served, as codes such as {@code jongeren} or {@code 45-plus}.
     *
     * @return the codes, possibly empty
     */
    public abstract List<@Code String> targetGroups();

    /**
     * Whether prices are published before a client commits (price transparency).
     *
     * @return the claim, or empty when not stated
     */
    public abstract Optional<Boolean> pricesPublished();

    /**
     * Where the prices are published.
     *
     * @return the address, if any
     */
    public abstract Optional<@WebAddress String> priceInformationUrl();

    /**
     * The complaints procedure.
     *
     * @return the procedure, or empty when none is stated
     */
    public abstract Optional<@Valid ComplaintsProcedure> complaintsProcedure();

    /**
     * Where the privacy statement is published. A privacy statement the organisation has but does not publish at an
     * address is declared as the document {@code privacy-statement} in {@link #documents()} instead.
     *
     * @return the address, or empty when none is stated
     */
    public abstract Optional<@WebAddress String> privacyStatement();

    /**
     * The code of conduct the organisation declares to follow, as a code such as {@code noloc-gedragscode}.
     *
     * @return the code, or empty when none is declared
     */
    public abstract Optional<@Code String> codeOfConduct();

    /**
     * Where the code of conduct is published, when the organisation gives an address for it.
     *
     * @return the address, if any
     * @since 0.2.0
     */
    public abstract Optional<@WebAddress String> codeOfConductUrl();

    /**
     * Other documents the organisation declares to have, as codes such as {@code staff-quality-assurance},
     * {@code privacy-statement} or {@code complaints-procedure} (declared without an address).
     *
     * @return the codes, possibly empty
     */
    public abstract List<@Code String> documents();

    /**
     * The organisation marks held.
     *
     * @return the marks, possibly empty
     */
    public abstract List<@Valid OrganisationMark> marks();

    /**
     * The reference a report gives for this organisation: its KvK number, else its first other identifier, else
     * its legal name.
     *
     * @return the reference
     * @since 0.2.0
     */
    public String reference() {
        return kvkNumber()
                .orElseGet(() -> identifiers().isEmpty()
                        ? legalName()
                        : identifiers().get(0).value());
    }

    /**
     * The marks of one scheme.
     *
     * @param scheme the scheme id
     * @return the marks, possibly empty
     */
    public List<OrganisationMark> marksOf(String scheme) {
        return marks().stream().filter(m -> m.scheme().equals(scheme)).collect(java.util.stream.Collectors.toList());
    }
}
