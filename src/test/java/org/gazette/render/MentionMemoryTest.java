package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.gazette.link.CitationIndex;

class MentionMemoryTest {

    private static final List<CitationIndex.Lookup> MENTIONS = List.of(
            new CitationIndex.Lookup("国发〔2016〕51号", null, "国务院关于某事的通知", "国发-2016-51"),
            new CitationIndex.Lookup(null, "令:321:湖南省人民政府", null, "湖南省人民政府令-321"));

    @TempDir
    Path tmp;

    @Test
    void whatABuildLearntIsKnownToTheNextAndWhatItNoLongerUsesIsForgotten() throws IOException {
        Path file = tmp.resolve("mentions");
        MentionMemory first = MentionMemory.read(file);
        assertNull(first.of("a/0"), "nothing known without a file");
        first.put("a/0", MENTIONS);
        first.put("b/1", List.of());
        assertTrue(first.changed());
        first.write(file);

        MentionMemory second = MentionMemory.read(file);
        assertEquals(MENTIONS, second.of("a/0"));
        assertTrue(second.changed(), "b/1 not asked about yet: what would be kept is less");
        assertEquals(List.of(), second.of("b/1"));
        assertFalse(second.changed(), "everything used, nothing learnt: not written again");
        second.put("a/0", MENTIONS);
        assertFalse(second.changed(), "learning what it knew changes nothing");

        MentionMemory third = MentionMemory.read(file);
        assertEquals(MENTIONS, third.of("a/0"));
        assertTrue(third.changed(), "b/1 was not used: the memory to keep is smaller");
        third.write(file);
        assertNull(MentionMemory.read(file).of("b/1"), "forgotten");
    }

    @Test
    void aDamagedFileIsAnEmptyMemory() throws IOException {
        Path file = tmp.resolve("mentions");
        MentionMemory memory = MentionMemory.empty();
        memory.put("a/0", MENTIONS);
        memory.write(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertNull(MentionMemory.read(file).of("a/0"), "truncated");
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 1;
        Files.write(file, flipped);
        assertNull(MentionMemory.read(file).of("a/0"), "a changed byte");
        Files.writeString(file, "not a memory");
        assertNull(MentionMemory.read(file).of("a/0"), "another format");
    }
}
