"""Synthetic corpora for the benchmark: N distinct articles made from the bundled seeds.

Each article is one of the seeds with:

- the order of the sentences shuffled within each paragraph (the first line, the
  title, stays first);
- every named person swapped for an invented name (consistently within the
  article: "Emmanuel Macron" and "Macron" become the same invented person);
- numbers (26, 35, 112, ...) replaced by random ones; four-digit years are kept;
- country names swapped among a pool of real countries, so the extractors still
  have countries, pledges and stances to find;
- one unique line ("Report 1234 of the synthetic set ...") so that no two
  articles are duplicates, whatever the random draws.

Generation is pure string work with precompiled regular expressions: 10,000
articles take a few seconds. Deterministic for a given `seed`.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"

# Real people named in the seeds: (full name, surname forms that stand alone in the text).
PEOPLE = [
    ("Emmanuel Macron", ["Macron"]),
    ("Volodymyr Zelenskyy", ["Zelenskyy", "Zelenskiy", "Zelensky"]),
    ("Volodymyr Zelenskiy", []),
    ("Volodymyr Zelensky", []),
    ("Donald Trump", ["Trump"]),
    ("Keir Starmer", ["Starmer"]),
    ("Steve Witkoff", ["Witkoff"]),
    ("Dmitry Peskov", ["Peskov"]),
    ("Mark Rutte", ["Rutte"]),
    ("Friedrich Merz", ["Merz"]),
    ("Vladimir Putin", ["Putin"]),
    ("Mark Carney", ["Carney"]),
    ("Ludovic Marin", []),
]

FIRST_NAMES = [
    "Adela", "Bruno", "Carmen", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas",
    "Kasia", "Luca", "Marta", "Niko", "Olga", "Pavel", "Quentin", "Rosa", "Sven", "Tamsin",
    "Ugo", "Vera", "Wim", "Xenia", "Yusuf", "Zora", "Anouk", "Bertil", "Cosmin", "Dunja",
]
SURNAMES = [
    "Albrecht", "Brankovic", "Castellano", "Dumitru", "Eklund", "Falkner", "Gradowski",
    "Halvorsen", "Ibarra", "Jovanic", "Kowalczyk", "Lindqvist", "Moreau", "Novak",
    "Oyelaran", "Petrescu", "Quintana", "Rasmussen", "Silvestri", "Tamminen", "Urbanek",
    "Varga", "Wieland", "Xylander", "Yildirim", "Zeman", "Aaltonen", "Bergkamp", "Cervenka",
    "Dragomir", "Esposito", "Fitzgerald", "Gulbrandsen", "Horvath", "Ivanova", "Jaskolski",
]

# Countries named in the seeds (never Ukraine or Russia: the event stays the event).
SEED_COUNTRIES = [
    "France", "Germany", "Italy", "Spain", "Poland", "Canada", "Japan", "Australia",
    "New Zealand", "United Kingdom", "Britain", "Czech Republic", "Slovakia", "Romania",
    "Bulgaria", "China",
]
# What they may become: real countries the extractors know.
COUNTRY_POOL = [
    "France", "Germany", "Italy", "Spain", "Poland", "Canada", "Japan", "Australia",
    "New Zealand", "Czech Republic", "Slovakia", "Romania", "Bulgaria", "Netherlands",
    "Belgium", "Denmark", "Norway", "Sweden", "Finland", "Estonia", "Latvia", "Lithuania",
    "Portugal", "Greece", "Austria", "Ireland", "Croatia", "Slovenia", "Hungary",
    "Luxembourg", "Iceland", "Turkey", "South Korea", "Switzerland", "Moldova", "Albania",
]

_NAME_TOKENS = sorted({full for full, _ in PEOPLE} | {s for _, ss in PEOPLE for s in ss}
                      | set(SEED_COUNTRIES), key=len, reverse=True)
_TOKEN = re.compile(r"(\b(?:" + "|".join(re.escape(t) for t in _NAME_TOKENS) + r")\b"
                    r"|(?<![\d.,/:])\b(?!(?:19|20)\d\d\b)\d{1,3}\b(?![\d.,/:]\d))")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])")

_SURNAME_OF = {}
for _full, _short in PEOPLE:
    for _s in _short:
        _SURNAME_OF[_s] = _full
# Zelenskyy's spellings are one person.
_PERSON_OF = {full: ("Volodymyr Zelenskyy" if full.startswith("Volodymyr Zelensk") else full)
              for full, _ in PEOPLE}
for _s, _full in list(_SURNAME_OF.items()):
    _SURNAME_OF[_s] = _PERSON_OF[_full]


def load_seeds(seeds_dir: Path = SEEDS_DIR) -> list[str]:
    """The seed articles' texts, in file-name order."""
    files = sorted(p for p in Path(seeds_dir).iterdir() if p.suffix in (".txt", ".md"))
    if not files:
        raise FileNotFoundError(f"{seeds_dir}: no seed articles")
    return [p.read_text(encoding="utf-8") for p in files]


def _split_paragraphs(text: str) -> list[list[list[str]]]:
    """Lines -> sentences -> parts, done once per seed.

    A sentence's parts alternate plain text and tokens to substitute (names,
    countries, numbers): even indices are kept, odd ones go through `_Variant`.
    """
    return [[_TOKEN.split(sentence) for sentence in _SENTENCE_BREAK.split(line)]
            for line in text.split("\n")]


class _Variant:
    """The substitutions of one article: people, countries, numbers."""

    __slots__ = ("people", "countries", "rng")

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, tuple[str, str]] = {}
        pool = COUNTRY_POOL[:]
        rng.shuffle(pool)
        self.countries = dict(zip(SEED_COUNTRIES, pool))
        self.countries["Britain"] = self.countries["United Kingdom"]

    def person(self, full: str) -> tuple[str, str]:
        full = _PERSON_OF[full]
        found = self.people.get(full)
        if found is None:
            found = (self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES))
            self.people[full] = found
        return found

    def __call__(self, token: str) -> str:
        if token[0].isdigit():
            n = int(token)
            if n == 0:
                return token
            return str(self.rng.randint(max(2, n // 2), n * 2 + 5))
        if token in self.countries:
            return self.countries[token]
        if token in _SURNAME_OF:
            return self.person(_SURNAME_OF[token])[1]
        first, last = self.person(token)
        return f"{first} {last}"


def make_article(parsed: list[list[list[str]]], number: int, rng: random.Random) -> str:
    """One synthetic article from a seed's pre-split lines; `number` makes it unique."""
    variant = _Variant(rng)
    lines: list[str] = []
    for i, sentences in enumerate(parsed):
        if i > 0 and len(sentences) > 1:
            sentences = sentences[:]
            rng.shuffle(sentences)
        lines.append(" ".join("".join(part if k % 2 == 0 else variant(part) for k, part in enumerate(parts))
                              for parts in sentences))
    # The unique line (added after the substitutions, so its number stays) follows the lead.
    at = 2 if len(lines) > 2 else len(lines)
    lines.insert(at, f"Report {number} of the synthetic set, filed from desk {rng.randint(1, 9999)}.")
    return "\n".join(lines)


def generate(out_dir: Path, n: int, *, seed: int = 1234, seeds_dir: Path = SEEDS_DIR) -> list[Path]:
    """Write `n` distinct synthetic articles as .txt files into `out_dir`; returns their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    parsed = [_split_paragraphs(t) for t in load_seeds(seeds_dir)]
    rng = random.Random(seed)
    paths = []
    width = len(str(max(n - 1, 1)))
    for i in range(n):
        text = make_article(parsed[i % len(parsed)], i, rng)
        path = out_dir / f"syn_{i:0{width}d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":  # a quick look: python bench/corpus.py OUT N
    import sys
    import time

    t = time.perf_counter()
    made = generate(Path(sys.argv[1]), int(sys.argv[2]))
    print(f"{len(made)} articles in {time.perf_counter() - t:.2f} s")
