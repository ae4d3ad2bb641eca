package org.advocacyledger.security;

import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two ways in: scripts send a personal API token (Bearer) or, unless an administrator turned it off, HTTP
 * Basic on {@code /api/**} (stateless, no CSRF, no session); browsers log in through the React page into a
 * session protected by a CSRF cookie/header pair. Unauthenticated API calls get 401 problem details; the
 * static UI and health are public. Failed sign-ins are throttled on every path; every request re-checks
 * the account (disabled, sessions ended, password change required).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * A state-changing browser request needs the CSRF token when it could ride on a session (it has one) and
     * at login (against login CSRF). Without a session there is nothing to forge: such a request is simply
     * unauthenticated and answered 401.
     */
    static boolean needsCsrfToken(jakarta.servlet.http.HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
            return false;
        }
        return request.getSession(false) != null || "/api/auth/login".equals(request.getRequestURI());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain scriptAccess(HttpSecurity http, ProblemResponses problems, LoginThrottle throttle,
                                     SecurityLog securityLog, ApiTokens tokens, UserAccounts accounts,
                                     SecuritySettings settings,
                                     @Value("${ledger.session.absolute-timeout:PT12H}") Duration absoluteTimeout) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher withCredentials = request -> request.getHeader("Authorization") != null;
        http.securityMatcher(new AndRequestMatcher(api, withCredentials))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    if (e instanceof BadCredentialsException || e instanceof org.springframework.security.authentication.DisabledException) {
                        String username = LoginThrottleFilter.attemptedUsername(request);
                        throttle.failed(username, ClientAddress.of(request));
                        securityLog.record(SecurityLog.Kind.LOGIN_FAILED, username, ClientAddress.of(request), "HTTP Basic");
                    }
                    problems.unauthorized(request, response, e);
                }))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems, securityLog), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, accounts, settings, throttle, securityLog, problems),
                        BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountStatusFilter(accounts, problems, absoluteTimeout), ExceptionTranslationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browserAccess(HttpSecurity http, ProblemResponses problems, ObjectMapper json, LoginThrottle throttle,
                                      SecurityLog securityLog, UserAccounts accounts, SessionRegistry sessionRegistry,
                                      @Value("${ledger.session.absolute-timeout:PT12H}") Duration absoluteTimeout) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/auth/csrf", "/api/auth/login").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginProcessingUrl("/api/auth/login")
                        .successHandler((request, response, authentication) -> {
                            SessionTimes.markAuthenticated(request.getSession());
                            securityLog.record(SecurityLog.Kind.LOGGED_IN, authentication.getName(), ClientAddress.of(request), null);
                            response.setStatus(HttpServletResponse.SC_OK);
                            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                            json.writeValue(response.getOutputStream(), CurrentUser.of(authentication, accounts));
                        })
                        .failureHandler((request, response, e) -> {
                            String username = request.getParameter("username");
                            throttle.failed(username, ClientAddress.of(request));
                            securityLog.record(SecurityLog.Kind.LOGIN_FAILED, username, ClientAddress.of(request), "login page");
                            problems.unauthorized(request, response, e);
                        }))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems, securityLog), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountStatusFilter(accounts, problems, absoluteTimeout), ExceptionTranslationFilter.class)
                .logout(logout -> logout
                        .logoutUrl("/api/auth/logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                securityLog.record(SecurityLog.Kind.LOGGED_OUT, authentication.getName(), ClientAddress.of(request), null);
                            }
                        })
                        .logoutSuccessHandler((request, response, authentication) ->
                                response.setStatus(HttpServletResponse.SC_NO_CONTENT)))
                .sessionManagement(s -> s
                        .sessionFixation(f -> f.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(event -> problems.write(event.getResponse(), HttpStatus.UNAUTHORIZED,
                                "Your session was ended; please sign in again")))
                .csrf(csrf -> csrf
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken)
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler()))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
