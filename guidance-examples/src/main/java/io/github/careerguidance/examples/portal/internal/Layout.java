/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.io.IOException;

/**
 * The frame around every HTML page: head, skip link, header with the menu and the language switch, the main part,
 * the contact panel beside it, and the footer.
 */
final class Layout {
    private Layout() {}

    /**
     * Puts a page's main part and contact panel in the frame and sends it.
     *
     * @param r the request
     * @param status the HTTP status
     * @param title the page title (the site name is added)
     * @param main the main part's markup
     * @param aside the contact panel's markup
     * @throws IOException when sending fails
     */
    static void send(Request r, int status, String title, String main, String aside) throws IOException {
        String path = r.ex.getRequestURI().getPath();
        boolean nl = "nl".equals(r.locale.getLanguage());
        Page p = new Page(r.locale);
        p.raw("<!DOCTYPE html>\n<html")
                .attr("lang", r.locale.getLanguage())
                .raw("><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .text(title + " - " + r.t("Loopbaanloket (voorbeeld)", "Career portal (example)"))
                .raw("</title><link rel=\"stylesheet\" href=\"/static/portal.css\">"
                        + "<link rel=\"stylesheet\" href=\"/static/plan.css\"></head><body>")
                .raw("<a class=\"skip-link\" href=\"#main\">")
                .text("Naar de inhoud", "Skip to content")
                .raw("</a>")
                .raw("<header class=\"site\"><p class=\"brand\"><a href=\"/\">")
                .text("Loopbaanloket", "Career portal")
                .raw("</a> <span>")
                .text(r.t("voorbeeldportaal van ", ""))
                .phrase("guidance", "en")
                .text(r.t("", " reference portal"))
                .raw("</span></p>")
                .raw("<nav")
                .attr("aria-label", r.t("Hoofdmenu", "Main menu"))
                .raw("><ul><li><a href=\"/\">")
                .text("Start", "Start")
                .raw("</a></li><li><a href=\"/step\">")
                .text("Mijn route", "My journey")
                .raw("</a></li><li><a href=\"/providers\">")
                .text("Aanbieders", "Providers")
                .raw("</a></li><li><a")
                .attr("href", langHref(path, nl ? "en" : "nl"))
                .attr("lang", nl ? "en" : "nl")
                .attr("hreflang", nl ? "en" : "nl")
                .raw(">")
                .text(nl ? "English" : "Nederlands")
                .raw("</a></li></ul></nav></header>")
                .raw("<div class=\"layout\"><main id=\"main\" tabindex=\"-1\">")
                .raw(r.banner)
                .raw(main)
                .raw("</main>")
                .raw(aside)
                .raw("</div><footer class=\"site\"><p>")
                .text(r.t("Een voorbeeld van de ", "An example of the "))
                .phrase("guidance SDK", "en")
                .text(r.t(". Verzonnen gegevens; geen echte organisatie.", ". Invented data; not a real organisation."))
                .raw(" <a href=\"/privacy\">")
                .text("Privacy", "Privacy")
                .raw("</a>")
                .raw("</p></footer></body></html>\n");
        Responses.html(r, status, p.toString());
    }

    /** The link to the same page in the other language; any other path (a form, a download) links to the start page. */
    private static String langHref(String path, String lang) {
        String known = switch (path) {
            case "/",
                    "/step",
                    "/outcome",
                    "/providers",
                    "/terugbellen",
                    "/adviseur",
                    "/privacy",
                    "/code",
                    "/resume",
                    "/erase",
                    "/followup" -> path;
            default -> "/";
        };
        return known + "?lang=" + lang;
    }
}
