/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal load benchmark (issue #15): the reference portal started as one or two processes from the examples'
 * runnable jar ({@code guidance serve}), and virtual visitors doing whole journeys over HTTP against it, as a browser
 * would (cookies, CSRF tokens, form posts, redirects), with H2 and, when {@code GUIDANCE_PG_URL} is set, PostgreSQL.
 * Each visitor picks a journey and answers so that its answers are its own (a text answer carries its name, choices
 * and scale points follow its number) and checks, on its plan JSON, that the session holds exactly its own path and
 * answers: any other is counted as a mix-up. Reports journeys per second, p50 and p99 per page type, errors and
 * mix-ups (over the whole run, warm-up included), as a Markdown table on standard output (and in {@code --out FILE}).
 *
 * <p>The benchmark has no compile dependency on the examples: it starts {@code java -jar JAR serve --port 0} and
 * reads the address the portal prints. Visitors stay on one process (a load balancer with sticky sessions). Two
 * processes on H2 each have their own database (H2's file lock allows one process); on PostgreSQL they share one.
 *
 * <pre>{@code
 * java -cp guidance-benchmarks/target/benchmarks.jar io.github.careerguidance.benchmarks.PortalLoad \
 *     --jar guidance-examples/target/guidance-examples-0.1.0-SNAPSHOT-all.jar --visitors 50 --seconds 30
 * }</pre>
 * Options: {@code --jar FILE} (else the system property {@code guidance.portal.jar}), {@code --visitors N} (50),
 * {@code --warmup S} (10), {@code --seconds S} (30), {@code --processes 1,2}, {@code --think-ms MS} (0: each
 * visitor sends its next request as soon as it has the answer; else a random pause of 0.5 to 1.5 times MS between
 * pages), {@code --stores h2,pg}, {@code --out FILE}.
 */
public final class PortalLoad {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern GOAL = Pattern.compile("name=\"goal\" required id=\"[^\"]+\" value=\"([^\"]+)\"");
    private static final Pattern STEP_FORM =
            Pattern.compile("<form method=\"post\" action=\"/step\".*?</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN_STEP = Pattern.compile("name=\"step\" value=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"answer\"");
    private static final Pattern ATTR = Pattern.compile("([a-z-]+)=\"([^\"]*)\"");
    private static final Pattern URI_LINE = Pattern.compile("guidance portal: (http://\\S+)");
    private static final List<String> PAGES =
            List.of("GET /", "POST /start", "GET /step", "POST /step", "GET /outcome", "GET /plan.json");

    private PortalLoad() {}

    /**
     * Runs the benchmark.
     *
     * @param args the options above
     * @throws Exception when a portal cannot be started
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        String jar = o.getOrDefault("--jar", System.getProperty("guidance.portal.jar"));
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            System.err.println("PortalLoad: give --jar guidance-examples/target/guidance-examples-VERSION-all.jar"
                    + " (build it with ./mvnw -pl guidance-examples -am package -DskipTests); got " + jar);
            System.exit(2);
        }
        int visitors = Integer.parseInt(o.getOrDefault("--visitors", "50"));
        int warmup = Integer.parseInt(o.getOrDefault("--warmup", "10"));
        int seconds = Integer.parseInt(o.getOrDefault("--seconds", "30"));
        int thinkMs = Integer.parseInt(o.getOrDefault("--think-ms", "0"));
        List<String> stores =
                new ArrayList<>(List.of(o.getOrDefault("--stores", "h2,pg").split(",")));
        String pgUrl = System.getenv("GUIDANCE_PG_URL");
        if (pgUrl == null || pgUrl.isBlank()) {
            stores.remove("pg");
        }
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "Run: %s; %d visitors, think time %s, %d s measured after %d s warm-up;"
                        + " JDK %s; %d cores; load average at start %.2f.%n%n",
                java.time.LocalDate.now(),
                visitors,
                thinkMs == 0 ? "none" : thinkMs + " ms",
                seconds,
                warmup,
                System.getProperty("java.version"),
                os.getAvailableProcessors(),
                os.getSystemLoadAverage()));
        table.append(
                "| store | processes | journeys/s | page | requests | p50 ms | p99 ms | max ms | errors | mix-ups |\n");
        table.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (String store : stores) {
            for (String n : o.getOrDefault("--processes", "1,2").split(",")) {
                Result r = run(Path.of(jar), store, pgUrl, Integer.parseInt(n), visitors, warmup, seconds, thinkMs);
                table.append(r.rows(store, Integer.parseInt(n), seconds));
                System.out.print(r.rows(store, Integer.parseInt(n), seconds));
                System.out.flush();
            }
        }
        table.append(String.format(Locale.ROOT, "%nLoad average at end %.2f.%n", os.getSystemLoadAverage()));
        System.out.println();
        System.out.print(table);
        if (o.containsKey("--out")) {
            Files.writeString(Path.of(o.get("--out")), table.toString());
        }
    }

    private static Result run(
            Path jar, String store, String pgUrl, int processes, int visitors, int warmup, int seconds, int thinkMs)
            throws Exception {
        List<Process> started = new ArrayList<>();
        List<URI> uris = new ArrayList<>();
        Path data = Files.createTempDirectory("portal-load-" + store);
        try {
            for (int p = 0; p < processes; p++) {
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "serve",
                        "--port",
                        "0"));
                ProcessBuilder pb = new ProcessBuilder();
                if (store.equals("pg")) {
                    command.addAll(List.of("--db", pgUrl));
                    String user = System.getenv("GUIDANCE_PG_USER");
                    if (user != null) {
                        pb.environment().put("GUIDANCE_DB_USER", user);
                    }
                } else {
                    command.addAll(List.of("--data-dir", data.resolve("p" + p).toString()));
                }
                pb.command(command).redirectErrorStream(true);
                Process process = pb.start();
                started.add(process);
                uris.add(awaitUri(process));
            }
            Result result = new Result();
            AtomicLong phase = new AtomicLong(); // 0 warm-up, 1 measuring, 2 stop
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            CountDownLatch done = new CountDownLatch(visitors);
            for (int v = 0; v < visitors; v++) {
                Visitor visitor = new Visitor(v, http, uris.get(v % processes), thinkMs, result, phase);
                Thread t = new Thread(
                        () -> {
                            try {
                                visitor.loop();
                            } finally {
                                done.countDown();
                            }
                        },
                        "visitor-" + v);
                t.setDaemon(true);
                t.start();
            }
            Thread.sleep(warmup * 1000L);
            phase.set(1);
            long start = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            phase.set(2);
            result.measuredNanos = System.nanoTime() - start;
            done.await(60, TimeUnit.SECONDS);
            return result;
        } finally {
            for (Process p : started) {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
    }

    private static URI awaitUri(Process process) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = URI_LINE.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(
                        () -> {
                            try {
                                while (out.readLine() != null) {
                                    // the portal's later output (warnings) is not part of the measurement
                                }
                            } catch (IOException e) {
                                // the process ended
                            }
                        },
                        "portal-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("the portal did not start:\n" + seen);
    }

    /** What the visitors measured: latencies per page type (while measuring), journeys, errors and mix-ups. */
    static final class Result {
        final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
        final AtomicInteger journeys = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final AtomicInteger mixUps = new AtomicInteger();
        final Map<String, String> firstError = new ConcurrentHashMap<>();
        long measuredNanos;

        void record(String page, long nanos) {
            micros.computeIfAbsent(page, k -> new ConcurrentLinkedQueue<>()).add(nanos / 1000);
        }

        String rows(String store, int processes, int seconds) {
            StringBuilder b = new StringBuilder();
            double perSecond = journeys.get() / (measuredNanos / 1e9);
            List<Long> steps = new ArrayList<>();
            for (String page : PAGES) {
                List<Long> l = new ArrayList<>(micros.getOrDefault(page, new ConcurrentLinkedQueue<>()));
                if (page.endsWith("/step")) {
                    steps.addAll(l);
                }
                b.append(row(store, processes, perSecond, page, l));
            }
            b.append(row(store, processes, perSecond, "step pages (GET and POST /step)", steps));
            if (!firstError.isEmpty()) {
                b.append("\n(first errors: ").append(new TreeMap<>(firstError)).append(")\n");
            }
            return b.toString();
        }

        private String row(String store, int processes, double perSecond, String page, List<Long> l) {
            Collections.sort(l);
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %s | %d | %.1f | %.1f | %.1f | %d | %d |%n",
                    store,
                    processes,
                    perSecond,
                    page,
                    l.size(),
                    pct(l, 0.50),
                    pct(l, 0.99),
                    l.isEmpty() ? 0.0 : l.get(l.size() - 1) / 1000.0,
                    errors.get(),
                    mixUps.get());
        }

        private static double pct(List<Long> sorted, double q) {
            if (sorted.isEmpty()) {
                return 0;
            }
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1000.0;
        }
    }

    /** One virtual visitor: its own cookies, journeys one after another, each checked on its plan JSON. */
    static final class Visitor {
        private static final JsonMapper JSON = JsonMapper.builder().build();
        private final int id;
        private final HttpClient http;
        private final URI base;
        private final int thinkMs;
        private final Result result;
        private final AtomicLong phase;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private int journey;

        Visitor(int id, HttpClient http, URI base, int thinkMs, Result result, AtomicLong phase) {
            this.id = id;
            this.http = http;
            this.base = base;
            this.thinkMs = thinkMs;
            this.result = result;
            this.phase = phase;
        }

        void loop() {
            while (phase.get() < 2) {
                try {
                    boolean mine = journey();
                    if (phase.get() == 1) { // journeys/s: the journeys that ended while measuring
                        result.journeys.incrementAndGet();
                    }
                    if (!mine) { // errors and mix-ups: over the whole run, warm-up included
                        result.mixUps.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    if (phase.get() < 2) {
                        result.errors.incrementAndGet();
                        result.firstError.putIfAbsent(e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                    }
                    cookies.clear();
                }
                journey++;
            }
        }

        /** One whole journey; true when the plan JSON holds exactly this visitor's path and answers. */
        private boolean journey() {
            String intake = expect(send("GET /", get("/")), 200).body();
            List<String> goals = all(GOAL, intake);
            if (goals.isEmpty()) {
                throw new IllegalStateException("no journeys offered on the start page");
            }
            String goal = goals.get(Math.floorMod(id + journey, goals.size()));
            expect(send("POST /start", post("/start", form("goal", goal, "csrf", csrf(intake)))), 303);
            List<String> path = new ArrayList<>();
            Map<String, String> answers = new LinkedHashMap<>();
            for (int n = 0; n < 80; n++) {
                String page = expect(send("GET /step", get("/step")), 200).body();
                Matcher f = STEP_FORM.matcher(page);
                if (!f.find()) {
                    throw new IllegalStateException("a step page without its form");
                }
                String stepForm = f.group();
                String step = first(HIDDEN_STEP, stepForm);
                path.add(step);
                List<String> fields = new ArrayList<>(List.of("csrf", csrf(page), "step", step, "action", "next"));
                fill(stepForm, step, fields, answers);
                HttpResponse<String> next =
                        expect(send("POST /step", post("/step", form(fields.toArray(String[]::new)))), 303);
                String location = next.headers().firstValue("Location").orElse("");
                if (location.startsWith("/outcome")) {
                    break;
                }
            }
            expect(send("GET /outcome", get("/outcome")), 200);
            String plan = expect(send("GET /plan.json", get("/plan.json")), 200).body();
            return mine(plan, path, answers);
        }

        /** Answers a step form: the n-th choice by this visitor's number, a scale point by item, a text with its name. */
        private void fill(String stepForm, String step, List<String> fields, Map<String, String> answers) {
            Map<String, List<String>> radios = new LinkedHashMap<>();
            String number = null;
            for (Matcher m = INPUT.matcher(stepForm); m.find(); ) {
                Map<String, String> a = attrs(m.group(1));
                String type = a.getOrDefault("type", "");
                if (type.equals("radio") || type.equals("checkbox")) {
                    radios.computeIfAbsent(a.get("name"), k -> new ArrayList<>())
                            .add(a.get("value"));
                } else if (type.equals("number")) {
                    number = a.getOrDefault("min", "1");
                }
            }
            int i = 0;
            for (Map.Entry<String, List<String>> group : radios.entrySet()) {
                List<String> values = group.getValue();
                String value = values.get(Math.floorMod(id * 7 + journey + i++, values.size()));
                fields.add(group.getKey());
                fields.add(value);
                if (group.getKey().equals("answer")) {
                    answers.put(step, value);
                }
            }
            if (number != null) {
                fields.add("answer");
                fields.add(number);
                answers.put(step, number);
            }
            if (TEXTAREA.matcher(stepForm).find()) {
                String text = "visitor-" + id + "-journey-" + journey;
                fields.add("answer");
                fields.add(text);
                answers.put(step, text);
            }
        }

        /** Whether the plan holds exactly this visitor's path and each of its answers under its step. */
        static boolean mine(String plan, List<String> path, Map<String, String> answers) {
            JsonNode root = JSON.readTree(plan);
            List<String> stored = new ArrayList<>();
            root.path("path").forEach(n -> stored.add(n.asString()));
            List<String> expected = new ArrayList<>(path);
            // the stored path may or may not list the outcome step the visitor landed on
            if (!(stored.equals(expected)
                    || stored.equals(expected.subList(0, Math.max(0, expected.size() - 1)))
                    || (stored.size() == expected.size() + 1
                            && stored.subList(0, expected.size()).equals(expected)))) {
                return false;
            }
            JsonNode given = root.path("answers");
            for (Map.Entry<String, String> a : answers.entrySet()) {
                JsonNode answer = given.path(a.getKey());
                if (answer.isMissingNode() || !answer.toString().contains(a.getValue())) {
                    return false;
                }
            }
            return given.size() == answers.size();
        }

        private HttpResponse<String> send(String page, HttpRequest.Builder request) {
            think();
            if (!cookies.isEmpty()) {
                StringBuilder c = new StringBuilder();
                cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(v));
                request.header("Cookie", c.toString());
            }
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(
                        request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(page + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long nanos = System.nanoTime() - start;
            if (phase.get() == 1) {
                result.record(page, nanos);
            }
            for (String c : response.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            return response;
        }

        private void think() {
            if (thinkMs > 0) {
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(thinkMs / 2, thinkMs * 3L / 2 + 1));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).GET();
        }

        private HttpRequest.Builder post(String path, String body) {
            return HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base.getScheme() + "://" + base.getRawAuthority())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }

        private static HttpResponse<String> expect(HttpResponse<String> r, int status) {
            if (r.statusCode() != status) {
                throw new IllegalStateException(r.request().method() + " "
                        + r.uri().getPath() + " answered " + r.statusCode() + " instead of " + status);
            }
            return r;
        }

        private static String csrf(String page) {
            return first(CSRF, page);
        }

        private static String first(Pattern p, String text) {
            Matcher m = p.matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("not on the page: " + p.pattern());
            }
            return m.group(1);
        }

        private static List<String> all(Pattern p, String text) {
            List<String> found = new ArrayList<>();
            for (Matcher m = p.matcher(text); m.find(); ) {
                found.add(m.group(1));
            }
            return found;
        }

        private static Map<String, String> attrs(String tag) {
            Map<String, String> a = new LinkedHashMap<>();
            for (Matcher m = ATTR.matcher(tag); m.find(); ) {
                a.put(m.group(1), m.group(2).replace("&amp;", "&"));
            }
            return a;
        }

        private static String form(String... fields) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i + 1 < fields.length; i += 2) {
                b.append(b.length() == 0 ? "" : "&")
                        .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return b.toString();
        }
    }
}
