/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.meta;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an API that is still being shaped and is exempt from the compatibility guarantees of the rest of
 * guidance: it may change or disappear in a minor release.
 *
 * <p>Applications may depend on a {@code @Beta} API if they are ready to adapt when they upgrade; libraries
 * that are themselves used by others should not, because their users cannot control which version of guidance
 * ends up on the classpath.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
    ElementType.ANNOTATION_TYPE,
    ElementType.CONSTRUCTOR,
    ElementType.FIELD,
    ElementType.METHOD,
    ElementType.PACKAGE,
    ElementType.TYPE
})
public @interface Beta {}
