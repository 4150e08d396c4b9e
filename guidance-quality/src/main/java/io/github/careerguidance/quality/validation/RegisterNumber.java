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
 * A register or certificate number in general form: 1 to 40 letters, digits, dots, dashes or slashes, starting and ending with a letter or digit. No public source gives the exact format of any Dutch career-guidance register (see the research notes), so a scheme may add its own pattern as data ({@code registerNumberPattern}).
 *
 * <p>A null value is valid (use {@code @NotNull} where the value is required); Immutables already rejects nulls.
 * Reported by {@link io.github.careerguidance.quality.registration.RegistrationValidator} with the diagnostic code
 * {@code quality.registration.register-number}.
 *
 * @since 0.1.0
 */
@Documented
@Pattern(regexp = "[A-Za-z0-9](?:[A-Za-z0-9./-]{0,38}[A-Za-z0-9])?")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RegisterNumber {
    /**
     * The message template when the value does not match.
     *
     * @return the template
     */
    String message() default "must be a register number of letters, digits, dots, dashes or slashes";

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
