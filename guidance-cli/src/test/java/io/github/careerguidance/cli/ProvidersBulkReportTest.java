/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.careerguidance.core.json.GuidanceCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #16, bulk: compact JSON, --summary, --warn-days and the HTML report of a bulk run. */
class ProvidersBulkReportTest extends CliTestSupport {
    @TempDir
    Path dir;

    private Path ndjson;

    @BeforeEach
    void writeFile() throws IOException {
        ndjson = dir.resolve("registraties.ndjson");
        Files.writeString(
                ndjson, VALID + "\n{\"reference\": \n" + VALID.replace("2026-0050", "2026-0051<script>") + "\n");
    }

    @Test
    void jsonIsCompactOneParsableLinePerRegistration() {
        run(
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28",
                "--format",
                "json");
        List<String> lines = out.lines().collect(Collectors.toList());
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> record =
                    GuidanceCodec.json().read(lines.get(i), Map.class).orElseThrow();
            assertThat(record).containsEntry("index", i).containsKey("verdict");
        }
        assertThat(lines.get(1))
                .contains("\"diagnostics\":[{\"severity\":\"ERROR\"")
                .contains("\"line\":2");
        assertThat(lines.get(0)).contains("\"reference\":\"2026-0050\"").doesNotContain("\"evidence\"");
        run(
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28",
                "--format",
                "json-full");
        assertThat(out.lines().findFirst().orElseThrow()).contains("\"evidence\"");
    }

    @Test
    void summaryWritesOnlyTheTotals() {
        run(
                "--lang",
                "en",
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28",
                "--summary");
        assertThat(out)
                .startsWith("Summary: 3 records, 1 unreadable")
                .contains("noloc-rl:")
                .doesNotContain("#0");
        run(
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28",
                "--summary",
                "--format",
                "json");
        assertThat(out).contains("\"records\" : 3").doesNotContain("\"index\"");
    }

    @Test
    void theWarningWindowIsSetFromTheCommandLine() {
        // VALID expires on 2025-05-31: 150 days after 2025-01-01, outside the default 60 days, inside 200
        run(
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2025-01-01",
                "--format",
                "json");
        String defaultWindow = out.lines().findFirst().orElseThrow();
        run(
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2025-01-01",
                "--format",
                "json",
                "--warn-days",
                "200");
        String wide = out.lines().findFirst().orElseThrow();
        assertThat(defaultWindow).doesNotContain("\"verdict\":\"warning\"");
        assertThat(wide).contains("\"verdict\":\"warning\"");
        assertThat(run("providers", "check", ndjson.toString(), "--scheme", "noloc-rl", "--warn-days", "-1"))
                .isEqualTo(GuidanceCli.UNUSABLE);
        assertThat(err).contains("--warn-days must be 0 or more");
    }

    @Test
    void theHtmlReportIsSelfContainedAccessibleAndEscaped() throws IOException {
        Path html = dir.resolve("rapport.html");
        int code = run(
                "--lang",
                "nl",
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28",
                "--format",
                "json",
                "--html",
                html.toString(),
                "--html-details",
                "1");
        assertThat(code).isEqualTo(GuidanceCli.FAILED);
        assertThat(out.lines().count()).isEqualTo(3);
        String page = Files.readString(html);
        assertThat(page)
                .startsWith("<!DOCTYPE html>\n<html lang=\"nl\">")
                .contains(
                        "<h1>",
                        "<h2 id=\"summary\">",
                        "<h2 id=\"rules\">",
                        "<h2 id=\"records\">",
                        "<caption>",
                        "<th scope=\"col\">",
                        "<th scope=\"row\">noloc-rl")
                .doesNotContain("<script", "src=", "href=\"http")
                .endsWith("</html>\n");
        assertThat(page).contains("hoogstens 1 records").contains("weggelaten");
        // the drill-down of record 0 (expired) is kept, records 1 and 2 are over the cap of one
        assertThat(page).contains("id=\"r0\"").doesNotContain("id=\"r1\"", "id=\"r2\"");

        run(
                "--lang",
                "en",
                "providers",
                "check",
                ndjson.toString(),
                "--scheme",
                "noloc-rl",
                "--as-of",
                "2026-11-28",
                "--format",
                "html");
        assertThat(out).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("2026-0051&lt;script&gt;");
    }
}
