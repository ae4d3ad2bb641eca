package org.advocacyledger.security;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins are limited per account (default 5) and per address (default 20) within a window
 * (default 15 minutes), whatever the way of signing in (login page, HTTP Basic, API token). Past the limit,
 * attempts are refused with 429 and Retry-After until the window refills. Counters live in memory.
 */
@Component
public class LoginThrottle {

    private final int perAccount;
    private final int perAddress;
    private final Duration window;
    private final Cache<String, Bucket> buckets;

    LoginThrottle(@Value("${ledger.login.max-failures-per-account:5}") int perAccount,
                  @Value("${ledger.login.max-failures-per-address:20}") int perAddress,
                  @Value("${ledger.login.failure-window:PT15M}") Duration window) {
        this.perAccount = perAccount;
        this.perAddress = perAddress;
        this.window = window;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(window.multipliedBy(2)).maximumSize(100_000).build();
    }

    /** Seconds to wait before another attempt, if the account or the address is locked out now. */
    public OptionalLong retryAfterSeconds(String username, String address) {
        long wait = Math.max(waitFor(accountKey(username)), waitFor(addressKey(address)));
        return wait > 0 ? OptionalLong.of(Math.max(1, wait)) : OptionalLong.empty();
    }

    public void failed(String username, String address) {
        if (username != null) {
            bucket(accountKey(username), perAccount).tryConsume(1);
        }
        if (address != null) {
            bucket(addressKey(address), perAddress).tryConsume(1);
        }
    }

    private long waitFor(String key) {
        if (key == null) {
            return 0;
        }
        Bucket bucket = buckets.getIfPresent(key);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return 0;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill()).toSeconds() + 1;
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
                .build());
    }

    private static String accountKey(String username) {
        return username == null ? null : "account:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }
}
