/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import java.io.IOException;
import java.util.Optional;

/**
 * The page of a {@code Problem}: its status, title and message, and the way back (to the current step while the
 * session is kept, and to the start page). A problem that clears the session gives the browser a new session id.
 */
final class ProblemPage {
    private final PortalSessions sessions;
    private final ContactPanel panel;

    ProblemPage(PortalSessions sessions, ContactPanel panel) {
        this.sessions = sessions;
        this.panel = panel;
    }

    /** Shows the problem's page with its status. */
    void show(Request r, Problem problem) throws IOException {
        if (problem.clearSession) {
            r.sid = null;
            sessions.rotateId(r);
        }
        Page p = new Page(r.locale);
        p.raw("<h1>").text(r.t(problem.title)).raw("</h1>");
        if (problem.status == 422) { // a form that could not be used: the error summary, which takes focus
            ErrorSummary.render(p, java.util.List.of(r.t(problem.message)), Optional.empty());
        } else {
            p.raw("<p>").text(r.t(problem.message)).raw("</p>");
        }
        p.raw("<ul class=\"next\">");
        if (r.sid != null && !problem.clearSession) {
            p.raw("<li>")
                    .link("/step", r.t("Naar je huidige stap", "To your current step"))
                    .raw("</li>");
        }
        p.raw("<li>").link("/", r.t("Naar de startpagina", "To the start page")).raw("</li></ul>");
        Layout.send(r, problem.status, r.t(problem.title), p.toString(), panel.aside(r, Optional.empty(), false));
    }
}
