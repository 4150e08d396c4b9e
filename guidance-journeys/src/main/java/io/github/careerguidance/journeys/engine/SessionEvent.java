/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.core.readiness.SafetyNetOutcome;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One entry of a session's event log: a {@link EventType type} and exactly the fields of that type (the same
 * explicit polymorphism as journey steps: no Jackson type ids).
 *
 * <ul>
 *   <li>{@code started}: journey, version, profile, readiness (optional), to (the starting level); for a
 *       follow-up session also plan (the plan it reviews) and date (the review day)</li>
 *   <li>{@code answered}: step, answer; {@code assessed}: step, responses; {@code proceeded}: step</li>
 *   <li>{@code moved-back}: step (the step left); {@code contact-requested}: step</li>
 *   <li>{@code resumed}: previousVersion, version</li>
 *   <li>{@code safety-net-answered}: step, outcome; {@code escalated}: step, from, to, reason;
 *       {@code completed}: step</li>
 * </ul>
 *
 * <pre>{@code
 * SessionEvent e = SessionEvent.answered("q-situatie", Answer.choice("geen-werk"));
 * }</pre>
 *
 * <p>Thread-safety: immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableSessionEvent.class)
@JsonDeserialize(as = ImmutableSessionEvent.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "type",
    "step",
    "journey",
    "version",
    "previousVersion",
    "answer",
    "responses",
    "outcome",
    "from",
    "to",
    "reason",
    "readiness",
    "profile",
    "date",
    "plan"
})
public abstract class SessionEvent {
    /** Extended only by the generated immutable implementation. */
    SessionEvent() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableSessionEvent.Builder builder() {
        return ImmutableSessionEvent.builder();
    }

    /**
     * A {@code started} event.
     *
     * @param journey the journey id
     * @param version the journey version
     * @param profile the client profile at the start
     * @param readiness the readiness assessment, if one was made
     * @param level the starting support level
     * @return the event
     */
    public static SessionEvent started(
            String journey,
            String version,
            ClientProfile profile,
            Optional<ReadinessAssessment> readiness,
            SupportLevel level) {
        return builder()
                .type(EventType.STARTED)
                .journey(journey)
                .version(version)
                .profile(profile)
                .readiness(readiness)
                .to(level)
                .build();
    }

    /**
     * A {@code started} event of a follow-up session, which reviews a plan on a day.
     *
     * @param journey the journey id
     * @param version the journey version
     * @param profile the client profile at the start
     * @param readiness the readiness assessment, if one was made
     * @param level the starting support level
     * @param plan the plan the session reviews
     * @param date the review day: status changes are dated on it and progress is counted up to it
     * @return the event
     * @since 0.1.0
     */
    public static SessionEvent startedFollowUp(
            String journey,
            String version,
            ClientProfile profile,
            Optional<ReadinessAssessment> readiness,
            SupportLevel level,
            ActionPlan plan,
            LocalDate date) {
        return builder()
                .type(EventType.STARTED)
                .journey(journey)
                .version(version)
                .profile(profile)
                .readiness(readiness)
                .to(level)
                .plan(plan)
                .date(date)
                .build();
    }

    /**
     * An {@code answered} event.
     *
     * @param step the question step
     * @param answer the answer
     * @return the event
     */
    public static SessionEvent answered(String step, Answer answer) {
        return builder().type(EventType.ANSWERED).step(step).answer(answer).build();
    }

    /**
     * An {@code assessed} event.
     *
     * @param step the assessment step
     * @param responses the item responses by item id
     * @return the event
     */
    public static SessionEvent assessed(String step, Map<String, Integer> responses) {
        return builder()
                .type(EventType.ASSESSED)
                .step(step)
                .responses(responses)
                .build();
    }

    /**
     * An event of a type that only names a step ({@code proceeded}, {@code moved-back}, {@code contact-requested},
     * {@code completed}).
     *
     * @param type the type
     * @param step the step
     * @return the event
     * @throws IllegalArgumentException if the type needs more fields
     */
    public static SessionEvent at(EventType type, String step) {
        return builder().type(type).step(step).build();
    }

    /**
     * A {@code resumed} event.
     *
     * @param previousVersion the journey version the session was on
     * @param version the journey version it continues on
     * @return the event
     */
    public static SessionEvent resumed(String previousVersion, String version) {
        return builder()
                .type(EventType.RESUMED)
                .previousVersion(previousVersion)
                .version(version)
                .build();
    }

    /**
     * A {@code safety-net-answered} event.
     *
     * @param step the safety-net question
     * @param outcome the core outcome of the check
     * @return the event
     */
    public static SessionEvent safetyNet(String step, SafetyNetOutcome outcome) {
        return builder()
                .type(EventType.SAFETY_NET_ANSWERED)
                .step(step)
                .outcome(outcome)
                .build();
    }

    /**
     * An {@code escalated} event.
     *
     * @param step the step the client was at
     * @param from the level before
     * @param to the level after
     * @param reason why
     * @return the event
     */
    public static SessionEvent escalated(String step, SupportLevel from, SupportLevel to, EscalationReason reason) {
        return builder()
                .type(EventType.ESCALATED)
                .step(step)
                .from(from)
                .to(to)
                .reason(reason)
                .build();
    }

    /**
     * The type of the event.
     *
     * @return the type
     */
    public abstract EventType type();

    /**
     * The step the event is about.
     *
     * @return the step id; empty for {@code started} and {@code resumed}
     */
    public abstract Optional<String> step();

    /**
     * The journey id ({@code started}).
     *
     * @return the id, or empty
     */
    public abstract Optional<String> journey();

    /**
     * The journey version ({@code started}; the new version for {@code resumed}).
     *
     * @return the version, or empty
     */
    public abstract Optional<String> version();

    /**
     * The version the session was on before ({@code resumed}).
     *
     * @return the version, or empty
     */
    public abstract Optional<String> previousVersion();

    /**
     * The answer ({@code answered}).
     *
     * @return the answer, or empty
     */
    public abstract Optional<Answer> answer();

    /**
     * The item responses ({@code assessed}).
     *
     * @return responses by item id; empty for other types
     */
    public abstract Map<String, Integer> responses();

    /**
     * The safety-net outcome ({@code safety-net-answered}).
     *
     * @return the outcome, or empty
     */
    public abstract Optional<SafetyNetOutcome> outcome();

    /**
     * The level before ({@code escalated}).
     *
     * @return the level, or empty
     */
    // 'from' is the attribute's public name; the builder then has no from(instance) copy method, which no caller needs
    @SuppressWarnings("immutables:from")
    public abstract Optional<SupportLevel> from();

    /**
     * The level after ({@code escalated}) or at the start ({@code started}).
     *
     * @return the level, or empty
     */
    public abstract Optional<SupportLevel> to();

    /**
     * Why the level went up ({@code escalated}).
     *
     * @return the reason, or empty
     */
    public abstract Optional<EscalationReason> reason();

    /**
     * The readiness assessment made before the start ({@code started}, optional).
     *
     * @return the assessment, or empty
     */
    public abstract Optional<ReadinessAssessment> readiness();

    /**
     * The client profile at the start ({@code started}).
     *
     * @return the profile, or empty
     */
    public abstract Optional<ClientProfile> profile();

    /**
     * The plan a follow-up session reviews ({@code started} of a follow-up session).
     *
     * @return the plan, or empty
     * @since 0.1.0
     */
    @Beta
    public abstract Optional<ActionPlan> plan();

    /**
     * The review day of a follow-up session ({@code started} of a follow-up session).
     *
     * @return the date, or empty
     * @since 0.1.0
     */
    @Beta
    public abstract Optional<LocalDate> date();

    @Value.Check
    protected void check() {
        EventType t = type();
        need(t, "date", date().isPresent(), t == EventType.STARTED && plan().isPresent());
        if (plan().isPresent() && t != EventType.STARTED) {
            throw new IllegalArgumentException("a " + t.code() + " event must not have 'plan'");
        }
        need(t, "step", step().isPresent(), t != EventType.STARTED && t != EventType.RESUMED);
        need(t, "journey", journey().isPresent(), t == EventType.STARTED);
        need(t, "version", version().isPresent(), t == EventType.STARTED || t == EventType.RESUMED);
        need(t, "previousVersion", previousVersion().isPresent(), t == EventType.RESUMED);
        need(t, "answer", answer().isPresent(), t == EventType.ANSWERED);
        need(t, "responses", !responses().isEmpty(), t == EventType.ASSESSED);
        need(t, "outcome", outcome().isPresent(), t == EventType.SAFETY_NET_ANSWERED);
        need(t, "from", from().isPresent(), t == EventType.ESCALATED);
        need(t, "to", to().isPresent(), t == EventType.ESCALATED || t == EventType.STARTED);
        need(t, "reason", reason().isPresent(), t == EventType.ESCALATED);
        need(t, "profile", profile().isPresent(), t == EventType.STARTED);
        if (readiness().isPresent() && t != EventType.STARTED) {
            throw new IllegalArgumentException("a " + t.code() + " event must not have 'readiness'");
        }
    }

    private static void need(EventType type, String field, boolean present, boolean required) {
        if (required && !present) {
            throw new IllegalArgumentException("a " + type.code() + " event needs '" + field + "'");
        }
        if (!required && present) {
            throw new IllegalArgumentException("a " + type.code() + " event must not have '" + field + "'");
        }
    }

    @Override
    public String toString() {
        return "SessionEvent{" + type().code() + step().map(s -> " " + s).orElse("")
                + to().map(l -> " -> " + l.code()).orElse("")
                + reason().map(r -> " (" + r.code() + ")").orElse("")
                + "}";
    }
}
