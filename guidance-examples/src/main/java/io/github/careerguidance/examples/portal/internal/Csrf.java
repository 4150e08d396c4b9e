/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF token of a session: an HMAC-SHA256 of the session id under a key, so a token is bound to one session
 * cookie and nothing is stored for it. The key comes from the portal's persisted secret ({@code PortalSecrets}), so a
 * form opened before a restart, or served by another portal process on the same database, still posts; without one it
 * is random per start.
 */
final class Csrf {
    private final byte[] key;

    Csrf(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a CSRF key needs at least 16 bytes but had " + key.length);
        }
        this.key = key.clone();
    }

    /** A random key, for a portal without a persisted secret. */
    static byte[] randomKey(SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    /** The token for a session id, as put in every form's hidden {@code csrf} field. */
    String token(String sid) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(("csrf:" + sid).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
        }
    }

    /** Whether a posted token is the one of the session; compared in constant time; false without a session. */
    boolean matches(String sid, String token) {
        return sid != null
                && MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), token(sid).getBytes(StandardCharsets.UTF_8));
    }
}
