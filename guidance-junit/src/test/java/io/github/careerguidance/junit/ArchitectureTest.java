/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.junit;

import io.github.careerguidance.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/** The packages of guidance-junit form no cycle. See {@code ARCHITECTURE.md}. */
class ArchitectureTest {
    @Test
    void packagesAreFreeOfCycles() {
        PackageCycles.assertNone("io.github.careerguidance.junit", 1);
    }
}
