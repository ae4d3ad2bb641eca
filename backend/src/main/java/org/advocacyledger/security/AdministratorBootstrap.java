package org.advocacyledger.security;

import java.security.SecureRandom;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * At the first start with no users, creates the administrator named by {@code LEDGER_ADMIN_USERNAME}
 * with {@code LEDGER_ADMIN_PASSWORD}; without a password, a strong one is generated and printed once.
 */
@Component
class AdministratorBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    AdministratorBootstrap(UserAccounts accounts, PasswordEncoder encoder,
                           @Value("${ledger.admin.username:admin}") String username,
                           @Value("${ledger.admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!accounts.isEmpty()) {
            return;
        }
        String initial = password;
        boolean generated = initial == null || initial.isBlank();
        if (generated) {
            initial = generate(24);
        } else if (initial.length() < 8) {
            throw new IllegalStateException("LEDGER_ADMIN_PASSWORD must have at least 8 characters");
        }
        accounts.create(username, encoder.encode(initial), Set.of(Role.ADMIN), null);
        if (generated) {
            log.warn("Created administrator '{}' with generated password: {}  (shown once; set LEDGER_ADMIN_PASSWORD to choose it)",
                    username, initial);
        } else {
            log.info("Created administrator '{}' with the password from LEDGER_ADMIN_PASSWORD", username);
        }
    }

    static String generate(int length) {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
