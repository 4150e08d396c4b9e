/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of enum constants by wire code or constant name, shared by the enums of every package. Internal. */
public final class EnumCodes {
    private EnumCodes() {}

    /**
     * The constant whose wire code matches, accepting the code or the constant name case-insensitively.
     *
     * @param type the enum type
     * @param code the wire code of a constant
     * @param value the text to look up
     * @param what what the value is, for the message
     * @param <E> the enum type
     * @return the constant
     * @throws IllegalArgumentException naming the allowed codes when none matches
     */
    public static <E extends Enum<E>> E fromCode(Class<E> type, Function<E, String> code, String value, String what) {
        Objects.requireNonNull(value, what);
        String trimmed = value.trim();
        String dashed = trimmed.replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            String wire = code.apply(constant);
            // case-insensitive, so camelCase codes (educationLevel) match as well as dashed ones (walk-in)
            if (wire.equalsIgnoreCase(trimmed)
                    || wire.equalsIgnoreCase(dashed)
                    || constant.name().equalsIgnoreCase(trimmed)) {
                return constant;
            }
        }
        List<String> codes = Arrays.stream(type.getEnumConstants()).map(code).collect(Collectors.toList());
        String allowed = codes.size() == 1
                ? codes.get(0)
                : String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
        throw new IllegalArgumentException("unknown " + what + " '" + value + "'; expected one of " + allowed);
    }

    /**
     * The default wire code of a constant: its name in lower case with dashes.
     *
     * @param constant the constant
     * @return the code
     */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
