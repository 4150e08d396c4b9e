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
import java.util.Objects;

/**
 * Where an {@linkplain PlanAction action} stands. Every action starts {@link #NOT_STARTED}; its
 * {@linkplain PlanAction#history() history} records each change with its date.
 *
 * <table>
 *   <caption>Legal transitions ({@link #canBecome(ActionStatus)})</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>{@code NOT_STARTED}</td><td>{@code IN_PROGRESS}, {@code DONE}, {@code NO_LONGER_RELEVANT}</td></tr>
 *   <tr><td>{@code IN_PROGRESS}</td><td>{@code DONE}, {@code NO_LONGER_RELEVANT}</td></tr>
 *   <tr><td>{@code DONE}</td><td>none (final)</td></tr>
 *   <tr><td>{@code NO_LONGER_RELEVANT}</td><td>none (final)</td></tr>
 * </table>
 *
 * <p>Skipping {@code IN_PROGRESS} is allowed (a client may report a task done at the first follow-up); going back
 * and staying put are not: a changed plan is a {@linkplain ActionPlan#nextVersion() new version}. The four
 * statuses follow England's National Careers Service action plans (NotStarted, InProgress, Completed,
 * NoLongerApplicable; research notes {@code shared/research/peer-portals.md}).
 *
 * @since 0.1.0
 */
@Beta
public enum ActionStatus {
    /** Not started yet; the status of an action without history. */
    NOT_STARTED(LocalizedText.of("Nog niet begonnen", "Not started")),
    /** Started and not finished. */
    IN_PROGRESS(LocalizedText.of("Bezig", "In progress")),
    /** Done (final). */
    DONE(LocalizedText.of("Gedaan", "Done")),
    /** No longer relevant, for example because the client found work (final). */
    NO_LONGER_RELEVANT(LocalizedText.of("Niet meer nodig", "No longer relevant"));

    private final LocalizedText label;

    ActionStatus(LocalizedText label) {
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
     * Whether an action with this status may change to another (see the table above).
     *
     * @param next the status to change to
     * @return true when the transition is legal; false for the same status, a step back, or any change from a
     *     final status
     * @throws NullPointerException if next is null
     */
    public boolean canBecome(ActionStatus next) {
        Objects.requireNonNull(next, "next");
        switch (this) {
            case NOT_STARTED:
                return next != NOT_STARTED;
            case IN_PROGRESS:
                return next == DONE || next == NO_LONGER_RELEVANT;
            default:
                return false;
        }
    }

    /**
     * Whether no further change is legal.
     *
     * @return true for {@code DONE} and {@code NO_LONGER_RELEVANT}
     */
    public boolean isFinal() {
        return this == DONE || this == NO_LONGER_RELEVANT;
    }

    /**
     * The stable wire code: {@code not-started}, {@code in-progress}, {@code done} or {@code no-longer-relevant}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The status for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code in-progress}
     * @return the status
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     * @throws NullPointerException if code is null
     */
    @JsonCreator
    public static ActionStatus fromCode(String code) {
        return EnumCodes.fromCode(ActionStatus.class, ActionStatus::code, code, "action status");
    }
}
