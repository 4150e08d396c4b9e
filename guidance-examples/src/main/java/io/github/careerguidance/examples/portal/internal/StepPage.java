/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Dimension;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The page of the current step ({@code GET /step}): its title and text, the form for its kind (content, a question,
 * an assessment's items, reflection prompts, an action, whom to contact), the errors of a refused answer, and the
 * continue and back buttons.
 */
final class StepPage {
    private final PortalSessions sessions;
    private final Clock clock;
    private final Csrf csrf;
    private final ContactPanel panel;

    StepPage(PortalSessions sessions, Clock clock, Csrf csrf, ContactPanel panel) {
        this.sessions = sessions;
        this.clock = clock;
        this.csrf = csrf;
        this.panel = panel;
    }

    /** Shows the current step, or redirects to the outcome when the journey is complete. */
    void show(Request r) throws Problem, IOException {
        LoadedSession l = sessions.load(r);
        if (l.session().completed()) {
            Responses.redirect(r, "/outcome");
            return;
        }
        render(r, l, 200, List.of());
    }

    /**
     * Renders the current step.
     *
     * @param r the request
     * @param l the session
     * @param status the HTTP status: 200, or 422 with the errors of a refused answer
     * @param errors the messages to show above the form, possibly none
     * @throws IOException when sending fails
     */
    void render(Request r, LoadedSession l, int status, List<String> errors) throws IOException {
        StepView view = l.engine().view(l.session(), clock.instant());
        Page p = new Page(r.locale);
        p.raw("<p class=\"journey\">").text(r.t(l.engine().journey().title())).raw(" &middot; ")
                .text(r.t("stap ", "step ") + (l.session().path().size() + 1)).raw("</p>");
        p.raw("<h1>").text(r.t(view.title())).raw("</h1>");
        errors(p, errors);
        view.text().ifPresent(t -> p.raw("<p>").text(r.t(t)).raw("</p>"));
        p.raw("<form method=\"post\" action=\"/step\" class=\"step\">").hidden("csrf", csrf.token(r.sid)).hidden("step", view.step());
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
                ContactPanel.options(p, r, view.contactOffer());
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
        // #15: a resume code to come back without an account
        p.raw("<form method=\"post\" action=\"/save\" class=\"save-later\">").hidden("csrf", csrf.token(r.sid))
                .raw("<button type=\"submit\" class=\"secondary\">").text("Opslaan en later verder", "Save and continue later")
                .raw("</button></form>");
        Layout.send(r, status, r.t(view.title()), p.toString(), panel.aside(r, Optional.of(view), true));
    }

    private static void errors(Page p, List<String> errors) {
        if (errors.isEmpty()) {
            return;
        }
        p.raw("<div class=\"error\" role=\"alert\"><h2>").text("Dat lukte niet", "That did not work").raw("</h2><ul>");
        errors.forEach(e -> p.raw("<li>").text(e).raw("</li>"));
        p.raw("</ul></div>");
    }

    private static void question(Page p, Request r, StepView view) {
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
                    .attr("maxlength", String.valueOf(q.maxLength().orElse(FormValues.MAX_TEXT_FIELD))).raw(">");
            given.flatMap(Answer::text).ifPresent(p::text);
            p.raw("</textarea>");
        }
        p.raw("</div>");
    }

    private static void assessment(Page p, Request r, Instrument instrument) {
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
}
