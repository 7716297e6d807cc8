package org.gazette.parse.appointment;

import java.util.ArrayList;
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
            // ranks (职级) held at the organisation: 一级调研员 is not 调研员 of 某局一级
            "一级巡视员", "二级巡视员", "一级调研员", "二级调研员", "三级调研员", "四级调研员",
            "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员",
            // the State Council's notices: ministries' departments, agencies, embassies, courts and procuratorates
            "副司长", "司长", "副署长", "署长", "参事", "副主任委员", "主任委员", "副总裁", "总裁", "副总监", "总监",
            "副社长", "社长", "特命全权大使", "副检察长", "检察长", "副庭长", "庭长").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern TRAILING_NOTE = Pattern.compile("[（(][^（）()]{1,8}[）)]$");
    private static final int MIN_ORGANIZATION = 2;
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile("^(?:常务)?副?[省市县区乡镇]长$");

    /** An organisation and a post; both null when the position could not be split soundly. */
    public record Split(String organization, String post) {
    }

    private PositionSplitter() {
    }

    public static Split split(String position) {
        String p = withoutNotes(position);
        for (String post : POSTS) {
            if (p.endsWith(post) && p.length() - post.length() >= MIN_ORGANIZATION && p.charAt(p.length() - post.length() - 1) != '、') {
                return new Split(p.substring(0, p.length() - post.length()), post);
            }
        }
        return new Split(null, null);
    }

    /**
     * The positions one printed position lists: {@code 市交通运输局局长、党组书记} is two posts of one
     * organisation, {@code 市交通运输局局长} and {@code 市交通运输局党组书记}, so that each post's holders
     * are found; a piece with an organisation of its own ({@code 市政府副秘书长、办公厅主任}) stands as
     * printed. The position whole, as one, unless its first piece splits and every other piece is a
     * post word or splits: a 、 inside an organisation's name must not cut it.
     */
    public static List<String> listed(String position) {
        List<String> pieces = pieces(position);
        if (pieces.size() == 1) return List.of(position);
        String organization = split(pieces.get(0)).organization();
        if (organization == null) return List.of(position);
        List<String> positions = new ArrayList<>(List.of(pieces.get(0)));
        for (String piece : pieces.subList(1, pieces.size())) {
            if (HEAD_OF_GOVERNMENT.matcher(piece).matches()) {
                return List.of(position); // 省委副书记、省长: the head of a government, not of the first piece's body
            } else if (POSTS.contains(withoutNotes(piece))) {
                positions.add(organization + piece);
            } else if (split(piece).organization() != null) {
                positions.add(piece);
            } else {
                return List.of(position);
            }
        }
        return positions;
    }

    /** The position cut at each 、 outside brackets; the position whole when a piece would be empty. */
    static List<String> pieces(String position) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < position.length(); i++) {
            char c = position.charAt(i);
            if (c == '（' || c == '(') depth++;
            else if ((c == '）' || c == ')') && depth > 0) depth--;
            else if (c == '、' && depth == 0) {
                pieces.add(position.substring(from, i).strip());
                from = i + 1;
            }
        }
        pieces.add(position.substring(from).strip());
        return pieces.stream().anyMatch(String::isEmpty) ? List.of(position) : pieces;
    }

    private static String withoutNotes(String position) {
        String p = position.strip();
        String previous;
        do {
            previous = p;
            p = TRAILING_NOTE.matcher(p).replaceFirst("");
        } while (!p.equals(previous));
        return p;
    }
}
