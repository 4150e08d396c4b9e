/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Walks "Ik ben werkloos geworden" over HTTP, for the plan tests. */
final class PlanJourney {
    static final Pattern CODE = Pattern.compile("class=\"resume-code\">([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3})<");

    private PlanJourney() {}

    /** Starts the journey (with WW) and answers up to the self-test. */
    static PortalClient startAndAnswerFirstSteps(PortalClient c) {
        c.get("/");
        HttpResponse<String> started =
                c.post("/start", "goal", "became-unemployed", "employment", "unemployed-with-benefit");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        c.get("/step");
        next(c, "welkom");
        next(c, "q-gevoel", "answer", "4");
        next(c, "q-werkvorm", "answer", "contract");
        next(c, "q-ww", "answer", "aangevraagd");
        next(c, "info-eerste-stappen");
        next(c, "actie-regelen");
        next(c, "q-richting", "answer", "zelfde");
        return c;
    }

    /** Goes on from the self-test to the outcome. */
    static void finish(PortalClient c) {
        StringBuilder items = new StringBuilder("step=zelftest&csrf=" + c.lastCsrf);
        for (String dim : new String[] {"concern", "control", "curiosity", "confidence"}) {
            for (int i = 1; i <= 6; i++) {
                items.append("&item.").append(dim).append('-').append(i).append("=4");
            }
        }
        HttpResponse<String> assessed = c.postRaw("/step", items.toString());
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(303);
        c.get("/step");
        next(c, "info-opties");
        next(c, "q-vangnet", "answer", "ja");
        next(c, "gesprek");
        next(c, "q-keuze", "answer", "solliciteren");
        next(c, "actie-netwerk");
        next(c, "actie-solliciteren");
        HttpResponse<String> done = c.post("/step", "step", "q-lukt", "answer", "ja");
        assertThat(done.headers().firstValue("Location")).hasValue("/outcome");
    }

    private static void next(PortalClient c, String step, String... answer) {
        String[] fields = new String[2 + answer.length];
        fields[0] = "step";
        fields[1] = step;
        System.arraycopy(answer, 0, fields, 2, answer.length);
        HttpResponse<String> r = c.post("/step", fields);
        assertThat(r.statusCode()).as(step + ": " + r.body()).isEqualTo(303);
        c.get("/step");
    }

    static String code(String page) {
        Matcher m = CODE.matcher(page);
        assertThat(m.find()).as("a resume code on the page").isTrue();
        return m.group(1);
    }
}
