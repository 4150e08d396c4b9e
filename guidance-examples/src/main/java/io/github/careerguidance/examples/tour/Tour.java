/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.tour;

import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.intake.IntakeGoal;
import io.github.careerguidance.core.profile.Answer;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.Labels;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.internal.SampleContactPoint;
import io.github.careerguidance.examples.internal.SampleProviders;
import io.github.careerguidance.journeys.engine.ContactOffer;
import io.github.careerguidance.journeys.engine.ContactOption;
import io.github.careerguidance.journeys.engine.EventType;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.engine.SessionEvent;
import io.github.careerguidance.journeys.engine.SessionResult;
import io.github.careerguidance.journeys.engine.StepView;
import io.github.careerguidance.journeys.format.JourneyFormat;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.quality.RuleResult;
import io.github.careerguidance.quality.SchemeResult;
import io.github.careerguidance.quality.Verdict;
import io.github.careerguidance.quality.bulk.BulkFormat;
import io.github.careerguidance.quality.bulk.BulkReportWriter;
import io.github.careerguidance.quality.bulk.BulkReports;
import io.github.careerguidance.quality.bulk.BulkSummary;
import io.github.careerguidance.research.report.SimulationReport;
import io.github.careerguidance.research.simulation.FunnelStep;
import io.github.careerguidance.research.simulation.PopulationModel;
import io.github.careerguidance.research.simulation.SimulationSummary;
import io.github.careerguidance.research.simulation.Simulator;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The tour of the SDK ({@code bin/guidance tour}): a visitor picks an intake goal, takes the self-test, sees the
 * information narrow, answers the safety net "no" and is offered a person; then a batch of sample provider
 * registrations is checked with reasons, and 2,000 simulated visitors of an illustrative sample population go
 * through the same journey (funnel, HTML report with plots). It ends by saying where the reports are and what to
 * try next.
 *
 * <p>The tour is a list of {@link TourStep}s; {@link #with(TourStep)} appends one before the closing step, so that
 * later parts of the SDK (such as a simulation) can join it.
 *
 * <pre>{@code
 * int exit = Tour.standard().run(new TourContext(Locale.ENGLISH, Instant.now(), System.out, Files.createTempDirectory("tour")));
 * }</pre>
 *
 * <p>Immutable; {@link #run(TourContext)} may be called from any thread, each with its own context.
 *
 * @since 0.1.0
 */
public final class Tour {
    /** The goal the tour's visitor picks. */
    public static final String GOAL = "looking-for-work";
    /** The file name of the journey design the tour leaves in its output folder. */
    public static final String JOURNEY_FILE = "looking-for-work.yaml";

    private final List<TourStep> steps;
    private final TourStep closing;

    private Tour(List<TourStep> steps, TourStep closing) {
        this.steps = List.copyOf(steps);
        this.closing = closing;
    }

    /**
     * The standard tour: intake, the journey, the provider check, a simulation of the journey, and the closing
     * "what next".
     *
     * @return the tour
     */
    public static Tour standard() {
        return new Tour(List.of(intake(), journey(), providers(), simulation()), closing());
    }

    /**
     * This tour with one more step before the closing step.
     *
     * @param step the step
     * @return a new tour
     */
    public Tour with(TourStep step) {
        List<TourStep> more = new ArrayList<>(steps);
        more.add(Objects.requireNonNull(step, "step"));
        return new Tour(more, closing);
    }

    /**
     * The steps, the closing step last.
     *
     * @return the steps
     */
    public List<TourStep> steps() {
        List<TourStep> all = new ArrayList<>(steps);
        all.add(closing);
        return List.copyOf(all);
    }

    /**
     * Runs every step in order.
     *
     * @param context the context
     * @return 0 when every step finished, 1 when one failed (the failure is printed)
     */
    public int run(TourContext context) {
        int n = 0;
        List<TourStep> all = steps();
        for (TourStep step : all) {
            n++;
            String title = n + "/" + all.size() + "  " + context.t(step.title());
            context.out().println();
            context.out().println(title);
            context.out().println("=".repeat(title.length()));
            try {
                step.run(context);
            } catch (Exception e) {
                context.out().println(context.t("De tour stopt: ", "The tour stops: ") + e);
                return 1;
            }
        }
        return 0;
    }

    /**
     * Runs the tour from the command line.
     *
     * @param args {@code --lang nl|en}, {@code --at ISO-instant}, {@code --out folder}
     * @param out standard output
     * @param err standard error
     * @return the exit code: 0, 1 when a step failed, 2 for a wrong command line
     */
    public static int main(String[] args, PrintStream out, PrintStream err) {
        Locale locale = LocalizedText.DUTCH;
        Instant at = Instant.now();
        Path dir = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--lang":
                        if (!"nl".equals(value) && !"en".equals(value)) {
                            throw new IllegalArgumentException("--lang takes nl or en");
                        }
                        locale = Locale.forLanguageTag(value);
                        i++;
                        break;
                    case "--at":
                        at = Instant.parse(Objects.requireNonNull(value, "--at takes an instant"));
                        i++;
                        break;
                    case "--out":
                        dir = Path.of(Objects.requireNonNull(value, "--out takes a folder"));
                        i++;
                        break;
                    case "-h":
                    case "--help":
                        out.println("guidance tour [--lang nl|en] [--at 2026-12-01T10:15:00Z] [--out folder]");
                        return 0;
                    default:
                        throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (dir == null) {
                dir = Files.createTempDirectory("guidance-tour-");
            } else {
                Files.createDirectories(dir);
            }
        } catch (Exception e) {
            err.println("guidance tour: " + e.getMessage()
                    + "; usage: guidance tour [--lang nl|en] [--at 2026-12-01T10:15:00Z] [--out folder]");
            return 2;
        }
        return standard().run(new TourContext(locale, at, out, dir.toAbsolutePath()));
    }

    // --- the standard steps ---------------------------------------------------------------------------------------

    static TourStep intake() {
        return TourStep.of(
                LocalizedText.of(
                        "Waarom kom je? De ingangen van het loket",
                        "Why did you come? The entry points of the one-stop portal"),
                ctx -> {
                    IntakeCatalogue catalogue = IntakeCatalogue.builtIn();
                    for (IntakeGoal goal : catalogue.goals()) {
                        ctx.line(String.format("%-26s %s", goal.code(), ctx.t(goal.label())));
                    }
                    ctx.out().println();
                    ctx.line(ctx.t("De bezoeker kiest: ", "The visitor picks: ")
                            + ctx.t(catalogue.find(GOAL).orElseThrow().label())
                            + ctx.t(" (werkloos, met WW-uitkering)", " (unemployed, with WW benefit)"));
                });
    }

    static TourStep journey() {
        return TourStep.of(
                LocalizedText.of(
                        "Een route die zich aanpast: Ik zoek werk", "A journey that adapts: I am looking for work"),
                Tour::walk);
    }

    private static void walk(TourContext ctx) throws Exception {
        ContactPoint loket = SampleContactPoint.load();
        ReferenceSetup setup = ReferenceSetup.of(List.of(loket));
        ClientProfile profile = ClientProfile.builder()
                .goal(GOAL)
                .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
                .build();
        JourneyEngine engine = setup.router().route(GOAL, profile).orElseThrow();
        ctx.line(ctx.t("Route gekozen: ", "Journey chosen: ")
                + ctx.t(engine.journey().title()) + " ("
                + engine.journey().id() + " " + engine.journey().version() + ", "
                + engine.journey().steps().size()
                + ctx.t(" stappen)", " steps)"));
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("q-situatie", Answer.choice("geen-werk"));
        answers.put("q-richting", Answer.choice("een-paar"));
        answers.put("q-vangnet", Answer.choice("nee"));
        answers.put("q-keuze", Answer.choice("ja"));
        answers.put("q-lukt", Answer.choice("ja"));
        Session session = engine.start(profile);
        int guard = 0;
        while (guard++ < 50) {
            StepView view = engine.view(session, ctx.at());
            ctx.out().println();
            ctx.line("[" + view.kind().name().toLowerCase(Locale.ROOT) + "] " + ctx.t(view.title()) + "   ("
                    + ctx.t("ondersteuning: ", "support: ") + ctx.t(Labels.level(view.supportLevel())) + ")");
            describe(ctx, engine, view);
            if (view.completed()) {
                break;
            }
            SessionResult result;
            switch (view.kind()) {
                case QUESTION: {
                    Answer answer = answers.get(view.step());
                    ctx.line("    " + ctx.t("antwoord: ", "answer: ")
                            + view.question()
                                    .orElseThrow()
                                    .choice(answer.choice().orElseThrow())
                                    .map(c -> ctx.t(c.label()))
                                    .orElse("?"));
                    result = engine.answer(session, view.step(), answer);
                    break;
                }
                case ASSESSMENT:
                    result = engine.assess(
                            session, view.step(), responses(view.instrument().orElseThrow()));
                    break;
                default:
                    result = engine.proceed(session, view.step());
            }
            if (!result.isAccepted()) {
                throw new IllegalStateException(result.error().orElseThrow().message(ctx.locale()));
            }
            for (SessionEvent event : result.events()) {
                if (event.type() == EventType.ESCALATED) {
                    ctx.line("    "
                            + ctx.t(
                                    "=> vangnet: de ondersteuning gaat omhoog naar ",
                                    "=> safety net: support goes up to ")
                            + ctx.t(Labels.level(result.session().supportLevel())));
                }
            }
            session = result.session();
        }
        String json = engine.store(session);
        Path file = ctx.outputDir().resolve("session.json");
        Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
        ctx.out().println();
        ctx.line(ctx.t(
                "De sessie is " + json.length() + " tekens JSON en kan later verder (store/resume).",
                "The session is " + json.length() + " characters of JSON and can be resumed later (store/resume)."));
        ctx.report(ctx.t("sessie (JSON)", "session (JSON)"), file);
        Path design = ctx.outputDir().resolve(JOURNEY_FILE);
        Files.writeString(design, JourneyFormat.yaml().write(engine.journey()), StandardCharsets.UTF_8);
        ctx.report(ctx.t("de route als YAML", "the journey as YAML"), design);
    }

    private static void describe(TourContext ctx, JourneyEngine engine, StepView view) {
        switch (view.kind()) {
            case INFORMATION: {
                int all = engine.journey()
                        .step(view.step())
                        .map(s -> s.content().size())
                        .orElse(0);
                ctx.line("    "
                        + ctx.t(
                                view.content().size() + " van " + all + " teksten passen bij jou:",
                                view.content().size() + " of " + all + " texts fit you:"));
                for (ContentItem item : view.content()) {
                    ctx.line("    - " + item.title().map(ctx::t).orElseGet(() -> shorten(ctx.t(item.text()))));
                }
                break;
            }
            case ASSESSMENT: {
                Instrument instrument = view.instrument().orElseThrow();
                ctx.line("    " + ctx.t(instrument.name()) + ": "
                        + instrument.items().size()
                        + ctx.t(" stellingen, schaal ", " statements, scale ")
                        + instrument.responseScale().min() + "-"
                        + instrument.responseScale().max());
                break;
            }
            case REFLECTION:
                view.reflection().orElseThrow().prompts().forEach(p -> ctx.line("    ? " + ctx.t(p)));
                break;
            case CONTACT:
                view.text().ifPresent(t -> ctx.line("    " + ctx.t(t)));
                offer(ctx, view.contactOffer());
                break;
            case OUTCOME:
                ctx.line("    " + ctx.t(view.outcome().orElseThrow().text()));
                break;
            default:
                view.action().ifPresent(a -> ctx.line("    " + ctx.t(a.text())));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57).strip() + "...";
    }

    private static void offer(TourContext ctx, ContactOffer offer) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", ctx.locale());
        for (ContactOption option : offer.options()) {
            String where = option.address().map(a -> " (" + a + ")").orElse("");
            if (option.open()) {
                ctx.line("    " + ctx.t("Praat met een persoon via ", "Talk to a person by ")
                        + ctx.t(option.channel().label()) + where + ": " + ctx.t("nu open", "open now"));
            } else {
                ctx.line("    " + ctx.t(option.channel().label()) + where + ": "
                        + option.nextOpeningLocal()
                                .map(z -> ctx.t("gesloten, opent ", "closed, opens ") + z.format(when))
                                .orElse(ctx.t("geen openingstijden bekend", "no opening hours known")));
            }
        }
    }

    private static Map<String, Integer> responses(Instrument instrument) {
        Map<String, Integer> responses = new LinkedHashMap<>();
        int i = 0;
        for (Item item : instrument.items()) {
            responses.put(item.id(), 2 + (i++ % 3));
        }
        return responses;
    }

    static TourStep providers() {
        return TourStep.of(
                LocalizedText.of("Aanbieders controleren tegen keurmerken", "Checking providers against quality marks"),
                ctx -> {
                    LocalDate asOf = ZonedDateTime.ofInstant(
                                    ctx.at(), SampleContactPoint.load().hours().zone())
                            .toLocalDate();
                    ctx.line(ctx.t("Beleid: ", "Policy: ")
                            + ctx.t(SampleProviders.policy().name()) + ", " + ctx.t("peildatum ", "as of ") + asOf);
                    for (SampleProviders.Checked c : SampleProviders.check(asOf)) {
                        ctx.out().println();
                        ctx.line(c.label() + ": "
                                + ctx.t(Labels.verdict(c.result().verdict())));
                        c.result().report().ifPresent(report -> {
                            for (SchemeResult scheme : report.schemes()) {
                                for (RuleResult rule : scheme.rules()) {
                                    if (rule.verdict() == Verdict.FAIL
                                            || rule.verdict() == Verdict.NOT_ASSESSABLE
                                            || rule.verdict() == Verdict.WARNING) {
                                        ctx.line("    " + rule.verdict().code() + " " + rule.ruleId() + ": "
                                                + ctx.t(rule.explanation()));
                                    }
                                }
                            }
                        });
                        c.result().diagnostics().forEach(d -> ctx.line("    " + d.render(ctx.locale())));
                    }
                    Path csv = ctx.outputDir().resolve("providers-report.csv");
                    BulkSummary summary;
                    try (InputStream in = SampleProviders.open();
                            Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                            BulkReportWriter report = BulkReports.csv(writer, ctx.locale())) {
                        summary = SampleProviders.checker(asOf).check(in, BulkFormat.JSON, report);
                        report.finish(summary);
                    }
                    ctx.out().println();
                    ctx.line(ctx.t(
                                    summary.records() + " registraties gecontroleerd: ",
                                    summary.records() + " registrations checked: ")
                            + counts(ctx, summary));
                    Path input = ctx.outputDir().resolve(SampleProviders.REGISTRATIONS);
                    try (InputStream in = SampleProviders.open()) {
                        Files.copy(in, input, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                    ctx.report(ctx.t("de voorbeeldregistraties", "the sample registrations"), input);
                    ctx.report(
                            ctx.t(
                                    "aanbiedersrapport (CSV, een regel per regel x registratie)",
                                    "providers report (CSV, one row per rule x registration)"),
                            csv);
                });
    }

    /** The number of simulated clients in the tour's simulation step. */
    public static final int SIMULATED_CLIENTS = 2_000;

    /** The seed of the tour's simulation step. */
    public static final long SIMULATION_SEED = 2026;

    /** The class-path resource of the sample population the tour's simulation step uses. */
    public static final String POPULATION =
            "/io/github/careerguidance/research/simulation/looking-for-work.population.yaml";

    /** The folder (under the tour's output folder) the simulation report is written to. */
    public static final String SIMULATION_DIR = "simulation";

    static TourStep simulation() {
        return TourStep.of(
                LocalizedText.of(
                        "Het ontwerp simuleren: 2.000 gesimuleerde bezoekers",
                        "Simulating the design: 2,000 simulated visitors"),
                Tour::simulate);
    }

    private static void simulate(TourContext ctx) throws Exception {
        PopulationModel population;
        try (InputStream in = Tour.class.getResourceAsStream(POPULATION)) {
            population = PopulationModel.parse(
                            new String(Objects.requireNonNull(in, POPULATION).readAllBytes(), StandardCharsets.UTF_8),
                            true)
                    .orElseThrow();
        }
        ReferenceSetup setup = ReferenceSetup.of(List.of(SampleContactPoint.load()));
        JourneyEngine engine = setup.router()
                .route(GOAL, ClientProfile.builder().goal(GOAL).build())
                .orElseThrow();
        SimulationSummary summary = Simulator.builder()
                .population(population)
                .clients(SIMULATED_CLIENTS)
                .seed(SIMULATION_SEED)
                .threads(2)
                .build()
                .run("A", engine);
        ctx.line(ctx.t("Populatie '", "Population '")
                + population.id()
                + ctx.t("' (illustratief, geen echte cijfers), ", "' (illustrative, not real figures), ")
                + summary.clients()
                + ctx.t(" cliënten, seed ", " clients, seed ")
                + summary.seed()
                + ctx.t(", op de echte engine.", ", on the real engine."));
        ctx.out().println();
        int width =
                summary.funnel().stream().mapToInt(f -> f.step().length()).max().orElse(4);
        ctx.line(String.format(
                "%-" + width + "s %9s %9s %7s",
                ctx.t("stap", "step"),
                ctx.t("bereikt", "reached"),
                ctx.t("afgehaakt", "dropped"),
                "%"));
        for (FunnelStep step : summary.funnel()) {
            if (step.reached() > 0) {
                ctx.line(String.format(
                        ctx.locale(),
                        "%-" + width + "s %9d %9d %6.1f%%",
                        step.step(),
                        step.reached(),
                        step.dropped(),
                        100.0 * step.dropped() / step.reached()));
            }
        }
        ctx.out().println();
        summary.metric("completion", "", "")
                .ifPresent(m -> ctx.line(String.format(
                        ctx.locale(),
                        ctx.t(
                                "afgerond: %.1f%% [%.1f%%, %.1f%%] (95%%-interval)",
                                "completed: %.1f%% [%.1f%%, %.1f%%] (95%% interval)"),
                        100 * m.estimate(),
                        100 * m.lower().orElse(0.0),
                        100 * m.upper().orElse(0.0))));
        Path dir = ctx.outputDir().resolve(SIMULATION_DIR);
        Path report = SimulationReport.of(summary, List.of(engine.journey()))
                .language(ctx.locale())
                .write(dir)
                .get(0);
        ctx.report(ctx.t("simulatierapport (HTML met grafieken)", "simulation report (HTML with plots)"), report);
    }

    private static String counts(TourContext ctx, BulkSummary summary) {
        List<String> parts = new ArrayList<>();
        for (Verdict v :
                List.of(Verdict.PASS, Verdict.WARNING, Verdict.FAIL, Verdict.NOT_ASSESSABLE, Verdict.NOT_APPLICABLE)) {
            if (summary.verdicts().count(v) > 0) {
                parts.add(summary.verdicts().count(v) + " " + ctx.t(Labels.verdict(v)));
            }
        }
        if (summary.unreadable() > 0) {
            parts.add(summary.unreadable() + " " + ctx.t("onleesbaar", "unreadable"));
        }
        return String.join(", ", parts);
    }

    static TourStep closing() {
        return TourStep.of(
                LocalizedText.of("Waar staat alles, en wat nu?", "Where is everything, and what next?"), ctx -> {
                    for (Map.Entry<String, Path> report : ctx.reports().entrySet()) {
                        ctx.line(report.getKey() + ": " + report.getValue());
                    }
                    ctx.out().println();
                    ctx.line(ctx.t("Probeer nu:", "Try next:"));
                    ctx.line("  bin/guidance serve                        "
                            + ctx.t(
                                    "# het referentieportaal op http://127.0.0.1:8080",
                                    "# the reference portal on http://127.0.0.1:8080"));
                    ctx.line("  bin/guidance journey run " + ctx.outputDir().resolve(JOURNEY_FILE) + "   "
                            + ctx.t("# dezelfde route, zelf antwoorden", "# the same journey, answering yourself"));
                    ctx.line("  bin/guidance journey check " + ctx.outputDir().resolve(JOURNEY_FILE));
                    ctx.line("  bin/guidance providers check " + ctx.outputDir().resolve(SampleProviders.REGISTRATIONS)
                            + " --scheme noloc-rl");
                    ctx.line("  bin/guidance schemes list");
                    ctx.line("  bin/guidance journey simulate " + GOAL
                            + " --population werkzoekenden.yaml --clients 10000 --out sim" + "   "
                            + ctx.t("# met je eigen populatiemodel", "# with your own population model"));
                    ctx.line(ctx.t(
                            "Zie README.md voor de modules en de code-voorbeelden in guidance-examples.",
                            "See README.md for the modules and the code examples in guidance-examples."));
                });
    }
}
