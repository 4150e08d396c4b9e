/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.text.LocalizedText;
import java.io.IOException;

/**
 * Which page or action answers a request, by path and method: {@code GET}/{@code HEAD} shows, {@code POST} acts; a
 * known path with another method gets a 405 naming the allowed ones, an unknown path a 404.
 */
final class Router {
    private final IntakePage intake;
    private final StepPage step;
    private final OutcomePage outcome;
    private final PlanDownload plan;
    private final ProvidersPage providers;
    private final JourneyActions actions;
    private final PrivacyPage privacy;
    private final CallbackPage callback;
    private final AdviserPages advisers;
    private final PreviewPage preview;
    private final PlanActions plans;

    /**
     * A router; the callback pages, the adviser view and the live preview's overview {@code /preview} are each null
     * when the portal has none.
     */
    Router(
            IntakePage intake,
            StepPage step,
            OutcomePage outcome,
            PlanDownload plan,
            ProvidersPage providers,
            JourneyActions actions,
            PrivacyPage privacy,
            CallbackPage callback,
            AdviserPages advisers,
            PreviewPage preview,
            PlanActions plans) {
        this.privacy = privacy;
        this.callback = callback;
        this.advisers = advisers;
        this.preview = preview;
        this.plans = plans;
        this.intake = intake;
        this.step = step;
        this.outcome = outcome;
        this.plan = plan;
        this.providers = providers;
        this.actions = actions;
    }

    /** Answers the request with the page or action of its path. */
    void route(Request r) throws Problem, Form.Rejected, IOException {
        String method = r.ex.getRequestMethod();
        String path = r.ex.getRequestURI().getPath();
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        boolean post = "POST".equals(method);
        if (callback != null && CallbackPage.handles(path)) {
            callback.route(r, path, get, post);
            return;
        }
        if (advisers != null && AdviserPages.handles(path)) {
            advisers.route(r, path, get, post);
            return;
        }
        switch (path) {
            case "/":
                expect(r, get, "GET");
                intake.show(r);
                return;
            case "/start":
                expect(r, post, "POST");
                actions.start(r);
                return;
            case "/step":
                if (post) {
                    actions.answer(r);
                } else {
                    expect(r, get, "GET, POST");
                    step.show(r);
                }
                return;
            case "/contact":
                expect(r, post, "POST");
                actions.contact(r);
                return;
            case "/outcome":
                expect(r, get, "GET");
                outcome.show(r);
                return;
            case "/plan.json":
                expect(r, get, "GET");
                plan.send(r);
                return;
            case "/providers":
                expect(r, get, "GET");
                providers.show(r);
                return;
            case "/privacy":
                expect(r, get, "GET");
                privacy.show(r);
                return;
            case "/preview":
                if (preview != null) {
                    expect(r, get, "GET");
                    preview.show(r);
                    return;
                }
                throw new Problem(
                        404,
                        LocalizedText.of("Pagina niet gevonden", "Page not found"),
                        LocalizedText.of("Deze pagina bestaat niet.", "This page does not exist."));
            case "/static/portal.css":
                expect(r, get, "GET");
                Responses.stylesheet(r);
                return;
            default:
                if (plans.route(r, path, get, post)) { // #15: plan downloads, resume codes, follow-up, erasure
                    return;
                }
                throw new Problem(
                        404,
                        LocalizedText.of("Pagina niet gevonden", "Page not found"),
                        LocalizedText.of("Deze pagina bestaat niet.", "This page does not exist."));
        }
    }

    private static void expect(Request r, boolean ok, String allow) throws Problem {
        if (!ok) {
            r.ex.getResponseHeaders().set("Allow", allow);
            throw new Problem(
                    405,
                    LocalizedText.of("Methode niet toegestaan", "Method not allowed"),
                    LocalizedText.of(
                            "Deze pagina kan zo niet worden opgevraagd.", "This page cannot be requested this way."));
        }
    }
}
