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
 * A client's career decision state after CIP: decided, undecided or indecisive.
 *
 * <p>Source: https://slideplayer.com./amp/14606364 (decided: confirmation, implementation, conflict avoidance;
 * undecided: deferred, developmental, multipotential; indecisive: best served by case-managed services).
 *
 * @see ReadinessModel#route(Readiness, DecisionStatus)
 * @since 0.1.0
 */
public enum DecisionStatus {
    /** The client has made a choice (and seeks confirmation, implementation or to avoid a conflict). */
    DECIDED(SupportLevel.SELF_HELP, LocalizedText.of("Keuze gemaakt", "Decided")),
    /** The client has not (yet) made a choice: deferred, developmental or multipotential. */
    UNDECIDED(SupportLevel.SELF_HELP, LocalizedText.of("Nog geen keuze", "Undecided")),
    /** The client finds it hard to make choices in general; best served by case-managed services. */
    INDECISIVE(SupportLevel.INDIVIDUAL_CASE_MANAGED, LocalizedText.of("Besluiteloos", "Indecisive"));

    private final SupportLevel minimumSupport;
    private final LocalizedText label;

    DecisionStatus(SupportLevel minimumSupport, LocalizedText label) {
        this.minimumSupport = minimumSupport;
        this.label = label;
    }

    /**
     * The least support this decision state calls for on its own: {@code INDIVIDUAL_CASE_MANAGED} for
     * {@link #INDECISIVE} (source above), {@code SELF_HELP} otherwise, so that readiness decides. That decided and
     * undecided clients add no support of their own is a guidance proposal.
     *
     * @return the minimum support level
     */
    public SupportLevel minimumSupport() {
        return minimumSupport;
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
     * The stable wire code: {@code decided}, {@code undecided} or {@code indecisive}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The state for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code indecisive}
     * @return the state
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     * @throws NullPointerException if code is null
     */
    @JsonCreator
    public static DecisionStatus fromCode(String code) {
        return EnumCodes.fromCode(DecisionStatus.class, DecisionStatus::code, code, "decision status");
    }
}
