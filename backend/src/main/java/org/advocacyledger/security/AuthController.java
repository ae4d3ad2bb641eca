package org.advocacyledger.security;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and the CSRF token for the browser (login and logout themselves are security filters). */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final UserAccounts accounts;

    AuthController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    CurrentUser me(Authentication authentication) {
        return CurrentUser.of(authentication, accounts);
    }

    @GetMapping("/csrf")
    Map<String, String> csrf(CsrfToken token) {
        return Map.of("token", token.getToken(), "headerName", token.getHeaderName());
    }
}
