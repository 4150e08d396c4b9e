/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality;

import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.quality.internal.QualityMessages;
import io.github.careerguidance.quality.registration.Organisation;
import io.github.careerguidance.quality.registration.OrganisationMark;
import io.github.careerguidance.quality.registration.PersonRegistration;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.registration.RegistrationValidator;
import io.github.careerguidance.quality.scheme.Policy;
import io.github.careerguidance.quality.scheme.Purpose;
import io.github.careerguidance.quality.scheme.Rule;
import io.github.careerguidance.quality.scheme.RuleStage;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import io.github.careerguidance.quality.scheme.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks registrations against schemes and integrator policies as of a date, rule by rule, with reasons.
 *
 * <p>A checker is built once from a {@link SchemeCatalogue} and a warning horizon, and is then immutable and
 * thread-safe: share one instance. {@code check} never throws for bad registration data: structural problems are
 * reported as {@linkplain QualityReport#diagnostics() diagnostics} (and make the verdict {@link Verdict#FAIL}),
 * everything else as rule verdicts.
 *
 * <pre>{@code
 * QualityChecker checker = QualityChecker.builder().warningDays(90).build();   // built-in schemes
 * QualityReport report = checker.check(registration, "noloc-rl", LocalDate.of(2026, 11, 28));
 * for (SchemeResult s : report.schemes()) {
 *     for (RuleResult r : s.rules()) {
 *         System.out.println(r.ruleId() + " " + r.verdict().code() + ": " + r.explanation().resolve(Locale.ENGLISH));
 *     }
 * }
 * }</pre>
 *
 * <p>A check has a {@linkplain Purpose purpose}, the policy's: {@code listing} (the default) checks whoever claims an
 * entry, and rules of stage {@code entry} are not applicable to them (the certifying body assessed them);
 * {@code admission} checks the applicants (subjects without a held entry) against the entry requirements and the
 * ongoing rules that do not depend on holding an entry. A scheme with nobody to assess gives a result marked
 * {@linkplain SchemeResult#noSubject() no subject}. Scheme not in force on the check date: every rule is not applicable. A
 * deemed-equivalence rule that holds makes the rules it names pass "by equivalence".
 *
 * @since 0.1.0
 */
public final class QualityChecker {
    /** The default warning horizon in days. */
    public static final int DEFAULT_WARNING_DAYS = 60;

    /** The built-in checker, made on first use (after this class's other statics, which its templates need). */
    private static final class BuiltIn {
        static final QualityChecker CHECKER = builder().build();
    }

    private final SchemeCatalogue catalogue;
    private final int warningDays;
    /**
     * Per rule of the catalogue (by identity), a result holding what every result of the rule shares (id, type,
     * citations): a result is this template with its own verdict, text, evidence and location, so the citations
     * are not copied per result. Built once, never changed: thread-safe.
     */
    private final Map<Rule, ImmutableRuleResult> templates;

    private QualityChecker(SchemeCatalogue catalogue, int warningDays) {
        this.catalogue = catalogue;
        this.warningDays = warningDays;
        Map<Rule, ImmutableRuleResult> t = new java.util.IdentityHashMap<>();
        for (Scheme scheme : catalogue.schemes()) {
            for (Rule rule : scheme.rules()) {
                t.put(
                        rule,
                        RuleResult.builder()
                                .ruleId(rule.id())
                                .ruleType(typeOf(rule))
                                .verdict(Verdict.NOT_APPLICABLE)
                                .code("-")
                                .explanation(TEMPLATE_TEXT)
                                .location(JsonPointer.root())
                                .citations(rule.citations())
                                .build());
            }
        }
        this.templates = java.util.Collections.unmodifiableMap(t);
    }

    private static final LocalizedText TEMPLATE_TEXT = LocalizedText.of("-", "-");

    /**
     * The checker with the built-in schemes and the default warning horizon.
     *
     * @return the shared checker
     */
    public static QualityChecker builtIn() {
        return BuiltIn.CHECKER;
    }

    /**
     * A builder, starting from the built-in schemes and {@link #DEFAULT_WARNING_DAYS}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The schemes this checker knows.
     *
     * @return the catalogue
     */
    public SchemeCatalogue catalogue() {
        return catalogue;
    }

    /**
     * How many days before an expiry or due date a warning starts.
     *
     * @return the days, {@code >= 0}
     */
    public int warningDays() {
        return warningDays;
    }

    /**
     * Checks a registration against one scheme of the catalogue.
     *
     * @param registration the registration
     * @param schemeId the scheme id
     * @param asOf the date to check as of
     * @return the report; an unknown scheme id gives an error diagnostic and the verdict {@link Verdict#FAIL}
     */
    public QualityReport check(Registration registration, String schemeId, LocalDate asOf) {
        return check(registration, schemeId, asOf, Purpose.LISTING);
    }

    /**
     * Checks a registration against one scheme of the catalogue for a purpose: whether its subjects hold a valid
     * mark ({@link Purpose#LISTING}) or may be admitted ({@link Purpose#ADMISSION}).
     *
     * <pre>{@code
     * QualityReport admission = checker.check(applicant, "cdi-register", LocalDate.now(), Purpose.ADMISSION);
     * }</pre>
     *
     * @param registration the registration
     * @param schemeId the scheme id
     * @param asOf the date to check as of
     * @param purpose listing or admission
     * @return the report; an unknown scheme id gives an error diagnostic and the verdict {@link Verdict#FAIL}
     * @since 0.2.0
     */
    @io.github.careerguidance.core.meta.Beta
    public QualityReport check(Registration registration, String schemeId, LocalDate asOf, Purpose purpose) {
        Objects.requireNonNull(schemeId, "schemeId");
        Objects.requireNonNull(purpose, "purpose");
        Optional<Scheme> scheme = catalogue.scheme(schemeId);
        Policy policy = scheme.map(s -> Policy.of(s, purpose))
                .orElseGet(() -> Policy.builder()
                        .id(schemeId)
                        .name(LocalizedText.of(schemeId, schemeId))
                        .version("-")
                        .addSchemes(schemeId)
                        .purpose(purpose)
                        .build());
        return check(registration, policy, asOf);
    }

    /**
     * Checks a registration against a scheme, which need not be in the catalogue.
     *
     * @param registration the registration
     * @param scheme the scheme
     * @param asOf the date to check as of
     * @return the report
     */
    public QualityReport check(Registration registration, Scheme scheme, LocalDate asOf) {
        Objects.requireNonNull(scheme, "scheme");
        QualityChecker withScheme =
                catalogue.scheme(scheme.id()).filter(scheme::equals).isPresent()
                        ? this
                        : new QualityChecker(catalogue.with(scheme), warningDays);
        return withScheme.check(registration, Policy.of(scheme), asOf);
    }

    /**
     * Checks a registration against a policy: its schemes (from the catalogue) and its own rules.
     *
     * @param registration the registration
     * @param policy the policy
     * @param asOf the date to check as of
     * @return the report
     */
    public QualityReport check(Registration registration, Policy policy, LocalDate asOf) {
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        Diagnostics.Builder diagnostics = Diagnostics.builder();
        diagnostics.addAll(RegistrationValidator.shared().validate(registration));
        List<SchemeResult> results = new ArrayList<>();
        for (int i = 0; i < policy.schemes().size(); i++) {
            String id = policy.schemes().get(i);
            Optional<Scheme> scheme = catalogue.scheme(id);
            if (scheme.isEmpty()) {
                diagnostics.add(QualityMessages.diagnostic(
                        Severity.ERROR,
                        "quality.policy.unknown-scheme",
                        JsonPointer.of("schemes", String.valueOf(i)),
                        QualityMessages.args("scheme", id)));
                continue;
            }
            results.addAll(checkScheme(registration, scheme.get(), asOf, policy.purpose()));
        }
        if (!policy.rules().isEmpty()) {
            results.addAll(
                    checkRules(registration, policy.id(), policy.version(), policy.rules(), asOf, policy.purpose()));
        }
        Diagnostics found = diagnostics.build();
        Verdict verdict = !found.isEmpty() && found.hasErrors() ? Verdict.FAIL : Verdict.NOT_APPLICABLE;
        LocalDate changes = null;
        for (SchemeResult r : results) {
            verdict = verdict.combine(r.verdict());
            changes = earliest(changes, r.changesOn().orElse(null));
        }
        return QualityReport.builder()
                .reference(registration.reference())
                .policy(policy.id())
                .policyVersion(policy.version())
                .asOf(asOf)
                .purpose(policy.purpose())
                .verdict(verdict)
                .diagnostics(found)
                .schemes(results)
                .changesOn(Optional.ofNullable(changes))
                .build();
    }

    private List<SchemeResult> checkScheme(Registration registration, Scheme scheme, LocalDate asOf, Purpose purpose) {
        List<SchemeResult> out = new ArrayList<>();
        boolean admission = purpose == Purpose.ADMISSION;
        String noSubject = admission ? "quality.scheme.no-applicant" : "quality.scheme.no-subject";
        if (scheme.subject() == Subject.PERSON) {
            for (int i = 0; i < registration.professionals().size(); i++) {
                Professional p = registration.professionals().get(i);
                List<PersonRegistration> entries = p.registrationsIn(scheme.id());
                if (admission
                        ? scheme.holdersOnly() && heldEntry(entries, asOf)
                        : scheme.holdersOnly() && entries.isEmpty()) {
                    continue;
                }
                JsonPointer at = JsonPointer.of("professionals", String.valueOf(i));
                out.add(subjectResult(
                        scheme.id(),
                        scheme.version(),
                        Subject.PERSON,
                        p.id(),
                        at,
                        evaluate(scheme, scheme.rules(), p, null, registration.professionals(), asOf, at, purpose)));
            }
            if (out.isEmpty()) {
                out.add(notApplicable(scheme, noSubject));
            }
        } else {
            Optional<Organisation> org = registration.organisation();
            List<OrganisationMark> marks = org.map(o -> o.marksOf(scheme.id())).orElse(List.of());
            if (org.isEmpty() || (scheme.holdersOnly() && (admission ? heldMark(marks, asOf) : marks.isEmpty()))) {
                out.add(notApplicable(scheme, org.isEmpty() ? "quality.scheme.no-organisation" : noSubject));
            } else {
                JsonPointer at = JsonPointer.of("organisation");
                out.add(subjectResult(
                        scheme.id(),
                        scheme.version(),
                        Subject.ORGANISATION,
                        org.get().reference(),
                        at,
                        evaluate(
                                scheme,
                                scheme.rules(),
                                null,
                                org.get(),
                                registration.professionals(),
                                asOf,
                                at,
                                purpose)));
            }
        }
        return out;
    }

    /**
     * Whether some entry is held (active, silent or suspended, and not past its own {@code validUntil}): the subject
     * is no applicant.
     */
    private static boolean heldEntry(List<PersonRegistration> entries, LocalDate asOf) {
        for (PersonRegistration r : entries) {
            if (r.status().held() && r.validUntil().map(u -> !asOf.isAfter(u)).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean heldMark(List<OrganisationMark> marks, LocalDate asOf) {
        for (OrganisationMark m : marks) {
            if (m.status().held() && m.validUntil().map(u -> !asOf.isAfter(u)).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    private List<SchemeResult> checkRules(
            Registration registration, String id, String version, List<Rule> rules, LocalDate asOf, Purpose purpose) {
        List<SchemeResult> out = new ArrayList<>();
        List<Rule> orgRules = new ArrayList<>();
        List<Rule> personRules = new ArrayList<>();
        rules.forEach(r -> (r.subject() == Subject.ORGANISATION ? orgRules : personRules).add(r));
        if (!orgRules.isEmpty()) {
            Optional<Organisation> org = registration.organisation();
            CheckContext context = org.map(o -> CheckContext.organisation(
                            catalogue, warningDays, asOf, id, o, registration.professionals(), purpose))
                    .orElse(null);
            List<RuleResult> results = new ArrayList<>();
            for (Rule rule : orgRules) {
                Outcome o = context == null
                        ? notApplicableOutcome("quality.scheme.no-organisation")
                        : purpose == Purpose.ADMISSION && !rule.assessedOnAdmission()
                                ? holdersOnlyOutcome()
                                : outcome(rule, context);
                results.add(toResult(rule, o, JsonPointer.of("organisation"), null, id, version));
            }
            out.add(subjectResult(
                    id,
                    version,
                    Subject.ORGANISATION,
                    org.map(Organisation::reference).orElse(null),
                    JsonPointer.of("organisation"),
                    results));
        }
        if (!personRules.isEmpty()) {
            for (int i = 0; i < registration.professionals().size(); i++) {
                Professional p = registration.professionals().get(i);
                CheckContext context =
                        CheckContext.person(catalogue, warningDays, asOf, id, p, registration.professionals(), purpose);
                List<RuleResult> results = new ArrayList<>();
                JsonPointer at = JsonPointer.of("professionals", String.valueOf(i));
                for (Rule rule : personRules) {
                    Outcome o = purpose == Purpose.ADMISSION && !rule.assessedOnAdmission()
                            ? holdersOnlyOutcome()
                            : outcome(rule, context);
                    results.add(toResult(rule, o, at, null, id, version));
                }
                out.add(subjectResult(id, version, Subject.PERSON, p.id(), at, results));
            }
        }
        return out;
    }

    private List<RuleResult> evaluate(
            Scheme scheme,
            List<Rule> rules,
            Professional p,
            Organisation o,
            List<Professional> professionals,
            LocalDate asOf,
            JsonPointer at,
            Purpose purpose) {
        // Results are made at their subject's location, so subjectResult need not copy each to relocate it.
        List<RuleResult> results = new ArrayList<>(rules.size());
        if (!scheme.inForceOn(asOf)) {
            for (Rule rule : rules) {
                Outcome n = notApplicableOutcome(
                        "quality.scheme.not-in-force",
                        "scheme",
                        scheme.id(),
                        "asOf",
                        asOf,
                        "from",
                        scheme.effectiveFrom().map(String::valueOf).orElse("-"),
                        "until",
                        scheme.effectiveUntil().map(String::valueOf).orElse("-"));
                // before the round opens, the verdict changes on its first day; after it closed, never
                scheme.effectiveFrom().filter(asOf::isBefore).ifPresent(n::changesOn);
                results.add(toResult(rule, n, at, null, scheme.id(), scheme.version()));
            }
            return results;
        }
        boolean admission = purpose == Purpose.ADMISSION;
        // For a listing, entry requirements are the certifying body's business for whoever claims an entry; for an
        // admission the subject is an applicant, whose entry requirements are exactly what is asked.
        boolean holder = !admission
                && (p != null
                        ? !p.registrationsIn(scheme.id()).isEmpty()
                        : !o.marksOf(scheme.id()).isEmpty());
        CheckContext context = p != null
                ? CheckContext.person(catalogue, warningDays, asOf, scheme.id(), p, professionals, purpose)
                : CheckContext.organisation(catalogue, warningDays, asOf, scheme.id(), o, professionals, purpose);
        // Rules that deem others met when they pass (deemed equivalence) are evaluated first, for professionals.
        Map<String, Rule> deemed = new HashMap<>();
        Map<String, Outcome> deeming = new HashMap<>();
        Map<String, List<String>> deemers = new HashMap<>();
        if (p != null) {
            for (Rule rule : rules) {
                if (!rule.deemsMet().isEmpty()) {
                    Outcome e = outcome(rule, context);
                    deeming.put(rule.id(), e);
                    deemers.put(rule.id(), rule.deemsMet());
                    if (e.verdict == Verdict.PASS) {
                        rule.deemsMet().forEach(t -> deemed.putIfAbsent(t, rule));
                    }
                }
            }
        }
        for (Rule rule : rules) {
            Outcome outcome;
            Rule by = deemed.get(rule.id());
            if (deeming.containsKey(rule.id())) {
                outcome = deeming.get(rule.id());
            } else if (rule.stage() == RuleStage.ENTRY && holder) {
                outcome = notApplicableOutcome("quality.rule.entry-only", "scheme", scheme.id());
            } else if (admission && !rule.assessedOnAdmission()) {
                outcome = holdersOnlyOutcome();
            } else if (by != null) {
                outcome = deemedOutcome(by, context);
                // deemed met for as long as the deeming rule passes: until the underlying entry expires
                outcome.changesOn(earliest(outcome.changesOn, deeming.get(by.id()).changesOn));
            } else {
                outcome = outcome(rule, context);
                // a rule another one could deem met changes when that one would start to pass
                for (Map.Entry<String, Outcome> d : deeming.entrySet()) {
                    if (deemers.getOrDefault(d.getKey(), List.of()).contains(rule.id())) {
                        outcome.changesOn(earliest(outcome.changesOn, d.getValue().changesOn));
                    }
                }
            }
            // the end of the scheme's round (a subsidy period): from the next day the scheme is not in force
            if (scheme.effectiveUntil().isPresent() && outcome.verdict != Verdict.NOT_APPLICABLE) {
                outcome.changesOn(earliest(
                        outcome.changesOn, scheme.effectiveUntil().get().plusDays(1)));
            }
            results.add(toResult(rule, outcome, at, by, scheme.id(), scheme.version()));
        }
        return results;
    }

    /** A rule's own evaluation; a rule must never make a check throw, so an exception is reported, never swallowed. */
    private static Outcome outcome(Rule rule, CheckContext context) {
        try {
            return (Outcome) Objects.requireNonNull(rule.evaluate(context), "outcome");
        } catch (RuntimeException e) {
            return Outcome.error(rule.id(), e);
        }
    }

    private static Outcome deemedOutcome(Rule by, CheckContext context) {
        try {
            return (Outcome) by.deemedOutcome(context);
        } catch (RuntimeException e) {
            return Outcome.error(by.id(), e);
        }
    }

    private static Outcome holdersOnlyOutcome() {
        return Outcome.notApplicable("quality.rule.holders-only");
    }

    private static Outcome notApplicableOutcome(String code, Object... args) {
        return Outcome.notApplicable(code, args);
    }

    private RuleResult toResult(
            Rule rule, Outcome o, JsonPointer at, Rule deemedBy, String schemeId, String schemeVersion) {
        // every explanation names the scheme (or policy) and the version it applied
        o.args.put("schemeId", schemeId);
        o.args.put("schemeVersion", schemeVersion);
        ImmutableRuleResult template = deemedBy == null ? templates.get(rule) : null;
        if (template != null) {
            // equal to the builder's result below, without copying the rule's citations
            return template.withVerdict(o.verdict)
                    .withCode(o.code)
                    .withExplanation(QualityMessages.text(o.code, o.args))
                    .withEvidence(o.evidenceMap())
                    .withLocation(at)
                    .withChangesOn(Optional.ofNullable(o.changesOn));
        }
        ImmutableRuleResult.Builder b = RuleResult.builder()
                .ruleId(rule.id())
                .ruleType(typeOf(rule))
                .verdict(o.verdict)
                .code(o.code)
                .explanation(QualityMessages.text(o.code, o.args))
                .evidence(o.evidenceMap())
                .location(at)
                .citations(rule.citations())
                .changesOn(Optional.ofNullable(o.changesOn));
        if (deemedBy != null) {
            b.deemedBy(deemedBy.id()).addAllCitations(deemedBy.citations());
        }
        return b.build();
    }

    private static String typeOf(Rule rule) {
        return RULE_TYPES.get(rule.getClass());
    }

    /** The wire type name of each rule class ({@code minimum-cpd}), looked up once per class, not per result. */
    private static final ClassValue<String> RULE_TYPES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            com.fasterxml.jackson.annotation.JsonSubTypes types =
                    Rule.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class);
            for (com.fasterxml.jackson.annotation.JsonSubTypes.Type t : types.value()) {
                if (t.value().isAssignableFrom(type)) {
                    return t.name();
                }
            }
            return type.getSimpleName();
        }
    };

    private static SchemeResult subjectResult(
            String scheme, String version, Subject subject, String ref, JsonPointer at, List<RuleResult> rules) {
        List<RuleResult> located = new ArrayList<>();
        Verdict verdict = Verdict.NOT_APPLICABLE;
        LocalDate changes = null;
        for (RuleResult r : rules) {
            RuleResult l = r.location().isRoot() ? ImmutableRuleResult.copyOf(r).withLocation(at) : r;
            located.add(l);
            verdict = verdict.combine(l.verdict());
            changes = earliest(changes, l.changesOn().orElse(null));
        }
        return SchemeResult.builder()
                .scheme(scheme)
                .version(version)
                .subject(subject)
                .subjectRef(Optional.ofNullable(ref))
                .location(at)
                .verdict(verdict)
                .rules(located)
                .changesOn(Optional.ofNullable(changes))
                .build();
    }

    private static SchemeResult notApplicable(Scheme scheme, String code) {
        return SchemeResult.builder()
                .scheme(scheme.id())
                .version(scheme.version())
                .subject(scheme.subject())
                .location(JsonPointer.root())
                .verdict(Verdict.NOT_APPLICABLE)
                .noSubject(true)
                .explanation(QualityMessages.text(code, QualityMessages.args("scheme", scheme.id())))
                .build();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : (b.isBefore(a) ? b : a);
    }

    @Override
    public String toString() {
        return "QualityChecker[" + catalogue.schemes().size() + " schemes, warningDays=" + warningDays + "]";
    }

    /**
     * Builds a {@link QualityChecker}. Not thread-safe; the checker it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private SchemeCatalogue catalogue = SchemeCatalogue.builtIn();
        private int warningDays = DEFAULT_WARNING_DAYS;

        private Builder() {}

        /**
         * The schemes to check against.
         *
         * @param catalogue the catalogue; {@link SchemeCatalogue#builtIn()} by default
         * @return this builder
         */
        public Builder catalogue(SchemeCatalogue catalogue) {
            this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
            return this;
        }

        /**
         * How many days before an expiry or due date the verdict becomes a warning.
         *
         * @param days 0 or more; {@value #DEFAULT} by default
         * @return this builder
         * @throws IllegalArgumentException if days is negative
         */
        public Builder warningDays(int days) {
            if (days < 0) {
                throw new IllegalArgumentException("warningDays must be >= 0 but was " + days);
            }
            this.warningDays = days;
            return this;
        }

        /** The default of {@link #warningDays(int)}. */
        static final int DEFAULT = DEFAULT_WARNING_DAYS;

        /**
         * The checker.
         *
         * @return an immutable, thread-safe checker
         */
        public QualityChecker build() {
            return new QualityChecker(catalogue, warningDays);
        }
    }
}
