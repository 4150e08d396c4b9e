/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.profile.internal.LevelTable;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The highest Dutch education level a client has completed, with its level in the NLQF (Nederlands
 * Kwalificatieraamwerk) and the EQF.
 *
 * <p>The NLQF has eight levels plus an entry level and is linked to the eight-level EQF since 2012
 * (https://www.nuffic.nl/en/education-systems/netherlands/qualification-frameworks). {@link #nlqf()} and
 * {@link #eqf()} give the published NLQF classification of each qualification; the table is data
 * ({@code io/github/careerguidance/core/profile/education-levels.yaml}), with a {@linkplain #classificationNote()
 * note} on what it rests on. guidance's research recorded the framework, not the table line by line: verify an
 * entry before relying on it. {@link #NONE} sits at the entry level as a modelling choice. Compare levels with
 * {@link #nlqf()}, not by declaration order.
 *
 * <pre>{@code
 * EducationLevel level = EducationLevel.fromCode("mbo-4");
 * level.nlqf();   // 4
 * level.eqf();    // OptionalInt[4]
 * EducationLevel.NONE.isNlqfEntryLevel();   // true; eqf() is empty
 * }</pre>
 *
 * @since 0.1.0
 */
public enum EducationLevel {
    /** No diploma, or only primary education (basisonderwijs); placed at the NLQF entry level. */
    NONE("none"),
    /** Entreeopleiding, the first level of mbo (mbo-1); {@code fromCode("mbo-1")} also gives this. */
    ENTREEOPLEIDING("entreeopleiding"),
    /** Vmbo, basisberoepsgerichte leerweg (bb). */
    VMBO_BB("vmbo-bb"),
    /** Vmbo, kaderberoepsgerichte leerweg (kb). */
    VMBO_KB("vmbo-kb"),
    /** Vmbo, gemengde or theoretische leerweg (gl/tl). */
    VMBO_GL_TL("vmbo-gl-tl"),
    /** Mbo level 2. */
    MBO_2("mbo-2"),
    /** Mbo level 3. */
    MBO_3("mbo-3"),
    /** Mbo level 4. */
    MBO_4("mbo-4"),
    /** Havo. */
    HAVO("havo"),
    /** Vwo; the NLQF names its level 4+. */
    VWO("vwo"),
    /** Hbo associate degree. */
    ASSOCIATE_DEGREE("associate-degree"),
    /** Bachelor, hbo or wo. */
    BACHELOR("bachelor"),
    /** Master, hbo or wo. */
    MASTER("master"),
    /** Doctorate (promotie). */
    DOCTORATE("doctorate");

    private final String code;

    EducationLevel(String code) {
        this.code = code;
    }

    /**
     * The stable wire code, such as {@code mbo-4} or {@code vmbo-gl-tl}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The NLQF level.
     *
     * @return 1 to 8, or 0 for the NLQF entry level
     * @throws IllegalStateException if the classification resource is broken (a packaging bug)
     */
    public int nlqf() {
        return row().nlqf();
    }

    /**
     * Whether this level is the NLQF entry level, below level 1.
     *
     * @return true when {@link #nlqf()} is 0
     */
    public boolean isNlqfEntryLevel() {
        return nlqf() == 0;
    }

    /**
     * The NLQF level as the framework writes it: {@code 4+} for vwo, {@code entry} for the entry level,
     * otherwise the number.
     *
     * @return the label
     */
    public String nlqfLabel() {
        LevelTable.Row row = row();
        return row.nlqfLabel().orElse(row.nlqf() == 0 ? "entry" : Integer.toString(row.nlqf()));
    }

    /**
     * The EQF level.
     *
     * @return 1 to 8, or empty for the NLQF entry level, which has no EQF counterpart
     */
    public OptionalInt eqf() {
        return row().eqf().map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /**
     * The name of the level.
     *
     * @return the label in Dutch and English
     */
    public LocalizedText label() {
        return row().label();
    }

    /**
     * The sources of the NLQF/EQF classification.
     *
     * @return an unmodifiable list with at least the Nuffic page
     */
    public static List<Citation> classificationCitations() {
        return Data.table().citations();
    }

    /**
     * What the classification table rests on and what was not verified.
     *
     * @return the note
     */
    public static String classificationNote() {
        return Data.table().note();
    }

    private LevelTable.Row row() {
        return Data.table()
                .row(code)
                .orElseThrow(
                        () -> new IllegalStateException("education-level resource has no entry for '" + code + "'"));
    }

    /**
     * The level for a wire code or constant name, case-insensitively; {@code mbo-1} is accepted for
     * {@link #ENTREEOPLEIDING}.
     *
     * @param code such as {@code mbo-4}, {@code VMBO_GL_TL} or {@code mbo-1}
     * @return the level
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static EducationLevel fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if ("mbo-1".equals(normalized)) {
            return ENTREEOPLEIDING;
        }
        StringBuilder allowed = new StringBuilder();
        for (EducationLevel level : values()) {
            if (level.code.equals(normalized)) {
                return level;
            }
            allowed.append(allowed.length() == 0 ? "" : ", ").append(level.code);
        }
        throw new IllegalArgumentException("unknown education level '" + code + "'; expected one of " + allowed);
    }

    /** Loads the classification once; a failure is kept and reported on every use. */
    private static final class Data {
        private static final LevelTable TABLE;
        private static final RuntimeException FAILURE;

        static {
            LevelTable table = null;
            RuntimeException failure = null;
            try {
                table = LevelTable.load(LevelTable.RESOURCE, EducationLevel.class);
            } catch (RuntimeException e) {
                failure = e;
            }
            TABLE = table;
            FAILURE = failure;
        }

        private Data() {}

        static LevelTable table() {
            if (TABLE == null) {
                throw new IllegalStateException(FAILURE.getMessage(), FAILURE);
            }
            return TABLE;
        }
    }
}
