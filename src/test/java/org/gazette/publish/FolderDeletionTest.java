package org.gazette.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDeletionTest {

    @TempDir
    Path tmp;

    @Test
    void deletesAManyFileTreeInParallelAndLeavesItsNeighbours() throws IOException {
        Path site = tmp.resolve("old-site");
        for (int d = 0; d < 30; d++) {
            Path folder = Files.createDirectories(site.resolve("search/text/" + d));
            for (int f = 0; f < 40; f++) Files.writeString(folder.resolve(f + ".js"), "piece " + f);
        }
        Files.writeString(site.resolve("index.html"), "home");
        Path neighbour = Files.writeString(tmp.resolve("keep.txt"), "not in the folder");

        FolderDeletion.delete(site); // 1,201 files: more than one batch

        assertFalse(Files.exists(site));
        assertTrue(Files.exists(neighbour));
    }

    @Test
    void aMissingFolderIsNothingToDo() throws IOException {
        FolderDeletion.delete(tmp.resolve("never-built"));
        assertTrue(Files.isDirectory(tmp));
    }
}
