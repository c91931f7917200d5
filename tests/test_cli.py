"""The command line as a user and a script call it: exit codes, one-line errors, contracts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.contract import breaches

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PLEDGESCOPE_DEBUG"}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, input=stdin, env=env, timeout=120)


@pytest.fixture(scope="module")
def cli_data(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "data"
    out = run("ingest", "--data-dir", str(data), str(ROOT / "seeds"))
    assert out.returncode == 0, out.stderr
    assert "added 5" in out.stderr
    return data


def test_export_json_follows_the_contract(cli_data: Path) -> None:
    out = run("export", "--data-dir", str(cli_data), "--format", "json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert breaches(doc) == []
    assert len(doc["sources"]) == 5 and doc["quotes"] and doc["pledges"] and doc["stances"]
    texts = {s["id"]: Path(s["path"]).read_text(encoding="utf-8") for s in doc["sources"]}
    for q in doc["quotes"]:
        assert texts[q["source"]][q["start"]:q["end"]] == q["text"]


def test_ids_are_stable_across_a_rebuild(cli_data: Path, tmp_path: Path) -> None:
    other = tmp_path / "again"
    assert run("ingest", "--data-dir", str(other), str(ROOT / "seeds")).returncode == 0
    ids = lambda d: sorted(r["id"] for k in ("quotes", "pledges", "stances", "figures")
                           for r in json.loads(run("export", "--data-dir", str(d)).stdout)[k])
    assert ids(cli_data) == ids(other)


def test_search_and_mark_from_the_command_line(cli_data: Path) -> None:
    out = run("search", "--data-dir", str(cli_data), "security", "--json")
    assert out.returncode == 0, out.stderr
    hits = json.loads(out.stdout)
    assert hits and all("security" in h["text"].lower() for h in hits[:3])
    plain = run("search", "--data-dir", str(cli_data), "security")
    assert len(plain.stdout.splitlines()) == len(hits)
    fact = hits[0]["id"]
    marked = run("mark", "--data-dir", str(cli_data), fact, "disputed", "--note", "wording differs")
    assert marked.returncode == 0, marked.stderr
    doc = json.loads(run("export", "--data-dir", str(cli_data)).stdout)
    assert {"fact": fact, "status": "disputed", "note": "wording differs"}.items() <= next(
        m for m in doc["marks"] if m["fact"] == fact).items()


def test_bad_arguments_and_missing_things_give_one_line(cli_data: Path, tmp_path: Path) -> None:
    out = run("mark", "--data-dir", str(cli_data), "no-such-fact", "verified")
    assert out.returncode != 0 and "no such fact" in out.stderr and "Traceback" not in out.stderr
    out = run("ingest", "--data-dir", str(tmp_path / "d"), str(tmp_path / "missing.txt"))
    assert out.returncode != 0 and "missing.txt" in out.stderr and "Traceback" not in out.stderr
    out = run("export", "--data-dir", str(cli_data), "--format", "xml")
    assert out.returncode != 0 and "Traceback" not in out.stderr
    out = run("export", "--data-dir", str(cli_data), "-o", str(tmp_path / "no" / "dir" / "x.json"))
    assert out.returncode != 0 and len(out.stderr.strip().splitlines()) == 1


def test_a_corrupt_marks_file_stops_everything_and_is_left_alone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("ingest", "--data-dir", str(data), str(ROOT / "seeds")).returncode == 0
    broken = b'{"marks": {"1": {"fact": "x", "status": "verif'
    (data / "marks.json").write_bytes(broken)
    for args in (["export"], ["--seeds", str(ROOT / "seeds")]):
        out = run(*args, "--data-dir", str(data))
        assert out.returncode == 2, out
        line = out.stderr.strip().splitlines()[-1]
        assert "marks.json" in line and "Traceback" not in out.stderr
    assert (data / "marks.json").read_bytes() == broken


def test_a_corrupt_corpus_names_the_file_and_rebuild_repairs_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("ingest", "--data-dir", str(data), str(ROOT / "seeds")).returncode == 0
    corpus = data / "corpus.json"
    corpus.write_bytes(corpus.read_bytes()[:100])
    out = run("export", "--data-dir", str(data))
    assert out.returncode == 2 and "corpus.json" in out.stderr and "--rebuild" in out.stderr
    assert len(corpus.read_bytes()) == 100  # never overwritten behind the user's back
    out = run("export", "--data-dir", str(data), "--format", "csv")
    assert out.returncode == 2
    # --rebuild with the app's start path, stopped before the app itself runs
    code = ("import sys; from pathlib import Path; from tui.cli import prepare_corpus;"
            f"prepare_corpus(Path({str(data)!r}), Path({str(ROOT / 'seeds')!r}), True)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(run("export", "--data-dir", str(data)).stdout)["sources"]) == 5


def test_help_for_every_command() -> None:
    for args in ([], ["ingest"], ["search"], ["export"], ["mark"]):
        out = run(*args, "--help")
        assert out.returncode == 0 and "--data-dir" in out.stdout
