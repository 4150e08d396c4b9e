/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import io.github.careerguidance.examples.portal.store.SessionStore;
import io.github.careerguidance.examples.portal.store.SessionStoreException;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The reference portal's entry point on the HTTP server: refuses a foreign Host, hands the request to the
 * {@code Router}, and turns whatever goes wrong into a problem page with its status (the session is always kept).
 * Thread-safe: the state is the store; a session is changed under a lock striped by its id ({@code PortalSessions}).
 *
 * <p>Who does what: {@code Router} picks the page or action; the pages ({@code IntakePage}, {@code StepPage},
 * {@code OutcomePage}, {@code ProvidersPage}, {@code ProblemPage}, with {@code Layout} and {@code ContactPanel}) render
 * HTML through {@code Page}; {@code PlanDownload} sends the plan as JSON; {@code JourneyActions} carries out the posted
 * forms, which {@code FormReader} reads and checks (with {@code Csrf}) and {@code FormValues} turns into the engine's
 * values; {@code PortalSessions} owns the session cookie and the store; {@code Responses} writes every answer with
 * its security headers.
 */
public final class PortalHandler implements HttpHandler {
    /** The session cookie. */
    public static final String SESSION_COOKIE = PortalSessions.COOKIE;
    /** The language cookie. */
    public static final String LANG_COOKIE = Request.LANG_COOKIE;
    /** Security headers sent with every answer. */
    public static final String CSP = Responses.CSP;

    private final Set<String> allowedHosts;
    private final Router router;
    private final ProblemPage problems;

    /**
     * A handler.
     *
     * @param setup the compiled journeys
     * @param store the session store
     * @param clock the clock for opening hours and dates
     * @param loket the contact point shown outside a journey
     * @param maxFormBytes the largest accepted form
     * @param allowedHosts accepted Host header names (without port); empty accepts any
     * @param resumes where resume codes and fixed plans are kept
     * @param codeLifetime how long a resume code works after it was issued
     */
    public PortalHandler(ReferenceSetup setup, SessionStore store, Clock clock, ContactPoint loket, int maxFormBytes,
            Set<String> allowedHosts, JdbcResumeStore resumes, Duration codeLifetime) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        SecureRandom random = new SecureRandom();
        Csrf csrf = new Csrf(random);
        PortalSessions sessions = new PortalSessions(setup, store, clock, random);
        ContactPanel panel = new ContactPanel(clock, loket, csrf);
        StepPage step = new StepPage(sessions, clock, csrf, panel);
        FormReader forms = new FormReader(maxFormBytes, csrf);
        PlanActions plans = new PlanActions(setup, sessions, store, new ResumeCodes(resumes, random, clock, codeLifetime),
                forms, csrf, clock, panel);
        this.router = new Router(new IntakePage(setup, sessions, csrf, panel), step, new OutcomePage(sessions, clock, panel, plans),
                new PlanDownload(sessions, clock, plans), new ProvidersPage(clock, loket, panel),
                new JourneyActions(setup, sessions, forms, step, clock), plans);
        this.problems = new ProblemPage(sessions, panel);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Request r = new Request(ex);
        try {
            if (r.queryProblem != null) {
                throw r.queryProblem;
            }
            if (!hostAllowed(ex)) {
                throw new Problem(421, LocalizedText.of("Onbekende host", "Unknown host"),
                        LocalizedText.of("Deze portal antwoordt alleen op zijn eigen adres.",
                                "This portal only answers on its own address."));
            }
            router.route(r);
        } catch (Form.Rejected e) {
            problems.show(r, new Problem(e.status(), e.status() == 413
                    ? LocalizedText.of("Te veel gegevens", "Too much data")
                    : LocalizedText.of("Verzoek niet te lezen", "Request not readable"),
                    e.status() == 413
                            ? LocalizedText.of("Het formulier was groter dan deze portal aanneemt. Je route is bewaard.",
                                    "The form was larger than this portal accepts. Your journey is kept.")
                            : LocalizedText.of("Het verzoek kon niet worden gelezen. Je route is bewaard.",
                                    "The request could not be read. Your journey is kept.")));
        } catch (Problem p) {
            problems.show(r, p);
        } catch (SessionStoreException e) {
            System.err.println("guidance portal: " + e.getMessage());
            problems.show(r, new Problem(503, LocalizedText.of("Even niet beschikbaar",
                    "Temporarily unavailable"), LocalizedText.of("De opslag van routes is nu niet bereikbaar. Probeer het zo weer.",
                    "Journey storage cannot be reached right now. Please try again shortly.")));
        } catch (RuntimeException e) {
            System.err.println("guidance portal: " + e);
            problems.show(r, new Problem(500, LocalizedText.of("Er ging iets mis", "Something went wrong"),
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
}
