"""Fact keys and the stance vocabulary: what the app's first screen needs of the core.

`tui.core.models` defines them for the rest of the core (it re-exports both); they
live here, apart from the record classes, so that opening the stores and drawing the
first screen does not build those classes (as `tui.core.conflicts` keeps the stance
comparison apart from the extraction rules).
"""

from __future__ import annotations

STANCES = ("troops", "support", "undecided", "opposed", "listed")
"""Stance vocabulary, most specific first (DESIGN.md)."""


def parse_fact_key(fact_id: object) -> tuple[str, str] | None:
    """The (kind, source id) a fact key names, or None if `fact_id` is not a fact key.

    Keys are ``kind:source:digest``, with ``#n`` after repeats (see `models.fact_key`).
    """
    if not isinstance(fact_id, str):
        return None
    parts = fact_id.split("#", 1)[0].split(":", 2)
    return (parts[0], parts[1]) if len(parts) == 3 and all(parts) else None
