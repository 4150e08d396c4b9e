/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.handover.sink;

import io.github.careerguidance.core.meta.Beta;
import io.github.careerguidance.journeys.handover.HandoverRequest;
import io.github.careerguidance.journeys.handover.spi.HandoverException;
import io.github.careerguidance.journeys.handover.spi.HandoverReceipt;
import io.github.careerguidance.journeys.handover.spi.HandoverSink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A sink that keeps requests in memory, in arrival order: for tests, demos and a portal's first steps. Requests
 * are lost when the process ends.
 *
 * <p>Thread-safe. Idempotent: an equal request with a known id gets its first receipt again; a different request
 * with a known id is refused with {@link HandoverException.Reason#DUPLICATE_ID}.
 *
 * @since 0.1.0
 */
@Beta
public final class InMemoryHandoverSink implements HandoverSink {
    private final Clock clock;
    private final Map<String, HandoverRequest> requests = new LinkedHashMap<>();
    private final Map<String, HandoverReceipt> receipts = new LinkedHashMap<>();

    /**
     * A sink that dates receipts by a clock.
     *
     * @param clock the clock
     */
    public InMemoryHandoverSink(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A sink that dates receipts by the system clock in UTC. */
    public InMemoryHandoverSink() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized HandoverReceipt accept(HandoverRequest request) throws HandoverException {
        Objects.requireNonNull(request, "request");
        HandoverRequest known = requests.get(request.id());
        if (known != null) {
            if (known.equals(request)) {
                return receipts.get(request.id());
            }
            throw new HandoverException(
                    HandoverException.Reason.DUPLICATE_ID,
                    request.id(),
                    "another request with id '" + request.id() + "' was taken before",
                    null);
        }
        HandoverReceipt receipt = HandoverReceipt.builder()
                .requestId(request.id())
                .acceptedAt(clock.instant())
                .reference("memory:" + (requests.size() + 1))
                .build();
        requests.put(request.id(), request);
        receipts.put(request.id(), receipt);
        return receipt;
    }

    /**
     * The requests taken, in arrival order.
     *
     * @return an unmodifiable copy
     */
    public synchronized List<HandoverRequest> requests() {
        return List.copyOf(new ArrayList<>(requests.values()));
    }

    /**
     * The requests taken that match a condition, in arrival order.
     *
     * @param condition such as {@code r -> r.contactPoint().equals("loket-noord")}
     * @return an unmodifiable list
     */
    public synchronized List<HandoverRequest> requests(Predicate<? super HandoverRequest> condition) {
        Objects.requireNonNull(condition, "condition");
        return requests.values().stream().filter(condition).toList();
    }

    /**
     * A request by id.
     *
     * @param id the id
     * @return the request, if taken
     */
    public synchronized Optional<HandoverRequest> find(String id) {
        return Optional.ofNullable(requests.get(id));
    }

    /**
     * The number of requests taken.
     *
     * @return the count
     */
    public synchronized int size() {
        return requests.size();
    }

    @Override
    public synchronized String toString() {
        return "InMemoryHandoverSink[" + requests.size() + " requests]";
    }
}
