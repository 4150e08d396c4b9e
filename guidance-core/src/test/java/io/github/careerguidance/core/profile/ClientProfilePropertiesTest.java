/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.careerguidance.core.competence.CompetenceProfile;
import io.github.careerguidance.core.competence.DimensionScore;
import io.github.careerguidance.core.json.GuidanceCodec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Property tests: generated profiles round-trip through JSON and YAML, and never show their values. */
class ClientProfilePropertiesTest {
    private static final List<String> WORDS = List.of(
            "Ik",
            "wil",
            "graag",
            "werken",
            "in",
            "de",
            "zorg",
            "met",
            "mensen",
            "buiten",
            "techniek",
            "leren",
            "omscholen",
            "één",
            "café",
            "\"citaat\"",
            "regel\nnieuw",
            "#1",
            "ja:");
    private static final List<String> OPTIONS = List.of(
            "zorg", "techniek", "onderwijs", "ict", "bouw", "logistiek", "horeca", "handel", "overheid", "cultuur");
    private static final List<String> INSTRUMENTS = List.of("caas-24", "caas-12", "cti", "kuijpers-loopbaan");
    private static final List<Locale> LANGUAGES = List.of(
            new Locale("nl"),
            Locale.ENGLISH,
            new Locale("fy"),
            new Locale("ar"),
            new Locale("tr"),
            new Locale("pl"),
            new Locale("uk"));

    private static <T> Gen<T> oneOf(List<T> values) {
        return integers().between(0, values.size() - 1).map(i -> values.get(i));
    }

    private static <T> Gen<Optional<T>> optional(T[] values) {
        return integers().between(-1, values.length - 1).map(i -> i < 0 ? Optional.<T>empty() : Optional.of(values[i]));
    }

    /** Free texts of 2-12 words with a marker that cannot occur in a redacted rendering. */
    static Gen<String> texts() {
        return lists().of(oneOf(WORDS))
                .ofSizeBetween(2, 12)
                .zip(integers().between(0, 99_999), (words, n) -> "antwoord-" + n + " " + String.join(" ", words));
    }

    static Gen<List<String>> optionLists() {
        return lists().of(oneOf(OPTIONS)).ofSizeBetween(1, 5).map(l -> new ArrayList<>(new LinkedHashSet<>(l)));
    }

    static Gen<Answer> answers() {
        Gen<Answer> text = texts().map(t -> Answer.text(t));
        Gen<Answer> number = integers()
                .between(-100_000, 100_000)
                .zip(integers().between(0, 4), (unscaled, scale) -> Answer.number(BigDecimal.valueOf(unscaled, scale)));
        Gen<Answer> choice = oneOf(OPTIONS).map(o -> Answer.choice(o));
        Gen<Answer> choices = optionLists().map(l -> Answer.choices(l));
        return text.mix(number).mix(choice).mix(choices);
    }

    static Gen<DimensionScore> dimensionScores() {
        return integers()
                .between(1, 12)
                .zip(integers().between(0, 6), integers().between(1, 5), (items, missing, value) -> {
                    int answered = Math.max(1, items - missing);
                    return DimensionScore.builder()
                            .answered(answered)
                            .itemCount(items)
                            .mean(value)
                            .sum((double) value * items)
                            .build();
                });
    }

    static Gen<CompetenceProfile> competenceProfiles() {
        return oneOf(INSTRUMENTS)
                .zip(
                        lists().of(dimensionScores()).ofSizeBetween(0, 4),
                        booleans().all(),
                        dimensionScores(),
                        (instrument, dims, withTotal, total) -> {
                            var builder = CompetenceProfile.builder()
                                    .instrument(instrument)
                                    .instrumentVersion("1.0")
                                    .framework(instrument.split("-")[0]);
                            for (int i = 0; i < dims.size(); i++) {
                                builder.putDimension("dimensie-" + i, dims.get(i));
                            }
                            if (withTotal) {
                                builder.total(total);
                            }
                            return builder.build();
                        });
    }

    static Gen<Region> regions() {
        Gen<Region> province =
                integers().between(0, Province.values().length - 1).map(i -> Region.province(Province.values()[i]));
        Gen<Region> labourMarket = oneOf(List.of("rijnmond", "Groot Amsterdam", "midden-utrecht", "Twente"))
                .map(Region::labourMarketRegion);
        return province.mix(labourMarket);
    }

    static Gen<ClientProfile> profiles() {
        Gen<ImmutableClientProfile.Builder> bands = optional(AgeBand.values())
                .zip(
                        optional(EducationLevel.values()),
                        optional(EmploymentSituation.values()),
                        (age, education, employment) -> ClientProfile.builder()
                                .ageBand(age)
                                .educationLevel(education)
                                .employment(employment));
        Gen<Optional<Region>> region =
                regions().map(Optional::of).mix(integers().all().map(i -> Optional.<Region>empty()));
        Gen<List<Consent>> consents =
                lists().of(oneOf(List.of(Consent.values()))).ofSizeBetween(0, 4);
        Gen<Optional<String>> goal = oneOf(List.of("", "looking-for-work", "must-retrain", "werkfit-traject"))
                .map(g -> g.isEmpty() ? Optional.<String>empty() : Optional.of(g));
        Gen<ImmutableClientProfile.Builder> base = bands.zip(
                region,
                consents,
                goal,
                oneOf(LANGUAGES),
                (b, r, c, g, language) -> b.region(r).consents(c).goal(g).preferredLanguage(language));
        return base.zip(
                lists().of(answers()).ofSizeBetween(0, 6),
                lists().of(competenceProfiles()).ofSizeBetween(0, 3),
                (b, answerList, scoreList) -> {
                    ClientProfile profile = b.build();
                    for (int i = 0; i < answerList.size(); i++) {
                        profile = profile.withAnswer("vraag-" + (i + 1), answerList.get(i));
                    }
                    for (CompetenceProfile scores : scoreList) {
                        profile = profile.withScores(scores);
                    }
                    return profile;
                });
    }

    @Test
    void generatedProfilesRoundTripThroughJsonAndYaml() {
        qt().withExamples(200).forAll(profiles()).checkAssert(profile -> {
            for (GuidanceCodec codec : List.of(GuidanceCodec.json(), GuidanceCodec.yaml())) {
                String text = codec.write(profile);
                assertThat(codec.read(text, ClientProfile.class).orElseThrow())
                        .as(text)
                        .isEqualTo(profile);
            }
        });
    }

    /** The only shape toString may have: presence markers and counts, so no value can appear in it. */
    private static final String REDACTED =
            "ClientProfile\\{ageBand=<(redacted|absent)>, educationLevel=<(redacted|absent)>,"
                    + " employment=<(redacted|absent)>, region=<(redacted|absent)>, preferredLanguage=<redacted>,"
                    + " goal=<(redacted|absent)>, consents=\\d, answers=\\d+, scores=\\d+}";

    @Test
    void toStringShowsNoAnswerTextOrChoice() {
        qt().withExamples(300).forAll(profiles()).checkAssert(profile -> {
            String text = profile.toString();
            assertThat(text)
                    .matches(REDACTED)
                    .endsWith(", consents=" + profile.consents().size() + ", answers="
                            + profile.answers().size() + ", scores="
                            + profile.scores().size() + "}");
            for (Answer answer : profile.answers().values()) {
                answer.text().ifPresent(t -> assertThat(text).doesNotContain(t).doesNotContain("antwoord-"));
                for (String option : answer.selectedOptions()) {
                    assertThat(text).doesNotContain(option);
                }
            }
            profile.region().ifPresent(r -> assertThat(text).doesNotContain(r.code()));
            profile.goal().ifPresent(g -> assertThat(text).doesNotContain(g));
            profile.answers().keySet().forEach(q -> assertThat(text).doesNotContain(q));
            profile.scores().keySet().forEach(i -> assertThat(text).doesNotContain(i));
        });
    }

    @Test
    void erasingAnyProfileGivesTheAnonymousProfile() {
        qt().withExamples(100).forAll(profiles()).checkAssert(profile -> {
            assertThat(profile.erase()).isEqualTo(ClientProfile.anonymous());
            assertThat(GuidanceCodec.json().write(profile.erase())).doesNotContain("answers", "consents", "region");
        });
    }
}
