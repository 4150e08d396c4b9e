/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * Resume codes: a short {@linkplain io.github.careerguidance.core.resume.ResumeCode code} (Crockford base32 with a
 * check character that catches every single-character error and every adjacent swap) that a visitor writes down or
 * reads over the phone to come back to a session without an account, with constant-time comparison and
 * {@linkplain io.github.careerguidance.core.resume.IssuedResumeCode expiry}. Storing the session under the code and
 * limiting attempts are the embedder's.
 *
 * <p>{@link io.github.careerguidance.core.meta.Beta @Beta}: a young API.
 */
@Beta
package io.github.careerguidance.core.resume;

import io.github.careerguidance.core.meta.Beta;
