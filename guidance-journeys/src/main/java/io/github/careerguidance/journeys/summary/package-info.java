/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * A summary the client chooses to share with a professional: {@link
 * io.github.careerguidance.journeys.summary.SharedSummary} holds only what a {@link
 * io.github.careerguidance.journeys.summary.ShareConsent} allows (everything else is absent, not masked), expires,
 * and is signed with Ed25519 ({@link io.github.careerguidance.journeys.summary.SummarySigner}) so a professional's
 * system can check it came unaltered from the portal and has not expired or been revoked ({@link
 * io.github.careerguidance.journeys.summary.SummaryVerifier}).
 *
 * <p>Peer: Finland's JOD share link lets the user choose which profile parts to share, adds a note for the
 * counsellor, and expires at most a year ahead (research notes {@code shared/research/peer-portals.md} §2). How
 * long a summary lives here is the embedder's choice; guidance sets no default.
 */
@Beta
package io.github.careerguidance.journeys.summary;

import io.github.careerguidance.core.meta.Beta;
