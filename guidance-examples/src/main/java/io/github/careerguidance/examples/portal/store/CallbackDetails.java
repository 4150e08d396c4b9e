/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.store;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a visitor adds to a handover request when asking for a callback, beyond what the SDK's
 * {@code HandoverRequest} holds: the time band chosen inside the callback window, a phone number or e-mail address
 * (only with the visitor's explicit consent), whether the adviser may see the support level, the journey the answers
 * belong to, and an owner tag (a one-way hash of the visitor's session) so that only that visitor sees the receipt.
 *
 * @param journey the journey id the shared answers belong to, or null
 * @param slotStart the start of the chosen time band, or null when none was chosen
 * @param slotEnd the end of the chosen time band, or null when none was chosen
 * @param phone the phone number, or null; only with {@code contactConsent}
 * @param email the e-mail address, or null; only with {@code contactConsent}
 * @param contactConsent whether the visitor agreed that the phone number or e-mail address is kept to reach them
 * @param shareSupportLevel whether the visitor agreed that the adviser sees the support level
 * @param owner the owner tag, or null
 * @since 0.1.0
 */
public record CallbackDetails(
        String journey,
        Instant slotStart,
        Instant slotEnd,
        String phone,
        String email,
        boolean contactConsent,
        boolean shareSupportLevel,
        String owner) {
    /** The longest phone number kept, in characters. */
    public static final int MAX_PHONE = 20;
    /** The longest e-mail address kept, in characters. */
    public static final int MAX_EMAIL = 254;

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{7,18}[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,189}\\.[A-Za-z]{2,63}");

    /**
     * Checks the parts.
     *
     * @param journey the journey id, or null
     * @param slotStart the band's start, or null
     * @param slotEnd the band's end, or null
     * @param phone the phone number, or null
     * @param email the e-mail address, or null
     * @param contactConsent the consent for phone and e-mail
     * @param shareSupportLevel the consent for the support level
     * @param owner the owner tag, or null
     * @throws IllegalArgumentException when a phone number or e-mail address comes without consent or does not look
     *     like one (the message never repeats it), or when only one end of the band is given or it ends before it starts
     */
    public CallbackDetails {
        if ((slotStart == null) != (slotEnd == null)) {
            throw new IllegalArgumentException("a callback time band needs both its start and its end");
        }
        if (slotStart != null && !slotEnd.isAfter(slotStart)) {
            throw new IllegalArgumentException("a callback time band must end after it starts");
        }
        if ((phone != null || email != null) && !contactConsent) {
            throw new IllegalArgumentException(
                    "a phone number or e-mail address is kept only with the visitor's consent");
        }
        if (phone != null && !validPhone(phone)) {
            throw new IllegalArgumentException("the phone number is not a phone number");
        }
        if (email != null && !validEmail(email)) {
            throw new IllegalArgumentException("the e-mail address is not an e-mail address");
        }
    }

    /**
     * Whether a text looks like a phone number: digits, spaces and dashes, an optional leading '+', 9 to 20 characters.
     *
     * @param phone the text
     * @return true when it does
     */
    public static boolean validPhone(String phone) {
        return phone.length() <= MAX_PHONE && PHONE.matcher(phone).matches();
    }

    /**
     * Whether a text looks like an e-mail address (a local part, '@', a domain with a dot), at most 254 characters.
     *
     * @param email the text
     * @return true when it does
     */
    public static boolean validEmail(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    /**
     * The phone number.
     *
     * @return the number, if the visitor gave one with consent
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phone);
    }

    /**
     * The e-mail address.
     *
     * @return the address, if the visitor gave one with consent
     */
    public Optional<String> emailAddress() {
        return Optional.ofNullable(email);
    }

    /**
     * Whether the request belongs to an owner tag, compared in constant time.
     *
     * @param tag the tag to compare with
     * @return whether the tag equals the stored one (false when either is missing)
     */
    public boolean ownedBy(String tag) {
        return owner != null
                && tag != null
                && java.security.MessageDigest.isEqual(
                        owner.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        tag.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Never shows the phone number or the e-mail address. */
    @Override
    public String toString() {
        return "CallbackDetails{journey=" + journey + ", slot=" + slotStart + "/" + slotEnd + ", phone="
                + (phone != null ? "given" : "none") + ", email=" + (email != null ? "given" : "none")
                + ", shareSupportLevel=" + shareSupportLevel + "}";
    }

    static CallbackDetails none() {
        return new CallbackDetails(null, null, null, null, null, false, false, null);
    }
}
