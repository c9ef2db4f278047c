#!/usr/bin/env bash
# Refresh constraints.txt: install today's releases (within pyproject.toml's bounds) into a
# fresh virtual environment, write down exactly what came in, then run the whole suite on it.
# If the suite fails, the old pins are put back: a new release must never turn main red.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=$(mktemp -d)
python3 -m venv "$fresh/venv"
"$fresh/venv/bin/pip" install -q -e ".[test]"
cp constraints.txt "$fresh/constraints.old"
{
    echo "# Exact versions the test suite last passed with; refresh: bash tools/refresh_pins.sh"
    "$fresh/venv/bin/pip" freeze --exclude-editable
} > constraints.txt
if ! "$fresh/venv/bin/python" -m pytest; then
    cp "$fresh/constraints.old" constraints.txt
    echo "the suite fails on today's releases: constraints.txt left as it was" >&2
    exit 1
fi
echo "constraints.txt refreshed; commit it with the suite's result"
