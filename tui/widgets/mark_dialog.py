"""The note dialog: edit a mark's note and evidence link."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from tui.widgets.cells import safe


class MarkDialog(ModalScreen[tuple[str, str] | None]):
    """Asks for a note and an optional link; enter saves, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, fact_label: str, note: str = "", link: str = "") -> None:
        super().__init__()
        self.fact_label = fact_label
        self.note = note
        self.link = link

    def compose(self) -> ComposeResult:
        with Vertical(id="mark-dialog"):
            yield Label(safe(self.fact_label, 200), id="mark-fact")
            yield Input(value=self.note, placeholder="note (what you checked, against what)", id="mark-note")
            yield Input(value=self.link, placeholder="evidence link (optional)", id="mark-link")
            yield Label("enter saves \u00b7 tab next field \u00b7 escape cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#mark-dialog").border_title = "Note"

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss((self.query_one("#mark-note", Input).value, self.query_one("#mark-link", Input).value))

    def action_cancel(self) -> None:
        self.dismiss(None)
