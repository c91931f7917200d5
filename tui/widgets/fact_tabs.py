"""The facts pane: a row of tabs (pledges, quotes, figures) over one table per tab.

`FactTabs` draws the row of tabs and the bar under it in one line-drawn widget, the
way Textual's `Tabs` draws them with a widget per tab, a container per row and an
underline widget: same labels, colours, focus, hover, clicks, left/right keys and
the sliding underline. `FactsPane` shows the table of the active tab and hides the
others, as `TabbedContent` did, with a fraction of the widgets to style, mount and lay
out before the first screen. Colours are in app.tcss (`FactTabs`, `fact-tabs--*`).
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.renderables.bar import Bar
from textual.strip import Strip
from textual.widget import Widget

PAD = 1
"""Blank cells each side of a tab's label."""


class FactTabs(Widget, can_focus=True):
    """A row of tabs with an underline under the active one."""

    BINDINGS = [
        Binding("left", "previous_tab", "Previous tab", show=False),
        Binding("right", "next_tab", "Next tab", show=False),
    ]

    COMPONENT_CLASSES = {"fact-tabs--tab", "fact-tabs--hover", "fact-tabs--active", "fact-tabs--bar"}

    highlight_start = reactive(0.0)
    """First cell of the underline's highlight (animated when the active tab changes)."""
    highlight_end = reactive(0.0)
    """Cell after the last of the underline's highlight."""

    class Activated(Message):
        """The user made a tab active (a click, or left/right)."""

        def __init__(self, tabs: "FactTabs", tab_id: str) -> None:
            super().__init__()
            self.tabs = tabs
            self.tab_id = tab_id

        @property
        def control(self) -> "FactTabs":
            return self.tabs

    def __init__(self, tabs: list[tuple[str, str]], *, active: str) -> None:
        """`tabs`: (id, label) of each tab, in order."""
        super().__init__()
        self._ids = [tab_id for tab_id, _ in tabs]
        self._labels = [label for _, label in tabs]
        self._spans: list[tuple[int, int]] = []  # cells of each tab, padding included
        x = 0
        for label in self._labels:
            self._spans.append((x, x + cell_len(label) + 2 * PAD))
            x += cell_len(label) + 2 * PAD
        self._hover: int | None = None
        self.active = active
        self.set_reactive(FactTabs.highlight_start, float(self._label_span(active)[0]))
        self.set_reactive(FactTabs.highlight_end, float(self._label_span(active)[1]))

    def _label_span(self, tab_id: str) -> tuple[int, int]:
        start, end = self._spans[self._ids.index(tab_id)]
        return start + PAD, end - PAD

    def activate(self, tab_id: str, animate: bool = True) -> None:
        """Make `tab_id` the active tab; the underline slides to it (or jumps, without `animate`)."""
        if tab_id == self.active:
            return
        self.active = tab_id
        start, end = self._label_span(tab_id)
        if animate and self.app.animation_level != "none":
            def slide() -> None:
                self.animate("highlight_start", float(start), duration=0.3, level="basic")
                self.animate("highlight_end", float(end), duration=0.3, level="basic")

            self.set_timer(0.02, lambda: self.call_after_refresh(slide))
        else:
            self.highlight_start, self.highlight_end = float(start), float(end)
        self.refresh()

    def _choose(self, tab_id: str) -> None:
        self.activate(tab_id)
        self.post_message(self.Activated(self, tab_id))

    def action_next_tab(self) -> None:
        self._choose(self._ids[(self._ids.index(self.active) + 1) % len(self._ids)])

    def action_previous_tab(self) -> None:
        self._choose(self._ids[(self._ids.index(self.active) - 1) % len(self._ids)])

    # -- mouse ----------------------------------------------------------------
    def _tab_at(self, x: int) -> int | None:
        for index, (start, end) in enumerate(self._spans):
            if start <= x < end:
                return index
        return None

    def _on_mouse_move(self, event: events.MouseMove) -> None:
        hover = self._tab_at(event.x) if event.y == 0 else None
        if hover != self._hover:
            self._hover = hover
            self.styles.pointer = "default" if hover is None else "pointer"  # a tab is a button
            self.screen.update_pointer_shape()
            self.refresh()

    def _on_leave(self, _: events.Leave) -> None:
        if self._hover is not None:
            self._hover = None
            self.styles.pointer = "default"
            self.refresh()

    def _on_click(self, event: events.Click) -> None:
        """A click on a tab, or on the underline below it, makes it active."""
        event.stop()
        index = self._tab_at(event.x) if event.y in (0, 1) else None
        if event.y == 0 and index is None:
            return
        self.focus()
        if index is not None:
            self._choose(self._ids[index])

    # -- drawing --------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.size.width
        background = Style(bgcolor=self.background_colors[1].rich_color)
        if y == 1:
            bar_style = self.get_component_rich_style("fact-tabs--bar")
            bar = Bar((self.highlight_start, self.highlight_end), Style.from_color(bar_style.color),
                      Style.from_color(bar_style.bgcolor))
            text = next(iter(bar.__rich_console__(self.app.console, self.app.console.options.update_width(width))))
            segments = [Segment(s.text, background + s.style if s.style else background)
                        for s in text.render(self.app.console)]
            return Strip(segments).adjust_cell_length(width, background)
        if y > 1:
            return Strip.blank(width, background)
        segments: list[Segment] = []
        for index, (tab_id, label) in enumerate(zip(self._ids, self._labels)):
            if tab_id == self.active:
                style = self.get_component_rich_style("fact-tabs--active")
            elif index == self._hover:
                style = self.get_component_rich_style("fact-tabs--hover")
            else:
                style = self.get_component_rich_style("fact-tabs--tab")
            pad = Style(bgcolor=style.bgcolor) if style.bgcolor else background
            segments += [Segment(" " * PAD, pad), Segment(label, style), Segment(" " * PAD, pad)]
        return Strip(segments).adjust_cell_length(width, background)


class FactsPane(Vertical):
    """The row of tabs over the table of the active tab; the other tables are hidden."""

    def __init__(self, tabs: dict[str, tuple[str, Widget]], *, id: str | None = None) -> None:
        """`tabs`: tab id -> (label, table), in order; the first tab is active."""
        super().__init__(id=id)
        self._tables = {tab_id: table for tab_id, (_, table) in tabs.items()}
        self._tabs = FactTabs([(tab_id, label) for tab_id, (label, _) in tabs.items()], active=next(iter(tabs)))

    def compose(self) -> ComposeResult:
        yield self._tabs
        yield self._tables[self.active]  # the others: once the first screen is up

    def on_mount(self) -> None:
        self.call_after_refresh(self._mount_hidden_tables)

    def _mount_hidden_tables(self) -> None:
        """The tables of the other tabs, hidden: the first screen need not wait for them."""
        if not self.is_attached:  # quitting before the first paint
            return
        for tab_id, table in self._tables.items():
            if not table.is_attached:
                table.display = tab_id == self.active
                self.mount(table)

    @property
    def active(self) -> str:
        """The id of the active tab."""
        return self._tabs.active

    @active.setter
    def active(self, tab_id: str) -> None:
        self._tabs.activate(tab_id)
        self._show(tab_id)

    def _show(self, tab_id: str) -> None:
        for other, table in self._tables.items():
            table.display = other == tab_id

    def on_fact_tabs_activated(self, event: FactTabs.Activated) -> None:
        event.stop()
        self._show(event.tab_id)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """A table focused by other means than the tabs (the app, the mouse) shows its tab."""
        for tab_id, table in self._tables.items():
            if table is event.widget and tab_id != self.active:
                self.active = tab_id

