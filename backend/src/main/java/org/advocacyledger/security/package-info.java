/** Who may do what: users and roles, browser sessions with CSRF, HTTP Basic for scripts, audit metadata. */
package org.advocacyledger.security;
