# Node.js and the contract tests' npm tools (tests/contract/package.json: Spectral, Redocly, openapi-typescript,
# openapi-fetch, TypeScript), shared by tests/run.sh. Node.js is for the tests only: the service builds and runs
# without it.
# node_find_or_install -> installs Debian's nodejs and npm with apt when node or npm is missing.
# node_tools_install DIR -> installs the pinned tools into DIR (outside the checkout) and exports
# CROSSREGION_NODE_TOOLS=DIR, where the contract tests look for them.

node_find_or_install() {
  if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    return
  fi
  echo "Installing nodejs and npm with apt for the contract tests" >&2
  local sudo=
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nodejs npm >/dev/null
}

node_tools_install() {
  local dir=$1 root
  root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
  mkdir -p "$dir"
  cp "$root/tests/contract/package.json" "$dir/package.json"
  echo "Installing the contract tools (node $(node --version)) into $dir" >&2
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >&2)
  CROSSREGION_NODE_TOOLS=$dir
  export CROSSREGION_NODE_TOOLS
}
