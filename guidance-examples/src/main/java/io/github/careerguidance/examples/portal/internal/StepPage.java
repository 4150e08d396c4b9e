/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import java.io.IOException;
import java.math.BigDecimal;
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
     * @param status the HTTP status: 200, 422 with the errors of a refused answer, or 409 after a lost race
     * @param errors the messages to show above the form, possibly none
     * @throws IOException when sending fails
     */
    void render(Request r, LoadedSession l, int status, List<String> errors) throws IOException {
        StepView view = l.engine().view(l.session(), clock.instant());
        Page p = new Page(r.locale);
        p.raw("<p class=\"journey\">")
                .text(r.t(l.engine().journey().title()))
                .raw(" &middot; ")
                .text(r.t("stap ", "step ") + (l.session().path().size() + 1))
                .raw("</p>");
        p.raw("<h1>").text(r.t(view.title())).raw("</h1>");
        ErrorSummary.render(p, errors, ErrorSummary.firstField(view));
        view.text().ifPresent(t -> p.raw("<p>").text(r.t(t)).raw("</p>"));
        p.raw("<form method=\"post\" action=\"/step\" class=\"step\">")
                .hidden("csrf", csrf.token(r.sid))
                .hidden("step", view.step());
        switch (view.kind()) {
            case INFORMATION:
                for (ContentItem item : view.content()) {
                    p.raw("<section class=\"content\">");
                    item.title().ifPresent(t -> p.raw("<h2>").text(r.t(t)).raw("</h2>"));
                    p.raw("<p>").text(r.t(item.text())).raw("</p>");
                    item.url()
                            .ifPresent(u -> p.raw("<p>")
                                    .link(
                                            u,
                                            r.t("Meer informatie", "More information")
                                                    + item.title()
                                                            .map(t -> ": " + r.t(t))
                                                            .orElse(""))
                                    .raw("</p>"));
                    p.raw("</section>");
                }
                break;
            case QUESTION:
                question(p, r, view);
                break;
            case ASSESSMENT:
                SelfTest.render(p, r, view.instrument().orElseThrow());
                break;
            case REFLECTION:
                view.reflection().ifPresent(refl -> {
                    p.raw("<h2>")
                            .text("Vragen om over na te denken", "Questions to reflect on")
                            .raw("</h2><ul class=\"prompts\">");
                    refl.prompts().forEach(q -> p.raw("<li>").text(r.t(q)).raw("</li>"));
                    p.raw("</ul>");
                    if (refl.withProfessional()) {
                        p.raw("<p>")
                                .text(
                                        "Dit gesprek voer je met een loopbaanprofessional; zie 'Praat met een persoon'.",
                                        "You have this conversation with a career professional; see 'Talk to a person'.")
                                .raw("</p>");
                    }
                });
                break;
            case ACTION:
                view.action().ifPresent(a -> {
                    p.raw("<p class=\"action\">").text(r.t(a.text())).raw("</p>");
                    a.url()
                            .ifPresent(u -> p.raw("<p>")
                                    .link(u, r.t("Meer informatie", "More information"))
                                    .raw("</p>"));
                });
                break;
            case CONTACT:
                p.raw("<h2>").text("Wie je kunt spreken", "Who you can talk to").raw("</h2>");
                ContactPanel.options(p, r, view.contactOffer());
                break;
            default:
                break;
        }
        p.raw("<div class=\"buttons\"><button type=\"submit\" name=\"action\" value=\"next\">")
                .text("Verder", "Continue")
                .raw("</button>");
        if (view.canGoBack()) {
            p.raw(" <button type=\"submit\" name=\"action\" value=\"back\" class=\"secondary\" formnovalidate>")
                    .text("Terug", "Back")
                    .raw("</button>");
        }
        p.raw("</div></form>");
        // #15: a resume code to come back without an account
        p.raw("<form method=\"post\" action=\"/save\" class=\"save-later\">")
                .hidden("csrf", csrf.token(r.sid))
                .raw("<button type=\"submit\" class=\"secondary\">")
                .text("Opslaan en later verder", "Save and continue later")
                .raw("</button></form>");
        String title = (errors.isEmpty() ? "" : r.t("Fout: ", "Error: ")) + r.t(view.title());
        Layout.send(r, status, title, p.toString(), panel.aside(r, Optional.of(view), true));
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
                boolean checked =
                        given.map(a -> a.selectedOptions().contains(c.code())).orElse(false);
                p.raw("<div class=\"choice\"><input")
                        .attr("type", multi ? "checkbox" : "radio")
                        .raw(" name=\"answer\"")
                        .attr("id", id)
                        .attr("value", c.code())
                        .raw(checked ? " checked" : "")
                        .raw(multi ? "" : " required")
                        .raw("><label")
                        .attr("for", id)
                        .raw(">")
                        .text(r.t(c.label()))
                        .raw("</label></div>");
            }
            p.raw("</fieldset>");
            return;
        }
        if (scaleAsChoices(q)) {
            scale(p, r, q, given);
            return;
        }
        p.raw("<div class=\"field\"><label for=\"answer\">")
                .text(r.t(q.prompt()))
                .raw("</label>");
        q.help().ifPresent(h -> p.raw("<p class=\"hint\">").text(r.t(h)).raw("</p>"));
        if (q.isNumeric()) {
            p.raw("<input id=\"answer\" name=\"answer\" type=\"number\" required step=\"any\"");
            q.min().ifPresent(m -> p.attr("min", m.toPlainString()));
            q.max().ifPresent(m -> p.attr("max", m.toPlainString()));
            given.flatMap(Answer::number).ifPresent(n -> p.attr("value", n.toPlainString()));
            p.raw(">");
            anchors(p, r, q);
        } else {
            p.raw("<textarea id=\"answer\" name=\"answer\" rows=\"4\" required")
                    .attr("maxlength", String.valueOf(q.maxLength().orElse(FormValues.MAX_TEXT_FIELD)))
                    .raw(">");
            given.flatMap(Answer::text).ifPresent(p::text);
            p.raw("</textarea>");
        }
        p.raw("</div>");
    }

    /** Whether a scale question is shown as a row of radio buttons: whole-number ends at most 11 points apart. */
    static boolean scaleAsChoices(Question q) {
        if (q.type() != QuestionType.SCALE || q.min().isEmpty() || q.max().isEmpty()) {
            return false;
        }
        BigDecimal min = q.min().get();
        BigDecimal max = q.max().get();
        return isWhole(min)
                && isWhole(max)
                && max.subtract(min).compareTo(BigDecimal.TEN) <= 0
                && max.compareTo(min) > 0;
    }

    private static boolean isWhole(BigDecimal n) {
        return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    }

    /** A scale question as radio buttons, the ends labelled with the question's anchors. */
    private static void scale(Page p, Request r, Question q, Optional<Answer> given) {
        int min = q.min().get().intValueExact();
        int max = q.max().get().intValueExact();
        p.raw("<fieldset class=\"item\"><legend>").text(r.t(q.prompt())).raw("</legend>");
        q.help().ifPresent(h -> p.raw("<p class=\"hint\">").text(r.t(h)).raw("</p>"));
        p.raw("<div class=\"scale\">");
        for (int v = min; v <= max; v++) {
            String id = "answer-" + (v - min);
            String anchor = v == min
                    ? q.minLabel().map(r::t).orElse("")
                    : v == max ? q.maxLabel().map(r::t).orElse("") : "";
            int value = v;
            boolean checked = given.flatMap(Answer::number)
                    .map(n -> n.compareTo(BigDecimal.valueOf(value)) == 0)
                    .orElse(false);
            p.raw("<span class=\"point\"><input type=\"radio\" name=\"answer\" required")
                    .attr("id", id)
                    .attr("value", String.valueOf(v))
                    .raw(checked ? " checked" : "")
                    .raw("><label")
                    .attr("for", id)
                    .raw(">")
                    .text(anchor.isEmpty() ? String.valueOf(v) : v + " " + anchor)
                    .raw("</label></span>");
        }
        p.raw("</div></fieldset>");
    }

    /** The anchors of a scale question shown as a number field: what its lowest and highest values mean. */
    private static void anchors(Page p, Request r, Question q) {
        if (q.type() != QuestionType.SCALE
                || q.minLabel().isEmpty() && q.maxLabel().isEmpty()) {
            return;
        }
        p.raw("<p class=\"scale-anchors\">");
        q.minLabel()
                .ifPresent(l -> p.raw("<span>")
                        .text(q.min().map(m -> m.toPlainString() + " = ").orElse("") + r.t(l))
                        .raw("</span>"));
        q.maxLabel()
                .ifPresent(l -> p.raw("<span>")
                        .text(q.max().map(m -> m.toPlainString() + " = ").orElse("") + r.t(l))
                        .raw("</span>"));
        p.raw("</p>");
    }
}
