/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/**
 * The routing in Easy Rules 4.1.0, configured as its wiki's "Defining rules" (fluent {@link RuleBuilder}) and
 * "Rules engine" ({@code skipOnFirstAppliedRule}) pages show: one rule per row of {@link Routes#TRANSITIONS},
 * its priority the row number, "when the current step is {@code from} and the guard holds, then the next step is
 * {@code to}"; the engine fires rules in priority order and stops after the first that applies. Each decision fires
 * the rules on new {@link Facts} holding the step and the state. Thread-safe (rules and engine are stateless).
 */
public final class EasyRulesRouter implements Router {
    private final Rules rules = new Rules();
    private final RulesEngine engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));

    /** Builds the rules. */
    public EasyRulesRouter() {
        int priority = 0;
        for (Routes.Transition t : Routes.TRANSITIONS) {
            String from = t.from();
            String to = t.to();
            rules.register(new RuleBuilder()
                    .name(from + " -> " + to)
                    .description(t.guard())
                    .priority(priority++)
                    .when(facts -> from.equals(facts.get("step")) && t.test().test(facts.get("state")))
                    .then(facts -> facts.put("next", to))
                    .build());
        }
    }

    @Override
    public String next(String from, WalkState facts) {
        Facts f = new Facts();
        f.put("step", from);
        f.put("state", facts);
        engine.fire(rules, f);
        return f.get("next");
    }
}
