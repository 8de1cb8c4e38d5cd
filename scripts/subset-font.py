#!/usr/bin/python3
"""
Writes src/fonts/NotoSansSC-Silver.otf: Noto Sans CJK SC Regular (SIL OFL 1.1,
Debian's fonts-noto-cjk) cut down to the characters the PNG charts and cards
can need: every GB2312 character (all 6,763 common hanzi and the symbols),
printable ASCII, and any other character found in data/ and src/. The PNGs are
drawn with this file only, so no reader's or builder's installed font matters.

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
TARGET = ROOT / "src/fonts/NotoSansSC-Silver.otf"


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
    for pattern in ["data/*.csv", "src/**/*.ts", "src/**/*.astro", "src/**/*.mdx"]:
        for path in ROOT.glob(pattern):
            chars.update(path.read_text(encoding="utf-8"))
    return chars


def main() -> None:
    collection = TTCollection(str(SOURCE))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    text = gb2312() | project_text() | {chr(c) for c in range(0x20, 0x7F)}
    text = {c for c in text if c.isprintable() or c == " "}
    options = subset.Options()
    # Names kept for the licence notice; layout features as pyftsubset defaults (kern, liga…).
    options.name_IDs = ["*"]
    options.hinting = False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(text)))
    subsetter.subset(font)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(TARGET))
    print(f"{TARGET.relative_to(ROOT)}: {len(text)} characters, {TARGET.stat().st_size:,} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
