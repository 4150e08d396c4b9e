/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diagram;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The direction a diagram flows in.
 *
 * <p>In JSON and YAML a constant is written as its lower-case code with dashes ({@code top-down}).
 *
 * @since 0.1.0
 */
public enum DiagramDirection {
    /** From top to bottom (Mermaid {@code TD}, DOT {@code rankdir=TB}). */
    TOP_DOWN("TD", "TB"),

    /** From left to right (Mermaid {@code LR}, DOT {@code rankdir=LR}). */
    LEFT_RIGHT("LR", "LR"),

    /** From bottom to top (Mermaid {@code BT}, DOT {@code rankdir=BT}). */
    BOTTOM_UP("BT", "BT"),

    /** From right to left (Mermaid {@code RL}, DOT {@code rankdir=RL}). */
    RIGHT_LEFT("RL", "RL");

    private final String mermaid;
    private final String dot;

    DiagramDirection(String mermaid, String dot) {
        this.mermaid = mermaid;
        this.dot = dot;
    }

    /**
     * The Mermaid flowchart direction.
     *
     * @return {@code TD}, {@code LR}, {@code BT} or {@code RL}
     */
    public String mermaid() {
        return mermaid;
    }

    /**
     * The DOT {@code rankdir}.
     *
     * @return {@code TB}, {@code LR}, {@code BT} or {@code RL}
     */
    public String dot() {
        return dot;
    }

    /**
     * The wire code: the constant name in lower case with dashes.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The constant for a wire code, accepting the code or the constant name case-insensitively.
     *
     * @param code the code
     * @return the constant
     * @throws IllegalArgumentException listing the allowed codes when none matches
     */
    @JsonCreator
    public static DiagramDirection fromCode(String code) {
        return EnumCodes.fromCode(DiagramDirection.class, DiagramDirection::code, code, "diagram direction");
    }
}
