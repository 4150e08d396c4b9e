/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.model.Contact;
import io.github.careerguidance.journeys.model.StepKind;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The contact options a view offers for one step at one current level with some contact points, resolved once:
 * the (point, channel) pairs, each as a ready option for when it is open, and the whole offer for when all are
 * open, so that a view during opening hours only asks each pair whether it is open.
 */
final class OfferPlan {
    final SupportLevel level;
    final boolean active;
    final ContactPoint[] points;
    final ContactChannel[] channels;
    final ContactOption[] whenOpen;
    final ContactOffer allOpen;

    private OfferPlan(SupportLevel level, boolean active, List<ContactPoint> points, List<ContactChannel> channels) {
        this.level = level;
        this.active = active;
        this.points = points.toArray(new ContactPoint[0]);
        this.channels = channels.toArray(new ContactChannel[0]);
        this.whenOpen = new ContactOption[this.points.length];
        for (int i = 0; i < whenOpen.length; i++) {
            whenOpen[i] = option(this.points[i], this.channels[i], true, Optional.empty());
        }
        this.allOpen = ContactOffer.builder()
                .level(level)
                .active(active)
                .addAllOptions(Arrays.asList(whenOpen))
                .build();
    }

    static OfferPlan of(
            EscalationPolicy policy, SupportLevel current, CompiledStep c, Collection<ContactPoint> points) {
        SupportLevel level = max(current, policy.contactRequestLevel());
        Collection<ContactChannel> channels;
        if (c.kind == StepKind.CONTACT) {
            Contact contact = c.step.contact().orElseThrow();
            level = max(level, contact.supportLevel());
            channels = contact.channels();
        } else {
            channels = ContactChannel.suggestedFor(level);
        }
        List<ContactPoint> pairPoints = new ArrayList<>();
        List<ContactChannel> pairChannels = new ArrayList<>();
        for (ContactPoint point : points) {
            if (!point.serves(level)) {
                continue;
            }
            for (ContactChannel channel : channels) {
                if (point.channels().contains(channel)) {
                    pairPoints.add(point);
                    pairChannels.add(channel);
                }
            }
        }
        return new OfferPlan(level, current.involvesProfessional(), pairPoints, pairChannels);
    }

    private static ContactOption option(
            ContactPoint point, ContactChannel channel, boolean open, Optional<Instant> next) {
        return ContactOption.builder()
                .contactPoint(point.id())
                .name(point.name())
                .channel(channel)
                .address(point.address(channel))
                .open(open)
                .nextOpening(next)
                .zone(point.hoursOf(channel).orElseThrow().zone())
                .build();
    }

    ContactOffer offer(Instant now) {
        int closed = -1;
        for (int i = 0; i < points.length; i++) {
            if (!points[i].isOpen(channels[i], now)) {
                closed = i;
                break;
            }
        }
        if (closed < 0) {
            return allOpen;
        }
        ImmutableContactOffer.Builder offer =
                ContactOffer.builder().level(level).active(active);
        for (int i = 0; i < points.length; i++) {
            if (i < closed || (i > closed && points[i].isOpen(channels[i], now))) {
                offer.addOption(whenOpen[i]);
            } else {
                offer.addOption(option(
                        points[i],
                        channels[i],
                        false,
                        points[i].nextOpening(channels[i], now).map(ZonedDateTime::toInstant)));
            }
        }
        return offer.build();
    }

    /**
     * The plans of every step at every current level with the engine's contact points, made once at compile time.
     *
     * @param policy the escalation policy
     * @param steps the compiled steps
     * @param points the engine's contact points
     * @return the plans by step index and level ordinal
     */
    static OfferPlan[][] all(EscalationPolicy policy, CompiledStep[] steps, List<ContactPoint> points) {
        SupportLevel[] levels = SupportLevel.values();
        OfferPlan[][] plans = new OfferPlan[steps.length][levels.length];
        for (int i = 0; i < steps.length; i++) {
            for (SupportLevel level : levels) {
                plans[i][level.ordinal()] = of(policy, level, steps[i], points);
            }
        }
        return plans;
    }

    private static SupportLevel max(SupportLevel a, SupportLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
