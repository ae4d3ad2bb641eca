package org.advocacyledger.security;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/** Security failures answered as RFC 9457 problem details, never as a login-page redirect. */
@Component
class ProblemResponses {

    private final ObjectMapper json;
    private final SecurityLog securityLog;

    ProblemResponses(ObjectMapper json, SecurityLog securityLog) {
        this.json = json;
        this.securityLog = securityLog;
    }

    void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, e instanceof org.springframework.security.authentication.BadCredentialsException
                ? "Bad credentials" : "Authentication required");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        securityLog.record(SecurityLog.Kind.ACCESS_REFUSED, authentication == null ? null : authentication.getName(),
                request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI());
        write(response, HttpStatus.FORBIDDEN, "You are not allowed to do this");
    }

    void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, status, detail, null);
    }

    void write(HttpServletResponse response, HttpStatus status, String detail, String code) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (code != null) {
            problem.setProperty("code", code);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
