/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A signed shared summary as it travels: a small JSON envelope around the exact bytes that were signed.
 *
 * <p>The {@link #payload()} is the base64url encoding (RFC 4648 §5, without padding) of the UTF-8 bytes of the
 * summary as {@code GuidanceCodec.json().writeLine(summary)} writes it: compact JSON, no whitespace, properties in
 * the order the types fix and map keys sorted, so equal summaries give equal bytes. The {@link #signature()} is the
 * base64url Ed25519 signature (RFC 8032, JDK provider "Ed25519") of exactly those bytes. A verifier checks the
 * bytes as received and never re-serializes the summary, so a later change of the JSON writer cannot break an
 * issued signature. This is not RFC 8785 (JCS) canonical JSON and needs not be: the signed bytes travel with the
 * signature.
 *
 * <p>In JSON, on one line: {@code {"algorithm":"Ed25519","format":"guidance-shared-summary/1","payload":"eyJ...",
 * "signature":"k3F..."}}.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableSignedSummary.class)
@JsonDeserialize(as = ImmutableSignedSummary.class)
public abstract class SignedSummary {
    /** Extended only by the generated immutable implementation. */
    SignedSummary() {}

    /** The format tag of the envelope. */
    public static final String FORMAT = "guidance-shared-summary/1";

    /** The signature algorithm, as named by the JDK. */
    public static final String ALGORITHM = "Ed25519";

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableSignedSummary.Builder builder() {
        return ImmutableSignedSummary.builder();
    }

    /**
     * The envelope format.
     *
     * @return always {@value #FORMAT}
     */
    public abstract String format();

    /**
     * The signature algorithm.
     *
     * @return always {@value #ALGORITHM}
     */
    public abstract String algorithm();

    /**
     * The signed bytes: base64url (no padding) of the summary's UTF-8 JSON.
     *
     * @return the payload text
     */
    public abstract String payload();

    /**
     * The Ed25519 signature of the payload bytes, base64url without padding (86 characters for 64 bytes).
     *
     * @return the signature text
     */
    public abstract String signature();

    /**
     * The envelope as one line of JSON: what to hand to a professional's system or put in a link.
     *
     * @return the document
     */
    public String document() {
        return GuidanceCodec.json().writeLine(this);
    }

    @Value.Check
    protected void check() {
        if (!FORMAT.equals(format())) {
            throw new IllegalArgumentException(
                    "signed summary format must be '" + FORMAT + "' but was '" + format() + "'");
        }
        if (!ALGORITHM.equals(algorithm())) {
            throw new IllegalArgumentException(
                    "signed summary algorithm must be '" + ALGORITHM + "' but was '" + algorithm() + "'");
        }
    }
}
