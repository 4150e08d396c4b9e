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
    private final PlanActions plans;

    Router(IntakePage intake, StepPage step, OutcomePage outcome, PlanDownload plan, ProvidersPage providers,
            JourneyActions actions, PlanActions plans) {
        this.intake = intake;
        this.step = step;
        this.outcome = outcome;
        this.plan = plan;
        this.providers = providers;
        this.actions = actions;
        this.plans = plans;
    }

    /** Answers the request with the page or action of its path. */
    void route(Request r) throws Problem, Form.Rejected, IOException {
        String method = r.ex.getRequestMethod();
        String path = r.ex.getRequestURI().getPath();
        boolean get = "GET".equals(method) || "HEAD".equals(method);
        boolean post = "POST".equals(method);
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
            case "/static/portal.css":
                expect(r, get, "GET");
                Responses.stylesheet(r);
                return;
            default:
                if (plans.route(r, path, get, post)) { // #15: plan downloads, resume codes, follow-up, erasure
                    return;
                }
                throw new Problem(404, LocalizedText.of("Pagina niet gevonden", "Page not found"),
                        LocalizedText.of("Deze pagina bestaat niet.", "This page does not exist."));
        }
    }

    private static void expect(Request r, boolean ok, String allow) throws Problem {
        if (!ok) {
            r.ex.getResponseHeaders().set("Allow", allow);
            throw new Problem(405, LocalizedText.of("Methode niet toegestaan", "Method not allowed"),
                    LocalizedText.of("Deze pagina kan zo niet worden opgevraagd.", "This page cannot be requested this way."));
        }
    }
}
