/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.quality.CheckerPropertiesTest;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.Policy;
import io.github.careerguidance.quality.scheme.Scheme;
import io.github.careerguidance.quality.scheme.SchemeCatalogue;
import io.github.careerguidance.testsupport.CommittedSchemas;
import io.github.careerguidance.testsupport.SchemaValidation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped schemas are the generated ones, the built-in schemes, the example policies and the registration
 * fixtures validate against them, and broken documents do not, with the path named.
 *
 * <p>Regenerate both copies (jar resource and {@code guidance-quality/schema/}) with
 * {@code ./mvnw -q -B -pl guidance-core,guidance-quality verify -Dquality.schema.update=true}.
 */
class QualitySchemasTest {
    static final Path REPO_DIRECTORY = Path.of("schema");
    static final Path RESOURCE_DIRECTORY =
            Path.of("src", "main", "resources", "io", "github", "careerguidance", "quality", "schema");
    static final Path RESOURCES = Path.of("src", "main", "resources", "io", "github", "careerguidance", "quality");
    static final Path TEST_RESOURCES = Path.of("src", "test", "resources", "io", "github", "careerguidance", "quality");

    static final Schema SCHEME = load(QualitySchemas.scheme());
    static final Schema POLICY = load(QualitySchemas.policy());
    static final Schema REGISTRATION = load(QualitySchemas.registration());

    static final CommittedSchemas COMMITTED =
            new CommittedSchemas(REPO_DIRECTORY, RESOURCE_DIRECTORY, "quality.schema.update");

    static Schema load(String text) {
        return SchemaValidation.load(text);
    }

    static List<String> errors(Schema schema, String document, InputFormat format) {
        return SchemaValidation.errors(schema, document, format);
    }

    static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void shippedSchemasAreTheGeneratedOnes() {
        for (String file : QualitySchemas.FILES) {
            COMMITTED.assertGenerated(file, QualitySchemaGenerator.generate(file), QualitySchemas.text(file));
        }
        assertThat(QualitySchemas.scheme())
                .contains("\"RegistrationRule\"", "\"minimum-cpd\"", "\"ServiceCoverageRule\"");
        assertThat(QualitySchemas.policy()).contains("\"EquivalenceRule\"").doesNotContain("\"holdersOnly\"");
        assertThat(QualitySchemas.registration())
                .contains("\"kvkNumber\"", "^[0-9]{8}$", "\"identifiers\"", "\"jurisdiction\"");
    }

    @Test
    void unknownSchemaNamesAreRejected() {
        assertThatThrownBy(() -> QualitySchemas.text("journey.schema.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("journey.schema.json")
                .hasMessageContaining(QualitySchemas.SCHEME);
    }

    @Test
    void everyBuiltInSchemeFileValidates() throws IOException {
        List<Path> schemes = files(RESOURCES.resolve("schemes"));
        assertThat(schemes).hasSize(SchemeCatalogue.builtIn().schemes().size());
        for (Path file : schemes) {
            assertThat(errors(SCHEME, Files.readString(file), InputFormat.YAML))
                    .as(file.toString())
                    .isEmpty();
        }
    }

    @Test
    void everyBuiltInSchemeWrittenAsJsonValidates() {
        for (Scheme scheme : SchemeCatalogue.builtIn().schemes()) {
            String json = GuidanceCodec.json().write(scheme);
            assertThat(errors(SCHEME, json, InputFormat.JSON)).as(scheme.id()).isEmpty();
        }
    }

    @Test
    void policyExamplesValidateAndRead() throws IOException {
        List<Path> policies = files(TEST_RESOURCES.resolve("policies"));
        assertThat(policies).isNotEmpty();
        for (Path file : policies) {
            String text = Files.readString(file);
            assertThat(errors(POLICY, text, InputFormat.YAML))
                    .as(file.toString())
                    .isEmpty();
            assertThat(GuidanceCodec.yaml()
                            .read(text, Policy.class)
                            .diagnostics()
                            .isEmpty())
                    .as(file.toString())
                    .isTrue();
        }
        Policy of = Policy.of(SchemeCatalogue.builtIn().scheme("noloc-rl").orElseThrow());
        assertThat(errors(POLICY, GuidanceCodec.json().write(of), InputFormat.JSON))
                .isEmpty();
    }

    @Test
    void registrationFixturesValidate() throws IOException {
        List<Path> fixtures = files(TEST_RESOURCES.resolve("fixtures"));
        assertThat(fixtures).hasSizeGreaterThanOrEqualTo(6);
        for (Path file : fixtures) {
            assertThat(errors(REGISTRATION, Files.readString(file), InputFormat.YAML))
                    .as(file.toString())
                    .isEmpty();
        }
    }

    @Test
    void generatedRegistrationsValidate() {
        qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Registration registration = CheckerPropertiesTest.generate(seed);
            String json = GuidanceCodec.json().write(registration);
            assertThat(errors(REGISTRATION, json, InputFormat.JSON)).as(json).isEmpty();
        });
    }

    static final String SCHEME_BASE = "id: loopbaan-keurmerk\n"
            + "name: {nl: Loopbaankeurmerk, en: Career mark}\n"
            + "subject: person\n"
            + "version: \"2027\"\n"
            + "rules:\n"
            + "  - type: registration\n"
            + "    id: LK-VALID\n"
            + "    title: {nl: Geldig, en: Valid}\n"
            + "    validityTerms: [{years: 3}]\n"
            + "  - type: minimum-cpd\n"
            + "    id: LK-PE\n"
            + "    title: {nl: PE-punten, en: PE points}\n"
            + "    registrationScheme: loopbaan-keurmerk\n"
            + "    minimum: 60\n";

    @Test
    void brokenSchemesDoNotValidateAndNameThePath() {
        assertThat(errors(SCHEME, SCHEME_BASE, InputFormat.YAML)).isEmpty();
        assertThat(GuidanceCodec.yaml()
                        .read(SCHEME_BASE, Scheme.class)
                        .diagnostics()
                        .isEmpty())
                .isTrue();
        // a missing required field
        assertThat(errors(SCHEME, SCHEME_BASE.replace("version: \"2027\"\n", ""), InputFormat.YAML))
                .anyMatch(e -> e.contains("version"));
        assertThat(errors(
                        SCHEME,
                        SCHEME_BASE.replace("    registrationScheme: loopbaan-keurmerk\n", ""),
                        InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/rules/1") && e.contains("registrationScheme"));
        // a wrong type
        assertThat(errors(SCHEME, SCHEME_BASE.replace("minimum: 60", "minimum: zestig"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/rules/1/minimum"));
        assertThat(errors(SCHEME, SCHEME_BASE.replace("{years: 3}", "{years: drie}"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/rules/0/validityTerms/0/years"));
        // an unknown rule type: only the discriminator is reported
        assertThat(errors(SCHEME, SCHEME_BASE.replace("type: minimum-cpd", "type: minimum-hours"), InputFormat.YAML))
                .containsExactly(errors(
                                SCHEME,
                                SCHEME_BASE.replace("type: minimum-cpd", "type: minimum-hours"),
                                InputFormat.YAML)
                        .get(0))
                .allMatch(e -> e.startsWith("/rules/1/type"));
        // a field of another rule type, and an unknown property
        assertThat(errors(
                        SCHEME,
                        SCHEME_BASE.replace("    minimum: 60\n", "    minimum: 60\n    levels: [A]\n"),
                        InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/rules/1") && e.contains("levels"));
        assertThat(errors(SCHEME, SCHEME_BASE + "colour: blue\n", InputFormat.YAML))
                .anyMatch(e -> e.contains("colour"));
        // enums and id patterns
        assertThat(errors(SCHEME, SCHEME_BASE.replace("subject: person", "subject: persoon"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/subject"));
        assertThat(errors(SCHEME, SCHEME_BASE.replace("id: LK-PE", "id: lk-pe"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/rules/1/id"));
        assertThat(errors(
                        SCHEME,
                        SCHEME_BASE.replace("id: loopbaan-keurmerk", "id: Loopbaan Keurmerk"),
                        InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/id"));
        assertThat(errors(
                        SCHEME,
                        SCHEME_BASE.replace("title: {nl: Geldig, en: Valid}", "title: {nl: Geldig, en: 3}"),
                        InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/rules/0/title/en"));
    }

    @Test
    void brokenPoliciesDoNotValidate() {
        String base = "id: portal\nname: {nl: Portal, en: Portal}\nversion: \"1\"\nschemes: [noloc-rl]\n";
        assertThat(errors(POLICY, base, InputFormat.YAML)).isEmpty();
        assertThat(errors(POLICY, base.replace("version: \"1\"\n", ""), InputFormat.YAML))
                .anyMatch(e -> e.contains("version"));
        assertThat(errors(POLICY, base.replace("[noloc-rl]", "noloc-rl"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/schemes"));
        assertThat(errors(POLICY, base + "holdersOnly: false\n", InputFormat.YAML))
                .anyMatch(e -> e.contains("holdersOnly"));
        String rule = "rules: [{type: minimum-clients, id: P-1, title: {nl: Cliënten}, registrationScheme: noloc-rl,"
                + " minimumPerYear: 10}]\n";
        assertThat(errors(POLICY, base + rule, InputFormat.YAML)).isEmpty();
        assertThat(errors(POLICY, base + rule.replace("minimumPerYear: 10", "minimumPerYear: tien"), InputFormat.YAML))
                .singleElement()
                .asString()
                .startsWith("/rules/0/minimumPerYear");
        assertThat(errors(POLICY, base + rule.replace("minimumPerYear", "minimum"), InputFormat.YAML))
                .singleElement()
                .asString()
                .startsWith("/rules/0")
                .contains("minimum");
    }

    @Test
    void brokenRegistrationsDoNotValidateAndNameThePath() {
        String base = "reference: \"2026-0042\"\n"
                + "organisation: {legalName: Loopbaanpraktijk De Wending B.V., kvkNumber: \"30123456\",\n"
                + "  address: {street: Oudegracht, houseNumber: \"101\", postcode: 3511 AB, city: Utrecht}}\n"
                + "professionals:\n"
                + "  - id: adviser-1\n"
                + "    registrations:\n"
                + "      - {scheme: noloc-rl, registerNumber: RL-1234, status: active, validFrom: 2023-03-01}\n";
        assertThat(errors(REGISTRATION, base, InputFormat.YAML)).isEmpty();
        assertThat(GuidanceCodec.yaml()
                        .read(base, Registration.class)
                        .diagnostics()
                        .isEmpty())
                .isTrue();
        assertThat(errors(REGISTRATION, base.replace("\"30123456\"", "\"3012345\""), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/organisation/kvkNumber"));
        assertThat(errors(REGISTRATION, base.replace("status: active", "status: actief"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/professionals/0/registrations/0/status"));
        assertThat(errors(REGISTRATION, base.replace("status: active, ", ""), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/professionals/0/registrations/0") && e.contains("status"));
        assertThat(errors(REGISTRATION, base.replace("validFrom: 2023-03-01", "validFrom: [2023]"), InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/professionals/0/registrations/0/validFrom"));
        assertThat(errors(REGISTRATION, base + "    hobby: zeilen\n", InputFormat.YAML))
                .anyMatch(e -> e.startsWith("/professionals/0") && e.contains("hobby"));
    }

    @Test
    void everyStructuralProblemIsReportedAtOnce() {
        String broken = SCHEME_BASE
                .replace("version: \"2027\"\n", "")
                .replace("minimum: 60", "minimum: zestig")
                .replace("{years: 3}", "{years: 3, months: 6}");
        List<String> found = errors(SCHEME, broken, InputFormat.YAML);
        assertThat(found)
                .anyMatch(e -> e.contains("version"))
                .anyMatch(e -> e.startsWith("/rules/1/minimum"))
                .anyMatch(e -> e.startsWith("/rules/0/validityTerms/0") && e.contains("months"));
    }
}
