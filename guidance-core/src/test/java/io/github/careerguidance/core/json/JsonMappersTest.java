/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The mappers are built on first use, once per format, also when many threads ask at once. */
class JsonMappersTest {
    @Test
    void manyThreadsAskingFirstAllGetTheSameMapperPerFormat() throws Exception {
        for (int round = 0; round < 20; round++) {
            // options other than the defaults: a fresh instance, nothing built yet
            JsonMappers mappers = JsonMappers.of(
                    ReadOptions.builder().maxNestingDepth(50 + round).build());
            int threads = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<ObjectMapper>> asked = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    Format format = i % 2 == 0 ? Format.JSON : Format.YAML;
                    asked.add(pool.submit(() -> {
                        start.await();
                        return mappers.mapper(format);
                    }));
                }
                start.countDown();
                for (int i = 0; i < threads; i++) {
                    Format format = i % 2 == 0 ? Format.JSON : Format.YAML;
                    assertThat(asked.get(i).get()).isSameAs(mappers.mapper(format));
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(mappers.mapper(Format.YAML)).isInstanceOf(YAMLMapper.class);
            assertThat(mappers.mapper(Format.JSON))
                    .isNotInstanceOf(YAMLMapper.class)
                    .isNotSameAs(mappers.mapper(Format.YAML));
        }
    }

    @Test
    void eachMapperAppliesTheOptions() {
        JsonMappers mappers =
                JsonMappers.of(ReadOptions.builder().maxNestingDepth(3).build());
        for (Format format : Format.values()) {
            assertThat(mappers.mapper(format)
                            .tokenStreamFactory()
                            .streamReadConstraints()
                            .getMaxNestingDepth())
                    .as(format.name())
                    .isEqualTo(3);
        }
        assertThat(JsonMappers.of(ReadOptions.defaults())).isSameAs(JsonMappers.defaults());
    }
}
