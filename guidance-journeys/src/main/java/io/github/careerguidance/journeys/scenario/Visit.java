/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One visit of a scenario: the answers the visitor gives until they leave. Between two visits the session is stored
 * and resumed through the engine ({@code JourneyEngine.store} and {@code resume}), as a portal does when the visitor
 * comes back.
 *
 * <p>{@code answers} maps a step id to the answer given there: a choice code, a list of codes (multiple choice), a
 * number (number and scale questions), a text (short-text questions), or for an assessment a map item id → score or
 * one score for every item. When the path returns to a step within the visit, the same answer is given again, unless
 * {@code step#n} names the answer for its n-th time in this visit:
 *
 * <pre>{@code
 * visits:
 *   - answers: {q-situatie: geen-werk, q-uren: 12, "q-uren#2": 24}
 *     until: info-opties          # the visitor leaves when this step comes up
 *   - at: 2026-12-03T19:00:00Z    # back two days later, in the evening
 *     answers: {q-klaar: ja}
 * }</pre>
 *
 * <p>A visit ends at its {@code until} step; a visit that is not the last also ends at the first question it has no
 * answer for. The last visit goes on to an outcome (or to the end of its answers, which is a divergence).
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableVisit.class)
@JsonDeserialize(as = ImmutableVisit.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"at", "answers", "requestContactAt", "until"})
public abstract class Visit {
    /** Extended only by the generated immutable implementation. */
    Visit() {}

    /** A key of {@link #answers()}: a step id, optionally with {@code #n} for its n-th time in the visit. */
    public static final Pattern ANSWER_KEY =
            Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:#([1-9][0-9]{0,3}))?");

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableVisit.Builder builder() {
        return ImmutableVisit.builder();
    }

    /**
     * When the visit happens: the clock for views and contact offers during it.
     *
     * @return the instant; the scenario's clock when empty
     */
    public abstract Optional<Instant> at();

    /**
     * The answers by step id ({@code step} or {@code step#n}), as plain values (see the class comment).
     *
     * @return the answers
     */
    public abstract Map<String, Object> answers();

    /**
     * Steps at which the visitor asks for a person before acting on the step ({@code JourneyEngine.requestContact}).
     *
     * @return the step ids
     */
    public abstract List<String> requestContactAt();

    /**
     * The step at which the visitor leaves (the step is reached, not acted on).
     *
     * @return the step id, if any
     */
    public abstract Optional<String> until();

    /**
     * The answer for a step the n-th time it comes up in this visit: {@code step#n}, else {@code step}.
     *
     * @param step the step id
     * @param occurrence 1 for the first time
     * @return the answer value, if the visit has one
     */
    public Optional<Object> answerFor(String step, int occurrence) {
        Object nth = answers().get(step + "#" + occurrence);
        if (nth != null) {
            return Optional.of(nth);
        }
        Object any = answers().get(step);
        if (any != null) {
            return Optional.of(any);
        }
        // the latest numbered answer before this occurrence, so that #2 also holds for the third time
        for (int n = occurrence - 1; n >= 1; n--) {
            Object earlier = answers().get(step + "#" + n);
            if (earlier != null) {
                return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }

    @Value.Check
    protected void check() {
        for (String key : answers().keySet()) {
            if (!ANSWER_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("answer key '" + key.substring(0, Math.min(key.length(), 70))
                        + "' is not a step id, optionally with #n (n from 1)");
            }
        }
    }
}
