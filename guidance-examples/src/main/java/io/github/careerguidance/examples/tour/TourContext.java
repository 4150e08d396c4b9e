/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.tour;

import io.github.careerguidance.core.text.LocalizedText;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link TourStep} works with: the language, the moment for opening hours, where to print, and a folder for
 * reports. Not thread-safe: a tour runs on one thread.
 *
 * @since 0.1.0
 */
public final class TourContext {
    private final Locale locale;
    private final Instant at;
    private final PrintStream out;
    private final Path outputDir;
    private final Map<String, Path> reports = new LinkedHashMap<>();

    /**
     * A context.
     *
     * @param locale nl or en
     * @param at the moment for which "open now" is answered and as of which providers are checked
     * @param out where to print
     * @param outputDir an existing folder for the reports
     */
    public TourContext(Locale locale, Instant at, PrintStream out, Path outputDir) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.at = Objects.requireNonNull(at, "at");
        this.out = Objects.requireNonNull(out, "out");
        this.outputDir = Objects.requireNonNull(outputDir, "outputDir");
    }

    /**
     * The language.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The moment of the tour.
     *
     * @return the instant
     */
    public Instant at() {
        return at;
    }

    /**
     * Where to print.
     *
     * @return the stream
     */
    public PrintStream out() {
        return out;
    }

    /**
     * The folder for reports.
     *
     * @return the folder
     */
    public Path outputDir() {
        return outputDir;
    }

    /**
     * Picks the text in the tour's language.
     *
     * @param nl Dutch
     * @param en English
     * @return one of them
     */
    public String t(String nl, String en) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    /**
     * Resolves a localized text in the tour's language.
     *
     * @param text the text
     * @return the resolved text
     */
    public String t(LocalizedText text) {
        return text.resolve(locale);
    }

    /**
     * Prints an indented line.
     *
     * @param text the line
     */
    public void line(String text) {
        out.println("  " + text);
    }

    /**
     * Records a report file, so that the tour's end says where it is.
     *
     * @param label what the file holds (in the tour's language)
     * @param file the file
     */
    public void report(String label, Path file) {
        reports.put(label, file);
    }

    /**
     * The reports recorded so far.
     *
     * @return label to file, in the order recorded (an unmodifiable copy)
     */
    public Map<String, Path> reports() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(reports));
    }
}
