#!/usr/bin/env bash
# Installs Debian's headless Chromium and a CJK font for the browser tests; does nothing when both are present.
set -euo pipefail

FONT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
if [ -x /usr/bin/chromium ] && [ -f "$FONT" ]; then
  echo "install-browser: chromium and WenQuanYi Zen Hei already present"
  exit 0
fi

# Root in CI containers; sudo where a developer runs it.
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-wqy-zenhei
/usr/bin/chromium --version || true
