/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.format;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import io.github.careerguidance.core.competence.DimensionRef;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import io.github.careerguidance.journeys.model.Condition;
import io.github.careerguidance.journeys.model.Journey;
import io.github.careerguidance.journeys.model.Literal;
import io.github.careerguidance.testsupport.SchemaGeneration;
import java.time.LocalDate;
import java.util.OptionalInt;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the journey file format's JSON Schema (draft 2020-12) from the model types with victools, with the
 * project's options and clean-up ({@link SchemaGeneration}).
 *
 * <p>Immutables accessors are read as properties: every abstract accessor and every {@code @Value.Default}
 * accessor, named by {@code @JsonProperty} or the method name; required unless Optional, a collection, a map or a
 * default. Types with their own JSON form get hand-made definitions: localized texts, literals, dimension
 * references, dates, enums (by {@code @JsonValue} code) and inline instruments (an object, checked by core when
 * read). Every object forbids unknown properties, as the codec does.
 */
public final class JourneySchemaGenerator {
    private static final java.util.Set<String> NON_EMPTY_LISTS = java.util.Set.of(
            "Condition.all",
            "Condition.any",
            "Reflection.prompts",
            "Contact.channels",
            "Comparison.values",
            "Journey.steps");

    private static final String ID =
            "https://github.com/careerguidance/guidance/blob/main/guidance-journeys/schema/journey.schema.json";

    /** A plan date: an ISO date or a period without signs (the same pattern as core's action plan schema). */
    static final String PLAN_DATE =
            "^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[Pp](?=[0-9])(?:[0-9]+[Yy])?(?:[0-9]+[Mm])?(?:[0-9]+[Ww])?(?:[0-9]+[Dd])?)$";

    /** An ISO period, possibly with signs; the checker reports zero and negative recurrence periods. */
    static final String PERIOD =
            "^[-+]?[Pp](?=[-+0-9])(?:[-+]?[0-9]+[Yy])?(?:[-+]?[0-9]+[Mm])?(?:[-+]?[0-9]+[Ww])?(?:[-+]?[0-9]+[Dd])?$";

    private JourneySchemaGenerator() {}

    /**
     * The schema as pretty-printed JSON with a trailing newline.
     *
     * @return the schema text
     */
    public static String generate() {
        SchemaGeneratorConfigBuilder config =
                SchemaGeneration.withImmutablesAccessors(SchemaGeneration.configBuilder());
        config.forMethods().withArrayMinItemsResolver(method -> {
            String key = method.getDeclaringType().getErasedType().getSimpleName() + "." + method.getDeclaredName();
            return NON_EMPTY_LISTS.contains(key) && !method.isFakeContainerItemScope() ? 1 : null;
        });
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (raw == LocalizedText.class) {
                return SchemaGeneration.localizedText(
                        node, "{\"nl\": \"Ik zoek werk\", \"en\": \"I am looking for work\"}");
            }
            if (raw == Literal.class) {
                ArrayNode types = node.putArray("type");
                types.add("string").add("number");
                node.put("description", "A text (such as a choice code) or a number.");
                return new CustomDefinition(
                        node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == DimensionRef.class) {
                node.put("type", "string");
                node.put("description", "A competence dimension as framework:dimension, such as kuijpers:netwerken.");
                node.put("pattern", "^[a-z][a-z0-9]*(-[a-z0-9]+)*:[a-z][a-z0-9]*(-[a-z0-9]+)*$");
                return new CustomDefinition(
                        node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == LocalDate.class) {
                return SchemaGeneration.isoDate(node);
            }
            if (raw == java.time.Period.class) {
                node.put("type", "string");
                node.put("description", "An ISO 8601 period such as P28D, P4W (read as P28D) or P1M.");
                node.put("pattern", PERIOD);
                return new CustomDefinition(
                        node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == io.github.careerguidance.core.plan.PlanDate.class) {
                node.put("type", "string");
                node.put(
                        "description",
                        "In a plan template a period after the day the plan is made (P14D, P4W, P1M);"
                                + " a calendar date (2026-12-21) reads but the journey checker reports it.");
                node.put("pattern", PLAN_DATE);
                return new CustomDefinition(
                        node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == OptionalInt.class) {
                node.put("type", "integer");
                return new CustomDefinition(
                        node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == Instrument.class) {
                node.put("type", "object");
                node.put(
                        "description",
                        "An instrument in the format of guidance-core (code, version, framework, name,"
                                + " responseScale, items, ...); checked by guidance-core when the journey is read.");
                return new CustomDefinition(
                        node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw.isEnum()) {
                return SchemaGeneration.enumByCode(raw, node);
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
        ObjectNode schema = SchemaGeneration.generate(config, Journey.class);
        return SchemaGeneration.write(
                schema,
                ID,
                "guidance journey",
                "A guidance journey of guidance-journeys (io.github.careerguidance.journeys.model.Journey)."
                        + " Generated from the types; do not edit by hand.");
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
