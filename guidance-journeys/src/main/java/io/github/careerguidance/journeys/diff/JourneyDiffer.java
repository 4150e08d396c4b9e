/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.diff;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.journeys.check.CheckPolicy;
import io.github.careerguidance.journeys.check.RuleLevel;
import io.github.careerguidance.journeys.engine.InvalidJourneyException;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import io.github.careerguidance.journeys.model.Choice;
import io.github.careerguidance.journeys.model.ContentItem;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Question;
import io.github.careerguidance.journeys.model.Step;
import io.github.careerguidance.journeys.model.Transition;
import io.github.careerguidance.journeys.outcome.OutcomeTables;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two versions of a journey.
 *
 * <p>Steps are matched by id, content items and choices by id and code, transitions by target (in order; a changed
 * condition on the same target is a changed condition). Whether stored sessions of the old version resume is decided
 * by the new version's engine ({@link JourneyEngine#resume(String)}: every step of the session's path still exists
 * and every answer still fits its question), over the sessions that the representative clients of the old version's
 * outcome table pass through ({@link OutcomeTables#sessions}) and any stored sessions the caller gives. The bump
 * policy is {@link VersionBump}'s: major when a step is removed or changes kind or a session cannot resume, minor for
 * other additions and changes, patch for texts only.
 *
 * <pre>{@code
 * JourneyDiff diff = JourneyDiffer.diff(oldJourney, newJourney, List.of());
 * if (!diff.versionSufficient()) {
 *     System.err.println("bump " + diff.suggested().code() + ": " + diff.reason());
 * }
 * }</pre>
 *
 * @since 0.9.0
 */
public final class JourneyDiffer {
    /** The most runs of the old version's representative clients. */
    public static final int SAMPLE_BOUND = 500;

    private final List<Change> changes = new ArrayList<>();

    private JourneyDiffer() {}

    /**
     * Compares two versions.
     *
     * @param from the old version
     * @param to the new version
     * @param storedSessions sessions of the old version as stored by its engine ({@link JourneyEngine#store}),
     *     possibly none
     * @return the differences
     */
    public static JourneyDiff diff(Journey from, Journey to, Collection<String> storedSessions) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(storedSessions, "storedSessions");
        JourneyDiffer d = new JourneyDiffer();
        d.compare(from, to);
        ImmutableJourneyDiff.Builder out = JourneyDiff.builder()
                .journey(from.id())
                .fromVersion(from.version())
                .toVersion(to.version())
                .changes(d.changes);
        List<SessionResume> resumes = new ArrayList<>();
        String note = resumes(from, to, storedSessions, resumes);
        out.resumes(resumes);
        if (note != null) {
            out.resumeNote(note);
        }
        VersionBump bump = VersionBump.NONE;
        String reason = "nothing changed";
        for (Change c : d.changes) {
            if (c.bump().compareTo(bump) > 0) {
                bump = c.bump();
                reason = c.toString();
            }
        }
        for (SessionResume r : resumes) {
            if (r.resumable() < r.sessions() && bump != VersionBump.MAJOR) {
                bump = VersionBump.MAJOR;
                reason = (r.sessions() - r.resumable()) + " of " + r.sessions() + " sessions paused at '" + r.step()
                        + "' cannot resume"
                        + (r.reasons().isEmpty() ? "" : ": " + r.reasons().get(0));
            }
        }
        return out.suggested(bump).reason(reason).build();
    }

    private static String resumes(Journey from, Journey to, Collection<String> stored, List<SessionResume> out) {
        CheckPolicy relaxed = CheckPolicy.builder().contactReach(RuleLevel.OFF).build();
        JourneyEngine a;
        JourneyEngine b;
        try {
            a = JourneyEngine.compiler().checkPolicy(relaxed).compile(from);
            b = JourneyEngine.compiler().checkPolicy(relaxed).compile(to);
        } catch (InvalidJourneyException e) {
            return "a version has errors, so no sessions were tried: "
                    + e.getMessage().lines().findFirst().orElse("");
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Set<String>> reasons = new LinkedHashMap<>();
        List<String> jsons = new ArrayList<>(stored);
        Map<String, String> stepOf = new LinkedHashMap<>();
        for (Session s : OutcomeTables.sessions(a, SAMPLE_BOUND)) {
            String json = a.store(s);
            if (!stepOf.containsKey(json)) {
                stepOf.put(json, s.step());
                jsons.add(json);
            }
        }
        for (String json : jsons) {
            ReadResult<Session> own = a.resume(json);
            String step = stepOf.getOrDefault(
                    json, own.isSuccessful() ? own.orElseThrow().step() : "(unreadable)");
            ReadResult<Session> resumed = b.resume(json);
            int[] c = counts.computeIfAbsent(step, k -> new int[2]);
            Set<String> why = reasons.computeIfAbsent(step, k -> new LinkedHashSet<>());
            c[0]++;
            if (resumed.isSuccessful()) {
                c[1]++;
            } else {
                for (Diagnostic diagnostic : resumed.diagnostics()) {
                    why.add(diagnostic.message(Locale.ENGLISH));
                }
            }
        }
        counts.forEach((step, c) -> out.add(SessionResume.builder()
                .step(step)
                .sessions(c[0])
                .resumable(c[1])
                .reasons(reasons.get(step))
                .build()));
        return null;
    }

    private void add(
            ChangeKind kind,
            String element,
            String step,
            String from,
            String to,
            Object before,
            Object after,
            VersionBump bump) {
        changes.add(Change.builder()
                .kind(kind)
                .element(element)
                .step(Optional.ofNullable(step))
                .from(Optional.ofNullable(from))
                .to(Optional.ofNullable(to))
                .before(Optional.ofNullable(before).map(String::valueOf))
                .after(Optional.ofNullable(after).map(String::valueOf))
                .bump(bump)
                .build());
    }

    private void compare(Journey a, Journey b) {
        if (!a.title().equals(b.title())) {
            add(ChangeKind.CHANGED, "text", null, "/title", "/title", a.title(), b.title(), VersionBump.PATCH);
        }
        if (!a.description().equals(b.description())) {
            add(
                    ChangeKind.CHANGED,
                    "text",
                    null,
                    "/description",
                    "/description",
                    a.description().orElse(null),
                    b.description().orElse(null),
                    VersionBump.PATCH);
        }
        if (!a.start().equals(b.start())) {
            add(ChangeKind.CHANGED, "journey", null, "/start", "/start", a.start(), b.start(), VersionBump.MINOR);
        }
        if (!a.goals().equals(b.goals()) || !a.locales().equals(b.locales())) {
            add(
                    ChangeKind.CHANGED,
                    "journey",
                    null,
                    "/goals",
                    "/goals",
                    a.goals() + " " + a.locales(),
                    b.goals() + " " + b.locales(),
                    VersionBump.MINOR);
        }
        for (int i = 0; i < a.steps().size(); i++) {
            Step s = a.steps().get(i);
            if (a.indexOf(s.id()) != i) {
                continue;
            }
            int j = b.indexOf(s.id());
            if (j < 0) {
                add(
                        ChangeKind.REMOVED,
                        "step",
                        s.id(),
                        "/steps/" + i,
                        null,
                        s.kind().code(),
                        null,
                        VersionBump.MAJOR);
            } else {
                compareStep(s, "/steps/" + i, b.steps().get(j), "/steps/" + j);
            }
        }
        for (int j = 0; j < b.steps().size(); j++) {
            Step s = b.steps().get(j);
            if (b.indexOf(s.id()) == j && a.indexOf(s.id()) < 0) {
                add(
                        ChangeKind.ADDED,
                        "step",
                        s.id(),
                        null,
                        "/steps/" + j,
                        null,
                        s.kind().code(),
                        VersionBump.MINOR);
            }
        }
    }

    private void compareStep(Step a, String at, Step b, String bt) {
        String id = a.id();
        if (a.kind() != b.kind()) {
            add(
                    ChangeKind.CHANGED,
                    "step",
                    id,
                    at + "/kind",
                    bt + "/kind",
                    a.kind().code(),
                    b.kind().code(),
                    VersionBump.MAJOR);
            return;
        }
        if (!a.title().equals(b.title())) {
            add(ChangeKind.CHANGED, "text", id, at + "/title", bt + "/title", a.title(), b.title(), VersionBump.PATCH);
        }
        if (!a.text().equals(b.text())) {
            add(
                    ChangeKind.CHANGED,
                    "text",
                    id,
                    at + "/text",
                    bt + "/text",
                    a.text().orElse(null),
                    b.text().orElse(null),
                    VersionBump.PATCH);
        }
        if (a.phase() != b.phase()
                || !a.competencies().equals(b.competencies())
                || !a.durationMinutes().equals(b.durationMinutes())) {
            add(
                    ChangeKind.CHANGED,
                    "step",
                    id,
                    at,
                    bt,
                    a.phase().code() + " " + a.competencies() + " " + a.durationMinutes(),
                    b.phase().code() + " " + b.competencies() + " " + b.durationMinutes(),
                    VersionBump.MINOR);
        }
        compareContent(a, at, b, bt);
        if (a.question().isPresent() && b.question().isPresent()) {
            compareQuestion(
                    id, a.question().get(), at + "/question", b.question().get(), bt + "/question");
        }
        for (String part : List.of("assessment", "reflection", "action", "contact", "outcome")) {
            Object pa = part(a, part);
            Object pb = part(b, part);
            if (!Objects.equals(pa, pb)) {
                add(ChangeKind.CHANGED, part, id, at + "/" + part, bt + "/" + part, pa, pb, VersionBump.MINOR);
            }
        }
        compareTransitions(a, at, b, bt);
    }

    private static Object part(Step s, String part) {
        switch (part) {
            case "assessment":
                return s.assessment().orElse(null);
            case "reflection":
                return s.reflection().orElse(null);
            case "action":
                return s.action().orElse(null);
            case "contact":
                return s.contact().orElse(null);
            default:
                return s.outcome().orElse(null);
        }
    }

    private void compareContent(Step a, String at, Step b, String bt) {
        String id = a.id();
        for (int i = 0; i < a.content().size(); i++) {
            ContentItem x = a.content().get(i);
            int j = indexOfItem(b, x.id());
            String xa = at + "/content/" + i;
            if (j < 0) {
                add(ChangeKind.REMOVED, "content", id, xa, null, x.id(), null, VersionBump.MINOR);
                continue;
            }
            ContentItem y = b.content().get(j);
            String yb = bt + "/content/" + j;
            if (!x.when().equals(y.when())) {
                add(
                        ChangeKind.CHANGED,
                        "condition",
                        id,
                        xa + "/when",
                        yb + "/when",
                        x.when().orElse(null),
                        y.when().orElse(null),
                        VersionBump.MINOR);
            }
            if (!x.text().equals(y.text())
                    || !x.title().equals(y.title())
                    || !x.url().equals(y.url())) {
                add(ChangeKind.CHANGED, "text", id, xa, yb, x.id(), y.id(), VersionBump.PATCH);
            }
        }
        for (int j = 0; j < b.content().size(); j++) {
            if (indexOfItem(a, b.content().get(j).id()) < 0) {
                add(
                        ChangeKind.ADDED,
                        "content",
                        id,
                        null,
                        bt + "/content/" + j,
                        null,
                        b.content().get(j).id(),
                        VersionBump.MINOR);
            }
        }
    }

    private static int indexOfItem(Step s, String id) {
        for (int i = 0; i < s.content().size(); i++) {
            if (s.content().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void compareQuestion(String id, Question a, String at, Question b, String bt) {
        if (a.type() != b.type()
                || !a.min().equals(b.min())
                || !a.max().equals(b.max())
                || !a.maxLength().equals(b.maxLength())) {
            add(
                    ChangeKind.CHANGED,
                    "question",
                    id,
                    at,
                    bt,
                    a.type().code() + " " + a.min().orElse(null) + ".."
                            + a.max().orElse(null),
                    b.type().code() + " " + b.min().orElse(null) + ".."
                            + b.max().orElse(null),
                    VersionBump.MINOR);
        }
        if (!a.prompt().equals(b.prompt())
                || !a.help().equals(b.help())
                || !a.minLabel().equals(b.minLabel())
                || !a.maxLabel().equals(b.maxLabel())) {
            add(
                    ChangeKind.CHANGED,
                    "text",
                    id,
                    at + "/prompt",
                    bt + "/prompt",
                    a.prompt(),
                    b.prompt(),
                    VersionBump.PATCH);
        }
        for (int i = 0; i < a.choices().size(); i++) {
            Choice c = a.choices().get(i);
            Optional<Choice> other = b.choice(c.code());
            if (other.isEmpty()) {
                add(ChangeKind.REMOVED, "choice", id, at + "/choices/" + i, null, c.code(), null, VersionBump.MINOR);
            } else if (!other.get().equals(c)) {
                add(
                        ChangeKind.CHANGED,
                        other.get().label().equals(c.label()) ? "choice" : "text",
                        id,
                        at + "/choices/" + i,
                        bt + "/choices/" + b.choices().indexOf(other.get()),
                        c,
                        other.get(),
                        other.get().label().equals(c.label()) ? VersionBump.MINOR : VersionBump.PATCH);
            }
        }
        for (int j = 0; j < b.choices().size(); j++) {
            if (a.choice(b.choices().get(j).code()).isEmpty()) {
                add(
                        ChangeKind.ADDED,
                        "choice",
                        id,
                        null,
                        bt + "/choices/" + j,
                        null,
                        b.choices().get(j).code(),
                        VersionBump.MINOR);
            }
        }
    }

    private void compareTransitions(Step a, String at, Step b, String bt) {
        String id = a.id();
        List<Transition> ta = a.transitions();
        List<Transition> tb = b.transitions();
        boolean[] used = new boolean[tb.size()];
        List<Integer> matchedOrder = new ArrayList<>();
        for (int i = 0; i < ta.size(); i++) {
            Transition x = ta.get(i);
            int j = -1;
            for (int k = 0; k < tb.size(); k++) {
                if (!used[k]
                        && tb.get(k).target().equals(x.target())
                        && tb.get(k).when().equals(x.when())) {
                    j = k;
                    break;
                }
            }
            for (int k = 0; j < 0 && k < tb.size(); k++) {
                if (!used[k] && tb.get(k).target().equals(x.target())) {
                    j = k;
                }
            }
            String xa = at + "/transitions/" + i;
            if (j < 0) {
                add(ChangeKind.REMOVED, "transition", id, xa, null, render(x), null, VersionBump.MINOR);
                continue;
            }
            used[j] = true;
            matchedOrder.add(j);
            if (!x.when().equals(tb.get(j).when())) {
                add(
                        ChangeKind.CHANGED,
                        "condition",
                        id,
                        xa + "/when",
                        bt + "/transitions/" + j + "/when",
                        x.when().map(Object::toString).orElse("(default)"),
                        tb.get(j).when().map(Object::toString).orElse("(default)"),
                        VersionBump.MINOR);
            }
        }
        for (int k = 1; k < matchedOrder.size(); k++) {
            if (matchedOrder.get(k) < matchedOrder.get(k - 1)) {
                add(
                        ChangeKind.CHANGED,
                        "transition",
                        id,
                        at + "/transitions",
                        bt + "/transitions",
                        "order",
                        "order",
                        VersionBump.MINOR);
                break;
            }
        }
        for (int k = 0; k < tb.size(); k++) {
            if (!used[k]) {
                add(
                        ChangeKind.ADDED,
                        "transition",
                        id,
                        null,
                        bt + "/transitions/" + k,
                        null,
                        render(tb.get(k)),
                        VersionBump.MINOR);
            }
        }
    }

    private static String render(Transition t) {
        return "\u2192 " + t.target() + t.when().map(w -> " when " + w).orElse(" (default)");
    }
}
