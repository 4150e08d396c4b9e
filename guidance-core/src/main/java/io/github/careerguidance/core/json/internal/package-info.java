/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Implementation details of {@code core.json} for other modules of the SDK: the read limits as Jackson
 * constraints. Not API: may change in any release. Depends on {@code core.json}, never the other way round.
 */
package io.github.careerguidance.core.json.internal;
