/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;
import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What an {@link Instrument} does with items that were not answered (or whose answer was off the scale).
 *
 * <ul>
 *   <li>{@link Kind#REQUIRE_ALL}: a dimension with any missing item is not scored, with an error diagnostic.
 *   <li>{@link Kind#PRORATE}: a dimension with at most {@link #maxMissingPerDimension()} missing items is scored
 *       from its answered items (mean of the answered items; sum = mean &times; item count); with more missing
 *       items, or with no answered item at all, it is not scored, with a warning.
 *   <li>{@link Kind#SKIP_DIMENSION}: a dimension with any missing item is left out, with a warning.
 * </ul>
 *
 * <p>The total, when the instrument scores one, follows the same policy over all items: it is scored only when
 * every dimension was scored, and under {@code PRORATE} it is the mean of all answered items times the number
 * of items.
 *
 * <pre>{@code
 * MissingItemPolicy lenient = MissingItemPolicy.prorate(1); // one missing item per dimension is tolerated
 * MissingItemPolicy strict = MissingItemPolicy.requireAll();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableMissingItemPolicy.class)
@JsonDeserialize(as = ImmutableMissingItemPolicy.class)
public abstract class MissingItemPolicy {
    /** Extended only by the generated immutable implementation. */
    MissingItemPolicy() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableMissingItemPolicy.Builder builder() {
        return ImmutableMissingItemPolicy.builder();
    }

    /**
     * Every item of a dimension must be answered.
     *
     * @return the policy
     */
    public static MissingItemPolicy requireAll() {
        return builder().kind(Kind.REQUIRE_ALL).build();
    }

    /**
     * Prorate a dimension over at most {@code maxMissingPerDimension} missing items.
     *
     * @param maxMissingPerDimension how many items of one dimension may be missing, {@code >= 0}
     * @return the policy
     * @throws IllegalArgumentException if the maximum is negative
     */
    public static MissingItemPolicy prorate(int maxMissingPerDimension) {
        return builder()
                .kind(Kind.PRORATE)
                .maxMissingPerDimension(maxMissingPerDimension)
                .build();
    }

    /**
     * Leave out every dimension with a missing item.
     *
     * @return the policy
     */
    public static MissingItemPolicy skipDimension() {
        return builder().kind(Kind.SKIP_DIMENSION).build();
    }

    /**
     * The kind of policy.
     *
     * @return the kind
     */
    public abstract Kind kind();

    /**
     * How many items of one dimension may be missing and still be prorated; used only by {@link Kind#PRORATE}.
     *
     * @return the maximum, {@code >= 0}; 0 when not given
     */
    @Value.Default
    public int maxMissingPerDimension() {
        return 0;
    }

    /**
     * Whether a group of items with this many missing may be scored under this policy.
     *
     * @param missing how many items of the group are missing
     * @param itemCount how many items the group has
     * @return true when the group is scored
     */
    public boolean allows(int missing, int itemCount) {
        if (missing == 0) {
            return itemCount > 0;
        }
        return kind() == Kind.PRORATE && missing <= maxMissingPerDimension() && missing < itemCount;
    }

    @Value.Check
    protected void check() {
        if (maxMissingPerDimension() < 0) {
            throw new IllegalArgumentException(
                    "maxMissingPerDimension must be >= 0 but was " + maxMissingPerDimension());
        }
    }

    /**
     * The kinds of missing-item policy.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Any missing item: the dimension is not scored (error). */
        REQUIRE_ALL("require-all"),
        /** Up to the maximum missing: mean of the answered items, prorated sum; beyond: not scored (warning). */
        PRORATE("prorate"),
        /** Any missing item: the dimension is left out (warning). */
        SKIP_DIMENSION("skip-dimension");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /**
         * The stable wire code, such as {@code require-all}.
         *
         * @return the code
         */
        @JsonValue
        public String code() {
            return code;
        }

        /**
         * The kind for a wire code or constant name, case-insensitively.
         *
         * @param code such as {@code prorate} or {@code SKIP_DIMENSION}
         * @return the kind
         * @throws IllegalArgumentException for an unknown code
         */
        @JsonCreator
        public static Kind fromCode(String code) {
            return EnumCodes.fromCode(Kind.class, Kind::code, code, "missing-item policy");
        }
    }
}
