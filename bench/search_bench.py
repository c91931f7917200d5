"""Micro-benchmark of quote search: index build and per-keystroke latency.

Builds ~100,000 synthetic quotes over ~10,000 sources (words drawn from the
quotations of the seed articles plus a random Zipf-distributed vocabulary; each
quote reported by one to several sources with the usual variants: curly or
straight quotation marks, a dropped word, a truncation), groups them, builds the
index, then replays the typing of a few queries keystroke by keystroke ("g",
"gu", "gua", ...) and reports p50/p95/max per keystroke.

    .venv/bin/python bench/search_bench.py           # full size
    .venv/bin/python bench/search_bench.py --quick   # small, for a smoke run

Writes bench/results/search.json. Timings are for this machine; nothing asserts them.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.core.corroborate import group_quotes  # noqa: E402
from tui.core.search import QuoteIndex  # noqa: E402

QUERIES = [
    "guarantees",
    "security guarantees",
    "secruity guarantes",  # typos
    "speaker:zelensky",
    "speaker:macron peace",
    '"will be deployed"',
    "reassurance force",
    "coalition of the willing",
    "source:daily troops",
    "ceasefire monitoring",
]

SPEAKERS = ["Emmanuel Macron", "Volodymyr Zelenskyy", "Volodymyr Zelensky", "Keir Starmer",
            "Dmitry Peskov", "Donald Trump", "Friedrich Merz", "Giorgia Meloni", "unattributed"]


def seed_quote_words() -> list[list[str]]:
    out = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"[\u201c\"]([^\u201d\"]{2,400})[\u201d\"]", text):
            out.append(re.findall(r"[A-Za-z']+", m.group(1)))
    return out


def seed_words() -> list[str]:
    words: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"[\u201c\"]([^\u201d\"]{2,400})[\u201d\"]", text):
            words.extend(re.findall(r"[A-Za-z']+", m.group(1)))
        if len(words) < 200:  # few quotes: use the prose too
            words.extend(re.findall(r"[A-Za-z']+", text))
    return words or ["security", "guarantees", "will", "be", "deployed"]


def make_corpus(n_quotes: int, n_sources: int, rng: random.Random):
    base_words = seed_words()
    letters = "abcdefghijklmnopqrstuvwxyz"
    random_vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 11))) for _ in range(30_000)]
    vocab = list(dict.fromkeys(base_words)) + random_vocab
    cum, total = [], 0.0
    for r in range(len(vocab)):  # Zipf-like, the seed words most frequent
        total += 1.0 / (r + 10) ** 1.05
        cum.append(total)
    snippets = [ws for ws in (seed_quote_words()) if len(ws) >= 3]
    outlets = ["Daily Courier", "Global Leaders Insights", "Wire Service", "Evening Post", "Kyiv Ledger",
               "Euro Observer", "Defense Weekly", "Morning Herald"]
    sources = {f"{i:016x}": {"title": f"{rng.choice(base_words).title()} report {i}",
                             "outlet": rng.choice(outlets)} for i in range(n_sources)}
    source_ids = list(sources)
    quotes: list[dict] = []
    qn = 0
    while len(quotes) < n_quotes:
        length = rng.randint(4, 30)
        words = rng.choices(vocab, cum_weights=cum, k=length)
        if snippets and rng.random() < 0.3:  # a run of words from a seed quotation
            ws = rng.choice(snippets)
            a = rng.randrange(len(ws))
            words[rng.randrange(len(words)):0] = ws[a:a + rng.randint(3, 8)]
        text = " ".join(words).capitalize()
        speaker = rng.choice(SPEAKERS)
        for _ in range(min(rng.choice([1, 1, 1, 2, 3, 5]), n_quotes - len(quotes))):
            variant = text
            roll = rng.random()
            if roll < 0.2 and length > 6:
                ws = variant.split()
                del ws[rng.randrange(len(ws))]
                variant = " ".join(ws)
            elif roll < 0.35 and length > 8:
                variant = " ".join(variant.split()[: length * 2 // 3])
            elif roll < 0.5:
                variant = variant + "."
            quotes.append({"id": f"q{qn}", "source": rng.choice(source_ids), "text": variant,
                           "speaker": speaker if rng.random() < 0.8 else "unattributed",
                           "start": 0, "end": len(variant)})
            qn += 1
    return quotes, sources


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (smoke run)")
    ap.add_argument("--quotes", type=int, default=None)
    ap.add_argument("--sources", type=int, default=None)
    ap.add_argument("--limit", type=int, default=200, help="hits per search (the app's search screen asks for 200)")
    ap.add_argument("--out", default=None, help="default bench/results/search.json (search-quick.json with --quick)")
    args = ap.parse_args(argv)
    n_quotes = args.quotes or (5_000 if args.quick else 100_000)
    n_sources = args.sources or (500 if args.quick else 10_000)
    rng = random.Random(20250904)

    t0 = time.perf_counter()
    quotes, sources = make_corpus(n_quotes, n_sources, rng)
    t_corpus = time.perf_counter() - t0

    stats: dict = {}
    t0, c0 = time.perf_counter(), time.process_time()
    groups = group_quotes(quotes, stats=stats)
    t_group, c_group = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    index = QuoteIndex(quotes, sources, groups)
    t_index, c_index = time.perf_counter() - t0, time.process_time() - c0

    gc.collect()  # as the project's bench/probe.py does: the build's garbage is not a keystroke's cost
    per_query = {}
    all_times: list[float] = []
    all_cpu: list[float] = []  # process CPU time: robust to other processes on the machine
    for query in QUERIES:
        times, cpu = [], []
        for i in range(1, len(query) + 1):
            t0, c0 = time.perf_counter(), time.process_time()
            hits = index.search(query[:i], limit=args.limit)
            cpu.append((time.process_time() - c0) * 1000)
            times.append((time.perf_counter() - t0) * 1000)
        all_times.extend(times)
        all_cpu.extend(cpu)
        per_query[query] = {"keystrokes": len(times), "p50_ms": round(statistics.median(times), 2),
                            "cpu_p95_ms": round(percentile(cpu, 95), 2),
                            "p95_ms": round(percentile(times, 95), 2), "max_ms": round(max(times), 2),
                            "final_hits": len(hits)}

    result = {
        "quotes": len(quotes), "sources": len(sources), "groups": len(groups),
        "vocabulary": len(index._vocab),
        "corpus_s": round(t_corpus, 3), "group_quotes_s": round(t_group, 3),
        "group_quotes_cpu_s": round(c_group, 3),
        "group_comparisons": stats.get("comparisons"), "index_build_s": round(t_index, 3),
        "index_build_cpu_s": round(c_index, 3),
        "keystrokes": len(all_times),
        "keystroke_p50_ms": round(statistics.median(all_times), 2),
        "keystroke_p95_ms": round(percentile(all_times, 95), 2),
        "keystroke_max_ms": round(max(all_times), 2),
        "keystroke_cpu_p50_ms": round(statistics.median(all_cpu), 2),
        "keystroke_cpu_p95_ms": round(percentile(all_cpu, 95), 2),
        "per_query": per_query,
        "python": platform.python_version(), "machine": platform.machine(),
        "quick": args.quick, "limit": args.limit,
    }
    out = Path(args.out or ROOT / "bench" / "results" / ("search-quick.json" if args.quick else "search.json"))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    print(f"quotes {result['quotes']:,}  sources {result['sources']:,}  groups {result['groups']:,}  "
          f"vocabulary {result['vocabulary']:,}")
    print(f"group_quotes {t_group:.2f} s (CPU {c_group:.2f} s; {result['group_comparisons']:,} comparisons)   "
          f"index build {t_index:.2f} s (CPU {c_index:.2f} s)")
    print(f"per keystroke over {len(all_times)} keystrokes: p50 {result['keystroke_p50_ms']} ms  "
          f"p95 {result['keystroke_p95_ms']} ms  max {result['keystroke_max_ms']} ms  "
          f"(CPU time p50 {result['keystroke_cpu_p50_ms']} ms  p95 {result['keystroke_cpu_p95_ms']} ms)")
    for query, row in per_query.items():
        print(f"  {query!r:32} p50 {row['p50_ms']:7.2f}  p95 {row['p95_ms']:7.2f}  max {row['max_ms']:7.2f}  cpu p95 {row['cpu_p95_ms']:7.2f} ms"
              f"  hits {row['final_hits']}")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
