#!/bin/sh
# make-journal.sh BINARY DB writes one small journal with the command line of
# an older coach, so the upgrade tests open files that older code really
# wrote. Every fixture here was made by this script, at the commit its name
# gives (see README.md in this folder). The records are the same in all of
# them; store/upgrade_test.go knows them.
set -eu
bin=$1
export COACH_DB=$2 COACH_TODAY=2026-11-20 COACH_LANG=en
rm -f "$COACH_DB"
run() { "$bin" "$@" >/dev/null; }
run goal add "Understand the Go scheduler" --competency depth --why "to debug latency" \
	--target 2026-12-31 --resource "Go runtime source" --resource "The Go Programming Language"
run goal add "Write clearly" --competency collaboration
run goal add "Old plan" --competency innovation
run goal archive 3
run add "Read runtime source" --goal 1 --repeat daily --minutes 30
run add "Solve a graph problem" --goal 1 --repeat mon,wed,fri --minutes 20
run add "Write a design note" --goal 2 --due 2026-11-18 --notes "one page"
run add "Try a new editor" --competency breadth --due 2026-11-19
run done 1 --date 2026-11-16 --minutes 45 --note "finished proc.go"
run done 1 --date 2026-11-17 --note '{"looks":"like JSON"}'
run done 1 --date 2026-11-18 --minutes 123 --note "ünïcode 学习 ✓"
run done 2 --date 2026-11-16
run done 2 --date 2026-11-18 --minutes 0 --note ""
run done 3 --date 2026-11-19 --minutes 60 --note "sent for review"
run reflect --date 2026-11-17 --rating 4 -m "how the scheduler steals work" --next "read runtime/proc.go" --tag go --tag runtime
run reflect --date 2026-11-18 --rating 2 -m "graphs: BFS on a grid" --solved "an off-by-one in the queue"
# The day's backup the build made on opening is not a fixture.
rm -rf "$(dirname "$COACH_DB")/backups"
