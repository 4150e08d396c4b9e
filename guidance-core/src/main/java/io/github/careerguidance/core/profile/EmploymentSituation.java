/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.text.LocalizedText;

/**
 * The client's main situation on the labour market, as the client describes it.
 *
 * <p>The distinction between unemployment with and without benefit matters in the Netherlands: while on WW
 * (unemployment benefit), UWV sets obligations such as reporting applications
 * (https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving).
 *
 * @since 0.1.0
 */
public enum EmploymentSituation {
    /** At school or studying. */
    STUDENT("student", "Scholier of student", "Pupil or student"),
    /** Working for an employer. */
    EMPLOYED("employed", "In loondienst", "Employed"),
    /** Working as self-employed (zzp'er or entrepreneur). */
    SELF_EMPLOYED("self-employed", "Zelfstandige (zzp'er of ondernemer)", "Self-employed"),
    /** Without work and receiving unemployment benefit (WW). */
    UNEMPLOYED_WITH_BENEFIT(
            "unemployed-with-benefit", "Werkloos, met WW-uitkering", "Unemployed, receiving unemployment benefit (WW)"),
    /** Without work and without unemployment benefit. */
    UNEMPLOYED_WITHOUT_BENEFIT(
            "unemployed-without-benefit", "Werkloos, zonder uitkering", "Unemployed, without benefit"),
    /** Receiving social assistance (bijstand). */
    SOCIAL_ASSISTANCE("social-assistance", "Bijstandsuitkering", "Social assistance (bijstand)"),
    /** Fully or partly unable to work because of illness or disability. */
    INCAPACITATED("incapacitated", "Arbeidsongeschikt", "Unable to work (incapacitated)"),
    /** Retired. */
    RETIRED("retired", "Met pensioen", "Retired"),
    /** Not working and not looking for work, for example caring for family. */
    NOT_IN_LABOUR_FORCE(
            "not-in-labour-force", "Niet werkend en niet werkzoekend", "Not working and not looking for work"),
    /** None of the above. */
    OTHER("other", "Anders", "Other");

    private final String code;
    private final LocalizedText label;

    EmploymentSituation(String code, String nl, String en) {
        this.code = code;
        this.label = LocalizedText.of(nl, en);
    }

    /**
     * The stable wire code, such as {@code unemployed-with-benefit}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * A label for the situation.
     *
     * @return the label in Dutch and English
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Whether the client is without work and looking for it (with or without benefit).
     *
     * @return true for {@link #UNEMPLOYED_WITH_BENEFIT} and {@link #UNEMPLOYED_WITHOUT_BENEFIT}
     */
    public boolean isUnemployed() {
        return this == UNEMPLOYED_WITH_BENEFIT || this == UNEMPLOYED_WITHOUT_BENEFIT;
    }

    /**
     * The situation for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code self-employed} or {@code SELF_EMPLOYED}
     * @return the situation
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static EmploymentSituation fromCode(String code) {
        return EnumCodes.fromCode(EmploymentSituation.class, EmploymentSituation::code, code, "employment situation");
    }
}
