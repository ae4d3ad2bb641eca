package org.advocacyledger.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After authentication, on every request: the account must still exist and be enabled; a browser session
 * must be younger than the account's cut-off (password change, disabling) and than the absolute session
 * limit; an account that must change its password may do only that. One {@code _id} look-up per request,
 * none when the request authenticated with an API token: {@link BearerTokenFilter} read the account moments
 * ago in the same request and hands it over.
 */
final class AccountStatusFilter extends OncePerRequestFilter {

    /** Request attribute: the account as it was read while authenticating this request. */
    static final String ACCOUNT_READ = AccountStatusFilter.class.getName() + ".account";

    private final UserAccounts accounts;
    private final ProblemResponses problems;
    private final Duration absoluteSessionLimit;

    AccountStatusFilter(UserAccounts accounts, ProblemResponses problems, Duration absoluteSessionLimit) {
        this.accounts = accounts;
        this.problems = problems;
        this.absoluteSessionLimit = absoluteSessionLimit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof LedgerUser)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccounts.Account> account = request.getAttribute(ACCOUNT_READ) instanceof UserAccounts.Account read
                && read.username().equals(authentication.getName()) ? Optional.of(read) : accounts.find(authentication.getName());
        HttpSession session = request.getSession(false);
        if (account.isEmpty() || !account.get().enabled()) {
            end(request, session);
            problems.write(response, HttpStatus.UNAUTHORIZED, "This account is disabled");
            return;
        }
        if (session != null && session.getAttribute(SessionTimes.AUTHENTICATED_AT) != null) {
            if (SessionTimes.authenticatedAt(session).isBefore(account.get().sessionsValidAfter())
                    || SessionTimes.beyondAbsoluteLimit(session, absoluteSessionLimit)) {
                end(request, session);
                problems.write(response, HttpStatus.UNAUTHORIZED, "Your session has ended; please sign in again");
                return;
            }
        }
        if (account.get().mustChangePassword() && request.getRequestURI().startsWith("/api/")
                && !request.getRequestURI().startsWith("/api/auth/") && !request.getRequestURI().equals("/api/account/password")) {
            problems.write(response, HttpStatus.FORBIDDEN, "You must change your password before anything else",
                    "PASSWORD_CHANGE_REQUIRED");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpSession session) {
        SecurityContextHolder.clearContext();
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // nothing to end
            }
        }
    }
}
