/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.EventType;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionEvent;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.model.StepKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Walks simulated clients through the real engine, one at a time, and counts into one chunk's accumulator. The
 * engine decides every transition, escalation and completion; the walker only chooses the client's input (the
 * answer, the responses, proceed, drop out, ask for a person) from the population model, as a portal's visitor
 * would. Not thread-safe; one per chunk.
 */
final class Walker {
    private static final ContactChannel[] CHANNELS = ContactChannel.values();

    final SimulationRun run;
    final Accumulator accumulator;
    final List<List<ClientStep>> events;
    private final boolean[] visited;
    private final boolean[] exposedCompetency;
    private final boolean[] exposedPhase;
    private final boolean[] levels;
    private final boolean[] reasons;
    private final boolean[] channels;
    private final String[] profileCodes = new String[4];
    private final StringBuilder path = new StringBuilder(256);
    private List<ClientStep> rows;

    Walker(SimulationRun run, Accumulator accumulator, boolean events) {
        this.run = run;
        this.accumulator = accumulator;
        this.events = events ? new ArrayList<>() : null;
        int max = 0;
        for (JourneyPlan p : run.plans) {
            max = Math.max(max, p.steps.length);
        }
        visited = new boolean[max];
        exposedCompetency = new boolean[run.competencies.size()];
        exposedPhase = new boolean[io.github.careerguidance.core.competence.CasvePhase.values().length];
        levels = new boolean[SupportLevel.values().length];
        reasons = new boolean[io.github.careerguidance.journeys.engine.EscalationReason.values().length];
        channels = new boolean[CHANNELS.length];
    }

    void walk(long client) {
        Accumulator a = accumulator;
        a.clients++;
        ClientProfile profile = run.profile(client);
        String goal = profile.goal().orElseThrow();
        JourneyPlan plan = run.plan(run.router.route(goal, profile));
        rows = events == null ? null : new ArrayList<>();
        if (plan == null) {
            a.unrouted++;
            a.unroutedByGoal.computeIfAbsent(goal, k -> new long[1])[0]++;
            row(client, "", -1, null, "unrouted", null, SupportLevel.SELF_HELP, null, 0, 0);
            flush();
            return;
        }
        a.routed++;
        a.routedTo[plan.index]++;
        profileCodes[0] = profile.ageBand().map(Enum::name).orElse(null);
        profileCodes[1] = profile.educationLevel().map(Enum::name).orElse(null);
        profileCodes[2] = profile.employment().map(Enum::name).orElse(null);
        profileCodes[3] = profile.region().map(r -> r.code()).orElse(null);
        Arrays.fill(visited, false);
        Arrays.fill(exposedCompetency, false);
        Arrays.fill(exposedPhase, false);
        Arrays.fill(levels, false);
        Arrays.fill(reasons, false);
        Arrays.fill(channels, false);
        path.setLength(0);
        path.append(plan.journey.id()).append(':');
        boolean human = false;
        ContactChannel requested = null;
        SplittableRandom random = Samplers.stream(run.seed, client, 1);
        JourneyEngine engine = plan.engine;
        Session s = engine.start(profile);
        escalations(s.events());
        int at = plan.indexOf(s.step());
        enter(plan, at);
        int steps = 0;
        int minutes = 0;
        String end;
        while (true) {
            StepKind kind = plan.kinds[at];
            if (s.completed()) {
                a.completed++;
                a.completedAt[plan.index][at]++;
                a.outcome(steps, minutes);
                row(client, plan.journey.id(), steps, plan, "completed", null, s.supportLevel(), null, 0, at);
                end = "";
                break;
            }
            if (steps >= run.population.maxSteps()) {
                a.stepLimit++;
                a.droppedAt[plan.index][at]++;
                row(client, plan.journey.id(), steps, plan, "step-limit", null, s.supportLevel(), null, 0, at);
                end = ">(step-limit)";
                break;
            }
            double leave = random.nextDouble();
            double ask = random.nextDouble();
            if (leave < run.dropOut[kind.ordinal()]) {
                a.dropped++;
                a.droppedAt[plan.index][at]++;
                row(client, plan.journey.id(), steps, plan, "dropped-out", null, s.supportLevel(), null, 0, at);
                end = ">(drop-out)";
                break;
            }
            if (ask < run.population.contactRequest()) {
                SessionResult r = engine.requestContact(s);
                s = r.session();
                escalations(r.events());
                ContactChannel c = channel(ContactChannel.suggestedFor(s.supportLevel()), random);
                human = true;
                channels[c.ordinal()] = true;
                requested = requested == null ? c : requested;
                row(client, plan.journey.id(), steps, plan, "contact-requested", null, s.supportLevel(), c, 0, at);
            }
            SessionResult r;
            String action;
            String answerText = null;
            String step = plan.steps[at].id();
            switch (kind) {
                case QUESTION: {
                    Answer answer = plan.questions[at].draw(profileCodes, s.answers(), random);
                    answerText = text(answer);
                    r = engine.answer(s, step, answer);
                    action = "answered";
                    break;
                }
                case ASSESSMENT: {
                    String[] items = plan.items[at];
                    if (items == null) {
                        items = itemsFromView(engine, s);
                    }
                    Map<String, Integer> responses =
                            plan.assessments[at].draw(items, profileCodes, s.answers(), random);
                    r = engine.assess(s, step, responses);
                    action = "assessed";
                    break;
                }
                default:
                    r = engine.proceed(s, step);
                    action = "proceeded";
            }
            if (!r.isAccepted()) {
                a.rejected++;
                a.droppedAt[plan.index][at]++;
                row(client, plan.journey.id(), steps, plan, "rejected", answerText, s.supportLevel(), null, 0, at);
                end = ">(rejected)";
                break;
            }
            ContactChannel touched = null;
            if (kind == StepKind.CONTACT) {
                touched = channel(plan.steps[at].contact().orElseThrow().channels(), random);
            } else if (plan.withProfessional[at]) {
                human = true;
            }
            if (touched != null) {
                human = true;
                channels[touched.ordinal()] = true;
            }
            s = r.session();
            escalations(r.events());
            steps++;
            minutes += plan.minutes[at];
            row(
                    client,
                    plan.journey.id(),
                    steps - 1,
                    plan,
                    action,
                    answerText,
                    s.supportLevel(),
                    touched,
                    plan.minutes[at],
                    at);
            int next = plan.indexOf(s.step());
            a.edge(plan.index, at, next);
            at = next;
            enter(plan, at);
        }
        path.append(end);
        a.paths.add(path.toString(), 1);
        if (!human) {
            a.noHuman++;
        }
        for (int i = 0; i < levels.length; i++) {
            a.escalatedLevel[i] += levels[i] ? 1 : 0;
        }
        for (int i = 0; i < reasons.length; i++) {
            a.escalatedReason[i] += reasons[i] ? 1 : 0;
        }
        for (int i = 0; i < channels.length; i++) {
            a.channel[i] += channels[i] ? 1 : 0;
        }
        for (int i = 0; i < exposedCompetency.length; i++) {
            a.competency[i] += exposedCompetency[i] ? 1 : 0;
        }
        for (int i = 0; i < exposedPhase.length; i++) {
            a.phase[i] += exposedPhase[i] ? 1 : 0;
        }
        if (run.followUp != null) {
            run.followUp.follow(
                    a.followUp,
                    client,
                    profile,
                    engine,
                    s,
                    s.completed(),
                    requested,
                    reasons[io.github.careerguidance.journeys.engine.EscalationReason.SAFETY_NET.ordinal()],
                    this::channel);
        }
        flush();
    }

    private void enter(JourneyPlan plan, int at) {
        if (!visited[at]) {
            visited[at] = true;
            accumulator.reached[plan.index][at]++;
        }
        for (int c : plan.competencies[at]) {
            exposedCompetency[c] = true;
        }
        exposedPhase[plan.phases[at]] = true;
        if (path.charAt(path.length() - 1) != ':') {
            path.append('>');
        }
        path.append(plan.steps[at].id());
    }

    private void escalations(List<SessionEvent> added) {
        for (int i = 0; i < added.size(); i++) {
            SessionEvent e = added.get(i);
            if (e.type() == EventType.ESCALATED) {
                levels[e.to().orElseThrow().ordinal()] = true;
                reasons[e.reason().orElseThrow().ordinal()] = true;
            }
        }
    }

    /** Draws a channel from the population's preferences among those offered (uniformly without preferences). */
    ContactChannel channel(Collection<ContactChannel> offered, SplittableRandom random) {
        double u = random.nextDouble();
        List<ContactChannel> list = new ArrayList<>(offered);
        list.sort(null);
        if (list.isEmpty()) {
            return ContactChannel.PHONE;
        }
        double total = 0;
        for (int i = 0; i < run.channelPreference.length; i++) {
            if (list.contains(run.channelPreference[i])) {
                total += run.channelWeights[i];
            }
        }
        if (total <= 0) {
            return list.get(Math.min(list.size() - 1, (int) (u * list.size())));
        }
        double acc = 0;
        ContactChannel last = null;
        for (int i = 0; i < run.channelPreference.length; i++) {
            if (list.contains(run.channelPreference[i]) && run.channelWeights[i] > 0) {
                acc += run.channelWeights[i] / total;
                last = run.channelPreference[i];
                if (u < acc) {
                    return last;
                }
            }
        }
        return last;
    }

    private String[] itemsFromView(JourneyEngine engine, Session s) {
        return engine.view(s, run.at).instrument().orElseThrow().items().stream()
                .map(io.github.careerguidance.core.competence.Item::id)
                .toArray(String[]::new);
    }

    private static String text(Answer a) {
        if (a.number().isPresent()) {
            return a.number().get().toPlainString();
        }
        if (a.text().isPresent()) {
            return a.text().get();
        }
        return String.join("|", a.selectedOptions());
    }

    private void row(
            long client,
            String journey,
            int index,
            JourneyPlan plan,
            String action,
            String answer,
            SupportLevel level,
            ContactChannel channel,
            int minutes,
            int at) {
        if (rows == null) {
            return;
        }
        rows.add(new ClientStep(
                run.design,
                client,
                journey,
                Math.max(0, index),
                plan == null ? "" : plan.steps[at].id(),
                plan == null ? "" : plan.kinds[at].code(),
                action,
                answer,
                level.code(),
                channel == null ? null : channel.code(),
                minutes));
    }

    private void flush() {
        if (events != null) {
            events.add(rows);
        }
    }
}
