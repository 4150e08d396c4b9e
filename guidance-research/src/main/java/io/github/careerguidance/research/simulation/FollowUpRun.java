/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.calendar.CallbackWindow;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.contact.OpeningHours;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.RecurrencePeriod;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.profile.RegionKind;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.handover.HandoverReason;
import io.github.careerguidance.journeys.handover.HandoverRoute;
import io.github.careerguidance.journeys.handover.HandoverRouter;
import io.github.careerguidance.journeys.handover.RouteQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled {@link PlanFollowUp} of one run: the population's hazards as arrays, the postcode draw, the first day
 * of the calendar and a cache of callback windows (a pure function of contact point, channel and day, so sharing it
 * between threads changes no result). {@link #follow} simulates one client's weeks into a chunk's counters.
 */
final class FollowUpRun {
    /** No overdue action and no unmet period: never behind. */
    private static final int NEVER = Integer.MAX_VALUE;

    final PlanFollowUp config;
    final int days;
    final LocalDate start;
    final Instant at;
    private final long seed;
    private final double[] missHazard = new double[FollowUpCounts.KINDS];
    private final double reviewNoShow;
    private final double uptake;
    private final String[] postcodes;
    private final double[] postcodeCumulative;
    private final HandoverRouter router;
    private final Map<WindowKey, int[]> windows = new ConcurrentHashMap<>();

    FollowUpRun(PlanFollowUp config, PopulationModel population, long seed, Instant at) {
        this.config = config;
        this.days = config.weeks() * 7;
        this.at = at;
        this.seed = seed;
        this.start = LocalDate.ofInstant(at, config.zone());
        FollowUpBehaviour behaviour =
                population.followUp().orElse(FollowUpBehaviour.builder().build());
        behaviour
                .missHazard()
                .forEach((k, p) -> missHazard[ActionKind.fromCode(k).ordinal()] = p);
        this.reviewNoShow = behaviour.reviewNoShow();
        this.uptake = behaviour.uptake();
        this.postcodes = behaviour.postcodes().keySet().toArray(new String[0]);
        this.postcodeCumulative = Samplers.cumulative(behaviour.postcodes());
        this.router = config.router().orElse(null);
    }

    FollowUpCounts newCounts() {
        return new FollowUpCounts(days);
    }

    /** What one client brings from the journey walk. */
    interface Channels {
        /**
         * Draws a channel as the walk does: the population's preferences among the offered channels.
         *
         * @param offered the channels
         * @param random the client's follow-up stream
         * @return the channel
         */
        ContactChannel draw(java.util.Collection<ContactChannel> offered, SplittableRandom random);
    }

    /**
     * Follows one routed client.
     *
     * @param c the chunk's counters
     * @param client the client index
     * @param profile the profile
     * @param engine the journey's engine
     * @param session the session where the walk ended
     * @param completed whether the client reached an outcome
     * @param requested the channel of the client's request for a person in the walk, or null
     * @param safetyNet whether the walk escalated for a failed safety net
     * @param channels the walk's channel draw
     */
    void follow(
            FollowUpCounts c,
            long client,
            ClientProfile profile,
            JourneyEngine engine,
            Session session,
            boolean completed,
            ContactChannel requested,
            boolean safetyNet,
            Channels channels) {
        SplittableRandom random = Samplers.followUpStream(seed, client);
        int arrival = config.arrivalDays() <= 1 ? 0 : random.nextInt(config.arrivalDays());
        String postcode = postcodes.length == 0 ? null : postcodes[Samplers.draw(postcodeCumulative, random)];
        String region = profile.region()
                .filter(r -> r.kind() == RegionKind.LABOUR_MARKET_REGION)
                .map(Region::code)
                .orElse(null);
        SupportLevel level = session.supportLevel() == SupportLevel.SELF_HELP
                ? SupportLevel.BRIEF_STAFF_ASSISTED
                : session.supportLevel();
        c.routed++;
        boolean handedOver = false;
        if (requested != null) {
            handedOver = handover(c, HandoverReason.OWN_REQUEST, requested, level, arrival, 0, postcode, region);
        } else if (safetyNet) {
            handedOver = handover(
                    c,
                    HandoverReason.SAFETY_NET,
                    channels.draw(ContactChannel.suggestedFor(level), random),
                    level,
                    arrival,
                    0,
                    postcode,
                    region);
        }
        if (completed) {
            c.finished++;
            LocalDate accepted = start.plusDays(arrival);
            Instant finishedAt = at.plus(Duration.ofDays(arrival));
            Optional<ActionPlan> found =
                    config.plans().plan(new FinishedClient(client, profile, engine, session, finishedAt, accepted));
            if (found.isPresent()) {
                int behind = plan(c, found.get().accept(accepted), accepted, random);
                if (behind != NEVER) {
                    c.behind++;
                    for (int day = 7 * config.checkInWeeks(); day < days; day += 7 * config.checkInWeeks()) {
                        if (day >= behind && random.nextDouble() < uptake) {
                            handedOver |= handover(
                                    c,
                                    HandoverReason.PLAN_BEHIND,
                                    channels.draw(ContactChannel.suggestedFor(level), random),
                                    level,
                                    arrival,
                                    day,
                                    postcode,
                                    region);
                            break;
                        }
                    }
                }
            }
        }
        if (handedOver) {
            c.handoverClients++;
        }
    }

    /** Simulates the plan's actions and reviews; returns the day the client is first behind, or NEVER. */
    private int plan(FollowUpCounts c, ActionPlan plan, LocalDate accepted, SplittableRandom random) {
        c.withPlan++;
        int behind = NEVER;
        boolean obligation = false;
        boolean allMet = true;
        for (PlanAction action : plan.actions()) {
            if (action.status().isFinal()) {
                continue;
            }
            int kind = action.kind().ordinal();
            double hazard = missHazard[kind];
            List<RecurrencePeriod> periods =
                    action.kind() == ActionKind.RECURRING_OBLIGATION ? plan.recurrencePeriods(action) : List.of();
            if (!periods.isEmpty()) {
                for (RecurrencePeriod p : periods) {
                    long end = ChronoUnit.DAYS.between(accepted, p.end());
                    if (end > days) {
                        break;
                    }
                    obligation = true;
                    c.periods++;
                    int weeks = (int) Math.max(1, ChronoUnit.DAYS.between(p.start(), p.end()) / 7);
                    int required = p.required();
                    int met = 0;
                    for (int w = 0; w < weeks && met < required; w++) {
                        int target = (required - met + (weeks - w) - 1) / (weeks - w);
                        for (int t = 0; t < target; t++) {
                            if (random.nextDouble() >= hazard) {
                                met++;
                            }
                        }
                    }
                    if (met >= required) {
                        c.periodsMet++;
                    } else {
                        allMet = false;
                        behind = Math.min(behind, (int) end);
                    }
                }
                continue;
            }
            c.actions[kind]++;
            Optional<LocalDate> due = plan.dueDate(action);
            long dueDay = due.map(d -> ChronoUnit.DAYS.between(accepted, d)).orElse((long) NEVER);
            int dueWeek = dueDay < 0 ? -1 : (int) Math.min(NEVER / 7, dueDay / 7);
            boolean dueInWindow = dueDay < days;
            if (dueInWindow) {
                c.dueInWindow[kind]++;
            }
            int doneWeek = -1;
            for (int w = 0; w < config.weeks(); w++) {
                if (random.nextDouble() >= hazard) {
                    doneWeek = w;
                    break;
                }
            }
            if (doneWeek >= 0) {
                c.done[kind]++;
            }
            if (dueInWindow) {
                if (doneWeek >= 0 && doneWeek <= dueWeek) {
                    c.onTime[kind]++;
                } else {
                    behind = Math.min(behind, Math.max(0, 7 * (dueWeek + 1)));
                }
            }
        }
        if (obligation) {
            c.obligationClients++;
            if (allMet) {
                c.obligationClientsAllMet++;
            }
        }
        int first = NEVER;
        for (Review review : plan.reviews()) {
            Optional<LocalDate> when = plan.reviewDate(review);
            if (when.isEmpty()) {
                continue;
            }
            long day = ChronoUnit.DAYS.between(accepted, when.get());
            if (day < 0 || day >= days) {
                continue;
            }
            c.reviews++;
            if (random.nextDouble() >= reviewNoShow) {
                c.reviewsAttended++;
                first = Math.min(first, (int) day);
            }
        }
        if (first != NEVER) {
            c.touched++;
            c.firstTouch[first]++;
            c.firstTouchSum += first;
            c.firstTouchSquares += (long) first * first;
        }
        return behind < days ? behind : NEVER;
    }

    /** Routes a handover, counts it and records its callback demand; false when handovers are not simulated. */
    private boolean handover(
            FollowUpCounts c,
            HandoverReason reason,
            ContactChannel channel,
            SupportLevel level,
            int arrival,
            int offset,
            String postcode,
            String region) {
        if (router == null) {
            return false;
        }
        RouteQuery query = RouteQuery.builder()
                .postcode(Optional.ofNullable(postcode))
                .region(Optional.ofNullable(region))
                .supportLevel(level)
                .channel(channel)
                .build();
        HandoverRoute route = router.route(query);
        ContactPoint point = route.contactPoint();
        c.handovers++;
        c.byReason[reason.ordinal()]++;
        c.byChannel[channel.ordinal()]++;
        c.byLevel[route.level().ordinal()]++;
        FollowUpCounts.count(c.byRegion, route.region().map(Region::code).orElse(region == null ? "" : region));
        FollowUpCounts.count(c.byPoint, point.id());
        int requestDay = arrival + offset;
        int[] window = window(point, channel, requestDay);
        if (window.length == 0) {
            c.noWindow++;
            return true;
        }
        FollowUpCounts.count(
                c.demand,
                new FollowUpCounts.Demand(point.id(), requestDay, window[0], window[1], reason.ordinal(), offset));
        return true;
    }

    /** The callback window of a request on a day, as days of the calendar: {earliest, latest}, or none. */
    private int[] window(ContactPoint point, ContactChannel channel, int day) {
        return windows.computeIfAbsent(new WindowKey(point.id(), channel, day), k -> {
            Instant requested = at.plus(Duration.ofDays(day));
            Optional<CallbackWindow> w =
                    config.calendar().callbackWindow(requested, point, channel, config.callbackBusinessDays());
            if (w.isEmpty()) {
                return new int[0];
            }
            ZoneId zone = point.hoursOf(channel).map(OpeningHours::zone).orElse(config.zone());
            return new int[] {dayOf(w.get().earliest(), zone), dayOf(w.get().latest(), zone)};
        });
    }

    private int dayOf(Instant instant, ZoneId zone) {
        return (int) ChronoUnit.DAYS.between(start, LocalDate.ofInstant(instant, zone));
    }

    /** A cache key: contact point, channel and day of the request. */
    private record WindowKey(String point, ContactChannel channel, int day) {}
}
