/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.cli;

import io.github.careerguidance.core.contact.ContactPoint;
import io.github.careerguidance.core.json.GuidanceCodec;
import io.github.careerguidance.core.json.ReadOptions;
import io.github.careerguidance.core.json.ReadResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads a file of contact points: a YAML or JSON list in guidance-core's format. */
final class ContactPoints {
    private ContactPoints() {}

    static ReadResult<List<ContactPoint>> read(Path file, ReadOptions options) {
        ReadResult<ContactPoint[]> read =
                GuidanceCodec.forFileName(file.toString()).withOptions(options).read(file, ContactPoint[].class);
        return read.isSuccessful()
                ? ReadResult.success(List.copyOf(Arrays.asList(read.orElseThrow())), read.diagnostics())
                : ReadResult.failure(read.diagnostics());
    }
}
