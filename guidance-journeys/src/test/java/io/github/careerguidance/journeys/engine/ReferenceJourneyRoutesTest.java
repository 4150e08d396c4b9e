/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Routes through the reference journeys as real clients would take them: narrowing, escalation, outcomes. */
class ReferenceJourneyRoutesTest {
    private static final Instant NOW = Instant.parse("2026-03-30T08:00:00Z");
    private static final JourneyEngine STUDY =
            JourneyEngine.compile(ReferenceJourneys.byId("first-time-study").orElseThrow());

    private static final JourneyEngine UNEMPLOYED =
            JourneyEngine.compile(ReferenceJourneys.byId("became-unemployed").orElseThrow());

    private static final JourneyEngine SWITCHING =
            JourneyEngine.compile(ReferenceJourneys.byId("switching-careers").orElseThrow());

    private static final JourneyEngine RETURNING =
            JourneyEngine.compile(ReferenceJourneys.byId("returning-to-work").orElseThrow());

    private static final ClientProfile EMPLOYED_VMBO_48 = ClientProfile.builder()
            .ageBand(AgeBand.AGE_45_54)
            .educationLevel(EducationLevel.VMBO_KB)
            .employment(EmploymentSituation.EMPLOYED)
            .goal("switching-careers")
            .build();

    private static final ClientProfile ZZP_BACHELOR_35 = ClientProfile.builder()
            .ageBand(AgeBand.AGE_30_44)
            .educationLevel(EducationLevel.BACHELOR)
            .employment(EmploymentSituation.SELF_EMPLOYED)
            .goal("switching-careers")
            .build();

    private static final ClientProfile BIJSTAND_VMBO_40 = ClientProfile.builder()
            .ageBand(AgeBand.AGE_30_44)
            .educationLevel(EducationLevel.VMBO_BB)
            .employment(EmploymentSituation.SOCIAL_ASSISTANCE)
            .goal("returning-to-work")
            .build();

    private static final ClientProfile CARER_MBO_52 = ClientProfile.builder()
            .ageBand(AgeBand.AGE_45_54)
            .educationLevel(EducationLevel.MBO_4)
            .employment(EmploymentSituation.NOT_IN_LABOUR_FORCE)
            .goal("returning-to-work")
            .build();

    private static final ClientProfile WW_VMBO_50 = ClientProfile.builder()
            .ageBand(AgeBand.AGE_45_54)
            .educationLevel(EducationLevel.VMBO_KB)
            .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
            .goal("became-unemployed")
            .build();

    private static final ClientProfile NO_BENEFIT_MASTER = ClientProfile.builder()
            .ageBand(AgeBand.AGE_30_44)
            .educationLevel(EducationLevel.MASTER)
            .employment(EmploymentSituation.UNEMPLOYED_WITHOUT_BENEFIT)
            .goal("became-unemployed")
            .build();

    private static final ClientProfile HAVO_16 = ClientProfile.builder()
            .ageBand(AgeBand.AGE_12_17)
            .educationLevel(EducationLevel.HAVO)
            .employment(EmploymentSituation.STUDENT)
            .goal("first-time-study")
            .build();

    private static final ClientProfile MBO_19 = ClientProfile.builder()
            .ageBand(AgeBand.AGE_18_22)
            .educationLevel(EducationLevel.MBO_4)
            .employment(EmploymentSituation.STUDENT)
            .goal("first-time-study")
            .build();

    /** Walks to a step: proceeds, answers the given answers and fills in every self-test with the middle value. */
    static Session walkTo(JourneyEngine engine, Session start, String target, Map<String, Answer> answers) {
        Session s = start;
        for (int i = 0; i < 40 && !s.step().equals(target); i++) {
            Step step = engine.journey().step(s.step()).orElseThrow();
            SessionResult r;
            switch (step.kind()) {
                case QUESTION:
                    assertThat(answers).as("answer for %s", step.id()).containsKey(step.id());
                    r = engine.answer(s, step.id(), answers.get(step.id()));
                    break;
                case ASSESSMENT: {
                    Instrument instrument = engine.view(s, NOW).instrument().orElseThrow();
                    Map<String, Integer> responses = new LinkedHashMap<>();
                    for (Item item : instrument.items()) {
                        responses.put(item.id(), 3);
                    }
                    r = engine.assess(s, step.id(), responses);
                    break;
                }
                default:
                    r = engine.proceed(s, step.id());
            }
            assertThat(r.isAccepted()).as("%s: %s", s.step(), r).isTrue();
            s = r.session();
        }
        assertThat(s.step()).isEqualTo(target);
        return s;
    }

    static List<String> contentIds(JourneyEngine engine, Session s) {
        return engine.view(s, NOW).content().stream().map(ContentItem::id).collect(Collectors.toList());
    }

    @Test
    void aHavoPupilWithoutADirectionGetsInterestsAShortlistAndTheWordToTalkAtHome() {
        Session s = STUDY.start(HAVO_16);
        assertThat(contentIds(STUDY, s)).containsExactly("intro", "jong");
        s = walkTo(
                STUDY,
                s,
                "info-opleidingen",
                Map.of(
                        "q-richting", Answer.choice("geen-idee"),
                        "q-lastig", Answer.choice("anderen")));
        assertThat(contentIds(STUDY, s))
                .containsExactly("studiekeuze123", "havo-vwo", "interesses", "kort-lijstje", "anderen");
        assertThat(STUDY.view(s, NOW).content().get(0).url()).isPresent();
    }

    @Test
    void anMboStudentWhoAlmostKnowsGetsTheMboLevelAndARealityCheck() {
        Session s = STUDY.start(MBO_19);
        assertThat(contentIds(STUDY, s)).containsExactly("intro");
        s = walkTo(
                STUDY,
                s,
                "info-opleidingen",
                Map.of(
                        "q-richting", Answer.choice("duidelijk"),
                        "q-lastig", Answer.choice("niets")));
        assertThat(contentIds(STUDY, s)).containsExactly("studiekeuze123", "mbo", "check-keuze");
    }

    @Test
    void tooMuchChoiceAloneAlsoLeadsToAShortlist() {
        Session s = walkTo(
                STUDY,
                STUDY.start(MBO_19),
                "info-opleidingen",
                Map.of(
                        "q-richting", Answer.choice("duidelijk"),
                        "q-lastig", Answer.choice("te-veel-keus")));
        assertThat(contentIds(STUDY, s)).containsExactly("studiekeuze123", "mbo", "kort-lijstje", "check-keuze");
    }

    @Test
    void notFindingWhatYouNeedBringsTheDecaanAndThenTheConversation() {
        Session s = walkTo(
                STUDY,
                STUDY.start(HAVO_16),
                "contact-decaan",
                Map.of(
                        "q-richting", Answer.choice("een-paar"),
                        "q-lastig", Answer.choice("wat-wil-ik"),
                        "q-vangnet", Answer.choice("nee")));
        assertThat(s.supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        s = STUDY.proceed(s, "contact-decaan").orElseThrow();
        assertThat(s.step()).isEqualTo("gesprek");
        assertThat(STUDY.view(s, NOW).reflection().orElseThrow().withProfessional())
                .isTrue();
    }

    @Test
    void theQuickRouteEndsInAStudyPlanAndBeingStuckInAReferral() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("q-richting", Answer.choice("duidelijk"));
        answers.put("q-lastig", Answer.choice("niets"));
        answers.put("q-vangnet", Answer.choice("ja"));
        answers.put("q-keuze", Answer.choice("ja"));
        answers.put("q-lukt", Answer.choice("ja"));
        Session plan = walkTo(STUDY, STUDY.start(MBO_19), "plan", answers);
        assertThat(plan.completed()).isTrue();
        assertThat(plan.path()).contains("gesprek", "actie-open-dag", "actie-aanmelden");

        answers.put("q-lukt", Answer.choice("nee"));
        Session referral = walkTo(STUDY, STUDY.start(MBO_19), "verwijzing", answers);
        assertThat(referral.completed()).isTrue();
        assertThat(referral.path()).contains("contact-begeleiding");
        assertThat(referral.supportLevel()).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
    }

    @Test
    void feelingBadOrNotKnowingWhatToArrangeBringsAnAdviserBeforeTheFirstSteps() {
        Session low = walkTo(
                UNEMPLOYED, UNEMPLOYED.start(WW_VMBO_50), "contact-regelen", Map.of("q-gevoel", Answer.number(2)));
        assertThat(low.path()).containsExactly("welkom", "q-gevoel");
        assertThat(UNEMPLOYED.proceed(low, "contact-regelen").orElseThrow().step())
                .isEqualTo("info-eerste-stappen");
        // the linter's empty-information finding (#17): a client sent straight to contact skipped q-ww and q-werkvorm
        assertThat(contentIds(
                        UNEMPLOYED, UNEMPLOYED.proceed(low, "contact-regelen").orElseThrow()))
                .contains("waar-beginnen");

        Session fine =
                walkTo(UNEMPLOYED, UNEMPLOYED.start(WW_VMBO_50), "q-werkvorm", Map.of("q-gevoel", Answer.number(3)));
        assertThat(fine.step()).isEqualTo("q-werkvorm");

        Session lost = walkTo(
                UNEMPLOYED,
                UNEMPLOYED.start(NO_BENEFIT_MASTER),
                "contact-regelen",
                Map.of(
                        "q-gevoel", Answer.number(4),
                        "q-werkvorm", Answer.choice("contract"),
                        "q-ww", Answer.choice("weet-niet")));
        assertThat(lost.supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
    }

    @Test
    void theFirstStepsAreNarrowedToBenefitAndWayOfWorking() {
        Session notYet = walkTo(
                UNEMPLOYED,
                UNEMPLOYED.start(NO_BENEFIT_MASTER),
                "info-eerste-stappen",
                Map.of(
                        "q-gevoel", Answer.number(4),
                        "q-werkvorm", Answer.choice("zelfstandig"),
                        "q-ww", Answer.choice("nog-niet")));
        assertThat(contentIds(UNEMPLOYED, notYet))
                .containsExactly("ww-aanvragen", "ww-plichten", "versnipperd", "geen-uitkering");

        Session onWw = walkTo(
                UNEMPLOYED,
                UNEMPLOYED.start(WW_VMBO_50),
                "info-eerste-stappen",
                Map.of(
                        "q-gevoel", Answer.number(3),
                        "q-werkvorm", Answer.choice("contract"),
                        "q-ww", Answer.choice("aangevraagd")));
        assertThat(contentIds(UNEMPLOYED, onWw)).containsExactly("ww-plichten");
        assertThat(UNEMPLOYED.view(onWw, NOW).content().get(0).text().texts().get("nl"))
                .contains("4 weken minstens 4", "Werkmap", "elke maand");
    }

    @Test
    void theOptionsAreNarrowedToDirectionEducationAndWayOfWorking() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("q-gevoel", Answer.number(5));
        answers.put("q-werkvorm", Answer.choice("contract"));
        answers.put("q-ww", Answer.choice("aangevraagd"));
        answers.put("q-richting", Answer.choice("zelfde"));
        Session same = walkTo(UNEMPLOYED, UNEMPLOYED.start(WW_VMBO_50), "info-opties", answers);
        assertThat(contentIds(UNEMPLOYED, same)).containsExactly("werk-nl", "zelfde-werk", "leerwerkloket");

        answers.put("q-werkvorm", Answer.choice("zelfstandig"));
        answers.put("q-richting", Answer.choice("weet-niet"));
        Session unsure = walkTo(UNEMPLOYED, UNEMPLOYED.start(NO_BENEFIT_MASTER), "info-opties", answers);
        assertThat(contentIds(UNEMPLOYED, unsure)).containsExactly("werk-nl", "kort-lijstje", "zelfstandig");
    }

    @Test
    void theChoiceLeadsToAPlanTheLeerwerkloketOrPersonalSupport() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("q-gevoel", Answer.number(4));
        answers.put("q-werkvorm", Answer.choice("flex"));
        answers.put("q-ww", Answer.choice("aangevraagd"));
        answers.put("q-richting", Answer.choice("iets-anders"));
        answers.put("q-vangnet", Answer.choice("ja"));
        answers.put("q-keuze", Answer.choice("solliciteren"));
        answers.put("q-lukt", Answer.choice("ja"));
        Session plan = walkTo(UNEMPLOYED, UNEMPLOYED.start(WW_VMBO_50), "plan", answers);
        assertThat(plan.completed()).isTrue();
        assertThat(plan.path()).contains("actie-regelen", "gesprek", "actie-netwerk", "actie-solliciteren");

        answers.put("q-keuze", Answer.choice("omscholen"));
        Session retrain = walkTo(UNEMPLOYED, UNEMPLOYED.start(WW_VMBO_50), "verwijzing-leerwerkloket", answers);
        assertThat(retrain.completed()).isTrue();
        assertThat(retrain.path()).contains("gesprek").doesNotContain("actie-solliciteren");

        answers.put("q-keuze", Answer.choice("nog-niet"));
        Session support = walkTo(UNEMPLOYED, UNEMPLOYED.start(WW_VMBO_50), "verwijzing", answers);
        assertThat(support.path()).contains("gesprek", "contact-begeleiding");
        assertThat(support.supportLevel()).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
    }

    @Test
    void aSwitcherWhoseTradeIsChangingGetsAShortlistTheLeerwerkloketEvcAndADevelopmentPlan() {
        Session s = SWITCHING.start(EMPLOYED_VMBO_48);
        assertThat(contentIds(SWITCHING, s)).containsExactly("intro", "in-dienst");
        s = walkTo(
                SWITCHING,
                s,
                "info-opties",
                Map.of(
                        "q-aanleiding", Answer.choice("vak-verandert"),
                        "q-richting", Answer.choice("geen-idee"),
                        "q-meenemen", Answer.number(4)));
        assertThat(s.supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
        assertThat(contentIds(SWITCHING, s))
                .containsExactly(
                        "kort-lijstje",
                        "leerwerkloket",
                        "evc",
                        "zonder-startkwalificatie",
                        "ontwikkelplan",
                        "vak-verandert");
        assertThat(SWITCHING.view(s, NOW).content().get(1).text().texts().get("nl"))
                .contains("35", "gratis en onafhankelijk");

        Session zzp = walkTo(
                SWITCHING,
                SWITCHING.start(ZZP_BACHELOR_35),
                "info-opties",
                Map.of(
                        "q-aanleiding", Answer.choice("past-niet"),
                        "q-richting", Answer.choice("duidelijk"),
                        "q-meenemen", Answer.number(2)));
        assertThat(contentIds(SWITCHING, SWITCHING.start(ZZP_BACHELOR_35))).containsExactly("intro");
        assertThat(contentIds(SWITCHING, zzp))
                .containsExactly("check-keuze", "leerwerkloket", "ontwikkelplan", "zelfstandig");
    }

    @Test
    void workThatIsTooHeavyOrNotFindingWhatYouNeedBringsAnAdviserBeforeTheConversation() {
        Session heavy = walkTo(
                SWITCHING,
                SWITCHING.start(EMPLOYED_VMBO_48),
                "contact-adviseur-eerst",
                Map.of("q-aanleiding", Answer.choice("te-zwaar")));
        assertThat(heavy.path()).containsExactly("welkom", "q-aanleiding");
        assertThat(heavy.supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(SWITCHING
                        .proceed(heavy, "contact-adviseur-eerst")
                        .orElseThrow()
                        .step())
                .isEqualTo("q-richting");

        Session lost = walkTo(
                SWITCHING,
                SWITCHING.start(ZZP_BACHELOR_35),
                "contact-adviseur",
                Map.of(
                        "q-aanleiding", Answer.choice("nieuwsgierig"),
                        "q-richting", Answer.choice("een-paar"),
                        "q-meenemen", Answer.number(3),
                        "q-vangnet", Answer.choice("nee")));
        assertThat(lost.supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        lost = SWITCHING.proceed(lost, "contact-adviseur").orElseThrow();
        assertThat(lost.step()).isEqualTo("gesprek");
        assertThat(SWITCHING.view(lost, NOW).reflection().orElseThrow().withProfessional())
                .isTrue();
    }

    @Test
    void aSwitchEndsInAPlanTheLeerwerkloketOrPersonalSupport() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("q-aanleiding", Answer.choice("past-niet"));
        answers.put("q-richting", Answer.choice("duidelijk"));
        answers.put("q-meenemen", Answer.number(4));
        answers.put("q-vangnet", Answer.choice("ja"));
        answers.put("q-keuze", Answer.choice("overstappen"));
        answers.put("q-lukt", Answer.choice("ja"));
        Session plan = walkTo(SWITCHING, SWITCHING.start(EMPLOYED_VMBO_48), "plan", answers);
        assertThat(plan.completed()).isTrue();
        assertThat(plan.path()).contains("zelftest", "gesprek", "actie-proberen", "actie-solliciteren");
        assertThat(plan.supportLevel()).isEqualTo(SupportLevel.SELF_HELP);

        answers.put("q-keuze", Answer.choice("leren"));
        Session learn = walkTo(SWITCHING, SWITCHING.start(EMPLOYED_VMBO_48), "verwijzing-leerwerkloket", answers);
        assertThat(learn.completed()).isTrue();
        assertThat(learn.path()).contains("gesprek").doesNotContain("actie-proberen");

        answers.put("q-keuze", Answer.choice("overstappen"));
        answers.put("q-lukt", Answer.choice("nee"));
        Session stuck = walkTo(SWITCHING, SWITCHING.start(ZZP_BACHELOR_35), "verwijzing", answers);
        assertThat(stuck.completed()).isTrue();
        assertThat(stuck.path()).contains("gesprek", "actie-solliciteren", "contact-begeleiding");
        assertThat(stuck.supportLevel()).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
    }

    @Test
    void littleConfidenceAfterABreakBringsAnAdviserAtOnceAndSmallFirstSteps() {
        Session low = walkTo(
                RETURNING,
                RETURNING.start(CARER_MBO_52),
                "contact-steun",
                Map.of(
                        "q-reden", Answer.choice("zorg"),
                        "q-duur", Answer.choice("2-tot-5-jaar"),
                        "q-vertrouwen", Answer.number(2)));
        assertThat(low.path()).containsExactly("welkom", "q-reden", "q-duur", "q-vertrouwen");
        assertThat(low.supportLevel()).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        Session after = walkTo(RETURNING, low, "info-opties", Map.of("q-richting", Answer.choice("zelfde")));
        assertThat(contentIds(RETURNING, after))
                .containsExactly("werk-nl", "pauze-op-cv", "kleine-stappen", "zorg-combineren");

        Session fine = walkTo(
                RETURNING,
                RETURNING.start(CARER_MBO_52),
                "q-richting",
                Map.of(
                        "q-reden", Answer.choice("zorg"),
                        "q-duur", Answer.choice("tot-2-jaar"),
                        "q-vertrouwen", Answer.number(3)));
        assertThat(fine.path()).doesNotContain("contact-steun");
        assertThat(fine.supportLevel()).isEqualTo(SupportLevel.SELF_HELP);
    }

    @Test
    void theReturnIsNarrowedToBenefitHealthLengthOfBreakAndDirection() {
        Session s = RETURNING.start(BIJSTAND_VMBO_40);
        assertThat(contentIds(RETURNING, s)).containsExactly("intro", "uitkering");
        s = walkTo(
                RETURNING,
                s,
                "info-opties",
                Map.of(
                        "q-reden", Answer.choice("gezondheid"),
                        "q-duur", Answer.choice("langer"),
                        "q-vertrouwen", Answer.number(4),
                        "q-richting", Answer.choice("weet-niet")));
        assertThat(contentIds(RETURNING, s))
                .containsExactly("werk-nl", "pauze-op-cv", "bijscholen", "kort-lijstje", "gezondheid");
        assertThat(RETURNING.view(s, NOW).content().get(2).url()).contains("https://www.leerwerkloket.nl/about-us");

        assertThat(contentIds(RETURNING, RETURNING.start(CARER_MBO_52))).containsExactly("intro");
        Session sure = walkTo(
                RETURNING,
                RETURNING.start(CARER_MBO_52),
                "info-opties",
                Map.of(
                        "q-reden", Answer.choice("anders"),
                        "q-duur", Answer.choice("tot-2-jaar"),
                        "q-vertrouwen", Answer.number(5),
                        "q-richting", Answer.choice("zelfde")));
        assertThat(contentIds(RETURNING, sure)).containsExactly("werk-nl", "pauze-op-cv");
    }

    @Test
    void theReturnEndsInAPlanTheLeerwerkloketOrCaseManagedSupport() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("q-reden", Answer.choice("zorg"));
        answers.put("q-duur", Answer.choice("2-tot-5-jaar"));
        answers.put("q-vertrouwen", Answer.number(4));
        answers.put("q-richting", Answer.choice("zelfde"));
        answers.put("q-vangnet", Answer.choice("deels"));
        answers.put("q-keuze", Answer.choice("solliciteren"));
        answers.put("q-lukt", Answer.choice("ja"));
        Session plan = walkTo(RETURNING, RETURNING.start(CARER_MBO_52), "plan", answers);
        assertThat(plan.completed()).isTrue();
        assertThat(plan.path()).contains("gesprek", "actie-netwerk", "actie-solliciteren");

        answers.put("q-keuze", Answer.choice("eerst-leren"));
        Session learn = walkTo(RETURNING, RETURNING.start(BIJSTAND_VMBO_40), "verwijzing-leerwerkloket", answers);
        assertThat(learn.completed()).isTrue();
        assertThat(learn.path()).contains("gesprek").doesNotContain("actie-netwerk");

        answers.put("q-keuze", Answer.choice("nog-niet"));
        Session undecided = walkTo(RETURNING, RETURNING.start(BIJSTAND_VMBO_40), "verwijzing", answers);
        assertThat(undecided.completed()).isTrue();
        assertThat(undecided.path()).contains("gesprek", "contact-begeleiding").doesNotContain("actie-netwerk");
        assertThat(undecided.supportLevel()).isEqualTo(SupportLevel.INDIVIDUAL_CASE_MANAGED);
    }
}
