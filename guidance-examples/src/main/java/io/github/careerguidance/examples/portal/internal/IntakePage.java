/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.intake.IntakeGoal;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.journeys.engine.Route;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The start page ({@code GET /}): why the visitor came, as tiles for the goals a journey serves, an optional
 * employment situation, a link back to a journey in progress, and the catalogue's goals without a journey yet.
 */
final class IntakePage {
    private final Supplier<ReferenceSetup> setup;
    private final PortalSessions sessions;
    private final Csrf csrf;
    private final ContactPanel panel;

    IntakePage(Supplier<ReferenceSetup> setup, PortalSessions sessions, Csrf csrf, ContactPanel panel) {
        this.setup = setup;
        this.sessions = sessions;
        this.csrf = csrf;
        this.panel = panel;
    }

    /** Shows the page; gives the browser a session id first, so that the form's CSRF token has one to bind to. */
    void show(Request r) throws IOException {
        sessions.ensureId(r);
        Page p = new Page(r.locale);
        p.raw("<h1>").text("Waarom kom je?", "Why did you come?").raw("</h1>");
        p.raw("<p>")
                .text(
                        "Kies wat het best bij je past. Je krijgt een route in een paar stappen; je kunt altijd een persoon spreken.",
                        "Pick what fits you best. You get a journey of a few steps; you can always talk to a person.")
                .raw("</p>");
        Optional<String> stored = sessions.journeyOf(r.sid);
        if (stored.isPresent()) {
            String title = setup.get()
                    .engine(stored.get())
                    .map(e -> r.t(e.journey().title()))
                    .orElse(stored.get());
            p.raw("<p class=\"notice\">")
                    .text(r.t("Je was bezig met ", "You were working on "))
                    .raw("<strong>")
                    .text(title)
                    .raw("</strong>. ")
                    .link("/step", r.t("Ga verder waar je was", "Continue where you left off"))
                    .raw("</p>");
        }
        IntakeCatalogue catalogue = IntakeCatalogue.builtIn();
        List<IntakeGoal> served = new ArrayList<>();
        List<IntakeGoal> other = new ArrayList<>();
        for (IntakeGoal goal : catalogue.goals()) {
            Route route = setup.get()
                    .router()
                    .route(
                            goal.code(),
                            ClientProfile.builder().goal(goal.code()).build());
            (route.isFound() ? served : other).add(goal);
        }
        p.raw("<form method=\"post\" action=\"/start\" class=\"intake\">").hidden("csrf", csrf.token(r.sid));
        p.raw("<fieldset class=\"tiles\"><legend>")
                .text("Ik kom omdat ...", "I came because ...")
                .raw("</legend>");
        for (IntakeGoal goal : served) {
            String id = "goal-" + goal.code();
            p.raw("<div class=\"tile\"><input type=\"radio\" name=\"goal\" required")
                    .attr("id", id)
                    .attr("value", goal.code())
                    .raw("><label")
                    .attr("for", id)
                    .raw("><span class=\"tile-title\">")
                    .text(r.t(goal.label()))
                    .raw("</span> <span class=\"tile-text\">")
                    .text(r.t(goal.description()))
                    .raw("</span></label></div>");
        }
        p.raw("</fieldset>");
        IntakeQuestions.select(
                p,
                r,
                "employment",
                LocalizedText.of("Je situatie (niet verplicht)", "Your situation (optional)"),
                Arrays.stream(EmploymentSituation.values())
                        .map(e -> Map.entry(e.code(), e.label()))
                        .toList());
        IntakeQuestions.optional(p, r);
        p.raw("<p class=\"hint\">")
                .text(
                        "We bewaren geen naam, adres of BSN; je route staat onder een willekeurige code in een cookie.",
                        "We keep no name, address or citizen number; your journey is stored under a random code in a cookie.")
                .raw("</p>");
        p.raw("<button type=\"submit\">")
                .text("Start mijn route", "Start my journey")
                .raw("</button></form>");
        // #15: come back without an account
        p.raw("<section class=\"resume\" aria-labelledby=\"resume-start\"><h2 id=\"resume-start\">")
                .text("Verder met je code", "Continue with your code")
                .raw("</h2>");
        PlanActions.resumeForm(p, r, csrf.token(r.sid), "");
        p.raw("<p>").link("/erase", r.t("Wis mijn gegevens", "Erase my data")).raw("</p></section>");
        if (!other.isEmpty()) {
            p.raw("<h2>")
                    .text("Ook in de catalogus (nog zonder route)", "Also in the catalogue (no journey yet)")
                    .raw("</h2><ul>");
            for (IntakeGoal goal : other) {
                p.raw("<li>").text(r.t(goal.label())).raw("</li>");
            }
            p.raw("</ul>");
        }
        Layout.send(r, 200, r.t("Start", "Start"), p.toString(), panel.aside(r, Optional.empty(), false));
    }
}
