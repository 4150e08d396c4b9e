/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.profile;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Locale;
import java.util.Objects;

/**
 * The twelve provinces of the Netherlands, identified by their ISO 3166-2:NL subdivision codes
 * ({@code NL-DR} ... {@code NL-ZH}). The wire code keeps the ISO spelling (upper case), unlike guidance's
 * lower-case codes, so it matches other systems.
 *
 * @since 0.1.0
 */
public enum Province {
    /** Drenthe. */
    DRENTHE("NL-DR", "Drenthe", "Drenthe"),
    /** Flevoland. */
    FLEVOLAND("NL-FL", "Flevoland", "Flevoland"),
    /** Fryslân (Friesland). */
    FRYSLAN("NL-FR", "Fryslân", "Friesland"),
    /** Gelderland. */
    GELDERLAND("NL-GE", "Gelderland", "Gelderland"),
    /** Groningen. */
    GRONINGEN("NL-GR", "Groningen", "Groningen"),
    /** Limburg. */
    LIMBURG("NL-LI", "Limburg", "Limburg"),
    /** Noord-Brabant. */
    NOORD_BRABANT("NL-NB", "Noord-Brabant", "North Brabant"),
    /** Noord-Holland. */
    NOORD_HOLLAND("NL-NH", "Noord-Holland", "North Holland"),
    /** Overijssel. */
    OVERIJSSEL("NL-OV", "Overijssel", "Overijssel"),
    /** Utrecht. */
    UTRECHT("NL-UT", "Utrecht", "Utrecht"),
    /** Zeeland. */
    ZEELAND("NL-ZE", "Zeeland", "Zeeland"),
    /** Zuid-Holland. */
    ZUID_HOLLAND("NL-ZH", "Zuid-Holland", "South Holland");

    private final String code;
    private final LocalizedText label;

    Province(String code, String nl, String en) {
        this.code = code;
        this.label = LocalizedText.of(nl, en);
    }

    /**
     * The ISO 3166-2:NL code, such as {@code NL-UT}.
     *
     * @return the code
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * The name of the province.
     *
     * @return the name in Dutch and English
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * The province for an ISO 3166-2:NL code or constant name, case-insensitively.
     *
     * @param code such as {@code NL-UT}, {@code nl-ut} or {@code NOORD_HOLLAND}
     * @return the province
     * @throws IllegalArgumentException for an unknown code, listing the allowed ones
     */
    @JsonCreator
    public static Province fromCode(String code) {
        Objects.requireNonNull(code, "code");
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        StringBuilder allowed = new StringBuilder();
        for (Province province : values()) {
            if (province.code.equals(normalized) || province.name().equals(normalized.replace('-', '_'))) {
                return province;
            }
            allowed.append(allowed.length() == 0 ? "" : ", ").append(province.code);
        }
        throw new IllegalArgumentException(
                "unknown province '" + code + "'; expected an ISO 3166-2:NL code: " + allowed);
    }
}
