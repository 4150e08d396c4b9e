/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.journeys.internal.Codes;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One piece of content of an information step, shown only when its applicability condition holds.
 *
 * <p>This is how an information step narrows what it shows to what fits the client: an item about MBO
 * programmes for an education level, an item about WW obligations for the unemployed, an item for one region.
 * In YAML:
 * <pre>{@code
 * - id: leerwerkloket
 *   title: {nl: Leerwerkloket, en: Leerwerkloket}
 *   text: {nl: Gratis advies over omscholen., en: Free advice on retraining.}
 *   url: https://www.leerwerkloket.nl
 *   when: {in: {profile: educationLevel, values: [mbo-2, mbo-3, mbo-4]}}
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableContentItem.class)
@JsonDeserialize(as = ImmutableContentItem.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "title", "text", "url", "when"})
public abstract class ContentItem {
    /** Extended only by the generated immutable implementation. */
    ContentItem() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableContentItem.Builder builder() {
        return ImmutableContentItem.builder();
    }

    /**
     * An item that always applies.
     *
     * @param id the item id, unique within its step
     * @param text the text
     * @return the item
     */
    public static ContentItem of(String id, LocalizedText text) {
        return builder().id(id).text(text).build();
    }

    /**
     * The id, unique within the step.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * A heading.
     *
     * @return the heading, if any
     */
    public abstract Optional<LocalizedText> title();

    /**
     * The text.
     *
     * @return the text
     */
    public abstract LocalizedText text();

    /**
     * A link to read more, an absolute http(s) URL.
     *
     * @return the URL, if any
     */
    public abstract Optional<String> url();

    /**
     * When the item applies to the client.
     *
     * @return the condition, or empty when the item always applies
     */
    public abstract Optional<Condition> when();

    @Value.Check
    protected void check() {
        Codes.requireId("content item id", id());
        url().ifPresent(u -> Urls.requireHttpUrl("content item '" + id() + "' url", u));
    }
}
