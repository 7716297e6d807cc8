#!/usr/bin/env bash
# Scale benchmark: a full build of a generated archive (all stages, search index included) against
# Hugo building the same documents as Markdown pages; then one new issue added to the built site.
# Usage: bench/scale-bench.sh [DOCUMENTS]   (default 20000)
# Needs: python3, Debian's hugo (apt-get install hugo). ONLY_NEW_ISSUE=1 skips the full builds.
# Run as root, it also adds the issue with the disk's caches cold.
# The JVM heap is the launcher's (GAZETTE_JAVA_OPTS to change it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
n="${1:-20000}"
out="$here/out/gen-$n"
hugo_site="$here/out/hugo-$n"
cd "$root"
./gazette --version >/dev/null   # builds the jar when needed
[ -d "$out/content" ] || python3 bench/generate.py "$n" "$out/content"
echo "archive: $n documents, $(du -sh "$out/content" | cut -f1) of gazette text, $(find "$out/content" -name '*.txt' | wc -l) issues"

measure() { # label, command...: wall time, CPU time (user + system) and peak RSS of the command
  local label="$1"; shift
  /usr/bin/time -o "$out/time.txt" -f "%e %M %U %S" "$@" > "$out/last.log" 2>&1 || { cat "$out/last.log"; exit 1; }
  read -r secs kb user sys < "$out/time.txt"
  printf '%-34s %8.1f s   CPU %6.1f s   peak RSS %6.0f MB\n' "$label" "$secs" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((kb / 1024))"
  echo "$secs" > "$out/$label.secs"
}

old_sites="$out/.replaced-sites"
if [ -z "${ONLY_NEW_ISSUE:-}" ]; then
# The last run's site is moved aside, and deleted only when everything is measured: deleting a
# quarter of a million files makes this disk discard their blocks in the background for minutes,
# and a full build that followed at once took 84 s instead of 49 (its search stage, which creates
# 224,000 files, 47.5 s instead of 8.2).
mkdir -p "$old_sites"
[ -d "$out/site" ] && mv "$out/site" "$old_sites/site.$$"
measure "gazette full build (--clean)" ./gazette build --clean --content "$out/content" --out "$out/site"
grep -E '^(stages|built)' "$out/last.log"

if command -v hugo >/dev/null; then
  if [ ! -d "$hugo_site/content" ]; then
    mkdir -p "$hugo_site" && cp -r bench/hugo/* "$hugo_site/"
    mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
      -Dmdep.includeScope=test >/dev/null
    java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" org.gazette.bench.HugoExport \
      "$out/content" "$hugo_site"
  fi
  rm -rf "$hugo_site/public" "$hugo_site/resources"
  sync
  measure "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1)" hugo --quiet --source "$hugo_site"
  echo "hugo wrote $(find "$hugo_site/public" -type f | wc -l) files"
  awk -v g="$(cat "$out/gazette full build (--clean).secs")" -v h="$(cat "$out/hugo "*.secs)" \
    'BEGIN { printf "gazette / hugo wall time: %.2f\n", g / h }'
else
  echo "hugo not installed (apt-get install hugo): no comparison"
fi
fi

# One new issue: the issue with the latest masthead date is held back, the site rebuilt without it,
# then it comes back (what a publisher does every two weeks).
newest="$(python3 bench/newest-issue.py "$out/content")"
mv "$newest" "$out/held-back.txt"
./gazette build --content "$out/content" --out "$out/site" > "$out/last.log"
echo "without the newest issue:           $(grep '^built' "$out/last.log" | grep -o '[0-9,]* files ([^)]*)')"
mv "$out/held-back.txt" "$newest"
touch "$out/before-new-issue"; sleep 1 # what the build writes is newer than this
measure "gazette adding one issue" ./gazette build --content "$out/content" --out "$out/site"
echo "adding ${newest#"$out/content/"}: $(grep '^built' "$out/last.log" | grep -o '[0-9,]* files ([^)]*)')"
grep '^stages' "$out/last.log"
# What a publisher would upload: the files the build wrote, search index apart.
find "$out/site" -type f -newer "$out/before-new-issue" -printf '%s %P\n' | awk '
  { if ($2 ~ /^search\//) { sn++; sb += $1 } else { n++; b += $1 } }
  END { printf "written: %d files, %.1f MB (search index: %d files, %.1f MB)\n", n, b / 1e6, sn, sb / 1e6 }'
# A publisher's next issue comes two weeks later, when the disk's caches no longer hold the site,
# its cache or the jar: the same again with the kernel's caches dropped first (as root; skipped
# where that is not allowed).
if [ -w /proc/sys/vm/drop_caches ]; then
  mv "$newest" "$out/held-back.txt"
  ./gazette build --content "$out/content" --out "$out/site" > "$out/last.log"
  mv "$out/held-back.txt" "$newest"
  sync && echo 3 > /proc/sys/vm/drop_caches
  measure "gazette adding one issue, cold" ./gazette build --content "$out/content" --out "$out/site"
  grep '^stages' "$out/last.log"
fi
# The replaced site deleted last, now that nothing is measured.
rm -rf "$old_sites"
