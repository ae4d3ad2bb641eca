package org.advocacyledger.statistics.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One country of asylum, year and basis (P persons, C cases). Decision counts are null when no decision
 * figure matched, {@code applications} when no application figure matched.
 *
 * <ul>
 *   <li>refugee recognition rate = recognized / (recognized + complementary protection + rejected)</li>
 *   <li>total protection rate = (recognized + complementary protection) / (recognized + complementary protection + rejected)</li>
 * </ul>
 * Otherwise-closed decisions are outside the denominator; a zero denominator gives null, not 0.
 * {@code maskedCells} counts the summed cells that UNHCR masked ("5" = between 1 and 5): when it is not 0, the
 * totals and rates are approximate.
 */
@JsonPropertyOrder({"country", "year", "basis", "recognized", "complementaryProtection", "rejected", "otherwiseClosed",
        "totalDecisions", "applications", "refugeeRecognitionRate", "totalProtectionRate", "maskedCells"})
public record ProtectionRate(String country, int year, String basis, Long recognized, Long complementaryProtection,
                             Long rejected, Long otherwiseClosed, Long totalDecisions, Long applications,
                             Double refugeeRecognitionRate, Double totalProtectionRate, int maskedCells) {

    public static ProtectionRate of(String country, int year, String basis, Long recognized, Long complementaryProtection,
                                    Long rejected, Long otherwiseClosed, Long totalDecisions, Long applications,
                                    int maskedCells) {
        Double recognition = null;
        Double protection = null;
        if (recognized != null && complementaryProtection != null && rejected != null) {
            long substantive = recognized + complementaryProtection + rejected;
            if (substantive > 0) {
                recognition = (double) recognized / substantive;
                protection = (double) (recognized + complementaryProtection) / substantive;
            }
        }
        return new ProtectionRate(country, year, basis, recognized, complementaryProtection, rejected, otherwiseClosed,
                totalDecisions, applications, recognition, protection, maskedCells);
    }
}
