/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.registration;

import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.quality.validation.WebAddress;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How clients can complain: an internal procedure and the independent body it refers to (such as a
 * klachtencommissie or, for Noloc members, the Raad voor Klachtenbehandeling).
 *
 * @since 0.1.0
 */
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableComplaintsProcedure.class)
@JsonDeserialize(as = ImmutableComplaintsProcedure.class)
public abstract class ComplaintsProcedure {
    /** Extended only by the generated immutable implementation. */
    ComplaintsProcedure() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableComplaintsProcedure.Builder builder() {
        return ImmutableComplaintsProcedure.builder();
    }

    /**
     * Whether the organisation has an internal complaints procedure (klachtenregeling).
     *
     * @return true when it has one
     */
    public abstract boolean internal();

    /**
     * The name of the independent body that handles complaints the organisation could not resolve.
     *
     * @return the body, or empty when there is none
     */
    public abstract Optional<@Size(min = 1, max = 200) String> independentBody();

    /**
     * Where the procedure is published.
     *
     * @return the address, if published online
     */
    public abstract Optional<@WebAddress String> url();

    /**
     * Whether an independent body is named.
     *
     * @return true when {@link #independentBody()} is present and not blank
     */
    public boolean hasIndependentBody() {
        return independentBody().filter(b -> !b.isBlank()).isPresent();
    }
}
