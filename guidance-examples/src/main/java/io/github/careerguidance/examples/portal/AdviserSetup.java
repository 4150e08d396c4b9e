/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import io.github.careerguidance.examples.portal.adviser.AdviserAccounts;
import io.github.careerguidance.examples.portal.adviser.PasswordHashing;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** The adviser parts of {@code guidance serve}: reading the accounts, and {@code --hash-password}. */
final class AdviserSetup {
    private AdviserSetup() {}

    /** The accounts of {@code --advisers FILE}, else of {@code GUIDANCE_ADVISERS}, else none. */
    static AdviserAccounts accounts(Path file, String environment) throws IOException {
        if (file != null) {
            return AdviserAccounts.read(file);
        }
        if (environment != null && !environment.isBlank()) {
            return AdviserAccounts.fromEnvironment(environment);
        }
        return AdviserAccounts.none();
    }

    /**
     * Reads a password (twice, without echo, on a terminal; else one line of standard input) and prints its hash.
     *
     * @return 0 when a hash was printed, 2 when the password was refused or missing
     */
    static int hashPassword(Console console, InputStream in, PrintStream out, PrintStream err) {
        char[] password;
        if (console != null) {
            char[] first = console.readPassword("password (at least %d characters): ", PasswordHashing.MIN_PASSWORD);
            char[] again = console.readPassword("again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                err.println("guidance serve --hash-password: the two passwords differ (or none was given)");
                return 2;
            }
            password = first;
        } else {
            try {
                String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    err.println("guidance serve --hash-password: no password on standard input");
                    return 2;
                }
                password = line.toCharArray();
            } catch (IOException e) {
                err.println("guidance serve --hash-password: cannot read standard input: " + e.getMessage());
                return 2;
            }
        }
        try {
            out.println(PasswordHashing.hash(java.nio.CharBuffer.wrap(password)));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("guidance serve --hash-password: " + e.getMessage());
            return 2;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
