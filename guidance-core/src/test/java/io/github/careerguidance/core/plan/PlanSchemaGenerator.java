/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.testsupport.SchemaGeneration;
import java.time.LocalDate;
import java.time.Period;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of action-plan documents from the types with victools, with the project's
 * options and clean-up ({@link SchemaGeneration}): Immutables accessors are the properties (required unless
 * Optional, a collection, a map or a default), every object forbids unknown properties, as the codec does;
 * localized texts, dates and enums (by {@code @JsonValue} code) are the shared definitions, periods and plan dates
 * are hand-made ones.
 *
 * <p>Regenerate both copies (jar resource and {@code guidance-core/schema/}) with
 * {@code ./mvnw -q -B -pl guidance-test-support,guidance-core verify -Dtest=ActionPlanSchemaTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dplan.schema.update=true}.
 */
public final class PlanSchemaGenerator {
    static final String FILE = "action-plan.schema.json";
    private static final String ID =
            "https://github.com/careerguidance/guidance/blob/main/guidance-core/schema/" + FILE;

    /** A date ({@code 2026-12-21}) or a period after acceptance without negative parts ({@code P14D}, {@code P4W}). */
    static final String PLAN_DATE =
            "^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[Pp](?=[0-9])(?:[0-9]+[Yy])?(?:[0-9]+[Mm])?(?:[0-9]+[Ww])?(?:[0-9]+[Dd])?)$";

    /** An ISO period, possibly with signs ({@code P28D}, {@code P1M}); the plan check reports zero and negative ones. */
    static final String PERIOD =
            "^[-+]?[Pp](?=[-+0-9])(?:[-+]?[0-9]+[Yy])?(?:[-+]?[0-9]+[Mm])?(?:[-+]?[0-9]+[Ww])?(?:[-+]?[0-9]+[Dd])?$";

    private PlanSchemaGenerator() {}

    /**
     * The schema text.
     *
     * @return the schema, pretty-printed with a trailing newline
     */
    public static String generate() {
        SchemaGeneratorConfigBuilder config =
                SchemaGeneration.withImmutablesAccessors(SchemaGeneration.configBuilder());
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (raw == LocalizedText.class) {
                return SchemaGeneration.localizedText(node, "{\"nl\": \"Werk je cv bij\", \"en\": \"Update your CV\"}");
            }
            if (raw == LocalDate.class) {
                return SchemaGeneration.isoDate(node);
            }
            if (raw == Period.class) {
                node.put("type", "string");
                node.put("description", "An ISO 8601 period such as P28D, P4W (read as P28D) or P1M.");
                node.put("pattern", PERIOD);
                return new CustomDefinition(
                        node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == PlanDate.class) {
                node.put("type", "string");
                node.put(
                        "description",
                        "A date (2026-12-21) or a period after the client's acceptance (P14D, P4W, P1M).");
                node.put("pattern", PLAN_DATE);
                return new CustomDefinition(
                        node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            return raw.isEnum() ? SchemaGeneration.enumByCode(raw, node) : null;
        });
        return SchemaGeneration.write(
                SchemaGeneration.generate(config, ActionPlan.class),
                ID,
                "guidance action plan",
                "A client's action plan (io.github.careerguidance.core.plan.ActionPlan): goals linked to the intake"
                        + " goal, actions with signposts, due dates, recurrences and dated statuses, reviews with a"
                        + " professional, acceptance and horizon. Rules across fields (ids, goal references, date order,"
                        + " recurrences, status histories, https links) are checked by ActionPlans.check. Generated"
                        + " from the types; do not edit by hand.");
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
