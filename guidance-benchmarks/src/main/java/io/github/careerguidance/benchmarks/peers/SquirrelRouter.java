/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import org.squirrelframework.foundation.fsm.Condition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The routing in Squirrel Foundation 0.3.10, configured as its README's "Fluent API" section shows: one
 * {@link StateMachineBuilder} (built once; thread-safe after its first use) with an external transition per row of
 * {@link Routes#TRANSITIONS}, {@code from(step).to(next).on(NEXT).when(guard)}, the guards of a step excluding each
 * other. Each decision creates a lightweight machine at the session's step ({@code newStateMachine(step)}, the
 * documented way to get an instance in a given state) and fires {@code NEXT} with the state as the context.
 * Thread-safe (a new machine per decision).
 */
public final class SquirrelRouter implements Router {
    private final StateMachineBuilder<Machine, String, String, WalkState> builder;

    /** Builds the machine definition. */
    public SquirrelRouter() {
        builder = StateMachineBuilderFactory.create(Machine.class, String.class, String.class, WalkState.class);
        for (Routes.Transition t : Routes.TRANSITIONS) {
            builder.externalTransition()
                    .from(t.from())
                    .to(t.to())
                    .on(Routes.NEXT)
                    .when(new Condition<WalkState>() {
                        @Override
                        public boolean isSatisfied(WalkState context) {
                            return t.test().test(context);
                        }

                        @Override
                        public String name() {
                            return t.guard();
                        }
                    });
        }
    }

    @Override
    public String next(String from, WalkState facts) {
        Machine machine = builder.newStateMachine(from);
        machine.fire(Routes.NEXT, facts);
        return machine.getCurrentState();
    }

    /** The machine type Squirrel instantiates (no actions). */
    public static class Machine extends AbstractStateMachine<Machine, String, String, WalkState> {}
}
