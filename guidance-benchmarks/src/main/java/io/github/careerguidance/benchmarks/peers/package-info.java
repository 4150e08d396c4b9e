/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The contestants of the decision benchmarks besides the SDK engine: the same routing of
 * {@code DecisionJourney} written by hand (the floor, {@link io.github.careerguidance.benchmarks.peers.HandWrittenRouter}),
 * and configured in Squirrel Foundation, Spring Statemachine, Easy Rules and Flowable. All of them share
 * {@link io.github.careerguidance.benchmarks.peers.Routes} for the guards, the content narrowing and the contact
 * offer, so only the routing differs.
 */
package io.github.careerguidance.benchmarks.peers;
