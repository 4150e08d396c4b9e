/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable set of schemes by id: the built-in ones, an integrator's own, or both.
 *
 * <pre>{@code
 * SchemeCatalogue catalogue = SchemeCatalogue.builtIn().with(myScheme);
 * Optional<Scheme> bka = catalogue.scheme("register-bka");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SchemeCatalogue {
    /** The resource files of the built-in schemes, under {@code io/github/careerguidance/quality/schemes/}. */
    static final List<String> BUILT_IN = List.of(
            "noloc-rl",
            "noloc-rj",
            "cmi-rl",
            "register-bka",
            "blik-op-werk",
            "ontwikkeladvies-2017",
            "ontwikkeladvies-2020",
            "ontwikkeladvies-2022",
            "ontwikkeladvies-2023",
            "matrix-standard",
            "cdi-register");

    private static final SchemeCatalogue BUILT_IN_CATALOGUE = load();

    private final Map<String, Scheme> schemes;

    private SchemeCatalogue(Map<String, Scheme> schemes) {
        this.schemes = Collections.unmodifiableMap(schemes);
    }

    /**
     * The built-in schemes, each citing its sources.
     *
     * @return the catalogue
     * @throws IllegalStateException if a built-in resource is broken (a packaging error)
     */
    public static SchemeCatalogue builtIn() {
        return BUILT_IN_CATALOGUE;
    }

    /**
     * A catalogue of the given schemes.
     *
     * @param schemes the schemes; ids must be unique
     * @return the catalogue
     * @throws IllegalArgumentException if an id repeats
     */
    public static SchemeCatalogue of(Collection<Scheme> schemes) {
        Map<String, Scheme> map = new LinkedHashMap<>();
        for (Scheme s : schemes) {
            if (map.put(s.id(), s) != null) {
                throw new IllegalArgumentException("scheme id '" + s.id() + "' repeats in the catalogue");
            }
        }
        return new SchemeCatalogue(map);
    }

    /**
     * A catalogue with one more scheme; a scheme with the same id is replaced.
     *
     * @param scheme the scheme
     * @return a new catalogue
     */
    public SchemeCatalogue with(Scheme scheme) {
        Objects.requireNonNull(scheme, "scheme");
        Map<String, Scheme> map = new LinkedHashMap<>(schemes);
        map.put(scheme.id(), scheme);
        return new SchemeCatalogue(map);
    }

    /**
     * A scheme by id.
     *
     * @param id the scheme id
     * @return the scheme, or empty when the catalogue has none with that id
     */
    public Optional<Scheme> scheme(String id) {
        return Optional.ofNullable(schemes.get(id));
    }

    /**
     * All schemes, in catalogue order.
     *
     * @return an unmodifiable list
     */
    public List<Scheme> schemes() {
        return List.copyOf(schemes.values());
    }

    private static SchemeCatalogue load() {
        List<Scheme> loaded = new ArrayList<>();
        for (String name : BUILT_IN) {
            String resource = "io/github/careerguidance/quality/schemes/" + name + ".yaml";
            try (InputStream in = SchemeCatalogue.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in scheme resource " + resource + " is missing");
                }
                ReadResult<Scheme> read = GuidanceCodec.yaml().read(in, Scheme.class);
                if (!read.isSuccessful()) {
                    throw new IllegalStateException(
                            "built-in scheme " + resource + " is broken: " + read.diagnostics());
                }
                Scheme scheme = read.orElseThrow();
                if (!scheme.id().equals(name)) {
                    throw new IllegalStateException("built-in scheme " + resource + " has id " + scheme.id());
                }
                loaded.add(scheme);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return of(loaded);
    }

    @Override
    public String toString() {
        return "SchemeCatalogue" + schemes.keySet();
    }
}
