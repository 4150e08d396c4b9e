/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.examples.internal.Labels;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.model.Question;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome page ({@code GET /outcome}) of a completed journey: the plan or referral, the support level, the
 * answers given, and the link to download the plan.
 */
final class OutcomePage {
    private final PortalSessions sessions;
    private final Clock clock;
    private final ContactPanel panel;
    private final PlanActions plans;

    OutcomePage(PortalSessions sessions, Clock clock, ContactPanel panel, PlanActions plans) {
        this.sessions = sessions;
        this.clock = clock;
        this.panel = panel;
        this.plans = plans;
    }

    /** Shows the outcome, or redirects to the current step while the journey is not complete. */
    void show(Request r) throws Problem, IOException {
        LoadedSession l = sessions.load(r);
        if (!l.session().completed()) {
            Responses.redirect(r, "/step");
            return;
        }
        StepView view = l.engine().view(l.session(), clock.instant());
        Page p = new Page(r.locale);
        p.raw("<p class=\"journey\">").text(r.t(l.engine().journey().title())).raw("</p>");
        p.raw("<h1>").text(r.t(view.title())).raw("</h1>");
        view.outcome().ifPresent(o -> {
            p.raw("<p class=\"plan\">").text(r.t(o.text())).raw("</p>");
            o.referTo()
                    .ifPresent(to -> p.raw("<p>")
                            .text(r.t("Je gaat verder met: ", "You continue with: ") + r.t(to))
                            .raw("</p>"));
        });
        p.raw("<p>")
                .text(r.t("Je ondersteuning: ", "Your support: ") + r.t(Labels.level(view.supportLevel())))
                .raw("</p>");
        plans.outcomeSection(p, r, l); // #15: the plan for a person, its downloads, the resume code
        p.raw("<h2 class=\"no-print\">")
                .text("Jouw antwoorden", "Your answers")
                .raw("</h2><dl class=\"answers no-print\">");
        for (Map.Entry<String, Answer> a : l.session().answers().entrySet()) {
            l.engine().journey().step(a.getKey()).flatMap(s -> s.question()).ifPresent(q -> {
                p.raw("<dt>")
                        .text(r.t(q.prompt()))
                        .raw("</dt><dd>")
                        .text(describe(r, q, a.getValue()))
                        .raw("</dd>");
            });
        }
        p.raw("</dl>");
        p.raw("<p class=\"no-print\"><a href=\"/plan.json\" download=\"mijn-plan.json\">")
                .text("Download je plan (JSON)", "Download your plan (JSON)")
                .raw("</a> ")
                .text("voor ontwikkelaars", "for developers")
                .raw("</p>");
        p.raw("<p class=\"no-print\">")
                .link("/", r.t("Begin een nieuwe route", "Start a new journey"))
                .raw("</p>");
        Layout.send(r, 200, r.t(view.title()), p.toString(), panel.aside(r, Optional.of(view), true));
    }

    private static String describe(Request r, Question q, Answer a) {
        if (q.isChoice()) {
            List<String> labels = new ArrayList<>();
            for (String code : a.selectedOptions()) {
                labels.add(q.choice(code).map(c -> r.t(c.label())).orElse(code));
            }
            return String.join(", ", labels);
        }
        return a.number().map(BigDecimal::toPlainString).orElse(a.text().orElse(""));
    }
}
