/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import io.github.careerguidance.testsupport.SchemaGeneration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the handover request and routing table JSON Schemas (draft 2020-12) from the types with victools, with
 * the project's options and clean-up ({@link SchemaGeneration}), the way the journey and population schema
 * generators do: Immutables accessors are the properties (required unless Optional, a collection, a map or a
 * default), every object forbids unknown properties, enums are their wire codes, instants and dates are strings, and
 * a contact point is an object that guidance-core checks when it is read.
 */
final class HandoverSchemaGenerator {
    private HandoverSchemaGenerator() {}

    static String request() {
        return generate(
                HandoverRequest.class,
                "handover-request.schema.json",
                "guidance handover request",
                "A request that a person picks a client up, of guidance-journeys"
                        + " (io.github.careerguidance.journeys.handover.HandoverRequest).");
    }

    static String routingTable() {
        return generate(
                RoutingTable.class,
                "routing-table.schema.json",
                "guidance handover routing table",
                "An embedder's routing data for handovers, of guidance-journeys"
                        + " (io.github.careerguidance.journeys.handover.RoutingTable).");
    }

    private static String generate(Class<?> root, String file, String title, String description) {
        SchemaGeneratorConfigBuilder config =
                SchemaGeneration.withImmutablesAccessors(SchemaGeneration.configBuilder());
        config.forMethods().withStringPatternResolver(method -> {
            String name = method.getDeclaredName();
            Class<?> owner = method.getDeclaringType().getErasedType();
            if (method.isFakeContainerItemScope() && name.equals("priorityGroups")) {
                return "^" + Codes.CODE.pattern() + "$";
            }
            if (!method.isFakeContainerItemScope()
                    && (name.equals("id")
                            || name.equals("sessionId")
                            || name.equals("handoverRequestId")
                            || (owner == HandoverRequest.class && name.equals("contactPoint")))) {
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
            if (raw == LocalizedText.class) {
                // looser than SchemaGeneration.localizedText (no tag pattern, blank texts allowed); kept as shipped
                node.put("type", "object");
                node.put(
                        "description",
                        "A text per language tag, such as {\"nl\": \"Pas werkloos\", \"en\": \"Recent job loss\"}.");
                node.put("minProperties", 1);
                node.putObject("additionalProperties").put("type", "string");
                return new CustomDefinition(
                        node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == ContactPoint.class) {
                node.put("type", "object");
                node.put(
                        "description",
                        "A contact point in the format of guidance-core (id, name, channels, hours,"
                                + " supportLevels, ...); checked by guidance-core when the table is read.");
                node.putArray("required").add("id");
                return new CustomDefinition(
                        node, CustomDefinition.DefinitionType.STANDARD, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == Instant.class) {
                node.put("type", "string");
                node.put("format", "date-time");
                return new CustomDefinition(
                        node, CustomDefinition.INLINE_DEFINITION, CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            if (raw == LocalDate.class) {
                return SchemaGeneration.isoDate(node);
            }
            return raw.isEnum() ? SchemaGeneration.enumByCode(raw, node) : null;
        });
        ObjectNode schema = SchemaGeneration.generate(config, root);
        if (root == RoutingTable.class) {
            // the contact point's own fields are guidance-core's; the codec checks them when the table is read
            ((ObjectNode) schema.get("$defs").get("ContactPoint")).remove("additionalProperties");
            ((ObjectNode) schema.get("properties").get("nationalDefault")).put("minItems", 1);
            if (!(schema.get("required") instanceof ArrayNode)) {
                schema.putArray("required");
            }
            ((ArrayNode) schema.get("required")).add("nationalDefault");
            ((ObjectNode) schema.get("properties").get("postcodes"))
                    .putObject("propertyNames")
                    .put("pattern", "^" + RoutingTable.POSTCODE.pattern() + "$");
            ((ObjectNode) schema.get("properties").get("pc4"))
                    .putObject("propertyNames")
                    .put("pattern", "^" + RoutingTable.PC4.pattern() + "$");
            ObjectNode range = (ObjectNode) schema.get("$defs").get("Pc4Range").get("properties");
            ((ObjectNode) range.get("from")).put("minimum", 1000).put("maximum", 9999);
            ((ObjectNode) range.get("to")).put("minimum", 1000).put("maximum", 9999);
        }
        return SchemaGeneration.write(
                schema,
                "https://github.com/careerguidance/guidance/blob/main/guidance-journeys/schema/" + file,
                title,
                description + " Generated from the types; do not edit by hand.");
    }

    /**
     * Prints the request schema, or the routing table schema with the argument {@code routing}.
     *
     * @param args {@code routing} for the routing table schema
     */
    public static void main(String[] args) {
        System.out.print(args.length > 0 && args[0].equals("routing") ? routingTable() : request());
    }
}
