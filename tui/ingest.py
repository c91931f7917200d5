"""Files -> core -> store: walk inputs, parse, extract, write once; report bad files.

Incremental: a file whose bytes hash as in the store's manifest is not read
again; a changed file replaces its old version; the same article text under two
names is stored once. Bad input never raises out of here: each bad file becomes
one `(path, reason)` in `IngestReport.skipped`. Store failures (`StoreError`)
do propagate: they are not about the input, and the CLI reports them.

The only writes are one `store.apply(...)` and `store.set_meta(...)` calls at the end
(the stance summary, duplicates), so a big corpus opens without reading every stance.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Callable, Iterable

from tui.core.article import ArticleError, parse_article
from tui.core.display import one_line
from tui.core.models import UNATTRIBUTED, fact_records, field_values

SUFFIXES = (".txt", ".md", ".html", ".htm")
FACT_KINDS = ("quote", "pledge", "stance", "figure", "term")
"""Kinds of fact records (the `kind` field); the store keys them by plural ("quotes", ...)."""
_PLURAL = {"quote": "quotes", "pledge": "pledges", "stance": "stances", "figure": "figures",
           "term": "terms", "country": "countries"}
DUPLICATES_META = "duplicates"  # {path: source id} of files stored under another path
SEEDS_META = "seeds"  # {path: file hash} of the seed files the corpus was last built from
CODE_META = "extractor_code"  # fingerprint of the code that extracted the facts

Progress = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    """What one ingest did, path by path."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (path, same as path)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    removed: list[str] = field(default_factory=list)  # paths whose source left the store

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    @property
    def ingested(self) -> int:
        """Files now in the store from this run (added, updated or already there)."""
        return len(self.added) + len(self.updated) + len(self.unchanged) + len(self.duplicates)


# --------------------------------------------------------------------------- walking

def _suffix(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _size(n: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def _too_big(size: int, limit: int) -> str:
    shown, cap = _size(size), _size(limit)
    if shown == cap:
        shown, cap = f"{size:,} bytes", f"{limit:,} bytes"
    return f"too big: {shown} (limit {cap})"


def _os_reason(exc: OSError, what: str = "cannot read") -> str:
    if isinstance(exc, PermissionError):
        return f"{what}: permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return f"{what}: {exc.strerror or type(exc).__name__}"


def _utf8(path: str) -> bool:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def collect_files(paths: Iterable[str | os.PathLike]) -> tuple[list[str], list[tuple[str, str]]]:
    """The article files named by `paths` (files, or folders walked recursively).

    Returns (absolute file paths in a stable order, skipped (path, reason)).
    Folder walks follow symlinks, ignore hidden entries and files of other types,
    and report a symlink that loops back to one of its own parent folders.
    """
    files: list[str] = []
    skipped: list[tuple[str, str]] = []
    seen_files: set[str] = set()
    visited: set[tuple[int, int]] = set()

    def add(path: str) -> None:
        if not _utf8(path):
            skipped.append((path, "file name is not valid UTF-8"))
        elif path not in seen_files:
            seen_files.add(path)
            files.append(path)

    for given in paths:
        try:
            path = os.path.abspath(os.fspath(given))
        except (TypeError, ValueError) as exc:
            skipped.append((str(given), f"not a usable path ({type(exc).__name__})"))
            continue
        try:
            st = os.stat(path)
        except OSError as exc:
            if os.path.islink(path):
                skipped.append((path, "broken symlink"))
            elif isinstance(exc, FileNotFoundError):
                skipped.append((path, "no such file or folder"))
            else:
                skipped.append((path, _os_reason(exc, "cannot open")))
            continue
        except ValueError:  # embedded NUL byte
            skipped.append((path, "not a usable path"))
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in visited:
                continue
            visited.add(key)
            _walk(path, key, visited, add, skipped)
        elif _suffix(path) in SUFFIXES:
            add(path)
        else:
            skipped.append((path, f"not an article file (use {', '.join(SUFFIXES)})"))
    return files, skipped


def _walk(root: str, root_key: tuple[int, int], visited: set[tuple[int, int]],
          add: Callable[[str], None], skipped: list[tuple[str, str]]) -> None:
    stack: list[tuple[str, frozenset]] = [(root, frozenset([root_key]))]
    while stack:
        folder, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            skipped.append((folder, _os_reason(exc, "cannot open folder")))
            continue
        subfolders: list[tuple[str, frozenset]] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            full = os.path.join(folder, entry.name)
            try:
                is_dir = entry.is_dir()  # follows symlinks
            except OSError:
                is_dir = False
            if is_dir:
                try:
                    st = os.stat(full)
                except OSError as exc:
                    skipped.append((full, _os_reason(exc, "cannot open folder")))
                    continue
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    skipped.append((full, f"folder loop: links back to {os.path.realpath(full)}"))
                    continue
                if key in visited:
                    continue
                visited.add(key)
                subfolders.append((full, ancestors | {key}))
            elif _suffix(entry.name) in SUFFIXES:
                if entry.is_symlink() and not os.path.exists(full):
                    skipped.append((full, "broken symlink"))
                else:
                    add(full)
        stack.extend(reversed(subfolders))


# --------------------------------------------------------------------------- reading

def _read(path: str, max_bytes: int) -> tuple[bytes | None, str]:
    """(bytes, "") or (None, reason)."""
    try:
        st = os.stat(path)
    except OSError as exc:
        return None, "broken symlink" if os.path.islink(path) else _os_reason(exc)
    if not stat.S_ISREG(st.st_mode):
        return None, "not a regular file"
    if st.st_size == 0:
        return None, "empty file"
    if st.st_size > max_bytes:
        return None, _too_big(st.st_size, max_bytes)
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return None, _os_reason(exc)
    if not data:
        return None, "empty file"
    if len(data) > max_bytes:
        return None, _too_big(len(data), max_bytes)  # grew while we read it
    return data, ""


def file_hash(data: bytes) -> str:
    """Hash of a file's bytes, as kept in the store's manifest."""
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- records

_FIELDS: dict[type, tuple[tuple[str, ...], Callable]] = {}


def _plain(record) -> dict:
    """A flat record as a dict (a shallow copy: much faster than `asdict` on thousands of rows)."""
    kind = type(record)
    got = _FIELDS.get(kind)
    if got is None:
        if not (is_dataclass(record) and not isinstance(record, type)):
            return dict(record)
        got = _FIELDS[kind] = (tuple(f.name for f in fields(record)), field_values(kind))
    names, values_of = got
    values = values_of(record)
    row = dict(zip(names, values))
    for name, value in zip(names, values):
        if isinstance(value, list):
            row[name] = list(value)
    return row


def _facts_rows(source_id: str, facts) -> dict[str, list[dict]]:
    rows = {_PLURAL[kind]: fact_records(kind, source_id, getattr(facts, _PLURAL[kind], None) or [])
            for kind in FACT_KINDS}
    for row in rows["quotes"]:
        row["speaker_raw"] = row.get("speaker") or UNATTRIBUTED
    countries = []
    for mention in getattr(facts, "countries", None) or []:
        row = _plain(mention)
        row["source"] = source_id
        row["kind"] = "country"
        countries.append(row)
    rows["countries"] = countries
    return rows


def _source_meta(article, path: str, digest: str, flagged) -> dict:
    return {
        "id": article.source_id, "path": path, "title": article.title,
        "outlet": article.outlet, "date": article.date, "chars": article.chars,
        "byline": article.byline, "file_hash": digest, "flagged": list(flagged or []),
        "text": article.text,
    }


def _canonical_map(names: list[str]) -> dict[str, str] | None:
    try:
        from tui.core.speakers import canonical_speakers
    except ImportError:
        return None
    result = canonical_speakers(names)
    if isinstance(result, dict):
        return {str(k): str(v) for k, v in result.items()}
    result = list(result)
    if len(result) == len(names):
        return {n: str(c) for n, c in zip(names, result)}
    return None


def _store_rows(store, kind: str) -> list[dict]:
    try:
        return list(store.all(kind))
    except (KeyError, ValueError):
        return []


def _canonicalise(store, upserts: list, removals: set[str], touched: set[str],
                  by_id: dict[str, dict]) -> None:
    """Rewrite quote speakers with canonical names across all quotes of the store.

    New quotes are fixed in place; stored sources whose quotes change are re-upserted
    (with their stored facts) when the store gives their text back.
    """
    stored = [q for q in _store_rows(store, "quote")
              if q.get("source") not in removals and q.get("source") not in touched]
    new = [q for _, facts in upserts for q in facts.get("quotes", [])]
    raw = lambda q: q.get("speaker_raw") or q.get("speaker") or UNATTRIBUTED  # noqa: E731
    names = sorted({raw(q) for q in stored + new} - {UNATTRIBUTED})
    if not names:
        return
    try:
        mapping = _canonical_map(names)
    except Exception:  # a bug in the speaker code must not lose the ingest
        mapping = None
    if not mapping:
        return
    for q in new:
        q["speaker"] = mapping.get(raw(q), raw(q))
    stale = {q["source"] for q in stored if q.get("speaker") != mapping.get(raw(q), raw(q))}
    for sid in sorted(stale):
        meta = dict(by_id.get(sid) or {})
        text = meta.get("text")
        if not isinstance(text, str) and hasattr(store, "text"):
            text = store.text(sid)
        if not isinstance(text, str) or not text:
            continue  # the store does not give the text back: keep the old names
        meta["text"] = text
        if hasattr(store, "facts"):
            stored_facts = store.facts(sid)
        else:
            stored_facts = {plural: [r for r in _store_rows(store, kind) if r.get("source") == sid]
                            for kind, plural in _PLURAL.items()}
        facts = {plural: [dict(r) for r in stored_facts.get(plural) or []]
                 for plural in _PLURAL.values()}
        for q in facts["quotes"]:
            q.setdefault("speaker_raw", q.get("speaker") or UNATTRIBUTED)
            q["speaker"] = mapping.get(raw(q), raw(q))
        upserts.append((meta, facts))


# --------------------------------------------------------------------------- ingest

def ingest_paths(paths: Iterable[str | os.PathLike], store, *, progress: Progress | None = None,
                 max_bytes: int = 5_000_000, extract=None, jobs: int = 1) -> IngestReport:
    """Add the article files named by `paths` (files or folders) to `store`.

    `extract(text) -> Facts` defaults to `tui.core.extract.extract_facts`.
    `progress(done, total, path)` is called once per file. All store changes are
    written by one `store.apply(...)` at the end. `jobs` > 1 extracts in that many
    processes when there are enough new articles to repay starting them (the result is
    the same as with one).
    """
    files, skipped = collect_files(paths)
    return _ingest(files, skipped, store, progress=progress, max_bytes=max_bytes, extract=extract, jobs=jobs)


PARALLEL_FROM = 200
"""Fewer new articles than this are extracted in this process: starting workers costs more."""


def default_jobs() -> int:
    """Worker processes for a big ingest: the CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _extract_rows(job: tuple[str, str], extract=None) -> tuple[object, dict | None, str]:
    """(flagged, fact rows, error) of one article's (source id, text): a worker's work."""
    sid, text = job
    try:
        if extract is None:
            from tui.core.extract import extract_facts as extract
        facts = extract(text)
        return getattr(facts, "flagged", None), _facts_rows(sid, facts), ""
    except Exception as exc:  # a bug in one extractor must not stop the others
        return None, None, f"extraction failed: {type(exc).__name__}: {exc}"


def _ingest(files: list[str], skipped: list[tuple[str, str]], store, *, progress: Progress | None,
            max_bytes: int, extract, remove_paths: Iterable[str] = (), force: bool = False,
            jobs: int = 1) -> IngestReport:
    report = IngestReport(skipped=list(skipped))
    manifest = store.manifest()
    manifest: dict[str, str] = dict(manifest) if isinstance(manifest, dict) else {}
    sources = list(store.sources() or [])
    by_path = {s["path"]: s for s in sources}
    by_id = {s["id"]: s for s in sources}
    dupes = store.meta(DUPLICATES_META, None)
    dupes: dict[str, str] = dict(dupes) if isinstance(dupes, dict) else {}
    dupes_before = dict(dupes)
    removed_ids: set[str] = set()
    in_run = set(files)

    def drop(path: str) -> None:
        manifest.pop(path, None)
        dupes.pop(path, None)
        if path in by_path:
            removed_ids.add(by_path[path]["id"])

    for path in remove_paths:
        if path in manifest or path in by_path or path in dupes:
            if path in by_path:
                report.removed.append(path)
            drop(path)

    # Pass 1: read and hash; a changed file's old version leaves the store.
    entries: list[tuple[str, str, bytes | None, str]] = []  # (path, hash, data or None if unchanged, reason)
    for path in files:
        data, reason = _read(path, max_bytes)
        if data is None:
            entries.append((path, "", None, reason))
            continue
        digest = file_hash(data)
        if not force and manifest.get(path) == digest and (path in by_path or path in dupes):
            entries.append((path, digest, None, ""))
        else:
            if path in by_path or path in dupes:
                drop(path)
            entries.append((path, digest, data, ""))
    # A file stored as a duplicate of a source that is leaving must be read again.
    for i, (path, digest, data, reason) in enumerate(entries):
        if data is None and not reason and dupes.get(path) in removed_ids:
            dupes.pop(path)
            manifest.pop(path, None)
            again, why = _read(path, max_bytes)
            entries[i] = (path, digest, again, why)
    for path, sid in list(dupes.items()):
        if sid in removed_ids and path not in in_run:
            dupes.pop(path)
            manifest.pop(path, None)

    # Pass 2: parse and de-duplicate (in order: the first of two copies is the source) ...
    new_ids: dict[str, str] = {}
    state = (by_path, by_id, manifest, dupes, removed_ids, new_ids, in_run)
    todo: list[tuple[str, str, object, bool]] = []  # (path, digest, article, was there)
    total = len(entries)
    done = 0
    for path, digest, data, reason in entries:
        if reason:
            report.skipped.append((path, reason))
        elif data is None:
            report.unchanged.append(path)
        else:
            job = _prepare(path, digest, data, state=state, report=report)
            if job is not None:
                todo.append(job)
                continue
        done += 1
        if progress is not None:
            progress(done, total, path)

    # ... then extract, in worker processes when it pays.
    upserts: list[tuple[dict, dict]] = []
    texts = [(article.source_id, article.text) for _, _, article, _ in todo]
    if extract is None and jobs > 1 and len(texts) >= PARALLEL_FROM:
        results = _pooled(texts, jobs)
    else:
        results = (_extract_rows(job, extract) for job in texts)
    for (path, digest, article, was_there), (flagged, rows, error) in zip(todo, results):
        if error:
            report.skipped.append((path, error))
            _forget(article.source_id, path, error, new_ids, manifest, dupes, report)
        else:
            upserts.append((_source_meta(article, path, digest, flagged), rows))
            (report.updated if was_there else report.added).append(path)
        done += 1
        if progress is not None:
            progress(done, total, path)

    removals = removed_ids - set(new_ids)
    touched = set(new_ids)
    if upserts or removals:
        _canonicalise(store, upserts, removals, touched, by_id)
    for sid in removals:
        path = by_id.get(sid, {}).get("path")
        if path and path not in report.removed and path not in report.updated \
                and path not in {p for p, _ in report.skipped}:
            report.removed.append(path)
    if upserts or removals or manifest != dict(store.manifest() or {}):
        store.apply(upserts, sorted(removals), manifest)
    if upserts or removals:  # what the stance table of a big corpus shows at start-up
        from tui.core.conflicts import SUMMARY_META, stored_summary

        store.set_meta(SUMMARY_META, stored_summary(store.all("stances"), (s["id"] for s in store.sources())))
    if dupes != dupes_before:
        store.set_meta(DUPLICATES_META, dupes)
    return report


def _pooled(texts: list[tuple[str, str]], jobs: int):
    """`_extract_rows` over `texts` in `jobs` fresh processes, results in order."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")  # never fork a process that may run threads (the app)
    with ctx.Pool(min(jobs, max(1, len(texts) // 50))) as pool:
        yield from pool.imap(_extract_rows, texts, chunksize=8)


def _forget(sid: str, path: str, error: str, new_ids, manifest, dupes, report) -> None:
    """An article whose extraction failed is not stored: nor are the copies of it."""
    new_ids.pop(sid, None)
    manifest.pop(path, None)
    copies = [p for p, s in dupes.items() if s == sid and (p, path) in report.duplicates]
    for copy in copies:
        dupes.pop(copy)
        manifest.pop(copy, None)
        report.duplicates.remove((copy, path))
        report.skipped.append((copy, error))


def _prepare(path: str, digest: str, data: bytes, *, state, report):
    """Parse one new or changed file; (path, digest, article, was there) when its text is new,
    None when it is skipped or a duplicate (recorded in `report`)."""
    by_path, by_id, manifest, dupes, removed_ids, new_ids, in_run = state
    was_there = path in by_path
    try:
        article = parse_article(data, path)
    except ArticleError as exc:
        report.skipped.append((path, str(exc)))
        return None
    except Exception as exc:  # a parser bug must not stop the other files
        report.skipped.append((path, f"could not parse: {type(exc).__name__}: {exc}"))
        return None
    sid = article.source_id
    if sid in new_ids:
        report.duplicates.append((path, new_ids[sid]))
        dupes[path] = sid
        manifest[path] = digest
        return None
    if sid in by_id and sid not in removed_ids:
        other = by_id[sid]["path"]
        if other in in_run or os.path.exists(other):
            report.duplicates.append((path, other))
            dupes[path] = sid
            manifest[path] = digest
            return None
        # The stored file is gone: the article moved here.
        manifest.pop(other, None)
        removed_ids.add(sid)
    new_ids[sid] = path
    manifest[path] = digest
    return path, digest, article, was_there


# --------------------------------------------------------------------------- seeds

def _under(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def code_fingerprint() -> str:
    """A hash of the extraction code (tui/core and this module): facts go stale when it changes."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for path in sorted([*(here / "core").glob("*.py"), here / "ingest.py"]):
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            continue
    return digest.hexdigest()[:16]


def ensure_corpus(store, seeds_dir: Path, progress: Progress | None = None, *,
                  extract=None) -> IngestReport | None:
    """Build or refresh the corpus from `seeds_dir`; None when it is already up to date.

    Rebuilds when the store has no sources, the seed files (by content hash) differ
    from those it was last built from, or the extraction code changed since (then
    every seed is extracted again). Seed files that are gone leave the store.
    """
    folder = os.path.abspath(os.fspath(seeds_dir))
    sources = store.sources() or []
    if not os.path.isdir(folder):
        return None if sources else IngestReport(skipped=[(folder, "no such folder")])
    files, skipped = collect_files([folder])
    state: dict[str, str] = {}
    for path in files:
        data, _ = _read(path, 5_000_000)
        state[path] = file_hash(data) if data is not None else ""
    previous = store.meta(SEEDS_META, None)
    code = code_fingerprint() if extract is None else ""
    stale_code = extract is None and store.meta(CODE_META, None) != code
    if sources and previous == state and not stale_code:
        return None
    manifest = store.manifest() or {}
    gone = sorted({p for p in (previous if isinstance(previous, dict) else {}) if p not in state}
                  | {p for p in manifest if _under(p, folder) and p not in state})
    report = _ingest(files, skipped, store, progress=progress, max_bytes=5_000_000,
                     extract=extract, remove_paths=gone, force=bool(sources) and stale_code)
    store.set_meta(SEEDS_META, state)
    if extract is None:
        store.set_meta(CODE_META, code)
    return report


# --------------------------------------------------------------------------- report

def _show(path: str) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        rel = path
    shown = rel if not rel.startswith("..") else path
    return one_line(shown.encode("utf-8", "backslashreplace").decode("utf-8"))


def _show_reason(reason: str) -> str:
    return one_line(reason.encode("utf-8", "backslashreplace").decode("utf-8"), 300)


def format_report(report: IngestReport) -> list[str]:
    """A summary line, then one line per skipped file ("path: reason") and per duplicate."""
    summary = (f"added {len(report.added)}, updated {len(report.updated)}, "
               f"unchanged {len(report.unchanged)}, duplicates {len(report.duplicates)}, "
               f"skipped {len(report.skipped)}")
    if report.removed:
        summary += f", removed {len(report.removed)}"
    lines = [summary]
    lines += [f"{_show(path)}: {_show_reason(reason)}" for path, reason in report.skipped]
    lines += [f"{_show(path)}: same article as {_show(other)}" for path, other in report.duplicates]
    return lines
