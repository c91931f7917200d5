"""The corpus store: round trip, one write per apply, manifest, removals, corruption, crash debris."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tui.store as store_module
from tui.core.models import Quote, Stance, content_hash, fact_records
from tui.store import AtomicJSONStorage, CorpusStore, StoreError, write_export

TEXT_A = ('Britain will send troops once a ceasefire is reached. '
          '"We stand ready," said Keir Starmer. Germany is undecided.')
TEXT_B = 'France pledged air support. "We will be there," Emmanuel Macron said.'


def source(path: str, text: str, title: str = "", quotes: tuple[str, ...] = (),
           stances: tuple[tuple[str, str, str], ...] = ()) -> tuple[dict, dict]:
    """A source meta dict and its facts, built by hand (no extractor)."""
    sid = content_hash(text)
    qs = [Quote(text=q, start=text.index(q), end=text.index(q) + len(q), speaker="Someone") for q in quotes]
    ss = [Stance(country=c, country_name=n, stance=s, evidence=text[:40], start=0, end=40)
          for c, n, s in stances]
    meta = {"id": sid, "path": path, "title": title or path, "outlet": "Outlet", "date": "2025-01-06",
            "chars": len(text), "byline": "", "file_hash": sid, "text": text}
    facts = {"quotes": fact_records("quote", sid, qs), "stances": fact_records("stance", sid, ss)}
    return meta, facts


def two_sources() -> list[tuple[dict, dict]]:
    return [source("seeds/b.txt", TEXT_B, "B", quotes=("We will be there,",),
                   stances=(("FR", "France", "support"),)),
            source("seeds/a.txt", TEXT_A, "A", quotes=("We stand ready,",),
                   stances=(("GB", "United Kingdom", "troops"), ("DE", "Germany", "undecided")))]


def test_round_trip_and_reopen(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = CorpusStore(data)
    assert store.is_empty()
    upserts = two_sources()
    store.apply(upserts, manifest={"seeds/a.txt": "h1", "seeds/b.txt": "h2"})
    for reopened in (store, CorpusStore(data)):
        assert not reopened.is_empty()
        assert [s["path"] for s in reopened.sources()] == ["seeds/a.txt", "seeds/b.txt"]
        a_id = content_hash(TEXT_A)
        src = reopened.source(a_id)
        assert src["title"] == "A" and src["chars"] == len(TEXT_A) and "text" not in src
        assert reopened.text(a_id) == TEXT_A
        assert reopened.text(content_hash(TEXT_B)) == TEXT_B
        facts = reopened.facts(a_id)
        assert set(facts) == {"quotes", "terms", "countries", "pledges", "stances", "figures"}
        assert [q["text"] for q in facts["quotes"]] == ["We stand ready,"]
        assert {s["country"] for s in reopened.all("stances")} == {"GB", "DE", "FR"}
        assert reopened.all("stance") == reopened.all("stances")
        quote = facts["quotes"][0]
        assert reopened.fact(quote["id"]) == quote
        assert reopened.fact("quote:nope:000") is None
        assert reopened.manifest() == {"seeds/a.txt": "h1", "seeds/b.txt": "h2"}
        assert reopened.facts("unknown")["quotes"] == []
        assert reopened.text("unknown") == ""
    with pytest.raises(ValueError):
        store.all("bogus")


def test_apply_is_one_write_of_the_corpus(tmp_path: Path, monkeypatch) -> None:
    store = CorpusStore(tmp_path)
    store.apply(two_sources()[:1])
    writes: list[Path] = []
    real = store_module._atomic_write_bytes

    def counting(path, payload):
        writes.append(Path(path))
        return real(path, payload)

    monkeypatch.setattr(store_module, "_atomic_write_bytes", counting)
    store.apply(two_sources()[1:], removals=[content_hash(TEXT_B)], manifest={"seeds/a.txt": "h"})
    assert writes == [tmp_path / "corpus.json"]
    doc = json.loads((tmp_path / "corpus.json").read_text(encoding="utf-8"))
    paths = [row["path"] for row in doc["sources"].values()]
    assert paths == ["seeds/a.txt"]
    assert any(row["key"] == "manifest" and row["value"] == {"seeds/a.txt": "h"}
               for row in doc["meta"].values())
    # texts live in their own file, not in corpus.json
    assert TEXT_A not in (tmp_path / "corpus.json").read_text(encoding="utf-8")


def test_manifest_replaced_whole_and_meta(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    store.apply([], manifest={"x": "1", "y": "2"})
    store.apply([], manifest={"y": "3"})
    assert store.manifest() == {"y": "3"}
    store.set_manifest({"z": "4"})
    store.set_meta("speakers", {"starmer": "Keir Starmer"})
    again = CorpusStore(tmp_path)
    assert again.manifest() == {"z": "4"}
    assert again.meta("speakers") == {"starmer": "Keir Starmer"}
    assert again.meta("missing", 7) == 7
    with pytest.raises(ValueError):
        store.set_meta("manifest", {})


def test_removals_and_same_path_replacement(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    store.apply(two_sources())
    a_id, b_id = content_hash(TEXT_A), content_hash(TEXT_B)
    b_quote = store.facts(b_id)["quotes"][0]["id"]
    store.apply([], removals=[b_id])
    reopened = CorpusStore(tmp_path)
    for s in (store, reopened):
        assert [x["id"] for x in s.sources()] == [a_id]
        assert s.fact(b_quote) is None
        assert {x["country"] for x in s.all("stances")} == {"GB", "DE"}
        assert s.text(b_id) == ""
    # a new version of seeds/a.txt replaces the old source at that path
    edited = TEXT_A.replace("Germany", "Poland")
    store.apply([source("seeds/a.txt", edited, "A2")])
    assert [x["id"] for x in store.sources()] == [content_hash(edited)]
    assert CorpusStore(tmp_path).text(content_hash(edited)) == edited


def test_texts_file_is_compacted_and_stays_right(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    big = "word " * 60_000  # 300 kB a version
    for n in range(12):
        store.apply([source("seeds/big.txt", f"{n} {big}")])
    files = list(tmp_path.glob("texts-*.jsonl"))
    assert len(files) == 1
    assert files[0].stat().st_size < 2 * 300_000 + 4 * 300_000  # garbage was reclaimed
    assert CorpusStore(tmp_path).text(content_hash(f"11 {big}")) == f"11 {big}"


def test_another_instance_write_is_not_clobbered(tmp_path: Path) -> None:
    first, second = CorpusStore(tmp_path), CorpusStore(tmp_path)
    a, b = two_sources()
    first.apply([a])
    second.apply([b])  # second's view is stale: it must re-read before writing
    assert {s["path"] for s in CorpusStore(tmp_path).sources()} == {"seeds/a.txt", "seeds/b.txt"}


@pytest.mark.parametrize("content", [b'{"sources": {"1": {"id": "ab', b"not json at all", b"[1, 2, 3]",
                                     b"\xff\xfe garbage", b'{"sources": [1]}'])
def test_corrupt_corpus_raises_naming_the_file_and_is_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "corpus.json"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        CorpusStore(tmp_path)
    message = str(info.value)
    assert "corpus.json" in message and "--rebuild" in message
    assert "\n" not in message
    assert path.read_bytes() == content


def test_truncated_real_corpus(tmp_path: Path) -> None:
    CorpusStore(tmp_path).apply(two_sources())
    path = tmp_path / "corpus.json"
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(StoreError, match="not valid JSON"):
        CorpusStore(tmp_path)
    assert path.read_bytes() == whole[: len(whole) // 2]


def test_rebuilt_discards_a_corrupt_corpus_but_not_marks(tmp_path: Path) -> None:
    (tmp_path / "corpus.json").write_bytes(b"{{{")
    (tmp_path / "marks.json").write_bytes(b'{"marks": {}}')
    store = CorpusStore.rebuilt(tmp_path)
    assert store.is_empty()
    store.apply(two_sources())
    assert len(CorpusStore(tmp_path).sources()) == 2
    assert (tmp_path / "marks.json").read_bytes() == b'{"marks": {}}'


def test_clear_forgets_everything(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    store.apply(two_sources(), manifest={"a": "b"})
    store.clear()
    assert store.is_empty() and store.manifest() == {} and store.all("quotes") == []
    assert list(tmp_path.glob("texts-*.jsonl")) == []
    assert CorpusStore(tmp_path).is_empty()


def test_empty_or_missing_file_is_an_empty_db(tmp_path: Path) -> None:
    (tmp_path / "corpus.json").write_bytes(b"")
    assert CorpusStore(tmp_path).is_empty()
    assert CorpusStore(tmp_path / "new" / "dir").is_empty()
    assert (tmp_path / "new" / "dir").is_dir()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stray_temp_files_are_cleaned(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    store.apply(two_sources())
    dead = tmp_path / f".corpus.json.tmp-{_dead_pid()}-deadbeef"
    dead.write_bytes(b'{"half": ')
    alive = tmp_path / f".corpus.json.tmp-{os.getpid()}-cafecafe"
    alive.write_bytes(b"in flight")
    stray_texts = tmp_path / "texts-000000000000.jsonl"
    stray_texts.write_bytes(b'["x", "y"]\n')
    reopened = CorpusStore(tmp_path)
    assert not dead.exists()
    assert alive.exists()  # a live writer's temp file is never touched
    assert not stray_texts.exists()
    assert len(reopened.sources()) == 2
    assert reopened.text(content_hash(TEXT_A)) == TEXT_A


def test_storage_refuses_to_write_over_a_file_it_could_not_read(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_bytes(b"{broken")
    storage = AtomicJSONStorage(path, hint="leave it")
    with pytest.raises(StoreError):
        storage.read()
    with pytest.raises(StoreError):
        storage.write({"ok": {}})
    assert path.read_bytes() == b"{broken"


def test_store_error_is_one_line() -> None:
    error = StoreError("data/corpus.json", "is not valid JSON (line 3,\ncolumn 1)", "rebuild it.")
    assert str(error) == "data/corpus.json is not valid JSON (line 3, column 1): rebuild it."


def test_write_export_is_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_export(target, "# r\u00e9port\n")
    assert target.read_text(encoding="utf-8") == "# r\u00e9port\n"
    with pytest.raises(StoreError):
        write_export(tmp_path / "no" / "such" / "dir.md", "x")


def test_upsert_without_text_keeps_the_stored_text(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    store.apply(two_sources())
    a_id = content_hash(TEXT_A)
    meta = store.source(a_id)
    meta["title"] = "A, retitled"
    store.apply([(meta, store.facts(a_id))])
    again = CorpusStore(tmp_path)
    assert again.source(a_id)["title"] == "A, retitled"
    assert again.text(a_id) == TEXT_A and again.source(a_id)["chars"] == len(TEXT_A)


def test_returned_source_dicts_are_copies(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    store.apply(two_sources())
    store.sources()[0]["title"] = "changed by a caller"
    assert store.sources()[0]["title"] == "A"


def test_a_file_as_data_dir_is_one_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "data"
    target.write_text("not a folder")
    with pytest.raises(StoreError, match="data"):
        CorpusStore(target)
    from tui.store import MarksStore
    with pytest.raises(StoreError):
        MarksStore(target)


# --------------------------------------------------------------------------- side file layout


def _side_file(folder: Path) -> Path:
    files = list(folder.glob("texts-*.jsonl"))
    assert len(files) == 1
    return files[0]


def test_facts_live_in_the_side_file_and_counts_in_corpus_json(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    store.apply(two_sources())
    a_id, b_id = content_hash(TEXT_A), content_hash(TEXT_B)
    corpus = (tmp_path / "corpus.json").read_text(encoding="utf-8")
    assert "We stand ready" not in corpus and "United Kingdom" not in corpus
    side = _side_file(tmp_path).read_text(encoding="utf-8")
    assert "We stand ready" in side and "United Kingdom" in side
    for s in (store, CorpusStore(tmp_path)):
        assert s.fact_counts() == {a_id: 3, b_id: 2}  # quotes + stances here
        assert s.fact_counts(["quotes"]) == {a_id: 1, b_id: 1}
    store.apply([], removals=[b_id])
    assert CorpusStore(tmp_path).fact_counts() == {a_id: 3}
    assert CorpusStore(tmp_path / "empty").fact_counts() == {}


def test_facts_come_back_equal_key_order_included(tmp_path: Path) -> None:
    meta, facts = two_sources()[1]
    sid = meta["id"]
    facts = dict(facts)
    quote = dict(facts["quotes"][0], speaker_raw="Starmer")  # a key after "kind": stored as is
    facts["quotes"] = [quote]
    facts["figures"] = [{"value": 2.5, "what": "troops", "id": f"figure:{sid}:1"}]  # no source/kind
    facts["countries"] = [{"code": "GB", "start": 0, "end": 7, "source": sid, "kind": "country"}]
    store = CorpusStore(tmp_path)
    store.apply([(meta, facts)])
    for s in (store, CorpusStore(tmp_path)):
        got = s.facts(sid)
        for kind in ("quotes", "figures", "countries", "stances"):
            assert got[kind] == facts[kind]
            assert [list(row) for row in got[kind]] == [list(row) for row in facts[kind]]
            assert s.all(kind) == facts[kind]
        assert got["terms"] == [] and got["pledges"] == []
        assert s.fact(quote["id"]) == quote
        assert s.fact(facts["stances"][0]["id"]) == facts["stances"][0]
        assert s.fact("no-colons") is None


def test_all_reads_every_source_in_path_order(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    for n in range(30):  # one source per apply: segments spread over the side file
        text = f"Report {n}. " + TEXT_A
        store.apply([source(f"seeds/{n:02d}.txt", text, quotes=("We stand ready,",),
                            stances=(("GB", "United Kingdom", "troops"),))])
    again = CorpusStore(tmp_path)
    for s in (store, again):
        paths = {x["id"]: x["path"] for x in s.sources()}
        for kind in ("quotes", "stances", "countries"):
            rows = s.all(kind)
            assert [paths[r["source"]] for r in rows] == sorted(paths[r["source"]] for r in rows)
        assert len(s.all("quotes")) == 30 and len(s.all("stances")) == 30
        assert s.all("countries") == []


def test_compaction_keeps_facts_and_texts(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    keep = two_sources()
    store.apply(keep)
    big = "word " * 60_000
    names = set()
    for n in range(8):
        store.apply([source("seeds/big.txt", f"{n} {big}", quotes=(f"{n} word",))])
        names.add(_side_file(tmp_path).name)
    assert len(names) > 1  # compacted at least once
    again = CorpusStore(tmp_path)
    for meta, facts in keep:
        assert again.text(meta["id"]) == meta["text"]
        assert again.facts(meta["id"])["quotes"] == facts["quotes"]
        assert again.facts(meta["id"])["stances"] == facts["stances"]
    last = content_hash(f"7 {big}")
    assert [q["text"] for q in again.facts(last)["quotes"]] == ["7 word"]
    assert len(again.all("quotes")) == 3


def test_reader_follows_a_compaction_by_another_instance(tmp_path: Path) -> None:
    writer = CorpusStore(tmp_path)
    writer.apply(two_sources())
    reader = CorpusStore(tmp_path)
    big = "word " * 60_000
    for n in range(8):  # compactions replace the side file the reader knows
        writer.apply([source("seeds/big.txt", f"{n} {big}")])
    a_id = content_hash(TEXT_A)
    assert reader.text(a_id) == TEXT_A
    assert [q["text"] for q in reader.facts(a_id)["quotes"]] == ["We stand ready,"]
    assert len(reader.all("stances")) == 3


def test_older_layout_is_refused_and_rebuilt(tmp_path: Path) -> None:
    sid = content_hash(TEXT_A)
    old = {"sources": {"1": {"id": sid, "path": "seeds/a.txt"}},
           "facts": {"1": {"source": sid, "quotes": [], "stances": []}},
           "texts": {}, "meta": {"1": {"key": "manifest", "value": {}}}}
    raw = json.dumps(old).encode("utf-8")
    (tmp_path / "corpus.json").write_bytes(raw)
    (tmp_path / "marks.json").write_bytes(b'{"marks": {}}')
    with pytest.raises(StoreError) as info:
        CorpusStore(tmp_path)
    message = str(info.value)
    assert "corpus.json" in message and "older" in message and "--rebuild" in message
    assert (tmp_path / "corpus.json").read_bytes() == raw
    store = CorpusStore.rebuilt(tmp_path)
    assert store.is_empty()
    store.apply(two_sources())
    assert len(CorpusStore(tmp_path).sources()) == 2
    assert (tmp_path / "marks.json").read_bytes() == b'{"marks": {}}'


def test_damaged_side_file_or_offsets_raise_store_error(tmp_path: Path) -> None:
    store = CorpusStore(tmp_path)
    store.apply(two_sources())
    a_id = content_hash(TEXT_A)
    side = _side_file(tmp_path)
    side.write_bytes(side.read_bytes().replace(b"We stand ready", b"We stand ready\x00\x00\"]"))
    fresh = CorpusStore(tmp_path)
    try:  # the other text is either read right or refused with the file named: never garbage
        assert fresh.text(content_hash(TEXT_B)) == TEXT_B
    except StoreError as error:
        assert side.name in str(error)
    with pytest.raises(StoreError) as info:
        for kind in ("quotes", "stances"):
            fresh.facts(a_id)
            fresh.all(kind)
    assert side.name in str(info.value) and "--rebuild" in str(info.value)
    side.write_bytes(b"")  # truncated: every read fails cleanly
    with pytest.raises(StoreError, match="--rebuild"):
        CorpusStore(tmp_path).facts(a_id)
    doc = json.loads((tmp_path / "corpus.json").read_text(encoding="utf-8"))
    next(iter(doc["facts"].values()))["at"] = "nowhere"
    (tmp_path / "corpus.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(StoreError, match="corpus.json.*--rebuild"):
        CorpusStore(tmp_path)


def test_works_without_orjson(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "_orjson", None)
    store = CorpusStore(tmp_path)
    store.apply(two_sources())
    again = CorpusStore(tmp_path)
    a_id = content_hash(TEXT_A)
    assert again.text(a_id) == TEXT_A
    assert [q["text"] for q in again.facts(a_id)["quotes"]] == ["We stand ready,"]
    assert {s["country"] for s in again.all("stances")} == {"GB", "DE", "FR"}
    (tmp_path / "corpus.json").write_bytes(b'{"sources": ')
    with pytest.raises(StoreError, match="not valid JSON"):
        CorpusStore(tmp_path)


def test_reads_from_a_worker_thread_while_the_ui_reads(tmp_path: Path) -> None:
    import threading

    store = CorpusStore(tmp_path)
    store.apply([source(f"seeds/{n:02d}.txt", f"Report {n}. " + TEXT_A, quotes=("We stand ready,",))
                 for n in range(40)])
    ids = [s["id"] for s in store.sources()]
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(20):
                assert len(store.all("quotes")) == 40
                store._reindex()  # drop the caches, as a write does
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    for _ in range(5):
        for sid in ids:
            assert len(store.facts(sid)["quotes"]) == 1
            assert store.text(sid).startswith("Report")
    thread.join()
    assert not errors


def test_reads_in_a_worker_thread_survive_writes_and_compactions(tmp_path: Path) -> None:
    import threading

    store = CorpusStore(tmp_path)
    store.apply([source(f"seeds/{n:02d}.txt", f"Report {n}. " + TEXT_A, quotes=("We stand ready,",))
                 for n in range(20)])
    ids = [s["id"] for s in store.sources()]
    errors: list[BaseException] = []
    done = threading.Event()

    def worker() -> None:
        try:
            while not done.is_set():
                assert len(store.all("quotes")) >= 20
                for sid in ids[:5]:
                    assert store.facts(sid)["quotes"][0]["text"] == "We stand ready,"
                    assert store.text(sid).startswith("Report")
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        big = "word " * 60_000
        for n in range(8):  # each write replaces the state; some compact the side file
            store.apply([source("seeds/zz-big.txt", f"{n} {big}", quotes=(f"{n} word",))])
    finally:
        done.set()
        thread.join()
    assert not errors, errors[0]


def test_a_missing_side_file_is_named_not_a_traceback(tmp_path: Path) -> None:
    CorpusStore(tmp_path).apply(two_sources())
    side = _side_file(tmp_path)
    with pytest.raises(StoreError, match="is missing"):  # at open: named at once
        side.rename(side.with_suffix(".gone"))
        CorpusStore(tmp_path)
    side.with_suffix(".gone").rename(side)
    store = CorpusStore(tmp_path)
    side.unlink()  # gone after the store was opened (another process, a disk): named on read
    with pytest.raises(StoreError) as err:
        store.facts(content_hash(TEXT_A))
    assert side.name in str(err.value) and "cannot be read" in str(err.value)
