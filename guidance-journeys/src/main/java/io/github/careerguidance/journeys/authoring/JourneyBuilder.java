/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.authoring;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.model.Action;
import io.github.careerguidance.journeys.model.Assessment;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Contact;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.ImmutableAssessment;
import io.github.careerguidance.journeys.model.ImmutableJourney;
import io.github.careerguidance.journeys.model.ImmutableOutcome;
import io.github.careerguidance.journeys.model.ImmutableQuestion;
import io.github.careerguidance.journeys.model.ImmutableStep;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Outcome;
import io.github.careerguidance.journeys.model.OutcomeType;
import io.github.careerguidance.journeys.model.PlanTemplate;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import io.github.careerguidance.journeys.model.Reflection;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.model.TaskKind;
import io.github.careerguidance.journeys.model.Transition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A fluent, step-by-step way to write a journey in Java; it builds exactly the {@link Journey} that the equivalent
 * YAML or JSON reads into.
 *
 * <p>Each step is added with a method named after its kind and configured in a lambda. Texts are given in Dutch
 * and English ({@code nl, en}). The first step added is the start unless {@link #start(String)} says otherwise.
 * {@link #build()} checks local rules only; run the journey checker on the result.
 *
 * <pre>{@code
 * Journey journey = JourneyBuilder.journey("zoek-werk", "1.0.0")
 *     .title("Ik zoek werk", "I am looking for work")
 *     .goals("looking-for-work")
 *     .locales("nl", "en")
 *     .question("q-situatie", s -> s.phase(CasvePhase.COMMUNICATION)
 *         .title("Jouw situatie", "Your situation")
 *         .singleChoice("Wat past het best bij jou?", "What fits you best?")
 *         .choice("werk", "Ik heb werk", "I have a job")
 *         .choice("geen-werk", "Ik heb geen werk", "I have no job")
 *         .when(Condition.equalTo(Operand.answer("q-situatie"), "geen-werk"), "contact")
 *         .next("einde"))
 *     .contact("contact", s -> s.phase(CasvePhase.COMMUNICATION)
 *         .title("Praat met een adviseur", "Talk to an adviser")
 *         .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
 *         .channels(ContactChannel.CHAT, ContactChannel.PHONE)
 *         .next("einde"))
 *     .outcome("einde", s -> s.phase(CasvePhase.EXECUTION)
 *         .title("Je plan", "Your plan")
 *         .plan("Je weet wat je volgende stap is.", "You know your next step."))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; use one builder per journey.
 *
 * @since 0.1.0
 */
public final class JourneyBuilder {
    private final ImmutableJourney.Builder journey;
    private final List<Step> steps = new ArrayList<>();
    private String start;

    private JourneyBuilder(String id, String version) {
        this.journey = Journey.builder().id(id).version(version);
    }

    /**
     * Starts a journey.
     *
     * @param id the journey id, such as {@code zoek-werk}
     * @param version the semantic version, such as {@code 1.0.0}
     * @return the builder
     */
    public static JourneyBuilder journey(String id, String version) {
        return new JourneyBuilder(Objects.requireNonNull(id, "id"), Objects.requireNonNull(version, "version"));
    }

    /**
     * Sets the title.
     *
     * @param nl Dutch
     * @param en English
     * @return this builder
     */
    public JourneyBuilder title(String nl, String en) {
        journey.title(LocalizedText.of(nl, en));
        return this;
    }

    /**
     * Sets the description.
     *
     * @param nl Dutch
     * @param en English
     * @return this builder
     */
    public JourneyBuilder description(String nl, String en) {
        journey.description(LocalizedText.of(nl, en));
        return this;
    }

    /**
     * Adds intake goals served.
     *
     * @param codes intake goal codes
     * @return this builder
     */
    public JourneyBuilder goals(String... codes) {
        journey.addGoals(codes);
        return this;
    }

    /**
     * Adds required locales.
     *
     * @param tags language tags such as {@code nl} and {@code en}
     * @return this builder
     */
    public JourneyBuilder locales(String... tags) {
        journey.addLocales(tags);
        return this;
    }

    /**
     * Adds a citation.
     *
     * @param citation the source
     * @return this builder
     */
    public JourneyBuilder citation(Citation citation) {
        journey.addCitations(citation);
        return this;
    }

    /**
     * Sets the start step; by default the first step added.
     *
     * @param stepId the step id
     * @return this builder
     */
    public JourneyBuilder start(String stepId) {
        this.start = Objects.requireNonNull(stepId, "stepId");
        return this;
    }

    /**
     * Adds an information step.
     *
     * @param id the step id
     * @param spec configures the step: phase, title, items, transitions
     * @return this builder
     */
    public JourneyBuilder information(String id, Consumer<StepSpec> spec) {
        return add(id, StepKind.INFORMATION, spec);
    }

    /**
     * Adds a question step.
     *
     * @param id the step id (the answer is stored under it)
     * @param spec configures the step: phase, title, the question, transitions
     * @return this builder
     */
    public JourneyBuilder question(String id, Consumer<StepSpec> spec) {
        return add(id, StepKind.QUESTION, spec);
    }

    /**
     * Adds an assessment step.
     *
     * @param id the step id
     * @param spec configures the step: phase, title, instrument, transitions
     * @return this builder
     */
    public JourneyBuilder assessment(String id, Consumer<StepSpec> spec) {
        return add(id, StepKind.ASSESSMENT, spec);
    }

    /**
     * Adds a reflection step.
     *
     * @param id the step id
     * @param spec configures the step: phase, title, prompts, with or without a professional, transitions
     * @return this builder
     */
    public JourneyBuilder reflection(String id, Consumer<StepSpec> spec) {
        return add(id, StepKind.REFLECTION, spec);
    }

    /**
     * Adds an action step.
     *
     * @param id the step id
     * @param spec configures the step: phase, title, task, transitions
     * @return this builder
     */
    public JourneyBuilder action(String id, Consumer<StepSpec> spec) {
        return add(id, StepKind.ACTION, spec);
    }

    /**
     * Adds a contact step.
     *
     * @param id the step id
     * @param spec configures the step: phase, title, support level, channels, transitions
     * @return this builder
     */
    public JourneyBuilder contact(String id, Consumer<StepSpec> spec) {
        return add(id, StepKind.CONTACT, spec);
    }

    /**
     * Adds an outcome step.
     *
     * @param id the step id
     * @param spec configures the step: phase, title, plan or referral
     * @return this builder
     */
    public JourneyBuilder outcome(String id, Consumer<StepSpec> spec) {
        return add(id, StepKind.OUTCOME, spec);
    }

    /**
     * Adds a step built elsewhere.
     *
     * @param step the step
     * @return this builder
     */
    public JourneyBuilder step(Step step) {
        steps.add(Objects.requireNonNull(step, "step"));
        return this;
    }

    private JourneyBuilder add(String id, StepKind kind, Consumer<StepSpec> spec) {
        StepSpec s = new StepSpec(id, kind);
        spec.accept(s);
        steps.add(s.build());
        return this;
    }

    /**
     * Names the journey that follows up the plans this journey makes.
     *
     * @param journeyId the follow-up journey's id
     * @return this builder
     * @since 0.1.0
     */
    @Beta
    public JourneyBuilder followUp(String journeyId) {
        journey.followUp(Objects.requireNonNull(journeyId, "journeyId"));
        return this;
    }

    /**
     * Builds the journey.
     *
     * @return the journey
     * @throws IllegalStateException if no step was added and no start was set, or a required field is missing
     * @throws IllegalArgumentException if a local rule is broken (see the model types)
     */
    public Journey build() {
        if (start == null && steps.isEmpty()) {
            throw new IllegalStateException("a journey needs a start step; add a step or call start(...)");
        }
        return journey.start(start != null ? start : steps.get(0).id())
                .addAllSteps(steps)
                .build();
    }

    /**
     * Configures one step. Methods that do not fit the step's kind make {@code build()} fail with a message naming
     * the field.
     *
     * @since 0.1.0
     */
    public static final class StepSpec {
        private final StepKind kind;
        private final ImmutableStep.Builder step;
        private final List<Transition> transitions = new ArrayList<>();
        private ImmutableQuestion.Builder question;
        private ImmutableAssessment.Builder assessment;
        private boolean withProfessional;
        private final List<LocalizedText> prompts = new ArrayList<>();
        private TaskKind task;
        private LocalizedText taskText;
        private String taskUrl;
        private SupportLevel supportLevel;
        private final List<ContactChannel> channels = new ArrayList<>();
        private ImmutableOutcome.Builder outcome;
        private PlanTemplate planTemplate;

        private final String id;

        StepSpec(String id, StepKind kind) {
            this.id = id;
            this.kind = kind;
            this.step = Step.builder().id(Objects.requireNonNull(id, "id")).kind(kind);
        }

        /**
         * Sets the CASVE phase (required).
         *
         * @param phase the phase
         * @return this spec
         */
        public StepSpec phase(CasvePhase phase) {
            step.phase(phase);
            return this;
        }

        /**
         * Sets the title (required).
         *
         * @param nl Dutch
         * @param en English
         * @return this spec
         */
        public StepSpec title(String nl, String en) {
            step.title(LocalizedText.of(nl, en));
            return this;
        }

        /**
         * Sets the introduction.
         *
         * @param nl Dutch
         * @param en English
         * @return this spec
         */
        public StepSpec text(String nl, String en) {
            step.text(LocalizedText.of(nl, en));
            return this;
        }

        /**
         * Adds competencies trained.
         *
         * @param refs references such as {@code kuijpers:netwerken}
         * @return this spec
         */
        public StepSpec competencies(String... refs) {
            for (String ref : refs) {
                step.addCompetencies(DimensionRef.parse(ref));
            }
            return this;
        }

        /**
         * Sets the duration.
         *
         * @param minutes about how many minutes
         * @return this spec
         */
        public StepSpec minutes(int minutes) {
            step.durationMinutes(minutes);
            return this;
        }

        /**
         * Adds a content item that always applies (information steps).
         *
         * @param id the item id
         * @param nl Dutch
         * @param en English
         * @return this spec
         */
        public StepSpec item(String id, String nl, String en) {
            step.addContent(ContentItem.of(id, LocalizedText.of(nl, en)));
            return this;
        }

        /**
         * Adds a content item (information steps).
         *
         * @param item the item, with its applicability condition
         * @return this spec
         */
        public StepSpec item(ContentItem item) {
            step.addContent(item);
            return this;
        }

        /**
         * Makes the question single-choice.
         *
         * @param nl the prompt in Dutch
         * @param en the prompt in English
         * @return this spec
         */
        public StepSpec singleChoice(String nl, String en) {
            return ask(QuestionType.SINGLE_CHOICE, nl, en);
        }

        /**
         * Makes the question multiple-choice.
         *
         * @param nl the prompt in Dutch
         * @param en the prompt in English
         * @return this spec
         */
        public StepSpec multipleChoice(String nl, String en) {
            return ask(QuestionType.MULTIPLE_CHOICE, nl, en);
        }

        /**
         * Makes the question a scale.
         *
         * @param min the lowest point
         * @param max the highest point
         * @param nl the prompt in Dutch
         * @param en the prompt in English
         * @return this spec
         */
        public StepSpec scale(int min, int max, String nl, String en) {
            ask(QuestionType.SCALE, nl, en);
            question.min(BigDecimal.valueOf(min)).max(BigDecimal.valueOf(max));
            return this;
        }

        /**
         * Makes the question a number.
         *
         * @param nl the prompt in Dutch
         * @param en the prompt in English
         * @return this spec
         */
        public StepSpec number(String nl, String en) {
            return ask(QuestionType.NUMBER, nl, en);
        }

        /**
         * Makes the question a short text.
         *
         * @param maxLength the longest answer
         * @param nl the prompt in Dutch
         * @param en the prompt in English
         * @return this spec
         */
        public StepSpec shortText(int maxLength, String nl, String en) {
            ask(QuestionType.SHORT_TEXT, nl, en);
            question.maxLength(maxLength);
            return this;
        }

        private StepSpec ask(QuestionType type, String nl, String en) {
            question = Question.builder().type(type).prompt(LocalizedText.of(nl, en));
            return this;
        }

        private ImmutableQuestion.Builder question() {
            if (question == null) {
                throw new IllegalStateException(
                        "step '" + id + "': call singleChoice, multipleChoice," + " scale, number or shortText first");
            }
            return question;
        }

        /**
         * Adds a choice.
         *
         * @param code the code
         * @param nl Dutch label
         * @param en English label
         * @return this spec
         */
        public StepSpec choice(String code, String nl, String en) {
            question().addChoices(Choice.of(code, LocalizedText.of(nl, en)));
            return this;
        }

        /**
         * Adds a choice that moves the client up one support level (the safety net's "no").
         *
         * @param code the code
         * @param nl Dutch label
         * @param en English label
         * @return this spec
         */
        public StepSpec escalatingChoice(String code, String nl, String en) {
            question()
                    .addChoices(Choice.builder()
                            .code(code)
                            .label(LocalizedText.of(nl, en))
                            .escalate(true)
                            .build());
            return this;
        }

        /**
         * Sets the help text of the question.
         *
         * @param nl Dutch
         * @param en English
         * @return this spec
         */
        public StepSpec help(String nl, String en) {
            question().help(LocalizedText.of(nl, en));
            return this;
        }

        /**
         * Sets the bounds of a number question.
         *
         * @param min the lowest answer
         * @param max the highest answer
         * @return this spec
         */
        public StepSpec range(BigDecimal min, BigDecimal max) {
            question().min(min).max(max);
            return this;
        }

        /**
         * Sets the anchor labels of a scale.
         *
         * @param minNl lowest point, Dutch
         * @param minEn lowest point, English
         * @param maxNl highest point, Dutch
         * @param maxEn highest point, English
         * @return this spec
         */
        public StepSpec anchors(String minNl, String minEn, String maxNl, String maxEn) {
            question().minLabel(LocalizedText.of(minNl, minEn)).maxLabel(LocalizedText.of(maxNl, maxEn));
            return this;
        }

        /**
         * Sets the instrument of an assessment.
         *
         * @param code the instrument code
         * @return this spec
         */
        public StepSpec instrument(String code) {
            assessment = Assessment.builder().instrument(code);
            return this;
        }

        /**
         * Sets the key an assessment stores its scores under.
         *
         * @param key the score key
         * @return this spec
         */
        public StepSpec storeAs(String key) {
            if (assessment == null) {
                throw new IllegalStateException("call instrument(...) before storeAs(...)");
            }
            assessment.storeAs(key);
            return this;
        }

        /**
         * Makes a reflection a conversation with a professional (a loopbaandialoog).
         *
         * @return this spec
         */
        public StepSpec withProfessional() {
            withProfessional = true;
            return this;
        }

        /**
         * Adds a reflection prompt.
         *
         * @param nl Dutch
         * @param en English
         * @return this spec
         */
        public StepSpec prompt(String nl, String en) {
            prompts.add(LocalizedText.of(nl, en));
            return this;
        }

        /**
         * Sets the task of an action.
         *
         * @param kind the kind of task
         * @param nl Dutch
         * @param en English
         * @return this spec
         */
        public StepSpec task(TaskKind kind, String nl, String en) {
            this.task = kind;
            this.taskText = LocalizedText.of(nl, en);
            return this;
        }

        /**
         * Sets where to do the task.
         *
         * @param url an absolute http(s) URL
         * @return this spec
         */
        public StepSpec url(String url) {
            this.taskUrl = url;
            return this;
        }

        /**
         * Sets the support level of a contact.
         *
         * @param level the level
         * @return this spec
         */
        public StepSpec supportLevel(SupportLevel level) {
            this.supportLevel = level;
            return this;
        }

        /**
         * Adds channels of a contact.
         *
         * @param channels the channels, in order of preference
         * @return this spec
         */
        public StepSpec channels(ContactChannel... channels) {
            this.channels.addAll(List.of(channels));
            return this;
        }

        /**
         * Ends with a plan.
         *
         * @param nl Dutch closing text
         * @param en English closing text
         * @return this spec
         */
        public StepSpec plan(String nl, String en) {
            outcome = Outcome.builder().type(OutcomeType.PLAN).text(LocalizedText.of(nl, en));
            return this;
        }

        /**
         * Ends with a referral.
         *
         * @param toNl to whom, Dutch
         * @param toEn to whom, English
         * @param nl Dutch closing text
         * @param en English closing text
         * @return this spec
         */
        public StepSpec referral(String toNl, String toEn, String nl, String en) {
            outcome = Outcome.builder()
                    .type(OutcomeType.REFERRAL)
                    .referTo(LocalizedText.of(toNl, toEn))
                    .text(LocalizedText.of(nl, en));
            return this;
        }

        /**
         * Gives an outcome or action step a plan template: the goals, actions (each with its condition) and reviews
         * this step contributes to the client's plan.
         *
         * <pre>{@code
         * .outcome("plan", s -> s.phase(CasvePhase.EXECUTION).title("Je plan", "Your plan")
         *     .plan("Je plan staat klaar.", "Your plan is ready.")
         *     .planTemplate(PlanTemplate.builder().horizon(PlanDate.parse("P12W"))
         *         .addGoals(PlanGoal.of("werk", LocalizedText.of("Nieuw werk", "New work"), "looking-for-work"))
         *         .addActions(ActionTemplate.builder().id("cv").goal("werk").kind(ActionKind.TASK)
         *             .title(LocalizedText.of("Werk je cv bij", "Update your CV")).due(PlanDate.parse("P14D")).build())
         *         .addReviews(Review.builder().id("evaluatie").when(PlanDate.parse("P4W")).channel(ContactChannel.VIDEO)
         *             .prepare(LocalizedText.of("Neem je cv mee", "Bring your CV")).build())
         *         .build()))
         * }</pre>
         *
         * @param template the template
         * @return this spec
         * @since 0.1.0
         */
        @Beta
        public StepSpec planTemplate(PlanTemplate template) {
            this.planTemplate = Objects.requireNonNull(template, "template");
            return this;
        }

        /**
         * Makes a question of a follow-up journey update an action of the reviewed plan: a single-choice question
         * whose choice codes are action status codes sets the status, a number question counts a recurring
         * obligation ({@link io.github.careerguidance.journeys.model.Question#planAction()}).
         *
         * @param actionId the plan action's id
         * @return this spec
         * @since 0.1.0
         */
        @Beta
        public StepSpec planAction(String actionId) {
            question().planAction(Objects.requireNonNull(actionId, "actionId"));
            return this;
        }

        /**
         * Adds a guarded transition; transitions are tried in the order added.
         *
         * @param condition when it is taken
         * @param target the target step id
         * @return this spec
         */
        public StepSpec when(Condition condition, String target) {
            transitions.add(Transition.when(condition, target));
            return this;
        }

        /**
         * Adds the default transition; add it last.
         *
         * @param target the target step id
         * @return this spec
         */
        public StepSpec next(String target) {
            transitions.add(Transition.to(target));
            return this;
        }

        Step build() {
            if (question != null) {
                step.question(question.build());
            }
            if (assessment != null) {
                step.assessment(assessment.build());
            }
            if (kind == StepKind.REFLECTION || !prompts.isEmpty()) {
                step.reflection(Reflection.builder()
                        .withProfessional(withProfessional)
                        .addAllPrompts(prompts)
                        .build());
            }
            if (task != null) {
                var action = Action.builder().task(task).text(taskText);
                if (taskUrl != null) {
                    action.url(taskUrl);
                }
                if (planTemplate != null) {
                    action.plan(planTemplate);
                }
                step.action(action.build());
            }
            if (supportLevel != null || !channels.isEmpty()) {
                step.contact(Contact.builder()
                        .supportLevel(Objects.requireNonNull(supportLevel, "contact step needs supportLevel(...)"))
                        .addAllChannels(channels)
                        .build());
            }
            if (outcome != null) {
                if (planTemplate != null) {
                    outcome.plan(planTemplate);
                }
                step.outcome(outcome.build());
            }
            if (planTemplate != null && outcome == null && task == null) {
                throw new IllegalStateException(
                        "step '" + id + "': only an outcome or action step takes a plan template");
            }
            return step.addAllTransitions(transitions).build();
        }
    }
}
