/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The ways to reach a person, part of every {@link StepView}: the channels of the configured core contact points
 * that fit {@link #level()} (core {@code ContactChannel.suggestedFor}; on a contact step the step's own channels),
 * at contact points that serve that level, each open now or with its next opening.
 *
 * <p>At self-help the offer is for the level a request would give ({@link EscalationPolicy#contactRequestLevel()}),
 * so that "ask for a person" is always one click away; {@link #active()} is then false.
 *
 * <p>Thread-safety: immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableContactOffer.class)
@JsonDeserialize(as = ImmutableContactOffer.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"level", "active", "options"})
public abstract class ContactOffer {
    /** Extended only by the generated immutable implementation. */
    ContactOffer() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableContactOffer.Builder builder() {
        return ImmutableContactOffer.builder();
    }

    /**
     * The support level the offered channels serve.
     *
     * @return the level; never self-help
     */
    public abstract SupportLevel level();

    /**
     * Whether the session is at this level already (false: the offer is what a request for a person would give).
     *
     * @return true when the client is already at a level with a professional
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public abstract boolean active();

    /**
     * The options, in contact-point order, then channel order.
     *
     * @return the options; empty when no configured contact point serves the level
     */
    public abstract List<ContactOption> options();

    /**
     * The options open now.
     *
     * @return the open options
     */
    @JsonIgnore
    public List<ContactOption> openNow() {
        List<ContactOption> open = new ArrayList<>();
        for (ContactOption o : options()) {
            if (o.open()) {
                open.add(o);
            }
        }
        return List.copyOf(open);
    }

    /**
     * The earliest next opening of a closed option.
     *
     * @return the instant, or empty when none is known
     */
    @JsonIgnore
    public Optional<Instant> nextOpening() {
        Instant best = null;
        for (ContactOption o : options()) {
            if (o.nextOpening().isPresent()
                    && (best == null || o.nextOpening().get().isBefore(best))) {
                best = o.nextOpening().get();
            }
        }
        return Optional.ofNullable(best);
    }

    @Value.Check
    protected void check() {
        if (!level().involvesProfessional()) {
            throw new IllegalArgumentException(
                    "a contact offer's level must involve a professional but was '" + level().code() + "'");
        }
    }
}
