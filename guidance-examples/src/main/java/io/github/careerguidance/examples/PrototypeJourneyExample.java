/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples;

import io.github.careerguidance.core.competence.CasvePhase;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.authoring.JourneyBuilder;
import io.github.careerguidance.journeys.check.JourneyChecker;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Operand;
import io.github.careerguidance.research.report.SimulationReport;
import io.github.careerguidance.research.simulation.DesignComparison;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Code example: prototype a journey design before building it. It writes a small design with {@link JourneyBuilder},
 * checks it with the {@link JourneyChecker}, simulates 2,000 clients of a population model on the real engine with
 * the {@link Simulator}, compares it with a variant that leaves out the introduction (same clients, same seed),
 * and writes the HTML report with plots ({@link SimulationReport}).
 *
 * <pre>
 * java -cp guidance-examples-all.jar io.github.careerguidance.examples.PrototypeJourneyExample prototype-report
 * </pre>
 *
 * <p>The population below is illustrative (round numbers, not statistics); use your own intake data.
 *
 * @since 0.1.0
 */
public final class PrototypeJourneyExample {
    /** The population of the example, as YAML (the format {@code guidance journey simulate} reads). */
    public static final String POPULATION = String.join(
            "\n",
            "id: prototype-illustratief",
            "note: illustrative numbers, not sourced",
            "goals: {looking-for-work: 1.0}",
            "profile:",
            "  employment: {unemployed-with-benefit: 0.5, unemployed-without-benefit: 0.2, employed: 0.3}",
            "questions:",
            "  q-richting:",
            "    - when: {profile: {employment: [employed]}}",
            "      answers: {duidelijk: 0.6, geen-idee: 0.4}",
            "    - answers: {duidelijk: 0.3, geen-idee: 0.7}",
            "  q-vangnet:",
            "    - when: {answers: {q-richting: [geen-idee]}}",
            "      answers: {ja: 0.6, nee: 0.4}",
            "    - answers: {ja: 0.9, nee: 0.1}",
            "dropOut: {information: 0.08, question: 0.03, reflection: 0.05, contact: 0.04}",
            "");

    private PrototypeJourneyExample() {}

    /**
     * The prototype design: an introduction, a question about the direction, a conversation with an adviser for
     * those without one, a safety-net question that offers a person, and a plan.
     *
     * @param withIntroduction whether the design starts with the introduction (design A) or not (the variant B)
     * @return the journey
     */
    public static Journey design(boolean withIntroduction) {
        JourneyBuilder b = JourneyBuilder.journey("prototype-werk", withIntroduction ? "0.1.0" : "0.1.0-zonder-intro")
                .title("Prototype: ik zoek werk", "Prototype: I am looking for work")
                .goals("looking-for-work")
                .locales("nl", "en");
        if (withIntroduction) {
            b.information(
                    "intro",
                    s -> s.phase(CasvePhase.COMMUNICATION)
                            .title("Zo werkt het", "How it works")
                            .item(
                                    "zo-werkt-het",
                                    "In vijf minuten naar je volgende stap.",
                                    "Your next step in five minutes.")
                            .minutes(2)
                            .next("q-richting"));
        }
        return b.question(
                        "q-richting",
                        s -> s.phase(CasvePhase.ANALYSIS)
                                .title("Jouw richting", "Your direction")
                                .singleChoice(
                                        "Weet je welk werk je zoekt?", "Do you know what work you are looking for?")
                                .choice("duidelijk", "Ja", "Yes")
                                .choice("geen-idee", "Nog niet", "Not yet")
                                .minutes(1)
                                .when(Condition.equalTo(Operand.answer("q-richting"), "geen-idee"), "gesprek")
                                .next("q-vangnet"))
                .reflection(
                        "gesprek",
                        s -> s.phase(CasvePhase.SYNTHESIS)
                                .title("Gesprek met een adviseur", "Conversation with an adviser")
                                .withProfessional()
                                .prompt("Welk werk gaf je energie?", "Which work gave you energy?")
                                .minutes(20)
                                .next("q-vangnet"))
                .question(
                        "q-vangnet",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Lukt het zo?", "Does this work for you?")
                                .singleChoice("Kun je hiermee verder?", "Can you go on with this?")
                                .choice("ja", "Ja", "Yes")
                                .escalatingChoice("nee", "Nee, ik wil hulp", "No, I want help")
                                .minutes(1)
                                .when(Condition.equalTo(Operand.answer("q-vangnet"), "nee"), "contact")
                                .next("plan"))
                .contact(
                        "contact",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Praat met een adviseur", "Talk to an adviser")
                                .supportLevel(SupportLevel.BRIEF_STAFF_ASSISTED)
                                .channels(ContactChannel.CHAT, ContactChannel.PHONE)
                                .minutes(10)
                                .next("plan"))
                .outcome(
                        "plan",
                        s -> s.phase(CasvePhase.EXECUTION)
                                .title("Je plan", "Your plan")
                                .plan("Je weet wat je volgende stap is.", "You know your next step."))
                .build();
    }

    /**
     * Checks both designs, simulates them on the same clients, prints the key figures and writes the report.
     *
     * @param dir the folder for {@code report.html} and the plots
     * @param clients the number of simulated clients per design
     * @param out where to print
     * @return the comparison
     * @throws IOException if the report cannot be written
     * @throws IllegalStateException if a design or the population has errors
     */
    public static DesignComparison prototype(Path dir, long clients, PrintStream out) throws IOException {
        Journey a = design(true);
        Journey b = design(false);
        JourneyChecker checker = JourneyChecker.ofDefaults();
        for (Journey j : List.of(a, b)) {
            Diagnostics findings = checker.check(j);
            findings.atLeast(Severity.WARNING).forEach(d -> out.println(j.version() + ": " + d.render(Locale.ENGLISH)));
            if (findings.hasErrors()) {
                throw new IllegalStateException("design " + j.version() + " has errors");
            }
        }
        PopulationModel population = PopulationModel.parse(POPULATION, true).orElseThrow();
        Simulator simulator = Simulator.builder()
                .population(population)
                .clients(clients)
                .seed(2026)
                .threads(2)
                .build();
        SimulationSummary sa = simulator.run("A", JourneyEngine.compile(a));
        SimulationSummary sb = simulator.run("B", JourneyEngine.compile(b));
        DesignComparison comparison = DesignComparison.of(sa, sb);
        for (SimulationSummary s : List.of(sa, sb)) {
            s.metric("completion", "", "")
                    .ifPresent(m -> out.printf(
                            Locale.ROOT,
                            "%s completed: %.1f%% [%.1f%%, %.1f%%]%n",
                            s.design(),
                            100 * m.estimate(),
                            100 * m.lower().orElseThrow(),
                            100 * m.upper().orElseThrow()));
        }
        comparison
                .difference("completion", "", "")
                .ifPresent(d -> out.printf(
                        Locale.ROOT,
                        "completion B - A: %+.1f%% [%+.1f%%, %+.1f%%]%n",
                        100 * d.difference(),
                        100 * d.lower().orElseThrow(),
                        100 * d.upper().orElseThrow()));
        Path report = SimulationReport.of(comparison, List.of(a), List.of(b))
                .language(Locale.ENGLISH)
                .write(dir)
                .get(0);
        out.println("report: " + report);
        return comparison;
    }

    /**
     * Runs the example.
     *
     * @param args the output folder (default {@code prototype-report})
     * @throws IOException if the report cannot be written
     */
    public static void main(String[] args) throws IOException {
        prototype(Path.of(args.length > 0 ? args[0] : "prototype-report"), 2_000, System.out);
    }
}
