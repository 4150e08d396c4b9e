/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.ScoringResult;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.core.readiness.SafetyNet;
import io.github.careerguidance.core.readiness.SafetyNetOutcome;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.check.CheckPolicy;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.engine.internal.AppendList;
import io.github.careerguidance.journeys.engine.internal.Rule;
import io.github.careerguidance.journeys.engine.internal.Rules;
import io.github.careerguidance.journeys.engine.internal.StepKeys;
import io.github.careerguidance.journeys.engine.internal.StepMap;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Contact;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

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
    private static final GuidanceCodec JSON = GuidanceCodec.json();

    /** Reads stored sessions, with the compiler's {@link ReadOptions}. */
    private final GuidanceCodec reader;

    private final Journey journey;
    private final EscalationPolicy policy;
    private final AnswerLimits limits;
    private final List<ContactPoint> contactPoints;
    private final List<SessionListener> listeners;
    private final Map<String, Integer> index;
    private final CompiledStep[] steps;
    private final int start;
    private final StepKeys keys;
    private final OfferPlan[][] plans;

    private JourneyEngine(Journey journey, EscalationPolicy policy, AnswerLimits limits,
            List<ContactPoint> contactPoints, List<SessionListener> listeners, Map<String, Instrument> instruments,
            GuidanceCodec reader) {
        this.reader = reader;
        this.journey = journey;
        this.policy = policy;
        this.limits = limits;
        this.contactPoints = contactPoints;
        this.listeners = listeners;
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < journey.steps().size(); i++) {
            ids.putIfAbsent(journey.steps().get(i).id(), i);
        }
        this.index = Map.copyOf(ids);
        List<String> stepIds = new ArrayList<>();
        journey.steps().forEach(st -> stepIds.add(st.id()));
        this.keys = StepKeys.of(stepIds);
        this.steps = new CompiledStep[journey.steps().size()];
        for (int i = 0; i < steps.length; i++) {
            Step step = journey.steps().get(i);
            Instrument instrument = step.assessment().map(a -> a.inline().orElseGet(() -> {
                Instrument known = instruments.get(a.instrument());
                if (known == null) {
                    throw new IllegalStateException("instrument '" + a.instrument() + "' of step '" + step.id()
                            + "' passed the check but is not known to the engine");
                }
                return known;
            })).orElse(null);
            steps[i] = new CompiledStep(i, step, index, instrument);
        }
        this.start = index.get(journey.start());
        SupportLevel[] levels = SupportLevel.values();
        this.plans = new OfferPlan[steps.length][levels.length];
        for (int i = 0; i < steps.length; i++) {
            for (SupportLevel level : levels) {
                plans[i][level.ordinal()] = OfferPlan.of(policy, level, steps[i], contactPoints);
            }
        }
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
        return published(start(Objects.requireNonNull(profile, "profile"), Optional.empty(), journey.version()));
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
        return published(start(Objects.requireNonNull(profile, "profile"),
                Optional.of(Objects.requireNonNull(readiness, "readiness")), journey.version()));
    }

    private Session start(ClientProfile profile, Optional<ReadinessAssessment> readiness, String version) {
        SupportLevel level = readiness.map(r -> policy.readinessModel().route(r)).orElse(policy.defaultLevel());
        Draft d = new Draft(keys, journey.id(), version, profile, level);
        d.log(SessionEvent.started(journey.id(), version, profile, readiness, level));
        enter(d, start);
        return d.build();
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
        return published(answer(session, stepId, answer, true));
    }

    private SessionResult answer(Session session, String stepId, Answer answer, boolean strict) {
        Objects.requireNonNull(answer, "answer");
        SessionError error = precheck(session, stepId, "an answer", strict, StepKind.QUESTION);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        CompiledStep c = steps[index.get(stepId)];
        error = AnswerCheck.limits(stepId, limits, answer);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        error = AnswerCheck.check(stepId, c.question, c.choices, answer);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        Draft d = new Draft(keys, session);
        d.answers = d.answers.withAt(c.index, answer);
        d.log(c.answered(answer));
        if (c.isSafetyNet()) {
            SafetyNetOutcome outcome = SafetyNetOutcome.FINDING_WHAT_I_NEED;
            for (String code : answer.selectedOptions()) {
                if (c.escalating.contains(code)) {
                    outcome = SafetyNetOutcome.STRUGGLING;
                }
            }
            d.log(SessionEvent.safetyNet(stepId, outcome));
            raise(d, SafetyNet.apply(d.level, outcome), EscalationReason.SAFETY_NET);
        }
        advance(d, c);
        return SessionResult.accepted(d.build(), d.added());
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
        return published(assess(session, stepId, responses, true));
    }

    private SessionResult assess(Session session, String stepId, Map<String, Integer> responses, boolean strict) {
        Objects.requireNonNull(responses, "responses");
        SessionError error = precheck(session, stepId, "item responses", strict, StepKind.ASSESSMENT);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        CompiledStep c = steps[index.get(stepId)];
        ScoringResult scored = c.instrument.score(responses);
        boolean nulls = false;
        for (Map.Entry<String, Integer> r : responses.entrySet()) {
            nulls |= r.getKey() == null || r.getValue() == null;
        }
        if (scored.profile().isEmpty() || scored.diagnostics().hasErrors() || nulls) {
            Diagnostic head = JourneyMessages.diagnostic(Severity.ERROR,
                    ErrorReason.INSTRUMENT_RESPONSES_INVALID.diagnosticCode(), JsonPointer.of("responses"),
                    AnswerCheck.args("step", stepId, "instrument", c.instrument.code()));
            return SessionResult.rejected(session, new SessionError(ErrorReason.INSTRUMENT_RESPONSES_INVALID,
                    Diagnostics.of(head).plus(scored.diagnostics())));
        }
        Draft d = new Draft(keys, session);
        d.putScore(c.scoreKey, scored.profile().get());
        d.log(SessionEvent.assessed(stepId, new TreeMap<>(responses)));
        advance(d, c);
        return SessionResult.accepted(d.build(), d.added());
    }

    /**
     * Goes on from the current information, reflection, action or contact step.
     *
     * @param session the session
     * @param stepId the current step
     * @return the new session, or the unchanged session with the reason
     */
    public SessionResult proceed(Session session, String stepId) {
        return published(proceed(session, stepId, true));
    }

    private SessionResult proceed(Session session, String stepId, boolean strict) {
        SessionError error = precheck(session, stepId, "a 'proceed'", strict, StepKind.INFORMATION,
                StepKind.REFLECTION, StepKind.ACTION, StepKind.CONTACT);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        Draft d = new Draft(keys, session);
        CompiledStep c = steps[index.get(stepId)];
        d.log(c.proceeded);
        advance(d, c);
        return SessionResult.accepted(d.build(), d.added());
    }

    /**
     * Goes back to the previous step (answers are kept; answering again replaces them). Going back counts as a
     * visit for stall detection.
     *
     * @param session the session
     * @return the new session, or the unchanged session when there is no earlier step
     */
    public SessionResult back(Session session) {
        return published(back(session, true));
    }

    private SessionResult back(Session session, boolean strict) {
        SessionError error = mismatch(session, strict);
        if (error == null && session.path().isEmpty()) {
            error = AnswerCheck.error(ErrorReason.NOTHING_TO_GO_BACK_TO, JsonPointer.of("path"),
                    AnswerCheck.args("step", session.step()));
        }
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        Draft d = new Draft(keys, session);
        String previous = d.path.last();
        d.path = d.path.dropLast();
        d.log(SessionEvent.at(EventType.MOVED_BACK, session.step()));
        enter(d, index.get(previous));
        return SessionResult.accepted(d.build(), d.added());
    }

    /**
     * The client asks for a person: logged, and the level rises to at least the policy's contact-request level.
     * Always possible, also after an outcome.
     *
     * @param session the session
     * @return the new session, or the unchanged session when it belongs to another journey
     */
    public SessionResult requestContact(Session session) {
        return published(requestContact(session, true));
    }

    private SessionResult requestContact(Session session, boolean strict) {
        SessionError error = mismatch(session, strict);
        if (error != null) {
            return SessionResult.rejected(session, error);
        }
        Draft d = new Draft(keys, session);
        d.log(SessionEvent.at(EventType.CONTACT_REQUESTED, session.step()));
        raise(d, policy.contactRequestLevel(), EscalationReason.CONTACT_REQUESTED);
        return SessionResult.accepted(d.build(), d.added());
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
        return view(session, now, contactPoints);
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
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(points, "points");
        SessionError error = mismatch(session, true);
        Integer at = index.get(session.step());
        if (error != null || at == null) {
            throw new IllegalArgumentException("session " + session + " does not run on journey '" + journey.id()
                    + "' " + journey.version() + "; resume it first");
        }
        CompiledStep c = steps[at];
        SupportLevel level = session.supportLevel();
        Map<String, Answer> answers = session.answers();
        Map<String, CompetenceProfile> scores = session.scores();
        String[] profile = profileCodes(session);
        Answer answer = answers.get(c.id());
        boolean back = !session.path().isEmpty();
        boolean completed = session.completed();
        ContactOffer offer = offer(level, c, now, points);
        ContentItem[] content = c.content;
        Rule[] rules = c.contentRules;
        if (answer == null && c.views != null && points == contactPoints
                && offer == plans[c.index][level.ordinal()].allOpen) {
            int mask = 0;
            for (int i = 0; i < content.length; i++) {
                if (rules[i].test(answers, scores, profile, level)) {
                    mask |= 1 << i;
                }
            }
            int slot = c.viewSlot(level, back, completed, mask);
            StepView cached = c.views.get(slot);
            if (cached == null) {
                List<ContentItem> shown = new ArrayList<>(content.length);
                for (int i = 0; i < content.length; i++) {
                    if ((mask & (1 << i)) != 0) {
                        shown.add(content[i]);
                    }
                }
                cached = buildView(c, null, level, back, completed, offer, shown);
                c.views.set(slot, cached);
            }
            return cached;
        }
        List<ContentItem> shown = new ArrayList<>(content.length);
        for (int i = 0; i < content.length; i++) {
            if (rules[i].test(answers, scores, profile, level)) {
                shown.add(content[i]);
            }
        }
        return buildView(c, answer, level, back, completed, offer, shown);
    }

    /** The session's profile field codes for rules: the engine session's own, or computed for other sessions. */
    private static String[] profileCodes(Session session) {
        return session instanceof EngineSession ? ((EngineSession) session).profileCodes()
                : Rules.profileCodes(session.profile());
    }

    private StepView buildView(CompiledStep c, Answer answer, SupportLevel level, boolean back, boolean completed,
            ContactOffer offer, List<ContentItem> content) {
        Step step = c.step;
        return StepView.builder()
                .journey(journey.id())
                .version(journey.version())
                .step(step.id())
                .kind(step.kind())
                .phase(step.phase())
                .title(step.title())
                .text(step.text())
                .question(step.question())
                .answer(Optional.ofNullable(answer))
                .instrument(Optional.ofNullable(c.instrument))
                .reflection(step.reflection())
                .action(step.action())
                .contact(step.contact())
                .outcome(step.outcome())
                .supportLevel(level)
                .canGoBack(back)
                .completed(completed)
                .contactOffer(offer)
                .addAllContent(content)
                .build();
    }

    private ContactOffer offer(SupportLevel current, CompiledStep c, Instant now, Collection<ContactPoint> points) {
        if (points == contactPoints) {
            return plans[c.index][current.ordinal()].offer(now);
        }
        return OfferPlan.of(policy, current, c, points).offer(now);
    }

    /**
     * The contact options a view offers for one step at one current level with some contact points, resolved once:
     * the (point, channel) pairs, each as a ready option for when it is open, and the whole offer for when all are
     * open, so that a view during opening hours only asks each pair whether it is open.
     */
    private static final class OfferPlan {
        final SupportLevel level;
        final boolean active;
        final ContactPoint[] points;
        final ContactChannel[] channels;
        final ContactOption[] whenOpen;
        final ContactOffer allOpen;

        private OfferPlan(SupportLevel level, boolean active, List<ContactPoint> points,
                List<ContactChannel> channels) {
            this.level = level;
            this.active = active;
            this.points = points.toArray(new ContactPoint[0]);
            this.channels = channels.toArray(new ContactChannel[0]);
            this.whenOpen = new ContactOption[this.points.length];
            for (int i = 0; i < whenOpen.length; i++) {
                whenOpen[i] = option(this.points[i], this.channels[i], true, Optional.empty());
            }
            this.allOpen = ContactOffer.builder().level(level).active(active)
                    .addAllOptions(Arrays.asList(whenOpen)).build();
        }

        static OfferPlan of(EscalationPolicy policy, SupportLevel current, CompiledStep c,
                Collection<ContactPoint> points) {
            SupportLevel level = max(current, policy.contactRequestLevel());
            Collection<ContactChannel> channels;
            if (c.kind == StepKind.CONTACT) {
                Contact contact = c.step.contact().orElseThrow();
                level = max(level, contact.supportLevel());
                channels = contact.channels();
            } else {
                channels = ContactChannel.suggestedFor(level);
            }
            List<ContactPoint> pairPoints = new ArrayList<>();
            List<ContactChannel> pairChannels = new ArrayList<>();
            for (ContactPoint point : points) {
                if (!point.serves(level)) {
                    continue;
                }
                for (ContactChannel channel : channels) {
                    if (point.channels().contains(channel)) {
                        pairPoints.add(point);
                        pairChannels.add(channel);
                    }
                }
            }
            return new OfferPlan(level, current.involvesProfessional(), pairPoints, pairChannels);
        }

        private static ContactOption option(ContactPoint point, ContactChannel channel, boolean open,
                Optional<Instant> next) {
            return ContactOption.builder()
                    .contactPoint(point.id())
                    .name(point.name())
                    .channel(channel)
                    .address(point.address(channel))
                    .open(open)
                    .nextOpening(next)
                    .zone(point.hoursOf(channel).orElseThrow().zone())
                    .build();
        }

        ContactOffer offer(Instant now) {
            int closed = -1;
            for (int i = 0; i < points.length; i++) {
                if (!points[i].isOpen(channels[i], now)) {
                    closed = i;
                    break;
                }
            }
            if (closed < 0) {
                return allOpen;
            }
            ImmutableContactOffer.Builder offer = ContactOffer.builder().level(level).active(active);
            for (int i = 0; i < points.length; i++) {
                if (i < closed || (i > closed && points[i].isOpen(channels[i], now))) {
                    offer.addOption(whenOpen[i]);
                } else {
                    offer.addOption(option(points[i], channels[i], false,
                            points[i].nextOpening(channels[i], now).map(ZonedDateTime::toInstant)));
                }
            }
            return offer.build();
        }
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
        Objects.requireNonNull(session, "session");
        Map<String, Object> compact = SessionStore.compact(session);
        return JSON.writeLine(compact != null ? compact : session);
    }

    /**
     * Reads a stored session (format 2, or format 1 without a {@code format} field, see {@link #store(Session)})
     * and resumes it against this engine ({@link #resume(Session)}).
     *
     * @param json the JSON text from {@link #store(Session)}
     * @return the session, or diagnostics (unreadable JSON, an unknown format, or what the journey no longer has)
     */
    public ReadResult<Session> resume(String json) {
        Objects.requireNonNull(json, "json");
        ReadResult<Map> raw = reader.read(json, Map.class);
        ReadResult<Session> read;
        if (raw.isSuccessful() && raw.orElseThrow().containsKey("format")) {
            read = SessionStore.read(raw.orElseThrow(), keys);
        } else {
            read = reader.read(json, Session.class);
        }
        if (!read.isSuccessful()) {
            return read;
        }
        return resume(read.orElseThrow());
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
        Objects.requireNonNull(session, "session");
        if (!session.journey().equals(journey.id())) {
            return ReadResult.failure(Diagnostics.of(mismatchDiagnostic(session)));
        }
        Diagnostics.Builder found = Diagnostics.builder();
        Map<String, Object> where = AnswerCheck.args("journey", journey.id(), "version", journey.version());
        if (!index.containsKey(session.step())) {
            found.add(missing("journeys.resume.missing-step", JsonPointer.of("step"), session.step(), where));
        }
        for (int i = 0; i < session.path().size(); i++) {
            String id = session.path().get(i);
            if (!index.containsKey(id)) {
                found.add(missing("journeys.resume.missing-step", JsonPointer.of("path").append(i), id, where));
            }
        }
        for (Map.Entry<String, Answer> a : session.answers().entrySet()) {
            Integer i = index.get(a.getKey());
            JsonPointer at = JsonPointer.of("answers", a.getKey());
            if (i == null || steps[i].kind != StepKind.QUESTION) {
                found.add(missing("journeys.resume.missing-question", at, a.getKey(), where));
                continue;
            }
            SessionError misfit = AnswerCheck.check(a.getKey(), steps[i].question, steps[i].choices, a.getValue());
            if (misfit != null) {
                Map<String, Object> args = new LinkedHashMap<>(where);
                args.put("step", a.getKey());
                args.put("reason", misfit.reason().diagnosticCode());
                found.add(JourneyMessages.diagnostic(Severity.ERROR, "journeys.resume.answer-invalid", at, args));
            }
        }
        Diagnostics diagnostics = found.build();
        if (diagnostics.hasErrors()) {
            return ReadResult.failure(diagnostics);
        }
        if (session.version().equals(journey.version())) {
            return ReadResult.success(session, diagnostics);
        }
        Draft d = new Draft(keys, session);
        d.log(SessionEvent.resumed(session.version(), journey.version()));
        d.version = journey.version();
        d.completed = steps[index.get(d.step)].kind == StepKind.OUTCOME;
        Session resumed = d.build();
        tell(resumed, d.added());
        return ReadResult.success(resumed, diagnostics);
    }

    private static Diagnostic missing(String code, JsonPointer at, String step, Map<String, Object> where) {
        Map<String, Object> args = new LinkedHashMap<>(where);
        args.put("step", step);
        return JourneyMessages.diagnostic(Severity.ERROR, code, at, args);
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
        Objects.requireNonNull(events, "events");
        if (events.isEmpty() || events.get(0).type() != EventType.STARTED
                || !events.get(0).journey().orElseThrow().equals(journey.id())) {
            return ReadResult.failure(Diagnostics.of(JourneyMessages.diagnostic(Severity.ERROR,
                    "journeys.engine.replay-not-started", JsonPointer.root().append(0),
                    AnswerCheck.args("journey", journey.id()))));
        }
        SessionEvent first = events.get(0);
        Session s = start(first.profile().orElseThrow(), first.readiness(), first.version().orElseThrow());
        for (int i = 1; i < events.size(); i++) {
            SessionEvent e = events.get(i);
            if (!e.type().isInput()) {
                continue;
            }
            SessionResult r;
            switch (e.type()) {
                case ANSWERED:
                    r = answer(s, e.step().orElseThrow(), e.answer().orElseThrow(), false);
                    break;
                case ASSESSED:
                    r = assess(s, e.step().orElseThrow(), e.responses(), false);
                    break;
                case PROCEEDED:
                    r = proceed(s, e.step().orElseThrow(), false);
                    break;
                case MOVED_BACK:
                    r = back(s, false);
                    break;
                case CONTACT_REQUESTED:
                    r = requestContact(s, false);
                    break;
                case RESUMED: {
                    Draft d = new Draft(keys, s);
                    d.log(e);
                    d.version = e.version().orElseThrow();
                    r = SessionResult.accepted(d.build(), d.added());
                    break;
                }
                default:
                    r = SessionResult.rejected(s, AnswerCheck.error(ErrorReason.JOURNEY_MISMATCH,
                            JsonPointer.root().append(i), AnswerCheck.args("sessionJourney", journey.id(),
                                    "sessionVersion", s.version(), "journey", journey.id(), "version",
                                    journey.version())));
            }
            if (!r.isAccepted()) {
                Diagnostics.Builder found = Diagnostics.builder().add(JourneyMessages.diagnostic(Severity.ERROR,
                        "journeys.engine.replay-rejected", JsonPointer.root().append(i), AnswerCheck.args(
                                "index", i, "type", e.type().code(),
                                "reason", r.error().orElseThrow().reason().diagnosticCode())));
                for (Diagnostic nested : r.error().orElseThrow().diagnostics()) {
                    found.add(nested.relocate(JsonPointer.root().append(i)));
                }
                return ReadResult.failure(found.build());
            }
            s = r.session();
        }
        return ReadResult.success(s, Diagnostics.empty());
    }

    private Session published(Session started) {
        tell(started, started.events());
        return started;
    }

    private SessionResult published(SessionResult result) {
        if (result.isAccepted()) {
            tell(result.session(), result.events());
        }
        return result;
    }

    private void tell(Session session, List<SessionEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        for (SessionListener listener : listeners) {
            listener.onEvents(session, events);
        }
    }

    // --- the state machine -------------------------------------------------------------------------------------

    private SessionError precheck(Session session, String stepId, String input, boolean strict, StepKind... kinds) {
        Objects.requireNonNull(stepId, "stepId");
        SessionError error = mismatch(session, strict);
        if (error != null) {
            return error;
        }
        Integer at = index.get(stepId);
        if (at == null) {
            return AnswerCheck.error(ErrorReason.UNKNOWN_STEP, JsonPointer.of("step"),
                    AnswerCheck.args("journey", journey.id(), "step", stepId));
        }
        if (!stepId.equals(session.step())) {
            return AnswerCheck.error(ErrorReason.NOT_CURRENT_STEP, JsonPointer.of("step"),
                    AnswerCheck.args("step", stepId, "current", session.step()));
        }
        if (session.completed()) {
            return AnswerCheck.error(ErrorReason.SESSION_COMPLETED, JsonPointer.of("step"),
                    AnswerCheck.args("step", stepId));
        }
        StepKind kind = steps[at].kind;
        for (StepKind k : kinds) {
            if (k == kind) {
                return null;
            }
        }
        return AnswerCheck.error(ErrorReason.WRONG_STEP_KIND, JsonPointer.of("step"),
                AnswerCheck.args("step", stepId, "kind", kind.code(), "input", input));
    }

    private SessionError mismatch(Session session, boolean strict) {
        Objects.requireNonNull(session, "session");
        if (session.journey().equals(journey.id()) && (!strict || session.version().equals(journey.version()))) {
            return null;
        }
        return new SessionError(ErrorReason.JOURNEY_MISMATCH, Diagnostics.of(mismatchDiagnostic(session)));
    }

    private Diagnostic mismatchDiagnostic(Session session) {
        return JourneyMessages.diagnostic(Severity.ERROR, ErrorReason.JOURNEY_MISMATCH.diagnosticCode(),
                JsonPointer.of("journey"), AnswerCheck.args("sessionJourney", session.journey(), "sessionVersion",
                        session.version(), "journey", journey.id(), "version", journey.version()));
    }

    private void advance(Draft d, CompiledStep from) {
        d.path = d.path.append(from.id());
        Rule[] guards = from.guards;
        for (int i = 0; i < guards.length; i++) {
            if (guards[i].test(d.answers, d.scores, d.profileCodes, d.level)) {
                enter(d, from.targets[i]);
                return;
            }
        }
        throw new IllegalStateException("step '" + from.id() + "' of journey '" + journey.id()
                + "' has no transition that holds; the checker requires a default");
    }

    private void enter(Draft d, int target) {
        CompiledStep c = steps[target];
        d.step = c.id();
        Integer before = d.visits.at(target);
        int visits = before == null ? 1 : before + 1;
        d.visits = d.visits.withAt(target, visits);
        int stall = policy.stallVisits();
        if (stall > 0 && visits % stall == 0) {
            raise(d, SafetyNet.apply(d.level, SafetyNetOutcome.STALLED), EscalationReason.STALLED);
        }
        if (c.kind == StepKind.CONTACT && policy.raiseOnContactStep()) {
            raise(d, c.step.contact().orElseThrow().supportLevel(), EscalationReason.CONTACT_STEP);
        }
        d.completed = c.kind == StepKind.OUTCOME;
        if (d.completed) {
            d.log(c.completed);
        }
    }

    private static void raise(Draft d, SupportLevel to, EscalationReason reason) {
        if (to.compareTo(d.level) > 0) {
            d.log(SessionEvent.escalated(d.step, d.level, to, reason));
            d.level = to;
        }
    }

    private static SupportLevel max(SupportLevel a, SupportLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    @Override
    public String toString() {
        return "JourneyEngine{" + journey.id() + " " + journey.version() + ", " + steps.length + " steps}";
    }

    /**
     * The working copy of one operation; never escapes. Its collections are persistent: the ones the operation does
     * not change are the input session's own, the changed ones share all but the changed parts.
     */
    private static final class Draft {
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

        Draft(StepKeys keys, String journey, String version, ClientProfile profile, SupportLevel level) {
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
            this.journey = s.journey();
            this.version = s.version();
            this.step = s.step();
            this.level = s.supportLevel();
            this.completed = s.completed();
            this.profile = s.profile();
            if (s instanceof EngineSession && ((EngineSession) s).visitMap().keys() == keys
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
            return new EngineSession(journey, version, step, level, completed, path, visits, answers, scores,
                    events, profile, profileCodes);
        }
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
        static final Compiler DEFAULTS = new Compiler(CheckPolicy.ofDefaults(), List.of(),
                EscalationPolicy.ofDefaults(), AnswerLimits.ofDefaults(), List.of(), List.of(), ReadOptions.defaults());

        private final CheckPolicy checkPolicy;
        private final List<Instrument> instruments;
        private final EscalationPolicy escalation;
        private final AnswerLimits limits;
        private final List<ContactPoint> contactPoints;
        private final List<SessionListener> listeners;
        private final ReadOptions readOptions;

        private Compiler(CheckPolicy checkPolicy, List<Instrument> instruments, EscalationPolicy escalation,
                AnswerLimits limits, List<ContactPoint> contactPoints, List<SessionListener> listeners,
                ReadOptions readOptions) {
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
            return new Compiler(Objects.requireNonNull(policy, "policy"), instruments, escalation, limits,
                    contactPoints, listeners, readOptions);
        }

        /**
         * Instruments besides the built-in ones (for example a licensed CAAS with item texts, which replaces the
         * built-in structure of the same code).
         *
         * @param more the instruments; default none
         * @return a new compiler
         */
        public Compiler instruments(Collection<Instrument> more) {
            return new Compiler(checkPolicy, List.copyOf(more), escalation, limits, contactPoints, listeners, readOptions);
        }

        /**
         * The escalation policy.
         *
         * @param policy the policy; default {@link EscalationPolicy#ofDefaults()}
         * @return a new compiler
         */
        public Compiler escalation(EscalationPolicy policy) {
            return new Compiler(checkPolicy, instruments, Objects.requireNonNull(policy, "policy"), limits,
                    contactPoints, listeners, readOptions);
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
            return new Compiler(checkPolicy, instruments, escalation,
                    Objects.requireNonNull(answerLimits, "answerLimits"), contactPoints, listeners, readOptions);
        }

        /**
         * The contact points offered in every view.
         *
         * @param points the contact points, in the order to offer them; default none
         * @return a new compiler
         */
        public Compiler contactPoints(Collection<ContactPoint> points) {
            return new Compiler(checkPolicy, instruments, escalation, limits, List.copyOf(points), listeners, readOptions);
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
            return new Compiler(checkPolicy, instruments, escalation, limits, contactPoints, List.copyOf(more), readOptions);
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
            return new Compiler(checkPolicy, instruments, escalation, limits, contactPoints, listeners,
                    Objects.requireNonNull(options, "options"));
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
            Diagnostics found = JourneyChecker.of(checkPolicy).withInstruments(instruments).check(journey);
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
            return new JourneyEngine(journey, escalation, limits, contactPoints, listeners, known,
                    GuidanceCodec.json(readOptions));
        }
    }
}
