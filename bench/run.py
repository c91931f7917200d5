"""PledgeScope benchmark: is it fast at 10,000 articles?

    .venv/bin/python bench/run.py                  # sizes 100, 1000, 10000 (a few minutes)
    .venv/bin/python bench/run.py --quick          # sizes 20, 100 (under a minute; run by the tests)
    .venv/bin/python bench/run.py --sizes 100,1000 --out bench/results/mine.json

It builds synthetic corpora from the seeds in a temporary folder (bench/corpus.py),
then measures, in one run:

- ingest throughput (articles/s, one core, extraction and store write included),
  with where the time goes (read, parse, each extractor, store write);
- start-up: launch to first screen painted with the four panes filled, as a ratio
  to a bare Textual app (Header, Static, Footer) launched in the same run;
- quote search: latency per keystroke (p50, p95) while typing realistic queries;
- marking: time to persist one mark with the big corpus loaded, as a ratio to the
  same with the seeds;
- memory: peak RSS with the big corpus loaded (and with the quote index built);
- navigation: time per key press moving through the source list and the stance
  table, and whether a key press rebuilds a table.

Machines are shared and noisy: the start-up and marking figures are ratios to
baselines measured in the same run, and `machine.calibration_ms` (a fixed pure
Python workload) says how fast this machine was while the benchmark ran.

Prints a table and writes JSON ({"machine", "date", "results", ...}); the exit
status is 0 when every measurement ran (missed targets do not fail it) and 1 if
a measurement could not be taken. The test suite runs --quick and checks only
that every metric has a number: there are no timed assertions in the tests.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for p in (str(ROOT), str(BENCH)):
    if p not in sys.path:
        sys.path.insert(0, p)

import corpus as synthetic  # noqa: E402  (bench/corpus.py)

PROBE = BENCH / "probe.py"
SEEDS = ROOT / "seeds"
DEFAULT_OUT = BENCH / "results" / "latest.json"
CHILD_TIMEOUT = 900  # seconds; a hung child must not hang the benchmark

# Queries typed keystroke by keystroke: words of the seeds' quotes, a speaker
# (the synthetic corpora use invented names, see bench/corpus.py), a phrase, typos.
QUERIES = [
    "security guarantees",
    "coalition of the willing",
    "reassurance force",
    "the day the conflict stops",
    "in the coming days",
    "serious concrete step",
    "speaker:moreau",
    "speaker:ivanova deployed",
    '"not just words"',
    "reasurance forse",
    "secruity garantees",
    "deter fresh aggression",
]

TARGETS = {
    # metric: (comparison, value, unit)
    "ingest.throughput": (">=", 1000.0),
    "startup.ratio.seeds": ("<=", 1.3),
    "startup.ratio.large": ("<=", 2.0),
    "search.keystroke.p95": ("<=", 30.0),
    "mark.ratio": ("<=", 1.5),
    "memory.peak_rss": ("<=", 300.0),
    "memory.peak_rss_with_index": ("<=", 300.0),
    "nav.sources.p95": ("<=", 50.0),
    "nav.stances.p95": ("<=", 50.0),
    "nav.table_rebuilds": ("<=", 0.0),
}


# ------------------------------------------------------------------ results


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile, q in [0, 1]."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


class Results:
    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.errors: list[dict] = []
        self.notes: list[str] = []

    def add(self, metric: str, size, value: float, unit: str, *, target_key: str | None = None,
            detail: dict | None = None) -> dict:
        row = {"metric": metric, "size": size, "value": None if value is None else float(value),
               "unit": unit, "target": None, "met": None}
        key = target_key if target_key is not None else metric
        if key in TARGETS and value is not None:
            op, goal = TARGETS[key]
            row["target"] = f"{op} {goal:g}"
            row["met"] = bool(value >= goal if op == ">=" else value <= goal)
        if detail:
            row["detail"] = detail
        self.rows.append(row)
        return row

    def error(self, phase: str, exc: BaseException) -> None:
        text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        self.errors.append({"phase": phase, "error": text})
        print(f"  !! {phase} failed: {text}", file=sys.stderr)

    def note(self, text: str) -> None:
        self.notes.append(text)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ machine


def calibration_ms() -> float:
    """A fixed pure-Python workload (dicts, strings, sorting): how fast the machine is right now."""
    def once() -> float:
        t = time.perf_counter()
        d: dict[str, int] = {}
        for i in range(60_000):
            k = f"w{i % 5000}"
            d[k] = d.get(k, 0) + len(k)
        sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))
        " ".join(str(i) for i in range(30_000)).split()
        return (time.perf_counter() - t) * 1000
    return statistics.median(once() for _ in range(5))


def machine_info() -> dict:
    try:
        import textual
        textual_version = getattr(textual, "__version__", None)
        if textual_version is None:
            from importlib.metadata import version
            textual_version = version("textual")
    except Exception:
        textual_version = None
    try:
        affinity = len(os.sched_getaffinity(0))
    except AttributeError:
        affinity = None
    return {"platform": platform.platform(), "python": platform.python_version(),
            "implementation": platform.python_implementation(), "cpu_count": os.cpu_count(),
            "cpus_usable": affinity, "machine": platform.machine(), "textual": textual_version,
            "calibration_ms": round(calibration_ms(), 2)}


class one_core:
    """Pin this process to one CPU for the block (where the OS allows it)."""

    def __enter__(self):
        self.saved = None
        if hasattr(os, "sched_setaffinity"):
            try:
                self.saved = os.sched_getaffinity(0)
                os.sched_setaffinity(0, {min(self.saved)})
            except OSError:
                self.saved = None
        return self

    def __exit__(self, *exc):
        if self.saved is not None:
            os.sched_setaffinity(0, self.saved)


# ------------------------------------------------------------------ ingest


class Timers:
    """Wraps functions (module attributes or instance methods) to add up their time and calls."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}
        self._undo: list = []

    def wrap(self, owner, name: str, label: str | None = None) -> bool:
        original = getattr(owner, name, None)
        if original is None or not callable(original):
            return False
        label = label or name
        self.seconds.setdefault(label, 0.0)
        self.calls.setdefault(label, 0)
        seconds, calls = self.seconds, self.calls

        def timed(*a, **k):
            t = time.perf_counter()
            try:
                return original(*a, **k)
            finally:
                seconds[label] += time.perf_counter() - t
                calls[label] += 1

        had = name in getattr(owner, "__dict__", {})
        setattr(owner, name, timed)
        self._undo.append((owner, name, original, had))
        return True

    def restore(self) -> None:
        for owner, name, original, had in reversed(self._undo):
            if had:
                setattr(owner, name, original)
            else:
                try:
                    delattr(owner, name)
                except AttributeError:
                    setattr(owner, name, original)
        self._undo.clear()


def run_ingest(folder: Path, data_dir: Path, profile: bool = False) -> dict:
    """Ingest `folder` into a fresh store under `data_dir` on one core; wall time and its phases."""
    import tui.core.extract as extract_mod
    import tui.ingest as ingest_mod
    from tui.store import CorpusStore

    store = CorpusStore(data_dir)
    timers = Timers()
    timers.wrap(ingest_mod, "parse_article", "parse")
    timers.wrap(extract_mod, "extract_facts", "extract")
    if hasattr(ingest_mod, "extract_facts"):
        timers.wrap(ingest_mod, "extract_facts", "extract")
    timers.wrap(ingest_mod, "_read", "read")
    timers.wrap(ingest_mod, "_canonicalise", "speakers")
    timers.wrap(ingest_mod, "_facts_rows", "fact records")
    timers.wrap(store, "apply", "store write")
    profiler = cProfile.Profile() if profile else None
    try:
        with one_core():
            t = time.perf_counter()
            if profiler:
                profiler.enable()
            report = ingest_mod.ingest_paths([str(folder)], store)
            if profiler:
                profiler.disable()
            wall = time.perf_counter() - t
    finally:
        timers.restore()
    phases = {k: round(v, 4) for k, v in timers.seconds.items() if timers.calls.get(k)}
    phases["other"] = round(max(0.0, wall - sum(phases.values())), 4)
    out = {"wall_s": wall, "phases_s": phases,
           "added": len(report.added), "updated": len(report.updated),
           "unchanged": len(report.unchanged), "duplicates": len(report.duplicates),
           "skipped": len(report.skipped), "skipped_examples": [list(s) for s in report.skipped[:3]]}
    if profiler:
        buf = io.StringIO()
        pstats.Stats(profiler, stream=buf).sort_stats("tottime").print_stats(25)
        out["profile"] = buf.getvalue()
    return out


def extraction_breakdown(folder: Path, limit: int) -> dict:
    """Parse then extract up to `limit` articles, timing each extractor (tui.core.extract's helpers)."""
    import tui.core.extract as extract_mod
    from tui.core.article import parse_article

    files = sorted(folder.iterdir())[:limit]
    t = time.perf_counter()
    texts = [parse_article(f.read_bytes(), str(f)).text for f in files]
    parse_s = time.perf_counter() - t
    timers = Timers()
    for name, obj in list(vars(extract_mod).items()):
        if (callable(obj) and not isinstance(obj, type) and name != "extract_facts"
                and getattr(obj, "__module__", "").startswith("tui.core")):
            timers.wrap(extract_mod, name)
    try:
        with one_core():
            t = time.perf_counter()
            for text in texts:
                extract_mod.extract_facts(text)
            extract_s = time.perf_counter() - t
    finally:
        timers.restore()
    return {"articles": len(texts), "parse_s": parse_s, "extract_s": extract_s,
            "extractors_s": {k: round(v, 4) for k, v in sorted(timers.seconds.items(), key=lambda kv: -kv[1])}}


# ------------------------------------------------------------------ children


def child(args: list[str], report: Path) -> tuple[float, dict]:
    """Run bench/probe.py with `args`; returns (launch time, its report)."""
    if report.exists():
        report.unlink()
    cmd = [sys.executable, str(PROBE), *args, "--report", str(report)]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    env.pop("TEXTUAL", None)  # no devtools
    t0 = time.time()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=CHILD_TIMEOUT)
    if proc.returncode != 0 or not report.exists():
        tail = (proc.stderr or proc.stdout or "").strip().splitlines()[-5:]
        raise RuntimeError(f"probe {' '.join(args[:1])} exited {proc.returncode}: " + " | ".join(tail))
    return t0, json.loads(report.read_text(encoding="utf-8"))


# ------------------------------------------------------------------ the run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="PledgeScope benchmark: prints a table and writes JSON.")
    parser.add_argument("--quick", action="store_true", help="small sizes and few repeats (for the tests)")
    parser.add_argument("--sizes", default=None, help="comma-separated corpus sizes (default 100,1000,10000)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"JSON file to write (default {DEFAULT_OUT})")
    parser.add_argument("--repeats", type=int, default=None, help="start-up launches per app (default 5; quick 2)")
    parser.add_argument("--profile", action="store_true", help="cProfile the biggest ingest and print the top")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and say where it is")
    args = parser.parse_args(argv)

    if args.sizes:
        sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    else:
        sizes = [20, 100] if args.quick else [100, 1000, 10_000]
    if not sizes or min(sizes) < 1:
        parser.error("--sizes: positive integers, e.g. 100,1000,10000")
    repeats = args.repeats or (2 if args.quick else 5)
    presses = 20 if args.quick else 200
    n_marks = 10 if args.quick else 50
    sample = 100 if args.quick else 1000
    large = max(sizes)

    started = time.time()
    say(f"PledgeScope benchmark: sizes {', '.join(map(str, sizes))}; repeats {repeats}")
    res = Results()
    machine = machine_info()
    say(f"machine: {machine['platform']}, Python {machine['python']}, {machine['cpu_count']} CPUs, "
        f"Textual {machine['textual']}, calibration {machine['calibration_ms']} ms")
    res.add("machine.calibration", "start", machine["calibration_ms"], "ms")

    tmp = Path(tempfile.mkdtemp(prefix="pledgescope-bench-"))
    reports = tmp / "reports"
    reports.mkdir()
    data: dict = {}
    try:
        # ---- corpora and ingest
        for n in sizes:
            folder = tmp / f"corpus-{n}"
            t = time.perf_counter()
            synthetic.generate(folder, n, seed=n)
            gen_s = time.perf_counter() - t
            say(f"corpus {n}: generated in {gen_s:.2f} s; ingesting on one core ...")
            argv_ = ["ingest", "--folder", str(folder), "--data-dir", str(tmp / f"data-{n}")]
            if n == large:
                argv_ += ["--sample", str(min(sample, n))]
            if args.profile and n == large:
                argv_.append("--profile")
            try:
                _, out = child(argv_, reports / f"ingest-{n}.json")
            except Exception as exc:
                res.error(f"ingest {n}", exc)
                continue
            data[n] = tmp / f"data-{n}"
            ok = out["added"]
            rate = ok / out["wall_s"] if out["wall_s"] > 0 else float("nan")
            detail = {k: v for k, v in out.items() if k not in ("profile", "breakdown")}
            detail["generate_s"] = round(gen_s, 3)
            res.add("ingest.throughput", n, rate, "articles/s",
                    target_key="ingest.throughput" if n == large else "", detail=detail)
            res.add("ingest.wall", n, out["wall_s"], "s")
            res.add("ingest.peak_rss", n, out["rss_mb"], "MB")
            if ok != n:
                res.note(f"ingest {n}: only {ok} of {n} articles added "
                         f"({out['duplicates']} duplicates, {out['skipped']} skipped: {out['skipped_examples']})")
            say(f"  {rate:,.0f} articles/s ({out['wall_s']:.2f} s); phases: "
                + ", ".join(f"{k} {v:.2f}s" for k, v in out["phases_s"].items()))
            if "profile" in out:
                print(out["profile"], file=sys.stderr)
            bd = out.get("breakdown")
            if bd:
                rate = bd["articles"] / bd["extract_s"] if bd["extract_s"] > 0 else float("nan")
                res.add("extract.throughput", n, rate, "articles/s", detail=bd)
                say(f"  extraction only ({bd['articles']} articles): {rate:,.0f} articles/s; "
                    + ", ".join(f"{k} {v:.2f}s" for k, v in bd["extractors_s"].items()))

        # ---- the seeds' store (the small baseline of start-up and marking)
        seeds_data = tmp / "data-seeds"
        try:
            from tui.ingest import ingest_paths
            from tui.store import CorpusStore
            seed_copy = tmp / "seeds"
            shutil.copytree(SEEDS, seed_copy)
            ingest_paths([str(seed_copy)], CorpusStore(seeds_data))
            data["seeds"] = seeds_data
        except Exception as exc:
            res.error("seeds store", exc)

        # ---- start-up: bare app vs the app, interleaved, first round a warm-up
        apps = [("bare", None)] + [(k, data[k]) for k in ["seeds", *sizes] if k in data]
        times: dict = {k: [] for k, _ in apps}
        phases: dict = {k: [] for k, _ in apps}
        say(f"start-up: {repeats} launches each of {', '.join(str(k) for k, _ in apps)} (+1 warm-up) ...")
        failed: set = set()
        for r in range(repeats + 1):
            for key, d in apps:
                if key in failed:
                    continue
                argv_ = ["startup", "--bare"] if d is None else ["startup", "--data-dir", str(d)]
                try:
                    t0, rep = child(argv_, reports / f"startup-{key}.json")
                except Exception as exc:
                    res.error(f"start-up {key}", exc)
                    failed.add(key)
                    continue
                if r == 0:
                    continue
                times[key].append(rep["t_painted"] - t0)
                fill = rep.get("reload_s", 0.0)
                phases[key].append({"interpreter": rep["t_start"] - t0,
                                    "imports": rep["t_imported"] - rep["t_start"],
                                    "stores": rep["t_app"] - rep["t_imported"],
                                    "fill panes": fill,
                                    "compose+paint": rep["t_painted"] - rep["t_app"] - fill})
        bare = statistics.median(times["bare"]) if times.get("bare") else None

        def phase_medians(key):
            return {p: round(statistics.median(x[p] for x in phases[key]), 4) for p in phases[key][0]}

        if bare:
            res.add("startup.bare", "-", bare, "s", detail={"runs": times["bare"], "phases_s": phase_medians("bare")})
            for key, _ in apps[1:]:
                if not times.get(key):
                    continue
                med = statistics.median(times[key])
                tk = "startup.ratio.seeds" if key == "seeds" else (
                    "startup.ratio.large" if key == large else "")
                res.add("startup.ratio", key, med / bare, "x bare", target_key=tk,
                        detail={"median_s": med, "runs": times[key], "phases_s": phase_medians(key)})
                res.add("startup.time", key, med, "s")

        # ---- memory: the big corpus loaded, then the quote index built
        if large in data:
            say(f"memory: peak RSS with {large} articles loaded ...")
            try:
                _, rep = child(["startup", "--data-dir", str(data[large]), "--index"], reports / "memory.json")
                steps = {k: round(rep[k], 1) for k in ("rss_imported_mb", "rss_stores_mb", "rss_painted_mb",
                                                        "rss_index_mb") if k in rep}
                steps["facts"] = rep.get("facts")
                steps["files_mb"] = {f.name: round(f.stat().st_size / 2**20, 1)
                                     for f in sorted(data[large].iterdir()) if f.is_file()}
                res.add("memory.peak_rss", large, rep["rss_painted_mb"], "MB", detail=steps)
                res.add("memory.peak_rss_with_index", large, rep["rss_index_mb"], "MB",
                        detail={"quotes": rep.get("quotes"), "index_build_s": rep.get("index_s")})
            except Exception as exc:
                res.error("memory", exc)

        # ---- quote search, keystroke by keystroke
        if large in data:
            say(f"search: typing {len(QUERIES)} queries over the {large}-article corpus ...")
            qfile = tmp / "queries.json"
            qfile.write_text(json.dumps(QUERIES), encoding="utf-8")
            try:
                _, rep = child(["search", "--data-dir", str(data[large]), "--queries", str(qfile)],
                               reports / "search.json")
                all_ms = [ms for q in rep["per_query_ms"].values() for ms in q]
                worst = sorted(((max(v), q) for q, v in rep["per_query_ms"].items()), reverse=True)[:3]
                detail = {"quotes": rep["quotes"], "groups": rep["groups"], "keystrokes": len(all_ms),
                          "hits": rep["hits"], "slowest_queries_ms": [[q, round(ms, 2)] for ms, q in worst],
                          "per_query_p95_ms": {q: round(percentile(v, 0.95), 2)
                                               for q, v in rep["per_query_ms"].items()}}
                res.add("search.quotes", large, rep["quotes"], "quotes")
                res.add("search.index_build", large, rep["group_s"] + rep["index_s"], "s",
                        detail={"group_quotes_s": rep["group_s"], "index_s": rep["index_s"],
                                "store_load_s": rep["load_s"]})
                res.add("search.keystroke.p50", large, percentile(all_ms, 0.5), "ms")
                res.add("search.keystroke.p95", large, percentile(all_ms, 0.95), "ms", detail=detail)
            except Exception as exc:
                res.error("search", exc)

        # ---- navigation with the big corpus
        if large in data:
            say(f"navigation: {presses} key presses in the source list and in the stance table ...")
            try:
                _, rep = child(["nav", "--data-dir", str(data[large]), "--presses", str(presses)],
                               reports / "nav.json")
                for pane in ("sources", "stances"):
                    ms = rep[f"{pane}_ms"]
                    counts = rep[f"{pane}_counts"]
                    lines = counts.get(f"{pane}.render_line", 0) / max(len(ms), 1)
                    detail = {"presses": len(ms), "max_ms": round(max(ms), 2),
                              "lines_rendered_per_key": round(lines, 1),
                              "frames_per_key": round(rep.get(f"{pane}_frames", 0) / max(len(ms), 1), 2),
                              "pane_height": rep.get(f"{pane}_height"), "calls": counts}
                    detail["gc_gen2_pauses_ms"] = rep.get(f"{pane}_gc2_ms")
                    if pane == "sources":
                        detail["article_changed"] = rep.get("sources_changed_article")
                        detail["rows"] = rep.get("sources")
                    else:
                        detail["focused_with_4"] = rep.get("stances_focused")
                        detail["rows"] = rep.get("stance_rows")
                        detail["columns"] = rep.get("stance_columns")
                    res.add(f"nav.{pane}.p50", large, percentile(ms, 0.5), "ms")
                    res.add(f"nav.{pane}.p95", large, percentile(ms, 0.95), "ms", detail=detail)
                rebuilds = sum(v for c in (rep["sources_counts"], rep["stances_counts"])
                               for k, v in c.items() if k.endswith(".load"))
                res.add("nav.table_rebuilds", large, rebuilds, "tables")
            except Exception as exc:
                res.error("navigation", exc)

        # ---- marking: seeds vs the big corpus, alternating, the same number of marks each
        if large in data and "seeds" in data:
            say(f"marking: {n_marks} marks with the seeds and with {large} articles ...")
            per: dict = {"seeds": [], large: []}
            split: dict = {"seeds": {"anchor": [], "set": []}, large: {"anchor": [], "set": []}}
            try:
                for half in range(2):
                    for key in ("seeds", large):
                        _, rep = child(["mark", "--data-dir", str(data[key]), "--marks", str(n_marks // 2)],
                                       reports / f"mark-{key}.json")
                        per[key] += rep["total_ms"]
                        split[key]["anchor"] += rep["anchor_ms"]
                        split[key]["set"] += rep["set_ms"]
                small, big = statistics.median(per["seeds"]), statistics.median(per[large])
                res.add("mark.time", "seeds", small, "ms")
                res.add("mark.time", large, big, "ms")
                res.add("mark.ratio", large, big / small if small > 0 else float("nan"), "x seeds",
                        detail={k: {"anchor_ms": round(statistics.median(v["anchor"]), 3),
                                    "set_ms": round(statistics.median(v["set"]), 3),
                                    "marks": len(per[k])} for k, v in split.items()})
            except Exception as exc:
                res.error("marking", exc)
    finally:
        if args.keep:
            say(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    end_cal = calibration_ms()
    res.add("machine.calibration", "end", end_cal, "ms")
    machine["calibration_end_ms"] = round(end_cal, 2)
    elapsed = time.time() - started
    payload = {"machine": machine, "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "quick": args.quick, "sizes": sizes, "elapsed_s": round(elapsed, 1),
               "results": res.rows, "errors": res.errors, "notes": res.notes}
    print_table(res.rows)
    explain(res.rows)
    for note in res.notes:
        print(f"note: {note}")
    for err in res.errors:
        print(f"ERROR in {err['phase']}: {err['error']}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(payload, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({elapsed:.0f} s)")
    return 1 if res.errors else 0


# ------------------------------------------------------------------ output


def fmt(value, unit: str) -> str:
    if value is None:
        return "-"
    if unit in ("articles/s", "quotes", "tables"):
        return f"{value:,.0f}"
    if unit in ("x bare", "x seeds"):
        return f"{value:.2f}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}" if unit == "s" else f"{value:.2f}"


def print_table(rows: list[dict]) -> None:
    header = ("metric", "size", "value", "unit", "target", "met")
    body = [(r["metric"], str(r["size"]), fmt(r["value"], r["unit"]), r["unit"], r["target"] or "",
             "" if r["met"] is None else ("yes" if r["met"] else "NO")) for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(header)]
    right = {2}
    line = lambda cells: "  ".join(c.rjust(w) if i in right else c.ljust(w)  # noqa: E731
                                   for i, (c, w) in enumerate(zip(cells, widths))).rstrip()
    print()
    print(line(header))
    print(line(tuple("-" * w for w in widths)))
    for b in body:
        print(line(b))
    print()


def _top(d: dict, n: int = 3) -> str:
    total = sum(d.values()) or 1
    return ", ".join(f"{k} {v:.2f}s ({100 * v / total:.0f}%)"
                     for k, v in sorted(d.items(), key=lambda kv: -kv[1])[:n])


def explain(rows: list[dict]) -> None:
    """For each missed target, what dominates."""
    by = {(r["metric"], str(r["size"])): r for r in rows}
    for r in rows:
        if r["met"] is not False:
            continue
        d = r.get("detail") or {}
        m = r["metric"]
        msg = ""
        if m == "ingest.throughput":
            msg = f"ingest phases: {_top(d.get('phases_s', {}))}"
            ex = by.get(("extract.throughput", str(r["size"])))
            if ex and ex.get("detail"):
                msg += f"; inside extraction: {_top(ex['detail'].get('extractors_s', {}), 5)}"
        elif m == "startup.ratio":
            mine = d.get("phases_s", {})
            bare = (by.get(("startup.bare", "-")) or {}).get("detail", {}).get("phases_s", {})
            extra = {k: mine.get(k, 0) - bare.get(k, 0) for k in mine}
            msg = ("time over the bare app by phase: "
                   + ", ".join(f"{k} +{v:.3f}s" for k, v in sorted(extra.items(), key=lambda kv: -kv[1])))
        elif m == "search.keystroke.p95":
            msg = f"slowest queries (max ms per keystroke): {d.get('slowest_queries_ms')}"
        elif m == "mark.ratio":
            msg = f"median per mark: {d}"
        elif m.startswith("memory"):
            msg = f"peak RSS after each step (MB): {d}"
        elif m.startswith("nav."):
            msg = (f"max {d.get('max_ms')} ms; full GC pauses {d.get('gc_gen2_pauses_ms')} ms; "
                   f"{d.get('frames_per_key')} frames composed per key; "
                   f"{d.get('lines_rendered_per_key')} lines of this table rendered per key "
                   f"(pane height {d.get('pane_height')}); calls {d.get('calls')}")
        print(f"missed {m} [{r['size']}]: {msg}")


if __name__ == "__main__":
    raise SystemExit(main())
