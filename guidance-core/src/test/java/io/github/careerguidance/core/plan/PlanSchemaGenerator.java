/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import io.github.careerguidance.core.text.LocalizedText;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of action-plan documents from the types with victools, in the way
 * guidance-quality's {@code SchemaGeneration} does: an accessor is a property when the generated {@code ImmutableX}
 * carries {@code @JsonProperty} on it, required when that says so; localized texts, dates, periods, plan dates and
 * enums (by {@code @JsonValue} code) are hand-made definitions; every object forbids unknown properties, as the
 * codec does.
 *
 * <p>Regenerate both copies (jar resource and {@code guidance-core/schema/}) with
 * {@code ./mvnw -q -B -pl guidance-core verify -Dtest=ActionPlanSchemaTest -Dplan.schema.update=true}.
 */
public final class PlanSchemaGenerator {
    static final String FILE = "action-plan.schema.json";
    private static final String ID = "https://github.com/careerguidance/guidance/blob/main/guidance-core/schema/" + FILE;

    /** A date ({@code 2026-12-21}) or a period after acceptance without negative parts ({@code P14D}, {@code P4W}). */
    static final String PLAN_DATE = "^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[Pp](?=[0-9])(?:[0-9]+[Yy])?(?:[0-9]+[Mm])?(?:[0-9]+[Ww])?(?:[0-9]+[Dd])?)$";

    /** An ISO period, possibly with signs ({@code P28D}, {@code P1M}); the plan check reports zero and negative ones. */
    static final String PERIOD = "^[-+]?[Pp](?=[-+0-9])(?:[-+]?[0-9]+[Yy])?(?:[-+]?[0-9]+[Mm])?(?:[-+]?[0-9]+[Ww])?(?:[-+]?[0-9]+[Dd])?$";

    private PlanSchemaGenerator() {}

    /**
     * The schema text.
     *
     * @return the schema, pretty-printed with a trailing newline
     */
    public static String generate() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(
                        SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.PLAIN_DEFINITION_KEYS,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS, Option.GETTER_METHODS,
                        Option.SIMPLIFIED_OPTIONALS, Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT)
                .with(Option.FLATTENED_OPTIONALS);
        config.forFields().withIgnoreCheck(field -> true);
        config.forMethods()
                .withIgnoreCheck(method -> wire(method).isEmpty())
                .withPropertyNameOverrideResolver(method -> wire(method).map(JsonProperty::value)
                        .orElse(method.getDeclaredName()))
                .withRequiredCheck(method -> wire(method).map(JsonProperty::required).orElse(false))
                .withNullableCheck(method -> false);
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (raw == LocalizedText.class) {
                node.put("type", "object");
                node.put("description", "A text per language tag, such as {\"nl\": \"Werk je cv bij\", \"en\": \"Update your CV\"}.");
                node.put("minProperties", 1);
                node.putObject("propertyNames").put("pattern", "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
                node.putObject("additionalProperties").put("type", "string").put("pattern", "\\S");
                return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == LocalDate.class) {
                node.put("type", "string");
                node.put("format", "date");
                return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == Period.class) {
                node.put("type", "string");
                node.put("description", "An ISO 8601 period such as P28D, P4W (read as P28D) or P1M.");
                node.put("pattern", PERIOD);
                return new CustomDefinition(node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == PlanDate.class) {
                node.put("type", "string");
                node.put("description", "A date (2026-12-21) or a period after the client's acceptance (P14D, P4W, P1M).");
                node.put("pattern", PLAN_DATE);
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
        ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(ActionPlan.class);
        stripMethodParentheses(schema);
        dropNullability(schema);
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
        ObjectNode ordered = schema.objectNode();
        ordered.put("$schema", schema.get("$schema").asString());
        ordered.put("$id", ID);
        ordered.put("title", "guidance action plan");
        ordered.put("description", "A client's action plan (io.github.careerguidance.core.plan.ActionPlan): goals linked"
                + " to the intake goal, actions with signposts, due dates, recurrences and dated statuses, reviews with a"
                + " professional, acceptance and horizon. Rules across fields (ids, goal references, date order,"
                + " recurrences, status histories, https links) are checked by ActionPlans.check. Generated from the"
                + " types; do not edit by hand.");
        schema.properties().forEach(e -> {
            if (!e.getKey().equals("$schema")) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        JsonMapper mapper = JsonMapper.builder().build();
        return mapper.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(ordered).replace("\r\n", "\n") + "\n";
    }

    private static Optional<JsonProperty> wire(MethodScope method) {
        Method raw = method.getRawMember();
        if (raw == null || raw.getParameterCount() > 0 || Modifier.isStatic(raw.getModifiers())) {
            return Optional.empty();
        }
        Class<?> target = method.getDeclarationDetails().getSchemaTargetType().getErasedType();
        Class<?> immutable;
        try {
            immutable = Class.forName(target.getPackageName() + ".Immutable" + target.getSimpleName(), false,
                    target.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        return Arrays.stream(immutable.getMethods())
                .filter(m -> m.getName().equals(raw.getName()) && m.getParameterCount() == 0)
                .map(m -> m.getAnnotation(JsonProperty.class))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

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
            node.forEach(PlanSchemaGenerator::stripMethodParentheses);
        }
    }

    private static String strip(String name) {
        return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    }

    private static void dropNullability(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.asString().endsWith("-nullable")) {
                String base = ref.asString();
                object.put("$ref", base.substring(0, base.length() - "-nullable".length()));
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
            node.forEach(PlanSchemaGenerator::dropNullability);
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
