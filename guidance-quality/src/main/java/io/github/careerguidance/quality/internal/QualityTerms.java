/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words explanations use for codes (statuses, units, documents, services, evidence and parameter names, education
 * alternatives), in Dutch and English, from the message bundle's {@code quality.term.*} entries; and the terms and
 * periods a rule applied. Arguments of explanations are rendered through these by their name, so a Dutch explanation
 * never quotes an English code; a code without a term (an integrator's own service code) is shown as it is. Internal.
 */
public final class QualityTerms {
    private static final String PREFIX = "quality.term.";
    /** Per kind and code ({@code status.active}), its words; read-only after class initialisation. */
    private static final Map<String, LocalizedText> TERMS;

    static {
        Map<String, LocalizedText> terms = new HashMap<>();
        for (String code : QualityMessages.BUNDLE.codes()) {
            if (code.startsWith(PREFIX)
                    && !code.startsWith(PREFIX + "period.")
                    && !code.startsWith(PREFIX + "amount.")) {
                LocalizedText t = QualityMessages.BUNDLE.text(code, Map.of());
                terms.put(
                        code.substring(PREFIX.length()),
                        LocalizedText.of(t.resolve(LocalizedText.DUTCH), t.resolve(Locale.ENGLISH)));
            }
        }
        TERMS = java.util.Collections.unmodifiableMap(terms);
    }

    private QualityTerms() {}

    /**
     * The kind of term an argument of this name holds, or null when its value is shown as it is.
     */
    private static String kindOf(String argument) {
        switch (argument) {
            case "status":
            case "claimed":
            case "accepted":
                return "status";
            case "unit":
                return "unit";
            case "documents":
            case "missing":
                return "document";
            case "services":
                return "service";
            case "funding":
                return "funding";
            case "category":
            case "categories":
            case "restricted":
                return "category";
            case "evidence":
                return "evidence";
            case "parameter":
            case "parameters":
                return "parameter";
            case "alternative":
            case "alternatives":
                return "alternative";
            case "levels":
            case "rules":
            case "years":
            case "schemes":
                return "";
            default:
                return null;
        }
    }

    /**
     * The arguments of an explanation with each code rendered as its words and each list written as words joined by
     * commas (no brackets).
     *
     * @param args the arguments by name
     * @return the same map when nothing is rendered or it is a {@link SmallMap} (rendered in place), else a new one
     */
    @SuppressWarnings("unchecked")
    public static Map<String, ?> localize(Map<String, ?> args) {
        if (args instanceof SmallMap) {
            // an outcome's own arguments, read once for its text: rendered in place, without a copy per result
            SmallMap<Object> own = (SmallMap<Object>) args;
            for (Map.Entry<String, Object> e : own.entrySet()) {
                String kind = kindOf(e.getKey());
                if (kind != null && e.getValue() != null && !(e.getValue() instanceof LocalizedText)) {
                    own.put(e.getKey(), render(kind, e.getValue()));
                }
            }
            return own;
        }
        Map<String, Object> out = null;
        for (Map.Entry<String, ?> e : args.entrySet()) {
            String kind = kindOf(e.getKey());
            if (kind == null || e.getValue() == null || e.getValue() instanceof LocalizedText) {
                continue;
            }
            if (out == null) {
                out = new LinkedHashMap<>(args);
            }
            out.put(e.getKey(), render(kind, e.getValue()));
        }
        return out == null ? args : out;
    }

    private static Object render(String kind, Object value) {
        if (value instanceof Collection<?> c) {
            return list(kind, c);
        }
        String text = String.valueOf(value);
        if (kind.equals("status") && text.contains(", ")) {
            return list(kind, List.of(text.split(", ")));
        }
        return kind.isEmpty() ? text : term(kind, text);
    }

    /**
     * The words for a code of a kind.
     *
     * @param kind {@code status}, {@code unit}, {@code document}, {@code service}, {@code evidence},
     *     {@code parameter} or {@code alternative}
     * @param code the code
     * @return its words; the code itself in both languages when the bundle has none
     */
    public static Object term(String kind, String code) {
        LocalizedText t = TERMS.get(kind + "." + code);
        return t == null ? code : t;
    }

    /**
     * The words for a code of a kind in one language.
     *
     * @param kind the kind, as for {@link #term}
     * @param code the code
     * @param locale the language
     * @return its words; the code itself when the bundle has none
     */
    public static String word(String kind, String code, Locale locale) {
        LocalizedText t = TERMS.get(kind + "." + code);
        return t == null ? code : t.resolve(locale);
    }

    /** Whether a code of a kind has words in the bundle (for tests). */
    public static boolean hasTerm(String kind, String code) {
        return TERMS.containsKey(kind + "." + code);
    }

    private static Object list(String kind, Collection<?> values) {
        if (values.isEmpty()) {
            return LocalizedText.of("geen", "none");
        }
        StringBuilder nl = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (Object v : values) {
            Object t = kind.isEmpty() ? String.valueOf(v) : term(kind, String.valueOf(v));
            if (nl.length() > 0) {
                nl.append(", ");
                en.append(", ");
            }
            if (t instanceof LocalizedText l) {
                nl.append(l.resolve(LocalizedText.DUTCH));
                en.append(l.resolve(Locale.ENGLISH));
            } else {
                nl.append(t);
                en.append(t);
            }
        }
        String n = nl.toString();
        String e = en.toString();
        return n.equals(e) ? n : LocalizedText.of(n, e);
    }

    /**
     * An amount of hours: {@code 1200 uur} / {@code 1200 hours}.
     *
     * @param hours the hours
     * @return the words
     */
    public static LocalizedText hours(long hours) {
        return LocalizedText.of(hours + " uur", hours + (hours == 1 ? " hour" : " hours"));
    }

    /**
     * An amount of years with at most two decimals: {@code 2,5 jaar} / {@code 2.5 years}.
     *
     * @param years the years
     * @return the words
     */
    public static LocalizedText years(double years) {
        String en = new java.math.BigDecimal(years)
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
        return LocalizedText.of(en.replace('.', ',') + " jaar", en + (en.equals("1") ? " year" : " years"));
    }

    /**
     * The period an entry is valid: its term in years from its start when the term was applied, else from its start
     * or only its end; such as {@code 4 jaar vanaf 2023-03-01 tot en met 2027-02-28}.
     *
     * @param termYears the term applied, or null when the entry gave its end date
     * @param from the start, or null
     * @param until the last valid day
     * @return the words
     */
    public static LocalizedText validity(Integer termYears, LocalDate from, LocalDate until) {
        if (termYears != null && from != null) {
            return QualityMessages.text(
                    "quality.term.period.term", QualityMessages.args("years", termYears, "from", from, "until", until));
        }
        if (from != null) {
            return QualityMessages.text(
                    "quality.term.period.from-until", QualityMessages.args("from", from, "until", until));
        }
        return QualityMessages.text("quality.term.period.until", QualityMessages.args("until", until));
    }

    /** The codes with words, as {@code kind.code} (for tests). */
    public static List<String> codes() {
        return new ArrayList<>(TERMS.keySet());
    }
}
