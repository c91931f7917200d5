"""The JSON export contract of DESIGN.md, copied here on purpose: the tests never read ../shared."""

REQUIRED = {
    "sources": ["id", "path", "title", "outlet", "date", "chars"],
    "quotes": ["id", "source", "text", "speaker", "start", "end"],
    "pledges": ["id", "source", "actor", "kinds", "condition", "evidence", "start", "end"],
    "stances": ["id", "country", "country_name", "source", "stance", "evidence"],
    "figures": ["id", "source", "value", "what", "evidence"],
    "conflicts": ["country", "stances"],
    "marks": ["fact", "status", "note", "at"],
}
STANCES = {"troops", "support", "undecided", "opposed", "listed"}
KINDS = {"ground troops", "air", "sea", "training", "intelligence", "equipment", "funding",
         "monitoring", "sanctions", "other"}
STATUS = {"verified", "disputed", "unverified"}


def breaches(doc: dict) -> list[str]:
    """Every way `doc` departs from the contract (empty when it follows it)."""
    out = []
    for key, fields in REQUIRED.items():
        rows = doc.get(key)
        if not isinstance(rows, list):
            out.append(f"{key} missing")
            continue
        out += [f"{key} row lacks {set(fields) - set(r)}" for r in rows if not set(fields) <= set(r)]
    out += [f"stance {s}" for s in doc.get("stances", [])
            if s["stance"] not in STANCES or not (len(s["country"]) == 2 and s["country"].isupper())]
    out += [f"kinds {p['kinds']}" for p in doc.get("pledges", []) if not set(p["kinds"]) <= KINDS]
    out += [f"mark {m}" for m in doc.get("marks", []) if m["status"] not in STATUS]
    return out
