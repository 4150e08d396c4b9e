/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Dimension;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.intake.IntakeGoal;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.ImmutableClientProfile;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.ReferenceSetup;
import io.github.careerguidance.examples.SampleProviders;
import io.github.careerguidance.examples.internal.Labels;
import io.github.careerguidance.examples.portal.SessionStore;
import io.github.careerguidance.examples.portal.SessionStoreException;
import io.github.careerguidance.examples.portal.StoredSession;
import io.github.careerguidance.journeys.engine.ContactOffer;
import io.github.careerguidance.journeys.engine.ContactOption;
import io.github.careerguidance.journeys.engine.ErrorReason;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Route;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionError;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Every page of the reference portal. Thread-safe: the state is the store; a session is changed under a lock striped
 * by its id.
 */
public final class PortalHandler implements HttpHandler {
    /** The session cookie. */
    public static final String SESSION_COOKIE = "gsid";
    /** The language cookie. */
    public static final String LANG_COOKIE = "glang";
    /** Security headers sent with every answer. */
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int SESSION_BYTES = 32;
    private static final int MAX_QUERY = 2048;
    private static final int MAX_TEXT_FIELD = Answer.MAX_TEXT_LENGTH;
    private static final long COOKIE_SECONDS = 30L * 24 * 3600;

    private final ReferenceSetup setup;
    private final SessionStore store;
    private final Clock clock;
    private final ContactPoint loket;
    private final int maxFormBytes;
    private final Set<String> allowedHosts;
    private final SecureRandom random = new SecureRandom();
    private final byte[] csrfKey = new byte[32];
    private final Object[] locks = new Object[64];
    private volatile ProvidersCache providers;

    private static final class ProvidersCache {
        final LocalDate asOf;
        final List<SampleProviders.Checked> checked;

        ProvidersCache(LocalDate asOf, List<SampleProviders.Checked> checked) {
            this.asOf = asOf;
            this.checked = checked;
        }
    }

    /**
     * A handler.
     *
     * @param setup the compiled journeys
     * @param store the session store
     * @param clock the clock for opening hours and dates
     * @param loket the contact point shown outside a journey
     * @param maxFormBytes the largest accepted form
     * @param allowedHosts accepted Host header names (without port); empty accepts any
     */
    public PortalHandler(ReferenceSetup setup, SessionStore store, Clock clock, ContactPoint loket, int maxFormBytes,
            Set<String> allowedHosts) {
        this.setup = setup;
        this.store = store;
        this.clock = clock;
        this.loket = loket;
        this.maxFormBytes = maxFormBytes;
        this.allowedHosts = Set.copyOf(allowedHosts);
        random.nextBytes(csrfKey);
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
    }

    /** A page to answer with instead of the normal one: a status, a title and a message. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final LocalizedText title;
        final LocalizedText message;
        final boolean clearSession;

        Problem(int status, LocalizedText title, LocalizedText message, boolean clearSession) {
            super(title.resolve(Locale.ENGLISH), null, false, false);
            this.status = status;
            this.title = title;
            this.message = message;
            this.clearSession = clearSession;
        }

        Problem(int status, LocalizedText title, LocalizedText message) {
            this(status, title, message, false);
        }
    }

    /** One request: its exchange, language, session id and the cookies to set. */
    private final class Req {
        final HttpExchange ex;
        final Locale locale;
        final Optional<String> rawSid;
        String sid;
        final List<String> setCookies = new ArrayList<>();
        final Form query;
        final Form.Rejected queryProblem;

        Req(HttpExchange ex) {
            this.ex = ex;
            String rawQuery = ex.getRequestURI().getRawQuery();
            Form parsed = Form.empty();
            Form.Rejected problem = null;
            try {
                if (rawQuery != null && rawQuery.length() > MAX_QUERY) {
                    throw new Form.Rejected(414, "query too long");
                }
                parsed = Form.parse(rawQuery);
            } catch (Form.Rejected e) {
                problem = e;
            }
            this.query = parsed;
            this.queryProblem = problem;
            Map<String, String> cookies = cookies(ex.getRequestHeaders());
            Optional<String> lang = query.first("lang").filter(l -> l.equals("nl") || l.equals("en"));
            if (lang.isPresent()) {
                setCookies.add(LANG_COOKIE + "=" + lang.get() + "; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax");
            } else {
                lang = Optional.ofNullable(cookies.get(LANG_COOKIE)).filter(l -> l.equals("nl") || l.equals("en"));
            }
            this.locale = Locale.forLanguageTag(lang.orElse("nl"));
            this.rawSid = Optional.ofNullable(cookies.get(SESSION_COOKIE));
            this.sid = rawSid.filter(s -> SESSION_ID.matcher(s).matches()).orElse(null);
        }

        String t(String nl, String en) {
            return "nl".equals(locale.getLanguage()) ? nl : en;
        }

        String t(LocalizedText text) {
            return text.resolve(locale);
        }

        /** The session id, creating one (and its cookie) when the browser has none or a malformed one. */
        String ensureSid() {
            if (sid == null) {
                rotateSid();
            }
            return sid;
        }

        void rotateSid() {
            byte[] bytes = new byte[SESSION_BYTES];
            random.nextBytes(bytes);
            sid = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            setCookies.add(SESSION_COOKIE + "=" + sid + "; Path=/; Max-Age=" + COOKIE_SECONDS + "; HttpOnly; SameSite=Lax");
        }
    }

    /** A stored session resumed on its engine. */
    private static final class Loaded {
        final JourneyEngine engine;
        final Session session;

        Loaded(JourneyEngine engine, Session session) {
            this.engine = engine;
            this.session = session;
        }
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Req r = new Req(ex);
        try {
            if (r.queryProblem != null) {
                throw r.queryProblem;
            }
            if (!hostAllowed(ex)) {
                throw new Problem(421, LocalizedText.of("Onbekende host", "Unknown host"),
                        LocalizedText.of("Deze portal antwoordt alleen op zijn eigen adres.",
                                "This portal only answers on its own address."));
            }
            route(r);
        } catch (Form.Rejected e) {
            problem(r, new Problem(e.status(), e.status() == 413
                    ? LocalizedText.of("Te veel gegevens", "Too much data")
                    : LocalizedText.of("Verzoek niet te lezen", "Request not readable"),
                    e.status() == 413
                            ? LocalizedText.of("Het formulier was groter dan deze portal aanneemt. Je route is bewaard.",
                                    "The form was larger than this portal accepts. Your journey is kept.")
                            : LocalizedText.of("Het verzoek kon niet worden gelezen. Je route is bewaard.",
                                    "The request could not be read. Your journey is kept.")));
        } catch (Problem p) {
            problem(r, p);
        } catch (SessionStoreException e) {
            System.err.println("guidance portal: " + e.getMessage());
            problem(r, new Problem(503, LocalizedText.of("Even niet beschikbaar",
                    "Temporarily unavailable"), LocalizedText.of("De opslag van routes is nu niet bereikbaar. Probeer het zo weer.",
                    "Journey storage cannot be reached right now. Please try again shortly.")));
        } catch (RuntimeException e) {
            System.err.println("guidance portal: " + e);
            problem(r, new Problem(500, LocalizedText.of("Er ging iets mis", "Something went wrong"),
                    LocalizedText.of("Er ging iets mis in de portal. Je route is bewaard.",
                            "Something went wrong in the portal. Your journey is kept.")));
        } finally {
            ex.close();
        }
    }

    private boolean hostAllowed(HttpExchange ex) {
        if (allowedHosts.isEmpty()) {
            return true;
        }
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return false;
        }
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return allowedHosts.contains(name.toLowerCase(Locale.ROOT));
    }

    private void route(Req r) throws Problem, Form.Rejected, IOException {
        String method = r.ex.getRequestMethod();
        String path = r.ex.getRequestURI().getPath();
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        boolean post = "POST".equals(method);
        switch (path) {
            case "/":
                expect(r, get, "GET");
                intake(r);
                return;
            case "/start":
                expect(r, post, "POST");
                start(r);
                return;
            case "/step":
                if (post) {
                    act(r);
                } else {
                    expect(r, get, "GET, POST");
                    step(r);
                }
                return;
            case "/contact":
                expect(r, post, "POST");
                contact(r);
                return;
            case "/outcome":
                expect(r, get, "GET");
                outcome(r);
                return;
            case "/plan.json":
                expect(r, get, "GET");
                plan(r);
                return;
            case "/providers":
                expect(r, get, "GET");
                providers(r);
                return;
            case "/static/portal.css":
                expect(r, get, "GET");
                css(r);
                return;
            default:
                throw new Problem(404, LocalizedText.of("Pagina niet gevonden", "Page not found"),
                        LocalizedText.of("Deze pagina bestaat niet.", "This page does not exist."));
        }
    }

    private static void expect(Req r, boolean ok, String allow) throws Problem {
        if (!ok) {
            r.ex.getResponseHeaders().set("Allow", allow);
            throw new Problem(405, LocalizedText.of("Methode niet toegestaan", "Method not allowed"),
                    LocalizedText.of("Deze pagina kan zo niet worden opgevraagd.", "This page cannot be requested this way."));
        }
    }

    // --- intake ------------------------------------------------------------------------------------------------------

    private void intake(Req r) throws IOException {
        r.ensureSid();
        Page p = new Page(r.locale);
        p.raw("<h1>").text("Waarom kom je?", "Why did you come?").raw("</h1>");
        p.raw("<p>").text("Kies wat het best bij je past. Je krijgt een route in een paar stappen; je kunt altijd een persoon spreken.",
                "Pick what fits you best. You get a journey of a few steps; you can always talk to a person.").raw("</p>");
        Optional<StoredSession> stored = store.load(r.sid);
        if (stored.isPresent()) {
            String title = setup.engine(stored.get().journey()).map(e -> r.t(e.journey().title()))
                    .orElse(stored.get().journey());
            p.raw("<p class=\"notice\">").text(r.t("Je was bezig met ", "You were working on ")).raw("<strong>").text(title)
                    .raw("</strong>. ").link("/step", r.t("Ga verder waar je was", "Continue where you left off")).raw("</p>");
        }
        IntakeCatalogue catalogue = IntakeCatalogue.builtIn();
        List<IntakeGoal> served = new ArrayList<>();
        List<IntakeGoal> other = new ArrayList<>();
        for (IntakeGoal goal : catalogue.goals()) {
            Route route = setup.router().route(goal.code(), ClientProfile.builder().goal(goal.code()).build());
            (route.isFound() ? served : other).add(goal);
        }
        p.raw("<form method=\"post\" action=\"/start\" class=\"intake\">").hidden("csrf", csrf(r.sid));
        p.raw("<fieldset class=\"tiles\"><legend>").text("Ik kom omdat ...", "I came because ...").raw("</legend>");
        for (IntakeGoal goal : served) {
            String id = "goal-" + goal.code();
            p.raw("<div class=\"tile\"><input type=\"radio\" name=\"goal\" required").attr("id", id).attr("value", goal.code())
                    .raw("><label").attr("for", id).raw("><span class=\"tile-title\">").text(r.t(goal.label()))
                    .raw("</span> <span class=\"tile-text\">").text(r.t(goal.description())).raw("</span></label></div>");
        }
        p.raw("</fieldset>");
        p.raw("<div class=\"field\"><label for=\"employment\">").text("Je situatie (niet verplicht)", "Your situation (optional)")
                .raw("</label><select id=\"employment\" name=\"employment\"><option value=\"\">")
                .text("Zeg ik liever niet", "I prefer not to say").raw("</option>");
        for (EmploymentSituation e : EmploymentSituation.values()) {
            p.raw("<option").attr("value", e.code()).raw(">").text(r.t(e.label())).raw("</option>");
        }
        p.raw("</select></div>");
        p.raw("<p class=\"hint\">").text("We bewaren geen naam, adres of BSN; je route staat onder een willekeurige code in een cookie.",
                "We keep no name, address or citizen number; your journey is stored under a random code in a cookie.").raw("</p>");
        p.raw("<button type=\"submit\">").text("Start mijn route", "Start my journey").raw("</button></form>");
        if (!other.isEmpty()) {
            p.raw("<h2>").text("Ook in de catalogus (nog zonder route)", "Also in the catalogue (no journey yet)").raw("</h2><ul>");
            for (IntakeGoal goal : other) {
                p.raw("<li>").text(r.t(goal.label())).raw("</li>");
            }
            p.raw("</ul>");
        }
        send(r, 200, r.t("Start", "Start"), p.toString(), aside(r, Optional.empty(), false));
    }

    private void start(Req r) throws Problem, Form.Rejected, IOException {
        Form f = form(r);
        String goal = f.first("goal").orElseThrow(() -> unprocessable("Kies waarom je komt.", "Choose why you came."));
        Optional<IntakeGoal> known = IntakeCatalogue.builtIn().find(goal);
        if (known.isEmpty()) {
            throw unprocessable("Deze keuze kennen we niet.", "This choice is not known.");
        }
        ImmutableClientProfile.Builder profile = ClientProfile.builder().goal(goal);
        String employment = f.first("employment").orElse("");
        if (!employment.isEmpty()) {
            EmploymentSituation situation = null;
            for (EmploymentSituation e : EmploymentSituation.values()) {
                if (e.code().equals(employment)) {
                    situation = e;
                }
            }
            if (situation == null) {
                throw unprocessable("Deze situatie kennen we niet.", "This situation is not known.");
            }
            profile.employment(situation);
        }
        Route route = setup.router().route(goal, profile.build());
        if (!route.isFound()) {
            throw new Problem(404, LocalizedText.of("Nog geen route", "No journey yet"),
                    LocalizedText.of("Voor deze keuze is er nog geen route. Praat met een persoon, of kies iets anders.",
                            "There is no journey for this choice yet. Talk to a person, or pick something else."));
        }
        JourneyEngine engine = route.orElseThrow();
        String old = r.sid;
        r.rotateSid(); // a new id for every new journey: an id set by someone else is never used
        Session session = engine.start(profile.build());
        store.save(new StoredSession(r.sid, engine.journey().id(), engine.store(session), clock.instant()));
        if (old != null) {
            store.delete(old);
        }
        redirect(r, "/step");
    }

    // --- journey steps -------------------------------------------------------------------------------------------------

    private Loaded load(Req r) throws Problem {
        if (r.rawSid.isPresent() && r.sid == null) {
            throw new Problem(400, LocalizedText.of("Ongeldige sessiecode", "Invalid session code"),
                    LocalizedText.of("De sessiecode in je browser is niet geldig. Begin opnieuw op de startpagina.",
                            "The session code in your browser is not valid. Start again on the start page."), true);
        }
        Optional<StoredSession> stored = r.sid == null ? Optional.empty() : store.load(r.sid);
        if (stored.isEmpty()) {
            throw new Problem(404, LocalizedText.of("Geen route gevonden", "No journey found"),
                    LocalizedText.of("Voor deze browser is geen route bewaard (of hij is verlopen). Kies op de startpagina waarom je komt.",
                            "No journey is stored for this browser (or it has expired). Choose why you came on the start page."));
        }
        JourneyEngine engine = setup.engine(stored.get().journey()).orElseThrow(() -> new Problem(409,
                LocalizedText.of("Route niet meer beschikbaar", "Journey no longer available"),
                LocalizedText.of("Deze route wordt niet meer aangeboden. Je gegevens zijn bewaard; begin een nieuwe route.",
                        "This journey is no longer offered. Your data is kept; start a new journey.")));
        ReadResult<Session> resumed = engine.resume(stored.get().snapshot());
        if (!resumed.isSuccessful()) {
            throw new Problem(409, LocalizedText.of("Route kan niet verder", "Journey cannot continue"),
                    LocalizedText.of("Je bewaarde route past niet meer bij de huidige versie. Begin een nieuwe route.",
                            "Your stored journey no longer fits the current version. Start a new journey."));
        }
        return new Loaded(engine, resumed.orElseThrow());
    }

    private void step(Req r) throws Problem, IOException {
        Loaded l = load(r);
        if (l.session.completed()) {
            redirect(r, "/outcome");
            return;
        }
        renderStep(r, l, 200, List.of());
    }

    private void act(Req r) throws Problem, Form.Rejected, IOException {
        Form f = form(r);
        synchronized (lock(r.sid)) {
            Loaded l = load(r);
            String stepId = f.first("step").orElseThrow(() -> new Problem(400,
                    LocalizedText.of("Stap ontbreekt", "Step missing"),
                    LocalizedText.of("Het formulier noemde geen stap. Je route is bewaard.",
                            "The form named no step. Your journey is kept.")));
            String action = f.first("action").orElse("next");
            SessionResult result;
            if ("back".equals(action)) {
                result = l.engine.back(l.session);
            } else if (!stepId.equals(l.session.step()) || l.session.completed()) {
                // let the engine name the reason (unknown step, not the current step, completed)
                result = l.engine.proceed(l.session, stepId);
                if (result.isAccepted()) {
                    throw new IllegalStateException("engine accepted a step that is not current: " + stepId);
                }
            } else {
                StepView view = l.engine.view(l.session, clock.instant());
                switch (view.kind()) {
                    case QUESTION: {
                        Optional<Answer> answer = answer(view.question().orElseThrow(), f);
                        if (answer.isEmpty()) {
                            renderStep(r, l, 422, List.of(r.t("Kies of vul een antwoord in.", "Choose or enter an answer.")));
                            return;
                        }
                        result = l.engine.answer(l.session, stepId, answer.get());
                        break;
                    }
                    case ASSESSMENT: {
                        Optional<Map<String, Integer>> responses = responses(view.instrument().orElseThrow(), f);
                        if (responses.isEmpty()) {
                            renderStep(r, l, 422, List.of(r.t("Een antwoord is geen getal.", "An answer is not a number.")));
                            return;
                        }
                        result = l.engine.assess(l.session, stepId, responses.get());
                        break;
                    }
                    case OUTCOME:
                        redirect(r, "/outcome");
                        return;
                    default:
                        result = l.engine.proceed(l.session, stepId);
                }
            }
            if (!result.isAccepted()) {
                rejected(r, l, result.error().orElseThrow());
                return;
            }
            Session next = result.session();
            store.save(new StoredSession(r.sid, l.engine.journey().id(), l.engine.store(next), clock.instant()));
            redirect(r, next.completed() ? "/outcome" : "/step");
        }
    }

    private void rejected(Req r, Loaded l, SessionError error) throws IOException, Problem {
        ErrorReason reason = error.reason();
        if (reason == ErrorReason.UNKNOWN_STEP) {
            throw new Problem(404, LocalizedText.of("Onbekende stap", "Unknown step"),
                    LocalizedText.of("Deze stap bestaat niet in je route. Je route is bewaard; ga verder bij je huidige stap.",
                            "This step does not exist in your journey. Your journey is kept; continue at your current step."));
        }
        if (reason == ErrorReason.NOT_CURRENT_STEP || reason == ErrorReason.SESSION_COMPLETED
                || reason == ErrorReason.NOTHING_TO_GO_BACK_TO) {
            throw new Problem(409, LocalizedText.of("Deze pagina is verouderd", "This page is out of date"),
                    LocalizedText.of("Het formulier hoort niet bij je huidige stap (misschien gebruikte je de terugknop van de browser). Je route is bewaard.",
                            "The form does not belong to your current step (perhaps you used the browser's back button). Your journey is kept."));
        }
        List<String> messages = new ArrayList<>();
        messages.add(error.message(r.locale));
        for (Diagnostic d : error.diagnostics()) {
            String m = d.message().resolve(r.locale);
            if (!messages.contains(m)) {
                messages.add(m);
            }
            if (messages.size() >= 6) {
                break;
            }
        }
        renderStep(r, l, 422, messages);
    }

    private static Optional<Answer> answer(Question q, Form f) {
        List<String> values = f.all("answer");
        try {
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                return values.isEmpty() ? Optional.empty() : Optional.of(Answer.choices(values));
            }
            String value = values.isEmpty() ? "" : values.get(0).strip();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            switch (q.type()) {
                case SINGLE_CHOICE:
                    return Optional.of(Answer.choice(value));
                case SCALE:
                case NUMBER:
                    if (value.length() > 40) {
                        return Optional.empty();
                    }
                    return Optional.of(Answer.number(new BigDecimal(value.replace(',', '.'))));
                default:
                    return Optional.of(Answer.text(value.length() > MAX_TEXT_FIELD ? value.substring(0, MAX_TEXT_FIELD + 1) : value));
            }
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            return Optional.empty();
        }
    }

    private static Optional<Map<String, Integer>> responses(Instrument instrument, Form f) {
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            Optional<String> value = f.first("item." + item.id()).map(String::strip).filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                continue;
            }
            if (value.get().length() > 6) {
                return Optional.empty();
            }
            try {
                responses.put(item.id(), Integer.parseInt(value.get()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(responses);
    }

    private void contact(Req r) throws Problem, Form.Rejected, IOException {
        form(r);
        synchronized (lock(r.sid)) {
            Loaded l = load(r);
            SessionResult result = l.engine.requestContact(l.session);
            if (!result.isAccepted()) {
                rejected(r, l, result.error().orElseThrow());
                return;
            }
            store.save(new StoredSession(r.sid, l.engine.journey().id(), l.engine.store(result.session()), clock.instant()));
            redirect(r, (result.session().completed() ? "/outcome" : "/step") + "?contact=1#contact");
        }
    }

    private void renderStep(Req r, Loaded l, int status, List<String> errors) throws IOException {
        StepView view = l.engine.view(l.session, clock.instant());
        Page p = new Page(r.locale);
        p.raw("<p class=\"journey\">").text(r.t(l.engine.journey().title())).raw(" &middot; ")
                .text(r.t("stap ", "step ") + (l.session.path().size() + 1)).raw("</p>");
        p.raw("<h1>").text(r.t(view.title())).raw("</h1>");
        errors(p, errors);
        view.text().ifPresent(t -> p.raw("<p>").text(r.t(t)).raw("</p>"));
        p.raw("<form method=\"post\" action=\"/step\" class=\"step\">").hidden("csrf", csrf(r.sid)).hidden("step", view.step());
        switch (view.kind()) {
            case INFORMATION:
                for (ContentItem item : view.content()) {
                    p.raw("<section class=\"content\">");
                    item.title().ifPresent(t -> p.raw("<h2>").text(r.t(t)).raw("</h2>"));
                    p.raw("<p>").text(r.t(item.text())).raw("</p>");
                    item.url().ifPresent(u -> p.raw("<p>").link(u, r.t("Meer informatie", "More information")
                            + item.title().map(t -> ": " + r.t(t)).orElse("")).raw("</p>"));
                    p.raw("</section>");
                }
                break;
            case QUESTION:
                question(p, r, view);
                break;
            case ASSESSMENT:
                assessment(p, r, view.instrument().orElseThrow());
                break;
            case REFLECTION:
                view.reflection().ifPresent(refl -> {
                    p.raw("<h2>").text("Vragen om over na te denken", "Questions to reflect on").raw("</h2><ul class=\"prompts\">");
                    refl.prompts().forEach(q -> p.raw("<li>").text(r.t(q)).raw("</li>"));
                    p.raw("</ul>");
                    if (refl.withProfessional()) {
                        p.raw("<p>").text("Dit gesprek voer je met een loopbaanprofessional; zie 'Praat met een persoon'.",
                                "You have this conversation with a career professional; see 'Talk to a person'.").raw("</p>");
                    }
                });
                break;
            case ACTION:
                view.action().ifPresent(a -> {
                    p.raw("<p class=\"action\">").text(r.t(a.text())).raw("</p>");
                    a.url().ifPresent(u -> p.raw("<p>").link(u, r.t("Meer informatie", "More information")).raw("</p>"));
                });
                break;
            case CONTACT:
                p.raw("<h2>").text("Wie je kunt spreken", "Who you can talk to").raw("</h2>");
                options(p, r, view.contactOffer());
                break;
            default:
                break;
        }
        p.raw("<div class=\"buttons\"><button type=\"submit\" name=\"action\" value=\"next\">").text("Verder", "Continue")
                .raw("</button>");
        if (view.canGoBack()) {
            p.raw(" <button type=\"submit\" name=\"action\" value=\"back\" class=\"secondary\" formnovalidate>")
                    .text("Terug", "Back").raw("</button>");
        }
        p.raw("</div></form>");
        send(r, status, r.t(view.title()), p.toString(), aside(r, Optional.of(view), true));
    }

    private static void errors(Page p, List<String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        p.raw("<div class=\"error\" role=\"alert\"><h2>").text("Dat lukte niet", "That did not work").raw("</h2><ul>");
        errors.forEach(e -> p.raw("<li>").text(e).raw("</li>"));
        p.raw("</ul></div>");
    }

    private static void question(Page p, Req r, StepView view) {
        Question q = view.question().orElseThrow();
        Optional<Answer> given = view.answer();
        if (q.isChoice()) {
            boolean multi = q.type() == QuestionType.MULTIPLE_CHOICE;
            p.raw("<fieldset><legend>").text(r.t(q.prompt())).raw("</legend>");
            q.help().ifPresent(h -> p.raw("<p class=\"hint\">").text(r.t(h)).raw("</p>"));
            int i = 0;
            for (Choice c : q.choices()) {
                String id = "answer-" + i++;
                boolean checked = given.map(a -> a.selectedOptions().contains(c.code())).orElse(false);
                p.raw("<div class=\"choice\"><input").attr("type", multi ? "checkbox" : "radio").raw(" name=\"answer\"")
                        .attr("id", id).attr("value", c.code()).raw(checked ? " checked" : "").raw(multi ? "" : " required")
                        .raw("><label").attr("for", id).raw(">").text(r.t(c.label())).raw("</label></div>");
            }
            p.raw("</fieldset>");
            return;
        }
        p.raw("<div class=\"field\"><label for=\"answer\">").text(r.t(q.prompt())).raw("</label>");
        q.help().ifPresent(h -> p.raw("<p class=\"hint\">").text(r.t(h)).raw("</p>"));
        if (q.isNumeric()) {
            p.raw("<input id=\"answer\" name=\"answer\" type=\"number\" required step=\"any\"");
            q.min().ifPresent(m -> p.attr("min", m.toPlainString()));
            q.max().ifPresent(m -> p.attr("max", m.toPlainString()));
            given.flatMap(Answer::number).ifPresent(n -> p.attr("value", n.toPlainString()));
            p.raw(">");
        } else {
            p.raw("<textarea id=\"answer\" name=\"answer\" rows=\"4\" required")
                    .attr("maxlength", String.valueOf(q.maxLength().orElse(MAX_TEXT_FIELD))).raw(">");
            given.flatMap(Answer::text).ifPresent(p::text);
            p.raw("</textarea>");
        }
        p.raw("</div>");
    }

    private static void assessment(Page p, Req r, Instrument instrument) {
        p.raw("<p class=\"hint\">").text(r.t(instrument.name())).raw(". ");
        if (!instrument.hasItemTexts()) {
            p.text("Deze voorbeeldportal toont geen itemteksten: die zijn gelicenseerd en komen uit het eigen bestand van een portal. Geef per stelling een score.",
                    "This example portal shows no item texts: they are licensed and come from a portal's own file. Give a score per statement.");
        }
        p.raw("</p>");
        int min = instrument.responseScale().min();
        int max = instrument.responseScale().max();
        int n = 0;
        for (Item item : instrument.items()) {
            n++;
            String dimension = CompetenceModels.framework(instrument.framework()).flatMap(fw -> fw.dimension(item.dimension()))
                    .map(Dimension::name).map(r::t).orElse(item.dimension());
            p.raw("<fieldset class=\"item\"><legend>");
            if (item.text().isPresent()) {
                p.text(n + ". " + r.t(item.text().get()));
            } else {
                p.text(r.t("Stelling ", "Statement ") + n + " (" + dimension + ")");
            }
            p.raw("</legend><div class=\"scale\">");
            for (int v = min; v <= max; v++) {
                String id = "item-" + item.id() + "-" + v;
                String label = instrument.responseScale().anchors().containsKey(v)
                        ? v + " " + r.t(instrument.responseScale().anchors().get(v)) : String.valueOf(v);
                p.raw("<span class=\"point\"><input type=\"radio\" required").attr("name", "item." + item.id()).attr("id", id)
                        .attr("value", String.valueOf(v)).raw("><label").attr("for", id).raw(">").text(label).raw("</label></span>");
            }
            p.raw("</div></fieldset>");
        }
    }

    // --- outcome -------------------------------------------------------------------------------------------------------

    private void outcome(Req r) throws Problem, IOException {
        Loaded l = load(r);
        if (!l.session.completed()) {
            redirect(r, "/step");
            return;
        }
        StepView view = l.engine.view(l.session, clock.instant());
        Page p = new Page(r.locale);
        p.raw("<p class=\"journey\">").text(r.t(l.engine.journey().title())).raw("</p>");
        p.raw("<h1>").text(r.t(view.title())).raw("</h1>");
        view.outcome().ifPresent(o -> {
            p.raw("<p class=\"plan\">").text(r.t(o.text())).raw("</p>");
            o.referTo().ifPresent(to -> p.raw("<p>").text(r.t("Je gaat verder met: ", "You continue with: ") + r.t(to)).raw("</p>"));
        });
        p.raw("<p>").text(r.t("Je ondersteuning: ", "Your support: ") + r.t(Labels.level(view.supportLevel()))).raw("</p>");
        p.raw("<h2>").text("Jouw antwoorden", "Your answers").raw("</h2><dl class=\"answers\">");
        for (Map.Entry<String, Answer> a : l.session.answers().entrySet()) {
            l.engine.journey().step(a.getKey()).flatMap(s -> s.question()).ifPresent(q -> {
                p.raw("<dt>").text(r.t(q.prompt())).raw("</dt><dd>").text(describe(r, q, a.getValue())).raw("</dd>");
            });
        }
        p.raw("</dl>");
        p.raw("<p><a href=\"/plan.json\" download=\"mijn-plan.json\" class=\"button\">")
                .text("Download je plan (JSON)", "Download your plan (JSON)").raw("</a></p>");
        p.raw("<p>").link("/", r.t("Begin een nieuwe route", "Start a new journey")).raw("</p>");
        send(r, 200, r.t(view.title()), p.toString(), aside(r, Optional.of(view), true));
    }

    private static String describe(Req r, Question q, Answer a) {
        if (q.isChoice()) {
            List<String> labels = new ArrayList<>();
            for (String code : a.selectedOptions()) {
                labels.add(q.choice(code).map(c -> r.t(c.label())).orElse(code));
            }
            return String.join(", ", labels);
        }
        return a.number().map(BigDecimal::toPlainString).orElse(a.text().orElse(""));
    }

    private void plan(Req r) throws Problem, IOException {
        Loaded l = load(r);
        StepView view = l.engine.view(l.session, clock.instant());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("journey", l.engine.journey().id());
        plan.put("version", l.engine.journey().version());
        plan.put("title", r.t(l.engine.journey().title()));
        plan.put("completed", l.session.completed());
        plan.put("step", l.session.step());
        view.outcome().ifPresent(o -> {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("type", o.type().code());
            outcome.put("title", r.t(view.title()));
            outcome.put("text", r.t(o.text()));
            o.referTo().ifPresent(to -> outcome.put("referTo", r.t(to)));
            plan.put("outcome", outcome);
        });
        plan.put("supportLevel", l.session.supportLevel().code());
        plan.put("answers", l.session.answers());
        plan.put("scores", l.session.scores());
        plan.put("path", l.session.path());
        plan.put("language", r.locale.getLanguage());
        plan.put("createdAt", clock.instant().toString());
        byte[] body = (GuidanceCodec.json().write(plan) + "\n").getBytes(StandardCharsets.UTF_8);
        Headers h = r.ex.getResponseHeaders();
        security(h);
        h.set("Content-Type", "application/json; charset=utf-8");
        h.set("Content-Disposition", "attachment; filename=\"guidance-plan.json\"");
        cookies(r);
        respond(r, 200, body);
    }

    // --- providers -----------------------------------------------------------------------------------------------------

    private void providers(Req r) throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), loket.hours().zone());
        ProvidersCache cache = providers;
        if (cache == null || !cache.asOf.equals(today)) {
            cache = new ProvidersCache(today, SampleProviders.check(today));
            providers = cache;
        }
        Page p = new Page(r.locale);
        p.raw("<h1>").text("Aanbieders en hun keurmerken", "Providers and their quality marks").raw("</h1>");
        p.raw("<p>").text(r.t("Voorbeeldaanbieders (verzonnen gegevens), gecontroleerd tegen ",
                "Sample providers (invented data), checked against ") + r.t(SampleProviders.policy().name())
                + r.t(", peildatum ", ", as of ") + today + ".").raw("</p>");
        int n = 0;
        for (SampleProviders.Checked c : cache.checked) {
            n++;
            p.raw("<section class=\"provider\"><h2>").text(c.label()).raw("</h2>");
            p.raw("<p class=\"status ").raw(statusClass(c.result().verdict())).raw("\">")
                    .text(r.t("Vermelding op deze portal: ", "Listing on this portal: "))
                    .raw("<strong>").text(r.t(Labels.verdict(c.result().verdict()))).raw("</strong></p>");
            if (!c.professionals().isEmpty()) {
                p.raw("<p>").text(r.t("Professionals: ", "Professionals: ") + String.join(", ", c.professionals())).raw("</p>");
            }
            if (!c.marks().isEmpty()) {
                p.raw("<h3>").text("Keurmerken die de aanbieder opgeeft", "Quality marks the provider claims").raw("</h3>");
                c.marks().forEach(report -> report(p, r, report));
            }
            c.result().report().ifPresent(report -> {
                p.raw("<h3>").text(r.t("Vermelding: ", "Listing: ") + r.t(SampleProviders.policy().name())).raw("</h3>");
                report(p, r, report);
            });
            if (!c.result().readable()) {
                p.raw("<ul>");
                c.result().diagnostics().forEach(d -> p.raw("<li>").text(d.render(r.locale)).raw("</li>"));
                p.raw("</ul>");
            }
            p.raw("</section>");
        }
        if (n == 0) {
            p.raw("<p>").text("Geen aanbieders.", "No providers.").raw("</p>");
        }
        send(r, 200, r.t("Aanbieders", "Providers"), p.toString(), aside(r, Optional.empty(), false));
    }

    private static void report(Page p, Req r, QualityReport report) {
        p.raw("<ul class=\"schemes\">");
        for (SchemeResult scheme : report.schemes()) {
            p.raw("<li>").text(scheme.scheme() + scheme.subjectRef().map(s -> " (" + s + ")").orElse("") + ": ")
                    .raw("<strong>").text(r.t(Labels.verdict(scheme.verdict()))).raw("</strong>");
            List<RuleResult> reasons = new ArrayList<>();
            for (RuleResult rule : scheme.rules()) {
                if (rule.verdict() != Verdict.PASS && rule.verdict() != Verdict.NOT_APPLICABLE) {
                    reasons.add(rule);
                }
            }
            if (!reasons.isEmpty()) {
                p.raw("<ul>");
                for (RuleResult rule : reasons) {
                    p.raw("<li>").text(r.t(Labels.verdict(rule.verdict())) + " (" + rule.ruleId() + "): "
                            + r.t(rule.explanation())).raw("</li>");
                }
                p.raw("</ul>");
            }
            p.raw("</li>");
        }
        p.raw("</ul>");
    }

    private static String statusClass(Verdict v) {
        return v == Verdict.PASS ? "pass" : v == Verdict.FAIL ? "fail" : "other";
    }

    // --- the contact panel ---------------------------------------------------------------------------------------------

    private String aside(Req r, Optional<StepView> view, boolean canRequest) {
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
                p.raw("<form method=\"post\" action=\"/contact\">").hidden("csrf", csrf(r.sid))
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

    private static void options(Page p, Req r, ContactOffer offer) {
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

    private static String format(Req r, ZonedDateTime at) {
        return at.format(DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", r.locale));
    }

    // --- plumbing ------------------------------------------------------------------------------------------------------

    private Object lock(String sid) {
        return locks[Math.floorMod(sid == null ? 0 : sid.hashCode(), locks.length)];
    }

    private static Problem unprocessable(String nl, String en) {
        return new Problem(422, LocalizedText.of("Dat lukte niet", "That did not work"), LocalizedText.of(nl, en));
    }

    /** Reads a POST form: size limits, content type, and the CSRF token bound to the session cookie. */
    private Form form(Req r) throws Form.Rejected, IOException, Problem {
        String type = Optional.ofNullable(r.ex.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new Problem(415, LocalizedText.of("Formulier niet te lezen", "Form not readable"),
                    LocalizedText.of("Deze portal neemt alleen gewone formulieren aan.", "This portal only accepts plain forms."));
        }
        long length = -1;
        String declared = r.ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new Form.Rejected(400, "bad Content-Length");
            }
        }
        Form f;
        try (InputStream in = r.ex.getRequestBody()) {
            f = Form.read(in, length, maxFormBytes);
        }
        String token = f.first("csrf").orElse("");
        if (r.sid == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                csrf(r.sid).getBytes(StandardCharsets.UTF_8))) {
            throw new Problem(403, LocalizedText.of("Formulier verlopen", "Form expired"),
                    LocalizedText.of("Dit formulier is verlopen of kwam niet van deze portal. Laad de pagina opnieuw en probeer het nog eens. Je route is bewaard.",
                            "This form has expired or did not come from this portal. Reload the page and try again. Your journey is kept."));
        }
        return f;
    }

    private String csrf(String sid) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(csrfKey, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("csrf:" + sid).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
        }
    }

    private static Map<String, String> cookies(Headers headers) {
        Map<String, String> cookies = new LinkedHashMap<>();
        List<String> lines = headers.get("Cookie");
        if (lines == null) {
            return cookies;
        }
        for (String line : lines) {
            for (String part : line.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    cookies.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
                }
            }
        }
        return cookies;
    }

    private void problem(Req r, Problem problem) throws IOException {
        if (problem.clearSession) {
            r.sid = null;
            r.rotateSid();
        }
        Page p = new Page(r.locale);
        p.raw("<h1>").text(r.t(problem.title)).raw("</h1><p>").text(r.t(problem.message)).raw("</p><ul class=\"next\">");
        if (r.sid != null && !problem.clearSession) {
            p.raw("<li>").link("/step", r.t("Naar je huidige stap", "To your current step")).raw("</li>");
        }
        p.raw("<li>").link("/", r.t("Naar de startpagina", "To the start page")).raw("</li></ul>");
        send(r, problem.status, r.t(problem.title), p.toString(), aside(r, Optional.empty(), false));
    }

    private void send(Req r, int status, String title, String main, String aside) throws IOException {
        String path = r.ex.getRequestURI().getPath();
        boolean nl = "nl".equals(r.locale.getLanguage());
        Page p = new Page(r.locale);
        p.raw("<!DOCTYPE html>\n<html").attr("lang", r.locale.getLanguage()).raw("><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .text(title + " - " + r.t("Loopbaanloket (voorbeeld)", "Career portal (example)"))
                .raw("</title><link rel=\"stylesheet\" href=\"/static/portal.css\"></head><body>")
                .raw("<a class=\"skip-link\" href=\"#main\">").text("Naar de inhoud", "Skip to content").raw("</a>")
                .raw("<header class=\"site\"><p class=\"brand\"><a href=\"/\">").text("Loopbaanloket", "Career portal")
                .raw("</a> <span>").text("voorbeeldportaal van guidance", "guidance reference portal").raw("</span></p>")
                .raw("<nav").attr("aria-label", r.t("Hoofdmenu", "Main menu")).raw("><ul><li><a href=\"/\">")
                .text("Start", "Start").raw("</a></li><li><a href=\"/step\">").text("Mijn route", "My journey")
                .raw("</a></li><li><a href=\"/providers\">").text("Aanbieders", "Providers").raw("</a></li><li><a")
                .attr("href", langHref(path, nl ? "en" : "nl")).attr("lang", nl ? "en" : "nl").attr("hreflang", nl ? "en" : "nl")
                .raw(">").text(nl ? "English" : "Nederlands").raw("</a></li></ul></nav></header>")
                .raw("<div class=\"layout\"><main id=\"main\" tabindex=\"-1\">").raw(main).raw("</main>").raw(aside)
                .raw("</div><footer class=\"site\"><p>")
                .text("Een voorbeeld van de guidance SDK. Verzonnen gegevens; geen echte organisatie.",
                        "An example of the guidance SDK. Invented data; not a real organisation.")
                .raw("</p></footer></body></html>\n");
        Headers h = r.ex.getResponseHeaders();
        security(h);
        h.set("Content-Type", "text/html; charset=utf-8");
        cookies(r);
        respond(r, status, p.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String langHref(String path, String lang) {
        String known = switch (path) {
            case "/", "/step", "/outcome", "/providers" -> path;
            default -> "/";
        };
        return known + "?lang=" + lang;
    }

    private static void security(Headers h) {
        h.set("Content-Security-Policy", CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        h.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    private static void cookies(Req r) {
        for (String c : r.setCookies) {
            r.ex.getResponseHeaders().add("Set-Cookie", c);
        }
    }

    private void redirect(Req r, String to) throws IOException {
        Headers h = r.ex.getResponseHeaders();
        security(h);
        h.set("Location", to);
        cookies(r);
        r.ex.sendResponseHeaders(303, -1);
    }

    private static void respond(Req r, int status, byte[] body) throws IOException {
        if ("HEAD".equals(r.ex.getRequestMethod())) {
            r.ex.sendResponseHeaders(status, -1);
            return;
        }
        r.ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = r.ex.getResponseBody()) {
            out.write(body);
        }
    }

    private void css(Req r) throws IOException {
        byte[] body;
        try (InputStream in = PortalHandler.class.getResourceAsStream("/io/github/careerguidance/examples/portal/portal.css")) {
            if (in == null) {
                throw new IllegalStateException("portal.css is missing from the examples jar");
            }
            body = in.readAllBytes();
        }
        Headers h = r.ex.getResponseHeaders();
        security(h);
        h.set("Content-Type", "text/css; charset=utf-8");
        h.set("Cache-Control", "max-age=3600");
        respond(r, 200, body);
    }
}
