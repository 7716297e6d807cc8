#!/usr/bin/env python3
"""Generates a realistic gazette archive for benchmarks.

Usage: bench/generate.py DOCUMENTS OUT_CONTENT_DIR

Writes OUT_CONTENT_DIR/gazettes/<slug>/gazette.yaml and one text file per issue, in the real
format: masthead, 目录 with sections and (文号 登记号) page lines, then the documents. Documents are
the sample archive's own documents (parsed by `gazette check --json`) with new 文号 and
registration codes, their dates moved to the year before their issue's, each citing an earlier
generated document by 《title》（文号）; every tenth
document is an appointment notice naming people from a recurring pool. Deterministic: the same
arguments give the same files.
"""
import datetime
import json
import random
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTES = [
    ("gen-province", "湖南省人民政府公报", "湖南省人民政府办公厅", "湘政发", "HNPR", "湖南省人民政府", "省"),
    ("gen-city-a", "永州市人民政府公报", "永州市人民政府办公室", "永政发", "YZCR", "永州市人民政府", "市"),
    ("gen-city-b", "长沙市人民政府公报", "长沙市人民政府办公厅", "长政发", "CSCR", "长沙市人民政府", "市"),
    ("gen-county", "蓝山县人民政府公报", "蓝山县人民政府办公室", "蓝政发", "LSDR", "蓝山县人民政府", "县"),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红玉兰春梅海波宇飞鹏辉斌鑫浩然晨阳光林峰雪松"
POSTS = ["市公安局副局长", "市司法局副局长", "市教育局副局长", "市财政局局长", "市卫生健康局副局长",
         "市交通运输局总工程师", "市自然资源和规划局副局长", "市住房和城乡建设局副局长", "市乡村振兴局局长", "市信访局副局长"]
PER_ISSUE = 15


def templates():
    files = sorted((ROOT / "content" / "gazettes").rglob("*.txt"))
    out = subprocess.run([str(ROOT / "gazette"), "check", "--json", *map(str, files)], check=False,
                         capture_output=True, text=True, cwd=ROOT).stdout
    result = []
    for source in json.loads(out)["sources"]:
        lines = Path(ROOT / source["file"]).read_text(encoding="utf-8").split("\n")
        docs = source["documents"]
        starts = [d["start_line"] for d in docs]
        for d in docs:
            if not d["doc_number_source"] or d["type"] == "任免":
                continue
            if any(d["start_line"] < s <= d["end_line"] for s in starts) or d["end_line"] - d["start_line"] > 1500:
                continue
            result.append({"title": d["title"], "number": d["doc_number_source"], "reg": d["reg_code"],
                           "lines": lines[d["start_line"] - 1:d["end_line"]]})
    return result


def dated_before(title, lines, year):
    """The document's title and lines with their dates moved by whole years so that the latest falls
    in `year` (the year before its issue's): the sample's documents are of 2022-2024, the generated
    issues of 2000 on, and a document signed years after the issue that publishes it is what
    `gazette` reports as a misread date."""
    pattern = r"(\d{4})(?=\s*年)"
    found = [int(y) for line in lines for y in re.findall(pattern, line) if 1990 <= int(y) <= 2030]
    if not found:
        return title, lines
    delta = year - max(found)
    shift = lambda m: str(int(m.group(1)) + delta) if 1990 <= int(m.group(1)) <= 2030 else m.group(1)
    return re.sub(pattern, shift, title), [re.sub(pattern, shift, line) for line in lines]


def person(rng):
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


def main():
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    rng = random.Random(20261122)
    pool = [person(rng) for _ in range(max(50, count // 20))]
    bodies = templates()
    serial = {}
    made = []  # (title, number) of generated documents, for citations
    issue_counter = {}
    written = 0
    while written < count:
        for slug, name, publisher, agency, prefix, government, level in GAZETTES:
            if written >= count:
                break
            k = issue_counter.get(slug, 0) + 1
            issue_counter[slug] = k
            year = 2000 + (k - 1) // 24
            number_in_year = (k - 1) % 24 + 1
            issued = datetime.date(year, (number_in_year + 1) // 2, rng.randint(1, 28))
            docs = []
            for _ in range(min(PER_ISSUE, count - written)):
                key = (agency, year)
                serial[key] = serial.get(key, 0) + 1
                number = f"{agency}〔{year}〕{serial[key]}号"
                if written % 10 == 9:
                    who = [rng.choice(pool) for _ in range(4)]
                    title = f"{government}关于{who[0]}等同志职务任免的通知"
                    number = f"{agency[0]}政人〔{year}〕{serial[key]}号"
                    text = [title, "", number, "", "各有关单位：", "", f"{government[:-4]}人民政府决定：", ""]
                    for w in who:
                        post = rng.choice(POSTS).replace("市", level, 1)
                        text += [f"{w}同志任{post}（试用期一年）；" if rng.random() < 0.5 else f"免去{w}同志的{post}职务；", ""]
                    signed = issued - datetime.timedelta(days=rng.randint(7, 40))  # a few weeks before its issue
                    text += [government, "", f"{signed.year}年{signed.month}月{signed.day}日", ""]
                    reg = None
                else:
                    t = bodies[written % len(bodies)]
                    reg = f"{prefix}-{year}-{serial[key]:05d}"
                    title, dated = dated_before(t["title"], t["lines"], year - 1)
                    text = [line.replace(t["number"], number) for line in dated]
                    if t["reg"]:
                        text = [re.sub(r"[A-Z]{2,8}\s*[—–\-－]+\s*\d{4}\s*[—–\-－]+\s*\d{3,6}", reg, line) for line in text]
                    if made:
                        cited = made[rng.randrange(len(made))]
                        for i, line in enumerate(text):
                            if line.strip().endswith("：") and i < 12:
                                text.insert(i + 2, f"根据《{cited[0]}》（{cited[1]}）精神，结合实际，制定本文件。")
                                text.insert(i + 3, "")
                                break
                made.append((title, number))
                docs.append((title, number, reg, text))
                written += 1
            folder = out / "gazettes" / slug / str(year)
            folder.mkdir(parents=True, exist_ok=True)
            (out / "gazettes" / slug / "gazette.yaml").write_text(
                f"name: {name}\npublisher: {publisher}\nlevel: city\nregion: 湖南省\nkind: gazette\n", encoding="utf-8")
            lines = [name, "", f"{publisher} {issued.year}年{issued.month}月{issued.day}日 第{number_in_year}期 总第{k}期",
                     "", "目 录", "", "【政府文件】", ""]
            page = 3
            for title, number, reg, _ in docs:
                lines += [title, "", f"({number}{' ' + reg if reg else ''}) {page}", ""]
                page += 4
            for _, _, _, text in docs:
                lines += [""] + text
            (folder / f"{year}-{number_in_year:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {written} documents in {sum(issue_counter.values())} issues to {out}")


if __name__ == "__main__":
    main()
