"""Marks are precious: durable on return, never lost to a kill, a second process or a bad file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tui.core.anchoring import make_anchor
from tui.core.models import Quote, content_hash, fact_records
from tui.store import CorpusStore, MarksStore, StoreError

ROOT = Path(__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_set_get_history(tmp_path: Path) -> None:
    marks = MarksStore(tmp_path, user="ana")
    first = marks.set("quote:s1:aaa", "verified", "seen in the transcript", "https://example.org/t")
    assert first["fact"] == "quote:s1:aaa" and first["status"] == "verified"
    assert first["note"] == "seen in the transcript" and first["link"] == "https://example.org/t"
    assert first["user"] == "ana" and first["at"].endswith("Z") and first["at"][:4].isdigit()
    assert first["anchor"] is None
    second = marks.set("quote:s1:aaa", "disputed")  # note and link kept when None
    assert second["note"] == "seen in the transcript" and second["link"] == "https://example.org/t"
    third = marks.set("quote:s1:aaa", "unverified", note="")
    assert third["note"] == ""
    assert marks.get("quote:s1:aaa")["status"] == "unverified"
    assert [h["status"] for h in marks.history("quote:s1:aaa")] == ["verified", "disputed", "unverified"]
    assert [h["note"] for h in marks.history("quote:s1:aaa")] == ["seen in the transcript"] * 2 + [""]
    assert all(h["user"] == "ana" for h in marks.history("quote:s1:aaa"))
    assert marks.get("quote:s1:bbb") is None and marks.history("quote:s1:bbb") == []
    marks.set("quote:s1:bbb", "verified")
    assert set(marks.all()) == {"quote:s1:aaa", "quote:s1:bbb"}
    assert marks.counts(["quote:s1:aaa", "quote:s1:bbb", "quote:s1:ccc"]) == {
        "verified": 1, "disputed": 0, "unverified": 2, "total": 3}


def test_default_user_is_a_name(tmp_path: Path) -> None:
    mark = MarksStore(tmp_path).set("f:1:1", "verified")
    assert isinstance(mark["user"], str) and mark["user"]


def test_invalid_status_and_fact(tmp_path: Path) -> None:
    marks = MarksStore(tmp_path)
    with pytest.raises(ValueError):
        marks.set("quote:s:1", "true")
    with pytest.raises(ValueError):
        marks.set("", "verified")
    assert marks.all() == {}
    assert not (tmp_path / "marks.json").exists()


def test_marks_survive_reopen_with_anchor(tmp_path: Path) -> None:
    text = 'Then "we stand ready" he said.'
    anchor = make_anchor("quote", "s1", "seeds/a.txt", text, 6, 20)
    MarksStore(tmp_path, user="ana").set("quote:s1:aaa", "verified", "ok", anchor=anchor)
    again = MarksStore(tmp_path)
    mark = again.get("quote:s1:aaa")
    assert mark["status"] == "verified" and mark["note"] == "ok" and mark["user"] == "ana"
    assert mark["anchor"]["text"] == "we stand ready" and mark["anchor"]["path"] == "seeds/a.txt"
    assert len(again.history("quote:s1:aaa")) == 1
    # a later set without an anchor keeps the anchor
    again.set("quote:s1:aaa", "disputed")
    assert MarksStore(tmp_path).get("quote:s1:aaa")["anchor"] == anchor


def test_second_instance_sees_and_keeps_the_first_ones_marks(tmp_path: Path) -> None:
    one, two = MarksStore(tmp_path), MarksStore(tmp_path)
    one.set("a:1:1", "verified")
    two.set("b:1:1", "disputed")  # must re-read, not write its stale view
    one.set("c:1:1", "verified")
    assert set(MarksStore(tmp_path).all()) == {"a:1:1", "b:1:1", "c:1:1"}
    two.reload()
    assert set(two.all()) == {"a:1:1", "b:1:1", "c:1:1"}


@pytest.mark.parametrize("content", [b'{"marks": {"1": {"fact": "a", "sta', b"garbage", b"[]",
                                     b'{"marks": {"1": {"status": "verified"}}}'])
def test_corrupt_marks_refuse_to_open_and_are_left_alone(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "marks.json"
    path.write_bytes(content)
    with pytest.raises(StoreError) as info:
        MarksStore(tmp_path)
    message = str(info.value)
    assert "marks.json" in message and "will not overwrite" in message and "\n" not in message
    assert path.read_bytes() == content


def test_marks_corrupted_while_open_are_not_overwritten(tmp_path: Path) -> None:
    marks = MarksStore(tmp_path)
    marks.set("a:1:1", "verified")
    path = tmp_path / "marks.json"
    path.write_bytes(b'{"marks": {"1": ')
    with pytest.raises(StoreError, match="not valid JSON"):
        marks.set("b:1:1", "verified")
    assert path.read_bytes() == b'{"marks": {"1": '


def test_backup_before_first_write_of_a_session(tmp_path: Path) -> None:
    MarksStore(tmp_path).set("a:1:1", "verified", "first session")
    before = (tmp_path / "marks.json").read_bytes()
    assert not (tmp_path / "marks.json.bak").exists()  # nothing to back up the first time
    session = MarksStore(tmp_path)
    session.set("a:1:1", "disputed", "second session")
    assert (tmp_path / "marks.json.bak").read_bytes() == before
    session.set("b:1:1", "verified")  # only once a session
    assert (tmp_path / "marks.json.bak").read_bytes() == before
    (tmp_path / "marks.json").write_bytes(b"{oops")
    with pytest.raises(StoreError, match="marks.json.bak"):
        MarksStore(tmp_path)


def test_marks_file_holds_no_corpus_data(tmp_path: Path) -> None:
    """Write cost does not grow with the corpus: marks.json holds marks and history only."""
    filler = "Delegates met again in Paris to discuss the plan in detail. " * 4000
    text = 'Keir Starmer said "we stand ready to deploy" on Tuesday. ' + filler + "UNIQUE-TAIL-SENTENCE."
    sid = content_hash(text)
    quote = Quote(text="we stand ready to deploy", start=text.index("we stand"),
                  end=text.index("we stand") + len("we stand ready to deploy"), speaker="Keir Starmer")
    facts = {"quotes": fact_records("quote", sid, [quote])}
    corpus = CorpusStore(tmp_path)
    corpus.apply([({"id": sid, "path": "seeds/a.txt", "title": "A", "outlet": "O", "date": "",
                    "text": text}, facts)])
    fact = facts["quotes"][0]
    marks = MarksStore(tmp_path)
    for status in ("verified", "disputed", "verified"):
        marks.set(fact["id"], status, "checked",
                  anchor=make_anchor("quote", sid, "seeds/a.txt", text, fact["start"], fact["end"]))
    raw = (tmp_path / "marks.json").read_text(encoding="utf-8")
    assert "UNIQUE-TAIL-SENTENCE" not in raw and "Delegates met again" not in raw
    assert len(raw) < 4000  # three changes of one mark, whatever the corpus size (240 kB here)
    doc = json.loads(raw)
    assert set(doc) == {"marks", "history"}


BURST = r"""
import sys
from pathlib import Path
from tui.store import MarksStore
store = MarksStore(Path(sys.argv[1]), user="burst")
for i in range(1_000_000):
    fid = f"quote:src:{i:07d}"
    store.set(fid, "verified" if i % 2 else "disputed", note=f"note {i}")
    print("ACK", fid, flush=True)
"""


def test_sigkill_mid_burst_loses_no_acknowledged_mark(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", BURST, str(tmp_path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT)
    acked: list[str] = []
    assert proc.stdout is not None
    for line in proc.stdout:
        acked.append(line.split()[1])
        if len(acked) == 40:
            break
    os.kill(proc.pid, signal.SIGKILL)
    rest, err = proc.communicate()
    acked += [line.split()[1] for line in rest.splitlines() if line.startswith("ACK ")]
    assert proc.returncode == -signal.SIGKILL, err  # killed mid-burst, not finished
    raw = (tmp_path / "marks.json").read_bytes()
    json.loads(raw)  # valid JSON
    marks = MarksStore(tmp_path)
    assert len(acked) >= 40
    for fid in acked:
        mark = marks.get(fid)
        assert mark is not None, fid
        i = int(fid.rsplit(":", 1)[1])
        assert mark["status"] == ("verified" if i % 2 else "disputed")
        assert mark["note"] == f"note {i}"
    assert list(tmp_path.glob(".marks.json.tmp-*")) == []  # the kill's debris is cleaned on open


WRITER = r"""
import sys
from pathlib import Path
from tui.store import MarksStore
store = MarksStore(Path(sys.argv[1]), user=sys.argv[2])
print("READY", flush=True)
sys.stdin.readline()
for i in range(100):
    store.set(f"quote:{sys.argv[2]}:{i:03d}", "verified", note=sys.argv[2])
print("DONE", flush=True)
"""


def test_two_processes_marking_at_once_lose_nothing(tmp_path: Path) -> None:
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), name], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env(), cwd=ROOT)
             for name in ("left", "right")]
    for proc in procs:
        assert proc.stdout.readline().strip() == "READY"
    for proc in procs:  # both start writing together
        proc.stdin.write("GO\n")
        proc.stdin.flush()
    for proc in procs:
        out, err = proc.communicate()
        assert proc.returncode == 0, err
        assert out.strip() == "DONE"
    marks = MarksStore(tmp_path)
    everything = marks.all()
    assert len(everything) == 200
    for name in ("left", "right"):
        for i in range(100):
            assert everything[f"quote:{name}:{i:03d}"]["note"] == name
    doc = json.loads((tmp_path / "marks.json").read_text(encoding="utf-8"))
    assert len(doc["history"]) == 200
