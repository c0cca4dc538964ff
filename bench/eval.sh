#!/usr/bin/env bash
# Run kabar's evaluations on ../shared/data with the release binary:
#   PLOVER gold records (P/R/F1) and Indonesian–English agreement on PANL-BPPT.
# Usage: bench/eval.sh [DETAILS]   (DETAILS: worst records / pairs to print, default 0)
# DATA overrides the data directory (default: ../shared/data next to the repository).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${DATA:-$root/../shared/data}"
details="${1:-0}"
plover="$data/plover/PLOVER_GSR_CAMEO.dev.json"
par_id="$data/parallel/bppt-int-dev.id"
par_en="$data/parallel/bppt-int-dev.en"

if [ ! -d "$data" ]; then
    echo "eval: no evaluation data at $data (set DATA=DIR); nothing to run." >&2
    exit 2
fi

echo "== building the release binary" >&2
(cd "$root" && cargo build --release --quiet -p kabar)
kabar="$root/target/release/kabar"

status=0
echo "== PLOVER gold records"
if [ -f "$plover" ]; then
    "$kabar" eval plover "$plover" --details "$details"
else
    echo "missing: $plover (skipped)"
    status=2
fi

echo
echo "== Indonesian–English agreement (PANL-BPPT)"
if [ -f "$par_id" ] && [ -f "$par_en" ]; then
    "$kabar" eval parallel "$par_id" "$par_en" --details "$details"
else
    echo "missing: $par_id or $par_en (skipped)"
    status=2
fi
exit $status
