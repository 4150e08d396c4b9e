/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.validation.Code;
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
 * A career professional (loopbaanprofessional, jobcoach, adviser) with the evidence quality schemes ask for:
 * person registrations, education, experience, CPD, reflection sessions and clients per year.
 *
 * <p>The {@link #id()} is the integrator's own reference; a name is needed only to verify a claimed register
 * entry against a register export.
 *
 * <pre>{@code
 * Professional p = Professional.builder()
 *     .id("adviser-1")
 *     .addRegistrations(PersonRegistration.builder().scheme("noloc-rl").status(RegistrationStatus.ACTIVE)
 *         .validFrom(LocalDate.of(2023, 3, 1)).validUntil(LocalDate.of(2027, 2, 28)).build())
 *     .addEducation(Education.builder().nlqfLevel(6).field("mens-en-organisatie").build())
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableProfessional.class)
@JsonDeserialize(as = ImmutableProfessional.class)
public abstract class Professional {
    /** Extended only by the generated immutable implementation. */
    Professional() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableProfessional.Builder builder() {
        return ImmutableProfessional.builder();
    }

    /**
     * The integrator's reference for this professional, unique within a registration.
     *
     * @return the id, not blank
     */
    @NotBlank
    @Size(max = 100)
    public abstract String id();

    /**
     * The name as it appears in registers; only needed to verify register entries.
     *
     * @return the name, if given
     */
    public abstract Optional<@Size(min = 1, max = 200) String> name();

    /**
     * The services this professional provides, as codes (the same codes as {@link Organisation#services()}).
     *
     * @return the codes, possibly empty
     */
    public abstract List<@Code String> services();

    /**
     * The person registrations claimed.
     *
     * @return the registrations, possibly empty
     */
    public abstract List<@Valid PersonRegistration> registrations();

    /**
     * Qualifications.
     *
     * @return the qualifications, possibly empty
     */
    public abstract List<@Valid Education> education();

    /**
     * Relevant work experience.
     *
     * @return the experience, if stated
     */
    public abstract Optional<@Valid Experience> experience();

    /**
     * CPD records (PE-punten or hours per period).
     *
     * @return the records, possibly empty
     */
    public abstract List<@Valid CpdRecord> cpd();

    /**
     * Reflection sessions per period.
     *
     * @return the records, possibly empty
     */
    public abstract List<@Valid ReflectionRecord> reflection();

    /**
     * Clients per calendar year.
     *
     * @return the counts, possibly empty
     */
    public abstract List<@Valid ClientYear> clients();

    /**
     * The code of conduct the professional declares to follow, as a code such as {@code noloc-gedragscode}.
     *
     * @return the code, or empty when none is declared
     */
    public abstract Optional<@Code String> codeOfConduct();

    /**
     * Where the declared code of conduct is published, when the professional gives an address for it.
     *
     * @return the address, if any
     * @since 0.2.0
     */
    public abstract Optional<@WebAddress String> codeOfConductUrl();

    /**
     * Other documents the professional declares to have, as codes such as {@code cv},
     * {@code development-plan} or {@code reflection-report}.
     *
     * @return the codes, possibly empty
     */
    public abstract List<@Code String> documents();

    /**
     * The registrations claimed in one scheme.
     *
     * @param scheme the scheme id
     * @return the registrations in input order, an unmodifiable list, possibly empty
     */
    public List<PersonRegistration> registrationsIn(String scheme) {
        // Hot in bulk checks (several rules ask per professional): no stream, and no copy when nothing or all match.
        List<PersonRegistration> all = registrations();
        int n = all.size();
        int first = 0;
        while (first < n && !all.get(first).scheme().equals(scheme)) {
            first++;
        }
        if (first == n) {
            return List.of();
        }
        List<PersonRegistration> matching = null;
        for (int i = first + 1; i < n; i++) {
            PersonRegistration r = all.get(i);
            boolean match = r.scheme().equals(scheme);
            if (matching == null && !match) {
                matching = new java.util.ArrayList<>(all.subList(first, i));
            } else if (matching != null && match) {
                matching.add(r);
            }
        }
        if (matching == null) {
            return first == 0 ? all : all.subList(first, n);
        }
        return java.util.Collections.unmodifiableList(matching);
    }
}
