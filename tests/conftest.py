"""Shared fixtures: a data folder built from the bundled seeds, and the app on it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A private copy of the seed articles (tests may add or change files in it)."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def data_dir(tmp_path: Path, seeds_dir: Path) -> Path:
    """A data folder whose corpus was built from the seeds."""
    from tui.ingest import ensure_corpus
    from tui.store import CorpusStore

    target = tmp_path / "data"
    ensure_corpus(CorpusStore(target), seeds_dir)
    return target


def screen_text(app) -> str:
    """Everything the terminal would show now, as plain text, one line per row."""
    strips = app.screen._compositor.render_strips()
    return "\n".join(strip.text for strip in strips)
