"""Prepare untrusted text for display: the one place control characters are made visible.

Article text is data. Widgets receive `rich.text.Text` built from `visible(...)`,
never a markup string, so `[bold]`, `[/]` or `[@click=...]` show as typed, and
no ESC, BEL or other control byte reaches the terminal.
"""

from __future__ import annotations

import re

# C0 controls (but tab and newline), DEL, C1 controls, and bidi overrides/isolates,
# which can reorder what the user sees.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _picture(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # Unicode "control pictures": ESC -> ␛, BEL -> ␇
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control character replaced by a visible stand-in, length kept.

    Each control character becomes exactly one character, except C1 and bidi
    controls, which become a `\\uXXXX` escape. Newlines and tabs are kept.
    """
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(_picture, text)


def visible_same_length(text: str) -> str:
    """Like `visible`, but every control character becomes exactly one character.

    Use where offsets into the text must stay valid (the article view).
    """
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda m: _picture(m) if ord(m.group()) <= 0x7F else "\ufffd", text)


def one_line(text: str, limit: int = 0) -> str:
    """`visible` text folded onto one line, cut to `limit` characters with an ellipsis."""
    flat = " ".join(visible(text).split())
    if limit and len(flat) > limit:
        return flat[: max(limit - 1, 0)] + "\u2026"
    return flat


def number(value: object) -> str:
    """A figure's value as people write it: 26, not 26.0."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
