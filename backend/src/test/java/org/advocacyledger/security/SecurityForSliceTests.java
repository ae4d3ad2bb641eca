package org.advocacyledger.security;

import org.springframework.boot.test.context.TestConfiguration;

/** The real security configuration for {@code @WebMvcTest} slices, as {@link WithLedgerSecurity} gives it. */
@TestConfiguration(proxyBeanMethods = false)
@WithLedgerSecurity
public class SecurityForSliceTests {
}
