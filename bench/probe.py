"""Child processes of the benchmark: each measures one thing in a fresh interpreter.

    python bench/probe.py startup --bare --report R.json
    python bench/probe.py startup --data-dir D --report R.json [--index]
    python bench/probe.py nav     --data-dir D --report R.json [--presses 200]
    python bench/probe.py mark    --data-dir D --report R.json [--marks 50]
    python bench/probe.py search  --data-dir D --report R.json [--queries Q.json]
    python bench/probe.py ingest  --folder F --data-dir D --report R.json [--sample N] [--profile]

`startup` imports nothing before its first clock reading, so the parent's
launch-to-paint time counts the interpreter, the imports, loading the stores
and composing and painting the first screen. The app runs headless (Textual
still lays out, renders and composites every frame; it only skips writing the
escape codes to a terminal). "Painted" is the first frame the compositor hands
to the driver after the four panes hold their data; the probe then writes its
report and exits. The app module is not changed: the probe wraps the app
instance's `_display` (the one place every frame goes through).
"""

from __future__ import annotations

import time

T_START = time.time()  # before any import: the parent's t0 -> here is interpreter start-up

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SIZE = (160, 48)


def rss_mb() -> float:
    """Peak resident set size of this process so far, in MB.

    On Linux, VmHWM of /proc/self/status: getrusage's ru_maxrss is carried over
    fork and exec, so a child of a big parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def write_report(path: str, report: dict) -> None:
    tmp = f"{path}.part"
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    os.replace(tmp, path)


# ------------------------------------------------------------------ start-up, memory

def _panes_filled(app) -> bool:
    """All four panes hold their data: sources, the first article, its facts, the stances."""
    from tui.widgets.article_view import ArticleView
    from tui.widgets.fact_tables import PledgeTable
    from tui.widgets.sources import SourceList
    from tui.widgets.stance_table import StanceTable

    try:
        sources = app.query_one(SourceList)
        stances = app.query_one(StanceTable)
        article = app.query_one(ArticleView)
        pledges = app.query_one(PledgeTable)
    except Exception:
        return False
    if not (sources.row_count > 0 and stances.row_count > 0 and article.text and app.current):
        return False
    return pledges.row_count == len(app.corpus.facts(app.current).get("pledges", []))


def startup(args: argparse.Namespace) -> None:
    report: dict = {"t_start": T_START}
    if args.bare:
        from textual.app import App
        from textual.widgets import Footer, Header, Static

        class Bare(App):
            def compose(self):
                yield Header()
                yield Static("A bare Textual app: the baseline of the start-up benchmark.")
                yield Footer()

        report["t_imported"] = time.time()
        app = Bare()
        report["t_app"] = time.time()
        filled = lambda a: True  # noqa: E731
    else:
        from tui.app import make_app

        report["t_imported"] = time.time()
        report["rss_imported_mb"] = rss_mb()
        app = make_app(Path(args.data_dir))
        report["t_app"] = time.time()
        report["rss_stores_mb"] = rss_mb()
        filled = _panes_filled
        reload = app.reload

        def timed_reload(*a, **k):  # on_mount fills every pane through reload()
            t = time.perf_counter()
            try:
                return reload(*a, **k)
            finally:
                report["reload_s"] = report.get("reload_s", 0.0) + time.perf_counter() - t

        app.reload = timed_reload

    original = app._display
    done = False

    def display(screen, renderable) -> None:
        nonlocal done
        original(screen, renderable)
        if done or renderable is None or not filled(app):
            return
        done = True
        report["t_painted"] = time.time()
        report["rss_painted_mb"] = rss_mb()
        if args.index and not args.bare:
            t = time.perf_counter()
            index = app.quote_index()
            from tui.core.corroborate import group_facts

            figure_groups = group_facts(app.corpus.all("figures"))  # what the app's worker builds too
            report["index_s"] = time.perf_counter() - t
            report["quotes"] = len(index)
            report["figure_groups"] = len(figure_groups)
            report["rss_index_mb"] = rss_mb()
        if not args.bare:  # counted last: reading every fact costs memory the app never spends
            report["sources"] = len(app.sources)
            report["facts"] = {k: len(app.corpus.all(k)) for k in ("quotes", "pledges", "stances", "figures")}
        app.exit()

    app._display = display  # an instance attribute: every frame the screen shows goes here
    app.run(headless=True, size=SIZE)
    if not done:
        raise SystemExit("the first screen was never painted with the four panes filled")
    write_report(args.report, report)


# ------------------------------------------------------------------ navigation

class _Counter:
    """Counts calls of some methods of some widget classes (patched on the class)."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self._undo: list = []

    def watch(self, cls, name: str, label: str) -> None:
        original = getattr(cls, name)
        counts = self.counts
        counts.setdefault(label, 0)

        def wrapper(self_, *a, **k):
            counts[label] += 1
            return original(self_, *a, **k)

        setattr(cls, name, wrapper)
        self._undo.append((cls, name, original))

    def reset(self) -> None:
        for k in self.counts:
            self.counts[k] = 0

    def snapshot(self) -> dict[str, int]:
        return dict(self.counts)


async def _nav(args: argparse.Namespace) -> dict:
    from tui.app import make_app
    from tui.widgets.article_view import ArticleView
    from tui.widgets.sources import SourceList
    from tui.widgets.stance_table import StanceTable

    counter = _Counter()
    for cls, label in ((SourceList, "sources"), (StanceTable, "stances")):
        counter.watch(cls, "load", f"{label}.load")  # a full rebuild of the table
        counter.watch(cls, "render_line", f"{label}.render_line")
    counter.watch(ArticleView, "show", "article.show")

    import gc

    gc2: list[float] = []  # durations of full (generation 2) collections, ms

    def on_gc(phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            on_gc.t = time.perf_counter()
        elif getattr(on_gc, "t", None) is not None:
            gc2.append((time.perf_counter() - on_gc.t) * 1000)

    app = make_app(Path(args.data_dir))
    report: dict = {}
    gc.callbacks.append(on_gc)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        sources = app.query_one(SourceList)
        stances = app.query_one(StanceTable)
        report["sources"] = sources.row_count
        report["stance_rows"] = stances.row_count
        report["stance_columns"] = len(stances.columns)
        sources.focus()
        await pilot.pause()

        from textual import events

        queue_owners = lambda: [app, *app.screen.walk_children(with_self=True)]  # noqa: E731

        async def settle() -> None:
            """Until every message the key caused (and those they caused) is handled."""
            for _ in range(20):
                await pilot._wait_for_screen()
                if not any(w._message_queue.qsize() for w in queue_owners()):
                    return

        frames = [0]  # every frame composed
        timed_frames = [0]  # frames composed while a key press was being timed
        original_display = app._display

        def counting_display(screen, renderable) -> None:
            if renderable is not None:
                frames[0] += 1
            original_display(screen, renderable)

        app._display = counting_display

        async def timed(key: str) -> float:
            """One key press: handled, every message it caused handled, the next frame composed.

            Pilot's own press()/pause() poll with 20 ms sleeps (wait_for_idle), which
            would swamp what is measured here; so the key goes to the driver as
            Pilot sends it, and the frame is composed as soon as the app is done.
            """
            before = frames[0]
            t = time.perf_counter()
            app._driver.send_message(events.Key(key, key if len(key) == 1 else None))
            await settle()
            app.screen._on_timer_update()  # compose and hand the frame to the driver now
            elapsed = (time.perf_counter() - t) * 1000
            timed_frames[0] += frames[0] - before
            await pilot.pause()  # let timers and animations run, outside the timing
            return elapsed

        # Source list: each "down" shows another article (text, facts, highlights).
        before = app.current
        counter.reset()
        timed_frames[0] = 0
        gc2.clear()
        times = [await timed("down") for _ in range(args.presses)]
        report["sources_ms"] = times
        report["sources_counts"] = counter.snapshot()
        report["sources_frames"] = timed_frames[0]
        report["sources_gc2_ms"] = [round(x, 1) for x in gc2]
        report["sources_changed_article"] = app.current != before
        report["sources_height"] = sources.size.height

        # Stance table: down to the last country and back up, a step right now and then.
        await pilot.press("4")
        await pilot.pause()
        report["stances_focused"] = app.focused is stances
        counter.reset()
        timed_frames[0] = 0
        gc2.clear()
        times = []
        direction = "down"
        for i in range(args.presses):
            row = stances.cursor_coordinate.row
            if direction == "down" and row >= stances.row_count - 1:
                direction = "up"
            elif direction == "up" and row <= 0:
                direction = "down"
            key = "right" if i % 10 == 9 else direction
            if key == "right" and stances.cursor_coordinate.column >= len(stances.columns) - 1:
                key = "left"
            times.append(await timed(key))
        report["stances_ms"] = times
        report["stances_counts"] = counter.snapshot()
        report["stances_frames"] = timed_frames[0]
        report["stances_gc2_ms"] = [round(x, 1) for x in gc2]
        report["stances_height"] = stances.size.height
    report["rss_mb"] = rss_mb()
    return report


def nav(args: argparse.Namespace) -> None:
    import asyncio

    write_report(args.report, asyncio.run(_nav(args)))


# ------------------------------------------------------------------ marking

def mark(args: argparse.Namespace) -> None:
    """Persist `--marks` marks the way the app does (anchor, then MarksStore.set), timing each."""
    from tui.core.anchoring import make_anchor
    from tui.store import CorpusStore, MarksStore

    t = time.perf_counter()
    corpus = CorpusStore(Path(args.data_dir))
    marks = MarksStore(Path(args.data_dir))
    load_s = time.perf_counter() - t
    sources = corpus.sources()
    kinds = ("quotes", "pledges", "stances", "figures")
    facts: list[dict] = []
    step = max(1, len(sources) // max(args.marks, 1))
    i = 0
    while len(facts) < args.marks and i < args.marks * 8 + len(sources) * 4:
        sid = sources[(i * step) % len(sources)]["id"]
        by_kind = corpus.facts(sid)
        for k in range(len(kinds)):
            rows = by_kind.get(kinds[(i + k) % len(kinds)]) or []
            if rows:
                facts.append(rows[i % len(rows)])
                break
        i += 1
    statuses = ("verified", "disputed")
    anchor_ms, set_ms, total_ms = [], [], []
    for n, fact in enumerate(facts):
        t0 = time.perf_counter()
        src = corpus.source(fact["source"]) or {}
        anchor = make_anchor(fact.get("kind", ""), fact["source"], src.get("path", ""),
                             corpus.text(fact["source"]), int(fact.get("start", 0)), int(fact.get("end", 0)))
        t1 = time.perf_counter()
        marks.set(fact["id"], statuses[n % 2], f"bench note {n}", None, anchor=anchor)
        t2 = time.perf_counter()
        anchor_ms.append((t1 - t0) * 1000)
        set_ms.append((t2 - t1) * 1000)
        total_ms.append((t2 - t0) * 1000)
    write_report(args.report, {"load_s": load_s, "sources": len(sources), "marks": len(facts),
                               "anchor_ms": anchor_ms, "set_ms": set_ms, "total_ms": total_ms,
                               "rss_mb": rss_mb()})


# ------------------------------------------------------------------ search

def search(args: argparse.Namespace) -> None:
    """Build the quote index as the app does, then replay typing each query keystroke by keystroke."""
    import gc

    from tui.core.corroborate import group_quotes
    from tui.core.search import QuoteIndex
    from tui.store import CorpusStore

    queries = json.loads(Path(args.queries).read_text(encoding="utf-8"))
    t = time.perf_counter()
    corpus = CorpusStore(Path(args.data_dir))
    sources = {s["id"]: s for s in corpus.sources()}
    quotes = corpus.all("quotes")
    load_s = time.perf_counter() - t
    t = time.perf_counter()
    groups = group_quotes(quotes)
    group_s = time.perf_counter() - t
    t = time.perf_counter()
    index = QuoteIndex(quotes, sources, groups)
    index_s = time.perf_counter() - t
    gc.collect()
    per_query: dict[str, list[float]] = {}
    hits: dict[str, int] = {}
    for query in queries:
        times = []
        for n in range(1, len(query) + 1):
            prefix = query[:n]
            t = time.perf_counter()
            found = index.search(prefix, limit=200)  # the app's search screen asks for 200
            times.append((time.perf_counter() - t) * 1000)
        per_query[query] = times
        hits[query] = len(found)
    write_report(args.report, {"load_s": load_s, "group_s": group_s, "index_s": index_s,
                               "quotes": len(quotes), "groups": len(groups), "sources": len(sources),
                               "per_query_ms": per_query, "hits": hits, "rss_mb": rss_mb()})


# ------------------------------------------------------------------ ingest

def ingest(args: argparse.Namespace) -> None:
    """Ingest a folder into a fresh store on one core (see run.run_ingest), and its extraction breakdown."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import run

    report = run.run_ingest(Path(args.folder), Path(args.data_dir), profile=args.profile)
    report["rss_mb"] = rss_mb()
    if args.sample:
        report["breakdown"] = run.extraction_breakdown(Path(args.folder), args.sample)
    write_report(args.report, report)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["startup", "nav", "mark", "search", "ingest"])
    parser.add_argument("--folder", help="ingest: the folder of articles")
    parser.add_argument("--sample", type=int, default=0, help="ingest: articles for the extraction breakdown")
    parser.add_argument("--profile", action="store_true", help="ingest: cProfile it")
    parser.add_argument("--data-dir")
    parser.add_argument("--bare", action="store_true", help="startup: a bare Textual app (the baseline)")
    parser.add_argument("--index", action="store_true", help="startup: also build the quote index")
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--marks", type=int, default=50)
    parser.add_argument("--queries")
    parser.add_argument("--report", required=True)
    args = parser.parse_args()
    if args.mode != "startup" or not args.bare:
        if not args.data_dir:
            parser.error("--data-dir is required")
    {"startup": startup, "nav": nav, "mark": mark, "search": search, "ingest": ingest}[args.mode](args)


if __name__ == "__main__":
    main()
