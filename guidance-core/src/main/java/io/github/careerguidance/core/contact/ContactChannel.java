/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.contact;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A way to reach a guidance professional.
 *
 * <p>The list is a guidance proposal ({@code shared/research/models-and-portals.md} §7H) covering the channels
 * the researched portals offer: phone, chat, SMS and e-mail, later webinars (eVejledning, Denmark:
 * https://www.vejlederforum.dk/page1437.aspx?recordid1437=984,
 * https://euroguidance.eu/images/publications/guidance_in_education_denmark/files/basic-html/page14.html), webchat,
 * phone and face-to-face (National Careers Service, England:
 * https://parallelparliament.co.uk/question/111633/national-careers-service).
 *
 * <p>{@linkplain #isSynchronous() Synchronous} channels connect client and professional at the same time (chat,
 * phone, video, walk-in); the others do not: e-mail and SMS are answered later, and a webinar is a scheduled
 * one-to-many session that one joins at a set time rather than whenever it is open.
 *
 * @since 0.1.0
 */
public enum ContactChannel {
    /** Text chat with a professional, live. */
    CHAT(true, LocalizedText.of("Chat", "Chat")),
    /** A phone call. */
    PHONE(true, LocalizedText.of("Telefoon", "Phone")),
    /** A video call. */
    VIDEO(true, LocalizedText.of("Videobellen", "Video call")),
    /** A visit without an appointment (inloop) at a physical location. */
    WALK_IN(true, LocalizedText.of("Inloopspreekuur", "Walk-in")),
    /** E-mail (or a web form), answered later. */
    EMAIL(false, LocalizedText.of("E-mail", "E-mail")),
    /** Text messages, answered later. */
    SMS(false, LocalizedText.of("Sms", "Text message (SMS)")),
    /** A scheduled online session for a group; not synchronous in the sense of on-demand contact. */
    WEBINAR(false, LocalizedText.of("Webinar", "Webinar"));

    private final boolean synchronous;
    private final LocalizedText label;

    ContactChannel(boolean synchronous, LocalizedText label) {
        this.synchronous = synchronous;
        this.label = label;
    }

    /**
     * Whether client and professional are in contact at the same time, on demand during opening hours.
     *
     * @return true for chat, phone, video and walk-in; false for e-mail, SMS and webinar (scheduled)
     */
    public boolean isSynchronous() {
        return synchronous;
    }

    /**
     * The label in Dutch and English.
     *
     * @return the label
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * The stable wire code: {@code chat}, {@code phone}, {@code video}, {@code walk-in}, {@code email}, {@code sms}
     * or {@code webinar}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The channels that suit a support level by default. A <b>guidance proposal</b> (research notes §7C): self-help
     * is content, not contact, so none; brief staff-assisted help by chat or phone; individual case-managed help by
     * video or walk-in. Integrators may offer other channels.
     *
     * @param level the support level
     * @return an unmodifiable set in channel order; empty for {@code SELF_HELP}
     * @throws NullPointerException if level is null
     */
    public static Set<ContactChannel> suggestedFor(SupportLevel level) {
        switch (Objects.requireNonNull(level, "level")) {
            case BRIEF_STAFF_ASSISTED:
                return Collections.unmodifiableSet(EnumSet.of(CHAT, PHONE));
            case INDIVIDUAL_CASE_MANAGED:
                return Collections.unmodifiableSet(EnumSet.of(VIDEO, WALK_IN));
            default:
                return Collections.emptySet();
        }
    }

    /**
     * The channel for a wire code or constant name, case-insensitively.
     *
     * @param code such as {@code walk-in} or {@code WALK_IN}
     * @return the channel
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     * @throws NullPointerException if code is null
     */
    @JsonCreator
    public static ContactChannel fromCode(String code) {
        return EnumCodes.fromCode(ContactChannel.class, ContactChannel::code, code, "contact channel");
    }
}
