#!/usr/bin/env bash
# Regenerates src/main/cds/viewer-classes.lst, the classes a viewer start loads, from which
# `mvn package` makes the class-data-sharing archive target/frontline.jsa. Run it after changes that
# alter what the viewer loads at start-up (new libraries, big refactors); a stale list only makes the
# archive cover fewer classes (CdsClassListTest fails when many of our own entries have gone).
# Needs a display: runs its own Xvfb (Debian package xvfb) when DISPLAY is unset.
set -euo pipefail
cd "$(dirname "$0")/../../.."
. src/test/scripts/display.sh 94
mvn -q -DskipTests package
export XDG_DATA_HOME="$work"   # a default store of its own, filled with the demo corpus by the first run
# Until every claim is read and the areas drawn: the panels made after the first map are in the list too.
run() { java -Dfrontline.reportStartup=true -Dfrontline.exitWhenLoaded=true "$@" -jar target/frontline.jar; }
run >/dev/null 2>&1
run -XX:DumpLoadedClassList="$work/classes.lst" 2>&1 | grep "first map drawn\|all claims"
mv "$work/classes.lst" src/main/cds/viewer-classes.lst
wc -l src/main/cds/viewer-classes.lst
