/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One dimension of a {@link CompetenceFramework}: a competency, a scale or a phase, such as Kuijpers'
 * {@code netwerken} or the CAAS scale {@code curiosity}.
 *
 * <pre>{@code
 * Dimension netwerken = Dimension.builder()
 *     .code("netwerken")
 *     .name(LocalizedText.of("Netwerken", "Networking"))
 *     .learnerQuestion(LocalizedText.of("Wie kan me daarbij helpen?", "Who can help me with it?"))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableDimension.class)
@JsonDeserialize(as = ImmutableDimension.class)
public abstract class Dimension {
    /** Extended only by the generated immutable implementation. */
    Dimension() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableDimension.Builder builder() {
        return ImmutableDimension.builder();
    }

    /**
     * The code, unique within its framework: lower-case words separated by dashes.
     *
     * @return the code, such as {@code werkexploratie}
     */
    public abstract String code();

    /**
     * The display name.
     *
     * @return the name in Dutch and English
     */
    public abstract LocalizedText name();

    /**
     * What the dimension means, paraphrased from the framework's source.
     *
     * @return the definition, or empty when the source gives none
     */
    public abstract Optional<LocalizedText> definition();

    /**
     * The question a learner asks themself for this dimension, such as the questions of the 2021 Kamerbrief for
     * Kuijpers' competencies ("wie kan me daarbij helpen?").
     *
     * @return the question, or empty when the framework has none
     */
    public abstract Optional<LocalizedText> learnerQuestion();

    /**
     * The group the dimension belongs to within its framework, such as {@code reflective} in the CCQ.
     *
     * @return the area code, or empty when the framework does not group its dimensions
     */
    public abstract Optional<String> area();

    @Value.Check
    protected void check() {
        Codes.requireCode("dimension code", code());
        area().ifPresent(a -> Codes.requireCode("dimension area", a));
    }
}
