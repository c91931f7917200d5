"""The source list: one row per article with its title, outlet, date and verified count."""

from __future__ import annotations

from textual.message import Message

from tui.widgets.cells import safe
from tui.widgets.vim_table import VimTable


class SourceList(VimTable):
    """Every source at a glance; moving the cursor chooses the article shown."""

    class Chosen(Message):
        """The user moved onto a source."""

        def __init__(self, table: "SourceList", source_id: str) -> None:
            super().__init__()
            self.table = table
            self.source_id = source_id

        @property
        def control(self) -> "SourceList":
            return self.table

    def on_mount(self) -> None:
        self.add_column("#", key="n")
        self.add_column("\u2713", key="verified")
        self.add_column("Title", key="title")
        self.add_column("Date", key="date")
        self.add_column("Outlet", key="outlet")

    def load(self, sources: list[dict], counts: dict[str, tuple[int, int]]) -> None:
        """Show `sources`; `counts` maps a source id to (verified, total facts)."""
        self.clear()
        for n, src in enumerate(sources, 1):
            verified, total = counts.get(src["id"], (0, 0))
            self.add_row(
                safe(n), safe(f"{verified}/{total}"), safe(src.get("title") or src.get("path", "?"), 44),
                safe(src.get("date") or ""), safe(src.get("outlet") or "", 20),
                key=src["id"],
            )

    def update_count(self, source_id: str, verified: int, total: int) -> None:
        """Redraw one source's verified count."""
        try:
            self.update_cell(source_id, "verified", safe(f"{verified}/{total}"))
        except Exception:  # the row is gone (a re-ingest cleared it)
            pass

    def on_data_table_row_highlighted(self, event: VimTable.RowHighlighted) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.Chosen(self, event.row_key.value))
