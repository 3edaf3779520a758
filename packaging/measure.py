"""Figures for the standalone build: `python packaging/measure.py [--bundle DIR] [--runs N]`.

Builds the app into a temporary folder (timing the build) unless `--bundle` names an existing
one, then prints the bundle's size with a breakdown, and the start-up of the frozen program
against the unfrozen one in the same run: `--version` and the whole `--self-test`, each run
N times interleaved after one warm-up (which also lets the unfrozen app build its index cache),
medians in milliseconds. A script that prints figures, not a test with time limits.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from build import build, folder_size  # noqa: E402  (packaging/build.py, run by path)

STEP_START = re.compile(r"start the UI\s+(\d+) ms")


def breakdown(bundle: Path) -> list[tuple[str, int]]:
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    groups = {
        "Qt libraries (without ICU)": [p for p in (qt / "lib").glob("*") if "icu" not in p.name],
        "ICU (Unicode data for QtCore)": list((qt / "lib").glob("libicu*")),
        "Qt plugins and translations": [qt / "plugins", qt / "translations"],
        "PySide6/shiboken6 bindings": [
            p for p in (internal / "PySide6").glob("*") if p.name != "Qt"
        ]
        + [internal / "shiboken6"],
        "Python (libpython, stdlib, extensions)": [
            *internal.glob("libpython*"),
            internal / "base_library.zip",
            internal / "python3.11",
            internal / "lib-dynload",
        ],
        "pydantic_core": [internal / "pydantic_core"],
        "content, index, translations": [
            internal / "kb",
            internal / "search",
            internal / "desktop",
        ],
    }
    named: set[Path] = set()
    rows: list[tuple[str, int]] = []
    for label, paths in groups.items():
        size = 0
        for path in paths:
            if not path.exists():
                continue
            named.add(path)
            size += folder_size(path) if path.is_dir() else path.stat().st_size
        rows.append((label, size))
    system = [p for p in internal.glob("lib*.so*") if p not in named and not p.is_symlink()]
    rows.append(
        ("system libraries copied from the build machine", sum(p.stat().st_size for p in system))
    )
    total = folder_size(bundle)
    rows.append(("everything else", total - sum(size for _, size in rows)))
    return rows


def timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    elapsed = (time.perf_counter() - started) * 1000
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return elapsed, result.stdout


def compare_start(bundle: Path, runs: int) -> None:
    program = bundle / ("toegang-cli.exe" if sys.platform == "win32" else "Toegang")
    variants = {"frozen": [str(program)], "unfrozen": [sys.executable, "-m", "toegang"]}
    with tempfile.TemporaryDirectory(prefix="toegang-measure-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_DATA_HOME": f"{home}/data",
            "XDG_CACHE_HOME": f"{home}/cache",
        }
        for name in ("TOEGANG_CONTENT", "TOEGANG_CONFIG_DIR", "TOEGANG_DATA"):
            env.pop(name, None)
        for command in variants.values():  # warm-up: file cache, the unfrozen index cache
            timed([*command, "--self-test"], env)
        figures: dict[tuple[str, str], list[float]] = {}
        for _ in range(runs):
            for variant, command in variants.items():
                ms, _ = timed([*command, "--version"], env)
                figures.setdefault((variant, "--version"), []).append(ms)
                ms, out = timed([*command, "--self-test"], env)
                figures.setdefault((variant, "--self-test"), []).append(ms)
                found = STEP_START.search(out)
                if found:
                    figures.setdefault((variant, "UI start step"), []).append(float(found[1]))
    print(f"\nstart-up, median of {runs} interleaved runs (ms):")
    print(f"  {'':<16}{'frozen':>10}{'unfrozen':>10}")
    for what in ("--version", "--self-test", "UI start step"):
        frozen = statistics.median(figures.get(("frozen", what), [float("nan")]))
        unfrozen = statistics.median(figures.get(("unfrozen", what), [float("nan")]))
        print(f"  {what:<16}{frozen:>10.0f}{unfrozen:>10.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Measure the standalone Toegang build.")
    parser.add_argument("--bundle", type=Path, help="an existing build (dist/Toegang)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="toegang-build-") as work:
        bundle = args.bundle
        if bundle is None:
            started = time.perf_counter()
            bundle = build(Path(work) / "dist", Path(work) / "work")
            seconds = time.perf_counter() - started
            print(f"build time (index + PyInstaller, fresh cache): {seconds:.1f} s")
        total = folder_size(bundle)
        print(f"bundle: {bundle}: {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB)")
        for label, size in breakdown(bundle):
            print(f"  {label:<48}{size / 1e6:>7.1f} MB")
        compare_start(bundle, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
