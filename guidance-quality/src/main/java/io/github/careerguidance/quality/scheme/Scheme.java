/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.scheme;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A quality mark, register or requirement set as versioned data: who it is about, when it is in force, where its
 * facts come from, and its typed rules.
 *
 * <p>Built-in schemes live in {@code io/github/careerguidance/quality/schemes/*.yaml} and are listed by
 * {@link SchemeCatalogue#builtIn()}; integrators write their own in the same format.
 *
 * <pre>{@code
 * Scheme rl = SchemeCatalogue.builtIn().scheme("noloc-rl").orElseThrow();
 * rl.rules().forEach(r -> System.out.println(r.id() + ": " + r.title().resolve(Locale.ENGLISH)));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableScheme.class)
@JsonDeserialize(as = ImmutableScheme.class)
public abstract class Scheme {
    /** Extended only by the generated immutable implementation. */
    Scheme() {}

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableScheme.Builder builder() {
        return ImmutableScheme.builder();
    }

    /**
     * The scheme id, lower case with dashes, such as {@code noloc-rl}. Registrations name schemes by this id.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The name in Dutch and English.
     *
     * @return the name
     */
    public abstract LocalizedText name();

    /**
     * Whom the scheme is about.
     *
     * @return the subject
     */
    public abstract Subject subject();

    /**
     * The version of this scheme definition, such as {@code 2021}.
     *
     * @return the version
     */
    public abstract String version();

    /**
     * The first day the scheme is in force.
     *
     * @return the date, if known
     */
    public abstract Optional<LocalDate> effectiveFrom();

    /**
     * The last day the scheme is in force.
     *
     * @return the date, or empty while in force
     */
    public abstract Optional<LocalDate> effectiveUntil();

    /**
     * Whether the scheme applies only to subjects that claim an entry or mark of it (a register), rather than to
     * every subject checked (a requirement set such as a subsidy regulation).
     *
     * @return true unless stated
     */
    @Value.Default
    public boolean holdersOnly() {
        return true;
    }

    /**
     * The sources of the scheme.
     *
     * @return the citations
     */
    public abstract List<Citation> citations();

    /**
     * What the sources do not say.
     *
     * @return the note, if any
     */
    public abstract Optional<String> note();

    /**
     * The rules, in the order they are reported.
     *
     * @return the rules
     */
    public abstract List<Rule> rules();

    /**
     * One rule by id.
     *
     * @param id the rule id
     * @return the rule, or empty when the scheme has no such rule
     */
    public Optional<Rule> rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * Whether the scheme is in force on a date.
     *
     * @param date the date
     * @return true when the date is inside the effective period
     */
    public boolean inForceOn(LocalDate date) {
        return effectiveFrom().map(f -> !date.isBefore(f)).orElse(true)
                && effectiveUntil().map(u -> !date.isAfter(u)).orElse(true);
    }

    @Value.Check
    protected void check() {
        if (!ID.matcher(id()).matches()) {
            throw new IllegalArgumentException(
                    "scheme id must be lower-case words joined by dashes but was '" + id() + "'");
        }
        if (effectiveFrom().isPresent()
                && effectiveUntil().isPresent()
                && effectiveUntil().get().isBefore(effectiveFrom().get())) {
            throw new IllegalArgumentException(
                    "scheme " + id() + ": effectiveUntil must not be before effectiveFrom but was "
                            + effectiveUntil().get());
        }
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules()) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("scheme " + id() + ": rule id '" + rule.id() + "' repeats");
            }
            if (rule.subject() != subject()) {
                throw new IllegalArgumentException("scheme " + id() + ": rule " + rule.id() + " is about "
                        + rule.subject().code() + " but the scheme is about "
                        + subject().code());
            }
        }
        for (Rule rule : rules()) {
            for (String target : rule.deemsMet()) {
                if (!ids.contains(target)) {
                    throw new IllegalArgumentException("scheme " + id() + ": rule " + rule.id()
                            + " names unknown rule '" + target + "' in satisfies");
                }
            }
        }
    }
}
