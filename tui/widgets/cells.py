"""Display text for widgets: always `Text` built through `core.display`, never markup."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from tui.core.display import one_line

STATUS_SYMBOL = {"verified": "\u2713", "disputed": "\u2717", "unverified": "\u00b7"}
"""A mark shows as a symbol as well as a colour, so colour is never the only signal."""


def safe(value: object, limit: int = 0, style: Style | str = "") -> Text:
    """Untrusted `value` as one line of plain `Text`: no markup, control characters visible."""
    return Text(one_line(str(value), limit), style=style, no_wrap=True, end="")


def status_symbol(status: str | None) -> str:
    """The symbol of a mark status ('' when unmarked)."""
    return STATUS_SYMBOL.get(status or "", "") if status and status != "unverified" else ""
