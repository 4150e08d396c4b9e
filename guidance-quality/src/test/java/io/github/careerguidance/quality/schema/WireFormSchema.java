/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.testsupport.SchemaGeneration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates a JSON Schema (draft 2020-12) for an Immutables value type with victools, with the project's options and
 * clean-up ({@link SchemaGeneration}), made reusable for several file formats.
 *
 * <p>The wire form is taken from the generated {@code ImmutableX} class of each value type: an accessor is a
 * property when {@code ImmutableX} carries {@code @JsonProperty} on it, under that name, and required when the
 * annotation says {@code required = true} (Immutables sets it for attributes that are not Optional, a collection or
 * a default). So inherited accessors ({@code Rule.stage()}) are seen per subtype, and accessors that are not
 * attributes (an overridden {@code subject()}) are left out, exactly as Jackson reads them.
 *
 * <p>Hand-made definitions: localized texts, dates, enums (by {@code @JsonValue} code) and types with
 * {@code @JsonTypeInfo}/{@code @JsonSubTypes} (a discriminator property with {@code enum}, and an
 * {@code if}/{@code then} per subtype, so that a validator reports the errors of the matching subtype only). Bean
 * Validation constraints on accessors, on their type arguments and composed into custom constraints become
 * {@code pattern}, {@code minLength}/{@code maxLength}, {@code minimum}/{@code maximum}. Every object forbids
 * unknown properties, as the codec does.
 */
final class WireFormSchema {
    private final Class<?> root;
    private final String id;
    private final String title;
    private final String description;
    private final Map<String, String> patterns = new LinkedHashMap<>();

    private WireFormSchema(Class<?> root, String id, String title, String description) {
        this.root = root;
        this.id = id;
        this.title = title;
        this.description = description;
    }

    /**
     * A generation of the schema of a root type.
     *
     * @param root the value type of the document
     * @param id the {@code $id} of the schema
     * @param title the title
     * @param description the description
     * @return the generation, to add patterns to
     */
    static WireFormSchema of(Class<?> root, String id, String title, String description) {
        return new WireFormSchema(root, id, title, description);
    }

    /**
     * Adds a pattern for a property that the types check in code ({@code @Value.Check}) rather than by annotation.
     *
     * @param type the declaring value type, or a supertype of it
     * @param property the property name
     * @param javaRegex a Java regular expression for the whole value (anchored here)
     * @return this generation
     */
    WireFormSchema pattern(Class<?> type, String property, String javaRegex) {
        patterns.put(type.getName() + "#" + property, "^" + javaRegex + "$");
        return this;
    }

    /**
     * The schema as pretty-printed JSON with a trailing newline.
     *
     * @return the schema text
     */
    String generate() {
        SchemaGeneratorConfigBuilder config = SchemaGeneration.configBuilder();
        config.forMethods()
                .withIgnoreCheck(method -> wire(method).isEmpty())
                .withPropertyNameOverrideResolver(
                        method -> wire(method).map(JsonProperty::value).orElse(method.getDeclaredName()))
                .withRequiredCheck(
                        method -> wire(method).map(JsonProperty::required).orElse(false))
                .withStringPatternResolver(this::pattern)
                .withStringMinLengthResolver(method -> constraint(method, Size.class)
                        .map(Size::min)
                        .filter(min -> min > 0)
                        .orElse(constraint(method, NotBlank.class).isPresent() ? 1 : null))
                .withStringMaxLengthResolver(method -> constraint(method, Size.class)
                        .map(Size::max)
                        .filter(max -> max < Integer.MAX_VALUE)
                        .orElse(null))
                .withNumberInclusiveMinimumResolver(method -> constraint(method, Min.class)
                        .map(min -> java.math.BigDecimal.valueOf(min.value()))
                        .orElse(
                                constraint(method, PositiveOrZero.class).isPresent()
                                        ? java.math.BigDecimal.ZERO
                                        : null))
                .withNumberInclusiveMaximumResolver(method -> constraint(method, Max.class)
                        .map(max -> java.math.BigDecimal.valueOf(max.value()))
                        .orElse(null));
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> raw = type.getErasedType();
            ObjectNode node = context.getGeneratorConfig().createObjectNode();
            if (raw == LocalizedText.class) {
                return SchemaGeneration.localizedText(
                        node,
                        "{\"nl\": \"Geregistreerd loopbaanprofessional\", \"en\": \"Registered career professional\"}");
            }
            if (raw == LocalDate.class) {
                return SchemaGeneration.isoDate(node);
            }
            if (raw.isEnum()) {
                return SchemaGeneration.enumByCode(raw, node);
            }
            if (raw.getAnnotation(JsonTypeInfo.class) != null && raw.getAnnotation(JsonSubTypes.class) != null) {
                return new CustomDefinition(
                        polymorphic(raw, node, context),
                        CustomDefinition.DefinitionType.STANDARD,
                        CustomDefinition.INCLUDING_ATTRIBUTES);
            }
            return null;
        });
        ObjectNode schema = SchemaGeneration.generate(config, root);
        JsonNode defs = schema.get("$defs");
        if (defs instanceof ObjectNode) {
            addDiscriminators((ObjectNode) defs);
        }
        return SchemaGeneration.write(schema, id, title, description);
    }

    /** The discriminator constants to add per subtype definition, by definition name. */
    private final Map<String, String[]> discriminators = new LinkedHashMap<>();

    /** The definition names of the polymorphic base types. */
    private final List<String> bases = new ArrayList<>();

    private ObjectNode polymorphic(Class<?> base, ObjectNode node, SchemaGenerationContext context) {
        String property = base.getAnnotation(JsonTypeInfo.class).property();
        node.put("type", "object");
        node.put("description", "One of the " + base.getSimpleName() + " types, chosen by '" + property + "'.");
        node.putArray("required").add(property);
        ArrayNode names = node.putObject("properties")
                .putObject(property)
                .put("type", "string")
                .putArray("enum");
        ArrayNode branches = node.putArray("allOf");
        for (JsonSubTypes.Type sub : base.getAnnotation(JsonSubTypes.class).value()) {
            Class<?> abstractType = sub.value().getSimpleName().startsWith("Immutable")
                    ? sub.value().getSuperclass()
                    : sub.value();
            names.add(sub.name());
            ObjectNode branch = branches.addObject();
            branch.putObject("if").putArray("required").add(property);
            ((ObjectNode) branch.get("if"))
                    .putObject("properties")
                    .putObject(property)
                    .put("const", sub.name());
            branch.set(
                    "then",
                    context.createDefinitionReference(context.getTypeContext().resolve(abstractType)));
            discriminators.put(abstractType.getSimpleName(), new String[] {property, sub.name()});
        }
        bases.add(base.getSimpleName());
        return node;
    }

    /** Each subtype definition names its discriminator value, so that it is a known and required property. */
    private void addDiscriminators(ObjectNode defs) {
        // the subtypes forbid unknown properties; the base must not, or it would forbid theirs
        bases.forEach(base -> ((ObjectNode) defs.get(base)).remove("additionalProperties"));
        discriminators.forEach((name, pair) -> {
            JsonNode def = defs.get(name);
            if (!(def instanceof ObjectNode)) {
                throw new IllegalStateException("no definition for subtype " + name);
            }
            ObjectNode object = (ObjectNode) def;
            ObjectNode properties = object.objectNode();
            properties.putObject(pair[0]).put("const", pair[1]);
            JsonNode old = object.get("properties");
            if (old != null) {
                old.properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
            }
            object.set("properties", properties);
            ArrayNode required = object.arrayNode().add(pair[0]);
            JsonNode oldRequired = object.get("required");
            if (oldRequired != null) {
                oldRequired.forEach(required::add);
            }
            object.set("required", required);
        });
    }

    /**
     * The {@code @JsonProperty} of the accessor on the generated {@code ImmutableX} of the type the schema is
     * generated for; empty when the accessor is not part of the wire form.
     */
    private static Optional<JsonProperty> wire(MethodScope method) {
        Method raw = method.getRawMember();
        if (raw == null || raw.getParameterCount() > 0 || Modifier.isStatic(raw.getModifiers())) {
            return Optional.empty();
        }
        Class<?> target = method.getDeclarationDetails().getSchemaTargetType().getErasedType();
        Class<?> immutable;
        try {
            immutable = Class.forName(
                    target.getPackageName() + ".Immutable" + target.getSimpleName(), false, target.getClassLoader());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        return Arrays.stream(immutable.getMethods())
                .filter(m -> m.getName().equals(raw.getName()) && m.getParameterCount() == 0)
                .map(m -> m.getAnnotation(JsonProperty.class))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    private String pattern(MethodScope method) {
        if (!method.isFakeContainerItemScope()) {
            Class<?> owner =
                    method.getDeclarationDetails().getSchemaTargetType().getErasedType();
            String name = wire(method).map(JsonProperty::value).orElse(method.getDeclaredName());
            for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
                String given = patterns.get(c.getName() + "#" + name);
                if (given != null) {
                    return given;
                }
            }
        }
        return constraint(method, Pattern.class)
                .map(p -> "^" + p.regexp() + "$")
                .orElse(constraint(method, NotBlank.class).isPresent() ? "\\S" : null);
    }

    /**
     * A Bean Validation constraint that applies to the value in scope: on the accessor for a plain or Optional
     * value, on the type argument for an Optional value or a list item, directly or composed into a custom
     * constraint (such as {@code @KvkNumber}, a composed {@code @Pattern}).
     */
    private static <A extends Annotation> Optional<A> constraint(MethodScope method, Class<A> kind) {
        Method raw = method.getRawMember();
        if (raw == null) {
            return Optional.empty();
        }
        List<Annotation> found = new ArrayList<>();
        AnnotatedType returned = raw.getAnnotatedReturnType();
        boolean container = Collection.class.isAssignableFrom(raw.getReturnType());
        if (!method.isFakeContainerItemScope() && !container) {
            found.addAll(Arrays.asList(raw.getAnnotations()));
            found.addAll(Arrays.asList(returned.getAnnotations()));
        }
        boolean itemScope = method.isFakeContainerItemScope() || raw.getReturnType() == Optional.class;
        if (itemScope && returned instanceof AnnotatedParameterizedType) {
            AnnotatedType[] args = ((AnnotatedParameterizedType) returned).getAnnotatedActualTypeArguments();
            if (args.length == 1) {
                found.addAll(Arrays.asList(args[0].getAnnotations()));
            }
        }
        for (Annotation a : found) {
            Optional<A> match = find(a, kind, 0);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    private static <A extends Annotation> Optional<A> find(Annotation annotation, Class<A> kind, int depth) {
        if (kind.isInstance(annotation)) {
            return Optional.of(kind.cast(annotation));
        }
        if (depth > 2 || annotation.annotationType().getName().startsWith("java.lang")) {
            return Optional.empty();
        }
        for (Annotation meta : annotation.annotationType().getAnnotations()) {
            Optional<A> match = find(meta, kind, depth + 1);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }
}
