/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Generates NDJSON files of realistic Dutch provider registrations (a loopbaanpraktijk with one or two advisers,
 * RL, BKA or RJ entries, PE-punten, intervisie, clients per year), seeded so that every run measures the same
 * input. Invented data: KvK numbers, postcodes and register numbers have the right shape but belong to nobody.
 */
public final class RegistrationFiles {
    private static final String[] CITIES = {
        "Utrecht", "Amsterdam", "Rotterdam", "Zwolle", "Eindhoven", "Groningen", "Arnhem"
    };
    private static final String[] SCHEMES = {"noloc-rl", "noloc-rl", "noloc-rl", "register-bka", "noloc-rj"};
    private static final String[] SERVICES = {
        "looking-for-work", "must-retrain", "became-unemployed", "switching-careers"
    };

    private RegistrationFiles() {}

    /**
     * Writes {@code count} registrations, one per line.
     *
     * @param file the target
     * @param count how many
     * @param seed the random seed
     * @return the file
     */
    public static Path write(Path file, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(registration(i, random));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * One registration as a single line of JSON.
     *
     * @param i its number
     * @param random the source of variation
     * @return the JSON
     */
    public static String registration(int i, SplittableRandom random) {
        String city = CITIES[random.nextInt(CITIES.length)];
        StringBuilder sb = new StringBuilder(900);
        sb.append("{\"reference\":\"2026-")
                .append(100000 + i)
                .append("\",\"organisation\":{")
                .append("\"legalName\":\"Loopbaanpraktijk ")
                .append(city)
                .append(' ')
                .append(i)
                .append(" B.V.\",")
                .append("\"kvkNumber\":\"")
                .append(10000000 + random.nextInt(89999999))
                .append("\",")
                .append("\"address\":{\"street\":\"Oudegracht\",\"houseNumber\":\"")
                .append(1 + random.nextInt(300))
                .append("\",\"postcode\":\"")
                .append(1000 + random.nextInt(8999))
                .append(" AB\",\"city\":\"")
                .append(city)
                .append("\"},")
                .append("\"services\":[\"")
                .append(SERVICES[random.nextInt(SERVICES.length)])
                .append("\"],")
                .append(
                        "\"complaintsProcedure\":{\"internal\":true,\"independentBody\":\"Raad voor Klachtenbehandeling (Noloc)\"},")
                .append("\"codeOfConduct\":\"noloc-gedragscode\"},\"professionals\":[");
        int advisers = 1 + random.nextInt(2);
        for (int a = 0; a < advisers; a++) {
            if (a > 0) {
                sb.append(',');
            }
            String scheme = SCHEMES[random.nextInt(SCHEMES.length)];
            LocalDate from = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1400));
            LocalDate until = from.plusYears(4).minusDays(1);
            sb.append("{\"id\":\"adviseur-")
                    .append(a + 1)
                    .append("\",\"services\":[\"looking-for-work\"],")
                    .append("\"registrations\":[{\"scheme\":\"")
                    .append(scheme)
                    .append("\",\"registerNumber\":\"")
                    .append(scheme.startsWith("noloc") ? "RL-" : "BKA-")
                    .append(1000 + random.nextInt(9000))
                    .append("\",\"status\":\"active\",\"validFrom\":\"")
                    .append(from)
                    .append("\",\"validUntil\":\"")
                    .append(until)
                    .append("\"}],")
                    .append("\"education\":[{\"nlqfLevel\":")
                    .append(5 + random.nextInt(3))
                    .append(",\"field\":\"mens-en-organisatie\",\"kind\":\"diploma\"}],")
                    .append("\"experience\":{\"hours\":")
                    .append(600 + random.nextInt(9000))
                    .append(",\"years\":")
                    .append(1 + random.nextInt(20))
                    .append("},")
                    .append("\"cpd\":[{\"from\":\"")
                    .append(from)
                    .append("\",\"until\":\"")
                    .append(until.minusMonths(1))
                    .append("\",\"pePoints\":")
                    .append(40 + random.nextInt(60))
                    .append("}],")
                    .append("\"reflection\":[{\"from\":\"")
                    .append(from)
                    .append("\",\"until\":\"")
                    .append(until.minusMonths(1))
                    .append("\",\"intervisie\":")
                    .append(random.nextInt(5))
                    .append(",\"supervisie\":")
                    .append(random.nextInt(2))
                    .append("}],\"clients\":[{\"year\":2025,\"clients\":")
                    .append(5 + random.nextInt(40))
                    .append("}],")
                    .append("\"codeOfConduct\":\"noloc-gedragscode\",\"documents\":[\"cv\"]}");
        }
        sb.append("]}");
        return sb.toString();
    }
}
