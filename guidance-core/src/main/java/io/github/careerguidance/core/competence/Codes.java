/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import java.util.regex.Pattern;

/** Shared syntax rules for codes and ids of this package. Not API. */
final class Codes {
    /** Lower-case words separated by single dashes: {@code motievenreflectie}, {@code caas-sf-12}. */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** Item ids: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64 characters. */
    static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Codes() {}

    static void requireCode(String what, String value) {
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(what
                    + " must be lower-case words separated by '-' (such as 'career-control') but was '" + value + "'");
        }
    }

    static void requireNonBlank(String what, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank but was '" + value + "'");
        }
    }
}
