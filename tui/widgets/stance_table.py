"""The country x source stance table, with a summary column and conflicts flagged."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message

from tui.core.display import one_line
from tui.core.keys import STANCES
from tui.widgets.cells import safe, status_symbol
from tui.widgets.messages import JumpRequested
from tui.widgets.vim_table import VimTable

MAX_SOURCE_COLUMNS = 40
"""Beyond this many sources, the table shows counts per stance instead of a column per source."""

CONFLICT = "\u26a0"  # ⚠


class StanceTable(VimTable):
    """Rows are countries; columns the summary and each source (or counts for big corpora)."""

    COMPONENT_CLASSES = {f"stance--{s}" for s in STANCES} | {"stance--conflict"}

    class CountryRequested(Message):
        """The user asked to compare one country's stances across sources."""

        def __init__(self, table: "StanceTable", country: str) -> None:
            super().__init__()
            self.table = table
            self.country = country

        @property
        def control(self) -> "StanceTable":
            return self.table

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="cell")
        self._cells: dict[tuple[str, str], dict] = {}  # (country, source) -> stance fact
        self._source_ids: list[str] = []
        self._per_source = True

    def load(self, sources: list[dict], summary: dict[str, dict], stances: list[dict] | None,
             statuses: dict[str, str]) -> None:
        """Fill the table: one row per country of `summary` (see `core.conflicts.summarise`).

        With few sources, a column per source needs every stance (`stances`); beyond
        MAX_SOURCE_COLUMNS the table shows counts per stance and needs only the summary.
        """
        self.clear(columns=True)
        self._source_ids = [s["id"] for s in sources]
        self._per_source = len(sources) <= MAX_SOURCE_COLUMNS and stances is not None
        self._cells = {(s["country"], s["source"]): s for s in stances or []} if self._per_source else {}
        self.add_column("Country", key="country")
        self.add_column("Summary", key="summary")
        if self._per_source:
            for n, src in enumerate(sources, 1):  # numbered as in the source list
                short = one_line(src.get("outlet") or src.get("title") or "", 12)
                self.add_column(Text(f"{n} {short}"), key=self._source_ids[n - 1])
        else:
            for stance in STANCES:
                self.add_column(stance, key=stance)
        order = sorted(summary, key=lambda c: (summary[c]["label"] != "conflict", summary[c]["country_name"]))
        rows: list[tuple[str, list[Text]]] = []
        for code in order:
            row = summary[code]
            cells: list[Text] = [safe(f"{row['country_name']} ({code})", 28), self._summary(row)]
            if self._per_source:
                for sid in self._source_ids:
                    fact = self._cells.get((code, sid))
                    cells.append(self._cell(fact, statuses.get(fact["id"]) if fact else None))
            else:
                cells.extend(safe(row["counts"].get(st) or "") for st in STANCES)
            rows.append((code, cells))
        self.add_rows(rows)

    def _style(self, name: str):
        return self.get_component_rich_style(name, partial=True)

    def _cell(self, fact: dict | None, status: str | None) -> Text:
        if fact is None:
            return Text("")
        label = fact["stance"] + (f" {status_symbol(status)}" if status_symbol(status) else "")
        return Text(label, style=self._style(f"stance--{fact['stance']}"), no_wrap=True)

    def _summary(self, row: dict) -> Text:
        counts = row["counts"]
        if row["label"] == "conflict":
            stances = "/".join(st for st in STANCES if st in counts)
            return Text(f"{CONFLICT} {stances}", style=self._style("stance--conflict"), no_wrap=True)
        label = row["label"]
        return Text(f"{label} \u00d7{counts.get(label, 0)}", style=self._style(f"stance--{label}"), no_wrap=True)

    def set_status(self, fact: dict, status: str | None) -> None:
        """Redraw the cell of one stance fact after a mark."""
        if fact.get("kind") != "stance" or not self._per_source:
            return
        if (fact["country"], fact["source"]) in self._cells:
            try:
                self.update_cell(fact["country"], fact["source"], self._cell(fact, status))
            except KeyError:  # the row or column is gone
                pass

    def current_fact(self) -> dict | None:
        """The stance fact under the cursor (per-source cells only)."""
        keys = self.key_at(self.cursor_coordinate) if self._per_source else None
        if keys is None:
            return None
        row_key, col_key = keys
        if col_key in ("country", "summary"):
            for sid in self._source_ids:  # the first source with a stance on this row
                if (row_key, sid) in self._cells:
                    return self._cells[(row_key, sid)]
            return None
        return self._cells.get((row_key, col_key))

    def on_line_table_selected(self, event: VimTable.Selected) -> None:
        event.stop()
        if event.column_key in ("country", "summary") or not self._per_source:
            self.post_message(self.CountryRequested(self, event.row_key))
            return
        fact = self.current_fact()
        if fact is not None:
            self.post_message(JumpRequested(self, fact))
