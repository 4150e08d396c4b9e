/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.calendar.BusinessCalendar;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.handover.HandoverRouter;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows simulated clients over the weeks after their journey: the action plan each client leaves with (from a
 * {@link PlanSource}) is acted on week by week, reviews with a professional take place or are missed, a client who
 * falls behind takes the follow-up check-in and is handed over to a person, and contact points call back within
 * or outside their promised window. Give it to {@link Simulator.Builder#followUp(PlanFollowUp)}; the figures come
 * out as metrics of the {@link SimulationSummary} (listed there), with 95 % Wilson intervals.
 *
 * <p>The model, step by step (behaviour from the population's {@link FollowUpBehaviour}, assumptions to calibrate):
 * <ol>
 *   <li>Clients finish their journey spread uniformly over {@link #arrivalDays()} days from the simulator's instant
 *       and accept their plan that day (day 0 of their follow-up); the follow-up lasts {@link #weeks()} weeks.</li>
 *   <li>One-off actions (task, learning, application, contact): in each week {@code w} (days {@code 7w} to
 *       {@code 7w + 6}) an open action is done with chance {@code 1 - missHazard}. Done in or before the week its due
 *       date falls in counts as on time. An action already done or no longer relevant is not simulated.</li>
 *   <li>Recurring obligations: for every period of the recurrence that ends within the follow-up, the client paces
 *       the required activities evenly over the period's weeks (catching up on missed ones), and each activity is
 *       not done with chance {@code missHazard}; the period is met when the count is reached.</li>
 *   <li>Reviews dated within the follow-up take place unless the client does not show ({@code reviewNoShow}); the
 *       first one is the first human touchpoint.</li>
 *   <li>A client is behind from the end of the week in which a one-off action fell overdue, or from the end of an
 *       unmet period. Every {@link #checkInWeeks()} weeks a behind client takes the follow-up check-in with chance
 *       {@code uptake}; the first one taken hands the client over to a person (reason {@code plan-behind}), and the
 *       callback is the follow-up reflection.</li>
 *   <li>A client who asked for a person in the journey, or whose safety net failed there, is handed over on day 0
 *       (reasons {@code own-request}, {@code safety-net}).</li>
 *   <li>Handovers are routed by the {@link #router()} (the population's postcodes, else the profile's
 *       labour-market region) on a channel drawn from the population's preferences among those suggested for the
 *       client's support level. The promise is a {@link BusinessCalendar#callbackWindow callback window} of
 *       {@link #callbackBusinessDays()} business days. Each contact point makes at most {@link #capacityPerDay()}
 *       callbacks per business day, first come first served (earliest window first): with a limit, some callbacks
 *       fall after their window. <b>The capacity and the promise are assumptions</b>, not data about any service.</li>
 * </ol>
 *
 * <p>Deterministic: each client's follow-up draws from its own random stream of (seed, client), and the callback
 * queue is computed after the run from merged integer counts, so the result does not depend on the number of
 * threads. Immutable and thread-safe (the {@link PlanSource} must be too).
 *
 * <pre>{@code
 * PlanFollowUp followUp = PlanFollowUp.builder(c -> Optional.of(plan))
 *         .weeks(12).router(HandoverRouter.of(table)).capacityPerDay(40).build();
 * Simulator simulator = Simulator.builder().population(population).followUp(followUp).seed(2026).build();
 * simulator.run("A", router).metric("plan-follow-up-reflection", "", "");
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
public final class PlanFollowUp {
    /** The default length of the follow-up in weeks. */
    public static final int DEFAULT_WEEKS = 12;

    /** The longest follow-up in weeks (ten years). */
    public static final int MAX_WEEKS = 520;

    /** The default interval between follow-up check-ins, in weeks (the "four weeks later"). */
    public static final int DEFAULT_CHECK_IN_WEEKS = 4;

    /** The default callback promise in business days (an assumption). */
    public static final int DEFAULT_CALLBACK_BUSINESS_DAYS = 2;

    /** The default number of days over which clients finish their journey. */
    public static final int DEFAULT_ARRIVAL_DAYS = 20;

    /** The longest arrival spread in days. */
    public static final int MAX_ARRIVAL_DAYS = 3650;

    private final PlanSource plans;
    private final int weeks;
    private final int checkInWeeks;
    private final HandoverRouter router;
    private final BusinessCalendar calendar;
    private final int callbackBusinessDays;
    private final int capacityPerDay;
    private final int arrivalDays;
    private final ZoneId zone;

    private PlanFollowUp(Builder b) {
        this.plans = b.plans;
        this.weeks = b.weeks;
        this.checkInWeeks = b.checkInWeeks;
        this.router = b.router;
        this.calendar = b.calendar;
        this.callbackBusinessDays = b.callbackBusinessDays;
        this.capacityPerDay = b.capacityPerDay;
        this.arrivalDays = b.arrivalDays;
        this.zone = b.zone;
    }

    /**
     * A new builder.
     *
     * @param plans where each client's plan comes from
     * @return the builder
     * @throws NullPointerException if plans is null
     */
    public static Builder builder(PlanSource plans) {
        return new Builder(Objects.requireNonNull(plans, "plans"));
    }

    /**
     * Where each client's plan comes from.
     *
     * @return the source
     */
    public PlanSource plans() {
        return plans;
    }

    /**
     * The length of the follow-up after acceptance.
     *
     * @return weeks, 1 to {@value #MAX_WEEKS}
     */
    public int weeks() {
        return weeks;
    }

    /**
     * The interval between follow-up check-ins (the first is this many weeks after acceptance).
     *
     * @return weeks, at least 1
     */
    public int checkInWeeks() {
        return checkInWeeks;
    }

    /**
     * The router for handovers.
     *
     * @return the router; empty when handovers are not simulated (then there are no handover, callback or
     *     follow-up reflection metrics)
     */
    public Optional<HandoverRouter> router() {
        return Optional.ofNullable(router);
    }

    /**
     * The business calendar of callback windows and the callback queue.
     *
     * @return the calendar; default {@link BusinessCalendar#dutch()}
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * The callback promise.
     *
     * @return business days, 0 to 30; default {@value #DEFAULT_CALLBACK_BUSINESS_DAYS}
     */
    public int callbackBusinessDays() {
        return callbackBusinessDays;
    }

    /**
     * The most callbacks a contact point makes per business day.
     *
     * @return the capacity; 0 (the default) for no limit
     */
    public int capacityPerDay() {
        return capacityPerDay;
    }

    /**
     * The number of days over which clients finish their journey (uniformly).
     *
     * @return days, 0 or 1 for all on the simulator's day; default {@value #DEFAULT_ARRIVAL_DAYS}
     */
    public int arrivalDays() {
        return arrivalDays;
    }

    /**
     * The zone in which the simulator's instant becomes the first day of the calendar.
     *
     * @return the zone; default Europe/Amsterdam
     */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public String toString() {
        return "PlanFollowUp{weeks=" + weeks + ", checkInWeeks=" + checkInWeeks + ", router=" + (router != null)
                + ", callbackBusinessDays=" + callbackBusinessDays + ", capacityPerDay=" + capacityPerDay
                + ", arrivalDays=" + arrivalDays + "}";
    }

    /**
     * Builds a {@link PlanFollowUp}. Every setter checks its argument and throws {@link IllegalArgumentException}
     * naming the bad value. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final PlanSource plans;
        private int weeks = DEFAULT_WEEKS;
        private int checkInWeeks = DEFAULT_CHECK_IN_WEEKS;
        private HandoverRouter router;
        private BusinessCalendar calendar = BusinessCalendar.dutch();
        private int callbackBusinessDays = DEFAULT_CALLBACK_BUSINESS_DAYS;
        private int capacityPerDay;
        private int arrivalDays = DEFAULT_ARRIVAL_DAYS;
        private ZoneId zone = ZoneId.of("Europe/Amsterdam");

        private Builder(PlanSource plans) {
            this.plans = plans;
        }

        /**
         * The length of the follow-up.
         *
         * @param weeks 1 to {@value #MAX_WEEKS}; default {@value #DEFAULT_WEEKS}
         * @return this builder
         */
        public Builder weeks(int weeks) {
            if (weeks < 1 || weeks > MAX_WEEKS) {
                throw new IllegalArgumentException("weeks must be from 1 to " + MAX_WEEKS + " but was " + weeks);
            }
            this.weeks = weeks;
            return this;
        }

        /**
         * The interval between follow-up check-ins.
         *
         * @param weeks 1 to {@value #MAX_WEEKS}; default {@value #DEFAULT_CHECK_IN_WEEKS}
         * @return this builder
         */
        public Builder checkInWeeks(int weeks) {
            if (weeks < 1 || weeks > MAX_WEEKS) {
                throw new IllegalArgumentException("checkInWeeks must be from 1 to " + MAX_WEEKS + " but was " + weeks);
            }
            this.checkInWeeks = weeks;
            return this;
        }

        /**
         * The router for handovers.
         *
         * @param router the router, or null for no handovers (default)
         * @return this builder
         */
        public Builder router(HandoverRouter router) {
            this.router = router;
            return this;
        }

        /**
         * The business calendar.
         *
         * @param calendar the calendar; default {@link BusinessCalendar#dutch()}
         * @return this builder
         */
        public Builder calendar(BusinessCalendar calendar) {
            this.calendar = Objects.requireNonNull(calendar, "calendar");
            return this;
        }

        /**
         * The callback promise (an assumption).
         *
         * @param days 0 to 30 business days; default {@value #DEFAULT_CALLBACK_BUSINESS_DAYS}
         * @return this builder
         */
        public Builder callbackBusinessDays(int days) {
            if (days < 0 || days > 30) {
                throw new IllegalArgumentException("callbackBusinessDays must be from 0 to 30 but was " + days);
            }
            this.callbackBusinessDays = days;
            return this;
        }

        /**
         * The most callbacks a contact point makes per business day (an assumption).
         *
         * @param capacity 0 for no limit (default), else 1 to 1,000,000
         * @return this builder
         */
        public Builder capacityPerDay(int capacity) {
            if (capacity < 0 || capacity > 1_000_000) {
                throw new IllegalArgumentException("capacityPerDay must be from 0 to 1000000 but was " + capacity);
            }
            this.capacityPerDay = capacity;
            return this;
        }

        /**
         * The number of days over which clients finish their journey.
         *
         * @param days 0 to {@value #MAX_ARRIVAL_DAYS}; default {@value #DEFAULT_ARRIVAL_DAYS}
         * @return this builder
         */
        public Builder arrivalDays(int days) {
            if (days < 0 || days > MAX_ARRIVAL_DAYS) {
                throw new IllegalArgumentException(
                        "arrivalDays must be from 0 to " + MAX_ARRIVAL_DAYS + " but was " + days);
            }
            this.arrivalDays = days;
            return this;
        }

        /**
         * The zone of the simulated calendar.
         *
         * @param zone the zone; default Europe/Amsterdam
         * @return this builder
         */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * The follow-up.
         *
         * @return the follow-up
         */
        public PlanFollowUp build() {
            return new PlanFollowUp(this);
        }
    }
}
