package org.gazette.cli;

import java.nio.file.Path;

/** Shows paths the way the user would type them: relative to the working directory when inside it. */
final class DisplayPaths {

    private DisplayPaths() {
    }

    static String of(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
