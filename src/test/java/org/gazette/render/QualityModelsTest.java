package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.gazette.model.Diagnostic;
import org.gazette.model.Severity;

class QualityModelsTest {

    private static Diagnostic in(String file) {
        return new Diagnostic(file, 1, Severity.WARNING, "unplaced-line", "text");
    }

    @Test
    void everyFileHasAPageOfItsOwnOnAFileSystemThatIgnoresCase() {
        // 2024-14.TXT and 2024-14.txt are two files on Linux, one page on Windows and macOS.
        QualityModels quality = new QualityModels(List.of(in("content/gazettes/g/2024/2024-14.txt"),
                in("content/gazettes/g/2024/2024-14.TXT"), in("content/gazettes/g/2024/2024 14.txt")));
        // In file order ("2024 14.txt" first): -TXT-2 is -txt-2 on such a system, so the third takes -3.
        assertEquals(List.of(
                "data-quality/content-gazettes-g-2024-2024-14-txt.html",
                "data-quality/content-gazettes-g-2024-2024-14-TXT-2.html",
                "data-quality/content-gazettes-g-2024-2024-14-txt-3.html"),
                quality.files().stream().map(QualityModels.FileProblems::path).toList());
    }
}
