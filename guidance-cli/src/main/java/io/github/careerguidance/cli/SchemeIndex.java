/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.text.LocalizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code guidance schemes list} prints of each built-in scheme (id, version, subject, name in every language),
 * kept in a small text resource so that listing the schemes does not read every scheme's rules with Jackson and
 * snakeyaml in a cold JVM (issue #18: that was most of the command's start-up).
 *
 * <p>The resource, {@code schemes-index.tsv} beside this class, is generated from the built-in schemes and committed;
 * {@code SchemeIndexTest} fails when it no longer matches them and says how to regenerate it. One line per scheme in
 * catalogue order: id, version, subject, then {@code tag=text} per language, separated by tabs; a tab, line break or
 * backslash inside a field is written {@code \t}, {@code \n}, {@code \\}. Lines starting with {@code #} are comments.
 */
final class SchemeIndex {
    /** The resource, relative to this class. */
    static final String RESOURCE = "schemes-index.tsv";

    private SchemeIndex() {}

    /**
     * One built-in scheme as the list shows it.
     *
     * @param id the scheme id
     * @param version the scheme version
     * @param subject the subject, lower case ({@code person} or {@code organisation})
     * @param name the scheme's name in its languages
     */
    record Entry(String id, String version, String subject, LocalizedText name) {}

    /**
     * The entries of the committed index.
     *
     * @return the entries in catalogue order, or empty when the resource is missing or cannot be read (a packaging
     *     error; the caller then reads the schemes themselves)
     */
    static Optional<List<Entry>> builtIn() {
        try (InputStream in = SchemeIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads an index.
     *
     * @param reader the index text
     * @return the entries, or empty when a line is not an index line
     * @throws IOException if reading fails
     */
    static Optional<List<Entry>> parse(BufferedReader reader) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 4) {
                return Optional.empty();
            }
            Map<String, String> names = new LinkedHashMap<>();
            for (int i = 3; i < fields.length; i++) {
                int eq = fields[i].indexOf('=');
                if (eq <= 0) {
                    return Optional.empty();
                }
                names.put(fields[i].substring(0, eq), unescape(fields[i].substring(eq + 1)));
            }
            entries.add(
                    new Entry(unescape(fields[0]), unescape(fields[1]), unescape(fields[2]), LocalizedText.of(names)));
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(entries));
    }

    /**
     * The index line of one scheme.
     *
     * @param entry the scheme as the list shows it
     * @return the line, without a line break
     */
    static String line(Entry entry) {
        StringBuilder b = new StringBuilder()
                .append(escape(entry.id()))
                .append('\t')
                .append(escape(entry.version()))
                .append('\t')
                .append(escape(entry.subject()));
        entry.name()
                .texts()
                .forEach((tag, text) -> b.append('\t').append(tag).append('=').append(escape(text)));
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                b.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            default -> next;
                        });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
