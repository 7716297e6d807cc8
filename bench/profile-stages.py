"""Sums an async-profiler profile of a gazette build (collapsed stacks, one per line with its
count; made with the `threads` option) by what the build was doing: its stages, the JIT compilers,
the collector. Usage: profile-stages.py FILE cpu|wall|alloc INTERVAL
  cpu, wall: INTERVAL is the sampling interval in milliseconds (the counts are samples); wall
             counts the main thread alone (where the build waits is where its stages are)
  alloc:     the counts are bytes (async-profiler's `total` option)"""
import collections
import re
import signal
import sys

signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into head: stop quietly

# Where a sample belongs: the first rule whose pattern is in its stack (thread name first).
RULES = [
    ("JIT compilers", r"^\[C[12] CompilerThre|^\[Compiler|CompileBroker::"),  # threads started later: no name
    ("collector", r"^\[(GC|VM Thread|ParGC|G1)|PSScavenge|PSParallelCompact|WorkerThread::run"),
    ("parse (sources, parse cache)", r"(SiteBuild|ContentReader)\.(lambda\$)?parse"),
    ("render (page models, fingerprints, templates)", r"SiteRenderer"),
    ("data files and feeds", r"export/(SiteData|Feeds)"),
    ("search files (shards, text pieces)", r"search/SearchFiles"),
    ("search index state (read, write)", r"search/IndexStateFile"),
    ("search index (analysis, update)", r"search/(IndexBuilder|IndexUpdate|Bm25)"),
    ("link check", r"publish/(LinkChecker|LinkMemory)"),
    ("sitemap", r"Sitemap"),
    ("publish (manifest, staging, commit)", r"publish/(SitePublisher|Manifest|SiteCommit|PreviousManifest)"),
    ("link", r"link/Linker"),
    ("scan", r"source/ContentTree"),
    ("mention memory", r"render/MentionMemory"),
    ("start (command line, class loading)", r"picocli|ClassLoader|SystemDictionary"),
]


def main(path, event, interval):
    totals = collections.Counter()
    methods = collections.Counter()
    for line in open(path, encoding="utf-8"):
        stack, count = line.rstrip("\n").rsplit(" ", 1)
        count = int(count)
        if event == "wall" and not stack.startswith("[main"):
            continue
        for name, pattern in RULES:
            if re.search(pattern, stack):
                totals[name] += count
                break
        else:
            totals["other"] += count
        for frame in set(re.sub(r"\$\$Lambda.*", "", f) for f in stack.split(";")[1:]):
            if frame.startswith("org/gazette/"):
                methods[frame] += count
    scale = (lambda c: c / 1e6) if event == "alloc" else (lambda c: c * interval / 1000)
    unit = "MB" if event == "alloc" else "s"
    whole = sum(totals.values())
    print(f"{scale(whole):9.2f} {unit}  in all ({event}{', main thread' if event == 'wall' else ''})")
    for name, count in totals.most_common():
        print(f"{scale(count):9.2f} {unit}  {100 * count / whole:5.1f} %  {name}")
    print("gazette's methods, inclusive:")
    for frame, count in methods.most_common(25):
        print(f"{scale(count):9.2f} {unit}  {frame[len('org/gazette/'):]}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]))
