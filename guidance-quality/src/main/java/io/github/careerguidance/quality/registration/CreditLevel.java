/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The level credits were earned at, in one framework: {@code {framework: scqf, level: 11}}.
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableCreditLevel.class)
@JsonDeserialize(as = ImmutableCreditLevel.class)
public abstract class CreditLevel {
    /** Extended only by the generated immutable implementation. */
    CreditLevel() {}

    /**
     * A credit level.
     *
     * @param framework the framework
     * @param level the level in it
     * @return the value
     */
    public static CreditLevel of(CreditFramework framework, int level) {
        return ImmutableCreditLevel.builder().framework(framework).level(level).build();
    }

    /**
     * The framework.
     *
     * @return the framework
     */
    @NotNull
    public abstract CreditFramework framework();

    /**
     * The level, 1 to 12 (SCQF has 12 levels, QCF and EQF 8).
     *
     * @return the level
     */
    @Min(1)
    @Max(12)
    public abstract int level();

    /**
     * Whether this level is in the same framework as another and at least as high.
     *
     * @param minimum the required level
     * @return true when it meets the minimum
     */
    public boolean meets(CreditLevel minimum) {
        return framework() == minimum.framework() && level() >= minimum.level();
    }
}
