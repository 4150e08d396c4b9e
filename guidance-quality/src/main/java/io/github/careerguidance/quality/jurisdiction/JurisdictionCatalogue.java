/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.jurisdiction;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in jurisdiction profiles: the Netherlands ({@code nl}), Scotland ({@code gb-sct}), Finland
 * ({@code fi}), Denmark ({@code dk}) and Estonia ({@code ee}), loaded from cited YAML data under
 * {@code io/github/careerguidance/quality/jurisdictions/}. Facts come only from the research notes
 * ({@code shared/research/quality-schemes.md}, sections 0 and 8).
 *
 * <pre>{@code
 * for (JurisdictionProfile p : JurisdictionCatalogue.builtIn().profiles()) {
 *     System.out.println(p.id() + " unknown: " + p.unknown());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JurisdictionCatalogue {
    static final List<String> BUILT_IN = List.of("nl", "gb", "gb-sct", "fi", "dk", "ee");

    private static final JurisdictionCatalogue BUILT_IN_CATALOGUE = new JurisdictionCatalogue(load());

    private final List<JurisdictionProfile> profiles;

    private JurisdictionCatalogue(List<JurisdictionProfile> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    /**
     * The built-in profiles.
     *
     * @return the catalogue
     * @throws IllegalStateException (at class initialisation) if a built-in resource is broken: a packaging bug
     */
    public static JurisdictionCatalogue builtIn() {
        return BUILT_IN_CATALOGUE;
    }

    /**
     * All profiles, in the order nl, gb, gb-sct, fi, dk, ee.
     *
     * @return the profiles
     */
    public List<JurisdictionProfile> profiles() {
        return profiles;
    }

    /**
     * One profile.
     *
     * @param id the jurisdiction id, such as {@code fi}
     * @return the profile, or empty when there is none
     */
    public Optional<JurisdictionProfile> profile(String id) {
        Objects.requireNonNull(id, "id");
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static List<JurisdictionProfile> load() {
        List<JurisdictionProfile> out = new ArrayList<>();
        for (String id : BUILT_IN) {
            String resource = "io/github/careerguidance/quality/jurisdictions/" + id + ".yaml";
            try (InputStream in = JurisdictionCatalogue.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in jurisdiction resource " + resource + " is missing");
                }
                ReadResult<JurisdictionProfile> read = GuidanceCodec.yaml().read(in, JurisdictionProfile.class);
                if (!read.isSuccessful()) {
                    throw new IllegalStateException(
                            "built-in jurisdiction " + resource + " is broken: " + read.diagnostics());
                }
                JurisdictionProfile p = read.orElseThrow();
                if (!p.id().equals(id)) {
                    throw new IllegalStateException("built-in jurisdiction " + resource + " has id " + p.id());
                }
                out.add(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "JurisdictionCatalogue" + BUILT_IN;
    }
}
