/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.examples.internal.Labels;
import io.github.careerguidance.examples.internal.SampleProviders;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The providers page ({@code GET /providers}): the sample providers checked against the portal's listing policy and
 * their claimed quality marks, with the reasons of every verdict that is not a pass. The check runs once a day (in
 * the contact point's zone) and is cached.
 */
final class ProvidersPage {
    private final Clock clock;
    private final ContactPoint loket;
    private final ContactPanel panel;
    private volatile ProvidersCache providers;

    private static final class ProvidersCache {
        final LocalDate asOf;
        final List<SampleProviders.Checked> checked;

        ProvidersCache(LocalDate asOf, List<SampleProviders.Checked> checked) {
            this.asOf = asOf;
            this.checked = checked;
        }
    }

    ProvidersPage(Clock clock, ContactPoint loket, ContactPanel panel) {
        this.clock = clock;
        this.loket = loket;
        this.panel = panel;
    }

    /** Shows the page, checking the providers again when the day changed. */
    void show(Request r) throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), loket.hours().zone());
        ProvidersCache cache = providers;
        if (cache == null || !cache.asOf.equals(today)) {
            cache = new ProvidersCache(today, SampleProviders.check(today));
            providers = cache;
        }
        Page p = new Page(r.locale);
        p.raw("<h1>")
                .text("Aanbieders en hun keurmerken", "Providers and their quality marks")
                .raw("</h1>");
        p.raw("<p>")
                .text(r.t(
                                "Voorbeeldaanbieders (verzonnen gegevens), gecontroleerd tegen ",
                                "Sample providers (invented data), checked against ")
                        + r.t(SampleProviders.policy().name())
                        + r.t(", peildatum ", ", as of ") + today + ".")
                .raw("</p>");
        int n = 0;
        for (SampleProviders.Checked c : cache.checked) {
            n++;
            p.raw("<section class=\"provider\"><h2>").text(c.label()).raw("</h2>");
            p.raw("<p class=\"status ")
                    .raw(statusClass(c.result().verdict()))
                    .raw("\">")
                    .text(r.t("Vermelding op deze portal: ", "Listing on this portal: "))
                    .raw("<strong>")
                    .text(r.t(Labels.verdict(c.result().verdict())))
                    .raw("</strong></p>");
            if (!c.professionals().isEmpty()) {
                p.raw("<p>")
                        .text(r.t("Professionals: ", "Professionals: ") + String.join(", ", c.professionals()))
                        .raw("</p>");
            }
            if (!c.marks().isEmpty()) {
                p.raw("<h3>")
                        .text("Keurmerken die de aanbieder opgeeft", "Quality marks the provider claims")
                        .raw("</h3>");
                c.marks().forEach(report -> report(p, r, report));
            }
            c.result().report().ifPresent(report -> {
                p.raw("<h3>")
                        .text(r.t("Vermelding: ", "Listing: ")
                                + r.t(SampleProviders.policy().name()))
                        .raw("</h3>");
                report(p, r, report);
            });
            if (!c.result().readable()) {
                p.raw("<ul>");
                c.result()
                        .diagnostics()
                        .forEach(d -> p.raw("<li>").text(d.render(r.locale)).raw("</li>"));
                p.raw("</ul>");
            }
            p.raw("</section>");
        }
        if (n == 0) {
            p.raw("<p>").text("Geen aanbieders.", "No providers.").raw("</p>");
        }
        Layout.send(r, 200, r.t("Aanbieders", "Providers"), p.toString(), panel.aside(r, Optional.empty(), false));
    }

    private static void report(Page p, Request r, QualityReport report) {
        p.raw("<ul class=\"schemes\">");
        for (SchemeResult scheme : report.schemes()) {
            p.raw("<li>")
                    .text(scheme.scheme()
                            + scheme.subjectRef().map(s -> " (" + s + ")").orElse("") + ": ")
                    .raw("<strong>")
                    .text(r.t(Labels.verdict(scheme.verdict())))
                    .raw("</strong>");
            List<RuleResult> reasons = new ArrayList<>();
            for (RuleResult rule : scheme.rules()) {
                if (rule.verdict() != Verdict.PASS && rule.verdict() != Verdict.NOT_APPLICABLE) {
                    reasons.add(rule);
                }
            }
            if (!reasons.isEmpty()) {
                p.raw("<ul>");
                for (RuleResult rule : reasons) {
                    p.raw("<li>")
                            .text(r.t(Labels.verdict(rule.verdict())) + " (" + rule.ruleId() + "): "
                                    + r.t(rule.explanation()))
                            .raw("</li>");
                }
                p.raw("</ul>");
            }
            p.raw("</li>");
        }
        p.raw("</ul>");
    }

    private static String statusClass(Verdict v) {
        return v == Verdict.PASS ? "pass" : v == Verdict.FAIL ? "fail" : "other";
    }
}
