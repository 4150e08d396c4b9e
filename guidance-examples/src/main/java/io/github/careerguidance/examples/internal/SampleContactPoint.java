/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.internal;

import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.json.GuidanceCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sample loket (a fictional regional one-stop desk with opening hours per channel) that the demo, the tour and
 * the portal use when no contact points are given. Not API.
 */
public final class SampleContactPoint {
    private static final String RESOURCE = "/io/github/careerguidance/examples/sample-loket.yaml";

    private SampleContactPoint() {}

    /**
     * Reads the sample contact point from the examples jar.
     *
     * @return the sample loket
     * @throws IllegalStateException when the resource is missing from the jar
     */
    public static ContactPoint load() {
        try (InputStream in = SampleContactPoint.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample-loket.yaml is missing from the examples jar");
            }
            return GuidanceCodec.yaml().read(in, ContactPoint.class).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
