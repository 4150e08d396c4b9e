/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import jakarta.validation.ConstraintTarget;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A fast, conservative pre-screen for Hibernate Validator: answers "certainly valid" for a bean without running
 * the validator, and "maybe invalid" otherwise, so that the validator (the source of truth and of every
 * diagnostic) runs only on beans that may have a violation. Internal.
 *
 * <p>The plan for a class is derived once from the validator's own metadata ({@link Validator#getConstraintsForClass}):
 * its constrained properties, their constraints, container element constraints ({@code Optional<@Code String>},
 * {@code List<@Valid X>}) and cascades. Properties are read through method handles to their accessors, not
 * reflectively. Only the default group and a closed set of constraints are understood ({@code @NotNull},
 * {@code @NotBlank}, {@code @Size}, {@code @Min}, {@code @Max}, {@code @PositiveOrZero}, {@code @Pattern} (the SDK's
 * simple shapes by {@link SimplePatterns}, others by their regular expression) and
 * constraints composed only of these with AND); a class with anything else (a class-level constraint, another
 * group, a constraint with its own validator, another container type, a value the checks do not know) is never
 * pre-screened: {@link #certainlyValid(Object)} is then false and the validator decides. A pre-screen therefore
 * never changes a result, only skips validator runs that would find nothing; a property test holds it to that.
 *
 * <p>Thread-safe: plans are immutable and cached per class.
 */
public final class ConstraintPrescreen {
    private static final Class<?>[] DEFAULT_GROUPS = {Default.class};

    private final Validator validator;
    private final Map<Class<?>, Plan> plans = new ConcurrentHashMap<>();

    /**
     * A pre-screen reading the metadata of a validator.
     *
     * @param validator the validator whose results it predicts
     */
    public ConstraintPrescreen(Validator validator) {
        this.validator = validator;
    }

    /**
     * Whether the validator would certainly find no violation on a bean (default group).
     *
     * @param bean the bean, not null
     * @return true only when every constraint of the bean and its cascades holds; false when one may not hold or
     *     the bean's class is not understood
     */
    public boolean certainlyValid(Object bean) {
        try {
            return plan(bean.getClass()).valid(bean);
        } catch (Throwable t) {
            // A getter that throws, or anything unexpected: let the validator decide (and report).
            return false;
        }
    }

    /**
     * Whether beans of a class can be pre-screened at all (every constraint understood).
     *
     * @param type the bean class
     * @return true when {@link #certainlyValid(Object)} can answer true for it
     */
    public boolean understands(Class<?> type) {
        return plan(type).properties != null;
    }

    /**
     * Why a class is not pre-screened.
     *
     * @param type the bean class
     * @return the reason, or empty when it is
     */
    public String whyNot(Class<?> type) {
        return plan(type).whyNot;
    }

    private Plan plan(Class<?> type) {
        Plan plan = plans.get(type);
        if (plan == null) {
            // Cascades are built on demand, so a recursive type cannot loop here.
            plan = build(type);
            Plan raced = plans.putIfAbsent(type, plan);
            plan = raced != null ? raced : plan;
        }
        return plan;
    }

    private Plan build(Class<?> type) {
        try {
            BeanDescriptor bean = validator.getConstraintsForClass(type);
            if (!bean.getConstraintDescriptors().isEmpty()) {
                return Plan.unknown("class-level constraints");
            }
            List<Property> properties = new ArrayList<>();
            for (PropertyDescriptor p : bean.getConstrainedProperties()) {
                java.util.function.Function<Object, Object> getter = getter(type, p.getPropertyName());
                if (getter == null) {
                    return Plan.unknown(p.getPropertyName() + ": no public accessor");
                }
                Predicate<Object> own = checks(p.getConstraintDescriptors());
                if (own == null) {
                    return Plan.unknown(
                            p.getPropertyName() + ": constraint not understood " + p.getConstraintDescriptors());
                }
                Predicate<Object> elements = null;
                for (ContainerElementTypeDescriptor c : p.getConstrainedContainerElementTypes()) {
                    if (elements != null
                            || !c.getConstrainedContainerElementTypes().isEmpty()
                            || !c.getGroupConversions().isEmpty()
                            || (c.getContainerClass() != Optional.class && c.getContainerClass() != List.class)
                            || c.getTypeArgumentIndex() == null
                            || c.getTypeArgumentIndex() != 0) {
                        return Plan.unknown(
                                p.getPropertyName() + ": container not understood " + c.getContainerClass());
                    }
                    Predicate<Object> checks = checks(c.getConstraintDescriptors());
                    if (checks == null) {
                        return Plan.unknown(p.getPropertyName() + ": element constraint not understood "
                                + c.getConstraintDescriptors());
                    }
                    Predicate<Object> element = c.isCascaded() ? and(checks, new Cascade()) : checks;
                    elements = c.getContainerClass() == Optional.class ? optional(element) : list(element);
                }
                if (!p.getGroupConversions().isEmpty()) {
                    return Plan.unknown(p.getPropertyName() + ": group conversion");
                }
                boolean hasOwn = !p.getConstraintDescriptors().isEmpty();
                Predicate<Object> value = p.isCascaded() ? and(own, this::cascadeProperty) : own;
                properties.add(new Property(getter, value, elements, hasOwn));
            }
            return new Plan(properties.toArray(new Property[0]));
        } catch (RuntimeException | IllegalAccessException e) {
            return Plan.unknown(e.toString());
        }
    }

    /**
     * A cascade into container elements ({@code List<@Valid X>}): the elements of one property are nearly always of
     * one class, so the plan of the last class seen is kept at the property (an immutable pair, replaced as a whole:
     * thread-safe) instead of a map lookup per element.
     */
    private final class Cascade implements Predicate<Object> {
        private volatile Object[] last;

        @Override
        public boolean test(Object element) {
            if (element == null) {
                return true;
            }
            Class<?> type = element.getClass();
            Object[] seen = last;
            Plan plan;
            if (seen != null && seen[0] == type) {
                plan = (Plan) seen[1];
            } else {
                plan = plan(type);
                last = new Object[] {type, plan};
            }
            try {
                return plan.valid(element);
            } catch (Throwable t) {
                // A getter that throws, or anything unexpected: let the validator decide (and report).
                return false;
            }
        }
    }

    /** A cascade on the property itself: a container value is unwrapped by the validator; leave those to it. */
    private boolean cascadeProperty(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Optional
                || value instanceof Iterable
                || value instanceof Map
                || value.getClass().isArray()) {
            return false;
        }
        return certainlyValid(value);
    }

    /**
     * The accessor as a function: a class made by {@link java.lang.invoke.LambdaMetafactory} that calls it
     * directly (no method-handle adaptation and receiver cast per call); the method handle itself when that fails.
     */
    private static java.util.function.Function<Object, Object> getter(Class<?> type, String name)
            throws IllegalAccessException {
        MethodHandle handle = getterHandle(type, name);
        if (handle == null) {
            return null;
        }
        try {
            MethodHandle direct = MethodHandles.publicLookup().unreflect(type.getMethod(name));
            Class<?> result = direct.type().returnType();
            Class<?> boxed =
                    result.isPrimitive() ? MethodType.methodType(result).wrap().returnType() : result;
            @SuppressWarnings("unchecked")
            java.util.function.Function<Object, Object> f =
                    (java.util.function.Function<Object, Object>) java.lang.invoke.LambdaMetafactory.metafactory(
                                    MethodHandles.lookup(),
                                    "apply",
                                    MethodType.methodType(java.util.function.Function.class),
                                    MethodType.methodType(Object.class, Object.class),
                                    direct,
                                    MethodType.methodType(boxed, direct.type().parameterType(0)))
                            .getTarget()
                            .invokeExact();
            return f;
        } catch (Throwable e) {
            return bean -> {
                try {
                    return (Object) handle.invokeExact(bean);
                } catch (RuntimeException | Error t) {
                    throw t;
                } catch (Throwable t) {
                    throw new IllegalStateException(t);
                }
            };
        }
    }

    private static MethodHandle getterHandle(Class<?> type, String name) throws IllegalAccessException {
        if (!Modifier.isPublic(type.getModifiers())) {
            return null;
        }
        Method method;
        try {
            method = type.getMethod(name);
        } catch (NoSuchMethodException e) {
            return null;
        }
        if (method.getReturnType() == void.class || Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        return MethodHandles.publicLookup().unreflect(method).asType(MethodType.methodType(Object.class, Object.class));
    }

    /** The conjunction of the checks of some constraints, or null if one is not understood. */
    private static Predicate<Object> checks(Set<ConstraintDescriptor<?>> constraints) {
        List<Predicate<Object>> all = new ArrayList<>();
        for (ConstraintDescriptor<?> d : constraints) {
            Predicate<Object> one = check(d);
            if (one == null) {
                return null;
            }
            all.add(one);
        }
        // no chain of Predicate.and wrappers starting from "always true": one call per check
        switch (all.size()) {
            case 0:
                return ALWAYS;
            case 1:
                return all.get(0);
            case 2:
                return and(all.get(0), all.get(1));
            default:
                @SuppressWarnings({"unchecked", "rawtypes"}) // an array of generic predicates
                Predicate<Object>[] each = all.toArray(new Predicate[0]);
                return v -> {
                    for (Predicate<Object> p : each) {
                        if (!p.test(v)) {
                            return false;
                        }
                    }
                    return true;
                };
        }
    }

    private static final Predicate<Object> ALWAYS = v -> true;

    private static Predicate<Object> check(ConstraintDescriptor<?> d) {
        if (!d.getGroups().equals(Set.of(DEFAULT_GROUPS))
                || d.getValidationAppliesTo() == ConstraintTarget.PARAMETERS
                || d.getValueUnwrapping() != ValidateUnwrappedValue.DEFAULT) {
            return null;
        }
        Annotation a = d.getAnnotation();
        Class<? extends Annotation> type = a.annotationType();
        Map<String, Object> attributes = d.getAttributes();
        Predicate<Object> builtIn = null;
        if (type == NotNull.class) {
            builtIn = v -> v != null;
        } else if (type == NotBlank.class) {
            builtIn = v -> v instanceof CharSequence && !v.toString().isBlank();
        } else if (type == Size.class) {
            int min = (Integer) attributes.get("min");
            int max = (Integer) attributes.get("max");
            builtIn = v -> v == null || within(size(v), min, max);
        } else if (type == Min.class) {
            long min = (Long) attributes.get("value");
            builtIn = v -> v == null || compare(v, min) >= 0;
        } else if (type == Max.class) {
            long max = (Long) attributes.get("value");
            builtIn = v -> v == null || compare(v, max) <= 0 && compare(v, max) != Integer.MIN_VALUE;
        } else if (type == PositiveOrZero.class) {
            builtIn = v -> v == null || compare(v, 0) >= 0;
        } else if (type == Pattern.class) {
            int flags = 0;
            for (Pattern.Flag f : (Pattern.Flag[]) attributes.get("flags")) {
                flags |= f.getValue();
            }
            String regexp = (String) attributes.get("regexp");
            // The SDK's own simple shapes without a Matcher per value; anything else keeps the regular expression.
            Predicate<CharSequence> simple = SimplePatterns.matcher(regexp, flags);
            if (simple != null) {
                builtIn = v -> v == null || v instanceof CharSequence && simple.test((CharSequence) v);
            } else {
                java.util.regex.Pattern regex = java.util.regex.Pattern.compile(regexp, flags);
                builtIn = v -> v == null
                        || v instanceof CharSequence
                                && regex.matcher((CharSequence) v).matches();
            }
        }
        if (builtIn != null) {
            return d.getComposingConstraints().isEmpty() && builtInValidators(d) ? builtIn : null;
        }
        // A constraint of our own: understood when it has no validator of its own and is an AND of understood ones.
        if (!d.getConstraintValidatorClasses().isEmpty()
                || d.getComposingConstraints().isEmpty()
                || hasNonAndComposition(type)) {
            return null;
        }
        @SuppressWarnings({"unchecked", "rawtypes"})
        Predicate<Object> composed = checks((Set) d.getComposingConstraints());
        return composed;
    }

    /** Whether a built-in constraint is validated by Hibernate Validator's own validators only (none added). */
    private static boolean builtInValidators(ConstraintDescriptor<?> d) {
        for (Class<?> v : d.getConstraintValidatorClasses()) {
            if (!v.getName().startsWith("org.hibernate.validator.internal.constraintvalidators.")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNonAndComposition(Class<? extends Annotation> type) {
        for (Annotation meta : type.getAnnotations()) {
            if (meta.annotationType().getName().equals("org.hibernate.validator.constraints.ConstraintComposition")) {
                return !meta.toString().contains("AND");
            }
        }
        return false;
    }

    private static boolean within(int size, int min, int max) {
        return size >= 0 && size >= min && size <= max;
    }

    /** Size as Hibernate Validator counts it; -1 for a value the pre-screen does not know. */
    private static int size(Object v) {
        if (v instanceof CharSequence) {
            return ((CharSequence) v).length();
        }
        if (v instanceof Collection) {
            return ((Collection<?>) v).size();
        }
        if (v instanceof Map) {
            return ((Map<?, ?>) v).size();
        }
        return -1;
    }

    /**
     * Compares a number with a bound: negative, zero or positive; {@link Integer#MIN_VALUE} for a value the
     * pre-screen does not know (a NaN, a negative zero, a text, a big number), which then fails every check.
     */
    private static int compare(Object v, long bound) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return Long.compare(((Number) v).longValue(), bound);
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (Double.isNaN(d)
                    || Double.isInfinite(d)
                    || (d == 0 && 1 / d < 0)
                    || Math.abs(d) > 1e15
                    || Math.abs(bound) > 1e15) {
                return Integer.MIN_VALUE;
            }
            int c = Double.compare(d, bound);
            return c == 0 && d != (double) bound ? Integer.MIN_VALUE : c;
        }
        return Integer.MIN_VALUE;
    }

    private static Predicate<Object> and(Predicate<Object> a, Predicate<Object> b) {
        return v -> a.test(v) && b.test(v);
    }

    private static Predicate<Object> optional(Predicate<Object> element) {
        return v -> v == null
                || v instanceof Optional && (((Optional<?>) v).isEmpty() || element.test(((Optional<?>) v).get()));
    }

    private static Predicate<Object> list(Predicate<Object> element) {
        return v -> {
            if (v == null) {
                return true;
            }
            if (!(v instanceof List)) {
                return false;
            }
            List<?> list = (List<?>) v;
            for (int i = 0, n = list.size(); i < n; i++) {
                if (!element.test(list.get(i))) {
                    return false;
                }
            }
            return true;
        };
    }

    /** One constrained property: its accessor, its own checks and those of its elements. */
    private static final class Property {
        final java.util.function.Function<Object, Object> getter;
        final Predicate<Object> value;
        final Predicate<Object> elements;
        final boolean hasOwn;

        Property(
                java.util.function.Function<Object, Object> getter,
                Predicate<Object> value,
                Predicate<Object> elements,
                boolean hasOwn) {
            this.getter = getter;
            this.value = value;
            this.elements = elements;
            this.hasOwn = hasOwn;
        }
    }

    /** The checks of one class. */
    private static final class Plan {
        private final Property[] properties;
        private final String whyNot;

        Plan(Property[] properties) {
            this.properties = properties;
            this.whyNot = "";
        }

        private Plan(String whyNot) {
            this.properties = null;
            this.whyNot = whyNot;
        }

        static Plan unknown(String why) {
            return new Plan(why);
        }

        boolean valid(Object bean) throws Throwable {
            if (properties == null) {
                return false;
            }
            for (Property p : properties) {
                Object v = p.getter.apply(bean);
                if (p.hasOwn
                        && (v instanceof Optional
                                || v instanceof java.util.OptionalInt
                                || v instanceof java.util.OptionalLong
                                || v instanceof java.util.OptionalDouble)) {
                    return false; // a constraint on an Optional property itself: the validator's unwrapping rules apply
                }
                if ((p.value != ALWAYS && !p.value.test(v)) || (p.elements != null && !p.elements.test(v))) {
                    return false;
                }
            }
            return true;
        }
    }
}
