/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * The privacy page ({@code GET /privacy}, linked from every page's footer): what the portal keeps about a visitor,
 * where, and for how long (the retention period of {@code serve --retention-days}).
 */
final class PrivacyPage {
    private final Duration retention;
    private final ContactPanel panel;

    PrivacyPage(Duration retention, ContactPanel panel) {
        this.retention = retention;
        this.panel = panel;
    }

    /** The retention period in words: whole days, else hours. */
    static String period(Request r, Duration retention) {
        long days = retention.toDays();
        if (days >= 1 && retention.equals(Duration.ofDays(days))) {
            return days + (days == 1 ? r.t(" dag", " day") : r.t(" dagen", " days"));
        }
        long hours = Math.max(1, retention.toHours());
        return hours + (hours == 1 ? r.t(" uur", " hour") : r.t(" uur", " hours"));
    }

    /** Shows the page. */
    void show(Request r) throws IOException {
        String period = period(r, retention);
        Page p = new Page(r.locale);
        p.raw("<h1>").text("Privacy", "Privacy").raw("</h1>");
        p.raw("<h2>")
                .text("Wat we bewaren", "What we keep")
                .raw("</h2><p>")
                .text(
                        "Je antwoorden en de stappen van je route, onder een willekeurige code in een cookie van deze browser. "
                                + "Je naam of adres vragen we niet.",
                        "Your answers and the steps of your journey, under a random code in a cookie of this browser. "
                                + "We do not ask for your name or address.")
                .raw("</p><h2>")
                .text("Hoe lang", "How long")
                .raw("</h2><p>")
                .text(r.t(
                        "Een route die je " + period
                                + " niet hebt gebruikt, wordt gewist. Staat er in je plan een datum"
                                + " om terug te kijken, dan bewaren we je route tot " + period
                                + " na die datum, zodat je"
                                + " dan verder kunt. We ruimen elke dag op.",
                        "A journey you have not used for " + period + " is erased. If your plan has a date to look"
                                + " back, we keep your journey until " + period + " after that date, so you can"
                                + " continue then. We clean up every day."))
                .raw("</p><h2>")
                .text("Beveiliging", "Security")
                .raw("</h2><p>")
                .text(
                        "Elk antwoord is opgeslagen voordat je de volgende pagina ziet. Formulieren zijn beschermd tegen "
                                + "misbruik door andere websites.",
                        "Every answer is stored before you see the next page. Forms are protected against misuse by "
                                + "other websites.")
                .raw("</p>");
        Layout.send(r, 200, r.t("Privacy", "Privacy"), p.toString(), panel.aside(r, Optional.empty(), false));
    }
}
