"""The history of one fact's marks: every status, note, time and user."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label

from tui.widgets.cells import safe, status_symbol


class HistoryScreen(ModalScreen[None]):
    """A table of a fact's mark history, newest last; escape closes."""

    BINDINGS = [Binding("escape,q,h", "close", "Close")]

    def __init__(self, fact_label: str, history: list[dict]) -> None:
        super().__init__()
        self.fact_label = fact_label
        self.history = history

    def compose(self) -> ComposeResult:
        with Vertical(id="history"):
            yield Label(safe(self.fact_label, 200))
            yield DataTable(id="history-table", cursor_type="row")

    def on_mount(self) -> None:
        self.query_one("#history").border_title = "Mark history"
        table = self.query_one(DataTable)
        for label in ("When", "Status", "Note", "Link", "User"):
            table.add_column(label)
        for h in self.history:
            status = h.get("status", "")
            table.add_row(safe(h.get("at", "")), safe(f"{status_symbol(status)} {status}".strip()),
                          safe(h.get("note") or "", 60), safe(h.get("link") or "", 40), safe(h.get("user", "")))
        if not self.history:
            table.add_row(safe("never marked"), safe(""), safe(""), safe(""), safe(""))

    def action_close(self) -> None:
        self.dismiss(None)
