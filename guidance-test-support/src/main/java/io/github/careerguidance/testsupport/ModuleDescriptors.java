/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps a published module's {@code module-info.java} true to its code (issue #18), checked from the compiled
 * classes:
 *
 * <ul>
 *   <li>every package that is not {@code internal} is exported to everyone;
 *   <li>an {@code internal} package is exported, if at all, only to named sibling guidance modules;
 *   <li>every package holding a class with Jackson annotations (the generated {@code Immutable*} classes' creators)
 *       is opened to {@code tools.jackson.databind}, and nothing is opened to everyone;
 *   <li>no class reads a resource through a {@link ClassLoader}: on the module path a class loader does not find
 *       resources in a named module's packages, so resources are read with {@code Class.getResourceAsStream}.
 * </ul>
 *
 * <pre>{@code
 * @Test
 * void moduleDescriptorMatchesThePackages() {
 *     ModuleDescriptors.assertConsistent(JourneyEngine.class);
 * }
 * }</pre>
 */
public final class ModuleDescriptors {
    private static final String JACKSON = "tools.jackson.databind";
    private static final String SIBLING_PREFIX = "io.github.careerguidance.";

    private ModuleDescriptors() {}

    /**
     * Reads {@code module-info.class} from the directory or jar that holds {@code anchor} and checks it against the
     * packages and classes beside it.
     *
     * @param anchor any main class of the module
     * @throws AssertionError naming every package that breaks a rule
     */
    public static void assertConsistent(Class<?> anchor) {
        Path classes = location(anchor);
        ModuleDescriptor descriptor = read(classes.resolve("module-info.class"));
        Set<String> packages = packages(classes);
        String root = descriptor.name();
        assertThat(packages).as("packages of " + root).isNotEmpty();

        List<String> problems = new ArrayList<>();
        for (String pkg : packages) {
            List<ModuleDescriptor.Exports> exports = descriptor.exports().stream()
                    .filter(e -> e.source().equals(pkg))
                    .collect(Collectors.toList());
            if (isInternal(pkg)) {
                exports.stream()
                        .filter(e ->
                                !e.isQualified() || e.targets().stream().anyMatch(t -> !t.startsWith(SIBLING_PREFIX)))
                        .forEach(e -> problems.add(pkg + " is internal but exported to " + targets(e.targets())));
            } else if (exports.stream().noneMatch(e -> !e.isQualified())) {
                problems.add(pkg + " is API but not exported (add 'exports " + pkg + ";')");
            }
        }
        descriptor.opens().stream()
                .filter(o -> !o.isQualified())
                .forEach(
                        o -> problems.add(o.source() + " is opened to everyone; open it to the library that needs it"));

        JavaClasses imported = PackageCycles.importMain(root);
        Set<String> mapped = imported.stream()
                .filter(ModuleDescriptors::hasJacksonAnnotation)
                .map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String pkg : mapped) {
            boolean opened = descriptor.opens().stream()
                    .anyMatch(o -> o.source().equals(pkg) && o.targets().contains(JACKSON));
            if (!opened) {
                problems.add(pkg + " holds JSON-mapped classes but is not opened to " + JACKSON + " (add 'opens " + pkg
                        + " to " + JACKSON + ";')");
            }
        }
        assertThat(problems).as("module-info.java of " + root).isEmpty();

        noClasses()
                .should()
                .callMethod(ClassLoader.class, "getResourceAsStream", String.class)
                .orShould()
                .callMethod(ClassLoader.class, "getResource", String.class)
                .orShould()
                .callMethod(ClassLoader.class, "getResources", String.class)
                .because("a class loader does not see resources in a named module's packages; use "
                        + "SomeClass.class.getResourceAsStream(\"/\" + name) in the module that holds them")
                .check(imported);
    }

    private static boolean isInternal(String pkg) {
        return pkg.endsWith(".internal") || pkg.contains(".internal.");
    }

    private static String targets(Set<String> targets) {
        return targets.isEmpty() ? "everyone" : String.join(", ", new TreeSet<>(targets));
    }

    private static boolean hasJacksonAnnotation(JavaClass type) {
        if (type.getAnnotations().stream().anyMatch(ModuleDescriptors::isJackson)) {
            return true;
        }
        Stream<? extends JavaMember> members = Stream.concat(
                Stream.concat(type.getMethods().stream(), type.getFields().stream()), type.getConstructors().stream());
        return members.anyMatch(m -> m.getAnnotations().stream().anyMatch(ModuleDescriptors::isJackson));
    }

    private static boolean isJackson(JavaAnnotation<?> annotation) {
        String name = annotation.getRawType().getName();
        return name.startsWith("com.fasterxml.jackson.annotation.")
                || name.startsWith("tools.jackson.databind.annotation.");
    }

    private static Path location(Class<?> anchor) {
        try {
            return Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the classes of " + anchor.getName(), e);
        }
    }

    private static ModuleDescriptor read(Path moduleInfo) {
        assertThat(moduleInfo).as("module descriptor").exists();
        try (InputStream in = Files.newInputStream(moduleInfo)) {
            return ModuleDescriptor.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> packages(Path classes) {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(classes::relativize)
                    .filter(f -> f.getParent() != null)
                    .map(f -> f.getParent().toString().replace(f.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
