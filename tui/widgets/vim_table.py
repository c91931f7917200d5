"""The tables of the app: a line-drawn table with a cursor, and vim keys on top.

`LineTable` looks and behaves like Textual's `DataTable` as the app used it (one-line
cells of `Text`, a header, zebra stripes, a row or cell cursor, the same keys, mouse
hover and click), but draws each visible line straight from its cells: the first
screen does not pay for DataTable's generic cell rendering (a Rich render per cell),
its layout passes on idle or its caches. Columns are as wide as their widest label or
cell so far: `clear()` keeps the widths, `clear(columns=True)` drops them, and
`update_cell` does not widen a column (a longer value is cut), as in DataTable.
Its colours are in app.tcss (`LineTable` and its `line-table--*` components).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.color import Color
from textual.coordinate import Coordinate
from textual.geometry import Region, Size, Spacing, clamp
from textual.message import Message
from textual.strip import Strip

from tui.widgets.line_view import LineView

PADDING = 1
"""Cells left blank on each side of every cell."""


class Column:
    """A column: its key, its label and the width of its widest label or cell (without padding)."""

    __slots__ = ("key", "label", "content_width")

    def __init__(self, key: str, label: Text, content_width: int) -> None:
        self.key = key
        self.label = label
        self.content_width = content_width

    @property
    def render_width(self) -> int:
        return self.content_width + 2 * PADDING


class LineTable(LineView, can_focus=True):
    """Rows of one-line `Text` cells under a header row, drawn line by line."""

    ALLOW_SELECT = False

    BINDINGS = [
        Binding("enter", "select_cursor", "Select", show=False),
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("right", "cursor_right", "Cursor right", show=False),
        Binding("left", "cursor_left", "Cursor left", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("ctrl+home", "scroll_top", "Top", show=False),
        Binding("ctrl+end", "scroll_bottom", "Bottom", show=False),
        Binding("home", "scroll_home", "Home", show=False),
        Binding("end", "scroll_end", "End", show=False),
    ]

    COMPONENT_CLASSES = {
        "line-table--header", "line-table--header-hover", "line-table--even-row",
        "line-table--odd-row", "line-table--cursor", "line-table--hover",
    }

    class Selected(Message):
        """Enter (or a click on the cursor) on a row or cell; `coordinate` is where the cursor is."""

        def __init__(self, table: "LineTable", coordinate: Coordinate, row_key: str, column_key: str) -> None:
            super().__init__()
            self.table = table
            self.coordinate = coordinate
            self.row_key = row_key
            self.column_key = column_key

        @property
        def control(self) -> "LineTable":
            return self.table

    def __init__(self, *, id: str | None = None, cursor_type: str = "cell") -> None:
        super().__init__(id=id)
        self.cursor_type = cursor_type  # "row" or "cell"
        self.columns: dict[str, Column] = {}
        self._column_keys: list[str] = []
        self._rows: list[list[Text]] = []
        self._row_keys: list[str] = []
        self._row_index: dict[str, int] = {}
        self._cursor = Coordinate(0, 0)
        self._hover = Coordinate(0, 0)
        self._show_hover = False  # the mouse's cursor, hidden again by any key

    # -- content ------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self._rows)

    def clear(self, columns: bool = False) -> None:
        """Remove every row (and with `columns`, every column); the cursor goes home."""
        self._rows, self._row_keys, self._row_index = [], [], {}
        if columns:
            self.columns, self._column_keys = {}, []
        self._cursor = Coordinate(0, 0)
        self._hover = Coordinate(0, 0)
        self._resize()
        self.scroll_x = self.scroll_y = 0
        self.scroll_target_x = self.scroll_target_y = 0

    def add_column(self, label: str | Text, *, key: str) -> None:
        label = Text(label) if isinstance(label, str) else label
        self.columns[key] = Column(key, label, _width(label))
        self._column_keys.append(key)
        self._resize()

    def add_row(self, *cells: Text, key: str) -> None:
        self.add_rows([(key, cells)])

    def add_rows(self, rows: Iterable[tuple[str, Sequence[Text]]]) -> None:
        """Add (key, cells) rows at the bottom, then lay the table out once.

        Filling a table row by row would lay it out (and drop its widget's style caches,
        as every refresh does) once per row.
        """
        columns = list(self.columns.values())
        for key, cells in rows:
            self._row_index[key] = len(self._rows)
            self._rows.append(list(cells))
            self._row_keys.append(key)
            for column, cell in zip(columns, cells):
                column.content_width = max(column.content_width, _width(cell))
        self._resize()

    def update_cell(self, row_key: str, column_key: str, value: Text) -> None:
        """Change one cell; its column keeps its width."""
        try:
            self._rows[self._row_index[row_key]][self._column_keys.index(column_key)] = value
        except (KeyError, ValueError, IndexError):
            raise KeyError(f"no cell at row {row_key!r}, column {column_key!r}") from None
        self.refresh()

    def get_cell(self, row_key: str, column_key: str) -> Text:
        try:
            return self._rows[self._row_index[row_key]][self._column_keys.index(column_key)]
        except (KeyError, ValueError, IndexError):
            raise KeyError(f"no cell at row {row_key!r}, column {column_key!r}") from None

    def get_cell_at(self, coordinate: Coordinate | tuple[int, int]) -> Text:
        row, column = coordinate
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._column_keys)):
            raise KeyError(f"no cell at {tuple(coordinate)!r}")
        return self._rows[row][column]

    def get_row(self, row_key: str) -> list[Text]:
        return list(self._rows[self._row_index[row_key]])

    def key_at(self, coordinate: Coordinate) -> tuple[str, str] | None:
        """The (row key, column key) of the cell at `coordinate`, None outside the table."""
        row, column = coordinate
        if 0 <= row < len(self._rows) and 0 <= column < len(self._column_keys):
            return self._row_keys[row], self._column_keys[column]
        return None

    def _resize(self) -> None:
        width = sum(column.render_width for column in self.columns.values())
        self.virtual_size = Size(width, len(self._rows) + 1)  # + the header
        self.refresh()

    # -- the cursor -----------------------------------------------------------
    @property
    def cursor_coordinate(self) -> Coordinate:
        return self._cursor

    @cursor_coordinate.setter
    def cursor_coordinate(self, value: Coordinate) -> None:
        row, column = value
        value = Coordinate(clamp(row, 0, len(self._rows) - 1), clamp(column, 0, len(self._column_keys) - 1))
        if value != self._cursor:
            self._cursor = value
            self.refresh()
            self._scroll_cursor_into_view()

    def move_cursor(self, *, row: int | None = None, column: int | None = None, animate: bool = False,
                    scroll: bool = True) -> None:
        if scroll:
            self._scroll_cursor_into_view(animate=animate)
        self.cursor_coordinate = Coordinate(self._cursor.row if row is None else row,
                                            self._cursor.column if column is None else column)

    def _cell_region(self, coordinate: Coordinate) -> Region:
        row, column = coordinate
        if not (0 <= row < len(self._rows) and 0 <= column < len(self._column_keys)):
            return Region(0, 0, 0, 0)
        widths = [c.render_width for c in self.columns.values()]
        return Region(sum(widths[:column]), row + 1, widths[column], 1)

    def _scroll_cursor_into_view(self, animate: bool = False) -> None:
        row = self._cursor.row
        if self.cursor_type == "row":
            if not 0 <= row < len(self._rows):
                region = Region(0, 0, 0, 0)
            else:
                width = max(self.size.width, self.virtual_size.width)
                region = Region(int(self.scroll_x), row + 1, width, 1)
        else:
            region = self._cell_region(self._cursor)
        self.scroll_to_region(region, animate=animate, spacing=Spacing(1, 0, 0, 0), force=True)

    def _post_selected(self) -> None:
        keys = self.key_at(self._cursor)
        if keys is not None:
            self.post_message(self.Selected(self, self._cursor, *keys))

    def _set_hover_cursor(self, active: bool) -> None:
        if active != self._show_hover:
            self._show_hover = active
            self.refresh()

    # -- keys -----------------------------------------------------------------
    def action_cursor_up(self) -> None:
        self._set_hover_cursor(False)
        self.cursor_coordinate = self._cursor.up()

    def action_cursor_down(self) -> None:
        self._set_hover_cursor(False)
        self.cursor_coordinate = self._cursor.down()

    def action_cursor_right(self) -> None:
        self._set_hover_cursor(False)
        if self.cursor_type == "cell":
            self.cursor_coordinate = self._cursor.right()
            self._scroll_cursor_into_view(animate=True)
        else:
            super().action_scroll_right()

    def action_cursor_left(self) -> None:
        self._set_hover_cursor(False)
        if self.cursor_type == "cell":
            self.cursor_coordinate = self._cursor.left()
            self._scroll_cursor_into_view(animate=True)
        else:
            super().action_scroll_left()

    def action_page_down(self) -> None:
        self._set_hover_cursor(False)
        height = self.scrollable_content_region.height - 1  # under the header
        row = self._cursor.row
        rows = min(max(height, 0) + 1, len(self._rows) - row)
        self.scroll_relative(y=height, animate=False, force=True)
        self.move_cursor(row=row + rows - 1, scroll=False)

    def action_page_up(self) -> None:
        self._set_hover_cursor(False)
        height = self.scrollable_content_region.height - 1
        row = self._cursor.row
        rows = min(max(height, 0) + 1, row + 1)
        self.scroll_relative(y=-height, animate=False)
        self.move_cursor(row=row - rows + 1, scroll=False)

    def action_scroll_top(self) -> None:
        self._set_hover_cursor(False)
        self.cursor_coordinate = Coordinate(0, self._cursor.column)

    def action_scroll_bottom(self) -> None:
        self._set_hover_cursor(False)
        self.cursor_coordinate = Coordinate(len(self._rows) - 1, self._cursor.column)

    def action_scroll_home(self) -> None:
        self._set_hover_cursor(False)
        if self.cursor_type == "cell":
            self.move_cursor(column=0)
        else:
            self.scroll_x = 0

    def action_scroll_end(self) -> None:
        self._set_hover_cursor(False)
        if self.cursor_type == "cell":
            self.move_cursor(column=len(self._column_keys) - 1)
        else:
            self.scroll_x = self.max_scroll_x

    def action_select_cursor(self) -> None:
        self._set_hover_cursor(False)
        self._post_selected()

    # -- mouse (each drawn cell carries its row and column in its style's meta) -----
    def _on_mouse_move(self, event: events.MouseMove) -> None:
        meta = event.style.meta
        if not meta or (self.cursor_type != "row" and meta.get("out_of_bounds", False)):
            self._set_hover_cursor(False)
            return
        self._set_hover_cursor(True)
        if "row" in meta and "column" in meta:
            hover = Coordinate(meta["row"], meta["column"])
            if hover != self._hover:
                self._hover = hover
                self.refresh()

    def _on_leave(self, _: events.Leave) -> None:
        self._set_hover_cursor(False)

    def _on_click(self, event: events.Click) -> None:
        self._set_hover_cursor(True)
        meta = event.style.meta
        if "row" not in meta or "column" not in meta:
            return
        if self.cursor_type != "row" and meta.get("out_of_bounds", False):
            return
        if meta["row"] == -1:  # the header: nothing to do
            return
        coordinate = Coordinate(meta["row"], meta["column"])
        again = coordinate == self._cursor
        self.cursor_coordinate = coordinate
        if again:
            self._post_selected()
        self._scroll_cursor_into_view(animate=True)
        event.stop()

    # -- drawing --------------------------------------------------------------
    def _highlight(self, at: Coordinate, row: int, column: int) -> bool:
        """Whether a cursor (or the hover) at `at` covers the cell (`row`, `column`)."""
        return at.row == row and (self.cursor_type == "row" or at.column == column)

    def _cell_styles(self, header: bool, hover: bool, cursor: bool) -> Style:
        """The component style over a cell: the hover's, then the cursor's."""
        style = Style.null()
        get = self.get_component_rich_style
        if hover and self._show_hover:
            style += get("line-table--hover")
            if header:
                style += get("line-table--header-hover")
        if cursor:
            style += get("line-table--cursor")
        return style


    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.base_style
        scroll_x, scroll_y = self.scroll_offset
        row = -1 if y == 0 else y - 1 + scroll_y  # the header stays put while the rows scroll
        if row >= len(self._rows):
            return Strip.blank(width, base)
        get = self.get_component_rich_style
        if row == -1:
            row_style = get("line-table--header")
            cells = [column.label for column in self.columns.values()]
        else:
            row_style = get("line-table--odd-row" if row % 2 else "line-table--even-row")
            cells = self._rows[row]
        header = row == -1
        cursor, hover = self._cursor, self._hover
        console = self.app.console
        segments: list[Segment] = []
        add = segments.append
        for index, (column, cell) in enumerate(zip(self.columns.values(), cells)):
            # Each cell's style: the row's, the cursor's or hover's over it, the cell's own, the
            # cursor's colour over all (as DataTable: foreground from CSS, background from the
            # cell), and the cell's place in its meta (for the mouse). Rich caches the sums of
            # the same styles, so the meta, unique to the cell, is added last.
            component = self._cell_styles(header, self._highlight(hover, row, index),
                                          self._highlight(cursor, row, index))
            under = row_style + component
            post = Style.from_color(component.color) if component.color else None
            meta = Style.from_meta({"row": row, "column": index})
            pad = (under + post if post else under) + meta
            plain = cell.plain
            used = cell_len(plain)
            if used > column.content_width:
                plain, used = set_cell_size(plain, column.content_width), column.content_width
            add(Segment(" " * PADDING, pad))
            if cell._spans:  # the app styles its cells whole; others are drawn the way Rich does
                text = cell.copy()
                text.truncate(column.content_width)
                for segment in Text("\n").join([text]).render(console):
                    text_style = under + segment.style if segment.style else under
                    add(Segment(segment.text, (text_style + post if post else text_style) + meta))
            else:
                style = cell.style
                text_style = under + (style if isinstance(style, Style) else console.get_style(style)) if style else under
                add(Segment(plain, (text_style + post if post else text_style) + meta))
            add(Segment(" " * (column.content_width - used + PADDING), pad))
        add(self._extend(row, row_style, width))
        strip = Strip(segments).crop(scroll_x, scroll_x + width)
        return strip.adjust_cell_length(width, base).simplify()

    def _extend(self, row: int, row_style: Style, width: int) -> Segment:
        """The rest of the line right of the last column (the row cursor spans it too)."""
        table_width = sum(column.render_width for column in self.columns.values())
        if self.cursor_type == "row":
            style = row_style + self._cell_styles(row == -1, self._highlight(self._hover, row, 0),
                                                  row == self._cursor.row)
        elif row_style.bgcolor is not None:
            faded = Color.from_rich_color(row_style.bgcolor).blend(self.background_colors[1], factor=0.25)
            style = Style.from_color(color=row_style.color, bgcolor=faded.rich_color)
        else:
            style = Style.from_color(row_style.color, row_style.bgcolor)
        style += Style.from_meta({"row": row, "column": 0, "out_of_bounds": True})
        return Segment(" " * max(0, width - table_width), style)


def _width(text: Text) -> int:
    return max((cell_len(line) for line in text.plain.splitlines()), default=0)


class VimTable(LineTable):
    """A table with j/k/g/G as well as the arrows, a row cursor and zebra stripes."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("g", "scroll_top", "Top", show=False),
        Binding("G", "scroll_bottom", "Bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None, cursor_type: str = "row") -> None:
        super().__init__(id=id, cursor_type=cursor_type)

    def current_key(self) -> str | None:
        """The key of the row under the cursor, if any."""
        keys = self.key_at(self.cursor_coordinate)
        return keys[0] if keys else None
