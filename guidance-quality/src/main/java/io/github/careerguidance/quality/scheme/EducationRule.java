/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;


/**
 * The professional has a qualification that meets one of the alternatives (type {@code education}; research rules NOLOC-RJ-EDU, OA-ADVISER (a), CDI-QUAL).

 * <p>No alternatives means the source gives no entry requirement (the 2021 RL entry thresholds were not found): the
 * rule is not assessable.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableEducationRule.class)
@JsonDeserialize(as = ImmutableEducationRule.class)
public abstract class EducationRule extends Rule {

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableEducationRule.Builder builder() {
        return ImmutableEducationRule.builder();
    }

    @Override
    public Subject subject() {
        return Subject.PERSON;
    }

    /**
     * The alternatives; meeting one is enough.
     *
     * @return the alternatives, possibly empty
     */
    public abstract List<EducationAlternative> alternatives();

    @Value.Check
    protected void check() {
        checkCommon();
    }
}
