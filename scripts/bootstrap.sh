#!/usr/bin/env bash
# Installs what callscribe needs on this machine, then returns quickly when everything is there.
#   system packages: redis-server ffmpeg sox espeak-ng pocketsphinx pocketsphinx-en-us pocketsphinx-testdata chromium postgresql
#                    (chromium drives the browser tests; postgresql is the server the call-index contract tests start;
#                    pocketsphinx-testdata has the recorded speech the local engine's tests and out-of-domain eval use)
#   node modules:    npm ci when package-lock.json changed since the last install
# Where apt-get is not available (or we are not root), it prints exactly what to install and fails.
# --node-only: the node modules alone (`npm run eval`, whose extraction-only runs need no system package).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'bootstrap: %s\n' "$*" >&2; }

# command -> Debian package providing it
declare -A PKG_OF=(
  [redis-server]=redis-server
  [ffmpeg]=ffmpeg
  [ffprobe]=ffmpeg
  [sox]=sox
  [espeak-ng]=espeak-ng
  [pocketsphinx_continuous]=pocketsphinx
  [/usr/bin/chromium]=chromium
)
missing=()
[ "${1:-}" = --node-only ] && PKG_OF=()
for cmd in "${!PKG_OF[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${PKG_OF[$cmd]}")
done
if [ "${1:-}" != --node-only ]; then
  [ -d /usr/share/pocketsphinx/model/en-us/en-us ] || missing+=(pocketsphinx-en-us)
  [ -f /usr/share/pocketsphinx/test/data/librivox/transcription ] || missing+=(pocketsphinx-testdata)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
fi
# de-duplicate
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u | sed '/^$/d')

if [ "${#missing[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    say "installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "missing system packages: ${missing[*]}"
    say "install them, then run this again. On Debian/Ubuntu:"
    say "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
    say "On macOS (Homebrew): brew install redis ffmpeg sox espeak-ng cmu-pocketsphinx postgresql; a Chromium at /usr/bin/chromium"
    exit 1
  fi
fi

# Node modules: reinstall when the lock file changed (or node_modules is missing).
stamp=node_modules/.callscribe-lock.sha256
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ] || [ ! -x node_modules/.bin/node ]; then
  say "installing node modules (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >&2
  echo "$lock_sum" > "$stamp"
fi

node_major=$(node_modules/.bin/node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 22 ]; then
  say "node_modules/.bin/node is Node $node_major; callscribe needs Node >= 22 (the 'node' devDependency pins 24)"
  exit 1
fi
