# Headless Chromium and CJK fonts for the console's browser tests, shared by tests/run.sh.
# browser_find_or_install -> exports CROSSREGION_CHROMIUM (the chromium binary), installing Debian's chromium and
# fonts-noto-cjk with apt when either is missing (no browser download: Playwright drives this one).

browser_find_or_install() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  # fc-list comes with fontconfig, which a bare machine may lack: dpkg knows whether the fonts are installed.
  { fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || dpkg -s fonts-noto-cjk >/dev/null 2>&1; } || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} with apt for the browser tests" >&2
    local sudo=
    if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  CROSSREGION_CHROMIUM=$(command -v chromium)
  export CROSSREGION_CHROMIUM
}
