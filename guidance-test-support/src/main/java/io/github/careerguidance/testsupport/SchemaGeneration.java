/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schemas (draft 2020-12) of the project's file formats from the value types with victools, with
 * the options every format shares and the clean-up every format needs.
 *
 * <p>A format's generator configures what is its own (property names, required checks, patterns, hand-made
 * definitions) on the builder from {@link #configBuilder(Option...)}, generates with {@link #generate}, adds what
 * it adds by hand and writes the text with {@link #write}:
 *
 * <pre>{@code
 * SchemaGeneratorConfigBuilder config = SchemaGeneration.configBuilder();
 * SchemaGeneration.withImmutablesAccessors(config);
 * config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> type.getErasedType().isEnum()
 *         ? SchemaGeneration.enumByCode(type.getErasedType(), context.getGeneratorConfig().createObjectNode())
 *         : null);
 * ObjectNode schema = SchemaGeneration.generate(config, Journey.class);
 * String text = SchemaGeneration.write(schema, "https://.../journey.schema.json", "guidance journey", "A journey.");
 * }</pre>
 *
 * <p>The shared options: methods (the Immutables accessors), not fields, are the properties; every object forbids
 * unknown properties, as the codec does; definitions have plain keys and every object type gets one; an Optional is
 * its value, and an absent value is a missing property, never {@code null}. The clean-up removes what victools adds
 * for methods: the {@code ()} of method property names and the {@code -nullable} variants of definitions.
 *
 * @see CommittedSchemas
 * @see SchemaValidation
 */
public final class SchemaGeneration {
    private static final String NULLABLE = "-nullable";

    private SchemaGeneration() {}

    /**
     * A victools configuration builder for draft 2020-12 with the project's options: the non-getter methods are the
     * properties, fields are ignored, no property is nullable, unknown properties are forbidden, definitions have
     * plain keys and every object type gets one, Optionals are flattened.
     *
     * @param extra further options to switch on, such as {@link Option#MAP_VALUES_AS_ADDITIONAL_PROPERTIES}; none
     *     for the shared set only
     * @return a builder to add the format's own configuration to
     */
    public static SchemaGeneratorConfigBuilder configBuilder(Option... extra) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(
                        Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.PLAIN_DEFINITION_KEYS,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(
                        Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                        Option.GETTER_METHODS,
                        Option.SIMPLIFIED_OPTIONALS,
                        Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT)
                .with(Option.FLATTENED_OPTIONALS);
        for (Option option : extra) {
            config.with(Objects.requireNonNull(option, "extra option"));
        }
        config.forFields().withIgnoreCheck(field -> true);
        config.forMethods().withNullableCheck(method -> false);
        return config;
    }

    /**
     * Reads the Immutables accessors of the value types as properties: every abstract accessor and every
     * {@code @Value.Default} accessor (one the generated {@code ImmutableX.Builder} has a setter for), named by its
     * {@code @JsonProperty} or its method name, required unless it is a default or returns an Optional, an
     * {@code OptionalInt}, a collection or a map.
     *
     * @param config the builder to add the checks to
     * @return the same builder
     */
    public static SchemaGeneratorConfigBuilder withImmutablesAccessors(SchemaGeneratorConfigBuilder config) {
        config.forMethods()
                .withIgnoreCheck(method -> !isImmutablesAttribute(method))
                .withPropertyNameOverrideResolver(SchemaGeneration::jsonPropertyName)
                .withRequiredCheck(SchemaGeneration::isRequiredAttribute);
        return config;
    }

    /**
     * Whether a method is an Immutables attribute: a non-static accessor without parameters that is abstract or a
     * {@code @Value.Default} (whose annotation is not kept at run time, so it is recognised by the setter of the
     * same name on the generated {@code ImmutableX.Builder}). Without a generated builder, abstract accessors are
     * the attributes.
     *
     * @param method the method in scope
     * @return whether it is a property of the wire form
     */
    public static boolean isImmutablesAttribute(MethodScope method) {
        Method raw = method.getRawMember();
        if (raw == null || raw.getParameterCount() > 0 || Modifier.isStatic(raw.getModifiers())) {
            return false;
        }
        Class<?> owner = raw.getDeclaringClass();
        try {
            Class<?> builder = Class.forName(
                    owner.getPackageName() + ".Immutable" + owner.getSimpleName() + "$Builder",
                    false,
                    owner.getClassLoader());
            for (Method m : builder.getMethods()) {
                if (m.getName().equals(raw.getName()) && m.getParameterCount() == 1) {
                    return true;
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return Modifier.isAbstract(raw.getModifiers());
        }
    }

    /**
     * The property name of an accessor: the value of its {@code @JsonProperty}, or its method name.
     *
     * @param method the method in scope
     * @return the name on the wire
     */
    public static String jsonPropertyName(MethodScope method) {
        Method raw = method.getRawMember();
        JsonProperty named = raw == null ? null : raw.getAnnotation(JsonProperty.class);
        return named != null ? named.value() : method.getDeclaredName();
    }

    /**
     * Whether an accessor is a required property: abstract (not a default) and not returning an Optional, an
     * {@code OptionalInt}, a collection or a map.
     *
     * @param method the method in scope
     * @return whether a document must have it
     */
    public static boolean isRequiredAttribute(MethodScope method) {
        Method raw = method.getRawMember();
        if (raw == null) {
            return false;
        }
        Class<?> type = raw.getReturnType();
        return Modifier.isAbstract(raw.getModifiers())
                && !Optional.class.isAssignableFrom(type)
                && type != OptionalInt.class
                && !Collection.class.isAssignableFrom(type)
                && !Map.class.isAssignableFrom(type);
    }

    /**
     * Generates the schema of a root type and cleans it up (see {@link #cleanUp}).
     *
     * @param config the configuration, from {@link #configBuilder(Option...)} with the format's own additions
     * @param root the type of a whole document
     * @return the schema, to add to by hand before {@link #write}
     */
    public static ObjectNode generate(SchemaGeneratorConfigBuilder config, Type root) {
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(root);
        cleanUp(schema);
        return schema;
    }

    /**
     * Removes what victools adds for method properties: the {@code ()} at the end of property names (in
     * {@code properties} and {@code required}), the {@code -nullable} ends of {@code $ref}s and the {@code -nullable}
     * definitions, and {@code "null"} from {@code type} arrays (a one-element array becomes its element). An absent
     * value is a missing property, never {@code null}.
     *
     * @param schema the generated schema, changed in place
     */
    public static void cleanUp(ObjectNode schema) {
        stripMethodParentheses(schema);
        dropNullability(schema);
        JsonNode defs = schema.get("$defs");
        if (defs instanceof ObjectNode) {
            List<String> nullable = new ArrayList<>();
            defs.properties().forEach(e -> {
                if (e.getKey().endsWith(NULLABLE)) {
                    nullable.add(e.getKey());
                }
            });
            nullable.forEach(((ObjectNode) defs)::remove);
        }
    }

    /**
     * The schema text: {@code $schema}, {@code $id}, {@code title} and {@code description} first, then the rest in
     * generated order, pretty-printed with {@code \n} line ends and a trailing newline, so that the committed files
     * are the same on every platform.
     *
     * @param schema the generated (and cleaned-up) schema
     * @param id the {@code $id}, the schema's address in the repository
     * @param title the title
     * @param description the description
     * @return the text of the schema file
     * @throws IllegalArgumentException if the schema has no {@code $schema}
     */
    public static String write(ObjectNode schema, String id, String title, String description) {
        JsonNode dialect = schema.get("$schema");
        if (dialect == null) {
            throw new IllegalArgumentException("the schema has no $schema; generate it with SchemaGeneration.generate");
        }
        ObjectNode ordered = schema.objectNode();
        ordered.put("$schema", dialect.asString());
        ordered.put("$id", id);
        ordered.put("title", title);
        ordered.put("description", description);
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$schema")) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return JsonMapper.builder()
                        .build()
                        .writer(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(ordered)
                        .replace("\r\n", "\n")
                + "\n";
    }

    /**
     * The definition of a localized text (core's {@code LocalizedText}): an object with at least one language tag
     * mapped to a non-blank text, as its own definition.
     *
     * @param node an empty node from the generation context
     * @param example an example as JSON, such as <code>{"nl": "Ik zoek werk", "en": "I am looking for work"}</code>
     * @return the custom definition
     */
    public static CustomDefinition localizedText(ObjectNode node, String example) {
        node.put("type", "object");
        node.put("description", "A text per language tag, such as " + example + ".");
        node.put("minProperties", 1);
        node.putObject("propertyNames").put("pattern", "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
        node.putObject("additionalProperties").put("type", "string").put("pattern", "\\S");
        return new CustomDefinition(
                node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
    }

    /**
     * The inline definition of a date ({@code LocalDate}): a string in the {@code date} format.
     *
     * @param node an empty node from the generation context
     * @return the custom definition
     */
    public static CustomDefinition isoDate(ObjectNode node) {
        node.put("type", "string");
        node.put("format", "date");
        return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
    }

    /**
     * The definition of an enum as its codes: a string with an {@code enum} of the values of its {@code @JsonValue}
     * method, or of the constant names when it has none, as its own definition.
     *
     * @param enumType the enum type
     * @param node an empty node from the generation context
     * @return the custom definition
     * @throws IllegalArgumentException if the type is not an enum
     */
    public static CustomDefinition enumByCode(Class<?> enumType, ObjectNode node) {
        if (!enumType.isEnum()) {
            throw new IllegalArgumentException("enumByCode needs an enum type but was " + enumType.getName());
        }
        node.put("type", "string");
        ArrayNode values = node.putArray("enum");
        Method code = jsonValue(enumType);
        for (Object constant : enumType.getEnumConstants()) {
            values.add(code == null ? ((Enum<?>) constant).name() : String.valueOf(invoke(code, constant)));
        }
        return new CustomDefinition(
                node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
    }

    /** victools names method properties {@code id()}; the file formats name them {@code id}. */
    private static void stripMethodParentheses(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            JsonNode properties = object.get("properties");
            if (properties instanceof ObjectNode) {
                ObjectNode renamed = object.objectNode();
                properties.properties().forEach(e -> renamed.set(strip(e.getKey()), e.getValue()));
                object.set("properties", renamed);
            }
            JsonNode required = object.get("required");
            if (required instanceof ArrayNode) {
                ArrayNode renamed = object.arrayNode();
                required.forEach(r -> renamed.add(strip(r.asString())));
                object.set("required", renamed);
            }
            object.properties().forEach(e -> stripMethodParentheses(e.getValue()));
        } else if (node instanceof ArrayNode) {
            node.forEach(SchemaGeneration::stripMethodParentheses);
        }
    }

    private static String strip(String name) {
        return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    }

    /** An absent Optional is a missing property, never null: drop victools' nullable variants. */
    private static void dropNullability(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asString().endsWith(NULLABLE)) {
                String base = ref.asString();
                object.put("$ref", base.substring(0, base.length() - NULLABLE.length()));
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
            object.properties().forEach(e -> dropNullability(e.getValue()));
        } else if (node instanceof ArrayNode) {
            node.forEach(SchemaGeneration::dropNullability);
        }
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
            throw new IllegalStateException("cannot read the code of " + target + " with " + method.getName(), e);
        }
    }
}
