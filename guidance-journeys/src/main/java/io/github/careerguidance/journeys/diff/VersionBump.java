/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diff;

/**
 * The semantic version bump a change calls for. The policy ({@link JourneyDiffer}): <b>major</b> when a step is
 * removed or changes kind, or when some stored session of the old version cannot resume on the new one;
 * <b>minor</b> for anything else that changes what a client can be asked, shown or routed to (steps, transitions,
 * conditions, content items, choices added or changed); <b>patch</b> when only texts changed; <b>none</b> when
 * nothing did.
 *
 * @since 0.9.0
 */
public enum VersionBump {
    /** Nothing changed. */
    NONE,
    /** Only texts changed. */
    PATCH,
    /** Compatible changes: stored sessions resume. */
    MINOR,
    /** Incompatible: a step removed, or stored sessions that cannot resume. */
    MAJOR;

    /**
     * The bump from one semantic version to another.
     *
     * @param from the old version, such as {@code 1.2.0}
     * @param to the new version
     * @return the bump; {@link #NONE} when equal or lower
     */
    public static VersionBump between(String from, String to) {
        int[] a = parts(from);
        int[] b = parts(to);
        if (b[0] > a[0]) {
            return MAJOR;
        }
        if (b[0] == a[0] && b[1] > a[1]) {
            return MINOR;
        }
        if (b[0] == a[0] && b[1] == a[1] && b[2] > a[2]) {
            return PATCH;
        }
        return NONE;
    }

    private static int[] parts(String version) {
        String core = version.split("[-+]", 2)[0];
        String[] p = core.split("\\.");
        int[] out = new int[3];
        for (int i = 0; i < 3 && i < p.length; i++) {
            try {
                out[i] = Integer.parseInt(p[i]);
            } catch (NumberFormatException e) {
                out[i] = 0;
            }
        }
        return out;
    }

    /**
     * The lower-case code.
     *
     * @return {@code none}, {@code patch}, {@code minor} or {@code major}
     */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
