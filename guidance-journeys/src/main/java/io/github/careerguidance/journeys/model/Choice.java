/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One option of a single- or multiple-choice question: a stable code (what conditions and answers use) and a
 * label (what the client sees).
 *
 * <p>A choice may {@linkplain #escalate() escalate}: choosing it moves the client up one support level, as the
 * "no" of the CIP safety-net question "Vind je wat je zoekt?" does. In YAML: {@code {code: nee, label: {nl: Nee,
 * en: No}, escalate: true}}; {@code escalate} is left out when false.
 *
 * <pre>{@code
 * Choice.of("ja", LocalizedText.of("Ja", "Yes"));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableChoice.class)
@JsonDeserialize(as = ImmutableChoice.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"code", "label", "escalate"})
public abstract class Choice {
    /** Extended only by the generated immutable implementation. */
    Choice() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableChoice.Builder builder() {
        return ImmutableChoice.builder();
    }

    /**
     * A choice that does not escalate.
     *
     * @param code the code
     * @param label the label
     * @return the choice
     */
    public static Choice of(String code, LocalizedText label) {
        return builder().code(code).label(label).build();
    }

    /**
     * The code: lower-case words or numbers separated by dashes, unique within the question.
     *
     * @return the code, such as {@code ja} or {@code mbo-4}
     */
    public abstract String code();

    /**
     * What the client sees.
     *
     * @return the label
     */
    public abstract LocalizedText label();

    /**
     * Whether choosing this option moves the client up one support level (the safety net).
     *
     * @return true for an escalating choice; false unless given
     */
    @Value.Default
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    public boolean escalate() {
        return false;
    }

    @Value.Check
    protected void check() {
        if (code().length() > Codes.MAX_CODE_LENGTH
                || !Codes.CHOICE_CODE.matcher(code()).matches()) {
            throw new IllegalArgumentException("choice code must be lower-case words or numbers separated by '-'"
                    + " (at most " + Codes.MAX_CODE_LENGTH + " characters), such as 'ja' or 'mbo-4', but was '"
                    + code() + "'");
        }
    }
}
