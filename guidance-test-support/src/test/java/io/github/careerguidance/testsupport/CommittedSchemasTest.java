/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommittedSchemasTest {
    static final String SCHEMA = "{\n  " + CommittedSchemas.DRAFT_2020_12 + ",\n  \"type\" : \"object\"\n}\n";

    @TempDir
    Path dir;

    CommittedSchemas committed(String property) throws IOException {
        Files.createDirectories(dir.resolve("schema"));
        Files.createDirectories(dir.resolve("resources"));
        return new CommittedSchemas(dir.resolve("schema"), dir.resolve("resources"), property);
    }

    @Test
    void equalCopiesPass() throws IOException {
        CommittedSchemas committed = committed("testsupport.test.update.equal");
        Files.writeString(dir.resolve("schema/a.schema.json"), SCHEMA);
        committed.assertGenerated("a.schema.json", SCHEMA, SCHEMA);
        assertThat(committed.updating()).isFalse();
    }

    @Test
    void aStaleCopyFailsNamingTheCopyAndTheProperty() throws IOException {
        CommittedSchemas committed = committed("testsupport.test.update.stale");
        Files.writeString(dir.resolve("schema/a.schema.json"), SCHEMA.replace("object", "array"));
        assertThatThrownBy(() -> committed.assertGenerated("a.schema.json", SCHEMA, SCHEMA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("repository copy")
                .hasMessageContaining("-Dtestsupport.test.update.stale=true");
        Files.writeString(dir.resolve("schema/a.schema.json"), SCHEMA);
        assertThatThrownBy(() -> committed.assertGenerated("a.schema.json", SCHEMA, SCHEMA.trim()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("jar resource a.schema.json");
    }

    @Test
    void leftoversOfVictoolsFail() throws IOException {
        CommittedSchemas committed = committed("testsupport.test.update.leftovers");
        String leftover = SCHEMA.replace("\"type\"", "\"id()\"");
        Files.writeString(dir.resolve("schema/a.schema.json"), leftover);
        assertThatThrownBy(() -> committed.assertGenerated("a.schema.json", leftover, leftover))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("()");
    }

    @Test
    void theUpdatePropertyWritesBothCopies() throws IOException {
        String property = "testsupport.test.update.write";
        CommittedSchemas committed = committed(property);
        System.setProperty(property, "true");
        try {
            assertThat(committed.updating()).isTrue();
            committed.assertGenerated("a.schema.json", SCHEMA, SCHEMA);
        } finally {
            System.clearProperty(property);
        }
        assertThat(Files.readString(dir.resolve("schema/a.schema.json"))).isEqualTo(SCHEMA);
        assertThat(Files.readString(dir.resolve("resources/a.schema.json"))).isEqualTo(SCHEMA);
    }

    @Test
    void theUpdatePropertyCreatesMissingFolders() {
        String property = "testsupport.test.update.folders";
        CommittedSchemas committed =
                new CommittedSchemas(dir.resolve("new/schema"), dir.resolve("new/resources/x"), property);
        System.setProperty(property, "true");
        try {
            committed.assertGenerated("a.schema.json", SCHEMA, SCHEMA);
        } finally {
            System.clearProperty(property);
        }
        assertThat(dir.resolve("new/schema/a.schema.json")).hasContent(SCHEMA);
        assertThat(dir.resolve("new/resources/x/a.schema.json")).hasContent(SCHEMA);
    }

    @Test
    void aMissingCopyIsAnIoFailureNamingTheFile() throws IOException {
        CommittedSchemas committed = committed("testsupport.test.update.missing");
        assertThatThrownBy(() -> committed.assertGenerated("b.schema.json", SCHEMA, SCHEMA))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("b.schema.json");
    }

    @Test
    void argumentsAreChecked() {
        assertThatThrownBy(() -> new CommittedSchemas(null, dir, "p"))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("repositoryDirectory");
        assertThatThrownBy(() -> new CommittedSchemas(dir, dir, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("updateProperty");
    }
}
