"""The two stores under the data directory: the only module that opens files there.

Files (all under ``data_dir``)::

    corpus.json            TinyDB database (derived, can always be rebuilt), small enough to
                           read at start-up: source metadata and where everything else lies.
                             table "sources"  one doc per source: metadata, no text
                             table "texts"    one doc per source: {"source", "offset", "length"}
                                              (where its text lies in the side file)
                             table "facts"    one doc per source: {"source", "at", "counts"}:
                                              "at" = [offset, length] * 6, where each kind's facts
                                              lie in the side file (FACT_KINDS order, length 0 =
                                              none), "counts" = how many facts of each kind
                             table "meta"     {"key", "value"} docs: "format", "manifest",
                                              "texts_file", ...
    texts-<token>.jsonl    the side file: append-only JSON lines, ``[source_id, text]`` for an
                           article text and ``[source_id, kind, [facts...]]`` for one kind of a
                           source's facts (each kind's lines of one write back to back, so
                           `all(kind)` reads runs). Read by seeking: opening the store parses
                           neither texts nor facts (hundreds of MB for big corpora).
    corpus.json.lock       held while the corpus is written.
    marks.json             TinyDB database (precious, never rebuilt):
                             table "marks"    current mark per fact
                             table "history"  every change, in order
    marks.json.bak         copy of marks.json taken before the first write of a session.
    marks.json.lock        held during every read-modify-write of marks.json.

corpus.json is the commit point of the corpus: texts and facts are appended (and fsynced)
to the side file first, then corpus.json is replaced atomically with their offsets. A
crash in between leaves only unreferenced bytes at the end of the side file; they are
reclaimed when the file is compacted (its live lines copied, byte for byte, to a new
side file). A corpus.json of the older layout (facts inside it, no "format" meta) is
refused with a hint to rebuild it (derived data).

JSON is parsed and written with orjson when it is installed (an optional accelerator,
about twice as fast on big files); the standard json module does the same otherwise,
and still decides every error message.
"""

from __future__ import annotations

import gc
import getpass
import json
import os
import threading
import time
from collections.abc import Iterable
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB
from tinydb.storages import Storage

from tui.core.keys import parse_fact_key

if TYPE_CHECKING:
    from filelock import FileLock

try:  # optional accelerator: same data, about twice as fast to parse and write
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None

FACT_KINDS = ("quotes", "terms", "countries", "pledges", "stances", "figures")
"""Keys of a source's facts, as returned by `CorpusStore.facts`."""

COUNTED_KINDS = ("quotes", "pledges", "stances", "figures")
"""The kinds `CorpusStore.fact_counts` adds up (the facts a user can mark)."""

CORPUS_FORMAT = 3
"""Layout of corpus.json: 3 = every fact in the side file, one line per source and kind
(2 was a short-lived draft with the stances in corpus.json). Other layouts are refused
with a hint to rebuild (derived data)."""

_CHUNK = 1 << 20  # `all(kind)` reads adjacent segments in one read up to about this size

_CACHED_KINDS = frozenset({"stances", "quotes", "terms"})
"""`all(kind)` results kept in memory; the big kinds (countries, pledges, figures: most
of the facts) are read from the side file on each call, for export only."""

STATUSES = ("verified", "disputed", "unverified")
"""Mark statuses (DESIGN.md)."""

_SINGULAR = {"quote": "quotes", "term": "terms", "country": "countries", "pledge": "pledges",
             "stance": "stances", "figure": "figures"}
_PLURAL_TO_SINGULAR = {plural: singular for singular, plural in _SINGULAR.items()}


CORPUS_FILE = "corpus.json"
MARKS_FILE = "marks.json"
_TMP_MARK = ".tmp-"
_LOCK_TIMEOUT = 30.0  # seconds to wait for another instance to finish a write
_STRAY_AGE = 3600.0  # where a writer's liveness cannot be checked, a temp file older than this is stray

REBUILD_HINT = "it holds derived data and can be rebuilt with `pledgescope --rebuild`."
MARKS_HINT = ("PledgeScope will not overwrite it. Move it aside or repair it, then start again.")


class StoreError(Exception):
    """A store file cannot be used. ``str(error)`` is one line: the file, the reason, what to do."""

    def __init__(self, path: Path | str, reason: str, hint: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.hint = hint
        message = f"{self.path} {reason}"
        if hint:
            message += f": {hint}"
        super().__init__(" ".join(message.split()))


# --------------------------------------------------------------------------- files


def _file_lock(path: Path) -> FileLock:
    """The inter-process lock of `path` (`path`.lock).

    filelock is imported here, when a store first takes its lock, not with this module:
    importing it takes longer than reading the seeds' corpus, and opening the stores to
    show them takes no lock (see `CorpusStore.__init__`).
    """
    from filelock import FileLock

    return FileLock(str(path) + ".lock", timeout=_LOCK_TIMEOUT)


def _make_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(folder, f"cannot be created as the data folder ({exc.strerror or exc})") from exc
    if not folder.is_dir():
        raise StoreError(folder, "is not a folder", "choose another --data-dir.")


def _fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_name(path: Path) -> Path:
    import secrets  # only ever for a write: not with the module (it brings hashlib and hmac)

    return path.with_name(f".{path.name}{_TMP_MARK}{os.getpid()}-{secrets.token_hex(4)}")


def _atomic_write_bytes(path: Path, payload: bytes) -> None:
    """Replace `path` by `payload`: temp file in the same folder, fsync, rename, fsync folder."""
    tmp = _temp_name(path)
    try:
        mode = path.stat().st_mode & 0o7777
    except OSError:
        mode = 0o644
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


def _remove_stray_temps(path: Path) -> list[Path]:
    """Delete temp files of `path` left by a writer that died; returns what was removed."""
    removed = []
    prefix = f".{path.name}{_TMP_MARK}"
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        pid_text = entry.name[len(prefix):].split("-", 1)[0]
        try:
            pid = int(pid_text)
        except ValueError:
            continue
        if os.name == "posix":
            stray = not _pid_alive(pid)
        else:  # os.kill(pid, 0) would signal the process on Windows: go by age instead
            try:
                stray = time.time() - entry.stat().st_mtime > _STRAY_AGE
            except OSError:
                continue
        if stray:
            try:
                entry.unlink()
                removed.append(entry)
            except OSError:
                pass
    return removed


def _dumps(data: Any) -> bytes:
    if _orjson is not None:
        try:
            return _orjson.dumps(data)
        except (TypeError, ValueError):  # e.g. non-string keys, huge ints: json handles them
            pass
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _loads(raw: bytes | memoryview) -> Any:
    """Parse JSON bytes (orjson when installed, else json); raises ValueError when invalid."""
    if _orjson is not None:
        try:
            return _orjson.loads(raw)
        except (ValueError, TypeError):  # json decides (NaN, huge ints) and words the error
            pass
    return json.loads(bytes(raw).decode("utf-8"))  # bytes(): a memoryview has no decode


class AtomicJSONStorage(Storage):
    """A TinyDB storage that reads the file once and replaces it atomically on write.

    Unlike TinyDB's JSONStorage it never truncates the file in place, so a kill
    at any moment leaves either the old or the new file. A file that is not a
    JSON object raises `StoreError` and is never overwritten: once a read fails,
    writes are refused. An empty or missing file is an empty database.
    """

    def __init__(self, path: str | Path, *, hint: str = "", create_dirs: bool = True,
                 keep_raw: bool = True) -> None:
        self.path = Path(path)
        self.hint = hint
        self.keep_raw = keep_raw  # keep the bytes of the last good read in `raw` (for backups)
        if create_dirs:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stray_temps(self.path)
        self._data: dict | None = None
        self._loaded = False
        self._broken: StoreError | None = None
        self.raw: bytes = b""  # the bytes of the last good read

    # -- reading

    def refresh(self) -> None:
        """Forget the cached content: the next `read` goes to disk."""
        self._loaded = False
        self._data = None

    def read(self) -> dict | None:
        if not self._loaded:
            self._data = self._load()
            self._loaded = True
        return self._data

    def _load(self) -> dict | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            self.raw = b""
            self._broken = None
            return None
        except OSError as exc:
            self._fail(f"cannot be read ({exc.strerror or exc})")
        if not raw.strip():
            self.raw = raw
            self._broken = None
            return None
        collecting = gc.isenabled()
        gc.disable()  # a big parse builds millions of objects: no collection passes meanwhile
        try:
            data = self._parse(raw)
        finally:
            if collecting:
                gc.enable()
        if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
            self._fail("does not hold a TinyDB database (a JSON object of tables)")
        self.raw = raw if self.keep_raw else b""
        self._broken = None
        return data

    def _parse(self, raw: bytes) -> Any:
        if _orjson is not None:
            try:
                return _orjson.loads(raw)
            except (ValueError, TypeError):
                pass  # the json module below accepts or words the error
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            self._fail(f"is not valid UTF-8 (byte {exc.start})")
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            self._fail(f"is not valid JSON (line {exc.lineno}, column {exc.colno})")
        except RecursionError:
            self._fail("is not valid JSON (nested too deeply)")

    def _fail(self, reason: str):
        error = StoreError(self.path, reason, self.hint)
        self._broken = error
        raise error

    # -- writing

    def write(self, data: dict) -> None:
        if self._broken is not None:
            raise self._broken
        payload = _dumps(data)
        try:
            _atomic_write_bytes(self.path, payload)
        except OSError as exc:
            self.refresh()  # the caller may have changed the cached dict in place
            raise StoreError(self.path, f"cannot be written ({exc.strerror or exc})") from exc
        self._data = data
        self._loaded = True
        self.raw = payload if self.keep_raw else b""

    def close(self) -> None:
        pass


def _table(rows: Iterable[dict]) -> dict[str, dict]:
    return {str(i): row for i, row in enumerate(rows, 1)}


def _rows(data: dict | None, name: str) -> list[dict]:
    table = (data or {}).get(name) or {}
    return [table[k] for k in sorted(table, key=lambda k: int(k) if k.isdigit() else 0)]


# --------------------------------------------------------------------------- corpus


class CorpusStore:
    """Sources, their texts and their facts: derived data.

    Opening reads corpus.json only: source metadata, where texts and facts lie in the
    side file and per-source fact counts. Texts and facts are read from the side file
    on demand (`text`, `facts`, `fact`, `all`), a few sources' worth kept in small
    caches, `all()` of the small kinds kept whole. Safe to read from a worker thread
    while the UI thread reads; a read that fails because another process compacted the
    side file meanwhile loads corpus.json again and retries once.

    Returned dicts and lists are the store's own: read them, do not change them.
    """

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        _make_dir(self.data_dir)
        self.path = self.data_dir / CORPUS_FILE
        self._db = TinyDB(self.path, storage=AtomicJSONStorage, hint=REBUILD_HINT, keep_raw=False)
        self._storage: AtomicJSONStorage = self._db.storage  # type: ignore[assignment]
        self._cache_lock = threading.Lock()
        self._state_lock = threading.RLock()  # a write and a reader's reload never interleave
        self._generation = 0  # bumped whenever the state changes: stale reads are not cached
        self._text_cache: dict[str, str] = {}
        self._facts_cache: dict[str, dict[str, list[dict]]] = {}
        self._load()
        if self._stray_texts() and self._lock_now():  # the lock only when there is debris to remove
            try:
                if self._signature() == self._seen:
                    self._remove_stray_texts()
            finally:
                self._lock.release()

    @cached_property
    def _lock(self) -> FileLock:
        return _file_lock(self.path)

    @classmethod
    def rebuilt(cls, data_dir: Path | str) -> "CorpusStore":
        """An empty corpus store for `--rebuild`: a corrupt or outdated corpus.json is
        discarded (it is derived data), marks.json is never touched."""
        data_dir = Path(data_dir)
        try:
            store = cls(data_dir)
        except StoreError:
            _make_dir(data_dir)
            lock = _file_lock(data_dir / CORPUS_FILE)
            from filelock import Timeout

            try:
                with lock:
                    _unlink(data_dir / CORPUS_FILE)
            except Timeout as exc:
                raise StoreError(data_dir / CORPUS_FILE, "is locked by another PledgeScope process",
                                 "wait for it to finish, then try again.") from exc
            store = cls(data_dir)
        store.clear()
        return store

    # -- loading

    def _signature(self) -> tuple | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _lock_now(self) -> bool:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except (Timeout, OSError):
            return False
        return True

    def _sync(self) -> None:
        """Under the lock: reload if another process wrote corpus.json since we read it."""
        if self._signature() != self._seen:
            self._load()

    def _load(self) -> None:
        self._storage.refresh()
        self._seen = self._signature()
        data = self._storage.read() or {}
        self._storage.refresh()  # the store keeps what it needs: drop the storage's copy
        table = lambda name: (data.get(name) or {}).values()  # noqa: E731  (file order)
        n_at, n_counts = 2 * len(FACT_KINDS), len(FACT_KINDS)
        try:
            meta: dict[str, Any] = {row["key"]: row.get("value") for row in table("meta")}
            sources: dict[str, dict] = {row["id"]: row for row in table("sources")}
            if meta.get("format") != CORPUS_FORMAT and (sources or data.get("facts")):
                raise StoreError(self.path, "was written by an older version of PledgeScope "
                                 "(another layout)", REBUILD_HINT)
            text_at: dict[str, tuple[int, int]] = {
                row["source"]: (int(row["offset"]), int(row["length"])) for row in table("texts")}
            facts_at: dict[str, list[int]] = {}
            counts: dict[str, list[int]] = {}
            for row in table("facts"):  # numbers are checked when used (`_spans`, `fact_counts`)
                sid, at, numbers = row["source"], row["at"], row["counts"]
                if not (isinstance(at, list) and len(at) == n_at
                        and isinstance(numbers, list) and len(numbers) == n_counts):
                    raise ValueError(f"facts of {sid} are not {n_counts} segments and counts")
                facts_at[sid] = at
                counts[sid] = numbers
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(self.path, f"is not a PledgeScope corpus ({type(exc).__name__}: {exc})",
                             REBUILD_HINT) from exc
        texts_file = meta.get("texts_file")
        if (text_at or facts_at) and (not texts_file or not (self.data_dir / str(texts_file)).is_file()):
            raise StoreError(self.data_dir / str(texts_file or "texts-*.jsonl"),
                             "is missing (the article texts and facts of corpus.json)", REBUILD_HINT)
        self._sources, self._text_at, self._facts_at = sources, text_at, facts_at
        self._counts, self._meta = counts, meta
        self._reindex()

    def _reindex(self) -> None:
        self._order = sorted(self._sources, key=lambda sid: (self._sources[sid].get("path", ""), sid))
        with self._cache_lock:
            self._generation += 1
            self._all: dict[str, list[dict]] = {}
            self._text_cache.clear()
            self._facts_cache.clear()

    def _locked(self):
        from filelock import Timeout

        self._state_lock.acquire()
        try:
            self._lock.acquire()
        except Timeout as exc:
            self._state_lock.release()
            raise StoreError(self.path, "is locked by another PledgeScope process",
                             "wait for it to finish, then try again.") from exc
        except OSError as exc:
            self._state_lock.release()
            raise StoreError(self._lock.lock_file, f"cannot be locked ({exc.strerror or exc})") from exc
        except BaseException:
            self._state_lock.release()
            raise
        return _Release(self._lock, self._state_lock)

    # -- reading

    def is_empty(self) -> bool:
        return not self._sources

    def manifest(self) -> dict[str, str]:
        """Input path -> content hash of the input file, as of the last ingest."""
        return dict(self._meta.get("manifest") or {})

    def sources(self) -> list[dict]:
        """Metadata of every source (no text), sorted by path (copies: change them freely)."""
        return [dict(self._sources[sid]) for sid in self._order]

    def source(self, source_id: str) -> dict | None:
        found = self._sources.get(source_id)
        return dict(found) if found is not None else None

    def fact_counts(self, kinds: Iterable[str] = COUNTED_KINDS) -> dict[str, int]:
        """Source id -> its number of facts of `kinds` (by default quotes, pledges, stances
        and figures), for every source; from corpus.json, no fact is read."""
        positions = [FACT_KINDS.index(_SINGULAR.get(k, k)) for k in kinds]
        out = {}
        for sid in self._order:
            counts = self._counts.get(sid)
            if counts is None:
                out[sid] = 0
                continue
            numbers = [counts[i] for i in positions]
            if not all(type(n) is int and n >= 0 for n in numbers):
                raise StoreError(self.path, f"does not hold the fact counts of source {sid}",
                                 REBUILD_HINT)
            out[sid] = sum(numbers)
        return out

    def _side_path(self) -> Path:
        return self.data_dir / str(self._meta.get("texts_file"))

    def _spans(self, source_id: str, facts_at: dict | None = None) -> list[tuple[int, int]]:
        """(offset, length) of each kind's segment of a source in the side file, in
        `FACT_KINDS` order; (0, 0) for an empty kind."""
        at = (self._facts_at if facts_at is None else facts_at).get(source_id)
        if at is None:
            return [(0, 0)] * len(FACT_KINDS)
        if not all(type(n) is int and n >= 0 for n in at):
            raise StoreError(self.path, f"does not say where the facts of source {source_id} lie",
                             REBUILD_HINT)
        return list(zip(at[0::2], at[1::2]))

    def _open_side(self):
        """(path, binary handle) of the side file; StoreError naming it if it cannot be opened."""
        path = self._side_path()
        try:
            return path, open(path, "rb")  # noqa: SIM115  (the caller closes it: `with handle`)
        except OSError as exc:
            raise StoreError(path, f"cannot be read ({exc.strerror or exc})", REBUILD_HINT) from exc

    def _read_at(self, path: Path, offset: int, length: int, what: str) -> bytes:
        try:
            with open(path, "rb") as handle:
                handle.seek(offset)
                raw = handle.read(length)
        except OSError as exc:
            raise StoreError(path, f"cannot be read ({exc.strerror or exc})", REBUILD_HINT) from exc
        if len(raw) != length:
            raise StoreError(path, f"does not hold the {what} where corpus.json says", REBUILD_HINT)
        return raw

    def _reread(self, read):
        """`read()`; if it fails because the corpus was rewritten meanwhile (another process
        compacted the side file, or a write of this store ran during the read), retry once
        on the new state, loading corpus.json again when another process wrote it."""
        generation = self._generation
        try:
            return read()
        except StoreError:
            with self._state_lock:  # waits for a write of this store to finish
                if self._signature() != self._seen:
                    self._load()
                elif self._generation == generation:
                    raise
            return read()

    def _cache_put(self, cache: dict, key: str, value: Any, generation: int) -> None:
        with self._cache_lock:
            if generation != self._generation:
                return  # read from a state that has been replaced meanwhile
            if len(cache) >= 16:
                cache.pop(next(iter(cache)), None)
            cache[key] = value

    def text(self, source_id: str) -> str:
        """The article text of a source ("" if unknown); read from the side file on demand."""
        with self._cache_lock:
            if source_id in self._text_cache:
                return self._text_cache[source_id]
        return self._reread(lambda: self._read_text(source_id))

    def _read_text(self, source_id: str) -> str:
        generation = self._generation
        where = self._text_at.get(source_id)
        if where is None:
            return ""
        path = self._side_path()
        what = f"text of source {source_id}"
        raw = self._read_at(path, where[0], where[1], what)
        try:
            sid, text = _loads(raw)
        except (ValueError, TypeError) as exc:
            raise StoreError(path, f"does not hold the {what} where corpus.json says",
                             REBUILD_HINT) from exc
        if sid != source_id or not isinstance(text, str):
            raise StoreError(path, f"does not hold the {what} where corpus.json says", REBUILD_HINT)
        self._cache_put(self._text_cache, source_id, text, generation)
        return text

    @staticmethod
    def _segment(path: Path, raw: bytes | memoryview, source_id: str, kind: str) -> list[dict]:
        """The facts in one side-file segment ``[source_id, kind, [...](, 1)]``, checked;
        a final 1 says "source" and "kind" were left out of every row (`_segment_line`)."""
        try:
            got = _loads(raw)
            sid, got_kind, rows = got[:3]
        except (ValueError, TypeError) as exc:
            raise StoreError(path, f"does not hold the {kind} of source {source_id} where "
                             f"corpus.json says", REBUILD_HINT) from exc
        if sid != source_id or got_kind != kind or not isinstance(rows, list) or len(got) > 4:
            raise StoreError(path, f"does not hold the {kind} of source {source_id} where "
                             f"corpus.json says", REBUILD_HINT)
        if len(got) == 4 and got[3] == 1:
            singular = _PLURAL_TO_SINGULAR[kind]
            for row in rows:
                row["source"] = source_id
                row["kind"] = singular
        return rows

    def facts(self, source_id: str) -> dict[str, list[dict]]:
        """The facts of one source by kind (every kind present, possibly empty); read from
        the side file on demand, a few sources kept in a cache."""
        with self._cache_lock:
            found = self._facts_cache.get(source_id)
        if found is None:
            found = self._reread(lambda: self._read_facts(source_id))
        return dict(found)

    def _read_facts(self, source_id: str) -> dict[str, list[dict]]:
        generation = self._generation
        spans = self._spans(source_id)
        found = {k: [] for k in FACT_KINDS}
        if any(length for _o, length in spans):
            path, handle = self._open_side()
            with handle:
                for kind, (offset, length) in zip(FACT_KINDS, spans):
                    if length:
                        handle.seek(offset)
                        raw = handle.read(length)
                        if len(raw) != length:
                            raise StoreError(path, f"does not hold the {kind} of source "
                                             f"{source_id} where corpus.json says", REBUILD_HINT)
                        found[kind] = self._segment(path, raw, source_id, kind)
        self._cache_put(self._facts_cache, source_id, found, generation)
        return found

    def all(self, kind: str) -> list[dict]:
        """Every fact of `kind` (quotes, terms, countries, pledges, stances, figures) by source path.

        Read from the side file; stances, quotes and terms are then kept in memory, the
        big kinds (countries, pledges, figures) are read again on each call.
        """
        kind = _SINGULAR.get(kind, kind)
        if kind not in FACT_KINDS:
            raise ValueError(f"unknown fact kind {kind!r}; expected one of {', '.join(FACT_KINDS)}")
        cached = self._all.get(kind)
        if cached is not None:
            return list(cached)
        generation = self._generation
        rows = self._reread(lambda: self._read_all(kind))
        if kind in _CACHED_KINDS:
            with self._cache_lock:
                if generation == self._generation:
                    self._all[kind] = rows
            return list(rows)
        return rows

    def _read_all(self, kind: str) -> list[dict]:
        """Every fact of one kind: segments read in file order (adjacent ones in one read)."""
        index = 2 * FACT_KINDS.index(kind)
        wanted = []
        facts_at = self._facts_at
        for sid in self._order:
            at = facts_at.get(sid)
            if at is None:
                continue
            offset, length = at[index], at[index + 1]
            if type(offset) is not int or type(length) is not int or offset < 0 or length < 0:
                raise StoreError(self.path, f"does not say where the facts of source {sid} lie",
                                 REBUILD_HINT)
            if length:
                wanted.append((offset, length, sid))
        if not wanted:
            return []
        path = self._side_path()
        per_source: dict[str, list[dict]] = {}
        spans = sorted(wanted)
        collecting = gc.isenabled()
        gc.disable()  # many small parses building many objects: no collection passes meanwhile
        try:
            with open(path, "rb") as handle:
                i = 0
                while i < len(spans):
                    start = spans[i][0]
                    j, end = i + 1, start + spans[i][1]
                    while j < len(spans) and spans[j][0] == end and end - start < _CHUNK:
                        end += spans[j][1]
                        j += 1
                    handle.seek(start)
                    chunk = memoryview(handle.read(end - start))
                    if len(chunk) != end - start:
                        raise StoreError(path, f"does not hold the {kind} of source {spans[i][2]} "
                                         f"where corpus.json says", REBUILD_HINT)
                    for offset, length, sid in spans[i:j]:
                        at = offset - start
                        per_source[sid] = self._segment(path, chunk[at:at + length], sid, kind)
                    i = j
        except OSError as exc:
            raise StoreError(path, f"cannot be read ({exc.strerror or exc})", REBUILD_HINT) from exc
        finally:
            if collecting:
                gc.enable()
        rows: list[dict] = []
        for _o, _l, sid in wanted:
            rows.extend(per_source[sid])
        return rows

    def fact(self, fact_id: str) -> dict | None:
        """The fact with this id, of any kind (None if there is none).

        A fact id names its source (``kind:source:digest``), so only that source's
        facts are read.
        """
        named = parse_fact_key(fact_id)
        if named is None or named[1] not in self._sources:
            return None
        for rows in self.facts(named[1]).values():
            for row in rows:
                if isinstance(row, dict) and row.get("id") == fact_id:
                    return row
        return None

    def meta(self, key: str, default: Any = None) -> Any:
        return self._meta.get(key, default)

    # -- writing

    def apply(self, upserts: Iterable[tuple[dict, dict[str, list[dict]]]] = (),
              removals: Iterable[str] = (), manifest: dict[str, str] | None = None) -> None:
        """Add or replace sources with their facts, remove sources, replace the manifest.

        Each upsert is (source metadata incl. "id" and "text", facts by kind). A new
        source with the path of an existing one replaces it. `manifest`, when given,
        replaces the whole manifest. One atomic write of corpus.json per call (texts and
        facts are appended to the side file first).
        """
        upserts = list(upserts)
        for meta, _facts in upserts:
            if not isinstance(meta, dict) or not meta.get("id"):
                raise ValueError("every upserted source needs an 'id'")
        with self._locked():
            self._sync()
            self._commit(upserts, list(removals), manifest, None)

    def set_manifest(self, manifest: dict[str, str]) -> None:
        with self._locked():
            self._sync()
            self._commit([], [], manifest, None)

    def set_meta(self, key: str, value: Any) -> None:
        """Store a small corpus-level value (JSON-serialisable), e.g. the canonical speaker map."""
        if key in ("manifest", "texts_file", "format"):
            raise ValueError(f"meta key {key!r} is reserved")
        with self._locked():
            self._sync()
            self._commit([], [], None, {key: value})

    def clear(self) -> None:
        """Forget every source, fact, manifest entry and meta value (for --rebuild)."""
        with self._locked():
            self._set_state(({}, {}, {}, {}, {}))
            self._write()
            self._remove_stray_texts()
            self._reindex()

    def _state(self) -> tuple:
        return (self._sources, self._text_at, self._facts_at, self._counts, self._meta)

    def _set_state(self, state: tuple) -> None:
        self._sources, self._text_at, self._facts_at, self._counts, self._meta = state

    def _commit(self, upserts, removals, manifest, meta_updates) -> None:
        sources = dict(self._sources)
        text_at = dict(self._text_at)
        facts_at = dict(self._facts_at)
        counts = dict(self._counts)
        by_path = {m.get("path"): sid for sid, m in sources.items() if m.get("path")}
        gone = set(removals)
        new_texts: dict[str, str] = {}
        new_facts: dict[str, dict[str, list]] = {}
        for raw_meta, raw_facts in upserts:
            meta = {k: v for k, v in raw_meta.items() if k != "text"}
            sid = meta["id"]
            old = by_path.get(meta.get("path"))
            if old and old != sid:
                gone.add(old)
            gone.discard(sid)
            if "text" in raw_meta or sid not in text_at:  # no "text": keep the stored one
                text = str(raw_meta.get("text") or "")
                meta.setdefault("chars", len(text))
                new_texts[sid] = text
            elif "chars" not in meta and sid in sources:
                meta["chars"] = sources[sid].get("chars", 0)
            sources[sid] = meta
            new_facts[sid] = {k: list((raw_facts or {}).get(k) or []) for k in FACT_KINDS}
            counts[sid] = [len(new_facts[sid][k]) for k in FACT_KINDS]
        for sid in gone:
            for table in (sources, text_at, facts_at, counts, new_texts, new_facts):
                table.pop(sid, None)
        self_meta = dict(self._meta)
        if manifest is not None:
            self_meta["manifest"] = dict(manifest)
        if meta_updates:
            self_meta.update(meta_updates)
        old_file = self_meta.get("texts_file")
        texts_file, compact_from = old_file, None
        if new_texts or new_facts or gone:
            live = (sum(n for sid, (_o, n) in text_at.items() if sid not in new_texts)
                    + sum(n for sid in facts_at if sid not in new_facts
                          for _o, n in self._spans(sid, facts_at)))
            path = self.data_dir / old_file if old_file else None
            size = path.stat().st_size if path is not None and path.exists() else 0
            if path is None or (size > (1 << 20) and size - live > live):
                import secrets

                texts_file = f"texts-{secrets.token_hex(6)}.jsonl"
                compact_from = old_file
            self_meta["texts_file"] = texts_file
            text_at, facts_at = self._write_side(texts_file, compact_from, text_at, facts_at,
                                                 new_texts, new_facts)
        previous = self._state()
        self._set_state((sources, text_at, facts_at, counts, self_meta))
        try:
            self._write()
        except BaseException:
            self._set_state(previous)
            raise
        if compact_from and compact_from != texts_file:
            _unlink(self.data_dir / compact_from)
        self._reindex()

    def _write_side(self, name: str, compact_from: str | None, text_at: dict, facts_at: dict,
                    new_texts: dict[str, str], new_facts: dict[str, dict[str, list]]
                    ) -> tuple[dict[str, tuple[int, int]], dict[str, list[int]]]:
        """Append new texts and facts to the side file `name` (each kind's segments back to
        back, so that `all(kind)` reads runs); when it is a new file, first copy the live
        lines of the old one (compaction). Returns the new offsets."""
        path = self.data_dir / name
        texts_out: dict[str, tuple[int, int]] = {}
        facts_out: dict[str, list[int]] = {}
        copying = compact_from is not None or name != self._meta.get("texts_file")
        try:
            with open(path, "ab") as out:
                out.seek(0, os.SEEK_END)
                if copying:
                    self._copy_live(out, text_at, facts_at, new_texts, new_facts,
                                    texts_out, facts_out)
                else:
                    texts_out = {sid: at for sid, at in text_at.items() if sid not in new_texts}
                    facts_out = {sid: at for sid, at in facts_at.items() if sid not in new_facts}
                for sid, text in new_texts.items():
                    line = _dumps([sid, text]) + b"\n"
                    texts_out[sid] = (out.tell(), len(line))
                    out.write(line)
                for sid in new_facts:
                    facts_out[sid] = [0] * (2 * len(FACT_KINDS))
                for index, kind in enumerate(FACT_KINDS):
                    for sid, kinds in new_facts.items():
                        if kinds[kind]:
                            line = _segment_line(sid, kind, kinds[kind])
                            facts_out[sid][2 * index: 2 * index + 2] = [out.tell(), len(line)]
                            out.write(line)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise StoreError(path, f"cannot be written ({exc.strerror or exc})") from exc
        _fsync_dir(self.data_dir)
        return texts_out, facts_out

    def _copy_live(self, out, text_at, facts_at, new_texts, new_facts, texts_out, facts_out) -> None:
        """Copy the live texts and facts of the current side file to `out`, byte for byte,
        in file order."""
        spans = [(o, n, sid, -1) for sid, (o, n) in text_at.items() if sid not in new_texts]
        for sid in facts_at:
            if sid not in new_facts:
                facts_out[sid] = [0] * (2 * len(FACT_KINDS))
                spans += [(o, n, sid, i) for i, (o, n) in enumerate(self._spans(sid, facts_at)) if n]
        if not spans:
            return
        source, handle = self._open_side()
        with handle:
            for offset, length, sid, index in sorted(spans):
                handle.seek(offset)
                raw = handle.read(length)
                if len(raw) != length or not raw.startswith(_dumps([sid])[:-1] + b",") \
                        or not raw.endswith(b"\n"):
                    what = "text" if index < 0 else FACT_KINDS[index]
                    raise StoreError(source, f"does not hold the {what} of source {sid} where "
                                     f"corpus.json says", REBUILD_HINT)
                if index < 0:
                    texts_out[sid] = (out.tell(), length)
                else:
                    facts_out[sid][2 * index: 2 * index + 2] = [out.tell(), length]
                out.write(raw)

    def _write(self) -> None:
        self._meta["format"] = CORPUS_FORMAT
        empty = [0] * len(FACT_KINDS)
        data = {
            "sources": _table(self._sources[sid] for sid in sorted(self._sources)),
            "texts": _table({"source": sid, "offset": o, "length": n}
                            for sid, (o, n) in sorted(self._text_at.items())),
            "facts": _table({"source": sid, "at": list(at), "counts": list(self._counts.get(sid) or empty)}
                            for sid, at in sorted(self._facts_at.items())),
            "meta": _table({"key": k, "value": v} for k, v in sorted(self._meta.items())),
        }
        self._storage.write(data)
        self._storage.refresh()  # the store keeps its own state: drop the storage's copy
        self._seen = self._signature()

    def _stray_texts(self) -> list[Path]:
        """Side files other than the one corpus.json names: left by a compaction that died."""
        keep = self._meta.get("texts_file")
        return [entry for entry in self.data_dir.glob("texts-*.jsonl") if entry.name != keep]

    def _remove_stray_texts(self) -> None:
        for entry in self._stray_texts():
            _unlink(entry)


def _last_two(row: dict) -> tuple:
    keys = reversed(row)
    last = next(keys, None)
    return (next(keys, None), last)


def _segment_line(source_id: str, kind: str, rows: list) -> bytes:
    """The side-file line of one kind of a source's facts: ``[source_id, kind, rows]``, or
    ``[source_id, kind, rows, 1]`` with "source" and "kind" left out of every row when
    they are every row's last two keys with the values they are given back on reading."""
    singular = _PLURAL_TO_SINGULAR[kind]
    if all(isinstance(r, dict) and r.get("source") == source_id and r.get("kind") == singular
           and _last_two(r) == ("source", "kind") for r in rows):
        slim = []
        for row in rows:
            row = row.copy()
            del row["source"], row["kind"]
            slim.append(row)
        return _dumps([source_id, kind, slim, 1]) + b"\n"
    return _dumps([source_id, kind, rows]) + b"\n"


class _Release:
    def __init__(self, lock: FileLock, thread_lock: Any = None) -> None:
        self.lock = lock
        self.thread_lock = thread_lock

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.lock.release()
        finally:
            if self.thread_lock is not None:
                self.thread_lock.release()


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def write_export(path: Path | str, text: str, *, make_folder: bool = False) -> None:
    """Write an export to `path` atomically (temp file, fsync, rename): never half a report.

    With `make_folder`, a missing folder is created (the app's own exports folder).
    """
    path = Path(path)
    try:
        if make_folder:
            _make_dir(path.parent)
        if path.parent and not path.parent.exists():
            raise StoreError(path.parent, "does not exist", "create the folder or choose another -o.")
        _atomic_write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise StoreError(path, f"cannot be written ({exc.strerror or exc})") from exc


# --------------------------------------------------------------------------- marks


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _default_user() -> str:
    try:
        return getpass.getuser() or "unknown"
    except Exception:  # no login name (containers, odd platforms)
        return "unknown"


class MarksStore:
    """The user's verification marks and their history: precious, never silently overwritten.

    Every `set` takes the file lock, re-reads marks.json (another instance may have
    written), applies the change, appends it to the history and replaces the file
    atomically with fsync: the mark is on disk when `set` returns. The lock is held
    only for that read-modify-write, so two windows can mark side by side.
    """

    def __init__(self, data_dir: Path | str, user: str | None = None) -> None:
        self.data_dir = Path(data_dir)
        _make_dir(self.data_dir)
        self.path = self.data_dir / MARKS_FILE
        self.backup_path = self.data_dir / (MARKS_FILE + ".bak")
        self.user = user or _default_user()
        self._thread_lock = threading.RLock()
        self._db = TinyDB(self.path, storage=AtomicJSONStorage, hint=self._hint())
        self._storage: AtomicJSONStorage = self._db.storage  # type: ignore[assignment]
        self._backed_up = False
        self._marks: dict[str, dict] = {}
        self._history: dict[str, list[dict]] = {}
        self.reload()

    def _hint(self) -> str:
        hint = MARKS_HINT
        if self.backup_path.exists():
            hint += f" A backup is at {self.backup_path}."
        return hint

    @cached_property
    def _lock(self) -> FileLock:
        return _file_lock(self.path)

    def _locked(self):
        from filelock import Timeout

        try:
            self._lock.acquire()
        except Timeout as exc:
            raise StoreError(self.path, "is locked by another PledgeScope process",
                             "wait for it to finish, then try again.") from exc
        except OSError as exc:
            raise StoreError(self._lock.lock_file, f"cannot be locked ({exc.strerror or exc})") from exc
        return _Release(self._lock)

    def _read(self) -> dict:
        self._storage.hint = self._hint()
        self._storage.refresh()
        data = self._storage.read() or {}
        try:
            marks = {row["fact"]: row for row in _rows(data, "marks")}
            history: dict[str, list[dict]] = {}
            for row in _rows(data, "history"):
                history.setdefault(row["fact"], []).append(row)
        except (KeyError, TypeError, AttributeError) as exc:
            raise StoreError(self.path, "does not hold PledgeScope marks (a record lacks 'fact')",
                             self._hint()) from exc
        self._marks, self._history = marks, history
        return data

    def reload(self) -> None:
        """Read marks.json again (another instance may have written)."""
        with self._thread_lock:
            self._read()

    def set(self, fact_id: str, status: str, note: str | None = None, link: str | None = None,
            *, anchor: dict | None = None) -> dict:
        """Mark a fact; returns the mark. `note`, `link`, `anchor` left None keep their old values."""
        if not isinstance(fact_id, str) or not fact_id.strip():
            raise ValueError("a mark needs a fact id")
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
        with self._thread_lock, self._locked():
            data = self._read()
            if not self._backed_up:
                self._backup()
            previous = self._marks.get(fact_id) or {}
            mark = {
                "fact": fact_id,
                "status": status,
                "note": previous.get("note", "") if note is None else str(note),
                "link": previous.get("link") if link is None else str(link),
                "at": _now(),
                "user": self.user,
                "anchor": previous.get("anchor") if anchor is None else dict(anchor),
            }
            change = {k: mark[k] for k in ("fact", "status", "note", "link", "at", "user")}
            marks_table = dict(data.get("marks") or {})
            doc_id = next((k for k, row in marks_table.items() if row.get("fact") == fact_id), None)
            if doc_id is None:
                doc_id = str(max((int(k) for k in marks_table if k.isdigit()), default=0) + 1)
            marks_table[doc_id] = mark
            history_table = dict(data.get("history") or {})
            history_id = str(max((int(k) for k in history_table if k.isdigit()), default=0) + 1)
            history_table[history_id] = change
            new = dict(data)
            new["marks"], new["history"] = marks_table, history_table
            self._storage.write(new)
            self._marks[fact_id] = mark
            self._history.setdefault(fact_id, []).append(change)
            return dict(mark)

    def _backup(self) -> None:
        """Copy the marks file as just read (known to be valid) to marks.json.bak, once a session."""
        raw = self._storage.raw
        if raw.strip():
            _atomic_write_bytes(self.backup_path, raw)
        self._backed_up = True

    def get(self, fact_id: str) -> dict | None:
        mark = self._marks.get(fact_id)
        return dict(mark) if mark else None

    def all(self) -> dict[str, dict]:
        """Current mark of every marked fact (fact id -> mark)."""
        return {fid: dict(mark) for fid, mark in self._marks.items()}

    def history(self, fact_id: str) -> list[dict]:
        """Every change of a fact's mark, oldest first."""
        return [dict(change) for change in self._history.get(fact_id, ())]

    def counts(self, fact_ids: Iterable[str]) -> dict[str, int]:
        """How many of `fact_ids` are verified, disputed, unverified (unmarked counts as
        unverified), and "total"."""
        counts = {status: 0 for status in STATUSES}
        total = 0
        for fid in fact_ids:
            total += 1
            mark = self._marks.get(fid)
            counts[mark["status"] if mark and mark.get("status") in counts else "unverified"] += 1
        counts["total"] = total
        return counts


__all__ = ["AtomicJSONStorage", "CorpusStore", "FACT_KINDS", "MarksStore", "STATUSES", "StoreError",
           "write_export"]
