# Sourced by the scripts that drive the viewer (from the project folder):
#   . src/test/scripts/display.sh NUMBER
# Gives them a temporary folder $work and a display: their own Xvfb :NUMBER (Debian package xvfb)
# when DISPLAY is unset. Both go when the script exits.
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill "$xvfb"' EXIT
if [ -z "${DISPLAY:-}" ]; then
  Xvfb ":$1" -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=":$1"
  sleep 1
fi
