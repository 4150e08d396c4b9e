/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContactPointTest {
    private static final ZoneId AMS = OpeningHours.AMSTERDAM;
    private static final ZoneId TALLINN = ZoneId.of("Europe/Tallinn");
    private static final LocalDate KONINGSDAG = LocalDate.of(2026, 4, 27);

    /**
     * A Leerwerkloket-like contact point. The hours, phone number and walk-in times are example data: the research
     * notes give no hours for the Leerwerkloketten (only that there are 35, free and independent).
     */
    static final ContactPoint LEERWERKLOKET = ContactPoint.builder()
            .id("leerwerkloket-groot-amsterdam")
            .name(LocalizedText.of("Leerwerkloket Groot Amsterdam", "Learning and work desk Greater Amsterdam"))
            .addChannels(ContactChannel.PHONE, ContactChannel.EMAIL, ContactChannel.VIDEO, ContactChannel.WALK_IN)
            .hours(OpeningHours.builder()
                    .from(OpeningHours.workdays(TimeRange.parse("09:00-17:00")))
                    .putException(KONINGSDAG, DayHours.closed())
                    .putException(LocalDate.of(2026, 12, 25), DayHours.closed())
                    .putException(LocalDate.of(2026, 12, 26), DayHours.closed())
                    .build())
            .putHoursByChannel(
                    ContactChannel.WALK_IN,
                    OpeningHours.builder()
                            .putWeekly(DayOfWeek.TUESDAY, DayHours.of(TimeRange.parse("13:00-16:00")))
                            .putWeekly(DayOfWeek.THURSDAY, DayHours.of(TimeRange.parse("13:00-16:00")))
                            .putException(LocalDate.of(2026, 12, 24), DayHours.closed())
                            .note(LocalizedText.of(
                                    "Inloopspreekuur zonder afspraak", "Walk-in hours, no appointment needed"))
                            .build())
            .addSupportLevels(SupportLevel.BRIEF_STAFF_ASSISTED, SupportLevel.INDIVIDUAL_CASE_MANAGED)
            .putAddressByChannel(ContactChannel.PHONE, "+31 20 123 4567")
            .putAddressByChannel(ContactChannel.EMAIL, "info@leerwerkloket-example.nl")
            .putAddressByChannel(ContactChannel.WALK_IN, "Stationsplein 1, 1012 AB Amsterdam")
            .note(LocalizedText.of(
                    "Gratis en onafhankelijk advies over scholing en EVC",
                    "Free, independent advice on training and recognition of prior learning"))
            .addCitations(Citation.builder()
                    .title("Leerwerkloket: about us")
                    .url("https://www.leerwerkloket.nl/about-us")
                    .accessed(LocalDate.of(2026, 11, 28))
                    .note("35 desks, one per labour-market region; hours in this fixture are examples")
                    .build())
            .build();

    /** An e-counsellor: chat on workdays 09:00-17:00, after hours by e-mail (Rajaleidja, research §5). */
    static final ContactPoint E_COUNSELLOR = ContactPoint.builder()
            .id("rajaleidja-e-noustaja")
            .name(LocalizedText.of("Rajaleidja e-loopbaanadviseur", "Rajaleidja e-counsellor"))
            .addChannels(ContactChannel.CHAT, ContactChannel.EMAIL)
            .hours(OpeningHours.builder()
                    .from(OpeningHours.workdays(TimeRange.parse("09:00-17:00")))
                    .zone(TALLINN)
                    .build())
            .putHoursByChannel(
                    ContactChannel.EMAIL,
                    OpeningHours.builder()
                            .from(OpeningHours.alwaysOpen())
                            .zone(TALLINN)
                            .build())
            .addSupportLevels(SupportLevel.BRIEF_STAFF_ASSISTED)
            .addCitations(Citation.builder()
                    .title("Rajaleidja e-nõustaja")
                    .url(
                            "http://jarvateataja.postimees.ee/4074985/rajaleidja-e-noustaja-toob-karjaarinou-ka-valjaspool-maakonnakeskuseid-koju-katte")
                    .accessed(LocalDate.of(2026, 11, 28))
                    .note("E-counsellor chat on workdays 09:00-17:00; after hours by e-mail")
                    .build())
            .build();

    private static Instant ams(String local) {
        return LocalDateTime.parse(local).atZone(AMS).toInstant();
    }

    private static Instant tallinn(String local) {
        return LocalDateTime.parse(local).atZone(TALLINN).toInstant();
    }

    @Test
    void channelHoursOverrideTheDefaultHours() {
        Instant mondayMorning = ams("2026-03-30T10:00");
        assertThat(LEERWERKLOKET.openChannels(mondayMorning))
                .containsExactly(ContactChannel.PHONE, ContactChannel.VIDEO, ContactChannel.EMAIL);
        Instant tuesdayAfternoon = ams("2026-03-31T14:00");
        assertThat(LEERWERKLOKET.openChannels(tuesdayAfternoon)).contains(ContactChannel.WALK_IN);
        assertThat(LEERWERKLOKET.nextOpening(ContactChannel.WALK_IN, mondayMorning))
                .contains(ZonedDateTime.of(2026, 3, 31, 13, 0, 0, 0, AMS));
        assertThat(LEERWERKLOKET.nextClosing(ContactChannel.WALK_IN, tuesdayAfternoon))
                .contains(ZonedDateTime.of(2026, 3, 31, 16, 0, 0, 0, AMS));
        assertThat(LEERWERKLOKET.hoursOf(ContactChannel.PHONE)).contains(LEERWERKLOKET.hours());
    }

    @Test
    void closedOnKoningsdagAndAtChristmas() {
        assertThat(LEERWERKLOKET.openChannels(ams("2026-04-27T10:00"))).isEmpty();
        assertThat(LEERWERKLOKET.nextOpening(ContactChannel.PHONE, ams("2026-04-27T10:00")))
                .contains(ZonedDateTime.of(2026, 4, 28, 9, 0, 0, 0, AMS));
        // Walk-in on Thursday 24 December is cancelled, and 25-26 December are closed: next walk-in Tuesday 29 Dec.
        assertThat(LEERWERKLOKET.nextOpening(ContactChannel.WALK_IN, ams("2026-12-23T12:00")))
                .contains(ZonedDateTime.of(2026, 12, 29, 13, 0, 0, 0, AMS));
    }

    @Test
    void channelsNotOfferedAreNeverOpen() {
        Instant now = ams("2026-03-30T10:00");
        assertThat(LEERWERKLOKET.isOpen(ContactChannel.CHAT, now)).isFalse();
        assertThat(LEERWERKLOKET.nextOpening(ContactChannel.CHAT, now)).isEmpty();
        assertThat(LEERWERKLOKET.nextClosing(ContactChannel.CHAT, now)).isEmpty();
        assertThat(LEERWERKLOKET.hoursOf(ContactChannel.SMS)).isEmpty();
        assertThat(LEERWERKLOKET.address(ContactChannel.PHONE)).contains("+31 20 123 4567");
        assertThat(LEERWERKLOKET.address(ContactChannel.VIDEO)).isEmpty();
        assertThat(LEERWERKLOKET.serves(SupportLevel.SELF_HELP)).isFalse();
        assertThat(LEERWERKLOKET.serves(SupportLevel.INDIVIDUAL_CASE_MANAGED)).isTrue();
    }

    @Test
    void eCounsellorChatsOnWorkdaysAndTakesEmailAfterHours() {
        Instant evening = tallinn("2026-03-30T18:00");
        assertThat(E_COUNSELLOR.openChannels(evening)).containsExactly(ContactChannel.EMAIL);
        assertThat(E_COUNSELLOR.nextOpening(ContactChannel.CHAT, evening))
                .contains(ZonedDateTime.of(2026, 3, 31, 9, 0, 0, 0, TALLINN));
        assertThat(E_COUNSELLOR.openChannels(tallinn("2026-03-31T09:00")))
                .containsExactly(ContactChannel.CHAT, ContactChannel.EMAIL);
        assertThat(E_COUNSELLOR.nextClosing(ContactChannel.EMAIL, evening)).isEmpty();
        // Friday 16:30 in Tallinn is 15:30 in Amsterdam: the chat is open, closing at 17:00 Tallinn time.
        assertThat(E_COUNSELLOR.nextClosing(ContactChannel.CHAT, ams("2026-04-03T15:30")))
                .contains(ZonedDateTime.of(2026, 4, 3, 17, 0, 0, 0, TALLINN));
    }

    @Test
    void channelsHaveCodesLabelsAndSynchrony() {
        assertThat(ContactChannel.values())
                .extracting(ContactChannel::code)
                .containsExactly("chat", "phone", "video", "walk-in", "email", "sms", "webinar");
        assertThat(ContactChannel.values())
                .filteredOn(ContactChannel::isSynchronous)
                .containsExactly(
                        ContactChannel.CHAT, ContactChannel.PHONE, ContactChannel.VIDEO, ContactChannel.WALK_IN);
        assertThat(ContactChannel.fromCode("WALK_IN")).isEqualTo(ContactChannel.WALK_IN);
        assertThat(ContactChannel.fromCode(" Walk-In ")).isEqualTo(ContactChannel.WALK_IN);
        assertThat(ContactChannel.PHONE.label().resolve(new Locale("nl"))).isEqualTo("Telefoon");
        assertThat(ContactChannel.WALK_IN.label().resolve(Locale.ENGLISH)).isEqualTo("Walk-in");
        assertThatThrownBy(() -> ContactChannel.fromCode("fax"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "unknown contact channel 'fax'; expected one of chat, phone, video, walk-in, email, sms or webinar");
    }

    @Test
    void suggestedChannelsFollowTheSupportLevel() {
        assertThat(ContactChannel.suggestedFor(SupportLevel.SELF_HELP)).isEmpty();
        assertThat(ContactChannel.suggestedFor(SupportLevel.BRIEF_STAFF_ASSISTED))
                .containsExactly(ContactChannel.CHAT, ContactChannel.PHONE);
        assertThat(ContactChannel.suggestedFor(SupportLevel.INDIVIDUAL_CASE_MANAGED))
                .containsExactly(ContactChannel.VIDEO, ContactChannel.WALK_IN);
        for (SupportLevel level : SupportLevel.values()) {
            assertThat(ContactChannel.suggestedFor(level)).allMatch(ContactChannel::isSynchronous);
        }
    }

    @Test
    void invalidContactPointsAreRejectedNamingTheProblem() {
        var base = ContactPoint.builder().from(E_COUNSELLOR);
        assertThatThrownBy(() -> ContactPoint.builder()
                        .from(E_COUNSELLOR)
                        .channels(List.of())
                        .hoursByChannel(java.util.Map.of())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("channels must hold at least 1");
        assertThatThrownBy(() -> ContactPoint.builder()
                        .from(E_COUNSELLOR)
                        .supportLevels(List.of())
                        .build())
                .hasMessageContaining("supportLevels must hold at least 1");
        assertThatThrownBy(() -> base.putHoursByChannel(ContactChannel.PHONE, OpeningHours.alwaysOpen())
                        .build())
                .hasMessage("contact point 'rajaleidja-e-noustaja' hoursByChannel names channel 'phone' which is not"
                        + " in channels [chat, email]");
        assertThatThrownBy(() -> ContactPoint.builder()
                        .from(E_COUNSELLOR)
                        .putAddressByChannel(ContactChannel.CHAT, " ")
                        .build())
                .hasMessageContaining("address of 'chat' must not be blank");
        assertThatThrownBy(() -> ContactPoint.builder()
                        .from(E_COUNSELLOR)
                        .id("Rajaleidja E")
                        .build())
                .hasMessageContaining("'Rajaleidja E'");
    }

    @Test
    void roundTripsInJsonAndYaml() {
        for (GuidanceCodec codec : List.of(GuidanceCodec.json(), GuidanceCodec.yaml())) {
            for (ContactPoint point : List.of(LEERWERKLOKET, E_COUNSELLOR)) {
                assertThat(codec.read(codec.write(point), ContactPoint.class).orElseThrow())
                        .isEqualTo(point);
            }
        }
        String json = GuidanceCodec.json().write(LEERWERKLOKET);
        assertThat(json).contains("\"walk-in\" : \"Stationsplein 1, 1012 AB Amsterdam\"", "\"brief-staff-assisted\"");
    }

    private static Diagnostic firstError(ReadResult<?> result) {
        assertThat(result.isSuccessful()).isFalse();
        return result.diagnostics().asList().get(0);
    }

    @Test
    void badDocumentsGiveDiagnosticsNotExceptions() {
        GuidanceCodec json = GuidanceCodec.json();
        String name = "\"name\": {\"nl\": \"Loket\", \"en\": \"Desk\"}";
        Diagnostic missingHours = firstError(json.read(
                "{\"id\": \"loket\", " + name + ", \"channels\": [\"phone\"], \"supportLevels\": [\"self-help\"]}",
                ContactPoint.class));
        assertThat(missingHours.code()).isEqualTo("core.json.missing-property");
        assertThat(missingHours.location()).isEqualTo(JsonPointer.of("hours"));

        Diagnostic fax = firstError(json.read(
                "{\"id\": \"loket\", " + name
                        + ", \"channels\": [\"phone\", \"fax\"], \"hours\": {}, \"supportLevels\": [\"self-help\"]}",
                ContactPoint.class));
        assertThat(fax.location()).isEqualTo(JsonPointer.of("channels", "1"));
        assertThat(fax.message(Locale.ENGLISH)).contains("fax");

        Diagnostic none = firstError(json.read(
                "{\"id\": \"loket\", " + name
                        + ", \"channels\": [], \"hours\": {}, \"supportLevels\": [\"self-help\"]}",
                ContactPoint.class));
        assertThat(none.code()).isEqualTo("core.json.invalid-value");
        assertThat(none.message(Locale.ENGLISH)).contains("channels must hold at least 1");

        Diagnostic late = firstError(json.read(
                "{\"id\": \"loket\", " + name + ", \"channels\": [\"phone\"],"
                        + " \"hours\": {\"weekly\": {\"MONDAY\": [{\"start\": \"09:00\", \"end\": \"25:00\"}]}},"
                        + " \"supportLevels\": [\"self-help\"]}",
                ContactPoint.class));
        assertThat(late.location()).isEqualTo(JsonPointer.of("hours", "weekly", "MONDAY", "0"));
    }
}
