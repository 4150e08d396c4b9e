/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.PlanGoal;
import io.github.careerguidance.core.plan.Recurrence;
import io.github.careerguidance.core.plan.RecurrencePeriod;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.plan.Signpost;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A plan as a page section for a person: goals, the actions in date order with their links and signposts, the
 * recurring obligations with their periods, and each review with a professional (when, how, with whom, what to
 * bring). The same markup is the body of the PDF, so it is well-formed XHTML: no void elements, every text escaped.
 */
final class PlanSection {
    /** The most periods of a recurring obligation listed one by one. */
    static final int MAX_PERIODS_SHOWN = 6;

    private PlanSection() {}

    /**
     * Appends the plan.
     *
     * @param p the page
     * @param plan an accepted plan (its dates resolved)
     * @param level the heading level of the section's title (2 on the outcome page, 1 in the PDF)
     */
    static void render(Page p, ActionPlan plan, int level) {
        Locale l = p.locale();
        String h = "h" + level;
        String h2 = "h" + (level + 1);
        String h3 = "h" + (level + 2);
        p.raw("<section class=\"plan-doc\" aria-labelledby=\"plan-title\"><" + h + " id=\"plan-title\">")
                .text("Je actieplan", "Your action plan")
                .raw("</" + h + ">");
        StringBuilder meta = new StringBuilder();
        plan.accepted()
                .or(plan::created)
                .ifPresent(d ->
                        meta.append(PlanWords.t(l, "Gemaakt op ", "Made on ")).append(PlanWords.date(d, l)));
        plan.horizonDate()
                .ifPresent(d -> meta.append(meta.length() > 0 ? "; " : "")
                        .append(PlanWords.t(l, "loopt tot ", "runs until "))
                        .append(PlanWords.date(d, l)));
        if (meta.length() > 0) {
            p.raw("<p class=\"plan-meta\">").text(meta + ".").raw("</p>");
        }
        if (!plan.goals().isEmpty()) {
            p.raw("<" + h2 + ">").text("Je doelen", "Your goals").raw("</" + h2 + "><ul class=\"plan-goals\">");
            for (PlanGoal g : plan.goals()) {
                p.raw("<li>").text(g.text().resolve(l)).raw("</li>");
            }
            p.raw("</ul>");
        }
        List<PlanAction> once = new ArrayList<>();
        List<PlanAction> recurring = new ArrayList<>();
        for (PlanAction a : plan.actions()) {
            (a.recurrence().isPresent() ? recurring : once).add(a);
        }
        once.sort(Comparator.comparing((PlanAction a) -> plan.dueDate(a).orElse(LocalDate.MAX)));
        p.raw("<" + h2 + ">").text("Wat je gaat doen", "What you will do").raw("</" + h2 + ">");
        if (once.isEmpty()) {
            p.raw("<p>")
                    .text("Geen losse acties in dit plan.", "No one-off actions in this plan.")
                    .raw("</p>");
        } else {
            p.raw("<ol class=\"plan-actions\">");
            for (PlanAction a : once) {
                p.raw("<li class=\"plan-action\"><" + h3 + ">")
                        .text(a.title().resolve(l))
                        .raw("</" + h3 + ">");
                Optional<LocalDate> due = plan.dueDate(a);
                p.raw("<p class=\"plan-due\">");
                if (due.isPresent()) {
                    p.text(PlanWords.t(l, "Uiterlijk: ", "Due: "))
                            .raw("<strong>")
                            .text(PlanWords.date(due.get(), l))
                            .raw("</strong>");
                } else {
                    p.text("Geen vaste datum", "No fixed date");
                }
                p.text(" (" + a.kind().label().resolve(l).toLowerCase(Locale.ROOT) + ")")
                        .raw("</p>");
                a.description().ifPresent(d -> p.raw("<p>").text(d.resolve(l)).raw("</p>"));
                signposts(p, a.signposts());
                p.raw("</li>");
            }
            p.raw("</ol>");
        }
        if (!recurring.isEmpty()) {
            p.raw("<" + h2 + ">")
                    .text("Wat steeds terugkomt", "What keeps coming back")
                    .raw("</" + h2 + ">");
            p.raw("<ul class=\"plan-actions plan-recurring\">");
            for (PlanAction a : recurring) {
                Recurrence r = a.recurrence().orElseThrow();
                p.raw("<li class=\"plan-action\"><" + h3 + ">")
                        .text(a.title().resolve(l))
                        .raw("</" + h3 + ">");
                p.raw("<p class=\"plan-due\"><strong>")
                        .text(PlanWords.recurrence(r, l))
                        .raw("</strong>. ")
                        .text(PlanWords.t(l, "Bewijs: ", "Evidence: ")
                                + r.evidence().resolve(l))
                        .raw("</p>");
                a.description().ifPresent(d -> p.raw("<p>").text(d.resolve(l)).raw("</p>"));
                List<RecurrencePeriod> periods = plan.recurrencePeriods(a);
                if (!periods.isEmpty()) {
                    p.raw("<ul class=\"plan-periods\">");
                    for (RecurrencePeriod period : periods.subList(0, Math.min(MAX_PERIODS_SHOWN, periods.size()))) {
                        p.raw("<li>")
                                .text(PlanWords.t(l, "Periode ", "Period ") + (period.index() + 1) + ": "
                                        + PlanWords.date(period.start(), l) + PlanWords.t(l, " t/m ", " to ")
                                        + PlanWords.date(period.end().minusDays(1), l))
                                .raw("</li>");
                    }
                    p.raw("</ul>");
                }
                r.citation()
                        .ifPresent(c -> p.raw("<p class=\"plan-source\">")
                                .text(PlanWords.t(l, "Bron: ", "Source: "))
                                .raw("<a")
                                .attr("href", c.url())
                                .attr("title", c.title())
                                .raw(">")
                                .text(c.title())
                                .raw("</a></p>"));
                signposts(p, a.signposts());
                p.raw("</li>");
            }
            p.raw("</ul>");
        }
        p.raw("<" + h2 + ">")
                .text("Gesprek met een professional", "Review with a professional")
                .raw("</" + h2 + ">");
        if (plan.reviews().isEmpty()) {
            p.raw("<p>")
                    .text(
                            "Er is nog geen gesprek gepland; vraag erom bij een adviseur.",
                            "No review is planned yet; ask an adviser for one.")
                    .raw("</p>");
        }
        for (Review review : plan.reviews()) {
            p.raw("<dl class=\"plan-review\"><dt>")
                    .text("Wanneer", "When")
                    .raw("</dt><dd>")
                    .text(plan.reviewDate(review)
                            .map(d -> PlanWords.date(d, l))
                            .orElse(review.when().toString()))
                    .raw("</dd><dt>")
                    .text("Met wie en hoe", "With whom and how")
                    .raw("</dt><dd>")
                    .text(review.professional()
                                    .map(w -> w.resolve(l))
                                    .orElse(PlanWords.t(l, "een professional", "a professional"))
                            + PlanWords.t(l, ", via ", ", by ")
                            + PlanWords.channel(review.channel(), l))
                    .raw("</dd><dt>")
                    .text("Wat je meeneemt", "What to bring")
                    .raw("</dt><dd>")
                    .text(review.prepare().resolve(l))
                    .raw("</dd></dl>");
        }
        p.raw("</section>");
    }

    private static void signposts(Page p, List<Signpost> signposts) {
        if (signposts.isEmpty()) {
            return;
        }
        p.raw("<ul class=\"plan-links\">");
        for (Signpost s : signposts) {
            String label = s.label().resolve(p.locale())
                    + s.provider().map(v -> " (" + v + ")").orElse("");
            p.raw("<li>");
            if (s.isHttps()) {
                // a title too: PDF/UA wants a text for every link annotation
                p.raw("<a")
                        .attr("href", s.url())
                        .attr("title", label)
                        .raw(">")
                        .text(label)
                        .raw("</a> <span class=\"plan-url\">")
                        .text(s.url())
                        .raw("</span>");
            } else {
                p.text(label);
            }
            p.raw("</li>");
        }
        p.raw("</ul>");
    }
}
