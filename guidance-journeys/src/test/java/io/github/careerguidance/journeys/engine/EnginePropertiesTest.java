/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static io.github.careerguidance.journeys.engine.EngineFixtures.LOKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.ActionPlans;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnginePropertiesTest {
    private static final List<JourneyEngine> REFERENCE = ReferenceJourneys.all().stream()
            .map(j -> JourneyEngine.compiler().contactPoints(List.of(LOKET)).compile(j))
            .collect(Collectors.toUnmodifiableList());

    @Test
    void theGeneratorMakesCheckerCleanJourneys() {
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Journey j = CleanJourneys.journey(seed);
            assertThat(JourneyChecker.ofDefaults()
                            .check(j)
                            .atLeast(Severity.ERROR)
                            .asList())
                    .as("seed %s", seed)
                    .isEmpty();
        });
    }

    @Test
    void validAnswersOnGeneratedJourneysReachOnlyDeclaredStepsReplayAndResume() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            JourneyEngine engine =
                    JourneyEngine.compiler().contactPoints(List.of(LOKET)).compile(CleanJourneys.journey(seed));
            walk(engine, seed);
        });
    }

    @Test
    void theWalksReachOutcomesEscalationsAndStalls() {
        Set<EscalationReason> reasons = new HashSet<>();
        int completed = 0;
        for (long seed = 0; seed < 60; seed++) {
            Session s = walk(JourneyEngine.compile(CleanJourneys.journey(seed)), seed);
            completed += s.completed() ? 1 : 0;
            s.events().forEach(e -> e.reason().ifPresent(reasons::add));
        }
        assertThat(completed).isGreaterThan(15);
        assertThat(reasons).contains(EscalationReason.values());
    }

    @Test
    void everyReferenceJourneyIsWalked() {
        assertThat(REFERENCE).extracting(e -> e.journey().id()).containsExactlyElementsOf(ReferenceJourneys.IDS);
        for (JourneyEngine engine : REFERENCE) {
            for (long seed = 0; seed < 20; seed++) {
                walk(engine, seed);
            }
        }
    }

    @Test
    void validAnswersOnTheReferenceJourneysReachOnlyDeclaredStepsReplayAndResume() {
        qt().withExamples(100)
                .forAll(integers().between(0, REFERENCE.size() - 1), longs().all())
                .checkAssert((which, seed) -> {
                    walk(REFERENCE.get(which), seed);
                });
    }

    @Test
    void everyPlanTheEngineBuildsPassesThePlanCheckAlsoInItsFollowUp() {
        Map<String, JourneyEngine> followUps = new java.util.HashMap<>();
        ReferenceJourneys.followUps()
                .forEach(j -> followUps.put(
                        j.id(),
                        JourneyEngine.compiler().contactPoints(List.of(LOKET)).compile(j)));
        int plans = 0;
        int reviewed = 0;
        for (JourneyEngine engine : REFERENCE) {
            JourneyEngine followUp = followUps.get(engine.journey().followUp().orElseThrow());
            for (long seed = 0; seed < 25; seed++) {
                Session s = walk(engine, seed);
                Instant now = Instant.parse("2026-12-07T09:00:00Z").plusSeconds(seed * 7919);
                Optional<ActionPlan> plan = engine.view(s, now).plan();
                if (!s.completed() || plan.isEmpty()) {
                    continue;
                }
                plans++;
                assertThat(ActionPlans.check(plan.get()).atLeast(Severity.ERROR).asList())
                        .as("%s seed %s: %s", engine, seed, plan.get())
                        .isEmpty();
                assertThat(plan.get().version()).isEqualTo(1);
                Random random = new Random(seed);
                ActionPlan accepted = random.nextBoolean()
                        ? plan.get()
                        : plan.get().accept(plan.get().created().orElseThrow());
                LocalDate day = plan.get().created().orElseThrow().plusDays(random.nextInt(120));
                Session f = walk(followUp, seed, r -> followUp.startFollowUp(profile(r), accepted, day));
                assertThat(f.reviewedPlan()).contains(accepted);
                if (f.completed()) {
                    ActionPlan next = followUp.view(f, now).plan().orElseThrow();
                    reviewed++;
                    assertThat(next.id()).isEqualTo(accepted.id());
                    assertThat(next.version()).isBetween(accepted.version(), accepted.version() + 1);
                    assertThat(ActionPlans.check(next).atLeast(Severity.ERROR).asList())
                            .as("%s seed %s: %s", followUp, seed, next)
                            .isEmpty();
                }
            }
        }
        assertThat(plans).isGreaterThan(30);
        assertThat(reviewed).isGreaterThan(10);
    }

    /** A random walk of valid operations with the properties checked after each one. */
    private static Session walk(JourneyEngine engine, long seed) {
        return walk(
                engine,
                seed,
                random -> random.nextBoolean()
                        ? engine.start(profile(random))
                        : engine.start(
                                profile(random), ReadinessAssessment.of(random.nextDouble(), random.nextDouble())));
    }

    /** A random walk from a session that {@code starter} makes. */
    private static Session walk(JourneyEngine engine, long seed, java.util.function.Function<Random, Session> starter) {
        Random random = new Random(seed);
        Set<String> declared = new HashSet<>();
        engine.journey().steps().forEach(s -> declared.add(s.id()));
        Instant now = Instant.parse("2026-03-30T06:00:00Z").plusSeconds(random.nextInt(7 * 24 * 3600));
        Session s = starter.apply(random);
        for (int i = 0; i < 60 && !s.completed(); i++) {
            Step step = engine.journey().step(s.step()).orElseThrow();
            invalidInputNeverChangesTheSession(engine, s, step, random);
            SessionResult r;
            int dice = random.nextInt(20);
            if (dice == 0 && !s.path().isEmpty()) {
                r = engine.back(s);
            } else if (dice == 1) {
                r = engine.requestContact(s);
            } else {
                r = valid(engine, s, step, random);
            }
            assertThat(r.isAccepted()).as("%s at %s: %s", engine, s.step(), r).isTrue();
            Session next = r.session();
            assertThat(declared).contains(next.step());
            assertThat(next.path()).allMatch(declared::contains);
            assertThat(next.supportLevel().compareTo(s.supportLevel())).isGreaterThanOrEqualTo(0);
            assertThat(next.events()).startsWith(s.events().toArray(new SessionEvent[0]));
            assertThat(next.events().subList(s.events().size(), next.events().size()))
                    .isEqualTo(r.events());
            s = next;
            StepView view = engine.view(s, now);
            assertThat(view.step()).isEqualTo(s.step());
            assertThat(view.contactOffer().level().compareTo(s.supportLevel())).isGreaterThanOrEqualTo(0);
            // memoized views (engine's own contact points) equal views built afresh (other list, other session class)
            assertThat(view)
                    .isEqualTo(engine.view(s, now, new ArrayList<>(engine.contactPoints())))
                    .isEqualTo(engine.view(ImmutableSession.copyOf(s), now));
        }
        assertThat(engine.replay(s.events()).orElseThrow()).isEqualTo(s);
        Session resumed = engine.resume(engine.store(s)).orElseThrow();
        assertThat(resumed).isEqualTo(s);
        assertThat(engine.view(resumed, now)).isEqualTo(engine.view(s, now));
        return s;
    }

    private static SessionResult valid(JourneyEngine engine, Session s, Step step, Random random) {
        switch (step.kind()) {
            case QUESTION:
                return engine.answer(s, step.id(), validAnswer(step.question().orElseThrow(), random));
            case ASSESSMENT: {
                Instrument instrument =
                        engine.view(s, Instant.EPOCH).instrument().orElseThrow();
                Map<String, Integer> responses = new LinkedHashMap<>();
                int min = instrument.responseScale().min();
                int max = instrument.responseScale().max();
                for (Item item : instrument.items()) {
                    responses.put(item.id(), min + random.nextInt(max - min + 1));
                }
                return engine.assess(s, step.id(), responses);
            }
            default:
                return engine.proceed(s, step.id());
        }
    }

    static Answer validAnswer(Question q, Random random) {
        List<Choice> choices = q.choices();
        switch (q.type()) {
            case SINGLE_CHOICE:
                return Answer.choice(choices.get(random.nextInt(choices.size())).code());
            case MULTIPLE_CHOICE: {
                List<String> picked = new ArrayList<>();
                for (Choice c : choices) {
                    if (random.nextBoolean()) {
                        picked.add(c.code());
                    }
                }
                return picked.isEmpty() ? Answer.choice(choices.get(0).code()) : Answer.choices(picked);
            }
            case SCALE: {
                int min = q.min().orElseThrow().intValue();
                int max = q.max().orElseThrow().intValue();
                return Answer.number(min + random.nextInt(max - min + 1));
            }
            case NUMBER: {
                BigDecimal min = q.min().orElse(BigDecimal.valueOf(-1000));
                BigDecimal max = q.max().orElse(BigDecimal.valueOf(1000));
                BigDecimal n = min.add(max.subtract(min)
                        .multiply(BigDecimal.valueOf(random.nextInt(1001)))
                        .divide(BigDecimal.valueOf(1000)));
                return Answer.number(n);
            }
            default: {
                int max = q.maxLength().orElse(1);
                int length = 1 + random.nextInt(Math.min(max, 60));
                StringBuilder text = new StringBuilder("x");
                while (text.length() < length) {
                    text.append(random.nextBoolean() ? 'a' : 'é');
                }
                return Answer.text(text.toString());
            }
        }
    }

    private static void invalidInputNeverChangesTheSession(JourneyEngine engine, Session s, Step step, Random random) {
        List<SessionResult> rejected = new ArrayList<>();
        rejected.add(engine.answer(s, "bestaat-niet", Answer.choice("ja")));
        rejected.add(engine.proceed(s, "bestaat-niet"));
        String other = engine.journey()
                .steps()
                .get(random.nextInt(engine.journey().steps().size()))
                .id();
        if (!other.equals(s.step())) {
            rejected.add(engine.answer(s, other, Answer.text("iets")));
        }
        if (step.question().isPresent()) {
            Question q = step.question().get();
            rejected.add(engine.proceed(s, step.id()));
            switch (q.type()) {
                case SINGLE_CHOICE:
                case MULTIPLE_CHOICE:
                    rejected.add(engine.answer(s, step.id(), Answer.choice("bestaat-niet")));
                    rejected.add(engine.answer(s, step.id(), Answer.number(1)));
                    break;
                case SCALE:
                    rejected.add(engine.answer(
                            s, step.id(), Answer.number(q.max().orElseThrow().intValue() + 1)));
                    rejected.add(engine.answer(s, step.id(), Answer.text("vijf")));
                    break;
                case NUMBER:
                    rejected.add(engine.answer(s, step.id(), Answer.choice("veel")));
                    q.max()
                            .ifPresent(m -> rejected.add(
                                    engine.answer(s, step.id(), Answer.number(m.add(new BigDecimal("0.001"))))));
                    break;
                default:
                    rejected.add(engine.answer(
                            s, step.id(), Answer.text("y".repeat(q.maxLength().orElse(1) + 1 + random.nextInt(3)))));
            }
        } else if (step.assessment().isPresent()) {
            rejected.add(engine.assess(s, step.id(), Map.of("concern-1", 99)));
            rejected.add(engine.answer(s, step.id(), Answer.number(3)));
        } else {
            rejected.add(engine.answer(s, step.id(), Answer.choice("ja")));
        }
        for (SessionResult r : rejected) {
            assertThat(r.isAccepted()).as("%s at %s", r, s.step()).isFalse();
            assertThat(r.session()).isSameAs(s);
            assertThat(r.error().orElseThrow().diagnostics().stream().map(Diagnostic::severity))
                    .contains(Severity.ERROR);
        }
    }

    private static ClientProfile profile(Random random) {
        io.github.careerguidance.core.profile.ImmutableClientProfile.Builder b = ClientProfile.builder();
        if (random.nextBoolean()) {
            b.ageBand(AgeBand.values()[random.nextInt(AgeBand.values().length)]);
        }
        if (random.nextBoolean()) {
            b.educationLevel(EducationLevel.values()[random.nextInt(EducationLevel.values().length)]);
        }
        if (random.nextBoolean()) {
            b.employment(EmploymentSituation.values()[random.nextInt(EmploymentSituation.values().length)]);
        }
        return b.build();
    }
}
