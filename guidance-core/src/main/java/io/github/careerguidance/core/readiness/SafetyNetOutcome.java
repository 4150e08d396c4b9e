/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.text.LocalizedText;

/**
 * The answer to a safety-net check ("Are you finding the information you need?").
 *
 * <p>The check and "struggling" are from https://issuhub.com/view/index?id=4663&amp;pageIndex=356; treating a
 * client who stalls (makes no progress) like a struggling one is a guidance proposal
 * ({@code shared/research/models-and-portals.md} §7C).
 *
 * @see SafetyNet
 * @since 0.1.0
 */
public enum SafetyNetOutcome {
    /** The client is finding what they need: the support level stays. */
    FINDING_WHAT_I_NEED(false, LocalizedText.of("Ik vind wat ik nodig heb", "I am finding what I need")),
    /** The client says they are not finding what they need: move up one level. */
    STRUGGLING(true, LocalizedText.of("Ik vind niet wat ik nodig heb", "I am not finding what I need")),
    /** The client makes no progress (for example no activity for a while): move up one level (proposal). */
    STALLED(true, LocalizedText.of("Geen voortgang", "No progress"));

    private final boolean escalates;
    private final LocalizedText label;

    SafetyNetOutcome(boolean escalates, LocalizedText label) {
        this.escalates = escalates;
        this.label = label;
    }

    /**
     * Whether this outcome moves the client up one support level.
     *
     * @return true for {@link #STRUGGLING} and {@link #STALLED}
     */
    public boolean escalates() {
        return escalates;
    }

    /**
     * The label in Dutch and English.
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * The stable wire code, such as {@code finding-what-i-need}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The outcome for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code struggling}
     * @return the outcome
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     * @throws NullPointerException if code is null
     */
    @JsonCreator
    public static SafetyNetOutcome fromCode(String code) {
        return EnumCodes.fromCode(SafetyNetOutcome.class, SafetyNetOutcome::code, code, "safety-net outcome");
    }
}
