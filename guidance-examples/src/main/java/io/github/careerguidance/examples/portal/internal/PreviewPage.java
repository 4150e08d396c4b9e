/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.journeys.model.Journey;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The live preview's part of the pages (#17): a banner above every page while designer's files are served (with the
 * checker's findings for the journey the visitor is in, with their JSON Pointers, in the page's language), and the
 * overview {@code GET /preview} of every file, its state and its findings. Without designer's files it shows nothing
 * and {@code /preview} does not exist. These texts are for the designer, so they name codes and pointers.
 */
final class PreviewPage {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Europe/Amsterdam"));
    private final ServedJourneys served;
    private final PortalSessions sessions;
    private final ContactPanel panel;

    PreviewPage(ServedJourneys served, PortalSessions sessions, ContactPanel panel) {
        this.served = served;
        this.sessions = sessions;
        this.panel = panel;
    }

    /** The banner for a request's page: empty unless previewing. */
    String banner(Request r) {
        if (served == null || !served.previewing()) {
            return "";
        }
        Page p = new Page(r.locale);
        p.raw("<section class=\"preview\" aria-labelledby=\"preview-title\"><h2 id=\"preview-title\">")
                .text("Voorbeeldweergave voor ontwerpers", "Preview for designers")
                .raw("</h2>");
        Optional<ServedJourneys.FileState> file =
                r.sid == null ? Optional.empty() : sessions.journeyOf(r.sid).flatMap(served::fileOf);
        if (file.isPresent()) {
            state(p, r, file.get());
        } else {
            long withFindings =
                    served.files().stream().filter(s -> !s.findings().isEmpty()).count();
            p.raw("<p>")
                    .text(r.t(
                            served.files().size() + " ontwerpbestand(en) in voorbeeldweergave; " + withFindings
                                    + " met bevindingen.",
                            served.files().size() + " design file(s) in preview; " + withFindings + " with findings."))
                    .raw("</p>");
        }
        p.raw("<p>")
                .link("/preview", r.t("Alle bestanden en bevindingen", "All files and findings"))
                .raw("</p></section>");
        return p.toString();
    }

    /** The overview page. */
    void show(Request r) throws Problem, IOException {
        if (served == null || !served.previewing()) {
            throw Problem.notFound();
        }
        Page p = new Page(r.locale);
        p.raw("<h1>")
                .text("Voorbeeldweergave", "Preview")
                .raw("</h1><p>")
                .text(
                        "De portal toont de ontwerpbestanden hieronder. Na elke opslag worden ze opnieuw gecontroleerd; een versie met fouten "
                                + "wordt niet getoond, de laatste goede blijft staan.",
                        "The portal serves the design files below. They are checked again after every save; a version with errors is not "
                                + "served, the last good one stays.")
                .raw("</p>");
        for (ServedJourneys.FileState s : served.files()) {
            p.raw("<section class=\"preview-file\"><h2>")
                    .raw("<code>")
                    .text(String.valueOf(s.file().getFileName()))
                    .raw("</code>")
                    .raw("</h2>");
            state(p, r, s);
            p.raw("</section>");
        }
        r.banner = "";
        Layout.send(r, 200, r.t("Voorbeeldweergave", "Preview"), p.toString(), panel.aside(r, Optional.empty(), false));
    }

    private static void state(Page p, Request r, ServedJourneys.FileState s) {
        String time = TIME.format(s.checkedAt());
        Optional<Journey> good = s.good();
        p.raw("<p>");
        good.ifPresent(j -> p.text(r.t("Route: ", "Journey: "))
                .raw("<strong>")
                .text(r.t(j.title()))
                .raw("</strong> (<code>")
                .text(j.id())
                .raw("</code>). "));
        if (s.broken()) {
            p.raw("<strong>")
                    .text(r.t(
                            "De laatste opslag (" + time + ") heeft fouten; ",
                            "The last save (" + time + ") has errors; "))
                    .text(
                            good.isPresent()
                                    ? r.t(
                                            "de vorige goede versie blijft getoond.",
                                            "the previous good version is still served.")
                                    : r.t("er is nog geen goede versie.", "there is no good version yet."))
                    .raw("</strong>");
        } else {
            p.text(r.t("Gecontroleerd om " + time + ".", "Checked at " + time + "."));
        }
        p.raw("</p>");
        findings(p, r, s.findings());
    }

    private static void findings(Page p, Request r, Diagnostics findings) {
        if (findings.isEmpty()) {
            p.raw("<p>").text("Geen bevindingen.", "No findings.").raw("</p>");
            return;
        }
        p.raw("<ul class=\"findings\">");
        int n = 0;
        for (Diagnostic d : findings) {
            if (++n > 50) {
                p.raw("<li>")
                        .text(r.t("en nog " + (findings.size() - 50), "and " + (findings.size() - 50) + " more"))
                        .raw("</li>");
                break;
            }
            p.raw("<li><strong>")
                    .text(severity(r, d))
                    .raw("</strong> <code>")
                    .text(d.location().isRoot() ? "/" : d.location().toString())
                    .raw("</code>");
            if (d.line().isPresent()) {
                p.text(r.t(
                        " (regel " + d.line().getAsInt() + ")",
                        " (line " + d.line().getAsInt() + ")"));
            }
            p.text(": " + d.message(r.locale) + " ")
                    .raw("<code>")
                    .text(d.code())
                    .raw("</code></li>");
        }
        p.raw("</ul>");
    }

    private static String severity(Request r, Diagnostic d) {
        switch (d.severity()) {
            case ERROR:
            case FATAL:
                return r.t("fout", "error");
            case WARNING:
                return r.t("waarschuwing", "warning");
            default:
                return r.t("info", "info");
        }
    }
}
