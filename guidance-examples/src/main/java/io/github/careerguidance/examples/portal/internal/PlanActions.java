/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import io.github.careerguidance.examples.portal.store.SessionStore;
import io.github.careerguidance.examples.portal.store.StoredSession;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plan after the journey and coming back without an account (#15): the plan section of the outcome page, the
 * PDF ({@code GET /plan.pdf}) and calendar ({@code GET /plan.ics}) downloads, the resume code ({@code POST /save},
 * {@code GET /code}), "verder met je code" ({@code POST /resume}), the follow-up offer after the review date
 * ({@code GET}/{@code POST /followup}) and "wis mijn gegevens" by code ({@code GET}/{@code POST /erase},
 * {@code POST /erase/confirm}), and the plan's print and screen style ({@code GET /static/plan.css}).
 *
 * <p>The plan is fixed the first time the outcome is shown: the engine's plan of that day, accepted on that day, is
 * stored as JSON beside the session ({@link JdbcResumeStore}), so its dates do not move when the page is shown again
 * later, and the review date it names is the one the follow-up offer waits for.
 */
final class PlanActions {
    /** The zone of "today" for plans: the portal serves the Netherlands. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Supplier<ReferenceSetup> setup;
    private final PortalSessions sessions;
    private final SessionStore store;
    private final ResumeCodes codes;
    private final FormReader forms;
    private final Csrf csrf;
    private final Clock clock;
    private final ContactPanel panel;

    /**
     * In-process locks (striped by session id) around this process's reads and writes of the resume table for one
     * session, so that one browser's parallel requests fix one plan and issue one code; the table's own conditional
     * writes keep other processes apart.
     */
    private final Object[] locks = new Object[64];

    PlanActions(
            Supplier<ReferenceSetup> setup,
            PortalSessions sessions,
            SessionStore store,
            ResumeCodes codes,
            FormReader forms,
            Csrf csrf,
            Clock clock,
            ContactPanel panel) {
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        this.setup = setup;
        this.sessions = sessions;
        this.store = store;
        this.codes = codes;
        this.forms = forms;
        this.csrf = csrf;
        this.clock = clock;
        this.panel = panel;
    }

    /**
     * Answers the paths of this part.
     *
     * @return false when the path is not one of them
     */
    boolean route(Request r, String path, boolean get, boolean post) throws Problem, Form.Rejected, IOException {
        switch (path) {
            case "/plan.pdf":
                Problem.expectMethod(r, get, "GET");
                pdf(r);
                return true;
            case "/plan.ics":
                Problem.expectMethod(r, get, "GET");
                ics(r);
                return true;
            case "/save":
                Problem.expectMethod(r, post, "POST");
                save(r);
                return true;
            case "/code":
                Problem.expectMethod(r, get, "GET");
                code(r);
                return true;
            case "/resume":
                if (get) {
                    resumeForm(r, 200, null);
                } else {
                    Problem.expectMethod(r, post, "GET, POST");
                    resume(r);
                }
                return true;
            case "/followup":
                if (get) {
                    followUpOffer(r);
                } else {
                    Problem.expectMethod(r, post, "GET, POST");
                    startFollowUp(r);
                }
                return true;
            case "/erase":
                if (get) {
                    eraseForm(r, 200, null);
                } else {
                    Problem.expectMethod(r, post, "GET, POST");
                    eraseAsk(r);
                }
                return true;
            case "/erase/confirm":
                Problem.expectMethod(r, post, "POST");
                eraseConfirm(r);
                return true;
            case "/static/plan.css":
                Problem.expectMethod(r, get, "GET");
                Responses.stylesheet(r, "plan.css");
                return true;
            default:
                return false;
        }
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    // ---- the plan --------------------------------------------------------------------------------------------------

    /** The lock of a session id's rows in the resume table. */
    Object lock(String sid) {
        return locks[Math.floorMod(sid.hashCode(), locks.length)];
    }

    /**
     * The plan of a completed session, fixed (and stored) on its first call: the engine's plan of today, accepted
     * today. Empty when the outcome has no plan.
     */
    Optional<ActionPlan> fixedPlan(Request r, LoadedSession l) {
        Optional<JdbcResumeStore.Entry> entry = codes.store().bySession(r.sid);
        Optional<ActionPlan> stored = entry.flatMap(JdbcResumeStore.Entry::plan).flatMap(PlanActions::read);
        if (stored.isPresent() || !l.session().completed()) {
            return stored;
        }
        Optional<ActionPlan> plan =
                l.engine().view(l.session(), clock.instant()).plan();
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        ActionPlan fixed = plan.get().accepted().isPresent()
                ? plan.get()
                : plan.get().accept(plan.get().created().orElse(today()));
        if (!codes.store().fixPlan(r.sid, GuidanceCodec.json().write(fixed), clock.instant())) {
            return codes.store()
                    .bySession(r.sid)
                    .flatMap(JdbcResumeStore.Entry::plan)
                    .flatMap(PlanActions::read);
        }
        lastReview(fixed).ifPresent(review -> hold(r.sid, review));
        return Optional.of(fixed);
    }

    /** The plan to download: the fixed one, or, during a follow-up journey, the plan it reviews. */
    private Optional<ActionPlan> currentPlan(Request r, LoadedSession l) {
        synchronized (lock(r.sid)) {
            Optional<ActionPlan> fixed = fixedPlan(r, l);
            return fixed.isPresent() ? fixed : l.session().reviewedPlan();
        }
    }

    private static Optional<ActionPlan> read(String json) {
        ReadResult<ActionPlan> read = GuidanceCodec.json().read(json, ActionPlan.class);
        return read.isSuccessful() ? read.value() : Optional.empty();
    }

    /** The end of the day of a plan's last review, if it has a dated one. */
    static Optional<Instant> lastReview(ActionPlan plan) {
        Optional<LocalDate> last = Optional.empty();
        for (Review review : plan.reviews()) {
            Optional<LocalDate> when = plan.reviewDate(review);
            if (when.isPresent() && (last.isEmpty() || when.get().isAfter(last.get()))) {
                last = when;
            }
        }
        return last.map(d -> d.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /**
     * Holds the session and its resume row until a moment (the plan's review): the retention period and the code's
     * lifetime then count from that moment, so the follow-up after the review finds the session.
     */
    private void hold(String sid, Instant until) {
        store.holdUntil(sid, until);
        codes.store().holdUntil(sid, until);
    }

    /** Whether a plan's review with a professional is today or past: the moment for the follow-up journey. */
    static boolean reviewDue(ActionPlan plan, LocalDate today) {
        for (Review review : plan.reviews()) {
            Optional<LocalDate> when = plan.reviewDate(review);
            if (when.isPresent() && !when.get().isAfter(today)) {
                return true;
            }
        }
        return false;
    }

    private boolean followUpOffered(LoadedSession l, Optional<ActionPlan> plan) {
        return l.session().completed()
                && plan.isPresent()
                && reviewDue(plan.get(), today())
                && setup.get().followUpEngine(l.engine().journey().id()).isPresent();
    }

    /**
     * The outcome page's part: the plan, its downloads, the resume code (made on the first view), the follow-up offer
     * once the review date has come, and the way to erase everything.
     */
    void outcomeSection(Page p, Request r, LoadedSession l) {
        Optional<ActionPlan> plan;
        Optional<String> shown;
        Optional<JdbcResumeStore.Entry> entry;
        synchronized (lock(r.sid)) {
            plan = fixedPlan(r, l);
            entry = codes.store().bySession(r.sid);
            shown = entry.flatMap(e -> codes.shown(r, e));
            if (entry.flatMap(JdbcResumeStore.Entry::codeHash).isEmpty()) {
                String code = codes.issue(r.sid);
                ResumeCodes.remember(r, code);
                shown = Optional.of(code);
                entry = codes.store().bySession(r.sid);
            }
        }
        if (followUpOffered(l, plan)) {
            followUpBox(p, r, plan.get());
        }
        if (plan.isPresent()) {
            PlanSection.render(p, plan.get(), 2);
            p.raw("<h2 class=\"no-print\">")
                    .text("Je plan bewaren", "Keep your plan")
                    .raw("</h2><ul class=\"downloads no-print\">")
                    .raw("<li><a href=\"/plan.pdf\" download=\"mijn-plan.pdf\">")
                    .text("Download je plan als PDF", "Download your plan as PDF")
                    .raw("</a></li>")
                    .raw("<li><a href=\"/plan.ics\" download=\"mijn-plan.ics\">")
                    .text("Zet de datums in je agenda (.ics)", "Put the dates in your calendar (.ics)")
                    .raw("</a></li>")
                    .raw("<li>")
                    .text(
                            "Of druk deze pagina af: de afdruk toont alleen je plan.",
                            "Or print this page: the printout shows your plan only.")
                    .raw("</li></ul>");
        }
        codeBox(p, r, shown, entry);
    }

    /** The last day a session's code works, as the code box names it. */
    private LocalDate codeValidUntil(Optional<JdbcResumeStore.Entry> entry) {
        Instant now = clock.instant();
        Instant expiry = entry.flatMap(e -> e.issued().map(i -> codes.expiry(i, e.heldUntil())))
                .orElseGet(() -> codes.expiry(now, Optional.empty()));
        return LocalDate.ofInstant(expiry.minusNanos(1), ZONE);
    }

    private void codeBox(Page p, Request r, Optional<String> shown, Optional<JdbcResumeStore.Entry> entry) {
        p.raw("<section class=\"resume\" aria-labelledby=\"resume-title\"><h2 id=\"resume-title\">")
                .text("Later verder of terugkomen", "Continue later or come back")
                .raw("</h2>");
        if (shown.isPresent()) {
            p.raw("<p>")
                    .text("Je code:", "Your code:")
                    .raw(" <strong class=\"resume-code\">")
                    .text(shown.get())
                    .raw("</strong></p>")
                    .raw("<p>")
                    .text(
                            "Schrijf de code op. Met de code ga je op elk apparaat verder via 'Verder met je code' op de"
                                    + " startpagina, tot "
                                    + PlanWords.date(codeValidUntil(entry), r.locale)
                                    + ". We bewaren de code zelf niet, dus een kwijtgeraakte code kunnen we niet terugvinden.",
                            "Write the code down. With it you continue on any device through 'Continue with your code' on the"
                                    + " start page, until "
                                    + PlanWords.date(codeValidUntil(entry), r.locale)
                                    + ". We do not keep the code itself, so we cannot find a lost code for you.")
                    .raw("</p>");
        } else {
            p.raw("<p>")
                    .text(
                            "Je hebt eerder een code gekregen. Kwijt? Maak een nieuwe; de oude werkt dan niet meer.",
                            "You were given a code before. Lost it? Make a new one; the old one then stops working.")
                    .raw("</p>")
                    .raw("<form method=\"post\" action=\"/save\" class=\"save-later\">")
                    .hidden("csrf", csrf.token(r.sid))
                    .hidden("new", "1")
                    .raw("<button type=\"submit\" class=\"secondary\">")
                    .text("Maak een nieuwe code", "Make a new code")
                    .raw("</button></form>");
        }
        p.raw("<p>").link("/erase", r.t("Wis mijn gegevens", "Erase my data")).raw("</p></section>");
    }

    private void followUpBox(Page p, Request r, ActionPlan plan) {
        p.raw("<div class=\"notice followup\"><h2>")
                .text("Tijd om terug te kijken", "Time to look back")
                .raw("</h2><p>")
                .text(
                        "De datum van je gesprek over dit plan is gekomen. Kijk eerst zelf terug: wat lukte er en wat niet? Daarna"
                                + " maak je je plan bij.",
                        "The date of the review of this plan has come. Look back yourself first: what"
                                + " worked and what did not? Then you update your plan.")
                .raw("</p>")
                .raw("<form method=\"post\" action=\"/followup\">")
                .hidden("csrf", csrf.token(r.sid))
                .raw("<button type=\"submit\">")
                .text("Start de terugblik", "Start looking back")
                .raw("</button></form></div>");
    }

    private void pdf(Request r) throws Problem, IOException {
        LoadedSession l = sessions.load(r);
        ActionPlan plan = currentPlan(r, l).orElseThrow(PlanActions::noPlan);
        byte[] body = PlanPdf.render(plan, r.locale, r.t(l.engine().journey().title()));
        Responses.attachment(r, "application/pdf", "mijn-plan.pdf", body);
    }

    private void ics(Request r) throws Problem, IOException {
        LoadedSession l = sessions.load(r);
        ActionPlan plan = currentPlan(r, l).orElseThrow(PlanActions::noPlan);
        byte[] body = PlanCalendar.write(plan, r.locale, clock.instant()).getBytes(StandardCharsets.UTF_8);
        Responses.attachment(r, "text/calendar; charset=utf-8", "mijn-plan.ics", body);
    }

    private static Problem noPlan() {
        return new Problem(
                404,
                LocalizedText.of("Nog geen plan", "No plan yet"),
                LocalizedText.of(
                        "Je plan is er zodra je je route hebt afgerond.",
                        "Your plan is there once you finish your journey."));
    }

    // ---- the resume code -------------------------------------------------------------------------------------------

    /** "Opslaan en later verder": makes a code when this browser cannot show one, then shows it. */
    private void save(Request r) throws Problem, Form.Rejected, IOException {
        Form f = forms.read(r);
        synchronized (lock(r.sid)) {
            sessions.load(r); // 404 when there is nothing to save
            Optional<JdbcResumeStore.Entry> entry = codes.store().bySession(r.sid);
            boolean renew = f.first("new").isPresent();
            if (renew || entry.flatMap(e -> codes.shown(r, e)).isEmpty()) {
                ResumeCodes.remember(r, codes.issue(r.sid));
            }
        }
        Responses.redirect(r, "/code");
    }

    private void code(Request r) throws Problem, IOException {
        LoadedSession l = sessions.load(r);
        Optional<JdbcResumeStore.Entry> entry = codes.store().bySession(r.sid);
        Optional<String> shown = entry.flatMap(e -> codes.shown(r, e));
        Page p = new Page(r.locale);
        p.raw("<p class=\"journey\">")
                .text(r.t(l.engine().journey().title()))
                .raw("</p><h1>")
                .text("Je route is bewaard", "Your journey is saved")
                .raw("</h1>");
        codeBox(p, r, shown, entry);
        p.raw("<p>")
                .link(
                        l.session().completed() ? "/outcome" : "/step",
                        r.t("Ga nu verder met je route", "Continue your journey now"))
                .raw("</p>");
        Layout.send(
                r,
                200,
                r.t("Je route is bewaard", "Your journey is saved"),
                p.toString(),
                panel.aside(r, Optional.empty(), false));
    }

    /** The "verder met je code" form, for the start page and the resume page. */
    static void resumeForm(Page p, Request r, String token, String idSuffix) {
        String id = "resume-code" + idSuffix;
        p.raw("<form method=\"post\" action=\"/resume\" class=\"resume-form\">")
                .hidden("csrf", token)
                .raw("<div class=\"field\"><label")
                .attr("for", id)
                .raw(">")
                .text("Je code", "Your code")
                .raw("</label>")
                .raw("<p class=\"hint\"")
                .attr("id", id + "-hint")
                .raw(">")
                .text(
                        "Zoals 7KDM-Q2XN-HC4; hoofdletters en streepjes maken niet uit.",
                        "Such as 7KDM-Q2XN-HC4; capitals and dashes do not matter.")
                .raw("</p>")
                .raw(
                        "<input type=\"text\" name=\"code\" required maxlength=\"64\" autocomplete=\"off\" spellcheck=\"false\"")
                .attr("id", id)
                .attr("aria-describedby", id + "-hint")
                .raw("></div><button type=\"submit\">")
                .text("Verder met je code", "Continue with your code")
                .raw("</button></form>");
    }

    private void resumeForm(Request r, int status, String error) throws IOException {
        sessions.ensureId(r);
        Page p = new Page(r.locale);
        p.raw("<h1>").text("Verder met je code", "Continue with your code").raw("</h1>");
        errorBox(p, error);
        p.raw("<p>")
                .text(
                        "Vul de code in die je kreeg toen je je route bewaarde. Je gaat verder waar je was.",
                        "Enter the code you were given when you saved your journey. You continue where you were.")
                .raw("</p>");
        resumeForm(p, r, csrf.token(r.sid), "");
        Layout.send(
                r,
                status,
                r.t("Verder met je code", "Continue with your code"),
                p.toString(),
                panel.aside(r, Optional.empty(), false));
    }

    private static void errorBox(Page p, String error) {
        if (error != null) {
            p.raw("<div class=\"error\" role=\"alert\"><h2>")
                    .text("Dat lukte niet", "That did not work")
                    .raw("</h2><p>")
                    .text(error)
                    .raw("</p></div>");
        }
    }

    private static String wrongCode(Request r) {
        return r.t(
                "Met deze code konden we geen route openen. Controleer de code en probeer het opnieuw. Een code werkt tot"
                        + " hij verloopt of tot je een nieuwe maakt.",
                "We could not open a journey with this code. Check the code and try"
                        + " again. A code works until it expires or until you make a new one.");
    }

    private static String limited(Request r, long seconds) {
        long minutes = Math.max(1, (seconds + 59) / 60);
        r.ex.getResponseHeaders().set("Retry-After", String.valueOf(seconds));
        return r.t(
                "Te veel pogingen vanaf hier. Wacht " + minutes + (minutes == 1 ? " minuut" : " minuten")
                        + " en probeer het dan opnieuw.",
                "Too many attempts from here. Wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                        + " and then try again.");
    }

    /** "Verder met je code": moves the session to this browser under a new id, at the step where it was. */
    private void resume(Request r) throws Problem, Form.Rejected, IOException {
        Form f = forms.read(r);
        String presented = f.first("code").orElse("");
        ResumeCodes.Lookup found = codes.lookup(r, presented);
        if (found.limited()) {
            resumeForm(r, 429, limited(r, found.retryAfterSeconds()));
            return;
        }
        Optional<StoredSession> stored = found.entry().flatMap(e -> store.load(e.sessionId()));
        if (stored.isEmpty()) {
            resumeForm(r, 422, wrongCode(r));
            return;
        }
        String from = stored.get().id();
        synchronized (lock(from)) {
            Optional<StoredSession> now = store.load(from);
            if (now.isEmpty()) {
                resumeForm(r, 422, wrongCode(r));
                return;
            }
            if (!from.equals(r.sid)) {
                sessions.rotateId(r); // a new id, given by the server to this browser: never the old cookie's
                Instant at = clock.instant();
                StoredSession moved = new StoredSession(
                        r.sid,
                        now.get().journey(),
                        now.get().snapshot(),
                        at,
                        now.get().version());
                if (!store.save(moved, SessionStore.NEW).isSaved()) {
                    throw new IllegalStateException("a new random session id was already taken");
                }
                codes.store().move(from, r.sid, at);
                // the hold moves with the session (the resume row keeps it through the move)
                found.entry().flatMap(JdbcResumeStore.Entry::heldUntil).ifPresent(h -> store.holdUntil(r.sid, h));
                store.delete(from);
            }
        }
        ResumeCodes.display(presented).ifPresent(code -> ResumeCodes.remember(r, code));
        LoadedSession l = sessions.load(r);
        boolean offer;
        synchronized (lock(r.sid)) {
            offer = followUpOffered(l, fixedPlan(r, l));
        }
        Responses.redirect(r, offer ? "/followup" : l.session().completed() ? "/outcome" : "/step");
    }

    // ---- the follow-up ---------------------------------------------------------------------------------------------

    private void followUpOffer(Request r) throws Problem, IOException {
        LoadedSession l = sessions.load(r);
        Optional<ActionPlan> plan;
        synchronized (lock(r.sid)) {
            plan = fixedPlan(r, l);
        }
        if (!followUpOffered(l, plan)) {
            Responses.redirect(r, l.session().completed() ? "/outcome" : "/step");
            return;
        }
        JourneyEngine next =
                setup.get().followUpEngine(l.engine().journey().id()).orElseThrow();
        Page p = new Page(r.locale);
        p.raw("<p class=\"journey\">")
                .text(r.t(l.engine().journey().title()))
                .raw("</p><h1>")
                .text("Welkom terug", "Welcome back")
                .raw("</h1>");
        followUpBox(p, r, plan.get());
        p.raw("<p>")
                .text(r.t("De terugblik heet: ", "The look back is called: ")
                        + r.t(next.journey().title()) + ".")
                .raw("</p>")
                .raw("<p>")
                .link("/outcome", r.t("Eerst je plan bekijken", "See your plan first"))
                .raw("</p>");
        Layout.send(r, 200, r.t("Welkom terug", "Welcome back"), p.toString(), panel.aside(r, Optional.empty(), false));
    }

    /** Starts the follow-up journey on the fixed plan, today, in place of the completed session. */
    private void startFollowUp(Request r) throws Problem, Form.Rejected, IOException {
        forms.read(r);
        synchronized (lock(r.sid)) {
            LoadedSession l = sessions.load(r);
            Optional<ActionPlan> plan = fixedPlan(r, l);
            if (!followUpOffered(l, plan)) {
                Responses.redirect(r, l.session().completed() ? "/outcome" : "/step");
                return;
            }
            JourneyEngine next =
                    setup.get().followUpEngine(l.engine().journey().id()).orElseThrow();
            Session session = next.startFollowUp(l.session().profile(), plan.get(), today());
            if (!sessions.replace(r, l, next, session).isSaved()) {
                // another request changed the session since it was read: show where the visitor is now
                Responses.redirect(r, "/outcome");
                return;
            }
            codes.store().clearPlan(r.sid, clock.instant());
        }
        Responses.redirect(r, "/step");
    }

    // ---- erase -----------------------------------------------------------------------------------------------------

    private void eraseForm(Request r, int status, String error) throws IOException {
        sessions.ensureId(r);
        Page p = new Page(r.locale);
        p.raw("<h1>").text("Wis mijn gegevens", "Erase my data").raw("</h1>");
        errorBox(p, error);
        p.raw("<p>")
                .text(
                        "Vul je code in. Je ziet eerst wat er gewist wordt en kiest dan of je het echt wilt.",
                        "Enter your code. You first see what will be erased and then choose whether you really want it.")
                .raw("</p>")
                .raw("<form method=\"post\" action=\"/erase\" class=\"erase-form\">")
                .hidden("csrf", csrf.token(r.sid))
                .raw("<div class=\"field\"><label for=\"erase-code\">")
                .text("Je code", "Your code")
                .raw("</label>")
                .raw(
                        "<input type=\"text\" id=\"erase-code\" name=\"code\" required maxlength=\"64\" autocomplete=\"off\""
                                + " spellcheck=\"false\"></div><button type=\"submit\">")
                .text("Verder", "Continue")
                .raw("</button></form>");
        Layout.send(
                r,
                status,
                r.t("Wis mijn gegevens", "Erase my data"),
                p.toString(),
                panel.aside(r, Optional.empty(), false));
    }

    private void eraseAsk(Request r) throws Problem, Form.Rejected, IOException {
        Form f = forms.read(r);
        String presented = f.first("code").orElse("");
        ResumeCodes.Lookup found = codes.lookup(r, presented);
        if (found.limited()) {
            eraseForm(r, 429, limited(r, found.retryAfterSeconds()));
            return;
        }
        if (found.entry().isEmpty()) {
            eraseForm(r, 422, wrongCode(r));
            return;
        }
        Page p = new Page(r.locale);
        p.raw("<h1>")
                .text("Weet je het zeker?", "Are you sure?")
                .raw("</h1><p>")
                .text(
                        "We wissen je route met al je antwoorden, je plan en je code. Dat kan niet ongedaan worden gemaakt.",
                        "We erase your journey with all your answers, your plan and your code. This cannot be undone.")
                .raw("</p><form method=\"post\" action=\"/erase/confirm\" class=\"erase-confirm\">")
                .hidden("csrf", csrf.token(r.sid))
                .hidden("code", presented)
                .raw("<button type=\"submit\">")
                .text("Ja, wis alles", "Yes, erase everything")
                .raw("</button></form><p>")
                .link("/", r.t("Nee, niets wissen", "No, erase nothing"))
                .raw("</p>");
        Layout.send(
                r,
                200,
                r.t("Weet je het zeker?", "Are you sure?"),
                p.toString(),
                panel.aside(r, Optional.empty(), false));
    }

    private void eraseConfirm(Request r) throws Problem, Form.Rejected, IOException {
        Form f = forms.read(r);
        ResumeCodes.Lookup found = codes.lookup(r, f.first("code").orElse(""));
        if (found.limited()) {
            eraseForm(r, 429, limited(r, found.retryAfterSeconds()));
            return;
        }
        if (found.entry().isEmpty()) {
            eraseForm(r, 422, wrongCode(r));
            return;
        }
        String sid = found.entry().get().sessionId();
        synchronized (lock(sid)) {
            store.delete(sid);
            codes.store().delete(sid);
        }
        ResumeCodes.forget(r);
        if (sid.equals(r.sid)) {
            sessions.rotateId(r);
        }
        Page p = new Page(r.locale);
        p.raw("<h1>")
                .text("Je gegevens zijn gewist", "Your data has been erased")
                .raw("</h1><p>")
                .text(
                        "Je route, je antwoorden, je plan en je code zijn verwijderd. De code werkt niet meer.",
                        "Your journey, your answers, your plan and your code have been deleted. The code no longer works.")
                .raw("</p><p>")
                .link("/", r.t("Naar de startpagina", "To the start page"))
                .raw("</p>");
        Layout.send(
                r,
                200,
                r.t("Je gegevens zijn gewist", "Your data has been erased"),
                p.toString(),
                panel.aside(r, Optional.empty(), false));
    }
}
