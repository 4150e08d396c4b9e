/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A group of clients a service calls back first, defined by the embedder, such as {@code recent-job-loss}.
 * guidance defines none: the research gives no Dutch list (England's National Careers Service flags groups such as
 * 18&ndash;24 NEET or unemployed more than 12 months, {@code shared/research/peer-portals.md} §1, but those are not
 * Dutch policy).
 *
 * <p>In JSON: {@code {"code": "recent-job-loss", "label": {"nl": "Pas werkloos", "en": "Recent job loss"}}}.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutablePriorityGroup.class)
@JsonDeserialize(as = ImmutablePriorityGroup.class)
public abstract class PriorityGroup {
    /** Extended only by the generated immutable implementation. */
    PriorityGroup() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutablePriorityGroup.Builder builder() {
        return ImmutablePriorityGroup.builder();
    }

    /**
     * The code a request carries: lower-case words separated by dashes.
     *
     * @return the code
     */
    public abstract String code();

    /**
     * The label for staff.
     *
     * @return the label
     */
    public abstract LocalizedText label();

    /**
     * Who belongs to the group.
     *
     * @return the description, if any
     */
    public abstract Optional<LocalizedText> description();

    /**
     * The policy that defines the group.
     *
     * @return the citations, possibly empty
     */
    public abstract List<Citation> citations();

    /**
     * Checks that a request names only known groups.
     *
     * @param request the request
     * @param groups the groups the embedder defines
     * @return one {@code journeys.handover.unknown-priority-group} error at {@code /priorityGroups/i} per unknown
     *     code; empty when all are known
     */
    public static Diagnostics check(HandoverRequest request, Collection<PriorityGroup> groups) {
        TreeSet<String> known = groups.stream().map(PriorityGroup::code).collect(Collectors.toCollection(TreeSet::new));
        Diagnostics.Builder out = Diagnostics.builder();
        int i = 0;
        for (String code : request.priorityGroups()) {
            if (!known.contains(code)) {
                out.add(JourneyMessages.diagnostic(
                        Severity.ERROR,
                        "journeys.handover.unknown-priority-group",
                        JsonPointer.of("priorityGroups").append(i),
                        Map.of("group", code, "known", known.toString())));
            }
            i++;
        }
        return out.build();
    }

    @Value.Check
    protected void check() {
        Codes.requireCode("priority group code", code());
    }
}
