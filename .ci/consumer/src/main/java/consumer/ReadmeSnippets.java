/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package consumer;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.ScoringResult;
import io.github.careerguidance.core.contact.ContactChannel;
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
        System.out.println("README snippets: core, journeys and quality ran as the README says");
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
            expect(pe.equals("Only 40 of 75 pe-points from 2021-06-01 until 2025-05-31"), "NOLOC-RL-PE said: " + pe);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void expect(boolean condition, String failure) {
        if (!condition) {
            System.err.println("consumer check failed: " + failure);
            System.exit(1);
        }
    }
}
