/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.journeys.internal.Codes;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The assessment of an assessment step: which core instrument to run and where its scores are stored.
 *
 * <p>The instrument is named by code ({@code caas-24}); the journey checker resolves it against the built-in
 * instruments, instruments given to the checker, and an instrument given {@linkplain #inline() inline}. Scores are
 * stored under {@link #scoreKey()} ({@code storeAs}, by default the instrument code), and conditions refer to
 * them by that key. In YAML: {@code {instrument: caas-24}}.
 *
 * <pre>{@code
 * Assessment.of("caas-24");
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableAssessment.class)
@JsonDeserialize(as = ImmutableAssessment.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"instrument", "storeAs", "inline"})
public abstract class Assessment {
    /** Extended only by the generated immutable implementation. */
    Assessment() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableAssessment.Builder builder() {
        return ImmutableAssessment.builder();
    }

    /**
     * An assessment with a known instrument, storing under its code.
     *
     * @param instrument the instrument code
     * @return the assessment
     */
    public static Assessment of(String instrument) {
        return builder().instrument(instrument).build();
    }

    /**
     * The instrument code.
     *
     * @return a code such as {@code caas-24}
     */
    public abstract String instrument();

    /**
     * The key the scores are stored under, when not the instrument code.
     *
     * @return the key, if given
     */
    public abstract Optional<String> storeAs();

    /**
     * The instrument itself, for an instrument that is not built in; its code must equal {@link #instrument()}.
     *
     * @return the inline instrument, if any
     */
    public abstract Optional<Instrument> inline();

    /**
     * The key the scores are stored under.
     *
     * @return {@code storeAs}, or the instrument code
     */
    @JsonIgnore
    public String scoreKey() {
        return storeAs().orElse(instrument());
    }

    @Value.Check
    protected void check() {
        Codes.requireCode("assessment instrument", instrument());
        storeAs().ifPresent(s -> Codes.requireCode("assessment storeAs", s));
        inline().ifPresent(i -> {
            if (!i.code().equals(instrument())) {
                throw new IllegalArgumentException("inline instrument code must equal instrument '" + instrument()
                        + "' but was '" + i.code() + "'");
            }
        });
    }
}
