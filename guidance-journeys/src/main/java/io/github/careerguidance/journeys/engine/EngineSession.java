/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.internal.AppendList;
import io.github.careerguidance.journeys.engine.internal.Rules;
import io.github.careerguidance.journeys.engine.internal.StepMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions an engine makes: the same value as any {@link Session} (equal to an {@code ImmutableSession} with
 * the same fields), held in persistent structures that share everything but the changed parts with the session
 * they were made from, so that an operation allocates a few small objects instead of copying the path, visits,
 * answers and event log. Immutable and thread-safe. Not API.
 */
final class EngineSession extends Session {
    private final String journey;
    private final String version;
    private final String step;
    private final SupportLevel level;
    private final boolean completed;
    private final AppendList<String> path;
    private final StepMap<Integer> visits;
    private final StepMap<Answer> answers;
    private final Map<String, CompetenceProfile> scores;
    private final AppendList<SessionEvent> events;
    private final ClientProfile profile;
    private final String[] profileCodes;

    EngineSession(
            String journey,
            String version,
            String step,
            SupportLevel level,
            boolean completed,
            AppendList<String> path,
            StepMap<Integer> visits,
            StepMap<Answer> answers,
            Map<String, CompetenceProfile> scores,
            AppendList<SessionEvent> events,
            ClientProfile profile) {
        this(
                journey,
                version,
                step,
                level,
                completed,
                path,
                visits,
                answers,
                scores,
                events,
                profile,
                Rules.profileCodes(profile));
    }

    /** With the profile's field codes ({@link Rules#profileCodes}) already known: never changed, never exposed. */
    EngineSession(
            String journey,
            String version,
            String step,
            SupportLevel level,
            boolean completed,
            AppendList<String> path,
            StepMap<Integer> visits,
            StepMap<Answer> answers,
            Map<String, CompetenceProfile> scores,
            AppendList<SessionEvent> events,
            ClientProfile profile,
            String[] profileCodes) {
        this.journey = journey;
        this.version = version;
        this.step = step;
        this.level = level;
        this.completed = completed;
        this.path = path;
        this.visits = visits;
        this.answers = answers;
        this.scores = scores;
        this.events = events;
        this.profile = profile;
        this.profileCodes = profileCodes;
    }

    @Override
    public String journey() {
        return journey;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String step() {
        return step;
    }

    @Override
    public SupportLevel supportLevel() {
        return level;
    }

    @Override
    public boolean completed() {
        return completed;
    }

    @Override
    public List<String> path() {
        return path;
    }

    @Override
    public Map<String, Integer> visits() {
        return visits;
    }

    @Override
    public Map<String, Answer> answers() {
        return answers;
    }

    @Override
    public Map<String, CompetenceProfile> scores() {
        return scores;
    }

    @Override
    public List<SessionEvent> events() {
        return events;
    }

    @Override
    public ClientProfile profile() {
        return profile;
    }

    /**
     * The profile's field codes as rules read them (the engine's own array: never to be written).
     *
     * @return the codes by {@code ProfileField} ordinal
     */
    String[] profileCodes() {
        return profileCodes;
    }

    AppendList<String> pathList() {
        return path;
    }

    StepMap<Integer> visitMap() {
        return visits;
    }

    StepMap<Answer> answerMap() {
        return answers;
    }

    AppendList<SessionEvent> eventList() {
        return events;
    }
}
