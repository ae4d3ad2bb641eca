package org.advocacyledger.support;

import org.advocacyledger.campaign.api.CampaignLaunched;
import org.advocacyledger.config.StoreDurability;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Test-only, for a forked JVM: when a campaign whose name starts with the configured prefix is about to
 * be projected (its event already appended to the event store), the store is committed, as the H2
 * backend's own background commit may do at any moment, and the process dies at once, as with
 * {@code kill -9}: no shutdown hook, no read-model write, no end of the unit of work.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("ledger.test.crash-before-projection")
class CrashBeforeProjection {

    @Bean
    ConfigurerModule crashBeforeCampaignProjection(@Value("${ledger.test.crash-before-projection}") String prefix,
                                                   StoreDurability durability) {
        MessageHandlerInterceptor<EventMessage<?>> crash = (unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof CampaignLaunched launched && launched.name().startsWith(prefix)) {
                durability.flush();
                Runtime.getRuntime().halt(137);
            }
            return chain.proceed();
        };
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor("campaigns", c -> crash);
    }
}
