#!/usr/bin/env bash
# Creates bench/crawler/.venv with Scrapy (for the side-by-side benchmark).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -x "$here/.venv/bin/scrapy" ]; then
  python3 -m venv "$here/.venv"
  "$here/.venv/bin/pip" install --quiet --upgrade pip
  "$here/.venv/bin/pip" install --quiet "scrapy>=2.11,<3"
fi
"$here/.venv/bin/scrapy" version
