/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.text.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/** Reads a POSTed form: its content type, its size limits, and the CSRF token bound to the session cookie. */
final class FormReader {
    private final int maxFormBytes;
    private final Csrf csrf;

    FormReader(int maxFormBytes, Csrf csrf) {
        this.maxFormBytes = maxFormBytes;
        this.csrf = csrf;
    }

    /**
     * The request's form, once it passed every check.
     *
     * @throws Problem 415 for another content type, 403 when the CSRF token is not the session's
     * @throws Form.Rejected 400 for a bad Content-Length or an undecodable body, 413 when too large
     * @throws IOException on a read error
     */
    Form read(Request r) throws Form.Rejected, IOException, Problem {
        return read(r, csrf, r.sid);
    }

    /** The request's form, its CSRF token checked against another key and id (the adviser view's). */
    Form read(Request r, Csrf csrf, String sid) throws Form.Rejected, IOException, Problem {
        String type = Optional.ofNullable(r.ex.getRequestHeaders().getFirst("Content-Type"))
                .orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new Problem(
                    415,
                    LocalizedText.of("Formulier niet te lezen", "Form not readable"),
                    LocalizedText.of(
                            "Deze portal neemt alleen gewone formulieren aan.",
                            "This portal only accepts plain forms."));
        }
        long length = -1;
        String declared = r.ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                throw new Form.Rejected(400, "bad Content-Length");
            }
        }
        Form f;
        try (InputStream in = r.ex.getRequestBody()) {
            f = Form.read(in, length, maxFormBytes);
        }
        if (!csrf.matches(sid, f.first("csrf").orElse(""))) {
            throw new Problem(
                    403,
                    LocalizedText.of("Formulier verlopen", "Form expired"),
                    LocalizedText.of(
                            "Dit formulier is verlopen of kwam niet van deze portal. Laad de pagina opnieuw en probeer het nog eens. Je route is bewaard.",
                            "This form has expired or did not come from this portal. Reload the page and try again. Your journey is kept."));
        }
        return f;
    }
}
