/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.readiness;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lookup of enum constants by wire code or constant name; package-private helper. */
final class EnumCodes {
    private EnumCodes() {}

    static <E extends Enum<E>> E fromCode(Class<E> type, Function<E, String> code, String value, String what) {
        Objects.requireNonNull(value, what);
        String normalized = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            if (code.apply(constant).equals(normalized)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(code).collect(Collectors.joining(", ")));
    }

    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
