/*
 * SPDX-License-Identifier: Apache-2.0
 * Copyright 2026 the guidance maintainers
 */
package io.github.careerguidance.examples.portal.internal;

import io.github.careerguidance.core.json.ReadResult;
import io.github.careerguidance.core.text.LocalizedText;
import io.github.careerguidance.examples.internal.ReferenceSetup;
import io.github.careerguidance.examples.portal.store.SaveResult;
import io.github.careerguidance.examples.portal.store.SessionStore;
import io.github.careerguidance.examples.portal.store.StoredSession;
import io.github.careerguidance.journeys.engine.JourneyEngine;
import io.github.careerguidance.journeys.engine.Session;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The portal's sessions: the random id in the session cookie (made, checked and rotated here), the store behind it,
 * looking a session up and resuming it on its journey's engine, and saving a change against the version it was read
 * at (optimistic concurrency: no lock in the process, so several portal processes can share one database).
 * Thread-safe: the state is the store.
 */
final class PortalSessions {
    /** The session cookie. */
    static final String COOKIE = "gsid";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int ID_BYTES = 32;
    private static final long COOKIE_SECONDS = 30L * 24 * 3600;

    private final Supplier<ReferenceSetup> setup;
    private final SessionStore store;
    private final Clock clock;
    private final SecureRandom random;

    PortalSessions(Supplier<ReferenceSetup> setup, SessionStore store, Clock clock, SecureRandom random) {
        this.setup = setup;
        this.store = store;
        this.clock = clock;
        this.random = random;
    }

    /** Whether a cookie value has the shape of a session id (anything else is never looked up). */
    static boolean wellFormed(String id) {
        return ID.matcher(id).matches();
    }

    /**
     * The session id, creating one (and its cookie) when the browser has none, a malformed one, or one under which
     * nothing is stored: an id the portal did not hand out for a stored session (planted by another browser or a
     * sibling site) is never used as it is.
     */
    String ensureId(Request r) {
        if (r.sid == null || store.load(r.sid).isEmpty()) {
            rotateId(r);
        }
        return r.sid;
    }

    /**
     * Moves the request's stored session to a new random id (and cookie), deleting it under the old one; for any
     * step that raises what a session id is worth, such as resuming with a code. Without a stored session it only
     * gives the request a new id.
     */
    void rotateKeeping(Request r) {
        String old = r.sid;
        Optional<StoredSession> stored = old == null ? Optional.empty() : store.load(old);
        rotateId(r);
        if (stored.isPresent()) {
            StoredSession s = stored.get();
            if (!store.save(
                            new StoredSession(r.sid, s.journey(), s.snapshot(), clock.instant(), s.version()),
                            SessionStore.NEW)
                    .isSaved()) {
                throw new IllegalStateException("a new random session id was already taken");
            }
            store.delete(old);
        }
    }

    /** Gives the request a new random session id and sets its cookie. */
    void rotateId(Request r) {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        r.sid = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        r.setCookies.add(COOKIE + "=" + r.sid + "; Path=/; Max-Age=" + COOKIE_SECONDS + "; HttpOnly; SameSite=Lax");
    }

    /** The id of the journey stored under a session id, or empty when none is stored. */
    Optional<String> journeyOf(String sid) {
        return store.load(sid).map(StoredSession::journey);
    }

    /**
     * The request's session, resumed on its engine.
     *
     * @throws Problem 400 for a malformed id (the cookie is then replaced), 404 when nothing is stored, 409 when the
     *     journey is gone or the snapshot no longer fits it
     */
    LoadedSession load(Request r) throws Problem {
        if (r.rawSid.isPresent() && r.sid == null) {
            throw new Problem(
                    400,
                    LocalizedText.of("Ongeldige sessiecode", "Invalid session code"),
                    LocalizedText.of(
                            "De sessiecode in je browser is niet geldig. Begin opnieuw op de startpagina.",
                            "The session code in your browser is not valid. Start again on the start page."),
                    true);
        }
        Optional<StoredSession> stored = r.sid == null ? Optional.empty() : store.load(r.sid);
        if (stored.isEmpty()) {
            throw new Problem(
                    404,
                    LocalizedText.of("Geen route gevonden", "No journey found"),
                    LocalizedText.of(
                            "Voor deze browser is geen route bewaard (of hij is verlopen). Kies op de startpagina waarom je komt.",
                            "No journey is stored for this browser (or it has expired). Choose why you came on the start page."));
        }
        JourneyEngine engine = setup.get()
                .engine(stored.get().journey())
                .orElseThrow(() -> new Problem(
                        409,
                        LocalizedText.of("Route niet meer beschikbaar", "Journey no longer available"),
                        LocalizedText.of(
                                "Deze route wordt niet meer aangeboden. Je gegevens zijn bewaard; begin een nieuwe route.",
                                "This journey is no longer offered. Your data is kept; start a new journey.")));
        ReadResult<Session> resumed = engine.resume(stored.get().snapshot());
        if (!resumed.isSuccessful()) {
            throw new Problem(
                    409,
                    LocalizedText.of("Route kan niet verder", "Journey cannot continue"),
                    LocalizedText.of(
                            "Je bewaarde route past niet meer bij de huidige versie. Begin een nieuwe route.",
                            "Your stored journey no longer fits the current version. Start a new journey."));
        }
        return new LoadedSession(engine, resumed.orElseThrow(), stored.get().version());
    }

    /** Stores a new session under the request's (new) id; false when the id is taken. */
    boolean create(Request r, JourneyEngine engine, Session session) {
        return store.save(stored(r, engine, session, SessionStore.NEW), SessionStore.NEW)
                .isSaved();
    }

    /**
     * Stores a changed session if it is still stored at the version it was read at.
     *
     * @return {@link SaveResult#CONFLICT} when another request saved it first (nothing is written then)
     */
    SaveResult save(Request r, LoadedSession read, Session changed) {
        return store.save(stored(r, read.engine(), changed, read.version()), read.version());
    }

    /** The stored form of a session; its version is its number of events (and always above the one it replaces). */
    private StoredSession stored(Request r, JourneyEngine engine, Session session, long previous) {
        long version = Math.max(session.events().size(), previous + 1);
        return new StoredSession(r.sid, engine.journey().id(), engine.store(session), clock.instant(), version);
    }

    /**
     * Replaces the session read by one on another journey (a follow-up started in place of a completed journey),
     * against the version it was read at.
     */
    SaveResult replace(Request r, LoadedSession read, JourneyEngine engine, Session session) {
        return store.save(stored(r, engine, session, read.version()), read.version());
    }

    /** Removes the session stored under an id, if any. */
    void delete(String sid) {
        store.delete(sid);
    }
}
