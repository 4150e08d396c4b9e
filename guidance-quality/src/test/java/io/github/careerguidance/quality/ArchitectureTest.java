/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.github.careerguidance.testsupport.ModuleDescriptors;
import io.github.careerguidance.testsupport.PackageCycles;
import org.junit.jupiter.api.Test;

/**
 * The packages of guidance-quality form no cycle (issue #13), and {@code quality.internal} is a leaf: it depends on
 * no other package of the module, so rule evaluation cannot drift back into it. See {@code ARCHITECTURE.md}.
 */
class ArchitectureTest {
    @Test
    void packagesAreFreeOfCyclesAndInternalIsALeaf() {
        JavaClasses classes = PackageCycles.importMain("io.github.careerguidance.quality");
        PackageCycles.check(classes, "io.github.careerguidance.quality", 50);
        noClasses()
                .that()
                .resideInAPackage("io.github.careerguidance.quality.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.github.careerguidance.quality",
                        "io.github.careerguidance.quality.bulk..",
                        "io.github.careerguidance.quality.jurisdiction..",
                        "io.github.careerguidance.quality.registration..",
                        "io.github.careerguidance.quality.schema..",
                        "io.github.careerguidance.quality.scheme..",
                        "io.github.careerguidance.quality.spi..",
                        "io.github.careerguidance.quality.validation..")
                .check(classes);
    }

    /** The module descriptor exports every API package, keeps internals internal and opens what Jackson maps. */
    @Test
    void moduleDescriptorMatchesThePackages() {
        ModuleDescriptors.assertConsistent(io.github.careerguidance.quality.QualityChecker.class);
    }
}
