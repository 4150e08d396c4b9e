package io.github.careerguidance.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.RecordReader;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkResult;
import io.github.careerguidance.quality.bulk.BulkSummary;
import io.github.careerguidance.quality.registration.ImmutableRegistration;
import io.github.careerguidance.quality.registration.Registration;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/** The benchmark's contestants do the same work on the same input: CI runs this, not the benchmark. */
class BulkQualityEquivalenceTest {
    @Test
    void everyContestantSeesTheSameRecords(@TempDir Path dir) throws Exception {
        Path file = RegistrationFiles.write(dir.resolve("r.ndjson"), 300, 42);
        List<Registration> plain = new ArrayList<>();
        try (MappingIterator<ImmutableRegistration> it = JsonMapper.builder()
                .build()
                .readerFor(ImmutableRegistration.class)
                .readValues(file.toFile())) {
            it.forEachRemaining(plain::add);
        }
        List<Registration> sdk = new ArrayList<>();
        try (RecordReader<Registration> it = GuidanceCodec.json().records(file, Registration.class)) {
            it.forEachRemaining(r -> sdk.add(r.result().orElseThrow()));
        }
        assertThat(sdk).hasSize(300).isEqualTo(plain);

        LocalDate asOf = LocalDate.of(2026, 11, 28);
        List<BulkResult> results = new ArrayList<>();
        BulkSummary summary =
                BulkChecker.builder().scheme("noloc-rl").asOf(asOf).build().check(file, results::add);
        assertThat(summary.records()).isEqualTo(300);
        assertThat(summary.unreadable()).isZero();
        QualityChecker checker = QualityChecker.builtIn();
        for (int i = 0; i < 300; i += 37) {
            assertThat(results.get(i).report().orElseThrow()).isEqualTo(checker.check(sdk.get(i), "noloc-rl", asOf));
        }
        // the generated data exercises more than one verdict
        assertThat(summary.verdicts().pass() + summary.verdicts().warning()).isPositive();
        assertThat(summary.verdicts().fail() + summary.verdicts().notAssessable())
                .isPositive();
    }
}
