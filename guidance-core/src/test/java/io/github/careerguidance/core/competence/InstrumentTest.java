/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.careerguidance.core.diagnostics.Diagnostic;
import io.github.careerguidance.core.diagnostics.Diagnostics;
import io.github.careerguidance.core.diagnostics.JsonPointer;
import io.github.careerguidance.core.diagnostics.Severity;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InstrumentTest {
    static final String DOCUMENT = "{\n"
            + "  \"code\": \"loopbaan-scan\",\n"
            + "  \"version\": \"2026.1\",\n"
            + "  \"framework\": \"kuijpers\",\n"
            + "  \"name\": {\"nl\": \"Loopbaanscan ROC Midden\", \"en\": \"Career scan\"},\n"
            + "  \"responseScale\": {\"min\": 1, \"max\": 5},\n"
            + "  \"items\": [\n"
            + "    {\"id\": \"m1\", \"dimension\": \"motievenreflectie\", \"text\": {\"nl\": \"Ik weet wat ik belangrijk vind in werk\"}},\n"
            + "    {\"id\": \"m2\", \"dimension\": \"motievenreflectie\", \"reverseKeyed\": true},\n"
            + "    {\"id\": \"k1\", \"dimension\": \"kwaliteitenreflectie\"},\n"
            + "    {\"id\": \"n1\", \"dimension\": \"netwerken\"}\n"
            + "  ]\n"
            + "}\n";

    static Instrument scan() {
        return GuidanceCodec.json().read(DOCUMENT, Instrument.class).orElseThrow();
    }

    private static Diagnostic only(ReadResult<?> read) {
        assertThat(read.isSuccessful()).isFalse();
        assertThat(read.diagnostics().size()).as(read.diagnostics().toString()).isEqualTo(1);
        return read.diagnostics().asList().get(0);
    }

    @Test
    void readsWithDefaultsAndLooksUpItems() {
        Instrument scan = scan();
        assertThat(scan.missingItemPolicy()).isEqualTo(MissingItemPolicy.requireAll());
        assertThat(scan.scoresTotal()).isFalse();
        assertThat(scan.dimensionCodes()).containsExactly("motievenreflectie", "kwaliteitenreflectie", "netwerken");
        assertThat(scan.items("motievenreflectie")).extracting(Item::id).containsExactly("m1", "m2");
        assertThat(scan.items("werkexploratie")).isEmpty();
        assertThat(scan.item("m2").orElseThrow().reverseKeyed()).isTrue();
        assertThat(scan.item("k1").orElseThrow().reverseKeyed()).isFalse();
        assertThat(scan.item("x9")).isEmpty();
        assertThat(scan.item("m1").flatMap(Item::text).orElseThrow().resolve(Locale.ENGLISH))
                .isEqualTo("Ik weet wat ik belangrijk vind in werk");
        assertThat(scan.hasItemTexts()).isFalse();
        assertThat(scan.note()).isEmpty();
    }

    @Test
    void fitsItsFramework() {
        assertThat(scan().validate(CompetenceModels.kuijpers())).isEmpty();
    }

    @Test
    void itemsWithAnUnknownDimensionAreReported() {
        Instrument wrong = ImmutableInstrument.copyOf(scan())
                .withItems(
                        Item.of("m1", "motievenreflectie"), Item.of("s1", "zelfkennis"), Item.of("s2", "zelfkennis"));
        Diagnostics found = wrong.validate(CompetenceModels.kuijpers());
        assertThat(found.asList())
                .extracting(d -> d.location().toString())
                .containsExactly("/items/1/dimension", "/items/2/dimension");
        Diagnostic d = found.asList().get(0);
        assertThat(d.code()).isEqualTo("core.competence.unknown-dimension");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message(Locale.ENGLISH))
                .contains("zelfkennis")
                .contains("kuijpers")
                .contains("netwerken");
        assertThat(d.message(LocalizedText.DUTCH)).contains("verwijst naar dimensie 'zelfkennis'");
    }

    @Test
    void checkingAgainstAnotherFrameworkIsAMismatch() {
        Diagnostics found = scan().validate(CompetenceModels.cms());
        assertThat(found.withCode("core.competence.framework-mismatch").asList())
                .extracting(Diagnostic::location)
                .containsExactly(JsonPointer.of("framework"));
        assertThat(found.withCode("core.competence.unknown-dimension").size()).isEqualTo(4);
    }

    @Test
    void rejectsDuplicateIdsEmptyItemsAndBadCodes() {
        Instrument scan = scan();
        assertThatThrownBy(() -> ImmutableInstrument.copyOf(scan)
                        .withItems(Item.of("m1", "netwerken"), Item.of("m1", "netwerken")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item id 'm1' appears more than once (items/0 and items/1)");
        assertThatThrownBy(() -> ImmutableInstrument.copyOf(scan).withItems(List.of()))
                .hasMessageContaining("items must have >= 1 entry but had 0");
        assertThatThrownBy(() -> ImmutableInstrument.copyOf(scan).withCode("Loopbaan Scan"))
                .hasMessageContaining("instrument code")
                .hasMessageContaining("'Loopbaan Scan'");
        assertThatThrownBy(() -> ImmutableInstrument.copyOf(scan).withVersion(" "))
                .hasMessageContaining("version must not be blank");
        assertThatThrownBy(() -> Item.of("m 1", "netwerken"))
                .hasMessageContaining("item id")
                .hasMessageContaining("'m 1'");
        assertThatThrownBy(() -> Item.of("m1", "Netwerken")).hasMessageContaining("'Netwerken'");
    }

    @Test
    void aMissingFieldInAnItemNamesItsPath() {
        String text = DOCUMENT.replace("{\"id\": \"n1\", \"dimension\": \"netwerken\"}", "{\"id\": \"n1\"}");
        Diagnostic d = only(GuidanceCodec.json().read(text, Instrument.class));
        assertThat(d.code()).isEqualTo("core.json.missing-property");
        assertThat(d.location()).isEqualTo(JsonPointer.parse("/items/3/dimension"));
    }

    @Test
    void aWrongTypedFieldInAnItemNamesItsPath() {
        String text = DOCUMENT.replace("\"dimension\": \"netwerken\"", "\"dimension\": [\"netwerken\"]");
        Diagnostic d = only(GuidanceCodec.json().read(text, Instrument.class));
        assertThat(d.code()).isEqualTo("core.json.wrong-type");
        assertThat(d.location()).isEqualTo(JsonPointer.parse("/items/3/dimension"));

        String flag = DOCUMENT.replace("\"reverseKeyed\": true", "\"reverseKeyed\": \"soms\"");
        Diagnostic f = only(GuidanceCodec.json().read(flag, Instrument.class));
        assertThat(f.code()).isEqualTo("core.json.wrong-type");
        assertThat(f.location()).isEqualTo(JsonPointer.parse("/items/1/reverseKeyed"));
    }

    @Test
    void aNullFieldIsADiagnosticNotANullPointerException() {
        String text = DOCUMENT.replace("\"dimension\": \"netwerken\"", "\"dimension\": null");
        Diagnostic d = only(GuidanceCodec.json().read(text, Instrument.class));
        assertThat(d.code()).isIn("core.json.null-value", "core.json.missing-property");
        assertThat(d.location().toString()).startsWith("/items/3");
    }

    @Test
    void badScaleAndPolicyInTheDocumentAreReportedAtTheirPaths() {
        String scale = DOCUMENT.replace("{\"min\": 1, \"max\": 5}", "{\"min\": 5, \"max\": 1}");
        Diagnostic s = only(GuidanceCodec.json().read(scale, Instrument.class));
        assertThat(s.code()).isEqualTo("core.json.invalid-value");
        assertThat(s.location()).isEqualTo(JsonPointer.of("responseScale"));
        assertThat(s.message(Locale.ENGLISH)).contains("min < max");

        String policy = DOCUMENT.replace("\"items\"", "\"missingItemPolicy\": {\"kind\": \"raden\"},\n  \"items\"");
        Diagnostic p = only(GuidanceCodec.json().read(policy, Instrument.class));
        assertThat(p.location().toString()).startsWith("/missingItemPolicy");
        assertThat(p.message(Locale.ENGLISH)).contains("raden");

        String missingName =
                DOCUMENT.replace("  \"name\": {\"nl\": \"Loopbaanscan ROC Midden\", \"en\": \"Career scan\"},\n", "");
        assertThat(only(GuidanceCodec.json().read(missingName, Instrument.class))
                        .location())
                .isEqualTo(JsonPointer.of("name"));
    }

    @Test
    void duplicateItemIdsInADocumentAreReportedNotThrown() {
        String text = DOCUMENT.replace("\"id\": \"n1\"", "\"id\": \"m1\"");
        Diagnostic d = only(GuidanceCodec.yaml().read(text, Instrument.class));
        assertThat(d.code()).isEqualTo("core.json.invalid-value");
        assertThat(d.message(Locale.ENGLISH)).contains("'m1' appears more than once");
    }
}
