"""The help screen: every key, built from the bindings themselves so it never drifts."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

_KEY_NAMES = {"right_square_bracket": "]", "left_square_bracket": "[", "question_mark": "?",
              "slash": "/", "shift+tab": "shift+tab", "ctrl+p": "ctrl+p"}


def key_label(keys: str) -> str:
    """A binding's keys as a user types them."""
    return " / ".join(_KEY_NAMES.get(k.strip(), k.strip()) for k in keys.split(","))


def bindings_table(sections: list[tuple[str, list[Binding]]]) -> Table:
    """A two-column table of keys and what they do, one section per pane."""
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="bold")
    table.add_column()
    for title, bindings in sections:
        table.add_row(Text(""), Text(title, style="bold underline"))
        for b in bindings:
            if b.description:
                table.add_row(Text(key_label(b.key)), Text(b.description))
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every key of the app and its panes; escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "dismiss_help", "Close help")]

    def __init__(self, sections: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(bindings_table(self.sections), id="help-keys")

    def on_mount(self) -> None:
        self.query_one("#help-body").border_title = "PledgeScope keys (escape closes)"

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
