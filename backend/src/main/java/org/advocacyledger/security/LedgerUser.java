package org.advocacyledger.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: a Spring Security user that also knows its organisation. */
public class LedgerUser extends User {

    private final String organisation;
    private final Set<Role> roles;

    LedgerUser(UserAccounts.Account account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true, authorities(account.roles()));
        this.organisation = account.organisation();
        this.roles = account.roles();
    }

    private static Collection<GrantedAuthority> authorities(Set<Role> roles) {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    public String organisation() {
        return organisation;
    }

    public List<String> roleNames() {
        return roles.stream().map(Enum::name).sorted().toList();
    }
}
