/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples;

import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.intake.IntakeCatalogue;
import io.github.careerguidance.core.intake.IntakeGoal;
import io.github.careerguidance.core.profile.AgeBand;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.profile.EducationLevel;
import io.github.careerguidance.core.profile.EmploymentSituation;
import io.github.careerguidance.core.readiness.DecisionStatus;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.core.readiness.ReadinessModel;
import io.github.careerguidance.core.readiness.SafetyNet;
import io.github.careerguidance.core.readiness.SafetyNetOutcome;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.SampleContactPoint;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The first demo of guidance-core: prints the built-in intake catalogue, routes a few example clients by CIP
 * readiness, applies the self-help safety net and offers the contact channels that fit each client's support
 * level and are open at a given moment.
 *
 * <pre>
 * ./mvnw -q -pl guidance-examples -am compile exec:java                    (Dutch, now)
 * ./mvnw -q -pl guidance-examples -am compile exec:java -Dexec.args="--lang en --at 2026-12-01T10:15:00Z"
 * </pre>
 */
public final class CoreDemo {
    private final Locale locale;
    private final Instant at;
    private final PrintStream out;

    /**
     * A demo writing to a stream.
     *
     * @param locale the language of the texts shown
     * @param at the moment for which "open now" is answered
     * @param out where to print
     */
    public CoreDemo(Locale locale, Instant at, PrintStream out) {
        this.locale = locale;
        this.at = at;
        this.out = out;
    }

    /**
     * Runs the demo.
     *
     * @param args {@code --lang nl|en} and {@code --at ISO-instant}
     */
    public static void main(String[] args) {
        Locale locale = LocalizedText.DUTCH;
        Instant at = Instant.now();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--lang":
                    locale = Locale.forLanguageTag(args[i + 1]);
                    break;
                case "--at":
                    at = Instant.parse(args[i + 1]);
                    break;
                default:
                    System.err.println(
                            "unknown option " + args[i] + "; use --lang nl|en and --at 2026-12-01T10:15:00Z");
                    System.exit(2);
            }
        }
        new CoreDemo(locale, at, new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
    }

    /** A client in the demo: a privacy-minded profile and a readiness assessment. */
    private static final class ExampleClient {
        final String label;
        final ClientProfile profile;
        final ReadinessAssessment readiness;
        final boolean struggles;

        ExampleClient(String label, ClientProfile profile, ReadinessAssessment readiness, boolean struggles) {
            this.label = label;
            this.profile = profile;
            this.readiness = readiness;
            this.struggles = struggles;
        }
    }

    /** Prints the whole demo. */
    public void run() {
        IntakeCatalogue catalogue = IntakeCatalogue.builtIn();
        ContactPoint loket = sampleContactPoint();
        ReadinessModel model = ReadinessModel.standard();

        heading(t(
                "Waarom kom je? De ingangen van het loket", "Why did you come? The entry points of the one-stop desk"));
        for (IntakeGoal goal : catalogue.goals()) {
            out.printf("  %-26s %s%n", goal.code(), goal.label().resolve(locale));
        }

        heading(t(
                "Voorbeeldcliënten, gerouteerd op loopbaanrijpheid (CIP)",
                "Example clients, routed by career readiness (CIP)"));
        out.println("  " + t("Moment: ", "Moment: ")
                + ZonedDateTime.ofInstant(at, loket.hours().zone())
                        .format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm z", locale)));
        for (ExampleClient client : clients()) {
            IntakeGoal goal =
                    catalogue.find(client.profile.goal().orElseThrow()).orElseThrow();
            SupportLevel level = model.route(client.readiness);
            out.println();
            out.printf("  %s: %s%n", client.label, goal.label().resolve(locale));
            out.printf("    %s%n", describe(client.profile));
            out.printf(
                    "    %s %.1f, %s %.1f%s -> %s%n",
                    t("vermogen", "capability"),
                    client.readiness.capability(),
                    t("complexiteit", "complexity"),
                    client.readiness.complexity(),
                    client.readiness
                            .decisionStatus()
                            .map(s -> ", " + s.label().resolve(locale))
                            .orElse(""),
                    levelName(level));
            if (client.struggles && SafetyNet.appliesTo(level)) {
                SupportLevel raised = SafetyNet.apply(level, SafetyNetOutcome.STRUGGLING);
                out.printf(
                        "    %s -> %s%n",
                        t("Vangnet: 'Vind je wat je zoekt?' Nee", "Safety net: 'Are you finding what you need?' No"),
                        levelName(raised));
                level = raised;
            }
            offer(loket, level);
        }
        out.println();
        out.println(t(
                "Meer: ./mvnw verify draait alle tests; zie README.md voor de modules.",
                "More: ./mvnw verify runs all tests; see README.md for the modules."));
    }

    private void offer(ContactPoint loket, SupportLevel level) {
        List<ContactChannel> fitting = ContactChannel.suggestedFor(level).stream()
                .filter(loket.channels()::contains)
                .sorted()
                .collect(Collectors.toList());
        if (fitting.isEmpty()) {
            out.printf(
                    "    %s%n",
                    t(
                            "Zelf verder met de informatie; een persoon blijft bereikbaar.",
                            "Continue with self-help content; a person stays within reach."));
            return;
        }
        for (ContactChannel channel : fitting) {
            String where = loket.address(channel).map(a -> " (" + a + ")").orElse("");
            if (loket.isOpen(channel, at)) {
                out.printf(
                        "    %s %s%s: %s%n",
                        t("Contact via", "Contact by"),
                        channel.label().resolve(locale),
                        where,
                        t("nu open", "open now"));
            } else {
                Optional<ZonedDateTime> next = loket.nextOpening(channel, at);
                out.printf(
                        "    %s %s%s: %s%n",
                        t("Contact via", "Contact by"),
                        channel.label().resolve(locale),
                        where,
                        next.map(n -> t("gesloten, opent ", "closed, opens ")
                                        + n.format(DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", locale)))
                                .orElse(t("geen openingstijden bekend", "no opening hours known")));
            }
        }
    }

    private String describe(ClientProfile profile) {
        return String.join(
                ", ",
                profile.ageBand().map(a -> a.label().resolve(locale)).orElse("?"),
                profile.educationLevel()
                        .map(e -> e.label().resolve(locale) + " (NLQF " + e.nlqfLabel() + ")")
                        .orElse("?"),
                profile.employment().map(e -> e.label().resolve(locale)).orElse("?"));
    }

    private String levelName(SupportLevel level) {
        switch (level) {
            case SELF_HELP:
                return t("zelfhulp", "self-help");
            case BRIEF_STAFF_ASSISTED:
                return t("kort contact met een adviseur", "brief staff-assisted");
            default:
                return t("individuele begeleiding", "individual case-managed");
        }
    }

    private static List<ExampleClient> clients() {
        return List.of(
                new ExampleClient(
                        "A",
                        ClientProfile.builder()
                                .goal("looking-for-work")
                                .ageBand(AgeBand.AGE_23_29)
                                .educationLevel(EducationLevel.BACHELOR)
                                .employment(EmploymentSituation.EMPLOYED)
                                .build(),
                        ReadinessAssessment.of(0.8, 0.2),
                        true),
                new ExampleClient(
                        "B",
                        ClientProfile.builder()
                                .goal("must-retrain")
                                .ageBand(AgeBand.AGE_30_44)
                                .educationLevel(EducationLevel.MBO_2)
                                .employment(EmploymentSituation.EMPLOYED)
                                .build(),
                        ReadinessAssessment.of(0.7, 0.7),
                        false),
                new ExampleClient(
                        "C",
                        ClientProfile.builder()
                                .goal("became-unemployed")
                                .ageBand(AgeBand.AGE_55_66)
                                .educationLevel(EducationLevel.MBO_3)
                                .employment(EmploymentSituation.UNEMPLOYED_WITH_BENEFIT)
                                .build(),
                        ReadinessAssessment.of(0.3, 0.8),
                        false),
                new ExampleClient(
                        "D",
                        ClientProfile.builder()
                                .goal("first-time-study")
                                .ageBand(AgeBand.AGE_18_22)
                                .educationLevel(EducationLevel.HAVO)
                                .employment(EmploymentSituation.STUDENT)
                                .build(),
                        ReadinessAssessment.builder()
                                .capability(0.8)
                                .complexity(0.3)
                                .decisionStatus(DecisionStatus.INDECISIVE)
                                .build(),
                        false));
    }

    /**
     * The example contact point shipped with the examples (made-up data).
     *
     * @return the contact point
     */
    public static ContactPoint sampleContactPoint() {
        return SampleContactPoint.load();
    }

    private String t(String nl, String en) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }

    private void heading(String title) {
        out.println();
        out.println(title);
        out.println("-".repeat(title.length()));
    }
}
