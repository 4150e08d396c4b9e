/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Routes a client to a contact point by postcode or labour-market region, with an ordered fallback chain: the full
 * postcode, then its four digits (PC4, single or in a range), then the region given with the query, then the
 * national default. At each step only contact points that serve the query's support level and offer its channel
 * count; a region without such a point falls through to the national default. The national default always gives a
 * point: when none of its points serves the query, the first one, with a warning.
 *
 * <p>Modelled on England's National Careers Service, which routes by postcode to a regional contractor and falls
 * back from the full postcode to the outward code to a fallback mailbox ({@code shared/research/peer-portals.md}
 * §1). The table is the embedder's data.
 *
 * <pre>{@code
 * HandoverRouter router = HandoverRouter.of(HandoverFormat.yaml().readRoutingTable(path).orElseThrow());
 * HandoverRoute route = router.route(RouteQuery.builder().postcode("9711 AB")
 *     .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED).channel(ContactChannel.PHONE).build());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Beta
public final class HandoverRouter {
    private final RoutingTable table;
    private final Map<String, ContactPoint> points;

    private HandoverRouter(RoutingTable table) {
        this.table = table;
        Map<String, ContactPoint> byId = new HashMap<>();
        table.contactPoints().forEach(p -> byId.put(p.id(), p));
        this.points = Map.copyOf(byId);
    }

    /**
     * Compiles a router.
     *
     * @param table the routing table
     * @return the router
     * @throws InvalidRoutingTableException if {@link RoutingTable#validate()} finds errors
     * @throws NullPointerException if table is null
     */
    public static HandoverRouter of(RoutingTable table) {
        Diagnostics found = Objects.requireNonNull(table, "table").validate();
        if (found.hasErrors()) {
            throw new InvalidRoutingTableException(found);
        }
        return new HandoverRouter(table);
    }

    /**
     * The table this router was compiled from.
     *
     * @return the table
     */
    public RoutingTable table() {
        return table;
    }

    /**
     * Routes a query.
     *
     * @param query what to route by
     * @return the route; never empty, since the national default always answers
     * @throws NullPointerException if query is null
     */
    public HandoverRoute route(RouteQuery query) {
        Objects.requireNonNull(query, "query");
        Diagnostics.Builder notes = Diagnostics.builder();
        String region = null;
        RouteLevel level = null;
        if (query.postcode().isPresent()) {
            String postcode = query.postcode().get().replace(" ", "").toUpperCase(Locale.ROOT);
            String pc4 = null;
            if (RoutingTable.POSTCODE.matcher(postcode).matches()) {
                region = table.postcodes().get(postcode);
                level = region == null ? null : RouteLevel.POSTCODE;
                pc4 = postcode.substring(0, 4);
            } else if (RoutingTable.PC4.matcher(postcode).matches()) {
                pc4 = postcode;
            } else {
                notes.add(note(Severity.WARNING, "journeys.routing.fallback-bad-postcode", Map.of()));
            }
            if (region == null && pc4 != null) {
                region = pc4Region(pc4);
                level = region == null ? null : RouteLevel.PC4;
                if (region == null) {
                    notes.add(note(Severity.INFO, "journeys.routing.fallback-unknown-postcode", Map.of()));
                }
            }
        }
        if (region == null && query.region().isPresent()) {
            region = query.region().get();
            level = RouteLevel.REGION;
        }
        Region found = null;
        if (region != null) {
            List<String> ids = table.regions().get(region);
            if (ids == null) {
                notes.add(note(Severity.INFO, "journeys.routing.fallback-unknown-region", Map.of("region", region)));
            } else {
                found = RoutingTable.validRegionCode(region) ? Region.labourMarketRegion(region) : null;
                ContactPoint point = firstServing(ids, query);
                if (point != null) {
                    return route(point, found, level, notes);
                }
                notes.add(note(Severity.INFO, "journeys.routing.fallback-unserved", Map.of("region", region)));
            }
        }
        ContactPoint point = firstServing(table.nationalDefault(), query);
        if (point == null) {
            point = points.get(table.nationalDefault().get(0));
            notes.add(note(
                    Severity.WARNING,
                    "journeys.routing.fallback-no-match",
                    Map.of(
                            "level",
                            query.supportLevel().map(l -> l.code()).orElse("any"),
                            "channel",
                            query.channel().map(c -> c.code()).orElse("any"),
                            "id",
                            point.id())));
        }
        return route(point, found, RouteLevel.NATIONAL_DEFAULT, notes);
    }

    private String pc4Region(String pc4) {
        String region = table.pc4().get(pc4);
        if (region != null) {
            return region;
        }
        int number = Integer.parseInt(pc4);
        for (Pc4Range range : table.pc4Ranges()) {
            if (range.contains(number)) {
                return range.region();
            }
        }
        return null;
    }

    private ContactPoint firstServing(List<String> ids, RouteQuery query) {
        for (String id : ids) {
            ContactPoint point = points.get(id);
            if (point != null
                    && query.supportLevel().map(point::serves).orElse(true)
                    && query.channel().map(c -> point.channels().contains(c)).orElse(true)) {
                return point;
            }
        }
        return null;
    }

    private static HandoverRoute route(ContactPoint point, Region region, RouteLevel level, Diagnostics.Builder notes) {
        return HandoverRoute.builder()
                .contactPoint(point)
                .region(java.util.Optional.ofNullable(region))
                .level(level)
                .notes(notes.build())
                .build();
    }

    private static io.github.careerguidance.core.diagnostics.Diagnostic note(
            Severity severity, String code, Map<String, ?> arguments) {
        return JourneyMessages.diagnostic(severity, code, JsonPointer.root(), arguments);
    }

    @Override
    public String toString() {
        return "HandoverRouter[" + points.size() + " contact points, "
                + table.regions().size() + " regions]";
    }
}
