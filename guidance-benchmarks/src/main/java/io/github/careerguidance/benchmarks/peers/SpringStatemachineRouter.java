/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineContext;
import org.springframework.statemachine.StateMachinePersist;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.configurers.ExternalTransitionConfigurer;
import org.springframework.statemachine.persist.DefaultStateMachinePersister;
import org.springframework.statemachine.persist.StateMachinePersister;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The routing in Spring Statemachine 4.0.2, standalone (no Spring Boot, no application context), configured as its
 * reference documentation's "State Machine through a Builder", "Configuring Transitions" and "Using Guards"
 * sections show: {@code StateMachineBuilder.builder()}, the journey's steps as states ({@code welkom} initial), one external transition per row of {@link Routes#TRANSITIONS} on event {@code NEXT} with a
 * guard reading the state from a message header. A portal serves many sessions, so each decision restores the
 * machine to the session's step with a {@link StateMachinePersister} ("Persisting a State Machine": stop, reset
 * the regions, start) and sends the event reactively ({@code sendEvent(Mono).blockLast()}).
 *
 * <p>Not thread-safe: one instance per thread (the machine is mutable).
 */
public final class SpringStatemachineRouter implements Router {
    private static final String FACTS = "facts";

    private final StateMachine<String, String> machine;
    private final StateMachinePersister<String, String, String> persister;

    /** Builds and starts the machine. */
    public SpringStatemachineRouter() {
        try {
            StateMachineBuilder.Builder<String, String> builder = StateMachineBuilder.builder();
            builder.configureConfiguration().withConfiguration().autoStartup(false);
            Set<String> states = new LinkedHashSet<>(Routes.steps());
            // the outcomes are not end states: a machine that reached one stays complete after a restore, so
            // they are ordinary states without outgoing transitions, like the journey's outcome steps
            builder.configureStates().withStates().initial(Routes.FIRST).states(states);
            var transitions = builder.configureTransitions();
            for (Routes.Transition t : Routes.TRANSITIONS) {
                ExternalTransitionConfigurer<String, String> e = transitions.withExternal();
                e.source(t.from())
                        .target(t.to())
                        .event(Routes.NEXT)
                        .guard(context -> t.test().test((WalkState) context.getMessageHeader(FACTS)));
            }
            machine = builder.build();
        } catch (Exception e) {
            throw new IllegalStateException("Spring Statemachine configuration failed", e);
        }
        persister = new DefaultStateMachinePersister<>(new StateMachinePersist<String, String, String>() {
            @Override
            public void write(StateMachineContext<String, String> context, String step) {
                // the session store is the portal's; nothing to write here
            }

            @Override
            public StateMachineContext<String, String> read(String step) {
                return new DefaultStateMachineContext<>(step, null, null, null);
            }
        });
        machine.startReactively().block();
    }

    @Override
    public String next(String from, WalkState facts) {
        try {
            persister.restore(machine, from);
        } catch (Exception e) {
            throw new IllegalStateException("restore to '" + from + "' failed", e);
        }
        Message<String> event =
                MessageBuilder.withPayload(Routes.NEXT).setHeader(FACTS, facts).build();
        machine.sendEvent(Mono.just(event)).blockLast();
        return machine.getState().getId();
    }
}
