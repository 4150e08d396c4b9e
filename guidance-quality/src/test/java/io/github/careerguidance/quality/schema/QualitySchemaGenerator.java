/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.schema;

import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.Policy;
import io.github.careerguidance.quality.scheme.Rule;
import io.github.careerguidance.quality.scheme.Scheme;
import java.lang.reflect.Field;
import java.util.regex.Pattern;

/**
 * Generates the three schemas of guidance-quality's file formats from the types (see {@link WireFormSchema}).
 *
 * <p>Regenerate the shipped copies with {@code ./mvnw -q -B -pl guidance-core,guidance-quality verify
 * -Dquality.schema.update=true}.
 */
public final class QualitySchemaGenerator {
    private static final String BASE = "https://github.com/careerguidance/guidance/blob/main/guidance-quality/schema/";
    private static final String NOTE = " Generated from the types; do not edit by hand.";

    private QualitySchemaGenerator() {}

    /**
     * The schema text of a file format.
     *
     * @param file the file name, one of {@link QualitySchemas#FILES}
     * @return the schema text
     * @throws IllegalArgumentException for another name
     */
    public static String generate(String file) {
        switch (file) {
            case QualitySchemas.SCHEME:
                return WireFormSchema.of(
                                Scheme.class,
                                BASE + file,
                                "guidance-quality scheme",
                                "A quality scheme of guidance-quality (io.github.careerguidance.quality.scheme.Scheme): a"
                                        + " register or requirement set with its rules, each chosen by 'type'." + NOTE)
                        .pattern(Scheme.class, "id", idPattern(Scheme.class))
                        .pattern(Rule.class, "id", idPattern(Rule.class))
                        .generate();
            case QualitySchemas.POLICY:
                return WireFormSchema.of(
                                Policy.class,
                                BASE + file,
                                "guidance-quality policy",
                                "An integrator's policy of guidance-quality (io.github.careerguidance.quality.scheme.Policy):"
                                        + " scheme ids to check plus its own rules, each chosen by 'type'." + NOTE)
                        .pattern(Rule.class, "id", idPattern(Rule.class))
                        .generate();
            case QualitySchemas.REGISTRATION:
                return WireFormSchema.of(
                                Registration.class,
                                BASE + file,
                                "guidance-quality registration",
                                "A provider registration of guidance-quality"
                                        + " (io.github.careerguidance.quality.registration.Registration): an organisation"
                                        + " and its professionals with their registrations, education, experience, CPD,"
                                        + " reflection and clients. The record format of bulk JSON and NDJSON files."
                                        + NOTE)
                        .generate();
            default:
                throw new IllegalArgumentException(
                        "schema file must be one of " + QualitySchemas.FILES + " but was '" + file + "'");
        }
    }

    /** The id pattern a type checks in its {@code @Value.Check}, read from its private {@code ID} constant. */
    private static String idPattern(Class<?> type) {
        try {
            Field field = type.getDeclaredField("ID");
            field.setAccessible(true);
            return ((Pattern) field.get(null)).pattern();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no ID pattern on " + type.getName(), e);
        }
    }

    /**
     * Prints a schema.
     *
     * @param args the file name, {@code scheme.schema.json} unless given
     */
    public static void main(String[] args) {
        System.out.print(generate(args.length > 0 ? args[0] : QualitySchemas.SCHEME));
    }
}
