/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diagram;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * The text formats a journey diagram is written in.
 *
 * <p>In JSON, YAML and on the command line a constant is written as its lower-case code ({@code mermaid}).
 *
 * @since 0.1.0
 */
public enum DiagramFormat {
    /** A Mermaid flowchart, rendered by GitHub and GitLab Markdown and by mermaid.js. */
    MERMAID,

    /** A Graphviz DOT digraph, rendered by {@code dot -Tsvg} or {@code dot -Tpng}. */
    DOT;

    /**
     * The wire code: the constant name in lower case.
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
    public static DiagramFormat fromCode(String code) {
        return EnumCodes.fromCode(DiagramFormat.class, DiagramFormat::code, code, "diagram format");
    }
}
