/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import io.github.careerguidance.journeys.internal.Codes;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Comparison} looks at: a question's answer, a stored score, a profile field or a session fact.
 *
 * <p>An operand is not written on its own: in JSON and YAML its one property ({@code answer}, {@code score},
 * {@code profile} or {@code session}) sits in the comparison object next to {@code value} or {@code values}.
 *
 * <pre>{@code
 * Operand.answer("q-situatie");
 * Operand.score("caas-24", "concern");
 * Operand.profile(ProfileField.EDUCATION_LEVEL);
 * Operand.supportLevel();
 * Operand.plan(PlanField.PROGRESS);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Operand {
    private final OperandKind kind;
    private final String answer;
    private final ScoreRef score;
    private final ProfileField profile;
    private final SessionField session;
    private final PlanField plan;

    private Operand(OperandKind kind, String answer, ScoreRef score, ProfileField profile, SessionField session) {
        this(kind, answer, score, profile, session, null);
    }

    private Operand(
            OperandKind kind,
            String answer,
            ScoreRef score,
            ProfileField profile,
            SessionField session,
            PlanField plan) {
        this.kind = kind;
        this.answer = answer;
        this.score = score;
        this.profile = profile;
        this.session = session;
        this.plan = plan;
    }

    /**
     * The answer to a question step.
     *
     * @param questionStepId the id of the question step
     * @return the operand
     * @throws IllegalArgumentException if the id is not a valid step id
     */
    public static Operand answer(String questionStepId) {
        Codes.requireId("answer", Objects.requireNonNull(questionStepId, "questionStepId"));
        return new Operand(OperandKind.ANSWER, questionStepId, null, null, null);
    }

    /**
     * The mean score of a dimension.
     *
     * @param instrument the instrument (score key) code
     * @param dimension the dimension code
     * @return the operand
     */
    public static Operand score(String instrument, String dimension) {
        return score(ScoreRef.of(instrument, dimension));
    }

    /**
     * A stored score.
     *
     * @param score the score reference
     * @return the operand
     */
    public static Operand score(ScoreRef score) {
        return new Operand(OperandKind.SCORE, null, Objects.requireNonNull(score, "score"), null, null);
    }

    /**
     * A field of the client profile.
     *
     * @param field the field
     * @return the operand
     */
    public static Operand profile(ProfileField field) {
        return new Operand(OperandKind.PROFILE, null, null, Objects.requireNonNull(field, "field"), null);
    }

    /**
     * A fact of the session.
     *
     * @param field the field
     * @return the operand
     */
    public static Operand session(SessionField field) {
        return new Operand(OperandKind.SESSION, null, null, null, Objects.requireNonNull(field, "field"));
    }

    /**
     * The session's current support level.
     *
     * @return the operand
     */
    public static Operand supportLevel() {
        return session(SessionField.SUPPORT_LEVEL);
    }

    /**
     * Progress on the plan a follow-up session reviews.
     *
     * @param field the field
     * @return the operand
     * @since 0.1.0
     */
    public static Operand plan(PlanField field) {
        return new Operand(OperandKind.PLAN, null, null, null, null, Objects.requireNonNull(field, "field"));
    }

    /**
     * What kind of operand this is.
     *
     * @return the kind
     */
    public OperandKind kind() {
        return kind;
    }

    /**
     * The question step id, for an answer operand.
     *
     * @return the id, or empty for other kinds
     */
    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    /**
     * The score reference, for a score operand.
     *
     * @return the reference, or empty for other kinds
     */
    public Optional<ScoreRef> score() {
        return Optional.ofNullable(score);
    }

    /**
     * The profile field, for a profile operand.
     *
     * @return the field, or empty for other kinds
     */
    public Optional<ProfileField> profile() {
        return Optional.ofNullable(profile);
    }

    /**
     * The session field, for a session operand.
     *
     * @return the field, or empty for other kinds
     */
    public Optional<SessionField> session() {
        return Optional.ofNullable(session);
    }

    /**
     * The plan field, for a plan operand.
     *
     * @return the field, or empty for other kinds
     * @since 0.1.0
     */
    public Optional<PlanField> plan() {
        return Optional.ofNullable(plan);
    }

    /**
     * Fills this operand into a comparison builder.
     *
     * @param builder the builder
     * @return the same builder
     */
    ImmutableComparison.Builder into(ImmutableComparison.Builder builder) {
        switch (kind) {
            case ANSWER:
                return builder.answer(answer);
            case SCORE:
                return builder.score(score);
            case PROFILE:
                return builder.profile(profile);
            case PLAN:
                return builder.plan(plan);
            default:
                return builder.session(session);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Operand)) {
            return false;
        }
        Operand o = (Operand) other;
        return kind == o.kind
                && Objects.equals(answer, o.answer)
                && Objects.equals(score, o.score)
                && profile == o.profile
                && session == o.session
                && plan == o.plan;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, answer, score, profile, session, plan);
    }

    /**
     * A short rendering: {@code answer q-situatie}, {@code score caas-24/concern (mean)}, {@code profile
     * educationLevel}, {@code session supportLevel}.
     *
     * @return the rendering
     */
    @Override
    public String toString() {
        switch (kind) {
            case ANSWER:
                return "answer " + answer;
            case SCORE:
                return "score " + score;
            case PROFILE:
                return "profile " + profile.code();
            case PLAN:
                return "plan " + plan.code();
            default:
                return "session " + session.code();
        }
    }
}
