/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Identifier rules and enum wire-code lookup shared by the journey model. Internal. */
public final class Codes {
    /** Lower-case words separated by dashes: journey ids, intake goal codes, instrument codes. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

    /** Choice codes: lower-case words or numbers separated by dashes ({@code ja}, {@code mbo-4}, {@code 3}). */
    public static final Pattern CHOICE_CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * Step and content item ids: a letter or digit, then letters, digits, '.', '_' or '-'. A subset of the question
     * ids a core {@code ClientProfile} accepts, so answers can be stored under the step id.
     */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Semantic Versioning 2.0.0. */
    public static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    /** The longest code. */
    public static final int MAX_CODE_LENGTH = 64;

    private Codes() {}

    /**
     * Requires a code of lower-case words separated by dashes.
     *
     * @param what the argument, for the message
     * @param value the value
     * @throws IllegalArgumentException naming the argument and the value
     */
    public static void requireCode(String what, String value) {
        if (value.length() > MAX_CODE_LENGTH || !CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be lower-case words separated by '-' (at most "
                    + MAX_CODE_LENGTH + " characters), such as 'looking-for-work', but was '" + value + "'");
        }
    }

    /**
     * Requires a step or content item id.
     *
     * @param what the argument, for the message
     * @param value the value
     * @throws IllegalArgumentException naming the argument and the value
     */
    public static void requireId(String what, String value) {
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a letter or digit followed by letters, digits, '.',"
                    + " '_' or '-' (at most 64 characters), such as 'q-situatie', but was '" + value + "'");
        }
    }

    /**
     * Requires a non-blank text.
     *
     * @param what the argument, for the message
     * @param value the value
     * @throws IllegalArgumentException naming the argument
     */
    public static void requireNonBlank(String what, String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank but was '" + value + "'");
        }
    }

    /**
     * Requires a normalized BCP 47 language tag such as {@code nl}, {@code en} or {@code en-GB}.
     *
     * @param what the argument, for the message
     * @param tag the tag
     * @throws IllegalArgumentException if the tag is not well-formed or not in normalized form
     */
    public static void requireLanguageTag(String what, String tag) {
        String normalized;
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            normalized = locale.getLanguage().isEmpty() ? "" : locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            normalized = "";
        }
        if (normalized.isEmpty() || "und".equals(normalized) || !normalized.equals(tag)) {
            throw new IllegalArgumentException(what + " must be a normalized language tag such as 'nl', 'en' or"
                    + " 'en-GB' but was '" + tag + "'");
        }
    }
}
