/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.internal.Rules;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.ImmutableStep;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.Outcome;
import io.github.careerguidance.journeys.model.OutcomeType;
import io.github.careerguidance.journeys.model.ProfileField;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.Transition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Soundness of the logic linter against the engine (#17): whatever the linter says never happens (a condition
 * holding, a transition taken, an item shown, an outcome reached, a transition after an always-holding one taken)
 * never happens to a generated client who moves forward through the real engine; and an information step that a
 * client saw empty was reported as possibly empty.
 */
class LogicSoundnessTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final LocalizedText T = LocalizedText.of("tekst", "text");
    private static final String[] CODES = {"x", "y", "z"};

    /** What clients did on one generated journey. */
    private static final class Observed {
        final Set<String> held = new HashSet<>();
        final Set<String> taken = new HashSet<>();
        final Set<String> shown = new HashSet<>();
        final Set<String> reached = new HashSet<>();
        final Set<String> emptySeen = new HashSet<>();
    }

    @Test
    void whatTheLinterSaysNeverHappensNeverHappensToAGeneratedClient() {
        qt().withExamples(250).forAll(longs().all()).checkAssert(seed -> {
            Journey journey = journey(new Random(seed));
            List<Diagnostic> findings = lintFindings(journey);
            if (findings.isEmpty()) {
                return;
            }
            Observed seen = walk(journey, new Random(seed ^ 0x5DEECE66DL), 40);
            for (Diagnostic d : findings) {
                List<String> at = d.location().segments();
                int i = Integer.parseInt(at.get(1));
                String step = "/steps/" + i;
                String where = String.join("/", at);
                switch (d.code()) {
                    case "journeys.lint.never-holds":
                    case "journeys.lint.never-holds-on-route":
                        if (at.get(2).equals("transitions")) {
                            assertThat(seen.held).as("%s: %s", d, journey).doesNotContain(step + "/t/" + at.get(3));
                        } else {
                            assertThat(seen.shown).as("%s: %s", d, journey).doesNotContain(step + "/c/" + at.get(3));
                        }
                        break;
                    case "journeys.lint.shadowed":
                        assertThat(seen.taken).as("%s: %s", d, journey).doesNotContain(step + "/t/" + at.get(3));
                        break;
                    case "journeys.lint.always-holds":
                        int t = Integer.parseInt(at.get(3));
                        for (int later = t + 1;
                                later < journey.steps().get(i).transitions().size();
                                later++) {
                            assertThat(seen.taken).as("%s: %s", d, journey).doesNotContain(step + "/t/" + later);
                        }
                        break;
                    case "journeys.lint.content-never-shown":
                        assertThat(seen.shown).as("%s: %s", d, journey).doesNotContain(step + "/c/" + at.get(3));
                        break;
                    case "journeys.lint.outcome-unreachable":
                        assertThat(seen.reached).as("%s: %s", d, journey).doesNotContain(step);
                        break;
                    default:
                        assertThat(where).isNotEmpty();
                }
            }
        });
    }

    @Test
    void anInformationStepSeenEmptyWasReportedAsPossiblyEmpty() {
        qt().withExamples(250).forAll(longs().all()).checkAssert(seed -> {
            Journey journey = journey(new Random(seed));
            if (JourneyChecker.ofDefaults().check(journey).stream()
                    .anyMatch(d -> d.severity() == io.github.careerguidance.core.diagnostics.Severity.ERROR
                            && !d.code().startsWith("journeys.lint.")
                            && !d.code().startsWith("journeys.policy."))) {
                return; // not linted
            }
            Set<String> reported = new HashSet<>();
            for (Diagnostic d : lintFindings(journey)) {
                if (d.code().equals("journeys.lint.empty-information")) {
                    reported.add(d.location().toString().replace("/content", ""));
                }
            }
            Observed seen = walk(journey, new Random(seed ^ 0x2545F491L), 40);
            assertThat(reported).as("%s", journey).containsAll(seen.emptySeen);
        });
    }

    @Test
    void theGeneratedDesignsGiveEveryKindOfFinding() {
        Set<String> kinds = new HashSet<>();
        for (long seed = 0; seed < 400; seed++) {
            lintFindings(journey(new Random(seed))).forEach(d -> kinds.add(d.code()));
        }
        assertThat(kinds)
                .contains(
                        "journeys.lint.never-holds",
                        "journeys.lint.never-holds-on-route",
                        "journeys.lint.shadowed",
                        "journeys.lint.always-holds",
                        "journeys.lint.content-never-shown",
                        "journeys.lint.empty-information",
                        "journeys.lint.outcome-unreachable");
    }

    private static List<Diagnostic> lintFindings(Journey journey) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : JourneyChecker.ofDefaults().check(journey)) {
            if (d.code().startsWith("journeys.lint.")) {
                out.add(d);
            }
        }
        return out;
    }

    /** Forward walks of many clients; records what held, what was taken, shown and reached. */
    private static Observed walk(Journey journey, Random random, int clients) {
        JourneyEngine engine = JourneyEngine.compiler()
                .checkPolicy(CheckPolicy.builder().contactReach(RuleLevel.OFF).build())
                .compile(journey);
        Observed seen = new Observed();
        for (int c = 0; c < clients; c++) {
            io.github.careerguidance.core.profile.ImmutableClientProfile.Builder profile = ClientProfile.builder();
            if (random.nextInt(3) > 0) {
                EmploymentSituation[] all = EmploymentSituation.values();
                profile.employment(all[random.nextInt(all.length)]);
            }
            if (random.nextInt(3) > 0) {
                EducationLevel[] all = EducationLevel.values();
                profile.educationLevel(all[random.nextInt(all.length)]);
            }
            Session s = engine.start(profile.build());
            for (int move = 0; move < 60 && !s.completed(); move++) {
                if (random.nextInt(8) == 0) {
                    s = engine.requestContact(s).orElseThrow();
                }
                int i = journey.indexOf(s.step());
                Step step = journey.steps().get(i);
                SupportLevel level = s.supportLevel();
                SessionResult r;
                if (step.kind() == StepKind.QUESTION) {
                    r = engine.answer(s, step.id(), answer(step.question().orElseThrow(), random));
                } else {
                    List<String> ids = engine.view(s, NOW).content().stream()
                            .map(ContentItem::id)
                            .toList();
                    for (int k = 0; k < step.content().size(); k++) {
                        if (ids.contains(step.content().get(k).id())) {
                            seen.shown.add("/steps/" + i + "/c/" + k);
                        }
                    }
                    if (ids.isEmpty()) {
                        seen.emptySeen.add("/steps/" + i);
                    }
                    r = engine.proceed(s, step.id());
                }
                assertThat(r.isAccepted()).as("%s", r).isTrue();
                Session after = r.session();
                String[] profileCodes = Rules.profileCodes(after.profile());
                int taken = -1;
                for (int t = 0; t < step.transitions().size(); t++) {
                    Transition tr = step.transitions().get(t);
                    boolean holds = tr.when()
                            .map(w -> Rules.compile(w)
                                    .test(
                                            after.answers(),
                                            after.scores(),
                                            profileCodes,
                                            level,
                                            io.github.careerguidance.journeys.engine.internal.PlanFacts.NONE))
                            .orElse(true);
                    if (holds) {
                        seen.held.add("/steps/" + i + "/t/" + t);
                        if (taken < 0) {
                            taken = t;
                        }
                    }
                }
                assertThat(after.step()).isEqualTo(step.transitions().get(taken).target());
                seen.taken.add("/steps/" + i + "/t/" + taken);
                s = after;
            }
            if (s.completed()) {
                seen.reached.add("/steps/" + journey.indexOf(s.step()));
            }
        }
        return seen;
    }

    private static Answer answer(Question q, Random random) {
        switch (q.type()) {
            case SINGLE_CHOICE:
                return Answer.choice(CODES[random.nextInt(3)]);
            case MULTIPLE_CHOICE: {
                List<String> picked = new ArrayList<>();
                for (String code : CODES) {
                    if (random.nextBoolean()) {
                        picked.add(code);
                    }
                }
                return picked.isEmpty() ? Answer.choice(CODES[random.nextInt(3)]) : Answer.choices(picked);
            }
            case SCALE:
                return Answer.number(1 + random.nextInt(5));
            default:
                return Answer.number(
                        random.nextInt(4) == 0
                                ? BigDecimal.valueOf(random.nextInt(1000), 1)
                                : BigDecimal.valueOf(random.nextInt(11) * 10));
        }
    }

    /** A structurally sound journey: questions and information steps in a chain, branches and guarded loops. */
    static Journey journey(Random random) {
        int n = 2 + random.nextInt(6);
        List<StepKind> kinds = new ArrayList<>();
        List<QuestionType> types = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean question = i == 0 || random.nextInt(3) > 0;
            kinds.add(question ? StepKind.QUESTION : StepKind.INFORMATION);
            types.add(QuestionType.values()[random.nextInt(4)]);
        }
        io.github.careerguidance.journeys.model.ImmutableJourney.Builder b =
                Journey.builder().id("lint-property").version("1.0.0").title(T).start("s0");
        for (int i = 0; i < n; i++) {
            ImmutableStep.Builder step = Step.builder()
                    .id("s" + i)
                    .kind(kinds.get(i))
                    .phase(CasvePhase.ANALYSIS)
                    .title(T);
            if (kinds.get(i) == StepKind.QUESTION) {
                step.question(question(types.get(i)));
            } else {
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    io.github.careerguidance.journeys.model.ImmutableContentItem.Builder item =
                            ContentItem.builder().id("c" + k).text(T);
                    if (random.nextInt(4) > 0) {
                        item.when(condition(random, kinds, types, 2));
                    }
                    step.addContent(item.build());
                }
            }
            for (int t = random.nextInt(4); t > 0; t--) {
                String target = random.nextInt(6) == 0
                        ? "s" + random.nextInt(i + 1)
                        : random.nextInt(3) == 0 ? "uit" + random.nextInt(2) : "s" + (i + 1 + random.nextInt(n - i));
                step.addTransitions(
                        Transition.when(condition(random, kinds, types, 2), target.equals("s" + n) ? "uit0" : target));
            }
            step.addTransitions(Transition.to(i + 1 < n ? "s" + (i + 1) : "uit" + random.nextInt(2)));
            b.addSteps(step.build());
        }
        for (int o = 0; o < 2; o++) {
            b.addSteps(Step.builder()
                    .id("uit" + o)
                    .kind(StepKind.OUTCOME)
                    .phase(CasvePhase.EXECUTION)
                    .title(T)
                    .outcome(Outcome.of(OutcomeType.PLAN, T))
                    .build());
        }
        return b.build();
    }

    private static Question question(QuestionType type) {
        io.github.careerguidance.journeys.model.ImmutableQuestion.Builder q =
                Question.builder().type(type).prompt(T);
        switch (type) {
            case SINGLE_CHOICE:
            case MULTIPLE_CHOICE:
                for (String code : CODES) {
                    q.addChoices(Choice.of(code, T));
                }
                break;
            case SCALE:
                q.min(BigDecimal.ONE).max(BigDecimal.valueOf(5));
                break;
            default:
                q.min(BigDecimal.ZERO).max(BigDecimal.valueOf(100));
        }
        return q.build();
    }

    private static Condition condition(Random random, List<StepKind> kinds, List<QuestionType> types, int depth) {
        int pick = random.nextInt(depth > 0 ? 10 : 7);
        if (pick >= 7) {
            List<Condition> parts = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(3); k++) {
                parts.add(condition(random, kinds, types, depth - 1));
            }
            return pick == 7 ? Condition.all(parts) : pick == 8 ? Condition.any(parts) : Condition.not(parts.get(0));
        }
        if (pick == 5) {
            EmploymentSituation[] all = EmploymentSituation.values();
            int a = random.nextInt(all.length);
            return Condition.in(
                    Operand.profile(ProfileField.EMPLOYMENT),
                    all[a].code(),
                    all[(a + 1 + random.nextInt(all.length - 1)) % all.length].code());
        }
        if (pick == 6) {
            return Condition.equalTo(
                    Operand.supportLevel(), SupportLevel.values()[random.nextInt(SupportLevel.values().length)].code());
        }
        List<Integer> questions = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (kinds.get(i) == StepKind.QUESTION) {
                questions.add(i);
            }
        }
        int q = questions.get(random.nextInt(questions.size()));
        Operand answer = Operand.answer("s" + q);
        QuestionType type = types.get(q);
        if (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE) {
            int a = random.nextInt(3);
            return random.nextBoolean()
                    ? Condition.equalTo(answer, CODES[a])
                    : Condition.in(answer, CODES[a], CODES[(a + 1 + random.nextInt(2)) % 3]);
        }
        int bound = type == QuestionType.SCALE ? 1 + random.nextInt(5) : random.nextInt(11) * 10;
        switch (random.nextInt(6)) {
            case 0:
                return Condition.lessThan(answer, bound);
            case 1:
                return Condition.atMost(answer, bound);
            case 2:
                return Condition.greaterThan(answer, bound);
            case 3:
                return Condition.atLeast(answer, bound);
            case 4:
                return Condition.equalTo(answer, Literal.of(bound));
            default:
                return Condition.builder()
                        .in(io.github.careerguidance.journeys.model.Comparison.of(
                                answer, List.of(Literal.of(bound), Literal.of(bound + 1))))
                        .build();
        }
    }
}
