/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.AnswerKind;
import io.github.careerguidance.journeys.internal.JourneyMessages;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.QuestionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates an answer against its question. Not API. */
final class AnswerCheck {
    private static final JsonPointer ANSWER = JsonPointer.of("answer");

    private AnswerCheck() {}

    /** The error when the answer is over a limit, or null; cheap, and before anything else is checked. */
    static SessionError limits(String step, AnswerLimits limits, Answer answer) {
        switch (answer.kind()) {
            case TEXT: {
                String text = answer.text().orElseThrow();
                // a code point takes one or two chars: only count when the chars could be too many
                if (text.length() > limits.maxTextLength()) {
                    int length = text.codePointCount(0, text.length());
                    if (length > limits.maxTextLength()) {
                        return over(step, "text", "text-length", limits.maxTextLength(), length);
                    }
                }
                return null;
            }
            case CHOICES: {
                int count = answer.choices().size();
                return count > limits.maxChoices()
                        ? over(step, "choices", "choices", limits.maxChoices(), count)
                        : null;
            }
            case NUMBER: {
                BigDecimal n = answer.number().orElseThrow();
                long digits = Math.max((long) n.precision() - n.scale(), 1L) + Math.max(n.scale(), 0);
                return digits > limits.maxNumberDigits()
                        ? over(step, "number", "number-digits", limits.maxNumberDigits(), digits)
                        : null;
            }
            case CHOICE:
            default:
                return null;
        }
    }

    private static SessionError over(String step, String field, String limit, int max, long actual) {
        return error(
                ErrorReason.ANSWER_LIMIT_EXCEEDED,
                ANSWER.append(field),
                args("step", step, "limit", limit, "max", max, "actual", actual));
    }

    /** The error, or null when the answer fits. */
    static SessionError check(String step, Question q, Set<String> offered, Answer answer) {
        QuestionType type = q.type();
        AnswerKind kind = answer.kind();
        switch (type) {
            case SINGLE_CHOICE:
                if (kind != AnswerKind.CHOICE) {
                    return wrongKind(step, q, "choice", kind);
                }
                String code = answer.choice().orElseThrow();
                return offered.contains(code) ? null : choices(step, q, offered, List.of(code), true);
            case MULTIPLE_CHOICE:
                if (kind != AnswerKind.CHOICES && kind != AnswerKind.CHOICE) {
                    return wrongKind(step, q, "choices", kind);
                }
                return choices(step, q, offered, answer.selectedOptions(), kind == AnswerKind.CHOICE);
            case SCALE:
            case NUMBER: {
                if (kind != AnswerKind.NUMBER) {
                    return wrongKind(step, q, "number", kind);
                }
                BigDecimal n = answer.number().orElseThrow();
                boolean whole = n.stripTrailingZeros().scale() <= 0;
                boolean below = q.min().isPresent() && n.compareTo(q.min().get()) < 0;
                boolean above = q.max().isPresent() && n.compareTo(q.max().get()) > 0;
                if (below || above || (type == QuestionType.SCALE && !whole)) {
                    // The given number is not echoed (it is the visitor's answer): the question and its range are.
                    return error(
                            ErrorReason.NUMBER_OUT_OF_RANGE,
                            ANSWER.append("number"),
                            args(
                                    "step",
                                    step,
                                    "min",
                                    q.min().map(BigDecimal::toPlainString).orElse("-\u221e"),
                                    "max",
                                    q.max().map(BigDecimal::toPlainString).orElse("\u221e"),
                                    "whole",
                                    type == QuestionType.SCALE ? "yes" : "no"));
                }
                return null;
            }
            case SHORT_TEXT:
            default: {
                if (kind != AnswerKind.TEXT) {
                    return wrongKind(step, q, "text", kind);
                }
                String text = answer.text().orElseThrow();
                int length = text.codePointCount(0, text.length());
                int max = q.maxLength().orElse(Question.MAX_TEXT_LENGTH);
                if (length > max) {
                    return error(
                            ErrorReason.TEXT_TOO_LONG,
                            ANSWER.append("text"),
                            args("step", step, "max", max, "length", length));
                }
                return null;
            }
        }
    }

    private static SessionError choices(
            String step, Question q, Set<String> offered, List<String> chosen, boolean single) {
        for (int i = 0; i < chosen.size(); i++) {
            String c = chosen.get(i);
            if (!offered.contains(c)) {
                List<String> codes = new ArrayList<>();
                q.choices().forEach(x -> codes.add(x.code()));
                JsonPointer at = single
                        ? ANSWER.append("choice")
                        : ANSWER.append("choices").append(i);
                // The given code is not echoed: a forged or free-text "choice" may carry personal data.
                return error(
                        ErrorReason.CHOICE_NOT_OFFERED,
                        at,
                        args("step", step, "position", i + 1, "choices", String.join(", ", codes)));
            }
        }
        return null;
    }

    private static SessionError wrongKind(String step, Question q, String expected, AnswerKind actual) {
        return error(
                ErrorReason.WRONG_ANSWER_KIND,
                ANSWER.append("kind"),
                args("step", step, "type", q.type().code(), "expected", expected, "actual", actual.code()));
    }

    static SessionError error(ErrorReason reason, JsonPointer at, Map<String, ?> arguments) {
        return new SessionError(
                reason,
                Diagnostics.of(JourneyMessages.diagnostic(Severity.ERROR, reason.diagnosticCode(), at, arguments)));
    }

    static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
