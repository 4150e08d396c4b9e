/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.careerguidance.core.internal.JacksonLimits;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Jackson 3 mappers for one {@link ReadOptions}: JSON and YAML, configured alike (the read limits, strict
 * duplicate detection, no YAML aliases, the unknown-property policy). Thread-safe, and immutable as seen from
 * outside: each mapper is built on its first use, once, so that a JSON-only or YAML-only reader does not pay for the
 * other format's mapper in a cold JVM (issue #18: 3 % of {@code guidance journey check}, 0.62 to 0.60 s). Internal to the
 * package: no Jackson type leaves it.
 */
final class JsonMappers {
    private static final JsonMappers DEFAULTS = new JsonMappers(ReadOptions.defaults());

    private final ReadOptions options;
    /** Built on first use (double-checked under this object's lock), never changed after. */
    private volatile ObjectMapper json;
    /** Built on first use (double-checked under this object's lock), never changed after. */
    private volatile ObjectMapper yaml;

    private JsonMappers(ReadOptions options) {
        this.options = options;
    }

    private static ObjectMapper buildJson(ReadOptions options) {
        StreamReadConstraints limits = constraints(options);
        return configure(
                        JsonMapper.builder(JsonFactory.builder()
                                .streamReadConstraints(limits)
                                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                                .build()),
                        options)
                .build();
    }

    private static ObjectMapper buildYaml(ReadOptions options) {
        StreamReadConstraints limits = constraints(options);
        return configure(
                        YAMLMapper.builder(YAMLFactory.builder()
                                .streamReadConstraints(limits)
                                .loadSettings(LoadSettings.builder()
                                        // the whole document, in code points; Jackson counts it too (maxDocumentLength)
                                        .setCodePointLimit(
                                                (int) Math.min(Integer.MAX_VALUE, options.maxDocumentLength()))
                                        .setAllowDuplicateKeys(false)
                                        .setAllowRecursiveKeys(false)
                                        .setMaxAliasesForCollections(0)
                                        .build())
                                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                                .build()),
                        options)
                .build();
    }

    /**
     * The options these mappers apply.
     *
     * @return the options
     */
    public ReadOptions options() {
        return options;
    }

    /**
     * The configured mapper for a format.
     *
     * @param format the format
     * @return the mapper
     */
    public ObjectMapper mapper(Format format) {
        return format == Format.JSON ? json() : yaml();
    }

    private ObjectMapper json() {
        ObjectMapper m = json;
        if (m == null) {
            synchronized (this) {
                m = json;
                if (m == null) {
                    m = buildJson(options);
                    json = m;
                }
            }
        }
        return m;
    }

    private ObjectMapper yaml() {
        ObjectMapper m = yaml;
        if (m == null) {
            synchronized (this) {
                m = yaml;
                if (m == null) {
                    m = buildYaml(options);
                    yaml = m;
                }
            }
        }
        return m;
    }

    /**
     * The mappers for some options; the shared default mappers for the defaults.
     *
     * @param options the options
     * @return the mappers
     */
    static JsonMappers of(ReadOptions options) {
        return options.equals(ReadOptions.defaults()) ? DEFAULTS : new JsonMappers(options);
    }

    /**
     * The shared mappers of the default options; writing uses them (writing does not depend on the read options).
     *
     * @return the default mappers
     */
    static JsonMappers defaults() {
        return DEFAULTS;
    }

    /**
     * The Jackson stream-read constraints of some options.
     *
     * @param options the options
     * @return the constraints: document length, nesting depth, string, number and name length
     */
    static StreamReadConstraints constraints(ReadOptions options) {
        return JacksonLimits.constraints(
                options.maxNestingDepth(),
                options.maxDocumentLength(),
                options.maxStringLength(),
                options.maxNumberLength(),
                options.maxNameLength());
    }

    /**
     * Every mapper the SDK reads with by default, for tests that check their configuration (no default typing).
     *
     * @return the default JSON and YAML mappers
     */
    static List<ObjectMapper> defaultMappers() {
        return List.of(DEFAULTS.json(), DEFAULTS.yaml());
    }

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder, ReadOptions options) {
        return builder.configure(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        options.unknownProperties() == ReadOptions.UnknownProperties.REPORT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_ABSENT));
    }
}
