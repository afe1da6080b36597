#!/usr/bin/env bash
# Benchmark `dynsync validate` against the built-in simulator (loopback HTTPS, in process).
#
#   bench/run.sh            # 0 ms and 50 ms per response, then `validate --profile` (cached) at 50 ms
#   RUNS=50 bench/run.sh    # more runs
#
# Needs hyperfine (apt-get install hyperfine) and GNU time (/usr/bin/time, apt-get install time)
# for peak RSS. Prints wall time per configuration, peak RSS, and the requests / TLS connections
# the simulator served. This is a measurement, not a test: nothing here fails on a slow machine.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-30}
cargo build --release --quiet
OUT=${CARGO_TARGET_DIR:-target}
BIN=$OUT/release/dynsync

command -v hyperfine >/dev/null || { echo "bench: hyperfine is not installed (apt-get install hyperfine)" >&2; exit 1; }

for ms in 0 50; do
  echo "== latency ${ms} ms per response"
  hyperfine --warmup 3 --runs "$RUNS" --style basic -N \
    "$BIN validate --demo --json --latency-ms $ms" \
    --export-json "$OUT/bench-${ms}ms.json" 2>/dev/null | grep -E "Time|Range" || true
  python3 - "$OUT/bench-${ms}ms.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"   mean {r['mean']*1000:.1f} ms, median {r['median']*1000:.1f} ms, min {r['min']*1000:.1f} ms, max {r['max']*1000:.1f} ms ({len(r['times'])} runs)")
PY
  if [ -x /usr/bin/time ]; then
    rss=$(/usr/bin/time -f %M "$BIN" validate --demo --json --latency-ms "$ms" 2>&1 >/dev/null | tail -n 1)
    echo "   peak RSS ${rss} KiB"
  fi
  "$BIN" -v validate --demo --json --latency-ms "$ms" 2>&1 >/dev/null | grep '^\[demo\]' | sed 's/^/   /'
done

# `validate --profile` on a known org: the profile remembers the Marketo Config table, so its
# Default row is read in the second round with the other Dataverse reads. Against `demo-tenant`
# (loopback, 50 ms per response), a throwaway --config-dir, and the secrets from the environment
# (no keyring).
echo "== validate --profile (Marketo Config table remembered), latency 50 ms per response"
TMP=$(mktemp -d)
"$BIN" demo-tenant --latency-ms 50 --ca-file "$TMP/ca.pem" >"$TMP/banner" 2>/dev/null &
SIM=$!
trap 'kill "$SIM" 2>/dev/null; wait "$SIM" 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 100); do grep -q 'validate --profile' "$TMP/banner" 2>/dev/null && break; sleep 0.05; done
URL=$(grep -o 'https://127\.0\.0\.1:[0-9]*' "$TMP/banner" | head -n 1)
CLIENT_ID=$(grep -o -- '--client-id [^ ]*' "$TMP/banner" | head -n 1 | cut -d' ' -f2)
USERNAME=$(grep -o -- '--username [^ ]*' "$TMP/banner" | head -n 1 | cut -d' ' -f2)
DYNSYNC_CLIENT_SECRET=$(grep -o "'[^']*' | dynsync profile store-secret demo client-secret" "$TMP/banner" | cut -d"'" -f2)
DYNSYNC_PASSWORD=$(grep -o "'[^']*' | dynsync profile store-secret demo password" "$TMP/banner" | cut -d"'" -f2)
export DYNSYNC_CLIENT_SECRET DYNSYNC_PASSWORD
CFG="$TMP/config"
"$BIN" --config-dir "$CFG" profile set bench --client-id "$CLIENT_ID" --username "$USERNAME" \
  --org-url "$URL" --authority-host "$URL" --ca-bundle "$TMP/ca.pem" >/dev/null
# The first run finds the table and remembers it.
"$BIN" --config-dir "$CFG" validate --profile bench --json >/dev/null
grep -q '^\[profiles\.bench\.marketo_config\]' "$CFG/profiles.toml" \
  || { echo "bench: the profile did not remember the Marketo Config table" >&2; exit 1; }
hyperfine --warmup 3 --runs "$RUNS" --style basic -N \
  "$BIN --config-dir $CFG validate --profile bench --json" \
  --export-json "$OUT/bench-profile-50ms.json" 2>/dev/null | grep -E "Time|Range" || true
python3 - "$OUT/bench-profile-50ms.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"   mean {r['mean']*1000:.1f} ms, median {r['median']*1000:.1f} ms, min {r['min']*1000:.1f} ms, max {r['max']*1000:.1f} ms ({len(r['times'])} runs)")
print(f"   = {int(r['mean']*1000 // 50)} round trips of 50 ms on the critical path")
PY
if [ -x /usr/bin/time ]; then
  rss=$(/usr/bin/time -f %M "$BIN" --config-dir "$CFG" validate --profile bench --json 2>&1 >/dev/null | tail -n 1)
  echo "   peak RSS ${rss} KiB"
fi
requests=$("$BIN" --config-dir "$CFG" -v validate --profile bench --json 2>&1 >/dev/null | grep -c '^\[http\]' || true)
echo "   ${requests} requests per run"
