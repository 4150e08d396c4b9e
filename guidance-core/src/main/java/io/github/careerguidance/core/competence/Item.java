/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.competence;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One item (statement or question) of an {@link Instrument}, scored on one dimension.
 *
 * <p>The text is optional: guidance ships the structure of instruments whose item texts it may not
 * redistribute (such as the CAAS), and an integrator loads an instrument file with the texts.
 *
 * <pre>{@code
 * Item item = Item.builder().id("concern-1").dimension("concern").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableItem.class)
@JsonDeserialize(as = ImmutableItem.class)
public abstract class Item {
    /** Extended only by the generated immutable implementation. */
    Item() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableItem.Builder builder() {
        return ImmutableItem.builder();
    }

    /**
     * An item without text.
     *
     * @param id the item id
     * @param dimension the dimension code
     * @return the item, not reverse-keyed
     */
    public static Item of(String id, String dimension) {
        return builder().id(id).dimension(dimension).build();
    }

    /**
     * The id, unique within the instrument: letters, digits, {@code .}, {@code _} and {@code -}, at most 64
     * characters. Responses are keyed by it.
     *
     * @return the id, such as {@code concern-1}
     */
    public abstract String id();

    /**
     * The code of the dimension the item scores on.
     *
     * @return the dimension code
     */
    public abstract String dimension();

    /**
     * The text shown to the client.
     *
     * @return the text, or empty when the instrument is a structure without texts
     */
    public abstract Optional<LocalizedText> text();

    /**
     * Whether a high answer means a low score, so the answer is {@linkplain ResponseScale#reverse(int) mirrored}
     * before scoring.
     *
     * @return false unless given
     */
    @Value.Default
    public boolean reverseKeyed() {
        return false;
    }

    @Value.Check
    protected void check() {
        if (!Codes.ITEM_ID.matcher(id()).matches()) {
            throw new IllegalArgumentException("item id must be 1-64 letters, digits, '.', '_' or '-' "
                    + "starting with a letter or digit but was '" + id() + "'");
        }
        Codes.requireCode("item '" + id() + "' dimension", dimension());
    }
}
