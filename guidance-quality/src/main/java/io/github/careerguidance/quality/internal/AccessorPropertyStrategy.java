/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator treat Immutables-style accessors ({@code kvkNumber()}, not {@code getKvkNumber()}) as
 * properties, so constraints on them are honoured and the property names equal the JSON field names. Any
 * no-argument method with a return value counts, except the methods of {@link Object}.
 */
public final class AccessorPropertyStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> EXCLUDED = Set.of("hashCode", "toString", "getClass", "clone");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
        if (executable.getParameterTypes().length != 0
                || executable.getReturnType() == void.class
                || EXCLUDED.contains(executable.getName())) {
            return Optional.empty();
        }
        return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
        return List.of(propertyName);
    }
}
