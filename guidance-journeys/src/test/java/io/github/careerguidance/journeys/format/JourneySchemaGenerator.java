/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Literal;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the journey file format's JSON Schema (draft 2020-12) from the model types with victools.
 *
 * <p>Immutables accessors are read as properties: every abstract accessor and every {@code @Value.Default}
 * accessor, named by {@code @JsonProperty} or the method name; required unless Optional, a collection, a map or a
 * default. Types with their own JSON form get hand-made definitions: localized texts, literals, dimension
 * references, dates, enums (by {@code @JsonValue} code) and inline instruments (an object, checked by core when
 * read). Every object forbids unknown properties, as the codec does.
 */
public final class JourneySchemaGenerator {
    private static final java.util.Set<String> NON_EMPTY_LISTS = java.util.Set.of("Condition.all", "Condition.any",
            "Reflection.prompts", "Contact.channels", "Comparison.values", "Journey.steps");

    private JourneySchemaGenerator() {}

    /**
     * The schema as pretty-printed JSON with a trailing newline.
     *
     * @return the schema text
     */
    public static String generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.PLAIN_DEFINITION_KEYS,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.GETTER_METHODS, Option.SIMPLIFIED_OPTIONALS,
                        Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT)
                .with(Option.FLATTENED_OPTIONALS);
        config.forFields().withIgnoreCheck(field -> true);
        config.forMethods()
                .withIgnoreCheck(JourneySchemaGenerator::ignored)
                .withPropertyNameOverrideResolver(method -> {
                    JsonProperty named = method.getRawMember().getAnnotation(JsonProperty.class);
                    return named != null ? named.value() : method.getDeclaredName();
                })
                .withRequiredCheck(JourneySchemaGenerator::required)
                .withNullableCheck(method -> false)
                .withArrayMinItemsResolver(method -> {
                    String key = method.getDeclaringType().getErasedType().getSimpleName() + "." + method.getDeclaredName();
                    return NON_EMPTY_LISTS.contains(key) && !method.isFakeContainerItemScope() ? 1 : null;
                });
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (raw == LocalizedText.class) {
                node.put("type", "object");
                node.put("description", "A text per language tag, such as {\"nl\": \"Ik zoek werk\", \"en\": \"I am looking for work\"}.");
                node.put("minProperties", 1);
                node.putObject("propertyNames").put("pattern", "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
                node.putObject("additionalProperties").put("type", "string").put("pattern", "\\S");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == Literal.class) {
                ArrayNode types = node.putArray("type");
                types.add("string").add("number");
                node.put("description", "A text (such as a choice code) or a number.");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == DimensionRef.class) {
                node.put("type", "string");
                node.put("description", "A competence dimension as framework:dimension, such as kuijpers:netwerken.");
                node.put("pattern", "^[a-z][a-z0-9]*(-[a-z0-9]+)*:[a-z][a-z0-9]*(-[a-z0-9]+)*$");
                return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == LocalDate.class) {
                node.put("type", "string");
                node.put("format", "date");
                return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == OptionalInt.class) {
                node.put("type", "integer");
                return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == Instrument.class) {
                node.put("type", "object");
                node.put("description", "An instrument in the format of guidance-core (code, version, framework, name,"
                        + " responseScale, items, ...); checked by guidance-core when the journey is read.");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw.isEnum()) {
                node.put("type", "string");
                ArrayNode values = node.putArray("enum");
                Method code = jsonValue(raw);
                for (Object constant : raw.getEnumConstants()) {
                    values.add(code == null ? ((Enum<?>) constant).name() : String.valueOf(invoke(code, constant)));
                }
                return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            return null;
        });
        config.forTypesInGeneral().withTypeAttributeOverride((node, scope, context) -> {
            if (scope.getType().getErasedType() == Condition.class) {
                node.put("minProperties", 1);
                node.put("maxProperties", 1);
            }
        });
        config.forMethods().withStringPatternResolver(method -> {
            Class<?> owner = method.getDeclaringType().getErasedType();
            String name = method.getDeclaredName();
            if (owner == Journey.class && name.equals("id")) {
                return "^" + Codes.CODE.pattern() + "$";
            }
            if (owner == Journey.class && name.equals("version")) {
                return "^" + Codes.SEMVER.pattern() + "$";
            }
            if (name.equals("id") || name.equals("target") || name.equals("start") || name.equals("answer")) {
                return "^" + Codes.ID.pattern() + "$";
            }
            return null;
        });
        SchemaGenerator generator = new SchemaGenerator(config.build());
        ObjectNode schema = generator.generateSchema(Journey.class);
        stripMethodParentheses(schema);
        dropNullability(schema);
        tools.jackson.databind.JsonNode defs = schema.get("$defs");
        if (defs instanceof ObjectNode) {
            java.util.List<String> nullable = new java.util.ArrayList<>();
            defs.properties().forEach(e -> {
                if (e.getKey().endsWith("-nullable")) {
                    nullable.add(e.getKey());
                }
            });
            nullable.forEach(((ObjectNode) defs)::remove);
        }
        ObjectNode ordered = schema.objectNode();
        ordered.put("$schema", schema.get("$schema").asString());
        ordered.put("$id", "https://github.com/careerguidance/guidance/blob/main/guidance-journeys/schema/journey.schema.json");
        ordered.put("title", "guidance journey");
        ordered.put("description", "A guidance journey of guidance-journeys (io.github.careerguidance.journeys.model.Journey)."
                + " Generated from the types; do not edit by hand.");
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$schema")) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        JsonMapper mapper = JsonMapper.builder().build();
        return mapper.writer(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(ordered).replace("\r\n", "\n") + "\n";
    }

    /** victools names method properties {@code id()}; the file format names them {@code id}. */
    private static void stripMethodParentheses(tools.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            tools.jackson.databind.JsonNode properties = object.get("properties");
            if (properties instanceof ObjectNode) {
                ObjectNode renamed = object.objectNode();
                properties.properties().forEach(e -> renamed.set(strip(e.getKey()), e.getValue()));
                object.set("properties", renamed);
            }
            tools.jackson.databind.JsonNode required = object.get("required");
            if (required instanceof ArrayNode) {
                ArrayNode renamed = object.arrayNode();
                required.forEach(r -> renamed.add(strip(r.asString())));
                object.set("required", renamed);
            }
            object.properties().forEach(e -> stripMethodParentheses(e.getValue()));
        } else if (node instanceof ArrayNode) {
            node.forEach(JourneySchemaGenerator::stripMethodParentheses);
        }
    }

    /** An absent Optional is a missing property, never null: drop victools' nullable variants. */
    private static void dropNullability(tools.jackson.databind.JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            tools.jackson.databind.JsonNode ref = object.get("$ref");
            if (ref != null && ref.asString().endsWith("-nullable")) {
                String base = ref.asString();
                object.put("$ref", base.substring(0, base.length() - "-nullable".length()));
            }
            tools.jackson.databind.JsonNode type = object.get("type");
            if (type instanceof ArrayNode) {
                ArrayNode kept = object.arrayNode();
                type.forEach(t -> {
                    if (!"null".equals(t.asString())) {
                        kept.add(t);
                    }
                });
                if (kept.size() == 1) {
                    object.set("type", kept.get(0));
                } else {
                    object.set("type", kept);
                }
            }
            object.properties().forEach(e -> dropNullability(e.getValue()));
        } else if (node instanceof ArrayNode) {
            node.forEach(JourneySchemaGenerator::dropNullability);
        }
    }

    private static String strip(String name) {
        return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    }

    private static boolean ignored(MethodScope method) {
        Method raw = method.getRawMember();
        if (raw == null || raw.getParameterCount() > 0 || Modifier.isStatic(raw.getModifiers())) {
            return true;
        }
        return !isAttribute(raw);
    }

    /**
     * Whether an accessor is an Immutables attribute (abstract, or a {@code @Value.Default}, whose annotation is
     * not kept at run time): the generated builder has a setter of the same name.
     */
    private static boolean isAttribute(Method accessor) {
        Class<?> owner = accessor.getDeclaringClass();
        try {
            Class<?> builder = Class.forName(owner.getPackageName() + ".Immutable" + owner.getSimpleName() + "$Builder",
                    false, owner.getClassLoader());
            for (Method m : builder.getMethods()) {
                if (m.getName().equals(accessor.getName()) && m.getParameterCount() == 1) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return Modifier.isAbstract(accessor.getModifiers());
        }
    }

    private static boolean required(MethodScope method) {
        Method raw = method.getRawMember();
        Class<?> type = raw.getReturnType();
        return Modifier.isAbstract(raw.getModifiers()) && !Optional.class.isAssignableFrom(type)
                && type != OptionalInt.class && !Collection.class.isAssignableFrom(type)
                && !Map.class.isAssignableFrom(type);
    }

    private static Method jsonValue(Class<?> type) {
        for (Method m : type.getMethods()) {
            if (m.getAnnotation(JsonValue.class) != null && m.getParameterCount() == 0) {
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

    /**
     * Prints the schema.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(generate());
    }
}
