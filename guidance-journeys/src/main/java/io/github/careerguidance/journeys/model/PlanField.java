/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.meta.Beta;

/**
 * A fact about the client's progress on the plan a follow-up session reviews ({@code plan: <field>} in a
 * comparison). Counted on the session's review day from the reviewed plan and the status updates and counts the
 * client gave in this session (question steps with {@link Question#planAction()}). In a session that reviews no
 * plan every comparison on these fields is false.
 *
 * <pre>{@code
 * - {target: reflectie, when: {equals: {plan: progress, value: behind}}}
 * - {target: reflectie, when: {gt: {plan: obligationShortfall, value: 0}}}
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
public enum PlanField {
    /**
     * The number of actions (other than recurring obligations) whose due date lies before the review day and that
     * are neither done nor no longer relevant.
     */
    OVERDUE_ACTIONS("overdueActions"),
    /**
     * How many activities the recurring obligations lack so far: per obligation whose count the client reported, the
     * required count of the period that holds the day before the review day, pro rata to the days of that period gone
     * by (rounded down), minus the reported count, at least 0; summed.
     */
    OBLIGATION_SHORTFALL("obligationShortfall"),
    /** The number of actions that are neither done nor no longer relevant. */
    OPEN_ACTIONS("openActions"),
    /**
     * {@code behind} when there are overdue actions or an obligation shortfall, else {@code on-track} (compared as a
     * text with {@code equals} or {@code in}).
     */
    PROGRESS("progress");

    /** The value of {@link #PROGRESS} for a client behind on the plan. */
    public static final String BEHIND = "behind";

    /** The value of {@link #PROGRESS} for a client on track. */
    public static final String ON_TRACK = "on-track";

    private final String code;

    PlanField(String code) {
        this.code = code;
    }

    /**
     * The wire code.
     *
     * @return the code, such as {@code obligationShortfall}
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Whether the field is a count (compared with numbers) rather than a code.
     *
     * @return true for every field but {@link #PROGRESS}
     */
    public boolean isNumeric() {
        return this != PROGRESS;
    }

    /**
     * The constant for a wire code, accepting the code or the constant name case-insensitively.
     *
     * @param code the code
     * @return the constant
     * @throws IllegalArgumentException listing the allowed codes when none matches
     */
    @JsonCreator
    public static PlanField fromCode(String code) {
        return EnumCodes.fromCode(PlanField.class, PlanField::code, code, "plan field");
    }
}
