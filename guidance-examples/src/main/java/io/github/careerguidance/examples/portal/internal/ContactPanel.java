/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.examples.internal.Labels;
import io.github.careerguidance.journeys.engine.ContactOffer;
import io.github.careerguidance.journeys.engine.ContactOption;
import io.github.careerguidance.journeys.engine.StepView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The "talk to a person" panel beside every page: every channel with its weekly hours, whether it is open now (else
 * when it opens next), phone numbers as {@code tel:} links; in a journey also the step's support level, the button to
 * ask for contact and the link to ask for a callback (when the portal takes callback requests).
 */
final class ContactPanel {
    private final Clock clock;
    private final ContactPoint loket;
    private final Csrf csrf;
    private final boolean callbacks;

    ContactPanel(Clock clock, ContactPoint loket, Csrf csrf) {
        this(clock, loket, csrf, false);
    }

    ContactPanel(Clock clock, ContactPoint loket, Csrf csrf, boolean callbacks) {
        this.clock = clock;
        this.loket = loket;
        this.csrf = csrf;
        this.callbacks = callbacks;
    }

    /**
     * The panel's markup.
     *
     * @param r the request
     * @param view the current step, or empty outside a journey
     * @param canRequest whether to offer the button that asks for contact
     * @return the markup
     */
    String aside(Request r, Optional<StepView> view, boolean canRequest) {
        Page p = new Page(r.locale);
        p.raw("<aside id=\"contact\" class=\"contact\" aria-labelledby=\"contact-title\"><h2 id=\"contact-title\">")
                .text("Praat met een persoon", "Talk to a person")
                .raw("</h2>");
        if (view.isPresent()) {
            StepView v = view.get();
            p.raw("<p>")
                    .text(r.t("Je ondersteuning nu: ", "Your support now: "))
                    .raw("<strong>")
                    .text(r.t(Labels.level(v.supportLevel())))
                    .raw("</strong></p>");
            options(p, r, v.contactOffer(), loket);
            if (r.ex.getRequestURI().getQuery() != null
                    && r.ex.getRequestURI().getQuery().contains("contact=1")) {
                p.raw("<p class=\"notice\" role=\"status\">")
                        .text(
                                "Je vraag om contact is genoteerd. Kies hierboven een kanaal dat nu open is.",
                                "Your request for contact is noted. Pick a channel above that is open now.")
                        .raw("</p>");
            }
            if (canRequest && r.sid != null) {
                p.raw("<form method=\"post\" action=\"/contact\">")
                        .hidden("csrf", csrf.token(r.sid))
                        .raw("<button type=\"submit\" class=\"secondary\">")
                        .text("Ik wil een persoon spreken", "I want to talk to a person")
                        .raw("</button></form>");
                if (callbacks) {
                    p.raw("<p><a href=\"/terugbellen\">")
                            .text("Laat je terugbellen", "Ask for a callback")
                            .raw("</a></p>");
                }
            }
        } else {
            Instant now = clock.instant();
            p.raw("<p>").text(r.t(loket.name())).raw("</p><ul class=\"channels\">");
            for (ContactChannel c : loket.channels().stream().sorted().toList()) {
                item(
                        p,
                        r,
                        c,
                        loket.address(c),
                        loket.isOpen(c, now),
                        loket.isOpen(c, now) ? Optional.empty() : loket.nextOpening(c, now),
                        loket.hoursOf(c));
            }
            p.raw("</ul>");
            if (loket.openChannels(now).isEmpty()) {
                p.raw("<p>")
                        .text("Nu is er niemand bereikbaar.", "Nobody can be reached right now.")
                        .raw("</p>");
            }
        }
        p.raw("</aside>");
        return p.toString();
    }

    /** A contact offer's channels, every one with its hours (taken from the contact point when it is the portal's). */
    static void options(Page p, Request r, ContactOffer offer) {
        options(p, r, offer, null);
    }

    private static void options(Page p, Request r, ContactOffer offer, ContactPoint hoursFrom) {
        List<ContactOption> all = offer.options();
        if (offer.openNow().isEmpty()) {
            p.raw("<p>")
                    .text(
                            "Nu is er niemand bereikbaar via deze kanalen.",
                            "Nobody can be reached on these channels right now.")
                    .raw("</p>");
        }
        p.raw("<ul class=\"channels\">");
        for (ContactOption o : all) {
            Optional<OpeningHours> hours = hoursFrom != null && hoursFrom.id().equals(o.contactPoint())
                    ? hoursFrom.hoursOf(o.channel())
                    : Optional.empty();
            item(p, r, o.channel(), o.address(), o.open(), o.open() ? Optional.empty() : o.nextOpeningLocal(), hours);
        }
        p.raw("</ul>");
    }

    /** One channel: its name, address (phone as a tel: link), open now or next opening, and its weekly hours. */
    private static void item(
            Page p,
            Request r,
            ContactChannel c,
            Optional<String> address,
            boolean open,
            Optional<ZonedDateTime> next,
            Optional<OpeningHours> hours) {
        p.raw("<li>").text(r.t(c.label()));
        if (address.isPresent()) {
            p.raw(" (");
            address(p, c, address.get());
            p.raw(")");
        }
        p.raw(": ");
        if (open) {
            p.raw("<strong>").text("nu open", "open now").raw("</strong>");
        } else {
            p.text(next.map(at -> r.t("gesloten, weer open ", "closed, opens ") + format(r, at))
                    .orElse(r.t("gesloten", "closed")));
        }
        hours.ifPresent(h -> p.raw("<br><span class=\"hours\">")
                .text(HoursText.weekly(h, r.locale))
                .raw("</span>"));
        p.raw("</li>");
    }

    private static void address(Page p, ContactChannel c, String address) {
        if (c == ContactChannel.PHONE || c == ContactChannel.SMS) {
            String digits = address.replaceAll("[^0-9+]", "");
            p.raw("<a")
                    .attr("href", (c == ContactChannel.PHONE ? "tel:" : "sms:") + digits)
                    .raw(">")
                    .text(address)
                    .raw("</a>");
        } else if (c == ContactChannel.EMAIL && address.contains("@") && !address.contains(" ")) {
            p.raw("<a").attr("href", "mailto:" + address).raw(">").text(address).raw("</a>");
        } else {
            p.text(address);
        }
    }

    private static String format(Request r, ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", r.locale));
    }
}
