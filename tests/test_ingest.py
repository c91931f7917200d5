"""tui.ingest: files -> core -> store, with nasty input, incremental runs and duplicates.

Most tests pass a stand-in extractor (so they do not depend on the extractors'
details) and use either a small in-memory store with the store's API or the real
`CorpusStore`. The integration tests at the end use the real extractor.
"""

from __future__ import annotations

import os
import re
import sys
import types
from pathlib import Path

import pytest

from tui.core.models import Facts, Quote, UNATTRIBUTED, content_hash
from tui.ingest import IngestReport, collect_files, ensure_corpus, format_report, ingest_paths

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
PLURALS = ("quotes", "terms", "countries", "pledges", "stances", "figures")


# --------------------------------------------------------------------------- helpers

class FakeStore:
    """In-memory stand-in with the CorpusStore API; counts writes."""

    def __init__(self):
        self._sources: dict[str, dict] = {}
        self._texts: dict[str, str] = {}
        self._facts: dict[str, dict] = {}
        self._manifest: dict[str, str] = {}
        self._meta: dict = {}
        self.applies = 0
        self.meta_writes = 0

    def manifest(self):
        return dict(self._manifest)

    def sources(self):
        return [self._sources[k] for k in sorted(self._sources, key=lambda s: self._sources[s]["path"])]

    def text(self, sid):
        return self._texts.get(sid, "")

    def facts(self, sid):
        return dict(self._facts.get(sid) or {k: [] for k in PLURALS})

    def all(self, kind):
        kind = {"quote": "quotes", "term": "terms", "country": "countries", "pledge": "pledges",
                "stance": "stances", "figure": "figures"}.get(kind, kind)
        return [row for sid in sorted(self._facts) for row in self._facts[sid].get(kind, [])]

    def apply(self, upserts, removals=(), manifest=None):
        self.applies += 1
        for sid in removals:
            self._sources.pop(sid, None)
            self._texts.pop(sid, None)
            self._facts.pop(sid, None)
        for meta, facts in upserts:
            meta = dict(meta)
            text = meta.pop("text")
            for old in [s for s, m in self._sources.items() if m["path"] == meta["path"] and s != meta["id"]]:
                self._sources.pop(old), self._texts.pop(old), self._facts.pop(old)
            self._sources[meta["id"]] = meta
            self._texts[meta["id"]] = text
            self._facts[meta["id"]] = {k: list(facts.get(k) or []) for k in PLURALS}
        if manifest is not None:
            self._manifest = dict(manifest)

    def set_meta(self, key, value):
        self.meta_writes += 1
        self._meta[key] = value

    def meta(self, key, default=None):
        return self._meta.get(key, default)

    def clear(self):
        self.__init__()


_QUOTE = re.compile(r"[\"\u201c]([^\"\u201c\u201d\n]{1,300})[\"\u201d](?:,? said ([A-Z][a-z]+(?: [A-Z][a-z]+)?))?")


def stand_in(text: str) -> Facts:
    """A tiny extractor: straight or curly quotes, speaker after 'said'. Fails on BOOM."""
    if "BOOM" in text:
        raise RuntimeError("boom")
    quotes = [Quote(text=m.group(1), start=m.start(1), end=m.end(1),
                    speaker=m.group(2) or UNATTRIBUTED) for m in _QUOTE.finditer(text)]
    return Facts(quotes=quotes)


def article(title: str, body: str = "") -> str:
    body = body or ("Ministers met on Monday to discuss the plan for the region. "
                    "\"We will help,\" said Anna Berg. Others asked for more time.")
    return f"{title}\n{body}\n"


def reasons(report: IngestReport) -> dict[str, str]:
    return {Path(p).name: r for p, r in report.skipped}


def names(paths) -> set[str]:
    return {Path(p).name for p in paths}


# --------------------------------------------------------------------------- nasty folder

MAX = 2_000_000


@pytest.fixture
def nasty(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    sub = root / "sub"
    sub.mkdir(parents=True)
    (root / "good.txt").write_text(article("A good article"), encoding="utf-8")
    (root / "notes.md").write_text("# Markdown notes\n\n" + article("x").split("\n", 1)[1], encoding="utf-8")
    (sub / "page.html").write_text(
        "<html><head><title>Page</title></head><body><nav>Home World Sport</nav><article><h1>Page title</h1>"
        "<p>Delegates from eleven countries met in Oslo to talk about the monitoring mission.</p>"
        "<p>\"We are ready,\" said Lars Holm after the meeting ended on Friday evening.</p>"
        "</article><footer>Copyright footer</footer></body></html>", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (root / "toobig.txt").write_bytes(b"Big words here. " * (MAX // 16 + 100))
    locked = root / "locked.txt"
    locked.write_text(article("Locked"), encoding="utf-8")
    locked.chmod(0)
    os.symlink(root / "does-not-exist.txt", root / "broken.txt")
    os.symlink(root, sub / "loop")  # sub/loop -> in/ : a folder loop
    (root / "nosentences.txt").write_text("1234 5678\n-- 90 --\n!!!\n", encoding="utf-8")
    (root / "unbalanced.txt").write_text(
        "Unbalanced quotes\n\u201cThis quote never closes and goes on, said nobody in particular at all.\n"
        "\"Nor does this one, the minister added while leaving.\n\u2018And a single one.\n", encoding="utf-8")
    (root / "oneline.txt").write_text("The talks went on and on. " * (1_000_000 // 26), encoding="utf-8")
    (root / "ansi.txt").write_text(
        "Control \x1b[31mred\x1b[0m title\x07\nThe minister spoke \x1b]0;pwned\x07 about the plan "
        "and the \x08\x08 bells rang in the hall.\n", encoding="utf-8")
    (root / "markup.txt").write_text(
        "[bold]x[/] [@click=app.quit] title\n[link=http://evil]Click[/link] the minister said "
        "\"[red]we will go[/red],\" said Anna Berg at the end of the talks.\n", encoding="utf-8")
    (root / "rtl.txt").write_text(
        "\u202eعنوان الخبر\nقال الوزير إن بلاده ستساهم في قوة حفظ السلام. \u05e9\u05dc\u05d5\u05dd "
        "\u05e2\u05d5\u05dc\u05dd and English words mixed in too.\n", encoding="utf-8")
    (root / "emoji.txt").write_text(
        "Emoji 🇺🇦🇫🇷 title 👍\nLeaders 🤝 agreed on the plan 🎉 and \"we are 💯 ready,\" said Anna Berg "
        "👩‍👩‍👧 today.\n", encoding="utf-8")
    (root / "ignored.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (root / ".hidden.txt").write_text(article("Hidden"), encoding="utf-8")
    yield root
    locked.chmod(0o644)


GOOD = {"good.txt", "notes.md", "page.html", "unbalanced.txt", "oneline.txt", "ansi.txt",
        "markup.txt", "rtl.txt", "emoji.txt"}
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def test_nasty_folder(nasty: Path):
    store = FakeStore()
    calls = []
    report = ingest_paths([nasty], store, extract=stand_in, max_bytes=MAX,
                          progress=lambda done, total, path: calls.append((done, total, path)))
    why = reasons(report)
    expected_good = GOOD | ({"locked.txt"} if ROOT_USER else set())
    assert names(report.added) == expected_good
    assert why["empty.txt"] == "empty file"
    assert why["binary.txt"] == "binary file"
    size = (nasty / "toobig.txt").stat().st_size
    assert why["toobig.txt"] == f"too big: {size:,} bytes (limit {MAX:,} bytes)"
    assert why["broken.txt"] == "broken symlink"
    assert why["loop"].startswith("folder loop")
    assert why["nosentences.txt"] == "no sentences"
    if not ROOT_USER:
        assert why["locked.txt"] == "cannot read: permission denied"
    # nothing else is reported, and ignored / hidden files are not touched
    assert set(why) == {"empty.txt", "binary.txt", "toobig.txt", "broken.txt", "loop",
                        "nosentences.txt"} | (set() if ROOT_USER else {"locked.txt"})
    assert not ({"ignored.csv", ".hidden.txt"} & (names(report.added) | set(why)))
    # the loop did not make files appear twice
    assert len(report.added) == len(set(report.added))
    assert report.duplicates == []
    # progress: once per file, in order
    assert [c[0] for c in calls] == list(range(1, len(calls) + 1))
    assert all(c[1] == len(calls) for c in calls)
    # broken symlinks and loops are found while walking, before any file is read
    assert len(calls) == len(report.added) + len(report.skipped) - 2
    # one write for everything
    assert store.applies == 1
    # stored texts are the files' texts, untouched (markup, ESC, RTL, emoji kept)
    by_name = {Path(s["path"]).name: s for s in store.sources()}
    for name in ("markup.txt", "ansi.txt", "rtl.txt", "emoji.txt", "oneline.txt"):
        assert store.text(by_name[name]["id"]) == (nasty / name).read_text(encoding="utf-8")
    assert by_name["markup.txt"]["title"] == "[bold]x[/] [@click=app.quit] title"
    assert by_name["page.html"]["title"] == "Page title"
    assert "Copyright" not in store.text(by_name["page.html"]["id"])
    # facts carry the right source and spans
    for row in store.all("quote"):
        text = store.text(row["source"])
        assert text[row["start"]:row["end"]] == row["text"]
        assert row["speaker_raw"]


def test_format_report_lines(nasty: Path):
    report = ingest_paths([nasty], FakeStore(), extract=stand_in, max_bytes=MAX)
    lines = format_report(report)
    n = len(report.added)
    assert lines[0] == f"added {n}, updated 0, unchanged 0, duplicates 0, skipped {len(report.skipped)}"
    assert len(lines) == 1 + len(report.skipped)
    assert any(line.endswith("empty.txt: empty file") for line in lines)
    assert any(line.endswith("broken.txt: broken symlink") for line in lines)
    for line in lines:
        assert "\n" not in line and "\x1b" not in line and "Traceback" not in line


def test_format_report_makes_control_chars_in_names_visible():
    report = IngestReport(skipped=[("/x/evil\x1b[2J.txt", "empty file")], duplicates=[("/x/a\nb.txt", "/x/c.txt")])
    lines = format_report(report)
    assert lines[0] == "added 0, updated 0, unchanged 0, duplicates 1, skipped 1"
    assert all("\x1b" not in line and "\n" not in line for line in lines)
    assert "\u241b" in lines[1]
    assert lines[2].endswith("same article as /x/c.txt")


def test_explicit_files_and_bad_names(tmp_path: Path):
    good = tmp_path / "a.txt"
    good.write_text(article("A"), encoding="utf-8")
    other = tmp_path / "data.json"
    other.write_text("{}", encoding="utf-8")
    report = ingest_paths([good, str(good), other, tmp_path / "missing.txt"], FakeStore(), extract=stand_in)
    assert names(report.added) == {"a.txt"}  # named twice, ingested once
    why = reasons(report)
    assert why["data.json"].startswith("not an article file")
    assert why["missing.txt"] == "no such file or folder"


def test_over_limit_reason_names_the_limit(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text(article("A") * 20, encoding="utf-8")
    report = ingest_paths([f], FakeStore(), extract=stand_in, max_bytes=500)
    assert report.skipped == [(str(f), f"too big: {f.stat().st_size / 1000:.1f} KB (limit 500 bytes)")]


def test_extraction_error_skips_only_that_file(tmp_path: Path):
    (tmp_path / "a.txt").write_text(article("A"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(article("B", "This text will go BOOM in the extractor, they said."),
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text(article("C"), encoding="utf-8")
    store = FakeStore()
    report = ingest_paths([tmp_path], store, extract=stand_in)
    assert names(report.added) == {"a.txt", "c.txt"}
    assert reasons(report) == {"b.txt": "extraction failed: RuntimeError: boom"}
    assert len(store.sources()) == 2


def test_extractor_returning_garbage_is_an_extraction_failure(tmp_path: Path):
    (tmp_path / "a.txt").write_text(article("A"), encoding="utf-8")
    report = ingest_paths([tmp_path], FakeStore(), extract=lambda text: Facts(quotes=[object()]))
    assert reasons(report)["a.txt"].startswith("extraction failed: ")



def test_a_failed_articles_copy_is_skipped_with_it(tmp_path: Path):
    boom = article("B", "This text will go BOOM in the extractor, they said.")
    (tmp_path / "b.txt").write_text(boom, encoding="utf-8")
    (tmp_path / "b_copy.txt").write_text(boom, encoding="utf-8")
    store = FakeStore()
    report = ingest_paths([tmp_path], store, extract=stand_in)
    assert report.duplicates == [] and not store.sources()
    assert reasons(report) == {"b.txt": "extraction failed: RuntimeError: boom",
                               "b_copy.txt": "extraction failed: RuntimeError: boom"}


def test_extracting_in_worker_processes_stores_what_one_process_does(tmp_path: Path, monkeypatch):
    import bench.corpus
    import tui.ingest
    from tui.store import CorpusStore

    bench.corpus.generate(tmp_path / "in", 6, seed=5)
    progress: list[tuple[int, int]] = []
    one = ingest_paths([tmp_path / "in"], CorpusStore(tmp_path / "one"), jobs=1)
    monkeypatch.setattr(tui.ingest, "PARALLEL_FROM", 2)
    pool_calls = []
    real_pooled = tui.ingest._pooled
    monkeypatch.setattr(tui.ingest, "_pooled", lambda texts, jobs: pool_calls.append(jobs) or real_pooled(texts, jobs))
    two = ingest_paths([tmp_path / "in"], CorpusStore(tmp_path / "two"), jobs=2,
                       progress=lambda done, total, path: progress.append((done, total)))
    assert pool_calls == [2]
    assert len(two.added) == len(one.added) == 6
    assert progress == [(k, 6) for k in range(1, 7)]
    a, b = CorpusStore(tmp_path / "one"), CorpusStore(tmp_path / "two")
    for kind in ("quotes", "pledges", "stances", "figures"):
        assert sorted(map(repr, a.all(kind))) == sorted(map(repr, b.all(kind)))
        assert a.all(kind)


# --------------------------------------------------------------------------- incremental

def test_second_run_is_all_unchanged_and_writes_nothing(tmp_path: Path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(article(name.upper()), encoding="utf-8")
    store = FakeStore()
    first = ingest_paths([tmp_path], store, extract=stand_in)
    assert len(first.added) == 3 and store.applies == 1

    def must_not_run(text):
        raise AssertionError("unchanged files must not be extracted again")

    second = ingest_paths([tmp_path], store, extract=must_not_run)
    assert second.added == second.updated == [] and second.skipped == []
    assert names(second.unchanged) == {"a.txt", "b.txt", "c.txt"}
    assert store.applies == 1  # nothing to write


def test_changed_file_replaces_its_old_version(tmp_path: Path):
    from tui.store import CorpusStore

    a = tmp_path / "in" / "a.txt"
    a.parent.mkdir()
    a.write_text(article("Version one"), encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(article("Other"), encoding="utf-8")
    store = CorpusStore(tmp_path / "data")
    ingest_paths([a.parent], store, extract=stand_in)
    old_id = content_hash(a.read_text(encoding="utf-8"))
    assert old_id in {s["id"] for s in store.sources()}

    a.write_text(article("Version two"), encoding="utf-8")
    report = ingest_paths([a.parent], CorpusStore(tmp_path / "data"), extract=stand_in)
    assert report.updated == [str(a)] and names(report.unchanged) == {"b.txt"}
    store = CorpusStore(tmp_path / "data")  # as another process sees it
    ids = {s["id"] for s in store.sources()}
    assert old_id not in ids and content_hash(a.read_text(encoding="utf-8")) in ids
    assert len(store.sources()) == 2
    assert all(q["source"] in ids for q in store.all("quote"))
    assert [s["title"] for s in store.sources() if s["path"] == str(a)] == ["Version two"]


def test_changed_file_that_turns_bad_leaves_the_store(tmp_path: Path):
    a = tmp_path / "a.txt"
    a.write_text(article("Fine"), encoding="utf-8")
    store = FakeStore()
    ingest_paths([a], store, extract=stand_in)
    a.write_bytes(b"\x00\x01\x02 binary now")
    report = ingest_paths([a], store, extract=stand_in)
    assert report.skipped == [(str(a), "binary file")]
    assert store.sources() == [] and str(a) not in store.manifest()


def test_duplicate_under_two_names_is_stored_once(tmp_path: Path):
    text = article("Same story")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-16"))  # same text, other bytes
    store = FakeStore()
    report = ingest_paths([tmp_path], store, extract=stand_in)
    assert names(report.added) == {"a.txt"}
    assert sorted((Path(p).name, Path(q).name) for p, q in report.duplicates) == [("b.txt", "a.txt"),
                                                                                   ("c.txt", "a.txt")]
    assert len(store.sources()) == 1
    assert len(store.all("quote")) == len(stand_in(text).quotes)
    again = ingest_paths([tmp_path], store, extract=stand_in)
    assert names(again.unchanged) == {"a.txt", "b.txt", "c.txt"} and again.duplicates == []
    assert store.applies == 1


def test_duplicate_of_a_stored_article_in_a_later_run(tmp_path: Path):
    text = article("Same story")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    store = FakeStore()
    ingest_paths([tmp_path / "a.txt"], store, extract=stand_in)
    (tmp_path / "copy.txt").write_text(text, encoding="utf-8")
    report = ingest_paths([tmp_path / "copy.txt"], store, extract=stand_in)
    assert report.duplicates == [(str(tmp_path / "copy.txt"), str(tmp_path / "a.txt"))]
    assert len(store.sources()) == 1


def test_changing_the_original_of_a_duplicate_keeps_the_copy(tmp_path: Path):
    text = article("Same story")
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text, encoding="utf-8")
    store = FakeStore()
    ingest_paths([tmp_path], store, extract=stand_in)
    a.write_text(article("New story"), encoding="utf-8")
    report = ingest_paths([tmp_path], store, extract=stand_in)
    assert report.updated == [str(a)]
    assert {s["path"]: s["id"] for s in store.sources()} == {
        str(a): content_hash(a.read_text(encoding="utf-8")), str(b): content_hash(text)}


def test_moved_file_is_not_a_duplicate(tmp_path: Path):
    a = tmp_path / "a.txt"
    a.write_text(article("Moving"), encoding="utf-8")
    store = FakeStore()
    ingest_paths([a], store, extract=stand_in)
    b = tmp_path / "b.txt"
    a.rename(b)
    report = ingest_paths([b], store, extract=stand_in)
    assert report.added == [str(b)] and report.duplicates == []
    assert [s["path"] for s in store.sources()] == [str(b)]
    assert str(a) not in store.manifest()


def test_many_files_one_write(tmp_path: Path):
    for i in range(200):
        (tmp_path / f"f{i:03d}.txt").write_text(article(f"Story {i}", f"Story number {i} is told here in full. "
                                                        f"\"Quote {i},\" said Anna Berg."), encoding="utf-8")
    store = FakeStore()
    report = ingest_paths([tmp_path], store, extract=stand_in)
    assert len(report.added) == 200 and store.applies == 1
    assert len(store.all("quote")) == 200


# --------------------------------------------------------------------------- speakers

def test_speakers_are_canonical_across_the_store(tmp_path: Path, monkeypatch):
    from tui.store import CorpusStore

    fake = types.ModuleType("tui.core.speakers")
    fake.canonical_speakers = lambda names: {
        n: ("Anna Maria Berg" if n.split()[-1] == "Berg" and "Anna Maria Berg" in names else n) for n in names}
    monkeypatch.setitem(sys.modules, "tui.core.speakers", fake)
    (tmp_path / "a.txt").write_text(article("A", "\"First words,\" said Anna Berg. More follows here."),
                                    encoding="utf-8")
    store = CorpusStore(tmp_path / "data")
    ingest_paths([tmp_path / "a.txt"], store, extract=stand_in)
    assert [q["speaker"] for q in store.all("quote")] == ["Anna Berg"]

    (tmp_path / "b.txt").write_text(
        article("B", "\"Second words,\" said Anna Maria Berg. And the talks went on."), encoding="utf-8")
    _QUOTE_FULL = re.compile(r"\"([^\"]+)\",? said (Anna Maria Berg|Anna Berg)")

    def extract(text):
        return Facts(quotes=[Quote(text=m.group(1), start=m.start(1), end=m.end(1), speaker=m.group(2))
                             for m in _QUOTE_FULL.finditer(text)])

    ingest_paths([tmp_path / "b.txt"], store, extract=extract)
    store = CorpusStore(tmp_path / "data")
    quotes = {q["text"]: q for q in store.all("quote")}
    assert quotes["First words,"]["speaker"] == "Anna Maria Berg"  # the stored quote was rewritten
    assert quotes["First words,"]["speaker_raw"] == "Anna Berg"
    assert quotes["Second words,"]["speaker"] == "Anna Maria Berg"
    assert len(store.sources()) == 2


def test_broken_speaker_module_does_not_lose_the_ingest(tmp_path: Path, monkeypatch):
    fake = types.ModuleType("tui.core.speakers")

    def explode(names):
        raise ValueError("bug")

    fake.canonical_speakers = explode
    monkeypatch.setitem(sys.modules, "tui.core.speakers", fake)
    (tmp_path / "a.txt").write_text(article("A"), encoding="utf-8")
    store = FakeStore()
    report = ingest_paths([tmp_path], store, extract=stand_in)
    assert names(report.added) == {"a.txt"}
    assert [q["speaker"] for q in store.all("quote")] == ["Anna Berg"]


# --------------------------------------------------------------------------- walking

def test_collect_files_order_and_filters(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.HTM").write_text("x")
    (tmp_path / "b" / "a.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.pdf").write_text("x")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("x")
    files, skipped = collect_files([tmp_path])
    assert [os.path.relpath(f, tmp_path) for f in files] == ["a.txt", os.path.join("b", "a.md"),
                                                             os.path.join("b", "z.HTM")]
    assert skipped == []


def test_symlinked_folder_twice_is_walked_once(tmp_path: Path):
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("x")
    os.symlink(real, tmp_path / "alias")
    files, skipped = collect_files([tmp_path])
    assert len(files) == 1 and skipped == []


# --------------------------------------------------------------------------- ensure_corpus

def test_ensure_corpus_builds_once(tmp_path: Path, seeds_dir: Path):
    store = FakeStore()
    first = ensure_corpus(store, seeds_dir, extract=stand_in)
    n = len(list(seeds_dir.glob("*.txt")))
    assert first is not None and len(first.added) == n
    assert ensure_corpus(store, seeds_dir, extract=stand_in) is None
    assert store.applies == 1
    # change one seed, remove another
    seeds = sorted(seeds_dir.glob("*.txt"))
    seeds[0].write_text(seeds[0].read_text(encoding="utf-8") + "\nOne more line was added here.\n",
                        encoding="utf-8")
    seeds[1].unlink()
    third = ensure_corpus(store, seeds_dir, extract=stand_in)
    assert third.updated == [str(seeds[0])] and third.removed == [str(seeds[1])]
    assert len(store.sources()) == n - 1
    assert sorted(s["path"] for s in store.sources()) == sorted(str(p) for p in seeds_dir.glob("*.txt"))
    assert ensure_corpus(store, seeds_dir, extract=stand_in) is None


def test_ensure_corpus_after_the_seed_folder_moved(tmp_path: Path, seeds_dir: Path):
    store = FakeStore()
    ensure_corpus(store, seeds_dir, extract=stand_in)
    ids = {s["id"] for s in store.sources()}
    moved = tmp_path / "elsewhere"
    seeds_dir.rename(moved)
    report = ensure_corpus(store, moved, extract=stand_in)
    assert report is not None and report.duplicates == []
    assert {s["id"] for s in store.sources()} == ids  # same articles, nothing twice
    assert all(s["path"].startswith(str(moved)) for s in store.sources())
    assert all(p.startswith(str(moved)) for p in store.manifest())
    assert ensure_corpus(store, moved, extract=stand_in) is None


def test_ensure_corpus_rebuilds_after_clear(tmp_path: Path, seeds_dir: Path):
    store = FakeStore()
    ensure_corpus(store, seeds_dir, extract=stand_in)
    store.clear()
    report = ensure_corpus(store, seeds_dir, extract=stand_in)
    assert report is not None and len(store.sources()) == len(list(seeds_dir.glob("*.txt")))


def test_ensure_corpus_extracts_again_when_the_code_changed(tmp_path: Path, seeds_dir: Path, monkeypatch):
    import tui.ingest as ingest

    store = FakeStore()
    monkeypatch.setattr(ingest, "code_fingerprint", lambda: "v1")
    monkeypatch.setattr(ingest, "_ingest", _with_extractor(ingest._ingest, stand_in))
    first = ensure_corpus(store, seeds_dir)
    n = len(first.added)
    assert ensure_corpus(store, seeds_dir) is None
    monkeypatch.setattr(ingest, "code_fingerprint", lambda: "v2")
    again = ensure_corpus(store, seeds_dir)
    assert again is not None and len(again.updated) == n and again.unchanged == []
    assert len(store.sources()) == n and store.applies == 2
    assert ensure_corpus(store, seeds_dir) is None


def _with_extractor(original, extract):
    def run(*args, **kwargs):
        kwargs["extract"] = extract
        return original(*args, **kwargs)
    return run


def test_ensure_corpus_missing_folder(tmp_path: Path):
    report = ensure_corpus(FakeStore(), tmp_path / "nope")
    assert report is not None and report.skipped[0][1] == "no such folder"


# --------------------------------------------------------------------------- integration (real extractor)

def _real_extractor():
    try:
        from tui.core.extract import extract_facts
    except ImportError as exc:
        pytest.skip(f"extractors not all written yet: {exc}")
    return extract_facts


def test_seeds_with_real_store_and_extractor(tmp_path: Path, seeds_dir: Path):
    _real_extractor()
    from tui.store import CorpusStore

    store = CorpusStore(tmp_path / "data")
    report = ensure_corpus(store, seeds_dir)
    n = len(list(seeds_dir.glob("*.txt")))
    assert report is not None and len(report.added) == n, format_report(report)
    assert report.skipped == []
    store = CorpusStore(tmp_path / "data")
    assert ensure_corpus(store, seeds_dir) is None
    assert len(store.sources()) == n
    for s in store.sources():
        text = store.text(s["id"])
        assert text == Path(s["path"]).read_text(encoding="utf-8")
        assert s["title"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s["date"])
    quotes = store.all("quote")
    assert quotes, "the seeds hold quotes"
    for q in quotes:
        text = store.text(q["source"])
        assert text[q["start"]:q["end"]] == q["text"]
    ids = [q["id"] for q in quotes]
    assert len(ids) == len(set(ids))


def test_nasty_folder_with_real_extractor(nasty: Path, tmp_path: Path):
    extract = _real_extractor()
    from tui.store import CorpusStore

    store = CorpusStore(tmp_path / "data")
    report = ingest_paths([nasty], store, max_bytes=MAX, extract=extract)
    failed = {p: r for p, r in report.skipped if r.startswith("extraction failed")}
    assert failed == {}
    assert GOOD <= names(report.added)


def test_default_extractor_is_used(tmp_path: Path):
    _real_extractor()
    (tmp_path / "a.txt").write_text(article("A", "\u201cWe will send troops,\u201d said Anna Berg. France agreed."),
                                    encoding="utf-8")
    store = FakeStore()
    report = ingest_paths([tmp_path], store)
    assert names(report.added) == {"a.txt"}
    assert any("We will send troops" in q["text"] for q in store.all("quote"))


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="needs a file system that takes any bytes")
def test_file_name_that_is_not_utf8(tmp_path: Path):
    os.mkdir(os.fsencode(tmp_path / "in"))
    with open(os.fsencode(tmp_path / "in") + b"/bad\xff.txt", "wb") as fh:
        fh.write(article("Bad name").encode())
    (tmp_path / "in" / "good.txt").write_text(article("Good name"), encoding="utf-8")
    store = FakeStore()
    report = ingest_paths([tmp_path / "in"], store, extract=stand_in)
    assert names(report.added) == {"good.txt"}
    assert [r for _, r in report.skipped] == ["file name is not valid UTF-8"]
    for line in format_report(report):
        line.encode("utf-8")  # printable: no lone surrogates


def test_store_meta_garbage_is_ignored(tmp_path: Path):
    (tmp_path / "a.txt").write_text(article("A"), encoding="utf-8")
    store = FakeStore()
    store._meta["duplicates"] = ["not", "a", "dict"]
    report = ingest_paths([tmp_path], store, extract=stand_in)
    assert names(report.added) == {"a.txt"}
