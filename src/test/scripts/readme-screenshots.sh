#!/usr/bin/env bash
# Remakes the README's images on a fresh demo store: screenshots of the viewer's main views from the
# real window, then map snapshots made by the app's own `snapshot` command.
# Needs a display: runs its own Xvfb (Debian package xvfb) when DISPLAY is unset.
# Usage: src/test/scripts/readme-screenshots.sh [OUT_DIR]   (default src/site/resources/screenshots)
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=${1:-src/site/resources/screenshots}
. src/test/scripts/display.sh 93
mvn -q -DbuildDir=target-shots test-compile dependency:build-classpath -Dmdep.outputFile=target-shots/cp.txt
cp="target-shots/classes:target-shots/test-classes:$(cat target-shots/cp.txt)"
# The window's size and the date the screenshots show (the tool centres the map itself).
cat > "$work/demo.db.viewer.json" <<'JSON'
{ "window": [0, 0, 1480, 900], "view": "ALL", "date": "2024-02-20" }
JSON
java -Dtestfx.robot=glass -cp "$cp" org.frontline.ui.ReadmeScreenshots "$work/demo.db" "$out"
for d in 2022-03-20 2022-11-20 2024-03-01; do
  java -Djava.awt.headless=true -cp "$cp" org.frontline.Main snapshot --db "$work/demo.db" --date "$d" \
    --width 1400 --height 900 --out "$out/ukraine-$d.png"
done
java -Djava.awt.headless=true -cp "$cp" org.frontline.Main snapshot --db "$work/demo.db" --date 2025-11-01 \
  --bbox 36.9,47.7,39.1,48.9 --width 1400 --height 900 --out "$out/donbas-2025-11-01.png"
