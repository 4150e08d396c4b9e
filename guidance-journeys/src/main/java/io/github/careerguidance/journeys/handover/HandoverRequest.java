/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.calendar.CallbackWindow;
import io.github.careerguidance.core.contact.ContactChannel;
import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.core.meta.GuidanceStyle;
import io.github.careerguidance.core.profile.Region;
import io.github.careerguidance.core.readiness.SupportLevel;
import io.github.careerguidance.journeys.internal.Codes;
import io.github.careerguidance.journeys.summary.PlanReference;
import io.github.careerguidance.journeys.summary.SharedSummary;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A request that a person picks a client up: why, at which support level, on which channel, within which callback
 * window, at which contact point, and with what the client chose to share.
 *
 * <p>It holds no name, address, phone number or postcode: the postcode is used only to route ({@link
 * HandoverRouter}), and how the contact point reaches the client is the embedder's (for example a phone number kept
 * with the session, by id). In JSON:
 * <pre>{@code
 * {"id": "ho-5d1c...", "createdAt": "2026-12-07T10:00:00Z", "reason": "safety-net",
 *  "supportLevel": "brief-staff-assisted", "preferredChannel": "phone",
 *  "callbackWindow": {"earliest": "...", "latest": "...", "businessDays": 2},
 *  "contactPoint": "leerwerkloket-voorbeeld", "region": {"kind": "labour-market-region", "code": "voorbeeld"},
 *  "routeLevel": "pc4", "priorityGroups": ["recent-job-loss"], "sessionId": "s-81",
 *  "plan": {"id": "plan-7f3a", "version": "2"}}
 * }</pre>
 *
 * <pre>{@code
 * HandoverRoute route = router.route(RouteQuery.builder().postcode(form.postcode())
 *     .supportLevel(view.supportLevel()).channel(ContactChannel.PHONE).build());
 * HandoverRequest request = HandoverRequest.builder().id(HandoverRequest.newId()).createdAt(now)
 *     .reason(HandoverReason.OWN_REQUEST).supportLevel(view.supportLevel()).preferredChannel(ContactChannel.PHONE)
 *     .contactPoint(route.contactPoint().id()).region(route.region()).routeLevel(route.level())
 *     .callbackWindow(BusinessCalendar.dutch().callbackWindow(now, route.contactPoint(), ContactChannel.PHONE, 2))
 *     .build();
 * HandoverReceipt receipt = sink.accept(request);
 * }</pre>
 *
 * @since 0.1.0
 */
@Beta
@Value.Immutable
@GuidanceStyle
@JsonSerialize(as = ImmutableHandoverRequest.class)
@JsonDeserialize(as = ImmutableHandoverRequest.class)
public abstract class HandoverRequest {
    /** Extended only by the generated immutable implementation. */
    HandoverRequest() {}

    /**
     * A new builder.
     *
     * @return an empty builder
     */
    public static ImmutableHandoverRequest.Builder builder() {
        return ImmutableHandoverRequest.builder();
    }

    /**
     * A new random request id.
     *
     * @return such as {@code ho-3f2b...}, 39 characters
     */
    public static String newId() {
        return "ho-" + UUID.randomUUID();
    }

    /**
     * The id: a letter or digit followed by letters, digits, '.', '_' or '-', at most 64 characters.
     *
     * @return the id
     */
    public abstract String id();

    /**
     * When the request was made.
     *
     * @return the instant
     */
    public abstract Instant createdAt();

    /**
     * Why the client is handed over.
     *
     * @return the reason
     */
    public abstract HandoverReason reason();

    /**
     * The support level the client needs.
     *
     * @return the level
     */
    public abstract SupportLevel supportLevel();

    /**
     * The channel the client prefers.
     *
     * @return the channel
     */
    public abstract ContactChannel preferredChannel();

    /**
     * When a person will call back.
     *
     * @return the window; empty when none was promised (for example when the channel has no hours)
     */
    public abstract Optional<CallbackWindow> callbackWindow();

    /**
     * The id of the contact point the request was routed to.
     *
     * @return the contact point id
     */
    public abstract String contactPoint();

    /**
     * The labour-market region (or province) the routing found.
     *
     * @return the region, if any
     */
    public abstract Optional<Region> region();

    /**
     * Which step of the fallback chain found the contact point.
     *
     * @return the level, if the request was routed by a {@link HandoverRouter}
     */
    public abstract Optional<RouteLevel> routeLevel();

    /**
     * The codes of the embedder's {@link PriorityGroup priority groups} the client belongs to.
     *
     * @return a sorted set, possibly empty
     */
    @Value.NaturalOrder
    public abstract SortedSet<String> priorityGroups();

    /**
     * The session the request came from.
     *
     * @return the session id, if any
     */
    public abstract Optional<String> sessionId();

    /**
     * The plan the request is about.
     *
     * @return the reference, if any
     */
    public abstract Optional<PlanReference> plan();

    /**
     * What the client chose to share with the person who calls back.
     *
     * @return the summary, if the client shared one
     */
    public abstract Optional<SharedSummary> summary();

    @Value.Check
    protected void check() {
        Codes.requireId("handover request id", id());
        Codes.requireId("handover contact point", contactPoint());
        priorityGroups().forEach(code -> Codes.requireCode("handover priority group", code));
        sessionId().ifPresent(s -> Codes.requireId("handover session id", s));
        callbackWindow().ifPresent(w -> {
            if (w.earliest().isBefore(createdAt())) {
                throw new IllegalArgumentException("handover callback window must not start (" + w.earliest()
                        + ") before the request was made (" + createdAt() + ")");
            }
        });
        summary().flatMap(SharedSummary::handoverRequestId).ifPresent(ref -> {
            if (!ref.equals(id())) {
                throw new IllegalArgumentException("handover request '" + id() + "' carries a summary made for"
                        + " handover request '" + ref + "'");
            }
        });
    }
}
