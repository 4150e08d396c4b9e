/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Outcome tables for fact-checking a design: which answers lead where and which content each class of client sees
 * ({@link io.github.careerguidance.journeys.outcome.OutcomeTables}). The answer classes come from the design's own
 * conditions ({@link io.github.careerguidance.journeys.analysis.AnswerClasses}); every row is a run of the real
 * engine. Peer: GOV.UK smart answers generate such fact-check tables of every combination.
 */
@Beta
package io.github.careerguidance.journeys.outcome;

import io.github.careerguidance.core.meta.Beta;
