package org.advocacyledger.shared.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import org.advocacyledger.shared.FieldViolation;
import org.advocacyledger.shared.RuleViolation;
import org.advocacyledger.shared.StateConflict;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem details. Field-level problems carry {@code errors: [{field, message}]}.
 * Unexpected failures answer 500 without internals.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        return Problems.invalid(e.violations());
    }

    @ExceptionHandler(org.advocacyledger.shared.Forbidden.class)
    ProblemDetail forbidden(org.advocacyledger.shared.Forbidden e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(StateConflict.class)
    ProblemDetail stateConflict(StateConflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    /** An update based on an older version ({@code If-Match}): nothing was stored; the current version is named. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail versionConflict(ConflictingAggregateVersionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The record was changed since version " + e.getExpectedVersion() + "; it is now at version "
                        + e.getActualVersion() + ". Reload it and apply your change again.");
        problem.setProperty("currentVersion", e.getActualVersion());
        problem.setProperty("expectedVersion", e.getExpectedVersion());
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record");
    }

    @ExceptionHandler(IdempotencyKeys.IdempotencyMismatch.class)
    ProblemDetail idempotencyMismatch(IdempotencyKeys.IdempotencyMismatch e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeys.IdempotencyConflict.class)
    ProblemDetail idempotencyConflict(IdempotencyKeys.IdempotencyConflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e; // answered by Spring Security's handlers (401/403)
        }
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return ruleViolation(violation);
            }
            if (cause instanceof StateConflict conflict) {
                return stateConflict(conflict);
            }
            if (cause instanceof ConflictingAggregateVersionException conflict) {
                return versionConflict(conflict);
            }
            if (cause instanceof AggregateNotFoundException notFound) {
                return aggregateNotFound(notFound);
            }
            if (cause instanceof NotFound notFound) {
                return notFound(notFound);
            }
            if (cause instanceof org.advocacyledger.shared.Forbidden forbidden) {
                return forbidden(forbidden);
            }
            if (cause instanceof org.axonframework.messaging.timeout.AxonTimeoutException) {
                log.warn("Query took longer than its time limit on {} {}", request.getMethod(), request.getRequestURI());
                return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, "The answer took longer than the time"
                        + " limit. On the embedded store a view of a past day replays the event store, which takes too long"
                        + " at this size; a real MongoDB is the remedy (see docs/benchmarks.md).");
            }
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldViolation> violations = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldViolation(f.getField(), f.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(Problems.invalid(violations));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof RequestSizeLimit.TooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(
                        ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, c.getMessage()));
            }
            if (c.getCause() == c) {
                break;
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ResponseEntity.badRequest().body(Problems.invalid(List.of(
                    new FieldViolation(path(unknown), "is not a known field"))));
        }
        if (cause instanceof ValueInstantiationException invalid && invalid.getCause() instanceof IllegalArgumentException why) {
            return ResponseEntity.badRequest().body(Problems.invalid(List.of(
                    new FieldViolation(path(invalid), why.getMessage()))));
        }
        if (cause instanceof InvalidFormatException invalid) {
            return ResponseEntity.badRequest().body(Problems.invalid(List.of(
                    new FieldViolation(path(invalid), "has the wrong type or an unknown value"))));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(Problems.invalid(List.of(
                    new FieldViolation(path(mapping), "has the wrong type"))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(
                new FieldViolation(name == null ? "parameter" : name, "has the wrong type or an unknown value"))));
    }

    static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** Builders shared by the advice and the security handlers. */
    static final class Problems {
        private Problems() {
        }

        static ProblemDetail invalid(List<FieldViolation> violations) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Validation failed");
            problem.setProperty("errors", violations.stream()
                    .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
            return problem;
        }
    }
}
