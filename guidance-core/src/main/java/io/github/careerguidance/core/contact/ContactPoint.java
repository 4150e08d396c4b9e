/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.contact;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A place or service where clients reach guidance professionals: a Leerwerkloket, a national helpline, an
 * e-counsellor chat. It offers one or more {@linkplain ContactChannel channels}, has {@linkplain OpeningHours
 * opening hours} (one set for all channels, optionally overridden per channel) and serves certain
 * {@linkplain SupportLevel support levels}.
 *
 * <pre>{@code
 * ContactPoint chat = ContactPoint.builder()
 *     .id("e-counsellor")
 *     .name(LocalizedText.of("E-loopbaanadviseur", "E-counsellor"))
 *     .addChannels(ContactChannel.CHAT, ContactChannel.EMAIL)
 *     .hours(OpeningHours.workdays(TimeRange.parse("09:00-17:00")))
 *     .putHoursByChannel(ContactChannel.EMAIL, OpeningHours.alwaysOpen())  // after hours by e-mail
 *     .addSupportLevels(SupportLevel.BRIEF_STAFF_ASSISTED)
 *     .build();
 * chat.openChannels(Instant.now());                       // e.g. [EMAIL] in the evening
 * chat.nextOpening(ContactChannel.CHAT, Instant.now());   // the next workday 09:00
 * }</pre>
 *
 * <p>Guidance ships no contact points: their hours and addresses are data of the provider.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableContactPoint.class)
@JsonDeserialize(as = ImmutableContactPoint.class)
public abstract class ContactPoint {
    /** Extended only by the generated immutable implementation. */
    ContactPoint() {}

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableContactPoint.Builder builder() {
        return ImmutableContactPoint.builder();
    }

    /**
     * The stable identifier, lower case with dashes, such as {@code leerwerkloket-groot-amsterdam}.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The name shown to clients.
     *
     * @return the name
     */
    public abstract LocalizedText name();

    /**
     * The channels offered.
     *
     * @return an unmodifiable, non-empty set
     */
    public abstract Set<ContactChannel> channels();

    /**
     * The opening hours of every channel without its own {@linkplain #hoursByChannel() hours}.
     *
     * @return the default hours
     */
    public abstract OpeningHours hours();

    /**
     * Opening hours per channel that replace {@link #hours()} for that channel.
     *
     * @return an unmodifiable map; its keys are offered channels
     */
    public abstract Map<ContactChannel, OpeningHours> hoursByChannel();

    /**
     * The support levels the contact point serves.
     *
     * @return an unmodifiable, non-empty set
     */
    public abstract Set<SupportLevel> supportLevels();

    /**
     * Where to reach each channel: a phone number, a URL, an e-mail or street address.
     *
     * @return an unmodifiable map; its keys are offered channels and its values are not blank
     */
    public abstract Map<ContactChannel, String> addressByChannel();

    /**
     * A note for clients.
     *
     * @return the note, if any
     */
    public abstract Optional<LocalizedText> note();

    /**
     * Where the data comes from.
     *
     * @return the citations, possibly empty
     */
    public abstract List<Citation> citations();

    /**
     * The opening hours of a channel.
     *
     * @param channel the channel
     * @return its own hours, else the default hours; empty when the channel is not offered
     * @throws NullPointerException if channel is null
     */
    public Optional<OpeningHours> hoursOf(ContactChannel channel) {
        Objects.requireNonNull(channel, "channel");
        if (!channels().contains(channel)) {
            return Optional.empty();
        }
        return Optional.of(hoursByChannel().getOrDefault(channel, hours()));
    }

    /**
     * Whether a channel is open at an instant.
     *
     * @param channel the channel
     * @param instant the instant
     * @return true when the channel is offered and its hours are open then
     * @throws NullPointerException if an argument is null
     */
    public boolean isOpen(ContactChannel channel, Instant instant) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(channel, "channel");
        // as hoursOf(channel).map(h -> h.isOpen(instant)).orElse(false), without an Optional per call
        return channels().contains(channel)
                && hoursByChannel().getOrDefault(channel, hours()).isOpen(instant);
    }

    /**
     * The channels open at an instant.
     *
     * @param instant the instant
     * @return an unmodifiable set in channel order; empty when all are closed
     * @throws NullPointerException if instant is null
     */
    public Set<ContactChannel> openChannels(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        EnumSet<ContactChannel> open = EnumSet.noneOf(ContactChannel.class);
        for (ContactChannel channel : channels()) {
            if (isOpen(channel, instant)) {
                open.add(channel);
            }
        }
        return Collections.unmodifiableSet(open);
    }

    /**
     * When a channel is next open.
     *
     * @param channel the channel
     * @param from the instant to search from
     * @return see {@link OpeningHours#nextOpening(Instant)}; empty also when the channel is not offered
     * @throws NullPointerException if an argument is null
     */
    public Optional<ZonedDateTime> nextOpening(ContactChannel channel, Instant from) {
        Objects.requireNonNull(from, "from");
        return hoursOf(channel).flatMap(h -> h.nextOpening(from));
    }

    /**
     * When an open channel next closes.
     *
     * @param channel the channel
     * @param at the instant
     * @return see {@link OpeningHours#nextClosing(Instant)}; empty also when the channel is not offered
     * @throws NullPointerException if an argument is null
     */
    public Optional<ZonedDateTime> nextClosing(ContactChannel channel, Instant at) {
        Objects.requireNonNull(at, "at");
        return hoursOf(channel).flatMap(h -> h.nextClosing(at));
    }

    /**
     * Whether the contact point serves a support level.
     *
     * @param level the level
     * @return true if served
     * @throws NullPointerException if level is null
     */
    public boolean serves(SupportLevel level) {
        return supportLevels().contains(Objects.requireNonNull(level, "level"));
    }

    /**
     * The address of a channel.
     *
     * @param channel the channel
     * @return the address, or empty when none is given
     * @throws NullPointerException if channel is null
     */
    public Optional<String> address(ContactChannel channel) {
        return Optional.ofNullable(addressByChannel().get(Objects.requireNonNull(channel, "channel")));
    }

    @Value.Check
    protected void check() {
        if (!ID.matcher(id()).matches()) {
            throw new IllegalArgumentException("contact point id must be lower case with dashes, such as"
                    + " 'leerwerkloket-utrecht', but was '" + id() + "'");
        }
        if (channels().isEmpty()) {
            throw new IllegalArgumentException(
                    "contact point '" + id() + "' channels must hold at least 1 channel but" + " was empty");
        }
        if (supportLevels().isEmpty()) {
            throw new IllegalArgumentException(
                    "contact point '" + id() + "' supportLevels must hold at least 1 level" + " but was empty");
        }
        for (ContactChannel channel : hoursByChannel().keySet()) {
            if (!channels().contains(channel)) {
                throw new IllegalArgumentException("contact point '" + id() + "' hoursByChannel names channel '"
                        + channel.code() + "' which is not in channels " + codes(channels()));
            }
        }
        for (Map.Entry<ContactChannel, String> entry : addressByChannel().entrySet()) {
            if (!channels().contains(entry.getKey())) {
                throw new IllegalArgumentException("contact point '" + id() + "' addressByChannel names channel '"
                        + entry.getKey().code() + "' which is not in channels " + codes(channels()));
            }
            if (entry.getValue().isBlank()) {
                throw new IllegalArgumentException("contact point '" + id() + "' address of '"
                        + entry.getKey().code() + "' must not be blank");
            }
        }
    }

    private static String codes(Set<ContactChannel> channels) {
        return EnumSet.copyOf(channels).stream()
                .map(ContactChannel::code)
                .toList()
                .toString();
    }
}
