"""Command palette providers: every action, every source, every export format."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from tui.core.display import one_line

if TYPE_CHECKING:
    from tui.app import PledgeScopeApp


def safe_highlight(matcher: Matcher, text: str) -> Content:
    """`text` as plain Content with the fuzzy-matched letters styled.

    `Matcher.highlight` parses its argument as markup, which article titles must never be.
    """
    content = Content(text)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        if offset < len(text) and not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class ActionCommands(Provider):
    """The app's actions: search, mark, export, ingest, panes."""

    def _commands(self) -> list[tuple[str, str, object]]:
        app: PledgeScopeApp = self.app  # type: ignore[assignment]
        commands: list[tuple[str, str, object]] = [
            ("Search quotes", "Search every quote of every source", app.action_search),
            ("Verify fact", "Mark the fact under the cursor verified", partial(app.action_mark, "verified")),
            ("Dispute fact", "Mark the fact under the cursor disputed", partial(app.action_mark, "disputed")),
            ("Clear mark", "Mark the fact under the cursor unverified", partial(app.action_mark, "unverified")),
            ("Edit note", "Edit the note and evidence link of the fact under the cursor", app.action_edit_note),
            ("Mark history", "Every status, note and time of the fact under the cursor", app.action_history),
            ("Ingest files", "Add files or folders to the corpus", app.action_ingest),
            ("Orphaned marks", "Marks whose fact is no longer extracted (kept, never dropped)", app.action_orphans),
            ("Help", "Every key", app.action_help),
        ]
        for fmt, what in (("md", "Markdown report"), ("csv", "CSV, one row per fact"),
                          ("json", "JSON (the export contract)"), ("claimreview", "schema.org ClaimReview JSON-LD")):
            commands.append((f"Export {fmt}", f"Write a {what} under the data folder", partial(app.export_to_file, fmt)))
        for pane in ("sources", "article", "facts", "stances"):
            commands.append((f"Go to {pane} pane", f"Focus the {pane} pane", partial(app.action_focus_pane, pane)))
        return commands

    async def discover(self) -> Hits:
        for name, help_text, command in self._commands():
            yield DiscoveryHit(name, command, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, command in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, safe_highlight(matcher, name), command, text=name, help=help_text)


class SourceCommands(Provider):
    """Go to a source by its title or outlet."""

    async def search(self, query: str) -> Hits:
        app: PledgeScopeApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for n, src in enumerate(app.sources, 1):
            label = one_line(f"{n}. {src.get('title') or src.get('path', '')} \u2014 {src.get('outlet') or ''}", 100)
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, safe_highlight(matcher, label), partial(app.show_source, src["id"]),
                          text=label, help="Open this source")
