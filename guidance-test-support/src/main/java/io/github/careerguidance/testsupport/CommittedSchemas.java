/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a module commits its generated schema files, and the check that they are the generated ones.
 *
 * <p>A module ships each schema twice: in the repository's {@code schema/} folder (for readers and editors) and as a
 * jar resource (for the code). Both must be byte for byte what the generator writes now; with the update property
 * set ({@code -Djourneys.schema.update=true}, say) the check first writes the generated text to both copies:
 *
 * <pre>{@code
 * static final CommittedSchemas COMMITTED = new CommittedSchemas(Path.of("schema"),
 *         Path.of("src/main/resources/io/github/careerguidance/journeys"), "journeys.schema.update");
 *
 * COMMITTED.assertGenerated("journey.schema.json", JourneySchemaGenerator.generate(), JourneySchema.text());
 * }</pre>
 *
 * @param repositoryDirectory the repository copy's folder, relative to the module
 * @param resourceDirectory the jar resource's source folder, relative to the module
 * @param updateProperty the system property that, when {@code true}, writes the generated text to both copies
 */
public record CommittedSchemas(Path repositoryDirectory, Path resourceDirectory, String updateProperty) {
    /** The {@code $schema} line every generated schema has. */
    public static final String DRAFT_2020_12 = "\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"";

    /**
     * The folders and the update property of a module's committed schemas.
     *
     * @throws NullPointerException naming the missing argument
     * @throws IllegalArgumentException if the update property is blank
     */
    public CommittedSchemas {
        Objects.requireNonNull(repositoryDirectory, "repositoryDirectory");
        Objects.requireNonNull(resourceDirectory, "resourceDirectory");
        Objects.requireNonNull(updateProperty, "updateProperty");
        if (updateProperty.isBlank()) {
            throw new IllegalArgumentException("updateProperty must not be blank but was '" + updateProperty + "'");
        }
    }

    /**
     * Whether this run writes the generated schemas ({@code -D<updateProperty>=true}).
     *
     * @return whether the update property is {@code true}
     */
    public boolean updating() {
        return Boolean.getBoolean(updateProperty);
    }

    /**
     * Checks that the jar resource and the repository copy of a schema are the generated text, after writing it to
     * both when {@link #updating()} (creating their folders if need be, for a first generation); and that the text is a draft 2020-12 schema without victools' leftovers
     * ({@code ()} in names, {@code nullable} variants).
     *
     * @param file the file name, such as {@code journey.schema.json}
     * @param generated the text the generator writes now
     * @param jarResource the text of the jar resource, as the code reads it from the class path
     * @throws AssertionError when a copy differs, naming the copy and the update property
     * @throws UncheckedIOException when a copy cannot be read or written
     */
    public void assertGenerated(String file, String generated, String jarResource) {
        Path repositoryCopy = repositoryDirectory.resolve(file);
        try {
            if (updating()) {
                Files.createDirectories(repositoryDirectory);
                Files.createDirectories(resourceDirectory);
                Files.writeString(repositoryCopy, generated, StandardCharsets.UTF_8);
                Files.writeString(resourceDirectory.resolve(file), generated, StandardCharsets.UTF_8);
            }
            assertThat(jarResource)
                    .as("jar resource %s; regenerate with -D%s=true", file, updateProperty)
                    .isEqualTo(generated);
            assertThat(Files.readString(repositoryCopy, StandardCharsets.UTF_8))
                    .as("repository copy %s; regenerate with -D%s=true", repositoryCopy, updateProperty)
                    .isEqualTo(generated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the committed schema " + file, e);
        }
        assertThat(generated)
                .as(file)
                .contains(DRAFT_2020_12)
                .doesNotContain("()")
                .doesNotContain("nullable");
    }
}
