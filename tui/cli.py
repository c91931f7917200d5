"""The command line: parses arguments and calls ingest, export, search and the app.

No business logic here. Every error reaches the user as one line and a non-zero exit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Callable, Sequence

PROG = "pledgescope"


def default_seeds_dir() -> Path:
    """`./seeds` when it exists, else the seeds bundled beside the package."""
    here = Path.cwd() / "seeds"
    return here if here.is_dir() else Path(__file__).resolve().parent.parent / "seeds"


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS,
                        help="where the stores live (default: ./data)")
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(
        prog=PROG, parents=[common],
        description="Explore news coverage of one event: sources, quotes, pledges, stances.")
    parser.add_argument("--seeds", type=Path, default=None,
                        help="articles to build the corpus from when it is missing or stale (default: ./seeds)")
    parser.add_argument("--rebuild", action="store_true",
                        help="rebuild the corpus store from the seeds (marks are kept)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", parents=[common], help="add files or folders (.txt .md .html) to the store")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--max-bytes", type=int, default=5_000_000, help="skip files larger than this (default 5 MB)")
    p.add_argument("--jobs", "-j", type=int, default=None, metavar="N",
                   help="processes extracting at once for big batches (default: one per CPU)")

    p = sub.add_parser("search", parents=[common], help="print quotes matching QUERY, one a line")
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help='words, "exact phrase", speaker:NAME, source:OUTLET')
    p.add_argument("--json", action="store_true", help="print JSON for scripts")
    p.add_argument("--limit", type=int, default=50)

    p = sub.add_parser("export", parents=[common], help="write a report: json, csv, md or claimreview")
    p.add_argument("--format", "-f", choices=["json", "csv", "md", "claimreview"], default="json")
    p.add_argument("-o", "--output", type=Path, default=None, help="file to write (default: standard output)")

    p = sub.add_parser("mark", parents=[common], help="mark a fact verified, disputed or unverified")
    p.add_argument("fact_id", metavar="FACT_ID", help="an id from the JSON export")
    p.add_argument("status", choices=["verified", "disputed", "unverified"])
    p.add_argument("--note", default=None)
    p.add_argument("--link", default=None, help="a link to the evidence")
    return parser


class UserError(Exception):
    """A problem to report to the user as one line."""


def _progress_printer(stream=sys.stderr) -> Callable[[int, int, str], None]:
    """A progress bar on a terminal; nothing when the output is not one."""
    tty = stream.isatty()

    def progress(done: int, total: int, path: str) -> None:
        if not tty or total < 2:
            return
        width = 30
        filled = int(width * done / max(total, 1))
        name = Path(path).name[:30]
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<30}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return progress


def _print_report(report) -> None:
    from tui.ingest import format_report

    for line in format_report(report):
        print(line, file=sys.stderr)


def confirm(question: str) -> bool:
    """Ask a yes/no question on the terminal; False when nobody is there to answer."""
    if not sys.stdin.isatty():
        return False
    try:
        return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")
    except EOFError:
        return False


def open_corpus(data_dir: Path, rebuild: bool):
    """The corpus store; a damaged one is rebuilt when asked to, or when the user confirms."""
    from tui.store import MARKS_FILE, CorpusStore, StoreError

    if rebuild:
        return CorpusStore.rebuilt(data_dir)
    try:
        return CorpusStore(data_dir)
    except StoreError as error:
        if not Path(error.path).name.startswith(MARKS_FILE):  # derived data: safe to rebuild
            print(f"{PROG}: {error}", file=sys.stderr)
            if confirm("The corpus is derived from your articles. Rebuild it now (marks are kept)?"):
                return CorpusStore.rebuilt(data_dir)
        raise


def prepare_corpus(data_dir: Path, seeds: Path, rebuild: bool) -> None:
    """Build the corpus from the seeds when it is missing, stale, or a rebuild is asked for."""
    from tui.ingest import ensure_corpus

    store = open_corpus(data_dir, rebuild)
    if not seeds.is_dir():
        if store.is_empty():
            raise UserError(f"{seeds}: no such folder of articles to build the corpus from")
        return
    report = ensure_corpus(store, seeds, progress=_progress_printer())
    if report is not None:
        _print_report(report)


def cmd_open(args: argparse.Namespace) -> int:
    from tui.app import make_app

    prepare_corpus(args.data_dir, args.seeds or default_seeds_dir(), args.rebuild)
    app = make_app(args.data_dir)
    app.run()
    return app.return_code or 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from tui.ingest import default_jobs, ingest_paths
    from tui.store import CorpusStore

    store = CorpusStore(args.data_dir)
    jobs = args.jobs if args.jobs and args.jobs > 0 else default_jobs()
    report = ingest_paths(args.paths, store, progress=_progress_printer(), max_bytes=args.max_bytes, jobs=jobs)
    _print_report(report)
    ok = report.added or report.updated or report.unchanged or report.duplicates
    return 0 if ok or not report.skipped else 1


def cmd_search(args: argparse.Namespace) -> int:
    from tui.core.corroborate import group_quotes
    from tui.core.search import QuoteIndex, format_hit, hit_to_json
    from tui.store import CorpusStore

    store = CorpusStore(args.data_dir)
    sources = {s["id"]: s for s in store.sources()}
    quotes = store.all("quotes")
    hits = QuoteIndex(quotes, sources, group_quotes(quotes)).search(" ".join(args.query), limit=args.limit)
    if args.json:
        print(json.dumps([hit_to_json(h, sources) for h in hits], ensure_ascii=False, indent=1))
    else:
        for hit in hits:
            print(format_hit(hit, sources))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from tui.export import export
    from tui.store import CorpusStore, MarksStore, write_export

    text = export(CorpusStore(args.data_dir), MarksStore(args.data_dir), args.format)
    if args.output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        write_export(args.output, text)
        print(f"wrote {args.format} to {args.output}", file=sys.stderr)
    return 0


def cmd_mark(args: argparse.Namespace) -> int:
    from tui.core.anchoring import anchor_for_fact
    from tui.store import CorpusStore, MarksStore

    corpus = CorpusStore(args.data_dir)
    fact = corpus.fact(args.fact_id)
    if fact is None:
        raise UserError(f"{args.fact_id}: no such fact in {args.data_dir} (take ids from `{PROG} export --format json`)")
    src = corpus.source(fact["source"]) or {}
    anchor = anchor_for_fact(fact, src.get("path", ""), corpus.text(fact["source"]))
    mark = MarksStore(args.data_dir).set(args.fact_id, args.status, args.note, args.link, anchor=anchor)
    print(f"{mark['fact']}: {mark['status']}" + (f" ({mark['note']})" if mark.get("note") else ""))
    return 0


COMMANDS = {None: cmd_open, "ingest": cmd_ingest, "search": cmd_search, "export": cmd_export, "mark": cmd_mark}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = Path("data")
    from tui.store import StoreError

    try:
        return COMMANDS[args.command](args)
    except (UserError, StoreError) as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # the last guard: one line, never a traceback
        if os.environ.get("PLEDGESCOPE_DEBUG"):
            raise
        print(f"{PROG}: unexpected error: {type(error).__name__}: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
