/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.competence.DimensionScore;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClientProfileTest {
    private final GuidanceCodec json = GuidanceCodec.json();

    static CompetenceProfile caas() {
        DimensionScore concern = DimensionScore.builder()
                .sum(22)
                .mean(22 / 6.0)
                .answered(6)
                .itemCount(6)
                .build();
        DimensionScore control = DimensionScore.builder()
                .sum(18)
                .mean(3.6)
                .answered(5)
                .itemCount(6)
                .build();
        return CompetenceProfile.builder()
                .instrument("caas-24")
                .instrumentVersion("2.0")
                .framework("caas")
                .putDimension("concern", concern)
                .putDimension("control", control)
                .build();
    }

    static ClientProfile sanne() {
        return ClientProfile.builder()
                .ageBand(AgeBand.ofAge(27))
                .educationLevel(EducationLevel.MBO_4)
                .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
                .region(Region.province(Province.UTRECHT))
                .goal("became-unemployed")
                .build()
                .withConsent(Consent.STORE_SESSION)
                .withAnswer("motieven-1", Answer.text("Ik wil iets betekenen voor ouderen in de wijk"))
                .withAnswer("sector", Answer.choices("zorg", "welzijn"))
                .withAnswer("uren", Answer.number(32))
                .withScores(caas());
    }

    @Test
    void defaultsAreAnonymousAndDutch() {
        ClientProfile empty = ClientProfile.builder().build();
        assertThat(empty).isEqualTo(ClientProfile.anonymous());
        assertThat(empty.isAnonymous()).isTrue();
        assertThat(empty.preferredLanguage()).isEqualTo(new Locale("nl"));
        assertThat(empty.ageBand()).isEmpty();
        assertThat(empty.consents()).isEmpty();
        assertThat(empty.answers()).isEmpty();
        assertThat(empty.scores()).isEmpty();
        assertThat(empty.answer("q1")).isEmpty();
    }

    @Test
    void convenienceCopiesLeaveTheOriginalUnchanged() {
        ClientProfile profile = sanne();
        assertThat(profile.answers()).containsOnlyKeys("motieven-1", "sector", "uren");
        assertThat(profile.answer("uren")).contains(Answer.number(32));
        assertThat(profile.scores()).containsOnlyKeys("caas-24");
        assertThat(profile.hasConsent(Consent.STORE_SESSION)).isTrue();

        ClientProfile changed = profile.withAnswer("uren", Answer.number(24))
                .withoutAnswer("sector")
                .withConsent(Consent.CONTACT_BY_PROFESSIONAL)
                .withoutConsent(Consent.STORE_SESSION);
        assertThat(changed.answer("uren")).contains(Answer.number(24));
        assertThat(changed.answer("sector")).isEmpty();
        assertThat(changed.consents()).containsExactly(Consent.CONTACT_BY_PROFESSIONAL);
        assertThat(profile.answer("uren")).contains(Answer.number(32));
        assertThat(profile.consents()).containsExactly(Consent.STORE_SESSION);
        assertThat(profile.withConsent(Consent.STORE_SESSION)).isEqualTo(profile);
        assertThat(profile.withoutAnswer("unknown")).isEqualTo(profile);

        CompetenceProfile rescored = CompetenceProfile.builder()
                .from(caas())
                .dimensions(java.util.Map.of())
                .build();
        assertThat(profile.withScores(rescored).scores())
                .containsEntry("caas-24", rescored)
                .hasSize(1);
    }

    @Test
    void goalCodesReferToTheCatalogue() {
        ClientProfile profile = sanne();
        assertThat(IntakeCatalogue.builtIn().find(profile.goal().orElseThrow())).isPresent();
        assertThatThrownBy(() -> ClientProfile.builder().goal("Ik zoek werk").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("goal");
    }

    @Test
    void invalidFieldsAreRejected() {
        assertThatThrownBy(() -> sanne().withAnswer("", Answer.number(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("question id");
        assertThatThrownBy(() -> sanne().withAnswer("q 1", Answer.number(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'q 1'");
        assertThatThrownBy(() -> ClientProfile.builder().putScore("cti", caas()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key 'cti' holds scores of 'caas-24'");
        assertThatThrownBy(() ->
                        ClientProfile.builder().preferredLanguage(Locale.UK).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'en-GB'");
    }

    @Test
    void eraseLeavesNothingButDefaults() {
        ClientProfile erased = sanne().withConsent(Consent.RESEARCH_ANONYMISED).erase();
        assertThat(erased).isEqualTo(ClientProfile.anonymous());
        assertThat(erased.isAnonymous()).isTrue();
        assertThat(erased.consents()).isEmpty();
        assertThat(erased.goal()).isEmpty();
        assertThat(erased.region()).isEmpty();
        assertThat(json.write(erased).replaceAll("\\s", "")).isEqualTo("{\"preferredLanguage\":\"nl\"}");
    }

    @Test
    void toStringIsRedacted() {
        ClientProfile profile = sanne();
        String text = profile.toString();
        assertThat(text)
                .isEqualTo(
                        "ClientProfile{ageBand=<redacted>, educationLevel=<redacted>, employment=<redacted>,"
                                + " region=<redacted>, preferredLanguage=<redacted>, goal=<redacted>, consents=1, answers=3, scores=1}");
        for (String value : new String[] {
            "23-29",
            "mbo-4",
            "MBO_4",
            "unemployed",
            "NL-UT",
            "Utrecht",
            "became",
            "store-session",
            "motieven",
            "ouderen",
            "zorg",
            "welzijn",
            "32",
            "caas",
            "concern",
            "22"
        }) {
            assertThat(text).as(value).doesNotContain(value);
        }
        assertThat(ClientProfile.anonymous().toString()).contains("ageBand=<absent>", "answers=0");
    }

    @Test
    void hasNoFieldForIdentifyingData() {
        for (Method method : ClientProfile.class.getMethods()) {
            String name = method.getName().toLowerCase(Locale.ROOT);
            assertThat(Arrays.asList("name", "address", "postcode", "birth", "bsn", "email", "mail", "phone"))
                    .as(method.getName())
                    .noneMatch(name::contains);
        }
        ReadResult<ClientProfile> read = json.read("{\"bsn\": \"123456782\"}", ClientProfile.class);
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().asList().get(0).code()).isEqualTo("core.json.unknown-property");
    }

    @Test
    void readsAHandWrittenDocument() {
        String document = "{\n"
                + "  \"ageBand\": \"23-29\",\n"
                + "  \"educationLevel\": \"mbo-4\",\n"
                + "  \"employment\": \"unemployed-with-benefit\",\n"
                + "  \"region\": {\"kind\": \"province\", \"code\": \"NL-UT\"},\n"
                + "  \"goal\": \"became-unemployed\",\n"
                + "  \"consents\": [\"store-session\"],\n"
                + "  \"answers\": {\n"
                + "    \"motieven-1\": {\"kind\": \"text\", \"text\": \"Ik wil iets betekenen voor ouderen in de wijk\"},\n"
                + "    \"sector\": {\"kind\": \"choices\", \"choices\": [\"zorg\", \"welzijn\"]},\n"
                + "    \"uren\": {\"kind\": \"number\", \"number\": 32.0}\n"
                + "  },\n"
                + "  \"scores\": {\"caas-24\": " + json.write(caas()) + "}\n"
                + "}";
        assertThat(json.read(document, ClientProfile.class).orElseThrow()).isEqualTo(sanne());
    }

    private Diagnostic firstError(String document) {
        ReadResult<ClientProfile> read = json.read(document, ClientProfile.class);
        assertThat(read.isSuccessful()).as(document).isFalse();
        assertThat(read.diagnostics().hasErrors()).isTrue();
        return read.diagnostics().asList().get(0);
    }

    @Test
    void badDocumentsGiveDiagnosticsNamingTheJsonPath() {
        Diagnostic ageBand = firstError("{\"ageBand\": 42}");
        assertThat(ageBand.location()).isEqualTo(JsonPointer.of("ageBand"));
        assertThat(ageBand.code()).isIn("core.json.wrong-type", "core.json.invalid-value");

        Diagnostic number = firstError("{\"answers\": {\"q1\": {\"kind\": \"number\", \"number\": \"abc\"}}}");
        assertThat(number.location()).isEqualTo(JsonPointer.of("answers", "q1", "number"));
        assertThat(number.code()).isEqualTo("core.json.wrong-type");

        Diagnostic province = firstError("{\"region\": {\"kind\": \"province\", \"code\": \"NL-XX\"}}");
        assertThat(province.location()).isEqualTo(JsonPointer.of("region"));
        assertThat(province.code()).isEqualTo("core.json.invalid-value");
        assertThat(province.message(Locale.ENGLISH)).contains("NL-XX");

        Diagnostic missingKind = firstError("{\"answers\": {\"q1\": {\"text\": \"hallo daar\"}}}");
        assertThat(missingKind.location()).isEqualTo(JsonPointer.of("answers", "q1", "kind"));
        assertThat(missingKind.code()).isEqualTo("core.json.missing-property");

        Diagnostic nullAnswer = firstError("{\"answers\": {\"q1\": null}}");
        assertThat(nullAnswer.location()).isEqualTo(JsonPointer.of("answers", "q1"));
        assertThat(firstError("{\"consents\": [null]}").location()).isEqualTo(JsonPointer.of("consents", "0"));

        Diagnostic consents = firstError("{\"consents\": \"store-session\"}");
        assertThat(consents.location()).isEqualTo(JsonPointer.of("consents"));

        Diagnostic consent = firstError("{\"consents\": [\"store-session\", \"marketing\"]}");
        assertThat(consent.location()).isEqualTo(JsonPointer.of("consents", "1"));

        Diagnostic education = firstError("{\"educationLevel\": \"mbo-5\"}");
        assertThat(education.location()).isEqualTo(JsonPointer.of("educationLevel"));
        assertThat(education.message(Locale.ENGLISH)).contains("mbo-5");

        Diagnostic employment = firstError("{\"employment\": [\"employed\"]}");
        assertThat(employment.location()).isEqualTo(JsonPointer.of("employment"));

        Diagnostic score = firstError("{\"scores\": {\"caas-24\": {\"instrument\": \"caas-24\"}}}");
        assertThat(score.location().toString()).startsWith("/scores/caas-24/");
        assertThat(score.code()).isEqualTo("core.json.missing-property");

        // Checks across the whole profile are located at the document; the message names the field.
        Diagnostic language = firstError("{\"preferredLanguage\": \"en-GB\"}");
        assertThat(language.code()).isEqualTo("core.json.invalid-value");
        assertThat(language.message(Locale.ENGLISH)).contains("preferredLanguage", "en-GB");
        assertThat(firstError("{\"preferredLanguage\": 42}").message(Locale.ENGLISH))
                .contains("preferredLanguage");
        assertThat(firstError("{\"preferredLanguage\": \"und\"}").message(Locale.ENGLISH))
                .contains("preferredLanguage");
        assertThat(firstError("{\"answers\": {\"q 1\": {\"kind\": \"text\", \"text\": \"hallo daar\"}}}")
                        .message(Locale.ENGLISH))
                .contains("question id", "'q 1'");

        Diagnostic nullChoice =
                firstError("{\"answers\": {\"q1\": {\"kind\": \"choices\", \"choices\": [\"a\", null]}}}");
        assertThat(nullChoice.location()).isEqualTo(JsonPointer.of("answers", "q1", "choices", "1"));

        Diagnostic hugeNumber = firstError("{\"answers\": {\"q1\": {\"kind\": \"number\", \"number\": 1e999999999}}}");
        assertThat(hugeNumber.location()).isEqualTo(JsonPointer.of("answers", "q1"));
        assertThat(hugeNumber.code()).isEqualTo("core.json.invalid-value");
    }
}
