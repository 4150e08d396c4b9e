/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.2 SC 1.4.11 / 2.4.13 for the portal's focus indicator, computed from the style sheet itself: the focus
 * ring's colour has a contrast ratio of at least 3:1 against every background it can be drawn on (the page, the
 * contact panel, the notices and banners; on the dark header and the skip link, the light ring).
 */
class PortalAccessFocusContrastTest {
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
    private static final Pattern VAR = Pattern.compile("--([a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})");
    private static final Pattern COLOUR = Pattern.compile("(#[0-9a-fA-F]{6}|var\\(--[a-z-]+\\))");

    private static String css() throws IOException {
        try (InputStream in = PortalAccessFocusContrastTest.class.getResourceAsStream(
                "/io/github/careerguidance/examples/portal/portal.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
    }

    /** Selector → declarations of every rule (inside @media too). */
    private static Map<String, String> rules(String css) {
        Map<String, String> rules = new LinkedHashMap<>();
        Matcher m = RULE.matcher(css);
        while (m.find()) {
            rules.merge(m.group(1).strip().replaceAll("\\s+", " "), m.group(2), (a, b) -> a + ";" + b);
        }
        return rules;
    }

    private static String colour(String value, Map<String, String> vars) {
        Matcher m = COLOUR.matcher(value);
        assertThat(m.find()).as("a colour in '" + value + "'").isTrue();
        String c = m.group(1);
        if (c.startsWith("var(")) {
            String name = c.substring(6, c.length() - 1);
            assertThat(vars).as("CSS variable --" + name).containsKey(name);
            return vars.get(name);
        }
        return c;
    }

    /** The colour of a declaration (such as background or outline) of a rule with exactly this selector. */
    private static String declared(
            Map<String, String> rules, Map<String, String> vars, String selector, String property) {
        String body = rules.get(selector);
        assertThat(body).as("rule " + selector).isNotNull();
        Matcher m = Pattern.compile("(?:^|;)\\s*" + Pattern.quote(property) + "\\s*:([^;]*)")
                .matcher(body);
        assertThat(m.find()).as(property + " in " + selector).isTrue();
        return colour(m.group(1), vars);
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theContrastFormulaMatchesWcag() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#777777", "#ffffff")).isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
        // the old ring (#f0a500) on white failed: 2.08
        assertThat(contrast("#f0a500", "#ffffff")).isLessThan(3.0);
    }

    @Test
    void theFocusRingHasAtLeast3To1AgainstEveryBackgroundItIsDrawnOn() throws IOException {
        String css = css();
        Map<String, String> vars = new LinkedHashMap<>();
        Matcher v = VAR.matcher(css);
        while (v.find()) {
            vars.put(v.group(1), v.group(2).toLowerCase());
        }
        Map<String, String> rules = rules(css);
        String ring = declared(rules, vars, ":focus-visible", "outline");
        String darkRing =
                declared(rules, vars, "header.site :focus-visible, .skip-link:focus-visible", "outline-color");
        String summaryRing = declared(rules, vars, ".error-summary:focus", "outline");
        // light containers with focusable content
        Map<String, String> light = new LinkedHashMap<>();
        for (String selector : new String[] {"body", "aside.contact", ".notice", ".not-caas", ".preview"}) {
            light.put(selector, declared(rules, vars, selector, "background"));
        }
        // dark ones: the header, and the skip link, which shows over the header
        Map<String, String> dark = Map.of(
                "header.site",
                declared(rules, vars, "header.site", "background"),
                ".skip-link",
                declared(rules, vars, ".skip-link", "background"));
        light.forEach((selector, bg) -> {
            assertThat(contrast(ring, bg))
                    .as("focus ring " + ring + " on " + selector + " " + bg)
                    .isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(summaryRing, bg))
                    .as("error summary ring on " + selector)
                    .isGreaterThanOrEqualTo(3.0);
        });
        dark.forEach((selector, bg) -> assertThat(contrast(darkRing, bg))
                .as("focus ring " + darkRing + " on " + selector + " " + bg)
                .isGreaterThanOrEqualTo(3.0));
        // every focus rule uses one of the checked colours, so a new one cannot slip past this test
        rules.forEach((selector, body) -> {
            if (selector.contains(":focus") && (body.contains("outline:") || body.contains("outline-color"))) {
                Matcher m = COLOUR.matcher(body);
                while (m.find()) {
                    assertThat(colour(m.group(1), vars))
                            .as("focus colour in " + selector)
                            .isIn(ring, darkRing, summaryRing);
                }
            }
        });
    }
}
