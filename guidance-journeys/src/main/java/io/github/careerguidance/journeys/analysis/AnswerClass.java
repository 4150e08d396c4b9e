/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.analysis;

import io.github.careerguidance.core.profile.Answer;
import java.util.Objects;

/**
 * One class of answers to a question that the design's conditions do not tell apart, with the answer that stands
 * for it: a choice ({@code werk}), a numeric interval between thresholds ({@code [3, 5]}, represented by {@code
 * 3}), a text compared with, or {@code other}. Immutable.
 *
 * @since 0.9.0
 */
public final class AnswerClass {
    private final String label;
    private final Answer answer;

    /**
     * A class.
     *
     * @param label how the class is shown
     * @param answer the representative answer
     */
    public AnswerClass(String label, Answer answer) {
        this.label = Objects.requireNonNull(label, "label");
        this.answer = Objects.requireNonNull(answer, "answer");
    }

    /**
     * How the class is shown in tables.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The answer that represents the class.
     *
     * @return the answer
     */
    public Answer answer() {
        return answer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerClass
                && ((AnswerClass) o).label.equals(label)
                && ((AnswerClass) o).answer.equals(answer);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, answer);
    }

    @Override
    public String toString() {
        return label;
    }
}
