/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PersistentStructuresTest {
    private static final List<String> STEPS = List.of(
            "welkom",
            "q-situatie",
            "q-uren",
            "q-sector",
            "q-zeker",
            "q-ervaring",
            "q-vangnet",
            "contact-kort",
            "zelftest",
            "info-opties",
            "q-richting",
            "q-waarden",
            "q-regio",
            "q-reistijd",
            "info-regio",
            "q-scholing",
            "q-budget",
            "q-tijd",
            "q-netwerk",
            "plan");

    /** Operation codes: 0..2 append to the latest list, 3 drop the last, 4 append to an older list (a branch). */
    @Test
    void appendListBehavesLikeCopiedListsUnderAnyHistory() {
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, 4)).ofSizeBetween(0, 120))
                .checkAssert(ops -> {
                    List<AppendList<String>> versions = new ArrayList<>();
                    List<List<String>> models = new ArrayList<>();
                    versions.add(AppendList.empty());
                    models.add(List.of());
                    for (int i = 0; i < ops.size(); i++) {
                        int op = ops.get(i);
                        int from = op == 4 ? i / 2 % versions.size() : versions.size() - 1;
                        AppendList<String> base = versions.get(from);
                        List<String> model = new ArrayList<>(models.get(from));
                        if (op == 3 && !model.isEmpty()) {
                            versions.add(base.dropLast());
                            model.remove(model.size() - 1);
                        } else {
                            versions.add(base.append("stap-" + i));
                            model.add("stap-" + i);
                        }
                        models.add(model);
                    }
                    for (int v = 0; v < versions.size(); v++) {
                        assertThat(versions.get(v)).isEqualTo(models.get(v));
                        assertThat(versions.get(v).hashCode())
                                .isEqualTo(models.get(v).hashCode());
                    }
                });
    }

    @Test
    void appendListIsImmutableAndChecksIndexes() {
        AppendList<String> list = AppendList.<String>empty().append("welkom").append("q-uren");
        assertThat(list.last()).isEqualTo("q-uren");
        assertThat(AppendList.copyOf(List.of("a", "b"))).containsExactly("a", "b");
        assertThat(AppendList.copyOf(list)).isSameAs(list);
        assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> AppendList.empty().dropLast()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> list.append(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void threadsAppendingToTheSameListEachSeeTheirOwnElement() throws InterruptedException {
        for (int round = 0; round < 200; round++) {
            AppendList<String> base =
                    AppendList.<String>empty().append("a").append("b").append("c");
            CountDownLatch go = new CountDownLatch(1);
            AtomicReference<AppendList<String>> left = new AtomicReference<>();
            AtomicReference<AppendList<String>> right = new AtomicReference<>();
            Thread t1 = new Thread(() -> {
                await(go);
                left.set(base.append("links"));
            });
            Thread t2 = new Thread(() -> {
                await(go);
                right.set(base.append("rechts"));
            });
            t1.start();
            t2.start();
            go.countDown();
            t1.join();
            t2.join();
            assertThat(left.get()).containsExactly("a", "b", "c", "links");
            assertThat(right.get()).containsExactly("a", "b", "c", "rechts");
            assertThat(base).containsExactly("a", "b", "c");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void stepMapBehavesLikeAMapUnderAnyHistory() {
        StepKeys keys = StepKeys.of(STEPS);
        qt().withExamples(300)
                .forAll(lists().of(integers().between(0, STEPS.size() + 2)).ofSizeBetween(0, 60))
                .checkAssert(ops -> {
                    StepMap<Integer> map = StepMap.empty(keys);
                    Map<String, Integer> model = new LinkedHashMap<>();
                    for (int i = 0; i < ops.size(); i++) {
                        String key = ops.get(i) < STEPS.size() ? STEPS.get(ops.get(i)) : "extra-" + ops.get(i);
                        StepMap<Integer> before = map;
                        Map<String, Integer> modelBefore = new LinkedHashMap<>(model);
                        map = map.with(key, i);
                        model.put(key, i);
                        assertThat(before).isEqualTo(modelBefore);
                    }
                    assertThat(map).isEqualTo(model).hasSameHashCodeAs(model);
                    assertThat(map.size()).isEqualTo(model.size());
                    assertThat(StepMap.copyOf(keys, model)).isEqualTo(model);
                    for (String step : STEPS) {
                        assertThat(map.get(step)).isEqualTo(model.get(step));
                        assertThat(map.containsKey(step)).isEqualTo(model.containsKey(step));
                    }
                });
    }

    @Test
    void stepMapIteratesInStepOrderAndIsImmutable() {
        StepKeys keys = StepKeys.of(STEPS);
        StepMap<String> map = StepMap.<String>empty(keys)
                .with("q-uren", "32")
                .with("welkom", "ja")
                .with("elders", "x");
        assertThat(map.keySet()).containsExactly("welkom", "q-uren", "elders");
        assertThat(map.get(3)).isNull();
        assertThat(StepMap.copyOf(keys, map)).isEqualTo(map).isNotSameAs(map);
        StepMap<String> known = StepMap.<String>empty(keys).with("q-uren", "32");
        assertThat(StepMap.copyOf(keys, known)).isSameAs(known);
        assertThatThrownBy(() -> map.put("plan", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.with("plan", null)).isInstanceOf(NullPointerException.class);
    }
}
