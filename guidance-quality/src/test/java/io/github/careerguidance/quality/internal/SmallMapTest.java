/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The outcome's small array map behaves as the {@link LinkedHashMap} it replaces (QuickTheories, over generated
 * sequences of puts, put-if-absents and lookups with repeated keys and null values): same entries in the same order,
 * same lookups, equal both ways, same hash code and text; and {@link SmallMap#of} fills as
 * {@link QualityMessages#args} does.
 */
class SmallMapTest {
    private static final String[] KEYS = {
        "scheme",
        "status",
        "validFrom",
        "validUntil",
        "expiry",
        "level",
        "registerNumber",
        "year",
        "amount",
        "unit",
        "evidence",
        "rule",
        "detail",
        "Scheme",
        ""
    };

    @Test
    void behavesAsALinkedHashMap() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            SmallMap<Object> small = new SmallMap<>();
            Map<String, Object> linked = new LinkedHashMap<>();
            for (int i = 0, n = random.nextInt(25); i < n; i++) {
                String key = new String(KEYS[random.nextInt(KEYS.length)]); // equal, not the same instance
                Object value = value(random);
                switch (random.nextInt(4)) {
                    case 0:
                        assertThat(small.putIfAbsent(key, value)).isEqualTo(linked.putIfAbsent(key, value));
                        break;
                    case 1:
                        assertThat(small.get(key)).isEqualTo(linked.get(key));
                        assertThat(small.containsKey(key)).isEqualTo(linked.containsKey(key));
                        break;
                    default:
                        assertThat(small.put(key, value)).isEqualTo(linked.put(key, value));
                }
            }
            assertThat(new ArrayList<>(small.entrySet())).containsExactlyElementsOf(linked.entrySet());
            List<Object> order = new ArrayList<>();
            small.forEach((k, v) -> {
                order.add(k);
                order.add(v);
            });
            List<Object> expected = new ArrayList<>();
            linked.forEach((k, v) -> {
                expected.add(k);
                expected.add(v);
            });
            assertThat(order).isEqualTo(expected);
            assertThat(small).isEqualTo(linked);
            assertThat(linked).isEqualTo(small);
            assertThat(small.hashCode()).isEqualTo(linked.hashCode());
            assertThat(small.toString()).isEqualTo(linked.toString());
            assertThat(small.size()).isEqualTo(linked.size());
            assertThat(small.isEmpty()).isEqualTo(linked.isEmpty());
            assertThat(small.get(null)).isNull();
            assertThat(small.containsKey(null)).isFalse();
            assertThat(small.get("absent")).isNull();
        });
    }

    @Test
    void fillsAsQualityMessagesArgs() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            Object[] pairs = new Object[random.nextInt(12)];
            for (int i = 0; i < pairs.length; i++) {
                pairs[i] = i % 2 == 0 && random.nextInt(8) != 0 ? KEYS[random.nextInt(KEYS.length)] : value(random);
            }
            Map<String, Object> expected = QualityMessages.args(pairs);
            SmallMap<Object> actual = SmallMap.of(pairs);
            assertThat(new ArrayList<>(actual.entrySet())).containsExactlyElementsOf(expected.entrySet());
            assertThat(actual).isEqualTo(expected);
            assertThat(QualityMessages.text("quality.rule.registration.valid", actual))
                    .isEqualTo(QualityMessages.text("quality.rule.registration.valid", expected));
        });
    }

    private static Object value(Random random) {
        switch (random.nextInt(6)) {
            case 0:
                return null;
            case 1:
                return random.nextInt(100);
            case 2:
                return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000));
            case 3:
                return "RL-" + random.nextInt(10_000);
            case 4:
                return List.of("noloc", "cdi");
            default:
                return KEYS[random.nextInt(KEYS.length)];
        }
    }
}
