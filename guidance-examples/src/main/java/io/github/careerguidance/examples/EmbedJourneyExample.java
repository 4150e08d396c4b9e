/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples;

import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.portal.store.SaveResult;
import io.github.careerguidance.examples.portal.store.SessionStore;
import io.github.careerguidance.examples.portal.store.StoredSession;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Route;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Code example: embed a journey in your own portal. Your web framework calls these three methods from its
 * controllers; everything that survives between requests is the engine's JSON snapshot in your
 * {@link SessionStore}, under an unguessable id that you keep in a cookie.
 *
 * <pre>{@code
 * EmbedJourneyExample portal = new EmbedJourneyExample(store, Clock.systemUTC());
 * String id = portal.start("looking-for-work", ClientProfile.builder().build()).orElseThrow();  // set as cookie
 * StepView view = portal.show(id).orElseThrow();                                                 // render it
 * portal.submit(id, view.step(), Map.of("answer", "geen-werk"));                                 // on POST
 * }</pre>
 *
 * <p>Thread-safe when the store is; the engines are immutable and shared.
 *
 * @since 0.1.0
 */
public final class EmbedJourneyExample {
    private final ReferenceSetup setup = ReferenceSetup.of(java.util.List.of(CoreDemo.sampleContactPoint()));
    private final SessionStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * An embedding over a store.
     *
     * @param store where snapshots are kept
     * @param clock the clock for opening hours
     */
    public EmbedJourneyExample(SessionStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A visitor picked an intake goal: route it to a journey, start, store.
     *
     * @param goal the intake goal code
     * @param profile what the visitor told about themselves
     * @return the new session id (put it in an HttpOnly cookie), or empty when no journey serves the goal
     */
    public Optional<String> start(String goal, ClientProfile profile) {
        Route route = setup.router().route(goal, profile);
        if (!route.isFound()) {
            return Optional.empty();
        }
        JourneyEngine engine = route.orElseThrow();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session session = engine.start(profile);
        SaveResult saved = store.save(
                new StoredSession(
                        id,
                        engine.journey().id(),
                        engine.store(session),
                        clock.instant(),
                        session.events().size()),
                SessionStore.NEW);
        return saved.isSaved() ? Optional.of(id) : Optional.empty(); // a taken random id: practically never
    }

    /**
     * What to render for a session: the current step, narrowed, with its contact offer.
     *
     * @param id the session id from the cookie
     * @return the view, or empty for an unknown id or a snapshot that no longer fits the journey
     */
    public Optional<StepView> show(String id) {
        return load(id).map(l -> l.engine.view(l.session, clock.instant()));
    }

    /**
     * A form was posted for a step: answer a question, score an assessment, or go on. The session is stored only
     * when the engine accepts the input, so bad input never loses it.
     *
     * @param id the session id
     * @param stepId the step the form was for
     * @param form the form: {@code answer} for a single-choice question, the item ids for an assessment
     * @return the engine's result (accepted with the new session, or rejected with the reason), or empty for an
     *     unknown id, a form that cannot be an answer at all (blank, too long, not a number), or a session another
     *     request changed since it was loaded (nothing is stored then: show the visitor the current step again)
     */
    public Optional<SessionResult> submit(String id, String stepId, Map<String, String> form) {
        try {
            return load(id).flatMap(l -> submit(l, id, stepId, form));
        } catch (IllegalArgumentException e) { // Answer.choice and Integer.valueOf refuse unusable input
            return Optional.empty();
        }
    }

    private Optional<SessionResult> submit(Loaded l, String id, String stepId, Map<String, String> form) {
        {
            StepView view = l.engine.view(l.session, clock.instant());
            SessionResult result;
            switch (view.kind()) {
                case QUESTION:
                    result = l.engine.answer(l.session, stepId, Answer.choice(form.getOrDefault("answer", "")));
                    break;
                case ASSESSMENT: {
                    Map<String, Integer> responses = new java.util.LinkedHashMap<>();
                    form.forEach((item, value) -> responses.put(item, Integer.valueOf(value)));
                    result = l.engine.assess(l.session, stepId, responses);
                    break;
                }
                default:
                    result = l.engine.proceed(l.session, stepId);
            }
            if (result.isAccepted()) {
                // saved only if nobody else saved since it was loaded (optimistic concurrency, see SessionStore)
                Session next = result.session();
                SaveResult saved = store.save(
                        new StoredSession(
                                id,
                                l.engine.journey().id(),
                                l.engine.store(next),
                                clock.instant(),
                                Math.max(next.events().size(), l.version + 1)),
                        l.version);
                if (!saved.isSaved()) {
                    return Optional.empty();
                }
            }
            return Optional.of(result);
        }
    }

    private static final class Loaded {
        final JourneyEngine engine;
        final Session session;
        final long version;

        Loaded(JourneyEngine engine, Session session, long version) {
            this.engine = engine;
            this.session = session;
            this.version = version;
        }
    }

    private Optional<Loaded> load(String id) {
        Optional<StoredSession> stored = store.load(id);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Optional<JourneyEngine> engine = setup.engine(stored.get().journey());
        if (engine.isEmpty()) {
            return Optional.empty();
        }
        ReadResult<Session> session = engine.get().resume(stored.get().snapshot());
        return session.isSuccessful()
                ? Optional.of(new Loaded(
                        engine.get(), session.orElseThrow(), stored.get().version()))
                : Optional.empty();
    }
}
