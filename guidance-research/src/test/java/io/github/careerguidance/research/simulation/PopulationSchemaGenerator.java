/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.plan.ActionKind;
import io.github.careerguidance.journeys.model.StepKind;
import io.github.careerguidance.testsupport.SchemaGeneration;
import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the population model's JSON Schema (draft 2020-12) from the types with victools, with the project's
 * options and clean-up ({@link SchemaGeneration}), the way {@code JourneySchemaGenerator} does for journeys in guidance-journeys:
 * Immutables accessors are the properties (required unless Optional, a collection, a map or a default), every object
 * forbids unknown properties, probabilities are numbers from 0 to 1, and the keys of {@code dropOut} and
 * {@code channels} are the step-kind and channel codes.
 */
final class PopulationSchemaGenerator {
    private PopulationSchemaGenerator() {}

    static String generate() {
        SchemaGeneratorConfigBuilder config = SchemaGeneration.withImmutablesAccessors(
                SchemaGeneration.configBuilder(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES));
        config.forMethods()
                .withStringPatternResolver(method -> method.getDeclaringType().getErasedType() == PopulationModel.class
                                && method.getDeclaredName().equals("id")
                        ? "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"
                        : null)
                .withNumberInclusiveMinimumResolver(method -> probability(method) ? BigDecimal.ZERO : null)
                .withNumberInclusiveMaximumResolver(method -> probability(method) ? BigDecimal.ONE : null);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (!Map.class.isAssignableFrom(type.getErasedType())) {
                return null;
            }
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            node.put("type", "object");
            node.set(
                    "additionalProperties",
                    context.createDefinitionReference(
                            type.typeParametersFor(Map.class).get(1)));
            return new CustomDefinition(
                    node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
        });
        ObjectNode root = SchemaGeneration.generate(config, PopulationModel.class);
        ObjectNode defs = (ObjectNode) root.get("$defs");
        ObjectNode properties = (ObjectNode) root.get("properties");
        keys(properties.get("dropOut"), StepKind.values());
        keys(properties.get("channels"), ContactChannel.values());
        for (String name : new String[] {"goals", "dropOut", "channels"}) {
            probabilities(properties.get(name));
        }
        for (String def : new String[] {"ProfileMix", "AnswerRule", "ResponseRule"}) {
            defs.get(def).get("properties").properties().forEach(e -> {
                if (!e.getKey().equals("when")) {
                    probabilities(e.getValue());
                }
            });
        }
        ((ObjectNode) defs.get("FollowUpBehaviour"))
                .put(
                        "description",
                        "How clients act on their action plans after"
                                + " the journey (PlanFollowUp). Every number is an assumption to calibrate, not a fact.");
        ObjectNode followUp = (ObjectNode) defs.get("FollowUpBehaviour").get("properties");
        keys(followUp.get("missHazard"), ActionKind.values());
        probabilities(followUp.get("missHazard"));
        probabilities(followUp.get("postcodes"));
        for (String name : new String[] {"reviewNoShow", "uptake"}) {
            ((ObjectNode) followUp.get(name)).put("minimum", 0).put("maximum", 1);
        }
        ((ObjectNode) followUp.get("postcodes"))
                .putObject("propertyNames")
                .put("pattern", "^[1-9][0-9]{3} ?([A-Z]{2})?$");
        ((ObjectNode) properties.get("goals")).put("minProperties", 1);
        ((ArrayNode) root.get("required")).add("goals");
        ((ObjectNode) properties.get("maxSteps")).put("minimum", 1).put("maximum", PopulationModel.MAX_MAX_STEPS);
        return SchemaGeneration.write(
                root,
                "https://github.com/careerguidance/guidance/blob/main/guidance-research/schema/population.schema.json",
                "guidance population model",
                "A simulated client population of guidance-research"
                        + " (io.github.careerguidance.research.simulation.PopulationModel). Generated from the types;"
                        + " do not edit by hand.");
    }

    private static boolean probability(MethodScope method) {
        String name = method.getDeclaredName();
        return method.getDeclaringType().getErasedType() == PopulationModel.class
                && (name.equals("contactRequest") || name.equals("safetyNetFailure"));
    }

    private static void probabilities(JsonNode map) {
        JsonNode values = map.get("additionalProperties");
        if (values instanceof ObjectNode && "number".equals(values.path("type").asString())) {
            ((ObjectNode) values).put("minimum", 0).put("maximum", 1);
        }
    }

    private static void keys(JsonNode map, Enum<?>[] constants) {
        ArrayNode codes = ((ObjectNode) map).putObject("propertyNames").putArray("enum");
        for (Enum<?> c : constants) {
            codes.add(
                    c instanceof StepKind
                            ? ((StepKind) c).code()
                            : c instanceof ActionKind ? ((ActionKind) c).code() : ((ContactChannel) c).code());
        }
    }

    /**
     * Prints the schema.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(generate());
    }
}
