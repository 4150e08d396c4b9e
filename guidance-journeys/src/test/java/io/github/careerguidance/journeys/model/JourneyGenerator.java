/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of journeys that are well-formed values (they construct) but are otherwise arbitrary:
 * random kinds, random transitions (also to missing steps), random conditions over existing and missing
 * questions and instruments, missing translations. For round-trip properties and for "the checker never throws".
 */
public final class JourneyGenerator {
    private static final String[] WORDS = {
        "werk",
        "studie",
        "ja",
        "nee",
        "mbo-4",
        "hbo",
        "uwv",
        "plan",
        "netwerk",
        "zoeken",
        "omscholen",
        "3",
        "regio",
        "twijfel"
    };
    private static final String[] DUTCH = {
        "Wat wil je bereiken?",
        "Vind je wat je zoekt?",
        "Bekijk de vacatures",
        "Maak een afspraak met een loopbaanadviseur",
        "Welke opleiding past bij jou?",
        "Über Ümlaute & \"quotes\"",
        "regel één\nregel twee",
        "  spaties  ",
        "emoji 😀",
        "yes",
        "null",
        "~",
        "- lijst",
        "# geen commentaar"
    };
    private static final String[][] COMPETENCIES = {
        {"kuijpers", "netwerken"},
        {"kuijpers", "motievenreflectie"},
        {"kuijpers", "loopbaansturing"},
        {"caas", "concern"},
        {"onbekend", "iets"}
    };

    private final Random random;
    private final boolean garbage;
    private final List<String> ids = new ArrayList<>();
    private final List<String> questionIds = new ArrayList<>();

    private JourneyGenerator(long seed, boolean garbage) {
        this.random = new Random(seed);
        this.garbage = garbage;
    }

    /**
     * A journey from a seed: mostly sensible references.
     *
     * @param seed the seed
     * @return the journey
     */
    public static Journey journey(long seed) {
        return new JourneyGenerator(seed, false).generate();
    }

    /**
     * A journey from a seed with many broken references, duplicate ids and missing texts.
     *
     * @param seed the seed
     * @return the journey
     */
    public static Journey garbage(long seed) {
        return new JourneyGenerator(seed, true).generate();
    }

    private Journey generate() {
        int n = 1 + random.nextInt(garbage ? 25 : 12);
        for (int i = 0; i < n; i++) {
            ids.add(garbage && random.nextInt(8) == 0 && !ids.isEmpty() ? pick(ids) : "s" + i + "-" + word());
        }
        List<StepKind> kinds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StepKind kind = StepKind.values()[random.nextInt(StepKind.values().length)];
            kinds.add(kind);
            if (kind == StepKind.QUESTION) {
                questionIds.add(ids.get(i));
            }
        }
        ImmutableJourney.Builder journey = Journey.builder()
                .id("journey-" + random.nextInt(1000))
                .version(random.nextInt(3) + "." + random.nextInt(10) + "." + random.nextInt(10)
                        + (random.nextBoolean() ? "" : "-rc." + random.nextInt(3)))
                .title(text())
                .start(random.nextInt(10) == 0 ? "missing-start" : ids.get(0));
        if (random.nextBoolean()) {
            journey.description(text());
        }
        Set<String> goals = new LinkedHashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            goals.add(pickOf("looking-for-work", "must-retrain", "first-time-study", "became-unemployed", "onbekend"));
        }
        journey.addAllGoals(goals);
        journey.addLocales("nl");
        if (random.nextInt(4) != 0) {
            journey.addLocales("en");
        }
        if (random.nextInt(5) == 0) {
            journey.addCitations(io.github.careerguidance.core.citation.Citation.of(
                    "Leerwerkloket", "https://www.leerwerkloket.nl/about-us"));
        }
        for (int i = 0; i < n; i++) {
            journey.addSteps(step(ids.get(i), kinds.get(i), i));
        }
        return journey.build();
    }

    private Step step(String id, StepKind kind, int index) {
        ImmutableStep.Builder step = Step.builder()
                .id(id)
                .kind(kind)
                .phase(CasvePhase.values()[Math.min(4, index * 5 / Math.max(1, ids.size()))])
                .title(text());
        if (random.nextInt(3) == 0) {
            step.text(text());
        }
        if (random.nextBoolean()) {
            String[] c = COMPETENCIES[random.nextInt(garbage ? COMPETENCIES.length : COMPETENCIES.length - 1)];
            step.addCompetencies(DimensionRef.of(c[0], c[1]));
        }
        if (random.nextBoolean()) {
            step.durationMinutes(1 + random.nextInt(60));
        }
        switch (kind) {
            case INFORMATION:
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    ImmutableContentItem.Builder item =
                            ContentItem.builder().id("c" + i).text(text());
                    if (random.nextBoolean()) {
                        item.when(condition(2));
                    }
                    if (random.nextBoolean()) {
                        item.title(text());
                    }
                    if (random.nextInt(3) == 0) {
                        item.url("https://www.werk.nl/werkzoekenden/" + word());
                    }
                    step.addContent(item.build());
                }
                break;
            case QUESTION:
                step.question(question());
                break;
            case ASSESSMENT:
                step.assessment(
                        random.nextInt(4) == 0
                                ? Assessment.builder()
                                        .instrument("caas-sf-12")
                                        .storeAs("caas-kort")
                                        .build()
                                : Assessment.of(garbage && random.nextBoolean() ? "onbekend" : "caas-24"));
                break;
            case REFLECTION:
                step.reflection(Reflection.builder()
                        .withProfessional(random.nextBoolean())
                        .addPrompts(text())
                        .build());
                break;
            case ACTION:
                step.action(Action.of(TaskKind.values()[random.nextInt(TaskKind.values().length)], text()));
                break;
            case CONTACT:
                step.contact(Contact.of(
                        random.nextBoolean() ? SupportLevel.BRIEF_STAFF_ASSISTED : SupportLevel.INDIVIDUAL_CASE_MANAGED,
                        ContactChannel.values()[random.nextInt(7)]));
                break;
            default:
                step.outcome(
                        random.nextBoolean()
                                ? Outcome.of(OutcomeType.PLAN, text())
                                : Outcome.builder()
                                        .type(OutcomeType.REFERRAL)
                                        .referTo(text())
                                        .text(text())
                                        .build());
        }
        if (kind != StepKind.OUTCOME || (garbage && random.nextInt(5) == 0)) {
            int count = garbage ? random.nextInt(4) : 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                boolean last = i == count - 1;
                String target = garbage && random.nextInt(6) == 0 ? "nergens-" + i : pick(ids);
                step.addTransitions(
                        last && random.nextInt(garbage ? 3 : 10) != 0
                                ? Transition.to(target)
                                : Transition.when(condition(3), target));
            }
        }
        return step.build();
    }

    private Question question() {
        QuestionType type = QuestionType.values()[random.nextInt(QuestionType.values().length)];
        ImmutableQuestion.Builder q = Question.builder().type(type).prompt(text());
        if (random.nextInt(4) == 0) {
            q.help(text());
        }
        switch (type) {
            case SINGLE_CHOICE:
            case MULTIPLE_CHOICE:
                Set<String> codes = new LinkedHashSet<>();
                while (codes.size() < 2 + random.nextInt(3)) {
                    codes.add(word());
                }
                for (String code : codes) {
                    q.addChoices(Choice.builder()
                            .code(code)
                            .label(text())
                            .escalate(random.nextInt(5) == 0)
                            .build());
                }
                break;
            case SCALE:
                int min = random.nextInt(2);
                q.min(BigDecimal.valueOf(min)).max(BigDecimal.valueOf(min + 1 + random.nextInt(9)));
                if (random.nextBoolean()) {
                    q.minLabel(text()).maxLabel(text());
                }
                break;
            case NUMBER:
                if (random.nextBoolean()) {
                    q.min(new BigDecimal("0.5")).max(BigDecimal.valueOf(100 + random.nextInt(100)));
                }
                break;
            default:
                q.maxLength(1 + random.nextInt(2000));
        }
        return q.build();
    }

    private Condition condition(int depth) {
        int choice = random.nextInt(depth > 0 ? 9 : 6);
        switch (choice) {
            case 6:
                return Condition.all(condition(depth - 1), condition(depth - 1));
            case 7:
                return Condition.any(condition(depth - 1));
            case 8:
                return Condition.not(condition(depth - 1));
            default:
                Operand operand = operand();
                int op = random.nextInt(6);
                if (op == 0) {
                    return Condition.equalTo(operand, literal());
                }
                if (op == 1) {
                    Set<Literal> values = new LinkedHashSet<>();
                    for (int i = 1 + random.nextInt(3); i > 0; i--) {
                        values.add(literal());
                    }
                    return Condition.builder()
                            .in(Comparison.of(operand, new ArrayList<>(values)))
                            .build();
                }
                Comparison c = Comparison.of(
                        operand, Literal.of(new BigDecimal(random.nextInt(100)).movePointLeft(random.nextInt(3))));
                ImmutableCondition.Builder b = Condition.builder();
                return (op == 2 ? b.lt(c) : op == 3 ? b.le(c) : op == 4 ? b.gt(c) : b.ge(c)).build();
        }
    }

    private Operand operand() {
        switch (random.nextInt(4)) {
            case 0:
                return Operand.answer(
                        questionIds.isEmpty() || (garbage && random.nextInt(3) == 0) ? pick(ids) : pick(questionIds));
            case 1:
                return random.nextBoolean()
                        ? Operand.score(
                                pickOf("caas-24", "caas-kort", "onbekend"),
                                pickOf("concern", "control", "curiosity", "confidence", "x"))
                        : Operand.score(ScoreRef.builder()
                                .instrument("caas-24")
                                .statistic(ScoreStatistic.SUM)
                                .build());
            case 2:
                return Operand.profile(ProfileField.values()[random.nextInt(ProfileField.values().length)]);
            default:
                return Operand.supportLevel();
        }
    }

    private Literal literal() {
        return random.nextInt(3) == 0 ? Literal.of(random.nextInt(20)) : Literal.of(word());
    }

    private LocalizedText text() {
        String nl = DUTCH[random.nextInt(DUTCH.length)];
        if (garbage && random.nextInt(4) == 0) {
            return LocalizedText.single(LocalizedText.DUTCH, nl);
        }
        return LocalizedText.of(nl, "EN: " + nl);
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private String pick(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String pickOf(String... options) {
        return options[random.nextInt(options.length)];
    }
}
