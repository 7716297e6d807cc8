package org.gazette.link;

/**
 * Names of jurisdictions and of organisations within them. A notice of 永州市人民政府 says
 * {@code 市公安局}; within its jurisdiction that is {@code 永州市公安局}, the key under which posts
 * from different notices meet.
 */
public final class Jurisdictions {

    private Jurisdictions() {
    }

    /** The place of an issuing government: {@code 永州市人民政府} → {@code 永州市}. */
    public static String label(String issuer) {
        if (issuer == null) return "未知";
        return issuer.replaceFirst("(?:人民政府办公厅|人民政府办公室|人民政府|政府)$", "");
    }

    /**
     * The organisation's full name within the jurisdiction: a leading level word (省, 市, 县, 区)
     * that matches the jurisdiction's own level is expanded to the jurisdiction's name.
     */
    public static String organization(String organization, String jurisdictionLabel) {
        if (organization == null || jurisdictionLabel == null || jurisdictionLabel.length() < 2) return organization;
        char level = jurisdictionLabel.charAt(jurisdictionLabel.length() - 1);
        if (organization.charAt(0) == level && !organization.startsWith(jurisdictionLabel)) {
            return jurisdictionLabel.substring(0, jurisdictionLabel.length() - 1) + organization;
        }
        return organization;
    }
}
