#!/usr/bin/env bash
# Times the planner's commands of two checkouts side by side (hyperfine, medians), each with its
# release binary (.build/release/liaison) run in its own folder on its own embedded default dataset,
# and both on the imported twin-town network, so that a change can show it made no planner command
# more than 10% slower.
#   scripts/bench_planner.sh OLD_CHECKOUT NEW_CHECKOUT [TWIN_TOWN_FOLDER]
# The twin-town folder is made with
#   liaison import twin-pairs ../shared/data/twin_towns_wikipedia_hekman/twin_cities_geocoded.csv -o DIR
set -euo pipefail
old="cd $(realpath "$1") && .build/release/liaison" new="cd $(realpath "$2") && .build/release/liaison"
twin=${3:+$(realpath "$3")}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)"; exit 1; }
out=$(mktemp -d)
run() {  # label, then the arguments
    local label=$1; shift
    hyperfine --warmup 1 --runs 5 --style none --export-json "$out/r.json" \
        -n old "$old $* >/dev/null" -n new "$new $* >/dev/null" >/dev/null 2>&1 || { echo "$label: failed"; return; }
    python3 - "$out/r.json" "$label" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
o, n = r["old"]["median"], r["new"]["median"]
print(f"{sys.argv[2]:<48} old {o*1000:8.1f} ms   new {n*1000:8.1f} ms   new/old {n/o:5.2f}")
PY
}
echo "default dataset (datasets/hong-kong)"
run "targets (sister)" targets
run "targets --layer eto" targets --layer eto
run "targets --area technology" targets --area technology
run "plan (eto, bri-population)" plan --layer eto
run "plan --layer sister" plan --layer sister
run "gaps" gaps
run "connector" connector
run "scenario eto-expansion-2016" scenario datasets/hong-kong/scenarios/eto-expansion-2016.yaml
run "summary --view year:2015" summary --view year:2015
run "report" report -o "$out/report.html"
run "centrality --measure pagerank" centrality --measure pagerank
if [ -n "$twin" ]; then
    echo "twin-town import ($twin), focus CN-SHANGHAI"
    run "targets (sister)" targets --dataset "$twin" --focus CN-SHANGHAI
    run "targets --layer eto" targets --dataset "$twin" --focus CN-SHANGHAI --layer eto
    run "plan --layer sister" plan --dataset "$twin" --focus CN-SHANGHAI --layer sister
    run "gaps" gaps --dataset "$twin" --focus CN-SHANGHAI
    run "connector" connector --dataset "$twin" --focus CN-SHANGHAI
fi
rm -rf "$out"
