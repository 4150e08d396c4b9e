/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.journeys.engine.StepView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The plan download ({@code GET /plan.json}): the journey, where the session stands, its outcome, answers and scores,
 * as a JSON file the visitor keeps.
 */
final class PlanDownload {
    private final PortalSessions sessions;
    private final Clock clock;
    private final PlanActions plans;

    PlanDownload(PortalSessions sessions, Clock clock, PlanActions plans) {
        this.sessions = sessions;
        this.clock = clock;
        this.plans = plans;
    }

    /** Sends the session's plan as a JSON attachment. */
    void send(Request r) throws Problem, IOException {
        LoadedSession l = sessions.load(r);
        StepView view = l.engine().view(l.session(), clock.instant());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("journey", l.engine().journey().id());
        plan.put("version", l.engine().journey().version());
        plan.put("title", r.t(l.engine().journey().title()));
        plan.put("completed", l.session().completed());
        plan.put("step", l.session().step());
        view.outcome().ifPresent(o -> {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("type", o.type().code());
            outcome.put("title", r.t(view.title()));
            outcome.put("text", r.t(o.text()));
            o.referTo().ifPresent(to -> outcome.put("referTo", r.t(to)));
            plan.put("outcome", outcome);
        });
        synchronized (plans.lock(r.sid)) {
            plans.fixedPlan(r, l)
                    .ifPresent(p -> plan.put("actionPlan", p)); // #15: the plan the pages, PDF and .ics show
        }
        plan.put("supportLevel", l.session().supportLevel().code());
        plan.put("answers", l.session().answers());
        plan.put("scores", l.session().scores());
        plan.put("path", l.session().path());
        plan.put("language", r.locale.getLanguage());
        plan.put("createdAt", clock.instant().toString());
        byte[] body = (GuidanceCodec.json().write(plan) + "\n").getBytes(StandardCharsets.UTF_8);
        Responses.attachment(r, "application/json; charset=utf-8", "guidance-plan.json", body);
    }
}
