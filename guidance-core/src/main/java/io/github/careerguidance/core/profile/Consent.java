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
 * A permission the client has given. Without a consent, the portal must not do what it covers; a profile
 * starts with none.
 *
 * @since 0.1.0
 */
public enum Consent {
    /** Keep the session and profile between visits. */
    STORE_SESSION("store-session", "Mijn sessie bewaren", "Store my session"),
    /** A career professional may contact the client. */
    CONTACT_BY_PROFESSIONAL(
            "contact-by-professional",
            "Een loopbaanprofessional mag contact met mij opnemen",
            "A career professional may contact me"),
    /** The profile may be shared with a provider (a school, coach or agency) the client is referred to. */
    SHARE_WITH_PROVIDER(
            "share-with-provider",
            "Mijn gegevens mogen worden gedeeld met een aanbieder",
            "My data may be shared with a provider"),
    /** The profile may be used, anonymised, for research and service improvement. */
    RESEARCH_ANONYMISED(
            "research-anonymised",
            "Mijn gegevens mogen geanonimiseerd worden gebruikt voor onderzoek",
            "My data may be used anonymised for research");

    private final String code;
    private final LocalizedText label;

    Consent(String code, String nl, String en) {
        this.code = code;
        this.label = LocalizedText.of(nl, en);
    }

    /**
     * The stable wire code, such as {@code store-session}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The text the client agrees to.
     *
     * @return the label in Dutch and English
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * The consent for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code store-session} or {@code STORE_SESSION}
     * @return the consent
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static Consent fromCode(String code) {
        return EnumCodes.fromCode(Consent.class, Consent::code, code, "consent");
    }
}
