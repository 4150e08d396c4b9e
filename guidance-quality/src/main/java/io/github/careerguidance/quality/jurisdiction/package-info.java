/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Jurisdiction profiles as cited data: for the Netherlands, Scotland, Finland, Denmark and Estonia, what the research
 * notes say about the right to guidance, its cost, the national quality standard, practitioner qualification and
 * public services, and which schemes apply. A topic the notes do not cover is modelled as unknown, with a note.
 */
package io.github.careerguidance.quality.jurisdiction;
