/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Bulk checking: a JSON array, NDJSON or CSV file of registrations is streamed record by record with constant
 * memory, each record is validated and checked against a policy as of a date, and one {@link
 * io.github.careerguidance.quality.bulk.BulkResult} per input record goes to a sink; reports as NDJSON, tidy CSV or
 * text, with a {@link io.github.careerguidance.quality.bulk.BulkSummary} per scheme.
 */
package io.github.careerguidance.quality.bulk;
