/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.journeys.engine.ErrorReason;
import io.github.careerguidance.journeys.engine.SessionError;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.model.Question;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The error summary above a refused form (the GOV.UK error-summary pattern): a box that takes focus when the page
 * loads ({@code autofocus} on a {@code tabindex="-1"} box, so no script is needed under the portal's CSP), is
 * announced as an alert, and links each message to the field to correct. The messages speak to the visitor: they
 * say what to do, name no step id or diagnostic code, and never repeat the visitor's answer.
 */
final class ErrorSummary {
    private ErrorSummary() {}

    /**
     * Appends the summary; nothing when there are no messages.
     *
     * @param p the page
     * @param messages what to correct, in the page's language
     * @param field the id of the field the messages link to, or empty for no link
     */
    static void render(Page p, List<String> messages, Optional<String> field) {
        if (messages.isEmpty()) {
            return;
        }
        p.raw(
                        "<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" autofocus>")
                .raw("<h2 id=\"error-summary-title\">")
                .text("Er is een probleem", "There is a problem")
                .raw("</h2><ul>");
        for (String m : messages) {
            p.raw("<li>");
            if (field.isPresent()) { // a link to a field of this page (Page.link takes only page addresses)
                p.raw("<a").attr("href", "#" + field.get()).raw(">").text(m).raw("</a>");
            } else {
                p.text(m);
            }
            p.raw("</li>");
        }
        p.raw("</ul></div>");
    }

    /**
     * The id of the first field of a step's form, which the summary links to.
     *
     * @param view the step
     * @return the id, or empty when the step has no field
     */
    static Optional<String> firstField(StepView view) {
        switch (view.kind()) {
            case QUESTION: {
                Question q = view.question().orElseThrow();
                return Optional.of(q.isChoice() || StepPage.scaleAsChoices(q) ? "answer-0" : "answer");
            }
            case ASSESSMENT:
                return view.instrument().map(SelfTest::firstField);
            default:
                return Optional.empty();
        }
    }

    /**
     * What the visitor should do about an answer the engine refused, in their words.
     *
     * @param r the request (its language)
     * @param error the engine's reason
     * @param view the step the answer was for
     * @return one message
     */
    static String message(Request r, SessionError error, StepView view) {
        Optional<Question> q = view.question();
        ErrorReason reason = error.reason();
        switch (reason) {
            case NUMBER_OUT_OF_RANGE:
                if (q.isPresent() && q.get().min().isPresent() && q.get().max().isPresent()) {
                    String min = plain(q.get().min().get());
                    String max = plain(q.get().max().get());
                    return r.t(
                            "Kies een getal van " + min + " tot en met " + max + ".",
                            "Choose a number from " + min + " to " + max + ".");
                }
                return r.t(
                        "Dit getal kan hier niet. Kijk wat er bij de vraag staat.",
                        "This number cannot be used here. See what the question says.");
            case TEXT_TOO_LONG:
            case ANSWER_LIMIT_EXCEEDED: {
                int max = q.isPresent() && q.get().maxLength().isPresent()
                        ? q.get().maxLength().getAsInt()
                        : FormValues.MAX_TEXT_FIELD;
                return r.t(
                        "Je antwoord is te lang. Gebruik hoogstens " + max + " tekens.",
                        "Your answer is too long. Use at most " + max + " characters.");
            }
            case CHOICE_NOT_OFFERED:
            case WRONG_ANSWER_KIND:
                return r.t(
                        "Kies een van de antwoorden die bij de vraag staan.",
                        "Choose one of the answers given with the question.");
            case INSTRUMENT_RESPONSES_INVALID: {
                Optional<Instrument> i = view.instrument();
                String min = i.map(x -> String.valueOf(x.responseScale().min())).orElse("1");
                String max = i.map(x -> String.valueOf(x.responseScale().max())).orElse("5");
                return r.t(
                        "Kies bij elke uitspraak een score van " + min + " tot en met " + max + ".",
                        "Choose a score from " + min + " to " + max + " for every statement.");
            }
            default:
                return r.t(
                        "Dit antwoord konden we niet verwerken. Probeer het opnieuw, of praat met een persoon.",
                        "We could not process this answer. Please try again, or talk to a person.");
        }
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
