/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.text.LocalizedText;

/**
 * The complexity of a client's situation: the factor of readiness that is external to the person (family, social,
 * economic and organizational factors). Ordered from {@link #LOW} to {@link #HIGH}.
 *
 * <p>CIP defines readiness as "the capability of an individual to make appropriate career choices, taking into
 * account the complexity of family, social, economic, and organizational factors" (source:
 * https://docsbay.net/doc/398065/career-service-interventions). The two levels are those of the readiness quadrant
 * (https://slideplayer.com./amp/14606364); how a numeric score maps to a level is set by a {@link ReadinessModel}.
 *
 * @see Capability
 * @see Readiness#of(Capability, Complexity)
 * @since 0.1.0
 */
public enum Complexity {
    /** Low complexity: few family, social, economic or organizational factors complicate the choice. */
    LOW(LocalizedText.of("Lage complexiteit", "Low complexity")),
    /** High complexity: family, social, economic or organizational factors complicate the choice. */
    HIGH(LocalizedText.of("Hoge complexiteit", "High complexity"));

    private final LocalizedText label;

    Complexity(LocalizedText label) {
        this.label = label;
    }

    /**
     * The stable wire code, {@code low} or {@code high}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The label in Dutch and English.
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * The level for a wire code or constant name, case-insensitively.
     *
     * @param code {@code low} or {@code high}
     * @return the level
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     * @throws NullPointerException if code is null
     */
    @JsonCreator
    public static Complexity fromCode(String code) {
        return EnumCodes.fromCode(Complexity.class, Complexity::code, code, "complexity");
    }
}
