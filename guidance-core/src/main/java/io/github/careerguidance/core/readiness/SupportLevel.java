/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * How much help from a person a client needs, after the Cognitive Information Processing (CIP) service-delivery
 * model of Sampson, Peterson, Lenz and Reardon. Ordered from least to most support.
 *
 * <p>Support should meet, but not exceed, need. Sources: the readiness quadrant in
 * https://slideplayer.com./amp/14606364 and the self-help safety net in
 * https://issuhub.com/view/index?id=4663&amp;pageIndex=356 (see {@code shared/research/models-and-portals.md} §3).
 *
 * @since 0.1.0
 */
public enum SupportLevel {
    /** Self-guided use of resources (content, tools), for clients with high readiness; needs a safety net. */
    SELF_HELP("self-help"),
    /** Brief help from a professional (for example chat or phone), for moderate readiness. */
    BRIEF_STAFF_ASSISTED("brief-staff-assisted"),
    /** Individual, case-managed guidance by a professional, for low readiness. */
    INDIVIDUAL_CASE_MANAGED("individual-case-managed");

    private final String code;

    SupportLevel(String code) {
        this.code = code;
    }

    /**
     * The stable wire code, such as {@code brief-staff-assisted}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * One level up, as the safety net does for a struggling client; the top level stays where it is.
     *
     * @return the next level, or this one when already at the top
     */
    public SupportLevel escalate() {
        return this == INDIVIDUAL_CASE_MANAGED ? this : values()[ordinal() + 1];
    }

    /**
     * Whether a person is involved at this level.
     *
     * @return false only for {@link #SELF_HELP}
     */
    public boolean involvesProfessional() {
        return this != SELF_HELP;
    }

    /**
     * The level for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code self-help} or {@code SELF_HELP}
     * @return the level
     * @throws IllegalArgumentException for an unknown code
     */
    @JsonCreator
    public static SupportLevel fromCode(String code) {
        return EnumCodes.fromCode(SupportLevel.class, SupportLevel::code, code, "support level");
    }
}
