/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.internal.AppendList;
import io.github.careerguidance.journeys.engine.internal.PlanFacts;
import io.github.careerguidance.journeys.engine.internal.Rules;
import io.github.careerguidance.journeys.engine.internal.StepKeys;
import io.github.careerguidance.journeys.engine.internal.StepMap;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The working copy of one operation; never escapes. Its collections are persistent: the ones the operation does
 * not change are the input session's own, the changed ones share all but the changed parts.
 */
final class Draft {
    final String journey;
    String version;
    String step;
    SupportLevel level;
    boolean completed;
    AppendList<String> path;
    StepMap<Integer> visits;
    StepMap<Answer> answers;
    Map<String, CompetenceProfile> scores;
    final ClientProfile profile;
    final String[] profileCodes;
    AppendList<SessionEvent> events;
    final int firstNew;
    /** The plan a follow-up session reviews and its review day, or null. */
    final ActionPlan reviewed;

    final LocalDate reviewDay;

    Draft(
            StepKeys keys,
            String journey,
            String version,
            ClientProfile profile,
            SupportLevel level,
            ActionPlan reviewed,
            LocalDate reviewDay) {
        this.reviewed = reviewed;
        this.reviewDay = reviewDay;
        this.journey = journey;
        this.version = version;
        this.profile = profile;
        this.profileCodes = Rules.profileCodes(profile);
        this.level = level;
        this.path = AppendList.empty();
        this.visits = StepMap.empty(keys);
        this.answers = StepMap.empty(keys);
        this.scores = Map.of();
        this.events = AppendList.empty();
        this.firstNew = 0;
    }

    Draft(StepKeys keys, Session s) {
        this.reviewed = s.reviewedPlan().orElse(null);
        this.reviewDay = s.reviewDate().orElse(null);
        this.journey = s.journey();
        this.version = s.version();
        this.step = s.step();
        this.level = s.supportLevel();
        this.completed = s.completed();
        this.profile = s.profile();
        if (s instanceof EngineSession
                && ((EngineSession) s).visitMap().keys() == keys
                && ((EngineSession) s).answerMap().keys() == keys) {
            EngineSession e = (EngineSession) s;
            this.path = e.pathList();
            this.visits = e.visitMap();
            this.answers = e.answerMap();
            this.events = e.eventList();
            this.profileCodes = e.profileCodes();
        } else {
            this.path = AppendList.copyOf(s.path());
            this.visits = StepMap.copyOf(keys, s.visits());
            this.answers = StepMap.copyOf(keys, s.answers());
            this.events = AppendList.copyOf(s.events());
            this.profileCodes = Rules.profileCodes(profile);
        }
        this.scores = s.scores();
        this.firstNew = events.size();
    }

    /** Progress on the reviewed plan for rules; {@link PlanFacts#NONE} when the session reviews none. */
    PlanFacts facts(PlanBuilder plans) {
        return reviewed == null || reviewDay == null ? PlanFacts.NONE : plans.facts(reviewed, reviewDay, answers);
    }

    void log(SessionEvent event) {
        events = events.append(event);
    }

    void putScore(String key, CompetenceProfile profile) {
        Map<String, CompetenceProfile> more = new LinkedHashMap<>(scores);
        more.put(key, profile);
        scores = Collections.unmodifiableMap(more);
    }

    List<SessionEvent> added() {
        switch (events.size() - firstNew) {
            case 0:
                return List.of();
            case 1:
                return List.of(events.get(firstNew));
            case 2:
                return List.of(events.get(firstNew), events.get(firstNew + 1));
            default:
                return List.copyOf(events.subList(firstNew, events.size()));
        }
    }

    Session build() {
        return new EngineSession(
                journey, version, step, level, completed, path, visits, answers, scores, events, profile, profileCodes);
    }
}
