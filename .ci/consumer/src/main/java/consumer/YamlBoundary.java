/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package consumer;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;

/**
 * The loop of guidance-core's YamlSurrogateBoundaryRegressionTest through the public API, as a consumer resolves
 * its dependencies: an emoji at every position around snakeyaml-engine's 1024-character buffer boundary must round
 * trip. It fails (snakeyaml-engine 3.0.1, which Jackson 3.3.0 brings) unless guidance-bom's snakeyaml-engine pin
 * reaches the consumer. Exits 1 naming the failing positions.
 */
public final class YamlBoundary {
    private YamlBoundary() {}

    public static void main(String[] args) {
        String engine = org.snakeyaml.engine.v2.api.Load.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath().replaceAll(".*/", "");
        GuidanceCodec yaml = GuidanceCodec.yaml();
        int failed = 0;
        for (int pad = 990; pad < 1060; pad++) {
            LocalizedText text = LocalizedText.of("t" + "x".repeat(pad) + "\uD83C\uDF00 y", "x");
            ReadResult<LocalizedText> read = yaml.read(yaml.write(text), LocalizedText.class);
            if (!read.diagnostics().isEmpty() || !read.value().equals(java.util.Optional.of(text))) {
                failed++;
                System.err.println("padding " + pad + ": " + read.diagnostics());
            }
        }
        System.out.println("YAML emoji at the buffer boundary: " + (70 - failed) + " of 70 positions round-trip"
                + " (" + engine + " resolved)");
        if (failed > 0) {
            System.exit(1);
        }
    }
}
