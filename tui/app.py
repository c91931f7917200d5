"""The Textual app: composes the four panes, holds the bindings, wires messages to the stores."""

from __future__ import annotations

import gc
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Header
from textual.worker import Worker, WorkerState

from tui.core.display import number, one_line
from tui.core.keys import parse_fact_key
from tui.store import CorpusStore, MarksStore
from tui.widgets.article_view import ArticleView, Item
from tui.widgets.fact_tables import FactTable, FigureTable, PledgeTable, QuoteTable
from tui.widgets.fact_tabs import FactsPane
from tui.widgets.messages import JumpRequested
from tui.widgets.sources import SourceList
from tui.widgets.stance_table import StanceTable
from tui.widgets.vim_table import VimTable

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.widgets import ProgressBar

FACT_KINDS = ("quotes", "pledges", "stances", "figures")
FOLLOW_DELAY = 0.12
"""Seconds between source-list moves below which the article waits for the keys to pause."""
"""The kinds of fact a user can mark, as named in the corpus store."""



def _provider(name: str) -> Callable[[], type[Provider]]:
    """A command palette provider of tui.commands, imported when the palette first opens."""
    def load() -> type[Provider]:
        import tui.commands

        return getattr(tui.commands, name)

    return load


def fact_label(fact: dict) -> str:
    """A short human description of a fact, for dialogs and notifications."""
    kind = fact.get("kind", "")
    if kind == "quote":
        return f"Quote by {fact.get('speaker', '?')}: \u201c{fact.get('text', '')}\u201d"
    if kind == "pledge":
        return f"Pledge by {fact.get('actor', '?')}: {fact.get('evidence', '')}"
    if kind == "stance":
        return f"Stance of {fact.get('country_name', fact.get('country'))}: {fact.get('stance')} \u2014 {fact.get('evidence', '')}"
    if kind == "figure":
        return f"Figure {number(fact.get('value'))} {fact.get('what', '')}: {fact.get('evidence', '')}"
    return str(fact.get("id", ""))


def fact_span(fact: dict) -> tuple[int, int]:
    """Where a fact stands in its article (a quote's words, a figure's number, else its sentence)."""
    return int(fact.get("start", 0)), int(fact.get("end", 0))


class PledgeScopeApp(App[str | None]):
    """Sources, article, facts and stances of one event's coverage, on one screen."""

    CSS_PATH = "app.tcss"
    TITLE = "PledgeScope"
    COMMANDS = App.COMMANDS | {_provider("ActionCommands"), _provider("SourceCommands")}

    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help", key_display="?"),
        Binding("slash", "search", "Search", id="search", key_display="/"),
        Binding("n", "next_match", "Next match", id="next_match", show=False),
        Binding("N", "previous_match", "Prev match", id="previous_match", show=False),
        Binding("v", "mark('verified')", "Verify", id="verify"),
        Binding("x", "mark('disputed')", "Dispute", id="dispute"),
        Binding("u", "mark('unverified')", "Clear", id="clear_mark", show=False),
        Binding("e", "edit_note", "Note", id="edit_note"),
        Binding("h", "history", "History", id="history", show=False),
        Binding("t", "next_tab", "Pledges/Quotes/Figures", id="next_tab", show=False),
        Binding("i", "ingest", "Ingest", id="ingest", show=False),
        Binding("1", "focus_pane('sources')", "Sources", id="pane_sources", show=False),
        Binding("2", "focus_pane('article')", "Article", id="pane_article", show=False),
        Binding("3", "focus_pane('facts')", "Facts", id="pane_facts", show=False),
        Binding("4", "focus_pane('stances')", "Stances", id="pane_stances", show=False),
        Binding("tab", "app.focus_next", "Next pane", show=False),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False),
    ]

    def __init__(self, corpus: CorpusStore, marks: MarksStore) -> None:
        super().__init__()
        self.corpus = corpus
        self.marks = marks
        self.sources: list[dict] = []
        self.current: str | None = None
        self.statuses: dict[str, str] = {}
        self.orphans: list[dict] = []
        self._index: Any = None
        self._index_lock = threading.Lock()
        self._carried: dict[str, str] = {}  # quote id -> "3 sources", once quotes are grouped
        self._figure_groups: dict[str, dict] = {}  # figure id -> its group across sources
        self._last_chosen = 0.0
        self._follow_timer: Timer | None = None
        self._search: tuple[str, list, int] | None = None
        self._fact_source_totals: dict[str, int] = {}
        self.pledge_table = PledgeTable(id="pledges")
        self.quote_table = QuoteTable(id="quotes")
        self.figure_table = FigureTable(id="figures")

    # -- layout ---------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="top"):
            with Vertical(id="left"):
                yield SourceList(id="sources")
                yield FactsPane({"tab-pledges": ("Pledges", self.pledge_table),
                                 "tab-quotes": ("Quotes", self.quote_table),
                                 "tab-figures": ("Figures", self.figure_table)}, id="facts")
            yield ArticleView(id="article")
        yield StanceTable(id="stances")
        yield Footer()

    def on_load(self) -> None:
        """No garbage collection until the first screen is painted (see `on_mount`).

        Building it allocates a great many objects - styles, widgets, the corpus read - that
        all live as long as the app: the collector's passes over them would find nothing.
        """
        gc.disable()

    def on_mount(self) -> None:
        self.main.query_one("#sources").border_title = "1 Sources"
        self.main.query_one("#article").border_title = "2 Article"
        self.main.query_one("#facts").border_title = "3 Facts"
        self.main.query_one("#stances").border_title = "4 Stances: country \u00d7 source"
        self.reload()
        self.main.query_one(SourceList).focus()
        self.call_after_refresh(gc.enable)  # the first screen is up

    def on_unmount(self) -> None:
        gc.enable()  # in case the app closed before its first screen was painted

    @property
    def fact_tables(self) -> dict[str, FactTable]:
        """The facts pane's tables by the id of the tab that holds them, in tab order."""
        return {"tab-pledges": self.pledge_table, "tab-quotes": self.quote_table,
                "tab-figures": self.figure_table}

    @property
    def main(self):
        """The main screen, whatever dialog is open above it."""
        return self.screen_stack[0]

    # -- loading --------------------------------------------------------------
    def reload(self) -> None:
        """Read the stores and fill every pane; the search index and groupings follow in a worker."""
        self.sources = self.corpus.sources()
        self._fact_source_totals = self.corpus.fact_counts()
        attached, self.orphans = self._attach_marks()
        self.statuses = {fid: m["status"] for fid, m in attached.items()}
        self.main.query_one(SourceList).load(self.sources, self._source_counts())
        self._load_stance_table()
        with self._index_lock:
            self._index = None
        self._carried, self._figure_groups = {}, {}
        if self.sources:
            known = {s["id"] for s in self.sources}
            self.show_source(self.current if self.current in known else self.sources[0]["id"])
        self._update_header()
        self.call_after_refresh(self.build_index)  # after the first paint: it competes for the GIL
        gc.freeze()  # the corpus lives as long as the app: keep full collections off key presses

    def _load_stance_table(self) -> None:
        """Per-source stances for a handful of sources; for many, the summary stored at ingest."""
        from tui.core.conflicts import SUMMARY_META, corpus_fingerprint, summarise
        from tui.widgets.stance_table import MAX_SOURCE_COLUMNS

        table = self.main.query_one(StanceTable)
        if len(self.sources) > MAX_SOURCE_COLUMNS:
            stored = self.corpus.meta(SUMMARY_META) or {}
            if stored.get("sources") == corpus_fingerprint(s["id"] for s in self.sources):
                table.load(self.sources, stored["countries"], None, self.statuses)
                return
        stances = self.corpus.all("stances")
        table.load(self.sources, summarise(stances), stances, self.statuses)

    def _attach_marks(self) -> tuple[dict[str, dict], list[dict]]:
        """Marks by current fact id, and the orphans; only marks whose id changed are searched for."""
        attached: dict[str, dict] = {}
        pending: dict[str, dict] = {}
        for fid, mark in self.marks.all().items():
            (attached if self.corpus.fact(fid) is not None else pending)[fid] = mark
        if not pending:
            return attached, []
        from tui.core.anchoring import reattach

        kinds = {named[0] + "s" for named in map(parse_fact_key, pending) if named} & set(FACT_KINDS)
        candidates = [fact for kind in sorted(kinds) for fact in self.corpus.all(kind)]
        found, orphans = reattach(pending, candidates, self.corpus.text,
                                  paths={s["id"]: s["path"] for s in self.sources})
        for fid, mark in found.items():
            if fid in attached:  # the fact has a mark of its own already: that one wins
                orphans.append(mark)
            else:
                attached[fid] = mark
        return attached, orphans

    def _source_counts(self) -> dict[str, tuple[int, int]]:
        verified: dict[str, int] = {}
        for fid, status in self.statuses.items():
            if status == "verified":
                source = (parse_fact_key(fid) or ("", ""))[1]
                verified[source] = verified.get(source, 0) + 1
        return {sid: (verified.get(sid, 0), total) for sid, total in self._fact_source_totals.items()}

    def _update_header(self) -> None:
        total = sum(self._fact_source_totals.values())
        verified = sum(1 for s in self.statuses.values() if s == "verified")
        disputed = sum(1 for s in self.statuses.values() if s == "disputed")
        orphaned = f" \u00b7 {len(self.orphans)} orphaned" if self.orphans else ""
        self.sub_title = (f"{len(self.sources)} sources \u00b7 {verified}/{total} verified"
                          f" \u00b7 {disputed} disputed{orphaned}")

    def show_source(self, source_id: str) -> None:
        """Show one source's text and facts in the article and facts panes."""
        self.current = source_id
        facts = self.corpus.facts(source_id)
        text = self.corpus.text(source_id)
        self.pledge_table.load(facts.get("pledges", []), self.statuses)
        self.quote_table.load(facts.get("quotes", []), self.statuses, self._carried)
        self.figure_table.load(facts.get("figures", []), self.statuses,
                               self._figures_elsewhere(source_id, facts.get("figures", [])))
        view = self.main.query_one(ArticleView)
        view.show(text, self._items(facts), self.statuses)
        src = self.corpus.source(source_id) or {}
        view.border_title = Content(f"2 Article: {one_line(src.get('title') or src.get('path', ''), 70)}")
        flagged = src.get("flagged") or []
        self.main.query_one("#facts").border_subtitle = (
            Content(one_line("listed as countries but not countries: " + ", ".join(flagged), 80)) if flagged else "")
        self.main.query_one(SourceList).move_to(source_id)

    def _figures_elsewhere(self, source_id: str, figures: list[dict]) -> dict[str, str]:
        """For each figure, the values other sources give for the same thing ("⚠ 35 ×1, 26 ×3")."""
        if not self._figure_groups:  # not grouped yet (the worker is on it): nothing to say
            return {}
        from tui.core.corroborate import values_elsewhere

        out: dict[str, str] = {}
        for fig in figures:
            group = self._figure_groups.get(fig["id"])
            counts = values_elsewhere(group, source_id) if group else {}
            if counts:
                mark = "\u26a0 " if any(v != fig["value"] for v in counts) else ""
                top = sorted(counts.items(), key=lambda kv: -kv[1])[:4]
                out[fig["id"]] = mark + ", ".join(f"{number(v)} \u00d7{n}" for v, n in top)
        return out

    @staticmethod
    def _items(facts: dict[str, list[dict]]) -> list[Item]:
        items: list[Item] = []
        for q in facts.get("quotes", []):
            items.append(Item("quote", q["start"], q["end"], q))
            if q.get("speaker_start") is not None and q.get("speaker_end") is not None:
                items.append(Item("speaker", q["speaker_start"], q["speaker_end"]))
        for c in facts.get("countries", []):
            items.append(Item("country", c["start"], c["end"]))
        for f in facts.get("figures", []):
            items.append(Item("figure", f["start"], f["end"], f))
        for p in facts.get("pledges", []):
            items.append(Item("pledge", p["start"], p["end"], p))
        for t in facts.get("terms", []):
            items.append(Item("term", t["start"], t["end"]))
        for s in facts.get("stances", []):
            items.append(Item("stance", s["start"], s["end"], s))
        return items

    # -- messages from panes --------------------------------------------------
    @on(SourceList.Chosen)
    def _source_chosen(self, event: SourceList.Chosen) -> None:
        """Show the chosen source; while keys come fast, only the last one, once they pause.

        Holding j or down moves the cursor at key-repeat speed and the article follows
        when the keys stop, so the list never waits for a whole article to be drawn.
        """
        if not self.screen_stack or event.source_id == self.current:  # not while shutting down
            return
        now = time.monotonic()
        fast = now - self._last_chosen < FOLLOW_DELAY
        self._last_chosen = now
        if self._follow_timer is not None:
            self._follow_timer.stop()
            self._follow_timer = None
        if fast:
            self._follow_timer = self.set_timer(FOLLOW_DELAY, lambda: self._follow(event.source_id))
        else:
            self.show_source(event.source_id)

    def _follow(self, source_id: str) -> None:
        self._follow_timer = None
        if self.screen_stack and source_id != self.current:
            self.show_source(source_id)

    @on(SourceList.Opened)
    def _source_opened(self, event: SourceList.Opened) -> None:
        self.main.query_one(ArticleView).focus()

    @on(JumpRequested)
    def _jump(self, event: JumpRequested) -> None:
        self.jump_to(event.fact)

    @on(StanceTable.CountryRequested)
    def _compare_country(self, event: StanceTable.CountryRequested) -> None:
        from tui.widgets.conflict_screen import CountryScreen

        order = {s["id"]: n for n, s in enumerate(self.sources, 1)}
        titles = self._titles()
        stances = sorted((s for s in self.corpus.all("stances") if s["country"] == event.country),
                         key=lambda s: order.get(s["source"], 0))
        if not stances:
            return
        rows = [(f"{order.get(s['source'], '?')}. {titles.get(s['source'], s['source'])}", s,
                 self.statuses.get(s["id"])) for s in stances]
        name = stances[0].get("country_name") or event.country
        kinds = sorted({s["stance"] for s in stances})
        headline = f"{name} ({event.country}): " + (" vs ".join(kinds) if len(kinds) > 1 else kinds[0])

        def chosen(fact: dict | None) -> None:
            if fact is not None:
                self.jump_to(fact)

        self.push_screen(CountryScreen(headline, rows), chosen)

    def jump_to(self, fact: dict) -> None:
        """Show a fact's article and put the text cursor on the fact."""
        if fact["source"] != self.current:
            self.show_source(fact["source"])
        view = self.main.query_one(ArticleView)
        start, end = fact_span(fact)
        view.select_span(start, end, fact.get("id"))
        view.focus()

    # -- actions --------------------------------------------------------------
    def action_focus_pane(self, pane: str) -> None:
        if pane == "facts":
            self.fact_tables[self.main.query_one("#facts", FactsPane).active].focus()
        else:
            self.main.query_one(f"#{pane}").focus()

    def action_next_tab(self) -> None:
        tabs = self.main.query_one("#facts", FactsPane)
        order = list(self.fact_tables)
        tabs.active = order[(order.index(tabs.active) + 1) % len(order)]
        self.fact_tables[tabs.active].focus()

    def action_help(self) -> None:
        from tui.widgets.help_screen import HelpScreen
        from tui.widgets.search_screen import SearchScreen

        sections = [
            ("Everywhere", list(self.BINDINGS)),
            ("Tables (sources, facts, stances)", list(VimTable.BINDINGS)
             + [Binding("up,down", "", "Move"), Binding("enter", "", "Open / jump to the text"),
                Binding("enter", "", "On a country's name: its stance in every source, with evidence")]),
            ("Article", list(ArticleView.BINDINGS)),
            ("Search", list(SearchScreen.BINDINGS) + [Binding("enter", "", "Jump to the quote")]),
            ("Command palette", [Binding("ctrl+p", "", "Every action, and go to a source")]),
        ]
        self.push_screen(HelpScreen(sections))

    def _focused_fact(self) -> dict | None:
        focused = self.focused
        if isinstance(focused, (FactTable, StanceTable)):
            return focused.current_fact()
        if isinstance(focused, ArticleView):
            item = focused.current_item
            return item.fact if item else None
        return None

    def action_mark(self, status: str) -> None:
        fact = self._focused_fact()
        if fact is None:
            self.notify("Choose a quote, pledge, stance or figure first ([ and ] in the article).",
                        severity="warning", markup=False)
            return
        self.set_mark(fact, status)

    def set_mark(self, fact: dict, status: str, note: str | None = None, link: str | None = None) -> None:
        """Write a mark durably, then show it wherever the fact appears."""
        from tui.core.anchoring import anchor_for_fact

        src = self.corpus.source(fact["source"]) or {}
        anchor = anchor_for_fact(fact, src.get("path", ""), self.corpus.text(fact["source"]))
        self.marks.set(fact["id"], status, note, link, anchor=anchor)  # on disk before we show it
        if status == "unverified":
            self.statuses.pop(fact["id"], None)
        else:
            self.statuses[fact["id"]] = status
        self._show_status(fact)
        self.notify(one_line(f"{status}: {fact_label(fact)}", 120), markup=False)

    def _show_status(self, fact: dict) -> None:
        status = self.statuses.get(fact["id"])
        for table in self.fact_tables.values():
            table.set_status(fact["id"], status)
        self.main.query_one(StanceTable).set_status(fact, status)
        self.main.query_one(ArticleView).set_statuses(self.statuses)
        counts = self._source_counts().get(fact["source"], (0, 0))
        self.main.query_one(SourceList).update_count(fact["source"], *counts)
        self._update_header()

    def action_edit_note(self) -> None:
        from tui.widgets.mark_dialog import MarkDialog

        fact = self._focused_fact()
        if fact is None:
            self.notify("Choose a fact to annotate first.", severity="warning", markup=False)
            return
        mark = self.marks.get(fact["id"]) or {}

        def save(result: tuple[str, str] | None) -> None:
            if result is not None:
                note, link = result
                self.set_mark(fact, mark.get("status") or self.statuses.get(fact["id"], "unverified"), note, link)

        self.push_screen(MarkDialog(fact_label(fact), mark.get("note") or "", mark.get("link") or ""), save)

    def action_history(self) -> None:
        from tui.widgets.history_screen import HistoryScreen

        fact = self._focused_fact()
        if fact is None:
            self.notify("Choose a fact to see its history.", severity="warning", markup=False)
            return
        self.push_screen(HistoryScreen(fact_label(fact), self.marks.history(fact["id"])))

    def action_orphans(self) -> None:
        from tui.widgets.orphans_screen import OrphansScreen

        self.push_screen(OrphansScreen(self.orphans))

    # -- search ---------------------------------------------------------------
    def quote_index(self) -> Any:
        """The quote search index: built in the background after start, or now if asked first."""
        with self._index_lock:
            if self._index is None:
                from tui.core.corroborate import group_quotes
                from tui.core.search import QuoteIndex

                quotes = self.corpus.all("quotes")
                self._index = QuoteIndex(quotes, {s["id"]: s for s in self.sources}, group_quotes(quotes))
            return self._index

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def build_index(self) -> None:
        """Off the UI thread: the search index, quote groups and figure groups."""
        from tui.core.corroborate import group_facts

        index = self.quote_index()
        carried = {}
        for group in index.groups:
            if len(group["sources"]) > 1:
                for qid in group["members"]:
                    carried[qid] = f"{len(group['sources'])} sources"
        figure_groups = {fid: group for group in group_facts(self.corpus.all("figures"))
                         for fid in group["figures"]}
        self.call_from_thread(self._groups_ready, carried, figure_groups)

    def _groups_ready(self, carried: dict[str, str], figure_groups: dict[str, dict]) -> None:
        """Show which outlets carry each quote, and other sources' figures, once grouped."""
        self._carried, self._figure_groups = carried, figure_groups
        gc.freeze()  # the index lives as long as the corpus: out of the collector's way too
        if self.current and self.screen_stack:
            facts = self.corpus.facts(self.current)
            self.quote_table.load(facts.get("quotes", []), self.statuses, carried)
            self.figure_table.load(facts.get("figures", []), self.statuses,
                                   self._figures_elsewhere(self.current, facts.get("figures", [])))

    def _titles(self) -> dict[str, str]:
        return {s["id"]: s.get("title") or s.get("path", s["id"]) for s in self.sources}

    def action_search(self) -> None:
        from tui.widgets.search_screen import SearchScreen

        index = self.quote_index()
        query = self._search[0] if self._search else ""
        self.push_screen(SearchScreen(lambda q: index.search(q, limit=200), self._titles(), query,
                                      self._context_of, self.statuses), self._search_done)

    def _context_of(self, fact: dict, width: int = 70) -> tuple[str, str]:
        """The words around a fact in its article: a little context for a search result."""
        text = self.corpus.text(fact["source"])
        start, end = fact_span(fact)
        return text[max(start - width, 0):start], text[end:end + width]

    def _search_done(self, result: tuple[str, list, int] | None) -> None:
        if result is None:
            return
        self._search = result
        self._show_hit()

    def _show_hit(self) -> None:
        if not self._search:
            self.notify("No search yet: press / to search quotes.", markup=False)
            return
        query, hits, index = self._search
        if not hits:
            return
        hit = hits[index]
        self.jump_to(hit.quote)
        self.notify(one_line(f"match {index + 1}/{len(hits)} for {query!r}", 100), markup=False)

    def action_next_match(self) -> None:
        if self._search and self._search[1]:
            q, hits, i = self._search
            self._search = (q, hits, (i + 1) % len(hits))
        self._show_hit()

    def action_previous_match(self) -> None:
        if self._search and self._search[1]:
            q, hits, i = self._search
            self._search = (q, hits, (i - 1) % len(hits))
        self._show_hit()

    # -- export ---------------------------------------------------------------
    def export_to_file(self, fmt: str) -> None:
        """Write an export under the data folder and say where it went."""
        from datetime import datetime

        from tui.export import export
        from tui.store import StoreError, write_export

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        suffix = {"claimreview": "claimreview.json"}.get(fmt, fmt)
        path = self.corpus.data_dir / "exports" / f"pledgescope-{stamp}.{suffix}"
        try:
            write_export(path, export(self.corpus, self.marks, fmt), make_folder=True)
        except (StoreError, OSError, ValueError) as error:
            self.notify(one_line(f"Export failed: {error}", 200), severity="error", markup=False)
            return
        self.notify(one_line(f"Exported {fmt} to {path}", 200), markup=False, timeout=10)

    # -- ingest ---------------------------------------------------------------
    def action_ingest(self) -> None:
        from tui.widgets.ingest_dialog import IngestDialog

        def start(path: str | None) -> None:
            if path:
                from textual.widgets import ProgressBar

                bar = ProgressBar(id="progress", show_eta=False)
                self.main.query("#progress").remove()
                self.main.mount(bar, before=self.main.query_one(Footer))
                self.ingest(path.split(), bar)

        self.push_screen(IngestDialog(), start)

    @work(thread=True, exclusive=True, exit_on_error=False, group="ingest")
    def ingest(self, paths: list[str], bar: ProgressBar) -> Any:
        """Ingest files in a thread, updating `bar`; the screen stays live."""
        from tui.ingest import default_jobs, ingest_paths

        def progress(done: int, total: int, path: str) -> None:
            self.call_from_thread(bar.update, total=total, progress=done)

        expanded = [str(Path(p).expanduser()) for p in paths]
        return ingest_paths(expanded, self.corpus, progress=progress, jobs=default_jobs())

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The one place worker results and errors come back to the screen."""
        group = event.worker.group
        if event.state == WorkerState.ERROR:
            if group == "ingest":
                self.main.query("#progress").remove()
            self.notify(one_line(f"{group.capitalize()} failed: {event.worker.error}", 200),
                        severity="error", markup=False)
        elif event.state == WorkerState.SUCCESS and group == "ingest":
            from tui.ingest import format_report

            self.main.query("#progress").remove()
            for line in format_report(event.worker.result)[:8]:
                self.notify(one_line(line, 200), markup=False, timeout=8)
            self.reload()


def make_app(data_dir: Path) -> PledgeScopeApp:
    """Open the stores under `data_dir` and build the app; raises StoreError on a broken store."""
    return PledgeScopeApp(CorpusStore(Path(data_dir)), MarksStore(Path(data_dir)))
