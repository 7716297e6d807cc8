package org.gazette.parse;

import java.util.regex.Pattern;

/**
 * Recognises the cover and imprint text of an issue (刊登声明, slogans, editorial board, imprint,
 * distribution list) that stands in the front matter, sometimes in the middle of the 目录.
 *
 * <p>A {@link CoverNoise} instance tracks whether it is inside a cover block (after 编辑委员会 or
 * 赠阅范围, whose following short lines are names and addressees): one instance per front matter.
 */
final class CoverNoise {

    private static final Pattern SLOGAN = Pattern.compile("^[" + Text.HAN + "]{4}(?:\\s+[" + Text.HAN + "]{4}){2,5}$");
    private static final Pattern NOTICE = Pattern.compile("^[◎◇◆★☆●○※■□].*|.*具有同等效力.*");
    private static final Pattern BLOCK_HEADER = Pattern.compile("^(?:编辑委员会|编委会|编辑出版|编辑部|赠阅范围|发送范围|主管|主办|承办)$");
    private static final Pattern LABEL = Pattern.compile(
            "^(?:顾问|主任|副主任|委员|总编辑|副总编辑|主编|副主编|责任编辑|执行编辑|公报室主任|编辑|主管|主办|编辑出版|出版|"
            + "电话|传真|邮箱|电子邮箱|地址|邮编|邮政编码|准印证号|承印|印刷|网址|刊号|国内统一刊号|国际标准刊号|发行|定价|投稿邮箱)[：:].*");
    private static final Pattern GAZETTE_TITLE = Pattern.compile("^《[^》]{2,30}(?:公报|公報)》$");
    /**
     * A line of personal names: three or more groups of 1–4 ideographs, or two of 2–4 (a single
     * character on each side of a space is more often a title broken by extraction: 通 知).
     */
    private static final Pattern NAME_LIST = Pattern.compile(
            "^(?:[" + Text.HAN + "]{1,4}(?:\\s+[" + Text.HAN + "]{1,4}){2,}|[" + Text.HAN + "]{2,4}\\s+[" + Text.HAN + "]{2,4})$");
    private static final int BLOCK_LINE_MAX = 16;

    private boolean inBlock;

    /** True when the line is cover text; updates the block state. Blank lines do not end a block. */
    boolean test(String line) {
        String raw = line.strip();
        if (raw.isEmpty()) return false;
        String s = Text.squeeze(raw);
        if (BLOCK_HEADER.matcher(s).matches()) {
            inBlock = true;
            return true;
        }
        if (SLOGAN.matcher(raw).matches() || NOTICE.matcher(raw).matches() || LABEL.matcher(s).matches()
                || GAZETTE_TITLE.matcher(s).matches() || NAME_LIST.matcher(raw).matches()) {
            return true;
        }
        if (inBlock && s.length() <= BLOCK_LINE_MAX && !Text.endsClause(s) && s.indexOf('《') < 0
                && !s.contains("关于")) {
            return true;
        }
        inBlock = false;
        return false;
    }

    /** Ends the current cover block (a TOC section or entry follows). */
    void endBlock() {
        inBlock = false;
    }
}
