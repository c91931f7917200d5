"""Speaker names: titles off, one canonical name per person across sources.

Pure functions, no I/O. `canonical_speakers` is conservative: two names are
merged only when their surnames agree after transliteration folding
(Kovalenkyy / Kovalenky / Kovalenkiy / Kovalenki) and their first names agree
(or one of them has none and the surname is unambiguous). Fuzzy comparison
(rapidfuzz) is only used to forgive small spelling differences in *first*
names of people whose surnames already agree, and in long surnames whose
first names are identical.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from tui.core.countries import lookup as country_lookup, state_code
from tui.core.models import UNATTRIBUTED
from tui.core.sentences import TITLE_ABBREVIATIONS

try:  # rapidfuzz is a declared dependency; stay importable without it
    from rapidfuzz.fuzz import ratio as _ratio
except ImportError:  # pragma: no cover
    import difflib

    def _ratio(a: str, b: str) -> float:
        return 100.0 * difflib.SequenceMatcher(None, a, b).ratio()


TITLE_WORDS = frozenset("""
president vice-president vice prime minister ministers chancellor spokesperson spokesman spokeswoman
envoy chief secretary secretary-general director-general inspector-general attorney-general governor-general
solicitor-general auditor-general surgeon-general commissioner-general general ambassador senator sen rep representative
governor gov mayor king queen prince princess pope leader commissioner director head chair
chairman chairwoman chairperson ceo commander adviser advisor deputy premier mp mr mrs ms
dr sir dame lord lady foreign defence defense finance trade economy interior official speaker
lt col gen maj capt admiral marshal sheikh emir sultan crown coordinator negotiator diplomat
analyst professor prof judge attorney lawmaker legislator congressman congresswoman delegate
executive founder correspondent reporter editor columnist author activist campaigner expert lead
economist strategist state high counsel counsellor councillor councilor chancellor-elect
president-elect premier-elect monsieur madame herr frau rev reverend father bishop archbishop
cardinal imam rabbi spokesmen spokespeople secretary-of-state minister-president
administrator superintendent inspector mediator rapporteur ombudsman commandant brigadier colonel
lieutenant captain sergeant officer manager doctor prefect sub-prefect préfet préfète sheriff
scientist researcher geologist seismologist volcanologist hydrologist meteorologist glaciologist epidemiologist
ministra ministro ministre presidenta presidente présidente président vicepresidente vicepresidenta canciller
vicecanciller secretaria secretario gobernador gobernadora alcalde alcaldesa diputado diputada senadora
licenciado licenciada lic ingeniero ingeniera ing doctora arquitecto arquitecta magistrate
lyonpo lyonchhen dasho dzongdag datuk dato datin seri panglima tun tunku tengku pehin haji hajji alhaji mallam shri
undersecretary under-secretary subsecretario subsecretaria honourable honorable brigade
shrimati smt pm cm cs ps mheshimiwa mama bwana taoiseach tánaiste tanaiste ato weyzero woizero
cde comrade eng engr khun pol rre mma voivode majesty setia pengiran
excellency sayyid sayyida highness eminence mme mlle madam
dig igp aig ssp dsp ayatollah hojatoleslam hojjatoleslam val-moslemin seyyed mullah shaykh mufti maulana kaumātua kaumatua kuia
""".split()) | {a.lower() for a in TITLE_ABBREVIATIONS}
"""Lower-case words that are titles or parts of titles (President, Prime Minister, envoy, Adm. ...)."""

ORG_WORDS = frozenset("""
force forces ministry office council army navy guard service services agency committee commission
parliament government party bank command staff department union alliance organisation organization
court house palace coalition assembly senate congress embassy police fund group institute
university press news times post agency company corporation secretariat directorate
""".split())
"""Last words that make a capitalised phrase an organisation or a place, not a person."""

DEPARTMENT_WORDS = frozenset("""
foreign affairs defence defense emergency emergencies situations interior home health finance trade state
economy economic justice security public international cooperation development national immigration
environment energy agriculture fisheries education labour labor transport infrastructure planning
ecology natural resources water climate disaster management civil protection social welfare tourism
information communications industry commerce investment housing administration works coordination
mines mining lands youth sports gender culture women children family science technology innovation
petroleum hydrocarbons power electricity roads aviation maritime ports telecommunications urban rural
relaciones exteriores seguridad pública publica salud hacienda defensa gobernación estado exterior
affaires étrangères etrangères intérieur interieur santé sante
overseas territories territory crisis ecological transition biodiversity forests forestry sea oceans veterans solidarity
police nuclear safety radiation
""".split())
"""Capitalised words of a department that a title names before the person ("Minister of Foreign
Affairs Ana Lee", "Ministra de Relaciones Exteriores Sofía Arce")."""
DEPARTMENT_LINKS = frozenset("of for de del des du and y et the la las los".split())



POST_NOMINALS = frozenset("MP MEP MLA MSP MHA MNA MPP TD QC KC SC OBE MBE CBE KBE DBE PhD".split())
"""Letters written after a name for a seat or an honour ("Ana Lee TD"); not part of the name."""


def drop_post_nominals(words: list[str]) -> list[str]:
    """`words` of a name without the seat or honour letters after it: "Ana Lee TD" -> "Ana Lee"."""
    while len(words) > 2 and words[-1].rstrip(".") in POST_NOMINALS:
        words = words[:-1]
    return words


def title_part(word: str, titles: frozenset = TITLE_WORDS) -> bool:
    """`word` belongs to a title with its department ("Minister", "of", "Foreign", "Affairs"); `titles`
    is the title vocabulary (a caller may pass a larger one)."""
    w = _bare(word)
    return w in titles or w in DEPARTMENT_WORDS or w in DEPARTMENT_LINKS


_UNIT_WORDS = frozenset("department directorate division office bureau".split())
"""Words of a ministry's unit inside a title's department; never a department word alone."""


def department_end(words: list[str], i: int) -> int:
    """After a title, `words[i]` being "of"/"de": the index just past the department it names
    ("of Foreign Affairs", "de Relaciones Exteriores"), or `i` when no department word is there.
    The last word is never taken: a name follows."""
    k = i
    while k < len(words) - 1 and (title_part(words[k]) or _bare(words[k]) in _UNIT_WORDS):
        k += 1  # ('Head of the Department of Nuclear Safety and Security Ingrid Lee')
    return k if any(_bare(w) in DEPARTMENT_WORDS for w in words[i:k]) else i


TITLE_PAIRS = frozenset({("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("dato", "sri"), ("yang", "berhormat"),
                          ("yang", "mulia"), ("yang", "amat"), ("yang", "di-pertuan")})  # (_bare: "Dato’" is "dato")
"""Two-word honorifics whose first word alone is also a name (Malay "Tan Sri", "Puan Sri")."""


def _drop_title_pairs(tokens: list[str]) -> list[str]:
    """"Tan Sri Abdul Halim" -> "Abdul Halim" (but "Tan Keng Hwee" is a name)."""
    while len(tokens) > 2 and (_bare(tokens[0]), _bare(tokens[1])) in TITLE_PAIRS:
        tokens = tokens[2:]
    return tokens

_POSSESSIVE = re.compile(r"[’']s$")
_PAREN = re.compile(r"\s*\([^()]*\)\s*")
_SPACE = re.compile(r"\s+")
_ENDING = re.compile(r"(?:iy|yy|yi|ii|ij|y|i)$")
PARTICLES = frozenset("de da di du del della der den van von bin binti al el la le ter dos das of".split())
"""Lower-case words inside a name ('Ana de la Cruz', 'Nurul Ain binti Haji Sulaiman')."""
PATRONYMIC = frozenset("bin binti bint ibn".split())
"""'Son/daughter of': what follows is the father's name, titles and all ("bin Haji Abdul Latif")."""


def _bare(token: str) -> str:
    return token.strip(".,;:’'\"“”()").lower()


_STATE_FORMS = frozenset("republic kingdom federation federal islamic democratic socialist sultanate "
                         "principality duchy confederation commonwealth plurinational bolivarian hashemite".split())


def _drop_state_name(tokens: list[str], titled: bool) -> list[str]:
    """A state's name that a title ran on into, off a person's name: "(Minister of Emergency Situations
    of the) Republic of Kazakhstan Kanat Ospanuly" -> "Kanat Ospanuly". Without a title, only a formal
    name ("Republic of ...") is taken off, and two capitalised names must stay ("Republic of Korea Air
    Force" keeps its words)."""
    if len(tokens) < 3 or _bare(tokens[-1]) in ORG_WORDS:
        return tokens
    i = 0
    while titled and i < len(tokens) - 3 and tokens[i] in ("of", "the"):
        i += 1  # "(President) of France Ana Lee"
    for k in range(len(tokens) - 2, i, -1):
        head = tokens[i:k]
        if country_lookup(" ".join(head)) is None or not (titled or any(_bare(t) in _STATE_FORMS for t in head)):
            continue
        if all(t[:1].isupper() for t in tokens[k:]) and not any(_bare(t) in ORG_WORDS for t in tokens[k:]):
            return tokens[k:]
    return tokens


NAME_PREFIX = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|ben|ould)-[A-Z]|d['’][A-Z]")
"""A name with a lower-case article or particle joined to it ('al-Thani', 'el-Sisi', 'ad-Din', 'd'Ivoire')."""


DESCRIPTOR = re.compile(r"[A-Z][a-z]+-of-[a-z]+|Grand(?:mother|father|ma|pa|dad|mum)|Pensioner|Widow|Widower|"
                         r"Mum|Dad|Mother|Nurse|Teacher|Farmer|Student|Shopkeeper|Landlord|Landlady")
"""A tabloid's descriptor before a first name ("Mum-of-two Sarah", "Grandfather-of-five Ken Bellerby")."""


_STYLES = frozenset("HE HH HM HRH HRM".split())
"""Styles of address written as capital initials (His Excellency ...): titles, not names."""


def _drop_styles(tokens: list[str]) -> list[str]:
    """`tokens` without a leading style of address by its initials ("HE", "HRH") before a capitalised word."""
    while len(tokens) > 1 and tokens[0] in _STYLES and tokens[1][:1].isupper():
        tokens = tokens[1:]
    return tokens


def strip_title(name: str) -> str:
    """`name` without leading titles: "French President Anne Dupont" -> "Anne Dupont".

    Also drops a parenthesised note ("(paraphrased)"), a trailing ", role" and a leading
    "the". A phrase that is only a title ("Prime Minister") or an organisation
    ("Norway's Air Force", "the Senate" -> "Senate") keeps its words.
    """
    if not isinstance(name, str):
        return ""
    text = _PAREN.sub(" ", name)
    text = text.split(",", 1)[0]
    text = _SPACE.sub(" ", text).strip(" \t-—–:;.")
    if not text:
        return name.strip() if isinstance(name, str) else ""
    tokens = text.split(" ")
    if tokens[0].lower() in ("the", "a", "an") and len(tokens) > 1:
        tokens = tokens[1:]
    while len(tokens) > 1 and DESCRIPTOR.fullmatch(tokens[0]) and tokens[1][:1].isupper():
        tokens = tokens[1:]  # "Mum-of-two Sarah", "Grandmother Pat": who she is, then her name
    tokens = _drop_styles(tokens)  # "HE Al Shehri": His Excellency, by its initials
    tokens = _drop_title_pairs(tokens)
    tokens = drop_post_nominals(tokens)
    last_title = -1
    for i, tok in enumerate(tokens):
        if i and _bare(tok) in PATRONYMIC:
            break  # "Mohd Rizal bin Haji Abdul Latif": a title inside the father's name is part of the name
        if _bare(tok) in TITLE_WORDS:
            last_title = i
    of = next((i for i in range(1, len(tokens) - 2) if tokens[i].lower() in ("of", "for", "de", "del")
               and _bare(tokens[i - 1]) in TITLE_WORDS), None)
    if of is not None:  # "Minister of Foreign Affairs Ana Lee": the department belongs to the title
        last_title = max(last_title, department_end(tokens, of) - 1)
    rest = tokens[last_title + 1:]
    while len(rest) > 2 and _bare(rest[0]) in DEPARTMENT_WORDS and _bare(tokens[last_title]) in DEPARTMENT_WORDS \
            and rest[1][:1].isupper():
        rest = rest[1:]  # "(Minister for) Foreign Affairs Anne-Marie Schaack": the department's tail
    if (last_title >= 0 and rest and all(t[:1].isupper() or t.lower() in PARTICLES or NAME_PREFIX.match(t) for t in rest)
            and not (len(rest) == 1 and _bare(rest[0]) in ORG_WORDS)
            and not any(_POSSESSIVE.sub("", _bare(t)) in ORG_WORDS for t in rest[:-1])
            and not (_bare(rest[0]) in DEPARTMENT_WORDS and any(_bare(t) in ORG_WORDS for t in tokens[:last_title]))):
        # ("Ministry of Foreign Affairs (of Viet Nam)": 'Foreign' is a title word, but no name follows the ministry)
        # (but "State Department's Bureau of ...": a body before the last word, so no person's name)
        tokens = _drop_title_pairs(rest)  # but "Defence Ministry", "State Department" stay whole: an organisation
        tokens = _drop_styles(tokens)  # "Minister of Energy HE Saeed Al Nuaimi": the style after the title
    tokens = _drop_state_name(tokens, titled=last_title >= 0)
    if last_title < 0:  # "(Minister of Ecology and) Natural Resources Timur Yesmukhanov": the title's tail
        k = 0
        while k < len(tokens) - 2 and _bare(tokens[k]) in DEPARTMENT_WORDS:
            k += 1
        if k >= 2 and all(t[:1].isupper() for t in tokens[k:]):
            tokens = tokens[k:]
    # "Norway's Ana Berg" -> "Ana Berg", but keep "Norway's Air Force"
    if (len(tokens) >= 3 and _POSSESSIVE.search(tokens[0])
            and _bare(tokens[-1]) not in ORG_WORDS and all(t[:1].isupper() for t in tokens[1:])):
        tokens = tokens[1:]
    return " ".join(tokens)


def _fold(token: str) -> str:
    """A token folded for comparison: no accents, lower case, transliteration endings merged."""
    token = unicodedata.normalize("NFKD", token)
    token = "".join(c for c in token if not unicodedata.combining(c))
    token = re.sub(r"[^\w]", "", token.casefold())
    if len(token) > 3:
        token = _ENDING.sub("i", token)
        # Cyrillic х written kh, h, x (Uzbek Latin) or k: Tokhtarov / Toktarov, Kholmatov / Xolmatov
        token = token.replace("kh", "k")
        if token[0] == "x":
            token = "k" + token[1:]
    return token


FAMILY_FIRST = re.compile(r"([A-Z][A-Z][A-Z]+(?:-[A-Z]{2,})?) ([A-Z][a-z]{1,11}(?:-[a-z]+)?)")
"""A family name written first in capitals, then the given name ('OKAMURA Shinji', 'TAKEDA Sachiko')."""


def name_key(name: str) -> tuple[str, ...]:
    """Folded tokens of a title-stripped name (particles kept), surname last: a family name written
    first in capitals ('OKAMURA Shinji') goes to the end, as in 'Shinji Okamura'."""
    stripped = strip_title(name)
    turned = FAMILY_FIRST.fullmatch(stripped)
    tokens = [turned.group(2), turned.group(1)] if turned else stripped.split()
    return tuple(t for t in (_fold(tok) for tok in tokens) if t)


def _first_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names of two full names with the same surname: same person?"""
    if a == b:
        return True
    if len(a) != len(b):
        # "Keir Starmer" vs "Keir Rodney Starmer": the shorter's tokens must be in the longer
        short, long_ = (a, b) if len(a) < len(b) else (b, a)
        return all(any(_tok_match(s, l) for l in long_) for s in short)
    return all(_tok_match(x, y) for x, y in zip(a, b))


def _tok_match(x: str, y: str) -> bool:
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:  # an initial
        return x[0] == y[0]
    return x[0] == y[0] and min(len(x), len(y)) >= 5 and _ratio(x, y) >= 85


def canonical_speakers(names: Iterable[str]) -> dict[str, str]:
    """Map every given name to one canonical name per person.

    - titles go: "President Anne Dupont" and "Anne Dupont" are one person;
    - transliteration variants merge: Kovalenkyy / Kovalenky / Kovalenkiy;
    - a surname alone maps to the full name when exactly one full name has that surname;
    - different first names with one surname stay apart (Boris / Lyndon Johnson), and so do
      similar but different surnames (Rutte / Rutten);
    - "unattributed" maps to itself.
    The canonical name of a group is its longest title-stripped form (ties: alphabetical),
    so the result does not depend on the order of `names`.
    """
    originals: list[str] = []
    seen: set[str] = set()
    for n in names:
        if isinstance(n, str) and n not in seen:
            seen.add(n)
            originals.append(n)
    result: dict[str, str] = {}
    keyed: list[tuple[str, str, tuple[str, ...]]] = []  # original, stripped, key
    for n in originals:
        if n.strip().casefold() == UNATTRIBUTED or not n.strip():
            result[n] = UNATTRIBUTED if n.strip().casefold() == UNATTRIBUTED else n
            continue
        stripped = strip_title(n) or n.strip()
        key = name_key(n) or (stripped.casefold(),)
        keyed.append((n, stripped, key))

    # groups of full names (2+ tokens) by folded surname, then by first names
    groups: list[dict] = []
    for n, stripped, key in sorted(keyed, key=lambda x: (-len(x[2]), x[1])):
        if len(key) < 2:
            continue
        placed = False
        for g in groups:
            gkey = g["key"]
            if _surname_match(gkey, key) and _first_compatible(gkey[:-1], key[:-1]):
                g["members"].append((n, stripped))
                placed = True
                break
        if not placed:
            groups.append({"key": key, "members": [(n, stripped)]})
    by_surname: dict[str, list[dict]] = {}
    for g in groups:
        by_surname.setdefault(g["key"][-1], []).append(g)

    for g in groups:
        forms = sorted({s for _, s in g["members"]}, key=lambda s: (-len(s.split()), s))
        canon = forms[0]
        for n, _ in g["members"]:
            result[n] = canon
    singles: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for n, stripped, key in keyed:
        if len(key) >= 2:
            continue
        cands = by_surname.get(key[0]) or [g for g in groups if _surname_match(g["key"], key)]
        if len(cands) == 1:
            result[n] = result[cands[0]["members"][0][0]]
        else:
            singles.setdefault(key, []).append((n, stripped))
    for key, members in singles.items():  # unresolved single names: merge their spellings
        canon = sorted({s for _, s in members})[0]
        for n, _ in members:
            result[n] = canon
    return _state_bodies_joined(result)


def _state_bodies_joined(result: dict[str, str]) -> dict[str, str]:
    """One canonical name for a state's body named by its country's possessive and by its adjective
    ("China's foreign ministry", "Chinese foreign ministry"), for a state named by its name or its capital and
    its government ("Niamey", "Niger", "Nigerien government"), and for whatever each already joined."""
    by_key: dict[tuple[str, ...], set[str]] = {}
    for n, canon in result.items():
        if (key := _state_body_key(n)) is not None:
            by_key.setdefault(key, set()).add(canon)
    # (a state named by its capital joins its government under the government's name: 'Nigerien government')
    merge = {c: min(cs, key=lambda x: (state_code(x) is not None, x))
             for cs in by_key.values() if len(cs) > 1 for c in cs}
    return {n: merge.get(c, c) for n, c in result.items()} if merge else result


_MISSIONS = frozenset("embassy consulate mission".split())
"""A state's posts abroad, named with or without their city ('Russia's embassy in Kinshasa')."""


def _state_body_key(name: str) -> tuple[str, ...] | None:
    """A state's body named by its country's possessive or its adjective, in any capitals ("China's foreign
    ministry", "Chinese Foreign Ministry", "Kazakhstan's Ministry of Energy"; a post with or without its city,
    "Russia's embassy in Kinshasa", "Russian embassy"), or the state itself by its name or capital ("Niamey",
    "Niger", as "Nigerien government") -> one key for all (a single-item tuple: no surname to match), else None."""
    if name[:1].isupper() and (code := state_code(name.removeprefix("the ").removeprefix("The "))) is not None:
        return (f"{code} government",)  # 'Niamey said', 'China ... said': the state's government speaking
    words = name.split()
    for k in range(1, min(4, len(words))):
        owner = " ".join(words[:k])
        owner = owner[:-2] if owner.endswith(("'s", "’s")) else owner
        body = words[k:]
        if not all(w[:1].isalpha() for w in body) or not (
                body[0][:1].islower() or any(w.lower() in ORG_WORDS for w in body)):
            continue  # ('Foreign Ministry', 'Ministry of Energy'; not 'Jordan Peterson')
        if owner[:1].isupper() and (code := country_lookup(owner)) is not None:
            if len(body) >= 3 and body[-2] == "in" and body[-1][:1].isupper() and body[0].lower() in _MISSIONS:
                body = body[:-2]  # "Russia's embassy in Kinshasa" is the "Russian embassy" of the next sentence
            return (f"{code} {' '.join(body).casefold()}",)
    return None


def _surname_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    x, y = a[-1], b[-1]
    if x == y:
        return True
    # long surnames with identical given names may differ by a typo or a transliteration
    return (len(a) >= 2 and len(b) >= 2 and a[:-1] == b[:-1] and min(len(x), len(y)) >= 7
            and x[0] == y[0] and _ratio(x, y) >= 92)
