#!/usr/bin/python3
"""
Writes the font the PNGs are drawn with: Noto Sans CJK SC Regular (SIL OFL 1.1,
Debian's fonts-noto-cjk) cut down to what charts and cards can need, in two files:
  src/fonts/NotoSansSC-Silver-Core.otf   every character the project's text uses
                                          (data/, report snapshots, src/, synthetic data)
  src/fonts/NotoSansSC-Silver-Extra.otf  the rest of GB2312 (all 6,763 common hanzi
                                          and the symbols), for new place names and notes
The split is for speed: resvg reads the font file for every glyph it draws, and the
core file is a sixth of the whole. Renderers load both; no installed font matters.

Run after adding text with a rare character outside GB2312:
    apt-get install -y fonts-noto-cjk python3-fonttools
    /usr/bin/python3 scripts/subset-font.py
"""
import pathlib
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = pathlib.Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CORE = ROOT / "src/fonts/NotoSansSC-Silver-Core.otf"
EXTRA = ROOT / "src/fonts/NotoSansSC-Silver-Extra.otf"


def gb2312() -> set[str]:
    """Every character GB2312 encodes (rows 1-9 symbols, 16-87 hanzi)."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return chars


def project_text() -> set[str]:
    """Characters used by the data and the source code (labels, notes, page text)."""
    chars = set()
    patterns = ["data/*.csv", "data/sources/*.txt", "src/**/*.ts", "src/**/*.astro", "src/**/*.mdx"]
    for pattern in patterns + ["scripts/synth.ts"]:
        for path in ROOT.glob(pattern):
            chars.update(path.read_text(encoding="utf-8"))
    return chars


def write(characters: set[str], target: pathlib.Path) -> None:
    """Saves Noto Sans CJK SC cut down to `characters` as `target`."""
    collection = TTCollection(str(SOURCE))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    options = subset.Options()
    # Names kept for the licence notice; layout features as pyftsubset defaults (kern, liga…).
    options.name_IDs = ["*"]
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(characters)))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))
    size = target.stat().st_size
    print(f"{target.relative_to(ROOT)}: {len(characters)} characters, {size:,} bytes", file=sys.stderr)


def main() -> None:
    printable = lambda chars: {c for c in chars if c.isprintable()}
    core = printable(project_text() | {chr(c) for c in range(0x20, 0x7F)})
    write(core, CORE)
    write(printable(gb2312()) - core, EXTRA)


if __name__ == "__main__":
    main()
