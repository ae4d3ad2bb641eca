package org.advocacyledger.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.TestMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

    private final TestMongo mongo = new TestMongo();
    private final IdempotencyKeys keys = new IdempotencyKeys(mongo.db, new ObjectMapper());
    private final AtomicInteger ids = new AtomicInteger();

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    private String newId() {
        return "id-" + ids.incrementAndGet();
    }

    @Test
    void theSameKeyAndBodyGiveTheSameRecordOnce() {
        AtomicInteger created = new AtomicInteger();
        String first = keys.createOnce("coord", "k1", "action", Map.of("a", 1), this::newId,
                id -> created.incrementAndGet(), id -> id);
        String second = keys.createOnce("coord", "k1", "action", Map.of("a", 1), this::newId,
                id -> created.incrementAndGet(), id -> id);
        assertThat(second).isEqualTo(first);
        assertThat(created).hasValue(1);
        String otherUser = keys.createOnce("partner", "k1", "action", Map.of("a", 1), this::newId,
                id -> created.incrementAndGet(), id -> id);
        assertThat(otherUser).isNotEqualTo(first);
    }

    @Test
    void aDifferentBodyOrKindIsRefused() {
        keys.createOnce("coord", "k1", "action", Map.of("a", 1), this::newId, id -> { }, id -> id);
        assertThatThrownBy(() -> keys.createOnce("coord", "k1", "action", Map.of("a", 2), this::newId, id -> { }, id -> id))
                .isInstanceOf(IdempotencyKeys.IdempotencyMismatch.class);
        assertThatThrownBy(() -> keys.createOnce("coord", "k1", "reform", Map.of("a", 1), this::newId, id -> { }, id -> id))
                .isInstanceOf(IdempotencyKeys.IdempotencyMismatch.class);
    }

    @Test
    void aFailedFirstRequestReleasesTheKey() {
        assertThatThrownBy(() -> keys.createOnce("coord", "k1", "action", Map.of("a", 1), this::newId,
                id -> { throw RuleViolation.of("country", "bad"); }, id -> id)).isInstanceOf(RuleViolation.class);
        String retried = keys.createOnce("coord", "k1", "action", Map.of("a", 2), this::newId, id -> { }, id -> id);
        assertThat(retried).isNotNull();
    }

    @Test
    void badKeysAreRefused() {
        assertThatThrownBy(() -> keys.claim("coord", "x".repeat(201), "action", Map.of(), this::newId))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> keys.claim("coord", "with space", "action", Map.of(), this::newId))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void concurrentRequestsCreateOneRecord() throws Exception {
        AtomicInteger created = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<String> request = () -> keys.createOnce("coord", "k-race", "action", Map.of("a", 1), this::newId,
                    id -> created.incrementAndGet(), id -> id);
            List<Future<String>> answers = pool.invokeAll(java.util.Collections.nCopies(8, request));
            String first = answers.get(0).get();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo(first);
            }
            assertThat(created).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
