/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.meta.GuidanceStyle;
import org.immutables.value.Value;

/**
 * How a {@link GuidanceCodec} reads hostile or merely large input: the limits every document (and every record of
 * a record stream) must keep to, and what happens to fields the target type does not know. One value configures
 * parsing for the whole SDK: journeys, schemes, policies, registrations and sessions are all read through a codec.
 *
 * <p>Every limit, when exceeded, gives an {@link io.github.careerguidance.core.diagnostics.Severity#ERROR ERROR}
 * diagnostic {@code core.json.limit} whose arguments name the limit ({@code limit}, the name of the accessor
 * below, such as {@code maxNestingDepth}) and its value ({@code max}); reading never throws for it.
 *
 * <table>
 *   <caption>Limits and defaults</caption>
 *   <tr><th>limit</th><th>default</th><th>applies to</th></tr>
 *   <tr><td>{@link #maxDocumentLength()}</td><td>64 MiB</td><td>a whole document (characters or bytes)</td></tr>
 *   <tr><td>{@link #maxRecordLength()}</td><td>16 MiB</td><td>one record of a JSON array or one NDJSON line</td></tr>
 *   <tr><td>{@link #maxNestingDepth()}</td><td>200</td><td>objects and arrays inside each other</td></tr>
 *   <tr><td>{@link #maxStringLength()}</td><td>16 MiB</td><td>one string value (characters)</td></tr>
 *   <tr><td>{@link #maxNumberLength()}</td><td>1,000</td><td>the digits of one number</td></tr>
 *   <tr><td>{@link #maxNameLength()}</td><td>50,000</td><td>one field name (characters)</td></tr>
 * </table>
 *
 * <p>YAML anchors and aliases ({@code &name}, {@code *name}) are always rejected with the diagnostic
 * {@code core.yaml.alias}: the YAML parser does not expand aliases, so accepting them would silently lose the
 * aliased data, and expanding them is the billion-laughs attack. Guidance documents never need them.
 *
 * <pre>{@code
 * ReadOptions small = ReadOptions.builder().maxDocumentLength(1_000_000).maxRecordLength(64 * 1024).build();
 * GuidanceCodec codec = GuidanceCodec.json(small);
 * GuidanceCodec lenient = GuidanceCodec.yaml().withOptions(
 *         ReadOptions.builder().unknownProperties(ReadOptions.UnknownProperties.IGNORE).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
public abstract class ReadOptions {
    /** Extended only by the generated immutable implementation. */
    ReadOptions() {}

    /** The default of {@link #maxDocumentLength()}: 64 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    /** The default of {@link #maxRecordLength()}: 16 MiB. */
    public static final long DEFAULT_MAX_RECORD_LENGTH = 16L * 1024 * 1024;
    /** The default of {@link #maxNestingDepth()}: 200. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 200;
    /** The default of {@link #maxStringLength()}: 16 MiB. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 16 * 1024 * 1024;
    /** The default of {@link #maxNumberLength()}: 1,000 digits. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 1000;
    /** The default of {@link #maxNameLength()}: 50,000 characters. */
    public static final int DEFAULT_MAX_NAME_LENGTH = 50_000;

    private static final ReadOptions DEFAULTS = builder().build();

    /**
     * What a read does with a field the target type does not know.
     *
     * @since 0.1.0
     */
    public enum UnknownProperties {
        /** Strict (the default): an unknown field is an error diagnostic {@code core.json.unknown-property} at its path. */
        REPORT,
        /** Lenient: unknown fields are skipped without a finding (for reading documents of a newer version). */
        IGNORE
    }

    /**
     * A builder, starting from the defaults.
     *
     * @return a new builder
     */
    public static ImmutableReadOptions.Builder builder() {
        return ImmutableReadOptions.builder();
    }

    /**
     * The defaults used by {@link GuidanceCodec#json()} and {@link GuidanceCodec#yaml()}.
     *
     * @return the default options
     */
    public static ReadOptions defaults() {
        return DEFAULTS;
    }

    /**
     * The largest document, in characters (text) or bytes (streams and files).
     *
     * @return the limit, {@code >= 1}
     */
    @Value.Default
    public long maxDocumentLength() {
        return DEFAULT_MAX_DOCUMENT_LENGTH;
    }

    /**
     * The largest record of a record stream ({@link GuidanceCodec#records(java.io.InputStream, Class)}): an NDJSON
     * line or a JSON array element, in bytes. A longer record is reported ({@code core.json.records.too-long},
     * naming its index and this limit) and skipped; the records after it are read. The stream as a whole may be
     * any length.
     *
     * @return the limit, {@code >= 1}
     */
    @Value.Default
    public long maxRecordLength() {
        return DEFAULT_MAX_RECORD_LENGTH;
    }

    /**
     * The deepest nesting of objects and arrays.
     *
     * @return the limit, {@code >= 1}
     */
    @Value.Default
    public int maxNestingDepth() {
        return DEFAULT_MAX_NESTING_DEPTH;
    }

    /**
     * The longest string value, in characters.
     *
     * @return the limit, {@code >= 1}
     */
    @Value.Default
    public int maxStringLength() {
        return DEFAULT_MAX_STRING_LENGTH;
    }

    /**
     * The longest number, in characters.
     *
     * @return the limit, {@code >= 1}
     */
    @Value.Default
    public int maxNumberLength() {
        return DEFAULT_MAX_NUMBER_LENGTH;
    }

    /**
     * The longest field name, in characters.
     *
     * @return the limit, {@code >= 1}
     */
    @Value.Default
    public int maxNameLength() {
        return DEFAULT_MAX_NAME_LENGTH;
    }

    /**
     * What happens to fields the target type does not know.
     *
     * @return the policy; {@link UnknownProperties#REPORT} by default
     */
    @Value.Default
    public UnknownProperties unknownProperties() {
        return UnknownProperties.REPORT;
    }

    @Value.Check
    void check() {
        positive("maxDocumentLength", maxDocumentLength());
        positive("maxRecordLength", maxRecordLength());
        positive("maxNestingDepth", maxNestingDepth());
        positive("maxStringLength", maxStringLength());
        positive("maxNumberLength", maxNumberLength());
        positive("maxNameLength", maxNameLength());
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1 but was " + value);
        }
    }
}
