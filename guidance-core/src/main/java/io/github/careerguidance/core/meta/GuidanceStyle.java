/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.meta;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style used by every value type of guidance.
 *
 * <p>Generated {@code Immutable*} classes are public and part of the API: each value type offers a static
 * {@code builder()} that returns the generated builder. Builders support {@code from(instance)},
 * collections are copied into unmodifiable JDK collections, and {@code @Generated} is not emitted, so
 * consumers compiling with {@code -Xlint:all -Werror} see no warnings about a missing annotation class.
 *
 * <p>Apply it to a package ({@code package-info.java}) or a type.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        depluralize = true,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true))
public @interface GuidanceStyle {}
