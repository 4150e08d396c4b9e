/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.diagnostics.internal.CoreMessages;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The built-in competence frameworks, instruments and crosswalk, loaded once from resources, and the reading of
 * user-supplied instrument files.
 *
 * <ul>
 *   <li>{@link #kuijpers()}: Kuijpers' five career competencies (loopbaancompetenties), with the learner
 *       questions of the 2021 Kamerbrief.
 *   <li>{@link #ccq()}: the six competencies of the Career Competencies Questionnaire (Akkermans et al. 2013)
 *       in three areas.
 *   <li>{@link #caas()}: the four Career Adapt-Abilities scales (Savickas); {@link #caas24Structure()} and
 *       {@link #caas12Structure()} are the 24- and 12-item instruments <em>without item texts</em>.
 *   <li>{@link #cms()}: the four themes of the Scottish Career Management Skills framework.
 *   <li>{@link #casve()}: the CASVE cycle as a framework of five phases, matching {@link CasvePhase}.
 *   <li>{@link #crosswalk()}: guidance's proposed correspondences between these frameworks.
 * </ul>
 *
 * <pre>{@code
 * CompetenceFramework kuijpers = CompetenceModels.kuijpers();
 * Instrument caas = CompetenceModels.readInstrument(Path.of("caas-24-met-teksten.yaml")).orElseThrow();
 * ScoringResult result = caas.score(responses);
 * }</pre>
 *
 * <p>Values are immutable and cached; the class is thread-safe. A resource that cannot be loaded is a
 * packaging bug and throws {@link IllegalStateException} with the diagnostics.
 *
 * @since 0.1.0
 */
public final class CompetenceModels {
    private static final String BASE = "io/github/careerguidance/core/competence/";

    private static final Lazy<CompetenceFramework> KUIJPERS = frameworkResource("kuijpers.yaml");
    private static final Lazy<CompetenceFramework> CCQ = frameworkResource("ccq.yaml");
    private static final Lazy<CompetenceFramework> CAAS = frameworkResource("caas.yaml");
    private static final Lazy<CompetenceFramework> CMS = frameworkResource("cms.yaml");
    private static final Lazy<CompetenceFramework> CASVE = frameworkResource("casve.yaml");
    private static final Lazy<Instrument> CAAS_24 = instrumentResource("caas-24.yaml");
    private static final Lazy<Instrument> CAAS_SF_12 = instrumentResource("caas-sf-12.yaml");
    private static final Lazy<Crosswalk> CROSSWALK = new Lazy<>(() -> {
        Crosswalk crosswalk = load(BASE + "crosswalk.yaml", Crosswalk.class);
        requireValid(BASE + "crosswalk.yaml", crosswalk.validate(frameworks()));
        return crosswalk;
    });

    private CompetenceModels() {}

    /**
     * Kuijpers' five career competencies: motievenreflectie, kwaliteitenreflectie, werkexploratie,
     * loopbaansturing, netwerken.
     *
     * @return the framework {@code kuijpers}
     * @throws IllegalStateException if the resource is broken (a packaging bug)
     */
    public static CompetenceFramework kuijpers() {
        return KUIJPERS.get();
    }

    /**
     * The six competencies of the Career Competencies Questionnaire (Akkermans et al. 2013), grouped in the areas
     * {@code reflective}, {@code communicative} and {@code behavioural}. The questionnaire's items are not
     * included.
     *
     * @return the framework {@code ccq}
     * @throws IllegalStateException if the resource is broken (a packaging bug)
     */
    public static CompetenceFramework ccq() {
        return CCQ.get();
    }

    /**
     * The four Career Adapt-Abilities scales: concern, control, curiosity, confidence.
     *
     * @return the framework {@code caas}
     * @throws IllegalStateException if the resource is broken (a packaging bug)
     */
    public static CompetenceFramework caas() {
        return CAAS.get();
    }

    /**
     * The four themes of the Scottish Career Management Skills framework: self, strengths, horizons, networks.
     *
     * @return the framework {@code cms}
     * @throws IllegalStateException if the resource is broken (a packaging bug)
     */
    public static CompetenceFramework cms() {
        return CMS.get();
    }

    /**
     * The CASVE cycle as a framework; its dimension codes are the {@link CasvePhase} codes.
     *
     * @return the framework {@code casve}
     * @throws IllegalStateException if the resource is broken (a packaging bug)
     */
    public static CompetenceFramework casve() {
        return CASVE.get();
    }

    /**
     * All built-in frameworks: kuijpers, ccq, caas, cms, casve.
     *
     * @return an unmodifiable list
     * @throws IllegalStateException if a resource is broken (a packaging bug)
     */
    public static List<CompetenceFramework> frameworks() {
        return List.of(kuijpers(), ccq(), caas(), cms(), casve());
    }

    /**
     * The built-in framework with a code.
     *
     * @param code such as {@code cms}
     * @return the framework, or empty when no built-in framework has that code
     */
    public static Optional<CompetenceFramework> framework(String code) {
        return frameworks().stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /**
     * The CAAS (International Form 2.0) as a structure: 24 items, 6 per scale, ids {@code concern-1} to
     * {@code confidence-6}, <em>without item texts</em> (no licence for them was found). The 1&ndash;5 response
     * scale is commonly cited but not confirmed; see the instrument's note.
     *
     * @return the instrument {@code caas-24}
     * @throws IllegalStateException if the resource is broken (a packaging bug)
     */
    public static Instrument caas24Structure() {
        return CAAS_24.get();
    }

    /**
     * The CAAS short form as a structure: 12 items, 3 per scale, without item texts.
     *
     * @return the instrument {@code caas-sf-12}
     * @throws IllegalStateException if the resource is broken (a packaging bug)
     */
    public static Instrument caas12Structure() {
        return CAAS_SF_12.get();
    }

    /**
     * All built-in instruments: caas-24, caas-sf-12.
     *
     * @return an unmodifiable list
     */
    public static List<Instrument> instruments() {
        return List.of(caas24Structure(), caas12Structure());
    }

    /**
     * The built-in crosswalk between the built-in frameworks. Most mappings are guidance proposals, as each
     * mapping's note says.
     *
     * @return the crosswalk
     * @throws IllegalStateException if the resource is broken (a packaging bug)
     */
    public static Crosswalk crosswalk() {
        return CROSSWALK.get();
    }

    /**
     * Reads an instrument document (for example the CAAS with licensed item texts) and checks it against the
     * built-in framework it names.
     *
     * @param text the JSON or YAML document
     * @param codec the codec for its format
     * @return the instrument, or the diagnostics: reading errors, {@code core.competence.unknown-framework} at
     *     {@code /framework}, or {@code core.competence.unknown-dimension} at {@code /items/<i>/dimension}
     */
    public static ReadResult<Instrument> readInstrument(String text, GuidanceCodec codec) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(codec, "codec");
        return checked(codec.read(text, Instrument.class));
    }

    /**
     * Reads an instrument file and checks it against the built-in framework it names; YAML for {@code .yaml} or
     * {@code .yml}, JSON otherwise.
     *
     * @param file the document
     * @return the instrument, or the diagnostics (as for {@link #readInstrument(String, GuidanceCodec)}, plus
     *     I/O failures)
     */
    public static ReadResult<Instrument> readInstrument(Path file) {
        Objects.requireNonNull(file, "file");
        return checked(GuidanceCodec.forFileName(file.toString()).read(file, Instrument.class));
    }

    private static ReadResult<Instrument> checked(ReadResult<Instrument> read) {
        if (!read.isSuccessful()) {
            return read;
        }
        Instrument instrument = read.value().orElseThrow();
        Optional<CompetenceFramework> framework = framework(instrument.framework());
        Diagnostics found = framework
                .map(instrument::validate)
                .orElseGet(() -> Diagnostics.of(CoreMessages.BUNDLE.diagnostic(
                        Severity.ERROR,
                        "core.competence.unknown-framework",
                        JsonPointer.of("framework"),
                        CoreMessages.args(
                                "framework",
                                instrument.framework(),
                                "known",
                                frameworks().stream()
                                        .map(CompetenceFramework::code)
                                        .toList()))));
        Diagnostics all = read.diagnostics().plus(found);
        return all.isSuccessful() ? ReadResult.success(instrument, all) : ReadResult.failure(all);
    }

    /**
     * Loads a built-in resource; package-private for tests of broken resources.
     *
     * @throws IllegalStateException if the resource is missing or cannot be read
     */
    static <T> T load(String resource, Class<T> type) {
        try (InputStream in = CompetenceModels.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in resource '" + resource + "' is missing");
            }
            ReadResult<T> read = GuidanceCodec.forFileName(resource).read(in, type);
            if (!read.isSuccessful()) {
                throw new IllegalStateException(
                        "built-in resource '" + resource + "' is broken: " + read.diagnostics());
            }
            return read.value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in resource '" + resource + "'", e);
        }
    }

    private static void requireValid(String resource, Diagnostics found) {
        if (!found.isSuccessful()) {
            throw new IllegalStateException("built-in resource '" + resource + "' is inconsistent: " + found);
        }
    }

    private static Lazy<CompetenceFramework> frameworkResource(String name) {
        return new Lazy<>(() -> load(BASE + name, CompetenceFramework.class));
    }

    private static Lazy<Instrument> instrumentResource(String name) {
        return new Lazy<>(() -> {
            Instrument instrument = load(BASE + name, Instrument.class);
            CompetenceFramework framework = framework(instrument.framework())
                    .orElseThrow(() -> new IllegalStateException("built-in resource '" + BASE + name
                            + "' names unknown framework '" + instrument.framework() + "'"));
            requireValid(BASE + name, instrument.validate(framework));
            return instrument;
        });
    }

    /** A thread-safe, write-once holder; a failed load is not cached, so every call reports it. */
    private static final class Lazy<T> {
        private final Supplier<T> loader;
        private volatile T value;

        Lazy(Supplier<T> loader) {
            this.loader = loader;
        }

        T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = loader.get();
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}
