/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.careerguidance.core.calendar.CallbackWindow;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.examples.portal.store.CallbackDetails;
import io.github.careerguidance.examples.portal.store.CallbackStatus;
import io.github.careerguidance.examples.portal.store.JdbcHandoverSink;
import io.github.careerguidance.journeys.handover.HandoverReason;
import io.github.careerguidance.journeys.handover.HandoverRequest;
import io.github.careerguidance.journeys.handover.spi.HandoverException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDBC handover sink on H2 (always) and PostgreSQL (when {@code GUIDANCE_PG_URL} is set; required with
 * {@code GUIDANCE_PG=required}): storing, idempotency, the queue order, actions with their audit entries, and the
 * purge that removes exactly the expired rows.
 */
class JdbcHandoverSinkTest {
    static final Instant NOW = Instant.parse("2026-11-30T09:30:00Z");

    @TempDir
    Path dir;

    static HandoverRequest request(String id, HandoverReason reason, String region, Instant latest) {
        return HandoverRequest.builder()
                .id(id)
                .createdAt(NOW)
                .reason(reason)
                .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                .preferredChannel(ContactChannel.PHONE)
                .contactPoint("voorbeeld-loket-utrecht")
                .region(java.util.Optional.ofNullable(region).map(Region::labourMarketRegion))
                .callbackWindow(CallbackWindow.builder()
                        .earliest(NOW)
                        .latest(latest)
                        .businessDays(2)
                        .build())
                .build();
    }

    @Test
    void h2() throws Exception {
        MutableClock clock = new MutableClock(NOW);
        exercise(JdbcHandoverSink.open("jdbc:h2:file:" + dir.resolve("sink").toAbsolutePath(), "sa", "", clock), clock);
    }

    @Test
    void postgresql() throws Exception {
        String url = System.getenv("GUIDANCE_PG_URL");
        if (url == null || url.isBlank()) {
            if ("required".equals(System.getenv("GUIDANCE_PG"))) {
                fail("GUIDANCE_PG=required but GUIDANCE_PG_URL is not set");
            }
            assumeTrue(false, "PostgreSQL test skipped: GUIDANCE_PG_URL is not set");
        }
        MutableClock clock = new MutableClock(NOW);
        JdbcHandoverSink sink = JdbcHandoverSink.open(
                url, System.getenv("GUIDANCE_PG_USER"), System.getenv("GUIDANCE_PG_PASSWORD"), clock);
        sink.purgeBefore(Instant.parse("2100-01-01T00:00:00Z"));
        sink.audit().purgeBefore(Instant.parse("2100-01-01T00:00:00Z"));
        exercise(sink, clock);
    }

    private static void exercise(JdbcHandoverSink sink, MutableClock clock) throws Exception {
        String suffix = Long.toHexString(System.nanoTime());
        HandoverRequest plain = request(
                "ho-plain-" + suffix, HandoverReason.OWN_REQUEST, "midden-utrecht", NOW.plus(Duration.ofDays(2)));
        HandoverRequest urgent = request(
                "ho-urgent-" + suffix, HandoverReason.SAFETY_NET, "midden-utrecht", NOW.plus(Duration.ofDays(3)));
        HandoverRequest national =
                request("ho-nat-" + suffix, HandoverReason.OWN_REQUEST, null, NOW.plus(Duration.ofDays(1)));
        CallbackDetails details = new CallbackDetails(
                "looking-for-work",
                NOW.plus(Duration.ofHours(1)),
                NOW.plus(Duration.ofHours(3)),
                "0612345678",
                null,
                true,
                true,
                "owner");

        assertThat(sink.with(details).accept(plain).requestId()).isEqualTo(plain.id());
        // the same request again: the first receipt; another under the same id: refused
        assertThat(sink.with(details).accept(plain).acceptedAt()).isEqualTo(NOW);
        HandoverRequest other =
                request(plain.id(), HandoverReason.STALL, "midden-utrecht", NOW.plus(Duration.ofDays(2)));
        assertThatThrownBy(() -> sink.with(details).accept(other))
                .isInstanceOfSatisfying(
                        HandoverException.class,
                        e -> assertThat(e.reason()).isEqualTo(HandoverException.Reason.DUPLICATE_ID));
        sink.accept(urgent);
        sink.accept(national);

        var stored = sink.find(plain.id()).orElseThrow();
        assertThat(stored.request()).isEqualTo(plain);
        assertThat(stored.details()).isEqualTo(details);
        assertThat(stored.deadline()).isEqualTo(details.slotEnd());
        assertThat(sink.find(national.id()).orElseThrow().region()).isEqualTo(JdbcHandoverSink.NATIONAL);
        assertThat(sink.find(national.id()).orElseThrow().details().phoneNumber())
                .isEmpty();

        // the queue: by region, the safety net first, then by deadline
        assertThat(sink.queue(Set.of("midden-utrecht"), 100))
                .extracting(q -> q.id())
                .containsExactly(urgent.id(), plain.id());
        assertThat(sink.queue(Set.of(JdbcHandoverSink.NATIONAL), 100))
                .extracting(q -> q.id())
                .containsExactly(national.id());
        assertThat(sink.queue(Set.of("*"), 100)).hasSize(3);

        clock.advance(Duration.ofDays(10));
        assertThat(sink.record(plain.id(), CallbackStatus.DONE, null, null, "anna"))
                .isPresent();
        assertThat(sink.record(plain.id(), CallbackStatus.DONE, null, null, "anna"))
                .as("done once")
                .isEmpty();
        assertThat(sink.queue(Set.of("midden-utrecht"), 100))
                .extracting(q -> q.id())
                .containsExactly(urgent.id());
        assertThat(sink.audit().entries(plain.id())).singleElement().satisfies(e -> {
            assertThat(e.adviser()).isEqualTo("anna");
            assertThat(e.action()).isEqualTo(CallbackStatus.DONE);
            assertThat(e.at()).isEqualTo(NOW.plus(Duration.ofDays(10)));
        });

        // the purge: the two untouched since NOW go, the one handled at NOW+10d stays; then the audit entry
        assertThat(sink.purgeBefore(NOW.plus(Duration.ofDays(5)))).isEqualTo(2);
        assertThat(sink.find(urgent.id())).isEmpty();
        assertThat(sink.find(national.id())).isEmpty();
        assertThat(sink.find(plain.id())).isPresent();
        assertThat(sink.audit().purgeBefore(NOW.plus(Duration.ofDays(5)))).isZero();
        assertThat(sink.purgeBefore(NOW.plus(Duration.ofDays(11)))).isEqualTo(1);
        assertThat(sink.audit().purgeBefore(NOW.plus(Duration.ofDays(11)))).isEqualTo(1);
        assertThat(sink.audit().entries(plain.id())).isEmpty();
    }

    @Test
    void contactDetailsNeedConsentAndAreNeverPrinted() {
        assertThatThrownBy(() -> new CallbackDetails(null, null, null, "0612345678", null, false, false, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("0612345678");
        CallbackDetails d = new CallbackDetails(null, null, null, "0612345678", "a@b.nl", true, false, null);
        assertThat(d.toString()).doesNotContain("0612345678", "a@b.nl");
    }
}
