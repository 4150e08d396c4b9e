/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research;

import io.github.careerguidance.testsupport.ModuleDescriptors;
import io.github.careerguidance.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The packages of guidance-research form no cycle (issue #13): each package, {@code internal} ones included, is a slice,
 * and no slice depends on itself through others. See {@code ARCHITECTURE.md}.
 */
class ArchitectureTest {
    @Test
    void packagesAreFreeOfCycles() {
        PackageCycles.assertNone("io.github.careerguidance.research", 30);
    }

    /** The module descriptor exports every API package, keeps internals internal and opens what Jackson maps. */
    @Test
    void moduleDescriptorMatchesThePackages() {
        ModuleDescriptors.assertConsistent(io.github.careerguidance.research.simulation.PopulationModel.class);
    }
}
