package org.advocacyledger.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class LedgerUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    LedgerUserDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.find(username).map(LedgerUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
