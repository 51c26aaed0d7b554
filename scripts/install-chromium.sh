#!/bin/sh
# Installs Debian's chromium for the headless browser test (test/browser/).
# Does nothing when chromium is already there; needs root to install.
set -eu

if [ -x /usr/bin/chromium ]; then
  echo "chromium staat al op /usr/bin/chromium."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "chromium ontbreekt en dit script draait niet als root: installeer het met 'apt-get install chromium'." >&2
  echo "Zonder chromium wordt de browsertest overgeslagen." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
/usr/bin/chromium --version
