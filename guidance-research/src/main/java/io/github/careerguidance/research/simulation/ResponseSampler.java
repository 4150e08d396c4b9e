/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import io.github.careerguidance.core.profile.Answer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Draws item responses for one assessment step, every item independently. Immutable. */
final class ResponseSampler {
    private final Matcher[] when;
    private final int[][] values;
    private final double[][] cumulative;
    private final int[] fallback;
    private final double[] fallbackCumulative;

    ResponseSampler(List<ResponseRule> rules, int min, int max) {
        when = new Matcher[rules.size()];
        values = new int[rules.size()][];
        cumulative = new double[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            when[r] = new Matcher(rules.get(r).when());
            List<String> keys = new ArrayList<>(rules.get(r).responses().keySet());
            values[r] = new int[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                values[r][i] = Integer.parseInt(keys.get(i));
            }
            cumulative[r] = Samplers.cumulative(rules.get(r).responses());
        }
        Map<String, Double> uniform = new LinkedHashMap<>();
        fallback = new int[max - min + 1];
        for (int v = min; v <= max; v++) {
            fallback[v - min] = v;
            uniform.put(Integer.toString(v), 1.0 / (max - min + 1));
        }
        fallbackCumulative = Samplers.cumulative(uniform);
    }

    /**
     * Draws the responses.
     *
     * @param items the item ids
     * @param profile the client's profile codes
     * @param answers the session's answers so far
     * @param random the client's walk stream
     * @return responses by item id, in item order
     */
    Map<String, Integer> draw(String[] items, String[] profile, Map<String, Answer> answers, SplittableRandom random) {
        int[] v = fallback;
        double[] c = fallbackCumulative;
        for (int r = 0; r < when.length; r++) {
            if (when[r].test(profile, answers)) {
                v = values[r];
                c = cumulative[r];
                break;
            }
        }
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (String item : items) {
            responses.put(item, v[Samplers.draw(c, random)]);
        }
        return responses;
    }
}
