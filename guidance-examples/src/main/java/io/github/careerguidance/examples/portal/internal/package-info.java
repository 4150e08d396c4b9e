/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/**
 * The portal's request handling and HTML rendering; not API.
 */
package io.github.careerguidance.examples.portal.internal;
