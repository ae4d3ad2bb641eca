package org.advocacyledger.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.mongodb.client.MongoDatabase;
import org.advocacyledger.support.InMemoryMongo;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * For web slice tests: the application's real security rules and problem-details responses, with the
 * security stores (accounts, tokens, settings, log, organisations) over an in-memory Mongo.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({SecurityConfiguration.class, ProblemResponses.class, UserAccounts.class, SecurityLog.class, LoginThrottle.class,
        ApiTokens.class, SecuritySettings.class, Organisations.class, WithLedgerSecurity.Stores.class})
public @interface WithLedgerSecurity {

    @TestConfiguration
    class Stores {
        @Bean(destroyMethod = "close")
        InMemoryMongo inMemoryMongo() {
            return new InMemoryMongo();
        }

        @Bean
        MongoDatabase ledgerDatabase(InMemoryMongo mongo) {
            return mongo.database("web-slice");
        }

        /**
         * Per-object campaign access is left open in slice tests (the mock answers "every campaign" and
         * allows everything); it is tested over the running application in {@code CampaignAccessTest}.
         */
        @Bean
        CampaignScope campaignScope() {
            return org.mockito.Mockito.mock(CampaignScope.class, invocation -> null);
        }
    }
}
