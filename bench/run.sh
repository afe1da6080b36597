#!/usr/bin/env bash
# Benchmark `dynsync validate` against the built-in simulator (loopback HTTPS, in process).
#
#   bench/run.sh            # 0 ms and 50 ms per response
#   RUNS=50 bench/run.sh    # more runs
#
# Needs hyperfine (apt-get install hyperfine) and GNU time (/usr/bin/time, apt-get install time)
# for peak RSS. Prints wall time per configuration, peak RSS, and the requests / TLS connections
# the simulator served. This is a measurement, not a test: nothing here fails on a slow machine.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-30}
cargo build --release --quiet
BIN=target/release/dynsync

command -v hyperfine >/dev/null || { echo "bench: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }

for ms in 0 50; do
  echo "== latency ${ms} ms per response"
  hyperfine --warmup 3 --runs "$RUNS" --style basic -N \
    "$BIN validate --demo --json --latency-ms $ms" \
    --export-json "target/bench-${ms}ms.json" 2>/dev/null | grep -E "Time|Range" || true
  python3 - "$ms" <<'PY'
import json, sys
ms = sys.argv[1]
r = json.load(open(f"target/bench-{ms}ms.json"))["results"][0]
print(f"   mean {r['mean']*1000:.1f} ms, median {r['median']*1000:.1f} ms, min {r['min']*1000:.1f} ms, max {r['max']*1000:.1f} ms ({len(r['times'])} runs)")
PY
  if [ -x /usr/bin/time ]; then
    rss=$(/usr/bin/time -f %M "$BIN" validate --demo --json --latency-ms "$ms" 2>&1 >/dev/null | tail -n 1)
    echo "   peak RSS ${rss} KiB"
  fi
  "$BIN" -v validate --demo --json --latency-ms "$ms" 2>&1 >/dev/null | grep '^\[demo\]' | sed 's/^/   /'
done
