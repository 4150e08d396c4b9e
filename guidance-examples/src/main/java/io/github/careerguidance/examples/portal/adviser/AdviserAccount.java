/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.adviser;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One adviser: the account name, the queue regions the adviser serves ({@code "*"} for every region) and the Argon2id
 * hash of the password ({@link PasswordHashing}).
 *
 * @param name the account name: lower-case letters, digits, '.', '_' or '-', 1 to 64 characters
 * @param regions the region codes, at least one
 * @param passwordHash the PHC string {@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}
 * @since 0.1.0
 */
public record AdviserAccount(String name, Set<String> regions, String passwordHash) {
    /** The shape of an account name. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** The shape of a region code (or {@code *}). */
    public static final Pattern REGION = Pattern.compile("\\*|[a-z0-9][a-z0-9-]{0,79}");

    /**
     * Checks the parts.
     *
     * @param name the name
     * @param regions the regions
     * @param passwordHash the hash
     * @throws IllegalArgumentException when a part has the wrong shape (the message never repeats the hash)
     */
    public AdviserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "adviser name '" + name + "' must be lower-case letters, digits, '.', '_' or '-' (at most 64)");
        }
        regions = Set.copyOf(regions);
        if (regions.isEmpty()) {
            throw new IllegalArgumentException("adviser '" + name + "' needs at least one region (or *)");
        }
        for (String r : regions) {
            if (!REGION.matcher(r).matches()) {
                throw new IllegalArgumentException("adviser '" + name + "' has a region '" + r
                        + "' that is not a region code (lower-case letters, digits, '-') or *");
            }
        }
        if (!PasswordHashing.wellFormed(passwordHash)) {
            throw new IllegalArgumentException("adviser '" + name + "' has a password hash that is not an Argon2id hash"
                    + " (make one with: guidance serve --hash-password)");
        }
    }

    /** Never shows the hash. */
    @Override
    public String toString() {
        return "AdviserAccount{" + name + ", regions=" + regions + "}";
    }
}
