/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A code of lower-case words or numbers joined by dashes, such as {@code looking-for-work} or {@code noloc-rl}.
 *
 * <p>A null value is valid (use {@code @NotNull} where the value is required); Immutables already rejects nulls.
 * Reported by {@link io.github.careerguidance.quality.registration.RegistrationValidator} with the diagnostic code
 * {@code quality.registration.code}.
 *
 * @since 0.1.0
 */
@Documented
@Pattern(regexp = "[a-z0-9]+(?:-[a-z0-9]+)*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Code {
    /**
     * The message template when the value does not match.
     *
     * @return the template
     */
    String message() default "must be lower-case words joined by dashes";

    /**
     * The validation groups.
     *
     * @return the groups; none by default
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload; none by default
     */
    Class<? extends Payload>[] payload() default {};
}
