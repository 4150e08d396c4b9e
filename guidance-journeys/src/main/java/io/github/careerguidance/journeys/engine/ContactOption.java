/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One way to reach a person in a {@link ContactOffer}: a channel of a core contact point, open now or with its next
 * opening.
 *
 * <p>Thread-safety: immutable; safe to share between threads.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableContactOption.class)
@JsonDeserialize(as = ImmutableContactOption.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"contactPoint", "name", "channel", "address", "open", "nextOpening", "zone"})
public abstract class ContactOption {
    /** Extended only by the generated immutable implementation. */
    ContactOption() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableContactOption.Builder builder() {
        return ImmutableContactOption.builder();
    }

    /**
     * The contact point id.
     *
     * @return the id
     */
    public abstract String contactPoint();

    /**
     * The contact point's name.
     *
     * @return the name
     */
    public abstract LocalizedText name();

    /**
     * The channel.
     *
     * @return the channel
     */
    public abstract ContactChannel channel();

    /**
     * The address for the channel (phone number, URL), if the contact point has one.
     *
     * @return the address, or empty
     */
    public abstract Optional<String> address();

    /**
     * Whether the channel is open at the instant of the view.
     *
     * @return true when open
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public abstract boolean open();

    /**
     * When a closed channel opens next (within the core search horizon).
     *
     * @return the next opening; empty when open now or when no opening was found
     */
    public abstract Optional<Instant> nextOpening();

    /**
     * The time zone of the channel's opening hours, to show {@link #nextOpening()} in local time.
     *
     * @return the zone
     */
    public abstract ZoneId zone();

    /**
     * The next opening in the opening hours' zone.
     *
     * @return the local next opening, or empty
     */
    public Optional<ZonedDateTime> nextOpeningLocal() {
        return nextOpening().map(i -> i.atZone(zone()));
    }
}
