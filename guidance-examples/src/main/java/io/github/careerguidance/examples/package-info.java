/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Runnable examples of embedding guidance; not published. {@link io.github.careerguidance.examples.CoreDemo} is
 * the README's demo.
 */
package io.github.careerguidance.examples;
