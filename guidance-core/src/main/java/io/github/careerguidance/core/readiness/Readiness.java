/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Objects;

/**
 * A client's readiness for career decision making, the cell of the CIP readiness quadrant.
 *
 * <table>
 *   <caption>The readiness quadrant (source: https://slideplayer.com./amp/14606364)</caption>
 *   <tr><th></th><th>low complexity</th><th>high complexity</th></tr>
 *   <tr><th>high capability</th><td>{@link #HIGH} &rarr; self-help</td>
 *       <td>{@link #MODERATE} &rarr; brief staff-assisted</td></tr>
 *   <tr><th>low capability</th><td>{@link #MODERATE} &rarr; brief staff-assisted</td>
 *       <td>{@link #LOW} &rarr; individual case-managed</td></tr>
 * </table>
 *
 * <pre>{@code
 * Readiness r = Readiness.of(Capability.HIGH, Complexity.HIGH); // MODERATE
 * r.supportLevel();                                            // BRIEF_STAFF_ASSISTED
 * }</pre>
 *
 * @since 0.1.0
 */
public enum Readiness {
    /** High readiness: high capability and low complexity; served by self-help. */
    HIGH(SupportLevel.SELF_HELP, LocalizedText.of("Hoge gereedheid", "High readiness")),
    /** Moderate readiness: capability and complexity both high or both low; served by brief staff-assisted help. */
    MODERATE(SupportLevel.BRIEF_STAFF_ASSISTED, LocalizedText.of("Gemiddelde gereedheid", "Moderate readiness")),
    /** Low readiness: low capability and high complexity; served by individual case-managed help. */
    LOW(SupportLevel.INDIVIDUAL_CASE_MANAGED, LocalizedText.of("Lage gereedheid", "Low readiness"));

    private final SupportLevel supportLevel;
    private final LocalizedText label;

    Readiness(SupportLevel supportLevel, LocalizedText label) {
        this.supportLevel = supportLevel;
        this.label = label;
    }

    /**
     * The cell of the readiness quadrant for a capability and a complexity.
     *
     * @param capability the client's capability (internal)
     * @param complexity the complexity of the client's situation (external)
     * @return the readiness; never null
     * @throws NullPointerException if an argument is null
     */
    public static Readiness of(Capability capability, Complexity complexity) {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(complexity, "complexity");
        if (capability == Capability.HIGH) {
            return complexity == Complexity.LOW ? HIGH : MODERATE;
        }
        return complexity == Complexity.LOW ? MODERATE : LOW;
    }

    /**
     * The support level the quadrant assigns to this readiness: support should meet, but not exceed, need
     * (https://issuhub.com/view/index/4663?pageIndex=355).
     *
     * @return {@code SELF_HELP}, {@code BRIEF_STAFF_ASSISTED} or {@code INDIVIDUAL_CASE_MANAGED}
     */
    public SupportLevel supportLevel() {
        return supportLevel;
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
     * The stable wire code: {@code high}, {@code moderate} or {@code low}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The readiness for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code moderate}
     * @return the readiness
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     * @throws NullPointerException if code is null
     */
    @JsonCreator
    public static Readiness fromCode(String code) {
        return EnumCodes.fromCode(Readiness.class, Readiness::code, code, "readiness");
    }
}
