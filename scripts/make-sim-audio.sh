#!/usr/bin/env bash
# Regenerates resources/atsim/recording-voice.mp3, the clip the AT simulator loops to build
# call recordings of any length. Not part of the build: the clip is committed. Needs the
# Debian packages espeak-ng, sox and lame.
#
# The clip is MPEG-2 Layer III, 16 kHz mono, 32 kbit/s CBR, without the bit reservoir
# (--nores) and without a Xing/Info header (-t): every frame is exactly 144 bytes and
# decodes on its own, so the simulator can cut and repeat whole frames and still produce
# a valid file whose length players compute from its size.
set -euo pipefail
out=${1:-resources/atsim/recording-voice.mp3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
espeak-ng -v en -s 150 -w "$tmp/speech.wav" \
    "This is a call recording from the Africa's Talking simulator."
sox "$tmp/speech.wav" -r 16000 -c 1 "$tmp/speech16.wav" pad 0 0.5
lame --quiet -t --nores --cbr -b 32 -m m --resample 16 "$tmp/speech16.wav" "$out"
echo "wrote $out ($(stat -c %s "$out") bytes)"
