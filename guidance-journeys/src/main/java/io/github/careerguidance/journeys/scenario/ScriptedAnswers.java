/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain values (as read from YAML or JSON, or typed in a terminal) as engine inputs: a choice code, a list of codes or
 * a comma-separated text for a multiple choice, a number or a numeric text, a text; for an assessment a map item id →
 * score, or one score for every item. A value that does not fit the question gives no answer, and {@link
 * #mismatch(String, Question)} says what the question takes without repeating the value (it may be personal data).
 *
 * <pre>{@code
 * Optional<Answer> a = ScriptedAnswers.answer(question, "12");   // a number for a number question
 * Optional<Answer> none = ScriptedAnswers.answer(question, "veel"); // empty: text for a number question
 * }</pre>
 *
 * @since 0.2.0
 */
@Beta
public final class ScriptedAnswers {
    /** Longest numeric text read as a number; a longer one is not a number here. */
    private static final int MAX_NUMBER_TEXT = 64;

    private ScriptedAnswers() {}

    /**
     * The answer a plain value gives to a question.
     *
     * @param question the question
     * @param given the value: a string, number, boolean or list
     * @return the answer, or empty when the value does not fit the question's type (the engine checks the rest:
     *     offered choices, range, length)
     */
    public static Optional<Answer> answer(Question question, Object given) {
        if (given == null) {
            return Optional.empty();
        }
        try {
            switch (question.type()) {
                case MULTIPLE_CHOICE: {
                    List<String> codes = new ArrayList<>();
                    if (given instanceof List) {
                        for (Object c : (List<?>) given) {
                            if (!isScalar(c)) {
                                return Optional.empty();
                            }
                            codes.add(String.valueOf(c).trim());
                        }
                    } else if (isScalar(given)) {
                        for (String c : String.valueOf(given).split(",", -1)) {
                            codes.add(c.trim());
                        }
                    } else {
                        return Optional.empty();
                    }
                    return Optional.of(Answer.choices(codes));
                }
                case SCALE:
                case NUMBER:
                    return number(given).map(Answer::number);
                case SHORT_TEXT:
                    return isScalar(given) ? Optional.of(Answer.text(String.valueOf(given))) : Optional.empty();
                case SINGLE_CHOICE:
                default:
                    return isScalar(given)
                            ? Optional.of(Answer.choice(String.valueOf(given).trim()))
                            : Optional.empty();
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // Answer's own checks (blank, too long, too many): the value cannot be an answer
            return Optional.empty();
        }
    }

    /**
     * The item responses a plain value gives to an instrument: a map item id → score, or one score for every item.
     *
     * @param instrument the instrument
     * @param given the value
     * @return the responses, or empty when the value is neither a map of whole numbers nor a whole number
     */
    public static Optional<Map<String, Integer>> responses(Instrument instrument, Object given) {
        Map<String, Integer> responses = new LinkedHashMap<>();
        if (given instanceof Map) {
            for (Map.Entry<?, ?> e : ((Map<?, ?>) given).entrySet()) {
                Optional<Integer> score = whole(e.getValue());
                if (e.getKey() == null || score.isEmpty()) {
                    return Optional.empty();
                }
                responses.put(String.valueOf(e.getKey()), score.get());
            }
            return Optional.of(responses);
        }
        Optional<Integer> same = whole(given);
        if (same.isEmpty()) {
            return Optional.empty();
        }
        for (Item item : instrument.items()) {
            responses.put(item.id(), same.get());
        }
        return Optional.of(responses);
    }

    /**
     * Why a value gives no answer to a question: what the question takes (its choice codes, its range, a text),
     * naming the step, never the value. Code {@code journeys.scenario.answer-choice}, {@code -number} or
     * {@code -text}.
     *
     * @param step the step id
     * @param question the question
     * @return an ERROR diagnostic
     */
    public static Diagnostic mismatch(String step, Question question) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("step", step);
        String code;
        switch (question.type()) {
            case SCALE:
            case NUMBER:
                code = question.type() == io.github.careerguidance.journeys.model.QuestionType.SCALE
                        ? "journeys.scenario.answer-whole-number"
                        : "journeys.scenario.answer-number";
                args.put("min", question.min().map(BigDecimal::toPlainString).orElse("-\u221e"));
                args.put("max", question.max().map(BigDecimal::toPlainString).orElse("\u221e"));
                break;
            case SHORT_TEXT:
                code = "journeys.scenario.answer-text";
                break;
            case MULTIPLE_CHOICE:
            case SINGLE_CHOICE:
            default:
                code = question.type() == io.github.careerguidance.journeys.model.QuestionType.MULTIPLE_CHOICE
                        ? "journeys.scenario.answer-choices"
                        : "journeys.scenario.answer-choice";
                List<String> codes = new ArrayList<>();
                for (Choice c : question.choices()) {
                    codes.add(c.code());
                }
                args.put("choices", String.join(", ", codes));
                break;
        }
        return JourneyMessages.diagnostic(Severity.ERROR, code, JsonPointer.of("answers", step), args);
    }

    /**
     * Why a value gives no responses to an instrument, naming the step and the scale, never the value
     * ({@code journeys.scenario.answer-scores}).
     *
     * @param step the step id
     * @param instrument the instrument
     * @return an ERROR diagnostic
     */
    public static Diagnostic mismatch(String step, Instrument instrument) {
        return JourneyMessages.diagnostic(
                Severity.ERROR,
                "journeys.scenario.answer-scores",
                JsonPointer.of("answers", step),
                Map.of(
                        "step",
                        step,
                        "min",
                        instrument.responseScale().min(),
                        "max",
                        instrument.responseScale().max()));
    }

    private static boolean isScalar(Object v) {
        return v instanceof String || v instanceof Number || v instanceof Boolean;
    }

    private static Optional<BigDecimal> number(Object given) {
        if (given instanceof BigDecimal) {
            return Optional.of((BigDecimal) given);
        }
        if (given instanceof Integer
                || given instanceof Long
                || given instanceof Short
                || given instanceof Byte
                || given instanceof java.math.BigInteger) {
            return Optional.of(new BigDecimal(String.valueOf(given)));
        }
        if (given instanceof Double || given instanceof Float) {
            double d = ((Number) given).doubleValue();
            return Double.isFinite(d) ? Optional.of(BigDecimal.valueOf(d)) : Optional.empty();
        }
        if (given instanceof String) {
            String s = ((String) given).trim();
            if (s.isEmpty() || s.length() > MAX_NUMBER_TEXT || !s.matches("[-+]?[0-9]+(?:[.,][0-9]+)?")) {
                return Optional.empty();
            }
            return Optional.of(new BigDecimal(s.replace(',', '.')));
        }
        return Optional.empty();
    }

    private static Optional<Integer> whole(Object v) {
        Optional<BigDecimal> n = number(v);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(n.get().intValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }
}
