/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.meta.Beta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and checks {@linkplain ActionPlan action plans}, and gives their JSON Schema.
 *
 * <p>{@link #read(String, GuidanceCodec)} and {@link #read(Path)} read a plan document through a {@link
 * GuidanceCodec} (structural problems: malformed input, missing or wrong-typed fields, unknown fields, a malformed
 * date or period) and then {@linkplain #check(ActionPlan) check} it; the result fails when either finds an error.
 * Every finding names the JSON Pointer of the field. Reading never throws for bad input.
 *
 * <table>
 *   <caption>What {@link #check(ActionPlan)} reports</caption>
 *   <tr><th>code</th><th>severity</th><th>at</th><th>when</th></tr>
 *   <tr><td>{@code core.plan.id}</td><td>error</td><td>{@code /id}, {@code /goals/i/id}, ...</td><td>an id is
 *       not a letter or digit followed by at most 99 letters, digits, '.', '_', ':' or '-'</td></tr>
 *   <tr><td>{@code core.plan.duplicate-id}</td><td>error</td><td>{@code /actions/i/id}</td><td>two goals, two
 *       actions or two reviews share an id</td></tr>
 *   <tr><td>{@code core.plan.version}</td><td>error</td><td>{@code /version}</td><td>the version is below 1</td></tr>
 *   <tr><td>{@code core.plan.intake-goal}</td><td>error</td><td>{@code /intakeGoal}</td><td>not an intake goal
 *       code such as {@code became-unemployed}</td></tr>
 *   <tr><td>{@code core.plan.accepted-before-created}</td><td>error</td><td>{@code /accepted}</td><td>accepted
 *       before the plan was made</td></tr>
 *   <tr><td>{@code core.plan.horizon-before-start}</td><td>error</td><td>{@code /horizon}</td><td>the horizon lies
 *       before acceptance (or creation)</td></tr>
 *   <tr><td>{@code core.plan.unknown-goal}</td><td>error</td><td>{@code /actions/i/goal}</td><td>an action names a
 *       goal the plan does not have</td></tr>
 *   <tr><td>{@code core.plan.due-before-acceptance}</td><td>error</td><td>{@code /actions/i/due}</td><td>a due date
 *       before acceptance (or, not accepted yet, before creation)</td></tr>
 *   <tr><td>{@code core.plan.due-after-horizon}</td><td>warning</td><td>{@code /actions/i/due}</td><td>due after
 *       the plan ends</td></tr>
 *   <tr><td>{@code core.plan.recurrence.count}</td><td>error</td><td>{@code .../recurrence/count}</td><td>an
 *       empty recurrence: count below 1</td></tr>
 *   <tr><td>{@code core.plan.recurrence.period}</td><td>error</td><td>{@code .../recurrence/period}</td><td>a zero
 *       or negative period</td></tr>
 *   <tr><td>{@code core.plan.recurrence.missing}</td><td>error</td><td>{@code /actions/i}</td><td>a recurring
 *       obligation without a recurrence</td></tr>
 *   <tr><td>{@code core.plan.recurrence.unexpected}</td><td>warning</td><td>{@code .../recurrence}</td><td>a
 *       recurrence on an action of another kind</td></tr>
 *   <tr><td>{@code core.plan.status.transition}</td><td>error</td><td>{@code .../history/j/status}</td><td>an
 *       illegal status change ({@link ActionStatus#canBecome(ActionStatus)})</td></tr>
 *   <tr><td>{@code core.plan.status.order}</td><td>error</td><td>{@code .../history/j/date}</td><td>a change
 *       dated before the one before it</td></tr>
 *   <tr><td>{@code core.plan.link.https}</td><td>error</td><td>{@code .../signposts/j/url}</td><td>a link that is
 *       not an absolute https URL</td></tr>
 *   <tr><td>{@code core.plan.review-before-acceptance}</td><td>error</td><td>{@code /reviews/i/when}</td><td>a
 *       review dated before acceptance (or creation)</td></tr>
 *   <tr><td>{@code core.plan.review-after-horizon}</td><td>error</td><td>{@code /reviews/i/when}</td><td>a review
 *       after the plan ends</td></tr>
 * </table>
 *
 * <p>Dates are compared once resolved from the plan's start: its acceptance or, while it is not accepted, its
 * creation date. Without either, two calendar dates are compared as they are, two periods of days only (such as
 * {@code P28D} and {@code P84D}) by their length, and other pairs are not compared (a month has no fixed length).
 *
 * <pre>{@code
 * ReadResult<ActionPlan> read = ActionPlans.read(Path.of("plan.yaml"));
 * read.diagnostics().forEach(d -> System.err.println(d.render(Locale.forLanguageTag("nl"))));
 * Diagnostics later = ActionPlans.check(read.orElseThrow().withStatus("cv", ActionStatus.DONE, today));
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
public final class ActionPlans {
    /** The class-path resource of the JSON Schema (draft 2020-12) of plan documents. */
    public static final String SCHEMA_RESOURCE = "io/github/careerguidance/core/plan/action-plan.schema.json";

    private ActionPlans() {}

    /**
     * Reads a plan document and checks it.
     *
     * @param text the JSON or YAML document
     * @param codec the codec for its format
     * @return the plan with any warnings, or the diagnostics: reading errors and the findings of {@link
     *     #check(ActionPlan)}
     * @throws NullPointerException if an argument is null
     */
    public static ReadResult<ActionPlan> read(String text, GuidanceCodec codec) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(codec, "codec");
        return checked(codec.read(text, ActionPlan.class));
    }

    /**
     * Reads a plan file and checks it; YAML for {@code .yaml} or {@code .yml}, JSON otherwise. The file name becomes
     * the source of every diagnostic.
     *
     * @param file the document
     * @return the plan, or the diagnostics (as for {@link #read(String, GuidanceCodec)}, plus I/O failures)
     * @throws NullPointerException if file is null
     */
    public static ReadResult<ActionPlan> read(Path file) {
        Objects.requireNonNull(file, "file");
        return checked(GuidanceCodec.forFileName(file.toString()).read(file, ActionPlan.class))
                .withSource(file.toString());
    }

    /**
     * Checks a plan (see the table above); never throws for a plan that could be built.
     *
     * @param plan the plan
     * @return the findings, empty for a sound plan
     * @throws NullPointerException if plan is null
     */
    public static Diagnostics check(ActionPlan plan) {
        return PlanValidator.check(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * The JSON Schema (draft 2020-12) of plan documents, as shipped in the jar ({@value #SCHEMA_RESOURCE}; also
     * {@code guidance-core/schema/action-plan.schema.json} in the repository). It describes the structure; the
     * rules across fields are those of {@link #check(ActionPlan)}.
     *
     * @return the schema as JSON
     * @throws IllegalStateException if the resource is missing (a packaging error)
     */
    public static String schema() {
        try (InputStream in = ActionPlans.class.getResourceAsStream("/" + SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("action plan schema resource '" + SCHEMA_RESOURCE + "' is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read action plan schema resource '" + SCHEMA_RESOURCE + "'", e);
        }
    }

    private static ReadResult<ActionPlan> checked(ReadResult<ActionPlan> read) {
        if (!read.isSuccessful()) {
            return read;
        }
        ActionPlan plan = read.value().orElseThrow();
        Diagnostics all = read.diagnostics().plus(check(plan));
        return all.isSuccessful() ? ReadResult.success(plan, all) : ReadResult.failure(all);
    }
}
