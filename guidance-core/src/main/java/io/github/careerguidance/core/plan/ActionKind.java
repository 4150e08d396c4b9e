/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.text.LocalizedText;

/**
 * What kind of step an {@linkplain PlanAction action} of a plan is.
 *
 * <p>A guidance proposal that folds the 16 action types of England's National Careers Service action plans
 * ({@code SkillsFundingAgency/dfc-app-actionplans}, research notes {@code shared/research/peer-portals.md}) into
 * five kinds that decide how a plan is followed up: a one-off task, learning, an application, a contact with a
 * person or service, and an obligation that recurs (such as the WW duty to report job-search activities,
 * {@link Recurrence}).
 *
 * @since 0.1.0
 */
@Beta
public enum ActionKind {
    /** A one-off task, such as updating a CV. */
    TASK(LocalizedText.of("Taak", "Task")),
    /** Learning: a course, training or recognition of prior learning (EVC). */
    LEARNING(LocalizedText.of("Leren", "Learning")),
    /** Applying for a job, an internship or a programme. */
    APPLICATION(LocalizedText.of("Solliciteren", "Application")),
    /** Contacting a person or service, such as a leerwerkloket or a loopbaanadviseur. */
    CONTACT(LocalizedText.of("Contact", "Contact")),
    /** An obligation that recurs per period and needs evidence; such an action has a {@link Recurrence}. */
    RECURRING_OBLIGATION(LocalizedText.of("Terugkerende verplichting", "Recurring obligation"));

    private final LocalizedText label;

    ActionKind(LocalizedText label) {
        this.label = label;
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
     * The stable wire code: {@code task}, {@code learning}, {@code application}, {@code contact} or
     * {@code recurring-obligation}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The kind for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code recurring-obligation}
     * @return the kind
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     * @throws NullPointerException if code is null
     */
    @JsonCreator
    public static ActionKind fromCode(String code) {
        return EnumCodes.fromCode(ActionKind.class, ActionKind::code, code, "action kind");
    }
}
