#!/bin/sh
# Screenshots of the real program: drives .build/debug/newstui on ./seeds under tmux, captures the
# screen with `capture-pane -e -p -N` and renders PNGs with scripts/ansi2png.py.
#
#   scripts/screenshots.sh [--build]     (--build runs `swift build` first)
#
# Writes Screenshots/{articles,reader,split,help,conflicts,filtered}.{ansi,txt,png}; safe to re-run (it overwrites).
# Installs nothing: it says what is missing and exits 1.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bin="$root/.build/debug/newstui"
out="$root/Screenshots"

if [ "${1:-}" = "--build" ]; then swift build; fi

# --- prerequisites --------------------------------------------------------------------------
missing=0
if ! command -v tmux >/dev/null 2>&1; then
    echo "screenshots.sh: tmux is missing (Debian: apt-get install tmux)" >&2; missing=1
fi
if ! command -v python3 >/dev/null 2>&1; then
    echo "screenshots.sh: python3 is missing" >&2; missing=1
elif ! python3 -c 'import pyte, PIL' >/dev/null 2>&1; then
    echo "screenshots.sh: the Python modules pyte and Pillow are missing; install them with:" >&2
    echo "    pip install pyte pillow" >&2; missing=1
fi
fonts_missing=""
for f in dejavu/DejaVuSansMono.ttf:fonts-dejavu-core dejavu/DejaVuSansMono-Bold.ttf:fonts-dejavu-core \
         droid/DroidSansFallbackFull.ttf:fonts-droid-fallback noto/NotoColorEmoji.ttf:fonts-noto-color-emoji; do
    [ -e "/usr/share/fonts/truetype/${f%%:*}" ] || case " $fonts_missing " in
        *" ${f#*:} "*) ;; *) fonts_missing="$fonts_missing ${f#*:}" ;; esac
done
if [ -n "$fonts_missing" ]; then
    echo "screenshots.sh: fonts are missing; on Debian/Ubuntu install them with:" >&2
    echo "    apt-get install$fonts_missing" >&2
    missing=1
fi
if [ ! -x "$bin" ]; then
    echo "screenshots.sh: $bin not found; run \`swift build\` (or pass --build)" >&2; missing=1
fi
[ "$missing" = 0 ] || exit 1

# --- a private tmux server per shot ---------------------------------------------------------
# The server runs in the foreground (-D) as this script's child, so it is reaped here; the app
# runs under `sh -c '...; exec sleep 600'` so its shell reaps it and the server reaps the sleep.
work=$(mktemp -d "${TMPDIR:-/tmp}/newstui-shots.XXXXXX")
sock="$work/tmux.sock"
server=""
T() { env -u TMUX -u NO_COLOR tmux -S "$sock" -f /dev/null "$@"; }
stop_server() {
    if [ -n "$server" ]; then
        T kill-server >/dev/null 2>&1 || kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
        server=""
    fi
}
cleanup() {
    stop_server
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

start_server() {
    env -u TMUX -u NO_COLOR LANG=C.UTF-8 tmux -S "$sock" -f /dev/null -D </dev/null >/dev/null 2>&1 &
    server=$!
    i=0
    until [ -S "$sock" ]; do
        i=$((i + 1))
        if [ "$i" -ge 250 ]; then echo "screenshots.sh: tmux server did not start" >&2; exit 1; fi
        sleep 0.02
    done
}

# wait_for TEXT [ABSENT]: poll (5 s deadline) until TEXT is on screen (and ABSENT is not), then
# until two captures in a row are identical, so a half-drawn frame is never saved.
wait_for() {
    i=0
    while :; do
        screen=$(T capture-pane -t shot -p 2>/dev/null || true)
        case "$screen" in
            *"$1"*) if [ -z "${2:-}" ] || ! printf '%s' "$screen" | grep -qF -- "$2"; then break; fi ;;
        esac
        i=$((i + 1))
        if [ "$i" -ge 250 ]; then
            echo "screenshots.sh: timed out waiting for '$1' on screen; it showed:" >&2
            printf '%s\n' "$screen" >&2
            exit 1
        fi
        sleep 0.02
    done
    prev=""
    while :; do
        now=$(T capture-pane -t shot -p -e -N)
        [ "$now" = "$prev" ] && break
        prev=$now
        sleep 0.05
    done
}

# shot NAME COLS ROWS WAIT_TEXT ABSENT_TEXT [KEYS...]
shot() {
    name=$1 cols=$2 rows=$3 want=$4 absent=$5
    shift 5
    start_server
    T new-session -d -s shot -x "$cols" -y "$rows" -e LANG=C.UTF-8 \
        sh -c '"$0" "$@"; exec sleep 600' "$bin" seeds
    wait_for "▸ Trump pushes Russia"
    if [ "$#" -gt 0 ]; then T send-keys -t shot "$@"; fi
    wait_for "$want" "$absent"
    T capture-pane -t shot -p -e -N > "$work/$name.ansi"
    T capture-pane -t shot -p > "$work/$name.txt"
    # Quit and let the shell reap the app before the server goes (no orphaned processes).
    T send-keys -t shot Q
    i=0
    until [ "$(T display -p -t shot '#{pane_current_command}' 2>/dev/null)" = sleep ] || [ "$i" -ge 250 ]; do
        sleep 0.02; i=$((i + 1))
    done
    stop_server
    python3 "$root/scripts/ansi2png.py" "$cols" "$rows" "$work/$name.png" < "$work/$name.ansi"
    mkdir -p "$out"
    mv "$work/$name.ansi" "$work/$name.txt" "$work/$name.png" "$out/"
    echo "Screenshots/$name.png  (${cols}x${rows})"
}

shot articles 100 30 "▸ Trump pushes Russia" ""
shot reader   100 30 "US President Trump urges Russia" "▸ "       Enter
shot split    140 40 "│ US President Trump urges Russia" ""
shot help     100 30 "any other key closes" ""                   "?"
shot conflicts 140 40 "Why: " ""                                  3 Down Down
shot filtered  140 40 "country: Ukraine" "Filter by"            f k y i v Enter
