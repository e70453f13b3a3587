#!/usr/bin/env bash
# Renders the application icon's PNG sizes from the SVG beside this script. The PNGs are committed,
# so builds never need the renderer: run this only after changing the SVG.
#   apt-get install librsvg2-bin   # rsvg-convert
set -euo pipefail
cd "$(dirname "$0")"
ID=io.github.lookout.Lookout
command -v rsvg-convert >/dev/null || { echo "render-icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$ID.svg" --output "hicolor/${size}x${size}/apps/$ID.png"
done
echo "rendered $(ls hicolor | wc -l) sizes into $(pwd)/hicolor"

# Windows (.ico) and macOS (.icns) icons: both formats may hold PNGs as they are.
python3 - "$ID" <<'PY'
import struct, sys
ident = sys.argv[1]
def png(size):
    with open(f"hicolor/{size}x{size}/apps/{ident}.png", "rb") as f:
        return f.read()
ico_sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in ico_sizes]
out = struct.pack("<HHH", 0, 1, len(images))
offset = 6 + 16 * len(images)
for size, data in zip(ico_sizes, images):
    out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("lookout.ico", "wb").write(out + b"".join(images))
# icns: (type, size) pairs whose entries are PNGs; ic10 is 512 at 2x, drawn here from the 512 PNG.
entries = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 512)]
body = b"".join(t + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in entries)
open("Lookout.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
echo "wrote lookout.ico and Lookout.icns"
