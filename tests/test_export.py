"""Exports: the JSON contract of DESIGN.md, CSV rows, the Markdown report, ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json
import sys
import types
from pathlib import Path

import pytest

from tests.contract import KINDS, REQUIRED, STANCES, STATUS
from tui.core.anchoring import anchor_for_fact
from tui.core.models import Figure, Pledge, Quote, Stance, content_hash, fact_records
from tui.export import export
from tui.store import CorpusStore, MarksStore

TEXT_A = ('Britain will send ground troops once a ceasefire is reached. "We stand ready," said '
          'Keir Starmer. Some 10,000 troops could deploy. [bold]Not markup[/] <script>x</script>')
TEXT_B = 'Britain rejects the plan. "We will not take part," a spokesman said. France sends 20 jets.'


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _source(path: str, title: str, outlet: str, text: str, quote: str, speaker: str,
            stance: str, evidence: str, figure: tuple[float, str, str], pledge: bool) -> tuple[dict, dict]:
    sid = content_hash(text)
    qs, qe = _span(text, quote)
    es, ee = _span(text, evidence)
    fs, fe = _span(text, figure[2])
    facts = {
        "quotes": fact_records("quote", sid, [Quote(text=quote, start=qs, end=qe, speaker=speaker)]),
        "stances": fact_records("stance", sid, [Stance(country="GB", country_name="United Kingdom",
                                                       stance=stance, evidence=evidence, start=es, end=ee)]),
        "figures": fact_records("figure", sid, [Figure(value=figure[0], what=figure[1], evidence=evidence,
                                                       start=fs, end=fe)]),
        "pledges": fact_records("pledge", sid, [Pledge(
            actor="United Kingdom", kinds=["ground troops"], condition="once a ceasefire is reached",
            modality="conditional", evidence=evidence, start=es, end=ee, actor_codes=["GB"])] if pledge else []),
    }
    meta = {"id": sid, "path": path, "title": title, "outlet": outlet, "date": "2025-01-06",
            "chars": len(text), "byline": "", "text": text}
    return meta, facts


@pytest.fixture
def stores(tmp_path: Path) -> tuple[CorpusStore, MarksStore]:
    corpus = CorpusStore(tmp_path)
    a = _source("seeds/a.txt", "London offers troops", "The Daily", TEXT_A, "We stand ready,",
                "Keir Starmer", "troops", "Britain will send ground troops once a ceasefire is reached.",
                (10000.0, "troops", "10,000"), pledge=True)
    b = _source("seeds/b.txt", "London says no", "The Weekly", TEXT_B, "We will not take part,",
                "unattributed", "opposed", "Britain rejects the plan.", (20.0, "jets", "20"), pledge=False)
    corpus.apply([a, b])
    marks = MarksStore(tmp_path, user="ana")
    quote = a[1]["quotes"][0]
    pledge = a[1]["pledges"][0]
    marks.set(quote["id"], "verified", "matches the BBC transcript",
              anchor=anchor_for_fact(quote, "seeds/a.txt", TEXT_A))
    marks.set(pledge["id"], "disputed", "no condition in the statement", "https://example.org/statement",
              anchor=anchor_for_fact(pledge, "seeds/a.txt", TEXT_A))
    marks.set("quote:0000000000000000:000000000000", "verified", "from a file since deleted",
              anchor={"kind": "quote", "source": "0000000000000000", "path": "seeds/gone.txt",
                      "text": "a vanished quote", "prefix": "", "suffix": ""})
    return corpus, marks


def test_json_follows_the_contract(stores) -> None:
    corpus, marks = stores
    doc = json.loads(export(corpus, marks, "json"))
    for key, fields in REQUIRED.items():
        assert isinstance(doc[key], list), key
        for row in doc[key]:
            missing = [f for f in fields if f not in row]
            assert not missing, (key, missing)
    source_ids = {s["id"] for s in doc["sources"]}
    assert [s["path"] for s in doc["sources"]] == ["seeds/a.txt", "seeds/b.txt"]
    for key in ("quotes", "pledges", "stances", "figures"):
        ids = [r["id"] for r in doc[key]]
        assert ids and len(ids) == len(set(ids))
        assert all(r["source"] in source_ids for r in doc[key])
        assert all(r["status"] in STATUS for r in doc[key])
    assert all(s["stance"] in STANCES and len(s["country"]) == 2 and s["country"].isupper()
               for s in doc["stances"])
    assert all(set(p["kinds"]) <= KINDS for p in doc["pledges"])
    assert all(m["status"] in STATUS for m in doc["marks"])
    # spans hold their text
    texts = {content_hash(TEXT_A): TEXT_A, content_hash(TEXT_B): TEXT_B}
    for q in doc["quotes"]:
        assert texts[q["source"]][q["start"]:q["end"]] == q["text"]
    # the disagreement on GB is flagged
    assert [c["country"] for c in doc["conflicts"]] == ["GB"]
    assert set(doc["conflicts"][0]["stances"].values()) == {"troops", "opposed"}
    # marks name current fact ids, their status shows on the fact; the orphan is kept and flagged
    fact_ids = {r["id"] for key in ("quotes", "pledges", "stances", "figures") for r in doc[key]}
    live = [m for m in doc["marks"] if not m.get("orphaned")]
    assert len(live) == 2 and all(m["fact"] in fact_ids for m in live)
    orphans = [m for m in doc["marks"] if m.get("orphaned")]
    assert [m["note"] for m in orphans] == ["from a file since deleted"]
    assert {q["status"] for q in doc["quotes"]} == {"verified", "unverified"}
    assert [p["status"] for p in doc["pledges"]] == ["disputed"]


def test_json_marks_follow_a_reingest(tmp_path: Path, stores) -> None:
    corpus, marks = stores
    edited = TEXT_A.replace("Some 10,000", "About 10,000")
    a = _source("seeds/a.txt", "London offers troops", "The Daily", edited, "We stand ready,",
                "Keir Starmer", "troops", "Britain will send ground troops once a ceasefire is reached.",
                (10000.0, "troops", "10,000"), pledge=True)
    corpus.apply([a], removals=[content_hash(TEXT_A)])
    doc = json.loads(export(CorpusStore(tmp_path), MarksStore(tmp_path), "json"))
    new_quote = a[1]["quotes"][0]["id"]
    verified = [m for m in doc["marks"] if m["status"] == "verified" and not m.get("orphaned")]
    assert [m["fact"] for m in verified] == [new_quote]
    assert next(q for q in doc["quotes"] if q["id"] == new_quote)["status"] == "verified"


def test_conflicts_come_from_the_conflicts_module(stores, monkeypatch) -> None:
    corpus, marks = stores
    seen: list[list[dict]] = []

    def fake(stances: list[dict]) -> list[dict]:
        seen.append(stances)
        return [{"country": "ZZ", "country_name": "Nowhere", "stances": {"s": "listed"}, "evidence": {}}]

    monkeypatch.setitem(sys.modules, "tui.core.conflicts", types.SimpleNamespace(find_conflicts=fake))
    doc = json.loads(export(corpus, marks, "json"))
    assert doc["conflicts"][0]["country"] == "ZZ"
    assert {s["country"] for s in seen[0]} == {"GB"} and len(seen[0]) == 2


def test_csv_header_and_rows(stores) -> None:
    corpus, marks = stores
    rows = list(csv.reader(io.StringIO(export(corpus, marks, "csv"))))
    header = rows[0]
    assert header == ["kind", "id", "source", "source_title", "text", "who", "category",
                      "status", "note", "at", "link"]
    body = [dict(zip(header, r)) for r in rows[1:]]
    kinds = [r["kind"] for r in body if r["category"] != "orphaned"]
    assert kinds.count("quote") == 2 and kinds.count("pledge") == 1
    assert kinds.count("stance") == 2 and kinds.count("figure") == 2
    quote = next(r for r in body if r["kind"] == "quote" and r["who"] == "Keir Starmer")
    assert quote["text"] == "We stand ready," and quote["status"] == "verified"
    assert quote["note"] == "matches the BBC transcript" and quote["source_title"] == "London offers troops"
    assert quote["at"].endswith("Z")
    pledge = next(r for r in body if r["kind"] == "pledge")
    assert pledge["category"] == "ground troops" and pledge["status"] == "disputed"
    assert pledge["link"] == "https://example.org/statement" and pledge["who"] == "United Kingdom"
    stance = next(r for r in body if r["kind"] == "stance" and r["category"] == "opposed")
    assert stance["status"] == "unverified" and stance["who"] == "United Kingdom"
    assert any(r["category"] == "orphaned" and r["note"] == "from a file since deleted" for r in body)


def test_csv_cells_do_not_become_formulas(tmp_path: Path) -> None:
    text = 'He said "=HYPERLINK(1)" loudly.'
    sid = content_hash(text)
    s, e = _span(text, "=HYPERLINK(1)")
    corpus = CorpusStore(tmp_path)
    corpus.apply([({"id": sid, "path": "x.txt", "title": "@title", "outlet": "", "date": "", "text": text},
                   {"quotes": fact_records("quote", sid, [Quote(text="=HYPERLINK(1)", start=s, end=e)])})])
    rows = list(csv.reader(io.StringIO(export(corpus, MarksStore(tmp_path), "csv"))))
    assert rows[1][4] == "'=HYPERLINK(1)" and rows[1][3] == "'@title"


def test_markdown_report(stores) -> None:
    corpus, marks = stores
    md = export(corpus, marks, "md")
    assert md.startswith("# ")
    assert "London offers troops" in md and "London says no" in md
    assert "The Daily" in md and "2025-01-06" in md
    assert "**[verified]** matches the BBC transcript" in md
    assert "**[disputed]** no condition in the statement" in md
    assert "1/4 verified, 1 disputed" in md  # source A: 4 facts, 1 verified, 1 disputed
    assert "> Britain will send ground troops once a ceasefire is reached." in md
    assert "Keir Starmer" in md
    assert "### United Kingdom (GB) \u2014 **sources disagree**" in md
    assert "from a file since deleted" in md  # orphaned marks are listed, not lost
    assert "<script>" not in md  # article text cannot inject HTML


def test_claimreview_for_verified_and_disputed(stores) -> None:
    corpus, marks = stores
    reviews = json.loads(export(corpus, marks, "claimreview"))
    assert len(reviews) == 2  # only marked facts; orphans and unverified are left out
    by_rating = {r["reviewRating"]["alternateName"]: r for r in reviews}
    assert set(by_rating) == {"Verified", "Disputed"}
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["datePublished"].endswith("Z")
        assert review["author"] == {"@type": "Person", "name": "ana"}
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["bestRating"] == 5 and rating["worstRating"] == 1
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["appearance"]["@type"] == "NewsArticle"
        assert item["appearance"]["headline"] == "London offers troops"
        assert item["appearance"]["datePublished"] == "2025-01-06"
    verified = by_rating["Verified"]
    assert verified["claimReviewed"] == "We stand ready,"
    assert verified["itemReviewed"]["author"] == {"@type": "Person", "name": "Keir Starmer"}
    assert verified["reviewRating"]["ratingValue"] == 5
    assert verified["reviewRating"]["ratingExplanation"] == "matches the BBC transcript"
    assert "url" not in verified
    disputed = by_rating["Disputed"]
    assert disputed["claimReviewed"] == "Britain will send ground troops once a ceasefire is reached."
    assert disputed["itemReviewed"]["author"] == {"@type": "Organization", "name": "United Kingdom"}
    assert disputed["reviewRating"]["ratingValue"] == 1
    assert disputed["url"] == "https://example.org/statement"


def test_unknown_format(stores) -> None:
    corpus, marks = stores
    with pytest.raises(ValueError, match="format"):
        export(corpus, marks, "xml")


def test_empty_store_exports(tmp_path: Path) -> None:
    corpus, marks = CorpusStore(tmp_path), MarksStore(tmp_path)
    doc = json.loads(export(corpus, marks, "json"))
    assert all(doc[key] == [] for key in REQUIRED)
    assert json.loads(export(corpus, marks, "claimreview")) == []
    assert export(corpus, marks, "csv").splitlines()[0].startswith("kind,id,")
    assert export(corpus, marks, "md").startswith("# ")


def test_the_contract_check_itself_catches_breaches() -> None:
    from tests.contract import breaches

    doc = {key: [] for key in REQUIRED}
    assert breaches(doc) == []
    doc["stances"] = [{"id": "s", "country": "uk", "country_name": "UK", "source": "a",
                       "stance": "maybe", "evidence": ""}]
    doc["quotes"] = [{"id": "q", "source": "a", "text": "x"}]
    del doc["marks"]
    found = breaches(doc)
    assert len(found) == 3 and any(f.startswith("marks") for f in found)
