/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile.internal;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The education-level classification data ({@code education-levels.yaml}). Internal: not API.
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableLevelTable.class)
@JsonDeserialize(as = ImmutableLevelTable.class)
public abstract class LevelTable {
    /** The classpath resource. */
    public static final String RESOURCE = "io/github/careerguidance/core/profile/education-levels.yaml";

    /**
     * The framework the levels belong to.
     *
     * @return such as {@code NLQF}
     */
    public abstract String framework();

    /**
     * The sources of the classification.
     *
     * @return the citations
     */
    public abstract List<Citation> citations();

    /**
     * What the data does and does not rest on.
     *
     * @return the note
     */
    public abstract String note();

    /**
     * One row per education level.
     *
     * @return the rows
     */
    public abstract List<Row> levels();

    /**
     * The row for a code.
     *
     * @param code the education-level code
     * @return the row, or empty when the table has none
     */
    public Optional<Row> row(String code) {
        return levels().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Value.Check
    protected void check() {
        Set<String> codes = new HashSet<>();
        for (Row row : levels()) {
            if (!codes.add(row.code())) {
                throw new IllegalArgumentException("education level '" + row.code() + "' appears twice");
            }
        }
    }

    /**
     * Reads a table from a classpath resource.
     *
     * @param resource the resource name
     * @param anchor a class of the module that holds the resource (it reads it, as JPMS requires)
     * @return the table
     * @throws IllegalStateException if the resource is missing or broken
     */
    public static LevelTable load(String resource, Class<?> anchor) {
        try (InputStream in = anchor.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("education-level resource '" + resource + "' is missing");
            }
            ReadResult<LevelTable> read = GuidanceCodec.yaml().read(in, LevelTable.class);
            if (!read.isSuccessful()) {
                throw new IllegalStateException(
                        "education-level resource '" + resource + "' is broken: " + read.diagnostics());
            }
            return read.orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One education level. */
    @Value.Immutable
    @GuidanceStyle
    @JsonSerialize(as = ImmutableRow.class)
    @JsonDeserialize(as = ImmutableRow.class)
    public abstract static class Row {
        /**
         * The education-level code.
         *
         * @return the code
         */
        public abstract String code();

        /**
         * The NLQF level; 0 for the entry level.
         *
         * @return 0 to 8
         */
        public abstract int nlqf();

        /**
         * How the NLQF names the level when it is not the plain number, such as {@code 4+}.
         *
         * @return the label, if different from the number
         */
        public abstract Optional<String> nlqfLabel();

        /**
         * The EQF level.
         *
         * @return 1 to 8, or empty for the entry level
         */
        public abstract Optional<Integer> eqf();

        /**
         * The name of the level.
         *
         * @return the label
         */
        public abstract LocalizedText label();

        @Value.Check
        protected void check() {
            if (nlqf() < 0 || nlqf() > 8) {
                throw new IllegalArgumentException("nlqf must be between 0 and 8 but was " + nlqf());
            }
            if (eqf().isPresent() && (eqf().get() < 1 || eqf().get() > 8)) {
                throw new IllegalArgumentException("eqf must be between 1 and 8 but was " + eqf().get());
            }
            if (nlqf() == 0 && eqf().isPresent()) {
                throw new IllegalArgumentException("the NLQF entry level has no EQF level but eqf was " + eqf().get());
            }
            if (nlqf() > 0 && eqf().isEmpty()) {
                throw new IllegalArgumentException("NLQF level " + nlqf() + " of '" + code() + "' needs an eqf level");
            }
        }
    }
}
