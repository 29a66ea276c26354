#!/usr/bin/env bash
# Creates bench/out/scrapy-venv with Scrapy (for the side-by-side benchmark).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/../out/scrapy-venv"  # bench/out is git-ignored
if [ ! -x "$venv/bin/scrapy" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --upgrade pip
  "$venv/bin/pip" install --quiet "scrapy>=2.11,<3"
fi
"$venv/bin/scrapy" version

