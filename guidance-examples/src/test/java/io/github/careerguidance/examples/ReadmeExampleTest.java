package io.github.careerguidance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.ScoringResult;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
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
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import io.github.careerguidance.quality.registration.Registration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The guidance-core snippet of README.md, kept compiling and true. Keep the two in step. */
class ReadmeExampleTest {
    @Test
    void readmeCoreSnippet() {
        // Route a visitor: their reason for coming, a privacy-minded profile, and the support they need.
        IntakeGoal goal = IntakeCatalogue.builtIn().find("looking-for-work").orElseThrow();
        ClientProfile profile = ClientProfile.builder()
                .goal(goal.code())
                .ageBand(AgeBand.AGE_23_29)
                .educationLevel(EducationLevel.MBO_4)
                .build();
        SupportLevel level = ReadinessModel.standard().route(ReadinessAssessment.of(0.8, 0.2)); // SELF_HELP
        assertThat(level).isEqualTo(SupportLevel.SELF_HELP);
        level = SafetyNet.apply(level, SafetyNetOutcome.STRUGGLING); // BRIEF_STAFF_ASSISTED
        assertThat(level).isEqualTo(SupportLevel.BRIEF_STAFF_ASSISTED);
        assertThat(profile.toString()).doesNotContain("looking-for-work");

        // Score an instrument; bad responses become diagnostics, never exceptions.
        ScoringResult scored = CompetenceModels.caas12Structure().score(Map.of("concern-1", 4, "concern-2", 9));
        scored.diagnostics().forEach(d -> System.out.println(d.render(Locale.ENGLISH)));
        assertThat(scored.diagnostics()
                        .withCode("core.competence.item-out-of-range")
                        .asList())
                .singleElement()
                .satisfies(d -> assertThat(d.location()).isEqualTo(JsonPointer.of("responses", "concern-2")));

        // Read a document; a missing or wrong-typed field is reported with its JSON Pointer.
        ReadResult<ClientProfile> read = GuidanceCodec.json().read("{\"ageBand\": 42}", ClientProfile.class);
        read.diagnostics().forEach(System.out::println);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList().get(0).location()).isEqualTo(JsonPointer.of("ageBand"));
    }

    @Test
    void readmeQualitySnippet() {
        String yaml = String.join(
                "\n",
                "reference: \"2026-0043\"",
                "professionals:",
                "  - id: adviseur-2",
                "    registrations:",
                "      - {scheme: noloc-rl, registerNumber: \"RL-2001\", status: active,",
                "         validFrom: 2021-06-01, validUntil: 2025-05-31}",
                "    cpd:",
                "      - {from: 2021-06-01, until: 2025-05-31, pePoints: 40}");
        Registration registration =
                GuidanceCodec.yaml().read(yaml, Registration.class).orElseThrow();
        QualityReport report = QualityChecker.builtIn().check(registration, "noloc-rl", LocalDate.of(2026, 11, 28));
        for (SchemeResult scheme : report.schemes()) {
            for (RuleResult rule : scheme.rules()) {
                System.out.println(rule.verdict() + " " + rule.ruleId() + ": "
                        + rule.explanation().resolve(Locale.ENGLISH));
            }
        }
        // FAIL NOLOC-RL-VALID: ... expired ...   FAIL NOLOC-RL-PE: Only 40 of 75 PE points from 2021-06-01 until
        // 2025-05-31 (scheme noloc-rl, version 2021.1)
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        SchemeResult rl = report.scheme("noloc-rl").get(0);
        assertThat(rl.rule("NOLOC-RL-VALID").orElseThrow().verdict()).isEqualTo(Verdict.FAIL);
        assertThat(rl.rule("NOLOC-RL-PE").orElseThrow().explanation().resolve(Locale.ENGLISH))
                .isEqualTo(
                        "Only 40 of 75 PE points from 2021-06-01 until 2025-05-31 (scheme noloc-rl, version 2021.1)");
        assertThat(rl.rule("NOLOC-RL-PE").orElseThrow().citations()).isNotEmpty();
    }

    @Test
    void readmeJourneysSnippet() {
        Journey journey = JourneyBuilder.journey("zoek-werk", "1.0.0")
                .title("Ik zoek werk", "I am looking for work")
                .goals("looking-for-work")
                .locales("nl", "en")
                .question(
                        "q-situatie",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Jouw situatie", "Your situation")
                                .singleChoice("Wat past het best bij jou?", "What fits you best?")
                                .choice("werk", "Ik heb werk", "I have a job")
                                .choice("geen-werk", "Ik heb geen werk", "I have no job")
                                .when(Condition.equalTo(Operand.answer("q-situatie"), "geen-werk"), "contact")
                                .next("einde"))
                .contact(
                        "contact",
                        s -> s.phase(CasvePhase.COMMUNICATION)
                                .title("Praat met een adviseur", "Talk to an adviser")
                                .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                                .channels(ContactChannel.CHAT, ContactChannel.PHONE)
                                .next("einde"))
                .outcome(
                        "einde",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Je plan", "Your plan")
                                .plan("Je weet wat je volgende stap is.", "You know your next step."))
                .build();
        Diagnostics found = JourneyChecker.ofDefaults().check(journey);
        found.forEach(d -> System.out.println(d.render(Locale.ENGLISH)));
        // WARNING journeys.policy.path-too-short at /start: The quickest route to an outcome ('einde') takes 2 steps,
        // ...
        // WARNING journeys.policy.no-professional-reflection at /steps/2: Outcome 'einde' can be reached without a
        // reflection with a professional
        assertThat(found.isSuccessful()).isTrue();
        assertThat(found.withCode("journeys.policy.no-professional-reflection").isEmpty())
                .isFalse();

        String yaml = JourneyFormat.yaml().write(journey); // and JourneyFormat.yaml().read(...) back
        assertThat(JourneyFormat.yaml().read(yaml).orElseThrow()).isEqualTo(journey);
        Journey reference = ReferenceJourneys.byId("looking-for-work").orElseThrow();
        assertThat(JourneyChecker.ofDefaults().check(reference).isEmpty()).isTrue();
    }
}
