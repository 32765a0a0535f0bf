#!/usr/bin/env bash
# The Debian packages the tests need, installed when missing: `npm test` runs this first
# (its pretest script) and .ci/run runs `npm test`, so a fresh machine and CI can't drift.
#   chromium             opens report.html (test/load/report.test.ts) and prints reports to PDF
#   fonts-wqy-microhei   a CJK font, so Chromium and LibreOffice draw and print Chinese
#   libreoffice-writer   prints the layout generator's DOCX/HTML reports to PDF (scripts/make-layouts.mjs)
#   poppler-utils        pdftotext -layout: PDFs as the layout text researchers keep
set -euo pipefail
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need chromium chromium
need soffice libreoffice-writer-nogui
need pdftotext poppler-utils
need pdftoppm poppler-utils
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then missing+=(fonts-wqy-microhei); fi
[ ${#missing[@]} -eq 0 ] && exit 0
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
echo "system-packages: installing ${missing[*]} (Debian)" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "system-packages: run as root or install: apt-get install ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
