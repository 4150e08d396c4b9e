/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.competence.CompetenceModels;
import io.github.careerguidance.core.competence.Instrument;
import io.github.careerguidance.core.competence.Item;
import io.github.careerguidance.core.competence.ResponseScale;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.portal.check.InstrumentItemsException;
import io.github.careerguidance.examples.portal.check.InstrumentItemsException.Kind;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a file of licensed item texts for a built-in instrument ({@code serve --instrument-items FILE}; YAML for
 * {@code .yaml}/{@code .yml}, JSON otherwise) and puts them into the instrument's structure:
 *
 * <pre>
 * instrument: caas-24                 # a built-in instrument structure (caas-24, caas-sf-12)
 * licence: "Licensed to ... (2026)"   # who may show these texts; required
 * anchors:                            # optional: what the scale's points mean
 *   1: {nl: "...", en: "..."}
 *   5: {nl: "...", en: "..."}
 * items:                              # every item of the instrument, once, with a Dutch and an English text
 *   - id: concern-1
 *     text: {nl: "...", en: "..."}
 * </pre>
 *
 * <p>Every problem is an {@link InstrumentItemsException} naming the file, line and item. No text is invented: an
 * item without a text in the file is an error, not a placeholder.
 */
public final class InstrumentItems {
    /** The largest file accepted, in bytes. */
    static final int MAX_BYTES = 256 * 1024;
    /** The longest text or licence, in characters. */
    static final int MAX_TEXT = 500;

    private final Path file;
    private final JsonParser p;

    private InstrumentItems(Path file, JsonParser p) {
        this.file = file;
        this.p = p;
    }

    /**
     * Reads a file and returns the instrument with its texts (and anchors, when given).
     *
     * @param file the file
     * @return the instrument; its code is that of the built-in structure, so it replaces it where it is compiled in
     * @throws InstrumentItemsException for any problem, naming file, line and item
     */
    public static Instrument read(Path file) throws InstrumentItemsException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InstrumentItemsException(
                        Kind.UNREADABLE, file, 0, null, "the file is larger than " + MAX_BYTES + " bytes");
            }
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InstrumentItemsException(Kind.UNREADABLE, file, 0, null, "the file is not UTF-8 text");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InstrumentItemsException(
                    Kind.UNREADABLE, file, 0, null, "cannot read the file: it does not exist");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new InstrumentItemsException(
                    Kind.UNREADABLE, file, 0, null, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new InstrumentItemsException(
                    Kind.UNREADABLE,
                    file,
                    0,
                    null,
                    "cannot read the file" + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        TokenStreamFactory factory =
                name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLFactory() : new JsonFactory();
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            return new InstrumentItems(file, parser).document();
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new InstrumentItemsException(
                    Kind.MALFORMED,
                    file,
                    at == null ? 0 : Math.max(0, at.getLineNr()),
                    null,
                    "not well-formed " + (factory instanceof YAMLFactory ? "YAML" : "JSON") + " ("
                            + e.getOriginalMessage() + ")");
        }
    }

    private int line() {
        TokenStreamLocation at = p.currentTokenLocation();
        return at == null ? 0 : Math.max(0, at.getLineNr());
    }

    private InstrumentItemsException error(Kind kind, int line, String item, String problem) {
        return new InstrumentItemsException(kind, file, line, item, problem);
    }

    private Instrument document() throws InstrumentItemsException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw error(
                    Kind.MALFORMED, line(), null, "the file must hold an object with instrument, licence and items");
        }
        String code = null;
        int codeLine = 0;
        String licence = null;
        Map<Integer, LocalizedText> anchors = new LinkedHashMap<>();
        Map<Integer, Integer> anchorLines = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        List<Integer> idLines = new ArrayList<>();
        List<LocalizedText> texts = new ArrayList<>();
        int itemsLine = 0;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            int at = line();
            switch (field) {
                case "instrument":
                    code = scalar("instrument", at, null);
                    codeLine = at;
                    break;
                case "licence":
                case "license":
                    licence = scalar("licence", at, null);
                    break;
                case "anchors":
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw error(
                                Kind.MALFORMED,
                                at,
                                null,
                                "anchors must be an object of scale points, such as 1: {nl: ..., en: ...}");
                    }
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String point = p.currentName();
                        int pointLine = line();
                        int value;
                        try {
                            value = Integer.parseInt(point.strip());
                        } catch (NumberFormatException e) {
                            throw error(
                                    Kind.MALFORMED,
                                    pointLine,
                                    null,
                                    "anchor '" + shorten(point) + "' is not a whole number");
                        }
                        p.nextToken();
                        anchors.put(value, text("anchor " + value, null));
                        anchorLines.put(value, pointLine);
                    }
                    break;
                case "items":
                    itemsLine = at;
                    if (p.currentToken() != JsonToken.START_ARRAY) {
                        throw error(Kind.MALFORMED, at, null, "items must be a list of {id, text}");
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        int itemLine = line();
                        if (p.currentToken() != JsonToken.START_OBJECT) {
                            throw error(Kind.MALFORMED, itemLine, null, "each item must be an object with id and text");
                        }
                        String id = null;
                        LocalizedText itemText = null;
                        int textLine = itemLine;
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String f = p.currentName();
                            p.nextToken();
                            if ("id".equals(f)) {
                                id = scalar("id", line(), null);
                            } else if ("text".equals(f)) {
                                textLine = line();
                                itemText = text("text", id);
                            } else {
                                throw error(
                                        Kind.MALFORMED,
                                        line(),
                                        id,
                                        "unknown field '" + shorten(f) + "' (an item has id and text)");
                            }
                        }
                        if (id == null) {
                            throw error(Kind.MISSING, itemLine, null, "an item has no id");
                        }
                        if (itemText == null) {
                            throw error(Kind.ITEM_WITHOUT_TEXT, textLine, id, "the item has no text");
                        }
                        ids.add(id);
                        idLines.add(itemLine);
                        texts.add(itemText);
                    }
                    break;
                default:
                    throw error(
                            Kind.MALFORMED,
                            at,
                            null,
                            "unknown field '" + shorten(field)
                                    + "' (the file has instrument, licence, anchors and items)");
            }
        }
        if (code == null) {
            throw error(
                    Kind.MISSING,
                    1,
                    null,
                    "the field 'instrument' is missing (the code of a built-in instrument, such as caas-24)");
        }
        if (licence == null) {
            throw error(
                    Kind.MISSING, 1, null, "the field 'licence' is missing: say who licensed these item texts to you");
        }
        String instrumentCode = code;
        int instrumentLine = codeLine;
        Instrument base = CompetenceModels.instruments().stream()
                .filter(i -> i.code().equals(instrumentCode))
                .findFirst()
                .orElseThrow(() -> error(
                        Kind.UNKNOWN_INSTRUMENT,
                        instrumentLine,
                        null,
                        "no built-in instrument has the code '" + shorten(instrumentCode) + "'; known: "
                                + CompetenceModels.instruments().stream()
                                        .map(Instrument::code)
                                        .toList()));
        Map<String, LocalizedText> byId = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (base.item(id).isEmpty()) {
                throw error(Kind.UNKNOWN_ITEM, idLines.get(i), shorten(id), "not an item of " + base.code());
            }
            if (byId.put(id, texts.get(i)) != null) {
                throw error(Kind.UNKNOWN_ITEM, idLines.get(i), id, "the item appears more than once");
            }
        }
        ResponseScale scale = base.responseScale();
        for (Map.Entry<Integer, Integer> a : anchorLines.entrySet()) {
            if (a.getKey() < scale.min() || a.getKey() > scale.max()) {
                throw error(
                        Kind.ANCHOR_OFF_SCALE,
                        a.getValue(),
                        null,
                        "anchor " + a.getKey() + " is off the scale " + scale.min() + " to " + scale.max());
            }
        }
        List<Item> items = new ArrayList<>();
        for (Item item : base.items()) {
            LocalizedText t = byId.get(item.id());
            if (t == null) {
                throw error(
                        Kind.ITEM_WITHOUT_TEXT,
                        itemsLine,
                        item.id(),
                        "the item of " + base.code()
                                + " has no text in the file (every item needs one; none is made up)");
            }
            items.add(Item.builder().from(item).text(t).build());
        }
        Map<Integer, LocalizedText> allAnchors = new LinkedHashMap<>(scale.anchors());
        allAnchors.putAll(anchors);
        return Instrument.builder()
                .from(base)
                .items(items)
                .responseScale(
                        ResponseScale.builder().from(scale).anchors(allAnchors).build())
                .build();
    }

    /** A non-blank scalar string. */
    private String scalar(String field, int at, String item) throws InstrumentItemsException {
        if (!p.currentToken().isScalarValue()) {
            throw error(Kind.MALFORMED, at, item, field + " must be a text");
        }
        String value = p.getValueAsString();
        if (value == null || value.isBlank()) {
            throw error(Kind.MISSING, at, item, field + " is blank");
        }
        if (value.length() > MAX_TEXT) {
            throw error(Kind.TOO_LONG, at, item, field + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    /** A text with a non-blank nl and en. */
    private LocalizedText text(String field, String item) throws InstrumentItemsException {
        int at = line();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error(Kind.MALFORMED, at, item, field + " must be {nl: ..., en: ...}");
        }
        String nl = null;
        String en = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String lang = p.currentName();
            p.nextToken();
            int langLine = line();
            if ("nl".equals(lang)) {
                nl = scalar(field + " (nl)", langLine, item);
            } else if ("en".equals(lang)) {
                en = scalar(field + " (en)", langLine, item);
            } else {
                throw error(
                        Kind.MALFORMED,
                        langLine,
                        item,
                        field + " has the language '" + shorten(lang) + "'; use nl and en");
            }
        }
        if (nl == null) {
            throw error(Kind.MISSING, at, item, field + " has no Dutch (nl)");
        }
        if (en == null) {
            throw error(Kind.MISSING, at, item, field + " has no English (en)");
        }
        return LocalizedText.of(nl, en);
    }

    private static String shorten(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }

    @Override
    public String toString() {
        return "InstrumentItems[" + file + "]";
    }
}
