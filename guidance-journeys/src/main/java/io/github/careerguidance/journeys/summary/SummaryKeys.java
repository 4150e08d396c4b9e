/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.meta.Beta;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys for signing summaries, with the JDK's own provider: generation, and loading and writing in the
 * standard encodings (PKCS#8 for private keys, X.509 SubjectPublicKeyInfo for public keys; DER bytes or PEM text
 * as {@code openssl genpkey -algorithm ed25519} writes it).
 *
 * <pre>{@code
 * KeyPair keys = SummaryKeys.generate();
 * String pem = SummaryKeys.toPem(keys.getPublic());          // -----BEGIN PUBLIC KEY----- ...
 * PublicKey again = SummaryKeys.publicKeyFromPem(pem);
 * }</pre>
 *
 * <p>Keep the private key out of the repository and out of logs; how it is stored is the embedder's.
 *
 * @since 0.1.0
 */
@Beta
public final class SummaryKeys {
    private static final Pattern PEM =
            Pattern.compile("-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

    private SummaryKeys() {}

    /**
     * A new Ed25519 key pair.
     *
     * @return the pair
     * @throws IllegalStateException if the JDK has no Ed25519 (it has since Java 15)
     */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(SignedSummary.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no Ed25519 key pair generator", e);
        }
    }

    /**
     * A private key from PKCS#8 DER bytes.
     *
     * @param der the encoding
     * @return the key
     * @throws IllegalArgumentException if the bytes are not an Ed25519 PKCS#8 key
     */
    public static PrivateKey privateKeyFromPkcs8(byte[] der) {
        Objects.requireNonNull(der, "der");
        try {
            return KeyFactory.getInstance(SignedSummary.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 DER: " + e.getMessage(), e);
        }
    }

    /**
     * A public key from X.509 SubjectPublicKeyInfo DER bytes.
     *
     * @param der the encoding
     * @return the key
     * @throws IllegalArgumentException if the bytes are not an Ed25519 public key
     */
    public static PublicKey publicKeyFromX509(byte[] der) {
        Objects.requireNonNull(der, "der");
        try {
            return KeyFactory.getInstance(SignedSummary.ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in X.509 DER: " + e.getMessage(), e);
        }
    }

    /**
     * A private key from PEM text ({@code -----BEGIN PRIVATE KEY-----}, PKCS#8).
     *
     * @param pem the text
     * @return the key
     * @throws IllegalArgumentException if the text holds no such block or not an Ed25519 key
     */
    public static PrivateKey privateKeyFromPem(String pem) {
        return privateKeyFromPkcs8(der(pem, "PRIVATE KEY"));
    }

    /**
     * A public key from PEM text ({@code -----BEGIN PUBLIC KEY-----}, X.509).
     *
     * @param pem the text
     * @return the key
     * @throws IllegalArgumentException if the text holds no such block or not an Ed25519 key
     */
    public static PublicKey publicKeyFromPem(String pem) {
        return publicKeyFromX509(der(pem, "PUBLIC KEY"));
    }

    /**
     * A private key as PEM (PKCS#8).
     *
     * @param key the key
     * @return the text, lines of 64 characters
     */
    public static String toPem(PrivateKey key) {
        return pem("PRIVATE KEY", Objects.requireNonNull(key, "key").getEncoded());
    }

    /**
     * A public key as PEM (X.509).
     *
     * @param key the key
     * @return the text, lines of 64 characters
     */
    public static String toPem(PublicKey key) {
        return pem("PUBLIC KEY", Objects.requireNonNull(key, "key").getEncoded());
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem, String label) {
        Objects.requireNonNull(pem, "pem");
        Matcher m = PEM.matcher(pem);
        while (m.find()) {
            if (m.group(1).equals(label)) {
                try {
                    return Base64.getMimeDecoder().decode(m.group(2));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("the PEM block '" + label + "' is not valid base64", e);
                }
            }
        }
        throw new IllegalArgumentException("the text holds no PEM block '-----BEGIN " + label + "-----'");
    }
}
