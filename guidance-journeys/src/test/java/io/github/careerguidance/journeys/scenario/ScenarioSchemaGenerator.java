/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.scenario;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.profile.ClientProfile;
import io.github.careerguidance.core.readiness.ReadinessAssessment;
import io.github.careerguidance.journeys.internal.Codes;
import io.github.careerguidance.testsupport.SchemaGeneration;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the scenario file JSON Schema (draft 2020-12) from the types with victools, the way the journey and
 * handover schema generators do. Answers are plain values (a code, a list of codes, a number, a text, or item scores);
 * profiles, readiness assessments and contact points are objects guidance-core checks when the file is read.
 */
final class ScenarioSchemaGenerator {
    private ScenarioSchemaGenerator() {}

    static String generate() {
        SchemaGeneratorConfigBuilder config =
                SchemaGeneration.withImmutablesAccessors(SchemaGeneration.configBuilder());
        config.forMethods().withStringPatternResolver(method -> {
            String name = method.getDeclaredName();
            if (!method.isFakeContainerItemScope()
                    && (name.equals("journey")
                            || name.equals("step")
                            || name.equals("until")
                            || name.equals("outcome"))) {
                return "^" + Codes.ID.pattern() + "$";
            }
            return null;
        });
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (Map.class.isAssignableFrom(raw)) {
                node.put("type", "object");
                node.set(
                        "additionalProperties",
                        context.createDefinitionReference(
                                type.typeParametersFor(Map.class).get(1)));
                return new CustomDefinition(
                        node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == Object.class) {
                node.put(
                        "description",
                        "A plain value: a choice code, a list of codes, a number, a text, or for an"
                                + " assessment a map item id -> score or one score for every item.");
                return new CustomDefinition(
                        node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == ContactPoint.class || raw == ClientProfile.class || raw == ReadinessAssessment.class) {
                node.put("type", "object");
                node.put(
                        "description",
                        "A " + raw.getSimpleName() + " in the format of guidance-core; checked by"
                                + " guidance-core when the file is read.");
                return new CustomDefinition(
                        node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == Instant.class) {
                node.put("type", "string");
                node.put("format", "date-time");
                return new CustomDefinition(
                        node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            return raw.isEnum() ? SchemaGeneration.enumByCode(raw, node) : null;
        });
        ObjectNode schema = SchemaGeneration.generate(config, ScenarioSuite.class);
        for (String loose : new String[] {"ClientProfile", "ReadinessAssessment", "ContactPoint"}) {
            // their own fields are guidance-core's; the codec checks them when the file is read
            ((ObjectNode) schema.get("$defs").get(loose)).remove("additionalProperties");
        }
        ObjectNode visit = (ObjectNode) schema.get("$defs").get("Visit").get("properties");
        ((ObjectNode) visit.get("answers"))
                .putObject("propertyNames")
                .put("pattern", "^" + Visit.ANSWER_KEY.pattern() + "$");
        ((ObjectNode) schema.get("properties").get("scenarios")).put("minItems", 1);
        ((ObjectNode) schema.get("$defs").get("Scenario").get("properties").get("visits")).put("minItems", 1);
        return SchemaGeneration.write(
                schema,
                "https://github.com/careerguidance/guidance/blob/main/guidance-journeys/schema/scenarios.schema.json",
                "guidance journey scenarios",
                "Scenario tests of a journey design, of guidance-journeys"
                        + " (io.github.careerguidance.journeys.scenario.ScenarioSuite)."
                        + " Generated from the types; do not edit by hand.");
    }

    /**
     * Prints the schema.
     *
     * @param args not used
     */
    public static void main(String[] args) {
        System.out.print(generate());
    }
}
