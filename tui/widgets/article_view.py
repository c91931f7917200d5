"""The article pane: the selected source's text with its extracted items highlighted.

The text is wrapped here, line by line, keeping for every screen line the span of
the article it shows, so any extracted item can be scrolled to and highlighted by
its character offsets. Only visible lines are rendered (Textual's Line API).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.strip import Strip

from tui.widgets.line_view import LineView
from tui.core.display import one_line, visible_same_length
from tui.widgets.cells import STATUS_SYMBOL

_WORD = re.compile(r"\S+\s*|\s+")
GUTTER = 2
"""Cells left of the text for the mark symbol of the line."""


@dataclass(frozen=True, slots=True)
class Item:
    """An extracted item placed in the text: what it is, where, and the fact behind it."""

    kind: str  # quote, speaker, country, figure, pledge, term
    start: int
    end: int
    fact: dict | None = None  # the fact record, for items that can be marked


def wrap_offsets(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of `text` to `width` cells: the (start, end) span of each screen line."""
    width = max(width, 4)
    lines: list[tuple[int, int]] = []
    pos = 0
    for para in text.split("\n"):
        para_start = pos
        pos += len(para) + 1
        if not para:
            lines.append((para_start, para_start))
            continue
        line_start = para_start
        used = 0
        for m in _WORD.finditer(para):
            word_start = para_start + m.start()
            word = m.group()
            cells = cell_len(word.rstrip()) if len(word) < 200 else len(word.rstrip())
            if used and used + cells > width:
                lines.append((line_start, word_start))
                line_start, used = word_start, 0
            while cells > width:  # a word longer than the line is cut
                cut = word_start + width
                lines.append((line_start, cut))
                line_start = word_start = cut
                cells -= width
            used += cell_len(word) if len(word) < 200 else len(word)
        lines.append((line_start, para_start + len(para)))
    return lines


class ArticleView(LineView, can_focus=True):
    """Read-only article text with highlights, an item cursor and a legend."""

    COMPONENT_CLASSES = {
        "article--quote", "article--speaker", "article--country", "article--figure",
        "article--pledge", "article--term", "article--stance", "article--cursor",
        "article--verified", "article--disputed",
    }

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
        Binding("right_square_bracket", "next_item", "Next item"),
        Binding("left_square_bracket", "previous_item", "Prev item"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._shown = ""
        self._items: list[Item] = []
        self._starts: list[int] = []
        self._lines: list[tuple[int, int]] = []
        self._line_starts: list[int] = []
        self._wrapped_width = 0
        self._statuses: dict[str, str] = {}
        self.cursor: int | None = None  # index into self._items

    # -- content -----------------------------------------------------------------
    def show(self, text: str, items: list[Item], statuses: dict[str, str] | None = None) -> None:
        """Show `text` with `items` highlighted; the view goes back to the top."""
        self._text = text
        self._shown = visible_same_length(text).replace("\t", " ")
        self._items = sorted(items, key=lambda it: (it.start, -it.end))
        self._starts = [it.start for it in self._items]
        self._statuses = statuses or {}
        self._wrapped_width = 0
        self._rewrap()
        self.scroll_home(animate=False)
        self._put_cursor(None)

    def set_statuses(self, statuses: dict[str, str]) -> None:
        """Update the mark status of facts (fact id -> status) and redraw."""
        self._statuses = statuses
        self._put_cursor(self.cursor)

    @property
    def text(self) -> str:
        return self._text

    @property
    def items(self) -> list[Item]:
        return self._items

    @property
    def current_item(self) -> Item | None:
        return self._items[self.cursor] if self.cursor is not None and self._items else None

    def line_of(self, offset: int) -> int:
        """The screen line that shows character `offset`."""
        return max(bisect.bisect_right(self._line_starts, offset) - 1, 0)

    def visible_text(self) -> str:
        """The lines now on screen, as plain text (for tests and copying)."""
        top = int(self.scroll_offset.y)
        rows = self._lines[top: top + self.size.height]
        return "\n".join(self._shown[s:e] for s, e in rows)

    # -- moving ---------------------------------------------------------------
    def select_span(self, start: int, end: int, fact_id: str | None = None) -> None:
        """Put the item cursor on the fact `fact_id`, else the item nearest `start`..`end`; scroll to it."""
        exact = [i for i, it in enumerate(self._items) if fact_id and it.fact and it.fact.get("id") == fact_id]
        if exact:
            chosen: int | None = exact[0]
        elif not self._items:
            chosen = None
        else:
            chosen = min(range(len(self._items)),
                         key=lambda i: (abs(self._items[i].start - start) + abs(self._items[i].end - end),
                                        self._items[i].kind != "quote"))
        self._scroll_to_offset(start)
        self._put_cursor(chosen)

    def action_next_item(self) -> None:
        self._step(1)

    def action_previous_item(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        markable = [i for i, it in enumerate(self._items) if it.fact is not None]
        if not markable:
            return
        if self.cursor is None:  # start from the first item on screen
            top_offset = self._lines[int(self.scroll_offset.y)][0] if self._lines else 0
            after = [i for i in markable if self._items[i].start >= top_offset]
            chosen = after[0] if after else (markable[0] if delta > 0 else markable[-1])
        else:
            pos = bisect.bisect_left(markable, self.cursor)
            pos = (pos + delta) % len(markable) if self.cursor in markable else pos % len(markable)
            chosen = markable[pos]
        self._scroll_to_offset(self._items[chosen].start)
        self._put_cursor(chosen)

    def _put_cursor(self, index: int | None) -> None:
        """Move the item cursor and say in the border what it is on (the legend when nothing)."""
        self.cursor = index
        item = self.current_item
        if item is None:
            self.border_subtitle = self.legend()
        else:
            markable = [it for it in self._items if it.fact is not None]
            status = self._statuses.get(item.fact["id"]) if item.fact else None
            where = f"{markable.index(item) + 1}/{len(markable)} " if item in markable else ""
            symbol = f"{STATUS_SYMBOL[status]} " if status in ("verified", "disputed") else ""
            excerpt = one_line(self._text[item.start:item.end], 50)
            self.border_subtitle = Content(f"{symbol}{item.kind} {where}\u2014 {excerpt}")
        self.refresh()

    def _scroll_to_offset(self, offset: int) -> None:
        self._rewrap()
        line = self.line_of(offset)
        height = max(self.size.height, 1)
        if not (self.scroll_offset.y <= line < self.scroll_offset.y + height):
            self.scroll_to(y=max(line - height // 3, 0), animate=False, immediate=True)

    # -- rendering --------------------------------------------------------------
    def _rewrap(self) -> None:
        width = max(self.scrollable_content_region.width - GUTTER, 10) if self.size.width else 78
        if width == self._wrapped_width and self._lines:
            return
        self._wrapped_width = width
        self._lines = wrap_offsets(self._shown, width)
        self._line_starts = [s for s, _ in self._lines]
        self.virtual_size = Size(width + GUTTER, len(self._lines))

    def legend(self) -> Content:
        """The highlight styles, each shown in its own style, for the pane's border."""
        parts = [Content.from_rich_text(Text(kind, style=self.get_component_rich_style(f"article--{kind}", partial=True)))
                 for kind in ("quote", "speaker", "country", "figure", "pledge", "term")]
        parts += [Content(f"{STATUS_SYMBOL['verified']} verified"), Content(f"{STATUS_SYMBOL['disputed']} disputed")]
        return Content(" \u00b7 ").join(parts)

    def _gutter(self, start: int, end: int) -> str:
        """The mark symbol of the line: disputed wins over verified, so a doubt is never hidden."""
        symbol = ""
        hi = bisect.bisect_right(self._starts, end)
        for i in range(hi - 1, -1, -1):
            item = self._items[i]
            if item.start < start - 20000:
                break
            if item.fact is None or item.end <= start or item.start >= max(end, start + 1):
                continue
            status = self._statuses.get(item.fact["id"])
            if status == "disputed":
                return STATUS_SYMBOL["disputed"]
            if status == "verified":
                symbol = STATUS_SYMBOL["verified"]
        return symbol

    def on_resize(self) -> None:
        self._rewrap()
        self.refresh()

    def _style_of(self, item: Item) -> Style:
        style = self.get_component_rich_style(f"article--{item.kind}", partial=True)
        status = self._statuses.get(item.fact["id"]) if item.fact else None
        if status in ("verified", "disputed"):
            style += self.get_component_rich_style(f"article--{status}", partial=True)
        return style

    def render_line(self, y: int) -> Strip:
        self._rewrap()
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.base_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[index]
        line = Text(self._shown[start:end].rstrip("\n"), style=base, no_wrap=True, end="")
        gutter = self._gutter(start, end) if self._statuses else ""
        hi = bisect.bisect_right(self._starts, end)
        for i in range(hi - 1, -1, -1):
            item = self._items[i]
            if item.end <= start:
                if item.start < start - 20000:  # items are short; stop looking far back
                    break
                continue
            a, b = max(item.start, start) - start, min(item.end, end) - start
            if b > a:
                line.stylize(self._style_of(item), a, b)
        if self.cursor is not None and self._items:
            cur = self._items[self.cursor]
            a, b = max(cur.start, start) - start, min(cur.end, end) - start
            if b > a:
                line.stylize(self.get_component_rich_style("article--cursor", partial=True), a, b)
        marker = Text(gutter.ljust(GUTTER), style=base, end="")
        if gutter:
            marker.stylize(self.get_component_rich_style(
                "article--disputed" if gutter == STATUS_SYMBOL["disputed"] else "article--verified", partial=True))
        line = marker + line
        segments = list(line.render(self.app.console))
        strip = Strip(segments, line.cell_len).crop_extend(scroll_x, scroll_x + width, base)
        return strip.apply_offsets(scroll_x, index) if hasattr(strip, "apply_offsets") else strip
