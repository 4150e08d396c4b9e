/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.internal;

import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.Record;
import io.github.careerguidance.core.json.RecordReader;
import io.github.careerguidance.quality.QualityChecker;
import io.github.careerguidance.quality.QualityReport;
import io.github.careerguidance.quality.bulk.BulkChecker;
import io.github.careerguidance.quality.bulk.BulkResult;
import io.github.careerguidance.quality.registration.Professional;
import io.github.careerguidance.quality.registration.Registration;
import io.github.careerguidance.quality.scheme.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sample provider registrations shipped with the examples (invented, realistic Dutch data) and the sample
 * listing policy they are checked against: the providers page of the reference portal and the tour show them.
 *
 * <pre>{@code
 * for (SampleProviders.Checked c : SampleProviders.check(LocalDate.of(2026, 11, 28))) {
 *     System.out.println(c.label() + ": " + c.result().verdict());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SampleProviders {
    /** Where the sample files lie in the examples jar. */
    private static final String RESOURCES = "/io/github/careerguidance/examples/";
    /** The file name of the sample registrations (a JSON array) in the examples jar. */
    public static final String REGISTRATIONS = "sample-providers.json";
    /** The file name of the sample listing policy (YAML) in the examples jar. */
    public static final String POLICY = "sample-listing-policy.yaml";

    private SampleProviders() {}

    /**
     * One checked sample: the registration when it could be read, and its bulk result.
     *
     * @param registration the registration, empty when the record could not be read
     * @param result the result against the sample listing policy: verdict, report, diagnostics
     * @param marks one report per quality mark the registration claims (its professionals' register entries and
     *     its organisation's marks), checked against that built-in scheme
     * @since 0.1.0
     */
    public record Checked(Optional<Registration> registration, BulkResult result, List<QualityReport> marks) {
        /**
         * All parts are required.
         *
         * @param registration the registration
         * @param result the result
         * @param marks the reports per claimed mark
         */
        public Checked {
            Objects.requireNonNull(registration, "registration");
            Objects.requireNonNull(result, "result");
            marks = List.copyOf(marks);
        }

        /**
         * A short label: the organisation's name, else the professionals' names, else the reference.
         *
         * @return the label
         */
        public String label() {
            Optional<String> org =
                    registration.flatMap(Registration::organisation).map(o -> o.legalName());
            if (org.isPresent()) {
                return org.get();
            }
            String names = registration
                    .map(r -> r.professionals().stream()
                            .map(p -> p.name().orElse(p.id()))
                            .collect(Collectors.joining(", ")))
                    .orElse("");
            if (!names.isEmpty()) {
                return names;
            }
            return result.reference().orElse("#" + (result.index() + 1));
        }

        /**
         * The names (or ids) of the professionals.
         *
         * @return the names, possibly empty
         */
        public List<String> professionals() {
            return registration
                    .map(r -> r.professionals().stream()
                            .map(SampleProviders::name)
                            .collect(Collectors.toList()))
                    .orElse(List.of());
        }
    }

    private static List<QualityReport> marks(Optional<Registration> registration, LocalDate asOf) {
        if (registration.isEmpty()) {
            return List.of();
        }
        QualityChecker checker = QualityChecker.builtIn();
        Set<String> claimed = new LinkedHashSet<>();
        registration.get().professionals().forEach(p -> p.registrations().forEach(r -> claimed.add(r.scheme())));
        registration.get().organisation().ifPresent(o -> o.marks().forEach(m -> claimed.add(m.scheme())));
        List<QualityReport> reports = new ArrayList<>();
        for (String scheme : claimed) {
            if (checker.catalogue().scheme(scheme).isPresent()) {
                reports.add(checker.check(registration.get(), scheme, asOf));
            }
        }
        return reports;
    }

    private static String name(Professional p) {
        return p.name().orElse(p.id());
    }

    /**
     * Opens the sample registrations (a JSON array).
     *
     * @return the stream; the caller closes it
     */
    public static InputStream open() {
        InputStream in = SampleProviders.class.getResourceAsStream(RESOURCES + REGISTRATIONS);
        if (in == null) {
            throw new IllegalStateException(REGISTRATIONS + " is missing from the examples jar");
        }
        return in;
    }

    /**
     * The sample listing policy: advisers hold the Noloc RL, services are covered by a recognised register and the
     * complaints procedure names an independent body.
     *
     * @return the policy
     */
    public static Policy policy() {
        try (InputStream in = SampleProviders.class.getResourceAsStream(RESOURCES + POLICY)) {
            if (in == null) {
                throw new IllegalStateException(POLICY + " is missing from the examples jar");
            }
            return GuidanceCodec.yaml().read(in, Policy.class).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A bulk checker for the sample policy as of a date.
     *
     * @param asOf the date to check as of
     * @return the checker
     */
    public static BulkChecker checker(LocalDate asOf) {
        return BulkChecker.builder().policy(policy()).asOf(asOf).build();
    }

    /**
     * Reads and checks every sample registration against the sample policy.
     *
     * @param asOf the date to check as of
     * @return one entry per record, in file order
     */
    public static List<Checked> check(LocalDate asOf) {
        BulkChecker checker = checker(asOf);
        List<Checked> checked = new ArrayList<>();
        try (InputStream in = open();
                RecordReader<Registration> records = GuidanceCodec.json().records(in, Registration.class)) {
            while (records.hasNext()) {
                Record<Registration> record = records.next();
                Optional<Registration> registration =
                        record.isSuccessful() ? Optional.of(record.result().orElseThrow()) : Optional.empty();
                checked.add(new Checked(registration, checker.check(record), marks(registration, asOf)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(checked);
    }
}
