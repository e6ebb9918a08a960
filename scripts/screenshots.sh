#!/usr/bin/env bash
# Screenshots of coach for the README, from the real binary on demo data:
# Today, Progress and the Guide, in English and Chinese, as PNGs in docs/img/.
#
#   scripts/screenshots.sh                 # all six, 120x40
#   SIZE=100x30 scripts/screenshots.sh     # another terminal size
#   ZOOM=2 scripts/screenshots.sh          # larger pictures (1.5 by default)
#   SHOTS="today-en guide-zh" scripts/screenshots.sh
#   REF=HEAD scripts/screenshots.sh        # coach as committed, not the work tree
#   DAY=2026-11-29 scripts/screenshots.sh  # another "today" (2026-11-25 by default)
#
# Each shot runs `coach` in a tmux window of its own (a private tmux server,
# no tmux.conf) on a fresh copy of `coach demo` data with COACH_TODAY fixed
# at DAY, presses the keys that open the screen, waits until the screen
# stops changing, and captures it with its colours (capture-pane -e). freeze
# (github.com/charmbracelet/freeze, run with `go run`) turns the capture into
# SVG; scripts/cellsvg sets the capture's default colours outright (freeze
# skips "default") and puts every character of the SVG on its terminal cell,
# so Chinese lines keep their columns; rsvg-convert makes the PNG. The same
# code and data give the same pictures, so re-run it after any change to the
# screens. It takes under a minute.
#
# Needs go, tmux, rsvg-convert and the fonts JetBrains Mono, DejaVu Sans Mono
# and Noto Sans CJK. When one is missing and apt-get can install it (as
# root), the script installs it (librsvg2-bin, fonts-jetbrains-mono,
# fonts-dejavu-core, fonts-noto-cjk).
set -euo pipefail

say() { printf '%s\n' "$*" >&2; }

cd "$(dirname "$0")/.."
root=$PWD
out=${OUT:-$root/docs/img}
size=${SIZE:-120x40}
zoom=${ZOOM:-1.5} # pixels per SVG unit: 1.5 keeps text sharp on a high-density screen
cols=${size%x*}
rows=${size#*x}
if [[ ! $cols =~ ^[0-9]+$ || ! $rows =~ ^[0-9]+$ ]]; then
	say "SIZE is COLSxROWS, such as 120x40, not $size"
	exit 2
fi
today=${DAY:-2026-11-25} # the demo's today, a Wednesday
shots=${SHOTS:-today-en progress-en guide-en today-zh progress-zh guide-zh}
freeze_mod=github.com/charmbracelet/freeze@v0.2.2

# --- tools and fonts --------------------------------------------------------
missing=()
command -v tmux >/dev/null || missing+=(tmux)
command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
[[ -n $(fc-list 'JetBrains Mono' 2>/dev/null) ]] || missing+=(fonts-jetbrains-mono)
[[ -n $(fc-list 'Noto Sans Mono CJK SC' 2>/dev/null) ]] || missing+=(fonts-noto-cjk)
[[ -n $(fc-list 'DejaVu Sans Mono' 2>/dev/null) ]] || missing+=(fonts-dejavu-core) # ○ ✓ ✗ at one cell
if ((${#missing[@]})); then
	if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
		say "installing ${missing[*]}"
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
	else
		say "screenshots.sh needs: ${missing[*]} (Debian package names); install them and run it again"
		exit 1
	fi
fi

work=$(mktemp -d)
sock=coach-shots-$$
cleanup() {
	tmux -L "$sock" kill-server 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

say "building coach${REF:+ at $REF} and cellsvg"
if [[ -n ${REF:-} ]]; then
	mkdir "$work/src"
	git archive "$REF" | tar -x -C "$work/src"
	(cd "$work/src" && go build -o "$work/coach" .)
else
	go build -o "$work/coach" .
fi
go build -o "$work/cellsvg" ./scripts/cellsvg
mkdir -p "$out" "$work/home"

for lang in en zh; do
	COACH_TODAY=$today "$work/coach" demo --db "$work/demo-$lang.db" --days 120 --seed 1 --lang "$lang" >/dev/null
done

tm() { tmux -L "$sock" -f /dev/null "$@"; }

# settle waits until the pane shows text and has not changed for half a
# second (the screens load their data just after the first frame), at most
# ten seconds.
settle() {
	local prev="" cur same=0
	for _ in $(seq 1 100); do
		sleep 0.1
		cur=$(tm capture-pane -e -p -t shot)
		if [[ -n ${cur//[[:space:]]/} && $cur == "$prev" ]]; then
			same=$((same + 1))
			((same >= 5)) && return 0
		else
			same=0
		fi
		prev=$cur
	done
	say "$shot: the screen still changes after 10 s; capturing it as it is"
}

# keys_for prints the keys that open a shot's screen from Today.
keys_for() {
	case $1 in
	today) ;;
	progress) echo 4 ;;
	guide) echo "5 j Enter" ;; # the section on the six competencies
	*)
		say "unknown screen: $1"
		return 1
		;;
	esac
}

# The terminal's default colours: freeze's text colour and its background.
fg='#c4c4c4'
bg='#171717'
# freeze's picture: the terminal's cells, the window's buttons, some room.
width=$(awk -v c="$cols" 'BEGIN { printf "%d", (c + 1) * 14 / 1.68 + 2 * 30 }')

for shot in $shots; do
	screen=${shot%-*}
	lang=${shot##*-}
	keys=$(keys_for "$screen")
	cp "$work/demo-$lang.db" "$work/shot.db"
	rm -f "$work/shot.db.drafts"
	tm new-session -d -s shot -x "$cols" -y "$rows" \
		env -u TMUX -u NO_COLOR TERM=xterm-256color COLORTERM=truecolor \
		HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
		COACH_TODAY="$today" COACH_DB="$work/shot.db" COACH_LANG="$lang" "$work/coach"
	settle
	for key in $keys; do
		tm send-keys -t shot "$key"
		sleep 0.2
	done
	settle
	tm capture-pane -e -p -t shot | "$work/cellsvg" -capture -fg "$fg" -bg "$bg" >"$work/$shot.ans"
	tm kill-session -t shot
	go run "$freeze_mod" --language ansi --window --border.radius 8 \
		--background "$bg" --padding 20,30 --margin 0 --width "$width" \
		-o "$work/$shot.svg" "$work/$shot.ans" >/dev/null
	"$work/cellsvg" <"$work/$shot.svg" >"$work/$shot.cells.svg"
	rsvg-convert --zoom "$zoom" -o "$out/$shot.png" "$work/$shot.cells.svg"
	say "wrote ${out#"$root"/}/$shot.png"
done
say "done in ${SECONDS}s"
