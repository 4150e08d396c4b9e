/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.jurisdiction;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What is known about career guidance in one jurisdiction, as cited facts per {@link Topic}, and the schemes of the
 * catalogue that apply there.
 *
 * <p>Every topic has at least one {@link Fact} or exactly one {@link UnknownFact}: a missing fact is never silently
 * absent, and never guessed.
 *
 * <pre>{@code
 * JurisdictionProfile fi = JurisdictionCatalogue.builtIn().profile("fi").orElseThrow();
 * fi.facts(Topic.RIGHT_TO_GUIDANCE).forEach(f -> System.out.println(f.text().resolve(Locale.ENGLISH)));
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableJurisdictionProfile.class)
@JsonDeserialize(as = ImmutableJurisdictionProfile.class)
public abstract class JurisdictionProfile {
    /** Extended only by the generated immutable implementation. */
    JurisdictionProfile() {}

    private static final Pattern ID = Pattern.compile("[a-z]{2}(?:-[a-z]{2,3})?");

    /**
     * A builder.
     *
     * @return a new builder
     */
    public static ImmutableJurisdictionProfile.Builder builder() {
        return ImmutableJurisdictionProfile.builder();
    }

    /**
     * The id: an ISO 3166-1 country code in lower case, with a subdivision where needed ({@code nl}, {@code gb-sct}).
     *
     * @return the id
     */
    public abstract String id();

    /**
     * The jurisdiction's name.
     *
     * @return the name
     */
    public abstract LocalizedText name();

    /**
     * The cited facts, in reading order.
     *
     * @return the facts
     */
    public abstract List<Fact> facts();

    /**
     * The topics the sources say nothing usable about.
     *
     * @return the unknown topics with notes
     */
    public abstract List<UnknownFact> unknown();

    /**
     * The ids of catalogue schemes that apply in this jurisdiction; may be empty.
     *
     * @return the scheme ids
     */
    public abstract List<String> schemes();

    /**
     * A maintainer's note: readings chosen and facts not confirmed.
     *
     * @return the note, or empty
     */
    public abstract Optional<String> note();

    /**
     * The facts on one topic.
     *
     * @param topic the topic
     * @return the facts, empty when the topic is unknown
     */
    public List<Fact> facts(Topic topic) {
        return facts().stream().filter(f -> f.topic() == topic).collect(Collectors.toList());
    }

    /**
     * The identifiers an organisation of this jurisdiction gives, with their formats (the Netherlands: the KvK
     * number, required).
     *
     * @return the formats, possibly empty
     * @since 0.2.0
     */
    public abstract List<IdentifierFormat> organisationIdentifiers();

    /**
     * The format of a postcode here.
     *
     * @return the format, if the jurisdiction's postcodes are checked
     * @since 0.2.0
     */
    public abstract Optional<IdentifierFormat> postcode();

    /**
     * One organisation identifier format by id.
     *
     * @param id such as {@code kvk}
     * @return the format, or empty when the jurisdiction does not know it
     * @since 0.2.0
     */
    public Optional<IdentifierFormat> organisationIdentifier(String id) {
        for (IdentifierFormat f : organisationIdentifiers()) {
            if (f.id().equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the sources say nothing usable about a topic.
     *
     * @param topic the topic
     * @return true when the topic is unknown here
     */
    public boolean isUnknown(Topic topic) {
        return unknown().stream().anyMatch(u -> u.topic() == topic);
    }

    @Value.Check
    protected void check() {
        if (!ID.matcher(id()).matches()) {
            throw new IllegalArgumentException("jurisdiction id must be like 'nl' or 'gb-sct' but was '" + id() + "'");
        }
        Set<Topic> known =
                facts().stream().map(Fact::topic).collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
        Set<Topic> unknownTopics = EnumSet.noneOf(Topic.class);
        for (UnknownFact u : unknown()) {
            if (known.contains(u.topic()) || !unknownTopics.add(u.topic())) {
                throw new IllegalArgumentException("topic " + u.topic().code() + " of " + id()
                        + " must be either known or unknown once, but is both or repeats");
            }
        }
        for (Topic t : Topic.values()) {
            if (!known.contains(t) && !unknownTopics.contains(t)) {
                throw new IllegalArgumentException(
                        "topic " + t.code() + " of " + id() + " must have a fact or an unknown note but has neither");
            }
        }
    }
}
