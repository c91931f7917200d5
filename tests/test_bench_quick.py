"""The benchmark cannot rot: its quick mode runs and reports a number for every metric.

No timing is asserted here (machines are shared and noisy); `bench/run.py` is
where the targets are checked and reported.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUN = ROOT / "bench" / "run.py"

EXPECTED = {
    # metric: sizes it must be reported for ("large" = the biggest quick size)
    "machine.calibration": ["start", "end"],
    "ingest.throughput": [20, 100],
    "ingest.wall": [20, 100],
    "ingest.peak_rss": [20, 100],
    "extract.throughput": ["large"],
    "startup.bare": ["-"],
    "startup.ratio": ["seeds", 20, 100],
    "startup.time": ["seeds", 20, 100],
    "memory.peak_rss": ["large"],
    "memory.peak_rss_with_index": ["large"],
    "search.quotes": ["large"],
    "search.index_build": ["large"],
    "search.keystroke.p50": ["large"],
    "search.keystroke.p95": ["large"],
    "nav.sources.p50": ["large"],
    "nav.sources.p95": ["large"],
    "nav.stances.p50": ["large"],
    "nav.stances.p95": ["large"],
    "nav.table_rebuilds": ["large"],
    "mark.time": ["seeds", "large"],
    "mark.ratio": ["large"],
}

TARGETED = {"ingest.throughput", "startup.ratio", "search.keystroke.p95", "mark.ratio",
            "memory.peak_rss", "nav.sources.p95", "nav.stances.p95"}


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory) -> tuple[subprocess.CompletedProcess, dict]:
    out = tmp_path_factory.mktemp("bench") / "quick.json"
    proc = subprocess.run([sys.executable, str(RUN), "--quick", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, f"bench/run.py --quick failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    assert out.is_file(), proc.stdout[-2000:]
    return proc, json.loads(out.read_text(encoding="utf-8"))


def test_quick_run_reports_every_metric_with_a_number(quick_run) -> None:
    _, payload = quick_run
    assert payload["errors"] == []
    rows = {(r["metric"], str(r["size"])): r for r in payload["results"]}
    large = str(max(payload["sizes"]))
    for metric, sizes in EXPECTED.items():
        for size in sizes:
            key = (metric, large if size == "large" else str(size))
            assert key in rows, f"missing {key}"
            value = rows[key]["value"]
            assert isinstance(value, (int, float)) and math.isfinite(value), f"{key}: {value!r}"
            assert rows[key]["unit"]


def test_targets_are_stated_and_judged(quick_run) -> None:
    _, payload = quick_run
    with_target = {r["metric"] for r in payload["results"] if r["target"]}
    assert TARGETED <= with_target
    for row in payload["results"]:
        assert row["met"] in (True, False, None)
        if row["target"]:
            assert isinstance(row["met"], bool)


def test_machine_and_date_are_recorded(quick_run) -> None:
    _, payload = quick_run
    machine = payload["machine"]
    for key in ("platform", "python", "cpu_count", "textual"):
        assert machine.get(key), key
    assert payload["date"][:2] == "20"


def test_table_is_printed(quick_run) -> None:
    proc, _ = quick_run
    header = next(line for line in proc.stdout.splitlines() if line.startswith("metric"))
    assert header.split() == ["metric", "size", "value", "unit", "target", "met"]
    assert "ingest.throughput" in proc.stdout


def test_synthetic_articles_are_distinct_and_keep_their_shape(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    paths = corpus.generate(tmp_path, 30, seed=7)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    assert len(set(texts)) == 30
    assert all("Ukraine" in t for t in texts)
    assert sum("Macron" in t for t in texts) == 0  # people are swapped for invented names
    again = corpus.generate(tmp_path / "again", 30, seed=7)
    assert [p.read_text(encoding="utf-8") for p in again] == texts  # deterministic
