/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.junit.jupiter.api.Test;

class CapturedRunTest {
    static int echo(PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 0) {
            err.print("usage: echo WORD...");
            return 2;
        }
        out.print(String.join(" ", args));
        return 0;
    }

    static int shout(PrintStream out, PrintStream err, String... args) {
        out.print(String.join(" ", args).toUpperCase(java.util.Locale.ROOT));
        err.print("done");
        return args.length;
    }

    @Test
    void writersAreCapturedEvenWithoutAFlush() {
        CapturedRun run = CapturedRun.of(CapturedRunTest::echo, "één", "twee");
        assertThat(run).isEqualTo(new CapturedRun(0, "één twee", ""));
        CapturedRun usage = CapturedRun.of(CapturedRunTest::echo);
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.out()).isEmpty();
        assertThat(usage.err()).isEqualTo("usage: echo WORD...");
    }

    @Test
    void streamsAreCapturedAsUtf8() {
        CapturedRun run = CapturedRun.ofStreams(CapturedRunTest::shout, "café", "ß");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEqualTo("CAFÉ SS");
        assertThat(run.err()).isEqualTo("done");
    }

    @Test
    void missingTextsAreNamed() {
        assertThatThrownBy(() -> new CapturedRun(0, null, ""))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("out");
    }
}
