#!/usr/bin/env bash
# Checks the system packages Basira needs; installs them with apt-get when run as root,
# otherwise names exactly what is missing and stops.
set -u
missing_cmds=()
apt_pkgs=()

need_cmd() {  # command, Debian package, why
  if ! command -v "$1" >/dev/null 2>&1; then
    missing_cmds+=("$1 ($3)")
    apt_pkgs+=("$2")
  fi
}

PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Basira needs Python 3.11 or newer as '$PY' (set PYTHON=/path/to/python3.11)." >&2
  exit 1
fi
"$PY" -c 'import venv, ensurepip' 2>/dev/null || { missing_cmds+=("python3-venv (virtual environments)"); apt_pkgs+=("python3-venv"); }
need_cmd node nodejs "front-end assets"
need_cmd npm npm "front-end assets"
need_cmd msgfmt gettext "compiling translations"
ldconfig -p 2>/dev/null | grep -q 'libpango-1.0.so' || { missing_cmds+=("libpango (PDF certificates)"); apt_pkgs+=("libpango-1.0-0" "libpangoft2-1.0-0"); }
ldconfig -p 2>/dev/null | grep -q 'libharfbuzz-subset.so' || { missing_cmds+=("libharfbuzz-subset (PDF certificates)"); apt_pkgs+=("libharfbuzz-subset0"); }
# Emoji in the printed documents (mock posts, live-quiz sets): without a colour emoji
# font WeasyPrint prints each as an empty box (tests/courses/test_course_documents.py).
fc-list 2>/dev/null | grep -qi 'Noto Color Emoji' || { missing_cmds+=("Noto Color Emoji font (emoji in PDFs)"); apt_pkgs+=("fonts-noto-color-emoji"); }
if [ "${WITH_BROWSER:-0}" = "1" ]; then
  need_cmd chromium chromium "browser tests"
  need_cmd pdftoppm poppler-utils "checking certificates as images"
fi

if [ "${WITH_DEPLOY:-0}" = "1" ]; then
  need_cmd nginx nginx-light "the deployment test, tests/deploy"
fi

[ ${#apt_pkgs[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${apt_pkgs[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null && exit 0
  echo "apt-get could not install: ${apt_pkgs[*]}" >&2
  exit 1
fi

echo "Missing system packages:" >&2
printf '  - %s\n' "${missing_cmds[@]}" >&2
echo "Install them, for example: sudo apt-get install ${apt_pkgs[*]}" >&2
exit 1
