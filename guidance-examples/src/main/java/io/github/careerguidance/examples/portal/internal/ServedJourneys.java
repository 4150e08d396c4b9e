/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.portal.check.JourneyRefusedException;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.reference.ReferenceJourneys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The journeys the portal serves: the reference journeys and, for the live preview ({@code serve --journey FILE…}),
 * a designer's journey files. Every journey passes the SDK's check before it is served: a journey with errors, or one
 * that can show a visitor an empty information page ({@code journeys.lint.empty-information}), is refused at start-up.
 * A file that breaks later (a save with an error) keeps its last good version served, and its findings are kept for
 * the preview banner and {@code /preview}. Thread-safe: the compiled setup is swapped whole.
 */
public final class ServedJourneys implements Supplier<ReferenceSetup> {
    /** The linter's finding that refuses a journey although it is only a warning: a reachable empty information page. */
    static final String EMPTY_INFORMATION = "journeys.lint.empty-information";

    /**
     * One designer's file and what the portal knows about it.
     *
     * @param file the file as given
     * @param good the last version that passed the check (served), or empty when none ever did
     * @param findings the findings of the last check (warnings of a good version, or what broke the last save)
     * @param broken whether the last save failed the check, so {@code good} is an older version
     * @param checkedAt when the file was last checked
     */
    record FileState(Path file, Optional<Journey> good, Diagnostics findings, boolean broken, Instant checkedAt) {}

    private final List<ContactPoint> points;
    private final List<Instrument> instruments;
    private final JourneyChecker checker;
    private final Clock clock;
    private final List<Journey> reference;
    private final Map<Path, FileState> files = new LinkedHashMap<>();
    private volatile ReferenceSetup current;

    private ServedJourneys(
            List<ContactPoint> points, List<Instrument> instruments, Clock clock, List<Journey> reference) {
        this.points = List.copyOf(points);
        this.instruments = List.copyOf(instruments);
        this.checker = JourneyChecker.ofDefaults().withInstruments(instruments);
        this.clock = clock;
        this.reference = reference;
    }

    /**
     * Checks and compiles the journeys to serve.
     *
     * @param points the contact points
     * @param instruments instruments besides the built-in ones (licensed item texts), possibly none
     * @param designerFiles the designer's journey files (JSON or YAML), possibly none
     * @param clock the clock for the time of each check
     * @return the served journeys
     * @throws JourneyRefusedException when a journey fails the check
     */
    public static ServedJourneys start(
            List<ContactPoint> points, List<Instrument> instruments, List<Path> designerFiles, Clock clock) {
        JourneyChecker checker = JourneyChecker.ofDefaults().withInstruments(instruments);
        List<Journey> designed = new ArrayList<>();
        Map<Path, FileState> states = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Path file : designerFiles) {
            FileState state = check(file, checker, clock, Optional.empty());
            if (state.broken()) {
                throw new JourneyRefusedException(file.toString(), state.findings());
            }
            Journey j = state.good().orElseThrow();
            if (!ids.add(j.id())) {
                throw new JourneyRefusedException(file.toString(), Diagnostics.of(duplicate(j.id())));
            }
            designed.add(j);
            states.put(file, state);
        }
        // the reference journeys beside the designer's, less those whose id or goals a designer's journey takes
        Set<String> goals = new HashSet<>();
        designed.forEach(j -> goals.addAll(j.goals()));
        List<Journey> reference = new ArrayList<>();
        for (Journey j : ReferenceJourneys.all()) {
            if (ids.contains(j.id()) || j.goals().stream().anyMatch(goals::contains)) {
                continue;
            }
            Diagnostics found = checker.check(j);
            if (refuses(found)) {
                throw new JourneyRefusedException("the reference journey '" + j.id() + "'", found);
            }
            reference.add(j);
        }
        ServedJourneys served = new ServedJourneys(points, instruments, clock, List.copyOf(reference));
        served.files.putAll(states);
        served.current = served.compile();
        return served;
    }

    /** Whether a check's findings keep a journey from being served. */
    static boolean refuses(Diagnostics findings) {
        return findings.hasErrors() || !findings.withCode(EMPTY_INFORMATION).isEmpty();
    }

    /** Reads and checks a file; broken when it cannot be read or its findings refuse it. */
    private static FileState check(Path file, JourneyChecker checker, Clock clock, Optional<Journey> lastGood) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            String name = String.valueOf(file);
            Diagnostic d = Diagnostic.builder()
                    .severity(Severity.ERROR)
                    .code("portal.preview.no-file")
                    .message(LocalizedText.of(
                            "Het bestand " + name + " bestaat niet of is niet te lezen",
                            "The file " + name + " does not exist or cannot be read"))
                    .build();
            return new FileState(file, lastGood, Diagnostics.of(d), true, clock.instant());
        }
        ReadResult<Journey> read =
                JourneyFormat.forFileName(String.valueOf(file.getFileName())).read(file);
        Diagnostics found = read.diagnostics();
        if (read.value().isPresent()) {
            found = found.plus(checker.check(read.value().get()));
        }
        boolean broken = read.value().isEmpty() || refuses(found);
        return new FileState(file, broken ? lastGood : read.value(), found, broken, clock.instant());
    }

    private static Diagnostic duplicate(String id) {
        return Diagnostic.builder()
                .severity(Severity.ERROR)
                .code("portal.preview.duplicate-journey-id")
                .location(io.github.careerguidance.core.diagnostics.JsonPointer.of("id"))
                .message(LocalizedText.of(
                        "Een ander bestand heeft al een route met id '" + id + "'",
                        "Another file already has a journey with the id '" + id + "'"))
                .build();
    }

    private ReferenceSetup compile() {
        List<Journey> all = new ArrayList<>();
        for (FileState s : files.values()) {
            s.good().ifPresent(all::add);
        }
        all.addAll(reference);
        return ReferenceSetup.of(points, all, instruments);
    }

    /**
     * Checks a designer's file again (after a save) and serves it when it passes; otherwise the last good version
     * stays and the findings say why.
     *
     * @param file one of the files given at start
     * @return true when the new version is served
     */
    synchronized boolean reload(Path file) {
        FileState before = files.get(file);
        if (before == null) {
            return false;
        }
        FileState state = check(file, checker, clock, before.good());
        if (!state.broken()) {
            String id = state.good().orElseThrow().id();
            boolean taken = files.values().stream()
                    .anyMatch(s -> !s.file().equals(file)
                            && s.good().map(Journey::id).filter(id::equals).isPresent());
            if (taken) {
                state = new FileState(
                        file,
                        before.good(),
                        state.findings().plus(Diagnostics.of(duplicate(id))),
                        true,
                        state.checkedAt());
            }
        }
        files.put(file, state);
        if (state.broken()) {
            return false;
        }
        try {
            current = compile();
            return true;
        } catch (InvalidJourneyException | IllegalArgumentException e) {
            // the engine's compiler found what the check did not: keep the last good version
            files.put(file, new FileState(file, before.good(), state.findings(), true, state.checkedAt()));
            current = compile();
            return false;
        }
    }

    /** The compiled journeys now served. */
    @Override
    public ReferenceSetup get() {
        return current;
    }

    /**
     * Whether designer's files are served (the live preview).
     *
     * @return true with at least one file
     */
    public boolean previewing() {
        synchronized (this) {
            return !files.isEmpty();
        }
    }

    /** The designer's files, in the order given. */
    synchronized List<FileState> files() {
        return List.copyOf(files.values());
    }

    /** The designer's file whose last good version has a journey id. */
    synchronized Optional<FileState> fileOf(String journeyId) {
        return files.values().stream()
                .filter(s -> s.good().map(Journey::id).filter(journeyId::equals).isPresent())
                .findFirst();
    }

    @Override
    public String toString() {
        return "ServedJourneys[" + current.router() + ", files=" + files().size() + "]";
    }
}
