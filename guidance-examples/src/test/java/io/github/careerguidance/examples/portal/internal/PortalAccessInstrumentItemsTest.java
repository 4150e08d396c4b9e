/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.portal.check.InstrumentItemsException;
import io.github.careerguidance.examples.portal.check.InstrumentItemsException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The licensed item texts file ({@code serve --instrument-items FILE}): a good file puts every text (and the anchors)
 * into the built-in structure; every bad one is a typed error naming file, line and item. The texts here are
 * placeholders made by the test ("Testtekst concern-1"), never CAAS items.
 */
class PortalAccessInstrumentItemsTest {
    @TempDir
    Path dir;

    /** A YAML file for caas-24 with placeholder texts; {@code skip} leaves one item out. */
    static String yaml(String skip) {
        StringBuilder b = new StringBuilder("# placeholder texts for a test, not the CAAS\ninstrument: caas-24\n"
                + "licence: \"test fixture, no licence needed\"\nanchors:\n  1: {nl: helemaal niet, en: not at all}\n"
                + "  5: {nl: heel sterk, en: very strongly}\nitems:\n");
        for (String dim : new String[] {"concern", "control", "curiosity", "confidence"}) {
            for (int i = 1; i <= 6; i++) {
                String id = dim + "-" + i;
                if (!id.equals(skip)) {
                    b.append("  - id: ")
                            .append(id)
                            .append("\n    text: {nl: Testtekst ")
                            .append(id)
                            .append(", en: Test text ")
                            .append(id)
                            .append("}\n");
                }
            }
        }
        return b.toString();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private InstrumentItemsException refused(String name, String text) throws IOException {
        Path file = write(name, text);
        return assertThrows(InstrumentItemsException.class, () -> InstrumentItems.read(file));
    }

    @Test
    void aGoodFileGivesTheInstrumentItsTextsAndAnchors() throws Exception {
        Instrument caas = InstrumentItems.read(write("items.yaml", yaml("")));
        assertThat(caas.code()).isEqualTo("caas-24");
        assertThat(caas.hasItemTexts()).isTrue();
        assertThat(caas.items()).hasSize(24);
        assertThat(caas.item("control-3").orElseThrow().text())
                .hasValue(LocalizedText.of("Testtekst control-3", "Test text control-3"));
        assertThat(caas.responseScale().anchors()).containsEntry(5, LocalizedText.of("heel sterk", "very strongly"));
        // the same in JSON
        String json = "{\"instrument\": \"caas-sf-12\", \"licence\": \"test\", \"items\": ["
                + String.join(
                        ",",
                        CompetenceModels.caas12Structure().items().stream()
                                .map(i -> "{\"id\": \"" + i.id() + "\", \"text\": {\"nl\": \"T " + i.id()
                                        + "\", \"en\": \"T " + i.id() + "\"}}")
                                .toList())
                + "]}";
        assertThat(InstrumentItems.read(write("items.json", json)).hasItemTexts())
                .isTrue();
    }

    @Test
    void everyProblemIsTypedAndNamesFileLineAndItem() throws Exception {
        InstrumentItemsException missing = refused("missing.yaml", yaml("curiosity-2"));
        assertThat(missing.kind()).isEqualTo(Kind.ITEM_WITHOUT_TEXT);
        assertThat(missing.item()).hasValue("curiosity-2");
        assertThat(missing.getMessage())
                .startsWith(dir.resolve("missing.yaml") + ":")
                .contains("item 'curiosity-2'", "none is made up");

        String unknownItem = yaml("").replace("  - id: concern-3\n", "  - id: concern-33\n");
        InstrumentItemsException unknown = refused("unknown.yaml", unknownItem);
        assertThat(unknown.kind()).isEqualTo(Kind.UNKNOWN_ITEM);
        int line = unknownItem.substring(0, unknownItem.indexOf("concern-33")).split("\n", -1).length;
        assertThat(unknown.line()).isEqualTo(line);
        assertThat(unknown.getMessage())
                .isEqualTo(dir.resolve("unknown.yaml") + ":" + line + ": item 'concern-33': not an item of caas-24");

        InstrumentItemsException noEnglish = refused("no-en.yaml", yaml("").replace(", en: Test text control-4}", "}"));
        assertThat(noEnglish.kind()).isEqualTo(Kind.MISSING);
        assertThat(noEnglish.item()).hasValue("control-4");
        assertThat(noEnglish.getMessage()).contains("has no English (en)");

        InstrumentItemsException noLicence =
                refused("no-licence.yaml", yaml("").replace("licence: \"test fixture, no licence needed\"\n", ""));
        assertThat(noLicence.kind()).isEqualTo(Kind.MISSING);
        assertThat(noLicence.getMessage()).contains("'licence' is missing");

        InstrumentItemsException instrument =
                refused("instrument.yaml", yaml("").replace("instrument: caas-24", "instrument: big-five"));
        assertThat(instrument.kind()).isEqualTo(Kind.UNKNOWN_INSTRUMENT);
        assertThat(instrument.line()).isEqualTo(2);
        assertThat(instrument.getMessage()).contains("big-five", "caas-24");

        InstrumentItemsException anchor =
                refused("anchor.yaml", yaml("").replace("  5: {nl: heel sterk", "  7: {nl: heel sterk"));
        assertThat(anchor.kind()).isEqualTo(Kind.ANCHOR_OFF_SCALE);
        assertThat(anchor.line()).isEqualTo(6);

        InstrumentItemsException twice =
                refused("twice.yaml", yaml("") + "  - id: concern-1\n    text: {nl: a, en: b}\n");
        assertThat(twice.kind()).isEqualTo(Kind.UNKNOWN_ITEM);
        assertThat(twice.getMessage()).contains("item 'concern-1'", "more than once");

        InstrumentItemsException malformed =
                refused("malformed.yaml", "instrument: caas-24\nitems: [\n  {id: concern-1\n");
        assertThat(malformed.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(malformed.line()).isPositive();
        assertThat(malformed.getMessage()).contains("not well-formed YAML");

        InstrumentItemsException notJson = refused("bad.json", "{\"instrument\": ");
        assertThat(notJson.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(notJson.getMessage()).contains("not well-formed JSON");

        InstrumentItemsException field = refused("field.yaml", yaml("").replace("licence:", "lisense:"));
        assertThat(field.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(field.getMessage()).contains("unknown field 'lisense'");

        InstrumentItemsException absent =
                assertThrows(InstrumentItemsException.class, () -> InstrumentItems.read(dir.resolve("none.yaml")));
        assertThat(absent.kind()).isEqualTo(Kind.UNREADABLE);
        assertThat(absent.getMessage()).endsWith("none.yaml: cannot read the file: it does not exist");
    }
}
