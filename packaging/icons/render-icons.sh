#!/bin/sh
# Renders the PNG icons from marginalia.svg at the sizes desktops look for (hicolor theme).
# Run after changing the SVG and commit the PNGs (needs rsvg-convert from librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --output "marginalia-$size.png" marginalia.svg
done
