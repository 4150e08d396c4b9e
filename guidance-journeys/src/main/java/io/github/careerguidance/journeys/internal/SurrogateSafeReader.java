/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.journeys.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;

/**
 * A reader that never ends a multi-character read on a high surrogate, holding it back for the next read.
 *
 * <p>Works around a defect in the YAML stack under the core codec (Jackson 3.3 YAML with snakeyaml-engine): when a
 * read chunk ends on the high half of a surrogate pair (an emoji or another character outside the BMP at position
 * 1020 of a document, for example), snakeyaml-engine's {@code StreamReader.extendIfTrailingHighSurrogate} reads
 * past its buffer and an {@code IndexOutOfBoundsException} escapes {@code GuidanceCodec.read}. Internal.
 */
public final class SurrogateSafeReader extends FilterReader {
    private int pending = -1;

    /**
     * Wraps a reader.
     *
     * @param in the reader
     */
    public SurrogateSafeReader(Reader in) {
        super(in);
    }

    /**
     * A safe reader over a text.
     *
     * @param text the text
     * @return the reader
     */
    public static Reader of(String text) {
        return new SurrogateSafeReader(new StringReader(text));
    }

    @Override
    public int read() throws IOException {
        if (pending >= 0) {
            int c = pending;
            pending = -1;
            return c;
        }
        return in.read();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int filled = 0;
        if (pending >= 0) {
            buffer[offset] = (char) pending;
            pending = -1;
            filled = 1;
        }
        if (filled < length) {
            int n = in.read(buffer, offset + filled, length - filled);
            if (n > 0) {
                filled += n;
            } else if (filled == 0) {
                return n;
            }
        }
        if (filled > 1 && Character.isHighSurrogate(buffer[offset + filled - 1])) {
            pending = buffer[offset + filled - 1];
            filled--;
        }
        return filled;
    }

    @Override
    public boolean ready() throws IOException {
        return pending >= 0 || in.ready();
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
        throw new IOException("mark is not supported");
    }

    @Override
    public void reset() throws IOException {
        throw new IOException("reset is not supported");
    }

    @Override
    public long skip(long n) throws IOException {
        if (n <= 0) {
            return 0;
        }
        if (pending >= 0) {
            pending = -1;
            return 1 + in.skip(n - 1);
        }
        return in.skip(n);
    }
}
