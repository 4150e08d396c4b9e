/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Dimension;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment step's form. With item texts (a licensed instrument loaded with {@code serve --instrument-items}),
 * every item is a statement on the instrument's scale with its anchors. Without them the portal never shows
 * numbered statements without text: it shows its own short reflection checklist, one statement per dimension,
 * written for this example portal and labelled as not the instrument; the answer to a dimension's statement is
 * passed to the engine for each of that dimension's items, so that the journey can narrow what it shows next.
 */
final class SelfTest {
    /** The checklist's own statements per CAAS dimension; written for this portal, not items of the CAAS. */
    private static final Map<String, LocalizedText> CHECKLIST = Map.of(
            "concern",
                    LocalizedText.of(
                            "Ik weet wat ik de komende tijd in mijn loopbaan wil bereiken.",
                            "I know what I want to achieve in my career in the time ahead."),
            "control",
                    LocalizedText.of(
                            "Ik heb het gevoel dat ik zelf aan het stuur zit van mijn loopbaan.",
                            "I feel that I am the one steering my career."),
            "curiosity",
                    LocalizedText.of(
                            "Ik zoek actief uit welk werk of welke opleiding bij mij zou kunnen passen.",
                            "I actively find out which work or training might suit me."),
            "confidence",
                    LocalizedText.of(
                            "Ik vertrouw erop dat ik de stappen kan zetten die daarvoor nodig zijn.",
                            "I trust that I can take the steps that this needs."));
    /** The checklist's own anchors (agreement), used only when the instrument has none. */
    private static final LocalizedText LOW = LocalizedText.of("klopt helemaal niet", "not true at all");

    private static final LocalizedText HIGH = LocalizedText.of("klopt helemaal", "completely true");

    private SelfTest() {}

    /** The id of the first radio button of the form. */
    static String firstField(Instrument instrument) {
        int min = instrument.responseScale().min();
        return instrument.hasItemTexts()
                ? "item-" + instrument.items().get(0).id() + "-" + min
                : "dim-" + instrument.dimensionCodes().get(0) + "-" + min;
    }

    /** Appends the form's fields for an instrument. */
    static void render(Page p, Request r, Instrument instrument) {
        if (instrument.hasItemTexts()) {
            p.raw("<p class=\"hint\">")
                    .text(r.t(instrument.name()))
                    .raw(". ")
                    .text(
                            "Geef bij elke uitspraak aan in hoeverre die bij je past.",
                            "For each statement, say how far it fits you.")
                    .raw("</p>");
            for (Item item : instrument.items()) {
                scale(
                        p,
                        r,
                        instrument,
                        "item." + item.id(),
                        "item-" + item.id(),
                        r.t(item.text().orElseThrow()),
                        false);
            }
            return;
        }
        p.raw("<div class=\"not-caas\"><p><strong>")
                .text(
                        "Eigen reflectielijst van deze voorbeeldportal: dit is niet de ",
                        "This example portal's own reflection checklist: this is not the ")
                .text(r.t(instrument.name()))
                .raw("</strong></p><p>")
                .text(
                        "De uitspraken van die vragenlijst zijn gelicenseerd en staan niet in deze portal. Hieronder staat per onderwerp "
                                + "een eigen vraag om over na te denken. Je antwoord bepaalt alleen welke informatie je hierna ziet; "
                                + "het is geen uitslag van een test.",
                        "The statements of that questionnaire are licensed and are not in this portal. Below is one question of our own "
                                + "per topic to think about. Your answer only decides which information you see next; it is not a test result.")
                .raw("</p></div>");
        for (String dimension : instrument.dimensionCodes()) {
            String name = dimensionName(r, instrument, dimension);
            LocalizedText statement = CHECKLIST.getOrDefault(
                    dimension,
                    LocalizedText.of(
                            "Over " + name + ": dit gaat me al goed af.",
                            "About " + name + ": I am already doing well."));
            scale(p, r, instrument, "dim." + dimension, "dim-" + dimension, name + ": " + r.t(statement), true);
        }
    }

    private static void scale(
            Page p, Request r, Instrument instrument, String name, String idPrefix, String legend, boolean ownAnchors) {
        int min = instrument.responseScale().min();
        int max = instrument.responseScale().max();
        Map<Integer, LocalizedText> anchors =
                new LinkedHashMap<>(instrument.responseScale().anchors());
        if (anchors.isEmpty() && ownAnchors) {
            anchors.put(min, LOW);
            anchors.put(max, HIGH);
        }
        p.raw("<fieldset class=\"item\"><legend>").text(legend).raw("</legend><div class=\"scale\">");
        for (int v = min; v <= max; v++) {
            String id = idPrefix + "-" + v;
            String label = anchors.containsKey(v) ? v + " " + r.t(anchors.get(v)) : String.valueOf(v);
            p.raw("<span class=\"point\"><input type=\"radio\" required")
                    .attr("name", name)
                    .attr("id", id)
                    .attr("value", String.valueOf(v))
                    .raw("><label")
                    .attr("for", id)
                    .raw(">")
                    .text(label)
                    .raw("</label></span>");
        }
        p.raw("</div></fieldset>");
    }

    private static String dimensionName(Request r, Instrument instrument, String dimension) {
        return CompetenceModels.framework(instrument.framework())
                .flatMap(fw -> fw.dimension(dimension))
                .map(Dimension::name)
                .map(r::t)
                .orElse(dimension);
    }

    /**
     * The item scores of a posted form: an item's own field ({@code item.<id>}) when posted, else its dimension's
     * checklist answer ({@code dim.<dimension>}); items left open are skipped.
     *
     * @return the scores, or empty when a value is not a whole number
     */
    static Optional<Map<String, Integer>> responses(Instrument instrument, Form f) {
        Map<String, Integer> responses = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            Optional<String> value = f.first("item." + item.id())
                    .or(() -> f.first("dim." + item.dimension()))
                    .map(String::strip)
                    .filter(v -> !v.isEmpty());
            if (value.isEmpty()) {
                continue;
            }
            if (value.get().length() > 6) {
                return Optional.empty();
            }
            try {
                responses.put(item.id(), Integer.parseInt(value.get()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(responses);
    }
}
