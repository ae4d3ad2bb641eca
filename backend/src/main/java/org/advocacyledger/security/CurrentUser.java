package org.advocacyledger.security;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in user as the UI sees it. */
public record CurrentUser(String username, List<String> roles, String organisation, boolean mustChangePassword) {

    static CurrentUser of(Authentication authentication, UserAccounts accounts) {
        boolean mustChange = accounts.find(authentication.getName()).map(UserAccounts.Account::mustChangePassword).orElse(false);
        if (authentication.getPrincipal() instanceof LedgerUser user) {
            return new CurrentUser(user.getUsername(), user.roleNames(), user.organisation(), mustChange);
        }
        return new CurrentUser(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).map(a -> a.replaceFirst("^ROLE_", "")).sorted().toList(), null, mustChange);
    }
}
