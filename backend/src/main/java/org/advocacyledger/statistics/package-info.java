/** Protection statistics: UNHCR asylum decisions and applications, imported as events, and the protection rates read from them. */
package org.advocacyledger.statistics;
