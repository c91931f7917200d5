"""One country across sources: each source's stance with its evidence, side by side."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label

from tui.widgets.cells import safe, status_symbol
from tui.widgets.vim_table import VimTable


class CountryScreen(ModalScreen[dict | None]):
    """Stances of one country in every source; enter jumps to the evidence, escape closes."""

    BINDINGS = [Binding("escape,q", "close", "Close")]

    def __init__(self, title: str, rows: list[tuple[str, dict, str | None]]) -> None:
        """`rows`: (source label, stance fact, mark status) for each source that names the country."""
        super().__init__()
        self.title_text = title
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(id="country"):
            yield Label(safe(self.title_text, 200), id="country-title")
            yield VimTable(id="country-table")
            yield Label("enter: jump to the evidence \u00b7 escape: close", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#country").border_title = "Stance by source"
        table = self.query_one(VimTable)
        for label, key in (("\u2713", "mark"), ("Source", "source"), ("Stance", "stance"), ("Evidence", "evidence")):
            table.add_column(label, key=key)
        table.add_rows((str(i), (safe(status_symbol(status)), safe(source, 40), safe(fact["stance"]),
                                 safe(fact.get("evidence", ""), 160)))
                       for i, (source, fact, status) in enumerate(self.rows))
        table.focus()

    def on_line_table_selected(self, event: VimTable.Selected) -> None:
        event.stop()
        self.dismiss(self.rows[int(event.row_key)][1])

    def action_close(self) -> None:
        self.dismiss(None)
