"""The line-drawn table's keys on an empty table and on a short one (no app data needed)."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from tui.widgets.vim_table import VimTable


class _TableApp(App):
    def __init__(self, rows: int) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield VimTable(id="t", cursor_type="cell")

    def on_mount(self) -> None:
        table = self.query_one(VimTable)
        table.add_column("A", key="a")
        table.add_column("B", key="b")
        for i in range(self.rows):
            table.add_row(Text(f"a{i}"), Text(f"b{i}"), key=f"r{i}")
        table.focus()


async def test_top_and_bottom_keys_on_an_empty_table_leave_the_cursor_home() -> None:
    app = _TableApp(0)
    async with app.run_test() as pilot:
        await pilot.press("G", "ctrl+end", "g", "ctrl+home")  # no row to go to, and nothing raises
        assert app.query_one(VimTable).cursor_coordinate == (0, 0)


async def test_g_and_ctrl_end_go_to_the_last_row_and_keep_the_column() -> None:
    app = _TableApp(5)
    async with app.run_test() as pilot:
        table = app.query_one(VimTable)
        await pilot.press("right", "G")
        assert table.cursor_coordinate == (4, 1)
        await pilot.press("g")
        assert table.cursor_coordinate == (0, 1)
        await pilot.press("ctrl+end")
        assert table.cursor_coordinate == (4, 1)
