/** Reading UNHCR's CSV layouts and turning a file into commands, one per country of asylum and year. */
package org.advocacyledger.statistics.importing;
