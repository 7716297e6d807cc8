#!/usr/bin/env bash
# Parse benchmark: builds a ~50 MB gazette text from the four samples (each copy's numbers shifted
# so that every document is distinct), then times `gazette check` on it and reports peak memory.
# Usage: bench/parse-bench.sh [megabytes]   (default 50)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
mb="${1:-50}"
out="$here/out"
mkdir -p "$out"
big="$out/big-${mb}mb.txt"
if [ ! -f "$big" ]; then
  python3 - "$root/content/gazettes" "$big" "$mb" <<'PY'
import pathlib, re, sys
src, dest, mb = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
texts = [p.read_text(encoding="utf-8") for p in sorted(src.rglob("*.txt"))]
number = re.compile(r"〔(\d{4})〕(\s*)(\d+)(\s*)号")
size, copy = 0, 0
with dest.open("w", encoding="utf-8") as f:
    while size < mb * 1024 * 1024:
        for t in texts:
            shifted = number.sub(lambda m: f"〔{m.group(1)}〕{m.group(2)}{int(m.group(3)) + 1000 * copy}{m.group(4)}号", t)
            f.write(shifted + "\n\n")
            size += len(shifted.encode("utf-8")) + 2
        copy += 1
PY
fi
(cd "$root" && [ -f target/gazette.jar ] || mvn -B -q -Dstyle.color=never package -DskipTests)
echo "input: $(du -h "$big" | cut -f1) $(wc -l < "$big") lines"
heap="${GAZETTE_BENCH_HEAP:-1g}"
summary=$(/usr/bin/time -o "$out/time.txt" -f "wall %e s, peak RSS %M KB" \
  java -Xmx"$heap" -jar "$root/target/gazette.jar" check "$big" | tail -n 1)
echo "$summary"
echo "heap limit $heap: $(cat "$out/time.txt")"
