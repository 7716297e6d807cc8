#!/usr/bin/env bash
# Search benchmark: gazette's index against Pagefind's, on the same generated archive.
# Usage: bench/search-bench.sh [DOCUMENTS]   (default 20000)
# Needs: python3, node/npm (Pagefind from the npm registry, installed into bench/pagefind/),
# Debian's chromium and chromium-driver.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
n="${1:-20000}"
out="$here/out/gen-$n"
cd "$root"
[ -f target/gazette.jar ] || mvn -B -q -Dstyle.color=never package -DskipTests
[ -d "$out/content" ] || python3 bench/generate.py "$n" "$out/content"
echo "archive: $n documents, $(du -sh "$out/content" | cut -f1) of text"

/usr/bin/time -o "$out/time-build.txt" -f "%e s, peak RSS %M KB" \
  java -Xmx12g -jar target/gazette.jar build --content "$out/content" --out "$out/site" | tail -n 1
echo "gazette build (all stages, search index included): $(cat "$out/time-build.txt")"
echo "gazette search index: $(du -sh "$out/site/search" | cut -f1) in $(find "$out/site/search" -type f | wc -l) files"

(cd bench/pagefind && npm install --no-audit --no-fund --silent)
rm -rf "$out/site/pagefind"
/usr/bin/time -o "$out/time-pagefind.txt" -f "%e s, peak RSS %M KB" \
  bench/pagefind/node_modules/.bin/pagefind --site "$out/site" --output-subdir pagefind >/dev/null
echo "pagefind index: $(cat "$out/time-pagefind.txt")"
echo "pagefind index: $(du -sh "$out/site/pagefind" | cut -f1) in $(find "$out/site/pagefind" -type f | wc -l) files"

mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
echo "gazette index alone (parse and link untimed): $(java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" \
  org.gazette.bench.IndexBench "$out/content" | tail -n 1)"
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.gazette.bench.SearchBench "$out/site" \
  "管理办法" "政务云" "湘政发2000 9" "医共体 建设" "公安局副局长" "\"试用期一年\"" 2>/dev/null
