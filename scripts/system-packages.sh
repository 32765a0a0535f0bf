#!/usr/bin/env bash
# The Debian packages the tests need, installed when missing: `npm test` runs this first
# (its pretest script) and .ci/run runs `npm test`, so a fresh machine and CI can't drift.
#   chromium             opens report.html (test/load/report.test.ts) and prints reports to PDF
#   fonts-wqy-microhei   a CJK font, so Chromium and LibreOffice draw and print Chinese
#   libreoffice-writer   prints the layout generator's DOCX/HTML reports to PDF (scripts/make-layouts.mjs)
#   libreoffice-calc     opens the .xlsx workbook and converts its sheets to CSV (test/load/export/workbook.test.ts)
#   poppler-utils        pdftotext -layout: PDFs as the layout text researchers keep
#   tesseract-ocr        OCR of scanned reports (run --ocr; test/extract/ocr*.test.ts), with its English
#                        model (digits of figure cells); tesseract-ocr-chi-sim its simplified-Chinese one
#   sqlite3              Debian's own SQLite (3.40), older than better-sqlite3's: the database must
#                        open in it as it does in Python and Datasette (test/load/sqlite-compat.test.ts)
set -euo pipefail
missing=()
need() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }
need chromium chromium
need soffice libreoffice-writer-nogui
# Calc is its own package: without it soffice cannot load a workbook
[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing+=(libreoffice-calc-nogui)
need pdftotext poppler-utils
need pdftoppm poppler-utils
need sqlite3 sqlite3
need tesseract tesseract-ocr
# the models are packages of their own: without chi_sim, --ocr leaves scans needs_ocr
tesseract --list-langs 2>/dev/null | grep -qx chi_sim || missing+=(tesseract-ocr-chi-sim)
tesseract --list-langs 2>/dev/null | grep -qx eng || missing+=(tesseract-ocr-eng)
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
