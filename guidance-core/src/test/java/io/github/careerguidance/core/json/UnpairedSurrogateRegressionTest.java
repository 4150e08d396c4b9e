/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression for a fuzzing finding (JourneyFuzzTest#sessionResume, crash-adc04850): a field name with an unpaired
 * surrogate went into a diagnostic's message, whose LocalizedText refused it with an IllegalArgumentException, so
 * the read threw instead of failing. Now MessageBundle shows the character as U+FFFD (in messages and arguments) for every module.
 */
class UnpairedSurrogateRegressionTest {
    @Test
    void anUnknownFieldNamedWithAnUnpairedSurrogateIsADiagnosticNotAnException() {
        String text = "{\"title\": \"x\", \"url\": \"https://a.nl\", \"ti\uD800tle\": 1}";
        ReadResult<Citation> read = GuidanceCodec.json().read(text, Citation.class);
        assertThat(read.isSuccessful()).isFalse();
        Diagnostic d = read.diagnostics().iterator().next();
        assertThat(d.code()).isEqualTo("core.json.unknown-property");
        assertThat(d.message(Locale.ENGLISH)).contains("ti\uFFFDtle");
    }

    @Test
    void aDuplicateKeyAndALoneLowSurrogateToo() {
        ReadResult<Map> dup = GuidanceCodec.json().read("{\"\uDC00a\": 1, \"\uDC00a\": 2}", Map.class);
        assertThat(dup.diagnostics().iterator().next().code()).isEqualTo("core.json.duplicate-key");
        assertThat(dup.diagnostics().iterator().next().message(Locale.ENGLISH)).contains("\uFFFDa");
        ReadResult<Map> yaml = GuidanceCodec.yaml().read("a: 1\n\uD83D: 2\n\uD83D: 3\n", Map.class);
        assertThat(yaml.isSuccessful()).isFalse();
    }
}
