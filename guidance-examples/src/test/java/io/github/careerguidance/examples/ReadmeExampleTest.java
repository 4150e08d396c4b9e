package io.github.careerguidance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.ScoringResult;
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
import io.github.careerguidance.core.diagnostics.JsonPointer;
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
        assertThat(scored.diagnostics().withCode("core.competence.item-out-of-range").asList())
                .singleElement()
                .satisfies(d -> assertThat(d.location()).isEqualTo(JsonPointer.of("responses", "concern-2")));

        // Read a document; a missing or wrong-typed field is reported with its JSON Pointer.
        ReadResult<ClientProfile> read = GuidanceCodec.json().read("{\"ageBand\": 42}", ClientProfile.class);
        read.diagnostics().forEach(System.out::println);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList().get(0).location()).isEqualTo(JsonPointer.of("ageBand"));
    }
}
