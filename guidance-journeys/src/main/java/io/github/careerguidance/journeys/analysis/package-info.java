/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Reasoning over a journey's conditions without running it: the values each operand (an answer, a score, a profile
 * field, the support level) can take, as sets and intervals ({@link io.github.careerguidance.journeys.analysis.ValueSet}),
 * which of them a client can still have on entering each step ({@link
 * io.github.careerguidance.journeys.analysis.FlowAnalysis}), and the classes of answers a design's own conditions
 * tell apart ({@link io.github.careerguidance.journeys.analysis.AnswerClasses}).
 *
 * <p>The conditions are structured data, so no solver is needed: a comparison restricts one operand's set, {@code
 * all} restricts in turn, {@code any} joins, {@code not} flips. Where the analysis is approximate it errs on one
 * side only: the sets it computes hold <em>at least</em> every value a real client can have (an over-approximation),
 * so "this cannot hold" is sound and "this may hold" is not a proof. Two sources of imprecision: operands are tracked
 * one by one (no relations between them), and where routes meet their sets are joined (the route taken is
 * forgotten). The analysis follows clients who move forward: a client who goes back keeps the answers of the branch
 * they left, which the analysis does not model.
 */
@Beta
package io.github.careerguidance.journeys.analysis;

import io.github.careerguidance.core.meta.Beta;
