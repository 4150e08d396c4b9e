/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.plan.ActionPlan;
import io.github.careerguidance.core.plan.ActionPlans;
import io.github.careerguidance.core.plan.PlanAction;
import io.github.careerguidance.core.plan.PlanDate;
import io.github.careerguidance.core.plan.Review;
import io.github.careerguidance.core.text.LocalizedText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code guidance plan ics FILE [-o OUT] [--accepted DATE]}: the plan's due dates, reviews and recurring obligations
 * as an iCalendar file ({@link PlanCalendar}).
 *
 * <p>A plan that is not accepted yet and has a date after acceptance (a due period, a review period, a recurring
 * obligation, whose periods start on acceptance) has no calendar dates: the command reports
 * {@code cli.plan.not-accepted} at {@code /accepted} and exits with 2 (the input cannot be used as given, nothing is
 * wrong with the plan), unless {@code --accepted DATE} says from which day to count.
 */
@Command(
        name = "ics",
        description = {
            "Write the plan's dates as an iCalendar file (RFC 5545) for a calendar app.",
            "All-day events for due dates and for reviews with a professional (with a reminder the",
            "day before), and for the last day of each period of a recurring obligation (one event",
            "with a recurrence rule where the periods fit one, else one event per period).",
            "A plan not accepted yet needs --accepted when it has dates after acceptance.",
            "Exit code 0: written; 1: the plan has errors; 2: unreadable plan, dates unknown, or",
            "the file could not be written."
        })
final class PlanIcs implements Callable<Integer> {
    @ParentCommand
    PlanCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The plan, .json or .yaml.")
    Path file;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "OUT",
            description = "The .ics file to write (default: standard output).")
    Path output;

    @Option(
            names = "--accepted",
            paramLabel = "DATE",
            description = "For a plan not accepted yet: count the periods after acceptance from this day, yyyy-mm-dd.")
    LocalDate accepted;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Locale locale = parent.root.locale();
        PlanCommand.Loaded loaded = PlanCommand.load(file, parent.root.readOptions());
        Integer refused = loaded.refusal(err, locale);
        if (refused != null) {
            return refused;
        }
        ActionPlan plan = loaded.plan();
        if (accepted != null) {
            Optional<LocalDate> own = plan.accepted();
            if (own.isPresent() && !own.get().equals(accepted)) {
                err.println(PlanText.t(
                        locale,
                        "het plan is op " + own.get() + " geaccepteerd; --accepted is voor plannen die nog"
                                + " niet geaccepteerd zijn",
                        "the plan was accepted on " + own.get() + "; --accepted is for plans not" + " accepted yet"));
                return GuidanceCli.UNUSABLE;
            }
            plan = plan.accept(accepted);
            Diagnostics again = ActionPlans.check(plan).withSource(file.toString());
            if (again.hasErrors()) {
                again.forEach(d -> err.println(d.render(locale)));
                return GuidanceCli.FAILED;
            }
        } else if (plan.accepted().isEmpty()) {
            Optional<String> waiting = waitsForAcceptance(plan);
            if (waiting.isPresent()) {
                err.println(notAccepted(waiting.get()).render(locale));
                return GuidanceCli.UNUSABLE;
            }
        }
        String text = PlanCalendar.write(
                PlanCalendar.of(plan, locale, parent.root.clock().instant()));
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return GuidanceCli.OK;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            err.println(PlanText.t(locale, "kan " + output + " niet schrijven: ", "cannot write " + output + ": ")
                    + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return GuidanceCli.UNUSABLE;
        }
        return GuidanceCli.OK;
    }

    /** The first date of a plan that only acceptance can turn into a calendar date, as a JSON Pointer. */
    static Optional<String> waitsForAcceptance(ActionPlan plan) {
        for (int i = 0; i < plan.actions().size(); i++) {
            PlanAction action = plan.actions().get(i);
            if (action.due().filter(PlanDate::isRelative).isPresent()) {
                return Optional.of("/actions/" + i + "/due");
            }
            if (action.recurrence().isPresent()) {
                return Optional.of("/actions/" + i + "/recurrence");
            }
        }
        for (int i = 0; i < plan.reviews().size(); i++) {
            Review review = plan.reviews().get(i);
            if (review.when().isRelative()) {
                return Optional.of("/reviews/" + i + "/when");
            }
        }
        return Optional.empty();
    }

    private Diagnostic notAccepted(String first) {
        return Diagnostic.builder()
                .severity(Severity.ERROR)
                .code("cli.plan.not-accepted")
                .location(JsonPointer.parse("/accepted"))
                .source(file.toString())
                .message(LocalizedText.of(
                        "het plan is nog niet geaccepteerd, dus datums na acceptatie (de eerste: " + first
                                + ") hebben nog"
                                + " geen dag in de agenda; geef --accepted JJJJ-MM-DD om vanaf die dag te tellen",
                        "the plan is not accepted yet, so dates after acceptance (the first: " + first
                                + ") have no calendar" + " day; give --accepted YYYY-MM-DD to count from that day"))
                .putArgument("first", first)
                .build();
    }
}
