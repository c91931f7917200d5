"""Marks find their fact again after a re-ingest; marks whose fact vanished are kept as orphans."""

from __future__ import annotations

from tui.core.anchoring import anchor_for_fact, make_anchor, match_text, reattach
from tui.core.models import Figure, Quote, Stance, content_hash, fact_records

PATH = "seeds/a.txt"
V1 = ('Keir Starmer said "we stand ready to deploy British troops" on Tuesday. '
      'Britain and Germany met in Paris. "Nothing is agreed yet," an official said. '
      'Some 30,000 troops and 200 jets could be sent.')


def quotes(text: str, *said: str) -> list[dict]:
    sid = content_hash(text)
    return fact_records("quote", sid, [Quote(text=q, start=text.index(q), end=text.index(q) + len(q),
                                             speaker="Keir Starmer") for q in said])


def stances(text: str, *countries: tuple[str, str]) -> list[dict]:
    sid = content_hash(text)
    sentence = "Britain and Germany met in Paris."
    at = text.index(sentence)
    return fact_records("stance", sid, [Stance(country=c, country_name=n, stance="listed", evidence=sentence,
                                               start=at, end=at + len(sentence)) for c, n in countries])


def figures(text: str) -> list[dict]:
    sid = content_hash(text)
    sentence = text[text.index("Some 30,000"):]
    base = text.index(sentence)
    return fact_records("figure", sid, [
        Figure(value=30000.0, what="troops", evidence=sentence, start=text.index("30,000"),
               end=text.index("30,000") + 6, evidence_start=base, evidence_end=base + len(sentence)),
        Figure(value=200.0, what="jets", evidence=sentence, start=text.index("200 jets"),
               end=text.index("200 jets") + 3, evidence_start=base, evidence_end=base + len(sentence)),
    ])


def mark_on(fact: dict, text: str, status: str = "verified", at: str = "2026-01-01T00:00:00.000Z",
            cli_style: bool = False) -> dict:
    if cli_style:  # as the app and the CLI build it: the fact's span, default key
        anchor = make_anchor(fact["kind"], fact["source"], PATH, text, fact["start"], fact["end"])
    else:
        anchor = anchor_for_fact(fact, PATH, text)
    return {"fact": fact["id"], "status": status, "note": "checked", "link": None, "at": at,
            "user": "ana", "anchor": anchor}


def paths_of(*pairs: tuple[str, str]) -> dict[str, str]:
    return {content_hash(text): path for text, path in pairs}


def test_make_anchor_takes_text_and_context() -> None:
    start = V1.index("Nothing is")
    anchor = make_anchor("quotes", "s1", PATH, V1, start, start + 14)
    assert anchor["kind"] == "quote" and anchor["source"] == "s1" and anchor["path"] == PATH
    assert anchor["text"] == "Nothing is agr"
    assert anchor["prefix"] == V1[start - 32:start] and len(anchor["prefix"]) == 32
    assert anchor["suffix"] == V1[start + 14:start + 46]
    edge = make_anchor("quote", "s1", PATH, "abc", -5, 99)
    assert edge["text"] == "abc" and edge["prefix"] == "" and edge["suffix"] == ""


def test_exact_id_stays() -> None:
    facts = quotes(V1, "we stand ready to deploy British troops")
    marks = {facts[0]["id"]: mark_on(facts[0], V1)}
    attached, orphaned = reattach(marks, facts)
    assert list(attached) == [facts[0]["id"]] and orphaned == []
    assert "reattached_from" not in attached[facts[0]["id"]]


def test_reingest_with_changed_hash_keeps_the_mark_on_the_same_quote() -> None:
    old = quotes(V1, "we stand ready to deploy British troops", "Nothing is agreed yet,")
    v2 = V1.replace("on Tuesday", "on Tuesday evening")
    new = quotes(v2, "we stand ready to deploy British troops", "Nothing is agreed yet,")
    assert new[0]["id"] != old[0]["id"]
    for cli_style in (False, True):
        marks = {old[1]["id"]: mark_on(old[1], V1, "disputed", cli_style=cli_style)}
        attached, orphaned = reattach(marks, new, paths=paths_of((v2, PATH)))
        assert orphaned == []
        assert list(attached) == [new[1]["id"]]
        mark = attached[new[1]["id"]]
        assert mark["fact"] == new[1]["id"] and mark["status"] == "disputed" and mark["note"] == "checked"
        assert mark["reattached_from"] == old[1]["id"] and mark["reattached_by"] == "text"


def test_small_edit_is_reattached_fuzzily() -> None:
    said = "we stand ready to deploy British troops to keep the peace in Ukraine"
    v1 = V1.replace("we stand ready to deploy British troops", said)
    old = quotes(v1, said)
    edited = said.replace("deploy", "send")
    v2 = v1.replace(said, edited)
    new = quotes(v2, edited, "Nothing is agreed yet,")
    marks = {old[0]["id"]: mark_on(old[0], v1)}
    attached, orphaned = reattach(marks, new, lambda sid: v2, paths=paths_of((v2, PATH)))
    assert orphaned == []
    assert list(attached) == [new[0]["id"]]
    assert attached[new[0]["id"]]["reattached_by"] == "fuzzy"


def test_vanished_fact_is_orphaned_not_dropped() -> None:
    old = quotes(V1, "we stand ready to deploy British troops", "Nothing is agreed yet,")
    v2 = V1.replace('"we stand ready to deploy British troops"', "that talks went well")
    new = quotes(v2, "Nothing is agreed yet,")
    marks = {old[0]["id"]: mark_on(old[0], V1, "verified"), old[1]["id"]: mark_on(old[1], V1, "disputed")}
    attached, orphaned = reattach(marks, new, paths=paths_of((v2, PATH)))
    assert list(attached) == [new[0]["id"]]
    assert len(orphaned) == 1
    lost = orphaned[0]
    assert lost["fact"] == old[0]["id"] and lost["orphaned"] is True and lost["status"] == "verified"
    assert lost["anchor"]["text"] == "we stand ready to deploy British troops"


def test_quote_leaving_its_source_does_not_jump_to_another_outlet() -> None:
    other = 'Elsewhere: "we stand ready to deploy British troops", he said.'
    old = quotes(V1, "we stand ready to deploy British troops")
    v2 = V1.replace('"we stand ready to deploy British troops"', "nothing")
    moved = quotes(other, "we stand ready to deploy British troops")
    facts = moved + quotes(v2, "Nothing is agreed yet,")
    paths = paths_of((v2, PATH), (other, "seeds/other.txt"))
    attached, orphaned = reattach({old[0]["id"]: mark_on(old[0], V1)}, facts, paths=paths)
    assert attached == {} and len(orphaned) == 1
    # but a renamed file (its old path gone from the corpus) is followed
    attached, orphaned = reattach({old[0]["id"]: mark_on(old[0], V1)}, moved,
                                  paths=paths_of((other, "seeds/renamed.txt")))
    assert list(attached) == [moved[0]["id"]] and orphaned == []


def test_stance_follows_its_country_not_its_sentence() -> None:
    old = stances(V1, ("GB", "United Kingdom"), ("DE", "Germany"))
    v2 = V1.replace("on Tuesday", "on Monday")
    new = stances(v2, ("GB", "United Kingdom"), ("DE", "Germany"))
    germany_old = old[1]
    for cli_style in (False, True):
        marks = {germany_old["id"]: mark_on(germany_old, V1, cli_style=cli_style)}
        for paths in (paths_of((v2, PATH)), None):
            attached, orphaned = reattach(marks, new, paths=paths)
            assert orphaned == []
            assert list(attached) == [new[1]["id"]], (cli_style, paths)
            assert new[1]["country"] == "DE"
    # a stance never moves to another source's stance on the same country
    other = "Germany is undecided. " + V1
    elsewhere = stances(other, ("DE", "Germany"))
    attached, orphaned = reattach({germany_old["id"]: mark_on(germany_old, V1)}, elsewhere,
                                  paths=paths_of((other, "seeds/b.txt"), (v2, PATH)))
    assert list(attached) == [elsewhere[0]["id"]] and orphaned == []
    # seeds/a.txt has no facts at all here, so its path is unknown to the corpus: the
    # same sentence in another source is then accepted; with its path present it is not
    attached, orphaned = reattach({germany_old["id"]: mark_on(germany_old, V1)},
                                  elsewhere + quotes(v2, "Nothing is agreed yet,"),
                                  paths=paths_of((other, "seeds/b.txt"), (v2, PATH)))
    assert attached == {} and len(orphaned) == 1


def test_figure_in_a_shared_sentence_finds_its_own_number() -> None:
    old = figures(V1)
    v2 = V1.replace("on Tuesday", "on Monday")
    new = figures(v2)
    jets = old[1]
    for cli_style in (False, True):
        attached, orphaned = reattach({jets["id"]: mark_on(jets, V1, cli_style=cli_style)}, new,
                                      lambda sid: v2, paths=paths_of((v2, PATH)))
        assert orphaned == []
        assert list(attached) == [new[1]["id"]]
        assert new[1]["what"] == "jets"


def test_two_old_marks_on_one_new_fact_keep_both() -> None:
    old = quotes(V1, "we stand ready to deploy British troops")
    v2 = V1.replace("on Tuesday", "today")
    new = quotes(v2, "we stand ready to deploy British troops")
    current = dict(mark_on(new[0], v2, "verified", at="2026-02-01T00:00:00.000Z"))
    marks = {new[0]["id"]: current, old[0]["id"]: mark_on(old[0], V1, "disputed")}
    attached, orphaned = reattach(marks, new, paths=paths_of((v2, PATH)))
    assert attached[new[0]["id"]]["status"] == "verified"  # the mark on the current id wins
    assert [m["fact"] for m in orphaned] == [old[0]["id"]]  # the other is kept, not dropped


def test_match_text_by_kind() -> None:
    assert match_text({"kind": "quote", "text": "  We  STAND \u201cready\u201d"}) == 'we stand "ready"'
    assert match_text({"kind": "stance", "country": "GB", "evidence": "x"}) == "gb"
    assert match_text({"kind": "pledge", "evidence": "Britain Will", "actor": "UK"}) == "britain will"
    assert match_text({"id": "figure:s:1", "kind": "", "evidence": "Some 30"}) == "some 30"
