/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.diagnostics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An immutable, ordered collection of {@link Diagnostic}s: the result of every check in guidance.
 *
 * <p>The order is stable and independent of the order findings were added in: by location (document order),
 * then severity (most serious first), then code, then English message, then the remaining fields. So two runs over the same input, even
 * on different threads, list the same findings in the same order.
 *
 * <pre>{@code
 * Diagnostics found = checker.check(journey);
 * if (!found.isSuccessful()) {
 *     found.atLeast(Severity.ERROR).forEach(d -> log.warn(d.render(Locale.ENGLISH)));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Diagnostics implements Iterable<Diagnostic> {
    /** How many findings {@link #toString()} shows before it summarizes. */
    public static final int DISPLAY_LIMIT = 20;

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::location)
            .thenComparing(Diagnostic::severity, Comparator.reverseOrder())
            .thenComparing(Diagnostic::code)
            .thenComparing(d -> d.message(Locale.ENGLISH))
            // tie-breakers, so that the order is total and never depends on insertion order
            .thenComparing(d -> d.message().texts().toString())
            .thenComparing(d -> d.arguments().toString())
            .thenComparing(d -> d.line().orElse(0))
            .thenComparing(d -> d.column().orElse(0))
            .thenComparing(d -> d.source().orElse(""))
            .thenComparing(d -> d.citation().map(Object::toString).orElse(""));

    private static final Diagnostics EMPTY = new Diagnostics(List.of());

    private final List<Diagnostic> items;

    private Diagnostics(List<Diagnostic> sorted) {
        this.items = sorted;
    }

    /**
     * No findings.
     *
     * @return the empty collection
     */
    public static Diagnostics empty() {
        return EMPTY;
    }

    /**
     * A collection of the given findings, put in the stable order.
     *
     * @param diagnostics the findings; none may be null
     * @return the collection
     */
    @JsonCreator
    public static Diagnostics of(Collection<? extends Diagnostic> diagnostics) {
        Objects.requireNonNull(diagnostics, "diagnostics");
        if (diagnostics.isEmpty()) {
            return EMPTY;
        }
        List<Diagnostic> sorted = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            sorted.add(Objects.requireNonNull(d, "diagnostic"));
        }
        sorted.sort(ORDER);
        return new Diagnostics(List.copyOf(sorted));
    }

    /**
     * A collection of the given findings.
     *
     * @param diagnostics the findings
     * @return the collection
     */
    public static Diagnostics of(Diagnostic... diagnostics) {
        return of(List.of(diagnostics));
    }

    /**
     * A builder that collects findings, for checkers.
     *
     * @return an empty builder; not thread-safe
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The findings in stable order.
     *
     * @return an unmodifiable list
     */
    @JsonValue
    public List<Diagnostic> asList() {
        return items;
    }

    /**
     * The findings as a stream, in stable order.
     *
     * @return a stream
     */
    public Stream<Diagnostic> stream() {
        return items.stream();
    }

    @Override
    public Iterator<Diagnostic> iterator() {
        return items.iterator();
    }

    /**
     * How many findings there are.
     *
     * @return the count
     */
    public int size() {
        return items.size();
    }

    /**
     * Whether there are no findings at all.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * Whether the input may be used: no finding is an error or fatal.
     *
     * @return true when every finding is at most a warning
     */
    public boolean isSuccessful() {
        if (isEmpty()) {
            return true; // the usual case (every successfully read record): no stream, no Optional
        }
        return maxSeverity().map(s -> !s.isAtLeast(Severity.ERROR)).orElse(true);
    }

    /**
     * Whether some finding is an error or fatal.
     *
     * @return the opposite of {@link #isSuccessful()}
     */
    public boolean hasErrors() {
        return !isSuccessful();
    }

    /**
     * The most serious severity present.
     *
     * @return the severity, or empty when there are no findings
     */
    public Optional<Severity> maxSeverity() {
        return items.stream().map(Diagnostic::severity).max(Comparator.naturalOrder());
    }

    /**
     * The findings that match a predicate.
     *
     * @param predicate the filter
     * @return a new collection, in the same order
     */
    public Diagnostics filter(Predicate<? super Diagnostic> predicate) {
        List<Diagnostic> kept = items.stream().filter(predicate).collect(Collectors.toList());
        return kept.size() == items.size() ? this : new Diagnostics(List.copyOf(kept));
    }

    /**
     * The findings at or above a severity.
     *
     * @param threshold the least severity kept
     * @return a new collection
     */
    public Diagnostics atLeast(Severity threshold) {
        return filter(d -> d.severity().isAtLeast(threshold));
    }

    /**
     * The findings with a code.
     *
     * @param code the exact code
     * @return a new collection, possibly empty
     */
    public Diagnostics withCode(String code) {
        return filter(d -> d.code().equals(code));
    }

    /**
     * The findings at or below a location.
     *
     * @param location the subtree
     * @return a new collection
     */
    public Diagnostics under(JsonPointer location) {
        return filter(d -> location.contains(d.location()));
    }

    /**
     * The findings of both collections.
     *
     * @param other more findings
     * @return a new collection in stable order
     */
    public Diagnostics plus(Diagnostics other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<Diagnostic> all = new ArrayList<>(items);
        all.addAll(other.items);
        return of(all);
    }

    /**
     * The findings with a source set on each that has none, as when a document read from a file or a design
     * checked after reading should name the file.
     *
     * @param source the input's name, such as a file path
     * @return a new collection; findings that already name a source keep it
     */
    public Diagnostics withSource(String source) {
        Objects.requireNonNull(source, "source");
        if (items.stream().allMatch(d -> d.source().isPresent())) {
            return this;
        }
        List<Diagnostic> sourced = new ArrayList<>(items.size());
        for (Diagnostic d : items) {
            sourced.add(
                    d.source().isPresent() ? d : ImmutableDiagnostic.copyOf(d).withSource(source));
        }
        return of(sourced); // re-sorted: the source is one of the tie-breakers
    }

    /**
     * Every finding rendered on its own line in a locale.
     *
     * @param locale the requested locale for messages
     * @return the lines joined by newlines; for no findings, a single line saying so
     */
    public String render(Locale locale) {
        if (items.isEmpty()) {
            return "nl".equals(locale.getLanguage()) ? "Geen bevindingen" : "No issues";
        }
        return items.stream().map(d -> d.render(locale)).collect(Collectors.joining(System.lineSeparator()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Diagnostics && ((Diagnostics) other).items.equals(items);
    }

    @Override
    public int hashCode() {
        return items.hashCode();
    }

    /**
     * A short English summary, capped at {@link #DISPLAY_LIMIT} findings.
     *
     * @return the summary; {@code "No issues"} when empty
     */
    @Override
    public String toString() {
        if (items.isEmpty()) {
            return "No issues";
        }
        StringBuilder out = new StringBuilder();
        int shown = Math.min(items.size(), DISPLAY_LIMIT);
        if (shown < items.size()) {
            out.append("showing first ")
                    .append(shown)
                    .append(" of ")
                    .append(items.size())
                    .append(" issues");
        } else {
            out.append(items.size()).append(items.size() == 1 ? " issue" : " issues");
        }
        for (int i = 0; i < shown; i++) {
            out.append(System.lineSeparator()).append("  ").append(items.get(i));
        }
        return out.toString();
    }

    /**
     * Collects findings; {@link #build()} puts them in stable order. Not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final List<Diagnostic> items = new ArrayList<>();

        private Builder() {}

        /**
         * Adds one finding.
         *
         * @param diagnostic the finding
         * @return this builder
         */
        public Builder add(Diagnostic diagnostic) {
            items.add(Objects.requireNonNull(diagnostic, "diagnostic"));
            return this;
        }

        /**
         * Adds several findings.
         *
         * @param diagnostics the findings
         * @return this builder
         */
        public Builder addAll(Iterable<? extends Diagnostic> diagnostics) {
            diagnostics.forEach(this::add);
            return this;
        }

        /**
         * Whether nothing has been added yet.
         *
         * @return true when empty
         */
        public boolean isEmpty() {
            return items.isEmpty();
        }

        /**
         * The collected findings.
         *
         * @return an immutable collection in stable order
         */
        public Diagnostics build() {
            return of(items);
        }
    }
}
