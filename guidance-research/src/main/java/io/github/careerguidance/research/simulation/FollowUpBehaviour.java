/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a simulated population acts on its action plans in the weeks after a journey, for {@link PlanFollowUp}: a
 * miss hazard per action kind, the chance of missing a review, the uptake of the follow-up check-in, and the
 * postcodes used to route handovers.
 *
 * <p><b>Every number here is an assumption to calibrate, not a fact.</b> guidance's research has no measured
 * compliance rates for Dutch action plans (the WW duty of 4 activities per 4 weeks is a rule, not a rate of
 * meeting it); fill these in from your own service's data, and treat the simulation's plan figures as "what would
 * follow if clients behaved like this".
 *
 * <p>In YAML, inside a population model:
 *
 * <pre>{@code
 * followUp:
 *   missHazard: {task: 0.3, learning: 0.4, application: 0.25, contact: 0.3, recurring-obligation: 0.15}
 *   reviewNoShow: 0.1
 *   uptake: 0.7
 *   postcodes: {"9711": 0.5, "5611": 0.5}
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableFollowUpBehaviour.class)
@JsonDeserialize(as = ImmutableFollowUpBehaviour.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"missHazard", "reviewNoShow", "uptake", "postcodes"})
public abstract class FollowUpBehaviour {
    /** Extended only by the generated immutable implementation. */
    FollowUpBehaviour() {}

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static ImmutableFollowUpBehaviour.Builder builder() {
        return ImmutableFollowUpBehaviour.builder();
    }

    /**
     * The miss hazard per core {@code ActionKind} code ({@code task}, {@code learning}, {@code application},
     * {@code contact}, {@code recurring-obligation}): the chance that, in a given week, a client does not do an open
     * action of that kind; for a recurring obligation, the chance that one required activity is not done. 0 means
     * every action is done in the first week (always on time), 1 that none is ever done. Kinds not listed: 0.
     * An assumption to calibrate.
     *
     * @return the hazards
     */
    public abstract Map<String, Double> missHazard();

    /**
     * The chance that a client misses a review with a professional. An assumption to calibrate.
     *
     * @return the chance; default 0
     */
    @Value.Default
    public double reviewNoShow() {
        return 0.0;
    }

    /**
     * The chance that a client who is behind on the plan takes the follow-up check-in (and so asks for the
     * reflection with a professional) when one is due. An assumption to calibrate.
     *
     * @return the chance; default 1
     */
    @Value.Default
    public double uptake() {
        return 1.0;
    }

    /**
     * Postcode shares, summing to 1: full postcodes ({@code 9711AB}) or their four digits ({@code 9711}), drawn per
     * client to route handovers by postcode; empty routes by the profile's labour-market region only.
     *
     * @return the shares
     */
    public abstract Map<String, Double> postcodes();
}
