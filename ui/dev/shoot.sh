#!/bin/sh
# Screenshots of the mock build for looking at the UI: dev/shoot.sh NAME 'QUERY' [WIDTHxHEIGHT] [SCALE] [light|dark]
# Needs `npm run build:mock` served on :5183 (python3 -m http.server 5183 in dist-mock).
name=$1; q=$2; size=${3:-1000,800}; scale=${4:-1}; scheme=${5:-light}
mkdir -p shots
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --force-device-scale-factor="$scale" \
  --blink-settings=preferredColorScheme=$([ "$scheme" = dark ] && echo 0 || echo 1) \
  --virtual-time-budget=4000 --window-size="$size" --screenshot="shots/$name.png" \
  "http://127.0.0.1:5183/?$q" >/dev/null 2>&1
