/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The reference portal's adviser accounts: names, the regions each adviser serves, and Argon2id password hashes, read
 * from a file or the environment ({@code guidance serve --advisers FILE}, {@code GUIDANCE_ADVISERS}).
 */
package io.github.careerguidance.examples.portal.adviser;
