/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a simulation's event stream: what one simulated client did at one step. Rows come to a
 * {@link SimulationListener} in client order, and within a client in step order.
 *
 * <p>Actions: {@code answered}, {@code assessed}, {@code proceeded} (the step was done and the engine moved on),
 * {@code contact-requested} (before acting), {@code dropped-out}, {@code step-limit}, {@code rejected} (the engine
 * refused the simulated input; a population problem), {@code completed} (at an outcome step) and
 * {@code unrouted} (no journey served the client; journey and step are empty).
 *
 * <pre>{@code
 * SimulationListener print = (client, steps) -> steps.forEach(s -> System.out.println(s.step() + " " + s.action()));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ClientStep {
    private final String design;
    private final long client;
    private final String journey;
    private final int index;
    private final String step;
    private final String kind;
    private final String action;
    private final String answer;
    private final String level;
    private final String channel;
    private final int minutes;

    /**
     * A row.
     *
     * @param design the design name
     * @param client the client index, from 0
     * @param journey the journey id, or "" when unrouted
     * @param index the step number within the client's walk, from 0
     * @param step the step id, or ""
     * @param kind the step kind code, or ""
     * @param action the action (see the class description)
     * @param answer the answer as text (choice codes joined by {@code |}), or null
     * @param level the support level code after the action
     * @param channel the contact channel code of a human touchpoint at this row, or null
     * @param minutes the step's declared minutes when it was done, else 0
     */
    public ClientStep(
            String design,
            long client,
            String journey,
            int index,
            String step,
            String kind,
            String action,
            String answer,
            String level,
            String channel,
            int minutes) {
        this.design = Objects.requireNonNull(design, "design");
        this.client = client;
        this.journey = Objects.requireNonNull(journey, "journey");
        this.index = index;
        this.step = Objects.requireNonNull(step, "step");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.action = Objects.requireNonNull(action, "action");
        this.answer = answer;
        this.level = Objects.requireNonNull(level, "level");
        this.channel = channel;
        this.minutes = minutes;
    }

    /** @return the design name */
    public String design() {
        return design;
    }

    /** @return the client index, from 0 */
    public long client() {
        return client;
    }

    /** @return the journey id, or "" when unrouted */
    public String journey() {
        return journey;
    }

    /** @return the step number within the client's walk, from 0 */
    public int index() {
        return index;
    }

    /** @return the step id, or "" when unrouted */
    public String step() {
        return step;
    }

    /** @return the step kind code, or "" when unrouted */
    public String kind() {
        return kind;
    }

    /** @return the action */
    public String action() {
        return action;
    }

    /** @return the answer as text, if the client answered */
    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    /** @return the support level code after the action */
    public String level() {
        return level;
    }

    /** @return the contact channel of a human touchpoint at this row, if any */
    public Optional<String> channel() {
        return Optional.ofNullable(channel);
    }

    /** @return the declared minutes of the step when it was done, else 0 */
    public int minutes() {
        return minutes;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ClientStep)) {
            return false;
        }
        ClientStep c = (ClientStep) o;
        return client == c.client
                && index == c.index
                && minutes == c.minutes
                && design.equals(c.design)
                && journey.equals(c.journey)
                && step.equals(c.step)
                && kind.equals(c.kind)
                && action.equals(c.action)
                && Objects.equals(answer, c.answer)
                && level.equals(c.level)
                && Objects.equals(channel, c.channel);
    }

    @Override
    public int hashCode() {
        return Objects.hash(design, client, journey, index, step, action, answer, level, channel);
    }

    @Override
    public String toString() {
        return "ClientStep{" + design + " #" + client + " " + journey + ":" + step + " " + action + "}";
    }
}
