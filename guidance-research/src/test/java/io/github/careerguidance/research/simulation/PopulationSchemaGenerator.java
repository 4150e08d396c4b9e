/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.research.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.journeys.model.StepKind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the population model's JSON Schema (draft 2020-12) from the types with victools, the way
 * {@code format.JourneySchemaGenerator} does for journeys: Immutables accessors are the properties (required
 * unless Optional, a collection, a map or a default), every object forbids unknown properties, probabilities are
 * numbers from 0 to 1, and the keys of {@code dropOut} and {@code channels} are the step-kind and channel codes.
 */
final class PopulationSchemaGenerator {
    private PopulationSchemaGenerator() {}

    static String generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.PLAIN_DEFINITION_KEYS, Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
                .without(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.GETTER_METHODS,
                        Option.SIMPLIFIED_OPTIONALS, Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT)
                .with(Option.FLATTENED_OPTIONALS);
        config.forFields().withIgnoreCheck(field -> true);
        config.forMethods()
                .withIgnoreCheck(PopulationSchemaGenerator::ignored)
                .withPropertyNameOverrideResolver(method -> {
                    JsonProperty named = method.getRawMember().getAnnotation(JsonProperty.class);
                    return named != null ? named.value() : method.getDeclaredName();
                })
                .withRequiredCheck(PopulationSchemaGenerator::required)
                .withNullableCheck(method -> false)
                .withStringPatternResolver(method -> method.getDeclaringType().getErasedType() == PopulationModel.class
                        && method.getDeclaredName().equals("id") ? "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" : null)
                .withNumberInclusiveMinimumResolver(method -> probability(method) ? java.math.BigDecimal.ZERO : null)
                .withNumberInclusiveMaximumResolver(method -> probability(method) ? java.math.BigDecimal.ONE : null);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            if (!Map.class.isAssignableFrom(type.getErasedType())) {
                return null;
            }
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            node.put("type", "object");
            node.set("additionalProperties", context.createDefinitionReference(type.typeParametersFor(Map.class).get(1)));
            return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
        });
        SchemaGenerator generator = new SchemaGenerator(config.build());
        ObjectNode schema = generator.generateSchema(PopulationModel.class);
        strip(schema);
        ObjectNode defs = (ObjectNode) schema.get("$defs");
        java.util.List<String> nullable = new java.util.ArrayList<>();
        defs.properties().forEach(e -> {
            if (e.getKey().endsWith("-nullable")) {
                nullable.add(e.getKey());
            }
        });
        nullable.forEach(defs::remove);
        ObjectNode root = schema;
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
        ((ObjectNode) properties.get("goals")).put("minProperties", 1);
        ((ArrayNode) root.get("required")).add("goals");
        ((ObjectNode) properties.get("maxSteps")).put("minimum", 1).put("maximum", PopulationModel.MAX_MAX_STEPS);
        ObjectNode ordered = schema.objectNode();
        ordered.put("$schema", schema.get("$schema").asString());
        ordered.put("$id", "https://github.com/careerguidance/guidance/blob/main/guidance-research/schema/population.schema.json");
        ordered.put("title", "guidance population model");
        ordered.put("description", "A simulated client population of guidance-research"
                + " (io.github.careerguidance.research.simulation.PopulationModel). Generated from the types; do not edit by hand.");
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$schema")) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return JsonMapper.builder().build().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(ordered)
                .replace("\r\n", "\n") + "\n";
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
            codes.add(c instanceof StepKind ? ((StepKind) c).code() : ((ContactChannel) c).code());
        }
    }

    /** victools names method properties {@code id()}; drops the parentheses and the nullable variants. */
    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            JsonNode properties = object.get("properties");
            if (properties instanceof ObjectNode) {
                ObjectNode renamed = object.objectNode();
                properties.properties().forEach(e -> renamed.set(name(e.getKey()), e.getValue()));
                object.set("properties", renamed);
            }
            JsonNode required = object.get("required");
            if (required instanceof ArrayNode) {
                ArrayNode renamed = object.arrayNode();
                required.forEach(r -> renamed.add(name(r.asString())));
                object.set("required", renamed);
            }
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asString().endsWith("-nullable")) {
                object.put("$ref", ref.asString().substring(0, ref.asString().length() - "-nullable".length()));
            }
            JsonNode type = object.get("type");
            if (type instanceof ArrayNode) {
                ArrayNode kept = object.arrayNode();
                type.forEach(t -> {
                    if (!"null".equals(t.asString())) {
                        kept.add(t);
                    }
                });
                object.set("type", kept.size() == 1 ? kept.get(0) : kept);
            }
            object.properties().forEach(e -> strip(e.getValue()));
        } else if (node instanceof ArrayNode) {
            node.forEach(PopulationSchemaGenerator::strip);
        }
    }

    private static String name(String name) {
        return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    }

    private static boolean ignored(MethodScope method) {
        Method raw = method.getRawMember();
        if (raw == null || raw.getParameterCount() > 0 || Modifier.isStatic(raw.getModifiers())) {
            return true;
        }
        Class<?> owner = raw.getDeclaringClass();
        try {
            Class<?> builder = Class.forName(owner.getPackageName() + ".Immutable" + owner.getSimpleName() + "$Builder",
                    false, owner.getClassLoader());
            for (Method m : builder.getMethods()) {
                if (m.getName().equals(raw.getName()) && m.getParameterCount() == 1) {
                    return false;
                }
            }
            return true;
        } catch (ClassNotFoundException e) {
            return !Modifier.isAbstract(raw.getModifiers());
        }
    }

    private static boolean required(MethodScope method) {
        Method raw = method.getRawMember();
        Class<?> type = raw.getReturnType();
        return Modifier.isAbstract(raw.getModifiers()) && !Optional.class.isAssignableFrom(type)
                && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type);
    }

    public static void main(String[] args) {
        System.out.print(generate());
    }
}
