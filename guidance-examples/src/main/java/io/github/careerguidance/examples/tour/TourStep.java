/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.tour;

import io.github.careerguidance.core.text.LocalizedText;

/**
 * One part of the {@link Tour}: prints its part of the walk-through and may leave files in
 * {@link TourContext#outputDir()}, naming them with {@link TourContext#report(String, java.nio.file.Path)}.
 *
 * <pre>{@code
 * Tour tour = Tour.standard().with(TourStep.of(LocalizedText.of("Simulatie", "Simulation"), ctx -> ctx.line("...")));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface TourStep {
    /**
     * The heading printed above the step.
     *
     * @return nl and en
     */
    LocalizedText title();

    /**
     * Runs the step.
     *
     * @param context where to print, the language, the moment and the output folder
     * @throws Exception when the step cannot finish; the tour then stops with exit code 1
     */
    void run(TourContext context) throws Exception;

    /**
     * A step from a title and a body.
     *
     * @param title the heading
     * @param body what it does
     * @return the step
     */
    static TourStep of(LocalizedText title, Body body) {
        return new TourStep() {
            @Override
            public LocalizedText title() {
                return title;
            }

            @Override
            public void run(TourContext context) throws Exception {
                body.run(context);
            }
        };
    }

    /** The body of a step made with {@link TourStep#of}. */
    @FunctionalInterface
    interface Body {
        /**
         * Runs the body.
         *
         * @param context the tour's context
         * @throws Exception when it cannot finish
         */
        void run(TourContext context) throws Exception;
    }
}
