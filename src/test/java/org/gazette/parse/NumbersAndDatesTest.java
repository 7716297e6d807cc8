package org.gazette.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersAndDatesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"一,1", "十,10", "十五,15", "二十三,23", "四十二,42", "一百零五,105", "两,2", "〇,0", "2,2", "12,12"})
    void readsChineseNumerals(String numeral, int value) {
        assertEquals(value, ChineseNumerals.parse(numeral));
    }

    @Test
    void rejectsWhatIsNotANumeral() {
        assertEquals(-1, ChineseNumerals.parse("总则"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2024年7月12日 | 2024-07-12",
            "2022 年 12 月 6日 | 2022-12-06",
            "二〇二四年七月十二日 | 2024-07-12",
            "（2023年1月31日） | 2023-01-31"})
    void readsSignatureDates(String line, String iso) {
        assertEquals(LocalDate.parse(iso), Dates.wholeLine(line).orElseThrow());
    }

    @Test
    void aSentenceWithADateIsNotADateLine() {
        assertTrue(Dates.wholeLine("本办法自2024年8月1日起施行。").isEmpty());
        assertTrue(Dates.wholeLine("2024年2月30日").isEmpty(), "no such day");
    }
}
