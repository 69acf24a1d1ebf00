#!/usr/bin/env bash
# Scores newstui's claims and conflicts against hand-annotated claim gold
# (default: Tests/NewsModelTests/Fixtures/claims-gold, articles from the gum-tune folder).
# Usage: scripts/score-claims.sh [score-claims.py options, e.g. --quiet]   (builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product newstui >/dev/null
exec python3 scripts/score-claims.py "$@"
