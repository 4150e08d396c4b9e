/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.jurisdiction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.careerguidance.core.internal.EnumCodes;

/**
 * What a jurisdiction fact is about. Every profile covers every topic, with facts or as unknown.
 *
 * @since 0.1.0
 */
public enum Topic {
    /** Whether people have a right or entitlement to career guidance. */
    RIGHT_TO_GUIDANCE,
    /** Whether public guidance is free or paid. */
    COST,
    /** The national quality standard or assurance for guidance services. */
    QUALITY_STANDARD,
    /** What qualifies a practitioner, and whether the profession is protected. */
    PRACTITIONER_QUALIFICATION,
    /** The public guidance services and schemes. */
    PUBLIC_SERVICES;

    /**
     * The wire code.
     *
     * @return lower-case words joined by dashes, such as {@code right-to-guidance}
     */
    @JsonValue
    public String code() {
        return EnumCodes.code(this);
    }

    /**
     * The topic for a code or constant name, case-insensitively.
     *
     * @param code the code
     * @return the topic
     * @throws IllegalArgumentException if the code is unknown; the message lists the allowed codes
     */
    @JsonCreator
    public static Topic fromCode(String code) {
        return EnumCodes.fromCode(Topic.class, Topic::code, code, "Topic");
    }
}
