/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The embedder's routing data: which postcodes belong to which labour-market region, which contact points serve
 * each region in order of preference, and the national default. guidance ships none (the research has no
 * postcode-to-region table); read one with {@link HandoverFormat#readRoutingTable} and compile it with {@link
 * HandoverRouter#of(RoutingTable)}.
 *
 * <p>In YAML:
 * <pre>{@code
 * contactPoints: [ {id: loket-noord, ...}, {id: landelijk, ...} ]   # core ContactPoint format
 * postcodes: {"9711AB": noord}          # full postcodes (four digits, two capitals), most specific
 * pc4: {"9712": noord}                  # four digits
 * pc4Ranges: [{from: 9700, to: 9799, region: noord}]
 * regions: {noord: [loket-noord]}       # region code -> contact point ids, preferred first
 * nationalDefault: [landelijk]
 * }</pre>
 * A table reads when it is well-formed; {@link #validate()} then checks it across fields (the reader does both).
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableRoutingTable.class)
@JsonDeserialize(as = ImmutableRoutingTable.class)
public abstract class RoutingTable {
    /** Extended only by the generated immutable implementation. */
    RoutingTable() {}

    static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Z]{2}");
    static final Pattern PC4 = Pattern.compile("[1-9][0-9]{3}");

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableRoutingTable.Builder builder() {
        return ImmutableRoutingTable.builder();
    }

    /**
     * The contact points the table routes to.
     *
     * @return the contact points
     */
    public abstract List<ContactPoint> contactPoints();

    /**
     * Full postcodes (such as {@code 1011AB}) and their region codes.
     *
     * @return the map, possibly empty
     */
    public abstract Map<String, String> postcodes();

    /**
     * Four-digit postcodes (such as {@code 1011}) and their region codes; tried before {@link #pc4Ranges()}.
     *
     * @return the map, possibly empty
     */
    public abstract Map<String, String> pc4();

    /**
     * Ranges of four-digit postcodes and their region codes; they must not overlap.
     *
     * @return the ranges, possibly empty
     */
    public abstract List<Pc4Range> pc4Ranges();

    /**
     * Region codes and the ids of the contact points that serve them, preferred first.
     *
     * @return the map
     */
    public abstract Map<String, List<String>> regions();

    /**
     * The contact point ids to use when nothing more specific matches or serves the client, preferred first.
     *
     * @return the ids; at least one when valid
     */
    public abstract List<String> nationalDefault();

    /**
     * Where the data comes from.
     *
     * @return the citations, possibly empty
     */
    public abstract List<Citation> citations();

    /**
     * Checks the table across fields.
     *
     * @return errors with JSON Pointers for bad postcode keys and ranges, overlapping ranges, unknown regions and
     *     contact points, duplicate contact points and an empty national default; a warning for a region without
     *     contact points; empty when sound
     */
    public Diagnostics validate() {
        Diagnostics.Builder out = Diagnostics.builder();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < contactPoints().size(); i++) {
            String id = contactPoints().get(i).id();
            if (!ids.add(id)) {
                out.add(error(
                        "journeys.routing.duplicate-contact-point",
                        JsonPointer.of("contactPoints").append(i).append("id"),
                        Map.of("id", id)));
            }
        }
        postcodes().forEach((key, region) -> {
            JsonPointer at = JsonPointer.of("postcodes", key);
            if (!POSTCODE.matcher(key).matches()) {
                out.add(error("journeys.routing.bad-postcode", at, Map.of("key", key)));
            }
            requireRegion(out, at, region);
        });
        pc4().forEach((key, region) -> {
            JsonPointer at = JsonPointer.of("pc4", key);
            if (!PC4.matcher(key).matches()) {
                out.add(error("journeys.routing.bad-short-postcode", at, Map.of("key", key)));
            }
            requireRegion(out, at, region);
        });
        for (int i = 0; i < pc4Ranges().size(); i++) {
            Pc4Range range = pc4Ranges().get(i);
            JsonPointer at = JsonPointer.of("pc4Ranges").append(i);
            if (range.from() < 1000 || range.to() > 9999 || range.from() > range.to()) {
                out.add(error("journeys.routing.bad-range", at, Map.of("from", range.from(), "to", range.to())));
            }
            for (int j = 0; j < i; j++) {
                Pc4Range other = pc4Ranges().get(j);
                if (range.from() <= other.to() && other.from() <= range.to()) {
                    out.add(error(
                            "journeys.routing.overlapping-range",
                            at,
                            Map.of(
                                    "from",
                                    range.from(),
                                    "to",
                                    range.to(),
                                    "otherFrom",
                                    other.from(),
                                    "otherTo",
                                    other.to(),
                                    "other",
                                    j)));
                }
            }
            requireRegion(out, at.append("region"), range.region());
        }
        regions().forEach((region, points) -> {
            JsonPointer at = JsonPointer.of("regions", region);
            if (!validRegionCode(region)) {
                out.add(error("journeys.routing.bad-region", at, Map.of("region", region)));
            }
            if (points.isEmpty()) {
                out.add(JourneyMessages.diagnostic(
                        Severity.WARNING, "journeys.routing.empty-region", at, Map.of("region", region)));
            }
            requirePoints(out, at, points, ids);
        });
        if (nationalDefault().isEmpty()) {
            out.add(error("journeys.routing.no-default", JsonPointer.of("nationalDefault"), Map.of()));
        }
        requirePoints(out, JsonPointer.of("nationalDefault"), nationalDefault(), ids);
        return out.build();
    }

    static boolean validRegionCode(String code) {
        try {
            Region.labourMarketRegion(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void requireRegion(Diagnostics.Builder out, JsonPointer at, String region) {
        if (!regions().containsKey(region)) {
            out.add(error("journeys.routing.unknown-region", at, Map.of("region", region)));
        }
    }

    private static void requirePoints(Diagnostics.Builder out, JsonPointer at, List<String> points, Set<String> ids) {
        for (int i = 0; i < points.size(); i++) {
            if (!ids.contains(points.get(i))) {
                out.add(error("journeys.routing.unknown-contact-point", at.append(i), Map.of("id", points.get(i))));
            }
        }
    }

    private static io.github.careerguidance.core.diagnostics.Diagnostic error(
            String code, JsonPointer at, Map<String, ?> arguments) {
        return JourneyMessages.diagnostic(Severity.ERROR, code, at, arguments);
    }
}
