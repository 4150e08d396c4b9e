/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.text.LocalizedText;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A link from an action to information, or a signpost to a service that helps with it: a localized label and an
 * https URL, with the provider or service where it is one.
 *
 * <p>In JSON: {@code {"label": {"nl": "Werkmap op werk.nl", "en": "Werkmap on werk.nl"}, "url":
 * "https://www.werk.nl/", "provider": "UWV"}}. The URL is kept as text so that a malformed or plain-http link
 * reads and is reported by {@link ActionPlans#check(ActionPlan)} ({@code core.plan.link.https}) rather than
 * failing the whole document.
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableSignpost.class)
@JsonDeserialize(as = ImmutableSignpost.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public abstract class Signpost {
    /** Extended only by the generated immutable implementation. */
    Signpost() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableSignpost.Builder builder() {
        return ImmutableSignpost.builder();
    }

    /**
     * A link without a provider.
     *
     * @param label the label
     * @param url the https URL
     * @return the signpost
     */
    public static Signpost of(LocalizedText label, String url) {
        return builder().label(label).url(url).build();
    }

    /**
     * What the link is called.
     *
     * @return the label
     */
    public abstract LocalizedText label();

    /**
     * Where it points; valid plans use absolute https URLs only.
     *
     * @return the URL as text
     */
    public abstract String url();

    /**
     * The provider or service, such as {@code UWV} or {@code Leerwerkloket Midden-Utrecht}.
     *
     * @return the name, if this is a signpost to a service
     */
    public abstract Optional<String> provider();

    /**
     * Whether the URL is an absolute https URL with a host.
     *
     * @return true when it is
     */
    @JsonIgnore
    public boolean isHttps() {
        try {
            URI uri = new URI(url());
            return "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
