"""Asks for the files or folders to ingest."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class IngestDialog(ModalScreen[str | None]):
    """One input for a path (several separated by spaces); enter ingests, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(id="ingest-dialog"):
            yield Label("Files or folders to ingest (.txt .md .html):")
            yield Input(placeholder="~/articles", id="ingest-path")
            yield Label("enter ingests \u00b7 escape cancels", classes="hint")

    def on_mount(self) -> None:
        self.query_one("#ingest-dialog").border_title = "Ingest"

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
