"""Sentence and paragraph spans: the units evidence is quoted in."""

from __future__ import annotations

import re

TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Sen", "Rep", "Gov", "Pres",
                       "Adm", "Cmdr", "Cdr", "Cdre", "Comdt", "Maj", "Brig", "Hon", "Rev", "Amb", "Lieut", "Cllr", "Eng", "Ing")
"""Titles written with a dot before a name ('Mr. Tessier', 'Adm. Lee'): the dot ends no sentence."""
TITLE_ABBREV = "(?:" + "|".join(TITLE_ABBREVIATIONS) + ")"
"""One of `TITLE_ABBREVIATIONS`, as a pattern fragment (its dot not included)."""
OTHER_ABBREVIATIONS = ("St", "Jr", "Sr", "No", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
                       "Oct", "Nov", "Dec")
"""Other words whose dot ends no sentence ('St. Petersburg', 'Jan. 4')."""


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of `text` (a news paragraph is one line here)."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


_LINK_LINE = re.compile(r"(?im)^[ \t]*(?:related(?:[ \t]+(?:news|stories|articles?|coverage|content))?|"
                        r"(?:read|see)[ \t]+(?:also|more|next)|also[ \t]+(?:read|see)|more[ \t]+on[ \t]+this(?:[ \t]+story)?|"
                        r"recommended)[ \t]*[:>»|–—-][^\n]*")


def link_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that link to other stories ('Related news: Indonesia to tighten checks ...', 'READ
    ALSO: ...'): another article's headline, nothing this one reports."""
    return [m.span() for m in _LINK_LINE.finditer(text)] if ":" in text or "»" in text or "|" in text else []


_LAST: list = [None, ()]  # one-entry cache: every extractor splits the same article


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of `text`, trimmed of surrounding white space."""
    if _LAST[0] is text or (type(text) is str and _LAST[0] == text):
        return list(_LAST[1])
    spans = _split_sentences(text)
    _LAST[0], _LAST[1] = text, tuple(spans)
    return spans


_ABBREVS = frozenset(TITLE_ABBREVIATIONS + OTHER_ABBREVIATIONS) | frozenset(
    "U.S U.K U.N E.U a.m p.m Inc Ltd Co Rev Hon Mt Ft approx est Fig Vol".split())
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before
# whitespace and a capital, digit, opening quote or bullet; or at a line break.
# "[.!?…][.!?…]*" rather than "[.!?…]+": a pattern that opens with a character class
# lets the engine skip to the next candidate in C (same matches, much faster)
_INLINE_END = re.compile(r"[.!?\u2026][.!?\u2026]*[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9\u2022-])")
_WORD_BEFORE = re.compile(r"[\w.]+$")
_UNIT_WORD = re.compile(r"[A-Z][a-z]{1,2}")
_SPACE_DIGIT = re.compile(r"\s\d")


def _split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        start = pos
        if nl > pos:
            for m in _INLINE_END.finditer(text, pos, nl):
                if text[m.start()] == "." and _is_abbrev(text, start, m.start()):
                    continue
                _push(text, start, m.end(), spans)
                start = m.end()
            _push(text, start, nl, spans)
        pos = nl + 1
    return spans


def _is_abbrev(text: str, lo: int, dot: int) -> bool:
    w = _WORD_BEFORE.search(text, max(lo, dot - 8), dot)
    if not w:
        return False
    word = w.group()
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    if _UNIT_WORD.fullmatch(word) and _SPACE_DIGIT.match(text, dot + 1):
        return True  # a currency or unit written with a dot: "Nu. 50 million", "Rs. 500", "Vol. 3"
    return word in _ABBREVS or word.lstrip(".") in _ABBREVS


def _push(text: str, s: int, e: int, spans: list[tuple[int, int]]) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        spans.append((s, e))


# Lower-cased words per sentence: a cheap prefilter for the extractors (a set
# intersection in C instead of a regex scan of every sentence).  The text is
# encoded to ASCII with one byte per character ("?" for the rest), so offsets
# are preserved, and folded with one bytes.translate.
_BYTE_TABLE = bytes((c + 32) if 65 <= c <= 90 else c if (48 <= c <= 57 or 97 <= c <= 122 or c == 45)
                    else 32 for c in range(256))
_LAST_WORDS: list = [None, ()]


def folded(text: str) -> str:
    """`text` lower-cased (ASCII), every character that is not a letter, digit or hyphen
    replaced by a space; same length as `text`."""
    return text.encode("ascii", "replace").translate(_BYTE_TABLE).decode("ascii")


def sentence_words(text: str) -> list[list[str]]:
    """For each span of :func:`split_sentences`, its lower-cased words."""
    if _LAST_WORDS[0] is text or (type(text) is str and _LAST_WORDS[0] == text):
        return list(_LAST_WORDS[1])
    low = folded(text)
    words = [low[s:e].split() for s, e in split_sentences(text)]
    _LAST_WORDS[0], _LAST_WORDS[1] = text, tuple(words)
    return words


_LAST_LOWER: list = [None, ""]


DASH_ASIDE = re.compile(r"\s[-—–]\s[^-—–.;:\n]{1,160}?\s[-—–](?=\s)")
"""An aside set off by dashes between a subject and its verb ('The government in Gaborone - no longer
the one I served in - has offered ...'): match it from the space before the first dash."""
PAPER_HEADING = re.compile(r"^[ \t]*(?P<paper>[A-Z][A-Z'’&. -]{2,60}[A-Z])[ \t]+\((?:[^,()\n]{1,40},[ \t]*){0,2}"
                           r"(?P<place>[A-Z][^,()\n]{1,40})\)[ \t]*$", re.M)
"""A press digest's section heading, the paper then its city and country: 'HARIAN NUSANTARA (Jakarta,
Indonesia)'."""
NOT_DONE = r"(?:has|have|had|did|does|do)(?:\s+not|n[’']t)(?:\s+yet)?"
"""An auxiliary with its negation ("has not yet", "did not", "haven't"): the verb after it was not done.
Shared by the rules that read "have not offered troops" / "did not offer assistance" as nothing given."""
REPORT_CREDIT = r"(?:reporting|to\s+(?:this|the)\s+(?:report|story|article|dispatch))\b"
"""What follows "contributed" in a reporter's credit line ("X in Wellington contributed to this report"):
neither a pledge nor a country's participation."""
CAPACITY_VERB = r"allows?|permits?|improves?"
"""The verb that ends a capacity condition ("if its own fire season allows", "if the weather permits")."""
DEMAND_OPENERS = ("provided t", "provided n", "on condition", "as long as", "so long as", "hinge", "depend",
                  "contingent", "conditional", "with")
"""How a condition stated as a demand, not an event, opens ("provided that ...", "on condition that ...",
"hinges on airlift", "with a condition"): pledges take it whatever it names; stances read the offer as
undecided (lower-case prefixes for str.startswith; not "provided satellite imagery", a verb)."""
PARTNERS = r"(?:partners|allies|neighbou?rs|friends|donors|creditors|backers)"
"""The others a state turns to ("asked its EU partners for", "Tonga's development partners began
sending"): a pattern fragment for lower-cased text."""
WAR_END = r"ceasefire|cease-fire|truce|armistice|peace|war|conflict|hostilit\w+|fighting"
"""The fighting and its end ("once a ceasefire holds", "the day the conflict stops"): a pattern fragment
for conditions that are events of the war, shared by the pledge and stance rules."""
DELIBERATION = (r"weigh(?:s|ing)|consider(?:s|ing)|stud(?:ies|ying)|review(?:s|ing)|assess(?:es|ing)|examin(?:es|ing)|analy[sz](?:es|ing)|"
                # ("India is consulting allies on whether to send naval vessels")
                r"consult(?:s|ing)\s+(?:with\s+)?(?:its\s+|their\s+)?(?:allies|partners|neighbou?rs)\s+(?:on|about|over)\s+whether|"
                r"mull(?:s|ing)|evaluat(?:es|ing)|(?:(?:must|has\s+to|have\s+to|needs?\s+to)\s+decide|"
                r"(?:is|are|was|were)\s+(?:still\s+)?deciding)\s+whether")
"""A government still deliberating ("is weighing", "studies", "must decide whether", "is still deciding
whether"): a pattern fragment shared by the pledge and stance rules for requests that are not yet answered."""
ASIDE_WORDS = (r"however|meanwhile|though|nonetheless|nevertheless|moreover|instead|separately|too|also|in\s+turn|"
               r"for\s+(?:its|their|his|her|our)\s+part|by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand")
"""An aside set off by commas between a subject and its verb ("China's embassy, however, warned", "Russia's
embassy in Kinshasa, for its part, denounced"): a pattern fragment, lower case."""
YET_TO = r"yet\s+to\s+(?:decide|commit|offer|pledge|send|announce|confirm)"
"""A decision still to come ("have yet to commit ships"): considering to the pledge rules, undecided
to the stance rules; a pattern fragment."""
NOT_RULED_OUT = r"(?:not|n[o'’]t|never)\s+(?:yet\s+|so\s+far\s+|entirely\s+|completely\s+|fully\s+)?rul(?:e|ed|ing)\s+out\b"
"""A refusal denied ("has not ruled out sending troops", "did not rule out a contribution"): still open,
considering to the pledge rules and undecided to the stance rules; a pattern fragment."""
LOOKING_AT = r"look(?:s|ing)?\s+(?:(?:closely|carefully|seriously)[\"”’]?\s+)?(?:at|into)"
"""A government looking at a request ("is looking closely at", "is “looking seriously” at", "looks into"): the
same kind of fragment as DELIBERATION, for the phrase that is not one verb."""
STATE_BODY = r"(?:embass(?:y|ies)|high\s+commissions?|consulates?|ministry|ministries|governments?|foreign\s+office)"
"""A state's own body, which speaks and gives for it ("its embassy", "the British High Commission",
"Russia's foreign ministry"): a pattern fragment, for lower-cased text or inside (?i:...)."""
GRANT_VERB = (r"releas\w*|grants|granted|pays?|paid|hands?\s+over|handed\s+over|allows?|allowed|permits?|permitted|"
              r"guarantees?|guaranteed|covers?|covered")
"""What another party must grant before an offer holds ("once the prosecutor’s office releases the site", "provided
the insurers pay"): a pattern fragment."""
IN_CAPITAL = r"(?:[-–—•]\s*)?(?:In|From)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+"
"""A sentence opened by the capital its speaker speaks from ("In Dublin, the Department ...", "— From Moscow, the
spokeswoman ..."): a pattern fragment, the capital in group 1."""
GOVERNMENT_OF = (r"\b(?:governments?|authorities|leaders?|presidents?|prime\s+ministers?|ambassadors?|envoys?|"
                 r"(?:foreign|defen[cs]e|interior|finance|trade|health)\s+ministers?|"  # ("the defence ministers of Latvia")
                 r"(?:permanent\s+)?representatives?|delegations?|"  # ("the representative of India said", at the UN)
                 r"kings?|queens?|emirs?|amirs?|sultans?|monarchs?|crown\s+princes?|"  # ("His Majesty the King of Morocco")
                 r"charg[ée]s?\s+d['’]affaires|high\s+commissioners?|embass(?:y|ies)|"  # (its diplomats: the state)
                 # a state's formal name: "the State of Qatar", "the Hashemite Kingdom of Jordan"
                 r"state|republic|kingdom|sultanate|emirate|principality|commonwealth|grand\s+duchy|federation|union)"
                 r"\s+of\s+(?:the\s+)?$")  # ('the Union of the Comoros')
"""A country named as the state itself ("the government of Chad", "the governments of Brazil and Peru", "the ambassadors of Bangladesh and Denmark"),
not as a place: a pattern fragment, searched on lower-cased text that ends where the name starts."""


def trie_regex(words: list[str]) -> str:
    """A prefix-factored alternation of `words` (longest match preferred)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch != ""]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
"""Number words from two to nineteen, as counts of countries, troops or items are written."""

CURRENCY_SYMBOLS = "$€£¥₹₦₱₩₺₫"
CURRENCY_CODES = ("eur", "usd", "gbp", "nok", "sek", "dkk", "chf", "jpy", "cad", "aud", "aed", "sar", "qar", "kwd", "inr",
                  "pkr", "zar", "kes", "ngn", "cny", "rmb", "brl", "mxn", "dh", "dhs", "rs", "ksh", "rp", "rm", "myr", "ghs",
                  "idr", "thb", "bdt", "lkr", "npr", "tzs", "ugx", "etb", "frw", "rwf", "jd", "jod", "bgn", "xof", "fcfa",
                  "kd", "bhd", "omr", "pln", "czk", "ron", "uah", "rub", "egp", "ils", "nis", "krw", "php", "vnd", "vnđ",
                  "kz", "aoa", "bnd", "bwp", "zmw", "mwk", "mzn", "xaf", "cfa", "ttd", "jmd", "xcd", "fjd", "pgk", "mur",
                  "lrd", "sll", "gmd", "kzt", "uzs", "azn", "isk", "clp", "cop", "ars", "pyg", "gtq", "hnl", "dop", "htg",
                  "mvr", "mnt", "khr", "lak", "twd", "sgd", "nzd", "hkd", "qr", "bif", "bd", "huf", "rsd", "mkd", "amd",
                  "byn", "mdl", "kgs", "tjs", "afn", "irr", "iqd", "syp", "lbp", "yer", "sdg", "ssp", "djf", "mga", "scr",
                  "kmf", "cve", "gnf", "sle", "lsl", "szl", "dzd", "tnd", "lyd", "uyu", "nio", "crc", "pab", "bzd", "bsd",
                  "bbd", "srd", "gyd", "wst", "vuv", "sbd", "xpf", "mmk", "btn", "mru", "tk", "sr", "ro", "sh", "tsh", "ush")
"""Currencies written before a sum: symbols, and ISO codes or local letter prefixes ("Dh55", "Rs 500",
"KSh2", "Sh30,000", "RM12mil", "QR500mn"), lower-cased. Never a code that is an English word before a number: ALL (lek), TOP
(pa'anga), TRY (lira), MAD (dirham) would read 'all 26 countries', 'top 10', 'try 3'."""
CURRENCY = (rf"(?i:(?:us|a|c|ca|nz|hk|s|sg|tt|j|ja|bd|ec|nt|fj|r)?[{re.escape(CURRENCY_SYMBOLS)}](?:us|a|c|nz|hk)?(?![a-z])|(?<![a-z])(?:"
            + trie_regex(CURRENCY_CODES) + r")\.?|(?<![A-Za-z])(?-i:LE))")
"""The currency before a sum ("$", "A$", "CA$", "TT$", "$US", "€", "EUR", "Dh", "Rs."), in either case, or the
Egyptian pound's "LE" in capitals only ("LE25 million", not French "le 25 août"): a pattern fragment."""
BULLET = r"[ \t]*[-–—•*][ \t]+"
"""A list item's bullet at a line's start ("- ", "• ", "* "): a pattern fragment."""
CLOCK_TIME = r"\d{1,2}[.:]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?"
"""A time of day ("8.30am", "14:20", "5.25 p.m."): a pattern fragment."""
TIME_STAMP = CLOCK_TIME + r"(?:\s+[A-Z]{2,4})?\s*[-–—:|]\s+"
"""A live blog's time before a line's text ("8.30am - ", "14:20 GMT – "): a pattern fragment."""
MONEY_START = CURRENCY + r"\s?\d"
"""Where a sum of money starts ("$5", "€ 20", "A$20", "NZ$5", "$US1.5", "EUR 60", "Dh55", "Rs 500", "KSh2"), in
either case (the extractors match lower-cased text too): a pattern fragment for their own patterns."""

FORMAL_STATE = (r"(?:(?:[A-Z][\w'’-]+\s+){0,3}(?:Republic|Kingdom|Union|Commonwealth|Federation|Sultanate|"
                r"Emirate|Principality|State)\s+of\s+(?:the\s+)?)")
"""A state's formal name before its short one ("the Republic of Uzbekistan", "the Federal Democratic Republic of
Ethiopia", "the Union of the Comoros"), capitalised: a pattern fragment."""

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
"""A month's name, whole or shortened, capitalised ("March", "Sept"): a pattern fragment."""

INITIALS_IN = re.compile(r"\s+\([A-Z][\w.]{1,9}\)(?=\s)")
"""A body's initials in brackets inside or after its name ("the Mano River Union (MRU) Secretariat", "60
Jamaica Defence Force (JDF) engineers"): dropped where the name or what a number counts is read."""

POST_SIGNATURE = re.compile(r"[—–-]{1,2}\s*(?P<name>[^()\n]{1,80}?)\s*\(@(?P<h>\w{1,30})\)")
"""The line signing a reproduced social-media post: "— Name (@handle) date"."""

# "in May", "By May 3": the month inside a sentence (the modal "may" is lower-case there)
_MONTH_MAY = re.compile(r"(?<=[^.!?\"“”\s])\s+(May)\b")


def same_length_lower(text: str) -> str:
    """`text` lower-cased character for character, so that offsets carry over ("İ", which
    lower-cases to two characters, is left as it is)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


_MODAL_MARK = re.compile(r"(\b(?:will|would|could|can|shall|should|must|did|does|do|is|are|was|were)\s)[‘“\"](?=not\b|never\b)")


def lower(text: str) -> str:
    """`same_length_lower(text)`, and the month "May" inside a sentence becomes "mai", so that
    patterns for the modal "may" do not read it."""
    low = same_length_lower(text)
    if "‘not" in low or "“not" in low or '"not' in low or "‘never" in low or "“never" in low or '"never' in low:
        low = _MODAL_MARK.sub(r"\1 ", low)  # "would ‘not send money’": the negation goes on past the quotation mark
    if "May" in text:
        for m in _MONTH_MAY.finditer(text):
            low = f"{low[:m.start(1)]}mai{low[m.end(1):]}"
    return low


def lowered(text: str) -> str:
    """`lower(text)`, cached for the last text."""
    if _LAST_LOWER[0] is text or (type(text) is str and _LAST_LOWER[0] == text):
        return _LAST_LOWER[1]
    low = lower(text)
    _LAST_LOWER[0], _LAST_LOWER[1] = text, low
    return low


def starting_with(chars: str, rx: re.Pattern) -> re.Pattern:
    """`rx` behind a lookahead for `chars`, a class of the characters that every match of
    `rx` starts with (keep it in sync with the pattern). The engine then rejects most
    positions before trying the pattern's alternation: same matches, faster."""
    return re.compile(f"(?={chars})(?:{rx.pattern})", rx.flags)


def spells_initials(words: list[str], initials: str) -> bool:
    """`initials` are those of `words`, a body's name: the capitalised words' first letters in any order
    ('Colombian Geological Service (SGC)', for Servicio Geológico Colombiano), or every word's, small ones
    too ('Economic Community of West African States (ECOWAS)')."""
    want = sorted(initials.upper().replace("&", ""))
    return bool(words) and (sorted("".join(w[0] for w in words if w[:1].isupper())) == want
                            or sorted("".join(w[0] for w in words).upper()) == want)


def is_title_case(sentence: str) -> bool:
    """Most of the sentence's longer words are capitalised: a headline ("26 Countries Promise Support")."""
    words = [w for w in sentence.split() if w[:1].isalpha() and len(w) > 3]
    return len(words) > 1 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)
