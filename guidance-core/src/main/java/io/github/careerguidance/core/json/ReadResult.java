/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading a document: the value when it could be read, and the findings either way.
 *
 * <pre>{@code
 * ReadResult<ClientProfile> read = GuidanceCodec.json().read(text, ClientProfile.class);
 * if (read.isSuccessful()) {
 *     ClientProfile profile = read.value().orElseThrow();
 * } else {
 *     read.diagnostics().forEach(d -> System.err.println(d));
 * }
 * }</pre>
 *
 * <p>A successful result holds a value and may carry findings below {@link
 * io.github.careerguidance.core.diagnostics.Severity#ERROR ERROR} (warnings, information), but never an error: a
 * read that found an error is a failure, and {@link #success(Object, Diagnostics)} rejects error diagnostics. A
 * failed result holds no value and at least one error.
 *
 * @param <T> the type read
 * @since 0.1.0
 */
public final class ReadResult<T> {
    private final T value;
    private final Diagnostics diagnostics;

    private ReadResult(T value, Diagnostics diagnostics) {
        this.value = value;
        this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /**
     * A successful read.
     *
     * @param value the value
     * @param diagnostics findings that did not prevent reading (warnings, information), possibly empty
     * @param <T> the type read
     * @return the result
     * @throws IllegalArgumentException if the diagnostics hold an error or a fatal finding: that is a failure
     */
    public static <T> ReadResult<T> success(T value, Diagnostics diagnostics) {
        Objects.requireNonNull(value, "value");
        if (diagnostics.hasErrors()) {
            throw new IllegalArgumentException(
                    "a successful read must not carry error diagnostics but had: " + diagnostics);
        }
        return new ReadResult<>(value, diagnostics);
    }

    /**
     * A failed read.
     *
     * @param diagnostics why; must hold at least one error
     * @param <T> the type that was to be read
     * @return the result
     * @throws IllegalArgumentException if the diagnostics hold no error
     */
    public static <T> ReadResult<T> failure(Diagnostics diagnostics) {
        if (diagnostics.isSuccessful()) {
            throw new IllegalArgumentException("a failed read needs at least one error diagnostic");
        }
        return new ReadResult<>(null, diagnostics);
    }

    /**
     * The value, when the document could be read.
     *
     * @return the value, or empty on failure
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * The findings.
     *
     * @return the diagnostics; at least one error when the read failed
     */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /**
     * Whether a value was read.
     *
     * @return true on success
     */
    public boolean isSuccessful() {
        return value != null;
    }

    /**
     * The same result with a source set on every finding that has none ({@link Diagnostics#withSource(String)}).
     *
     * @param source the input's name, such as a file path
     * @return the result with sourced findings
     */
    public ReadResult<T> withSource(String source) {
        Diagnostics sourced = diagnostics.withSource(source);
        return sourced == diagnostics ? this : new ReadResult<>(value, sourced);
    }

    /**
     * The value, or a typed exception carrying the diagnostics.
     *
     * @return the value
     * @throws InvalidInputException when the read failed
     */
    public T orElseThrow() {
        if (value == null) {
            throw new InvalidInputException(diagnostics);
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof ReadResult)) {
            return false;
        }
        ReadResult<?> r = (ReadResult<?>) other;
        return Objects.equals(value, r.value) && diagnostics.equals(r.diagnostics);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, diagnostics);
    }

    @Override
    public String toString() {
        return value != null
                ? "ReadResult[success, " + diagnostics.size() + " findings]"
                : "ReadResult[failure, " + diagnostics + "]";
    }
}
