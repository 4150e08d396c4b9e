/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.meta.Beta;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;

/**
 * Signs shared summaries with an Ed25519 private key (JDK provider; no home-made cryptography). See {@link
 * SignedSummary} for exactly which bytes are signed.
 *
 * <pre>{@code
 * SummarySigner signer = SummarySigner.of(SummaryKeys.privateKeyFromPem(pem));
 * String document = signer.sign(summary).document();   // give this to the professional's system
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe (a {@link Signature} is made per call).
 *
 * @since 0.1.0
 */
@Beta
public final class SummarySigner {
    private final PrivateKey key;

    private SummarySigner(PrivateKey key) {
        this.key = key;
    }

    /**
     * A signer.
     *
     * @param key an Ed25519 private key
     * @return the signer
     * @throws IllegalArgumentException if the key is not an Ed25519 key
     * @throws NullPointerException if key is null
     */
    public static SummarySigner of(PrivateKey key) {
        Objects.requireNonNull(key, "key");
        if (!SignedSummary.ALGORITHM.equals(key.getAlgorithm()) && !"EdDSA".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException(
                    "a summary signer needs an Ed25519 private key but got a " + key.getAlgorithm() + " key");
        }
        try {
            Signature signature = Signature.getInstance(SignedSummary.ALGORITHM);
            signature.initSign(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a summary signer needs an Ed25519 private key: " + e.getMessage(), e);
        }
        return new SummarySigner(key);
    }

    /**
     * Signs a summary.
     *
     * @param summary the summary
     * @return the signed envelope
     * @throws IllegalStateException if the JDK refuses to sign (it does not for a key {@link #of} accepted)
     */
    public SignedSummary sign(SharedSummary summary) {
        Objects.requireNonNull(summary, "summary");
        byte[] payload = GuidanceCodec.json().writeLine(summary).getBytes(StandardCharsets.UTF_8);
        byte[] signed;
        try {
            Signature signature = Signature.getInstance(SignedSummary.ALGORITHM);
            signature.initSign(key);
            signature.update(payload);
            signed = signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return SignedSummary.builder()
                .format(SignedSummary.FORMAT)
                .algorithm(SignedSummary.ALGORITHM)
                .payload(b64.encodeToString(payload))
                .signature(b64.encodeToString(signed))
                .build();
    }

    @Override
    public String toString() {
        return "SummarySigner[Ed25519]";
    }
}
