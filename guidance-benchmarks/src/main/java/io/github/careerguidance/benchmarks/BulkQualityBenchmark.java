/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.Record;
import io.github.careerguidance.core.json.RecordReader;
import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkSummary;
import io.github.careerguidance.quality.internal.AccessorPropertyStrategy;
import io.github.careerguidance.quality.registration.ImmutableRegistration;
import io.github.careerguidance.quality.registration.Registration;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk quality check of an NDJSON file of generated registrations, against the limit and the peers, in one run.
 * Scores are records per second (each invocation handles the whole file).
 *
 * <ul>
 *   <li>{@code tokensOnly}: Jackson 3 token streaming of the file, nothing built: the limit.
 *   <li>{@code jacksonBind}: plain Jackson 3 binding of every line into the SDK's {@code Registration} type, no check.
 *   <li>{@code jacksonBindAndBeanValidation}: the same plus Hibernate Validator on each record (what a developer
 *       would otherwise write).
 *   <li>{@code sdkRecordsNoCheck}: the SDK's streaming reader ({@code GuidanceCodec.records}), no check.
 *   <li>{@code sdkBulkCheck}: {@code BulkChecker}: read, validate structurally, check against the built-in
 *       Register Loopbaanprofessional scheme, one result per record.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BulkQualityBenchmark {
    /** Records in the generated file; the score is per record. */
    public static final int RECORDS = 100_000;

    @Param({"100000"})
    int records;

    private Path file;
    private ObjectMapper plain;
    private BulkChecker checker;
    /** Plain Hibernate Validator, configured as the SDK's (accessors as properties), without the SDK's pre-screen. */
    private Validator validator;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = RegistrationFiles.write(Files.createTempFile("registraties", ".ndjson"), records, 42);
        plain = JsonMapper.builder().build();
        checker = BulkChecker.builder()
                .scheme("noloc-rl")
                .asOf(LocalDate.of(2026, 11, 28))
                .build();
        validator = Validation.byProvider(HibernateValidator.class)
                .configure()
                .getterPropertySelectionStrategy(new AccessorPropertyStrategy())
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long tokensOnly() throws IOException {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = plain.createParser(in)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void jacksonBind(Blackhole bh) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<ImmutableRegistration> it =
                        plain.readerFor(ImmutableRegistration.class).readValues(in)) {
            while (it.hasNext()) {
                bh.consume(it.next());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void jacksonBindAndBeanValidation(Blackhole bh) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                MappingIterator<ImmutableRegistration> it =
                        plain.readerFor(ImmutableRegistration.class).readValues(in)) {
            while (it.hasNext()) {
                bh.consume(validator.validate(it.next()));
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public void sdkRecordsNoCheck(Blackhole bh) {
        try (RecordReader<Registration> it = GuidanceCodec.json().records(file, Registration.class)) {
            while (it.hasNext()) {
                Record<Registration> r = it.next();
                bh.consume(r.result());
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public BulkSummary sdkBulkCheck(Blackhole bh) {
        return checker.check(file, bh::consume);
    }
}
