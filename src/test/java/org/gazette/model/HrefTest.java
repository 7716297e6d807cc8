package org.gazette.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HrefTest {

    @Test
    void percentEscapesAreDecodedAPlusIsAPlusAStrayPercentStays() {
        assertEquals("../documents/湘政发-2024-9.html", Href.decoded("../documents/%E6%B9%98%E6%94%BF%E5%8F%91-2024-9.html"));
        assertEquals("a+b.html", Href.decoded("a+b.html"));
        assertEquals("a+b c.html", Href.decoded("a+b%20c.html"), "a plus beside an escape too");
        assertEquals("100%.html", Href.decoded("100%.html"));
        assertEquals("100%zz.html", Href.decoded("100%zz.html"), "no escape: as written, not a failed build");
    }
}
