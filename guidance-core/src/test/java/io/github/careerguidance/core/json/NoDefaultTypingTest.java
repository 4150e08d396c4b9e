/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * No polymorphic default typing anywhere: a document can never name a Java class to instantiate. The configured
 * mappers are asserted to have no default typer, and the main sources of every module are scanned for the ways to
 * turn it (or class-name type ids) on.
 */
class NoDefaultTypingTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "activateDefaultTyping|enableDefaultTyping|setDefaultTyping|DefaultTyping\\.|JsonTypeInfo\\.Id\\.(MINIMAL_)?CLASS"
                    + "|use\\s*=\\s*(JsonTypeInfo\\.)?Id\\.(MINIMAL_)?CLASS|LaissezFaireSubTypeValidator|ObjectInputStream");

    @Test
    void theMappersHaveNoDefaultTyper() {
        List<ObjectMapper> mappers = new java.util.ArrayList<>(JsonMappers.defaultMappers());
        ReadOptions lenient = ReadOptions.builder()
                .unknownProperties(ReadOptions.UnknownProperties.IGNORE)
                .build();
        mappers.add(JsonMappers.of(lenient).mapper(Format.JSON));
        mappers.add(JsonMappers.of(lenient).mapper(Format.YAML));
        assertThat(mappers).hasSize(4);
        for (ObjectMapper m : mappers) {
            for (Class<?> type : List.of(
                    Object.class,
                    java.io.Serializable.class,
                    Comparable.class,
                    java.util.Map.class,
                    java.util.List.class,
                    String.class)) {
                assertThat(m.deserializationConfig().getDefaultTyper(m.constructType(type)))
                        .as("%s %s", m, type)
                        .isNull();
                assertThat(m.serializationConfig().getDefaultTyper(m.constructType(type)))
                        .as("%s %s", m, type)
                        .isNull();
            }
        }
    }

    @Test
    void noSourceTurnsOnDefaultTypingOrClassNameTypeIds() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> p.toString().contains("/src/main/java/"))
                    .collect(Collectors.toList());
        }
        assertThat(sources)
                .as("main sources of all modules found from " + root)
                .anyMatch(p -> p.endsWith("GuidanceCodec.java"))
                .anyMatch(p -> p.toString().contains("guidance-journeys"));
        List<String> hits = sources.stream()
                .filter(p -> FORBIDDEN.matcher(read(p)).find())
                .map(Path::toString)
                .collect(Collectors.toList());
        assertThat(hits).isEmpty();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
