/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.text.LocalizedText;
import java.util.Locale;

/** A page to answer with instead of the normal one: a status, a title and a message. */
final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final LocalizedText title;
    final LocalizedText message;
    final boolean clearSession;

    Problem(int status, LocalizedText title, LocalizedText message, boolean clearSession) {
        super(title.resolve(Locale.ENGLISH), null, false, false);
        this.status = status;
        this.title = title;
        this.message = message;
        this.clearSession = clearSession;
    }

    Problem(int status, LocalizedText title, LocalizedText message) {
        this(status, title, message, false);
    }

    /** A 404: no page at this path. */
    static Problem notFound() {
        return new Problem(
                404,
                LocalizedText.of("Pagina niet gevonden", "Page not found"),
                LocalizedText.of("Deze pagina bestaat niet.", "This page does not exist."));
    }

    /**
     * Nothing when the request's method is one the path allows; else a 405 naming the allowed methods in
     * {@code Allow}.
     */
    static void expectMethod(Request r, boolean ok, String allow) throws Problem {
        if (!ok) {
            r.ex.getResponseHeaders().set("Allow", allow);
            throw new Problem(
                    405,
                    LocalizedText.of("Methode niet toegestaan", "Method not allowed"),
                    LocalizedText.of(
                            "Deze pagina kan zo niet worden opgevraagd.", "This page cannot be requested this way."));
        }
    }

    /** A 422: the form was read but its content cannot be used. */
    static Problem unprocessable(String nl, String en) {
        return new Problem(422, LocalizedText.of("Dat lukte niet", "That did not work"), LocalizedText.of(nl, en));
    }
}
