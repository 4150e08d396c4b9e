/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package consumer;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.ScoringResult;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.intake.IntakeGoal;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.core.readiness.ReadinessModel;
import io.github.careerguidance.core.readiness.SafetyNet;
import io.github.careerguidance.core.readiness.SafetyNetOutcome;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.authoring.JourneyBuilder;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.PlanProgress;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.handover.HandoverFormat;
import io.github.careerguidance.journeys.handover.HandoverRouter;
import io.github.careerguidance.journeys.handover.RouteQuery;
import io.github.careerguidance.journeys.handover.RoutingTable;
import io.github.careerguidance.journeys.handover.desk.HandoverDesk;
import io.github.careerguidance.journeys.handover.desk.HandoverResult;
import io.github.careerguidance.journeys.handover.sink.InMemoryHandoverSink;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * The README's code snippets, as a consumer application runs them: a copy, kept in step with README.md by hand
 * (guidance-examples' ReadmeExampleTest keeps the README itself compiling inside the build). Each method names the
 * README section it comes from. Run by .ci/consumer-test in fresh Maven projects that import only guidance-bom.
 * Exits 1 with a message when a result is not what the README says.
 */
public final class ReadmeSnippets {
    private ReadmeSnippets() {}

    public static void main(String[] args) throws Exception {
        core();
        journeys();
        quality();
        plans();
        System.out.println("README snippets: core, journeys, quality and plans ran as the README says");
    }

    /** README section "## guidance-core" (the first code block). */
    static void core() {
        // Route a visitor: their reason for coming, a privacy-minded profile, and the support they need.
        IntakeGoal goal = IntakeCatalogue.builtIn().find("looking-for-work").orElseThrow();
        ClientProfile profile = ClientProfile.builder()
                .goal(goal.code())
                .ageBand(AgeBand.AGE_23_29)
                .educationLevel(EducationLevel.MBO_4)
                .build();
        SupportLevel level = ReadinessModel.standard().route(ReadinessAssessment.of(0.8, 0.2)); // SELF_HELP
        expect(level == SupportLevel.SELF_HELP, "readiness route gave " + level);
        level = SafetyNet.apply(level, SafetyNetOutcome.STRUGGLING);                            // BRIEF_STAFF_ASSISTED
        expect(level == SupportLevel.BRIEF_STAFF_ASSISTED, "safety net gave " + level);
        expect(!profile.toString().contains("looking-for-work"), "profile.toString() shows the goal");

        // Score an instrument; bad responses become diagnostics, never exceptions.
        ScoringResult scored = CompetenceModels.caas12Structure().score(Map.of("concern-1", 4, "concern-2", 9));
        scored.diagnostics().forEach(d -> System.out.println(d.render(Locale.ENGLISH)));
        expect(!scored.diagnostics().withCode("core.competence.item-out-of-range").isEmpty(),
                "no item-out-of-range diagnostic for concern-2 = 9");

        // Read a document; a missing or wrong-typed field is reported with its JSON Pointer.
        ReadResult<ClientProfile> read = GuidanceCodec.json().read("{\"ageBand\": 42}", ClientProfile.class);
        read.diagnostics().forEach(System.out::println);
        expect(!read.isSuccessful(), "{\"ageBand\": 42} was accepted");
        expect(read.diagnostics().asList().get(0).render(Locale.ENGLISH).contains("/ageBand"),
                "the diagnostic does not point at /ageBand: " + read.diagnostics());
    }

    /** README section "## guidance-journeys" (the first code block). */
    static void journeys() {
        Journey journey = JourneyBuilder.journey("zoek-werk", "1.0.0")
                .title("Ik zoek werk", "I am looking for work")
                .goals("looking-for-work")
                .locales("nl", "en")
                .question("q-situatie", s -> s.phase(CasvePhase.COMMUNICATION)
                        .title("Jouw situatie", "Your situation")
                        .singleChoice("Wat past het best bij jou?", "What fits you best?")
                        .choice("werk", "Ik heb werk", "I have a job")
                        .choice("geen-werk", "Ik heb geen werk", "I have no job")
                        .when(Condition.equalTo(Operand.answer("q-situatie"), "geen-werk"), "contact")
                        .next("einde"))
                .contact("contact", s -> s.phase(CasvePhase.COMMUNICATION)
                        .title("Praat met een adviseur", "Talk to an adviser")
                        .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                        .channels(ContactChannel.CHAT, ContactChannel.PHONE)
                        .next("einde"))
                .outcome("einde", s -> s.phase(CasvePhase.EXECUTION)
                        .title("Je plan", "Your plan")
                        .plan("Je weet wat je volgende stap is.", "You know your next step."))
                .build();
        Diagnostics found = JourneyChecker.ofDefaults().check(journey);
        found.forEach(d -> System.out.println(d.render(Locale.ENGLISH)));
        expect(found.isSuccessful(), "the README journey has errors: " + found);
        expect(!found.withCode("journeys.policy.no-professional-reflection").isEmpty(),
                "no journeys.policy.no-professional-reflection warning");
        String yaml = JourneyFormat.yaml().write(journey);   // JourneyFormat.yaml().read(yaml) gives it back
        expect(JourneyFormat.yaml().read(yaml).orElseThrow().equals(journey), "the YAML round trip changed the journey");
    }

    /** README section "## guidance-quality" (the code block; the registration file written first). */
    static void quality() throws Exception {
        Path file = Files.createTempFile("adviseur", ".yaml");
        try {
            Files.writeString(file, String.join("\n",
                    "reference: \"2026-0043\"",
                    "professionals:",
                    "  - id: adviseur-2",
                    "    registrations:",
                    "      - {scheme: noloc-rl, registerNumber: \"RL-2001\", status: active,",
                    "         validFrom: 2021-06-01, validUntil: 2025-05-31}",
                    "    cpd:",
                    "      - {from: 2021-06-01, until: 2025-05-31, pePoints: 40}"), StandardCharsets.UTF_8);
            Registration registration = GuidanceCodec.yaml().read(file, Registration.class).orElseThrow();
            QualityReport report = QualityChecker.builtIn().check(registration, "noloc-rl", LocalDate.of(2026, 11, 28));
            for (SchemeResult scheme : report.schemes()) {
                for (RuleResult rule : scheme.rules()) {
                    System.out.println(rule.verdict() + " " + rule.ruleId() + ": " + rule.explanation().resolve(Locale.ENGLISH));
                }
            }
            expect(report.verdict() == Verdict.FAIL, "overall verdict " + report.verdict());
            String pe = report.scheme("noloc-rl").get(0).rule("NOLOC-RL-PE").orElseThrow()
                    .explanation().resolve(Locale.ENGLISH);
            expect(pe.equals("Only 40 of 75 PE points from 2021-06-01 until 2025-05-31 (scheme noloc-rl, version 2021.1)"), "NOLOC-RL-PE said: " + pe);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** README section "## After the journey: plans, follow-up and handover". */
    static void plans() {
        ClientProfile client = ClientProfile.builder().goal("became-unemployed").ageBand(AgeBand.AGE_45_54)
                .educationLevel(EducationLevel.MBO_3).employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT).build();
        Map<String, Answer> answers = Map.of("q-gevoel", Answer.number(4), "q-werkvorm", Answer.choice("contract"),
                "q-ww", Answer.choice("aangevraagd"), "q-richting", Answer.choice("zelfde"),
                "q-vangnet", Answer.choice("ja"), "q-keuze", Answer.choice("solliciteren"),
                "q-lukt", Answer.choice("ja"));
        // illustrative only: one invented desk for the invented region "noord"
        RoutingTable routingTable = HandoverFormat.yaml().readRoutingTable("contactPoints:\n"
                + "  - {id: loket-noord, name: {nl: Loket Noord (voorbeeld), en: Desk North (example)},"
                + " channels: [phone], hours: {weekly: {MONDAY: [{start: \"09:00\", end: \"17:00\"}],"
                + " TUESDAY: [{start: \"09:00\", end: \"17:00\"}], WEDNESDAY: [{start: \"09:00\", end: \"17:00\"}]}},"
                + " supportLevels: [self-help, brief-staff-assisted]}\n"
                + "pc4: {\"9711\": noord}\nregions: {noord: [loket-noord]}\nnationalDefault: [loket-noord]\n")
                .orElseThrow();

        // --- the README snippet ---
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        JourneyEngine unemployed = JourneyEngine.compiler().clock(clock)
                .compile(ReferenceJourneys.byId("became-unemployed").orElseThrow());
        Session session = walk(unemployed, client, answers);
        ActionPlan plan = unemployed.view(session, clock.instant()).plan().orElseThrow();
        PlanAction duty = plan.action("ww-sollicitaties").orElseThrow();
        Review review = plan.reviews().get(0);

        JourneyEngine followUp = JourneyEngine.compile(ReferenceJourneys.followUpOf(unemployed.journey()).orElseThrow());
        Session review4 = followUp.startFollowUp(client, plan.accept(LocalDate.of(2026, 12, 7)), LocalDate.of(2027, 1, 4));
        PlanProgress progress = followUp.progress(review4).orElseThrow();

        InMemoryHandoverSink sink = new InMemoryHandoverSink(clock);
        HandoverDesk desk = HandoverDesk.of(unemployed, HandoverRouter.of(routingTable)).withSink(sink);
        HandoverResult handover = desk.after(unemployed.requestContact(session), ContactChannel.PHONE,
                RouteQuery.builder().postcode("9711 AB").build()).orElseThrow();
        // --- end of the snippet ---

        expect(duty.kind() == ActionKind.RECURRING_OBLIGATION && duty.recurrence().orElseThrow().count() == 4,
                "the WW duty is not 4 per period: " + duty);
        expect(duty.recurrence().orElseThrow().citation().isPresent(), "the WW duty has no citation");
        expect(review.when().date().equals(java.util.Optional.of(LocalDate.of(2027, 1, 4))),
                "the review is not in 4 weeks: " + review.when());
        expect(progress.planId().equals(plan.id()), "the follow-up reviews another plan");
        expect(handover.isHandedOver() && sink.requests().size() == 1, "no handover in the sink: " + handover);
    }

    /** Walks a session to its outcome with scripted answers (the README's {@code walk}). */
    static Session walk(JourneyEngine engine, ClientProfile client, Map<String, Answer> answers) {
        Session s = engine.start(client);
        for (int i = 0; i < 60 && !s.completed(); i++) {
            Step step = engine.journey().step(s.step()).orElseThrow();
            SessionResult r;
            if (step.kind() == StepKind.QUESTION) {
                r = engine.answer(s, step.id(), answers.get(step.id()));
            } else if (step.kind() == StepKind.ASSESSMENT) {
                Map<String, Integer> responses = new java.util.HashMap<>();
                CompetenceModels.caas24Structure().items().forEach(item -> responses.put(item.id(), 4));
                r = engine.assess(s, step.id(), responses);
            } else {
                r = engine.proceed(s, step.id());
            }
            expect(r.isAccepted(), step.id() + ": " + r);
            s = r.session();
        }
        return s;
    }

    static void expect(boolean condition, String failure) {
        if (!condition) {
            System.err.println("consumer check failed: " + failure);
            System.exit(1);
        }
    }
}
