"""The source list: one row per article with its verified count, title, date and outlet.

Drawn line by line (Textual's Line API), so 10,000 sources cost no more to show
or to move through than five: only the visible rows are ever rendered.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip

from tui.widgets.line_view import LineView
from tui.core.display import one_line

COLUMNS = (("#", 4, "right"), ("\u2713", 7, "right"), ("Title", 46, "left"),
           ("Date", 11, "left"), ("Outlet", 22, "left"))
"""Label, width in cells and alignment of each column."""


def _fit(value: str, width: int, align: str) -> str:
    text = one_line(value, width)
    return text.rjust(width) if align == "right" else text.ljust(width)


class SourceList(LineView, can_focus=True):
    """Every source at a glance; moving the cursor chooses the article shown."""

    COMPONENT_CLASSES = {"source-list--header", "source-list--cursor", "source-list--odd"}

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False),
        Binding("k,up", "cursor_up", "Up", show=False),
        Binding("g,home", "first", "Top", show=False),
        Binding("G,end", "last", "Bottom", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("enter", "open", "Read", show=False),
    ]

    class _SourceEvent(Message):
        def __init__(self, table: "SourceList", source_id: str) -> None:
            super().__init__()
            self.table = table
            self.source_id = source_id

        @property
        def control(self) -> "SourceList":
            return self.table

    class Chosen(_SourceEvent):
        """The cursor moved onto a source."""

    class Opened(_SourceEvent):
        """The user pressed enter on a source."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[list[str]] = []
        self._ids: list[str] = []
        self._index: dict[str, int] = {}
        self.cursor_row = 0

    # -- content ------------------------------------------------------------
    def load(self, sources: list[dict], counts: dict[str, tuple[int, int]]) -> None:
        """Show `sources`; `counts` maps a source id to (verified, total facts)."""
        self._ids = [src["id"] for src in sources]
        self._index = {sid: i for i, sid in enumerate(self._ids)}
        self._rows = []
        for n, src in enumerate(sources, 1):
            verified, total = counts.get(src["id"], (0, 0))
            self._rows.append([str(n), f"{verified}/{total}", src.get("title") or src.get("path", "?"),
                               src.get("date") or "", src.get("outlet") or ""])
        self.cursor_row = min(self.cursor_row, max(len(self._rows) - 1, 0))
        self.virtual_size = Size(sum(w + 1 for _, w, _ in COLUMNS), len(self._rows) + 1)
        self.refresh()

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def row(self, source_id: str) -> list[str]:
        """The cells of a source's row, as shown (before cutting to width)."""
        return list(self._rows[self._index[source_id]])

    def row_at(self, index: int) -> list[str]:
        return list(self._rows[index])

    def current_key(self) -> str | None:
        """The id of the source under the cursor."""
        return self._ids[self.cursor_row] if self._rows else None

    def update_count(self, source_id: str, verified: int, total: int) -> None:
        """Redraw one source's verified count."""
        if source_id in self._index:
            self._rows[self._index[source_id]][1] = f"{verified}/{total}"
            self.refresh()

    # -- moving ---------------------------------------------------------------
    def move_to(self, source_id: str) -> None:
        """Put the cursor on a source without announcing it."""
        if source_id in self._index:
            self._set_cursor(self._index[source_id], announce=False)

    def _set_cursor(self, row: int, announce: bool = True) -> None:
        if not self._rows:
            return
        row = max(0, min(row, len(self._rows) - 1))
        changed = row != self.cursor_row
        self.cursor_row = row
        body = max(self.size.height - 1, 1)
        top = int(self.scroll_offset.y)
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + body:
            self.scroll_to(y=row - body + 1, animate=False, immediate=True)
        self.refresh()
        if announce and changed:
            self.post_message(self.Chosen(self, self._ids[row]))

    def action_cursor_down(self) -> None:
        self._set_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self._set_cursor(self.cursor_row - 1)

    def action_first(self) -> None:
        self._set_cursor(0)

    def action_last(self) -> None:
        self._set_cursor(len(self._rows) - 1)

    def action_page(self, direction: int) -> None:
        self._set_cursor(self.cursor_row + direction * max(self.size.height - 2, 1))

    def action_open(self) -> None:
        if self._rows:
            self.post_message(self.Opened(self, self._ids[self.cursor_row]))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)  # None on the border
        if offset is None or offset.y < 1:  # the header row
            return
        row = int(self.scroll_offset.y) + offset.y - 1
        if row < len(self._rows):
            self._set_cursor(row)
            if event.chain > 1:
                self.action_open()

    # -- drawing ----------------------------------------------------------------
    def _line(self, cells: list[str], style: Style) -> Strip:
        text = " ".join(_fit(v, w, a) for v, (_, w, a) in zip(cells, COLUMNS))
        return Strip([Segment(text, style)], len(text))


    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.base_style
        scroll_x = int(self.scroll_offset.x)
        if y == 0:  # the header stays put while the rows scroll under it
            style = base + self.get_component_rich_style("source-list--header", partial=True)
            strip = self._line([label for label, _, _ in COLUMNS], style)
            return strip.crop_extend(scroll_x, scroll_x + width, style)
        row = int(self.scroll_offset.y) + y - 1
        if row >= len(self._rows):
            return Strip.blank(width, base)
        style = base
        if row % 2:
            style += self.get_component_rich_style("source-list--odd", partial=True)
        if row == self.cursor_row:
            style += self.get_component_rich_style("source-list--cursor", partial=True)
        return self._line(self._rows[row], style).crop_extend(scroll_x, scroll_x + width, style)

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self.refresh()

    def visible_rows(self) -> list[str]:
        """The rows now on screen as plain text (for tests)."""
        top = int(self.scroll_offset.y)
        return [" ".join(_fit(v, w, a) for v, (_, w, a) in zip(r, COLUMNS))
                for r in self._rows[top: top + max(self.size.height - 1, 0)]]

