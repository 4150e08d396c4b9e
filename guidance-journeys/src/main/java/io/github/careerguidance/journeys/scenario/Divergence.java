/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The first place where a scenario's run differs from what it expects: the kind, the step, what was expected and
 * what happened.
 *
 * <pre>{@code
 * Divergence.of(DivergenceKind.OUTCOME, "uitkomst-plan", "uitkomst-plan", "uitkomst-verwijzing");
 * }</pre>
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableDivergence.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"kind", "step", "expected", "actual"})
public abstract class Divergence {
    /** Extended only by the generated immutable implementation. */
    Divergence() {}

    /**
     * A divergence.
     *
     * @param kind what it is about
     * @param step the step, or null when it is about no step
     * @param expected what was expected
     * @param actual what happened
     * @return the divergence
     */
    public static Divergence of(DivergenceKind kind, String step, String expected, String actual) {
        return ImmutableDivergence.builder()
                .kind(kind)
                .step(Optional.ofNullable(step))
                .expected(expected)
                .actual(actual)
                .build();
    }

    /**
     * What the divergence is about.
     *
     * @return the kind
     */
    public abstract DivergenceKind kind();

    /**
     * The step where the run diverged.
     *
     * @return the step id, if the divergence is about a step
     */
    public abstract Optional<String> step();

    /**
     * What the scenario expected.
     *
     * @return a short description
     */
    public abstract String expected();

    /**
     * What happened instead.
     *
     * @return a short description
     */
    public abstract String actual();

    /**
     * One line for people, in Dutch or English.
     *
     * @param locale the language
     * @return the line
     */
    public String message(Locale locale) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("kind", kind().code());
        args.put("step", step().orElse("-"));
        args.put("expected", expected());
        args.put("actual", actual());
        return JourneyMessages.BUNDLE
                .text(
                        step().isPresent() ? "journeys.scenario.divergence" : "journeys.scenario.divergence-no-step",
                        args)
                .resolve(locale);
    }
}
