package org.gazette.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gazette.model.Block;
import org.junit.jupiter.api.Test;

class PageInputsTest {

    private final PageInputs inputs = new PageInputs("code 1");

    private static Map<String, Object> model(String paragraph) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", "湖南省人民政府关于印发《湖南省…》的通知");
        m.put("signed", LocalDate.of(2024, 6, 19));
        m.put("blocks", List.of(new Block.Division(Block.Kind.ARTICLE, "第一条", null, "第一条", 12,
                List.of(new Block.Paragraph(paragraph, 13)))));
        m.put("link", new Views.Link("湘政发〔2024〕9号", "../documents/湘政发-2024-9.html"));
        return m;
    }

    @Test
    void theSameModelHasTheSameFingerprintAndAnyChangeAnother() {
        String fingerprint = inputs.of("document.ftlh", model("本办法自印发之日起施行。"));
        assertEquals(32, fingerprint.length());
        assertEquals(fingerprint, inputs.of("document.ftlh", model("本办法自印发之日起施行。")));
        assertNotEquals(fingerprint, inputs.of("document.ftlh", model("本办法自2024年7月1日起施行。")), "a paragraph deep in the body");
        assertNotEquals(fingerprint, inputs.of("issue.ftlh", model("本办法自印发之日起施行。")), "the template");
        assertNotEquals(fingerprint, new PageInputs("code 2").of("document.ftlh", model("本办法自印发之日起施行。")),
                "the code or the templates");
    }

    @Test
    void stringsAreDelimited() {
        assertNotEquals(inputs.of("t", new LinkedHashMap<>(Map.of("a", List.of("ab", "c")))),
                inputs.of("t", new LinkedHashMap<>(Map.of("a", List.of("a", "bc")))));
    }

    @Test
    void whatHasNoFixedOrderOrStateCannotBeFingerprinted() {
        Map<String, Object> unordered = model("x");
        unordered.put("years", new HashMap<>(Map.of("2023", 1, "2024", 2)));
        assertNull(inputs.of("t", unordered));
        Map<String, Object> set = model("x");
        set.put("ids", Set.of("a", "b"));
        assertNull(inputs.of("t", set));
        Map<String, Object> mutable = model("x");
        mutable.put("thing", new Object());
        assertNull(inputs.of("t", mutable));
    }
}
