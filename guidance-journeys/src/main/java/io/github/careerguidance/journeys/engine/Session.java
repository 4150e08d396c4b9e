/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One client's way through one journey, as an immutable value: every engine operation returns a new session.
 * Store it as compact JSON ({@link JourneyEngine#store(Session)}) and continue later
 * ({@link JourneyEngine#resume(String)}); its event log replays to the same session
 * ({@link JourneyEngine#replay(List)}).
 *
 * <p>{@code toString} shows no answers or profile fields.
 *
 * <pre>{@code
 * Session s = engine.start(ClientProfile.anonymous());
 * s = engine.answer(s, "q-situatie", Answer.choice("geen-werk")).session();
 * String json = engine.store(s);
 * }</pre>
 *
 * <p>Thread-safety: immutable (every engine operation returns a new session and leaves its input as it was); safe to
 * share between threads and to use from several at once. The engine's sessions share unchanged parts with the session
 * they were made from, which is invisible to callers: the collections they return are unmodifiable and never change.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(converter = SessionToMap.class)
@JsonDeserialize(as = ImmutableSession.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({
    "journey",
    "version",
    "step",
    "supportLevel",
    "completed",
    "path",
    "visits",
    "answers",
    "scores",
    "events"
})
public abstract class Session {
    /** Extended only by the generated immutable implementation. */
    Session() {}

    /**
     * A new builder (engines build sessions; this is for tools and tests).
     *
     * @return the builder
     */
    public static ImmutableSession.Builder builder() {
        return ImmutableSession.builder();
    }

    /**
     * The journey id.
     *
     * @return the id
     */
    public abstract String journey();

    /**
     * The journey version this session runs on.
     *
     * @return the semantic version
     */
    public abstract String version();

    /**
     * The current step.
     *
     * @return the step id
     */
    public abstract String step();

    /**
     * The current support level (CIP): where the client starts, raised by the {@link EscalationPolicy}.
     *
     * @return the level
     */
    public abstract SupportLevel supportLevel();

    /**
     * Whether the current step is an outcome.
     *
     * @return true when the journey is complete
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean completed() {
        return false;
    }

    /**
     * The steps before the current one, oldest first; {@link JourneyEngine#back(Session)} returns to the last.
     *
     * @return the path; empty at the start
     */
    public abstract List<String> path();

    /**
     * How often each step was entered (going back counts), for stall detection.
     *
     * @return visits by step id
     */
    public abstract Map<String, Integer> visits();

    /**
     * The answers, by question step id (going back keeps them; answering again replaces them).
     *
     * @return the answers
     */
    public abstract Map<String, Answer> answers();

    /**
     * The scores of completed assessments, by score key ({@code storeAs} or the instrument code).
     *
     * @return the scores
     */
    public abstract Map<String, CompetenceProfile> scores();

    /**
     * The client profile the session started with (bands and levels, never names); stored once, in the
     * {@code started} event.
     *
     * @return the profile
     */
    @JsonIgnore
    public ClientProfile profile() {
        return events().get(0).profile().orElseThrow();
    }

    /**
     * The event log, oldest first; the first event is {@code started}.
     *
     * @return the events
     */
    public abstract List<SessionEvent> events();

    /**
     * The plan this follow-up session reviews (see {@link JourneyEngine#startFollowUp(ClientProfile,
     * io.github.careerguidance.core.plan.ActionPlan, java.time.LocalDate)}): its id and version name the plan version
     * under review; the outcome's {@link StepView#plan()} is the next version.
     *
     * @return the plan, or empty when the session reviews none
     * @since 0.1.0
     */
    @Beta
    @JsonIgnore
    public Optional<ActionPlan> reviewedPlan() {
        List<SessionEvent> events = events();
        return events.isEmpty() ? Optional.empty() : events.get(0).plan();
    }

    /**
     * The review day of a follow-up session: status changes are dated on it and progress is counted up to it.
     *
     * @return the date, or empty when the session reviews no plan
     * @since 0.1.0
     */
    @Beta
    @JsonIgnore
    public Optional<LocalDate> reviewDate() {
        List<SessionEvent> events = events();
        return events.isEmpty() ? Optional.empty() : events.get(0).date();
    }

    /**
     * The answer to a question.
     *
     * @param stepId the question step id
     * @return the answer, or empty when not answered
     */
    public Optional<Answer> answer(String stepId) {
        return Optional.ofNullable(answers().get(Objects.requireNonNull(stepId, "stepId")));
    }

    /**
     * The scores stored under a key.
     *
     * @param key the score key
     * @return the scores, or empty when that assessment was not done
     */
    public Optional<CompetenceProfile> score(String key) {
        return Optional.ofNullable(scores().get(Objects.requireNonNull(key, "key")));
    }

    /**
     * This session made anonymous, to keep for aggregate statistics after the client's data must go (for example
     * at the end of a retention period, or on a request to erase). This session is unchanged.
     *
     * <p><b>Kept:</b> journey, version, current step, support level, completion, the path, the visit counts, and
     * the event log's length and order with every event's type and step, except as below; escalations (from, to,
     * reason), safety-net outcomes, contact requests, moves back, completion and version moves stay as they were.
     * Step kinds and outcomes follow from the journey and the kept step ids.
     *
     * <p><b>Dropped:</b> the client profile (the {@code started} event gets {@link ClientProfile#anonymous()}),
     * the readiness assessment (its starting level is kept), the plan a follow-up session reviews and its review
     * day, every answer (free text, numbers and choices: each
     * {@code answered} event becomes a {@code proceeded} event at the same step and {@link #answers()} is empty),
     * every instrument response ({@code assessed} becomes {@code proceeded}) and every score ({@link #scores()} is
     * empty).
     *
     * <p>The result is a record, not a session to continue: it stores and resumes
     * ({@link JourneyEngine#store(Session)}, {@link JourneyEngine#resume(String)}) and shows views, but
     * {@link JourneyEngine#replay(List)} of its log fails at the first question or assessment. Anonymizing an
     * anonymous session changes nothing.
     *
     * <pre>{@code
     * String record = engine.store(session.anonymize());
     * }</pre>
     *
     * @return the anonymous session
     */
    public Session anonymize() {
        List<SessionEvent> kept = new ArrayList<>(events().size());
        for (SessionEvent e : events()) {
            switch (e.type()) {
                case STARTED:
                    kept.add(SessionEvent.started(
                            e.journey().orElseThrow(),
                            e.version().orElseThrow(),
                            ClientProfile.anonymous(),
                            Optional.empty(),
                            e.to().orElseThrow()));
                    break;
                case ANSWERED:
                case ASSESSED:
                    kept.add(SessionEvent.at(EventType.PROCEEDED, e.step().orElseThrow()));
                    break;
                default:
                    kept.add(e);
            }
        }
        return builder()
                .journey(journey())
                .version(version())
                .step(step())
                .supportLevel(supportLevel())
                .completed(completed())
                .path(path())
                .visits(visits())
                .events(kept)
                .build();
    }

    @Value.Check
    protected void check() {
        if (journey().isBlank() || version().isBlank() || step().isBlank()) {
            throw new IllegalArgumentException("session journey, version and step must not be blank but were '"
                    + journey() + "', '" + version() + "', '" + step() + "'");
        }
        if (events().isEmpty()
                || events().get(0).type() != EventType.STARTED
                || !events().get(0).journey().orElseThrow().equals(journey())) {
            throw new IllegalArgumentException(
                    "session events must start with a 'started' event of journey '" + journey() + "' but were "
                            + (events().isEmpty() ? "empty" : events().get(0).toString()));
        }
        for (Map.Entry<String, Integer> v : visits().entrySet()) {
            if (v.getValue() < 1) {
                throw new IllegalArgumentException(
                        "session visits of '" + v.getKey() + "' must be >= 1 but was " + v.getValue());
            }
        }
    }

    /**
     * Sessions are equal when all their fields are: journey, version, step, level, completion, path, visits,
     * answers, scores and events (whichever implementation holds them).
     *
     * @param other the other object
     * @return whether it is an equal session
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Session)) {
            return false;
        }
        Session o = (Session) other;
        return completed() == o.completed()
                && supportLevel() == o.supportLevel()
                && step().equals(o.step())
                && journey().equals(o.journey())
                && version().equals(o.version())
                && path().equals(o.path())
                && visits().equals(o.visits())
                && answers().equals(o.answers())
                && scores().equals(o.scores())
                && events().equals(o.events());
    }

    @Override
    public int hashCode() {
        int h = 5381;
        h += (h << 5) + journey().hashCode();
        h += (h << 5) + version().hashCode();
        h += (h << 5) + step().hashCode();
        h += (h << 5) + supportLevel().hashCode();
        h += (h << 5) + Boolean.hashCode(completed());
        h += (h << 5) + path().hashCode();
        h += (h << 5) + visits().hashCode();
        h += (h << 5) + answers().hashCode();
        h += (h << 5) + scores().hashCode();
        h += (h << 5) + events().hashCode();
        return h;
    }

    @Override
    public String toString() {
        return "Session{" + journey() + " " + version() + ", step=" + step() + ", level="
                + supportLevel().code()
                + (completed() ? ", completed" : "") + ", answers=" + answers().size() + ", events="
                + events().size() + "}";
    }
}
