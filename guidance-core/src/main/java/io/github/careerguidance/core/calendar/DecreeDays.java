/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.calendar;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A list of days equated to recognised holidays by decree (Algemene termijnenwet art. 3(3)), as data: the
 * format of the shipped resource {@value #RESOURCE} and of an embedder's own list, read with {@link
 * io.github.careerguidance.core.json.GuidanceCodec} and given to {@link DutchHolidays#withDecreeDays(DecreeDays)}.
 *
 * <p>In JSON: {@code {"citations": [...], "days": [{"date": "...", "name": {...}, "kind": "decree", "citations":
 * [...]}]}}. Every day must be of kind {@code decree}, cite its decree and appear once.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableDecreeDays.class)
@JsonDeserialize(as = ImmutableDecreeDays.class)
public abstract class DecreeDays {
    /** Extended only by the generated immutable implementation. */
    DecreeDays() {}

    /** The class-path resource of the decree days guidance ships. */
    public static final String RESOURCE = "io/github/careerguidance/core/calendar/decree-days.json";

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableDecreeDays.Builder builder() {
        return ImmutableDecreeDays.builder();
    }

    /**
     * Where the list as a whole comes from, and when it was read.
     *
     * @return the citations, possibly empty
     */
    public abstract List<Citation> citations();

    /**
     * The decree days.
     *
     * @return the days, possibly empty
     */
    public abstract List<Holiday> days();

    @Value.Check
    protected void check() {
        Set<java.time.LocalDate> seen = new HashSet<>();
        for (Holiday day : days()) {
            if (day.kind() != HolidayKind.DECREE) {
                throw new IllegalArgumentException("decree day " + day.date() + " must be of kind 'decree' but was '"
                        + day.kind().code() + "'");
            }
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException("decree day " + day.date() + " appears more than once");
            }
        }
    }
}
