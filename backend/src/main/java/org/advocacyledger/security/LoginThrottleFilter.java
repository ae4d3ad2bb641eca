package org.advocacyledger.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before any sign-in attempt (the login form, HTTP Basic, an API token): a locked-out account or address
 * gets 429 with Retry-After, and nothing is checked.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponses problems;
    private final SecurityLog securityLog;

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponses problems, SecurityLog securityLog) {
        this.throttle = throttle;
        this.problems = problems;
        this.securityLog = securityLog;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSignIn(request)) {
            String username = attemptedUsername(request);
            String address = ClientAddress.of(request);
            OptionalLong wait = throttle.retryAfterSeconds(username, address);
            if (wait.isPresent()) {
                securityLog.record(SecurityLog.Kind.LOGIN_THROTTLED, username, address, request.getRequestURI());
                response.setHeader("Retry-After", Long.toString(wait.getAsLong()));
                problems.write(response, HttpStatus.TOO_MANY_REQUESTS,
                        "Too many failed sign-ins; try again in " + wait.getAsLong() + " seconds");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isSignIn(HttpServletRequest request) {
        return request.getHeader("Authorization") != null
                || ("POST".equals(request.getMethod()) && "/api/auth/login".equals(request.getRequestURI()));
    }

    /** The username a request tries to sign in as, if it names one. */
    static String attemptedUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? decoded.substring(0, colon) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (header == null) {
            return request.getParameter("username");
        }
        return null;
    }
}
