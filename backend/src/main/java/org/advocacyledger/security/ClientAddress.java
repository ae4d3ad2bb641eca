package org.advocacyledger.security;

import jakarta.servlet.http.HttpServletRequest;

/** The caller's address as the server sees it (behind a proxy, configure forwarded headers). */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
