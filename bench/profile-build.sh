#!/usr/bin/env bash
# Where a build's time goes, by stage: async-profiler 3.0 (tools.profiler:async-profiler on Maven
# Central, fetched once into target/; not a dependency of gazette) attached to `./gazette build`
# through JAVA_TOOL_OPTIONS, so that the build runs as the launcher runs it (its heap, its compiler
# choice, its class archive). Summed by bench/profile-stages.py.
# Usage: bench/profile-build.sh [add|nochange|full] [cpu|alloc|wall] [DOCUMENTS]
#   add       the newest issue held back and the site built without it, then put back: that build (default)
#   nochange  a rebuild with nothing changed
#   full      a --clean build
#   cpu       processor time of every thread (default); alloc: bytes allocated; wall: the main thread's time
# Works on the scale benchmark's archive and site (bench/out/gen-N/), and leaves both whole; the
# folded stacks stay in bench/out/profile-WHAT-EVENT.collapsed (for a flame graph tool).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
what="${1:-add}"; event="${2:-cpu}"; n="${3:-20000}"
set -- # what follows are the build's own arguments
out="$here/out/gen-$n"
cd "$here/.."
./gazette --version >/dev/null # builds the jar when needed
[ -d "$out/content" ] || python3 bench/generate.py "$n" "$out/content"

lib="target/async-profiler/libasyncProfiler.so"
if [ ! -s "$lib" ]; then
  mvn -B -q dependency:get -Dartifact=tools.profiler:async-profiler:3.0 -Dtransitive=false
  case "$(uname -m)" in aarch64 | arm64) arch=linux-arm64 ;; *) arch=linux-x64 ;; esac
  mkdir -p "$(dirname "$lib")"
  unzip -p "${MAVEN_REPOSITORY:-$HOME/.m2/repository}/tools/profiler/async-profiler/3.0/async-profiler-3.0.jar" \
    "$arch/libasyncProfiler.so" > "$lib"
fi

case "$event" in
  cpu) interval=2; [ "$what" = full ] && interval=5; options="event=cpu,interval=${interval}ms" ;;
  wall) interval=2; options="event=wall,interval=${interval}ms" ;;
  alloc) interval=0; options="event=alloc,total" ;;
  *) echo "unknown event: $event (cpu, alloc or wall)" >&2; exit 2 ;;
esac
profile="$out/profile-$what-$event.collapsed"
log="$out/profile-build.log"
build() { ./gazette build --content "$out/content" --out "$out/site" "$@"; }
# A build whose output matters only when it fails.
quietly() { "$@" > "$log" 2>&1 || { cat "$log"; exit 1; }; }
case "$what" in
  add)
    newest="$(python3 bench/newest-issue.py "$out/content")"
    mv "$newest" "$out/held-back.txt"
    trap 'mv "$out/held-back.txt" "$newest"' EXIT # the archive whole again, whatever happens
    quietly build
    mv "$out/held-back.txt" "$newest"
    trap - EXIT ;;
  nochange) quietly build ;;
  full) set -- --clean ;;
  *) echo "unknown build: $what (add, nochange or full)" >&2; exit 2 ;;
esac
JAVA_TOOL_OPTIONS="-agentpath:$(realpath "$lib")=start,$options,threads,collapsed,file=$profile" \
  quietly build "$@"
grep -E '^(stages|built)' "$log"
python3 bench/profile-stages.py "$profile" "$event" "$interval"
