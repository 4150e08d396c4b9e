/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a signed summary: that it is well-formed, that its Ed25519 signature matches under the portal's public
 * key, that its id is not revoked and that it has not expired by the verifier's clock. It never throws on a bad
 * document: every problem is a {@link VerificationStatus} with a diagnostic.
 *
 * <pre>{@code
 * SummaryVerifier verifier = SummaryVerifier.of(SummaryKeys.publicKeyFromPem(pem), Clock.systemUTC(),
 *         revokedIds::contains);
 * SummaryVerification result = verifier.verify(document);
 * if (result.isValid()) {
 *     show(result.summary().orElseThrow());
 * } else {
 *     refuse(result.status());   // TAMPERED, EXPIRED, REVOKED or MALFORMED
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe when the revocation list is.
 *
 * @since 0.1.0
 */
@Beta
public final class SummaryVerifier {
    /** The largest document accepted (1 MiB); a summary is small. */
    public static final int MAX_DOCUMENT_LENGTH = 1 << 20;

    private static final int SIGNATURE_LENGTH = 64;

    private final PublicKey key;
    private final Clock clock;
    private final RevocationList revocations;

    private SummaryVerifier(PublicKey key, Clock clock, RevocationList revocations) {
        this.key = key;
        this.clock = clock;
        this.revocations = revocations;
    }

    /**
     * A verifier.
     *
     * @param key the portal's Ed25519 public key
     * @param clock the clock that decides expiry
     * @param revocations the revoked summary ids
     * @return the verifier
     * @throws IllegalArgumentException if the key is not an Ed25519 key
     * @throws NullPointerException if an argument is null
     */
    public static SummaryVerifier of(PublicKey key, Clock clock, RevocationList revocations) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(revocations, "revocations");
        try {
            Signature signature = Signature.getInstance(SignedSummary.ALGORITHM);
            signature.initVerify(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a summary verifier needs an Ed25519 public key: " + e.getMessage(), e);
        }
        return new SummaryVerifier(key, clock, revocations);
    }

    /**
     * Verifies a signed summary document ({@link SignedSummary#document()}).
     *
     * @param document the JSON envelope; null counts as malformed
     * @return the verdict; never throws for a bad document
     */
    public SummaryVerification verify(String document) {
        if (document == null || document.isBlank()) {
            return malformed("the document is empty", Diagnostics.empty());
        }
        if (document.length() > MAX_DOCUMENT_LENGTH) {
            return malformed("the document is longer than " + MAX_DOCUMENT_LENGTH + " characters", Diagnostics.empty());
        }
        ReadResult<SignedSummary> envelope;
        try {
            envelope = GuidanceCodec.json().read(document, SignedSummary.class);
        } catch (RuntimeException e) {
            return malformed("the envelope cannot be read (" + e.getClass().getSimpleName() + ")", Diagnostics.empty());
        }
        if (!envelope.isSuccessful()) {
            return malformed("the envelope is not a signed summary", envelope.diagnostics());
        }
        return verify(envelope.orElseThrow());
    }

    /**
     * Verifies a signed summary envelope.
     *
     * @param signed the envelope
     * @return the verdict; never throws for a bad envelope
     */
    public SummaryVerification verify(SignedSummary signed) {
        if (signed == null) {
            return malformed("no envelope", Diagnostics.empty());
        }
        byte[] payload = strictBase64Url(signed.payload());
        if (payload == null) {
            return malformed("the payload is not canonical base64url", Diagnostics.empty());
        }
        byte[] signature = strictBase64Url(signed.signature());
        if (signature == null || signature.length != SIGNATURE_LENGTH) {
            return malformed(
                    "the signature is not " + SIGNATURE_LENGTH + " bytes of canonical base64url", Diagnostics.empty());
        }
        boolean matches;
        try {
            Signature verifier = Signature.getInstance(SignedSummary.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(payload);
            matches = verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            matches = false; // an undecodable signature is one that does not match
        }
        if (!matches) {
            return refused(VerificationStatus.TAMPERED, "journeys.summary.tampered", null, Map.of());
        }
        ReadResult<SharedSummary> read;
        try {
            read = GuidanceCodec.json().read(new String(payload, StandardCharsets.UTF_8), SharedSummary.class);
        } catch (RuntimeException e) {
            return malformed(
                    "the signed payload cannot be read (" + e.getClass().getSimpleName() + ")", Diagnostics.empty());
        }
        if (!read.isSuccessful()) {
            return malformed("the signed payload is not a shared summary", read.diagnostics());
        }
        SharedSummary summary = read.orElseThrow();
        if (revocations.isRevoked(summary.id())) {
            return refused(
                    VerificationStatus.REVOKED, "journeys.summary.revoked", summary.id(), Map.of("id", summary.id()));
        }
        Instant now = clock.instant();
        if (summary.isExpiredAt(now)) {
            return refused(
                    VerificationStatus.EXPIRED,
                    "journeys.summary.expired",
                    summary.id(),
                    Map.of("id", summary.id(), "expiresAt", summary.expiresAt().toString(), "now", now.toString()));
        }
        return SummaryVerification.builder()
                .status(VerificationStatus.VALID)
                .summary(summary)
                .summaryId(summary.id())
                .diagnostics(Diagnostics.empty())
                .build();
    }

    /** Decodes base64url without padding, refusing any text that is not the canonical encoding of its bytes. */
    private static byte[] strictBase64Url(String text) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
        // unused low bits of the last character and '=' padding would let two texts decode to the same bytes
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(text) ? bytes : null;
    }

    private static SummaryVerification malformed(String detail, Diagnostics cause) {
        Diagnostics diagnostics = Diagnostics.of(JourneyMessages.diagnostic(
                        Severity.ERROR, "journeys.summary.malformed", JsonPointer.root(), Map.of("detail", detail)))
                .plus(cause);
        return SummaryVerification.builder()
                .status(VerificationStatus.MALFORMED)
                .diagnostics(diagnostics)
                .build();
    }

    private static SummaryVerification refused(
            VerificationStatus status, String code, String id, Map<String, ?> arguments) {
        ImmutableSummaryVerification.Builder builder = SummaryVerification.builder()
                .status(status)
                .diagnostics(Diagnostics.of(
                        JourneyMessages.diagnostic(Severity.ERROR, code, JsonPointer.root(), arguments)));
        if (id != null) {
            builder.summaryId(id);
        }
        return builder.build();
    }

    @Override
    public String toString() {
        return "SummaryVerifier[Ed25519]";
    }
}
