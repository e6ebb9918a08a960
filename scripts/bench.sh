#!/usr/bin/env bash
# Whole-process performance figures of coach on the demo datasets of a heavy
# user (1 and 10 years, today fixed at 2026-11-28), printed as one markdown
# table with the targets beside them.
#
#   scripts/bench.sh            # RUNS=15 launches and runs per quick figure
#   RUNS=20 SLOW_RUNS=5 scripts/bench.sh
#
# It builds the binary, makes the datasets with `coach demo --years N --db`,
# and measures, for each dataset:
#   - launch to the first full Today screen in a 120x40 pseudo-terminal,
#     timed by scripts/launchtime: from just before the program starts to
#     the read that brings the bytes completing the frame, as a terminal
#     emulator (charmbracelet/x/vt) shows it; median of RUNS after a warm-up.
#     The frame is full when it shows the tasks (" done "), the coach's
#     advice ("Coach: ") and the help line ("? help").
#   - the same in a 120x40 tmux window, timed by `launchtime -tmux`: from
#     just before `new-window` is sent to a running tmux server to the
#     first capture of the pane that shows the full frame; tmux's control
#     mode says when the pane prints, and each capture is a command on the
#     same connection, so the figure is late by one capture (well under a
#     millisecond) at most. Nothing is subtracted.
#   - the full-screen app's memory once it drew Today in tmux: VmRSS (and
#     VmHWM, its peak so far), from /proc/PID/status.
#   - `coach today` and `coach stats`: wall time, median of RUNS (hyperfine
#     when installed, else a loop around the command), and peak memory
#     (/usr/bin/time -v, "Maximum resident set size"), median of 5.
#   - `coach demo --years N`, `coach export -o FILE`, `coach import FILE`
#     (into a new database): wall time and peak memory, median of SLOW_RUNS.
#   - the database and export file sizes.
# Each figure comes with the 1-minute load average when it was taken: on a
# busy machine the figures are slower than they would be on an idle one.
#
# It installs nothing: a missing tool is named (with the command that
# installs it) and its rows are skipped. Everything happens in a temporary
# directory, removed at the end; launchtime runs tmux on a socket of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-15}
SLOW_RUNS=${SLOW_RUNS:-3}
(( RUNS >= 10 )) || { echo "RUNS must be 10 or more" >&2; exit 2; }
(( SLOW_RUNS >= 1 )) || { echo "SLOW_RUNS must be 1 or more" >&2; exit 2; }

export COACH_TODAY=2026-11-28 COACH_LANG=en
unset COACH_DB NO_COLOR

# --- tools -----------------------------------------------------------------

command -v go >/dev/null || { echo "go is needed to build coach" >&2; exit 1; }
have_tmux=0 have_hyperfine=0 have_time=0
if command -v tmux >/dev/null; then have_tmux=1; else
  echo "note: tmux is not installed: the launch and full-screen memory rows are skipped (sudo apt-get install tmux)" >&2
fi
if command -v hyperfine >/dev/null; then have_hyperfine=1; else
  echo "note: hyperfine is not installed: timing coach today/stats with a shell loop instead (sudo apt-get install hyperfine)" >&2
fi
if [ -x /usr/bin/time ]; then have_time=1; else
  echo "note: /usr/bin/time is not installed: the peak memory rows are skipped (sudo apt-get install time)" >&2
fi

# --- helpers ---------------------------------------------------------------

tmp=$(mktemp -d "${TMPDIR:-/tmp}/coach-bench.XXXXXX")
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# now_us: the wall clock in microseconds, into the variable now.
if [ -n "${EPOCHREALTIME:-}" ]; then
  now_us() { now=${EPOCHREALTIME//[!0-9]/}; }
else
  now_us() { now=$(date +%s%6N); }
fi

load1() { cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?"; }

# median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 }
    END { if (NR == 0) print "nan"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# maxrss_kb FILE: "Maximum resident set size" from /usr/bin/time -v output.
maxrss_kb() { awk -F': *' '/Maximum resident set size/ { print $2 }' "$1"; }

# Results: val[metric,years] (ms, MiB or MB), load[metric,years].
declare -A val load
set_val() { val[$1,$2]=$3; load[$1,$2]=$4; }

# timed_runs METRIC YEARS N SETUP CMD...: runs CMD N times (after SETUP,
# a shell snippet run untimed before each run, with $i the run number) and
# records the median wall time (ms) and, with /usr/bin/time, the median peak
# memory (MiB) under METRIC and METRIC_rss. Output goes to /dev/null.
timed_runs() {
  local metric=$1 years=$2 n=$3 setup=$4; shift 4
  local times=() rsss=() i t0 la
  la=$(load1)
  for (( i = 0; i < n; i++ )); do
    eval "$setup"
    if (( have_time )); then
      now_us; t0=$now
      /usr/bin/time -v -o "$tmp/time.txt" "$@" >/dev/null 2>"$tmp/err.txt" || { cat "$tmp/err.txt" >&2; return 1; }
      now_us
      rsss+=("$(maxrss_kb "$tmp/time.txt")")
    else
      now_us; t0=$now
      "$@" >/dev/null 2>"$tmp/err.txt" || { cat "$tmp/err.txt" >&2; return 1; }
      now_us
    fi
    times+=("$(( now - t0 ))")
  done
  set_val "$metric" "$years" "$(awk -v us="$(median "${times[@]}")" 'BEGIN { printf "%.1f", us / 1000 }')" "$la"
  if (( have_time )); then
    set_val "${metric}_rss" "$years" "$(awk -v kb="$(median "${rsss[@]}")" 'BEGIN { printf "%.1f", kb / 1024 }')" "$la"
  fi
}

# quick_runs METRIC YEARS CMD...: wall time (median of RUNS, hyperfine when
# installed) and peak memory (median of 5) of a command that takes
# milliseconds.
quick_runs() {
  local metric=$1 years=$2; shift 2
  local la; la=$(load1)
  if (( have_hyperfine )); then
    hyperfine --shell=none --warmup 3 --runs "$RUNS" --output=null --style=none \
      --export-json "$tmp/hf.json" "$*" >/dev/null
    local med
    med=$(grep -o '"median": *[0-9.eE+-]*' "$tmp/hf.json" | head -1 | sed 's/.*: *//')
    set_val "$metric" "$years" "$(awk -v s="$med" 'BEGIN { printf "%.1f", s * 1000 }')" "$la"
    if (( have_time )); then
      local rsss=() i
      for (( i = 0; i < 5; i++ )); do
        /usr/bin/time -v -o "$tmp/time.txt" "$@" >/dev/null 2>&1
        rsss+=("$(maxrss_kb "$tmp/time.txt")")
      done
      set_val "${metric}_rss" "$years" "$(awk -v kb="$(median "${rsss[@]}")" 'BEGIN { printf "%.1f", kb / 1024 }')" "$la"
    fi
  else
    "$@" >/dev/null 2>&1 || true # warm-up
    timed_runs "$metric" "$years" "$RUNS" ":" "$@"
  fi
}

# launch_runs YEARS DB [PROGRAM]: launch to the first full Today screen in
# tmux, and the app's memory then, by scripts/launchtime -tmux. PROGRAM
# (default coach) lets the same harness time the minimal bubbletea
# program, for calibration.
launch_runs() {
  local years=$1 db=$2 program=${3:-$coach} la out
  la=$(load1)
  if ! out=$(COACH_DB=$db "$tmp/launchtime" -tmux -runs "$RUNS" -- "$program"); then
    set_val launch "$years" "failed" "$la"
    return
  fi
  set_val launch "$years" "$(figure median "$out")" "$la"
  set_val app_rss "$years" "$(figure rss "$out")" "$la"
  set_val app_hwm "$years" "$(figure hwm "$out")" "$la"
}

# pty_runs YEARS DB [PROGRAM]: the same in a pseudo-terminal of
# launchtime's own, without tmux.
pty_runs() {
  local years=$1 db=$2 program=${3:-$coach} la out
  la=$(load1)
  if ! out=$(COACH_DB=$db "$tmp/launchtime" -runs "$RUNS" -- "$program"); then
    set_val pty "$years" "failed" "$la"
    return
  fi
  set_val pty "$years" "$(figure median "$out")" "$la"
}

# figure NAME LINE: one number from launchtime's line (median=37.5ms …).
figure() { sed -E "s/.*(^| )$1=([0-9.]+).*/\2/" <<<"$2"; }

# sync_runs YEARS DB: sync through a bare repository on this disk. Device A
# has the dataset and sends it all (sync init); each timed run of
# sync_new is a new device B getting the whole journal (sync init on an
# empty database); sync_incr is A sending 10 new tasks; the remote's size
# after git gc, plain and encrypted; and launch to Today with sync set up.
sync_runs() {
  local years=$1 db=$2 s=$tmp/sync$1
  command -v git >/dev/null || { echo "note: git is not installed: the sync rows are skipped" >&2; return 0; }
  rm -rf "$s"; mkdir -p "$s/a/coach"
  cp "$db" "$s/a/coach/coach.db"
  git init -q --bare "$s/plain.git"
  local A=(env -u COACH_DB XDG_DATA_HOME="$s/a" XDG_CONFIG_HOME="$s/a")
  local B=(env -u COACH_DB XDG_DATA_HOME="$s/b" XDG_CONFIG_HOME="$s/b")
  "${A[@]}" "$coach" sync init "$s/plain.git" >/dev/null
  timed_runs sync_new "$years" "$SLOW_RUNS" 'rm -rf "$s/b"' "${B[@]}" "$coach" sync init "$s/plain.git"
  timed_runs sync_incr "$years" "$SLOW_RUNS" \
    'for t in 1 2 3 4 5 6 7 8 9 10; do "${A[@]}" "$coach" add "bench task $i.$t" --repeat daily >/dev/null; done' \
    "${A[@]}" "$coach" sync
  git -C "$s/plain.git" gc -q
  set_val sync_remote "$years" "$(awk -v b="$(du -sb "$s/plain.git" | cut -f1)" 'BEGIN { printf "%.1f", b / 1e6 }')" "-"
  rm -rf "$s/e"; mkdir -p "$s/e/coach"; cp "$db" "$s/e/coach/coach.db"
  git init -q --bare "$s/sealed.git"
  env -u COACH_DB XDG_DATA_HOME="$s/e" XDG_CONFIG_HOME="$s/e" "$coach" sync init "$s/sealed.git" --encrypt >/dev/null 2>&1
  git -C "$s/sealed.git" gc -q
  set_val sync_sealed "$years" "$(awk -v b="$(du -sb "$s/sealed.git" | cut -f1)" 'BEGIN { printf "%.1f", b / 1e6 }')" "-"
  local la out
  la=$(load1)
  if out=$(COACH_DB="$s/a/coach/coach.db" XDG_CONFIG_HOME="$s/a" "$tmp/launchtime" -runs "$RUNS" -- "$coach"); then
    set_val sync_pty "$years" "$(figure median "$out")" "$la"
  else
    set_val sync_pty "$years" "failed" "$la"
  fi
}

# --- build and datasets ----------------------------------------------------

echo "building coach…" >&2
coach=$tmp/coach
go build -o "$coach" .
go build -o "$tmp/minimaltea" ./scripts/minimaltea
go build -o "$tmp/launchtime" ./scripts/launchtime

for y in 1 10; do
  echo "making the $y-year dataset…" >&2
  "$coach" demo --years "$y" --db "$tmp/y$y.db" >/dev/null
  set_val db_size "$y" "$(awk -v b="$(stat -c %s "$tmp/y$y.db")" 'BEGIN { printf "%.1f", b / 1e6 }')" "-"
done

# --- measurements ----------------------------------------------------------

echo "measuring a minimal bubbletea program, for calibration…" >&2
if (( have_tmux )); then launch_runs 0 /dev/null "$tmp/minimaltea"; fi

pty_runs 0 /dev/null "$tmp/minimaltea"

for y in 1 10; do
  db=$tmp/y$y.db
  echo "measuring the $y-year dataset…" >&2
  pty_runs "$y" "$db"
  if (( have_tmux )); then launch_runs "$y" "$db"; fi
  quick_runs today "$y" "$coach" today --db "$db"
  quick_runs stats "$y" "$coach" stats --db "$db"
  quick_runs recall "$y" "$coach" recall --db "$db"
  timed_runs demo "$y" "$SLOW_RUNS" 'rm -f "$tmp/demo.db"' "$coach" demo --years "$y" --db "$tmp/demo.db"
  timed_runs export "$y" "$SLOW_RUNS" 'rm -f "$tmp/export-$y.json"' "$coach" export --db "$db" -o "$tmp/export-$y.json"
  set_val export_size "$y" "$(awk -v b="$(stat -c %s "$tmp/export-$y.json")" 'BEGIN { printf "%.1f", b / 1e6 }')" "-"
  timed_runs import "$y" "$SLOW_RUNS" 'rm -rf "$tmp/imp"; mkdir "$tmp/imp"' "$coach" import "$tmp/export-$y.json" --db "$tmp/imp/coach.db"
  sync_runs "$y" "$db"
done

# --- the table -------------------------------------------------------------

# row LABEL METRIC UNIT MAX [MAXRATIO]: one table row; the target is met
# when the 10-year value is at most MAX and, with MAXRATIO, the 10-year
# value is at most MAXRATIO times the 1-year value.
row() {
  local label=$1 metric=$2 unit=$3 max=$4 maxratio=${5:-}
  local v1=${val[$metric,1]:-} v10=${val[$metric,10]:-}
  [ -n "$v1$v10" ] || return 0
  local ratio="" met="" target=""
  if [[ $v1 =~ ^[0-9.]+$ && $v10 =~ ^[0-9.]+$ ]] && awk -v a="$v1" 'BEGIN { exit !(a > 0) }'; then
    ratio=$(awk -v a="$v1" -v b="$v10" 'BEGIN { printf "%.2f×", b / a }')
  fi
  if [ -n "$max" ]; then
    target="≤ $max $unit"
    [ -n "$maxratio" ] && target="$target, ≤ ${maxratio}× 1y"
    if [[ $v10 =~ ^[0-9.]+$ ]]; then
      met=$(awk -v v="$v10" -v m="$max" -v a="$v1" -v r="$maxratio" 'BEGIN {
        ok = v <= m; if (r != "" && a > 0) ok = ok && v <= r * a; print ok ? "yes" : "**no**" }')
    else
      met="**no**"
    fi
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s / %s |\n' "$label" "${v1:--} ${v1:+$unit}" "${v10:--} ${v10:+$unit}" \
    "${ratio:--}" "${target:--}" "${met:--}" "${load[$metric,1]:--}" "${load[$metric,10]:--}"
}

echo
echo "coach whole-process figures — $(date '+%Y-%m-%d %H:%M'), $(nproc) cores, $(go version | cut -d' ' -f3), RUNS=$RUNS, SLOW_RUNS=$SLOW_RUNS"
echo
echo "| figure | 1 year | 10 years | 10y / 1y | target (10 years) | met | load avg 1y / 10y |"
echo "|---|---|---|---|---|---|---|"
row "launch to first full Today, pty 120×40 (median)" pty ms 60 1.15
row "launch to first full Today, tmux 120×40 (median)" launch ms 60 1.15
row "full-screen app VmRSS after drawing Today" app_rss MiB 40
row "full-screen app VmHWM after drawing Today" app_hwm MiB ""
row "\`coach today\` wall (median)" today ms 25 1.3
row "\`coach today\` peak RSS" today_rss MiB 25
row "\`coach stats\` wall (median)" stats ms 80
row "\`coach stats\` peak RSS" stats_rss MiB ""
row "\`coach recall\` wall (median)" recall ms 25
row "\`coach demo --years N --db\` wall" demo ms 10000
row "\`coach demo --years N --db\` peak RSS" demo_rss MiB ""
row "\`coach export -o FILE\` wall" export ms 2000
row "\`coach export -o FILE\` peak RSS" export_rss MiB ""
row "\`coach import FILE\` (new database) wall" import ms 5000
row "\`coach import FILE\` peak RSS" import_rss MiB ""
row "database file" db_size MB 20
row "JSON export file" export_size MB ""
row "launch to first full Today with sync set up, pty 120×40 (median)" sync_pty ms 60 1.15
row "\`coach sync\` of 10 changes, local bare remote (median)" sync_incr ms 300
row "first sync of a new device (\`coach sync init\`, median)" sync_new ms 10000
row "sync remote after \`git gc\` (plain; ≤ the export)" sync_remote MB "${val[export_size,10]:-}"
row "sync remote after \`git gc\` (encrypted; ≤ the export)" sync_sealed MB "${val[export_size,10]:-}"
if [ -n "${val[launch,0]:-}${val[pty,0]:-}" ]; then
  echo
  echo "Calibration: a minimal bubbletea v2 program at 120 fps (scripts/minimaltea) reaches its first frame in ${val[pty,0]:--} ms in the pty harness (load ${load[pty,0]:--}) and ${val[launch,0]:--} ms in the tmux one (load ${load[launch,0]:--}); the issue's reference machine gives 19 ms at 120 fps, 29 ms at 60."
fi
