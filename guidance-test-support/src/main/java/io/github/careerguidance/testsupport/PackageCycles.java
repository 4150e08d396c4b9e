/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The architecture check every module runs on its own main classes: no cycle between its packages ({@code internal}
 * packages included, each package one slice), read with ArchUnit from the compiled classes.
 *
 * <pre>{@code
 * @Test
 * void packagesAreFreeOfCycles() {
 *     PackageCycles.assertNone("io.github.careerguidance.journeys", 50);
 * }
 * }</pre>
 */
public final class PackageCycles {
    private PackageCycles() {}

    /**
     * Imports the main (non-test) classes under a package root from the class path and fails when two of its
     * packages depend on each other, directly or through others. The failure names every cycle with the classes
     * that make it.
     *
     * @param root the module's package root, e.g. {@code io.github.careerguidance.core}
     * @param minimumClasses how many classes at least must have been imported (so that an empty import, e.g. a
     *     wrong root, cannot pass)
     * @throws AssertionError when fewer classes were imported or a cycle exists
     */
    public static void assertNone(String root, int minimumClasses) {
        check(importMain(root), root, minimumClasses);
    }

    /**
     * The main (non-test) classes under a package root, for a module that checks more rules than cycles.
     *
     * @param root the package root
     * @return the imported classes
     */
    public static JavaClasses importMain(String root) {
        return new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(root);
    }

    /**
     * Fails when fewer than {@code minimumClasses} classes were imported or two packages form a cycle.
     *
     * @param classes the classes to check
     * @param root the package root they were imported from (for the message)
     * @param minimumClasses how many classes at least must be there
     * @throws AssertionError when fewer classes were imported or a cycle exists
     */
    public static void check(JavaClasses classes, String root, int minimumClasses) {
        assertThat(classes.size()).as("main classes imported under " + root).isGreaterThanOrEqualTo(minimumClasses);
        // one slice per package below io.github.careerguidance, so the module's root package is a slice too
        slices().matching("io.github.careerguidance.(**)")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
