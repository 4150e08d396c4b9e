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
 * A client's capability to make appropriate career choices: the factor of readiness that is internal to the person.
 * Ordered from {@link #LOW} to {@link #HIGH}.
 *
 * <p>CIP defines readiness as "the capability of an individual to make appropriate career choices, taking into
 * account the complexity of family, social, economic, and organizational factors" (source:
 * https://docsbay.net/doc/398065/career-service-interventions). The two levels are those of the readiness quadrant
 * (https://slideplayer.com./amp/14606364); how a numeric score maps to a level is set by a {@link ReadinessModel}.
 *
 * @see Complexity
 * @see Readiness#of(Capability, Complexity)
 * @since 0.1.0
 */
public enum Capability {
    /** Low capability: the client has difficulty making career choices on their own. */
    LOW(LocalizedText.of("Laag vermogen", "Low capability")),
    /** High capability: the client can make appropriate career choices on their own. */
    HIGH(LocalizedText.of("Hoog vermogen", "High capability"));

    private final LocalizedText label;

    Capability(LocalizedText label) {
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
    public static Capability fromCode(String code) {
        return EnumCodes.fromCode(Capability.class, Capability::code, code, "capability");
    }
}
