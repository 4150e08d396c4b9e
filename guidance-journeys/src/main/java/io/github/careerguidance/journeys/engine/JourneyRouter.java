/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.internal.Rule;
import io.github.careerguidance.journeys.engine.internal.Rules;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Condition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one-stop shop: picks the journey to start for an intake goal and a client profile, from compiled engines
 * with priorities and applicability conditions. Immutable and thread-safe.
 *
 * <p>Routing is deterministic: among the registered journeys that serve the goal and whose applicability condition
 * holds for the profile (conditions over profile fields; answers and scores are absent at routing time), the
 * highest priority wins, then the lower journey id, then the higher version, then the earlier registration.
 *
 * <pre>{@code
 * JourneyRouter router = JourneyRouter.builder()
 *         .add(lookingForWork)
 *         .add(youngJobSeekers, 10, Condition.in(Operand.profile(ProfileField.AGE_BAND), "18-22", "23-29"))
 *         .build();
 * Route route = router.route("looking-for-work", profile);
 * Session s = route.orElseThrow().start(profile);
 * }</pre>
 *
 * <p>Thread-safety: immutable and safe for concurrent use by any number of threads.
 *
 * @since 0.1.0
 */
public final class JourneyRouter {
    private static final Comparator<Entry> ORDER = Comparator.<Entry>comparingInt(e -> -e.priority)
            .thenComparing(e -> e.engine.journey().id())
            .thenComparing((a, b) -> compareVersions(
                    b.engine.journey().version(), a.engine.journey().version()))
            .thenComparingInt(e -> e.order);

    private final List<Entry> entries;

    private JourneyRouter(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    /**
     * A router over engines, each with priority 0 and no applicability condition.
     *
     * @param engines the engines
     * @return the router
     */
    public static JourneyRouter of(Collection<JourneyEngine> engines) {
        Builder builder = builder();
        for (JourneyEngine engine : engines) {
            builder.add(engine);
        }
        return builder.build();
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The registered engines, in routing order.
     *
     * @return the engines
     */
    public List<JourneyEngine> engines() {
        List<JourneyEngine> engines = new ArrayList<>();
        for (Entry e : entries) {
            engines.add(e.engine);
        }
        return List.copyOf(engines);
    }

    /**
     * Picks the journey for an intake goal and a client.
     *
     * @param goal the intake goal code, such as {@code looking-for-work}
     * @param profile the client profile
     * @return the route; when no journey serves the goal for this client, a route without an engine and with a
     *     {@code journeys.route.no-journey} diagnostic
     */
    public Route route(String goal, ClientProfile profile) {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(profile, "profile");
        List<String> candidates = new ArrayList<>();
        String[] codes = Rules.profileCodes(profile);
        for (Entry e : entries) {
            if (!e.engine.journey().goals().contains(goal)) {
                continue;
            }
            if (e.applicability.test(
                    Map.of(),
                    Map.of(),
                    codes,
                    SupportLevel.SELF_HELP,
                    io.github.careerguidance.journeys.engine.internal.PlanFacts.NONE)) {
                return new Route(goal, e.engine, Diagnostics.empty());
            }
            candidates.add(e.engine.journey().id() + " " + e.engine.journey().version());
        }
        return new Route(
                goal,
                null,
                Diagnostics.of(JourneyMessages.diagnostic(
                        Severity.ERROR,
                        "journeys.route.no-journey",
                        JsonPointer.of("goal"),
                        AnswerCheck.args("goal", goal, "candidates", candidates.isEmpty() ? "none" : candidates))));
    }

    static int compareVersions(String a, String b) {
        String[] pa = a.split("[-+]", 2)[0].split("\\.");
        String[] pb = b.split("[-+]", 2)[0].split("\\.");
        for (int i = 0; i < 3; i++) {
            int c = new java.math.BigInteger(pa[i]).compareTo(new java.math.BigInteger(pb[i]));
            if (c != 0) {
                return c;
            }
        }
        boolean preA = a.contains("-") && (a.indexOf('+') < 0 || a.indexOf('-') < a.indexOf('+'));
        boolean preB = b.contains("-") && (b.indexOf('+') < 0 || b.indexOf('-') < b.indexOf('+'));
        if (preA != preB) {
            return preA ? -1 : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return "JourneyRouter{" + entries.size() + " journeys}";
    }

    private static final class Entry {
        final JourneyEngine engine;
        final int priority;
        final Rule applicability;
        final int order;

        Entry(JourneyEngine engine, int priority, Rule applicability, int order) {
            this.engine = engine;
            this.priority = priority;
            this.applicability = applicability;
            this.order = order;
        }
    }

    /**
     * Builds a {@link JourneyRouter}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();

        private Builder() {}

        /**
         * Registers an engine with priority 0 that applies to every client.
         *
         * @param engine the engine
         * @return this builder
         */
        public Builder add(JourneyEngine engine) {
            return add(engine, 0, Optional.empty());
        }

        /**
         * Registers an engine with a priority and an applicability condition over profile fields.
         *
         * @param engine the engine
         * @param priority higher wins
         * @param applicability the condition the profile must meet
         * @return this builder
         */
        public Builder add(JourneyEngine engine, int priority, Condition applicability) {
            return add(engine, priority, Optional.of(Objects.requireNonNull(applicability, "applicability")));
        }

        private Builder add(JourneyEngine engine, int priority, Optional<Condition> applicability) {
            Objects.requireNonNull(engine, "engine");
            entries.add(new Entry(
                    engine, priority, applicability.map(Rules::compile).orElse(Rule.ALWAYS), entries.size()));
            return this;
        }

        /**
         * The router.
         *
         * @return the router
         */
        public JourneyRouter build() {
            return new JourneyRouter(entries);
        }
    }
}
