package org.advocacyledger.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Stamps every command with who sent it ({@code userId}, {@code organisation}); Axon copies these onto
 * the events the command causes. Usernames only: no password, token or personal detail.
 */
@Component
class AuditMetadata implements MessageDispatchInterceptor<CommandMessage<?>>, SmartInitializingSingleton {

    private final CommandBus commandBus;

    AuditMetadata(CommandBus commandBus) {
        this.commandBus = commandBus;
    }

    @Override
    public void afterSingletonsInstantiated() {
        commandBus.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Map<String, Object> audit = new HashMap<>();
        if (authentication != null && authentication.isAuthenticated()) {
            audit.put("userId", authentication.getName());
            if (authentication.getPrincipal() instanceof LedgerUser user && user.organisation() != null) {
                audit.put("organisation", user.organisation());
            }
        }
        return (index, command) -> audit.isEmpty() || command.getMetaData().containsKey("userId")
                ? command : command.andMetaData(audit);
    }
}
