/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import io.github.careerguidance.core.citation.Citation;
import java.time.LocalDate;
import java.util.List;

/**
 * The sources of the CIP readiness model, as recorded in {@code shared/research/models-and-portals.md} §3.
 *
 * <p>The sources are secondary copies (slides and document mirrors) of the CIP literature by Sampson, Peterson,
 * Lenz and Reardon.
 *
 * @since 0.1.0
 */
public final class CipSources {
    private static final LocalDate ACCESSED = LocalDate.of(2026, 11, 28);

    /** The definition of readiness: capability (internal) and complexity (external). */
    public static final Citation READINESS_DEFINITION = cite(
            "Career service interventions (CIP readiness: capability and complexity)",
            "https://docsbay.net/doc/398065/career-service-interventions",
            "Readiness is the capability to make appropriate career choices, taking into account the complexity of"
                    + " family, social, economic and organizational factors.");

    /** The readiness quadrant and the decision states. */
    public static final Citation READINESS_QUADRANT = cite(
            "CIP readiness model: capability x complexity quadrant and decision states (slides)",
            "https://slideplayer.com./amp/14606364",
            "Quadrant: high capability/low complexity = self-help; high/high and low/low = brief staff-assisted;"
                    + " low capability/high complexity = individual case-managed. Indecisive clients are best"
                    + " served by case-managed services.");

    /** Support should meet, but not exceed, need. */
    public static final Citation MEET_NOT_EXCEED = cite(
            "CIP service delivery: support should meet, but not exceed, need",
            "https://issuhub.com/view/index/4663?pageIndex=355",
            "Also links CTI scores to readiness.");

    /** The self-help safety net. */
    public static final Citation SAFETY_NET = cite(
            "CIP self-help services and the safety net",
            "https://issuhub.com/view/index?id=4663&pageIndex=356",
            "Brief periodic checks (\"Are you finding the information you need?\") move struggling self-help users"
                    + " up a level.");

    /** All of the above, in order. */
    public static final List<Citation> ALL =
            List.of(READINESS_DEFINITION, READINESS_QUADRANT, MEET_NOT_EXCEED, SAFETY_NET);

    private CipSources() {}

    private static Citation cite(String title, String url, String note) {
        return Citation.builder()
                .title(title)
                .url(url)
                .accessed(ACCESSED)
                .note(note)
                .build();
    }
}
