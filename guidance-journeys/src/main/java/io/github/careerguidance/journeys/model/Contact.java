/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The human touchpoint of a contact step: through which channels, at which support level.
 *
 * <p>The support level is one that involves a professional ({@code brief-staff-assisted} or
 * {@code individual-case-managed}); the engine offers only the channels that are open. In YAML:
 * {@code {supportLevel: brief-staff-assisted, channels: [chat, phone]}}.
 *
 * <pre>{@code
 * Contact.of(SupportLevel.BRIEF_STAFF_ASSISTED, ContactChannel.CHAT, ContactChannel.PHONE);
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableContact.class)
@JsonDeserialize(as = ImmutableContact.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"supportLevel", "channels"})
public abstract class Contact {
    /** Extended only by the generated immutable implementation. */
    Contact() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableContact.Builder builder() {
        return ImmutableContact.builder();
    }

    /**
     * A contact at a level through channels.
     *
     * @param level the support level
     * @param channels at least one channel
     * @return the contact
     */
    public static Contact of(SupportLevel level, ContactChannel... channels) {
        return builder().supportLevel(level).addChannels(channels).build();
    }

    /**
     * The support level this contact gives.
     *
     * @return a level that involves a professional
     */
    public abstract SupportLevel supportLevel();

    /**
     * The channels, in order of preference.
     *
     * @return at least one channel, without repeats
     */
    public abstract List<ContactChannel> channels();

    @Value.Check
    protected void check() {
        if (!supportLevel().involvesProfessional()) {
            throw new IllegalArgumentException("a contact's supportLevel must involve a professional"
                    + " (brief-staff-assisted or individual-case-managed) but was '"
                    + supportLevel().code() + "'");
        }
        if (channels().isEmpty()) {
            throw new IllegalArgumentException("a contact needs at least one channel but had 0");
        }
        Set<ContactChannel> seen = new HashSet<>();
        for (ContactChannel c : channels()) {
            if (!seen.add(c)) {
                throw new IllegalArgumentException(
                        "contact channels must not repeat but '" + c.code() + "' appears twice");
            }
        }
    }
}
