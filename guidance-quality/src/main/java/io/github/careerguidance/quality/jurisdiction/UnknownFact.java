/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.jurisdiction;

import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A topic on which the sources say nothing usable: modelled as absent, with a note on what was (not) found.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableUnknownFact.class)
@JsonDeserialize(as = ImmutableUnknownFact.class)
public abstract class UnknownFact {
    /** Extended only by the generated immutable implementation. */
    UnknownFact() {}

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static ImmutableUnknownFact.Builder builder() {
        return ImmutableUnknownFact.builder();
    }

    /**
     * The topic that is unknown.
     *
     * @return the topic
     */
    public abstract Topic topic();

    /**
     * Why it is unknown (English, for maintainers), such as "not found in the research notes".
     *
     * @return the note
     */
    public abstract String note();
}
