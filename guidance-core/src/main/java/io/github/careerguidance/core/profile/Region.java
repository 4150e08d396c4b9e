/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Where the client lives or looks for work, coarsely: a province or a labour-market region, never an address or
 * postcode.
 *
 * <p>Province codes are validated against the twelve ISO 3166-2:NL codes ({@link Province}). Labour-market
 * region codes are free text (non-blank, at most 80 characters, no control characters): the Netherlands has 35
 * labour-market regions, each with a Leerwerkloket (https://www.leerwerkloket.nl/about-us), but the list of
 * regions and their codes is not in guidance's research, so guidance does not validate them. Integrators should
 * use one code list consistently. In JSON: {@code {"kind": "province", "code": "NL-UT"}}.
 *
 * <pre>{@code
 * Region utrecht = Region.province(Province.UTRECHT);
 * Region rijnmond = Region.labourMarketRegion("rijnmond");
 * utrecht.asProvince();   // Optional[UTRECHT]
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableRegion.class)
@JsonDeserialize(as = ImmutableRegion.class)
@JsonPropertyOrder({"kind", "code"})
public abstract class Region {
    /** Extended only by the generated immutable implementation. */
    Region() {}

    /** The longest labour-market region code accepted. */
    public static final int MAX_CODE_LENGTH = 80;

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableRegion.Builder builder() {
        return ImmutableRegion.builder();
    }

    /**
     * A province.
     *
     * @param province the province
     * @return the region
     */
    public static Region province(Province province) {
        return builder().kind(RegionKind.PROVINCE).code(province.code()).build();
    }

    /**
     * A province by ISO 3166-2:NL code, case-insensitively.
     *
     * @param isoCode such as {@code NL-UT}
     * @return the region, with the code in ISO spelling
     * @throws IllegalArgumentException for a code that is not one of the twelve provinces
     */
    public static Region province(String isoCode) {
        return province(Province.fromCode(isoCode));
    }

    /**
     * A labour-market region by the integrator's code.
     *
     * @param code the region code, not validated against a list
     * @return the region
     * @throws IllegalArgumentException if the code is blank, longer than {@link #MAX_CODE_LENGTH} or has control
     *     characters
     */
    public static Region labourMarketRegion(String code) {
        return builder().kind(RegionKind.LABOUR_MARKET_REGION).code(code).build();
    }

    /**
     * What kind of area this is.
     *
     * @return the kind
     */
    public abstract RegionKind kind();

    /**
     * The code: an ISO 3166-2:NL code for a province, the integrator's code for a labour-market region.
     *
     * @return the code
     */
    public abstract String code();

    /**
     * The province, when this region is one.
     *
     * @return the province, or empty for a labour-market region
     */
    public Optional<Province> asProvince() {
        return kind() == RegionKind.PROVINCE ? Optional.of(Province.fromCode(code())) : Optional.empty();
    }

    @Value.Check
    protected void check() {
        if (kind() == RegionKind.PROVINCE) {
            Province province = Province.fromCode(code());
            if (!province.code().equals(code())) {
                throw new IllegalArgumentException(
                        "province code must be in ISO spelling '" + province.code() + "' but was '" + code() + "'");
            }
        } else {
            if (code().isBlank()
                    || code().length() > MAX_CODE_LENGTH
                    || !code().equals(code().strip())
                    || code().chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("labour-market region code must be non-blank, trimmed, without "
                        + "control characters and at most " + MAX_CODE_LENGTH + " characters but was '" + code() + "'");
            }
        }
    }

    /**
     * The region, for logs: {@code Region{province NL-UT}}. A region is coarse, so it is not redacted here;
     * {@link ClientProfile#toString()} redacts it.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Region{" + kind().code() + " " + code() + "}";
    }
}
