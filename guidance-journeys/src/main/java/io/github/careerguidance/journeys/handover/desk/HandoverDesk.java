/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover.desk;

import io.github.careerguidance.core.calendar.BusinessCalendar;
import io.github.careerguidance.core.calendar.CallbackWindow;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.readiness.SafetyNetOutcome;
import io.github.careerguidance.journeys.engine.EventType;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.PlanProgress;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionEvent;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.handover.HandoverReason;
import io.github.careerguidance.journeys.handover.HandoverRequest;
import io.github.careerguidance.journeys.handover.HandoverRoute;
import io.github.careerguidance.journeys.handover.HandoverRouter;
import io.github.careerguidance.journeys.handover.RouteQuery;
import io.github.careerguidance.journeys.handover.spi.HandoverException;
import io.github.careerguidance.journeys.handover.spi.HandoverSink;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.summary.PlanReference;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a session that needs a person into a {@link HandoverRequest} and hands it to a {@link HandoverSink}: the
 * façade between the {@link JourneyEngine} and the handover SPI. It finds the reason in the session (the client's own
 * contact request, a failed safety net, a stall, or a follow-up that finds the client behind on the plan), routes the
 * client ({@link HandoverRouter}), computes the callback window in business days ({@link BusinessCalendar}), links
 * the plan a follow-up session reviews, and passes the request on. Without a sink it only builds requests: no sink, no
 * handover.
 *
 * <pre>{@code
 * HandoverDesk desk = HandoverDesk.of(engine, HandoverRouter.of(table)).withSink(new InMemoryHandoverSink());
 * SessionResult r = engine.requestContact(session);
 * desk.after(r, ContactChannel.PHONE, RouteQuery.builder().postcode(form.postcode()).build())
 *     .ifPresent(h -> page.say(h.isHandedOver() ? "We bellen je terug" : "Probeer het later opnieuw"));
 * }</pre>
 *
 * <p>Immutable and thread-safe (as far as the sink is, which the SPI requires); the {@code with...} methods return new
 * desks.
 *
 * @since 0.1.0
 */
@Beta
public final class HandoverDesk {
    /** Default of {@link #withBusinessDays(int)}: 2 business days, a proposal of guidance, not a sourced norm. */
    public static final int DEFAULT_BUSINESS_DAYS = 2;

    private final JourneyEngine engine;
    private final HandoverRouter router;
    private final HandoverSink sink;
    private final BusinessCalendar calendar;
    private final int businessDays;
    private final Clock clock;

    private HandoverDesk(
            JourneyEngine engine,
            HandoverRouter router,
            HandoverSink sink,
            BusinessCalendar calendar,
            int businessDays,
            Clock clock) {
        this.engine = engine;
        this.router = router;
        this.sink = sink;
        this.calendar = calendar;
        this.businessDays = businessDays;
        this.clock = clock;
    }

    /**
     * A desk without a sink, with the Dutch business calendar, {@value #DEFAULT_BUSINESS_DAYS} business days and the
     * engine's clock.
     *
     * @param engine the engine whose sessions it hands over
     * @param router the routing to contact points
     * @return the desk
     */
    public static HandoverDesk of(JourneyEngine engine, HandoverRouter router) {
        return new HandoverDesk(
                Objects.requireNonNull(engine, "engine"),
                Objects.requireNonNull(router, "router"),
                null,
                BusinessCalendar.dutch(),
                DEFAULT_BUSINESS_DAYS,
                engine.clock());
    }

    /**
     * The sink that receives the requests.
     *
     * @param sink the sink
     * @return a new desk
     */
    public HandoverDesk withSink(HandoverSink sink) {
        return new HandoverDesk(engine, router, Objects.requireNonNull(sink, "sink"), calendar, businessDays, clock);
    }

    /**
     * The business calendar for callback windows.
     *
     * @param calendar the calendar; default {@link BusinessCalendar#dutch()}
     * @return a new desk
     */
    public HandoverDesk withCalendar(BusinessCalendar calendar) {
        return new HandoverDesk(
                engine, router, sink, Objects.requireNonNull(calendar, "calendar"), businessDays, clock);
    }

    /**
     * Within how many business days a person calls back.
     *
     * @param days the promise, {@code >= 0}; default {@value #DEFAULT_BUSINESS_DAYS}
     * @return a new desk
     * @throws IllegalArgumentException if days is negative
     */
    public HandoverDesk withBusinessDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("businessDays must be >= 0 but was " + days);
        }
        return new HandoverDesk(engine, router, sink, calendar, days, clock);
    }

    /**
     * The clock for the request's time.
     *
     * @param clock the clock; default the engine's
     * @return a new desk
     */
    public HandoverDesk withClock(Clock clock) {
        return new HandoverDesk(engine, router, sink, calendar, businessDays, Objects.requireNonNull(clock, "clock"));
    }

    /**
     * Why a session needs a person, if it does: the latest of the client's own contact request ({@link
     * HandoverReason#OWN_REQUEST}), a failed safety net ({@link HandoverReason#SAFETY_NET}) or a stall ({@link
     * HandoverReason#STALL}) in its log; else, for a follow-up session whose client is behind on the reviewed plan,
     * {@link HandoverReason#PLAN_BEHIND}.
     *
     * @param session a session of the desk's engine
     * @return the reason, or empty when nothing asks for a person
     */
    public Optional<HandoverReason> reason(Session session) {
        List<SessionEvent> events = session.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            Optional<HandoverReason> reason = reason(events.get(i));
            if (reason.isPresent()) {
                return reason;
            }
        }
        return engine.progress(session).filter(PlanProgress::behind).map(p -> HandoverReason.PLAN_BEHIND);
    }

    private static Optional<HandoverReason> reason(SessionEvent e) {
        if (e.type() == EventType.CONTACT_REQUESTED) {
            return Optional.of(HandoverReason.OWN_REQUEST);
        }
        if (e.type() == EventType.SAFETY_NET_ANSWERED && e.outcome().orElse(null) == SafetyNetOutcome.STRUGGLING) {
            return Optional.of(HandoverReason.SAFETY_NET);
        }
        if (e.type() == EventType.ESCALATED) {
            switch (e.reason().orElseThrow()) {
                case CONTACT_REQUESTED:
                    return Optional.of(HandoverReason.OWN_REQUEST);
                case SAFETY_NET:
                    return Optional.of(HandoverReason.SAFETY_NET);
                case STALLED:
                    return Optional.of(HandoverReason.STALL);
                default:
                    return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The request for a session that needs a person ({@link #reason(Session)}), routed and with its callback window;
     * nothing is handed over.
     *
     * @param session a session of the desk's engine
     * @param preferred the channel the client prefers
     * @param query what to route by (postcode or region; the desk adds the session's support level and the channel)
     * @return the request, or empty when nothing asks for a person
     */
    public Optional<HandoverRequest> request(Session session, ContactChannel preferred, RouteQuery query) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(preferred, "preferred");
        Objects.requireNonNull(query, "query");
        return reason(session).map(reason -> build(session, reason, preferred, query));
    }

    private HandoverRequest build(Session session, HandoverReason reason, ContactChannel preferred, RouteQuery query) {
        Instant now = clock.instant();
        HandoverRoute route = router.route(RouteQuery.builder()
                .from(query)
                .supportLevel(session.supportLevel())
                .channel(preferred)
                .build());
        Optional<CallbackWindow> window;
        try {
            window = calendar.callbackWindow(now, route.contactPoint(), preferred, businessDays);
        } catch (IllegalArgumentException | IllegalStateException e) {
            window = Optional.empty(); // the holiday calendar does not cover the dates: the request goes without one
        }
        Optional<ActionPlan> plan = session.reviewedPlan();
        return HandoverRequest.builder()
                .id(HandoverRequest.newId())
                .createdAt(now)
                .reason(reason)
                .supportLevel(session.supportLevel())
                .preferredChannel(preferred)
                .callbackWindow(window)
                .contactPoint(route.contactPoint().id())
                .region(route.region())
                .routeLevel(route.level())
                .plan(plan.map(p -> PlanReference.of(p.id(), Integer.toString(p.version()))))
                .build();
    }

    /**
     * Builds the request for a session that needs a person and hands it to the sink.
     *
     * @param session a session of the desk's engine
     * @param preferred the channel the client prefers
     * @param query what to route by
     * @return what happened, or empty when nothing asks for a person
     */
    public Optional<HandoverResult> handOver(Session session, ContactChannel preferred, RouteQuery query) {
        return request(session, preferred, query).map(this::deliver);
    }

    /**
     * Hands over after an engine operation when that operation made the session need a person: it requested contact,
     * escalated for a failed safety net or a stall, or took a follow-up session whose client is behind on the plan to
     * a contact step or a reflection with a professional.
     *
     * @param result the result of an engine operation on a session of the desk's engine
     * @param preferred the channel the client prefers
     * @param query what to route by
     * @return what happened, or empty when the operation gave no reason to hand over (or was rejected)
     */
    public Optional<HandoverResult> after(SessionResult result, ContactChannel preferred, RouteQuery query) {
        Objects.requireNonNull(result, "result");
        if (!result.isAccepted()) {
            return Optional.empty();
        }
        Session session = result.session();
        for (int i = result.events().size() - 1; i >= 0; i--) {
            Optional<HandoverReason> reason = reason(result.events().get(i));
            if (reason.isPresent()) {
                return Optional.of(deliver(build(session, reason.get(), preferred, query)));
            }
        }
        boolean toPerson =
                engine.journey().step(session.step()).map(Step::isHumanContact).orElse(false);
        boolean entered = result.events().stream()
                .anyMatch(e -> e.type().isInput()
                        && !e.step().map(session.step()::equals).orElse(false));
        if (toPerson
                && entered
                && engine.progress(session).map(PlanProgress::behind).orElse(false)) {
            return Optional.of(deliver(build(session, HandoverReason.PLAN_BEHIND, preferred, query)));
        }
        return Optional.empty();
    }

    private HandoverResult deliver(HandoverRequest request) {
        ImmutableHandoverResult.Builder out = HandoverResult.builder().request(request);
        if (sink == null) {
            return out.build();
        }
        try {
            return out.receipt(sink.accept(request)).build();
        } catch (HandoverException e) {
            return out.failure(e.reason()).build();
        }
    }

    @Override
    public String toString() {
        return "HandoverDesk{" + engine.journey().id() + ", sink=" + (sink != null) + ", businessDays=" + businessDays
                + "}";
    }
}
