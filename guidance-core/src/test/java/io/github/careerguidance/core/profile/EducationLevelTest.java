/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.profile.internal.LevelTable;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EducationLevelTest {
    private static final String NUFFIC =
            "https://www.nuffic.nl/en/education-systems/netherlands/qualification-frameworks";

    @Test
    void everyLevelIsClassifiedWithLabelsInDutchAndEnglish() {
        for (EducationLevel level : EducationLevel.values()) {
            assertThat(level.nlqf()).as(level.code()).isBetween(0, 8);
            assertThat(level.label().missing(List.of(new Locale("nl"), Locale.ENGLISH)))
                    .as(level.code())
                    .isEmpty();
            if (level.isNlqfEntryLevel()) {
                assertThat(level.eqf()).as(level.code()).isEmpty();
            } else {
                assertThat(level.eqf())
                        .as("NLQF 1-8 line up with EQF 1-8: " + level.code())
                        .hasValue(level.nlqf());
            }
        }
    }

    @Test
    void publishedNlqfClassification() {
        assertThat(EducationLevel.NONE.isNlqfEntryLevel()).isTrue();
        assertThat(EducationLevel.NONE.nlqfLabel()).isEqualTo("entry");
        assertThat(EducationLevel.ENTREEOPLEIDING.nlqf()).isEqualTo(1);
        assertThat(EducationLevel.VMBO_BB.nlqf()).isEqualTo(1);
        assertThat(EducationLevel.VMBO_KB.nlqf()).isEqualTo(2);
        assertThat(EducationLevel.VMBO_GL_TL.nlqf()).isEqualTo(2);
        assertThat(EducationLevel.MBO_2.nlqf()).isEqualTo(2);
        assertThat(EducationLevel.MBO_3.nlqf()).isEqualTo(3);
        assertThat(EducationLevel.MBO_4.eqf()).hasValue(4);
        assertThat(EducationLevel.HAVO.nlqf()).isEqualTo(4);
        assertThat(EducationLevel.VWO.nlqfLabel()).isEqualTo("4+");
        assertThat(EducationLevel.VWO.eqf()).hasValue(4);
        assertThat(EducationLevel.ASSOCIATE_DEGREE.nlqf()).isEqualTo(5);
        assertThat(EducationLevel.BACHELOR.nlqf()).isEqualTo(6);
        assertThat(EducationLevel.MASTER.nlqf()).isEqualTo(7);
        assertThat(EducationLevel.DOCTORATE.eqf()).hasValue(8);
        assertThat(EducationLevel.MASTER.nlqfLabel()).isEqualTo("7");
    }

    @Test
    void classificationIsCitedAndItsLimitsAreStated() {
        assertThat(EducationLevel.classificationCitations())
                .extracting(Citation::url)
                .containsExactly(NUFFIC);
        assertThat(EducationLevel.classificationNote()).contains("verify").contains("modelling choice");
    }

    @Test
    void codes() {
        assertThat(EducationLevel.fromCode("mbo-1")).isEqualTo(EducationLevel.ENTREEOPLEIDING);
        assertThat(EducationLevel.fromCode("VMBO_GL_TL")).isEqualTo(EducationLevel.VMBO_GL_TL);
        assertThat(EducationLevel.fromCode("Havo")).isEqualTo(EducationLevel.HAVO);
        assertThatThrownBy(() -> EducationLevel.fromCode("mbo-5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mbo-5'")
                .hasMessageContaining("doctorate");
        for (EducationLevel level : EducationLevel.values()) {
            assertThat(EducationLevel.fromCode(level.code())).isEqualTo(level);
        }
    }

    @Test
    void brokenOrMissingClassificationIsAPackagingBug() {
        Class<?> loader = getClass();
        assertThatThrownBy(() -> LevelTable.load("io/github/careerguidance/core/profile/broken-levels.yaml", loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken")
                .hasMessageContaining("entry level has no EQF level");
        assertThatThrownBy(() -> LevelTable.load("io/github/careerguidance/core/profile/none.yaml", loader))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing");
    }
}
