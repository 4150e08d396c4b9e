/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The reflection of a reflection step: prompts to think about, alone or in a conversation with a professional.
 *
 * <p>A reflection with a professional is the loopbaandialoog of the research: a conversation held <em>with</em>
 * the client about strengths, values and view of the future, which self-help alone does not replace. In YAML:
 * {@code {withProfessional: true, prompts: [{nl: ..., en: ...}]}}.
 *
 * <pre>{@code
 * Reflection.builder().withProfessional(true)
 *     .addPrompt(LocalizedText.of("Waar word je enthousiast van?", "What makes you enthusiastic?"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableReflection.class)
@JsonDeserialize(as = ImmutableReflection.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"withProfessional", "prompts"})
public abstract class Reflection {
    /** Extended only by the generated immutable implementation. */
    Reflection() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableReflection.Builder builder() {
        return ImmutableReflection.builder();
    }

    /**
     * Whether the reflection is a conversation with a professional (required in files).
     *
     * @return true for a loopbaandialoog with a professional, false for reflection alone
     */
    public abstract boolean withProfessional();

    /**
     * The prompts, in order.
     *
     * @return at least one prompt
     */
    public abstract List<LocalizedText> prompts();

    @Value.Check
    protected void check() {
        if (prompts().isEmpty()) {
            throw new IllegalArgumentException("a reflection needs at least one prompt but had 0");
        }
    }
}
