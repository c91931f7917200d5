"""Quote search: results update as you type; enter jumps to the quote in its article."""

from __future__ import annotations

from typing import Any, Callable

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.core.display import one_line
from tui.widgets.cells import safe, status_symbol

HINT = 'words \u00b7 "exact phrase" \u00b7 speaker:name \u00b7 source:outlet  \u2014  \u2191\u2193 choose \u00b7 enter jump \u00b7 escape close'


def hit_prompt(hit: Any, titles: dict[str, str], status: str | None = None,
               match_style: str = "bold reverse") -> Text:
    """One result: its mark, the quote with matched words highlighted, its speaker and its sources."""
    quote = hit.quote
    text = one_line(quote.get("text", ""))
    symbol = status_symbol(status)
    prompt = Text(f"{symbol} " if symbol else "", end="")
    prompt.append("\u201c")
    body = Text(text, no_wrap=False, end="")
    if len(text) == len(quote.get("text", "")):  # offsets still hold after one_line
        for a, b in hit.matches:
            body.stylize(match_style, a, b)
    prompt.append_text(body)
    prompt.append("\u201d  \u2014 ")
    prompt.append(one_line(quote.get("speaker") or "unattributed"), style="italic")
    names = [one_line(titles.get(s, s), 40) for s in hit.sources]
    prompt.append("\n   ")
    prompt.append(f"{len(names)} source{'s' if len(names) != 1 else ''}: ", style="dim")
    prompt.append("; ".join(names[:3]) + (f" +{len(names) - 3}" if len(names) > 3 else ""), style="dim")
    return prompt


class SearchScreen(ModalScreen[Any]):
    """A query box over every quote of every source; dismisses with the chosen hit."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("down", "focus_results", "Results", show=False),
    ]

    def __init__(self, search: Callable[[str], list], titles: dict[str, str], query: str = "",
                 context: Callable[[dict], tuple[str, str]] | None = None,
                 statuses: dict[str, str] | None = None) -> None:
        super().__init__()
        self._statuses = statuses or {}
        self._search = search
        self._around = context
        self._titles = titles
        self._query = query
        self.hits: list = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search"):
            yield Input(value=self._query, placeholder="search quotes", id="search-input")
            yield Label(HINT, classes="hint")
            yield OptionList(id="search-results")
            yield Label("", id="search-context")
            yield Label("", id="search-count")

    def on_mount(self) -> None:
        self.query_one("#search").border_title = "Search quotes"
        self._refresh_results(self._query)

    @on(Input.Changed, "#search-input")
    def _typed(self, event: Input.Changed) -> None:
        self._refresh_results(event.value)

    def _refresh_results(self, query: str) -> None:
        self._query = query
        self.hits = self._search(query)
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        results.add_options(Option(hit_prompt(h, self._titles, self._status_of(h)), id=str(i))
                            for i, h in enumerate(self.hits))
        if self.hits:
            results.highlighted = 0
        self.query_one("#search-count", Label).update(safe(f"{len(self.hits)} result(s)"))

    def _status_of(self, hit: Any) -> str | None:
        """A group's mark: disputed if any member is, else verified if any is."""
        found = {self._statuses.get(qid) for qid in getattr(hit, "members", []) or [hit.quote.get("id")]}
        return "disputed" if "disputed" in found else "verified" if "verified" in found else None

    @on(OptionList.OptionHighlighted, "#search-results")
    def _show_context(self, event: OptionList.OptionHighlighted) -> None:
        label = self.query_one("#search-context", Label)
        if self._around is None or event.option_index >= len(self.hits):
            label.update("")
            return
        quote = self.hits[event.option_index].quote
        before, after = self._around(quote)
        text = Text("\u2026" + one_line(before), style="dim", end="")
        text.append(one_line(quote.get("text", "")), style="bold")
        text.append(one_line(after) + "\u2026", style="dim")
        label.update(text)

    @on(Input.Submitted, "#search-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        results = self.query_one("#search-results", OptionList)
        if self.hits:
            self._choose(results.highlighted or 0)

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, index: int) -> None:
        self.dismiss((self._query, self.hits, index))

    def action_focus_results(self) -> None:
        self.query_one("#search-results", OptionList).focus()

    def action_close(self) -> None:
        self.dismiss(None)
