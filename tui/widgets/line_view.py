"""`LineView`: a scroll view drawn line by line, its base style worked out once per paint."""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip


class LineView(ScrollView):
    """A `ScrollView` whose `render_line` reads `base_style`: the widget's own style, the
    same for every line of one paint, so it is worked out once per paint, not per line."""

    _paint_style: Style | None = None

    @property
    def base_style(self) -> Style:
        return self._paint_style or self.rich_style

    def render_lines(self, crop: Region) -> list[Strip]:
        self._paint_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._paint_style = None
