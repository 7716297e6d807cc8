package org.gazette.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;

import org.gazette.parse.Text;
import org.junit.jupiter.api.Test;

class DocumentIdentityTest {

    @Test
    void safeKeepsIdeographsLettersDigitsAndSingleDashes() {
        assertEquals("湘政发-2024-9", DocumentIdentity.safe("湘政发-2024-9"));
        assertEquals("国务院令-321", DocumentIdentity.safe("国务院令-321"));
        assertEquals("HNPR-2024-00005", DocumentIdentity.safe("HNPR-2024-00005"));
        assertEquals("关于印发-办法-的通知", DocumentIdentity.safe("关于印发《办法》的通知"));
        assertEquals("a-b", DocumentIdentity.safe("--a -- ,b--"));
        assertEquals("x", DocumentIdentity.safe("《》——"));
        assertEquals("x", DocumentIdentity.safe(""));
        assertEquals("x", DocumentIdentity.safe("-"));
        assertEquals("丨-政", DocumentIdentity.safe("丨\uD840\uDC00政"), "a character outside the BMP is a run of its own");
        assertEquals("兀-豈-㐀", DocumentIdentity.safe("兀·豈 㐀"), "the three ideograph blocks");
    }

    /** The definition the one-pass version replaced, three regular expressions, on random text. */
    @Test
    void safeAgreesWithTheRegularExpressionsItReplaced() {
        Pattern unsafe = Pattern.compile("[^" + Text.HAN + "A-Za-z0-9-]+");
        String alphabet = "-- aZ09_/.《》〔〕（）、，。丨政㐀䶿一鿿豈﫿\uFB00\u33FF\u4DC0\uD840\uDC00\uD83D";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String regex = unsafe.matcher(s).replaceAll("-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
            assertEquals(regex.isEmpty() ? "x" : regex, DocumentIdentity.safe(s.toString()), () -> "for \"" + s + "\"");
        }
    }
}
