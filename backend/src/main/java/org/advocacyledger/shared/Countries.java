package org.advocacyledger.shared;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-3 country codes. Hong Kong (HKG) and Macao (MAC) are jurisdictions of their own. */
public final class Countries {

    private static final Set<String> ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private Countries() {
    }

    public static boolean isAlpha3(String code) {
        return code != null && ALPHA3.contains(code);
    }
}
