/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks.peers;

import io.github.careerguidance.core.contact.ContactChannel;
import java.time.Instant;
import java.util.Optional;

/**
 * One channel of the contact offer: whether it is open now and, when closed, when it opens next.
 *
 * @param channel the channel
 * @param open whether it is open at the instant of the decision
 * @param nextOpening when it opens next, if closed
 */
public record Offered(ContactChannel channel, boolean open, Optional<Instant> nextOpening) {}
