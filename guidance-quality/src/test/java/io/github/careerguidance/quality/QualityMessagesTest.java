/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.quality.internal.QualityMessages;
import org.junit.jupiter.api.Test;

class QualityMessagesTest {
    @Test
    void everyCodeHasADutchAndEnglishTemplateInTheQualityNamespace() {
        assertThat(QualityMessages.BUNDLE.codes()).isNotEmpty().allMatch(c -> c.startsWith("quality."));
        assertThat(QualityMessages.BUNDLE.incompleteCodes()).isEmpty();
    }
}
