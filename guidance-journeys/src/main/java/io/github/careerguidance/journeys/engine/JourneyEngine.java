/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.journeys.check.CheckPolicy;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.engine.internal.PlanFacts;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.PlanField;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A journey compiled for running: checked once, immutable and thread-safe, shared by any number of
 * {@link Session}s. Steps, transitions and conditions are resolved at compile time, so a decision (answer, next
 * step, view) only evaluates precompiled rules over the session's facts.
 *
 * <p>Every operation takes a session and returns a {@link SessionResult}: the new session, or the unchanged session
 * with a typed {@link SessionError}. The {@link EscalationPolicy} is applied on every step; every
 * {@link StepView} carries a {@link ContactOffer}.
 *
 * <pre>{@code
 * JourneyEngine engine = JourneyEngine.compiler()
 *         .contactPoints(List.of(loket))
 *         .compile(ReferenceJourneys.byId("looking-for-work").orElseThrow());
 * Session s = engine.start(profile);
 * StepView view = engine.view(s, Instant.now());
 * s = engine.proceed(s, view.step()).session();
 * s = engine.answer(s, "q-situatie", Answer.choice("geen-werk")).session();
 * String json = engine.store(s);
 * Session later = engine.resume(json).orElseThrow();
 * }</pre>
 *
 * <p>Thread-safety: immutable after compilation and safe for concurrent use: any number of threads may call every
 * method at once, on the same or different sessions, without locking; no method changes the engine or a session.
 * Listeners ({@link SessionListener}) are called on the calling thread and must be thread-safe themselves.
 * {@link Compiler} is immutable too. The engine keeps the views it has made for reuse (an internal, thread-safe memo),
 * so equal views may be the same instance; views are values, so this is not otherwise visible.
 *
 * @since 0.1.0
 */
public final class JourneyEngine {
    private final Journey journey;
    private final EscalationPolicy policy;
    private final AnswerLimits limits;
    private final List<ContactPoint> contactPoints;
    private final int stepCount;

    /** Applies inputs: answers, assessments, proceed, back, contact requests (see {@link StateMachine}). */
    private final StateMachine machine;
    /** Builds views, with the memo of views that are the same for every visitor (see {@link Views}). */
    private final Views views;
    /** Stores, resumes and replays sessions (see {@link Resumption}). */
    private final Resumption sessions;
    /** Tells the listeners about accepted operations. */
    private final EventPublisher publisher;

    /** The compiled journey, with the plan builder and the clock. */
    private final CompiledJourney compiled;

    private JourneyEngine(
            Journey journey,
            EscalationPolicy policy,
            AnswerLimits limits,
            List<ContactPoint> contactPoints,
            List<SessionListener> listeners,
            Map<String, Instrument> instruments,
            GuidanceCodec reader,
            Clock clock,
            Function<Session, String> planIds) {
        this.journey = journey;
        this.policy = policy;
        this.limits = limits;
        this.contactPoints = contactPoints;
        CompiledJourney compiled =
                new CompiledJourney(journey, policy, limits, contactPoints, instruments, clock, planIds);
        this.compiled = compiled;
        this.stepCount = compiled.steps.length;
        this.machine = new StateMachine(compiled);
        this.views = new Views(compiled);
        this.publisher = new EventPublisher(listeners);
        this.sessions = new Resumption(compiled, machine, publisher, reader);
    }

    /**
     * Checks a journey with the default {@link CheckPolicy} and the built-in instruments and compiles it with the
     * default {@link EscalationPolicy} and no contact points.
     *
     * @param journey the journey
     * @return the engine
     * @throws InvalidJourneyException with the checker's diagnostics when the check finds errors
     */
    public static JourneyEngine compile(Journey journey) {
        return compiler().compile(journey);
    }

    /**
     * A compiler with every default, to configure before {@link Compiler#compile(Journey)}.
     *
     * @return the default compiler
     */
    public static Compiler compiler() {
        return Compiler.DEFAULTS;
    }

    /**
     * The compiled journey.
     *
     * @return the journey
     */
    public Journey journey() {
        return journey;
    }

    /**
     * The escalation policy.
     *
     * @return the policy
     */
    public EscalationPolicy policy() {
        return policy;
    }

    /**
     * The bounds on answer sizes.
     *
     * @return the limits
     */
    public AnswerLimits answerLimits() {
        return limits;
    }

    /**
     * The contact points offered in views.
     *
     * @return the contact points
     */
    public List<ContactPoint> contactPoints() {
        return contactPoints;
    }

    /**
     * Starts a session without a readiness assessment: the level is the policy's default level.
     *
     * @param profile the client profile
     * @return the session at the start step
     */
    public Session start(ClientProfile profile) {
        return publisher.published(
                machine.start(Objects.requireNonNull(profile, "profile"), Optional.empty(), journey.version()));
    }

    /**
     * Starts a session with a CIP readiness assessment, which decides the starting level through the policy's
     * readiness model.
     *
     * @param profile the client profile
     * @param readiness the readiness assessment
     * @return the session at the start step
     */
    public Session start(ClientProfile profile, ReadinessAssessment readiness) {
        return publisher.published(machine.start(
                Objects.requireNonNull(profile, "profile"),
                Optional.of(Objects.requireNonNull(readiness, "readiness")),
                journey.version()));
    }

    /**
     * Starts a follow-up session that reviews a plan today (the engine clock's date, {@link Compiler#clock(Clock)}).
     *
     * @param profile the client profile
     * @param plan the plan version to review, such as the one an earlier session's outcome view carried
     * @return the session at the start step
     * @since 0.1.0
     */
    @Beta
    public Session startFollowUp(ClientProfile profile, ActionPlan plan) {
        return startFollowUp(profile, plan, LocalDate.now(compiled.clock));
    }

    /**
     * Starts a follow-up session that reviews a plan on a day: the session keeps the plan (its id and version are the
     * version under review, {@link Session#reviewedPlan()}) and the day in its {@code started} event, so it stores,
     * resumes and replays like any other. Questions with a {@code planAction} update the plan's actions; conditions on
     * {@code plan} fields ({@link io.github.careerguidance.journeys.model.PlanField}) test whether the client is behind
     * on the day; the outcome's {@link StepView#plan()} is the next plan version, with the status changes dated on the
     * day. Any plan is accepted: one that {@code ActionPlans.check} faults still runs, its faulty parts simply count for
     * nothing.
     *
     * @param profile the client profile
     * @param plan the plan version to review
     * @param reviewDay the day of the review
     * @return the session at the start step
     * @since 0.1.0
     */
    @Beta
    public Session startFollowUp(ClientProfile profile, ActionPlan plan, LocalDate reviewDay) {
        return publisher.published(machine.start(
                Objects.requireNonNull(profile, "profile"),
                Optional.empty(),
                journey.version(),
                Objects.requireNonNull(plan, "plan"),
                Objects.requireNonNull(reviewDay, "reviewDay")));
    }

    /**
     * Progress on the plan a follow-up session reviews, on its review day, with the status updates and counts given
     * so far in the session: what {@code plan} conditions compare.
     *
     * @param session a session of this engine
     * @return the progress, or empty when the session reviews no plan
     * @since 0.1.0
     */
    @Beta
    public Optional<PlanProgress> progress(Session session) {
        Objects.requireNonNull(session, "session");
        Optional<ActionPlan> plan = session.reviewedPlan();
        Optional<LocalDate> day = session.reviewDate();
        if (plan.isEmpty() || day.isEmpty()) {
            return Optional.empty();
        }
        PlanFacts facts = compiled.planBuilder.facts(plan.get(), day.get(), session.answers());
        return Optional.of(PlanProgress.builder()
                .planId(plan.get().id())
                .planVersion(plan.get().version())
                .reviewDay(day.get())
                .overdueActions(facts.count(PlanField.OVERDUE_ACTIONS))
                .obligationShortfall(facts.count(PlanField.OBLIGATION_SHORTFALL))
                .openActions(facts.count(PlanField.OPEN_ACTIONS))
                .build());
    }

    /**
     * The engine's clock ({@link Compiler#clock(Clock)}): its zone dates plans, its instant is "today" for
     * {@link #startFollowUp(ClientProfile, ActionPlan)}.
     *
     * @return the clock
     * @since 0.1.0
     */
    @Beta
    public Clock clock() {
        return compiled.clock;
    }

    /**
     * Answers the current question step.
     *
     * @param session the session
     * @param stepId the question step (must be the current step)
     * @param answer the answer
     * @return the new session, or the unchanged session with the reason (unknown step, not the current step,
     *     wrong step kind, wrong answer kind, choice not offered, number out of range, text too long, completed)
     */
    public SessionResult answer(Session session, String stepId, Answer answer) {
        return publisher.published(machine.answer(session, stepId, answer, true));
    }

    /**
     * Completes the current assessment step: the instrument scores the responses (core {@code Instrument.score})
     * and the session stores the {@code CompetenceProfile} under the step's score key.
     *
     * @param session the session
     * @param stepId the assessment step (must be the current step)
     * @param responses item responses by item id
     * @return the new session, or the unchanged session with {@link ErrorReason#INSTRUMENT_RESPONSES_INVALID} and the
     *     instrument's diagnostics when the responses cannot be scored (errors, or nothing scored)
     */
    public SessionResult assess(Session session, String stepId, Map<String, Integer> responses) {
        return publisher.published(machine.assess(session, stepId, responses, true));
    }

    /**
     * Goes on from the current information, reflection, action or contact step.
     *
     * @param session the session
     * @param stepId the current step
     * @return the new session, or the unchanged session with the reason
     */
    public SessionResult proceed(Session session, String stepId) {
        return publisher.published(machine.proceed(session, stepId, true));
    }

    /**
     * Goes back to the previous step (answers are kept; answering again replaces them). Going back counts as a
     * visit for stall detection.
     *
     * @param session the session
     * @return the new session, or the unchanged session when there is no earlier step
     */
    public SessionResult back(Session session) {
        return publisher.published(machine.back(session, true));
    }

    /**
     * The client asks for a person: logged, and the level rises to at least the policy's contact-request level.
     * Always possible, also after an outcome.
     *
     * @param session the session
     * @return the new session, or the unchanged session when it belongs to another journey
     */
    public SessionResult requestContact(Session session) {
        return publisher.published(machine.requestContact(session, true));
    }

    /**
     * What to show for the current step at an instant, with the engine's contact points.
     *
     * @param session the session
     * @param now the instant for opening hours
     * @return the view
     * @throws IllegalArgumentException if the session belongs to another journey or version (resume it first)
     */
    public StepView view(Session session, Instant now) {
        return views.view(session, now, contactPoints);
    }

    /**
     * What to show for the current step at an instant, with the given contact points (for example the ones of
     * the client's region).
     *
     * @param session the session
     * @param now the instant for opening hours
     * @param points the contact points to offer
     * @return the view
     * @throws IllegalArgumentException if the session belongs to another journey or version (resume it first)
     */
    public StepView view(Session session, Instant now, Collection<ContactPoint> points) {
        return views.view(session, now, points);
    }

    /**
     * The session as compact JSON, format 2: no indentation, and only what does not follow from the event log.
     *
     * <pre>{@code
     * {"format":2,"journey":"werk-in-zicht","version":"1.0.0","step":"q-uren","supportLevel":"self-help",
     *  "scores":{...},
     *  "log":[{"type":"started",...,"profile":{...}},["p","welkom"],["a","q-situatie","geen-werk"]]}
     * }</pre>
     *
     * <p>{@code format} is 2; {@code journey}, {@code version}, {@code step}, {@code supportLevel}, {@code completed}
     * (only when true) and {@code scores} (only when not empty, by score key) are the session's fields. {@code log}
     * is the event log, oldest first: the {@code started} event as a {@link SessionEvent} object (the only place the
     * client profile is stored), then one array per event, {@code [code, ...fields]}:
     * {@code ["a", step, choice]}, {@code ["m", step, [choices]]}, {@code ["n", step, "number"]} (the number as a
     * string, exact) and {@code ["t", step, text]} for {@code answered} by answer kind; {@code ["s", step,
     * {responses}]} assessed; {@code ["p", step]} proceeded; {@code ["b", step]} moved-back; {@code ["r", step]}
     * contact-requested; {@code ["c", step]} completed; {@code ["v", step, outcome]} safety-net-answered;
     * {@code ["e", step, from, to, reason]} escalated; {@code ["u", previousVersion, version]} resumed. The path,
     * visits and answers are rebuilt from the log on {@link #resume(String)}.
     *
     * <p>A session whose path, visits or answers do not follow from its log (one built by hand) is written in format
     * 1 instead: all fields as {@code GuidanceCodec.json()} writes a {@code Session}, without a {@code format} field.
     * {@link #resume(String)} reads both formats.
     *
     * @param session the session
     * @return the JSON text
     */
    public String store(Session session) {
        return sessions.store(session);
    }

    /**
     * Reads a stored session (format 2, or format 1 without a {@code format} field, see {@link #store(Session)})
     * and resumes it against this engine ({@link #resume(Session)}).
     *
     * @param json the JSON text from {@link #store(Session)}
     * @return the session, or diagnostics (unreadable JSON, an unknown format, or what the journey no longer has)
     */
    public ReadResult<Session> resume(String json) {
        return sessions.resume(json);
    }

    /**
     * Resumes a session against this engine. On the same version the session is returned as it is. On another
     * version of the same journey it works when the current step, the steps on its path and the answered questions
     * still exist and the answers still fit; the session then moves to this version and logs {@code resumed}.
     * Otherwise the diagnostics name what is missing.
     *
     * @param session the session
     * @return the session to continue with, or diagnostics
     */
    public ReadResult<Session> resume(Session session) {
        return sessions.resume(session);
    }

    /**
     * Replays an event log: starts from its {@code started} event and applies every input event in order through
     * this engine; derived events are recomputed. For a log this engine (or a compatible version, see
     * {@code resumed}) produced, the result equals the session that holds the log.
     *
     * @param events the event log, starting with {@code started}
     * @return the session, or diagnostics naming the first event that cannot be replayed (JSON Pointer
     *     {@code /<index>})
     */
    public ReadResult<Session> replay(List<SessionEvent> events) {
        return sessions.replay(events);
    }

    @Override
    public String toString() {
        return "JourneyEngine{" + journey.id() + " " + journey.version() + ", " + stepCount + " steps}";
    }

    /**
     * How to compile: check policy, extra instruments, escalation policy and contact points. Immutable; every
     * setter returns a new compiler.
     *
     * <pre>{@code
     * JourneyEngine engine = JourneyEngine.compiler()
     *         .escalation(EscalationPolicy.builder().stallVisits(4).build())
     *         .contactPoints(points)
     *         .compile(journey);
     * }</pre>
     *
     * @since 0.1.0
     */
    public static final class Compiler {
        /** The default clock: the system clock in the zone Europe/Amsterdam. */
        static final Clock DEFAULT_CLOCK = Clock.system(ZoneId.of("Europe/Amsterdam"));

        static final Compiler DEFAULTS = new Compiler(
                CheckPolicy.ofDefaults(),
                List.of(),
                EscalationPolicy.ofDefaults(),
                AnswerLimits.ofDefaults(),
                List.of(),
                List.of(),
                ReadOptions.defaults(),
                DEFAULT_CLOCK,
                PlanBuilder::defaultId);

        private final CheckPolicy checkPolicy;
        private final List<Instrument> instruments;
        private final EscalationPolicy escalation;
        private final AnswerLimits limits;
        private final List<ContactPoint> contactPoints;
        private final List<SessionListener> listeners;
        private final ReadOptions readOptions;
        private final Clock clock;
        private final Function<Session, String> planIds;

        private Compiler(
                CheckPolicy checkPolicy,
                List<Instrument> instruments,
                EscalationPolicy escalation,
                AnswerLimits limits,
                List<ContactPoint> contactPoints,
                List<SessionListener> listeners,
                ReadOptions readOptions,
                Clock clock,
                Function<Session, String> planIds) {
            this.clock = clock;
            this.planIds = planIds;
            this.readOptions = readOptions;
            this.checkPolicy = checkPolicy;
            this.instruments = instruments;
            this.escalation = escalation;
            this.limits = limits;
            this.contactPoints = contactPoints;
            this.listeners = listeners;
        }

        /**
         * The check policy for the check before compiling.
         *
         * @param policy the policy; default {@link CheckPolicy#ofDefaults()}
         * @return a new compiler
         */
        public Compiler checkPolicy(CheckPolicy policy) {
            return new Compiler(
                    Objects.requireNonNull(policy, "policy"),
                    instruments,
                    escalation,
                    limits,
                    contactPoints,
                    listeners,
                    readOptions,
                    clock,
                    planIds);
        }

        /**
         * Instruments besides the built-in ones (for example a licensed CAAS with item texts, which replaces the
         * built-in structure of the same code).
         *
         * @param more the instruments; default none
         * @return a new compiler
         */
        public Compiler instruments(Collection<Instrument> more) {
            return new Compiler(
                    checkPolicy,
                    List.copyOf(more),
                    escalation,
                    limits,
                    contactPoints,
                    listeners,
                    readOptions,
                    clock,
                    planIds);
        }

        /**
         * The escalation policy.
         *
         * @param policy the policy; default {@link EscalationPolicy#ofDefaults()}
         * @return a new compiler
         */
        public Compiler escalation(EscalationPolicy policy) {
            return new Compiler(
                    checkPolicy,
                    instruments,
                    Objects.requireNonNull(policy, "policy"),
                    limits,
                    contactPoints,
                    listeners,
                    readOptions,
                    clock,
                    planIds);
        }

        /**
         * Bounds on the size of answers ({@link AnswerLimits}): larger answers are rejected with
         * {@link ErrorReason#ANSWER_LIMIT_EXCEEDED} before any other check.
         *
         * @param answerLimits the limits; default {@link AnswerLimits#ofDefaults()} (2,000 characters of text,
         *     50 choices, 27 digits)
         * @return a new compiler
         */
        public Compiler answerLimits(AnswerLimits answerLimits) {
            return new Compiler(
                    checkPolicy,
                    instruments,
                    escalation,
                    Objects.requireNonNull(answerLimits, "answerLimits"),
                    contactPoints,
                    listeners,
                    readOptions,
                    clock,
                    planIds);
        }

        /**
         * The contact points offered in every view.
         *
         * @param points the contact points, in the order to offer them; default none
         * @return a new compiler
         */
        public Compiler contactPoints(Collection<ContactPoint> points) {
            return new Compiler(
                    checkPolicy,
                    instruments,
                    escalation,
                    limits,
                    List.copyOf(points),
                    listeners,
                    readOptions,
                    clock,
                    planIds);
        }

        /**
         * Adds a listener that receives the events of every accepted operation.
         *
         * @param listener the listener (thread-safe); listeners are called in the order they were added
         * @return a new compiler
         */
        public Compiler listener(SessionListener listener) {
            List<SessionListener> more = new ArrayList<>(listeners);
            more.add(Objects.requireNonNull(listener, "listener"));
            return new Compiler(
                    checkPolicy,
                    instruments,
                    escalation,
                    limits,
                    contactPoints,
                    List.copyOf(more),
                    readOptions,
                    clock,
                    planIds);
        }

        /**
         * The parse limits for {@link JourneyEngine#resume(String)}: a portal that keeps sessions in a cookie or a
         * database can cap a stored session's size, for example {@code ReadOptions.builder().maxDocumentLength(256 *
         * 1024).build()}; a larger one is refused with {@code core.json.limit}.
         *
         * @param options the read options; default {@link ReadOptions#defaults()}
         * @return a new compiler
         * @since 0.1.0
         */
        public Compiler readOptions(ReadOptions options) {
            return new Compiler(
                    checkPolicy,
                    instruments,
                    escalation,
                    limits,
                    contactPoints,
                    listeners,
                    Objects.requireNonNull(options, "options"),
                    clock,
                    planIds);
        }

        /**
         * The clock: its zone dates the plans at outcomes (from the view's instant) and its instant is "today" for
         * {@link JourneyEngine#startFollowUp(ClientProfile, ActionPlan)}.
         *
         * @param clock the clock; default the system clock in Europe/Amsterdam
         * @return a new compiler
         * @since 0.1.0
         */
        @Beta
        public Compiler clock(Clock clock) {
            return new Compiler(
                    checkPolicy,
                    instruments,
                    escalation,
                    limits,
                    contactPoints,
                    listeners,
                    readOptions,
                    Objects.requireNonNull(clock, "clock"),
                    planIds);
        }

        /**
         * How the plan of a session gets its id. The default derives {@code plan-} and 16 hex digits from the journey
         * id, the client's profile codes and the session's inputs, so the id is stable per session (equal on every
         * view, after store and resume, on any JVM) but two sessions with the same profile codes and answers share it:
         * a portal that stores plans gives its own ids, such as its session id.
         *
         * @param ids the id of a session's plan (called on the view at the outcome; must be thread-safe, return a
         *     valid plan id and the same id for the same session)
         * @return a new compiler
         * @since 0.1.0
         */
        @Beta
        public Compiler planIds(Function<Session, String> ids) {
            return new Compiler(
                    checkPolicy,
                    instruments,
                    escalation,
                    limits,
                    contactPoints,
                    listeners,
                    readOptions,
                    clock,
                    Objects.requireNonNull(ids, "ids"));
        }

        /**
         * Checks and compiles a journey.
         *
         * @param journey the journey
         * @return the engine
         * @throws InvalidJourneyException with all of the checker's diagnostics when the check finds errors
         */
        public JourneyEngine compile(Journey journey) {
            Objects.requireNonNull(journey, "journey");
            Diagnostics found =
                    JourneyChecker.of(checkPolicy).withInstruments(instruments).check(journey);
            if (found.hasErrors()) {
                throw new InvalidJourneyException(journey.id(), found);
            }
            Map<String, Instrument> known = new HashMap<>();
            for (Instrument i : CompetenceModels.instruments()) {
                known.put(i.code(), i);
            }
            for (Instrument i : instruments) {
                known.put(i.code(), i);
            }
            return new JourneyEngine(
                    journey,
                    escalation,
                    limits,
                    contactPoints,
                    listeners,
                    known,
                    GuidanceCodec.json(readOptions),
                    clock,
                    planIds);
        }
    }
}
