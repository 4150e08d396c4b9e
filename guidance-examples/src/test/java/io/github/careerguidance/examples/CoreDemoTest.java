package io.github.careerguidance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.text.LocalizedText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CoreDemoTest {
    private static String run(Locale locale, String instant) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CoreDemo(locale, Instant.parse(instant), new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dutchDemoOnATuesdayMorningShowsTheCatalogueRoutingAndOpenChannels() {
        String out = run(LocalizedText.DUTCH, "2026-12-01T09:15:00Z");
        assertThat(out)
                .contains(
                        "Ik ga voor het eerst studeren",
                        "Ik zoek werk",
                        "Ik ben werkloos geworden",
                        "Ik moet omscholen");
        assertThat(out)
                .contains("-> zelfhulp", "Vangnet: 'Vind je wat je zoekt?' Nee -> kort contact met een adviseur");
        assertThat(out).contains("-> individuele begeleiding");
        assertThat(out).contains("Contact via Chat: nu open");
        assertThat(out).doesNotContain("gesloten");
    }

    @Test
    void englishDemoOnASundayOffersTheNextOpening() {
        String out = run(Locale.ENGLISH, "2026-12-06T12:00:00Z");
        assertThat(out).contains("I am looking for work", "-> self-help", "individual case-managed");
        assertThat(out).contains("Contact by Chat: closed, opens Monday 7 December 09:00");
        assertThat(out).contains("closed, opens Tuesday 8 December 10:00");
    }

    @Test
    void sampleContactPointLoadsWithItsChannelOverrides() {
        ContactPoint loket = CoreDemo.sampleContactPoint();
        assertThat(loket.channels()).contains(ContactChannel.CHAT, ContactChannel.WALK_IN);
        assertThat(loket.isOpen(ContactChannel.EMAIL, Instant.parse("2026-12-06T03:00:00Z")))
                .isTrue();
        assertThat(loket.isOpen(ContactChannel.WALK_IN, Instant.parse("2026-11-30T10:00:00Z")))
                .isFalse();
    }
}
