/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.Labels;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.portal.adviser.AdviserAccount;
import io.github.careerguidance.examples.portal.adviser.AdviserAccounts;
import io.github.careerguidance.examples.portal.store.AuditEntry;
import io.github.careerguidance.examples.portal.store.CallbackDetails;
import io.github.careerguidance.examples.portal.store.CallbackStatus;
import io.github.careerguidance.examples.portal.store.JdbcHandoverSink;
import io.github.careerguidance.examples.portal.store.QueuedCallback;
import io.github.careerguidance.journeys.handover.HandoverRequest;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.summary.SharedSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The adviser view under {@code /adviseur}: sign-in (accounts from a file or the environment, Argon2id hashes,
 * lock-out per account and per address), the queue of the adviser's regions (most urgent first: priority, then the
 * callback deadline), one request with only what the visitor consented to share, and the actions "gedaan", "geen
 * antwoord" and "verzet" (each written to the audit log). Every form carries a CSRF token bound to the adviser's own
 * cookie; nothing a visitor entered is logged.
 */
final class AdviserPages {
    static final int QUEUE_LIMIT = 200;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final AdviserAccounts accounts;
    private final AdviserSessions sessions;
    private final SignInGuard guard;
    private final Csrf csrf;
    private final FormReader forms;
    private final JdbcHandoverSink sink;
    private final ReferenceSetup setup;
    private final Clock clock;

    AdviserPages(
            AdviserAccounts accounts,
            AdviserSessions sessions,
            SignInGuard guard,
            Csrf csrf,
            FormReader forms,
            JdbcHandoverSink sink,
            ReferenceSetup setup,
            Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.guard = guard;
        this.csrf = csrf;
        this.forms = forms;
        this.sink = sink;
        this.setup = setup;
        this.clock = clock;
    }

    static boolean handles(String path) {
        return path.equals("/adviseur") || path.startsWith("/adviseur/");
    }

    void route(Request r, String path, boolean get, boolean post) throws Problem, Form.Rejected, IOException {
        switch (path) {
            case "/adviseur":
                Problem.expectMethod(r, get, "GET");
                Optional<AdviserSessions.Signed> s = sessions.current(r);
                if (s.isPresent()) {
                    queue(r, s.get());
                } else {
                    signInPage(r, 200, null);
                }
                return;
            case "/adviseur/inloggen":
                Problem.expectMethod(r, post, "POST");
                signIn(r);
                return;
            case "/adviseur/uitloggen":
                Problem.expectMethod(r, post, "POST");
                AdviserSessions.Signed out = signed(r);
                forms.read(r, csrf, out.id());
                sessions.signOut(r, out);
                Responses.redirect(r, "/adviseur");
                return;
            case "/adviseur/verzoek":
                if (post) {
                    act(r);
                } else {
                    Problem.expectMethod(r, get, "GET, POST");
                    AdviserSessions.Signed who = signed(r);
                    detail(r, who, visible(who, r.query.first("id").orElse("")), 200, List.of());
                }
                return;
            default:
                throw Problem.notFound();
        }
    }

    private AdviserSessions.Signed signed(Request r) throws Problem {
        return sessions.current(r)
                .orElseThrow(() -> new Problem(
                        401,
                        LocalizedText.of("Niet ingelogd", "Not signed in"),
                        LocalizedText.of("Log eerst in als adviseur.", "Sign in as an adviser first.")));
    }

    private void signInPage(Request r, int status, String error) throws IOException {
        Page p = new Page(r.locale);
        p.raw("<h1>").text("Inloggen voor adviseurs", "Sign in for advisers").raw("</h1>");
        if (error != null) {
            p.raw("<div class=\"error\" role=\"alert\" id=\"errors\"><h2>")
                    .text("Inloggen lukte niet", "Sign-in failed")
                    .raw("</h2><p>")
                    .text(error)
                    .raw("</p></div>");
        }
        p.raw("<form method=\"post\" action=\"/adviseur/inloggen\" class=\"signin\">")
                .hidden("csrf", csrf.token("pre:" + sessions.preId(r)))
                .raw("<div class=\"field\"><label for=\"name\">")
                .text("Accountnaam", "Account name")
                .raw(
                        "</label><input type=\"text\" id=\"name\" name=\"name\" autocomplete=\"username\" required maxlength=\"64\"></div>")
                .raw("<div class=\"field\"><label for=\"password\">")
                .text("Wachtwoord", "Password")
                .raw(
                        "</label><input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required maxlength=\"256\"></div>")
                .raw("<div class=\"buttons\"><button type=\"submit\">")
                .text("Inloggen", "Sign in")
                .raw("</button></div></form>");
        Layout.send(r, status, r.t("Inloggen voor adviseurs", "Sign in for advisers"), p.toString(), "");
    }

    private void signIn(Request r) throws Problem, Form.Rejected, IOException {
        String pre = r.cookie(AdviserSessions.PRE_COOKIE).orElse("");
        Form f = forms.read(r, csrf, pre.isEmpty() ? null : "pre:" + pre);
        String name = f.first("name").map(String::strip).orElse("");
        String password = f.first("password").orElse("");
        String address = address(r);
        if (guard.locked(name, address)) {
            signInPage(
                    r,
                    429,
                    r.t(
                            "Te veel mislukte pogingen. Probeer het over "
                                    + guard.window().toMinutes() + " minuten opnieuw.",
                            "Too many failed attempts. Try again in "
                                    + guard.window().toMinutes() + " minutes."));
            return;
        }
        Optional<AdviserAccount> account = accounts.verify(name, password);
        if (account.isEmpty()) {
            guard.failed(name, address);
            signInPage(r, 401, r.t("Accountnaam of wachtwoord klopt niet.", "Account name or password is not right."));
            return;
        }
        guard.succeeded(name);
        sessions.signIn(r, account.get());
        Responses.redirect(r, "/adviseur");
    }

    private static String address(Request r) {
        return r.clientAddress == null ? "unknown" : r.clientAddress;
    }

    private void header(Page p, Request r, AdviserSessions.Signed who) {
        p.raw("<div class=\"adviser-bar\"><p>")
                .text(r.t("Ingelogd als ", "Signed in as ") + who.account().name() + " \u00b7 "
                        + r.t("regio's: ", "regions: ")
                        + String.join(
                                ", ", who.account().regions().stream().sorted().toList()))
                .raw("</p><form method=\"post\" action=\"/adviseur/uitloggen\">")
                .hidden("csrf", csrf.token(who.id()))
                .raw("<button type=\"submit\" class=\"secondary\">")
                .text("Uitloggen", "Sign out")
                .raw("</button></form></div>");
    }

    private void queue(Request r, AdviserSessions.Signed who) throws IOException {
        List<QueuedCallback> queue = sink.queue(who.account().regions(), QUEUE_LIMIT);
        Page p = new Page(r.locale);
        header(p, r, who);
        p.raw("<h1>").text("Terugbelverzoeken", "Callback requests").raw("</h1>");
        if (queue.isEmpty()) {
            p.raw("<p>")
                    .text("Er staan geen verzoeken open in je regio's.", "There are no open requests in your regions.")
                    .raw("</p>");
        } else {
            p.raw("<p>")
                    .text(
                            "Meest dringend eerst: prioriteit, dan de uiterste tijd.",
                            "Most urgent first: priority, then the deadline.")
                    .raw("</p><ol class=\"queue\">");
            for (QueuedCallback q : queue) {
                p.raw("<li class=\"request\"><h2><a")
                        .attr("href", "/adviseur/verzoek?id=" + q.id())
                        .raw(">")
                        .text(r.t(q.request().preferredChannel().label()) + ", " + slot(r, q.details()))
                        .raw("</a></h2><p>")
                        .text(r.t("Prioriteit ", "Priority ") + q.priority() + " \u00b7 " + r.t("uiterlijk ", "by ")
                                + CallbackPage.dateTime(r, q.deadline()) + " \u00b7 " + r.t("regio ", "region ")
                                + q.region()
                                + " \u00b7 " + status(r, q))
                        .raw("</p><p>")
                        .text(r.t("Gedeeld: ", "Shared: ") + shared(r, q))
                        .raw("</p></li>");
            }
            p.raw("</ol>");
        }
        Layout.send(r, 200, r.t("Terugbelverzoeken", "Callback requests"), p.toString(), "");
    }

    private QueuedCallback visible(AdviserSessions.Signed who, String id) throws Problem {
        Optional<QueuedCallback> q = ID.matcher(id).matches() ? sink.find(id) : Optional.empty();
        if (q.isEmpty()
                || !(who.account().regions().contains("*")
                        || who.account().regions().contains(q.get().region()))) {
            throw new Problem(
                    404,
                    LocalizedText.of("Verzoek niet gevonden", "Request not found"),
                    LocalizedText.of(
                            "Dit verzoek bestaat niet of hoort niet bij je regio's.",
                            "This request does not exist or is not in your regions."));
        }
        return q.get();
    }

    private void detail(Request r, AdviserSessions.Signed who, QueuedCallback q, int status, List<String> errors)
            throws IOException {
        HandoverRequest h = q.request();
        CallbackDetails d = q.details();
        Page p = new Page(r.locale);
        header(p, r, who);
        p.raw("<p><a href=\"/adviseur\">")
                .text("Terug naar de wachtrij", "Back to the queue")
                .raw("</a></p>");
        p.raw("<h1>").text(r.t("Verzoek ", "Request ") + h.id()).raw("</h1>");
        if (!errors.isEmpty()) {
            p.raw("<div class=\"error\" role=\"alert\" id=\"errors\"><h2>")
                    .text("Dat lukte niet", "That did not work")
                    .raw("</h2><ul>");
            errors.forEach(e -> p.raw("<li>").text(e).raw("</li>"));
            p.raw("</ul></div>");
        }
        p.raw("<dl class=\"answers\"><dt>")
                .text("Kanaal en tijd", "Channel and time")
                .raw("</dt><dd>")
                .text(r.t(h.preferredChannel().label()) + ", " + slot(r, d))
                .raw("</dd>");
        d.phoneNumber()
                .ifPresent(phone -> p.raw("<dt>")
                        .text("Telefoon", "Phone")
                        .raw("</dt><dd><a")
                        .attr("href", "tel:" + phone.replaceAll("[^0-9+]", ""))
                        .raw(">")
                        .text(phone)
                        .raw("</a></dd>"));
        d.emailAddress()
                .ifPresent(mail -> p.raw("<dt>")
                        .text("E-mail", "E-mail")
                        .raw("</dt><dd><a")
                        .attr("href", "mailto:" + mail)
                        .raw(">")
                        .text(mail)
                        .raw("</a></dd>"));
        p.raw("<dt>")
                .text("Uiterlijk", "Deadline")
                .raw("</dt><dd>")
                .text(CallbackPage.dateTime(r, q.deadline()))
                .raw("</dd>")
                .raw("<dt>")
                .text("Prioriteit", "Priority")
                .raw("</dt><dd>")
                .text(String.valueOf(q.priority()))
                .raw("</dd>")
                .raw("<dt>")
                .text("Regio", "Region")
                .raw("</dt><dd>")
                .text(q.region())
                .raw("</dd>")
                .raw("<dt>")
                .text("Status", "Status")
                .raw("</dt><dd>")
                .text(status(r, q))
                .raw("</dd></dl>");
        p.raw("<h2>").text("Wat de bezoeker deelt", "What the visitor shares").raw("</h2>");
        summary(p, r, q);
        if (q.status().queued()) {
            actions(p, r, who, q);
        }
        p.raw("<h2>").text("Logboek", "Audit log").raw("</h2>");
        List<AuditEntry> entries = sink.audit().entries(h.id());
        if (entries.isEmpty()) {
            p.raw("<p>").text("Nog niets gedaan.", "Nothing done yet.").raw("</p>");
        } else {
            p.raw("<ul class=\"audit\">");
            for (AuditEntry e : entries) {
                p.raw("<li>")
                        .text(CallbackPage.dateTime(r, e.at()) + " \u00b7 " + e.adviser() + " \u00b7 "
                                + action(r, e.action())
                                + (e.detail().isEmpty()
                                        ? ""
                                        : " (" + CallbackPage.dateTime(r, Instant.parse(e.detail())) + ")"))
                        .raw("</li>");
            }
            p.raw("</ul>");
        }
        Layout.send(r, status, r.t("Verzoek ", "Request ") + h.id(), p.toString(), "");
    }

    private void summary(Page p, Request r, QueuedCallback q) {
        Optional<SharedSummary> s = q.request().summary();
        boolean any = false;
        p.raw("<dl class=\"answers shared\">");
        if (q.details().shareSupportLevel()) {
            p.raw("<dt>")
                    .text("Ondersteuning", "Support")
                    .raw("</dt><dd>")
                    .text(r.t(Labels.level(q.request().supportLevel())))
                    .raw("</dd>");
            any = true;
        }
        if (s.isPresent()) {
            for (Map.Entry<String, Answer> a : s.get().answers().entrySet()) {
                Optional<Question> question = Optional.ofNullable(q.details().journey())
                        .flatMap(setup::engine)
                        .flatMap(e -> e.journey().step(a.getKey()))
                        .flatMap(st -> st.question());
                p.raw("<dt>")
                        .text(question.map(qq -> r.t(qq.prompt())).orElse(a.getKey()))
                        .raw("</dt><dd>")
                        .text(describe(r, question, a.getValue()))
                        .raw("</dd>");
                any = true;
            }
            if (s.get().plan().isPresent()) {
                p.raw("<dt>")
                        .text("Plan", "Plan")
                        .raw("</dt><dd>")
                        .text(s.get().plan().get().id() + " (" + r.t("versie ", "version ")
                                + s.get().plan().get().version() + ")")
                        .raw("</dd>");
                any = true;
            }
        }
        p.raw("</dl>");
        if (!any) {
            p.raw("<p>")
                    .text("De bezoeker deelt niets over de route.", "The visitor shares nothing about the journey.")
                    .raw("</p>");
        }
    }

    private static String describe(Request r, Optional<Question> q, Answer a) {
        if (q.isPresent() && q.get().isChoice()) {
            List<String> labels = new ArrayList<>();
            for (String code : a.selectedOptions()) {
                labels.add(q.get().choice(code).map(c -> r.t(c.label())).orElse(code));
            }
            return String.join(", ", labels);
        }
        return a.number()
                .map(BigDecimal::toPlainString)
                .orElse(a.text().orElse(String.join(", ", a.selectedOptions())));
    }

    private void actions(Page p, Request r, AdviserSessions.Signed who, QueuedCallback q) {
        p.raw("<h2>")
                .text("Afhandelen", "Handle")
                .raw("</h2><form method=\"post\" action=\"/adviseur/verzoek\" class=\"actions\">")
                .hidden("csrf", csrf.token(who.id()))
                .hidden("id", q.id())
                .raw("<div class=\"buttons\"><button type=\"submit\" name=\"action\" value=\"done\">")
                .text("Gedaan", "Done")
                .raw("</button> <button type=\"submit\" name=\"action\" value=\"no-answer\" class=\"secondary\">")
                .text("Geen antwoord", "No answer")
                .raw("</button></div>")
                .raw("<fieldset><legend>")
                .text("Verzet naar een nieuwe tijd", "Reschedule to a new time")
                .raw("</legend>")
                .raw("<div class=\"field\"><label for=\"date\">")
                .text("Datum", "Date")
                .raw(
                        "</label><input type=\"date\" id=\"date\" name=\"date\"></div><div class=\"field\"><label for=\"from\">")
                .text("Van", "From")
                .raw(
                        "</label><input type=\"time\" id=\"from\" name=\"from\"></div><div class=\"field\"><label for=\"to\">")
                .text("Tot", "To")
                .raw("</label><input type=\"time\" id=\"to\" name=\"to\"></div>")
                .raw("<button type=\"submit\" name=\"action\" value=\"rescheduled\" class=\"secondary\">")
                .text("Verzet", "Reschedule")
                .raw("</button></fieldset></form>");
    }

    private void act(Request r) throws Problem, Form.Rejected, IOException {
        AdviserSessions.Signed who = signed(r);
        Form f = forms.read(r, csrf, who.id());
        QueuedCallback q = visible(who, f.first("id").orElse(""));
        Optional<CallbackStatus> action =
                f.first("action").flatMap(CallbackStatus::fromCode).filter(a -> a != CallbackStatus.OPEN);
        if (action.isEmpty()) {
            detail(r, who, q, 422, List.of(r.t("Kies een actie.", "Choose an action.")));
            return;
        }
        Instant start = null;
        Instant end = null;
        if (action.get() == CallbackStatus.RESCHEDULED) {
            try {
                LocalDate date = LocalDate.parse(f.first("date").orElse(""));
                LocalTime from = LocalTime.parse(f.first("from").orElse(""));
                LocalTime to = LocalTime.parse(f.first("to").orElse(""));
                start = ZonedDateTime.of(date, from, OpeningHours.AMSTERDAM).toInstant();
                end = ZonedDateTime.of(date, to, OpeningHours.AMSTERDAM).toInstant();
            } catch (DateTimeParseException e) {
                detail(
                        r,
                        who,
                        q,
                        422,
                        List.of(r.t(
                                "Vul een datum en een begin- en eindtijd in.",
                                "Enter a date and a start and end time.")));
                return;
            }
            if (!end.isAfter(start) || !start.isAfter(clock.instant())) {
                detail(
                        r,
                        who,
                        q,
                        422,
                        List.of(r.t(
                                "De nieuwe tijd moet in de toekomst liggen en eindigen na het begin.",
                                "The new time must be in the future and end after it starts.")));
                return;
            }
        }
        Optional<QueuedCallback> after =
                sink.record(q.id(), action.get(), start, end, who.account().name());
        if (after.isEmpty()) {
            throw new Problem(
                    409,
                    LocalizedText.of("Al afgehandeld", "Already handled"),
                    LocalizedText.of("Dit verzoek is al afgehandeld.", "This request has already been handled."));
        }
        Responses.redirect(r, "/adviseur/verzoek?id=" + q.id());
    }

    private static String slot(Request r, CallbackDetails d) {
        return d.slotStart() == null
                ? r.t("geen tijd gekozen", "no time chosen")
                : CallbackPage.band(r, new CallbackSlots.Slot(d.slotStart(), d.slotEnd(), OpeningHours.AMSTERDAM));
    }

    private static String status(Request r, QueuedCallback q) {
        return switch (q.status()) {
            case OPEN -> r.t("open", "open");
            case DONE -> r.t("gedaan", "done");
            case NO_ANSWER -> r.t("geen antwoord (" + q.attempts() + "x)", "no answer (" + q.attempts() + "x)");
            case RESCHEDULED -> r.t("verzet", "rescheduled");
        };
    }

    private static String action(Request r, CallbackStatus s) {
        return switch (s) {
            case DONE -> r.t("gedaan", "done");
            case NO_ANSWER -> r.t("geen antwoord", "no answer");
            case RESCHEDULED -> r.t("verzet", "rescheduled");
            case OPEN -> r.t("open", "open");
        };
    }

    private static String shared(Request r, QueuedCallback q) {
        List<String> parts = new ArrayList<>();
        if (q.request().summary().map(s -> !s.answers().isEmpty()).orElse(false)) {
            parts.add(r.t("antwoorden", "answers"));
        }
        if (q.details().shareSupportLevel()) {
            parts.add(r.t("ondersteuning", "support"));
        }
        if (q.request().summary().flatMap(SharedSummary::plan).isPresent()) {
            parts.add(r.t("plan", "plan"));
        }
        return parts.isEmpty() ? r.t("niets", "nothing") : String.join(", ", parts);
    }
}
