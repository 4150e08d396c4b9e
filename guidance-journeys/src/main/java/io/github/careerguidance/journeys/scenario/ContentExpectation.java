/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Which content items a step shows this client: the items of {@code shown} must be among the step's narrowed content
 * (the engine's view, after the items' {@code when} conditions), the items of {@code hidden} must not. The last time
 * the path reached the step counts.
 *
 * <pre>{@code
 * shown:
 *   - {step: info-opties, content: [kort-lijstje, werk-nl], hidden: [richting-scherp]}
 * }</pre>
 *
 * @since 0.2.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableContentExpectation.class)
@JsonDeserialize(as = ImmutableContentExpectation.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"step", "content", "hidden"})
public abstract class ContentExpectation {
    /** Extended only by the generated immutable implementation. */
    ContentExpectation() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableContentExpectation.Builder builder() {
        return ImmutableContentExpectation.builder();
    }

    /**
     * The step.
     *
     * @return the step id
     */
    public abstract String step();

    /**
     * Content item ids the step must show.
     *
     * @return the ids
     */
    public abstract List<String> content();

    /**
     * Content item ids the step must not show.
     *
     * @return the ids
     */
    public abstract List<String> hidden();
}
