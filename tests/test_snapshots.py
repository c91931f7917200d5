"""Snapshot tests: how the screen looks at a small and a large terminal.

Regenerate after an intended change of look or of extraction with
`.venv/bin/python -m pytest tests/test_snapshots.py --snapshot-update`, and review the SVGs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tui.app import make_app

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def fixed_data(tmp_path: Path) -> Path:
    """A corpus built from the seeds at a fixed path, so nothing on screen varies by run."""
    from tui.ingest import ensure_corpus
    from tui.store import CorpusStore

    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    data = tmp_path / "data"
    ensure_corpus(CorpusStore(data), seeds)
    return data


@pytest.mark.parametrize("size", [(80, 24), (200, 60)], ids=["80x24", "200x60"])
def test_main_screen(snap_compare, fixed_data: Path, size: tuple[int, int]) -> None:
    async def settle(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(make_app(fixed_data), terminal_size=size, run_before=settle)


def test_third_source_with_an_item_selected(snap_compare, fixed_data: Path) -> None:
    async def go(pilot) -> None:
        await pilot.app.workers.wait_for_complete()
        await pilot.press("j", "j")
        await pilot.pause(0.3)  # the article follows the list when the keys pause
        await pilot.press("2", "right_square_bracket")
        await pilot.pause()

    assert snap_compare(make_app(fixed_data), terminal_size=(120, 36), run_before=go)


def test_help_screen(snap_compare, fixed_data: Path) -> None:
    assert snap_compare(make_app(fixed_data), terminal_size=(100, 40), press=["question_mark"])
