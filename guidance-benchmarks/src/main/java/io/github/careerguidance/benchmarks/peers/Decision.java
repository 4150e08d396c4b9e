/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import java.util.List;

/**
 * The immutable result of one decision of the floor or a peer: the new state (at the next step), the narrowed
 * content item ids of that step and its contact offer.
 *
 * @param state the new state
 * @param content the ids of the content items shown, in journey order
 * @param offer the contact offer's channels
 */
public record Decision(WalkState state, List<String> content, List<Offered> offer) {}
