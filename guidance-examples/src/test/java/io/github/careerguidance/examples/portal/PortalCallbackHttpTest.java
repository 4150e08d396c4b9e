/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.examples.portal.adviser.AdviserAccount;
import io.github.careerguidance.examples.portal.adviser.AdviserAccounts;
import io.github.careerguidance.examples.portal.adviser.PasswordHashing;
import io.github.careerguidance.examples.portal.store.AuditEntry;
import io.github.careerguidance.examples.portal.store.CallbackStatus;
import io.github.careerguidance.examples.portal.store.JdbcHandoverSink;
import io.github.careerguidance.examples.portal.store.JdbcSessionStore;
import io.github.careerguidance.examples.portal.store.QueuedCallback;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The callback request and the adviser view over real HTTP on loopback, with H2: the request stored through the sink
 * with only what the visitor consented to, region filtering, wrong passwords, lock-out, CSRF on every form, and the
 * audit log. Monday 30 November 2026, 10:30 in Amsterdam.
 */
class PortalCallbackHttpTest {
    static final String ANNA = "anna-wachtwoord-1";
    static final String BRAM = "bram-wachtwoord-2";
    static final String CAROL = "carol-wachtwoord-3";
    private static final Pattern SLOT =
            Pattern.compile("name=\"slot\" required id=\"slot-\\d+\" value=\"(\\d+-\\d+)\"");
    private static final Pattern REQUEST_ID = Pattern.compile("id=(ho-[0-9a-f-]{36})");

    @TempDir
    static Path dir;

    static MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:30:00Z"));
    static JdbcSessionStore store;
    static JdbcHandoverSink sink;
    static Portal portal;

    @BeforeAll
    static void start() throws Exception {
        store = JdbcSessionStore.h2(dir);
        sink = JdbcHandoverSink.open(store.url(), "sa", "", clock);
        AdviserAccounts advisers = AdviserAccounts.of(List.of(
                new AdviserAccount("anna", Set.of("midden-utrecht"), PasswordHashing.hash(ANNA)),
                new AdviserAccount("bram", Set.of(JdbcHandoverSink.NATIONAL), PasswordHashing.hash(BRAM)),
                new AdviserAccount("carol", Set.of("groot-amsterdam"), PasswordHashing.hash(CAROL))));
        portal = Portal.builder()
                .store(store)
                .port(0)
                .clock(clock)
                .callbacks(sink)
                .advisers(advisers)
                .start();
    }

    @AfterAll
    static void stop() {
        portal.close();
        store.close();
    }

    /** A visitor who started "looking for work" and asked for a phone callback; returns the request id. */
    static String askForCallback(PortalClient c, String postcode, String... shares) {
        c.get("/");
        assertThat(c.post("/start", "goal", "looking-for-work", "employment", "unemployed-with-benefit")
                        .statusCode())
                .isEqualTo(303);
        c.get("/step");
        c.post("/step", "step", "welkom", "action", "next");
        c.get("/step");
        assertThat(c.post("/step", "step", "q-situatie", "answer", "geen-werk").statusCode())
                .isEqualTo(303);
        HttpResponse<String> form = c.get("/terugbellen");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher slot = SLOT.matcher(form.body());
        assertThat(slot.find()).as("a time band is offered").isTrue();
        String[] fields = new String[10 + 2 * shares.length];
        int i = 0;
        for (String s : new String[] {
            "channel", "phone", "slot", slot.group(1), "phone", "06 1234 5678", "consent", "yes", "postcode", postcode
        }) {
            fields[i++] = s;
        }
        for (String s : shares) {
            fields[i++] = "share";
            fields[i++] = s;
        }
        HttpResponse<String> posted = c.post("/terugbellen", fields);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        Matcher id = REQUEST_ID.matcher(location);
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    static PortalClient signIn(String name, String password, int expected) {
        PortalClient a = new PortalClient(portal.uri());
        HttpResponse<String> page = a.get("/adviseur");
        assertThat(page.body()).contains("Inloggen voor adviseurs", "autocomplete=\"current-password\"");
        HttpResponse<String> in = a.post("/adviseur/inloggen", "name", name, "password", password);
        assertThat(in.statusCode()).as(in.body()).isEqualTo(expected);
        return a;
    }

    @Test
    void aCallbackIsStoredWithOnlyWhatWasConsentedAndTheReceiptSaysWhatHappensNext() {
        PortalClient c = new PortalClient(portal.uri());
        String id = askForCallback(c, "3511", "answers");
        HttpResponse<String> receipt = c.get("/terugbellen/ontvangen?id=" + id);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body())
                .contains(
                        "Je verzoek is ontvangen",
                        "Wat gebeurt er nu?",
                        "06 1234 5678",
                        "Je antwoorden in deze route",
                        "Uiterlijk")
                .doesNotContain("Je ondersteuning:");
        // another browser does not see the receipt
        assertThat(new PortalClient(portal.uri())
                        .get("/terugbellen/ontvangen?id=" + id)
                        .statusCode())
                .isEqualTo(404);

        QueuedCallback q = sink.find(id).orElseThrow();
        assertThat(q.region()).isEqualTo("midden-utrecht");
        assertThat(q.request().summary().orElseThrow().answers()).containsOnlyKeys("q-situatie");
        assertThat(q.request().summary().orElseThrow().plan()).isEmpty();
        assertThat(q.details().shareSupportLevel()).isFalse();
        assertThat(q.details().phoneNumber()).hasValue("06 1234 5678");
        assertThat(q.request()
                        .callbackWindow()
                        .orElseThrow()
                        .contains(q.details().slotStart()))
                .isTrue();
        assertThat(q.deadline()).isEqualTo(q.details().slotEnd());
        assertThat(q.request().sessionId())
                .as("the session cookie never leaves the browser's session")
                .isEmpty();
    }

    @Test
    void aPhoneNumberWithoutConsentIsRefusedAndNothingIsStored() {
        PortalClient c = new PortalClient(portal.uri());
        c.get("/");
        c.post("/start", "goal", "looking-for-work");
        HttpResponse<String> form = c.get("/terugbellen");
        assertThat(form.body()).contains("name=\"consent\" value=\"yes\">").doesNotContain("checked");
        Matcher slot = SLOT.matcher(form.body());
        assertThat(slot.find()).isTrue();
        HttpResponse<String> refused =
                c.post("/terugbellen", "channel", "phone", "slot", slot.group(1), "phone", "0612345678");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("role=\"alert\"", "href=\"#consent\"", "Vink aan dat we je nummer");
        HttpResponse<String> badSlot =
                c.post("/terugbellen", "channel", "phone", "slot", "1-2", "phone", "0612345678", "consent", "yes");
        assertThat(badSlot.statusCode()).isEqualTo(422);
        assertThat(badSlot.body()).contains("href=\"#slot\"");
        assertThat(c.post("/terugbellen", "channel", "phone", "slot", slot.group(1), "phone", "12", "consent", "yes")
                        .body())
                .contains("Dit telefoonnummer klopt niet")
                .doesNotContain("value=\"12\" checked");
    }

    @Test
    void theQueueIsFilteredByRegionAndShowsOnlyConsentedFields() {
        String utrecht = askForCallback(new PortalClient(portal.uri()), "3511", "level");
        String national = askForCallback(new PortalClient(portal.uri()), "", "answers");
        PortalClient anna = signIn("anna", ANNA, 303);
        String cookie = PortalClient.setCookies(anna.get("/adviseur")).toString();
        HttpResponse<String> queue = anna.get("/adviseur");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body())
                .contains("Terugbelverzoeken", utrecht, "regio midden-utrecht")
                .doesNotContain(national);
        HttpResponse<String> detail = anna.get("/adviseur/verzoek?id=" + utrecht);
        assertThat(detail.body())
                .contains("06 1234 5678", "href=\"tel:0612345678\"", "Ondersteuning")
                .doesNotContain("Wat past het best bij jou", "Ik heb nu geen werk");
        assertThat(anna.get("/adviseur/verzoek?id=" + national).statusCode()).isEqualTo(404);

        PortalClient bram = signIn("bram", BRAM, 303);
        HttpResponse<String> bramQueue = bram.get("/adviseur");
        assertThat(bramQueue.body()).contains(national).doesNotContain(utrecht);
        assertThat(bram.get("/adviseur/verzoek?id=" + national).body())
                .contains("Wat past het best bij jou", "Ik heb nu geen werk")
                .doesNotContain("<dt>Ondersteuning</dt>");
        assertThat(signIn("carol", CAROL, 303).get("/adviseur").body())
                .contains("Er staan geen verzoeken open")
                .doesNotContain(national, utrecht);
        assertThat(cookie).doesNotContain("gadv=;");
    }

    @Test
    void actionsNeedTheAdvisersCsrfTokenAndWriteTheAuditLog() {
        String id = askForCallback(new PortalClient(portal.uri()), "3511", "answers");
        PortalClient anna = signIn("anna", ANNA, 303);
        String cookie = anna.cookies.get("gadv");
        assertThat(cookie).matches("[A-Za-z0-9_-]{43}");
        anna.get("/adviseur/verzoek?id=" + id);
        // no token, a made-up token, and the visitor side's token are all refused
        assertThat(anna.postRaw("/adviseur/verzoek", "id=" + id + "&action=done")
                        .statusCode())
                .isEqualTo(403);
        assertThat(anna.post("/adviseur/verzoek", "id", id, "action", "done", "csrf", "x")
                        .statusCode())
                .isEqualTo(403);
        PortalClient visitor = new PortalClient(portal.uri());
        visitor.get("/");
        assertThat(visitor.postRaw("/terugbellen", "channel=phone").statusCode())
                .isEqualTo(403);
        assertThat(sink.audit().entries(id)).isEmpty();

        HttpResponse<String> noAnswer = anna.post("/adviseur/verzoek", "id", id, "action", "no-answer");
        assertThat(noAnswer.statusCode()).isEqualTo(303);
        anna.get("/adviseur/verzoek?id=" + id);
        HttpResponse<String> moved = anna.post(
                "/adviseur/verzoek",
                "id",
                id,
                "action",
                "rescheduled",
                "date",
                "2026-12-02",
                "from",
                "14:00",
                "to",
                "15:00");
        assertThat(moved.statusCode()).isEqualTo(303);
        anna.get("/adviseur/verzoek?id=" + id);
        assertThat(anna.post(
                                "/adviseur/verzoek",
                                "id",
                                id,
                                "action",
                                "rescheduled",
                                "date",
                                "2020-01-01",
                                "from",
                                "14:00",
                                "to",
                                "15:00")
                        .statusCode())
                .isEqualTo(422);
        assertThat(anna.post("/adviseur/verzoek", "id", id, "action", "done").statusCode())
                .isEqualTo(303);
        List<AuditEntry> audit = sink.audit().entries(id);
        assertThat(audit)
                .extracting(AuditEntry::action)
                .containsExactly(CallbackStatus.NO_ANSWER, CallbackStatus.RESCHEDULED, CallbackStatus.DONE);
        assertThat(audit).extracting(AuditEntry::adviser).containsOnly("anna");
        assertThat(audit.get(1).detail()).isEqualTo("2026-12-02T13:00:00Z");
        QueuedCallback done = sink.find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(CallbackStatus.DONE);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(anna.get("/adviseur").body()).doesNotContain(id);
        assertThat(anna.get("/adviseur/verzoek?id=" + id).body())
                .contains("Logboek", "anna", "gedaan", "geen antwoord", "verzet");
        // signing out ends the session; the cookie no longer opens the queue
        assertThat(anna.post("/adviseur/uitloggen").statusCode()).isEqualTo(303);
        PortalClient replay = new PortalClient(portal.uri());
        replay.cookies.put("gadv", cookie);
        assertThat(replay.get("/adviseur").body()).contains("Inloggen voor adviseurs");
    }

    @Test
    void wrongPasswordsSayNothingAboutTheAccountAndFiveLockItForFifteenMinutes() {
        HttpResponse<String> unknown = signIn("niemand", "wat-dan-ook-123", 401).get("/adviseur");
        assertThat(unknown.body()).contains("Inloggen voor adviseurs");
        PortalClient wrong = new PortalClient(portal.uri());
        wrong.get("/adviseur");
        HttpResponse<String> bad = wrong.post("/adviseur/inloggen", "name", "carol", "password", "fout");
        HttpResponse<String> none = wrong.post("/adviseur/inloggen", "name", "niemand-anders", "password", "fout");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).contains("Accountnaam of wachtwoord klopt niet");
        assertThat(none.body()).contains("Accountnaam of wachtwoord klopt niet");
        assertThat(wrong.cookies).doesNotContainKey("gadv");
        // the sign-in form needs its nonce cookie and token
        PortalClient bare = new PortalClient(portal.uri());
        assertThat(bare.postRaw("/adviseur/inloggen", "name=carol&password=" + CAROL)
                        .statusCode())
                .isEqualTo(403);

        for (int i = 0; i < 3; i++) { // with the one above: 4 failures on carol
            assertThat(wrong.post("/adviseur/inloggen", "name", "carol", "password", "fout-" + i)
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(wrong.post("/adviseur/inloggen", "name", "carol", "password", "fout-5")
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> locked = wrong.post("/adviseur/inloggen", "name", "carol", "password", CAROL);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("Te veel mislukte pogingen");
        assertThat(wrong.cookies).doesNotContainKey("gadv");
        clock.advance(Duration.ofMinutes(16));
        signIn("carol", CAROL, 303);
    }

    @Test
    void serveMakesAHashWithoutAStackTraceAndReadsAccountsFiles() throws Exception {
        // no console and an empty standard input: a clear message, no stack trace
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(AdviserSetupBridge.hashPassword(
                        new ByteArrayInputStream(new byte[0]),
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("guidance serve --hash-password:")
                .doesNotContain("Exception", "\tat ");
        ByteArrayOutputStream hashed = new ByteArrayOutputStream();
        ByteArrayOutputStream short_ = new ByteArrayOutputStream();
        assertThat(AdviserSetupAccess.hash("een lang wachtwoord\n", hashed)).isEqualTo(0);
        assertThat(hashed.toString(StandardCharsets.UTF_8).strip())
                .matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$.+");
        assertThat(AdviserSetupAccess.hash("kort\n", short_)).isEqualTo(2);
        String hash = hashed.toString(StandardCharsets.UTF_8).strip();
        Path file = dir.resolve("advisers.properties");
        Files.writeString(file, "# test\nanna.regions = midden-utrecht, landelijk\nanna.password = " + hash + "\n");
        AdviserAccounts read = AdviserAccounts.read(file);
        assertThat(read.verify("anna", "een lang wachtwoord")).isPresent();
        assertThat(read.verify("anna", "een ander wachtwoord")).isEmpty();
        assertThat(read.find("anna").orElseThrow().regions()).containsExactlyInAnyOrder("midden-utrecht", "landelijk");
        assertThat(AdviserAccounts.fromEnvironment("bram:landelijk:" + hash + "  anna:*:" + hash)
                        .size())
                .isEqualTo(2);
        Files.writeString(file, "anna.regions = x\nanna.password = geheim\n");
        ByteArrayOutputStream err2 = new ByteArrayOutputStream();
        assertThat(Portal.main(
                        new String[] {"--advisers", file.toString(), "--port", "0"},
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(err2, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(err2.toString(StandardCharsets.UTF_8))
                .contains("not an Argon2id hash", "--hash-password")
                .doesNotContain("geheim", "\tat ");
    }

    /** Runs the hashing of {@code serve --hash-password} on a given standard input. */
    static final class AdviserSetupAccess {
        static int hash(String stdin, ByteArrayOutputStream out) {
            return AdviserSetupBridge.hashPassword(
                    new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream()));
        }
    }
}
