package org.advocacyledger.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;

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

    /** The browser's CSRF token; scripts (Bearer or Basic) need none and get 204. */
    @GetMapping("/csrf")
    ResponseEntity<Map<String, String>> csrf(HttpServletRequest request) {
        if (!(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok(Map.of("token", token.getToken(), "headerName", token.getHeaderName()));
    }
}
