/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Warm handover to a person: a contact request becomes a {@link
 * io.github.careerguidance.journeys.handover.HandoverRequest} (why, support level, preferred channel, callback
 * window in business days, the contact point it was routed to, priority groups, an optional shared summary),
 * routed by postcode or labour-market region with fallbacks ({@link
 * io.github.careerguidance.journeys.handover.HandoverRouter} over the embedder's {@link
 * io.github.careerguidance.journeys.handover.RoutingTable}) and handed to a {@link
 * io.github.careerguidance.journeys.handover.spi.HandoverSink}: the in-memory and JSON Lines sinks of the {@code sink}
 * package, or the
 * embedder's own.
 *
 * <p>Peers (research notes {@code shared/research/peer-portals.md} §1): England's National Careers Service routes
 * advice requests by postcode to regional contractors, falling back from the full postcode to the outward code to
 * a fallback mailbox; it records transfers with the requested and actual callback time, and flags priority groups.
 * The Netherlands has 35 Leerwerkloketten, one per labour-market region
 * ({@code models-and-portals.md}, https://www.leerwerkloket.nl/about-us). guidance ships <b>no</b> postcode,
 * region or contact-point data and no priority groups: the research gives no postcode-to-region table and no Dutch
 * list of priority groups, so both are the embedder's data.
 *
 * <p>Privacy: a postcode is used only while routing; a handover request never holds it, only the region code and
 * contact point it led to.
 */
@Beta
package io.github.careerguidance.journeys.handover;

import io.github.careerguidance.core.meta.Beta;
