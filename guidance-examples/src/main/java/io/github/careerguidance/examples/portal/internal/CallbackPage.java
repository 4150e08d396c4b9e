/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.calendar.BusinessCalendar;
import io.github.careerguidance.core.calendar.CallbackWindow;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.Labels;
import io.github.careerguidance.examples.portal.store.CallbackDetails;
import io.github.careerguidance.examples.portal.store.JdbcHandoverSink;
import io.github.careerguidance.examples.portal.store.QueuedCallback;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.handover.HandoverRequest;
import io.github.careerguidance.journeys.handover.HandoverRouter;
import io.github.careerguidance.journeys.handover.Pc4Range;
import io.github.careerguidance.journeys.handover.RouteQuery;
import io.github.careerguidance.journeys.handover.RoutingTable;
import io.github.careerguidance.journeys.handover.desk.HandoverDesk;
import io.github.careerguidance.journeys.handover.spi.HandoverException;
import io.github.careerguidance.journeys.summary.PlanReference;
import io.github.careerguidance.journeys.summary.ShareConsent;
import io.github.careerguidance.journeys.summary.SharedSummary;
import io.github.careerguidance.journeys.summary.SummarySource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The callback request ({@code GET/POST /terugbellen}) and its receipt ({@code GET /terugbellen/ontvangen}): the visitor
 * picks a channel, a day and time band inside the callback window the SDK's {@link HandoverDesk} computed, may leave a
 * phone number or e-mail address (kept only with the box ticked, which it is not by default), and chooses what the
 * adviser may see. The request goes through the {@code HandoverSink} SPI into the {@link JdbcHandoverSink}.
 */
final class CallbackPage {
    /** The channels a person can call back on, in the order offered. */
    static final List<ContactChannel> CHANNELS =
            List.of(ContactChannel.PHONE, ContactChannel.VIDEO, ContactChannel.EMAIL);
    /** How long a shared summary stays valid. */
    static final Duration SUMMARY_LIFETIME = Duration.ofDays(30);

    private static final Pattern PC4 = Pattern.compile("[1-9][0-9]{3}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final PortalSessions sessions;
    private final FormReader forms;
    private final Csrf csrf;
    private final Clock clock;
    private final ContactPanel panel;
    private final JdbcHandoverSink sink;
    private final HandoverRouter router;
    private final BusinessCalendar calendar = BusinessCalendar.dutch();

    CallbackPage(
            PortalSessions sessions,
            FormReader forms,
            Csrf csrf,
            Clock clock,
            ContactPanel panel,
            JdbcHandoverSink sink,
            List<ContactPoint> points) {
        this.sessions = sessions;
        this.forms = forms;
        this.csrf = csrf;
        this.clock = clock;
        this.panel = panel;
        this.sink = sink;
        this.router = HandoverRouter.of(routing(points));
    }

    /**
     * The portal's example routing: two labour-market regions by four-digit postcode, both served by the portal's contact
     * points, and the first point as the national default.
     */
    static RoutingTable routing(List<ContactPoint> points) {
        List<String> ids = points.stream().map(ContactPoint::id).toList();
        return RoutingTable.builder()
                .contactPoints(points)
                .addPc4Ranges(Pc4Range.of(3400, 3999, "midden-utrecht"), Pc4Range.of(1000, 1199, "groot-amsterdam"))
                .putRegion("midden-utrecht", ids)
                .putRegion("groot-amsterdam", ids)
                .nationalDefault(List.of(ids.get(0)))
                .build();
    }

    /** The paths this page answers. */
    static boolean handles(String path) {
        return path.equals("/terugbellen") || path.equals("/terugbellen/ontvangen");
    }

    void route(Request r, String path, boolean get, boolean post) throws Problem, Form.Rejected, IOException {
        if (path.equals("/terugbellen") && post) {
            submit(r);
        } else if (get && path.equals("/terugbellen")) {
            show(r);
        } else if (get) {
            receipt(r);
        } else {
            r.ex.getResponseHeaders().set("Allow", path.equals("/terugbellen") ? "GET, POST" : "GET");
            throw new Problem(
                    405,
                    LocalizedText.of("Methode niet toegestaan", "Method not allowed"),
                    LocalizedText.of(
                            "Deze pagina kan zo niet worden opgevraagd.", "This page cannot be requested this way."));
        }
    }

    /** What the form shows and checks: the channel, its window and bands, for the session as it is now. */
    private record Offer(
            ContactChannel channel,
            List<ContactChannel> channels,
            Optional<CallbackWindow> window,
            List<CallbackSlots.Slot> slots,
            ContactPoint point) {}

    private Offer offer(LoadedSession l, String wanted, RouteQuery query) {
        ContactPoint point = router.route(RouteQuery.builder()
                        .from(query)
                        .supportLevel(l.session().supportLevel())
                        .build())
                .contactPoint();
        List<ContactChannel> channels =
                CHANNELS.stream().filter(point.channels()::contains).toList();
        ContactChannel channel = channels.stream()
                .filter(c -> c.code().equals(wanted))
                .findFirst()
                .orElse(channels.isEmpty() ? ContactChannel.PHONE : channels.get(0));
        HandoverDesk desk = desk(l);
        Session asked = withContactRequest(l);
        Optional<HandoverRequest> request = desk.request(asked, channel, query);
        Optional<CallbackWindow> window = request.flatMap(HandoverRequest::callbackWindow);
        ContactPoint routed = request.map(h -> router.table().contactPoints().stream()
                        .filter(p -> p.id().equals(h.contactPoint()))
                        .findFirst()
                        .orElse(point))
                .orElse(point);
        Optional<OpeningHours> hours = routed.hoursOf(channel);
        List<CallbackSlots.Slot> slots = window.isPresent() && hours.isPresent()
                ? CallbackSlots.of(window.get(), hours.get(), calendar)
                : List.of();
        return new Offer(channel, channels, window, slots, routed);
    }

    private HandoverDesk desk(LoadedSession l) {
        return HandoverDesk.of(l.engine(), router).withClock(clock).withCalendar(calendar);
    }

    /** The session with the visitor's own request for contact, unless it already has a reason to hand over. */
    private Session withContactRequest(LoadedSession l) {
        if (desk(l).reason(l.session()).isPresent()) {
            return l.session();
        }
        SessionResult asked = l.engine().requestContact(l.session());
        return asked.isAccepted() ? asked.session() : l.session();
    }

    private void show(Request r) throws Problem, IOException {
        LoadedSession l = sessions.load(r);
        Offer offer = offer(
                l, r.query.first("kanaal").orElse(""), RouteQuery.builder().build());
        render(r, l, offer, 200, List.of(), Form.empty());
    }

    private void render(Request r, LoadedSession l, Offer offer, int status, List<String[]> errors, Form given)
            throws IOException {
        Page p = new Page(r.locale);
        p.raw("<h1>").text("Laat je terugbellen", "Ask for a callback").raw("</h1>");
        if (!errors.isEmpty()) {
            p.raw("<div class=\"error\" role=\"alert\" tabindex=\"-1\" id=\"errors\"><h2>")
                    .text("Dat lukte niet", "That did not work")
                    .raw("</h2><ul>");
            for (String[] e : errors) {
                p.raw("<li><a").attr("href", "#" + e[0]).raw(">").text(e[1]).raw("</a></li>");
            }
            p.raw("</ul></div>");
        }
        p.raw("<p>")
                .text(
                        "Een adviseur van " + r.t(offer.point().name())
                                + " neemt contact met je op. Kies hoe en wanneer.",
                        "An adviser of " + r.t(offer.point().name()) + " will contact you. Choose how and when.")
                .raw("</p>");
        p.raw("<nav class=\"channel-choice\"")
                .attr("aria-label", r.t("Kanaal", "Channel"))
                .raw("><p>")
                .text("Hoe wil je contact?", "How would you like to be contacted?")
                .raw("</p><ul>");
        for (ContactChannel c : offer.channels()) {
            p.raw("<li>");
            if (c == offer.channel()) {
                p.raw("<strong aria-current=\"page\">").text(r.t(c.label())).raw("</strong>");
            } else {
                p.link("/terugbellen?kanaal=" + c.code(), r.t(c.label()));
            }
            p.raw("</li>");
        }
        p.raw("</ul></nav>");
        if (offer.slots().isEmpty()) {
            p.raw("<p>")
                    .text(
                            "Via dit kanaal kunnen we nu geen tijd aanbieden. Kies een ander kanaal of bel zelf.",
                            "We cannot offer a time on this channel now. Choose another channel or call yourself.")
                    .raw("</p>");
            Layout.send(
                    r,
                    status,
                    r.t("Laat je terugbellen", "Ask for a callback"),
                    p.toString(),
                    panel.aside(r, Optional.empty(), false));
            return;
        }
        CallbackWindow w = offer.window().orElseThrow();
        p.raw("<p>")
                .text(r.t("We nemen uiterlijk ", "We contact you by ")
                        + dateTime(r, w.latest())
                        + r.t(
                                " contact met je op (binnen " + w.businessDays() + " werkdagen).",
                                " at the latest (within " + w.businessDays() + " working days)."))
                .raw("</p>");
        p.raw("<form method=\"post\" action=\"/terugbellen\" class=\"callback\">")
                .hidden("csrf", csrf.token(r.sid))
                .hidden("channel", offer.channel().code());
        p.raw("<fieldset id=\"slot\"><legend>")
                .text("Wanneer komt het je goed uit?", "When suits you?")
                .raw("</legend>");
        int i = 0;
        String chosen = given.first("slot").orElse("");
        for (CallbackSlots.Slot s : offer.slots()) {
            String id = "slot-" + i++;
            p.raw("<div class=\"choice\"><input type=\"radio\" name=\"slot\" required")
                    .attr("id", id)
                    .attr("value", s.value())
                    .raw(s.value().equals(chosen) ? " checked" : "")
                    .raw("><label")
                    .attr("for", id)
                    .raw(">")
                    .text(band(r, s))
                    .raw("</label></div>");
        }
        p.raw("</fieldset>");
        boolean phone = offer.channel() == ContactChannel.PHONE;
        p.raw("<fieldset><legend>")
                .text("Hoe bereiken we je?", "How do we reach you?")
                .raw("</legend><p class=\"hint\">")
                .text(
                        phone
                                ? "Vul je telefoonnummer in. Je e-mailadres is niet nodig."
                                : "Vul je e-mailadres in; daar sturen we "
                                        + (offer.channel() == ContactChannel.VIDEO
                                                ? "de link naar het videogesprek"
                                                : "ons antwoord")
                                        + " naartoe.",
                        phone
                                ? "Enter your phone number. Your e-mail address is not needed."
                                : "Enter your e-mail address; we send "
                                        + (offer.channel() == ContactChannel.VIDEO
                                                ? "the link to the video call"
                                                : "our answer")
                                        + " there.")
                .raw("</p><div class=\"field\"><label for=\"phone\">")
                .text("Telefoonnummer", "Phone number")
                .raw(phone ? "" : " <span class=\"hint\">" + p.t("(mag leeg)", "(optional)") + "</span>")
                .raw("</label><input type=\"tel\" id=\"phone\" name=\"phone\" autocomplete=\"tel\" maxlength=\"20\"")
                .attr("value", given.first("phone").orElse(""))
                .raw("></div><div class=\"field\"><label for=\"email\">")
                .text("E-mailadres", "E-mail address")
                .raw(phone ? " <span class=\"hint\">" + p.t("(mag leeg)", "(optional)") + "</span>" : "")
                .raw(
                        "</label><input type=\"email\" id=\"email\" name=\"email\" autocomplete=\"email\" maxlength=\"254\"")
                .attr("value", given.first("email").orElse(""))
                .raw("></div>")
                .raw(
                        "<div class=\"choice\"><input type=\"checkbox\" id=\"consent\" name=\"consent\" value=\"yes\"><label for=\"consent\">")
                .text(
                        "Ik geef toestemming dat de adviseur dit nummer of adres gebruikt om mij te bereiken. Het wordt gewist zodra je verzoek is afgehandeld en verlopen.",
                        "I agree that the adviser uses this number or address to reach me. It is erased once the request is handled and expired.")
                .raw("</label></div></fieldset>");
        p.raw("<fieldset><legend>")
                .text("Wat mag de adviseur van je zien?", "What may the adviser see?")
                .raw("</legend><p class=\"hint\">")
                .text(
                        "Alleen wat je aanvinkt. Niets aanvinken mag ook.",
                        "Only what you tick. Ticking nothing is fine too.")
                .raw("</p>");
        share(p, "share-answers", "answers", r.t("Mijn antwoorden in deze route", "My answers in this journey"));
        share(p, "share-level", "level", r.t("Hoeveel ondersteuning ik nu krijg", "How much support I get now"));
        if (l.session().completed()) {
            share(p, "share-plan", "plan", r.t("Mijn plan", "My plan"));
        }
        p.raw("</fieldset>");
        p.raw("<div class=\"field\"><label for=\"postcode\">")
                .text("Postcode, alleen de 4 cijfers", "Postcode, the 4 digits only")
                .raw(" <span class=\"hint\">")
                .text(
                        "(mag leeg; zo komt je vraag bij het loket in je regio)",
                        "(optional; it brings your request to the desk in your region)")
                .raw(
                        "</span></label><input type=\"text\" id=\"postcode\" name=\"postcode\" inputmode=\"numeric\" maxlength=\"4\" autocomplete=\"off\"")
                .attr("value", given.first("postcode").orElse(""))
                .raw("></div>");
        p.raw("<div class=\"buttons\"><button type=\"submit\">")
                .text("Vraag terugbellen aan", "Request a callback")
                .raw("</button></div></form>");
        Layout.send(
                r,
                status,
                r.t("Laat je terugbellen", "Ask for a callback"),
                p.toString(),
                panel.aside(r, Optional.empty(), false));
    }

    private static void share(Page p, String id, String value, String label) {
        p.raw("<div class=\"choice\"><input type=\"checkbox\" name=\"share\"")
                .attr("id", id)
                .attr("value", value)
                .raw("><label")
                .attr("for", id)
                .raw(">")
                .text(label)
                .raw("</label></div>");
    }

    private void submit(Request r) throws Problem, Form.Rejected, IOException {
        Form f = forms.read(r);
        LoadedSession l = sessions.load(r);
        List<String[]> errors = new ArrayList<>();
        String postcode = f.first("postcode").map(String::strip).orElse("");
        if (!postcode.isEmpty() && !PC4.matcher(postcode).matches()) {
            errors.add(new String[] {
                "postcode",
                r.t(
                        "Vul bij postcode alleen de 4 cijfers in, of laat het leeg.",
                        "Enter only the 4 digits of the postcode, or leave it empty.")
            });
        }
        RouteQuery query = postcode.isEmpty() || !errors.isEmpty()
                ? RouteQuery.builder().build()
                : RouteQuery.builder().postcode(postcode).build();
        Offer offer = offer(l, f.first("channel").orElse(""), query);
        Optional<CallbackSlots.Slot> slot =
                CallbackSlots.find(offer.slots(), f.first("slot").orElse(""));
        if (slot.isEmpty()) {
            errors.add(new String[] {
                "slot", r.t("Kies een dag en tijd uit de lijst.", "Choose a day and time from the list.")
            });
        }
        String phone =
                f.first("phone").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String email =
                f.first("email").map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        boolean consent = f.first("consent").isPresent();
        boolean needsPhone = offer.channel() == ContactChannel.PHONE;
        if (needsPhone && phone == null) {
            errors.add(new String[] {
                "phone",
                r.t(
                        "Vul je telefoonnummer in, zodat we je kunnen bellen.",
                        "Enter your phone number so that we can call you.")
            });
        } else if (!needsPhone && email == null) {
            errors.add(new String[] {
                "email",
                r.t(
                        "Vul je e-mailadres in, zodat we je kunnen bereiken.",
                        "Enter your e-mail address so that we can reach you.")
            });
        }
        if (phone != null && !CallbackDetails.validPhone(phone)) {
            errors.add(new String[] {
                "phone",
                r.t(
                        "Dit telefoonnummer klopt niet. Gebruik alleen cijfers, spaties of een +.",
                        "This phone number is not right. Use digits, spaces or a + only.")
            });
        }
        if (email != null && !CallbackDetails.validEmail(email)) {
            errors.add(new String[] {"email", r.t("Dit e-mailadres klopt niet.", "This e-mail address is not right.")});
        }
        if ((phone != null || email != null) && !consent) {
            errors.add(new String[] {
                "consent",
                r.t(
                        "Vink aan dat we je nummer of adres mogen gebruiken, of laat de velden leeg.",
                        "Tick that we may use your number or address, or leave the fields empty.")
            });
        }
        if (!errors.isEmpty()) {
            render(r, l, offer, 422, errors, f);
            return;
        }
        Session session = l.session();
        if (desk(l).reason(session).isEmpty()) {
            SessionResult asked = l.engine().requestContact(session);
            if (asked.isAccepted()) {
                session = asked.session();
                if (!sessions.save(r, l, session).isSaved()) {
                    // another request changed the session since it was read: nothing of this form is kept
                    throw new Problem(
                            409,
                            LocalizedText.of("Deze pagina is verouderd", "This page is out of date"),
                            LocalizedText.of(
                                    "Je route was intussen veranderd (misschien in een ander venster). Je vraag om"
                                            + " terugbellen is niet verstuurd; probeer het opnieuw.",
                                    "Your journey changed meanwhile (perhaps in another window). Your callback request was"
                                            + " not sent; please try again."));
                }
            }
        }
        Optional<HandoverRequest> built = desk(l).request(session, offer.channel(), query);
        if (built.isEmpty()) {
            throw unavailable();
        }
        List<String> shares = f.all("share");
        Instant now = clock.instant();
        HandoverRequest request = built.get();
        StepView view = l.engine().view(session, now);
        Optional<PlanReference> plan = view.plan().map(pl -> PlanReference.of(pl.id(), Integer.toString(pl.version())));
        ShareConsent consentToShare = ShareConsent.builder()
                .givenAt(now)
                .answers(shares.contains("answers") ? session.answers().keySet() : List.of())
                .plan(shares.contains("plan") && plan.isPresent())
                .handover(true)
                .build();
        SummarySource source = SummarySource.builder()
                .putAllAnswers(session.answers())
                .plan(plan)
                .handoverRequestId(request.id())
                .build();
        if (!consentToShare.answers().isEmpty() || consentToShare.plan()) {
            request = HandoverRequest.builder()
                    .from(request)
                    .summary(SharedSummary.from(
                            consentToShare, source, SharedSummary.newId(), now, now.plus(SUMMARY_LIFETIME)))
                    .build();
        }
        CallbackDetails details = new CallbackDetails(
                l.engine().journey().id(),
                slot.get().start(),
                slot.get().end(),
                phone,
                email,
                consent && (phone != null || email != null),
                shares.contains("level"),
                owner(r.sid));
        try {
            sink.with(details).accept(request);
        } catch (HandoverException e) {
            System.err.println("guidance portal: callback request not stored: " + e.reason());
            throw unavailable();
        }
        Responses.redirect(r, "/terugbellen/ontvangen?id=" + request.id());
    }

    private static Problem unavailable() {
        return new Problem(
                503,
                LocalizedText.of("Even niet gelukt", "Not possible right now"),
                LocalizedText.of(
                        "Je verzoek om terugbellen kon nu niet worden bewaard. Probeer het zo weer, of bel ons zelf.",
                        "Your callback request could not be saved right now. Please try again shortly, or call us yourself."));
    }

    private void receipt(Request r) throws Problem, IOException {
        String id = r.query.first("id").filter(v -> ID.matcher(v).matches()).orElse("");
        Optional<QueuedCallback> found = id.isEmpty() || r.sid == null ? Optional.empty() : sink.find(id);
        if (found.isEmpty() || !found.get().details().ownedBy(owner(r.sid))) {
            throw new Problem(
                    404,
                    LocalizedText.of("Verzoek niet gevonden", "Request not found"),
                    LocalizedText.of(
                            "We vinden dit verzoek om terugbellen niet bij deze browser.",
                            "We cannot find this callback request for this browser."));
        }
        QueuedCallback q = found.get();
        HandoverRequest h = q.request();
        CallbackDetails d = q.details();
        Page p = new Page(r.locale);
        p.raw("<h1>")
                .text("Je verzoek is ontvangen", "Your request has been received")
                .raw("</h1>");
        p.raw("<p class=\"notice\" role=\"status\">")
                .text(r.t("Kenmerk: ", "Reference: ") + h.id())
                .raw("</p>");
        p.raw("<h2>").text("Wat gebeurt er nu?", "What happens next?").raw("</h2><ol class=\"next\">");
        String how = switch (h.preferredChannel()) {
            case PHONE -> r.t("belt je op ", "calls you on ") + d.phoneNumber().orElse("");
            case VIDEO ->
                r.t("stuurt een link voor een videogesprek naar ", "sends a video call link to ")
                        + d.emailAddress().orElse("");
            default -> r.t("mailt je op ", "e-mails you at ") + d.emailAddress().orElse("");
        };
        p.raw("<li>")
                .text(r.t("Een adviseur ", "An adviser ") + how
                        + r.t(" in de tijd die je koos: ", " in the time you chose: ")
                        + (d.slotStart() != null
                                ? band(r, new CallbackSlots.Slot(d.slotStart(), d.slotEnd(), OpeningHours.AMSTERDAM))
                                : "")
                        + ".")
                .raw("</li>");
        p.raw("<li>")
                .text(r.t("Uiterlijk ", "By ")
                        + dateTime(r, q.deadline())
                        + r.t(" heb je van ons gehoord.", " at the latest you will have heard from us."))
                .raw("</li>");
        p.raw("<li>")
                .text(
                        "Lukt het niet om je te bereiken, dan proberen we het nog een keer of sturen we een bericht.",
                        "If we cannot reach you, we try again or send a message.")
                .raw("</li></ol>");
        p.raw("<h2>").text("Wat de adviseur ziet", "What the adviser sees").raw("</h2><ul>");
        boolean any = false;
        if (h.summary().map(s -> !s.answers().isEmpty()).orElse(false)) {
            p.raw("<li>")
                    .text("Je antwoorden in deze route", "Your answers in this journey")
                    .raw("</li>");
            any = true;
        }
        if (d.shareSupportLevel()) {
            p.raw("<li>")
                    .text(r.t("Je ondersteuning: ", "Your support: ") + r.t(Labels.level(h.supportLevel())))
                    .raw("</li>");
            any = true;
        }
        if (h.summary().flatMap(s -> s.plan()).isPresent()) {
            p.raw("<li>").text("Je plan", "Your plan").raw("</li>");
            any = true;
        }
        if (!any) {
            p.raw("<li>")
                    .text(
                            "Alleen je vraag om contact, niets over je route.",
                            "Only your request for contact, nothing about your journey.")
                    .raw("</li>");
        }
        p.raw("</ul><p>")
                .text(
                        "Dit verzoek en je contactgegevens worden gewist als ze een tijd niet meer nodig zijn.",
                        "This request and your contact details are erased once they are no longer needed for a while.")
                .raw("</p>");
        p.raw("<p>")
                .link("/step", r.t("Terug naar je route", "Back to your journey"))
                .raw("</p>");
        Layout.send(
                r,
                200,
                r.t("Je verzoek is ontvangen", "Your request has been received"),
                p.toString(),
                panel.aside(r, Optional.empty(), false));
    }

    /** The owner tag of a session id: its SHA-256, so the stored tag does not give the cookie away. */
    static String owner(String sid) {
        if (sid == null) {
            return null;
        }
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256")
                            .digest(("callback-owner:" + sid).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    static String band(Request r, CallbackSlots.Slot s) {
        return s.start().atZone(s.zone()).format(DateTimeFormatter.ofPattern("EEEE d MMMM", r.locale)) + ", "
                + s.start().atZone(s.zone()).format(DateTimeFormatter.ofPattern("HH:mm")) + "\u2013"
                + s.end().atZone(s.zone()).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    static String dateTime(Request r, Instant at) {
        return at.atZone(OpeningHours.AMSTERDAM).format(DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", r.locale));
    }
}
