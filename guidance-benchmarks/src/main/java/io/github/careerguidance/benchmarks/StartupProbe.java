/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The start-up of the short CLI commands against {@code java -version} on the same machine and JDK (issue #18): round
 * by round, interleaved so that all three see the same load, {@code java -version}, {@code guidance schemes list} and
 * {@code guidance journey check} of the reference journey <i>looking-for-work</i> (written to a temporary file), each
 * as a fresh process under {@code /usr/bin/time}. One unmeasured run of each command first, so that {@code
 * bin/guidance} has made its class-data-sharing archive or AOT cache. Prints one tab-separated row: the median wall
 * time of each (seconds), the two ratios to {@code java -version}, the median CPU time (user + system) of each, the
 * rounds, and the 1-minute load average before and after.
 *
 * <p>The JDK is the one {@code bin/guidance} uses: {@code $JAVA_HOME/bin/java} when {@code JAVA_HOME} is set, else
 * {@code java} on the path.
 *
 * <p>Two floors run in the same rounds, {@link StartupFloor} as a fresh process with the options {@code bin/guidance}
 * gives these commands (C1 only, Serial GC) and a class-data-sharing archive of its own: {@code floor list} (picocli,
 * a root option and a subcommand printing one line: the least under {@code schemes list}) and {@code floor read}
 * (the same, reading the journey into Jackson's YAML tree: the least under {@code journey check}). Both run from the
 * CLI's executable jar (its picocli and Jackson, ahead on the class path) and this benchmarks jar; their columns are
 * "-" when either is not a jar (the unit test). Their ratios to {@code java -version} are the least any command line
 * built on picocli and Jackson could reach on this machine.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.careerguidance.benchmarks.StartupProbe 7 bin/guidance}</pre>
 */
public final class StartupProbe {
    private static final String JOURNEY = "/io/github/careerguidance/journeys/reference/looking-for-work.yaml";

    private StartupProbe() {}

    /**
     * Runs the probe.
     *
     * @param args rounds (default 7), then the command that starts the CLI (default {@code bin/guidance})
     * @throws IOException if a temporary file cannot be written
     * @throws InterruptedException if interrupted while waiting for a process
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<String> cli = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("bin/guidance");
        run(rounds, cli, System.out);
    }

    /**
     * Measures and prints the header and the row.
     *
     * @param rounds measured runs of each command
     * @param cli the command that starts the CLI
     * @param out where the two lines go
     * @throws IOException if a temporary file cannot be written
     * @throws InterruptedException if interrupted while waiting for a process
     */
    static void run(int rounds, List<String> cli, PrintStream out) throws IOException, InterruptedException {
        String java = FreshJvm.launcher();
        Path dir = Files.createTempDirectory("startup-probe");
        Path journey = dir.resolve("looking-for-work.yaml");
        Path timing = dir.resolve("time.txt");
        try (InputStream in = StartupProbe.class.getResourceAsStream(JOURNEY)) {
            if (in == null) {
                throw new IllegalStateException("the reference journey " + JOURNEY + " is not on the class path");
            }
            Files.copy(in, journey);
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -version", List.of(java, "-version"));
        commands.put("schemes list", concat(cli, "schemes", "list"));
        commands.put("journey check", concat(cli, "journey", "check", journey.toString()));
        Map<String, List<String>> first = new LinkedHashMap<>(commands);
        Optional<Path> cliJar = cliJar(cli);
        Optional<Path> ownJar = FreshJvm.ownJar();
        if (cliJar.isPresent() && ownJar.isPresent()) {
            List<Path> classPath = List.of(cliJar.get(), ownJar.get());
            FreshJvm list = new FreshJvm(
                    java, SHORT_COMMAND_OPTIONS, classPath, StartupFloor.class.getName(), dir.resolve("list.jsa"));
            FreshJvm read = new FreshJvm(
                    java, SHORT_COMMAND_OPTIONS, classPath, StartupFloor.class.getName(), dir.resolve("read.jsa"));
            first.put("floor list", list.creating("list"));
            first.put("floor read", read.creating("read", journey.toString()));
            commands.put("floor list", list.using("list"));
            commands.put("floor read", read.using("read", journey.toString()));
        }
        try {
            for (List<String> command : first.values()) {
                time(command, timing); // makes the archive or cache; not measured
            }
            String loadBefore = load();
            Map<String, List<Double>> wall = new LinkedHashMap<>();
            Map<String, List<Double>> cpu = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Map.Entry<String, List<String>> command : commands.entrySet()) {
                    double[] t = time(command.getValue(), timing);
                    wall.computeIfAbsent(command.getKey(), k -> new ArrayList<>())
                            .add(t[0]);
                    cpu.computeIfAbsent(command.getKey(), k -> new ArrayList<>())
                            .add(t[1]);
                }
            }
            double version = median(wall.get("java -version"));
            double schemes = median(wall.get("schemes list"));
            double check = median(wall.get("journey check"));
            out.println("java -version s\tschemes list s\tjourney check s\tschemes / java\tcheck / java\t"
                    + "CPU java -version s\tCPU schemes list s\tCPU journey check s\trounds\tload before\tload after\t"
                    + "floor list s\tfloor read s\tfloor list / java\tfloor read / java");
            String floors = wall.containsKey("floor list")
                    ? String.format(
                            Locale.ROOT,
                            "%.2f\t%.2f\t%.1f\t%.1f",
                            median(wall.get("floor list")),
                            median(wall.get("floor read")),
                            median(wall.get("floor list")) / version,
                            median(wall.get("floor read")) / version)
                    : "-\t-\t-\t-";
            out.printf(
                    Locale.ROOT,
                    "%.2f\t%.2f\t%.2f\t%.1f\t%.1f\t%.2f\t%.2f\t%.2f\t%d\t%s\t%s\t%s%n",
                    version,
                    schemes,
                    check,
                    schemes / version,
                    check / version,
                    median(cpu.get("java -version")),
                    median(cpu.get("schemes list")),
                    median(cpu.get("journey check")),
                    rounds,
                    loadBefore,
                    load(),
                    floors);
        } finally {
            Files.deleteIfExists(dir.resolve("list.jsa"));
            Files.deleteIfExists(dir.resolve("read.jsa"));
            Files.deleteIfExists(journey);
            Files.deleteIfExists(timing);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The JVM options {@code bin/guidance} gives the short commands ({@code schemes}, {@code journey check}); the
     * floors run with the same.
     */
    static final List<String> SHORT_COMMAND_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * The executable jar {@code bin/guidance} runs: {@code guidance-cli/target/guidance-cli-*-all.jar} beside its
     * {@code bin} folder, when the command is {@code bin/guidance}.
     */
    static Optional<Path> cliJar(List<String> cli) {
        if (cli.size() != 1 || !Path.of(cli.get(0)).endsWith(Path.of("bin", "guidance"))) {
            return Optional.empty();
        }
        Path target = Path.of(cli.get(0))
                .toAbsolutePath()
                .getParent()
                .getParent()
                .resolve("guidance-cli")
                .resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith("guidance-cli-") && name.endsWith("-all.jar");
                    })
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    /** Wall and CPU (user + system) seconds of one run, from {@code /usr/bin/time}. */
    private static double[] time(List<String> command, Path timing) throws IOException, InterruptedException {
        List<String> run = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", timing.toString()));
        run.addAll(command);
        Process p = new ProcessBuilder(run)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("exit code " + exit + ": " + String.join(" ", command));
        }
        List<String> lines = Files.readAllLines(timing, StandardCharsets.UTF_8);
        String[] f = lines.get(lines.size() - 1).trim().split(" ");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2])};
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "-";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
