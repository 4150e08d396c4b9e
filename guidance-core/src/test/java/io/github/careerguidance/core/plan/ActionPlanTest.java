/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example plans read clean, resolve their dates and recurrences, and change status immutably. */
class ActionPlanTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "io", "github", "careerguidance", "core", "plan");
    static final Path WERKLOOS = FIXTURES.resolve("werkloos-geworden-plan.yaml");
    static final Path VOORSTEL = FIXTURES.resolve("voorstel-zonder-acceptatie.json");

    static ActionPlan werkloos() {
        return ActionPlans.read(WERKLOOS).orElseThrow();
    }

    @Test
    void theWwPlanReadsCleanWithItsRecurringObligationAndReview() {
        ReadResult<ActionPlan> read = ActionPlans.read(WERKLOOS);
        assertThat(read.diagnostics().asList()).isEmpty();
        ActionPlan plan = read.orElseThrow();
        assertThat(plan.id()).isEqualTo("plan-2026-0142");
        assertThat(plan.intakeGoal()).isEqualTo("became-unemployed");
        assertThat(plan.accepted()).contains(LocalDate.of(2026, 12, 7));
        assertThat(plan.horizonDate()).contains(LocalDate.of(2027, 3, 1));

        PlanAction ww = plan.action("ww-sollicitaties").orElseThrow();
        assertThat(ww.kind()).isEqualTo(ActionKind.RECURRING_OBLIGATION);
        Recurrence duty = ww.recurrence().orElseThrow();
        assertThat(duty.count()).isEqualTo(4);
        assertThat(duty.period()).isEqualTo(Period.ofDays(28));
        assertThat(duty.describe()).isEqualTo("4 per P28D");
        assertThat(duty.citation().orElseThrow().url())
                .isEqualTo("https://www.uwv.nl/en/individuals/unemployment-benefit/when-receiving");
        assertThat(ww.status()).isEqualTo(ActionStatus.IN_PROGRESS);

        assertThat(plan.recurrencePeriods(ww))
                .extracting(RecurrencePeriod::start, RecurrencePeriod::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 12, 7), LocalDate.of(2027, 1, 4)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 1)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 1)));
        assertThat(plan.recurrencePeriods(ww)).allMatch(p -> p.required() == 4);

        assertThat(plan.dueDate(plan.action("cv-bijwerken").orElseThrow())).contains(LocalDate.of(2026, 12, 21));
        assertThat(plan.dueDate(plan.action("leerwerkloket").orElseThrow())).contains(LocalDate.of(2026, 12, 31));
        assertThat(plan.dueDate(ww)).isEmpty();

        Review review = plan.reviews().get(0);
        assertThat(review.channel()).isEqualTo(ContactChannel.VIDEO);
        assertThat(plan.reviewDate(review)).contains(LocalDate.of(2027, 1, 4));
        assertThat(review.professional().orElseThrow().resolve(new Locale("nl")))
                .isEqualTo("loopbaanadviseur");
        assertThat(plan.toString()).contains("plan-2026-0142", "actions=3").doesNotContain("cv");
    }

    @Test
    void relativeDatesWaitForAcceptance() {
        ActionPlan proposal = ActionPlans.read(VOORSTEL).orElseThrow();
        assertThat(proposal.accepted()).isEmpty();
        PlanAction evc = proposal.action("evc-aanvragen").orElseThrow();
        assertThat(proposal.dueDate(evc)).isEmpty();
        assertThat(proposal.reviewDate(proposal.reviews().get(0))).isEmpty();
        assertThat(proposal.horizonDate()).isEmpty();

        ActionPlan accepted = proposal.accept(LocalDate.of(2027, 1, 31));
        assertThat(accepted.version()).isEqualTo(2);
        assertThat(accepted.dueDate(evc)).contains(LocalDate.of(2027, 2, 28)); // P1M from 31 January
        assertThat(accepted.reviewDate(accepted.reviews().get(0))).contains(LocalDate.of(2027, 3, 14));
        assertThat(accepted.horizonDate()).contains(LocalDate.of(2027, 7, 31));
        assertThat(proposal.accepted()).isEmpty();
    }

    @Test
    void withStatusAppendsADatedChangeAndKeepsTheVersion() {
        ActionPlan plan = werkloos();
        ActionPlan done = plan.withStatus("cv-bijwerken", ActionStatus.IN_PROGRESS, LocalDate.of(2026, 12, 9))
                .withStatus("cv-bijwerken", ActionStatus.DONE, LocalDate.of(2026, 12, 9));
        assertThat(done.version()).isEqualTo(1);
        assertThat(done.status("cv-bijwerken")).contains(ActionStatus.DONE);
        assertThat(done.action("cv-bijwerken").orElseThrow().history())
                .containsExactly(
                        StatusChange.of(ActionStatus.IN_PROGRESS, LocalDate.of(2026, 12, 9)),
                        StatusChange.of(ActionStatus.DONE, LocalDate.of(2026, 12, 9)));
        assertThat(plan.status("cv-bijwerken")).contains(ActionStatus.NOT_STARTED);
        assertThat(ActionPlans.check(done).asList()).isEmpty();
        assertThat(done.nextVersion().version()).isEqualTo(2);
        assertThat(done.nextVersion().actions()).isEqualTo(done.actions());
        assertThat(plan.status("onbekend")).isEmpty();
    }

    @Test
    void withStatusRefusesUnknownActionsIllegalChangesAndEarlierDates() {
        ActionPlan plan = werkloos();
        assertThatThrownBy(() -> plan.withStatus("onbekend", ActionStatus.DONE, LocalDate.of(2026, 12, 9)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("onbekend");
        ActionPlan done = plan.withStatus("cv-bijwerken", ActionStatus.DONE, LocalDate.of(2026, 12, 10));
        assertThatThrownBy(() -> done.withStatus("cv-bijwerken", ActionStatus.IN_PROGRESS, LocalDate.of(2026, 12, 11)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("done")
                .hasMessageContaining("in-progress");
        assertThatThrownBy(() -> plan.withStatus("ww-sollicitaties", ActionStatus.DONE, LocalDate.of(2026, 12, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026-12-08");
    }

    @Test
    void statusTransitionsFollowTheTable() {
        List<String> legal = new java.util.ArrayList<>();
        for (ActionStatus from : ActionStatus.values()) {
            for (ActionStatus to : ActionStatus.values()) {
                if (from.canBecome(to)) {
                    legal.add(from.code() + ">" + to.code());
                }
            }
        }
        assertThat(legal)
                .containsExactly(
                        "not-started>in-progress",
                        "not-started>done",
                        "not-started>no-longer-relevant",
                        "in-progress>done",
                        "in-progress>no-longer-relevant");
        assertThat(ActionStatus.DONE.isFinal()).isTrue();
        assertThat(ActionStatus.IN_PROGRESS.isFinal()).isFalse();
    }

    @Test
    void enumsHaveStableLowercaseCodes() {
        assertThat(List.of(ActionKind.values()).stream().map(ActionKind::code).collect(Collectors.toList()))
                .containsExactly("task", "learning", "application", "contact", "recurring-obligation");
        assertThat(ActionKind.fromCode("RECURRING_OBLIGATION")).isEqualTo(ActionKind.RECURRING_OBLIGATION);
        assertThat(ActionStatus.fromCode("No-Longer-Relevant")).isEqualTo(ActionStatus.NO_LONGER_RELEVANT);
        assertThatThrownBy(() -> ActionKind.fromCode("klus")).hasMessageContaining("recurring-obligation");
        assertThat(ActionKind.TASK.label().resolve(new Locale("nl"))).isEqualTo("Taak");
        assertThat(ActionStatus.DONE.label().resolve(Locale.ENGLISH)).isEqualTo("Done");
    }

    @Test
    void planDatesParseDatesAndPeriodsAndRefuseOthers() {
        assertThat(PlanDate.parse("P4W")).isEqualTo(PlanDate.afterAcceptance(Period.ofDays(28)));
        assertThat(PlanDate.parse("P4W").toString()).isEqualTo("P28D");
        assertThat(PlanDate.parse(" 2026-12-21 ")).isEqualTo(PlanDate.of(LocalDate.of(2026, 12, 21)));
        assertThat(PlanDate.parse("P1M").resolve(LocalDate.of(2027, 1, 31))).contains(LocalDate.of(2027, 2, 28));
        assertThat(PlanDate.parse("P0D").resolve(LocalDate.of(2027, 1, 31))).contains(LocalDate.of(2027, 1, 31));
        assertThat(PlanDate.parse("P999999999Y").resolve(LocalDate.of(2027, 1, 31)))
                .isEmpty();
        assertThatThrownBy(() -> PlanDate.parse("P-3D"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> PlanDate.parse("over twee weken"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P14D");
        assertThatThrownBy(() -> PlanDate.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(GuidanceCodec.json().write(PlanDate.parse("P2W"))).isEqualTo("\"P14D\"");
    }

    @Test
    void signpostsKnowWhetherTheyAreHttps() {
        assertThat(Signpost.of(io.github.careerguidance.core.text.LocalizedText.of("a", "a"), "https://www.werk.nl/")
                        .isHttps())
                .isTrue();
        for (String bad : List.of(
                "http://www.werk.nl/", "https://", "www.werk.nl", "javascript:alert(1)", "https://werk nl/", "")) {
            assertThat(Signpost.of(io.github.careerguidance.core.text.LocalizedText.of("a", "a"), bad)
                            .isHttps())
                    .as(bad)
                    .isFalse();
        }
    }
}
