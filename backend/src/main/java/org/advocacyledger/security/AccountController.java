package org.advocacyledger.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What every signed-in user manages for themselves: password, browser sessions, personal API tokens. */
@RestController
@RequestMapping("/api/account")
class AccountController {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SessionRegistry sessions;
    private final ApiTokens tokens;
    private final SecurityLog securityLog;

    AccountController(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy, SessionRegistry sessions,
                      ApiTokens tokens, SecurityLog securityLog) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.sessions = sessions;
        this.tokens = tokens;
        this.securityLog = securityLog;
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record SessionView(String id, Instant lastRequest, boolean current) {
    }

    record TokenRequest(String name, ApiTokens.Scope scope, Integer expiresInDays) {
    }

    record TokenView(String id, String name, ApiTokens.Scope scope, Instant createdAt, Instant expiresAt, Instant revokedAt,
                     boolean usable) {
        static TokenView of(ApiTokens.Token t) {
            return new TokenView(t.id(), t.name(), t.scope(), t.createdAt(), t.expiresAt(), t.revokedAt(), t.usableAt(Instant.now()));
        }
    }

    /** The token's secret appears here once and never again. */
    record CreatedToken(TokenView token, String secret) {
    }

    /** Changes the caller's password; other sessions and older tokens end, this browser session goes on. */
    @PostMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange body, Authentication authentication, HttpServletRequest request) {
        UserAccounts.Account account = accounts.find(authentication.getName()).orElseThrow(() -> new NotFound("user", authentication.getName()));
        if (body.currentPassword() == null || !encoder.matches(body.currentPassword(), account.passwordHash())) {
            throw RuleViolation.of("currentPassword", "is not your current password");
        }
        policy.problem(account.username(), body.newPassword()).ifPresent(p -> {
            throw RuleViolation.of("newPassword", p);
        });
        if (encoder.matches(body.newPassword(), account.passwordHash())) {
            throw RuleViolation.of("newPassword", "must differ from the current password");
        }
        accounts.setPassword(account.username(), encoder.encode(body.newPassword()), false);
        HttpSession session = request.getSession(false);
        if (session != null) {
            SessionTimes.markAuthenticated(session); // this session stays valid
        }
        securityLog.record(SecurityLog.Kind.PASSWORD_CHANGED, account.username(), ClientAddress.of(request), null);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sessions")
    List<SessionView> sessions(Authentication authentication, HttpServletRequest request) {
        HttpSession current = request.getSession(false);
        return mine(authentication).stream()
                .map(s -> new SessionView(publicId(s.getSessionId()), s.getLastRequest().toInstant(),
                        current != null && current.getId().equals(s.getSessionId())))
                .toList();
    }

    @DeleteMapping("/sessions/{id}")
    ResponseEntity<Void> endSession(@PathVariable String id, Authentication authentication, HttpServletRequest request) {
        SessionInformation session = mine(authentication).stream().filter(s -> publicId(s.getSessionId()).equals(id))
                .findFirst().orElseThrow(() -> new NotFound("session", id));
        session.expireNow();
        securityLog.record(SecurityLog.Kind.SESSION_ENDED, authentication.getName(), ClientAddress.of(request), null);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tokens")
    List<TokenView> tokens(Authentication authentication) {
        return tokens.of(authentication.getName()).stream().map(TokenView::of).toList();
    }

    @PostMapping("/tokens")
    ResponseEntity<CreatedToken> createToken(@RequestBody TokenRequest body, Authentication authentication, HttpServletRequest request) {
        if (body.name() == null || body.name().isBlank() || body.name().length() > 100) {
            throw RuleViolation.of("name", "must not be blank and at most 100 characters");
        }
        if (body.scope() == null) {
            throw RuleViolation.of("scope", "must be READ_ONLY or READ_WRITE");
        }
        int days = body.expiresInDays() == null ? 90 : body.expiresInDays();
        if (days < 1 || days > 365) {
            throw RuleViolation.of("expiresInDays", "must be between 1 and 365");
        }
        ApiTokens.Created created = tokens.create(authentication.getName(), body.name().strip(), body.scope(),
                Instant.now().plus(Duration.ofDays(days)));
        securityLog.record(SecurityLog.Kind.TOKEN_CREATED, authentication.getName(), ClientAddress.of(request),
                created.token().name() + " " + created.token().scope());
        return ResponseEntity.created(URI.create("/api/account/tokens/" + created.token().id()))
                .header("Cache-Control", "no-store")
                .body(new CreatedToken(TokenView.of(created.token()), created.secret()));
    }

    @DeleteMapping("/tokens/{id}")
    ResponseEntity<Void> revokeToken(@PathVariable String id, Authentication authentication, HttpServletRequest request) {
        if (!tokens.revoke(authentication.getName(), id)) {
            throw new NotFound("token", id);
        }
        securityLog.record(SecurityLog.Kind.TOKEN_REVOKED, authentication.getName(), ClientAddress.of(request), id);
        return ResponseEntity.noContent().build();
    }

    private List<SessionInformation> mine(Authentication authentication) {
        return sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof LedgerUser u && u.getUsername().equals(authentication.getName()))
                .flatMap(p -> sessions.getAllSessions(p, false).stream())
                .toList();
    }

    /** Sessions are named by a hash of their id: a session id itself never leaves the cookie. */
    static String publicId(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
