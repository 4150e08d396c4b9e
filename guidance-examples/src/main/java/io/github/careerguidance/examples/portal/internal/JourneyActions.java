/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.journeys.engine.ErrorReason;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Route;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionError;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a posted form does to a journey: start one ({@code POST /start}), answer or leave the current step
 * ({@code POST /step}), ask for a person ({@code POST /contact}). Each reads a checked form, changes the session,
 * saves it against the version it was read at and redirects only once the save is committed; an answer the engine
 * refuses shows the step again with a 422; a save that lost a race with another request (another tab, a double
 * click, another portal process) shows the current step with a 409 saying the answer was not kept.
 */
final class JourneyActions {
    private final Supplier<ReferenceSetup> setup;
    private final PortalSessions sessions;
    private final FormReader forms;
    private final StepPage stepPage;
    private final Clock clock;

    JourneyActions(
            Supplier<ReferenceSetup> setup, PortalSessions sessions, FormReader forms, StepPage stepPage, Clock clock) {
        this.setup = setup;
        this.sessions = sessions;
        this.forms = forms;
        this.stepPage = stepPage;
        this.clock = clock;
    }

    /** Starts the journey the router picks for the intake form, under a new session id. */
    void start(Request r) throws Problem, Form.Rejected, IOException {
        ClientProfile profile = FormValues.profile(forms.read(r));
        Route route = setup.get().router().route(profile.goal().orElseThrow(), profile);
        if (!route.isFound()) {
            throw new Problem(
                    404,
                    LocalizedText.of("Nog geen route", "No journey yet"),
                    LocalizedText.of(
                            "Voor deze keuze is er nog geen route. Praat met een persoon, of kies iets anders.",
                            "There is no journey for this choice yet. Talk to a person, or pick something else."));
        }
        JourneyEngine engine = route.orElseThrow();
        String old = r.sid;
        sessions.rotateId(r); // a new id for every new journey: an id set by someone else is never used
        Session session = engine.start(profile);
        if (!sessions.create(r, engine, session)) {
            throw new IllegalStateException("a new random session id was already taken");
        }
        if (old != null) {
            sessions.delete(old);
        }
        Responses.redirect(r, "/step");
    }

    /** Answers the current step, moves on from it, or goes back, as the form says. */
    void answer(Request r) throws Problem, Form.Rejected, IOException {
        Form f = forms.read(r);
        LoadedSession l = sessions.load(r);
        String stepId = f.first("step")
                .orElseThrow(() -> new Problem(
                        400,
                        LocalizedText.of("Stap ontbreekt", "Step missing"),
                        LocalizedText.of(
                                "Het formulier noemde geen stap. Je route is bewaard.",
                                "The form named no step. Your journey is kept.")));
        String action = f.first("action").orElse("next");
        SessionResult result;
        if ("back".equals(action)) {
            result = l.engine().back(l.session());
        } else if (!stepId.equals(l.session().step()) || l.session().completed()) {
            // let the engine name the reason (unknown step, not the current step, completed)
            result = l.engine().proceed(l.session(), stepId);
            if (result.isAccepted()) {
                throw new IllegalStateException("engine accepted a step that is not current: " + stepId);
            }
        } else {
            StepView view = l.engine().view(l.session(), clock.instant());
            switch (view.kind()) {
                case QUESTION: {
                    Optional<Answer> answer = FormValues.answer(view.question().orElseThrow(), f);
                    if (answer.isEmpty()) {
                        stepPage.render(
                                r, l, 422, List.of(r.t("Kies of vul een antwoord in.", "Choose or enter an answer.")));
                        return;
                    }
                    result = l.engine().answer(l.session(), stepId, answer.get());
                    break;
                }
                case ASSESSMENT: {
                    Optional<Map<String, Integer>> responses =
                            SelfTest.responses(view.instrument().orElseThrow(), f);
                    if (responses.isEmpty()) {
                        stepPage.render(
                                r,
                                l,
                                422,
                                List.of(r.t(
                                        "Kies bij elke uitspraak een van de scores.",
                                        "Choose one of the scores for every statement.")));
                        return;
                    }
                    result = l.engine().assess(l.session(), stepId, responses.get());
                    break;
                }
                case OUTCOME:
                    Responses.redirect(r, "/outcome");
                    return;
                default:
                    result = l.engine().proceed(l.session(), stepId);
            }
        }
        if (!result.isAccepted()) {
            rejected(r, l, result.error().orElseThrow());
            return;
        }
        Session next = result.session();
        if (!sessions.save(r, l, next).isSaved()) {
            lostRace(r);
            return;
        }
        Responses.redirect(r, next.completed() ? "/outcome" : "/step");
    }

    /**
     * Answers a change the engine refused: 404 for an unknown step, 409 for a form of another step (or of a completed
     * journey), otherwise the step again with a 422 and the engine's messages (at most six, no repeats).
     */
    private void rejected(Request r, LoadedSession l, SessionError error) throws IOException, Problem {
        ErrorReason reason = error.reason();
        if (reason == ErrorReason.UNKNOWN_STEP) {
            throw new Problem(
                    404,
                    LocalizedText.of("Onbekende stap", "Unknown step"),
                    LocalizedText.of(
                            "Deze stap bestaat niet in je route. Je route is bewaard; ga verder bij je huidige stap.",
                            "This step does not exist in your journey. Your journey is kept; continue at your current step."));
        }
        if (reason == ErrorReason.NOT_CURRENT_STEP
                || reason == ErrorReason.SESSION_COMPLETED
                || reason == ErrorReason.NOTHING_TO_GO_BACK_TO) {
            throw new Problem(
                    409,
                    LocalizedText.of("Deze pagina is verouderd", "This page is out of date"),
                    LocalizedText.of(
                            "Het formulier hoort niet bij je huidige stap (misschien gebruikte je de terugknop van de browser). Je route is bewaard.",
                            "The form does not belong to your current step (perhaps you used the browser's back button). Your journey is kept."));
        }
        // in the visitor's words: no step id, no diagnostic code, never the answer itself
        stepPage.render(
                r, l, 422, List.of(ErrorSummary.message(r, error, l.engine().view(l.session(), clock.instant()))));
    }

    /**
     * Answers a save that lost a race: the session changed since it was read (another tab, a double click, another
     * portal process). Nothing of this form was kept; the visitor sees where the journey is now (409).
     */
    private void lostRace(Request r) throws Problem, IOException {
        LoadedSession now = sessions.load(r);
        LocalizedText notKept = LocalizedText.of(
                "Dit formulier is niet verwerkt: je route was intussen al verder gegaan (misschien in een ander venster of door twee keer klikken). Hieronder zie je waar je nu bent.",
                "This form was not processed: your journey had moved on meanwhile (perhaps in another window or by clicking twice). Below is where you are now.");
        if (now.session().completed()) {
            throw new Problem(
                    409, LocalizedText.of("Je route is al afgerond", "Your journey is already complete"), notKept);
        }
        stepPage.render(r, now, 409, List.of(r.t(notKept)));
    }

    /** Records that the visitor asked for a person, and returns to the step with the notice. */
    void contact(Request r) throws Problem, Form.Rejected, IOException {
        forms.read(r);
        LoadedSession l = sessions.load(r);
        SessionResult result = l.engine().requestContact(l.session());
        if (!result.isAccepted()) {
            rejected(r, l, result.error().orElseThrow());
            return;
        }
        if (!sessions.save(r, l, result.session()).isSaved()) {
            lostRace(r);
            return;
        }
        Responses.redirect(r, (result.session().completed() ? "/outcome" : "/step") + "?contact=1#contact");
    }
}
