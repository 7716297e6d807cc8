package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.gazette.model.Citation;
import org.gazette.model.Document;

/**
 * How a document says when it takes effect and for how long it is valid, in the words gazettes use:
 * a day (自/于/从…起施行, 试行, in digits or Chinese numerals) or a rule (自印发之日起满30日后施行); years
 * (有效期, 有效期限, 试行期), a last day (有效期至…, 有效期为…至…, …废止 of itself), and what is another
 * document's end.
 */
class FinalProvisionsTest {

    private static Document notice(String finalProvision) {
        return Lines.parse("""
                长沙市人民政府关于印发长沙市物业管理办法的通知
                长政发〔2024〕6号
                各区县（市）人民政府，市直机关各单位：
                %s
                长沙市人民政府
                2024年2月1日
                """.formatted(finalProvision)).documents().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "本办法自2024年3月1日起施行。                       | 2024-03-01",
            "本办法自2024年3月1日起试行。                       | 2024-03-01",
            "本办法于2024年3月1日起施行。                       | 2024-03-01",
            "本办法从2024年3月1日起施行。                       | 2024-03-01",
            "本办法自二〇二四年三月一日起施行。                 | 2024-03-01",
            "本办法自3月1日起施行。                             | 2024-03-01",
            "本办法自印发之日起满30日后施行。                   | 自印发之日起满30日后施行",
            "本办法经2024年2月20日市人民政府常务会议通过，于2024年2月28日公布。 | ''"})
    void readsWhenADocumentTakesEffect(String provision, String effective) {
        assertEquals(effective.isEmpty() ? null : effective, notice(provision).effective());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "本办法自2024年3月1日起施行，有效期3年。                                | 3年         | ''",
            "本办法自2024年3月1日起施行，有效期限为五年。                            | 5年         | ''",
            "本办法自2024年3月1日起施行，试行期两年。                                | 2年         | ''",
            "本办法自2024年3月1日起施行，有效期至2027年2月28日。                      | 至2027-02-28 | ''",
            "本办法自2024年3月1日起施行，有效期为2024年3月1日至2027年2月28日。        | 至2027-02-28 | ''",
            "本办法自2024年3月1日起施行，2027年2月28日废止。                          | 至2027-02-28 | ''",
            "本办法自2024年3月1日起施行，长政发〔2018〕10号自2024年3月1日起废止。     | —           | 长政发〔2018〕10号",
            "本办法自2024年3月1日起施行，《长沙市物业管理办法》同时废止。             | —           | 《长沙市物业管理办法》"})
    void readsHowLongADocumentIsValid(String provision, String validity, String repealed) {
        Document d = notice(provision);
        assertEquals("2024-03-01", d.effective());
        assertEquals(validity, d.validity() == null ? "—"
                : d.validity().years() != null ? d.validity().years() + "年" : "至" + d.validity().until());
        assertEquals(repealed, d.repeals().stream().map(Citation::key).collect(Collectors.joining(" ")));
    }
}
