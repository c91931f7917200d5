"""Tables of one article's facts: pledges, quotes and figures.

Each row's key is the fact id, so the app can mark it and jump to its span.
"""

from __future__ import annotations

from tui.core.display import number
from tui.widgets.cells import safe, status_symbol
from tui.widgets.messages import JumpRequested
from tui.widgets.vim_table import VimTable


class FactTable(VimTable):
    """A table of facts of one kind; enter asks the app to jump to the fact in the text."""

    COLUMNS: tuple[tuple[str, str], ...] = ()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._facts: dict[str, dict] = {}
        self._elsewhere: dict[str, str] = {}
        for label, key in self.COLUMNS:
            self.add_column(label, key=key)

    def load(self, facts: list[dict], statuses: dict[str, str], elsewhere: dict[str, str] | None = None) -> None:
        """Show `facts` (dicts with an `id`), each with its mark status.

        `elsewhere` maps a fact id to what other sources say of the same thing.
        """
        self.clear()
        self._facts = {f["id"]: f for f in facts}
        self._elsewhere = elsewhere or {}
        self.add_rows((fact["id"], self.cells(fact, statuses.get(fact["id"]))) for fact in facts)

    def set_status(self, fact_id: str, status: str | None) -> None:
        """Redraw one fact's mark."""
        if fact_id in self._facts:
            self.update_cell(fact_id, "mark", safe(status_symbol(status)))

    def cells(self, fact: dict, status: str | None) -> list:
        raise NotImplementedError

    def current_fact(self) -> dict | None:
        key = self.current_key()
        return self._facts.get(key) if key else None

    def on_line_table_selected(self, event: VimTable.Selected) -> None:
        event.stop()
        fact = self._facts.get(event.row_key)
        if fact is not None:
            self.post_message(JumpRequested(self, fact))


class PledgeTable(FactTable):
    """Who commits what, under what condition, how firmly."""

    COLUMNS = (("\u2713", "mark"), ("Actor", "actor"), ("Kinds", "kinds"), ("Modality", "modality"),
               ("Condition", "condition"), ("Evidence", "evidence"))

    def cells(self, fact: dict, status: str | None) -> list:
        return [safe(status_symbol(status)), safe(fact.get("actor", ""), 28),
                safe(", ".join(fact.get("kinds") or []), 30), safe(fact.get("modality", "")),
                safe(fact.get("condition", ""), 40), safe(fact.get("evidence", ""), 80)]


class QuoteTable(FactTable):
    """The article's direct quotes and who said them."""

    COLUMNS = (("\u2713", "mark"), ("Speaker", "speaker"), ("Carried by", "carried"), ("Quote", "text"))

    def cells(self, fact: dict, status: str | None) -> list:
        speaker = fact.get("speaker", "")
        if fact.get("quote_kind") == "paraphrase":
            speaker += " (paraphrase)"
        return [safe(status_symbol(status)), safe(speaker, 28), safe(self._elsewhere.get(fact["id"], "")),
                safe(fact.get("text", ""), 100)]


class FigureTable(FactTable):
    """Numbers and what they count."""

    COLUMNS = (("\u2713", "mark"), ("Value", "value"), ("What", "what"), ("Other sources", "elsewhere"),
               ("Evidence", "evidence"))

    def cells(self, fact: dict, status: str | None) -> list:
        return [safe(status_symbol(status)), safe(number(fact.get("value"))), safe(fact.get("what", ""), 40),
                safe(self._elsewhere.get(fact["id"], ""), 30), safe(fact.get("evidence", ""), 80)]

