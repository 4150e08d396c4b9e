/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of guidance-journeys form no cycle: each package, {@code internal} ones included, is a slice, and no
 * slice depends on itself through others. {@code journeys.internal} is a leaf the model may use; the checker's graph
 * lives in {@code journeys.check}; the engine's helpers in {@code journeys.engine.internal} know the model only.
 */
class ArchitectureTest {
    // simulation and report move to guidance-research (#13, another branch); they are left out here until then
    private static final JavaClasses JOURNEYS = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.github.careerguidance.journeys")
            .that(resideOutsideOfPackages("io.github.careerguidance.journeys.simulation..",
                    "io.github.careerguidance.journeys.report.."));

    @Test
    void packagesAreFreeOfCycles() {
        assertThat(JOURNEYS.size()).as("main classes of guidance-journeys imported").isGreaterThan(50);
        assertThat(JOURNEYS.containPackage("io.github.careerguidance.journeys.engine")).isTrue();
        slices().matching("io.github.careerguidance.(**)").should().beFreeOfCycles().check(JOURNEYS);
    }
}
