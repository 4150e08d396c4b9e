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
import io.github.careerguidance.examples.portal.adviser.AdviserAccounts;
import io.github.careerguidance.examples.portal.store.JdbcAttemptCounts;
import io.github.careerguidance.examples.portal.store.JdbcHandoverSink;
import io.github.careerguidance.examples.portal.store.JdbcResumeStore;
import io.github.careerguidance.examples.portal.store.SessionStore;
import io.github.careerguidance.examples.portal.store.SessionStoreException;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reference portal's entry point on the HTTP server: refuses a foreign Host, hands the request to the
 * {@code Router}, and turns whatever goes wrong into a problem page with its status (the session is always kept).
 * Thread-safe: the state is the store; a change is saved only against the version it was read at
 * ({@code PortalSessions}), so concurrent requests (in this process or another on the same database) never overwrite
 * each other.
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

    /** Failed adviser sign-ins on one account name within {@link #LOCKOUT_WINDOW} before it is locked. */
    public static final int LOCKOUT_PER_ACCOUNT = 5;
    /** Failed adviser sign-ins from one client address within {@link #LOCKOUT_WINDOW} before it is locked. */
    public static final int LOCKOUT_PER_ADDRESS = 20;
    /** How long failed sign-ins count, and so how long a lock-out lasts at most. */
    public static final Duration LOCKOUT_WINDOW = Duration.ofMinutes(15);
    /** The adviser session cookie. */
    public static final String ADVISER_COOKIE = AdviserSessions.COOKIE;

    private final Set<String> allowedHosts;
    private final EdgePolicy edge;
    private final Router router;
    private final ProblemPage problems;
    private final PreviewPage preview;

    /**
     * A handler.
     *
     * @param setup the journeys now served (asked on every request, so a live-preview reload shows at once)
     * @param served the served journeys with the designer's files for the preview banner and {@code /preview}, or null
     * @param store the session store
     * @param clock the clock for opening hours, dates, callback windows and lock-outs
     * @param points the contact points; the first is shown outside a journey
     * @param maxFormBytes the largest accepted form
     * @param allowedHosts accepted Host header names (without port); empty accepts any
     * @param callbacks where callback requests go, or null for a portal without callbacks (and without adviser view)
     * @param advisers the accounts that may sign in to the adviser view
     * @param edge where requests come from and what is trusted about them
     * @param csrfKey the key of the visitors' CSRF tokens (at least 16 bytes; from the persisted secret, so that forms
     *     survive a restart), or null for a random one per start
     * @param retention how long an idle session is kept (stated on the privacy page)
     * @param resumes where resume codes and fixed plans are kept
     * @param codeLifetime how long a resume code works after it was issued
     * @param attempts where the resume-code limits and the adviser lock-out count attempts (shared by every process
     *     on the database), or null to count in this process's memory
     */
    public PortalHandler(
            Supplier<ReferenceSetup> setup,
            ServedJourneys served,
            SessionStore store,
            Clock clock,
            List<ContactPoint> points,
            int maxFormBytes,
            Set<String> allowedHosts,
            JdbcHandoverSink callbacks,
            AdviserAccounts advisers,
            EdgePolicy edge,
            byte[] csrfKey,
            Duration retention,
            JdbcResumeStore resumes,
            Duration codeLifetime,
            JdbcAttemptCounts attempts) {
        this.allowedHosts = Set.copyOf(allowedHosts);
        this.edge = edge;
        ContactPoint loket = points.get(0);
        SecureRandom random = new SecureRandom();
        AttemptCounts counts = attempts == null ? AttemptCounts.inMemory(100_000) : AttemptCounts.shared(attempts);
        Csrf csrf = new Csrf(csrfKey == null ? Csrf.randomKey(random) : csrfKey);
        PortalSessions sessions = new PortalSessions(setup, store, clock, random);
        ContactPanel panel = new ContactPanel(clock, loket, csrf, callbacks != null);
        StepPage step = new StepPage(sessions, clock, csrf, panel);
        this.preview = new PreviewPage(served, sessions, panel);
        FormReader forms = new FormReader(maxFormBytes, csrf);
        CallbackPage callback =
                callbacks == null ? null : new CallbackPage(sessions, forms, csrf, clock, panel, callbacks, points);
        AdviserPages adviserPages = callbacks == null
                ? null
                : new AdviserPages(
                        advisers,
                        new AdviserSessions(clock, random),
                        new SignInGuard(clock, LOCKOUT_PER_ACCOUNT, LOCKOUT_PER_ADDRESS, LOCKOUT_WINDOW, counts),
                        new Csrf(Csrf.randomKey(random)),
                        forms,
                        callbacks,
                        setup.get(),
                        clock);
        PlanActions plans = new PlanActions(
                setup,
                sessions,
                store,
                new ResumeCodes(resumes, random, clock, codeLifetime, counts),
                forms,
                csrf,
                clock,
                panel);
        this.router = new Router(
                new IntakePage(setup, sessions, csrf, panel),
                step,
                new OutcomePage(sessions, clock, panel, plans),
                new PlanDownload(sessions, clock, plans),
                new ProvidersPage(clock, loket, panel),
                new JourneyActions(setup, sessions, forms, step, clock),
                new PrivacyPage(retention, panel),
                callback,
                adviserPages,
                preview,
                plans);
        this.problems = new ProblemPage(sessions, panel);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        Request r = new Request(ex, edge.secureCookies());
        r.clientAddress = edge.clientAddress(ex).orElse(null);
        try {
            if (r.queryProblem != null) {
                throw r.queryProblem;
            }
            if (!hostAllowed(ex)) {
                throw new Problem(
                        421,
                        LocalizedText.of("Onbekende host", "Unknown host"),
                        LocalizedText.of(
                                "Deze portal antwoordt alleen op zijn eigen adres.",
                                "This portal only answers on its own address."));
            }
            if (edge.forwardedOverPlainHttp(ex) && edge.publicUrl().isPresent()) {
                Responses.redirectPermanent(
                        r, edge.publicUrl().get() + ex.getRequestURI().getRawPath());
                return;
            }
            if ("POST".equals(ex.getRequestMethod()) && !edge.sameOrigin(ex)) {
                throw new Problem(
                        403,
                        LocalizedText.of("Formulier van een andere site", "Form from another site"),
                        LocalizedText.of(
                                "Dit formulier kwam niet van deze portal en is niet verwerkt. Je route is bewaard.",
                                "This form did not come from this portal and was not processed. Your journey is kept."));
            }
            r.banner = preview.banner(r);
            router.route(r);
        } catch (Form.Rejected e) {
            problems.show(
                    r,
                    new Problem(
                            e.status(),
                            e.status() == 413
                                    ? LocalizedText.of("Te veel gegevens", "Too much data")
                                    : LocalizedText.of("Verzoek niet te lezen", "Request not readable"),
                            e.status() == 413
                                    ? LocalizedText.of(
                                            "Het formulier was groter dan deze portal aanneemt. Je route is bewaard.",
                                            "The form was larger than this portal accepts. Your journey is kept.")
                                    : LocalizedText.of(
                                            "Het verzoek kon niet worden gelezen. Je route is bewaard.",
                                            "The request could not be read. Your journey is kept.")));
        } catch (Problem p) {
            problems.show(r, p);
        } catch (SessionStoreException e) {
            System.err.println("guidance portal: " + e.getMessage());
            problems.show(
                    r,
                    new Problem(
                            503,
                            LocalizedText.of("Even niet beschikbaar", "Temporarily unavailable"),
                            LocalizedText.of(
                                    "De opslag van routes is nu niet bereikbaar. Probeer het zo weer.",
                                    "Journey storage cannot be reached right now. Please try again shortly.")));
        } catch (RuntimeException e) {
            System.err.println("guidance portal: " + e);
            problems.show(
                    r,
                    new Problem(
                            500,
                            LocalizedText.of("Er ging iets mis", "Something went wrong"),
                            LocalizedText.of(
                                    "Er ging iets mis in de portal. Je route is bewaard.",
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
        String name = host.startsWith("[")
                ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.indexOf(':')) : host;
        return allowedHosts.contains(name.toLowerCase(Locale.ROOT));
    }
}
