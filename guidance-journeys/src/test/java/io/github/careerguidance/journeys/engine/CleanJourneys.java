/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.model.Action;
import io.github.careerguidance.journeys.model.Assessment;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Contact;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.ImmutableJourney;
import io.github.careerguidance.journeys.model.ImmutableQuestion;
import io.github.careerguidance.journeys.model.ImmutableStep;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.journeys.model.Outcome;
import io.github.careerguidance.journeys.model.OutcomeType;
import io.github.careerguidance.journeys.model.ProfileField;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.journeys.model.Reflection;
import io.github.careerguidance.journeys.model.ScoreRef;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.TaskKind;
import io.github.careerguidance.journeys.model.Transition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of checker-clean journeys (no errors with the default policy): a chain of steps whose default
 * transitions lead forward to an outcome, with a contact step at least every fourth step, and conditional
 * transitions (forward and backward, so loops occur) over answers, scores, profile fields and the support level.
 */
final class CleanJourneys {
    private static final String[] CODES = {"ja", "nee", "misschien", "zorg", "techniek", "mbo-4", "3"};
    private static final StepKind[] KINDS = {
        StepKind.INFORMATION,
        StepKind.QUESTION,
        StepKind.QUESTION,
        StepKind.QUESTION,
        StepKind.ASSESSMENT,
        StepKind.REFLECTION,
        StepKind.ACTION
    };

    private final Random random;
    private final List<Step> steps = new ArrayList<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<String> questionIds = new ArrayList<>();
    private final List<String> scoreKeys = new ArrayList<>();

    private CleanJourneys(long seed) {
        this.random = new Random(seed);
    }

    static Journey journey(long seed) {
        return new CleanJourneys(seed).generate();
    }

    private Journey generate() {
        int n = 3 + random.nextInt(12);
        List<String> ids = new ArrayList<>();
        List<StepKind> kinds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StepKind kind = i % 4 == 3 || i == n - 1 ? StepKind.CONTACT : KINDS[random.nextInt(KINDS.length)];
            kinds.add(kind);
            ids.add("s" + i + "-" + kind.code());
        }
        ids.add("einde");
        kinds.add(StepKind.OUTCOME);
        ImmutableJourney.Builder journey = Journey.builder()
                .id("gegenereerd")
                .version("1." + random.nextInt(5) + ".0")
                .title(text("Gegenereerde route"))
                .addGoals("looking-for-work")
                .addLocales("nl", "en")
                .start(ids.get(0));
        for (int i = 0; i <= n; i++) {
            Step step = step(ids, kinds, i);
            steps.add(step);
            journey.addSteps(step);
        }
        return journey.build();
    }

    private Step step(List<String> ids, List<StepKind> kinds, int i) {
        String id = ids.get(i);
        StepKind kind = kinds.get(i);
        ImmutableStep.Builder step = Step.builder()
                .id(id)
                .kind(kind)
                .phase(CasvePhase.values()[Math.min(4, i * 5 / ids.size())])
                .title(text("Stap " + i));
        switch (kind) {
            case INFORMATION:
                for (int c = 0; c < 1 + random.nextInt(4); c++) {
                    io.github.careerguidance.journeys.model.ImmutableContentItem.Builder item =
                            ContentItem.builder().id("c" + c).text(text("Inhoud " + c));
                    if (random.nextBoolean()) {
                        item.when(condition());
                    }
                    step.addContent(item.build());
                }
                break;
            case QUESTION: {
                Question q = question();
                step.question(q);
                questions.add(q);
                questionIds.add(id);
                break;
            }
            case ASSESSMENT: {
                boolean shortForm = random.nextBoolean();
                String key = shortForm ? "kort-" + i : "caas-24";
                step.assessment(
                        shortForm
                                ? Assessment.builder()
                                        .instrument("caas-sf-12")
                                        .storeAs(key)
                                        .build()
                                : Assessment.of("caas-24"));
                scoreKeys.add(key);
                break;
            }
            case REFLECTION:
                step.reflection(Reflection.builder()
                        .withProfessional(random.nextBoolean())
                        .addPrompts(text("Wat wil je?"))
                        .build());
                break;
            case ACTION:
                step.action(Action.of(TaskKind.values()[random.nextInt(TaskKind.values().length)], text("Doe iets")));
                break;
            case CONTACT:
                step.contact(
                        random.nextBoolean()
                                ? Contact.of(
                                        SupportLevel.BRIEF_STAFF_ASSISTED, ContactChannel.CHAT, ContactChannel.PHONE)
                                : Contact.of(SupportLevel.INDIVIDUAL_CASE_MANAGED, ContactChannel.VIDEO));
                break;
            default:
                step.outcome(Outcome.of(OutcomeType.PLAN, text("Klaar")));
                return step.build();
        }
        for (int t = random.nextInt(3); t > 0; t--) {
            step.addTransitions(Transition.when(condition(), ids.get(random.nextInt(ids.size()))));
        }
        step.addTransitions(Transition.to(ids.get(i + 1)));
        return step.build();
    }

    private Question question() {
        QuestionType type = QuestionType.values()[random.nextInt(QuestionType.values().length)];
        ImmutableQuestion.Builder q = Question.builder().type(type).prompt(text("Vraag"));
        switch (type) {
            case SINGLE_CHOICE:
            case MULTIPLE_CHOICE: {
                int count = 2 + random.nextInt(3);
                for (int c = 0; c < count; c++) {
                    q.addChoices(Choice.builder()
                            .code(CODES[c])
                            .label(text(CODES[c]))
                            .escalate(type == QuestionType.SINGLE_CHOICE && c == 1 && random.nextBoolean())
                            .build());
                }
                break;
            }
            case SCALE: {
                int min = random.nextInt(2);
                q.min(BigDecimal.valueOf(min)).max(BigDecimal.valueOf(min + 1 + random.nextInt(9)));
                break;
            }
            case NUMBER:
                if (random.nextBoolean()) {
                    q.min(BigDecimal.ZERO).max(BigDecimal.valueOf(40 + random.nextInt(100)));
                }
                break;
            default:
                q.maxLength(1 + random.nextInt(200));
        }
        return q.build();
    }

    /** A type-correct condition over what exists so far (earlier questions and assessments), profile or level. */
    private Condition condition() {
        int pick = random.nextInt(5);
        if (pick == 0 && !questions.isEmpty()) {
            int q = random.nextInt(questions.size());
            Question question = questions.get(q);
            Operand answer = Operand.answer(questionIds.get(q));
            if (question.isChoice()) {
                String code = question.choices()
                        .get(random.nextInt(question.choices().size()))
                        .code();
                return random.nextBoolean() ? Condition.equalTo(answer, code) : Condition.in(answer, code);
            }
            if (question.isNumeric()) {
                double bound = question.min().orElse(BigDecimal.ZERO).doubleValue() + random.nextInt(5);
                return random.nextBoolean() ? Condition.lessThan(answer, bound) : Condition.atLeast(answer, bound);
            }
        }
        if (pick == 1 && !scoreKeys.isEmpty()) {
            String key = scoreKeys.get(random.nextInt(scoreKeys.size()));
            String[] dims = {"concern", "control", "curiosity", "confidence"};
            return Condition.greaterThan(
                    Operand.score(ScoreRef.of(key, dims[random.nextInt(4)])), 1 + random.nextInt(4));
        }
        if (pick == 2) {
            return Condition.equalTo(
                    Operand.supportLevel(), random.nextBoolean() ? "self-help" : "individual-case-managed");
        }
        if (pick == 3) {
            return Condition.not(Condition.in(Operand.profile(ProfileField.EDUCATION_LEVEL), "mbo-2", "mbo-3"));
        }
        return Condition.any(
                Condition.equalTo(Operand.profile(ProfileField.EMPLOYMENT), "unemployed-with-benefit"),
                Condition.in(Operand.profile(ProfileField.AGE_BAND), "18-22", "23-29"));
    }

    private static LocalizedText text(String nl) {
        return LocalizedText.of(nl, nl + " (en)");
    }
}
