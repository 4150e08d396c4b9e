/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The packages of guidance-core form no cycle: each package, {@code internal} ones included, is a slice, and no
 * slice depends on itself through others. The internal helpers are leaves ({@code core.internal} imports no
 * package of the SDK) or sit beside the one API package they serve ({@code core.json.internal},
 * {@code core.diagnostics.internal}).
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("io.github.careerguidance.core");

    @Test
    void packagesAreFreeOfCycles() {
        assertThat(CORE.size()).as("main classes of guidance-core imported").isGreaterThan(50);
        slices().matching("io.github.careerguidance.(**)").should().beFreeOfCycles().check(CORE);
    }
}
