/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import static io.github.careerguidance.journeys.summary.SummaryFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SummarySignatureTest {
    static final KeyPair KEYS = SummaryKeys.generate();
    static final Clock CLOCK = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);

    static SharedSummary summary(Random random) {
        return SharedSummary.from(
                SummaryFixtures.consent(random),
                SummaryFixtures.source(random),
                SharedSummary.newId(),
                NOW,
                NOW.plus(Duration.ofDays(1 + random.nextInt(30))));
    }

    static SummaryVerifier verifier() {
        return SummaryVerifier.of(KEYS.getPublic(), CLOCK, RevocationList.none());
    }

    @Test
    void signAndVerifyRoundTrip() {
        SummarySigner signer = SummarySigner.of(KEYS.getPrivate());
        qt().withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            SharedSummary s = summary(new Random(seed));
            SummaryVerification result = verifier().verify(signer.sign(s).document());
            assertThat(result.status()).isEqualTo(VerificationStatus.VALID);
            assertThat(result.summary()).contains(s);
            assertThat(result.diagnostics().isEmpty()).isTrue();
        });
    }

    @Test
    void anySingleByteChangeOfTheDocumentIsNeverValid() {
        SummarySigner signer = SummarySigner.of(KEYS.getPrivate());
        SummaryVerifier verifier = verifier();
        qt().withExamples(4).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            byte[] document = signer.sign(summary(random)).document().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < document.length; i++) {
                byte[] changed = document.clone();
                byte replacement;
                do {
                    replacement = (byte) random.nextInt(256);
                } while (replacement == document[i]);
                changed[i] = replacement;
                SummaryVerification result = verifier.verify(new String(changed, StandardCharsets.UTF_8));
                assertThat(result.status())
                        .as("byte %d", i)
                        .isIn(VerificationStatus.TAMPERED, VerificationStatus.MALFORMED);
                assertThat(result.summary()).isEmpty();
            }
        });
    }

    @Test
    void anySingleByteChangeOfThePayloadOrSignatureBytesIsTampered() {
        SummarySigner signer = SummarySigner.of(KEYS.getPrivate());
        SummaryVerifier verifier = verifier();
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        qt().withExamples(4).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            SignedSummary signed = signer.sign(summary(random));
            byte[] payload = Base64.getUrlDecoder().decode(signed.payload());
            byte[] signature = Base64.getUrlDecoder().decode(signed.signature());
            for (int i = 0; i < payload.length; i += 1 + random.nextInt(3)) {
                byte[] p = payload.clone();
                p[i] ^= (byte) (1 + random.nextInt(255));
                assertThat(verifier.verify(SignedSummary.builder()
                                        .from(signed)
                                        .payload(enc.encodeToString(p))
                                        .build())
                                .status())
                        .as("payload byte %d", i)
                        .isEqualTo(VerificationStatus.TAMPERED);
            }
            for (int i = 0; i < signature.length; i++) {
                byte[] sig = signature.clone();
                sig[i] ^= (byte) (1 + random.nextInt(255));
                assertThat(verifier.verify(SignedSummary.builder()
                                        .from(signed)
                                        .signature(enc.encodeToString(sig))
                                        .build())
                                .status())
                        .as("signature byte %d", i)
                        .isEqualTo(VerificationStatus.TAMPERED);
            }
        });
    }

    @Test
    void anotherKeyIsTampered() {
        SignedSummary signed =
                SummarySigner.of(SummaryKeys.generate().getPrivate()).sign(summary(new Random(1)));
        assertThat(verifier().verify(signed).status()).isEqualTo(VerificationStatus.TAMPERED);
    }

    @Test
    void expiryAndRevocation() {
        SummarySigner signer = SummarySigner.of(KEYS.getPrivate());
        SharedSummary s = SharedSummary.from(
                ShareConsent.builder().givenAt(NOW).build(),
                SummarySource.builder().build(),
                "sum-exp",
                NOW,
                NOW.plus(Duration.ofDays(1)));
        String doc = signer.sign(s).document();
        Clock justBefore = Clock.fixed(NOW.plus(Duration.ofDays(1)).minusMillis(1), ZoneOffset.UTC);
        Clock atExpiry = Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC);
        assertThat(SummaryVerifier.of(KEYS.getPublic(), justBefore, RevocationList.none())
                        .verify(doc)
                        .status())
                .isEqualTo(VerificationStatus.VALID);
        SummaryVerification expired = SummaryVerifier.of(KEYS.getPublic(), atExpiry, RevocationList.none())
                .verify(doc);
        assertThat(expired.status()).isEqualTo(VerificationStatus.EXPIRED);
        assertThat(expired.summaryId()).contains("sum-exp");
        assertThat(expired.summary()).isEmpty();
        assertThat(expired.diagnostics().asList())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("journeys.summary.expired"));
        SummaryVerification revoked = SummaryVerifier.of(
                        KEYS.getPublic(), justBefore, RevocationList.of(List.of("sum-exp")))
                .verify(doc);
        assertThat(revoked.status()).isEqualTo(VerificationStatus.REVOKED);
        assertThat(revoked.diagnostics().asList())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("journeys.summary.revoked"));
    }

    @Test
    void malformedDocumentsNeverThrow() {
        SummaryVerifier verifier = verifier();
        for (String bad : new String[] {
            null,
            "",
            "   ",
            "{",
            "[]",
            "null",
            "{\"format\":\"x\"}",
            "{\"algorithm\":\"RS256\",\"format\":\"guidance-shared-summary/1\",\"payload\":\"e30\",\"signature\":\"AA\"}",
            "{\"algorithm\":\"Ed25519\",\"format\":\"guidance-shared-summary/1\",\"payload\":\"e30=\",\"signature\":\"AA\"}",
            "{\"algorithm\":\"Ed25519\",\"format\":\"guidance-shared-summary/1\",\"payload\":\"***\",\"signature\":\"AA\"}"
        }) {
            SummaryVerification result = verifier.verify(bad);
            assertThat(result.status()).as(String.valueOf(bad)).isEqualTo(VerificationStatus.MALFORMED);
            assertThat(result.diagnostics().asList())
                    .anySatisfy(d -> assertThat(d.code()).isEqualTo("journeys.summary.malformed"));
        }
        // a well-signed payload that is not a summary: authentic but malformed
        byte[] payload = "{\"hello\":1}".getBytes(StandardCharsets.UTF_8);
        SignedSummary odd = SignedSummary.builder()
                .format(SignedSummary.FORMAT)
                .algorithm(SignedSummary.ALGORITHM)
                .payload(Base64.getUrlEncoder().withoutPadding().encodeToString(payload))
                .signature(Base64.getUrlEncoder().withoutPadding().encodeToString(sign(payload)))
                .build();
        assertThat(verifier.verify(odd.document()).status()).isEqualTo(VerificationStatus.MALFORMED);
    }

    private static byte[] sign(byte[] bytes) {
        try {
            java.security.Signature s = java.security.Signature.getInstance("Ed25519");
            s.initSign(KEYS.getPrivate());
            s.update(bytes);
            return s.sign();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void keysLoadFromStandardEncodings() throws Exception {
        String privatePem = SummaryKeys.toPem(KEYS.getPrivate());
        String publicPem = SummaryKeys.toPem(KEYS.getPublic());
        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n");
        SummarySigner signer = SummarySigner.of(SummaryKeys.privateKeyFromPem(privatePem));
        SummaryVerifier verifier = SummaryVerifier.of(
                SummaryKeys.publicKeyFromX509(KEYS.getPublic().getEncoded()), CLOCK, RevocationList.none());
        assertThat(verifier.verify(signer.sign(summary(new Random(3))).document())
                        .isValid())
                .isTrue();
        assertThat(SummaryKeys.privateKeyFromPkcs8(KEYS.getPrivate().getEncoded()))
                .isEqualTo(KEYS.getPrivate());
        assertThat(SummaryKeys.publicKeyFromPem(publicPem)).isEqualTo(KEYS.getPublic());
        assertThatThrownBy(() -> SummaryKeys.publicKeyFromPem(privatePem)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SummaryKeys.publicKeyFromX509(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        assertThatThrownBy(() -> SummarySigner.of(rsa.getPrivate())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SummaryVerifier.of(rsa.getPublic(), CLOCK, RevocationList.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
