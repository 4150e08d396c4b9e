/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.citation.Citation;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.diagnostics.internal.CoreMessages;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A questionnaire that measures the dimensions of a {@link CompetenceFramework}: its items, answer scale,
 * missing-item policy and whether it scores a total. {@link #score(Map)} turns a client's responses into a
 * {@link CompetenceProfile}.
 *
 * <p>Items may come without text. The built-in CAAS instruments ({@link CompetenceModels#caas24Structure()},
 * {@link CompetenceModels#caas12Structure()}) are structures only, because no licence for the item texts was
 * found; load an instrument file with the texts through {@link CompetenceModels#readInstrument(String,
 * io.github.careerguidance.core.json.GuidanceCodec)}.
 *
 * <pre>{@code
 * Instrument caas = CompetenceModels.caas24Structure();
 * ScoringResult result = caas.score(Map.of("concern-1", 4, "concern-2", 5)); // other items missing
 * result.profile();      // empty: the CAAS requires all items by default
 * result.diagnostics();  // one error per incomplete dimension
 * }</pre>
 *
 * <p>Instances are immutable; scoring is pure and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableInstrument.class)
@JsonDeserialize(as = ImmutableInstrument.class)
public abstract class Instrument {
    /** Extended only by the generated immutable implementation. */
    Instrument() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableInstrument.Builder builder() {
        return ImmutableInstrument.builder();
    }

    /**
     * The code: lower-case words separated by dashes.
     *
     * @return the code, such as {@code caas-24}
     */
    public abstract String code();

    /**
     * The version of this definition of the instrument; copied into every profile it scores.
     *
     * @return a non-blank version
     */
    public abstract String version();

    /**
     * The code of the framework whose dimensions the items score on.
     *
     * @return the framework code, such as {@code caas}
     */
    public abstract String framework();

    /**
     * The display name.
     *
     * @return the name in Dutch and English
     */
    public abstract LocalizedText name();

    /**
     * The answer scale shared by all items.
     *
     * @return the scale
     */
    public abstract ResponseScale responseScale();

    /**
     * The items, in presentation order.
     *
     * @return an unmodifiable list with at least one item and unique ids
     */
    public abstract List<Item> items();

    /**
     * What scoring does with missing answers.
     *
     * @return the policy; {@link MissingItemPolicy#requireAll()} when not given
     */
    @Value.Default
    public MissingItemPolicy missingItemPolicy() {
        return MissingItemPolicy.requireAll();
    }

    /**
     * Whether the instrument scores a total over all items besides the dimensions.
     *
     * @return false unless given
     */
    @Value.Default
    public boolean scoresTotal() {
        return false;
    }

    /**
     * The sources of the instrument.
     *
     * @return an unmodifiable list, possibly empty for a user-defined instrument
     */
    public abstract List<Citation> citations();

    /**
     * A caveat about the definition, such as a response scale that is not confirmed by a source.
     *
     * @return the note, if any
     */
    public abstract Optional<LocalizedText> note();

    /**
     * The item with an id.
     *
     * @param id the item id
     * @return the item, or empty when there is none with that id
     */
    public Optional<Item> item(String id) {
        for (Item item : items()) {
            if (item.id().equals(id)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /**
     * The codes of the dimensions the items score on, in order of their first item.
     *
     * @return an unmodifiable list, never empty
     */
    public List<String> dimensionCodes() {
        Set<String> codes = new LinkedHashSet<>();
        items().forEach(i -> codes.add(i.dimension()));
        return List.copyOf(codes);
    }

    /**
     * The items of one dimension, in order.
     *
     * @param dimension the dimension code
     * @return an unmodifiable list; empty when no item scores on that dimension
     */
    public List<Item> items(String dimension) {
        List<Item> found = new ArrayList<>();
        for (Item item : items()) {
            if (item.dimension().equals(dimension)) {
                found.add(item);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether every item has a text, so the instrument can be shown to a client.
     *
     * @return true when no item lacks a text
     */
    public boolean hasItemTexts() {
        return items().stream().allMatch(i -> i.text().isPresent());
    }

    /**
     * Checks the instrument against a framework: the framework codes must agree and every item's dimension must
     * exist in the framework. Locations are JSON Pointers into the instrument document, such as
     * {@code /items/3/dimension}.
     *
     * @param framework the framework the instrument claims to measure
     * @return the findings ({@code core.competence.framework-mismatch}, {@code core.competence.unknown-dimension});
     *     empty when the instrument fits the framework
     */
    public Diagnostics validate(CompetenceFramework framework) {
        Objects.requireNonNull(framework, "framework");
        Diagnostics.Builder found = Diagnostics.builder();
        if (!framework().equals(framework.code())) {
            found.add(CoreMessages.BUNDLE.diagnostic(
                    Severity.ERROR,
                    "core.competence.framework-mismatch",
                    JsonPointer.of("framework"),
                    CoreMessages.args("instrumentFramework", framework(), "framework", framework.code())));
        }
        for (int i = 0; i < items().size(); i++) {
            Item item = items().get(i);
            if (framework.dimension(item.dimension()).isEmpty()) {
                found.add(CoreMessages.BUNDLE.diagnostic(
                        Severity.ERROR,
                        "core.competence.unknown-dimension",
                        JsonPointer.root().append("items").append(i).append("dimension"),
                        CoreMessages.args(
                                "item",
                                item.id(),
                                "dimension",
                                item.dimension(),
                                "framework",
                                framework.code(),
                                "known",
                                framework.dimensionCodes())));
            }
        }
        return found.build();
    }

    /**
     * Scores a client's responses. Reverse-keyed items are mirrored on the scale first. Bad responses never
     * throw: an answer off the scale is an error diagnostic and counts as missing, an unknown item id is a
     * warning and is ignored (both located at {@code /responses/<itemId>}), and a {@code null} answer counts as
     * missing. Missing items are handled by the {@link #missingItemPolicy()}.
     *
     * @param responses answers keyed by item id; need not cover every item
     * @return the profile (empty only when neither a dimension nor the total could be scored) and the findings
     * @throws NullPointerException if {@code responses} itself is null
     */
    public ScoringResult score(Map<String, Integer> responses) {
        Objects.requireNonNull(responses, "responses");
        return InstrumentScoring.score(this, responses);
    }

    @Value.Check
    protected void check() {
        Codes.requireCode("instrument code", code());
        Codes.requireNonBlank("instrument '" + code() + "' version", version());
        Codes.requireCode("instrument '" + code() + "' framework", framework());
        if (items().isEmpty()) {
            throw new IllegalArgumentException("instrument '" + code() + "' items must have >= 1 entry but had 0");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < items().size(); i++) {
            Integer before = seen.putIfAbsent(items().get(i).id(), i);
            if (before != null) {
                throw new IllegalArgumentException("instrument '" + code() + "' item id '"
                        + items().get(i).id() + "' appears more than once (items/" + before + " and items/" + i + ")");
            }
        }
    }
}
