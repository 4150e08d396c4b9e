/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.calendar;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One holiday on one date, with why it is one and where that comes from.
 *
 * <p>In JSON: {@code {"date": "2026-04-27", "name": {"nl": "Koningsdag", "en": "King's Day"}, "kind":
 * "recognised", "citations": [...]}}.
 *
 * <pre>{@code
 * Holiday bridge = Holiday.builder()
 *     .date(LocalDate.of(2027, 5, 7))
 *     .name(LocalizedText.of("Vrijdag na Hemelvaart", "Friday after Ascension"))
 *     .kind(HolidayKind.DECREE)
 *     .addCitations(Citation.of("Staatscourant ...", "https://zoek.officielebekendmakingen.nl/..."))
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableHoliday.class)
@JsonDeserialize(as = ImmutableHoliday.class)
public abstract class Holiday implements Comparable<Holiday> {
    /** Extended only by the generated immutable implementation. */
    Holiday() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableHoliday.Builder builder() {
        return ImmutableHoliday.builder();
    }

    /**
     * The date.
     *
     * @return the local date
     */
    public abstract LocalDate date();

    /**
     * The name.
     *
     * @return the name in Dutch and English
     */
    public abstract LocalizedText name();

    /**
     * Why the date is a holiday for the Algemene termijnenwet.
     *
     * @return the kind
     */
    public abstract HolidayKind kind();

    /**
     * Where the rule or the decree comes from.
     *
     * @return the citations; a {@link HolidayKind#DECREE decree day} has at least one
     */
    public abstract List<Citation> citations();

    /**
     * Orders by date, then by kind.
     *
     * @param other another holiday
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Holiday other) {
        int c = date().compareTo(other.date());
        return c != 0 ? c : kind().compareTo(other.kind());
    }

    @Value.Check
    protected void check() {
        if (kind() == HolidayKind.DECREE && citations().isEmpty()) {
            throw new IllegalArgumentException("decree day " + date()
                    + " must cite its decree (the Staatscourant publication) but has no citation");
        }
    }

    /**
     * The holiday, for logs.
     *
     * @return such as {@code Holiday{2026-04-27 Koningsdag recognised}}
     */
    @Override
    public String toString() {
        return "Holiday{" + date() + " " + name().resolve(java.util.Locale.forLanguageTag("nl")) + " " + kind().code()
                + "}";
    }
}
