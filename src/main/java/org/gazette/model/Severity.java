package org.gazette.model;

/** How bad a {@link Diagnostic} is. Errors make {@code gazette check} exit 1; the build goes on regardless. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
