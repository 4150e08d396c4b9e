/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.testsupport.CapturedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guidance plan check|show|schema} on Dutch plans, sound, broken and hostile. */
class PlanCommandTest extends CliTestSupport {
    /** Tuesday 5 January 2027, 09:30 in Amsterdam. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-05T08:30:00Z"), ZoneId.of("Europe/Amsterdam"));

    /** Runs the command on {@link #CLOCK}. */
    int runOnClock(String... args) {
        CapturedRun run = CapturedRun.of((o, e, a) -> GuidanceCli.run(CLOCK, o, e, a), args);
        out = run.out();
        err = run.err();
        return run.exitCode();
    }

    @Test
    void soundPlansAreClean() throws Exception {
        assertThat(run(
                        "plan",
                        "check",
                        fixture("plan-werkloos.yaml"),
                        fixture("plan-voorstel.json"),
                        fixture("plan-maandelijks.yaml")))
                .as(out + err)
                .isEqualTo(GuidanceCli.OK);
        assertThat(out)
                .contains("plan-werkloos.yaml: clean", "plan-voorstel.json: clean", "plan-maandelijks.yaml: clean");
    }

    @Test
    void aBrokenPlanExitsWithOneAndNamesEachFieldByItsPointer() throws Exception {
        assertThat(run("--lang", "en", "plan", "check", fixture("plan-kapot.yaml"), fixture("plan-werkloos.yaml")))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out)
                .contains(
                        "plan-kapot.yaml: errors",
                        "plan-werkloos.yaml: clean",
                        "core.plan.unknown-goal at /actions/0/goal",
                        "core.plan.due-before-acceptance at /actions/0/due",
                        "core.plan.link.https at /actions/0/signposts/0/url",
                        "core.plan.recurrence.count at /actions/1/recurrence/count");

        assertThat(run("plan", "check", fixture("plan-kapot.yaml"), "--format", "json"))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out).contains("\"code\" : \"core.plan.unknown-goal\"", "\"/actions/0/goal\"");
        assertThat(run("plan", "check", fixture("plan-kapot.yaml"), "--format", "xml"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("unknown --format 'xml'");
    }

    @Test
    void anUnreadableFileAmongOthersExitsWithTwo(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("onleesbaar.yaml"), "id: [unclosed\n");
        assertThat(run("plan", "check", broken.toString(), fixture("plan-kapot.yaml")))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(out).contains("onleesbaar.yaml: errors", "plan-kapot.yaml: errors");
        assertThat(run("plan", "check", dir.resolve("bestaat-niet.yaml").toString()))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(run("plan", "check")).isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("Missing required parameter");
    }

    @Test
    void showsTheAcceptedPlanInDutchWithOverdueActionsAndTheCurrentPeriod() throws Exception {
        assertThat(run("plan", "show", fixture("plan-werkloos.yaml"), "--today", "2027-01-05"))
                .as(err)
                .isZero();
        assertThat(err).isEmpty();
        assertThat(out)
                .contains(
                        "Actieplan plan-2026-0142, versie 2",
                        "Geaccepteerd:  maandag 7 december 2026",
                        "Loopt tot:     maandag 1 maart 2027 (12 weken na acceptatie)",
                        // goals
                        "  * Mijn WW-uitkering op orde houden",
                        // the CV was due two weeks after acceptance and is not started: overdue
                        "uiterlijk: maandag 21 december 2026 (2 weken na acceptatie)  TE LAAT: 15 dagen over de datum",
                        // done before its date: no mark
                        "status: gedaan op dinsdag 15 december 2026",
                        "uiterlijk: donderdag 31 december 2026\n",
                        // not due yet
                        "uiterlijk: maandag 18 januari 2027 (6 weken na acceptatie)\n",
                        // the WW duty: count, period, evidence, the current period, its source and the Werkmap signpost
                        "steeds: 4 keer per 4 weken",
                        "bewijs: Vier sollicitatieactiviteiten per 4 weken, vastgelegd in je Werkmap",
                        "nu: periode 2 van 3, maandag 4 januari 2027 t/m zondag 31 januari 2027",
                        "bron: UWV: When you receive unemployment benefit <https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving>",
                        "link: Werkmap op werk.nl (UWV) <https://www.werk.nl/>",
                        // reviews with a professional: when, channel, what to prepare
                        "  * maandag 4 januari 2027 (4 weken na acceptatie)  (voorbij)",
                        "met: loopbaanadviseur, via videobellen",
                        "voorbereiden: Neem je bijgewerkte cv mee",
                        "  * maandag 22 februari 2027 (11 weken na acceptatie)\n",
                        "met: werkcoach, via telefoon");
        assertThat(out).doesNotContain("31 december 2026  TE LAAT");
    }

    @Test
    void showsInEnglishAndTakesTodayFromTheClockByDefault() throws Exception {
        assertThat(runOnClock("--lang", "en", "plan", "show", fixture("plan-werkloos.yaml")))
                .as(err)
                .isZero();
        assertThat(out)
                .contains(
                        "As of:         Tuesday 5 January 2027",
                        "due: Monday 21 December 2026 (2 weeks after acceptance)  OVERDUE by 15 days",
                        "every time: 4 times per 4 weeks",
                        "now: period 2 of 3, Monday 4 January 2027 to Sunday 31 January 2027",
                        "with: career adviser, by video call",
                        "status: done on Tuesday 15 December 2026");
        // on the last day of the plan every period is over and nothing is due later
        assertThat(run("--lang", "en", "plan", "show", fixture("plan-werkloos.yaml"), "--today", "2027-03-01"))
                .isZero();
        assertThat(out)
                .contains(
                        "all 3 periods are over (the last ended on Sunday 28 February 2027)",
                        "due: Monday 18 January 2027 (6 weeks after acceptance)  OVERDUE by 42 days");
    }

    @Test
    void aPlanNotAcceptedYetShowsPeriodsAfterAcceptance() throws Exception {
        assertThat(run("plan", "show", fixture("plan-voorstel.json"), "--today", "2026-12-02"))
                .as(err)
                .isZero();
        assertThat(out)
                .contains(
                        "Geaccepteerd:  nog niet",
                        "Loopt tot:     6 maanden na acceptatie",
                        "uiterlijk: 1 maand na acceptatie\n",
                        "uiterlijk: zaterdag 23 januari 2027\n",
                        "  * 6 weken na acceptatie\n",
                        "link: Erkennen van wat je kunt (Leerwerkloket) <https://www.leerwerkloket.nl/>");
    }

    @Test
    void aPlanWithErrorsIsNotShown() throws Exception {
        assertThat(run("--lang", "en", "plan", "show", fixture("plan-kapot.yaml")))
                .isEqualTo(GuidanceCli.FAILED);
        assertThat(out).isEmpty();
        assertThat(err).contains("core.plan.unknown-goal at /actions/0/goal", "`guidance plan check` lists them");
        assertThat(run("plan", "show", fixture("plan-werkloos.yaml"), "--today", "5-1-2027"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("--today");
    }

    @Test
    void printsTheSchema() {
        assertThat(run("plan", "schema")).isZero();
        assertThat(out).contains("\"$schema\"", "2020-12", "recurrence", "horizon");
    }

    @Test
    void helpReachesEveryPlanCommand() {
        for (String sub : List.of("check", "show", "ics", "schema")) {
            assertThat(run("plan", sub, "--help")).isZero();
            assertThat(out).startsWith("Usage: guidance plan " + sub);
            assertThat(err).isEmpty();
        }
    }

    /** Hostile inputs: each subcommand reports them as unusable input (2), never with a stack trace. */
    @Test
    void hostileInputsNeverThrow(@TempDir Path dir) throws IOException {
        for (String kind : HOSTILE) {
            Path file = hostile(kind, dir);
            for (List<String> command :
                    List.of(List.of("plan", "check"), List.of("plan", "show"), List.of("plan", "ics"))) {
                String[] args = concat(command, file.toString(), "--max-document-size", "1MiB");
                assertThat(run(args))
                        .as("%s on %s: %s %s", command, kind, out, err)
                        .isEqualTo(GuidanceCli.UNUSABLE);
                assertThat(out + err)
                        .as("%s on %s", command, kind)
                        .doesNotContain(
                                "\tat ", "Exception in thread", "NullPointerException", "at java.", "at io.github.")
                        .contains("ERROR ");
            }
        }
    }

    /** The hostile inputs {@link #hostile(String, Path)} makes. */
    static final List<String> HOSTILE =
            List.of("empty", "binary", "huge", "deep-json", "deep-yaml", "wrong-types", "a-list", "directory");

    private static String[] concat(List<String> head, String... tail) {
        String[] all = new String[head.size() + tail.length];
        for (int i = 0; i < head.size(); i++) {
            all[i] = head.get(i);
        }
        System.arraycopy(tail, 0, all, head.size(), tail.length);
        return all;
    }

    static Path hostile(String kind, Path dir) throws IOException {
        switch (kind) {
            case "empty":
                return Files.writeString(dir.resolve("leeg.yaml"), "");
            case "binary": {
                byte[] bytes = new byte[4096];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (i * 131 + 7);
                }
                return Files.write(dir.resolve("plan.json"), bytes);
            }
            case "huge": {
                // 2 MiB of one string, over the 1 MiB limit given on the command line
                String text = "{\"id\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
                return Files.writeString(dir.resolve("groot.json"), text);
            }
            case "deep-json":
                return Files.writeString(
                        dir.resolve("diep.json"), "{\"goals\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}");
            case "deep-yaml":
                return Files.writeString(
                        dir.resolve("diep.yaml"), "goals: " + "[".repeat(50_000) + "]".repeat(50_000) + "\n");
            case "wrong-types":
                return Files.writeString(
                        dir.resolve("types.yaml"), "id: [1, 2]\nversion: twee\nhorizon: morgen\ngoals: {}\n");
            case "a-list":
                return Files.writeString(dir.resolve("lijst.json"), "[1, 2, 3]");
            case "directory":
                return Files.createDirectory(dir.resolve("map.yaml"));
            default:
                throw new IllegalArgumentException(kind);
        }
    }
}
