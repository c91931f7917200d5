"""Figures: numbers with what they count, so sources can be compared side by side.

A figure is a number as written - digits ("26", "1,000", "2.5"), money
("$2.5 billion", "€300 million"), percentages ("40%", "40 percent") or number
words ("twenty-six", "nine", "a dozen") - and `what` it counts: the short noun
phrase that follows, up to and including its first plural head noun
("countries", "Russian strike and decoy drones"), with "nations" normalised to
"countries" so that "26 nations" and "26 countries" line up; "N-nation X" and
"N-country X" count countries. A number followed by "were/was ..." or a past
participle takes that predicate ("84 were intercepted or jammed" ->
"intercepted or jammed"). A number directly followed by "of those/the N"
reads through ("26 of those countries" -> "countries").

Skipped: years (1800-2100 standing alone), dates and days of the month next to
a month name, times (10:30, 9 a.m.), ordinals ("21st", "fourth"), numbers glued
to letters ("G7", "F-16", "COVID-19"), references ("Article 5", "Section 3",
"No. 2", "page 4", "Chapter 7", "Resolution 2231"), and the word "one".

Also: currency with a suffix ("£60m", "$2.5bn"; "60m" alone may be metres and is
skipped), units glued to a number ("1,400km border" -> "km border"), a predicate
noun after "would/will be" ("400 would be unarmed observers"), and plural heads
without -s ("3 maritime patrol aircraft", "500 personnel").
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.core.models import Figure
from tui.core.sentences import CURRENCY, CURRENCY_CODES, CURRENCY_SYMBOLS, INITIALS_IN, MONTH, SMALL_NUMBERS, is_title_case, sentence_words, split_sentences

_UNITS = {"zero": 0, **SMALL_NUMBERS}
_ONES = {"one": 1, **_UNITS}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALE = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "bn": 1e9, "bln": 1e9, "mln": 1e6, "thous": 1e3, "mil": 1e6, "mn": 1e6, "m": 1e6, "k": 1e3, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}

_WORD_NUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|"
             r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
             r"fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozens|hundreds|thousands|"
             r"(?:half\s+)?a(?=\s+(?:million|billion)\b)|one(?=\s+(?:hundred|thousand|million|billion)\b))")
# ("barely a million people", "one million euros"; "one" alone is no figure)
_NOT_AFTER_MONTH = "".join(f"(?<!{m} )" for m in (
    "Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec January February March April June July August "
    "September October November December").split())
_LETTER = r"(?<![\w.])[NRK]"
_LETTER_CURRENCY = _LETTER + r"(?=\d[\d.,]*\s?(?:million|billion|trillion|bn|mn)\b)"
"""Naira, rand and kwacha written as one capital before a sum with its scale ("N4.2bn", "R1,2 billion"); never before
a bare number, which may be a road ("the N1") or a model: a pattern fragment."""
_CURRENCY_BEFORE = re.compile(r"(?:" + CURRENCY + r" {0,2}|" + _LETTER + r")$")  # "$", "US$ ", "Dh", "Rs ", "N" just before the digits
_HYPHEN_WORDS = ("nation", "country", "member", "strong", "bed", "tonne", "ton", "metre", "meter", "kilometre", "kilometer",
                 "nautical-mile", "mile", "kg", "kilogram", "litre", "liter", "megawatt", "kilowatt", "gigawatt",
                 "truck", "vehicle", "ship", "vessel", "boat", "plane")
"""What a number hyphened to a word counts ("a 26-nation coalition", "a 60-bed hospital", "a 300-metre
stretch", "the 15-megawatt plant", "the 31-truck convoy"). A number hyphened to any other word is no figure ("a 5-star hotel"), except a span of time
("a 10-year plan"), which is kept without being what it counts."""
_SUFFIX_CURRENCY = (r"F[ \u00a0]?CFA|DA|DZD|DT|TND|"
                    + "|".join(sorted((c.upper() for c in CURRENCY_CODES if len(c) >= 3), key=len, reverse=True)))
"""A currency's code written after a sum, in capitals ("500.000 DA", "150 000 F CFA", "2,000 USD"): a pattern fragment."""
_NUMBER = re.compile(
    r"(?<![\w.,/:@#\-])"
    r"(?P<cur>" + CURRENCY + r"\s?|" + _LETTER_CURRENCY + r")?"
    # (a sum right after its symbol may group thousands with spaces: "US$750 000", and so may any
    # number before a word, in French style: "3 000 blankets", "500 000 FCFA")
    r"(?:(?P<num>(?<=[" + re.escape(CURRENCY_SYMBOLS) + r"])\d{1,3}(?:[ \u00a0]\d{3})+(?![\d.,])|"
    + _NOT_AFTER_MONTH + r"\d{1,3}(?:[ \u00a0]\d{3})+(?=[ \u00a0][A-Za-z])|"  # (not "On May 12 300 troops")
    # (a decimal comma before a scale: "ZWL$52,8 billion", "£1,2 million")
    r"(?P<dec>\d{1,3},\d{1,2})(?=\s?(?:million|billion|trillion|bn|mln|bln)\b)|"
    # (thousands grouped with dots, in continental style: "1.500.000", and "500.000 DA" before a currency)
    r"(?P<dots>\d{1,3}(?:\.\d{3}){2,}(?![\d.])|[1-9]\d{1,2}\.\d{3}(?=[ \u00a0]?(?:" + _SUFFIX_CURRENCY + r"|dinars?|euros?|€)(?!\w)))|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|(?P<word>(?i:" + _WORD_NUM + r")))"
    # ("US$20-million" in South African style; Indian lakh and crore: "2.6 lakh people")
    r"(?P<scale>\s?(?:hundred|thousand|million|billion|trillion|bn|mln|bln|lakhs?|crores?)\b|(?<=\d)\sthous\.|(?<=\d)(?:mil|mn)\b|-(?:million|billion)\b|(?<=\d)(?:m|k|M)\b(?<=[\d.," + re.escape(CURRENCY_SYMBOLS) + r"]..)|(?<=\d)(?:m|k|M)\b(?<=[A-Za-z]\d.)|(?<=\d)\sM\b(?![.’'-]\w))?"  # ("BGN 4.5 M")
    r"(?P<unit>(?<=\d)\s?(?:km|kms|kilometres|kilometers|miles|sq\s?km|kg|tonnes|tons|hectares|mm|cm)\b)?"
    r"(?P<pct>\s?%|\s(?:percent|per\s+cent)\b)?"
    r"(?![\w]|[.,]\d|:\d|-(?!" + "|".join(_HYPHEN_WORDS) + r"|year|day|month|week|point)\w)")  # ("PLN 8 thous.")


_MONTH_BEFORE = re.compile(r"\b" + MONTH + r"\.?\s+$")
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s+(?:of\s+)?" + MONTH + r"\b")
_REF_BEFORE = re.compile(
    r"\b(?:Article|Art\.|Section|Chapter|No\.|Number|page|pages|p\.|Resolution|Paragraph|"
    r"Clause|Amendment|Protocol|Rule|Title|Volume|Vol\.|Phase|Stage|Level|Flight|"
    r"Route|Highway|Gate|Room|Terminal|Episode|Season|Part|Figure|Fig\.|Table|Item|Version|"
    r"version|Model|Block|Unit|Mark|Mk\.|COVID|Covid|Windows|iPhone)\s+$")
_TIME_AFTER = re.compile(r"^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|CET|EST|BST|o'clock|hrs\b|h\b)", re.I)
_STOP = frozenset(
    "the a an have has had is are was were will would could should may might can must "
    "to in on at for with by from that which who whom whose this these those than as into "
    "onto over under after before during since until while when where if but so because "
    "been be being not no it its their his her our your they we he she them also each "
    "per said says according about around nearly almost some all more most less least "
    "across between among against out up down off through via".split())
_TRAIL = frozenset("overnight yesterday today tonight daily annually so far now recently".split())
_VERB_AFTER = re.compile(r"\s+(?:were|was|are|is|have\s+been|had\s+been|been|"
                         r"(?:would|will|could)\s+be)\s+", re.I)
_PARTICIPLE = re.compile(r"^[a-z]+ed$")


def _word_value(word: str) -> float | None:
    w = " ".join(word.lower().replace("-", " ").split())
    if w == "a dozen":
        return 12
    if w == "half a":
        return 0.5  # "half a million" (the scale follows)
    if w == "a":
        return 1  # "a million"
    if w in ("dozens", "hundreds", "thousands"):
        return None
    parts = w.split()
    total = 0
    for p in parts:
        if p in _TENS:
            total += _TENS[p]
        elif p in _ONES:
            total += _ONES[p]
        else:
            return None
    return total


def extract_figures(text: str) -> list[Figure]:
    """Figures of one article, in text order."""
    if not isinstance(text, str) or not text:
        return []
    out: list[Figure] = []
    sentences = split_sentences(text)
    si = 0
    title_of: dict[tuple[int, int], bool] = {}  # evidence span -> is_title_case of it
    counted: list[Figure] = []  # the figures so far that name what they count (not money)
    last_money = False  # whether the figure before is money
    for m in _candidates(text, sentences):
        s, e = m.span()
        num, word = m.group("num"), m.group("word")
        if word:
            value = _word_value(word)
            if value is None:
                continue
        else:
            if len(num) > 30 or (len(num) > 1 and num[0] == "0" and num[1].isdigit()):
                continue  # (nor "000", the tail of "3 000" grouped with a space)
            try:
                if m.group("dec"):
                    num = num.replace(",", ".")  # a decimal comma ("52,8 billion")
                elif m.group("dots"):
                    num = num.replace(".", "")  # thousands grouped with dots ("500.000 DA")
                value = float(num.replace(",", "").replace(" ", "").replace("\u00a0", ""))
            except ValueError:
                continue
        before = text[max(0, s - 14):s]
        after = text[e:e + 40]
        if num:
            if _REF_BEFORE.search(before) or _TIME_AFTER.match(after):
                continue
            if _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
                continue
            if _ORDINAL_AFTER.match(after):
                continue
            if "," not in num and "." not in num and 1800 <= value <= 2100 and \
                    not m.group("cur") and not m.group("pct") and not m.group("scale") and \
                    not _COUNTED_AFTER.match(after):
                continue  # a year
        scale = m.group("scale")
        if scale and scale.strip().lower() in ("m", "k") and not m.group("cur"):
            continue  # "60m" without a currency may be metres
        if scale:
            value *= _SCALE[scale.strip(" -.").lower()]
        value = float(value)
        while si < len(sentences) and sentences[si][1] <= s:
            si += 1
        if si < len(sentences) and sentences[si][0] <= s:
            es, ee = sentences[si]
        else:
            es, ee = s, e
        # several figures often share a sentence: decide its title case once
        title = title_of.get((es, ee))
        if title is None:
            title = title_of[es, ee] = is_title_case(text[es:ee]) if ee - es < 300 else False
        _TITLE_CASE[0] = title
        what = _what(text, e, ee, bool(m.group("pct")), bool(m.group("cur")))
        if (lead := _SCALE_NAME_BEFORE.search(text, max(0, s - 12), s)) is not None:
            what = " ".join((lead.group(1).lower(), what)).strip()  # "a magnitude-6.9 earthquake", "a Category 4 storm"
        if m.group("unit"):
            unit = " ".join(m.group("unit").split())
            what = unit + (" " + what if what else "")
        money = bool(m.group("cur")) or bool(m.group("pct")) or _CURRENCY_AFTER.match(text, e) is not None
        if not money and (not what or _ELLIPTIC_WHAT.fullmatch(what)) and counted:
            # "41 people were killed and more than 140 wounded", "27 people died and 11 are missing",
            # "some 230 people aboard. Coastguards pulled 118 of them": the noun counted before
            last = counted[-1]
            if (last.evidence_start == es and _AND_ANOTHER.fullmatch(text, last.end, s)) or (
                    what == "of" and _OF_THEM.match(text, e) and s - last.end < 300):
                head = last.what.split()[0]
                what = head if what in ("", "of") else f"{head} {what}"
        if not money and (not what or _VERB_AFTER.match(text, e)) and \
                (group := _GROUP_OF.search(text, max(0, s - 24), s)) is not None:
            what = group.group(1).lower()  # "his crew of nine", "a crew of nine was anchored": the group counted,
            # not what became of it
        if not money and not what and (est := _ESTIMATED_BEFORE.search(text, max(es, s - 120), s)) is not None:
            what = est.group(1).lower()  # "Japanese nationals in Manila, estimated at about 17,000, were safe": nationals
        if not money and not what and (rose := _ROSE_TO_BEFORE.search(text, max(es, s - 120), s)) is not None:
            what = "deaths" if rose.group("toll") else rose.group("n").lower()  # "confirmed cases ... have risen to 63"
        if word and not what and not _DETERMINER_BEFORE.search(text[max(0, s - 12):s]):
            continue  # "three" alone is rarely a figure worth comparing (but "... died and two are missing")
        fig = Figure(value=value, what=what, evidence=text[es:ee], start=s, end=e,
                     evidence_start=es, evidence_end=ee)
        if what and out and not money and not out[-1].what and not last_money and \
                _PAIRED.fullmatch(text, out[-1].end, s):
            # "sent 25 and 30 officers respectively": the first number counts the same noun
            out[-1] = replace(out[-1], what=what)
        last_money = money
        out.append(fig)
        if not money and what and not _ELLIPTIC_WHAT.fullmatch(what.split()[0]):
            counted.append(fig)
    return out


# a figure whose counted noun is left out ("140 wounded", "11 are missing") and what links it to the one before
_ELLIPTIC_WHAT = re.compile(r"[a-z]+ed|missing|dead|injured|hurt|unaccounted|of")
_AND_ANOTHER = re.compile(r"[^.;:!?]{0,60}?(?:\band|,)\s+(?:(?:more\s+than|at\s+least|about|some|another|nearly|almost|"
                          r"over|around)\s+)?")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b")
_PAIRED = re.compile(r"\s*(?:and|or|to|-|–)\s*")


_GROUP_OF = re.compile(r"\b(crew|team|force|contingent|detachment|unit|delegation|squad|group|party)\s+of\s+"
                      r"(?:about\s+|some\s+|around\s+|nearly\s+|up\s+to\s+|more\s+than\s+)?$", re.I)
"""A group counted by the number after it ('his crew of nine', 'a force of 1,200' with no noun after)."""
_WHERE_AFTER_NOUN = r"(?:\s+(?:in|at|on|among|from)\s+(?:the\s+)?[\w'’-]+(?:\s+[A-Z][\w'’-]*)?)"
"""Where a counted noun's people or things are ('nationals| in Manila', 'cases| in Lautoka'): a pattern fragment."""
_ESTIMATED_BEFORE = re.compile(r"\b([A-Za-z][a-z]+s)" + _WHERE_AFTER_NOUN + r"?,\s+"
                               r"(?:estimated|numbering|thought|believed|put)\s+(?:to\s+number\s+|at\s+)?"
                               r"(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|more\s+than\s+)?$")
"""A group counted in an aside after its noun ('Japanese nationals in Manila, estimated at about 17,000,')."""
_ROSE_TO_BEFORE = re.compile(r"\b(?:(?P<toll>[Dd]eath\s+toll)|(?<!from the )(?<!of the )(?!(?i:prices|rates|levels|temperatures|"
                             r"waters|costs)\b)(?P<n>[A-Za-z][a-z]{2,}s))"
                             # ("confirmed cases of the new H7N5 influenza strain on the ship rose to 214": its kind)
                             r"(?:\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
                             + _WHERE_AFTER_NOUN + r"{0,2}\s+"
                             r"(?:ha(?:ve|s|d)\s+)?(?:risen|rose|climbed|grown|grew|jumped|increased|fallen|fell|dropped)\s+"
                             r"to\s+(?:about\s+|some\s+|around\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?$")
"""A count's noun before its change ('confirmed cases in Lautoka have risen to 63', 'the death toll ... has risen to
43': deaths): what the number counts."""
_SCALE_NAME_BEFORE = re.compile(r"\b(magnitude|[Cc]ategory|level|[Ff]orce)[- ]$")  # ("Level 3" is a reference: _REF_BEFORE)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")
_COUNTED_AFTER = re.compile(r"^\s+(?:troops|soldiers|people|drones|missiles|personnel)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:remaining|other|all|the)\s+$", re.I)
_PCT_OF = re.compile(r"\s+of\s+((?:the\s+)?(?:[\w’'-]+\s+){0,2}?[a-z]+s)\b")
_HYPHEN_NOUN = re.compile(r"^-(" + "|".join(_HYPHEN_WORDS) + r")\b")
_OF_THE_WERE = re.compile(r"\s+[a-z]*[a-rt-z]\s+(?:were|are)\s+(?:[A-Za-z-]+\s+){0,2}?([a-z]{3,}s)\b")
"""What some of a group named by an adjective turn out to be ('two of the dead| were Ugandan nationals'): the noun
counted (but 'four of the hostages are employees' counts hostages, a plural noun already)."""
_OF_THOSE = re.compile(r"^\s+of\s+(?:those|these|the|its|their|our|his|her|my|whose)\s+")
"""'two of the ...', 'three of whose citizens': part of a group, named after."""
_OF_THEM_NOUN = re.compile(r"^\s+of\s+them\s+((?:[a-z-]+\s+)?[a-z]{3,}s)(?=\s*[,;.)])")
"""'the workers, five of them foreign nationals,': what that part of the group is."""
_CURRENCY_AFTER = re.compile(r"[ \u00a0]?(?:" + _SUFFIX_CURRENCY + r")(?![\w])")
"""A currency's code after a sum: money, counting nothing."""
_OWNER_COUNT = re.compile(r"^\s*(?:[\w-]+(?:s['’]|['’]s)\s+)?(?:(?:\d[\d,.]*|" + "|".join(SMALL_NUMBERS) + r")\s+)?(?=[a-z])")
"""After 'two of the', 'two of his': an owner, the whole's count, or both, before the counted noun ('the plant's
three reverse-osmosis trains', 'his nephews’ children', 'his 420 animals')."""
_MONEY_FOR = re.compile(r"^\s+(?:in|of|for|worth\s+of)\s+")
_PARTICIPLE_AFTER = re.compile(
    r"^\s+([a-z]+ed(?:\s+(?:or|and)\s+[a-z]+ed)?)\b(?=\s*[^\w\s]|\s+(?:by|in|on|at|"
    r"to|over|from|with|and|or|during|since|last|this|overnight)\b|\s*$)")
_PRED_PAST = re.compile(r"^((?:[a-z]+ed)(?:\s+(?:or|and)\s+[a-z]+ed)?)")
# after "will/would be": a participle only when no noun follows ("would be unarmed observers")
_PRED_FUTURE = re.compile(
    r"^((?:[a-z]+ed)(?:\s+(?:or|and)\s+[a-z]+ed)?)"
    r"(?=\s*[^\w\s]|\s*$|\s+(?:by|in|on|at|to|over|from|with|and|or|during|since|within|"
    r"before|after|across|along|soon|later|next|\w+ly)\b)")
_FORCES_MEMBERS = frozenset("troops soldiers operators personnel commandos officers units teams".split())
"""Who a 'forces' word counts when one follows it ('40 special forces troops')."""
_TITLE_CASE = [False]
# plural heads without an -s ("3 maritime patrol aircraft", "500 police")
_UNMARKED_PLURALS = frozenset("aircraft personnel police staff people militia infantry "
                              "cattle livestock craft hovercraft spacecraft sheep fish".split())
# "\d\d*", not "\d+": a pattern that opens with a character class lets the engine
# skip non-digits in C (same matches)
_DIGITS = re.compile(r"\d\d*")
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "dozen half million billion".split()) | frozenset(
    f"{t}-{u}" for t in "twenty thirty forty fifty sixty seventy eighty ninety".split()
    for u in "one two three four five six seven eight nine".split())


def _candidates(text: str, sentences: list[tuple[int, int]]):
    """Matches of _NUMBER, found cheaply: digit runs first, number words only in the
    sentences whose words include one."""
    found = []
    last_end = -1
    for dm in _DIGITS.finditer(text):
        s = dm.start()
        if s < last_end:
            continue
        j = s
        cur = _CURRENCY_BEFORE.search(text, max(0, s - 6), s)
        if cur is not None:
            j = cur.start()
        m = _NUMBER.match(text, j)
        if m is None and j != s:
            m = _NUMBER.match(text, s)
        if m is not None and m.group("num"):
            found.append(m)
            last_end = m.end()
        else:
            last_end = dm.end()
    words = sentence_words(text)
    for k, (s, e) in enumerate(sentences):
        if k < len(words) and (not _NUMBER_WORDS.isdisjoint(words[k]) or any(
                "-" in w and w.split("-", 1)[0] in _NUMBER_WORDS for w in words[k])):  # ('a four-member team')
            found.extend(m for m in _NUMBER.finditer(text, s, e) if m.group("word"))
    found.sort(key=lambda m: m.start())
    return found


def _proper(w: str):
    from tui.core.countries import lookup
    return lookup(w)


_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]")


def _norm(w: str) -> str:
    lw = w.lower()
    if w[:1].isupper() and _TITLE_CASE[0] and _proper(w) is None:
        w = lw  # "26 Countries Pledge ..." in a title
    if lw == "nations":
        return "countries"
    if lw in ("nation", "country"):
        return "countries"
    return w


def _what(text: str, e: int, limit: int, pct: bool, cur: bool) -> str:
    if pct:
        m = _PCT_OF.match(text[e:min(limit, e + 50)])
        return "percent" + (" of " + m.group(1) if m else "")
    seg = text[e:min(limit, e + 80)]
    if seg[:1] in "\"”’'":
        seg = seg[1:]  # '"at least 300" marines'
    if seg.startswith(" so-called "):
        seg = " " + seg[11:].lstrip("\"“‘'")  # 'as many as 20 so-called "ghost passengers"'
    hyph = _HYPHEN_NOUN.match(seg)
    if hyph:
        return "countries" if hyph.group(1) in ("nation", "country") else \
            (hyph.group(1) if hyph.group(1) in ("strong", "kg") else hyph.group(1).replace("-", " ") + "s")
        # ('a 60-bed hospital': 60 beds; 'a 50-kg bag': 50 kg)
    vm = _VERB_AFTER.match(seg)
    if vm:
        future = vm.group().strip().lower().startswith(("would", "will", "could"))
        words = (_PRED_FUTURE if future else _PRED_PAST).match(seg[vm.end():])
        if words:
            return words.group(1)
        if not future:
            return ""
        # "400 would be unarmed observers": the predicate noun says what they are
        seg = " " + seg[vm.end():]
    pm = _PARTICIPLE_AFTER.match(seg)
    if pm and pm.group(1) not in ("need", "seed", "speed", "red", "bed"):
        return pm.group(1)
    if (them := _OF_THEM_NOUN.match(seg)) is not None:
        return them.group(1)
    of = _OF_THOSE.match(seg)
    if of:
        seg = seg[of.end() - 1:]
        if (were := _OF_THE_WERE.match(seg)) is not None:
            return were.group(1)  # "Two of the dead were Ugandan nationals": nationals
        owned = _OWNER_COUNT.match(seg)
        if owned and owned.group().strip():
            seg = seg[owned.end() - 1:]  # "two of the plant's three reverse-osmosis trains": trains
    if cur:
        im = _MONEY_FOR.match(seg)
        if im:
            seg = seg[im.end() - 1:]
    if "(" in seg:
        seg = INITIALS_IN.sub("", seg)  # '60 Jamaica Defence Force (JDF) engineers': the force's initials
    toks = []
    for t in _TOKEN.finditer(seg):
        w = t.group()
        if w in "“\"‘" and len(toks) < 3:
            continue  # '14 "quake lakes"', 'eight giant “super pumps”': the counted noun in quotation marks
        if not w[0].isalpha():
            break
        lw = w.lower()
        if not toks and lw in ("more", "other", "additional", "further", "extra"):
            continue  # "recovered four more bodies": bodies
        if lw in _STOP:
            break
        if not toks and lw.endswith("ly") and len(lw) > 4:
            continue  # "35 mostly European countries"
        toks.append(w)
        if len(toks) >= 8 or len(toks) >= 6 and not all(x[:1].isupper() or x in ("of", "and") for x in toks):
            break  # (a name runs longer: "two Royal New Zealand Air Force NH90 helicopters")
    # up to the first plural head noun, plus one following -ing word
    for i, w in enumerate(toks):
        lw = w.lower()
        if lw in _UNMARKED_PLURALS and not (i + 1 < len(toks) and toks[i + 1].lower().endswith("s")):
            if w[:1].isupper() and any(t[:1].islower() and t.endswith("s") and len(t) > 3 for t in toks[i + 1:]):
                continue  # "12 Australian Federal Police hostage negotiators": a body's name, then the counted noun
            return " ".join(_norm(x) for x in toks[:i + 1])
        if lw.endswith("s") and not lw.endswith(("ss", "us", "is")) and len(lw) > 3 and \
                lw not in ("and", "was", "has", "this"):
            if w[:1].isupper() and any(t[:1].islower() and (t.endswith("s") and len(t) > 3 or t in _UNMARKED_PLURALS)
                                       for t in toks[i + 1:]):
                continue  # "two Swedish Armed Forces helicopters": a name's plural, then the counted noun
            if lw == "forces" and i + 1 < len(toks) and toks[i + 1].lower() in _FORCES_MEMBERS:
                return " ".join(_norm(x) for x in toks[:i + 2])  # "40 special forces troops"
            if i + 1 < len(toks) and toks[i + 1].endswith("ing"):
                return " ".join(_norm(x) for x in toks[:i + 2])
            return " ".join(_norm(x) for x in toks[:i + 1])
    # no plural noun: a short singular phrase ("military aid"), no conjunctions
    short = []
    for w in toks[:2]:
        if w.lower() in ("and", "or") or w.lower() in _TRAIL or w.endswith("ing"):
            break
        short.append(w)
    if short and short[-1][0].islower():
        return " ".join(_norm(x) for x in short)
    return ""
