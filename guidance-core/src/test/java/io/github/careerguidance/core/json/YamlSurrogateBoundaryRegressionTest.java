package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Regression: snakeyaml-engine 3.0.1 (Jackson 3.3.0's YAML parser) threw IndexOutOfBoundsException when an emoji's
 * surrogate pair straddled its 1024-character buffer. Found by FoundationPropertiesTest; fixed by pinning
 * snakeyaml-engine 3.2, with GuidanceCodec reporting any such parser defect as a diagnostic.
 */
class YamlSurrogateBoundaryRegressionTest {
    @Test
    void emojiAtEveryPositionAroundTheBufferBoundaryRoundTrips() {
        GuidanceCodec yaml = GuidanceCodec.yaml();
        for (int pad = 990; pad < 1060; pad++) {
            LocalizedText text = LocalizedText.of("t" + "x".repeat(pad) + "\uD83C\uDF00 y", "x");
            ReadResult<LocalizedText> read = yaml.read(yaml.write(text), LocalizedText.class);
            assertThat(read.diagnostics().asList()).as("padding %d", pad).isEmpty();
            assertThat(read.value()).as("padding %d", pad).contains(text);
        }
    }
}
