/** What every feature shares: rule violations, country codes, problem details, projection reliability. */
package org.advocacyledger.shared;
