#!/usr/bin/env bash
# Two jars compared on incremental builds of the generated archive, fairly on a machine whose speed
# drifts: each jar keeps a site (and caches) of its own, so that neither parses or renders again
# because the other ran (a jar's caches are keyed by its bytes), and their builds are interleaved.
# Prints each run's wall and CPU time (user + system), peak RSS, its stages and the files written.
# Usage: bench/ab-bench.sh OLD.jar NEW.jar [ROUNDS]   (default 3 rounds; jars copied, e.g. from target/)
#        DOCUMENTS=500 bench/ab-bench.sh …               (another archive size; default 20000)
#        ADD_ISSUE=1 bench/ab-bench.sh …                 (time adding the newest issue, held back just
#                                                         before, instead of a rebuild with nothing changed)
#        SITES=/dev/shm bench/ab-bench.sh …              (the two sites there, e.g. in memory, away from
#                                                         the disk's moods; default bench/out/gen-N)
#        OLD_TEMPLATES=DIR bench/ab-bench.sh …           (the old jar's templates, when they differ from
#                                                         the working tree's: a template may use a field
#                                                         the old jar's models lack; e.g. `git worktree add`
#                                                         the old commit and give its templates/)
# The first run of each jar builds its site whole (about two minutes each on this machine).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
old="$(realpath "$1")"; new="$(realpath "$2")"; rounds="${3:-3}"
n="${DOCUMENTS:-20000}"
out="$here/out/gen-$n"
sites="${SITES:-$out}"
[ -d "$out/content" ] || python3 "$here/generate.py" "$n" "$out/content"
newest=""
if [ -n "${ADD_ISSUE:-}" ]; then newest="$(python3 "$here/newest-issue.py" "$out/content")"; fi
held="$out/ab-held-back.txt"
put_back() { if [ -f "$held" ]; then mv "$held" "$newest"; fi; }
trap put_back EXIT # the archive whole again, whatever happens
# The launcher's options for an incremental build (C1 alone), without its class archive: one jar each.
opts=(-Xms768m -Xmx768m -XX:+UseParallelGC -Xmn96m -XX:MaxTenuringThreshold=1 -XX:TieredStopAtLevel=1)
if grep -qs '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled; then opts+=(-XX:+UseTransparentHugePages); fi

templates() { # jar: the templates it builds with
  if [ "$1" = "$old" ] && [ -n "${OLD_TEMPLATES:-}" ]; then realpath "$OLD_TEMPLATES"; else echo "$here/../templates"; fi
}

build() { # jar, site
  java "${opts[@]}" -jar "$1" build --content "$out/content" --templates "$(templates "$1")" --out "$sites/$2" > "$out/ab-last.log" 2>&1 \
    || { cat "$out/ab-last.log"; exit 1; }
}

run() { # label, jar, site
  if [ -n "$newest" ]; then # the site without the newest issue first, then the issue back
    mv "$newest" "$held"
    build "$2" "$3"
    put_back
  fi
  /usr/bin/time -o "$out/ab-time.txt" -f "%e %U %S %M" java "${opts[@]}" -jar "$2" build --content "$out/content" --templates "$(templates "$2")" \
    --out "$sites/$3" > "$out/ab-last.log" 2>&1 || { cat "$out/ab-last.log"; exit 1; }
  read -r secs user sys kb < "$out/ab-time.txt"
  printf '%-4s %6.1f s   CPU %6.1f s   %4d MB   %s   %s\n' "$1" "$secs" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
    "$((kb / 1024))" "$(grep '^stages' "$out/ab-last.log")" "$(grep -o '([0-9]* written' "$out/ab-last.log" | tr -d '(')"
}

for side in old new; do
  jar="$old"; [ "$side" = new ] && jar="$new"
  [ -f "$sites/ab-$side/.gazette-manifest" ] || echo "building the $side jar's site…"
  build "$jar" "ab-$side" # up to date with this jar: its caches and site made by it
done
for ((r = 1; r <= rounds; r++)); do
  run old "$old" ab-old
  run new "$new" ab-new
done
