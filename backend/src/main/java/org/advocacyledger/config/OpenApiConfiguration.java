package org.advocacyledger.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /api/openapi} (signed-in users). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI ledgerOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Advocacy Ledger API")
                .version("0.1")
                .description("""
                        Event-sourced record of advocacy campaigns: campaigns, advocacy actions, legal reforms, outcomes,
                        contribution claims, the timeline, UNHCR protection statistics, administration and audit.
                        Errors are RFC 9457 problem details (`application/problem+json`) with `errors: [{field, message}]`
                        for invalid fields. Scripts authenticate with a personal API token (`Authorization: Bearer ...`)
                        or, unless an administrator turned it off, HTTP Basic; browsers use a session and the
                        `X-XSRF-TOKEN` header. Records answer with `ETag` (their version); updates accept `If-Match`.

                        Statistics: `POST /api/statistics/imports` (multipart `file`, optional `source`) answers
                        `{format, rowsRead, rowsImported, rowsUnchanged, rowsCorrected, rowsRejected, errors: [{line, message}]}`;
                        `GET /api/statistics/protection-rates?country=KOR&from=2010&to=2020` (optional `origin`, `authority`,
                        `stage`, `basis`, `asOf`) answers one object per country, year and basis with `country, year, basis, recognized,
                        complementaryProtection, rejected, otherwiseClosed, totalDecisions, applications, refugeeRecognitionRate,
                        totalProtectionRate, maskedCells`; rates are recognized / (recognized + complementary + rejected) and
                        (recognized + complementary) / (recognized + complementary + rejected), null when the denominator is 0.
                        Both also answer `text/csv` when asked with `Accept: text/csv`.""")
                .license(new License().name("Source data: UNHCR Refugee Population Statistics Database, CC BY 4.0")));
    }
}
