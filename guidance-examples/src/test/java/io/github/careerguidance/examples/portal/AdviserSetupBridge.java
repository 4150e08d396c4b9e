/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal;

import java.io.InputStream;
import java.io.PrintStream;

/** Gives the tests the package-private {@code AdviserSetup.hashPassword} without a console. */
final class AdviserSetupBridge {
    private AdviserSetupBridge() {}

    static int hashPassword(InputStream in, PrintStream out, PrintStream err) {
        return AdviserSetup.hashPassword(null, in, out, err);
    }
}
