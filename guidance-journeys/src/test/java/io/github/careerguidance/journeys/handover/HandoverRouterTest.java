/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.readiness.SupportLevel;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Routing over the illustrative table of {@link HandoverFixtures} (invented data, not a real table). */
class HandoverRouterTest {
    final HandoverRouter router = HandoverRouter.of(HandoverFixtures.table());

    HandoverRoute route(String postcode, String region, SupportLevel level, ContactChannel channel) {
        ImmutableRouteQuery.Builder q = RouteQuery.builder();
        if (postcode != null) {
            q.postcode(postcode);
        }
        if (region != null) {
            q.region(region);
        }
        if (level != null) {
            q.supportLevel(level);
        }
        if (channel != null) {
            q.channel(channel);
        }
        return router.route(q.build());
    }

    static List<String> codes(HandoverRoute route) {
        return route.notes().stream().map(Diagnostic::code).collect(Collectors.toList());
    }

    @Test
    void theFallbackChain() {
        HandoverRoute full = route("9999 zz", null, SupportLevel.BRIEF_STAFF_ASSISTED, ContactChannel.PHONE);
        assertThat(full.level()).isEqualTo(RouteLevel.POSTCODE);
        assertThat(full.contactPoint().id()).isEqualTo("loket-zuid");
        assertThat(full.region()).contains(Region.labourMarketRegion("zuid"));

        HandoverRoute pc4 = route("9711AB", null, SupportLevel.BRIEF_STAFF_ASSISTED, ContactChannel.PHONE);
        assertThat(pc4.level()).isEqualTo(RouteLevel.PC4);
        assertThat(pc4.contactPoint().id()).isEqualTo("loket-noord");

        HandoverRoute range = route("9750", null, null, null);
        assertThat(range.level()).isEqualTo(RouteLevel.PC4);
        assertThat(range.region()).contains(Region.labourMarketRegion("noord"));

        HandoverRoute byRegion = route("1011AB", "zuid", SupportLevel.BRIEF_STAFF_ASSISTED, ContactChannel.PHONE);
        assertThat(byRegion.level()).isEqualTo(RouteLevel.REGION);
        assertThat(byRegion.contactPoint().id()).isEqualTo("loket-zuid");
        assertThat(codes(byRegion)).containsExactly("journeys.routing.fallback-unknown-postcode");

        HandoverRoute national = route(null, null, SupportLevel.BRIEF_STAFF_ASSISTED, ContactChannel.CHAT);
        assertThat(national.level()).isEqualTo(RouteLevel.NATIONAL_DEFAULT);
        assertThat(national.contactPoint().id()).isEqualTo("landelijk");
        assertThat(national.notes().isEmpty()).isTrue();
    }

    @Test
    void onlyPointsThatServeTheLevelAndChannelCount() {
        HandoverRoute caseManaged = route("9711", null, SupportLevel.INDIVIDUAL_CASE_MANAGED, ContactChannel.VIDEO);
        assertThat(caseManaged.contactPoint().id()).isEqualTo("loket-noord-case");
        assertThat(caseManaged.level()).isEqualTo(RouteLevel.PC4);

        HandoverRoute chat = route("9711", null, SupportLevel.BRIEF_STAFF_ASSISTED, ContactChannel.CHAT);
        assertThat(chat.level()).isEqualTo(RouteLevel.NATIONAL_DEFAULT);
        assertThat(chat.contactPoint().id()).isEqualTo("landelijk");
        assertThat(chat.region()).as("kept for counting per region").contains(Region.labourMarketRegion("noord"));
        assertThat(codes(chat)).containsExactly("journeys.routing.fallback-unserved");

        HandoverRoute nobody = route(null, null, SupportLevel.SELF_HELP, ContactChannel.WALK_IN);
        assertThat(nobody.contactPoint().id()).isEqualTo("landelijk");
        assertThat(nobody.notes().asList()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("journeys.routing.fallback-no-match");
            assertThat(d.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void badPostcodesAndUnknownRegionsFallBackWithoutEchoingThePostcode() {
        HandoverRoute bad = route("0123XY", "onbekend", null, null);
        assertThat(bad.level()).isEqualTo(RouteLevel.NATIONAL_DEFAULT);
        assertThat(codes(bad))
                .containsExactly("journeys.routing.fallback-bad-postcode", "journeys.routing.fallback-unknown-region");
        assertThat(bad.notes().render(Locale.ENGLISH)).doesNotContain("0123");
        assertThat(RouteQuery.builder().postcode("9711AB").build().toString()).doesNotContain("9711");
        HandoverRoute empty = route(null, "leeg", null, null);
        assertThat(empty.level()).isEqualTo(RouteLevel.NATIONAL_DEFAULT);
    }

    @Test
    void badTablesGiveDiagnosticsWithPointers() {
        String yaml = "contactPoints: []\n"
                + "postcodes: {\"0123AB\": noord, \"9711AB\": nergens}\n"
                + "pc4: {\"97\": noord}\n"
                + "pc4Ranges: [{from: 9700, to: 9799, region: noord}, {from: 9750, to: 9800, region: noord},"
                + " {from: 10, to: 5, region: noord}]\n"
                + "regions: {noord: [onbekend]}\n"
                + "nationalDefault: []\n";
        ReadResult<RoutingTable> read = HandoverFormat.yaml().readRoutingTable(yaml);
        assertThat(read.isSuccessful()).isFalse();
        List<String> found = read.diagnostics().stream()
                .map(d -> d.code() + " " + d.location())
                .collect(Collectors.toList());
        assertThat(found)
                .contains(
                        "journeys.routing.bad-postcode /postcodes/0123AB",
                        "journeys.routing.unknown-region /postcodes/9711AB",
                        "journeys.routing.bad-short-postcode /pc4/97",
                        "journeys.routing.overlapping-range /pc4Ranges/1",
                        "journeys.routing.bad-range /pc4Ranges/2",
                        "journeys.routing.unknown-contact-point /regions/noord/0",
                        "journeys.routing.no-default /nationalDefault");
        assertThatThrownBy(() -> HandoverRouter.of(RoutingTable.builder().build()))
                .isInstanceOf(InvalidRoutingTableException.class)
                .satisfies(e -> assertThat(
                                ((InvalidRoutingTableException) e).diagnostics().hasErrors())
                        .isTrue());
        ReadResult<RoutingTable> good = HandoverFormat.yaml().readRoutingTable(HandoverFixtures.ROUTING_YAML);
        assertThat(good.isSuccessful()).isTrue();
        assertThat(good.diagnostics().asList())
                .singleElement()
                .satisfies(d -> assertThat(d.code() + " " + d.location())
                        .isEqualTo("journeys.routing.empty-region /regions/leeg"));
        RoutingTable table = good.orElseThrow();
        assertThat(HandoverFormat.json()
                        .readRoutingTable(HandoverFormat.json().write(table))
                        .orElseThrow())
                .isEqualTo(table);
    }
}
