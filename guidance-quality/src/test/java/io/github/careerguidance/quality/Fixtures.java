/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.quality.registration.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test fixtures from {@code src/test/resources/io/github/careerguidance/quality/fixtures}. */
public final class Fixtures {
    private Fixtures() {}

    /**
     * The text of a fixture.
     *
     * @param name the file name
     * @return the text
     */
    public static String text(String name) {
        String resource = "io/github/careerguidance/quality/fixtures/" + name;
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A registration fixture, which must read without findings.
     *
     * @param name the file name
     * @return the registration
     */
    public static Registration registration(String name) {
        return GuidanceCodec.forFileName(name)
                .read(text(name), Registration.class)
                .orElseThrow();
    }
}
