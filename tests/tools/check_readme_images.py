#!/usr/bin/env python3
"""Every picture the README shows exists, is a PNG big enough to read, and is
one `bash scripts/campdesk.sh screenshots` renders (VIEW-LANG.png of a view
`campdesk --view` knows), so the README's pictures can always be refreshed
by that one command."""
import os
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

# check_readme_images.py ROOT [CAMPDESK]: with the program, every picture is
# also rendered afresh (into a throw-away folder, with a throw-away HOME), as
# the screenshots command would, and must come out.
root = Path(sys.argv[1])
program = sys.argv[2] if len(sys.argv) > 2 else None
readme = (root / "README.md").read_text(encoding="utf-8")
launcher = (root / "ui" / "Launcher.cpp").read_text(encoding="utf-8")
problems = []
shots = sorted(set(re.findall(r"\]\((packaging/screenshots/[^)]+)\)", readme)))
if not shots:
    problems.append("README.md shows no screenshot")
for shot in shots:
    match = re.fullmatch(r"packaging/screenshots/([a-z-]+)-(en|zh_CN)\.png", shot)
    if not match:
        problems.append(f"{shot}: not named VIEW-LANG.png, so the screenshots command cannot render it")
        continue
    if f'"{match.group(1)}"' not in launcher:
        problems.append(f"{shot}: campdesk --view does not know the view {match.group(1)}")
    path = root / shot
    if not path.is_file():
        problems.append(f"{shot}: missing")
        continue
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        problems.append(f"{shot}: not a PNG")
        continue
    width, height = struct.unpack(">II", head[16:24])
    if width < 300 or height < 300:
        problems.append(f"{shot}: {width}x{height}, too small to read")
if program and not problems:
    with tempfile.TemporaryDirectory() as scratch:
        environment = dict(os.environ, HOME=scratch, XDG_DATA_HOME=scratch + "/data",
                           XDG_CONFIG_HOME=scratch + "/config", XDG_RUNTIME_DIR=scratch, QT_QPA_PLATFORM="offscreen")
        for shot in shots:
            view, lang = re.fullmatch(r"packaging/screenshots/([a-z-]+)-(en|zh_CN)\.png", shot).groups()
            out = Path(scratch) / Path(shot).name
            run = subprocess.run([program, "--demo", "--lang", lang, "--view", view, "--size", "1280x800",
                                  "--screenshot", str(out)], env=environment, capture_output=True, timeout=300)
            if run.returncode != 0 or not out.is_file() or out.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
                problems.append(f"{shot}: rendering failed ({run.returncode}): {run.stderr.decode(errors='replace')[-300:]}")
for problem in problems:
    print(problem)
print(f"{len(shots)} screenshot(s) checked, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
