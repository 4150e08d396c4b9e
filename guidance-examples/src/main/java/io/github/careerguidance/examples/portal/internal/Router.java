/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

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
                Problem.expectMethod(r, get, "GET");
                intake.show(r);
                return;
            case "/start":
                Problem.expectMethod(r, post, "POST");
                actions.start(r);
                return;
            case "/step":
                if (post) {
                    actions.answer(r);
                } else {
                    Problem.expectMethod(r, get, "GET, POST");
                    step.show(r);
                }
                return;
            case "/contact":
                Problem.expectMethod(r, post, "POST");
                actions.contact(r);
                return;
            case "/outcome":
                Problem.expectMethod(r, get, "GET");
                outcome.show(r);
                return;
            case "/plan.json":
                Problem.expectMethod(r, get, "GET");
                plan.send(r);
                return;
            case "/providers":
                Problem.expectMethod(r, get, "GET");
                providers.show(r);
                return;
            case "/privacy":
                Problem.expectMethod(r, get, "GET");
                privacy.show(r);
                return;
            case "/preview":
                if (preview != null) {
                    Problem.expectMethod(r, get, "GET");
                    preview.show(r);
                    return;
                }
                throw Problem.notFound();
            case "/static/portal.css":
                Problem.expectMethod(r, get, "GET");
                Responses.stylesheet(r);
                return;
            default:
                if (plans.route(r, path, get, post)) { // #15: plan downloads, resume codes, follow-up, erasure
                    return;
                }
                throw Problem.notFound();
        }
    }
}
