/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.jurisdiction;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One cited fact about a jurisdiction.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableFact.class)
@JsonDeserialize(as = ImmutableFact.class)
public abstract class Fact {
    /** Extended only by the generated immutable implementation. */
    Fact() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static ImmutableFact.Builder builder() {
        return ImmutableFact.builder();
    }

    /**
     * What the fact is about.
     *
     * @return the topic
     */
    public abstract Topic topic();

    /**
     * The fact, in Dutch and English.
     *
     * @return the text
     */
    public abstract LocalizedText text();

    /**
     * Where the fact comes from; at least one source.
     *
     * @return the citations
     */
    public abstract List<Citation> citations();

    @Value.Check
    protected void check() {
        if (citations().isEmpty()) {
            throw new IllegalArgumentException(
                    "fact about " + topic().code() + " must cite at least one source but cites none");
        }
    }
}
