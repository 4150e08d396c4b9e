/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
/** A named-module consumer of guidance (issue #18): the three requires the README shows. */
module consumer {
    requires io.github.careerguidance.core;
    requires io.github.careerguidance.journeys;
    requires io.github.careerguidance.quality;
    // only for YamlBoundary's report of which snakeyaml-engine jar was resolved; the SDK needs no such line
    requires static org.snakeyaml.engine;
}
