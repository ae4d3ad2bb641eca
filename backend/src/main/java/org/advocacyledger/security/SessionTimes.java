package org.advocacyledger.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpSession;

/** When a browser session signed in; sessions older than the account's cut-off or the absolute limit end. */
final class SessionTimes {

    static final String AUTHENTICATED_AT = SessionTimes.class.getName() + ".authenticatedAt";

    private SessionTimes() {
    }

    static void markAuthenticated(HttpSession session) {
        session.setAttribute(AUTHENTICATED_AT, Instant.now());
    }

    static Instant authenticatedAt(HttpSession session) {
        Object value = session.getAttribute(AUTHENTICATED_AT);
        return value instanceof Instant instant ? instant : Instant.EPOCH;
    }

    static boolean beyondAbsoluteLimit(HttpSession session, Duration limit) {
        return authenticatedAt(session).plus(limit).isBefore(Instant.now());
    }
}
