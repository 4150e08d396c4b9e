/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.check;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A file of licensed instrument item texts ({@code serve --instrument-items FILE}) that cannot be used: its message
 * names the file, the line (when known) and the item (when the problem is in one), as in
 * {@code caas.yaml:14: item 'concern-3': the text has no Dutch (nl)}.
 *
 * @since 0.1.0
 */
public final class InstrumentItemsException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong, for programs that react to it. */
    public enum Kind {
        /** The file cannot be read (missing, unreadable, too large). */
        UNREADABLE,
        /** The file is not well-formed JSON or YAML, or has the wrong shape. */
        MALFORMED,
        /** A required field is missing or blank. */
        MISSING,
        /** The instrument code names no built-in instrument. */
        UNKNOWN_INSTRUMENT,
        /** An item id is not an item of the instrument, or appears twice. */
        UNKNOWN_ITEM,
        /** An item of the instrument has no text in the file. */
        ITEM_WITHOUT_TEXT,
        /** An anchor is off the instrument's response scale. */
        ANCHOR_OFF_SCALE,
        /** A text is longer than allowed. */
        TOO_LONG
    }

    private final Kind kind;
    private final transient Path file;
    private final int line;
    private final String item;

    /**
     * A problem.
     *
     * @param kind what is wrong
     * @param file the file
     * @param line the 1-based line, or 0 when unknown
     * @param item the item id, or null when the problem is not in one item
     * @param problem what is wrong, in English
     */
    public InstrumentItemsException(Kind kind, Path file, int line, String item, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + (item == null ? "" : "item '" + item + "': ") + problem);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.item = item;
    }

    /**
     * What is wrong.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The file.
     *
     * @return the path as given
     */
    public Path file() {
        return file;
    }

    /**
     * The line the problem is on.
     *
     * @return the 1-based line, or 0 when unknown
     */
    public int line() {
        return line;
    }

    /**
     * The item the problem is in.
     *
     * @return the item id, or empty
     */
    public Optional<String> item() {
        return Optional.ofNullable(item);
    }
}
