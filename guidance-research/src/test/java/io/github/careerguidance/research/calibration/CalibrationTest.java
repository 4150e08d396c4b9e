/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.research.simulation.AnswerRule;
import io.github.careerguidance.research.simulation.Metric;
import io.github.careerguidance.research.simulation.MetricDifference;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import io.github.careerguidance.testsupport.SchemaValidation;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Simulate a design with a known population, write the simulated sessions as an engine log, calibrate from it and
 * recover the generating probabilities within their intervals.
 */
class CalibrationTest {
    private static final long CLIENTS = 5_000;

    /** The sessions as the engine stores them, one per line (not anonymised: the answers are kept). */
    static String engineLog(SessionRecorder recorder) {
        JourneyEngine engine = JourneyEngine.compile(KnownPopulation.JOURNEY);
        StringBuilder out = new StringBuilder();
        for (Session s : recorder.sessions()) {
            out.append(engine.store(s)).append('\n');
        }
        return out.toString();
    }

    static Calibration calibrate(String log, LogFormat format) throws IOException {
        EventLog read = EventLog.read(new StringReader(log), format, KnownPopulation.design());
        return Calibrator.builder()
                .journeys(KnownPopulation.design())
                .id("teruggevonden")
                .build()
                .fit(read);
    }

    /** A generating probability, the estimate for it and whether the 95 % interval holds it. */
    record Check(String what, double truth, FittedParameter fitted) {
        boolean inside() {
            return fitted.lower() <= truth && truth <= fitted.upper();
        }

        double z() {
            double se = Math.sqrt(truth * (1 - truth) / fitted.n());
            return se == 0 ? 0 : Math.abs(fitted.estimate() - truth) / se;
        }
    }

    static Optional<FittedParameter> find(
            Calibration fit, String parameter, String key, String condition, String value) {
        return fit.parameters(parameter).stream()
                .filter(p -> p.key().equals(key)
                        && p.condition().equals(condition)
                        && p.value().equals(value))
                .findFirst();
    }

    @Test
    void recoversTheGeneratingProbabilitiesWithinTheirIntervals() throws IOException {
        for (long seed : new long[] {2026, 7}) {
            recover(seed);
        }
    }

    private static void recover(long seed) throws IOException {
        Calibration fit = calibrate(engineLog(KnownPopulation.simulate(CLIENTS, seed)), LogFormat.ENGINE);
        assertThat(fit.diagnostics().atLeast(Severity.WARNING)).isEmpty();
        assertThat(fit.log().sessions()).hasSize((int) CLIENTS);
        PopulationModel truth = KnownPopulation.model();
        List<Check> checks = new ArrayList<>();
        // answers: q-situatie is conditional on employment, the others are not conditional
        AnswerRule employed = truth.questions().get("q-situatie").get(0);
        AnswerRule others = truth.questions().get("q-situatie").get(1);
        employed.answers()
                .forEach((code, p) -> checks.add(new Check(
                        "q-situatie|employed " + code,
                        p,
                        find(fit, "answer", "q-situatie", "employment=employed", code)
                                .orElseThrow())));
        others.answers()
                .forEach((code, p) -> checks.add(new Check(
                        "q-situatie|benefit " + code,
                        p,
                        find(fit, "answer", "q-situatie", "employment=unemployed-with-benefit", code)
                                .orElseThrow())));
        for (String q : List.of("q-richting", "q-vangnet", "q-keuze")) {
            truth.questions()
                    .get(q)
                    .get(0)
                    .answers()
                    .forEach((code, p) -> checks.add(new Check(
                            q + " " + code, p, find(fit, "answer", q, "", code).orElseThrow())));
            // a question that does not depend on the profile may still pass the test by chance; its rules then
            // estimate the same probabilities
            for (FittedParameter c : fit.parameters("answer")) {
                if (c.key().equals(q) && !c.condition().isEmpty()) {
                    checks.add(new Check(
                            q + "|" + c.condition() + " " + c.value(),
                            truth.questions().get(q).get(0).answers().get(c.value()),
                            c));
                }
            }
        }
        truth.assessments()
                .get("zelftest")
                .get(0)
                .responses()
                .forEach((v, p) -> checks.add(new Check(
                        "zelftest " + v,
                        p,
                        find(fit, "response", "zelftest", "", v).orElseThrow())));
        truth.dropOut()
                .forEach((kind, p) -> checks.add(new Check(
                        "drop-out " + kind,
                        p,
                        find(fit, "drop-out", kind, "", "").orElseThrow())));
        checks.add(new Check(
                "contact-request",
                0.01,
                find(fit, "contact-request", "", "", "").orElseThrow()));
        truth.profile()
                .employment()
                .forEach((v, p) -> checks.add(new Check(
                        "employment " + v,
                        p,
                        find(fit, "profile", "employment", "", v).orElseThrow())));
        truth.profile()
                .ageBand()
                .forEach((v, p) -> checks.add(new Check(
                        "ageBand " + v,
                        p,
                        find(fit, "profile", "ageBand", "", v).orElseThrow())));

        // at 95 % about 1 in 20 intervals misses by chance: allow that many, and no estimate far off
        List<Check> missed = checks.stream().filter(c -> !c.inside()).toList();
        assertThat(checks).hasSizeGreaterThanOrEqualTo(30);
        assertThat(missed.size()).as("missed: %s", missed).isLessThanOrEqualTo(Math.max(2, checks.size() / 10));
        assertThat(checks).allSatisfy(c -> assertThat(c.z()).as(c.what()).isLessThan(3.5));

        // the fitted model conditions q-situatie on employment only, one rule per value and a fallback
        List<AnswerRule> situatie = fit.population().orElseThrow().questions().get("q-situatie");
        assertThat(situatie).hasSize(3);
        assertThat(situatie.get(0).when().orElseThrow().profile()).containsOnlyKeys("employment");
        assertThat(situatie.get(2).when()).isEmpty();
    }

    @Test
    void theFittedModelValidatesAgainstThePopulationSchemaAndRoundTrips() throws IOException {
        Calibration fit = calibrate(engineLog(KnownPopulation.simulate(2_000, 3)), LogFormat.ENGINE);
        PopulationModel model = fit.population().orElseThrow();
        Schema schema = SchemaValidation.load(PopulationModel.jsonSchema());
        assertThat(SchemaValidation.errors(schema, model.toJson(), InputFormat.JSON))
                .isEmpty();
        PopulationModel back = PopulationModel.parse(model.toJson(), false).orElseThrow();
        assertThat(back).isEqualTo(model);
        assertThat(model.validate()).isEmpty();
        assertThat(model.check(KnownPopulation.design()).atLeast(Severity.WARNING))
                .isEmpty();
        // the simulator runs it
        SimulationSummary s = Simulator.builder()
                .population(back)
                .clients(500)
                .seed(1)
                .build()
                .run("B", JourneyEngine.compile(KnownPopulation.JOURNEY));
        assertThat(s.clients()).isEqualTo(500);
    }

    @Test
    void theLogMetricsAreTheSimulatorsMetrics() {
        SessionRecorder recorder = new SessionRecorder();
        SimulationSummary run = Simulator.builder()
                .population(KnownPopulation.model())
                .clients(2_000)
                .seed(11)
                .threads(1)
                .build()
                .run("A", KnownPopulation.engine(recorder));
        EventLog log = EventLog.of(recorder.sessions(), KnownPopulation.design());
        SimulationSummary fromLog = LogMetrics.of("A", "bekend", log.sessions(), KnownPopulation.design()).summary;
        assertThat(fromLog.clients()).isEqualTo(run.clients());
        assertThat(fromLog.funnel()).isEqualTo(run.funnel());
        assertThat(fromLog.edges()).isEqualTo(run.edges());
        assertThat(fromLog.stepsToOutcome()).isEqualTo(run.stepsToOutcome());
        assertThat(fromLog.paths()).isEqualTo(run.paths());
        int compared = 0;
        for (Metric m : fromLog.metrics()) {
            Optional<Metric> same = run.metric(m.metric(), m.group(), m.key());
            if (!m.metric().equals("contact-request")) {
                assertThat(same)
                        .as(m.metric() + "/" + m.group() + "/" + m.key())
                        .contains(m);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(30);
        assertThat(fromLog.metric("contact-request", "", "")
                        .orElseThrow()
                        .count()
                        .orElseThrow())
                .isPositive();
    }

    @Test
    void csvRoundTripGivesTheSameFit() throws IOException {
        String engine = engineLog(KnownPopulation.simulate(1_000, 5));
        Calibration fromEngine = calibrate(engine, LogFormat.ENGINE);
        StringWriter csv = new StringWriter();
        fromEngine.log().writeCsv(csv);
        assertThat(csv.toString()).startsWith(EventLog.CSV_COLUMNS + "\r\n");
        Calibration fromCsv = calibrate(csv.toString(), LogFormat.CSV);
        assertThat(fromCsv.diagnostics().atLeast(Severity.WARNING)).isEmpty();
        assertThat(fromCsv.log().rows())
                .isEqualTo(fromEngine.log().sessions().stream()
                        .mapToLong(s -> s.events().size())
                        .sum());
        PopulationModel a = fromEngine.population().orElseThrow();
        PopulationModel b = fromCsv.population().orElseThrow();
        assertThat(b.questions()).isEqualTo(a.questions());
        assertThat(b.assessments()).isEqualTo(a.assessments());
        assertThat(b.dropOut()).isEqualTo(a.dropOut());
        assertThat(b.contactRequest()).isEqualTo(a.contactRequest());
        assertThat(b.profile()).isEqualTo(a.profile());
        assertThat(fromCsv.observed().metrics()).isEqualTo(fromEngine.observed().metrics());
    }

    @Test
    void observedAndSimulatedAgreeForTheFittedModel() throws IOException {
        Calibration fit = calibrate(engineLog(KnownPopulation.simulate(3_000, 21)), LogFormat.ENGINE);
        CalibrationComparison check = fit.compare(6_000, 99);
        assertThat(check.observed().design()).isEqualTo("observed");
        assertThat(check.simulated().clients()).isEqualTo(6_000);
        MetricDifference completion =
                check.comparison().difference("completion", "", "").orElseThrow();
        assertThat(completion.method()).isEqualTo("newcombe-hybrid-score");
        assertThat(completion.lower().orElseThrow()).isLessThanOrEqualTo(0.0);
        assertThat(completion.upper().orElseThrow()).isGreaterThanOrEqualTo(0.0);
        assertThat(completion.difference())
                .isEqualTo(check.observed()
                                .metric("completion", "", "")
                                .orElseThrow()
                                .estimate()
                        - check.simulated()
                                .metric("completion", "", "")
                                .orElseThrow()
                                .estimate());
        assertThat(check.fit()).isNotEmpty().allSatisfy(g -> assertThat(g.df()).isPositive());
        assertThat(check.fit())
                .anyMatch(g -> g.kind().equals("answer") && g.step().equals("q-richting") && g.df() == 2);
        assertThat(check.df())
                .isEqualTo(check.fit().stream().mapToInt(GoodnessOfFit::df).sum());
        // a well fitted model misfits at most a few steps by chance
        assertThat(check.misfits()).isLessThanOrEqualTo(Math.max(2, check.fit().size() / 5));

        String en = CalibrationReport.of(fit, check)
                .language(java.util.Locale.ENGLISH)
                .html()
                .html();
        assertThat(en)
                .contains(
                        "Calibration: observed against simulated",
                        "Observed − simulated per metric",
                        "Goodness of fit per step (chi-square, homogeneity)",
                        "newcombe-hybrid-score",
                        "q-richting",
                        "Fitted probabilities (95% interval, Wilson)",
                        "3,000 sessions from an event log (engine)");
        assertThat(en)
                .contains(String.format(
                        java.util.Locale.ENGLISH,
                        "chi-square %.1f on %d degrees of freedom",
                        check.chiSquare(),
                        check.df()));
        String nl = CalibrationReport.of(fit, check).html().html();
        assertThat(nl).contains("Kalibratie: waargenomen tegen gesimuleerd", "Aansluiting per stap");
        assertThat(CalibrationReport.of(fit, null)
                        .language(java.util.Locale.ENGLISH)
                        .html()
                        .html())
                .doesNotContain("Goodness of fit")
                .contains("Fitted probabilities");
    }

    @Test
    void aModelThatDoesNotFitShowsInTheComparison() throws IOException {
        Calibration fit = calibrate(engineLog(KnownPopulation.simulate(2_000, 4)), LogFormat.ENGINE);
        // pretend the visitors answered q-richting very differently: the simulated side keeps the fitted model
        PopulationModel wrong = PopulationModel.builder()
                .from(fit.population().orElseThrow())
                .putQuestion(
                        "q-richting",
                        List.of(AnswerRule.builder()
                                .putAnswer("duidelijk", 0.9)
                                .putAnswer("een-paar", 0.05)
                                .putAnswer("geen-idee", 0.05)
                                .build()))
                .build();
        Calibration skewed = new Calibration(
                wrong, fit.parameters(), fit.diagnostics(), fit.observedMetrics(), fit.journeys(), fit.log());
        CalibrationComparison check = skewed.compare(2_000, 8);
        GoodnessOfFit richting = check.fit().stream()
                .filter(g -> g.step().equals("q-richting") && g.kind().equals("answer"))
                .findFirst()
                .orElseThrow();
        assertThat(richting.p()).isLessThan(1e-6);
        assertThat(richting.df()).isEqualTo(2);
        assertThat(check.misfits()).isPositive();
    }
}
