package org.advocacyledger.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} with a personal API token: one {@code _id} look-up of the token's
 * hash, then the account's (which {@link AccountStatusFilter} then uses instead of reading it again).
 * Expired, revoked, or older than the account's cut-off: 401. A read-only token
 * may only read. Also refuses HTTP Basic when an administrator has turned it off.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final SecuritySettings settings;
    private final LoginThrottle throttle;
    private final SecurityLog securityLog;
    private final ProblemResponses problems;

    BearerTokenFilter(ApiTokens tokens, UserAccounts accounts, SecuritySettings settings, LoginThrottle throttle,
                      SecurityLog securityLog, ProblemResponses problems) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.settings = settings;
        this.throttle = throttle;
        this.securityLog = securityLog;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && !settings.basicAuthEnabled()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "HTTP Basic is turned off here; use a personal API token (Bearer)");
            return;
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String address = ClientAddress.of(request);
        Instant now = Instant.now();
        Optional<ApiTokens.Token> token = tokens.findBySecret(header.substring(7).trim());
        Optional<UserAccounts.Account> account = token.flatMap(t -> accounts.find(t.username()));
        if (token.isEmpty() || !token.get().usableAt(now) || account.isEmpty() || !account.get().enabled()
                || token.get().createdAt().isBefore(account.get().sessionsValidAfter())) {
            throttle.failed(null, address);
            securityLog.record(SecurityLog.Kind.LOGIN_FAILED, token.map(ApiTokens.Token::username).orElse(null), address,
                    "API token refused");
            problems.write(response, HttpStatus.UNAUTHORIZED, "The API token is invalid, expired or revoked");
            return;
        }
        if (token.get().scope() == ApiTokens.Scope.READ_ONLY && !isRead(request.getMethod())) {
            securityLog.record(SecurityLog.Kind.ACCESS_REFUSED, account.get().username(), address,
                    request.getMethod() + " " + request.getRequestURI() + " with a read-only token");
            problems.write(response, HttpStatus.FORBIDDEN, "This API token is read-only");
            return;
        }
        request.setAttribute(AccountStatusFilter.ACCOUNT_READ, account.get());
        LedgerUser user = new LedgerUser(account.get());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
