/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * What the modules' tests share (not published; the modules use it at test scope): JSON Schema generation from the
 * value types and the check that the committed schema files are the generated ones ({@link
 * io.github.careerguidance.testsupport.SchemaGeneration}, {@link io.github.careerguidance.testsupport.CommittedSchemas},
 * {@link io.github.careerguidance.testsupport.SchemaValidation}), the concurrent replay harness ({@link
 * io.github.careerguidance.testsupport.ConcurrentReplay} on {@link io.github.careerguidance.testsupport.ConcurrentTasks})
 * and in-process command runs ({@link io.github.careerguidance.testsupport.CapturedRun}). It depends on no guidance
 * module, so that every module, guidance-core included, can use it.
 */
package io.github.careerguidance.testsupport;
