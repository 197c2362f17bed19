#!/bin/sh
# Screenshots of a planner's report in headless Chromium, at a phone's width (390 px) and a laptop's
# (1,366 px), and the page printed to PDF (A4, the report's print margins), to look at before a
# report goes into a briefing:
#
#     liaison report -o output/report.html
#     scripts/report_screenshots.sh output/report.html [OUT_DIR]
#
# writes OUT_DIR/report-390.png, OUT_DIR/report-1366.png and OUT_DIR/report-print.pdf (OUT_DIR
# defaults to the report's folder). Needs Debian's `chromium` (apt-get install chromium); it is not
# part of `make setup`, since neither the tool nor its tests need it. Each file is written under a
# temporary folder beside the outputs and moved into place.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 REPORT.html [OUT_DIR]" >&2; exit 2; }
report=$1
[ -f "$report" ] || { echo "$0: no such report: $report" >&2; exit 2; }
out=${2:-$(dirname "$report")}
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "$0: chromium is needed (apt-get install chromium)" >&2; exit 1; }
url="file://$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
stem="$out/$(basename "$report" .html)"
run() {
    # --no-sandbox: root in a container has no user namespace for Chromium's sandbox.
    "$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$(mktemp -d)" "$@" "$url" >/dev/null 2>&1
}
name=$(basename "$report" .html)
work=$(mktemp -d "$out/.screenshots.XXXXXX")
trap 'rm -rf "$work"' EXIT
for width in 390 1366; do
    # A tall window: headless Chromium's command line takes the viewport, not the whole page.
    run --window-size="$width,9000" --screenshot="$work/$name-$width.png"
    mv "$work/$name-$width.png" "$stem-$width.png"
done
run --no-pdf-header-footer --print-to-pdf="$work/$name-print.pdf"
mv "$work/$name-print.pdf" "$stem-print.pdf"
echo "wrote $stem-390.png, $stem-1366.png and $stem-print.pdf"
