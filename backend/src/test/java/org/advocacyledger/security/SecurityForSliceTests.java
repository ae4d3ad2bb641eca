package org.advocacyledger.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The real security configuration for {@code @WebMvcTest} slices (its classes are package-private). */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, ProblemResponses.class})
public class SecurityForSliceTests {
}
