"""Marks whose fact is no longer in the corpus: kept, shown, never dropped."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from tui.widgets.cells import safe, status_symbol


class OrphansScreen(ModalScreen[None]):
    """A table of orphaned marks with the text they were anchored to; escape closes."""

    BINDINGS = [Binding("escape,q", "close", "Close")]

    def __init__(self, orphans: list[dict]) -> None:
        super().__init__()
        self.orphans = orphans

    def compose(self) -> ComposeResult:
        with Vertical(id="orphans"):
            yield Label(safe(f"{len(self.orphans)} mark(s) whose fact is no longer extracted; "
                             "they stay in marks.json and come back if the fact does."), classes="hint")
            yield DataTable(id="orphans-table", cursor_type="row")

    def on_mount(self) -> None:
        self.query_one("#orphans").border_title = "Orphaned marks"
        table = self.query_one(DataTable)
        for label in ("Status", "Anchored text", "Note", "File", "When"):
            table.add_column(label)
        for mark in self.orphans:
            anchor = mark.get("anchor") or {}
            status = mark.get("status", "")
            table.add_row(safe(f"{status_symbol(status)} {status}".strip()), safe(anchor.get("text", mark.get("fact", "")), 60),
                          safe(mark.get("note") or "", 40), safe(anchor.get("path", ""), 40), safe(mark.get("at", "")))
        table.focus()

    def action_close(self) -> None:
        self.dismiss(None)
