#!/usr/bin/env bash
# Scores newstui's entity recognition against mention-level gold (default: the gum-tune set).
# Usage: scripts/score-entities.sh [GOLD_DIR]     (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
gold=${1:-Tests/NewsModelTests/Fixtures/gum-tune}
swift build -c release --product newstui >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
.build/release/newstui analyze "$gold"/*.txt --format json --no-cache > "$out/analysis.json"
python3 - "$out" <<'PY'
import json, os, sys
out = sys.argv[1]
doc = json.load(open(os.path.join(out, "analysis.json")))
os.makedirs(os.path.join(out, "pred"), exist_ok=True)
for a in doc["articles"]:
    name = os.path.splitext(os.path.basename(a["path"]))[0]
    preds = [{"start": m["start"], "end": m["end"], "text": m["text"], "type": m["kind"]}
             for m in a["mentions"] if m["form"] == "name"]
    json.dump(preds, open(os.path.join(out, "pred", name + ".json"), "w"))
PY
scorer=Tests/NewsModelTests/Fixtures/score_entities.py
python3 "$scorer" "$gold" "$out/pred"
