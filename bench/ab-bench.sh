#!/usr/bin/env bash
# Two jars compared on incremental builds of the generated archive, fairly on a machine whose speed
# drifts: each jar keeps a site (and caches) of its own, so that neither parses or renders again
# because the other ran (a jar's caches are keyed by its bytes), and their no-change rebuilds are
# interleaved. Prints each run's wall and CPU time (user + system) and its stages.
# Usage: bench/ab-bench.sh OLD.jar NEW.jar [ROUNDS]   (default 3 rounds; jars copied, e.g. from target/)
#        DOCUMENTS=500 bench/ab-bench.sh …               (another archive size; default 20000)
# The first run of each jar builds its site whole (about two minutes each on this machine).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
old="$(realpath "$1")"; new="$(realpath "$2")"; rounds="${3:-3}"
n="${DOCUMENTS:-20000}"
out="$here/out/gen-$n"
[ -d "$out/content" ] || python3 "$here/generate.py" "$n" "$out/content"
# The launcher's options for an incremental build (C1 alone), without its class archive: one jar each.
opts=(-Xms768m -Xmx768m -XX:+UseParallelGC -Xmn96m -XX:TieredStopAtLevel=1)

run() { # label, jar, site
  /usr/bin/time -o "$out/ab-time.txt" -f "%e %U %S" java "${opts[@]}" -jar "$2" build --content "$out/content" \
    --out "$out/$3" > "$out/ab-last.log" 2>&1 || { cat "$out/ab-last.log"; exit 1; }
  read -r secs user sys < "$out/ab-time.txt"
  printf '%-4s %6.1f s   CPU %6.1f s   %s\n' "$1" "$secs" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
    "$(grep '^stages' "$out/ab-last.log")"
}

for side in old new; do
  jar="$old"; [ "$side" = new ] && jar="$new"
  [ -f "$out/ab-$side/.gazette-manifest" ] || echo "building the $side jar's site…"
  run "$side" "$jar" "ab-$side" > /dev/null # up to date with this jar: its caches and site made by it
done
for ((r = 1; r <= rounds; r++)); do
  run old "$old" ab-old
  run new "$new" ab-new
done
