/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.examples.internal.Labels;
import io.github.careerguidance.journeys.engine.ContactOffer;
import io.github.careerguidance.journeys.engine.ContactOption;
import io.github.careerguidance.journeys.engine.StepView;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The "talk to a person" panel beside every page: in a journey, the step's support level and contact offer (and the
 * button to ask for contact); outside one, the portal's own contact point with what is open now and what opens next.
 */
final class ContactPanel {
    private final Clock clock;
    private final ContactPoint loket;
    private final Csrf csrf;

    ContactPanel(Clock clock, ContactPoint loket, Csrf csrf) {
        this.clock = clock;
        this.loket = loket;
        this.csrf = csrf;
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
                .text("Praat met een persoon", "Talk to a person").raw("</h2>");
        if (view.isPresent()) {
            StepView v = view.get();
            p.raw("<p>").text(r.t("Je ondersteuning nu: ", "Your support now: ")).raw("<strong>")
                    .text(r.t(Labels.level(v.supportLevel()))).raw("</strong></p>");
            options(p, r, v.contactOffer());
            if (r.ex.getRequestURI().getQuery() != null && r.ex.getRequestURI().getQuery().contains("contact=1")) {
                p.raw("<p class=\"notice\" role=\"status\">").text("Je vraag om contact is genoteerd. Kies hierboven een kanaal dat nu open is.",
                        "Your request for contact is noted. Pick a channel above that is open now.").raw("</p>");
            }
            if (canRequest && r.sid != null) {
                p.raw("<form method=\"post\" action=\"/contact\">").hidden("csrf", csrf.token(r.sid))
                        .raw("<button type=\"submit\" class=\"secondary\">").text("Ik wil een persoon spreken", "I want to talk to a person")
                        .raw("</button></form>");
            }
        } else {
            Instant now = clock.instant();
            List<ContactChannel> open = new ArrayList<>(loket.openChannels(now));
            open.sort(Comparator.naturalOrder());
            p.raw("<p>").text(r.t(loket.name())).raw("</p>");
            if (!open.isEmpty()) {
                p.raw("<ul class=\"channels\">");
                for (ContactChannel c : open) {
                    p.raw("<li>").text(r.t(c.label()) + loket.address(c).map(a -> " (" + a + ")").orElse("") + ": ")
                            .raw("<strong>").text("nu open", "open now").raw("</strong></li>");
                }
                p.raw("</ul>");
            }
            Optional<ZonedDateTime> next = Optional.empty();
            ContactChannel nextChannel = null;
            for (ContactChannel c : loket.channels()) {
                if (open.contains(c)) {
                    continue;
                }
                Optional<ZonedDateTime> at = loket.nextOpening(c, now);
                if (at.isPresent() && (next.isEmpty() || at.get().isBefore(next.get()))) {
                    next = at;
                    nextChannel = c;
                }
            }
            if (open.isEmpty()) {
                p.raw("<p>").text("Nu is er niemand bereikbaar.", "Nobody can be reached right now.").raw("</p>");
            }
            if (next.isPresent()) {
                p.raw("<p>").text(r.t("Volgende opening: ", "Next opening: ") + format(r, next.get()) + " ("
                        + r.t(nextChannel.label()) + ")").raw("</p>");
            }
        }
        p.raw("</aside>");
        return p.toString();
    }

    /** A contact offer's channels: those open now (or that none is) and the next opening; also used by a contact step. */
    static void options(Page p, Request r, ContactOffer offer) {
        List<ContactOption> open = offer.openNow();
        if (!open.isEmpty()) {
            p.raw("<ul class=\"channels\">");
            for (ContactOption o : open) {
                p.raw("<li>").text(r.t(o.channel().label()) + o.address().map(a -> " (" + a + ")").orElse("") + ": ")
                        .raw("<strong>").text("nu open", "open now").raw("</strong></li>");
            }
            p.raw("</ul>");
        } else {
            p.raw("<p>").text("Nu is er niemand bereikbaar via deze kanalen.", "Nobody can be reached on these channels right now.")
                    .raw("</p>");
        }
        Optional<ContactOption> next = offer.options().stream().filter(o -> !o.open() && o.nextOpening().isPresent())
                .min(Comparator.comparing(o -> o.nextOpening().get()));
        next.ifPresent(o -> p.raw("<p>").text(r.t("Volgende opening: ", "Next opening: ")
                + format(r, o.nextOpeningLocal().orElseThrow()) + " (" + r.t(o.channel().label())
                + o.address().map(a -> ", " + a).orElse("") + ")").raw("</p>"));
    }

    private static String format(Request r, ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", r.locale));
    }
}
