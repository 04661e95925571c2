#!/usr/bin/env python3
"""The Chinese user guide says what the README's usage part says.

Help → User Guide shows the README from "## Using CampDesk" up to "## File
formats" in English, and docs/USER_GUIDE.zh_CN.md in the Chinese interface.
This holds the two together, so that a change to one that the other misses
fails the suite:
  - the same headings, at the same levels, in the same order;
  - the same code blocks, line for line (only their # comments translated);
  - the same number of table rows;
  - no English sentence left in the Chinese prose (three or more English
    words in a row, outside `code`), and no paragraph broken over lines
    (a line break inside a Markdown paragraph shows as a space between
    Chinese characters).

Usage: check_guide_translation.py SOURCE_DIR
"""
import re
import sys
from pathlib import Path

FENCE = re.compile(r"^```")
HEADING = re.compile(r"^(#{2,4}) ")
TABLE_ROW = re.compile(r"^\|")
# Three English words in a row, as prose left untranslated reads.
ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z'’-]*(?:[ ,]+[A-Za-z][A-Za-z'’-]*){2,}")
INLINE_CODE = re.compile(r"`[^`]*`")
# Names that stay as they are in Chinese text too.
PROPER_NAMES = re.compile(r"Noto Sans CJK")
LINK_TARGET = re.compile(r"\]\([^)]*\)")


def english_part(readme):
    start = readme.index("\n## Using CampDesk")
    end = readme.index("\n## File formats")
    return readme[start + 1:end]


def parts(text):
    """Headings, code blocks (comments dropped), table rows and prose lines."""
    headings, blocks, rows, prose = [], [], 0, []
    block = None
    for number, line in enumerate(text.splitlines(), 1):
        if FENCE.match(line):
            if block is None:
                block = []
            else:
                blocks.append(block)
                block = None
            continue
        if block is not None:
            code = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#!") else line
            block.append(code)
            continue
        if match := HEADING.match(line):
            headings.append(len(match.group(1)))
        elif TABLE_ROW.match(line):
            rows += 1
        else:
            prose.append((number, line))
    return headings, blocks, rows, prose


def main():
    source = Path(sys.argv[1])
    english = english_part((source / "README.md").read_text(encoding="utf-8"))
    guide_path = source / "docs" / "USER_GUIDE.zh_CN.md"
    chinese = guide_path.read_text(encoding="utf-8")
    en_headings, en_blocks, en_rows, _ = parts(english)
    zh_headings, zh_blocks, zh_rows, zh_prose = parts(chinese)
    problems = []
    if en_headings != zh_headings:
        problems.append(f"headings differ: the README's usage part has levels {en_headings}, "
                        f"{guide_path.name} {zh_headings}")
    if len(en_blocks) != len(zh_blocks):
        problems.append(f"{len(en_blocks)} code blocks in the README's usage part, {len(zh_blocks)} in the guide")
    for index, (en_block, zh_block) in enumerate(zip(en_blocks, zh_blocks), 1):
        if en_block != zh_block:
            for en_line, zh_line in zip(en_block + [""] * len(zh_block), zh_block + [""] * len(en_block)):
                if en_line != zh_line:
                    problems.append(f"code block {index} differs: README “{en_line}”, guide “{zh_line}”")
                    break
    if en_rows != zh_rows:
        problems.append(f"{en_rows} table rows in the README's usage part, {zh_rows} in the guide")
    previous = ""
    for number, line in zh_prose:
        text = PROPER_NAMES.sub("", LINK_TARGET.sub("](…)", INLINE_CODE.sub("", line)))
        if match := ENGLISH_RUN.search(text):
            problems.append(f"{guide_path.name}:{number}: English left in the prose: “{match.group(0)}”")
        # A paragraph's line going on from the line before it.
        continued = previous.strip() and line.strip() and not re.match(r"^\s*([-*+] |\d+\. |>|<)", line)
        if continued and re.search(r"[\u4e00-\u9fff，。：；）]$", previous.rstrip()):
            problems.append(f"{guide_path.name}:{number}: a paragraph broken over lines (write it on one line)")
        previous = line
    for problem in problems:
        print(problem)
    print(f"{len(zh_headings)} headings, {len(zh_blocks)} code blocks, {zh_rows} table rows compared; "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
