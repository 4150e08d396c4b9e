/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schemas (draft 2020-12) of guidance-quality's file formats, as shipped in the jar.
 *
 * <p>There are three: {@value #SCHEME} for a quality scheme with its rules (each rule chosen by its {@code type}),
 * {@value #POLICY} for an integrator's policy, and {@value #REGISTRATION} for a provider registration (also one
 * record of a bulk JSON or NDJSON file). They are generated from the value types and kept in two places that a test
 * keeps equal to a fresh generation: the jar resources under {@value #RESOURCE_DIRECTORY} and
 * {@code guidance-quality/schema/} in the repository. Integrators who write their own schemes or policies in YAML or
 * JSON can point an editor at them for completion and checking.
 *
 * <p>The schemas describe the structure only: fields, types, required fields, enums, id patterns and the simple
 * constraints of the registration model (KvK number, postcode, ranges). Rules across fields (date order, unique
 * rule ids, a rule's subject matching its scheme, {@code satisfies} naming known rules, ...) are checked when a
 * document is read through {@code GuidanceCodec} and by {@code RegistrationValidator}.
 *
 * <pre>{@code
 * String schema = QualitySchemas.scheme();
 * for (String file : QualitySchemas.FILES) {
 *     Files.writeString(Path.of("schemas", file), QualitySchemas.text(file));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class QualitySchemas {
    /** The class-path directory of the schemas, with a trailing slash. */
    public static final String RESOURCE_DIRECTORY = "io/github/careerguidance/quality/schema/";

    /** The file name of the scheme schema. */
    public static final String SCHEME = "scheme.schema.json";

    /** The file name of the policy schema. */
    public static final String POLICY = "policy.schema.json";

    /** The file name of the registration schema. */
    public static final String REGISTRATION = "registration.schema.json";

    /** The file names of all schemas, in this order: scheme, policy, registration. */
    public static final List<String> FILES = List.of(SCHEME, POLICY, REGISTRATION);

    private QualitySchemas() {}

    /**
     * The schema of scheme files ({@code io.github.careerguidance.quality.scheme.Scheme}).
     *
     * @return the schema as JSON
     * @throws IllegalStateException if the resource is missing (a packaging error)
     */
    public static String scheme() {
        return text(SCHEME);
    }

    /**
     * The schema of policy files ({@code io.github.careerguidance.quality.scheme.Policy}).
     *
     * @return the schema as JSON
     * @throws IllegalStateException if the resource is missing (a packaging error)
     */
    public static String policy() {
        return text(POLICY);
    }

    /**
     * The schema of registration files and bulk records
     * ({@code io.github.careerguidance.quality.registration.Registration}).
     *
     * @return the schema as JSON
     * @throws IllegalStateException if the resource is missing (a packaging error)
     */
    public static String registration() {
        return text(REGISTRATION);
    }

    /**
     * One schema by file name.
     *
     * @param file one of {@link #FILES}
     * @return the schema as JSON
     * @throws IllegalArgumentException if the name is not one of {@link #FILES}
     * @throws IllegalStateException if the resource is missing (a packaging error)
     */
    public static String text(String file) {
        if (!FILES.contains(file)) {
            throw new IllegalArgumentException("schema file must be one of " + FILES + " but was '" + file + "'");
        }
        String resource = RESOURCE_DIRECTORY + file;
        try (InputStream in = QualitySchemas.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("quality schema resource '" + resource + "' is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read quality schema resource '" + resource + "'", e);
        }
    }
}
