#!/usr/bin/env bash
# Installs the Debian packages the checks need (DESIGN §6, §7):
#   chromium          built task pane page driven by playwright-core (/usr/bin/chromium)
#   libreoffice-calc  headless recalculation of the generated .xlsx (soffice)
#   libxml2-utils     manifest.xml against ../shared/manifest-xsd (xmllint)
#   poppler-utils     PDF of the rendered workbook checked for ### and looked at (pdftotext, pdftoppm)
# Idempotent: installs only what is missing, and does nothing when all are present.
set -euo pipefail

PACKAGES=(chromium libreoffice-calc libxml2-utils poppler-utils)

is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup-system: not a Debian/Ubuntu system; install ${PACKAGES[*]} with your package manager" >&2
  exit 1
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  is_installed "$pkg" || missing+=("$pkg")
done

if [ "${#missing[@]}" -eq 0 ]; then
  echo "setup-system: ${PACKAGES[*]} already installed"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "setup-system: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi

echo "setup-system: installing ${missing[*]}"
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update
# With the recommended packages (fonts among them): the configuration the checks were measured with;
# Chromium's screenshots and LibreOffice's chart rendering need real fonts.
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"

still_missing=()
for pkg in "${missing[@]}"; do
  is_installed "$pkg" || still_missing+=("$pkg")
done
if [ "${#still_missing[@]}" -ne 0 ]; then
  echo "setup-system: apt-get finished but these are still missing: ${still_missing[*]}" >&2
  exit 1
fi
echo "setup-system: installed ${missing[*]}"
