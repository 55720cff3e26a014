#!/usr/bin/env bash
# A team's afternoon: 50 complaints exported from a social inbox (test/fixtures/inbox/complaints-50.csv),
# worked through by three agents taking turns with `replybook next` and `replybook draft --case`,
# then the queue and the supervisor's report. It runs in a throwaway folder with its own SQLite
# log, or on the PostgreSQL log named by REPLYBOOK_DATABASE_URL (use an empty database).
#   bash examples/team-day/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rb() { node "$root/bin/replybook.js" "$@"; }
# The id of the complaint `next --json` printed, or nothing when nothing fits.
id_of() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);process.stdout.write(v?`${v.id} ${v.playbook??"-"}`:"")})'; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_STATE_HOME="$work/state"
cp "$here/replybookrc.yaml" .replybookrc.yaml
# A Monday afternoon in Rome, when all three are at work.
now="2026-12-07T14:00:00Z"

echo "\$ replybook inbox import complaints-50.csv"
rb inbox import "$root/test/fixtures/inbox/complaints-50.csv" --now "$now"
echo
echo "\$ replybook inbox --limit 5"
rb inbox --now "$now" --limit 5
echo

agents=("Anna Pace" "Dario Russo" "Marta Neri")
declare -A answered=() closed=()
while :; do
  progressed=0
  for agent in "${agents[@]}"; do
    read -r id playbook < <(rb next --agent "$agent" --json --now "$now" | id_of; echo) || true
    [ -n "${id:-}" ] || continue
    progressed=1
    if [ "$playbook" = "-" ]; then
      # The router found no complaint in it: the agent reads it and, when it needs no reply, closes it.
      rb inbox close "$id" --agent "$agent" --reason "no reply needed (read by $agent)" >/dev/null
      printf '%-12s #%-3s closed without a reply: %s\n' "$agent" "$id" "$(rb inbox --all --json | node -e 'const v=JSON.parse(require("fs").readFileSync(0,"utf8")).find(x=>x.id==process.argv[1]);console.log(v.text.slice(0,60))' "$id")"
      closed[$agent]=$(( ${closed[$agent]:-0} + 1 ))
      continue
    fi
    if out="$(rb draft --case "$id" --agent "$agent" --no-interactive --example --json 2>/dev/null)"; then
      printf '%-12s #%-3s %-20s %s\n' "$agent" "$id" "$playbook" "$(printf '%s' "$out" | node -e 'const o=JSON.parse(require("fs").readFileSync(0,"utf8"));console.log(o.reply.split("\n")[0].slice(0,70))')"
      answered[$agent]=$(( ${answered[$agent]:-0} + 1 ))
    else
      echo "$agent could not answer #$id:" >&2
      rb draft --case "$id" --agent "$agent" --no-interactive --example >/dev/null || true
      exit 1
    fi
  done
  [ "$progressed" = 1 ] || break
done
echo
for agent in "${agents[@]}"; do echo "$agent: ${answered[$agent]:-0} answered, ${closed[$agent]:-0} closed"; done
echo
echo "\$ replybook inbox"
rb inbox --now "$now"
echo
echo "\$ replybook report"
rb report
