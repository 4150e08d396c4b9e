/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.research.internal.PopulationCodes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A compiled {@link Given}: profile field values and earlier answers. Immutable. */
final class Matcher {
    /** Profile field order of {@link #test}'s profile codes. */
    static final List<String> FIELDS = List.of("ageBand", "educationLevel", "employment", "region");

    static final Matcher ALWAYS = new Matcher(Optional.empty());

    private final Set<String>[] profile;
    private final String[] questions;
    private final Set<String>[] accepted;

    @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of generic sets
    Matcher(Optional<Given> given) {
        profile = new Set[FIELDS.size()];
        List<String> qs = new ArrayList<>();
        List<Set<String>> as = new ArrayList<>();
        if (given.isPresent()) {
            for (Map.Entry<String, List<String>> f : given.get().profile().entrySet()) {
                int i = FIELDS.indexOf(f.getKey());
                if (i >= 0) {
                    Set<String> codes = new HashSet<>();
                    for (String v : f.getValue()) {
                        codes.add(canonical(f.getKey(), v));
                    }
                    profile[i] = codes;
                }
            }
            for (Map.Entry<String, List<String>> a : given.get().answers().entrySet()) {
                qs.add(a.getKey());
                Set<String> values = new HashSet<>();
                for (String v : a.getValue()) {
                    BigDecimal n = PopulationCodes.number(v);
                    values.add(n != null ? n.stripTrailingZeros().toPlainString() : v);
                }
                as.add(values);
            }
        }
        questions = qs.toArray(new String[0]);
        accepted = as.toArray(new Set[0]);
    }

    private static String canonical(String field, String value) {
        try {
            Object parsed = PopulationCodes.parser(field).apply(value);
            if (parsed instanceof io.github.careerguidance.core.profile.Region) {
                return ((io.github.careerguidance.core.profile.Region) parsed).code();
            }
            return parsed instanceof Enum ? ((Enum<?>) parsed).name() : value;
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    /**
     * Whether the condition holds.
     *
     * @param profileCodes the client's canonical profile values in {@link #FIELDS} order (null when absent)
     * @param answers the session's answers
     * @return true when every listed field and answer matches
     */
    boolean test(String[] profileCodes, Map<String, Answer> answers) {
        for (int i = 0; i < profile.length; i++) {
            if (profile[i] != null && (profileCodes[i] == null || !profile[i].contains(profileCodes[i]))) {
                return false;
            }
        }
        for (int i = 0; i < questions.length; i++) {
            Answer a = answers.get(questions[i]);
            if (a == null || !matches(a, accepted[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Answer a, Set<String> values) {
        if (a.number().isPresent()) {
            return values.contains(a.number().get().stripTrailingZeros().toPlainString());
        }
        if (a.text().isPresent()) {
            return values.contains(a.text().get());
        }
        for (String option : a.selectedOptions()) {
            if (values.contains(option)) {
                return true;
            }
        }
        return false;
    }
}
