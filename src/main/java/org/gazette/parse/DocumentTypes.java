package org.gazette.parse;

import java.util.List;
import java.util.regex.Pattern;

/** The kind of a document, read from the last word of its title (文种). */
public final class DocumentTypes {

    /** Longest first, so that 实施方案 is not read as 方案 only when both could match. */
    private static final List<String> WORDS = List.of(
            "实施细则", "实施意见", "实施方案", "通知", "通告", "公告", "决定", "命令", "意见", "办法", "规定", "条例",
            "细则", "方案", "规划", "批复", "报告", "决议", "纲要", "清单", "通报", "答复", "规则", "制度", "措施",
            "政策", "目录", "计划", "指南", "标准", "解释", "函", "令");
    /** A notice of appointments ({@code …关于张三等同志职务任免的通知}), or a list headed as one ({@code 国务院任免国家工作人员}). */
    private static final Pattern APPOINTMENT = Pattern.compile(".*(?:任免|任职|免职|挂职|聘任|任命).*(?:通知|决定)$"
            + "|^[" + Text.HAN + "]{2,20}任免(?:国家工作人员|工作人员|干部)$");

    /** A remark in brackets after the type word: （试行）, （暂行）, （2024年修订）. */
    private static final Pattern REMARK = Pattern.compile("[（(][^（）()]{1,12}[）)]$");

    public static final String APPOINTMENT_TYPE = "任免";
    public static final String INTERPRETATION_TYPE = "解读";
    public static final String ORDER_TYPE = "令";

    private DocumentTypes() {
    }

    /** The type word that ends the title, {@link #APPOINTMENT_TYPE} for appointment notices, or null. */
    public static String of(String title) {
        if (title == null) return null;
        String t = Text.squeeze(title);
        char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (last == '）' || last == ')') t = REMARK.matcher(t).replaceFirst(""); // 管理办法（试行）: a 办法
        if (APPOINTMENT.matcher(t).matches()) return APPOINTMENT_TYPE;
        if (t.endsWith("解读")) return INTERPRETATION_TYPE;
        for (String word : WORDS) {
            if (t.endsWith(word)) {
                return word.startsWith("实施") ? word.substring(2) : word;
            }
        }
        return null;
    }

    /** True when a title ends with a known type word. */
    public static boolean endsWithTypeWord(String title) {
        return of(title) != null;
    }
}
