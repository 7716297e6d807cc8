package org.gazette.parse.appointment;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a position as printed into organisation and post: {@code 市公安局巡特警支队支队长} →
 * {@code 市公安局巡特警支队} + {@code 支队长}. Rank and alternative-title notes in brackets at the end
 * ({@code （副处级）}, {@code （副台长）}, {@code （排第一）}) are not part of either. When no known post
 * word ends the position, nothing is split: a wrong split would be worse than none.
 */
public final class PositionSplitter {

    /** Post words, tried longest first. Prefixes 副, 常务副, 总 are part of the words where they occur. */
    private static final List<String> POSTS = List.of(
            "党组书记", "党委书记", "常务副局长", "常务副主任", "常务副县长", "常务副市长", "常务副区长", "常务副主席",
            "副董事长", "董事长", "副总经理", "总经理", "总经济师", "总工程师", "总规划师", "总会计师", "总审计师", "总农艺师",
            "督查专员", "副秘书长", "秘书长", "副支队长", "支队长", "副大队长", "大队长", "副中队长", "中队长",
            "副局长", "局长", "副厅长", "厅长", "副主任", "主任", "副所长", "所长", "副校长", "校长", "副院长", "院长",
            "副场长", "场长", "副台长", "台长", "副站长", "站长", "副行长", "行长", "副部长", "部长", "副处长", "处长",
            "副科长", "科长", "副主席", "主席", "副会长", "会长", "副理事长", "理事长", "副书记", "书记",
            "副省长", "省长", "副市长", "市长", "副县长", "县长", "副区长", "区长", "副乡长", "乡长", "副镇长", "镇长",
            "副经理", "经理", "副馆长", "馆长", "副总编辑", "总编辑", "副队长", "队长", "监事会主席", "监事",
            "调研员", "巡视员", "专员", "委员", "主任科员", "副主任科员",
            // the State Council's notices: ministries' departments, agencies, embassies, courts and procuratorates
            "副司长", "司长", "副署长", "署长", "参事", "副主任委员", "主任委员", "副总裁", "总裁", "副总监", "总监",
            "副社长", "社长", "特命全权大使", "副检察长", "检察长", "副庭长", "庭长").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]{1,8}[）)]$");
    private static final int MIN_ORGANIZATION = 2;

    /** An organisation and a post; both null when the position could not be split soundly. */
    public record Split(String organization, String post) {
    }

    private PositionSplitter() {
    }

    public static Split split(String position) {
        String p = position.strip();
        String previous;
        do {
            previous = p;
            p = TRAILING_NOTE.matcher(p).replaceFirst("");
        } while (!p.equals(previous));
        for (String post : POSTS) {
            if (p.endsWith(post) && p.length() - post.length() >= MIN_ORGANIZATION) {
                return new Split(p.substring(0, p.length() - post.length()), post);
            }
        }
        return new Split(null, null);
    }
}
