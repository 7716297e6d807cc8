package org.gazette.model;

/**
 * A 规范性文件登记号 such as {@code HNPR—2024—00005}: region prefix, year and a serial whose leading
 * digits encode the issuing body class. Normalised with ASCII hyphens: {@code HNPR-2024-00005}.
 */
public record RegistrationCode(String source, String prefix, int year, String serial) {

    public String normalized() {
        return prefix + "-" + year + "-" + serial;
    }
}
