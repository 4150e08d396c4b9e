/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the handover request and routing table JSON Schemas (draft 2020-12) from the types with victools, the
 * way the journey and population schema generators do: Immutables accessors are the properties (required unless
 * Optional, a collection, a map or a default), every object forbids unknown properties, enums are their wire codes,
 * instants and dates are strings, and a contact point is an object that guidance-core checks when it is read.
 */
final class HandoverSchemaGenerator {
    private HandoverSchemaGenerator() {}

    static String request() {
        return generate(HandoverRequest.class, "handover-request.schema.json", "guidance handover request",
                "A request that a person picks a client up, of guidance-journeys"
                        + " (io.github.careerguidance.journeys.handover.HandoverRequest).");
    }

    static String routingTable() {
        return generate(RoutingTable.class, "routing-table.schema.json", "guidance handover routing table",
                "An embedder's routing data for handovers, of guidance-journeys"
                        + " (io.github.careerguidance.journeys.handover.RoutingTable).");
    }

    private static String generate(Class<?> root, String file, String title, String description) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.PLAIN_DEFINITION_KEYS, Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.GETTER_METHODS,
                        Option.SIMPLIFIED_OPTIONALS, Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT)
                .with(Option.FLATTENED_OPTIONALS);
        config.forFields().withIgnoreCheck(field -> true);
        config.forMethods()
                .withIgnoreCheck(HandoverSchemaGenerator::ignored)
                .withPropertyNameOverrideResolver(method -> {
                    JsonProperty named = method.getRawMember().getAnnotation(JsonProperty.class);
                    return named != null ? named.value() : method.getDeclaredName();
                })
                .withRequiredCheck(HandoverSchemaGenerator::required)
                .withNullableCheck(method -> false)
                .withStringPatternResolver(method -> {
                    String name = method.getDeclaredName();
                    Class<?> owner = method.getDeclaringType().getErasedType();
                    if (method.isFakeContainerItemScope() && name.equals("priorityGroups")) {
                        return "^" + Codes.CODE.pattern() + "$";
                    }
                    if (!method.isFakeContainerItemScope() && (name.equals("id") || name.equals("sessionId")
                            || name.equals("handoverRequestId") || (owner == HandoverRequest.class
                            && name.equals("contactPoint")))) {
                        return "^" + Codes.ID.pattern() + "$";
                    }
                    return null;
                });
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (Map.class.isAssignableFrom(raw)) {
                node.put("type", "object");
                node.set("additionalProperties", context.createDefinitionReference(
                        type.typeParametersFor(Map.class).get(1)));
                return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION,
                        CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == LocalizedText.class) {
                node.put("type", "object");
                node.put("description", "A text per language tag, such as {\"nl\": \"Pas werkloos\", \"en\": \"Recent job loss\"}.");
                node.put("minProperties", 1);
                node.putObject("additionalProperties").put("type", "string");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == ContactPoint.class) {
                node.put("type", "object");
                node.put("description", "A contact point in the format of guidance-core (id, name, channels, hours,"
                        + " supportLevels, ...); checked by guidance-core when the table is read.");
                node.putArray("required").add("id");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == Instant.class) {
                node.put("type", "string");
                node.put("format", "date-time");
                return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION,
                        CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == LocalDate.class) {
                node.put("type", "string");
                node.put("format", "date");
                return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION,
                        CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw.isEnum()) {
                node.put("type", "string");
                ArrayNode values = node.putArray("enum");
                Method code = jsonValue(raw);
                for (Object constant : raw.getEnumConstants()) {
                    values.add(code == null ? ((Enum<?>) constant).name() : String.valueOf(invoke(code, constant)));
                }
                return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            return null;
        });
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(root);
        strip(schema);
        JsonNode defs = schema.get("$defs");
        if (defs instanceof ObjectNode) {
            List<String> nullable = new ArrayList<>();
            defs.properties().forEach(e -> {
                if (e.getKey().endsWith("-nullable")) {
                    nullable.add(e.getKey());
                }
            });
            nullable.forEach(((ObjectNode) defs)::remove);
        }
        if (root == RoutingTable.class) {
            // the contact point's own fields are guidance-core's; the codec checks them when the table is read
            ((ObjectNode) schema.get("$defs").get("ContactPoint")).remove("additionalProperties");
            ((ObjectNode) schema.get("properties").get("nationalDefault")).put("minItems", 1);
            if (!(schema.get("required") instanceof ArrayNode)) {
                schema.putArray("required");
            }
            ((ArrayNode) schema.get("required")).add("nationalDefault");
            ((ObjectNode) schema.get("properties").get("postcodes")).putObject("propertyNames")
                    .put("pattern", "^" + RoutingTable.POSTCODE.pattern() + "$");
            ((ObjectNode) schema.get("properties").get("pc4")).putObject("propertyNames")
                    .put("pattern", "^" + RoutingTable.PC4.pattern() + "$");
            ObjectNode range = (ObjectNode) schema.get("$defs").get("Pc4Range").get("properties");
            ((ObjectNode) range.get("from")).put("minimum", 1000).put("maximum", 9999);
            ((ObjectNode) range.get("to")).put("minimum", 1000).put("maximum", 9999);
        }
        ObjectNode ordered = schema.objectNode();
        ordered.put("$schema", schema.get("$schema").asString());
        ordered.put("$id", "https://github.com/careerguidance/guidance/blob/main/guidance-journeys/schema/" + file);
        ordered.put("title", title);
        ordered.put("description", description + " Generated from the types; do not edit by hand.");
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$schema")) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return JsonMapper.builder().build().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(ordered)
                .replace("\r\n", "\n") + "\n";
    }

    private static Method jsonValue(Class<?> type) {
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
                return m;
            }
        }
        return null;
    }

    private static Object invoke(Method method, Object target) {
        try {
            return method.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
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
            node.forEach(HandoverSchemaGenerator::strip);
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
        System.out.print(args.length > 0 && args[0].equals("routing") ? routingTable() : request());
    }
}
