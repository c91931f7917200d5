"""Direct quotations, scare-quoted terms, and who the article says said what.

`extract_quotes(text) -> (quotes, terms)`, both in text order.

How it reads an article (one line = one paragraph):

1. Quotation marks are paired inside a paragraph: curly (“ ” „ « ») and straight
   ("), a straight mark opening or closing by what stands beside it. A quote never
   crosses a paragraph, except by the newspaper convention: a paragraph that ends
   inside a quote and the next paragraph opens with a quotation mark. An opening mark
   that never closes is dropped (unless it opens the whole paragraph), so a stray mark
   never swallows the rest of the article; a quote piece is capped at `MAX_QUOTE`.
2. A reproduced tweet (a paragraph, then `— Name (@handle) Month D, YYYY`) is a quote
   of Name; a whole-paragraph quote followed by a line that is only a name (optionally
   "(paraphrased)" or ", role") is a quote of that name.
3. A short quoted noun phrase introduced as a name (a/the/so-called/called/known
   as/dubbed/what officials call, or Title Cased) is a Term, unless a person is said to
   have called something that ("referring to the pledge as a “...”", "called the deal a");
   "what some engineers call “...”" (no pronoun, no name) is a term; a piece holding "?"
   or "!" never is.
4. Speakers: the speech verb nearest to the quote in its sentence and its subject
   ("X said", "said X", "X, who ..., said", "His deputy, X, said", "according to X",
   "a spokesperson for X", "X: “...”", "“...” — X", "X, the minister, was blunter: “...”",
   "“...” That was the view of X"; "X of the Institute ... in Bergen said" is X, not the
   place; "The Office of Rail and Road (ORR) said" when the initials match, "X (D-Ohio)
   said"; "the RMT union, which ..., said" is RMT unless the name is a person's); a participle ("saying", "calling") takes the subject of its clause; "he"/"she"
   go back to the last speaker or person of the paragraph, then of the three paragraphs
   before (further, up to 1,000 characters, only past short Q&A-like lines and when the
   paragraph names no other speaker); "it" goes back to an organisation quoted in this
   or the previous paragraph; a paragraph that is only a quote continues the speaker of
   the previous paragraph's closing quote; "the Finnish president" goes back to the
   person introduced with that title; a surname becomes the full name the article gives
   (two people with one surname: the one named in full most often, then the one introduced
   first), a first name alone ("Maria said") the one full name starting with it.
   He/she skip people the article has shown to be of the other gender (an earlier he/she
   resolved to them, Mr/Ms/Mrs...); "the Swede said" (a demonym) is the person last named;
   "she laughed. “...”" is her. "the ministry said" / "a ministry spokesman" is the
   ministry named earlier ("Kenya's foreign ministry", "the Ministry of Trade"); "a company
   spokesperson" / "the company said" is the company the article names most often;
   "the regulator said" the organisation named just before. Plural speakers stay
   unattributed: "Both X and Y said", "Ann Lee and Bo Berg said", "the two airlines said";
   so does a place: "Protesters in Bergen said" is not Bergen, and countries, capitals and
   generic institution words ("Saudi Arabia", "Ministry", "Airways") are never persons.
   Otherwise "unattributed" — never a guess.

Speed: the regex engine is only run on small windows around quotation marks; marks,
paragraphs and names are found with `str.find`, so the cost grows with the number of
quotes, not with the length of the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from tui.core.countries import _DEMONYMS, government_name, state_code
from tui.core.countries import lookup as _place_lookup
from tui.core.models import UNATTRIBUTED, Quote, Term
from tui.core.sentences import ASIDE_WORDS, BULLET, CLOCK_TIME, IN_CAPITAL, MONTH, OTHER_ABBREVIATIONS, PAPER_HEADING, POST_SIGNATURE, TITLE_ABBREV, TITLE_ABBREVIATIONS, same_length_lower, spells_initials
from tui.core.speakers import PARTICLES as _PARTICLES
from tui.core.speakers import DESCRIPTOR, FAMILY_FIRST, NAME_PREFIX, PATRONYMIC, TITLE_PAIRS
from tui.core.speakers import DEPARTMENT_LINKS, DEPARTMENT_WORDS, ORG_WORDS, _fold, department_end, drop_post_nominals, title_part
from tui.core.speakers import TITLE_WORDS as _BASE_TITLE_WORDS
from tui.core.speakers import strip_title as _base_strip_title

_RANK_WORDS = frozenset("""
colonel lieutenant lieutenant-colonel commandant sergeant corporal brigadier brigadier-general
commodore cdre captain rear-admiral vice-admiral major-general lieutenant-general
""".split())
"""Military and police ranks: titles like "minister" ("Lieutenant Colonel Ann Berg")."""
TITLE_WORDS = _BASE_TITLE_WORDS | _RANK_WORDS | {a.lower() + "." for a in TITLE_ABBREVIATIONS}
"""The title words, ranks, and the abbreviated titles as `_toks` keeps them, dot and all ('Hon.', 'Dr.')."""
_LEAD_WORDS = _RANK_WORDS | frozenset("major private retired former acting awang dayang".split())
"""Capitalised words that, leading a name, are not part of it ("Retired Major Ann Berg")."""
_SHORT_COURTESIES = frozenset(("Ma", "Pa", "Me"))
"""Courtesies that are also words or surnames, dropped only before two names: West African ones for an
elder ("Ma Korto Flomo-Sumo") and the French "Me" (Maître) for a lawyer ("Me Audace Niyungeko")."""
_GIVEN_NAME_COURTESIES = frozenset(("Ratu", "Adi", "Roko"))
"""Fijian chiefly courtesies that go with the given name alone once a person is introduced ('Ratu Josefa
said' after 'Ratu Josefa Vosa'); also given names ('Adi Cohen'), so dropped only where the article
gives exactly one full name that starts with the name after them."""


def strip_title(name: str) -> str:
    """`speakers.strip_title`, and leading ranks off too: "Lieutenant Colonel Ann Berg" -> "Ann Berg"."""
    out = _base_strip_title(name)
    words = out.split(" ")
    k = 0
    while k < len(words) - 1 and words[k][:1].isupper() and words[k].lower().strip(".") in _LEAD_WORDS:
        k += 1
    if k == 0 and len(words) >= 3 and words[0] in _SHORT_COURTESIES and all(w[:1].isupper() for w in words[1:]):
        k = 1  # 'Ma Korto Flomo-Sumo': an elder's courtesy, but 'Ma Ying' keeps its surname
    rest = words[k:]
    if k and all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in rest):
        return " ".join(rest)  # ('Dayang Nurul Ain binti Haji Sulaiman')
    return out

_CLOSE_BEFORE_VERB = re.compile(r"[,?!][”\"’']\s+$")
"""A quote closing right before a speech verb: the speaker follows it ('“...,” said Ana Lee')."""

MAX_QUOTE = 2500
"""Longest quote piece (characters) accepted between two marks."""

MAX_RESOLUTIONS = 1500
"""Pronoun / title look-backs per article; beyond that a quote's speaker stays unattributed."""

_OPENERS = "“„«"
_CLOSERS = "”»"
_MARK_CHARS = '"“”„«»'
_OPEN_BEFORE = frozenset("([{—–-/:;,\u2018\u2019'“„«")
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…'\u2019\u2018/”»\"")
_DASHES = "—–-"
_COURTESIES = frozenset("honourable honorable hon rt right".split())
"""Words of courtesy before a title ('the Honourable Minister', 'the Rt Hon'), no part of the office."""


def _without_courtesy(toks: list) -> list:
    """`toks` without a courtesy before a name and the 'the' that opens it ('..., the Honourable
    Ana Lee, said', 'the Rt Hon Ana Lee', 'the Most Honourable Dr Ana Lee'): read as if it were not written. 'Rt' and 'Right' go only
    before an 'Honourable' ('the far Right said' keeps its word)."""
    drop = set()
    for k, t in enumerate(toks):
        if t.w.lower().rstrip(".") in ("honourable", "honorable", "hon") and _is_cap(t.w):  # (and 'Hon.')
            drop.add(k)
            j = k - 1
            while j >= 0 and not toks[j].stop and toks[j].w.lower() in ("rt", "right", "the", "most"):
                drop.add(j)
                j -= 1
    return [t for k, t in enumerate(toks) if k not in drop] if drop else toks


def _styled(toks) -> bool:
    """`toks` open with a style of address: 'His Excellency', 'Her Highness'."""
    return len(toks) > 2 and toks[0].w in ("His", "Her") and toks[1].w.lower() in ("excellency", "highness", "eminence", "majesty")


_AGE_AFTER = re.compile(r",\s+\d{1,3},")
"""A person's age after the name ("Genovaitė, 74,")."""

_TOKEN = re.compile(r"\S+")
_EDGE = "“”\"‘’'()[]«»„"
_TRAIL = ",.;:!?”\"’)]»…"

_UP = "A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0391-\u03A9\u0410-\u042F"
_CAPWORD = rf"[{_UP}](?:[\w’'\-]|\.(?=\w))*"
_SP = r"[ \t\u00a0]+"
_PART = "(?:" + "|".join(sorted(_PARTICLES, key=len, reverse=True)) + ")"  # ('binti' before 'bin')
_RUN_RE = re.compile(rf"{_CAPWORD}(?:{_SP}(?:{_PART}{_SP})*(?:(?:al|el|ad|ash|abu|ibn|bin)-)?{_CAPWORD}){{0,7}}")
"""A run of capitalised words, with particles ('Ana de la Cruz', 'Eid al-Bdoul')."""

_VERBS = frozenset("""
said says say told tells added adds noted declared declares stressed stresses warned warns urged urges expressed
argued argues hailed hails described describes called labeled labelled dismissed dismisses wrote writes
posted tweeted insisted insists claimed emphasized emphasised emphasizes emphasises stated explained
explains announced announces asked asks replied responded responds acknowledged admitted admits
conceded concedes recalled recalls observed remarked commented suggested suggests promised vowed
pledged predicted predicts cautioned countered contended maintained maintains affirmed asserted asserts
confirmed confirms denied denies reiterated reiterates repeated repeats underscored underscores underlined highlighted
shouted joked quipped mused praised welcomed welcomes thanked criticised criticized accused accuses
branded clarified concluded concludes recounted testified signalled signaled framed boasted complained
complains lamented laments demanded proclaimed assured objected protested retorted reported chanted informed notified
deplored deplores whispers murmurs shouts jokes
interjected snapped scoffed cited cites muttered murmured whispered grumbled heckled condemned condemns
denounced denounces decried decries rejected rejects appealed appeals pleaded pleads implored
answered answers confided confides precised opined opines posited posits specified ordered instructed
indicated indicates lauded lauds calls brands labels worries worried fears feared reckons reckoned blamed blames
""".split())
_PARTICIPLES = frozenset("""
saying telling adding noting declaring stressing warning urging arguing hailing describing calling
labeling labelling dismissing writing posting tweeting insisting claiming emphasizing emphasising
stating explaining announcing asking replying responding acknowledging admitting conceding suggesting
promising vowing predicting cautioning referring praising welcoming branding accusing framing
concluding maintaining recalling characterizing characterising reiterating repeating underscoring
highlighting complaining demanding proclaiming assuring boasting quipping joking countering contending
asserting affirming thanking criticising criticizing chanting condemning denouncing decrying rejecting
appealing pleading imploring indicating lauding
""".split())
_CITING = frozenset({"citing"})
"""A participle that makes the words quoted after it someone's for _speech_before ('citing “serious and systematic”
irregularities') though it is no speech verb of its own clause (_verb_at, _PARTICIPLES): in 'Ankara has kept the
straits closed, citing the Montreux Convention, and a diplomat said ...' the diplomat speaks."""
_PHRASAL = {"according": "to", "pointed": "out", "summed": "up", "put": "it", "puts": "it", "pointing": "out",
            "shot": "back", "fired": "back", "hit": "back", "hitting": "back", "firing": "back",
            "went": "on", "goes": "on", "carried": "on", "speaks": "of", "spoke": "of"}
_HEARD_VERBS = frozenset("say mutter shout remark whisper ask tell joke complain".split())
_BE = frozenset("be been being was were is are".split())
_PASSIVE_AUX = _BE | {"to"}
_ADVERBS = frozenset("""
also later again then previously earlier once further publicly repeatedly has have had would will did
does do even still already just too however herself himself itself only privately separately since
yesterday today tonight overnight
""".split())
_PRONOUNS = frozenset("he she they it we i".split())
_POSSESSIVE_WORDS = frozenset("my your his her its our their".split())
_PRESS_DESKS = frozenset("service office secretary department centre center".split())
_OFFICIAL_GRADES = frozenset("chief press senior deputy principal main".split())
"""What may stand between a body's possessive and its official: "the Commission's chief spokesperson"."""
_CLAUSE_END = re.compile(r"[,;\n]")
"""Where an unnamed person's description ends: a comma, or the end of its paragraph."""
_SPOKES = frozenset("spokesperson spokesman spokeswoman".split())
_ROLES = frozenset("spokesperson spokesman spokeswoman official representative source aide statement spokespeople insider".split())
_UNNAMED_ROLES = frozenset("official source insider aide".split())
_NOT_NAMED = re.compile(r"\b(?:not\s+to\s+be\s+(?:named|identified)|anonymity|on\s+condition\s+of|"
                        # ('declined to be named', 'he said, declining to give his name', 'would not give her name')
                        # (from 'to', so that 'he said, declining' stays the attribution before it)
                        r"(?:(?<=declined\s)|(?<=declines\s)|(?<=declining\s)|(?<=refused\s)|(?<=refusing\s))to\s+"
                        r"(?:be\s+named|give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?)|"
                        r"(?:(?:did|would)\s+not|(?:didn|wouldn)['’]t)\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?|"
                        r"not\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|"
                        r"(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld|withheld)|"  # ('asking that her name not be published')
                        r"was\s+not\s+authori[sz]ed)\b")
_CAPS_HEAD = re.compile(r"[ \t]*(?:[-•*][ \t]+)?([A-Z][A-Z’'.-]*(?:[ \t]+[A-Z][A-Z’'.-]*){0,7})[ \t]*[,:]")
"""The name that opens a line in capitals, up to its first comma or the colon."""
_KEEP_CAPS = frozenset("UN EU US UK NATO AU OSCE IMF WHO UNHCR ICRC ECOWAS SADC ASEAN".split())
"""Initialisms kept in capitals when a capitals line is put in title case ('UN SPOKESMAN' -> 'UN Spokesman')."""
_BRACKETED_ABBREV = re.compile(r"\(([A-Z][a-z]*[A-Z]?[a-z]+[A-Za-z]*)\)")
"""An acronym written as a word in brackets ('(Unvmil)', '(Unifil)'): newspapers name the body by it, the house by
its name. (Capitals, 'ESA', 'UNHCR', are kept as written.)"""
_SAID_IN_A = re.compile(r",\s+([^,;.]{3,80}?)\s+(?:said|says|announced)\s+in\s+an?\s+$")
"""A trailing attribution before 'a statement': '..., the Brazilian Navy said in a statement'."""
_GROUPS = frozenset("officials sources diplomats ministers leaders analysts experts critics observers aides officers".split())
_ORG_NOUNS = frozenset("""
ministry company firm regulator watchdog agency authority airline carrier bank union government department embassy
commission council lender insurer retailer club organisation organization operator broadcaster
secretariat navy army directorate committee institute centre center bloc
""".split())
"""Lower-case nouns that refer back to an organisation the article names ('the ministry said')."""
_COMPANY_NOUNS = frozenset("company firm".split())
_REGULATOR_NOUNS = frozenset("regulator watchdog agency authority bloc".split())
_OPERATOR_NOUNS = frozenset("operator owner owners".split())
_BODY_NOUNS = frozenset("organisation organization charity group".split())
_SPOKE_AFTER = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|warned|reported|told|announced|stated)\b")
"""A speech verb right after a name ('Médecins Sans Frontières said in a statement': a body, as a person
issues no statements)."""
_RUN_BY = re.compile(r"\b(?:operated|owned|managed|run)\s+by\s+(?:the\s+)?(?:[A-Z][\w’'-]*-based\s+)?"
                     r"(?P<org>[A-Z][\w&’'-]*(?:(?:\s+(?:&|and|of))?\s+[A-Z][\w&’'-]*){0,4})")
"""Who runs a ship, a plant or a line ('operated by Bergen-based Aurvik Tankers'): what 'the operator' refers back to."""
_LOCATIVE_PREPS = frozenset("in at from near outside inside across around throughout".split())
"""'Protesters in Bergen said': a place after one of these is not the speaker."""
_HONORIFICS = {"mr": "he", "sir": "he", "lord": "he", "king": "he", "prince": "he", "ms": "she", "madam": "she",
               "mrs": "she", "miss": "she", "mme": "she", "mlle": "she", "rre": "he", "mma": "she", "dame": "she", "lady": "she", "queen": "she", "princess": "she"}
_TITLE_ABBR = {"doctor": "dr", "professor": "prof", "general": "gen", "colonel": "col", "captain": "capt",
               "senator": "sen", "governor": "gov", "admiral": "adm", "sergeant": "sgt", "commodore": "cdre",
               "commander": "cmdr"}
_LOW_PREFIXED = re.compile(r"[a-z]{1,4}-[A-Z][\w'’-]*")
"""A word with a lower-case prefix before a capital ('val-Moslemin'): part of a run of names and titles."""
_NAME_PARTICLES = frozenset("ould bin binti ibn abu bint de da das do dos du di del della van von der al el ben".split())
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve several many some all most "
                         "both few dozens hundreds thousands".split())
_MALE_KIN = frozenset("husband son father brother grandfather uncle nephew".split())
_KIN = re.compile(r"\b(?P<kin>husband|son|father|brother|grandfather|uncle|nephew|wife|daughter|mother|sister|"
                  r"grandmother|aunt|niece),\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)")
_PLURAL_DETS = frozenset("two three four five several both many".split())
_NONPERSON = frozenset("""
ministry council parliament agency authority court tribunal commission committee board bureau institute nations
university school college hospital airport station street road avenue square bridge river lake island
airways airlines foods capital securities investors holdings partners trust federation league association
barracks base camp aerodrome airfield harbour harbor port headquarters centre center
republic kingdom states province region district county city airport international national federal
sea ocean bay gulf coast strait peninsula
central northern southern eastern western north south east west africa african europe european asia
asian america american cup open championship games olympics summit area trade free continental
year eve christmas easter ramadan al-fitr al-adha mubarak diwali passover hanukkah thanksgiving
hurricane typhoon cyclone
programme program initiative project operation scheme plan strategy compact framework accord treaty
""".split())
"""Capitalised words that never make a person's name (generic heads of institutions and places, and
feasts: 'since New Year', 'Eid al-Fitr', though Eid alone is also a man's name)."""
_ROLE_PREPS = frozenset("for of at from with".split())
_NATIONAL_PEOPLE = frozenset("diplomat politician statesman stateswoman".split())
"""Nouns that, after 'the' and a demonym, point back to the person last named ('the Angolan diplomat
added', like 'the Swede said'), when no one was introduced with them as a title."""
_DETERMINERS = frozenset("a an the one this that its his her their".split())
_BULLET_MARKS = ("-", "–", "—", "•", "*")
"""A list item's bullet as a token ('• Fisheries minister:')."""
_ANY_CAP = re.compile(r"\b[A-Z][\w’'-]+")
_IN_CAPITAL = re.compile(IN_CAPITAL)
_IN_PLACE = re.compile(r"\bin\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b")
_DOMAIN = re.compile(r"[a-z0-9]\.[a-z]{2,}\b")  # 'Kun.uz', '24.kg': a website's name
_CLAUSE_IN_ROLE = re.compile(r",\s*(?:who|which|whose|where)\b|\b(?:was|were|is|are|has|have|had|" + "|".join(sorted(_VERBS)) + r")\b")
"""A clause in what follows a name line's name ('Rita Galea, 58, was returning ...'): a sentence."""
_OFFICIAL_OF = re.compile(r"\b(?:spokes(?:man|woman|person)|minister|head|chief|director|officials?)\s+(?:of|for|at)\s+the\s+$",
                          re.I)
"""An official's post before the body named: the body is not the subject there."""
_STATEMENTS = frozenset("statement communiqué communique".split())
"""A body's statement, named again as the subject of its words ('The statement read:')."""
_RELEASES = _STATEMENTS | frozenset("release bulletin notice update".split())
"""What a body puts out, after its name in lower case ('a coast guard release')."""
_POSTS = frozenset("post message tweet".split())
_ON_NETWORK = re.compile(r"\b(?:on|to)\s+(?:Telegram|Facebook|Twitter|X|Instagram|TikTok|VKontakte|VK|Weibo|WeChat|"
                         r"Threads|Bluesky|social\s+media)\b")
_READABLE = _STATEMENTS | _POSTS
_DOCUMENTS = frozenset("communiqué communique declaration summary".split())
_FINDINGS = frozenset("report assessment study analysis survey memo letter filing review audit".split())
"""Papers a body puts out ('a Pentagon assessment said'): the body speaks through them."""
_PEOPLE_PLURALS = frozenset("officials sources diplomats analysts experts residents witnesses aides observers "
                            "critics leaders ministers".split())
"""Last words of a group of people ('Commission officials say'): no he or she either."""
_ORG_HEADS = ORG_WORDS | _ORG_NOUNS
"""Last words of an organisation's name ('Fijian government', 'the defence ministry'): no he or she."""
_NO_HE_OR_SHE = _ORG_HEADS | _PEOPLE_PLURALS
_ORG_OR_PLACE_HEADS = ORG_WORDS | _NONPERSON
_STATE_BODIES = frozenset("embassy consulate ministry government delegation mission army navy police military "
                          "coastguard".split())
_BODY_DETERMINERS = frozenset("the a an one".split())

_FIRST_NAME_GIVEN = re.compile(r"\bgave\s+only\s+(?P<pro>her|his)\s+(?:first|given)\s+name,?\s+(?P<name>[A-Z][\w'’-]+)\b(?=[,.;])")
"""A person who gives only a first name, set after it ('who gave only her first name, Nyakuoth,')."""
_LED_BY = re.compile(r"\b(?:led|commanded|headed|chaired|run|directed|coordinated|overseen|captained)\s+$")
"""The participle before 'by' that makes what follows the leader, the subject a pronoun goes back to."""
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
_QUOTED_AS = re.compile(r"\bquoted\s+([^.;:!?\"“”]{1,90}?),?\s+as\s+(?:saying|telling|stating|writing)\b")
_TITLE_THEN_NAME = re.compile(r"\b[Tt]he\s+(?P<title>(?:[\w-]+\s+){0,3}?[\w-]+),\s+"
                              r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),")
"""'The deputy minister, Josaia Vunibola,': a title, then the name it belongs to."""
_NAMED_NEXT = re.compile(r"(?:^|\n|[.!?][”\"]?\s+)([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:told|said|says|added)\b")
_INDEFINITE = frozenset("a an one another".split())
_REGIONS = frozenset("western eastern northern southern west east north south arab gulf asian african latin nordic baltic".split())
_BLOC_INITIALS = frozenset("EU UN NATO Nato AU ASEAN OSCE ECOWAS Ecowas SADC IGAD OAS CARICOM Caricom GCC G7 G20".split())
"""A bloc by its initials, as a source's only description ('one EU diplomat said'): no name."""
_MEMBER_POSTS = frozenset("MP MEP MSP MLA TD".split())
"""A member's post after the seat it holds ('Thirsk and Malton MP Helen Garside')."""
_ENVOY_POSTS = frozenset("ambassador envoy representative consul consul-general commissioner".split())
"""Posts held 'to' a country ('Ambassador to the Philippines')."""
_POST_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
"""The 'to (the)' of such a post, right before the country's name."""
_LEAD_CONJUNCTIONS = frozenset("But And Yet So Still".split())
_STOPCAPS = frozenset("""
the this that these those it its he she they we i a an but and or so yet if as at in on of for by
to from with after before when while meanwhile however also then there here his her their our my
your what who which why how where gmt bst cet cest utc et est edt pst pdt am pm update updated
breaking live monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december jan feb mar apr jun jul aug sep sept oct
nov dec according speaking asked earlier later today yesterday tomorrow now not no yes both
despite during following amid separately without within unlike unless until because since although
though through across beyond behind
""".split())
_PREPOSITIONS = frozenset(
    "to on with from at in of for against about by alongside under over into toward towards than between among".split())
_PLACE_VERBS = frozenset("reach reaches reached reaching visit visits visited visiting enter enters entered entering "
                         "leave leaves left leaving cross crosses crossed crossing tour tours toured".split())
"""Verbs whose object is a place ('most aid never reaches El Fasher'): a name after one is not who speaks next."""
_HONORIFIC_ABBR = frozenset(a.lower() for a in TITLE_ABBREVIATIONS)
"""Abbreviations before a name whose dot never ends a sentence ('said Mr. Tessier')."""
_ABBREV = _HONORIFIC_ABBR | {a.lower() for a in OTHER_ABBREVIATIONS}

_BY_AGENT = re.compile(r"[,.]?\s+by\s+(?:[A-Z]|the\s+(?:[a-z]+\s+)?([a-z]+))")
"""A passive's agent after a quoted word: a name ('by Helen Garside') or a post ('by the foreign minister')."""
_PASSIVE_JUDGED = re.compile(r"\b(?:" + "|".join(sorted(_BE)) + r")\s+(?:[a-z]+ly\s+)?(?:branded|called|labell?ed|"
                             r"(?:described|dismissed|denounced|condemned|hailed|praised|criticised|criticized)\s+as)\s*$")
"""A passive judgement right before a quoted word, whose agent may follow ('was branded “disgusting” by ...')."""
_TERM_CUES = frozenset("""
a an the this its their his her our so-called called dubbed nicknamed termed self-styled
self-described term phrase word words slogan label motto name named branded titled entitled
codenamed code-named
""".split())
_DESCRIBE_VERB = re.compile(
    r"\b(?:referr(?:ing|ed|s)?\s+to|describ\w*|hail\w*|characteri[sz]\w*|brand\w*|dismiss\w*|label\w*|"
    r"prais\w*|call(?:ing|ed|s)?|depict\w*|portray\w*|condemn\w*)\b")
# two qualities joined ("timely and generous", "slow and chaotic"): a judgement, not a name
_EVALUATION = re.compile(r"[a-z]+(?:,\s+[a-z]+)*,?\s+(?:and|but|yet)\s+[a-z]+")
_DASH_VERB_LINE = re.compile(r"\n[ \t]*(?:--|—|–)[ \t]*(?P<v>[a-z]+)\b")
"""A line under a quotation that opens with a dash and a verb: '-- said the minister.'"""
_STYLE_LETTERS = frozenset("HRH HH HM HE HRM".split())
"""Styles of address written as initials ('HRH', 'HE'), that may stand alone for the person ('HRH lauded')."""
_PRAISED_BEFORE = re.compile(r"\b(?:lauded|lauds|praised|praises|hailed|hails|commended|commends|applauded|applauds|"
                             r"saluted|salutes)\s+(?:[^.;:!?]{0,100}?\s)?(?:the|its|their|his|her|an?)\s*$")
"""'lauded the “brotherly and swift” response': the words of the one who praises."""
_THANKED_FOR = re.compile(r"\b(?:thank(?:s|ed|ing)?\s+[^.;\"“”]{1,60}?\s+|(?:expressed|expresses|voiced|conveyed)\s+"
                          r"(?:[a-z]+\s+){0,2}(?:appreciation|gratitude|thanks)\s+)for\s+(?:the|its|their|his|her)\s*$")
_CLASSED = frozenset("marked designated classified classed categorised categorized zoned mapped flagged".split())
"""Verbs of an official classification: 'marked as “red slopes”' names a category."""
_DECLARING = frozenset("declared declares declaring designates proclaimed proclaims gazetted".split())
"""An official declaration's verbs ('declared', 'gazetted')."""
_DECLARED = re.compile(r"\b(?:" + "|".join(sorted(_CLASSED | _DECLARING)) + r")\s+[^.;:!?“”\"]{1,80}$")
"""An official act naming its object, a classing verb of `_CLASSED` or a declaration ('declared three
townships “natural disaster areas”')."""
_DESIGNATING = _DECLARING | frozenset("designated labelled labeled listed proscribed".split())
_DESIGNATION = re.compile(r"(?:an?\s+)?(?:extremists?|terrorists?|undesirable|foreign\s+agents?|(?:an?\s+)?"
                          r"(?:extremist|terrorist|undesirable)\s+(?:organi[sz]ations?|groups?|materials?|formations?))")
"""A legal status a state gives a group or a medium ('declared “extremist”'): its name, not words said."""
_CATEGORY_NOUNS = frozenset("area areas zone zones region regions district districts site sites territory territories "
                            "reserve reserves corridor corridors day days holiday".split())
"""Last words of an official category: what a place is declared to be, not words someone said."""
_JUDGING_WORD = re.compile(r"[a-z]+(?:ous|ful|less|ive|ible|able|ic|ing|ed|ish|ly|ent|ant)")
"""One lower-case word shaped like an adjective ('reckless', 'shameful'): a judgement, not a name."""
_SUM_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[A-Z]{0,3}[$€£¥₹₦₱₩₫]|[A-Z]{2,3}\s?)\d[\d,.]*"
                         r"(?:\s?(?:million|billion|bn|m|mn))?\s*$")
"""A sum just before a quoted word ('a US$20 million ‘royalty’'): the word names what the sum is."""
_LOWER_BODY_BEFORE = re.compile(r"\bthe\s+((?:(?!(?:new|same|other|former|whole|said)\s)[a-z]{3,}\s+){1,2})$")
"""The lower-case words that qualify a body's noun after 'the' ('the military council', 'the transitional
national council'); not 'the new council'."""
_ANOTHERS_TITLE_BEFORE = re.compile(r"(?:\b[Ii]ts|\b[Tt]heir|\w['’]s)\s+(?:[a-z-]+\s+){0,2}[a-z]+,\s+$")
"""A title owned by another state just before a name ('Its foreign minister, ', 'Ghana's deputy minister, ')."""
_ACT_NAME = re.compile(r"[a-z]+(?:tion|ment|sation|zation)")
"""One lower-case noun of an act ('refoundation', 'normalisation'): the shape of a standing name for a deed."""
_SCORNING_WORD = re.compile(r"[a-z]+(?:less|ous|ful)")
"""An adjective that judges in any place of a short phrase ('baseless', 'outrageous', 'shameful')."""
_CALL_VERBS = frozenset("call calls called calling brand brands branded branding label labels labeled labelled labeling labelling deem deemed deeming".split())
_OBJECT_WORDS = frozenset("it them him her this that these those us me".split())
_KNOWN_AS_WORDS = r"known(?:\s+(?:[a-z]+ly|here|(?:in|to|among)(?:\s+[\w’'-]+){1,6}?))?\s+as"
"""'known as', 'known locally as', 'known to her neighbours as': a fragment of the patterns that read another name."""
_ALIAS_BEFORE = re.compile(rf"\b(?:{_KNOWN_AS_WORDS}|nicknamed|dubbed|alias|a\.k\.a\.?)\s+$")
_ALIAS = re.compile(rf",(?:\s+\d{{1,3}},)?\s+(?:(?:also|better|widely|locally|popularly)\s+)?(?:{_KNOWN_AS_WORDS}|nicknamed)\s+"
                    rf"[\"“]?(?P<alias>{_CAPWORD}(?:{_SP}{_CAPWORD}){{0,2}})")
"""A person's other name after their full one and its comma: 'Márcio Ferreira da Silva, known as Marcinho',
'Maria das Graças Rodrigues, 67, known to her neighbors as Dona Graça'."""
_RUN_AT_END = re.compile(rf"(?:{_RUN_RE.pattern})$")
_PLACE_KINDS = ("canton commune village town township district province region municipality wilaya county locality "
                "settlement suburb neighbourhood neighborhood parish island city hamlet barrio colonia barangay").split()
_PLACE_KINDS_PLURAL = [w[:-1] + "ies" if w.endswith("y") and w[-2] not in "aeiou" else w + "es" if w.endswith("sh")
                       else w + "s" for w in _PLACE_KINDS]
_PLACE_LIST_BEFORE = re.compile(
    rf"\b(?:{'|'.join(_PLACE_KINDS_PLURAL)})\s+of\s+(?:[A-Z][\w’'-]*(?:\s+|,\s+|\s+and\s+))*$"
    rf"|\b(?:{'|'.join(_PLACE_KINDS)})\s+(?:of\s+)?$")
"""A list of places runs up to here: 'the communes of Azazga, Yakouren and |Larbaâ Nath Irathen'; or one
place: 'from canton |El Volcán', 'the town of |Akkeshi'."""
_NAMING_VERBS = frozenset("nickname nicknames nicknamed dub dubs dubbed christen christens christened rename renamed".split())
"""Verbs that only name ('nicknamed the building “...”'), unlike 'called', which may judge."""
_NAMING_FILLERS = frozenset("for years decades months generations long locally affectionately it them «".split())
"""Words between a naming verb and the name ('nicknamed for years « ... »')."""
_OWNERS = frozenset("the this that its their his her our".split())
_SIGNING = frozenset("sign signs signed signing".split())
"""'signs its messages “...”': a name put under one's own words."""
_PROMOTED = frozenset("advertised marketed billed promoted sold".split())
"""Verbs that sell a thing under a label ('advertised as “flood-proof”')."""
_ACCLAIMED = frozenset("hailed touted heralded lauded celebrated praised".split())
"""Verbs that, in the passive with no one named, praise a thing under a label ('hailed as “future-proof”')."""
_PASSIVE_DESCRIBE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:also\s+|often\s+|widely\s+)?(?:described|referred|"
    r"characteri[sz]ed|branded|labell?ed|called|dubbed|known|hailed|depicted|portrayed)\b")
_KNOWN_AS = re.compile(rf"\b{_KNOWN_AS_WORDS}\s+"
                       r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+(?:'s|’s)\s+)?$")
_GLOSS_PREPS = frozenset("in of on from into with".split())
_COPULAS = frozenset("is was are were remains remained becomes became".split())
_NAMED_IDEAS = frozenset("policy doctrine principle strategy concept notion slogan programme program campaign motto "
                         "philosophy vision".split())
_OCCUPATION_ENDINGS = ("sman", "swoman", "erman", "erwoman", "farmer", "trader", "vendor", "driver", "teacher", "worker",
                       "keeper", "seller", "maker", "grower", "herder", "miner", "nurse", "student", "pharmacist",
                       "mechanic", "technician", "labourer", "laborer", "carpenter", "tailor", "baker", "butcher")
"""A trade written before a name like a title ('Fisherman Thierno Sylla', 'Shopkeeper Ana Lee')."""
_SURNAME_PARTICLES = frozenset("Al El Abu Bin Ibn De Van Von Da Di Le La Du Del Della Dos Das Ter".split())
"""Capitalised particles that open a two-word surname ('Al Shehri', 'Van Dyke')."""
_FIRM_KIND_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:broker|brokerage|insurer|reinsurer|firm|company|bank|"
                               r"consultancy|lender|fund|charity|group|agency|carrier|operator|publisher|newspaper|"
                               r"website|outlet|think[- ]tank|start-?up|shipowner|manager)\s+$")
"""A common noun for a kind of body right before a capitalised run: the run is the body's name."""
_BODY_KIND_NOUNS = frozenset("Concern Company Corporation Enterprise Association Society Cooperative Foundation "
                             "Holding Group Union Movement Party Club Complex Plant Factory Combine".split())
"""Capitalised kinds of body that a quoted name follows ('the State Concern "Türkmengaz"')."""
_MESSAGE_NOUNS = frozenset("message messages expressions".split())
_CLOCK_TIME = re.compile(CLOCK_TIME)
_REFLEXIVE = frozenset("itself themselves himself herself".split())
_NAMED_LATER_ROLES = "|".join(sorted(_SPOKES | {"official", "diplomat", "aide"}))
_INDEFINITE_ROLE_AFTER = re.compile(r"[,’'\"”]*[ \t]+(?:a|an|(?P<the>the))[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                                    r"(?P<role>" + _NAMED_LATER_ROLES + r")[ \t]+(?:said|told|added)\b[^.\n]{0,40}\.")
"""An unnamed role right after a quote ('..., a government spokesperson told TimesLIVE.', '..., the spokesperson
said.'), to be named later."""
_ROLE_NAMED = re.compile(rf"\bThe[ \t]+(?:[\w-]+[ \t]+)?(?P<role>{_NAMED_LATER_ROLES}),[ \t]+"
                         rf"(?P<name>{_CAPWORD}(?:{_SP}{_CAPWORD}){{1,3}}),")
"""'The spokesperson, Clarisse Uwamahoro, added': a role named, after the quote that gave only the role."""
_IDENTIFIED_AS = re.compile(rf"\bidentified[ \t]+(?:her|him)[ \t]+as[ \t]+(?P<name>{_CAPWORD}(?:{_SP}{_CAPWORD}){{1,3}})")
"""'The airline later identified her as Julie Santerre': the role, named."""
_GROUP_HEADS = frozenset("countries states nations governments powers".split())
"""The head of a named group of states ('the Baltic states', 'the Troika countries')."""
_SELF_NAMING = frozenset("calling calls called styling styles styled naming names named".split())
_CALLS_ITSELF = _SELF_NAMING | {"call", "style"}
"""'who call themselves the Patriotic Salvation Council': the verbs of a name a group gives itself."""
_UNIT_KIND_NOUNS = frozenset("Squadron Regiment Battalion Brigade Division Wing Flotilla Company Battery Corps".split())
"""A military unit's kind, after its number or name, that a quoted nickname follows ('601 Squadron "Lobos"')."""
"""'messages of “brotherly solidarity”': what follows 'of' is the gist's stock name."""
_CUSTOM_ADJECTIVES = frozenset("traditional customary ancestral age-old time-honoured time-honored".split())
"""'under the traditional “tiwizi”': the custom's own name follows."""
_COPULA_AFTER = re.compile(r"[,.]?\s+(?:is|was|are|were)\s+(?:not\s+|hardly\s+)?(?:how|what|the|a|an)\b")
"""'“Under control” is not how farmers describe it': the quoted words are talked about."""
_GLOSS_AFTER = re.compile(r",\s+(?:the|a|an)\s+[a-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}\s+(?:sold|used|made|known|that|which|"
                          r"of|for|from|in|at|on|near|where|between)\b|"
                          # '“bajareque”, the local wattle-and-daub.': a gloss that ends the sentence
                          r",\s+the\s+(?:local|traditional|regional|[A-Z][a-z]+)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*[.;]")
_NAME_TAIL_TO_INITIALS = re.compile(r"(\s+(?:for|of|on)(?:\s+(?:the|and|of|for|on|[A-Z][\w'’-]*))+?)[ \t]*\([A-Z]{2,8}\)")
"""The rest of a body's name up to its initials ('| for the Coordination of Humanitarian Affairs (OCHA)')."""
_BARE_GLOSS_AFTER = re.compile(r",\s+(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+){0,3}\s*(?:[.;]|$)")
"""A gloss with nothing after it (', the black wave.'): after a name someone calls a thing, its meaning in
English (alone, too loose for `_GLOSS_AFTER`)."""
_NAME_FOR_AFTER = re.compile(r"(?:[,;]?\s+|\s*[—–]\s*)(?:the|a|an|its|their|his|her|our)\s+(?:[\w’'-]+\s+){0,2}"
                             r"(?:name|word|term|nickname|slang|shorthand|jargon|expression|phrase|label|euphemism)\s+(?:for|of)\b")
# "an independent state they call “Ambazonia”": a name a group gives a thing
_THEY_CALL = re.compile(r"\b[a-z]+\s+(?:they|locals|residents|people|many|some|supporters|critics)\s+"
                        r"(?:now\s+|still\s+|often\s+)?call\s*$")
_CODE_NAME = re.compile(r"(?!Mc|Mac)[A-Z][a-z]+[A-Z][A-Za-z]*\d*|[A-Za-z]+\d+[A-Za-z\d]*|[A-Z][\w]*-(?:class|type|routes?|series)")
"""A coined name in one word: CamelCase ('NorthHollow'), letters and digits ('Ledger13'), a class ('Sandown-class')."""
_HOURS_LONG = re.compile(r"\d+-[a-z]+")
"""A count made an adjective ('a 72-hour “humanitarian pause”')."""
# 'separatist “ghost town” shutdowns': a quoted name used as a modifier of the noun after it
_MODIFIER_AFTER = re.compile(r"[ \t]+([a-z]+)\b(?![’'])")
_AS_CALLED = re.compile(r"[,\s]*as\s+(?:[\w’'-]+\s+){1,6}?(?:calls?|called|calling|dubs?|dubbed|dubbing|knows?|names?|naming|"
                        r"nicknamed?)\s+(?:it|them)\b")
# people who give things names: 'which mineworkers call “pap”', 'Residents have long called the dam “die Witberg”'
_NAMERS = (r"(?:[Pp]eople|[Ll]ocals|[Rr]esidents|[Ff]ishermen|[Ee]veryone|[Cc]rews?|[Pp]ilots|[Ss]ailors|"
           r"[Ss]tudents|[Cc]hildren|[Oo]fficials|[Dd]iplomats|[Aa]nalysts|[Cc]ritics|[A-Za-z]*ists|[Ee]xperts|"
           r"[Tt]ourists|[Vv]isitors|[Nn]eighbou?rs|[Gg]uards|[Ss]oldiers|[Tt]roops|[Pp]olice|[Ss]taff|"  # ('Border guards call the stretch')
           r"[A-Z][a-z]+\s+(?:television|media|press|newspapers|tabloids)|"  # ('Greek television has taken to calling')
           # any '-ers' ('villagers', 'mineworkers', 'herders', 'a level that some shipowners call “Sulina pricing”')
           r"[A-Za-z][a-z]*ers)")  # ('Seismologists at the University of the Azores ... call')
_WHAT_PEOPLE_DESCRIBED = re.compile(r"\bwhat\s+(?:many\s+|some\s+|local\s+)?" + _NAMERS +
                                    r"\s+(?:have\s+|had\s+)?(?:described|referred\s+to)\s+as\s*$")
_THAT_PEOPLE_CALL = re.compile(r"\b(?:that|which|whom|the\s+one|its|their)\s+(?:many\s+|most\s+|some\s+|the\s+)?(?:" + _NAMERS +
                               # ('pine forest that the Jewish National Fund calls Jerusalem’s “green lungs”')
                               r"|[A-Z][a-z]+s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){1,4})\b"
                               r"[^.;:\"“”]{0,50}?\b(?:calls?|describes?\s+as)(?:\s+(?:the\s+)?[\w-]+(?:'s|’s))?\s*$")
_ROLE_SAID = re.compile(r"[,\s]*(?:the|a|an|one)\s+(?:[\w.-]+\s+){0,3}(?:official|officer|diplomat|source|aide|adviser|advisor)\s+"
                        r"(?:said|told\s+\w+|added|says)\b|"
                        # ('..., said an official at the Ministry of Defence who spoke on condition of anonymity')
                        r"[,\s]*(?:said|says|added)\s+(?:a|an|one)\s+(?:[\w.-]+\s+){0,3}(?:official|officer|diplomat|source|aide|"
                        r"adviser|advisor)\s+(?:at|in|of|from|with)\s+the\b|"
                        # ('“...,” she said, asking that her name not be published': the pronoun's person unnamed)
                        r"[,\s]*(?:he|she)\s+(?:said|added|says),\s+(?:asking|requesting|speaking|declining)\b")
"""'the official said', 'a State Department official told reporters', 'she said, asking that her name not be
published': a role or a pronoun, no name (see _anonymous_after)."""
_SOURCE_KINDS = frozenset("government defence defense security military intelligence diplomatic senior".split())
_PEOPLE_CALL_THE = re.compile(r"\b(?:" + _NAMERS + r"|"
                              # ('Firefighters call them “sleepers”', 'His crew call the bend "the graveyard"')
                              r"(?:[Ll]ocal|[Mm]any|[Mm]ost)\s+[A-Z][a-z]+s)"  # ('Local Serbs call the roadblocks')
                              # ('Fishermen, who first spotted the boats, call them “kapal hantu”', 'Elders in Hassanabad')
                              # ('Residents of the Ban Kham community next to the port call the line')
                              r"(?:\s+(?:in|of|from|on|at|near|along)\s+[^,.;:\"“”\n]{1,60}?)?(?:,[^,.;:\"“”\n]{1,60},)?\s+"
                              # ('residents who have lived under the hill for generations call it')
                              r"(?:(?:who|that)\s+(?:[a-z]+\s+){1,9}?)?"
                              r"(?:(?:still|now|often|here|long|always|used\s+to)\s+|ha(?:ve|d)\s+(?:long\s+|always\s+|for\s+\w+\s+)?)?"
                              # ('are already calling Ximena “the second Dorian,”', 'have already started calling
                              # the crater “gropa”')
                              r"(?:(?:are|were)\s+(?:already\s+|now\s+)?(?=calling)|(?:have|had|has)\s+(?:already\s+)?"
                              r"(?:started|begun|taken\s+to)\s+(?=calling))?"
                              # ('have long called Shisper “the hungry glacier”': a place by its name)
                              # (or a thing named before them: 'a process diplomats have taken to calling «the relay»')
                              r"call(?:ed|ing)?(?:\s+(?:the|this|these|those|such|it|them|an?|[A-Z][\w'’-]+)\b[^.;:\"“”]{0,90})?\s*$")
_NAMERS_THEN_THEY_CALL = re.compile(r"(?:^|(?<=[.!?][ \t]))" + _NAMERS + r"\b[^.!?\"“”\n]{0,200}[.!?][ \t]+They[ \t]+"
                        r"(?:still[ \t]+|now[ \t]+|often[ \t]+)?call[ \t]+(?:the|it|them|this)\b[^.;:\"“”\n]{0,90}$", re.M)
"""'Pilots who fly in say ... . They call the last eight kilometres “the funnel”': 'They' is the namers of the
sentence before."""
_CALL_THESE = re.compile(r"\b(?:call|calls|dub|dubs)\s+(?:these|those|such)(?:\s+[a-z-]+){1,3}\s*$")
_ONE_CALLED = re.compile(r"\bwhat\s+(?:one\s+of\s+(?:them|those|the\s+\w+)|one\s+\w+|an?\s+\w+(?:\s+\w+)?|he|she|it)\s+called"
                         r"(?:\s+(?:the|a|an))?\s*$",
                         re.I)
_WHAT_CALL = re.compile(r"\bwhat((?:\s+[A-Za-z][\w’'-]*){1,3})\s+(?P<v>calls?|calling|called)"
                        r"(?:\s+(?:[A-Z][\w-]*|the\s+[a-z][\w-]*)(?:'s|’s))?\s*$")
_PROPOSAL_FOR = re.compile(r"\b(?:call|calls|proposal|proposals|plan|plans|idea|push|bid|scheme)\s+for\s+(?:a|an|the)"
                           r"(?:\s+[\w-]+)?\s*$")
"""'Holder-Yarde’s call for a CARICOM-wide “resilience levy”': the thing proposed, by its name."""
_STATEMENT_FROM = re.compile(r"(?:so\s+(?:ran|read|went)\s+|(?:that|this)\s+(?:was|is)\s+)?(?:the\s+|an?\s+)?"
                             r"(?:entire\s+|whole\s+|full\s+|official\s+|only\s+)?"
                             r"(?:statement|communiqu[ée]|release|post|letter|note|message|reply|response|words)\s+"
                             r"(?:from|of|by)\s+", re.I)
"""What a body issued, before the body: '... so ran the entire statement from the Turkmen Foreign
Ministry', 'according to a statement by the ministry'. The body speaks."""
_VIEW_OF = re.compile(
    r"(?:That|This|Such|Those|These|So)\s+(?:was|is|were|are|has\s+been)\s+the\s+(?:view|verdict|assessment|"
    r"message|warning|opinion|argument|position|reaction|response|words?|thinking|take|conclusion)\s+"
    r"(?:of|from)\s+")
"""A next-sentence attribution: '“...” That was the view of X, who ...'."""
_CONNECTORS = frozenset("of and for the on & de du des la".split())
_BODY_JOINERS = frozenset("of and for".split())
"""Lower-case words inside a body's name ('the Ministry of Foreign Affairs and Trade')."""
_POST_PREPS = frozenset("of in at from".split())
# 'Kerem Aslan, the Turkish foreign minister' up to the title's head word: the name, the title
_APPOSITIVE_TITLE = re.compile(
    r"([A-Z][\w'’.-]+(?:\s+(?:de|van|von|al|bin|binti|ibn|da|del|(?:" + NAME_PREFIX.pattern + r")[\w'’.-]*|[A-Z][\w'’.-]+)){1,5}),\s+"
    r"((?:the|a|an|its|their|"
    r"[A-Z][\w'’]*’s|[A-Z][\w']*'s)?\s*(?:[\w'’-]+\s+){0,4})$")
# ‘white gold’: an opening single mark after a space or a dash, up to four words, a closing mark
# that is no apostrophe (no letter after it)
_SINGLE_TERM = re.compile(r"(?:(?<=[\s(—–-])|^)(?:‘([^‘’“”\n]{1,40}?)’|'(?=[A-Za-z])([^'‘’“”\"\n]{1,40}?)'|"
                          r"‚([^‚‘’“”„\n]{1,40}?)‘)(?![A-Za-z])", re.M)  # (and German-style ‚Rollende Landstraße‘)
_WORD_AFTER_TERM = re.compile(r"[,.!?]?\s*(?:(?:he|she|they|it|we|I)\s+)?([a-z]+)")  # a speech verb (_VERBS) or not
_SENTENCE_END = re.compile(r"[.!?…][”\"’)]*(?=\s+[A-Z“\"‘(]|\s*$)", re.M)
_COLON_VERBS = frozenset("was is were are had has sounded seemed remained struck took offered gave kept".split())
"""Verbs of a clause that introduces a quote with a colon ('X was blunter: “...”')."""
_SAID_IN = re.compile(r"\b(?:said|says|told|tells|explained|recalled|recalls)\b")
"""Reported speech in a paragraph (whose speaker a quote paragraph below may go on for)."""
_SPOKE_TO = re.compile(r"\b(?:spoke|spoken|talked|speaking|talking)\s+(?:[a-z]+\s+){0,3}?(?:to|with)\b|"
                      r"\b(?:spoke|spoken)\s+publicly\b")
"""A sentence saying someone spoke to a medium or the writer ('has spoken publicly only once, to Otyrar TV')."""
_NAME_APPOSED = re.compile(r",\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?=(?:has|have|had|who|[a-z]+ed)\b)")
"""A name set between commas after its description, before the verb ('..., Nurlan Abdrakhmanov, has spoken')."""
_INTERVIEWED = re.compile(r"\b(?:asked|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|put\s+(?:these|our|the)\s+"
                          r"questions\s+to)\s+(?:[a-z-]+\s+){0,3}?(?=[A-Z])")  # ('asked fire researcher Leena ...')
_COLON_AUX = frozenset("did does made put spoke went laid set outlined spelled spelt".split())
"""Other first verbs of such a clause ('X did not mince his words at the briefing:', 'X laid out the position:')."""
_OFFICE_QUALIFIERS = frozenset("shadow former deputy vice junior assistant opposition".split())
"""Words before a title that make it another office ('the shadow foreign secretary')."""
# a dateline: 'TOKYO - ', 'WENO, Chuuk, Federated States of Micronesia (IWS) - ', 'SUVA, Fiji (Reuters) —'
_DATELINE_PLACE = re.compile(r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?)(?:,[^\n(–—]{1,60}?)?\s*(?:\([^)\n]{1,30}\))?\s*[-–—]\s")
# 'the commander| of the Republic of Fiji Navy, Captain Semi Koroitamana,': the name after the body
_OF_BODY_NAMED = re.compile(r" (?:of|at|for) [^,.;:\n]{3,80}, ((?:[A-Z][\w.'’-]+ ){1,4}[A-Z][\w'’-]+),")
_HER_ACCOUNT = re.compile(r"\b(?:(?:by|in)\s+(his|her)\s+(?:own\s+)?(?:account|telling|words)|"
                          r"(his|her)\s+(?:message|post|statement|tweet|letter|note)\s+(?:reads|read|says|said))\b", re.I)
_BODY_IN_PLACE = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s|"
                            r"(?<=[Tt]he\s)(?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+|U\.?S\.?|U\.?K\.?))\s+(?:[a-z]+\s+)?"
                            r"(?:[Ee]mbassy|[Cc]onsulate|[Mm]ission|High\s+Commission)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$")
# the second of two surnames after the one the article uses alone ('Andrés Villacrés| Mora')
_SECOND_SURNAME = re.compile(r" ([A-Z][a-záéíóúñç'’-]+)(?=[,.;:)]|\s+(?:[a-z]|\(|$))")
_PAPER_NOUNS = frozenset("paper newspaper daily editorial weekly".split())
_NOT_PERSON_HEADS = _ROLES | _GROUPS | _ORG_NOUNS | _RELEASES | _DOCUMENTS | _POSTS | _PAPER_NOUNS | _FINDINGS
"""Lower-case heads after a body's name that do not make an unnamed person ('a Pentagon spokesman' speaks for
the Pentagon, 'a Pentagon assessment' is its paper, 'Pentagon officials' a group)."""
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_TIME_PREPS = frozenset("By On Late Early Until Since Before After".split())
_ASIDE_ADVERBS = frozenset("however meanwhile though nonetheless nevertheless moreover instead separately".split())
"""Adverbs set off by commas between an opening adverbial and the subject ('On Wednesday, however, the ...')."""
_ASIDE = re.compile(ASIDE_WORDS)
_DATE_WORDS = re.compile(rf"(?i:\d{{1,2}}\s+{MONTH}|{MONTH}\.?\s+\d{{1,2}}),?")
"""A day and its month, either way round ('20 November', 'November 20,')."""
_QUOTED_VERB_OBJECT = re.compile(r"\s+(?:this|that|these|those|the|a|an|his|her|its|their|any)\s")
"""After a quoted verb, its object: '“regrets” this answer'."""
_FOR_THEM = re.compile(r"For\s+(him|her),\s")
"""A sentence opening with whose view it gives, as French copy writes 'Pour lui, ...'."""
_CAP_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]{2,}")
"""A capitalised word: a surname a handle may end with, a spelling of a name to compare with others."""
_HANDLE_WORDS = frozenset("official gov govt pm news media press office team hq".split())
"""Words a social-media handle adds to its owner's name ('@ABDF_Official')."""
_INDEFINITE_OPENING = re.compile(r"(?:^|[.!?]\s+)(?:A|An|One|Another)\s|\b(?:asked|told|interviewed|met|reached|called)\s+"
                                 r"(?:a|an|one|another)\s", re.M)
_BYLINE_AUTHOR = re.compile(r"^By\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})[ \t]*(?:[|,\n]|$)", re.M)
_MET_VERBS = frozenset("asked told interviewed met reached called".split())
_RANKS = frozenset("senior junior former retired high-ranking top veteran local regional".split())
"""Words that may stand between 'a' and an unnamed person's title ('a senior official')."""
_BULLET_LEAD = re.compile(BULLET)  # ('- “...”': a bulleted paragraph is still the quotation alone)
_REPLY_NOUNS = frozenset("answer reply response verdict message advice warning retort explanation assessment "
                         "prognosis diagnosis forecast prediction conclusion view".split())
"""What a person says, as in 'Her answer was blunt: “...”'."""
_VERBISH = frozenset("""
is are was were will would can cannot can't won't must should could may might shall has have had do does
did not no never we i you he she they our my your us me be been am isn't aren't don't doesn't didn't
wasn't weren't it's we're i'm they're we'll i'll
""".split())
_SMALL = frozenset("of the a an and or for to in on at by with de la le du des von van from".split())
_NOT_DESCRIPTORS = frozenset("""after before when while since until that this these those which about with without
during following ahead amid despite through against among between today yesterday tonight later earlier also
then there here only even still""".split())
"""Lower-case words that do not describe the person whose name follows ('said after President X')."""
# words after a quotation that are not the noun it modifies ('“cannot” work', '“no” to', '“yes,” said')
_MODIFIER_NOT_NOUN = _VERBISH | _SMALL | _VERBS | frozenset(
    "but as that which who than then if when while because so nor also his her their its "
    "since whether meant although though despite until unless".split())  # ('have “roughly tripled” since')
# 'The third, highest "degree of flood activity" remains in force': a named thing as a sentence's subject
_DETERMINED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)(?:\s+[a-z-]+,?){0,2}\s*$")
_STATE_VERB_AFTER = re.compile(r"\s+(?:remains|remained|stays|stayed|is|was|are|were|has\s+been|had\s+been|"
                               r"will\s+(?:remain|stay|be))\b")

# an interview transcript: "Q: ..." lines and answers opened by the speaker's name
_QUESTION_LINE = re.compile(r"^[ \t]*(?:Q|Question|QUESTION|Interviewer)[ \t]*:[ \t]", re.M)
_ANSWER_LINE = re.compile(r"^(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){0,3})"
                          r"(?:,[ \t]+[^:\n(]{1,80}?)?(?:[ \t]*\([^)\n]{1,80}\))?(?:,[ \t]+in[ \t]+[^:\n]{1,40})?[ \t]*:[ \t]+(?=\S)",
                          re.M)  # ('HUGH BENN, Guyana's foreign minister (on camera): ...', 'REPORTER (Ann Lee), in Lima: ...')
_A_LINE = re.compile(r"^(?:A|Answer|ANSWER)[ \t]*:[ \t]+(?=\S)", re.M)
"""An interview's answer line ('A: Weeks, probably.'), the interviewee's words."""
_QUESTION_NAMES = frozenset(("Q", "A", "Question", "QUESTION", "Answer", "Interviewer"))
# a broadcast transcript: the host's lines and the outlet's correspondents are the outlet's own words
_SOUND_BITE = re.compile(r"^[ \t]*SUPER[ \t]*:[ \t]*(?P<cap>[^\n]+?)[ \t]*\n[ \t]*SOT[ \t]*:[ \t]*(?P<bite>\S[^\n]*?)[ \t]*$",
                         re.M)
"""A TV script's captioned sound bite: 'SUPER: Name, role, place' over 'SOT: the words'."""
_HOST_LINE = re.compile(r"^[ \t]*(?:ANCHOR|HOST|PRESENTER|NEWSREADER|REPORTER|CORRESPONDENT|Anchor|Host|Presenter)(?:[ \t]*\([^)\n]{1,60}\))?[ \t]*:[ \t]",
                        re.M)
_OUTLET_LABELS = frozenset("ANCHOR HOST PRESENTER NEWSREADER REPORTER CORRESPONDENT Anchor Host Presenter "
                           "Reporter Correspondent".split())
_OUR_REPORTER = re.compile(r"\b(?:[Oo]ur|[Tt]he\s+\w+\s+)?(?:correspondent|reporter|bureau\s+chief)\s+"
                           r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
# Dialogue set off by dashes, as Spanish copy writes it: '—Text —said X—. More text.'
_DIALOGUE_OPEN = re.compile(r"^[ \t]*([\u2014\u2015])(?= ?[\"“‘¡¿]?[A-Z0-9])", re.M)  # (French style: '— Vessels ...')
_DIALOGUE_NARRATION = re.compile(r" [\u2014\u2015] ?([a-z][^\u2014\u2015\n]{0,240})")
_CREDIT_AFTER = re.compile(r"(?:(?:That|This|Those|These|Such)\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:(?:the\s+)?"
                           r"(?:[\w-]+\s+)?(?:message|words?|verdict|view|warning|assessment|reply|response|answer|"
                           r"argument|case|plea|position|account)\s+(?:from|of)|how)|"
                           r"The\s+(?:words|remarks|comments|warning|verdict)\s+(?:were|was|are|is)\s+(?:those|that)\s+of)\s+")
"""A paragraph that credits the quote paragraph above it ('That was the message from the Ambassador, ...',
'That is how Lior Ben-Hamo, the ship's second engineer, described ...', 'The words were those of Minister X')."""
_AGED_NAME_OPENS = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+\d{2},\s")
"""A paragraph that opens with a person's name and age ('Rubén Ayala-Benítez, 52, has pushed ...')."""
_ROLE_OPENING = re.compile(r"(?:The|A|An)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\s+[a-z]+s\b")
"""A scene that may open on someone by role, then a present-tense verb ('The tugboat captain points ...'); the
role (group 1) is checked against the trades and titles the module knows."""
_SCENE_PEOPLE = frozenset("woman man mother father skipper sailor pilot owner guard".split())
"""People a scene opens on who are neither a trade (_OCCUPATION_ENDINGS) nor a title."""
_NAME_LINE = re.compile(
    rf"(?P<dash>[—–-]{{1,2}}\s*)?(?:[A-Z][a-z]+\s+(?:channel|account|page|group|blog)\s+)?(?P<name>(?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]{{1,4}}\.\s+|{TITLE_ABBREV}\s+)?{_CAPWORD}(?:{_SP}(?:{_PART}{_SP})*{_CAPWORD}){{0,5}})"
    rf"(?:\s+from\s+{_CAPWORD}(?:{_SP}{_CAPWORD}){{0,2}})?"  # ('- Kerwin from Rose Hall, on our Facebook page')
    rf"(?:\s*,\s*(?P<role>[^,()\n]{{1,80}})){{0,3}}\s*(?:\((?P<note>[^()\n]{{1,40}})\))?\s*[.]?")
_SIGN_OFF = re.compile(r"[ \t.]*(?:\((?:end|ends)\)|-{1,2}\s*ends?\s*-{0,2}|#{3})(?:[ \t]+[a-z]{1,4}(?:[./][a-z]{1,4})*/?)?[ \t]*",
                       re.I)
"""A wire story's sign-off after its last words: '(end) ta.mh', '-- ENDS', '###'."""
_TRAILING_LINK = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+))+\s*$")


_HE_FORMS = re.compile(r"\b(?:he|his|him)\b", re.I)
_SHE_FORMS = re.compile(r"\b(?:she|her|hers)\b", re.I)
_BODY_RUN = re.compile(r"(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)?"
                       r"(?P<body>[A-Z][\w-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w-]*){1,7})")
"""A body's name of capitalised words and connectors, after its owner's possessive, if any."""
_HYPHEN_ADJ = re.compile(r"[a-z]+-[a-z]+ed")  # ('much-advertised', 'long-promised')
_INITIALISM = re.compile(r"[A-Z](?:\.[A-Z]){1,3}")  # "U.S", "U.K", "U.A.E" (the last period stripped)


@dataclass(slots=True)
class _Tok:
    s: int
    e: int  # end of the cleaned word
    w: str  # the word without surrounding quote marks / trailing punctuation
    stop: bool  # punctuation after the word ends a phrase (",", ".", ...)
    comma: bool


def _name_start(toks: list[_Tok], end: int, limit: int, joiners: frozenset = _CONNECTORS) -> int:
    """Where the capitalised name ending at toks[end - 1] begins, over its joining words ('of', 'and', ...), at most
    `limit` tokens back."""
    k = end
    while k > 0 and end - k < limit and not toks[k - 1].stop and (_is_cap(toks[k - 1].w) or toks[k - 1].w.lower() in joiners):
        k -= 1
    return k


def _in_order(short: str, long: str) -> bool:
    """Every letter of `short` in `long`, in order ('unvmil' in 'un verification mission in libya')."""
    it = iter(long)
    return all(c in it for c in short)


def _bare_role_opening(toks: list[_Tok]) -> int | None:
    """Index of 'A' when `toks` end with a sentence opened by an indefinite spokesperson and no body ('A
    spokesperson said', 'A spokesman in Beijing'), else None."""
    n = len(toks)
    if n >= 4 and toks[-2].w == "in" and _is_cap(toks[-1].w) and not toks[-2].stop:
        n -= 2  # ('in Beijing': where the spokesperson spoke)
    if n < 2 or toks[n - 1].w.lower() not in _SPOKES or toks[n - 2].w not in ("A", "a") or (
            n > 2 and not toks[n - 3].stop):
        return None
    return n - 2


def _org_like(name: str) -> bool:
    """A body's name ('the Lao Ministry of Energy and Mines', 'China’s Embassy in Malé'), as 'it' may point to."""
    words = name.split()
    return words[-1].lower() in ORG_WORDS or any(w.lower() in ORG_WORDS for w in words[:-1]) and \
        (" of " in name or " in " in name)


def _look_back(text: str, start: int, pos: int, width: int) -> int:
    """Where a look-back of `width` characters before `pos` begins: not before `start`, and at a whole first
    word, never half of one ('C' of 'CEPREDENAC', 'ena' of 'Elena')."""
    lo = max(start, pos - width)
    if lo > start and not text[lo - 1].isspace():
        while lo < pos and not text[lo].isspace():
            lo += 1
    return lo


_NEXT_INITIAL = re.compile(r"[ \t]+[A-Z]\.[ \t]*[A-Z]")


def _toks(text: str, lo: int, hi: int) -> list[_Tok]:
    """Whitespace tokens of text[lo:hi], cleaned of quote marks and trailing punctuation."""
    out: list[_Tok] = []
    seg = text[lo:hi]
    pos = 0
    find = seg.find
    append = out.append
    for raw in seg.split():
        at = find(raw, pos)
        pos = at + len(raw)
        if raw[0] in _EDGE or raw[-1] in _TRAIL:
            w = raw.lstrip(_EDGE)
            w2 = w.rstrip(_TRAIL)
            if w2 and len(w2) < 5 and w[-1] == "." and len(w) == len(w2) + 1 and (
                    w2.lower() in _HONORIFIC_ABBR or w2 in ("St", "Ste")):  # (and 'Delroy St. Bernard-Charles')
                st = lo + pos - len(w)
                append(_Tok(st, st + len(w), w, False, False))  # 'said Mr. Tessier': no sentence end
            elif w2 and w[-1] == "." and len(w) == len(w2) + 1 and (_INITIALISM.fullmatch(w2) or (
                    len(w2) == 1 and w2.isupper() and (out and not out[-1].stop and _is_cap(out[-1].w)
                                                       or _NEXT_INITIAL.match(seg, pos) is not None))):
                # (and a middle initial: 'Augustine T. Kpadeh-Wleh'; initials before a name: 'T. S. Raghavan')
                st = lo + pos - len(w)
                append(_Tok(st, st + len(w), w, False, False))  # 'The U.S. Embassy': an initialism, no sentence end
            elif w2:
                st = lo + pos - len(w)
                tail = w[len(w2):]
                append(_Tok(st, st + len(w2), w2, bool(tail), "," in tail))
            elif out:
                out[-1].stop = True
        else:
            append(_Tok(lo + at, lo + pos, raw, False, False))
    return out


def _outside(toks: list[_Tok], spans: list[tuple[int, int]]) -> list[_Tok]:
    """Tokens not inside any of the sorted, disjoint `spans` (a linear merge)."""
    out = []
    k = 0
    n = len(spans)
    for t in toks:
        while k < n and spans[k][1] <= t.s:
            k += 1
        if k < n and spans[k][0] <= t.s < spans[k][1]:
            continue
        out.append(t)
    return out


def _never_in_name(w: str, titles: bool = True) -> bool:
    """`w` is no word of a person's name: an organisation's or a place's head, a stop word, an initialism, a
    possessive, or (with `titles`) a title ('Haji' may stand in a father's name: 'bin Haji Abdul Latif')."""
    lw = w.lower()
    return (lw in ORG_WORDS or lw in _STOPCAPS or lw in _NONPERSON or (titles and lw in TITLE_WORDS)
            or (w.isupper() and len(w) > 1 and w[1:] != ".") or w.endswith(("’s", "'s"))  # (but an initial 'J.')
            or _SUM_CHARS.search(w) is not None)  # ('J$1.4b', 'A400M'): a sum or a model


_SUM_CHARS = re.compile(r"[\d$€£¥]")
_NAME_NEXT = re.compile(rf"[ \t]+{_CAPWORD}(?=[ \t,.;:]|$)")
"""The capitalised word right after a quoted word: a surname after a nickname."""
_PLACE_ADJECTIVE = re.compile(r"\w-(?:based|born|backed|led|run|owned|funded|registered|flagged|bound|built|speaking|"
                              r"trained|educated|headquartered)[,.;:]?$")


def _is_modifier(w: str) -> bool:
    """A plain lower-case word that can modify a noun ('defence', 'foreign', 'policy')."""
    return (w.islower() and re.fullmatch(r"[a-z][a-z\-]*", w) is not None
            and w not in _SMALL and w not in _STOPCAPS and w not in _DETERMINERS and w not in _PREPOSITIONS
            and w not in _VERBS and w not in _PARTICIPLES and w not in _ADVERBS and w not in _VERBISH
            and w not in _PRONOUNS and w not in _PASSIVE_AUX)


def _same_nation(a: str, b: str) -> bool:
    """'spanish' and 'spain': two words naming the same country (a demonym and a name)."""
    code = _place_lookup(a)
    return code is not None and code == _place_lookup(b)




def _is_cap(w: str) -> bool:
    """A capitalised word, or a name with a lower-case prefix ('al-Harthy', 'el-Sisi', 'd'Ivoire') or
    a lower-case first letter before a capital ('eSwatini', 'eThekwini')."""
    return w[:1].isupper() or (w[:1] in "abiod" and NAME_PREFIX.match(w) is not None) or (
        len(w) > 3 and w[0].islower() and w[1].isupper() and w[2:].islower())


@dataclass(slots=True)
class _Piece:
    start: int  # inner span, before trimming
    end: int
    para: int  # start offset of the paragraph
    chain: int
    open_pos: int
    close_pos: int | None  # None: runs to the paragraph end (unclosed / reopened)
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    kind: str = "direct"
    forced: bool = False  # tweet / block quote: always a quote, speaker given
    in_tweet: bool = False
    dialogue: bool = False  # dash dialogue: the narration that names the speaker follows the first piece


def _owner_by_country(speaker: str) -> str:
    """"Hanoi's foreign ministry" -> "Vietnam's foreign ministry": a body under its country's name."""
    m = _OWNED.match(speaker)
    if m is None or m.group(1).rsplit(None, 1)[-1].lower() in ORG_WORDS:
        return speaker  # ("State Department's Bureau of ...": a body, not a capital, owns it)
    owner = government_name(m.group(1))
    return speaker if owner == m.group(1) else f"{owner}'s {m.group(2)}"


_OWNED = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)['’]s (.+)$")


def extract_quotes(text: str) -> tuple[list[Quote], list[Term]]:
    """Quotes and scare-quoted terms of `text`, in text order. Never raises on odd input."""
    if not isinstance(text, str) or not text:
        return [], []
    try:
        read = _CJK_GLOSS.sub(_blank, text)
        if " R-" in read or " D-" in read or " I-" in read or "(R-" in read or "(D-" in read or "Ind-" in read:
            read = _PARTY_TAG.sub(_party_blank, read)
        if ")" in read:
            read = _RESERVE_TAG.sub(_blank, read)
        read = _INITIALS_BEFORE_TITLE.sub(
            lambda m: _blank(m) if read.endswith(_BODY_HEADS, max(0, m.start() - 9), m.start()) else m.group(), read)
        read, names, regions = _given_name_first(read)
        british = _as_double_quoted(read) if "‘" in read else _as_double_quoted(read, "'") if "'" in read else None
        quotes, terms = _Extractor(british or read).run()  # same length: every span holds in `text`
        if read == text and british is None:
            return quotes, terms
        for q in quotes:
            q.text = text[q.start:q.end]
            if q.speaker in names:  # 'Shinji Okamura' back to the article's 'OKAMURA Shinji'
                q.speaker = names[q.speaker]
            turned = next((r for r in regions if q.speaker_start is not None and r[0] <= q.speaker_start < r[1]), None)
            if turned is not None:  # (a span inside a turned name: the whole name)
                q.speaker_start, q.speaker_end = turned
        for t in terms:
            t.text = text[t.start:t.end]
        return quotes, terms
    except (RecursionError, MemoryError):  # pragma: no cover - odd input must not crash ingest
        return [], []


_CJK_GLOSS = re.compile(r"[(（][\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{1,12}[)）]")
"""A name's gloss in Chinese, Japanese or Korean script ('Chang Mei-ling (張美玲)'): read as blank, same length."""


_RESERVE_TAG = re.compile(r"(?<=\.)[ \t]\((?:res|ret|retd|Res|Ret|Retd|RETD|Rtd|rtd)\.?\)(?=[ \t][A-Z])")
"""An officer's '(res.)'/'(ret.)'/'(Rtd)' between rank and name ('Lt. Col. (res.) Shira Ben-Natan',
'Col. (Rtd) Ann Opio'): read as blank."""
# '..., the embassy said.': an attribution right after a quote, its speaker a back-reference
_SAID_AFTER = re.compile(r"[”\"’]?,?[ \t]+(?:the|a|an|its|their)[ \t]+(?:[\w’'-]+[ \t]+){0,3}?(?:said|says|added|told|wrote)\b")
# 'Haitians have been promised “...”': the ones the words were said to, not a speaker
_PASSIVE_TOLD = re.compile(r"\b(?:been|be|being|was|were|is|are)\s+(?:promised|told|assured|offered)\b")
_QUOTED_LIST_JOIN = re.compile(r"[,.]?[”\"’]\s*,?\s*(?:(?:and|or)\s+)?[“\"‘]")
_QUOTED_AND = re.compile(r"[,.]?[”\"’]\s*,?\s+(?:and|or)\s+[“\"‘]")
_PARTY_TAG = re.compile(r",[ \t](?:[RDI]|Ind)-[A-Z][A-Za-z.]{1,12},(?=[ \t]+([a-z]*))|[ \t]\((?:[RDI]|Ind)-[A-Z][A-Za-z. ]{1,14}\)")
"""A US lawmaker's party and state after the name ('Sen. Ana Lee, R-La., said', '(D-N.Y.)'): read as blank."""


def _party_blank(m: re.Match) -> str:
    """The party tag as blank; its commas kept when an apposition follows ('Ana Lee, D-Texas, the ranking
    member, said'), not when the verb does ('Ana Lee, R-La., said')."""
    if m.group(1) is None or m.group(1) in _VERBS:
        return " " * len(m.group())
    return "," + " " * (len(m.group()) - 1)


def _blank(m: re.Match) -> str:
    """The match as spaces: the text keeps its length, so every span found holds in the original."""
    return " " * len(m.group())


_INITIALS_BEFORE_TITLE = re.compile(
    r"\([A-Z]{2,6}\)(?=[ \t]+(?:Deputy|Minister|Director|Chief|Head|"
    r"Chair|Chairman|Chairwoman|Chairperson|Spokesperson|Spokesman|Spokeswoman|Secretary|Commissioner|President|Vice)\b)")
_BODY_HEADS = ("Council ", "Ministry ", "Agency ", "Office ", "Bureau ")
"""A body's initials between its name and a post in it ('Mainland Affairs Council (MAC) Deputy Minister Chiu
Chia-lin'): read as blank, so that the post and the name read as one title."""
_CAPS_FAMILY = re.compile(FAMILY_FIRST.pattern + r"(?![\w'’-])")  # (no look-behind: what stands before is checked apart)


_PERSON_AFTER = re.compile(r",\s+(?:\d{1,3}\b|an?\s+\d{1,3}-year-old\b|who\b)|\s+(?:said|says|told)\b")


def _given_name_first(text: str) -> tuple[str, dict[str, str], list[tuple[int, int]]]:
    """`text` with each name written family name first in capitals ('Prime Minister OKAMURA Shinji',
    'TAKEDA Sachiko, 71,') turned round in place, same length ('Shinji Okamura'), so that 'Okamura said'
    finds its full name; a map from each turned name to the article's form; and the turned spans.

    A capitalised word is a family name only where the article never writes it alone (as it would an
    initialism: 'NATO', 'ASEAN'), it has a vowel and names no place, the word after it is no title,
    body or place, and the pair reads as a person's name (see `found`)."""
    found = []
    for m in _CAPS_FAMILY.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_'’.-"):
            continue
        family, given = m.groups()
        if (not re.search(r"[AEIOUY]", family) or _never_in_name(given) or given.lower() in DEPARTMENT_WORDS
                or _place_lookup(family) is not None or _place_lookup(given) is not None
                or family.lower() in ORG_WORDS or family.lower() in _STOPCAPS):
            continue
        alone = sum(1 for _ in re.finditer(rf"(?<![\w-]){family}(?![\w-])", text))
        paired = sum(1 for _ in re.finditer(rf"(?<![\w-]){family} [A-Z][a-z]", text))
        if alone != paired:
            continue
        before = text[max(0, m.start() - 30):m.start()].split()
        if (re.search(rf"(?<![\w-]){family[0]}{family[1:].lower()}(?![\w-])", text)
                or (before and before[-1].lower().strip(",") in TITLE_WORDS)
                or _PERSON_AFTER.match(text, m.end())):
            found.append(m)  # (a person: named again, after a title, or with an age or a speech verb after;
            # not the 'RAF Puma helicopters' or 'HMS Medway' never named so)
    if not found:
        return text, {}, []
    chars = list(text)
    names: dict[str, str] = {}
    for m in found:
        family, given = m.groups()
        turned = f"{given} {family[0]}{family[1:].lower()}"
        chars[m.start():m.end()] = turned
        names[turned] = m.group()
    return "".join(chars), names, [m.span() for m in found]


_OPENS = {"’": "‘", "'": "'"}  # the closing single mark -> its opening one
_BEFORE_OPEN = frozenset("([—–-")


def _mark_opens(text: str, mark: str, word_after: bool = True) -> list[int]:
    """Where `mark` opens a quotation: after a space, a bracket, a dash or a line start (and,
    with `word_after`, before a letter, a digit or an inner mark). A str.find scan: a pattern
    that begins with a look-behind would be tried at every position."""
    out = []
    i = text.find(mark)
    while i >= 0:
        nxt = text[i + 1:i + 2]
        if (i == 0 or text[i - 1] in _BEFORE_OPEN or text[i - 1].isspace()) and (
                not word_after or nxt and (nxt.isalnum() or nxt in "_“\"(…")):
            out.append(i)
        i = text.find(mark, i + 1)
    return out



def _as_double_quoted(text: str, close: str = "’") -> str | None:
    """`text` with its quotation marks swapped, if it quotes in British single marks (‘...,’ she said,
    with “...” inside; or '...,' with "..." inside when `close` is the straight mark): the single
    marks become “ ” and the double ones ‘ ’, letter for letter; None if it does not.

    A closing mark is told from an apostrophe by what is around it: no letter after it, and not an
    's' before a space and a lower-case word (“the workers’ homes”), unless no other closes the quote."""
    opens = _mark_opens(text, _OPENS[close])
    doubles = text.count("“") + text.count('"') // 2
    if len(opens) < 2 or len(opens) <= doubles:
        return None
    chars = list(text)
    for i, c in enumerate(chars):
        if c == "“":
            chars[i] = "‘"
        elif c == "”":
            chars[i] = "’"
    if close == "'":  # a straight double mark opens after a space, and closes otherwise
        starts = set(_mark_opens(text, '"', word_after=False))
        for i, c in enumerate(text):
            if c == '"':
                chars[i] = "‘" if i in starts else "’"
    for k, o in enumerate(opens):
        end = text.find("\n", o)
        end = len(text) if end < 0 else end
        if k + 1 < len(opens):
            end = min(end, opens[k + 1])
        first = best = None
        j = text.find(close, o + 1, end)
        while j >= 0:
            nxt = text[j + 1:j + 2]
            if not (nxt.isalnum()):
                first = j if first is None else first
                if not (text[j - 1] == "s" and nxt == " " and text[j + 2:j + 3].islower()):
                    best = j
                    break
            j = text.find(close, j + 1, end)
        close_at = best if best is not None else first
        chars[o] = "“"
        if close_at is not None:
            chars[close_at] = "”"
    return "".join(chars)


@dataclass(slots=True)
class _Where:
    """Where a phrase is read, for the rules that only need its paragraph (a _Piece's `para`)."""

    para: int


class _Extractor:
    def __init__(self, text: str) -> None:
        self.text = text
        self.spans_by_para: dict[int, list[tuple[int, int]]] = {}
        self._starts: dict[int, list[int]] = {}
        self._lower: str | None = None
        self.resolved: list[tuple[int, int, str, tuple[int, int] | None]] = []  # pos, para, speaker, span
        self._last_unattributed: tuple[int, int, int] | None = None  # pos, para, end of the last quote nobody is named for
        self._surnames: dict[str, list[tuple[int, str]]] = {}
        self._spellings: dict[str, list[str]] | None = None  # folded surname -> its spellings
        self._para_cache: dict[int, tuple[int, int]] = {}
        self._nl: list[int] | None = None
        self._budget = MAX_RESOLUTIONS
        self._firsts: dict[str, list[str]] = {}
        self._gender: dict[str, str] = {}  # name -> "he" / "she", as the article shows it
        self._kin_done = False  # family words read into _gender
        self._company: tuple[str, tuple[int, int]] | None | bool = False  # False: not looked for yet
        self._alias_names: dict[str, str] | None = None  # a person's other name -> their full name
        self._caps_names: dict[str, str] = {}  # a name first written in capitals (a reaction line) -> title case
        self._abbrevs: dict[str, tuple[str, tuple[int, int]]] | None = None  # 'Unvmil' -> the name it stands for

    # ------------------------------------------------------------------ paragraphs
    def _newlines(self) -> list[int]:
        nl = self._nl
        if nl is None:
            nl = self._nl = []
            text = self.text
            i = text.find("\n")
            while i >= 0:
                nl.append(i)
                i = text.find("\n", i + 1)
        return nl

    def _line(self, k: int) -> tuple[int, int]:
        """(start, end) of line number k, trimmed of white space (may be empty)."""
        hit = self._para_cache.get(k)
        if hit is not None:
            return hit
        nl = self._newlines()
        text = self.text
        s = nl[k - 1] + 1 if k > 0 else 0
        e = nl[k] if k < len(nl) else len(text)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        self._para_cache[k] = (s, e)
        return s, e

    def para_at(self, pos: int) -> tuple[int, int]:
        """(start, end) of the trimmed line holding `pos`."""
        return self._line(bisect_left(self._newlines(), pos))

    def next_para(self, pe: int) -> tuple[int, int] | None:
        nl = self._newlines()
        k = bisect_left(nl, pe) + 1
        while k <= len(nl):
            s, e = self._line(k)
            if e > s:
                return s, e
            k += 1
        return None

    def prev_para(self, ps: int) -> tuple[int, int] | None:
        k = bisect_left(self._newlines(), ps) - 1
        while k >= 0:
            s, e = self._line(k)
            if e > s:
                return s, e
            k -= 1
        return None

    # ------------------------------------------------------------------ structure
    def run(self) -> tuple[list[Quote], list[Term]]:
        text = self.text
        marks: list[int] = []
        for c in _MARK_CHARS:
            i = text.find(c)
            while i >= 0:
                marks.append(i)
                i = text.find(c, i + 1)
        has_tweet = "(@" in text
        transcript = ":" in text and (_QUESTION_LINE.search(text) is not None or _HOST_LINE.search(text) is not None)
        bites = "SOT" in text and _SOUND_BITE.search(text) is not None
        if not marks and not has_tweet and not transcript and not bites and "\n\u2014" not in text \
                and "\n\u2013" not in text and "‘" not in text and " '" not in text:
            return [], []
        marks.sort()
        pieces = self._pair(marks) if marks else []
        if has_tweet:
            pieces = self._tweets(pieces)
        self._name_lines(pieces)
        if "\n\u2014" in text or "\n\u2013" in text:
            pieces = self._dash_blocks(pieces)
            pieces = self._dialogue_dashes(pieces)
        if transcript:
            pieces = self._answers(pieces)
        if bites:
            pieces = self._sound_bites(pieces)
        pieces.sort(key=lambda p: p.start)
        for p in pieces:
            self.spans_by_para.setdefault(p.para, []).append(
                (p.open_pos, p.close_pos if p.close_pos is not None else p.end))

        quotes: list[Quote] = []
        terms: list[Term] = []
        pending: list[tuple[_Piece, int, int]] = []
        for p in pieces:
            s, e = self._trim(p.start, p.end)
            if e <= s or not any(c.isalnum() for c in text[s:min(e, s + 200)]):
                continue
            if not p.forced and (self._is_pull_quote(p, s, e) or self._is_caps_heading(p, s, e)):
                continue  # a heading that repeats words quoted below: the desk's display, not a new quote
            if not p.forced and self._is_nickname(p, s, e):
                continue  # 'Governor Hadji Abdulmunir "Munir" Sahiron-Tan': part of a name, neither quote nor term
            if not p.forced and (self._is_term(p, s, e) or self._named_before(terms, text[s:e])):
                # (or 'talks with “the pit committee” were continuing' after 'The fighters call their leadership
                # “the pit committee”': the name the article already marked, used again)
                te = e
                while te > s and text[te - 1] in ".,;:":
                    te -= 1
                if te > s:
                    terms.append(Term(text[s:te], s, te))
                continue
            if not p.forced and self._is_headline_echo(p, s, e):
                continue  # (a headline's shorthand for a quote below; a name for a thing stays a term)
            if p.in_tweet:
                continue  # a quote inside a reproduced tweet is part of the tweet quote
            pending.append((p, s, e))
        chains: dict[int, list[tuple[_Piece, int, int]]] = {}
        for item in pending:
            chains.setdefault(item[0].chain, []).append(item)
        chain_speaker: dict[int, tuple[str, tuple[int, int] | None, str]] = {}
        for p, s, e in pending:
            if p.chain not in chain_speaker:
                speaker, span, kind = UNATTRIBUTED, None, p.kind
                if p.forced:
                    speaker, span = p.speaker or UNATTRIBUTED, p.speaker_span
                else:
                    members = chains[p.chain]
                    # the attribution after the last piece, else before the first, else any; in
                    # dash dialogue the narration follows the first piece
                    order = members if p.dialogue else members[-1:] + members[:1] + members[1:-1]
                    for q, qs, qe in order:
                        found = self._attribute(q, qs, qe)
                        if found is not None:
                            speaker, span, kind2 = found
                            kind = kind2 or kind
                            break
                    if speaker == UNATTRIBUTED and (turn := self._turn_speaker(p) or self._asked(p)) is not None:
                        speaker, span = turn  # 'LOMETO: ... “Give us until Friday,” that is what I ask'
                if span is not None and (full := self._body_full_name(speaker, span[0])) is not None:
                    speaker, span = full  # 'the French Ministry' -> the name it was given in full above
                elif 2 <= len(speaker) <= 6 and speaker.isupper() and (full := self._initials_defined(speaker)) is not None:
                    speaker, span = full  # 'A (CBW): “...”' -> 'Carlene Bascombe-Warner (CBW)' named above
                speaker = self._aliases().get(speaker, speaker)  # '..., said Marcinho' after 'Márcio Ferreira
                # da Silva, known as Marcinho'
                chain_speaker[p.chain] = (speaker, span, kind)
                if speaker != UNATTRIBUTED:
                    self.resolved.append((p.open_pos, p.para, speaker, span))
                elif p.close_pos is not None:
                    self._last_unattributed = (p.open_pos, p.para, p.close_pos + 1)
            speaker, span, kind = chain_speaker[p.chain]
            if "'s " in speaker or "’s " in speaker:
                speaker = _owner_by_country(speaker)
            quotes.append(Quote(text=text[s:e], start=s, end=e, speaker=speaker,
                                speaker_start=span[0] if span else None,
                                speaker_end=span[1] if span else None, kind=kind))
        self._share_closing_attribution(quotes)
        if len(quotes) >= 3:
            quotes, terms = self._listed_phrases(quotes, terms)
        if "‘" in text or " '" in text:  # (the low-9 ‚ closes with ‘)
            terms = sorted(terms + self._single_quoted_terms(), key=lambda t: t.start)
        return quotes, terms

    def _listed_phrases(self, quotes: list[Quote], terms: list[Term]) -> tuple[list[Quote], list[Term]]:
        """A run of three or more short phrases in quotation marks that nobody is said to speak ('have
        been promised “boots on the ground,” “robust mandates” and “Haitian-led solutions.”'): stock
        phrases, quoted as terms."""
        text = self.text
        moved: set[int] = set()
        run: list[int] = []
        for i, q in enumerate(quotes + [None]):
            stock = q is not None and q.speaker == UNATTRIBUTED and len(q.text.split()) <= 4
            if stock and run and _QUOTED_LIST_JOIN.fullmatch(text, quotes[run[-1]].end, q.start):
                run.append(i)
                continue
            if len(run) >= 3 and not self._speech_before(
                    _PASSIVE_TOLD.sub(" ", text[max(0, quotes[run[0]].start - 90):quotes[run[0]].start])):
                moved.update(run)  # (not 'He called the plan “reckless,” “dangerous” and “illegal”': his words)
            run = [i] if stock else []
        if not moved:
            return quotes, terms
        for i in moved:
            q = quotes[i]
            te = q.end
            while te > q.start and text[te - 1] in ".,;:":
                te -= 1
            terms.append(Term(text[q.start:te], q.start, te))
        return [q for i, q in enumerate(quotes) if i not in moved], sorted(terms, key=lambda t: t.start)

    def _share_closing_attribution(self, quotes: list[Quote]) -> None:
        """An unattributed quote takes the speaker named after the next quote of its sentence:
        'Firefighting was “a national competence”, and Budapest would “not pay”, the ministry said'."""
        text = self.text
        for q, nxt in zip(quotes, quotes[1:]):
            if q.speaker != UNATTRIBUTED and q.speaker_start is not None and q.speaker_start < q.start and \
                    nxt.speaker != q.speaker and _QUOTED_AND.fullmatch(text, q.end, nxt.start):
                # 'the ministry, which accused China of “keeping rescuers out” and “putting politics
                # before lives,” Gao said': one speaker's two phrases, joined by 'and'
                nxt.speaker, nxt.speaker_start, nxt.speaker_end = q.speaker, q.speaker_start, q.speaker_end
                continue
            if q.speaker != UNATTRIBUTED or nxt.speaker == UNATTRIBUTED or nxt.speaker_start is None \
                    or (nxt.speaker_start < nxt.end and not _SAID_AFTER.match(text, nxt.end)):
                continue  # (the attribution after the next quote may name its speaker as above: 'the embassy said')
            between = text[q.end:nxt.start]
            if q.text[-1:] in ".!?…" or len(between) > 200 or any(c in between for c in ".!?\n") or \
                    (nxt.speaker_start > nxt.end and any(c in text[nxt.end + 1:nxt.speaker_start] for c in ".!?\n")):
                continue
            q.speaker, q.speaker_start, q.speaker_end = nxt.speaker, nxt.speaker_start, nxt.speaker_end

    def _single_quoted_terms(self) -> list[Term]:
        """Short names in curly single quotes in running text ("the region’s ‘white gold’"), outside
        quotations and headings; a spoken line in single quotes ("‘We will act,’ he said") is no term."""
        text = self.text
        out = []
        for m in _SINGLE_TERM.finditer(text):
            g = next(k for k in (1, 2, 3) if m.group(k) is not None)  # curly, straight ('El-Arousa') or low-9
            s, e = m.start(g), m.end(g)
            if self._in_quote(s) or ((w := _WORD_AFTER_TERM.match(text, m.end())) and w.group(1) in _VERBS):
                continue
            ls = text.rfind("\n", 0, s) + 1
            le = text.find("\n", e)
            line = text[ls:len(text) if le < 0 else le].rstrip()
            if not line.endswith((".", "!", "?", "”", '"', ":")) or line.startswith(("‘", "'")):
                continue  # a heading or a post title ("‘We have never seen this’"): neither quote nor term
            out.append(Term(text[s:e], s, e))
        return out

    def _spans(self, para: int, lo: int, hi: int) -> list[tuple[int, int]]:
        """Quote spans of paragraph `para` that meet [lo, hi) (spans are sorted, disjoint)."""
        spans = self.spans_by_para.get(para)
        if not spans:
            return []
        starts = self._starts.get(para)
        if starts is None:
            starts = self._starts[para] = [a for a, _ in spans]
        i = max(0, bisect_left(starts, lo) - 1)
        j = bisect_left(starts, hi)
        return [(a, z) for a, z in spans[i:j] if z > lo]

    def _in_quote(self, pos: int) -> bool:
        """Whether `pos` is inside a quotation."""
        return bool(self._spans(self.para_at(pos)[0], pos, pos + 1))

    def _trim(self, s: int, e: int) -> tuple[int, int]:
        text = self.text
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
            e -= 1
        return s, e

    def _pair(self, marks: list[int]) -> list[_Piece]:
        text = self.text
        pieces: list[_Piece] = []
        chain_id = 0
        carry: int | None = None
        k = 0
        n = len(marks)
        while k < n:
            ps, pe = self.para_at(marks[k])
            if carry is not None and not (ps < len(text) and text[ps] in _OPENERS + '"'):
                carry = None
            open_at: int | None = None
            chain: int | None = None
            if carry is not None:
                open_at, chain = ps, carry
            carry = None
            while k < n and marks[k] < pe:
                i = marks[k]
                k += 1
                if i == open_at or i < ps:
                    continue
                c = text[i]
                prev = text[i - 1] if i > ps else " "
                nxt = text[i + 1] if i + 1 < pe else " "
                can_open = not nxt.isspace() and (prev in _OPEN_BEFORE or prev.isspace())
                can_close = not prev.isspace() and (nxt in _CLOSE_AFTER or nxt.isspace())
                if open_at is None:
                    if c in _OPENERS or (c == '"' and can_open) or (c == "”" and can_open and not can_close):
                        open_at, chain = i, None
                    continue
                closes = (c in _CLOSERS or (c == '"' and (can_close or not can_open))
                          or (c in _OPENERS and can_close and not can_open))
                if closes:
                    if i - open_at - 1 <= MAX_QUOTE:
                        if chain is None:
                            chain_id += 1
                            chain = chain_id
                        pieces.append(_Piece(open_at + 1, i, ps, chain, open_at, i))
                    open_at, chain = None, None
                else:  # a new opening mark while one is open: the earlier one was stray
                    open_at, chain = i, None
            if open_at is None or pe - open_at - 1 > MAX_QUOTE:
                continue
            nxt_para = self.next_para(pe)
            reopens = (nxt_para is not None and text[nxt_para[0]] in _OPENERS + '"'
                       and len(text[open_at + 1:pe].split()) >= 3)
            if chain is None and (reopens or open_at == ps):
                chain_id += 1
                chain = chain_id
            if chain is None:
                continue  # a stray mark: drop it, read on
            pieces.append(_Piece(open_at + 1, pe, ps, chain, open_at, None))
            if reopens:
                carry = chain
                # the next paragraph must be visited even if its opening mark is its only mark
                if k >= n or marks[k] != nxt_para[0]:
                    marks.insert(k, nxt_para[0])
                    n += 1
        return pieces

    def _tweets(self, pieces: list[_Piece]) -> list[_Piece]:
        text = self.text
        out = pieces
        i = text.find("(@")
        seen: set[int] = set()
        while i >= 0:
            ps, pe = self.para_at(i)
            i = text.find("(@", i + 2)
            if ps in seen or text[ps] not in _DASHES or pe - ps > 200:
                continue
            seen.add(ps)
            m = POST_SIGNATURE.match(text, ps, pe)
            body = self.prev_para(ps)
            if not m or body is None:
                continue
            name = m.group("name").strip()
            if not any(ch.isalpha() for ch in name):
                continue
            bs, be = body
            span = (m.start("name"), m.start("name") + len(name))
            if 2 <= len(name) <= 6 and name.isalpha() and name.isupper() and (intro := self.prev_para(bs)) is not None:
                # '... the State Department's Bureau of Western Hemisphere Affairs ... posted this:' over
                # a post signed '— WHA (@StateWHA)': the body its initials stand for
                named = self._initials_body(name, *intro)
                if named is not None:
                    name, span = named
            inside = [p for p in out if p.para == bs]
            whole = [p for p in inside if p.open_pos == bs and (p.close_pos is None or p.close_pos >= be - 2)]
            if whole:
                for p in whole:
                    p.forced, p.speaker, p.speaker_span = True, name, span
                continue
            lm = _TRAILING_LINK.search(text, bs, be)
            body_end = lm.start() if lm else be
            if body_end <= bs:
                continue
            for p in inside:
                p.in_tweet = True
            out.append(_Piece(bs, body_end, bs, -ps - 1, bs, None, speaker=name,
                              speaker_span=span, forced=True))
        return out

    def _initials_body(self, initials: str, lo: int, hi: int):
        """(name, span) of the last body in text[lo:hi] whose capitalised words end with `initials`
        ('Bureau of Western Hemisphere Affairs' for 'WHA'), with its owner's possessive before it
        ("State Department's"), or None."""
        found = None
        for m in _BODY_RUN.finditer(self.text, lo, hi):
            caps = [w for w in m.group("body").split() if w[:1].isupper()]
            if len(caps) >= len(initials) and "".join(w[0] for w in caps).endswith(initials):
                found = m
        if found is None:
            return None
        return found.group().removeprefix("the ").removeprefix("The "), (found.start(), found.end())

    def _answers(self, pieces: list[_Piece]) -> list[_Piece]:
        """A transcript's answers: in a text with 'Q:' lines (an interview) or 'ANCHOR:' lines (a
        broadcast), a paragraph opened by 'Name:' is that person's words, quotation marks or not;
        the paragraphs after it without a label go on with it (in an interview only when they
        speak in the first person: narrative comes between answers there). The host's, the
        interviewer's and the outlet's correspondents' lines are the outlet's own words."""
        text = self.text
        broadcast = _HOST_LINE.search(text) is not None
        ours = {m.group(1).upper() for m in _OUR_REPORTER.finditer(text)}
        found = [m for m in _ANSWER_LINE.finditer(text) if m.group("name") not in _QUESTION_NAMES
                 and m.group("name") not in _OUTLET_LABELS and m.group("name").upper() not in ours]
        labels = list(_ANSWER_LINE.finditer(text))
        label_starts = {m.start() for m in labels}
        counts: dict[str, int] = {}
        for m in found:
            counts[m.group("name")] = counts.get(m.group("name"), 0) + 1
        out = pieces
        for m in _A_LINE.finditer(text) if _QUESTION_LINE.search(text) is not None else ():
            ps, pe = self.para_at(m.start())
            if ps != m.start():
                continue
            own = [p for p in out if p.para == ps]
            if own:
                if own[0].open_pos - m.end() <= 1 and not own[0].forced and (got := self._interviewee(ps)) is not None:
                    # 'A: “More jets means a second pair on alert ...”': the answer, in marks
                    for p in own:
                        p.speaker, p.speaker_span, p.forced = got[0], got[1], True
                continue
            got = self._interviewee(ps)
            if got is not None:  # 'Q: Can it reach Rovaniemi? / A: Not the city centre.': the interviewee's
                out.append(_Piece(m.end(), pe, ps, -ps - 1, m.end(), None, speaker=got[0],
                                  speaker_span=got[1], forced=True))
        for m in found:
            name = m.group("name")
            if counts[name] < (1 if broadcast else 2):
                continue
            ps, pe = self.para_at(m.start("name"))
            if ps != m.start() or any(p.para == ps for p in out):
                continue  # not a paragraph's start, or the answer quotes someone (its own marks)
            label = self._label_name(m, broadcast)
            if label is None:
                continue
            name, at = label
            got = self._name_at(name, at)
            if got is None or self._person(name, at) is None:
                continue
            out.append(_Piece(m.end(), pe, ps, -ps - 1, m.end(), None, speaker=got[0],
                              speaker_span=got[1], forced=True))
            nxt = self.next_para(pe)
            while nxt is not None and nxt[0] not in label_starts:
                ns, ne = nxt
                if any(p.para == ns for p in out) or any(c in text[ns:ne] for c in _MARK_CHARS):
                    break
                if not broadcast and not _FIRST_PERSON.search(text, ns, ne):
                    break  # narrative between the answers
                out.append(_Piece(ns, ne, ns, -ns - 1, ns, None, speaker=got[0], speaker_span=got[1], forced=True))
                nxt = self.next_para(ne)
        return out

    def _sound_bites(self, pieces: list[_Piece]) -> list[_Piece]:
        """A TV script's sound bites: each 'SOT:' line under a 'SUPER:' caption is the captioned person's
        own words, with or without quotation marks ('SUPER: Dr Ana Lee, MSF, Tohoun / SOT: Cholera is
        next.'); the anchor's, voice-over and stand-up lines stay the outlet's."""
        out = list(pieces)
        for m in _SOUND_BITE.finditer(self.text):
            bs, be = m.span("bite")
            if any(p.start < be and bs < p.end for p in pieces):
                continue  # (the bite is already in quotation marks: read as written)
            cap = m.group("cap").split(",", 1)[0].strip()
            got = self._name_at(cap, m.start("cap"))
            if got is None or self._person(got[0], got[1][0]) is None:
                continue  # (a caption naming a place or a body: no one's voice to credit)
            out.append(_Piece(bs, be, bs, -bs - 1, bs, None, speaker=got[0], speaker_span=got[1], forced=True))
        return out

    def _turn_speaker(self, p: _Piece):
        """In a transcript ('HOST: ...' lines), the person whose labelled turn holds the quote
        ('LOMETO: We are working on it. “Give us until Friday,” ...'), named as the text names
        them elsewhere ('Benetick Lometo'); None if the paragraph is no such turn."""
        text = self.text
        ps, pe = self.para_at(p.para)
        m = _ANSWER_LINE.match(text, ps, pe)
        if m is None or _HOST_LINE.match(text, ps, pe) or m.group("name") in _QUESTION_NAMES \
                or m.group("name") in _OUTLET_LABELS or _HOST_LINE.search(text) is None:
            return None
        label = self._label_name(m, broadcast=True)
        if label is None or self._person(*label) is None:
            return None
        return self._name_at(*label)

    def _asked(self, p: _Piece):
        """A press conference's excerpts: a paragraph that is all quote, after an unquoted line that
        asks a question ('How many people are still in shelters?' / '“As of six o’clock ...”'), is
        the answer of the person the paragraph before the questions names ('Hon. Ana Lee took
        questions ... Excerpts:'); None otherwise."""
        text = self.text
        ps, pe = self.para_at(p.para)
        if p.open_pos != ps or text[pe - 1] not in _MARK_CHARS + "’":
            return None
        prev = self.prev_para(ps)
        if prev is None or not text[prev[0]:prev[1]].endswith("?") or prev[1] - prev[0] > 200 \
                or any(c in text[prev[0]:prev[1]] for c in _MARK_CHARS):
            return None
        for _ in range(40):  # back over the questions and their answers to the lines before them
            para = text[prev[0]:prev[1]]
            asked = para.endswith("?") and not any(c in para for c in _MARK_CHARS)
            if not asked and not (para[:1] in _MARK_CHARS and para[-1:] in _MARK_CHARS + "’"):
                break
            prev = self.prev_para(prev[0])
            if prev is None:
                return None
        toks = _toks(text, prev[0], min(prev[1], prev[0] + 400))
        for k in range(len(toks)):
            n = self._run_fwd(toks[k:])
            if n and not all(t.w.lower().strip(",.") in TITLE_WORDS for t in toks[k:k + n]) and not (
                    k and toks[k - 1].w in ("of", "for")) and (
                    got := self._person(" ".join(t.w.rstrip(",") for t in toks[k:k + n]), toks[k].s)) is not None:
                return self._name_at(got[0], got[1][0])
        return None

    def _label_name(self, m: re.Match, broadcast: bool):
        """(name, position) of a transcript label (`_ANSWER_LINE`): 'LUCÍA BENAVIDES:' as the text
        writes the name elsewhere, or in a broadcast as the label has it ('HUGH BENN, minister (on
        camera):'); None for a one-word capitals label named nowhere else."""
        name = m.group("name")
        if not name.isupper():
            return name, m.start("name")
        named = re.search(r"\b" + r"\s+".join(map(re.escape, name.title().split())) + r"\b", self.text)
        if named is not None:
            return named.group(), named.start()
        if broadcast and " " in name:
            return name.title(), m.start("name")
        return None

    def _dash_blocks(self, pieces: list[_Piece]) -> list[_Piece]:
        """A paragraph set off without quotation marks and signed by the next line,
        '— Name, role': a block quote by that person (an unquoted one is a quote too)."""
        text = self.text
        out = pieces
        for m in re.finditer(r"\n[\u2014\u2013]", text):
            ns, ne = self.para_at(m.start() + 1)
            if ne - ns > 160 or "(@" in text[ns:ne]:
                continue  # a tweet's signature is _tweets' business
            line = _NAME_LINE.fullmatch(text, ns, ne)
            if not line or not line.group("dash"):
                continue
            body = self.prev_para(ns)
            if body is None or body[1] - body[0] < 60 or any(p.para == body[0] for p in out):
                continue  # too short to be a quoted passage, or it has quotation marks of its own
            got = self._name_at(line.group("name"), line.start("name"))
            if got is None or self._person(line.group("name"), line.start("name")) is None:
                continue
            out.append(_Piece(body[0], body[1], body[0], -ns - 1, body[0], None, speaker=got[0],
                              speaker_span=got[1], forced=True))
        return out

    def _dialogue_dashes(self, pieces: list[_Piece]) -> list[_Piece]:
        """Spanish-style dialogue, in translated wire copy: a paragraph opened by a dash with no
        space ('—We will not leave anyone —the president said on Monday—. Every shelter ...'): the
        words up to ' —' are quoted, the dash encloses the narration that names the speaker, and after
        its closing dash the quote goes on to the paragraph's end."""
        text = self.text
        out = pieces
        quoted_paras = {p.para for p in pieces}
        for m in _DIALOGUE_OPEN.finditer(text):
            ps, pe = self.para_at(m.start(1))
            if ps != m.start(1) or ps in quoted_paras:
                continue
            narration = _DIALOGUE_NARRATION.search(text, m.end(1), pe)
            if narration is None or _VERBS.isdisjoint(narration.group(1).lower().split()[:6]):
                continue  # a dash that no narration with a speech verb follows: not dialogue
            chain = -len(text) - ps - 1  # apart from _dash_blocks' chains (-1 ... -len(text) - 1)
            out.append(_Piece(ps + 1, narration.start(), ps, chain, ps, narration.start() + 1, dialogue=True))
            close = text.find(text[ps], narration.end(), pe)
            if close >= 0:
                rest = close + 1
                while rest < pe and (text[rest] in ".,;" or text[rest].isspace()):
                    rest += 1
                if rest < pe:
                    out.append(_Piece(rest, pe, ps, chain, close, None, dialogue=True))
        return out

    def _name_lines(self, pieces: list[_Piece]) -> None:
        """A whole-paragraph quote followed by a line that is only a name (block quote)."""
        text = self.text
        chains_next = {(p.chain, p.para) for p in pieces}
        for p in pieces:
            if p.forced or not self._is_whole_para(p):
                continue
            ps, pe = self.para_at(p.para)
            nxt = self.next_para(pe)
            if nxt is None or (p.chain, nxt[0]) in chains_next:
                continue
            ns, ne = nxt
            if (got := self._credited_after(ps, ns, ne)) is not None:
                p.forced, p.speaker, p.speaker_span = True, got[0], got[1]
                continue
            if ne - ns > 120:
                continue
            m = _NAME_LINE.fullmatch(text, ns, ne)
            if not m:
                continue
            name, name_at = m.group("name"), m.start("name")
            if _styled(styled := _toks(text, name_at, m.end("name"))):
                name, name_at = text[styled[2].s:m.end("name")], styled[2].s  # '— His Excellency Rashid Al Kaabi, ...'
            tokens = name.split()
            if all(t.lower() in _STOPCAPS for t in tokens) or tokens[0].lower() in _STOPCAPS:
                continue
            if not m.group("dash") and len(tokens) > 1 and name.isupper():
                continue  # 'HELP FROM THE REGION AND BEYOND': the next section's heading
            rest = text[m.end("name"):ne]  # (as written: "WHO Representative" is no "who" clause)
            if _CLAUSE_IN_ROLE.search(rest):
                continue  # 'Tom Quinlan, who served ..., said families ...': a sentence, not a name line
            if len(tokens) == 1 and not m.group("dash") and not self.full_names(tokens[0]):
                continue
            note = (m.group("note") or "").lower()
            got = self._name_at(name, name_at)
            if got is None:
                continue
            p.forced, p.speaker, p.speaker_span = True, got[0], got[1]
            if "paraphras" in note:
                p.kind = "paraphrase"

    def _credited_after(self, ps: int, ns: int, ne: int):
        """(speaker, span) for the quote paragraph at `ps` that the paragraph [ns, ne) after it credits: 'That
        was the message from ...', or a name and age after a scene opened on someone by role ('The tugboat
        captain points to a bend ... / “That is where they came from ...” / Rubén Ayala-Benítez, 52, has ...');
        else None."""
        if (credit := _CREDIT_AFTER.match(self.text, ns)) is not None:
            return self._credited(credit.end(), ne)
        if (aged := _AGED_NAME_OPENS.match(self.text, ns)) is not None and self._after_role_opening(ps):
            return self._person(aged.group(1), ns)
        return None

    def _after_role_opening(self, ps: int) -> bool:
        """The paragraph before `ps` opens on someone by their trade or role and a present-tense verb ('The
        tugboat captain points ...'), quotes no one and introduces no quote with a colon."""
        prev = self.prev_para(ps)
        if prev is None or (m := _ROLE_OPENING.match(self.text, prev[0], prev[1])) is None:
            return False
        role = m.group(1)
        para = self.text[prev[0]:prev[1]]
        return (role.endswith(_OCCUPATION_ENDINGS) or role in TITLE_WORDS or role in _SCENE_PEOPLE) and \
            not any(c in para for c in _MARK_CHARS) and not para.rstrip().endswith(":")

    def _credited(self, at: int, end: int):
        """The first person named after `at` in the sentence a credit opens ('That was the message from
        the United States Ambassador, Dana Whitcombe-Reyes, who ...'), or the body named there first, or
        unattributed for someone unnamed ('the words of a 26-year-old teacher')."""
        if self.text.startswith(("a ", "an ", "one "), at):
            return (UNATTRIBUTED, None)  # 'Those were the words of a 26-year-old Sudanese teacher ...': unnamed
        stop = self.text.find(".", at, end)
        first = None
        for m in _RUN_RE.finditer(self.text, at, end if stop < 0 else stop):
            got = self._person(m.group(), m.start())
            if got is not None:
                return got
            if first is None and _org_like(m.group()):
                first = self._name_at(m.group(), m.start())  # ('That was the message from the Foreign Ministry')
        return first

    def _is_whole_para(self, p: _Piece) -> bool:
        ps, pe = self.para_at(p.para)
        return (p.open_pos == ps or _BULLET_LEAD.fullmatch(self.text, ps, p.open_pos) is not None) and (p.close_pos is None or not self.text[p.close_pos + 1:pe].strip(" ,.;:")
                                     or _SIGN_OFF.fullmatch(self.text, p.close_pos + 1, pe) is not None)

    def _is_nickname(self, p: _Piece, s: int, e: int) -> bool:
        """One or two capitalised words quoted between a person's names (a given name before, a surname after)."""
        text = self.text
        if p.close_pos is None or e - s > 30 or p.open_pos < 2 or text[p.open_pos - 1] not in " \t":
            return False
        words = text[s:e].split()
        before = text[max(p.para, p.open_pos - 40):p.open_pos].split()
        return (0 < len(words) <= 2 and all(_is_cap(w) and w.isalpha() for w in words) and bool(before)
                and _is_cap(before[-1]) and before[-1].isalpha() and _NAME_NEXT.match(text, p.close_pos + 1) is not None)

    def _is_caps_heading(self, p: _Piece, s: int, e: int) -> bool:
        """A line that is only a quoted phrase in capitals: a section heading ('"THE SECOND 98"')."""
        content = self.text[s:e]
        return (p.close_pos is not None and e - s <= 60 and content.isupper()
                and not content.rstrip().endswith((".", "!", "?")) and self._is_whole_para(p) and not self.text[p.close_pos + 1:self.para_at(p.para)[1]].strip())

    def _is_pull_quote(self, p: _Piece, s: int, e: int) -> bool:
        """A paragraph that is only a quotation without a full stop (a heading), whose words the
        article quotes again further down: '“The water took our yams”' above '“The water took our
        yams, our goats,” she said.' A short label may lead it: 'PM: “We will rebuild”'."""
        text = self.text
        ps, pe = self.para_at(p.para)
        label = text[ps:p.open_pos]
        if p.open_pos == ps and p.close_pos is not None and not text[p.close_pos + 1:pe].strip() and e - s < 300:
            said = same_length_lower(text[s:e]).rstrip(" .,;:!?…")
            at = self._lowered().rfind(said, 0, ps) if len(said.split()) >= 5 else -1
            if at >= 0 and self._in_quote(at):
                return True  # a display repeat of a sentence quoted above ('“We will not trade ...”' + '– Hon. X')
        if not (p.close_pos is not None and not text[p.close_pos + 1:pe].strip()
                and (p.open_pos == ps or (label.endswith(": ") and len(label.split()) <= 3))
                and e - s < 200 and text[e - 1:e] not in (".", "!", "?", "…")):
            return False
        if self._lowered().find(same_length_lower(text[s:e]), p.close_pos + 1) >= 0:
            return True  # ('“Like digging ...”' over '“It is like digging ...'')
        # a subhead that says the next quote's words in short: '“I heard it crack”' over a paragraph,
        # then '“I heard the hill crack like a tree falling ...'
        words = {w.strip(".,;:!?’'").lower() for w in text[s:e].split()}
        if not 3 <= len(words) <= 8 or ps < 300:
            return False  # (near the top it is the headline's business: _is_headline_echo)
        nxt = next((i for i in range(pe, min(len(text), pe + 600)) if text[i] in _MARK_CHARS), -1)
        if nxt < 0:
            return False
        later = {w.strip(".,;:!?’'“”‘\"").lower() for w in text[nxt + 1:nxt + 200].split()}
        words -= _POSSESSIVE_WORDS  # ('‘Ask your banks’' over '... to “ask its banks”')
        return len(words & later) >= 0.75 * len(words)

    def _is_headline_echo(self, p: _Piece, s: int, e: int) -> bool:
        """A quotation in a headline line at the top whose words a quotation in the body says
        again ('Eritrea dismisses appeal as “stunt”' over '... as “a fundraising stunt by ...”'):
        the desk's shorthand for that quote, not a second one; so is a subhead's ('Moscow rejects ‘slander’'
        over '... described the claims as ‘slander without a single fact behind it’'). A headline quote
        found nowhere below stays a quote."""
        ps, pe = self.para_at(p.para)
        subhead = pe - ps <= 80
        if (ps > 500 and not subhead) or pe - ps > 220 or p.close_pos is None or \
                self.text[ps:pe].rstrip("”»“\"’' ")[-1:] in (".", "!", "?"):
            return False  # (a standfirst is a sentence)
        low = self._lowered()
        words = same_length_lower(self.text[s:e]).strip(" ,.;:!?")
        hi = len(low) if ps <= 500 else pe + 1200  # (a subhead echoes the quote just below it)
        at = low.find(words, pe, hi) if words else -1
        while at >= 0:
            if self._in_quote(at):
                return True
            at = low.find(words, at + 1, hi)
        return False

    # ------------------------------------------------------------------ terms
    def _is_term(self, p: _Piece, s: int, e: int) -> bool:
        text = self.text
        if p.close_pos is None or e - s > 80:
            return False
        content = text[s:e]
        words = content.split()
        if not words or len(words) > 6 or "?" in content or "!" in content:
            return False  # "Regressive? Please,": a sentence, not a name
        lowered = [w.strip(".,;:!?…’'\"").lower() for w in words]
        if any(w in _VERBISH and not (w == "no" and words[i].startswith("No.")) for i, w in enumerate(lowered)):
            return False  # (but 'Storm No. 9' is a name: "No." is a number sign)
        lo = max(p.para, p.open_pos - 90)
        before = text[lo:p.open_pos]
        bw = before.split()
        if len(bw) >= 2 and _is_cap(bw[-1]) and not bw[-2].endswith((".", ":")) and self._quoted_verb(p):
            return False  # 'Mme Nibizi-Karerwa “regrets” this answer': her word for what she does
        last = bw[-1].lower().strip(",;:(") if bw else ""
        last2 = " ".join(bw[-2:]).lower() if len(bw) >= 2 else ""
        if any(len(bw) >= k and bw[-k].lower() in _NAMING_VERBS and bw[1 - k].lower() in _OWNERS
               and (k == 3 or all(w.isalpha() and (w.islower() or self._is_demonym(w)) for w in bw[2 - k:]))
               for k in (3, 4, 5)):
            return True  # 'had for months nicknamed the building « la tour penchée »', 'Residents had nicknamed
            # the bulging slope “der Buckel”', 'have renamed the Belgian compound « the last colony »': its name
        if last == "as" and len(bw) >= 2 and len(words) <= 3 and (bw[-2].lower() in _PROMOTED or (
                bw[-2].lower() in _ACCLAIMED and len(bw) >= 3 and (bw[-3].endswith(",") or bw[-3].lower() in _BE))):
            return True  # 'the flood walls, which the state had advertised as "flood-proof."': a selling label;
            # 'the flood wall, hailed as “future-proof” when it opened': a label nobody is said to give
        if any(len(bw) >= k and bw[-k].lower() in _NAMING_VERBS
               and all(w.lower().strip(",") in _NAMING_FILLERS for w in bw[len(bw) - k + 1:]) for k in (2, 3, 4)):
            return True  # 'that the inhabitants have nicknamed for years « lavil anba dilo »'

        if len(bw) >= 3 and bw[-3].lower() in ("calls", "called", "call", "calling") and bw[-2].lower() in ("its", "their") \
                and bw[-1].isalpha() and bw[-1].islower() and lowered[0] == "the" and len(words) <= 4 \
                and not any(_SCORNING_WORD.fullmatch(w) or _JUDGING_WORD.fullmatch(w) for w in lowered):
            return True  # 'The militia, which calls its roadblock ‘the toll gate’': its own name for its own thing
        if len(bw) >= 3 and bw[-3].lower() in _SIGNING and bw[-2].lower() in _OWNERS and bw[-1].isalpha() \
                and bw[-1].islower() and len(words) <= 3:
            return True  # 'a group that signs its messages ‘Tidewater’': the name it goes by
        if len(words) == 1 and content.islower() and not _JUDGING_WORD.fullmatch(lowered[0]) and \
                _SUM_BEFORE.search(before):
            return True  # 'have demanded a US$20 million ‘royalty’': their name for the payment
        if len(words) == 1 and _CODE_NAME.fullmatch(content.strip(" .,")):
            return True  # 'a group calling itself “NorthHollow”', 'the “Sandown-class” minehunters': a coined name
        if (len(bw) >= 3 and bw[-3].lower() in ("call", "calls", "called") and bw[-2].lower() in ("the", "this", "that")
                and bw[-1].isalpha() and bw[-1].islower() and len(words) <= 4 and content.islower()
                and self._glossed(p, _BARE_GLOSS_AFTER)):
            return True  # 'Villagers now call the surge “la vague noire”, the black wave.': a name, glossed
        if _NAME_FOR_AFTER.match(text, p.close_pos + 1):
            return True  # '“chapapote”, the Galician name for the sticky tar', 'calling it a “mégafeu”, their
            # term for a blaze too big to attack': a word, glossed
        if last in ("a", "an", "the"):
            # "referring to the pledge as a", "called the deal a": someone's words
            if len(bw) >= 2 and bw[-2].lower() == "as" and _DESCRIBE_VERB.search(before[-80:]) \
                    and not _PASSIVE_DESCRIBE.search(before[-80:]) and not (len(bw) >= 3 and bw[-3].lower() == "known"
                                                                            or _KNOWN_AS.search(before)):
                return False  # (not 'residents described a curfew in streets known locally as the “zona caliente”')
            if len(bw) >= 3 and bw[-3].lower() in _CALL_VERBS and bw[-2].lower() in _OBJECT_WORDS:
                return False
            if len(bw) >= 2 and bw[-2].lower() in ("blamed", "blames", "cited", "cites", "invoked", "invokes"):
                return False  # 'the government blamed a "historic drought"': the cause it gave, in its words
            if (len(bw) >= 4 and bw[-4].lower() in ("calls", "call") and bw[-3].lower() in ("the", "its", "their")
                    and last in ("a", "an") and len(words) == 1 and _ACT_NAME.fullmatch(content)
                    and text.startswith(" of ", p.close_pos + 1)):
                return True  # 'It calls the takeover a ‘refoundation’ of the republic': its standing name for its act
            if (len(bw) >= 4 and bw[-4].lower() in _CALL_VERBS and last != "the"
                    and bw[-3].lower() in ("the", "this", "that", "its", "his", "her", "their")):
                return False  # ('call the flights the “air bridge”' names them: a term)
        if (last == "called" or (last in ("the", "a", "an") and last2.startswith("called "))) and _ONE_CALLED.search(before):
            # 'what one of them called “the arithmetic of excuses”': one person's words; but 'reported what it
            # called a “controlled release” of chlorine', 'in what she called "the red strip," a 200-meter band':
            # a short lower-case label, its name for a thing
            return 2 <= len(words) <= 3 and content.strip(" ,.").islower() and not _JUDGING_WORD.fullmatch(lowered[-1]) \
                and not any(_SCORNING_WORD.fullmatch(w) for w in lowered)  # ('rejected what it called “baseless
            # insinuations”': its scorn, in its words)
        if last in ("the", "its", "his", "her", "their") and _THANKED_FOR.search(before):
            return False  # 'thanked China for its "timely and generous" support', 'Gao expressed appreciation
            # for the "sincere and timely support"': the speaker's own words of thanks
        if last in ("its", "his", "her", "their") and _EVALUATION.fullmatch(content) and self._speech_before(before):
            return False  # '... for its "swift solidarity"': the speaker's own praise
        if last in ("the", "its", "their", "his", "her", "a", "an") and len(words) <= 4 and content.islower() \
                and _PRAISED_BEFORE.search(before):
            return False  # 'HRH lauded the "brotherly and swift" response ... and the "selfless efforts" of', 'hailed
            # an «exemplary» solidarity': the praise
        if last in ("a", "an", "the") and len(bw) >= 2 and bw[-2].lower() in _COPULAS and self._speech_before(before):
            return False  # 'said that finding the missing remains the “priority of priorities”': what it is, in words said
        if (last in ("be", "been", "being") or (last in _COPULAS and last != "remains")) and words[0].endswith("ed") \
                and words[0].islower():
            return False  # 'survivors will be “processed for repatriation,”': someone's words for what is done
        if (2 <= len(words) <= 4 and content.islower() and lowered[-1] in _CATEGORY_NOUNS
                and (declared := _DECLARED.search(before)) and " that " not in declared.group()):
            return True  # 'declared three townships “natural disaster areas”': the status's name
        if last in _DECLARING and len(bw) >= 2 and bw[-2].lower() in _BE \
                and len(words) == 1 and "-" in content:
            return True  # 'The stretch of dike had been declared "Delta-proof"': a status it was given
        if last in ("rated", "graded") and len(bw) >= 2 and bw[-2].lower() in _BE \
                and len(words) <= 3 and content.strip(" .,").islower():
            return True  # 'Saturday had been rated "catastrophic"': a rating's name on an official scale
        if last == "as" and len(bw) >= 2 and bw[-2].lower() in _CLASSED and len(words) <= 4 and content.islower():
            return True  # 'residents of what it has marked as “red slopes”': an official category's name
        if last == "called" and len(bw) >= 3 and bw[-2].lower() in ("he", "she") and bw[-3].lower() in ("which", "that") \
                and len(words) == 1 and _JUDGING_WORD.fullmatch(lowered[0]):
            return False  # 'the cloud-seeding programme, which he called “reckless”': his judgement, in his word
        if (by := _BY_AGENT.match(text, p.close_pos + 1)) is not None and (
                by.group(1) is None or by.group(1).lower() in TITLE_WORDS) and _PASSIVE_JUDGED.search(before):
            return False  # 'The post was branded “disgusting” by MP Helen Garside': her word for it (the agent
            # _after reads)
        if last == "as" and len(bw) >= 2 and bw[-2].lower() in ("know", "knows", "knew") and len(words) <= 4:
            return True  # 'the waters that seafarers know as “bunker alley”': the name a place goes by
        if last in _TERM_CUES or last2 == "known as" or ("known" in before and _KNOWN_AS.search(before)):
            return True  # ('the monsoon season known locally as “khareef”', 'known as the country's “citrus belt”')
        if last in _REFLEXIVE and len(bw) >= 2 and bw[-2].lower() in _SELF_NAMING:
            return True  # 'A group calling itself “Ceiba Negra”': the name it goes by
        if len(words) <= 3 and all(_is_cap(w) for w in words) and bw and bw[-1].strip(",") in _UNIT_KIND_NOUNS \
                and len(bw) >= 2 and (bw[-2][:1].isdigit() or _is_cap(bw[-2])):
            return True  # '601 Squadron "Lobos"': a unit's nickname after its number
        if len(words) <= 3 and all(_is_cap(w) for w in words) and bw and bw[-1].strip(",") in _BODY_KIND_NOUNS:
            return True  # 'workers of the State Concern "Türkmengaz"': the body's name after its kind
        if last == "of" and len(bw) >= 2 and bw[-2].lower() in _NAMED_IDEAS:
            return True  # 'Kiribati’s old policy of “migration with dignity”': the policy's name
        if last == "of" and len(bw) >= 2 and bw[-2].lower() in _MESSAGE_NOUNS and len(words) <= 3 and content.islower():
            return True  # 'sent messages of “brotherly solidarity”': the messages' gist, in their stock words
        if len(words) <= 4 and (not before.strip() or before.rstrip().endswith((".", "!", "?"))) \
                and _COPULA_AFTER.match(text, p.close_pos + 1) and self._quoted_above(s, e):
            return True  # '“Under control” is not how farmers describe it': words quoted above, mentioned
        if len(words) <= 2 and (content.islower() or (len(words) == 2 and words[1].islower())) and self._glossed(p) and (
                not self._speech_before(before) or (len(words) == 1 and last in _GLOSS_PREPS)):
            # (even after a speech verb, one word after a preposition and glossed: 'Geologists say the
            # ground gave way in "kvikkleire", a marine clay that ...')
            return True  # 'the price of “kpayo”, the smuggled Nigerian petrol': a word, then what it means
        if (len(words) <= 2 and content.islower() and before.endswith((", or ", ", or\u00a0"))
                and not self._speech_before(before)):
            return True  # 'At her morning press conference, or “mañanera,” on Tuesday': its other name
        if len(words) <= 3 and content.islower() and _PROPOSAL_FOR.search(before):
            return True  # 'a call for a CARICOM-wide “resilience levy” of US$5': the thing proposed
        if (content.islower() and not self._speech_before(before) and _DETERMINED_BEFORE.search(before)
                and _STATE_VERB_AFTER.match(text, p.close_pos + 1)):
            return True  # 'the highest “degree of flood activity” remains in force': a thing's name
        if last == "call" and _THEY_CALL.search(before):
            return True  # 'an independent state they call “Ambazonia”'
        if (last in _DESIGNATING or last2 in ("designated as", "listed as", "recognised as", "recognized as")) and (
                _DESIGNATION.fullmatch(content.strip(" .,").lower())
                or (len(bw) >= 2 and bw[-2].lower() in _CATEGORY_NOUNS and len(words) <= 3 and content.islower())):
            return True  # 'which the KGB declared “extremist” in 2041', 'zones declared “non aedificandi”': a legal status
        if len(words) <= 2 and bw and (content.islower() or content.isupper() and bw[-1].isupper()) \
                and self._owned_by(bw) and not self._speech_before(before):
            return True  # 'Washington's "help," as usual, came with conditions', 'So much for British
            # "sympathy."', 'the famous U.S. "aid"', "its much-advertised ‘rehabilitation’": the outlet's
            # mocking name for the thing, nobody's words
        if len(words) <= 2 and content.islower() and last in ("on", "of", "by", "from") and \
                not _JUDGING_WORD.fullmatch(lowered[-1]) and (mod := _MODIFIER_AFTER.match(text, p.close_pos + 1)) \
                is not None and mod.group(1) not in _MODIFIER_NOT_NOUN and "," not in text[e:p.close_pos]:
            return True  # 'Officials blamed most of the blazes on "chaqueo" fires': a word for a kind of thing
        if len(words) <= 3 and content.islower() and not self._speech_before(before):
            # a short lower-case name with no speech verb before it in its sentence
            if last == "another" and len(words) <= 2:
                return True  # 'deserve better than another “mission” that ends with a press release'
            if len(bw) >= 2 and (bw[-1].isalpha() or _HOURS_LONG.fullmatch(bw[-1])) and bw[-1].islower() and (
                    bw[-2].lower() in ("a", "an") or (bw[-2].isdigit() or bw[-2] in _COUNT_WORDS) and bw[-1][-1] != "s" or (
                        bw[-2].lower() == "the" and (bw[-1].endswith("est") or bw[-1] in _CUSTOM_ADJECTIVES))):
                return True  # 'pay the gangs a weekly “war tax”', 'the harshest "white dzud"', 'under the
                # traditional "tiwizi"', 'has lent eight giant “super pumps”': a name for a thing
            mod = _MODIFIER_AFTER.match(text, p.close_pos + 1)
            if mod is not None and mod.group(1) not in _MODIFIER_NOT_NOUN and "," not in text[e:p.close_pos] and \
                    lowered[-1] not in _SMALL:  # (not 'is “looking at” sending a vessel': words that end on a preposition)
                return True  # 'separatist “ghost town” shutdowns': a name for a kind of thing (not '“at
                # once,” provided ...': the comma ends the words)
        if (len(words) == 1 and _is_cap(words[0]) and not content.isupper() and bw and bw[-1].isalpha()
                and bw[-1].islower() and not self._speech_before(before)):
            mod = _MODIFIER_AFTER.match(text, p.close_pos + 1)
            if mod is not None and mod.group(1) not in _MODIFIER_NOT_NOUN:
                return True  # 'firebreaks cut by “Ipelegeng” workers': a programme's name before its noun
        if (_CALL_THESE.search(before) or _PEOPLE_CALL_THE.search(text, max(p.para, p.open_pos - 240), p.open_pos)
                or _NAMERS_THEN_THEY_CALL.search(text, max(p.para, p.open_pos - 400), p.open_pos)) \
                and lowered[0] not in ("a", "an") and not (len(words) == 1 and _JUDGING_WORD.fullmatch(lowered[0])):
            return True  # 'Forecasters call these damp patches “green islands”': a name for things (but
            # 'Critics called it “a disgrace”', 'Officials called the plan “reckless”' judge it)
        if (last in ("call", "calls") or last2 in ("describe as", "describes as") or (
                len(bw) >= 3 and bw[-1].endswith(("'s", "’s")) and (bw[-3].lower() in ("call", "calls") or
                                                                    bw[-2].lower() in ("call", "calls")))) \
                and _THAT_PEOPLE_CALL.search(before):
            return True  # 'the movement that people in the north still call “al-Shabaab”', 'which Jamaicans
            # call the island's “breadbasket”', 'that the Fund calls Jerusalem’s “green lungs”': its name
        if last == "as" and len(words) <= 3 and content.islower() and _WHAT_PEOPLE_DESCRIBED.search(before) \
                and not _JUDGING_WORD.fullmatch(lowered[-1]):
            return True  # 'a wave of what officers described as ‘flood tourism’': their name for a thing
        if _AS_CALLED.match(text, p.close_pos + 1, min(len(text), p.close_pos + 80)):
            return True  # '“the flotilla”, as everyone at the port calls it': a name for a thing
        if last in ("call", "calls", "calling", "called") or (
                len(bw) >= 2 and bw[-2].lower() in ("call", "calls", "called", "the") and bw[-1].endswith(("'s", "’s"))):
            m = _WHAT_CALL.search(before)  # (and 'what residents are already calling “tent city”')
            labels = (len(words) <= 3 and content.islower() and (mod := _MODIFIER_AFTER.match(text, p.close_pos + 1))
                      is not None and mod.group(1) not in _MODIFIER_NOT_NOUN)
            if m and (m.group("v") != "called" or labels) and (labels or not any(
                    (w in _PRONOUNS and w != "it") or w in ("you", "me", "us") for w in m.group(1).split())):
                return True  # "what some engineers call “managed retreat”", "what it calls “smart rationing”"
                # (a body's name for its scheme), 'what they called the ministry's “pump-and-pray” approach'
                # (a label before its noun): a naming, no one's words
        caps = [w for w in words if w.lower() not in _SMALL]
        if len(words) >= 2 and caps and all(_is_cap(w) for w in caps) and not content.isupper():
            if before.rstrip().endswith(":") or last in _VERBS or last in _PARTICIPLES:
                return False
            if lowered[0] in ORG_WORDS and len(words) >= 3 and lowered[1] in ("of", "for"):
                return True  # 'to the Belarusian “Ministry of Emergency Situations”, according to ...': a body's name
            after = _toks(text, p.close_pos + 1, min(len(text), p.close_pos + 40))[:2]
            if after and (self._verb_at(after, 0) or (
                    len(after) == 2 and after[0].w.lower() in _PRONOUNS and self._verb_at(after, 1))):
                return False  # '“Until November,” he said': words someone said
            return True
        return False

    def _owned_by(self, bw: list[str]) -> bool:
        """The words before a mark end with an owner of the thing named ('Washington's', 'whose', 'British',
        'U.S.', 'its much-advertised'), as an outlet's mocking name for it is written."""
        last = bw[-1]
        return (last.endswith(("'s", "’s")) or last == "whose" or self._is_demonym(last)
                or _INITIALISM.fullmatch(last.rstrip(".")) is not None
                or (len(bw) >= 2 and bw[-2].lower() in ("its", "their") and _HYPHEN_ADJ.fullmatch(last) is not None))

    def _quoted_above(self, s: int, e: int) -> bool:
        """text[s:e] repeats words (three letters or more) inside a quotation before it."""
        said = same_length_lower(self.text[s:e]).strip(" .,;:!?")
        if len(said) < 3:
            return False
        low = self._lowered()
        at = low.rfind(said, 0, s - 1)
        tries = 0
        while at >= 0 and tries < 10:
            tries += 1
            if self._in_quote(at):
                return True
            at = low.rfind(said, 0, at)
        return False

    def _quoted_verb(self, p: _Piece) -> bool:
        """The piece is one quoted verb with its object after the mark: '“regrets” this answer'."""
        if p.close_pos is None:
            return False
        word = self.text[p.open_pos + 1:p.close_pos]
        return (word.isalpha() and word.islower() and word.endswith(("s", "ed"))
                and _QUOTED_VERB_OBJECT.match(self.text, p.close_pos + 1) is not None)

    def _glossed(self, p: _Piece, gloss: re.Pattern = _GLOSS_AFTER) -> bool:
        """`gloss` follows the closing mark, its comma before or (American style) inside the mark:
        '“kpayo”, the smuggled petrol', '“bajareque,” the local wattle-and-daub'."""
        after = self.text[p.close_pos + 1:p.close_pos + 120]
        if self.text[p.close_pos - 1:p.close_pos] == ",":
            after = "," + after
        return gloss.match(after) is not None

    @staticmethod
    def _speech_before(before: str) -> bool:
        """A speech verb (_VERBS, or a two-word one of _PHRASAL: 'a report by X speaks of “...”') in the
        last 70 characters of `before`, within its sentence."""
        cut = max(0, before.rfind(". "), before.rfind('." '), before.rfind(".” "), len(before) - 70)
        words = [w.strip(",;:\"“”‘’'").lower() for w in before[cut:].split()]
        return any(w in _VERBS or w in _CITING or _PHRASAL.get(w) == nxt for w, nxt in zip(words, words[1:] + [""]))

    # ------------------------------------------------------------------ speakers
    def _attribute(self, p: _Piece, s: int, e: int):
        """(speaker, span, kind) from the quote's own sentence or its neighbours, or None."""
        text = self.text
        ps, pe = self.para_at(p.para)
        kind = None
        sent_start = self._sentence_start(ps, p.open_pos)
        before_txt = text[sent_start:p.open_pos]
        at_sentence_start = not before_txt.strip(" \t" + _DASHES)
        lo_w = max(ps, p.open_pos - 60)
        hi_w = min(pe, (p.close_pos if p.close_pos is not None else e) + 60)
        if "paraphras" in text[lo_w:hi_w].lower():
            kind = "paraphrase"
        ends_sentence = text[s:e].rstrip()[-1:] in ".!?…"
        if "quoted" in text[sent_start:min(pe, (p.close_pos or e) + 160)]:
            got = self._quoted_as(p, sent_start, pe, e)
            if got is not None:  # 'the daily quoted the minister as saying “...”': the minister
                return (*got, kind)
        after = None
        if p.close_pos is not None and (at_sentence_start or not ends_sentence):
            # 1. the attribution right after the quote: ', Dupont said' / ', said Dupont' / ' — X'
            after = self._after(p, pe)
            if after is not None and after[0] != UNATTRIBUTED and self._anonymous_after(p, pe):
                return (UNATTRIBUTED, None, kind)  # '“...,” the official said, speaking on condition of anonymity'
            if after is not None:
                return (*(self._role_named_later(p) or after), kind)
            named = self._role_named_later(p)
            if named is not None:
                return (*named, kind)
        if not at_sentence_start and self.resolved and self.resolved[-1][1] == ps:
            # '“Our answer,” said Fausto Almánzar, the foreign minister, “is the same”': the
            # sentence's first piece and its speaker, interrupted by the attribution
            mark = max(before_txt.rfind("”"), before_txt.rfind('"'))
            if mark > 0 and (before_txt[mark - 1] == "," or before_txt[mark + 1:].lstrip().startswith(",")) and \
                    before_txt[mark + 1:].rstrip().endswith(",") and self.resolved[-1][0] >= sent_start:
                return (self.resolved[-1][2], self.resolved[-1][3], kind)
        acct = _HER_ACCOUNT.search(text, sent_start, min(pe, (p.close_pos or e) + 120))
        if acct is not None and not any(c in text[acct.end():p.open_pos] for c in ".!?"):
            # 'Spain, by her account, was “looking seriously” at ...', 'his message reads that ...
            # “will not send forces”': the person the pronoun names
            got = self._resolve_pronoun("he" if (acct.group(1) or acct.group(2)).lower() == "his" else "she",
                                       acct.start(), p.para)
            if got is not None:
                return (*got, kind)
        # 2. the nearest speech verb before the quote in its sentence
        got = self._before(p, sent_start) if not at_sentence_start else None
        if got == "nonname":
            return (*after, kind) if after is not None else (UNATTRIBUTED, None, kind)
        if got is not None and got[1] is not None and _NOT_NAMED.search(text, sent_start, p.open_pos):
            return (UNATTRIBUTED, None, kind)  # 'a resident of Macomia who asked not to be named described ...: “...”'
        if got is not None:
            if _place_lookup(got[0]) is not None and (later := self._according_later(p, pe)) is not None:
                # 'New Zealand said it was “looking closely” at ..., a spokesperson for the Ministry of
                # Foreign Affairs and Trade said': the country speaks through the body named last
                return (*later, kind)
            return (*got, kind)
        if after is not None:
            return (*after, kind)
        # 2b. 'Washington is “actively considering” a request, according to the State Department'
        got = self._according_later(p, pe)
        if got is not None:
            return (*got, kind)

        # 3. a bare name before a colon: 'Dupont: “...”'
        stripped = before_txt.rstrip()
        if stripped.endswith((":", " –", " —")):  # (or a dash: 'X had a short message for residents – “...”')
            toks = _toks(text, _look_back(text, sent_start, p.open_pos, 200), sent_start + len(stripped) - 1)
            run = self._run_back(toks)
            if run is not None and (run[0] == 0 or len(toks) <= 6 and all(
                    _is_cap(t.w) or t.w in TITLE_WORDS for t in toks[:run[0]])):
                # ('Rescue leader Bjørnar Tveit-Ødegård: “...”': a title before the name)
                got = self._name_at(" ".join(t.w for t in toks), toks[0].s)
                if got is not None:
                    return (*got, kind)
            if run is not None and 2 <= run[0] <= 6 and toks[run[0] - 1].comma and toks[run[0] - 1].w.lower() in TITLE_WORDS:
                # "The detachment's commander, Lieut Col Ana Lee: “...”": the name in apposition to a role
                got = self._name_at(" ".join(t.w for t in toks[run[0]:]), toks[run[0]].s)
                if got is not None:
                    return (*got, kind)
            colon = sent_start + len(stripped) - 1
            if run is None and sent_start == ps and (got := self._colon_line_speaker(ps, colon)) is not None:
                # 'Lt. Col. Ana Lee, commander of the contingent: “...”': a name, then who she is (a
                # role with a title, no verb)
                role = text[got[1][1]:colon].lower().replace(",", " ").split()
                if 0 < len(role) <= 10 and any(w in TITLE_WORDS for w in role) and \
                        _VERBS.isdisjoint(role) and _VERBISH.isdisjoint(role):
                    return (*got, kind)
            bare = [t.w for t in toks if t.w not in _BULLET_MARKS]
            if run is None and 1 <= len(bare) <= 4 and bare[-1].lower() in TITLE_WORDS and not any(
                    t.stop for t in toks[:-1]) and (got := self._bare_title_speaker(bare, p.open_pos)) is not None:
                return (*got, kind)  # '• Fisheries minister: “...”' over 'Fisheries Minister Mariem ... told'
            # 'Iceland's minister, Bjarni Thorsson, was blunter: “...”': the clause's subject
            got = self._colon_clause_subject(toks, p, tail=10)
            if got is not None:
                return (*got, kind)
            got = self._pronoun_colon(toks, p)
            if got is None and run is not None and run[0] >= 1 and toks[run[0] - 1].w.lower() == "quoted":
                got = self._name_at(" ".join(t.w for t in toks[run[0]:]), toks[run[0]].s)  # 'It quoted X: “...”'
            if got is None and toks and toks[0].w == "I" and not any(t.stop for t in toks[:-1]):
                got = self._author()  # an op-ed: 'I defended it with a sentence I still believe: “...”'
            if got is not None:
                return (*got, kind)
        # 4. the sentence before, in the paragraph; or the previous paragraph's last sentence
        if at_sentence_start:
            if sent_start > ps:
                lo = max(ps, sent_start - 400)
                u = self._last_unattributed
                if u is not None and u[1] == ps and u[0] >= lo and not (self.resolved and self.resolved[-1][0] > u[0]):
                    between = _toks(text, u[2], sent_start)
                    if any(self._verb_at(between, j) for j in range(len(between))):
                        return (UNATTRIBUTED, None, kind)  # '“...,” one EU diplomat said. “...”': the same unnamed source
                if self.resolved and self.resolved[-1][1] == ps and self.resolved[-1][0] >= lo:
                    # '“...,” she said. “...”': the speaker of the quote just before
                    return (self.resolved[-1][2], self.resolved[-1][3], kind)
                got = self._speaker_in_range(lo, sent_start)
                if got is not None:
                    return (*got, kind)
                # 'Asked how, she laughed. “No idea.”': a sentence ending in 'he/she <verb>ed'
                tail = _toks(text, max(lo, sent_start - 40), sent_start)[-2:]
                if (len(tail) == 2 and tail[0].w.lower() in ("he", "she") and not tail[0].stop
                        and tail[1].w.islower() and tail[1].w.endswith("ed") and tail[1].stop
                        and text[tail[1].e:tail[1].e + 1] in ".:"):
                    got = self._resolve_pronoun(tail[0].w.lower(), tail[0].s, p.para)
                    if got is not None:
                        return (*got, kind)
                # 'The chair, Mateo Rivas, did not hide his frustration. “We asked ...”': the
                # person the sentence just before is about (its subject, when it names someone)
                got = self._prev_sentence_person(ps, sent_start, p)
                if got is not None:
                    return (*got, kind)
            elif self._is_whole_para(p):
                prev = self.prev_para(ps)
                if prev is not None and text[prev[0]:prev[1]].rstrip().endswith(":"):
                    # '- Prime Minister Ana Lee, in an address to the nation:' above a quote paragraph;
                    # 'The minister, Ana Lee, did not mince her words at the briefing:' (its subject)
                    last = _toks(text, self._sentence_start(prev[0], prev[1] - 1), prev[1])
                    got = (self._colon_line_speaker(prev[0], prev[1]) or self._colon_clause_subject(last, p)
                           or self._said_colon(last, p) or self._pronoun_colon(last, p))  # ('Her assessment:')
                    if got is not None:
                        return (*got, kind)
                if prev is not None and text[prev[0]:prev[1]].rstrip().endswith(".") and prev[1] - prev[0] < 60 \
                        and not any(c in text[prev[0]:prev[1]] for c in _MARK_CHARS):
                    # 'Västilä was blunt. / “Fire does not wait for paperwork.”': a one-line sketch of
                    # the speaker (the colon rule's clause, with no colon and few words after its verb)
                    got = self._colon_clause_subject(_toks(text, prev[0], prev[1]), p, tail=3)
                    if got is not None and got[1] is not None:
                        return (*got, kind)
                if prev is not None and text[prev[0]:prev[1]].rstrip().endswith("?") and prev[1] - prev[0] < 240 \
                        and not any(c in text[prev[0]:prev[1]] for c in _MARK_CHARS):
                    # a Q&A: 'RÚV asked Ann Berg, a volcanologist, what happens next. / How long will it
                    # last? / “Nobody can promise that.”': the answer is the interviewee's
                    got = self._interviewee(prev[0])
                    if got is not None:
                        return (*got, kind)
                if prev is not None:
                    last = self._sentence_start(prev[0], prev[1])
                    got = self._speaker_in_range(last, prev[1])
                    if got is not None:
                        return (*got, kind)
                    if not any(c in text[last:prev[1]] for c in _MARK_CHARS) and (
                            _SPOKE_TO.search(text, last, prev[1]) is not None
                            or (last == prev[0] and text[prev[0]:prev[1]].rstrip().endswith("."))):
                        # the person the paragraph before ends on, when its last sentence says they spoke to
                        # someone ('X has spoken publicly only once, to Otyrar TV.') or it is one sentence about
                        # them ('X, who has fished the sea for 31 years, pointed at the black water.'; not a question)
                        got = self._prev_sentence_person(prev[0], prev[1] + 1, p)
                        if got is not None:
                            return (*got, kind)
                    if _NOT_NAMED.search(text, last, prev[1]) is not None and not any(
                            c in text[last:prev[1]] for c in _MARK_CHARS):
                        # 'A worker who was among the 14 released described the conditions. He asked not to be
                        # named ... / “They gave us rice ...”': the unnamed person goes on
                        return (UNATTRIBUTED, None, kind)
                    head = _toks(text, last, min(prev[1], last + 40))[:2]
                    if len(head) == 2 and head[0].w in ("He", "She") and not head[0].stop:
                        # 'She says the real test is whether ... / “Without the refiners on board, ...”': the
                        # person the paragraph before ends by reporting goes on in her own words; so does one
                        # it reports speaking, then ends on ('X, a rancher, said he had moved his cattle. He
                        # has not been able to go back. / “My father lost this farm ...”', X named there)
                        says = head[1].w in _VERBS
                        if (says or last > prev[0] and _SAID_IN.search(text, prev[0], last) is not None) and (
                                got := self._resolve_pronoun(head[0].w.lower(), head[0].s, prev[0])) is not None and (
                                says or got[1] is not None and got[1][0] >= prev[0]):
                            return (*got, kind)
                    # a quote-only paragraph right after a paragraph whose last sentence quotes
                    # someone: the same speaker goes on ('“…,” she said. / “…”')
                    if self.resolved:
                        qpos, qpara, speaker, span = self.resolved[-1]
                        if qpara == prev[0] and qpos >= last - 1:
                            return (speaker, span, kind)
        return None

    def _role_named_later(self, p: _Piece):
        """'“...,” a government spokesperson told TimesLIVE. // The spokesperson, Clarisse Uwamahoro, added ...': the
        unnamed role after the quote, named in the next sentences ((name, span) or None)."""
        role = _INDEFINITE_ROLE_AFTER.match(self.text, p.close_pos + 1)
        if role is None:
            return None
        # ('“...,” the spokesperson said. The airline later identified her as Julie Santerre')
        named = (_IDENTIFIED_AS if role.group("the") else _ROLE_NAMED).search(self.text, role.end(), role.end() + 400)
        if named is None or named.groupdict().get("role", role.group("role")) != role.group("role") or \
                any(self._in_quote(k) for k in (named.start(), named.start("name"))):
            return None
        return self._person(named.group("name"), named.start("name"))

    def _interviewee(self, pos: int):
        """(name, span) of the person the text last introduced as interviewed before `pos` ('asked
        Ann Berg, a volcanologist, what ...', 'spoke to Ann Berg'), or None."""
        found = None
        for m in _INTERVIEWED.finditer(self.text, max(0, pos - 3000), pos):
            found = m
        if found is None:
            return None
        toks = _toks(self.text, found.end(), min(pos, found.end() + 120))[:8]
        n = self._run_fwd(toks)
        if not n:
            return None
        return self._person(" ".join(t.w.rstrip(",") for t in toks[:n]), toks[0].s)

    def _colon_clause_subject(self, toks: list[_Tok], p: _Piece, tail: int = 40):
        """The subject of a clause that ends in the colon before a quote ('X was blunter:', 'X did not
        mince his words at the briefing:'): the words before its first verb, when they name someone
        and at most `tail` words follow that verb."""
        rel = next((k for k in range(2, min(len(toks), 10)) if toks[k - 1].comma and toks[k].w in ("who", "whose")), None)
        if rel is not None and (end := next((k for k in range(rel + 1, min(len(toks), rel + 16)) if toks[k].comma), None)):
            # 'X, who attended ... and spoke in Portuguese, was blunt:': the clause skipped, and the comma that opened it
            toks = toks[:rel - 1] + [replace(toks[rel - 1], stop=False, comma=False)] + toks[end + 1:]
        for v in range(1, min(len(toks), 14)):
            w = toks[v].w
            if (w in _COLON_VERBS or w in _COLON_AUX) and not toks[v].stop:
                if len(toks) - v > tail:
                    return None
                got = self._subject_back(toks[:v], p, pronouns=True)
                return got if got != "nonname" else None
        return None

    def _said_colon(self, toks: list[_Tok], p: _Piece):
        """The subject of a speech verb that ends a sentence in a colon, two words after it at most
        ('Speaking in the flooded quarter on Thursday, he said:', 'Ana Lee told reporters:'), or None."""
        for v in range(len(toks) - 1, max(0, len(toks) - 4), -1):
            if toks[v].w.rstrip(":").lower() in _VERBS:
                got = self._subject_back(toks[:v], p, pronouns=True)
                return got if got != "nonname" and got is not None and got[1] is not None else None
        return None

    def _aliases(self) -> dict[str, str]:
        """Each other name the article gives a person (as written, and without its honorific) -> the full name."""
        if self._alias_names is None:
            self._alias_names = {}
            if "known" in self.text or "nicknamed" in self.text:
                for m in _ALIAS.finditer(self.text):
                    run = _RUN_AT_END.search(self.text, max(0, m.start() - 80), m.start())
                    got = self._person(run.group(), run.start()) if run is not None else None
                    if got is not None and len(got[0].split()) >= 2:
                        alias = m.group("alias")
                        for form in (alias, strip_title(alias), alias.split()[-1]):
                            self._alias_names.setdefault(form, got[0])
        return self._alias_names

    def _colon_line_speaker(self, ps: int, pe: int):
        """(name, span) of the person a paragraph ending in a colon opens with ('Ana Lee:',
        '- Ana Lee, in an address to the nation on Tuesday:'), or None."""
        line = self.text[ps:pe].strip()
        if line.endswith(":") and line.isupper() and len(line) < 240:
            return self._capitals_line(ps, pe)
        for start in dict.fromkeys((ps, self._sentence_start(ps, pe - 1))):
            toks = _toks(self.text, start, min(pe, start + 200))
            if toks and toks[0].w in _BULLET_MARKS:
                toks = toks[1:]  # a list item's bullet
            # 'Niamey made the request on Monday. Benin government spokesman Aurélien Dossou-Yovo:': the
            # last sentence, a role before the name
            role = max((k for k in range(min(len(toks) - 1, 5)) if toks[k].w.islower() and toks[k].w in TITLE_WORDS
                        and not toks[k].stop), default=-1) if start > ps else -1
            toks = toks[role + 1:]
            n = self._run_fwd(toks)
            if not n or (n < len(toks) and not toks[n - 1].stop):
                continue  # the name must end at its comma or at the colon
            got = self._person(" ".join(t.w.rstrip(",:") for t in toks[:n]), toks[0].s)
            if got is not None:
                return got
        return None

    def _capitals_line(self, ps: int, pe: int):
        """The speaker of a wire's reaction line in capitals ('NIKOS ARTEMIOU-PAPAGEORGIOU, CYPRUS GOVERNMENT
        SPOKESMAN, NICOSIA:', 'GREEK DEFENCE MINISTRY, IN A STATEMENT:'): the name before the first comma, in
        title case and without its rank; unattributed for 'A EUROPEAN DIPLOMAT ...'. (name, span) or None."""
        m = _CAPS_HEAD.match(self.text, ps, pe)
        if m is None:
            return None
        head = m.group(1)
        if (first := head.split(None, 1)[0].lower()) in _INDEFINITE or first in _PLURAL_DETS:
            return (UNATTRIBUTED, None)  # 'A EUROPEAN DIPLOMAT IN NICOSIA, SPEAKING ON CONDITION OF ANONYMITY:'
        name = " ".join(w if w in _KEEP_CAPS else w.title().replace("’S", "’s").replace("'S", "'s")
                        for w in head.split())
        person = strip_title(name)
        if len(person.split()) >= 2 and not any(w.lower() in ORG_WORDS for w in person.split()):
            name = person  # 'VICE-ADMIRAL HELENE MARCHETTI-ROUX': the admiral by her name
        self._caps_names[name.upper()] = name
        return (name, (m.start(1), m.end(1)))

    def _author(self):
        """(name, span) of the byline's single author ('By Onkemetse Dintwe | The Ledger'), or None."""
        m = _BYLINE_AUTHOR.search(self.text, 0, 600)
        if m is None or self._person(m.group(1), m.start(1)) is None:
            return None
        return (m.group(1), (m.start(1), m.end(1)))

    def _anonymous_after(self, p: _Piece, pe: int) -> bool:
        """'“...,” the official said, speaking on condition of anonymity': the attribution names a role,
        not a person, and says the person is not named."""
        hi = min(pe, p.close_pos + 200)
        m = _NOT_NAMED.search(self.text, p.close_pos, hi)
        if m is None:
            return False
        return _ROLE_SAID.match(self.text, p.close_pos + 1, m.start()) is not None

    def _pronoun_colon(self, toks: list[_Tok], p: _Piece):
        """A short clause before a colon opened by a pronoun: 'She chose her words slowly: “...”',
        'His reply was short: “...”' -> (speaker, span) of the person the pronoun stands for, or None."""
        if not 2 <= len(toks) <= 8 or any(t.stop for t in toks[:-1]):
            return None
        first, second = toks[0].w.lower(), toks[1].w.lower()
        if first in ("he", "she") and second.isalpha() and second.islower() and second not in _VERBISH - _COLON_VERBS:
            pronoun = first  # 'She chose her words', not 'He is not sure:' (a sentence of its own)
        elif first in ("his", "her") and second in _REPLY_NOUNS:
            pronoun = "he" if first == "his" else "she"
        else:
            return None
        return self._resolve_pronoun(pronoun, toks[0].s, p.para)

    def _sentence_country(self, pos: int) -> str | None:
        """The country that opens the sentence at `pos`, by its name ('Spain turned down ..., with the
        defence ministry saying ...' -> 'Spain') or by its capital after 'In' ('In Kinshasa, the government
        spokesman insisted' -> 'DR Congo'), or None."""
        ps, _ = self.para_at(pos)
        start = self._sentence_start(ps, pos)
        if (seat := _IN_CAPITAL.match(self.text, start, pos)) is not None and state_code(seat.group(1)):
            return government_name(seat.group(1))
        m = _ANY_CAP.match(self.text, start)
        if m is None:
            return None
        word = m.group().removesuffix("’s").removesuffix("'s")
        if word.lower() in _STOPCAPS or self._is_demonym(word):
            return None
        code = _place_lookup(word)
        return government_name(word) if code is not None and "+" not in code else None

    def _local_body(self, s: int, e: int):
        """("Japan's foreign ministry", span) for a state body named without its state, text[s:e] ('the
        foreign ministry'), in a paragraph under a dateline, a sentence that opens with the state's name, or one
        that places the speaker in its capital ('TOKYO - ...', 'Spain turned it down, ...', 'At a briefing in
        Beijing, a foreign ministry spokesman'); None when none names it."""
        owner = self._dateline_country(s) or self._sentence_country(s) or self._place_spoken_in(s)
        return None if owner is None else (f"{owner}'s {self.text[s:e]}", (s, e))

    def _place_spoken_in(self, pos: int) -> str | None:
        """The state whose capital (or name) the sentence places its speaker in before `pos` ('At a regular
        briefing in Beijing, a foreign ministry spokesman said' -> 'China'), or None."""
        seat = None
        for seat in _IN_PLACE.finditer(self.text, self._sentence_start(self.para_at(pos)[0], pos), pos):
            pass
        return None if seat is None or state_code(seat.group(1)) is None else government_name(seat.group(1))

    def _body_full_name(self, name: str, pos: int):
        """(full name, span) of the body `name` shortens, given in full before `pos`: 'the French
        Ministry' after 'the French Ministry for Europe and Foreign Affairs'; 'the Algerian Ministry'
        after an unmarked 'the Ministry of Foreign Affairs, National Community Abroad and African
        Affairs' (a ministry named without a state, where no ministry of that state is named in
        full). None when `name` is no short body name or nothing longer was given."""
        words = name.split()
        if not 1 <= len(words) <= 3 or words[-1].lower() not in _ORG_NOUNS or not _is_cap(words[-1]):
            return None
        text, head, mods = self.text, words[-1], words[:-1]
        unmarked = aside = None
        i = text.rfind(head, 0, pos)
        tries = 0
        while i >= 0 and tries < 20:
            tries += 1
            fwd = _toks(text, i, min(len(text), i + 240))
            n = self._body_end(fwd, 0, 1)
            if n > 1:  # (a longer name: 'Ministry of Foreign Affairs, National Community Abroad and African Affairs')
                n = self._department_list_end(fwd, n, open_last=True)
                ls = text.rfind("\n", 0, i) + 1
                back = _toks(text, max(ls, i - 60), i)
                r = self._run_back(back)
                pre = back[r[0]:] if r is not None else []
                if pre and pre[0].w.lower() == "the":
                    pre = pre[1:]
                if [t.w for t in pre] == mods:
                    s0 = pre[0].s if pre else i
                    if _OFFICIAL_OF.search(text, max(0, s0 - 40), s0):
                        aside = aside or (text[s0:fwd[n - 1].e], (s0, fwd[n - 1].e))
                    else:
                        return (text[s0:fwd[n - 1].e], (s0, fwd[n - 1].e))
                if (not pre and unmarked is None and len(mods) == 1 and self._is_demonym(mods[0])):
                    unmarked = (text[i:fwd[n - 1].e], (i, fwd[n - 1].e))
            i = text.rfind(head, 0, i)
        return unmarked or aside  # (a body named as its official's, 'the spokesman of the Ministry of ...', last)

    @staticmethod
    def _department_list_end(toks: list[_Tok], k: int, open_last: bool = False) -> int:
        """`k` just past a department that ended at a comma, moved past the comma-separated parts that
        carry on the list: 'the Minister of Interior, Local Authorities and Regional Planning, Mr. X'
        ends after 'Planning,'; 'President of Turkmenistan, Supreme Commander-in-Chief of the Armed
        Forces of Turkmenistan, Army General X' after the second title. A part carries on when it
        names a department or a title and ends at a comma of its own ('of Foreign Affairs, Ana Lee,'
        names a person). With `open_last`, the last part may end where its capitals end, with a
        department word ('the Ministry of Foreign Affairs, National Community Abroad and African Affairs
        strongly rejected': a body's name, no person after it)."""
        while 0 < k < len(toks) and toks[k - 1].comma:
            end = k
            while end < len(toks) and (_is_cap(toks[end].w) or toks[end].w in DEPARTMENT_LINKS):
                end += 1
                if toks[end - 1].stop:
                    break
            part = toks[k:end]
            while part and not part[-1].stop and part[-1].w in DEPARTMENT_LINKS:
                part = part[:-1]  # ('... and African Affairs of': not its 'of')
            depts = any(t.w.lower() in DEPARTMENT_WORDS for t in part)
            if not part or not part[-1].stop:
                return k + len(part) if open_last and part and depts and _is_cap(part[-1].w) else k
            last = part[-1].w.lower()
            titled = any(t.w == "of" for t in part) and (_place_lookup(part[-1].w) is not None or last in ORG_WORDS) and any(
                w in TITLE_WORDS and w not in _COURTESIES for t in part for w in t.w.lower().split("-"))
            # (a title with its own body or state, not 'Mr. Ana Lee,' nor 'General of Brigade Ana Lee,')
            if not part[-1].comma or not (depts or titled):
                break
            k = end
        return k

    def _of_body_named(self, j: int):
        """(start, end, name) of the person named after a title's body ('the commander| of the
        Republic of Fiji Navy, Captain Semi Koroitamana,'), or None."""
        m = _OF_BODY_NAMED.match(self.text, j, min(len(self.text), j + 160))
        if m is None:
            return None
        got = self._person(strip_title(m.group(1)), m.start(1))
        return None if got is None else (m.start(1), m.end(1), got[0])

    def _dateline_country(self, pos: int) -> str | None:
        """The country of the dateline opening the paragraph at `pos` ('TOKYO - ...', 'WENO, Chuuk
        (IWS) -'), by its name, or None."""
        ps, _ = self.para_at(pos)
        m = _DATELINE_PLACE.match(self.text, ps, min(pos, ps + 80))
        if m is None:
            return None
        place = m.group(1).title()
        code = _place_lookup(place)
        if code is None or "+" in code:
            return None
        return government_name(place)

    def _job_ref(self, noun: str, pos: int):
        """'the entomologist' -> the person the article introduced as 'X, an entomologist ...' (the
        last one before `pos`), or None."""
        found = None
        rx = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+(?:an?|the|its|their)\s+(?:[a-z-]+\s+|[A-Z]{2,4}\s+){0,2}"
                        + re.escape(noun) + r"\b")  # ('..., the UN Resident Coordinator')
        for m in rx.finditer(self.text, max(0, pos - 3000), pos):
            found = m
        if found is None:
            return None
        return self._person(found.group(1), found.start(1))

    def _lower_body_release(self, toks: list[_Tok]):
        """'a coast guard release', 'the fire service statement': the body the article named with those
        words in capitals before ('the Korea Coast Guard') -> ((name, span), tokens used), or None."""
        k = 1
        owned = len(toks) > 2 and self._is_demonym(toks[1].w) and not toks[1].stop
        k += owned
        while k < len(toks) and k <= 3 + owned and toks[k].w.isalpha() and toks[k].w.islower() and not toks[k].stop \
                and toks[k].w not in _RELEASES:
            k += 1
        if k < 2 + owned or k >= len(toks) or toks[k].w.lower().rstrip(",.") not in _RELEASES:
            return None
        if owned:  # 'a Moroccan foreign ministry statement said': the state's body, as written
            return ((self.text[toks[1].s:toks[k - 1].e], (toks[1].s, toks[k - 1].e)), k + 1) \
                if toks[k - 1].w in _STATE_BODIES else None
        words = [t.w for t in toks[1:k]]
        if words[-1] in _ORG_NOUNS and len(words) == 1:
            return None  # ('a ministry statement': the ministry, as _org_ref reads it)
        phrase = " ".join(words)
        for i in self._word_mentions_back(phrase, toks[0].s, 4000, 30):
            e = i + len(phrase)
            if not all(w[:1].isupper() for w in self.text[i:e].split()):
                continue  # (the body named in lower case again)
            before = _toks(self.text, max(self.text.rfind("\n", 0, i) + 1, i - 60), i)
            run = self._run_back(before) if before and not before[-1].stop else None
            s0 = before[run[0]].s if run is not None else i
            return (self.text[s0:e], (s0, e)), k + 1
        return None

    def _word_mentions_back(self, noun: str, pos: int, reach: int, most: int):
        """Offsets of `noun` as a whole word before `pos` (within `reach` characters), nearest first, outside
        quotation marks; at most `most` occurrences looked at."""
        low = self._lowered()
        floor = max(0, pos - reach)
        i = low.rfind(noun, floor, pos)
        tries = 0
        while i >= 0 and tries < most:
            tries += 1
            j = i + len(noun)
            if (i == 0 or not low[i - 1].isalpha()) and (j >= len(low) or not low[j].isalpha()) and not self._in_quote(i):
                yield i
            i = low.rfind(noun, floor, i) if i > floor else -1

    def _role_ref(self, noun: str, pos: int, p: _Piece):
        """'the spokesman' -> the one the article last introduced with that role before `pos`: the
        person named with it ('Foreign Ministry spokesman Ali Rezaei'), else the body it speaks for
        ('the spokesman of the Iranian Foreign Ministry', 'a Navy spokesman'). (name, span) or None."""
        if self._budget <= 0:
            return None
        self._budget -= 1
        text = self.text
        for i in self._word_mentions_back(noun, pos, 3000, 4):
            j = i + len(noun)
            ls = text.rfind("\n", 0, i) + 1
            before = _toks(text, max(ls, i - 60), i)
            role = _toks(text, i, j)
            after = _toks(text, j, min(len(text), j + 120))[:12]
            n = self._run_fwd(after) if not role[0].stop else 0
            if n and (person := self._person(" ".join(t.w.rstrip(",") for t in after[:n]), after[0].s)):
                return person
            if noun in _UNNAMED_ROLES:
                continue  # 'a senior U.S. official said ... the official said': a body's official stays unnamed
            if after and not role[0].stop and after[0].w in _ROLE_PREPS and before \
                    and before[-1].w.lower() in _DETERMINERS:
                got = self._subject_fwd(before[-1:] + role + after, p)
                if got is not None and got != "nonname" and got[0] != UNATTRIBUTED:
                    return got
            run = self._run_back(before)
            if run is not None and not before[-1].stop:
                got = self._org(before[run[0]:])
                if got is not None:
                    return got
        return None

    def _document(self, noun: str, tok: _Tok):
        """'the communiqué' -> ('joint communiqué', span): the document as first named ('a joint
        communiqué', 'the final declaration'), else the bare noun."""
        m = re.compile(r"\b(?:a|an|the|its|their)\s+((?:[a-z]+\s+){0,2}?" + re.escape(noun) + r")\b").search(
            self._lowered(), 0, tok.s)
        return (self.text[m.start(1):m.end(1)] if m else tok.w.rstrip(","), (tok.s, tok.e))

    def _its_body(self, toks: list[_Tok]):
        """'its foreign ministry' -> ((\"Turkmenistan's foreign ministry\", span), tokens used): the
        country named last before it, or None."""
        k = 1
        while k < len(toks) and k < 4 and toks[k].w.islower() and toks[k].w.rstrip(",") not in _STATE_BODIES \
                and not toks[k].stop:
            k += 1
        if k >= len(toks) or toks[k].w.rstrip(",") not in _STATE_BODIES:
            return None
        text = self.text
        for m in reversed(list(_ANY_CAP.finditer(text, max(0, toks[0].s - 400), toks[0].s))):
            word = m.group().removesuffix("’s").removesuffix("'s")
            if len(word) < 3 or word.lower() in _STOPCAPS:
                continue  # ('It' is not Italy)
            code = _place_lookup(word)
            if code is not None and not self._is_demonym(word):
                body = " ".join(t.w.rstrip(",") for t in toks[1:k + 1])  # (Niamey's ministry is Niger's)
                return ((f"{government_name(word)}'s {body}", (toks[0].s, toks[k].e)), k + 1)
        return None

    def _quoted_as(self, p: _Piece, sent_start: int, pe: int, e: int):
        """(speaker, span) of 'X quoted Y as saying' in the quote's sentence (before the quote,
        or after it with nothing but the attribution between), or None."""
        text = self.text
        end = p.close_pos if p.close_pos is not None else e
        for qa in _QUOTED_AS.finditer(text, sent_start, min(pe, end + 160)):
            if qa.end() <= p.open_pos:
                if any(c in text[qa.end():p.open_pos] for c in ".!?"):
                    continue
            elif p.close_pos is not None and qa.start() > p.close_pos:
                gap = text[p.close_pos + 1:qa.start()]
                if any(c in gap for c in ".!?\"“”"):
                    break
            else:
                continue
            toks = _toks(text, qa.start(1), qa.end(1))
            if len(toks) == 1 and toks[0].w.lower() in _OBJECT_PRONOUNS:
                # 'quoted him as saying': the person last named
                return self._resolve_pronoun(_OBJECT_PRONOUNS[toks[0].w.lower()], toks[0].s, p.para)
            # the name closing the phrase: 'presidential aide Marat Kholov', 'a spokesman, Liu Wen,'
            run = self._run_back(toks)
            if run is not None:
                got = self._person(" ".join(t.w for t in toks[run[0]:]), toks[run[0]].s)
                if got is not None:
                    return got
            got = self._subject_fwd(toks, p)
            if got is not None and got != "nonname":
                return got
        return None

    def _according_later(self, p: _Piece, pe: int):
        """(speaker, span) of an 'according to X' later in the quote's sentence, with no other
        quote between, or None."""
        text = self.text
        if p.close_pos is None or text[p.close_pos - 1] in ".!?…":
            return None  # ('... to “stop pretending ... can be managed.” Germany is ..., the ministry said': the
            # quote ended its sentence)
        i = p.close_pos + 1
        m = _SENTENCE_END.search(text, i, min(pe, i + 300))
        hi = m.start() + 1 if m else min(pe, i + 300)
        if self._spans(p.para, i, hi):
            return None  # another quote comes first: its attribution is its own
        k = text.find("according to ", i, hi)
        if k >= 0 and text.rfind(",", i, k) >= 0:
            got = self._subject_fwd(_toks(text, k + len("according to "), hi)[:10], p)
            return got if got is not None and got != "nonname" else None
        # '... is “examining” a request for a platoon, a spokesperson for the ministry said.'
        c = text.rfind(", ", i, hi)
        if c < 0:
            return None
        toks = _toks(text, c + 2, hi)
        subj = self._subject_fwd(toks, p, raw=True) if 2 <= len(toks) <= 16 else None
        if subj is not None and subj[0] is not None and subj[0] != "nonname":
            got, used = subj
            while used + 1 < len(toks) and toks[used].w.lower() in _LOCATIVE_PREPS and _is_cap(toks[used + 1].w):
                used += 2  # '... the Department of Defence in Dublin said'
                while used < len(toks) and _is_cap(toks[used].w) and not toks[used - 1].stop:
                    used += 1
            if used < len(toks) and self._verb_at(toks, used) and len(toks) - used <= 4:
                return got
        # "..., Fiji's Minister for Home Affairs Isikeli Vakaloloma-Reddy told RNZ Pacific.": a person,
        # read back from the verb
        v = next((x for x in range(2, len(toks)) if len(toks) - x <= 4 and self._verb_at(toks, x)
                  and toks[x].w.lower() not in _PARTICIPLES), None) if 2 <= len(toks) <= 16 else None
        got = self._subject_back(toks[:v], p, pronouns=False) if v is not None else None
        return got if isinstance(got, tuple) and got[1] is not None and self._person(got[0], got[1][0]) else None

    def _prev_sentence_person(self, ps: int, sent_start: int, p: _Piece):
        """(name, span) of the person opening the sentence before `sent_start` in its
        paragraph, when that sentence quotes no one and names a person as its subject."""
        prev_start = self._sentence_start(ps, max(ps, sent_start - 2))
        if self._spans(p.para, prev_start, sent_start):
            return None  # it quotes someone: that quote's speaker rules (handled above)
        toks = _toks(self.text, prev_start, sent_start)
        got = self._sentence_subject(toks, p)
        if got is None or got == "nonname" or got[1] is None:
            # 'The engineer who ran the night shift, Nurlan Abdrakhmanov, has spoken ...': the name set after a
            # description too long to read as an opening adverbial
            ap = _NAME_APPOSED.search(self.text, prev_start, sent_start)
            if ap is None or not self.text.startswith(("The ", "A ", "An "), prev_start) or \
                    "," in self.text[prev_start:ap.start()]:
                return None  # (the description opens the sentence and the name closes it: its first comma)
            return self._person(ap.group(1), ap.start(1))
        return got if self._person(got[0], got[1][0]) is not None else None

    def _sentence_start(self, ps: int, pos: int) -> int:
        """Start of the sentence holding `pos` (boundaries inside quotes don't count)."""
        text = self.text
        lo = max(ps, pos - 400)
        spans = self._spans(ps, lo, pos)
        j = pos
        while j > lo:
            k = text.rfind(" ", lo, j)
            if k < 0:
                break
            j = k
            # a boundary is [.!?…] + closing marks, then space, then a capital/digit/opening mark
            b = k - 1
            while b >= lo and text[b] in "”\"’)»“":
                b -= 1
            if b < lo or text[b] not in ".!?…":
                continue
            nxt = text[k + 1:k + 2]
            if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "“\"‘(«„"):
                continue
            if text[b] == ".":
                w0 = b
                while w0 > lo and text[w0 - 1].isalpha():
                    w0 -= 1
                word = text[w0:b]
                if (len(word) == 1 and word.isupper()) or word.lower() in _ABBREV:
                    continue
            if any(a < k < z for a, z in spans):
                continue
            return k + 1
        return lo

    def _after(self, p: _Piece, pe: int):
        """(speaker, span) from the words right after the closing mark, or None."""
        text = self.text
        i = p.close_pos + 1
        hi = min(pe, i + 140)
        while i < hi and text[i] in " \t,\u00a0":
            i += 1
        if i >= hi and (line := _DASH_VERB_LINE.match(text, pe)) is not None:
            # a quotation that fills its paragraph, then '-- said the minister.' on the next line
            end = text.find("\n", line.end())
            toks = _toks(text, line.start("v"), len(text) if end < 0 else end)[:16]
            v = self._verb_at(toks, 0)
            if v and toks[0].w.lower() not in _PARTICIPLES:
                got = self._subject_fwd(toks[v:], p)
                return got if got != "nonname" else None
        if i >= hi or text[i] in ".!?;":
            return None  # '... called it “provocative”. Belgrade said ...': the sentence ended
        if text[i] in "—–" or (text[i] == "-" and text[i + 1:i + 2] in (" ", "-")):
            while i < hi and text[i] in _DASHES + " \t":
                i += 1
            toks = _toks(text, i, hi)[:8]
            n = self._run_fwd(toks)
            if n and n < len(toks) and toks[n].w in ("for", "of") and all(
                    t.w.lower() in TITLE_WORDS for t in toks[:n]):
                # '“...” - State Minister for Disaster Management Ms Shireen Akhter-Lina': a post, then the name
                line_end = text.find("\n", i)
                line = text[i:len(text) if line_end < 0 else line_end].rstrip(" .")
                name = strip_title(line)
                if name != line and (at := line.rfind(name)) > 0 and (got := self._person(name, i + at)) is not None:
                    return got
            if n:
                return self._name_at(" ".join(t.w for t in toks[:n]), toks[0].s)
            src = _STATEMENT_FROM.match(text, i, hi)
            if src is not None:  # '“...” – so ran the entire statement from the Turkmen Foreign Ministry'
                got = self._subject_fwd(_toks(text, src.end(), hi)[:10], p)
                return got if got != "nonname" else None
            if not toks or not toks[0].w.islower():
                return None
            # "‘...’ – the deputy PM said", "‘...’ – she told PAP": a dash where a comma would stand
        m = _VIEW_OF.match(text, i, hi)
        if m:  # '“...” That was the view of Halima Juma, who ...'
            return self._subject_fwd(_toks(text, m.end(), hi)[:10], p)
        toks = _toks(text, i, hi)[:16]
        if not toks:
            return None
        if toks[0].w == "as" and len(toks) > 3 and any(self._verb_at(toks, x) for x in range(2, min(5, len(toks)))):
            toks = toks[1:]  # '... “cleared its throat,” as she puts it': the speaker, as with 'she says'
        if toks[0].w == "by" and len(toks) > 1 and _PASSIVE_JUDGED.search(text, max(0, p.open_pos - 60), p.open_pos):
            # 'The post was branded “disgusting” by Thirsk and Malton MP Helen Garside': the agent
            got = self._subject_fwd(toks[1:], p)
            return got if got != "nonname" else None
        # 'said Dupont', 'said the ministry spokesman', 'according to the minister'
        v = self._verb_at(toks, 0)
        if v and toks[0].w.lower() in _PARTICIPLES:
            return None  # '... as “redundant”, arguing that NATO ...': the speaker came before
        if v:
            return self._subject_fwd(toks[v:], p)
        # 'Dupont said', 'he added', 'the Finnish president said', 'Berg, the spokesman, said'
        subj = self._subject_fwd(toks, p, raw=True)
        if subj is None:
            return None
        got, used = subj  # (got None: a title nobody was introduced with, unless a name follows it)
        j = used
        if j < len(toks) and toks[j - 1].comma and not self._verb_at(toks, j):
            # appositive: skip to the next comma ('the minister, Sabah al-Jubouri, told ...' has none)
            for k in range(j, min(len(toks), j + 14)):
                if toks[k].comma:
                    seg = toks[j:k + 1]
                    if (got is None or got[1] is not None and _place_lookup(got[0]) is None
                            and self._person(got[0], got[1][0]) is None) and self._run_fwd(seg) == len(seg):
                        # 'the Gambia Navy spokesman, Lt Cdr Ebrima Jallow-Ceesay, told', "the hospital's
                        # director, Brig. Gen. Tarek Abdel Moneim, told": the person named
                        person = self._person(" ".join(t.w.rstrip(",") for t in seg), seg[0].s)
                        if person is not None:
                            got = person
                    j = k + 1
                    break
        while j < len(toks) and (toks[j].w.lower() in _ADVERBS or toks[j].w.endswith("ly")):
            j += 1
        if got is not None and j < len(toks) and self._verb_at(toks, j):
            return got
        return None

    @staticmethod
    def _verb_at(toks: list[_Tok], j: int) -> int:
        """Number of tokens of a speech verb at toks[j] (0 if none)."""
        w = toks[j].w.lower()
        if w in _VERBS or w in _PARTICIPLES:
            return 1
        nxt = _PHRASAL.get(w)
        if nxt and j + 1 < len(toks) and toks[j + 1].w.lower() == nxt and not toks[j].stop:
            return 2
        if w == "in" and j + 3 < len(toks) and " ".join(t.w.lower() for t in toks[j + 1:j + 4]) == "the words of":
            return 4
        if w in ("read", "reads") and j and toks[j - 1].w.lower() in _READABLE and not toks[j - 1].stop:
            return 1  # 'The statement read: “...”', 'the post reads'
        if w == "heard" and j + 2 < len(toks) and toks[j + 1].w.lower() == "to" and \
                toks[j + 2].w.lower() in _HEARD_VERBS:
            return 3  # 'Sir Alistair was heard to mutter ...'
        return 0

    def _subject_fwd(self, toks: list[_Tok], p: _Piece, raw: bool = False):
        """The subject at the start of `toks` -> (speaker, span) (or ((speaker, span), used))."""
        if not toks:
            return None
        if (src := _STATEMENT_FROM.match(self.text, toks[0].s, toks[-1].e)) is not None:
            # 'according to a statement by the ministry', '“...,” a statement from the ministry said'
            skip = sum(1 for t in toks if t.s < src.end())
            if 0 < skip < len(toks) and not any(t.stop for t in toks[:skip]):
                got = self._subject_fwd(toks[skip:], p, raw)
                return (got[0], got[1] + skip) if raw and got is not None else got  # (tokens used, from toks[0])
        first = toks[0].w
        low = first.lower()
        pos = toks[0].s
        if low in _PRONOUNS and (first == low or first in ("He", "She", "They", "It", "We", "I")):
            got = self._resolve_pronoun(low, pos, p.para)
            return (got, 1) if raw else got
        if low.rstrip(",") in ("him", "her") and first.islower() and self._after_according(pos):
            got = self._resolve_pronoun(_OBJECT_PRONOUNS[low.rstrip(",")], pos, p.para)
            return (got, 1) if raw else got  # 'According to him, the State “will not ...”'
        seat = next((k for k in range(1, min(len(toks) - 1, 6)) if toks[k].w in _MEMBER_POSTS), 0)
        if seat and all(_is_cap(t.w) or t.w == "and" for t in toks[:seat]) and not any(t.stop for t in toks[:seat]) \
                and (n := self._run_fwd(toks[seat + 1:])):
            # 'said Thirsk and Malton MP Helen Garside': her seat, her post, then her name
            got = self._name_at(" ".join(t.w for t in toks[seat + 1:seat + 1 + n]), toks[seat + 1].s)
            return (got, seat + 1 + n) if raw else got
        if (got := self._envoy_to(toks)) is not None:
            return got if raw else got[0]  # 'said U.S. Ambassador to the Philippines Raymond Castellano-Pierce'
        d = 1 if low == "the" and len(toks) > 3 and not toks[0].stop else 0  # ('according to the zungueira Ana Lee')
        desc = toks[d].w
        if (len(toks) > 2 + d and desc.isalpha() and desc.islower() and len(desc) > 3 and not toks[d].stop
                and desc not in _NOT_DESCRIPTORS and desc not in _VERBS and desc not in _PARTICIPLES
                and not (d and desc in TITLE_WORDS)):
            n = self._run_fwd(toks[d + 1:])  # 'said survivor Rita Galea', 'said resident Ana Lee': who she is, then her name
            if n >= 2 and (d + 1 + n == len(toks) or toks[d + n].stop) and \
                    (got := self._person(" ".join(t.w for t in toks[d + 1:d + 1 + n]), toks[d + 1].s)) is not None:
                return (got, d + 1 + n) if raw else got
        if _styled(toks) and toks[2].w == "the" and not toks[1].stop:
            # 'His Highness the Prime Minister said': the style of address before 'the Prime Minister'
            got = self._subject_fwd(toks[2:], p, raw)
            return (got[0], got[1] + 2) if raw and got is not None else got
        j = 0
        if low in _DETERMINERS:
            j = 1
        elif _styled(toks):
            j = 1  # 'His Excellency Sayyid Talal ...': a style of address, then the titled name
        if low == "the" and len(toks) > 1 and 2 <= len(toks[1].w) <= 5 and toks[1].w.isupper() and \
                (got := self._abbreviated_title(toks[1].w, pos)) is not None:
            return (got, 2) if raw else got  # 'the RC said' after 'Regional Commissioner (RC) Mama Zuhura ...'
        if (low == "the" and len(toks) > 3 and toks[1].w.lower() == "head" and toks[2].w == "of" and not toks[1].stop
                and toks[3].w.lower().rstrip(",") in ("state", "government")):
            got = self._head_of(toks[3].w.lower().rstrip(","), pos)  # '“...”, the head of government declared'
            return (got, 4) if raw else got
        if low == "the" and len(toks) > 2 and toks[1].w.lower() in _PLURAL_DETS:
            # 'the two airlines said': a plural speaker
            return ((UNATTRIBUTED, None), 3) if raw else (UNATTRIBUTED, None)
        if low.rstrip(".,") in ("one", "another") and (toks[0].stop or len(toks) == 1):
            # '“We are fighting a dragon with shovels,” said one.': one of the people just described
            return ((UNATTRIBUTED, None), 1) if raw else (UNATTRIBUTED, None)
        if (low == "the" and len(toks) > 2 and toks[1].w.isalpha() and toks[1].w.islower() and not toks[1].stop
                and toks[1].w not in TITLE_WORDS and self._verb_at(toks, 2)):
            got = self._job_ref(toks[1].w, pos)  # 'the entomologist said' after 'X, an entomologist at ...'
            if got is not None:
                return (got, 2) if raw else got
        if low == "the" and len(toks) > 1 and toks[1].w.lower().rstrip(",") in _DOCUMENTS:
            got = self._document(toks[1].w.lower().rstrip(","), toks[1])  # 'the communiqué said'
            return (got, 2) if raw else got
        if (low == "the" and len(toks) > 2 and toks[1].w.endswith(("'s", "’s")) and not toks[1].stop
                and toks[2].w.lower().rstrip(",") in _DOCUMENTS):
            got = (f"{toks[1].w} {toks[2].w.rstrip(',')}", (toks[1].s, toks[2].e))  # "the chair's summary said"
            return (got, 3) if raw else got
        if len(toks) > 1 and low == "the" and toks[1].w.lower().rstrip(",") in _PAPER_NOUNS:
            pub = self._publication(toks[0].s)  # 'the paper wrote', 'the editorial said'
            if pub is not None:
                return (pub, 2) if raw else pub
        if (low == "the" and len(toks) > 1 and toks[1].w.lower().rstrip(",") in _STATEMENTS and not toks[0].stop
                and (got := self._statement_ref(toks[1].w.lower().rstrip(","), toks[1].s, p)) is not None):
            return (got, 2) if raw else got  # '“...,” the statement said': whoever issued it
        if (low == "the" and len(toks) > 1 and toks[1].w.lower().rstrip(",") in _POSTS and not toks[0].stop
                and (got := self._poster(toks[1].s, p)) is not None):
            return (got, 2) if raw else got  # '“...,” the post reads': whoever posted it
        if low in ("a", "the", "its") and (got := self._lower_body_release(toks)) is not None:
            return got if raw else got[0]  # 'according to a coast guard release': the Korea Coast Guard
        # ('the High Commission said': a mission's two-word name)
        body = 3 if len(toks) > 3 and toks[1].w == "High" and toks[2].w.rstrip(",") == "Commission" and not toks[1].stop else 2
        if (len(toks) > body and low == "the" and (body == 3 or toks[1].w.lower() in _STATE_BODIES) and not toks[1].w.islower()
                and not toks[body - 1].stop and not _is_cap(toks[body].w)
                and not (toks[body].w == "of" and len(toks) > body + 1 and _is_cap(toks[body + 1].w))  # ('the Government of Fujairah Media Office')
                and (got := self._org_ref(self.text[toks[1].s:toks[body - 1].e].lower(), toks[1].s))):
            return (got, body) if raw else got  # '“...,” the Embassy said': the embassy named before, as it was named
        if low == "the" and len(toks) > 3 and toks[1].w.islower() and not toks[1].stop and \
                (owner := toks[1].w.removesuffix("’s").removesuffix("'s")) != toks[1].w and owner in _ORG_NOUNS:
            used = 3 if toks[2].w.lower().rstrip(",") in _ROLES else 4 if (
                toks[2].w.lower() == "press" and toks[3].w.lower().rstrip(",") in _PRESS_DESKS) else 0
            if used and not toks[used - 1].comma and (got := self._org_ref(owner, toks[1].s)) is not None:
                return (got, used) if raw else got  # 'the ministry's press service said': the ministry
        if len(toks) > 1 and low in ("the", "a") and toks[1].w.lower() in _ORG_NOUNS and toks[1].w.islower():
            used = 2
            if len(toks) > 2 and toks[2].w.lower() in _ROLES:
                used = 3  # 'said a company spokesperson'
            elif low == "a":
                used = 0
            if used:
                got = self._org_ref(toks[1].w.lower(), toks[1].s)
                if got is None and toks[1].w.lower() in _STATE_BODIES:
                    got = self._local_body(toks[1].s, toks[1].e)  # 'In Kinshasa, the government spokesman insisted'
                if got is None:
                    return None
                return (got, used) if raw else got
        if (low in _BODY_DETERMINERS and len(toks) > 2 and not toks[1].stop and toks[2].w.lower() in _STATE_BODIES
                and _is_cap(toks[1].w) and _place_lookup(toks[1].w.rstrip(",")) is not None
                and not (len(toks) > 3 and not toks[2].stop and toks[3].w.lower() in TITLE_WORDS
                         and toks[3].w.lower() not in _ROLES)):  # ('a Kenyan police commander': a person)
            # 'according to the US embassy in La Paz', 'said the Chinese embassy', 'a Chilean navy
            # spokesman said' (the spokesman speaks for it)
            got = (f"{toks[1].w} {toks[2].w.rstrip(',')}", (toks[1].s, toks[2].e))
            used = 4 if len(toks) > 3 and not toks[2].stop and toks[3].w.lower() in _ROLES else 3
            end = self._body_end(toks, 1, 3) if used == 3 else used
            if end > used:  # 'The Thai Ministry of Labour and Welfare rejected'
                got, used = (self.text[toks[1].s:toks[end - 1].e], (toks[1].s, toks[end - 1].e)), end
            elif used == 3 and (post := self._post_after(toks, 3)):
                got, used = (self.text[toks[1].s:toks[post - 1].e], (toks[1].s, toks[post - 1].e)), post
            return (got, used) if raw else got
        if j and (got := self._body_official(toks, j)) is not None:
            return got if raw else got[0]  # "the European Commission's chief spokesperson told": the Commission
        if len(toks) > j + 1 and _is_cap(toks[j].w) and (toks[j].w.endswith(("’s", "'s")) or self._is_demonym(toks[j].w)):
            for x in range(j + 1, min(j + 4, len(toks))):  # "Spain's defence ministry said"
                if toks[x - 1].stop:
                    break
                if x + 1 < len(toks) and not toks[x].stop and (
                        toks[x + 1].w.lower() in TITLE_WORDS or toks[x + 1].w.lower() in _ROLES):
                    continue  # 'a Kenyan police commander': a person, not the police
                got = self._org_phrase_back(toks[j:x + 1])
                if got is not None:
                    end = self._body_end(toks, j, x + 1)
                    if end == x + 1 and (post := self._post_after(toks, end)):
                        end = post  # "China’s embassy in Port Moresby issues a statement": the mission with its post
                    if end > x + 1:  # 'The Thai Ministry of Labour and Welfare rejected'
                        got = (self.text[got[1][0]:toks[end - 1].e], (got[1][0], toks[end - 1].e))
                    return (got, end) if raw else got
        if (j == 1 or (first[:1].isupper() and first.endswith(("'s", "’s")))) and len(toks) > 3:
            # 'its spokesman, Yahya al-Qadhi, said', 'the U.N. humanitarian coordinator for Yemen,
            # Astrid Kvale, told', "Uganda's state minister for regional cooperation, Rose Nakitende,
            # said": a description with a title, then the name between commas
            k = 1
            titled = False
            while k < len(toks) and k < 9 and not toks[k].comma and (not toks[k].stop or "." in toks[k].w) and \
                    toks[k].w.lower() not in _VERBS:
                titled = titled or (toks[k].w.lower() in TITLE_WORDS or toks[k].w.lower() in _ROLES)
                k += 1
            if k < len(toks) and (toks[k].w.lower().rstrip(",") in TITLE_WORDS | _ROLES):
                titled = True
            if titled and k < len(toks) and toks[k].comma:
                while k + 2 < len(toks) and toks[k + 1].w.lower() in ("the", *_COURTESIES) and not toks[k + 1].stop:
                    k += 1  # 'The Minister of Environment, the Honourable Ana Lee, answered'
                n = self._run_fwd(toks[k + 1:])
                if n and all(title_part(t.w, TITLE_WORDS) for t in toks[k + 1:k + 1 + n]):
                    n = 0  # 'His Excellency Sayyid Ali Said, Minister of Foreign Affairs,': the title follows the name
                if n and (toks[k + n].comma or toks[k + n].stop):  # ('said the Deputy Speaker, Dame Ann Lee.')
                    got = self._person(" ".join(t.w.rstrip(",") for t in toks[k + 1:k + 1 + n]), toks[k + 1].s)
                    if got is not None:
                        return (got, k + 1 + n) if raw else got
        if low == "its" and len(toks) > 1:
            got = self._its_body(toks)  # 'its foreign ministry said': the country's ministry
            if got is not None:
                return (got[0], got[1]) if raw else got[0]
        if (low == "the" and len(toks) > 1 and self._is_demonym(toks[1].w)
                and (len(toks) == 2 or toks[1].stop
                     or not (_is_cap(toks[2].w) or toks[2].w.lower() in TITLE_WORDS))):
            # 'the Swede said': the person last named, like 'she said' ('the Swedish minister
            # said' is a title, below)
            got = self._resolve_pronoun("one", pos, p.para)
            return (got, 2) if raw else got
        # 'a spokesperson for the European Commission'
        k = j
        while k < len(toks) and k < j + 2 and not _is_cap(toks[k].w) and toks[k].w.lower() not in _ROLES:
            k += 1
        if (k < len(toks) and toks[k].w.lower() in _ROLES and not toks[k].stop and k + 1 < len(toks)
                and toks[k + 1].w.lower() in _ROLE_PREPS and j == 1):
            if low in _INDEFINITE and toks[k].w.lower() in ("source", "insider"):
                # 'according to a source at the Department of Industrial Works': unnamed, not the body
                return ((UNATTRIBUTED, None), k + 1) if raw else (UNATTRIBUTED, None)
            m = k + 2
            if m < len(toks) and toks[m].w.lower() == "the":
                m += 1
            n = self._run_fwd(toks[m:])
            n = self._body_end(toks, m, m + n) - m  # 'a spokesperson for the Ministry of the Interior'
            if n and not toks[m + n - 1].stop:
                for x in range(m + n, min(len(toks), m + n + 3)):
                    got = self._org_phrase_back(toks[m:x + 1])
                    if got is not None:  # 'said a spokesperson for the Dutch defence ministry'
                        return (got, x + 1) if raw else got
                    if toks[x].stop:
                        break
            if n:
                got = self._org(toks[m:m + n])
                if got is not None:
                    return (got, m + n) if raw else got
            elif m < len(toks) and toks[m - 1].w.lower() == "the" and toks[m].w.lower() in _ORG_NOUNS and \
                    toks[m].w.islower() and (got := self._org_ref(toks[m].w.lower(), toks[m].s)) is not None:
                return (got, m + 1) if raw else got  # 'a spokesperson for the operator said': the operator named before
        if (low == "the" and len(toks) > 1 and toks[1].w.lower().rstrip(",") in _ROLES
                and (toks[1].stop or len(toks) == 2 or self._verb_at(toks, 2))):
            got = self._role_ref(toks[1].w.lower().rstrip(","), pos, p)  # '“...,” the spokesman said'
            if got is not None:
                return (got, 2) if raw else got
        # 'the Finnish president', 'the transport secretary' (no name after the title)
        if low == "the":
            for k in range(1, min(len(toks), 5)):
                lw = toks[k].w.lower()
                if lw in TITLE_WORDS and not _is_cap(toks[k].w) or (lw in TITLE_WORDS and k > 1):
                    if (not toks[k].stop and k + 1 < len(toks) and toks[k + 1].w.islower()
                            and toks[k + 1].w in TITLE_WORDS):
                        continue  # 'the Turkish foreign minister': the title ends at 'minister'
                    if toks[k].stop or k + 1 >= len(toks) or not _is_cap(toks[k + 1].w):
                        got = self._title_ref([t.w for t in toks[1:k + 1]], pos)
                        return (got, k + 1) if raw else got
                    break
                if toks[k].stop:
                    break
        # a phrase of capitalised words and title words
        n = 0
        while j + n < len(toks):
            t = toks[j + n]
            lw = t.w.lower()
            if "-" in lw and _PLACE_ADJECTIVE.search(lw):
                break  # 'a Dubai-based shipping broker': a place made an adjective, no name
            if (n and lw in _ROLES and not _is_cap(t.w) and not toks[j + n - 1].stop
                    and (j + n + 1 >= len(toks) or not _is_cap(toks[j + n + 1].w))):
                break  # 'a State Department spokesperson said': the organisation (no name follows)
            if _is_cap(t.w) or lw in TITLE_WORDS or (n and lw in _PARTICLES) or (
                    n and t.w == "for" and toks[j + n - 1].w.lower() in TITLE_WORDS and j + n + 1 < len(toks)
                    and _is_cap(toks[j + n + 1].w) and any(
                        _is_cap(x.w) and x.w.lower() not in TITLE_WORDS and x.w.lower() not in DEPARTMENT_WORDS
                        for x in toks[j + n + 1:j + n + 7])) or (  # ('Minister for Defence Seán Ó Murchú-Byrne')
                    n and lw == "the" and toks[j + n - 1].w == "of" and j + n + 1 < len(toks)
                    and _is_cap(toks[j + n + 1].w) and all(title_part(x.w) for x in toks[j:j + n])) or (
                    n >= 3 and lw == "and" and not toks[j + n - 1].stop and j + n + 1 < len(toks)
                    and toks[j].w.lower() in TITLE_WORDS and toks[j + 1].w in ("of", "for")
                    and toks[j + n + 1].w.lower() in DEPARTMENT_WORDS):
                # ('Minister of Energy and Infrastructure HE Saeed ...': the department's two parts)
                # 'Minister of ... of the Republic of Kazakhstan Kanat ...' (but not 'Ann Berg of the Rescue ...')
                n += 1
                if t.stop:
                    break
                continue
            if self._title_descriptor(toks, j + n):
                n += 1  # 'government spokesman Ann Berg', 'EU foreign policy chief Ann Berg'
                continue
            break
        n = self._body_end(toks, j, j + n) - j  # 'the Lao Ministry of Energy and Mines': one body's name
        if n and (post := self._post_after(toks, j + n)):
            n = post - j  # 'China’s Embassy in Malé, however, warned': the mission with its post
        phrase = toks[j:j + n]
        if not phrase:
            return None
        nxt = toks[j + n].w.lower() if j + n < len(toks) else ""
        if low in _INDEFINITE and self._anonymous(phrase):
            k = j + n
            while k < len(toks) and toks[k].w.lower() in _SOURCE_KINDS and not toks[k - 1].stop:
                k += 1  # 'a British government source said': still unnamed
            if k > j + n and k < len(toks) and toks[k].w.lower().rstrip(",") in _UNNAMED_ROLES:
                return ((UNATTRIBUTED, None), k + 1) if raw else (UNATTRIBUTED, None)
            # 'one European diplomat told me', 'a Western official said': an unnamed source
            return ((UNATTRIBUTED, None), j + n) if raw else (UNATTRIBUTED, None)
        if nxt in _ROLES and not phrase[-1].stop and all(_is_cap(t.w) for t in phrase):
            got = self._org(phrase)
            if got is not None:
                return (got, j + n + 1) if raw else got
            return None
        if nxt in _GROUPS and not phrase[-1].stop and all(_is_cap(t.w) for t in phrase):
            got = self._group(phrase + [toks[j + n]])
            return (got, j + n + 1) if raw else got
        if low in _INDEFINITE and not phrase[-1].stop and (k := self._unnamed_head_end(toks, j + n)):
            # 'A Freeport shift supervisor, speaking on condition of anonymity, said', 'a Reuters
            # photographer said': the capitals only say where the person works; who it is is not given
            return ((UNATTRIBUTED, None), k) if raw else (UNATTRIBUTED, None)
        if not any(_is_cap(t.w) and t.w.lower() not in TITLE_WORDS for t in phrase):
            # 'the Finnish president', 'the transport secretary', 'His Majesty said'
            if low in ("the", "The") or first in ("The",) or _styled(toks):
                got = self._title_ref([t.w for t in phrase], pos)
                return (got, j + n) if raw else got
            return None
        if phrase[-1].comma and phrase[0].w.lower() in TITLE_WORDS and any(t.w == "of" for t in phrase):
            # '..., declared the Minister of Foreign Affairs, Cooperation and Congolese Abroad, Firmin
            # Ebaka-Loubelo': the department's list of parts, then the name
            k = self._department_list_end(toks, j + n)
            m = self._run_fwd(toks[k:k + 8]) if k > j + n else 0
            person = self._person(" ".join(t.w.rstrip(",.") for t in toks[k:k + m]), toks[k].s) if m else None
            if person is not None:
                return (person, k + m) if raw else person
        if n == 1 and (full := self._abbreviations().get(phrase[0].w)) is not None:
            return (full, j + 1) if raw else full  # 'Unvmil said' after 'the UN Verification Mission in Libya (Unvmil)'
        got = self._name_at(" ".join(t.w for t in phrase), phrase[0].s)
        return (got, j + n) if raw else got

    def _abbreviations(self) -> dict[str, tuple[str, tuple[int, int]]]:
        """Each abbreviation the article defines in brackets after a name -> (the name, its span)."""
        if self._abbrevs is None:
            self._abbrevs = {}
            for m in _BRACKETED_ABBREV.finditer(self.text):
                toks = _toks(self.text, max(0, m.start() - 100), m.start())
                ab = m.group(1).lower()
                k = _name_start(toks, len(toks), 8, _CONNECTORS | {"in"})  # ('the UN Verification Mission in Libya')
                for x in range(k, len(toks)):  # the longest name whose initials and letters the abbreviation keeps
                    name = toks[x:]
                    if not _is_cap(name[0].w):
                        continue
                    initials = "".join(t.w[0].lower() for t in name if _is_cap(t.w))
                    if ab[0] == initials[0] and _in_order(initials, ab) and _in_order(ab, " ".join(t.w.lower() for t in name)):
                        self._abbrevs.setdefault(m.group(1), (" ".join(t.w for t in name), (name[0].s, name[-1].e)))
                        break
        return self._abbrevs

    @staticmethod
    def _title_descriptor(toks: list[_Tok], i: int) -> bool:
        """toks[i] is a lower-case word describing a title that a name follows: 'government' in
        'government spokesman Ann Berg', 'policy' in 'foreign policy chief Ann Berg'."""
        t = toks[i]
        if t.stop or not _is_modifier(t.w):
            return False
        for k in range(i + 1, min(len(toks) - 1, i + 4)):
            w = toks[k].w
            if w.islower() and w in TITLE_WORDS and not toks[k].stop:
                nxt = toks[k + 1].w
                if nxt.islower() and nxt in TITLE_WORDS:
                    continue  # 'civil defence administrator Ann Berg'
                m = k + 1
                while m < len(toks) - 1 and toks[m].w.lower() in TITLE_WORDS and _is_cap(toks[m].w) \
                        and not toks[m].stop:
                    m += 1  # 'navy spokesman Commander Arjun Bhatnagar': a rank before the name
                nxt = toks[m].w
                return _is_cap(nxt) and nxt.lower() not in TITLE_WORDS and nxt.lower() not in _STOPCAPS
            if toks[k].stop or not _is_modifier(w):
                return False
        return False

    def _body_official(self, toks: list[_Tok], j: int):
        """"the Swedish Armed Forces’ press spokesperson said", "the European Commission's chief spokesperson
        told": a capitalised body in the possessive, then an unnamed official of it, who speaks for it.
        ((name, span), tokens used) or None."""
        for x in range(j, min(j + 6, len(toks) - 1)):
            w = toks[x].w
            if not _is_cap(w) and w not in _BODY_JOINERS and w != "the":
                return None
            plural = w.endswith("s") and self.text[toks[x].e:toks[x].e + 1] in ("’", "'")  # ('Forces’')
            if w.endswith(("’s", "'s")) or plural:
                r = x + 1
                while r < len(toks) - 1 and toks[r].w.lower() in _OFFICIAL_GRADES and not toks[r].stop:
                    r += 1
                if (toks[x].stop and not plural) or toks[r].w.lower().rstrip(",") not in _ROLES or not (
                        toks[r].stop or r + 1 == len(toks) or self._verb_at(toks, r + 1)):
                    return None
                end = toks[x].e - (0 if plural else 2)
                got = self._org([*toks[j:x], _Tok(toks[x].s, end, w[:end - toks[x].s], False, False)])
                return None if got is None else (got, r + 1)
            if toks[x].stop:
                return None
        return None

    def _org_phrase_back(self, toks: list[_Tok]):
        """'the Norwegian defence ministry', 'Kenya's foreign ministry' ending `toks`: a lower-case
        organisation noun, at most two lower-case modifiers, a demonym or a possessive name.
        (name, span) or None."""
        if not toks:
            return None
        last = toks[-1]
        if not last.w.islower() or not (last.w in _ORG_NOUNS or last.w in ORG_WORDS):
            return None
        k = len(toks) - 1
        while k > 0 and len(toks) - 1 - k < 2 and not toks[k - 1].stop and _is_modifier(toks[k - 1].w) \
                and toks[k - 1].w not in _ORG_NOUNS:
            k -= 1
        if k == 0 or toks[k - 1].stop:
            return None
        head = toks[k - 1].w
        if not (self._is_demonym(head) or (_is_cap(head) and head.endswith(("’s", "'s")))):
            return None
        if head.lower() in _STOPCAPS:
            return None
        s0 = toks[k - 1].s
        return (self.text[s0:last.e], (s0, last.e))

    def _envoy_to(self, toks: list[_Tok]):
        """An envoy's post to a country, then the envoy's name ('U.S. Ambassador to the Philippines Raymond
        Castellano-Pierce') -> ((name, span), tokens used), or None."""
        to = next((k for k in range(1, min(len(toks) - 2, 5)) if toks[k].w == "to"
                   and toks[k - 1].w.lower() in _ENVOY_POSTS), 0)
        if not to or any(t.stop for t in toks[:to + 1]) or not all(_is_cap(t.w) for t in toks[:to]):
            return None
        k = to + 1 + (toks[to + 1].w == "the")
        for width in (3, 2, 1):
            place = toks[k:k + width]
            if len(place) == width and k + width < len(toks) and not any(t.stop for t in place[:-1]) and \
                    not place[-1].stop and _place_lookup(" ".join(t.w for t in place)) is not None and \
                    (n := self._run_fwd(toks[k + width:])) >= 2:
                got = self._name_at(" ".join(t.w for t in toks[k + width:k + width + n]), toks[k + width].s)
                return (got, k + width + n) if got is not None else None
        return None

    @staticmethod
    def _run_fwd(toks: list[_Tok]) -> int:
        """Length of the capitalised name run at the start of `toks`."""
        n = 0
        while n < len(toks):
            t = toks[n]
            if _is_cap(t.w) or (n and (t.w.lower() in _PARTICLES or _LOW_PREFIXED.fullmatch(t.w)) and n + 1 < len(toks)
                                and _is_cap(toks[n + 1].w)):
                n += 1
                if t.stop:
                    break
                continue
            break
        if n and toks[0].w.lower() in _STOPCAPS:
            return 0
        return n

    @staticmethod
    def _post_after(toks: list[_Tok], r: int) -> int:
        """Index just past 'in <Place>' at toks[r] when toks[r - 1] is a diplomatic mission ('the US
        Embassy in La Paz', 'the Nigerian High Commission in Accra'), else 0."""
        if not (r + 1 < len(toks) and toks[r].w == "in" and not toks[r - 1].stop and not toks[r].stop
                and (toks[r - 1].w.lower() in ("embassy", "consulate", "mission") or (
                    toks[r - 1].w == "Commission" and r > 1 and toks[r - 2].w == "High")) and toks[r + 1].w[:1].isupper()
                and toks[r + 1].w.lower() not in _STOPCAPS):
            return 0
        if (r + 2 < len(toks) and not toks[r + 1].stop and toks[r + 2].w[:1].isupper()
                and toks[r + 2].w.lower() not in _STOPCAPS):
            return r + 3  # ('in La Paz')
        return r + 2

    @classmethod
    def _body_end(cls, toks: list[_Tok], start: int, r: int) -> int:
        """Index just past the name of a body that toks[start:r] begins, run on over 'of (the) Name' or
        'for Name' and, once it has one, 'and Name' ('the Burundian Ministry' + 'of the Interior', 'the
        Ministry of Foreign Affairs' + 'and Trade', 'the French Ministry' + 'for Europe and Foreign
        Affairs'); `r` when toks[start:r] names no body."""
        if r <= start or toks[r - 1].stop or not any(t.w.lower() in ORG_WORDS for t in toks[start:r]):
            return r
        if r - start > 1 and toks[r - 1].w in ("of", "for") and r < len(toks) and toks[r].w == "the":
            r -= 1  # ("Brazil's Ministry of" + "the Environment": the run stopped at 'the')
        has_of = any(t.w in ("of", "for") for t in toks[start:r])
        while r < len(toks) and not toks[r].stop and (toks[r].w in ("of", "for") or (toks[r].w == "and" and has_of)):
            k = r + 1
            if toks[r].w in ("of", "for") and k < len(toks) and toks[k].w.lower() == "the" and not toks[k].stop:
                k += 1
            n = cls._run_fwd(toks[k:])
            if not n:
                break
            r, has_of = k + n, True
            if toks[r - 1].stop:
                break
        return r

    @staticmethod
    def _run_back(toks: list[_Tok]):
        """(index, length) of the capitalised run ending `toks` (None if none)."""
        i = len(toks)
        while i > 0:
            t = toks[i - 1]
            if i < len(toks) and t.stop:
                break
            if _is_cap(t.w) or (i < len(toks) and (t.w.lower() in _PARTICLES and i - 1 > 0 or _LOW_PREFIXED.fullmatch(t.w))):
                i -= 1  # (and 'Hojatoleslam val-Moslemin Seyyed ...': a lower-case prefix to a capital)
                continue
            break
        if i == len(toks):
            return None
        while i < len(toks) and (toks[i].w.lower() in _STOPCAPS or toks[i].w.lower() in _PARTICLES):
            i += 1
        if i == len(toks):
            return None
        return i, len(toks) - i

    def _before(self, p: _Piece, sent_start: int):
        """Speaker from the nearest speech verb before the opening mark in its sentence.

        (speaker, span); "nonname" when verbs are there but none has a speaker subject
        ("The pledge states ..."); None when there is no speech verb."""
        text = self.text
        if (viewer := _FOR_THEM.match(text, sent_start, p.open_pos)) is not None:
            # 'For him, the government “moved the poor, not the danger”': his view, in his words
            got = self._resolve_pronoun(_OBJECT_PRONOUNS[viewer.group(1).lower()], sent_start, p.para)
            if got is not None:
                return got
        lo = _look_back(text, sent_start, p.open_pos, 220)
        spans = self._spans(p.para, lo, p.open_pos)
        toks = _toks(text, lo, p.open_pos)
        if spans:
            toks = _outside(toks, spans)
        verbs = [j for j in range(len(toks)) if self._verb_at(toks, j)]
        if not verbs and toks and self._quoted_verb(p):
            got = self._subject_back(toks, p)  # 'Mme Nibizi-Karerwa “regrets” this answer': the quote is the verb
            if got is not None and got != "nonname":
                return got
        nonname = False
        for j in reversed(verbs):
            w = toks[j].w.lower()
            if w == "heard" and j and toks[j - 1].w.lower() in ("was", "were"):
                got = self._subject_back(toks[:j - 1], p)  # 'X was heard to mutter': X
                if got is not None and got != "nonname":
                    return got
                continue
            if j and toks[j - 1].w.lower() in _PASSIVE_AUX:
                continue
            if w == "asked" and verbs[0] < j and any(t.w in ("for", "to") for t in toks[j + 1:j + 9]):
                continue  # 'X said the government had asked the AU for help “without a bloodbath”', '... had asked
                # Angola to increase deliveries, and that Luanda had agreed ‘in principle’': a request reported
            if w in ("according", "in"):
                got = self._subject_fwd(toks[j + self._verb_at(toks, j):], p)
                if got is not None:
                    return got
                continue
            if w in _PARTICIPLES and any(t.w.lower() == "with" for t in toks[max(0, j - 5):j - 1]):
                got = self._subject_back(toks[:j], p)  # ', with the defence ministry saying ...': the ministry
                if got is not None and got != "nonname":
                    return got
            if w in _PARTICIPLES:
                got = self._which_antecedent(toks, j, p)
                if got is not None:
                    return got  # '... the statement of the Department of X, which opposed ..., calling it “...”'
                # participle: the subject of its clause (an earlier finite speech verb, or the sentence)
                for v in reversed([v for v in verbs if v < j and toks[v].w.lower() in _VERBS]):
                    if v and toks[v - 1].w.lower() in _PASSIVE_AUX:
                        continue
                    got = self._subject_back(toks[:v], p)
                    if got is not None and got != "nonname":
                        return got
                    if v + 1 < j and toks[v].w.lower() in ("said", "says", "added") and toks[j - 1].comma and _is_cap(toks[v + 1].w) and \
                            (got := self._subject_fwd(toks[v + 1:j], p)) not in (None, "nonname"):
                        return got  # '“...,” said Saeed Al Nuaimi, adding that the UAE “reserves ...”': the inverted subject
                if lo > sent_start and toks[j].s - sent_start <= 480:
                    # a long sentence: its subject lies before the window ('At a session of ..., on
                    # Tuesday, Managua's delegate, ..., voted against ..., calling the request “...”')
                    got = self._opening_subject(sent_start, toks[j].s, spans, p)
                else:
                    got = self._sentence_subject(toks[:j], p)
                if got is not None:
                    return got
                continue
            got = self._subject_back(toks[:j], p)
            if got is None and j and toks[j - 1].comma and toks[j].s - sent_start <= 480:
                # 'Dr Ann Berg, the Director of Public Health, who trained in ..., ran ... and now sits on ...,
                # said the virus was “...”': the sentence's subject, its appositive running up to the verb
                got = self._opening_subject(sent_start, toks[j].s, spans, p)
                if got is None or got == "nonname" or got[1] is None or self._person(got[0], got[1][0]) is None:
                    got = None
            if got in (None, "nonname") and j and toks[j - 1].w.lower() in ("but", "and") and lo == sent_start:
                # "She expects futures to ease ..., but said insurers would keep rates high “...”": the verb
                # shares the sentence's subject, or the speaker of the sentence's quote before
                last = self.resolved[-1] if self.resolved else None
                if last is not None and last[0] >= sent_start and last[2] != UNATTRIBUTED:
                    got = (last[2], last[3])
                elif toks[0].w.lower() in _PRONOUNS:
                    got = self._resolve_pronoun(toks[0].w.lower(), toks[0].s, p.para) or got
                else:
                    got = self._sentence_subject(toks[:j - 1], p) or got
            if got == "nonname":
                nonname = True  # "the army had observed ...": look further back
                continue
            if got is not None:
                return got
        return "nonname" if nonname else None

    def _opening_subject(self, sent_start: int, pos: int, spans: list[tuple[int, int]], p: _Piece):
        """The subject the sentence opens with, read from its start up to `pos`, quoted words left out."""
        head = _toks(self.text, sent_start, pos)
        return self._sentence_subject(_outside(head, spans) if spans else head, p)

    @classmethod
    def _unnamed_head_end(cls, toks: list[_Tok], k: int) -> int:
        """End of the lower-case head noun after an indefinite body's name ('a Freeport| shift supervisor,
        said'), when a speech verb or a comma closes it and it names a person, not a body or a
        paper; 0 otherwise."""
        m = k
        while m < len(toks) and m < k + 3 and toks[m].w.rstrip(",").isalpha() and toks[m].w.islower() \
                and toks[m].w.rstrip(",") not in _VERBS:
            m += 1
            if toks[m - 1].stop:
                break
        if m == k or not (toks[m - 1].comma or (m < len(toks) and cls._verb_at(toks, m))):
            return 0
        return 0 if toks[m - 1].w.rstrip(",") in _NOT_PERSON_HEADS else m

    def _initials_defined(self, initials: str):
        """(name, span) of the person the article introduces with `initials` in brackets ('NODS Director
        Carlene Bascombe-Warner (CBW)', then 'A (CBW): “...”'), or None. (A body keeps the initials it
        is quoted under: 'ESA said'.)"""
        toks = self._bracketed(initials)
        if toks is None or self._defined_abbrev(toks) is not None:
            return None  # (never bracketed, or a body's initials, spelt out by its name)
        run = self._run_back(toks[:-1])
        return self._person(" ".join(t.w for t in toks[run[0]:-1]), toks[run[0]].s) if run is not None else None

    def _bracketed(self, initials: str) -> list[_Tok] | None:
        """The words of the line up to where the article first brackets `initials` ('... Affairs (OCHA)'), at
        most 120 characters back, or None when it never does."""
        text = self.text
        i = text.find(f"({initials})")
        if i < 0:
            return None
        return _toks(text, max(text.rfind("\n", 0, i) + 1, i - 120), i + len(initials) + 2)

    def _body_initials(self, initials: str):
        """(name, span) of the body the article spells out before bracketing `initials` ('The Office of Rail
        and Road (ORR)'), or None."""
        toks = self._bracketed(initials)
        return self._defined_abbrev(toks) if toks is not None else None

    def _is_body_initials(self, word: str) -> bool:
        """A body's initials, even when they spell a small word ('WHO'): known ones or ones the article spells out."""
        return word.isupper() and len(word) >= 2 and (word in _KEEP_CAPS or self._body_initials(word) is not None)

    def _styled_ref(self, style: str, pos: int):
        """(name, span) of the person last named after the style `style` before `pos` ('HRH Prince
        Abdulrahman bin Isa Al Khalifa' for a bare 'HRH'), or None."""
        text = self.text
        i = text.rfind(style + " ", 0, pos)
        while i >= 0:
            after = _toks(text, i + len(style) + 1, min(len(text), i + 120))[:10]
            while after and after[0].w.lower() in TITLE_WORDS | {"the"} and not after[0].stop:
                after = after[1:]  # ('HRH Prince ...', 'HE the Minister of Works, Eng. ...': a title first)
            n = self._run_fwd(after)
            if n and (got := self._person(" ".join(t.w for t in after[:n]), after[0].s)) is not None:
                return got
            i = text.rfind(style + " ", 0, i)
        return None

    def _head_of(self, what: str, pos: int):
        """'the head of state' -> the president introduced before `pos`; 'the head of government' -> the
        prime minister."""
        return self._title_ref(["president"] if what == "state" else ["prime", "minister"], pos)

    def _which_antecedent(self, toks: list[_Tok], j: int, p: _Piece):
        """The body or person a ', which <verb> ...,' clause right before the participle toks[j] is
        about: in '..., the Department of Environment of Iran, which opposed the plan, calling it “...”'
        the participle goes with the clause's subject, not the sentence's. None when no such clause."""
        if j >= 2 and toks[j - 1].w == "and" and not toks[j - 1].stop:
            # '..., calling it “...” and demanding “...”': the first participle's clause
            j = next((q for q in range(j - 2, max(0, j - 5), -1) if toks[q].w.lower() in _PARTICIPLES), 0)
        if j < 4 or not toks[j - 1].comma:
            return None
        for k in range(j - 2, max(0, j - 14), -1):
            if toks[k].stop and toks[k].w.lower() != "which":
                return None  # (the clause must run on to the participle's comma)
            if toks[k].w.lower() == "which" and toks[k - 1].comma and not toks[k].stop:
                if not any(t.w.lower() in _VERBISH or t.w.endswith("ed") for t in toks[k + 1:k + 3]):
                    return None
                head = toks[:k]
                head[-1] = _Tok(head[-1].s, head[-1].e, head[-1].w.rstrip(","), False, False)
                got = self._org_phrase_back(head)
                if got is None:  # 'the Department of Environment of the Islamic Republic of Iran': its whole name
                    starts = range(max(0, len(head) - 14), len(head))
                    org = next((x for x in starts if head[x].w.lower() in ORG_WORDS and _is_cap(head[x].w)
                                and self._body_end(head, x, x + 1) == len(head)), None)
                    if org is not None:
                        return (" ".join(self.text[head[org].s:head[-1].e].split()), (head[org].s, head[-1].e))
                return got
        return None

    @staticmethod
    def _remits_body_end(toks: list[_Tok], i: int) -> int:
        """Index past a body named by its remits, listed before its head, starting at toks[i]: 'Foreign,
        Commonwealth and Development Office' (0 if none)."""
        k = i
        while k < len(toks) and k < i + 8 and _is_cap(toks[k].w) and toks[k].comma:
            k += 1
        if k == i or k + 1 >= len(toks) or toks[k].stop or toks[k + 1].w != "and":
            return 0
        k += 2
        while k < len(toks) and k < i + 12 and _is_cap(toks[k].w):
            if toks[k].w.lower().rstrip(",.") in ORG_WORDS:
                return k + 1
            if toks[k].stop:
                break
            k += 1
        return 0

    def _sentence_subject(self, toks: list[_Tok], p: _Piece):
        """The subject opening a sentence, after a leading adverbial ('Meanwhile, ...')."""
        if toks and len(toks[0].w) <= 4 and toks[0].w.rstrip(".)").isdigit():
            toks = toks[1:]  # '3. His Excellency ...': a numbered paragraph
        elif len(toks) > 2 and toks[1].w in ("-", "–", "—", "|") and _CLOCK_TIME.fullmatch(toks[0].w):
            toks = toks[2:]  # '5.25pm - China’s embassy ...': a live blog's time
        if not toks:
            return None
        j = 0
        if len(toks) > 3 and toks[0].w in _TIME_PREPS and toks[1].w.lower() in _DAYS and not toks[0].stop:
            # 'By Wednesday evening the Dutch Ministry of Defence had withdrawn ...': a time, no comma
            j = 2 + (toks[2].w.lower() in _DAY_PARTS and not toks[1].stop)
            if toks[j - 1].stop:
                j = 0  # ('On Wednesday, however, ...': the comma rule below)
            toks = toks[j:]
            j = 0
        if not _styled(toks) and (toks[0].w.lower() in _STOPCAPS or not _is_cap(toks[0].w)):
            for k in range(min(len(toks), 8)):
                if toks[k].comma:
                    j = k + 1
                    break
            if j == 2 and toks[0].w.lower() == "the" and _is_cap(toks[1].w) and (e := self._remits_body_end(toks, 1)):
                # 'The Foreign, Commonwealth and Development Office refused': a body, not an adverbial
                return (" ".join(self.text[toks[1].s:toks[e - 1].e].split()), (toks[1].s, toks[e - 1].e))
            # 'At a session of CEPREDENAC, the regional body, on Tuesday, Managua's delegate ...':
            # an appositive or a time between the adverbial and the subject
            for _ in range(3):
                if 0 < j < len(toks) - 1 and toks[j].comma and toks[j].w.lower().rstrip(",") in _ASIDE_ADVERBS:
                    j += 1  # 'On Wednesday, however, the Ivorian government withdrew ...'
                    continue
                if j == 0 or j >= len(toks) or toks[j].w.lower() not in ("the", "a", "an", "on", "in", "at", "late", "early"):
                    break
                k = next((k for k in range(j, min(len(toks), j + 7)) if toks[k].stop), None)
                if k is None or not toks[k].comma or any(self._verb_at(toks, x) for x in range(j, k + 1)):
                    break
                j = k + 1
        text = self.text
        toks = [t for i, t in enumerate(toks) if not (
            j < i < j + 8 and not t.comma and len(t.w) >= 2 and _is_cap(toks[i - 1].w)
            and (t.w.isupper() or toks[i - 1].w.lower() in TITLE_WORDS)
            and not toks[i - 1].stop and text[t.s - 1:t.s] == "(" and text[t.e:t.e + 1] == ")")]
        # ('Ministry of Foreign Affairs (MOFA) spokesperson Lee Hsiao-mei thanked ...': the body's
        # initials in brackets do not end the subject; nor does a rank's service: 'Lieutenant Colonel (Navy)')
        got = self._subject_fwd(toks[j:], p)
        lead = 1 if toks[0].w in _LEAD_CONJUNCTIONS and not toks[0].comma else 0
        if got is None and (j or lead):
            # 'But the Civil Protection Department turned down a request, saying ...': the comma
            # closed a clause, not an adverbial; its subject, after a leading conjunction
            got = self._subject_fwd(toks[lead:], p)
        return got

    def _subject_back(self, toks: list[_Tok], p: _Piece, pronouns: bool = True):
        """The subject ending `toks` (right before a finite verb): (speaker, span), "nonname", None."""
        whole = toks
        toks = toks[-24:]
        toks = _without_courtesy(toks)
        if len(toks) >= 4 and toks[-1].w in ("–", "—"):
            opener = next((k for k in range(len(toks) - 2, max(0, len(toks) - 14), -1) if toks[k].w == toks[-1].w), 0)
            if opener:  # 'The Troika countries – the United States, Britain and Norway – said': before the aside
                toks = toks[:opener]
        if len(toks) >= 3 and toks[-1].w in _GROUP_HEADS and _is_cap(toks[-2].w) and toks[-3].w.lower() == "the" \
                and not toks[-2].stop and not toks[-3].stop:
            return (f"{toks[-2].w} {toks[-1].w}", (toks[-2].s, toks[-1].e))  # 'the Troika countries said': the group
        aside = next((k for k in (1, 2, 3) if len(toks) > k + 1 and toks[-1].comma and toks[-k - 1].comma
                      and _ASIDE.fullmatch(" ".join(t.w.lower() for t in toks[-k:]).rstrip(","))), 0)
        if aside:  # "Russia's embassy in Kinshasa, for its part, denounced": the subject before the aside
            last = toks[-aside - 1]
            toks = toks[:-aside - 1] + [_Tok(last.s, last.e, last.w, False, False)]
        dated = next((n for n in (2, 3) if len(toks) > n and toks[-n].w.lower() == "on" and (
            toks[-1].w.lower() in _DAYS if n == 2 else _DATE_WORDS.fullmatch(f"{toks[-2].w} {toks[-1].w}"))), 0)
        if dated:  # ('on 20 November', 'on November 20')
            day = toks[-1]
            toks = toks[:-dated]  # '..., which on Wednesday called', 'The embassy in Lomé on Tuesday called'
            if day.comma:  # '..., who visited the area on Wednesday, said': the clause still closes there
                toks[-1] = _Tok(toks[-1].s, toks[-1].e, toks[-1].w, True, True)
        if len(toks) > 2 and toks[-1].w.lower() in _ROLES:
            k = len(toks) - 2
            while k > 0 and toks[k].w.lower() in _OFFICIAL_GRADES:
                k -= 1
            k = _name_start(toks, k, 8, _BODY_JOINERS)
            k += toks[k].w.lower() == "the"
            if k < len(toks) - 2 and (got := self._body_official(toks, k)) is not None:
                return got[0]  # "The European Commission's chief spokesperson told the briefing:": the Commission
        if (r := _bare_role_opening(toks)) is not None:
            # 'China's foreign ministry rejected the patrols. A spokesperson in Beijing called them “...”': the
            # spokesperson of the body the sentence before opens with
            return self._body_opening_before(toks[r].s, p.para) or "nonname"
        if toks and toks[-1].w.startswith("@") and len(toks[-1].w) > 2:
            return self._handle_owner(toks[-1].w, toks[-1].s) or "nonname"  # '@GLiburdHanley wrote:'
        at_in = next((k for k in (-2, -3) if len(toks) >= 2 - k and toks[k].w == "in"), None)
        if at_in is not None and (toks[at_in - 1].w.lower() in ("embassy", "consulate", "mission") or (
                toks[at_in - 1].w == "Commission" and toks[at_in - 2].w == "High")):
            at = self.text.rfind("\n", 0, toks[-1].e) + 1
            m = _BODY_IN_PLACE.search(self.text, max(at, toks[-1].e - 90), toks[-1].e)
            if m is not None:  # "China's embassy in Stockholm said": the embassy, with its place
                return (_owner_by_country(m.group()), (m.start(), m.end()))  # (or its High Commission)
        if at_in == -2 and toks[-3].w.lower() in ("government", "authorities") and toks[-4:-3] and \
                toks[-4].w.lower() == "the" and not any(t.stop for t in toks[-4:-1]) and \
                (state := government_name(toks[-1].w)) != toks[-1].w:
            # 'The government in Niamey said', 'A spokesman for the government in Abidjan said': the state whose
            # capital it is
            return (f"{state}'s {toks[-3].w.lower()}", (toks[-3].s, toks[-1].e))
        while toks and not toks[-1].stop and (toks[-1].w.lower() in _ADVERBS or
                                               (toks[-1].w.endswith("ly") and toks[-1].w.islower())):
            toks = toks[:-1]
        if len(toks) > 3 and toks[-1].comma and self.text.startswith("),", toks[-1].e) and \
                self.text[toks[-1].s - 1:toks[-1].s] == "(" and any(t.comma for t in toks[:-2]):
            # 'Kittipong Suwannarat, secretary-general of the National Security Council (NSC), told':
            # the initials close an appositive; read it without them
            prev = toks[-2]
            toks = toks[:-2] + [_Tok(prev.s, prev.e, prev.w, True, True)]
        elif toks and toks[-1].stop and self.text[toks[-1].e:toks[-1].e + 1] == ")":
            # 'The Office of Rail and Road (ORR) said', 'Sen. Marcus Bell (D-Ohio) said'
            got = self._defined_abbrev(toks)
            if got is not None:
                return got
            for k in range(len(toks) - 1, max(0, len(toks) - 6), -1):
                if self.text[toks[k].s - 1:toks[k].s] == "(":
                    head = toks[:k]
                    run = self._run_back(head)
                    if run is None or head[-1].stop or (run[0] > 0 and head[run[0] - 1].w.lower() in _CONNECTORS):
                        return "nonname"  # 'The Office of Rail and Road (XYZ)': only part of a name
                    toks = head
                    break
        if len(toks) > 2 and toks[-1].w.lower() == "which" and toks[-2].comma and \
                toks[-2].w.rstrip(",").lower() in _STATE_BODIES:
            toks = toks[:-1]  # "a statement from Russia's foreign ministry, which called ...": the ministry
            toks[-1] = _Tok(toks[-1].s, toks[-1].e, toks[-1].w.rstrip(","), False, False)
        relative = bool(toks) and toks[-1].w.lower() == "who"
        if relative:  # "Mark Devlin, who called ...": the antecedent
            toks = toks[:-1]
            run = self._run_back(toks)
            if run is not None and _place_lookup(" ".join(t.w.rstrip(",") for t in toks[run[0]:])) is not None:
                # 'Ann Berg, an entomologist at the institute in Nairobi, who has ...': who is Ann Berg
                got = self._opening_person(toks)
                if got is not None:
                    return got
        if not toks:
            return None
        if relative and toks[-1].comma and not _is_cap(toks[-1].w):
            # "Sofie Brandt, the agency's regional director, who warned ...": the name before the
            # description
            k = len(toks) - 2
            while k >= 0 and not toks[k].comma:
                k -= 1
            if k >= 0 and len(toks) - k <= 8 and toks[k + 1].w.lower() in _DETERMINERS | {"its"}:
                run = self._run_back(toks[:k + 1])
                if run is not None:
                    got = self._person(" ".join(t.w for t in toks[run[0]:k + 1]), toks[run[0]].s)
                    if got is not None:
                        return got
        if toks[-1].comma and not relative:
            # appositive: "His deputy, Amina Korir, said" / "Berg, the ministry spokesman, said"
            k = len(toks) - 2
            while k >= 0 and not toks[k].comma:
                k -= 1
            if k < 0 or len(toks) - k > 16:
                if len(whole) <= 40 and (n := self._run_fwd(whole)) and n < len(whole) and whole[n - 1].comma \
                        and whole[n].w.lower() in ("a", "an") and sum(t.comma for t in whole) == 2:
                    # 'Akiko Tsuboi-Lindqvist, a former ... investigator who now runs the program at Keio
                    # University’s Graduate School of Media and Governance, said': a long appositive
                    return self._opening_person(whole)
                return None
            seg = toks[k + 1:]
            if seg and seg[0].w.lower() in ("who", "whose"):
                # 'Ann Berg, an entomologist at the institute in Nairobi, who has followed locusts for
                # years, called ...': the person the sentence opened with
                got = self._opening_person(toks)
                if got is not None:
                    return got
                if len(seg) >= 4 and seg[1].w.lower() in _CALLS_ITSELF and seg[2].w.lower() in _REFLEXIVE:
                    named = seg[3 + (seg[3].w.lower() == "the"):]
                    if named and self._run_fwd(named) == len(named) and (got := self._org(named)) is not None:
                        # 'The mutineers, who call themselves the Patriotic Salvation Council, said': the
                        # name the group gives itself
                        return (got[0].rstrip(","), got[1])
            n = self._run_fwd(seg)
            if n == len(seg) and k >= 0 and all(title_part(t.w, TITLE_WORDS) for t in seg):
                # 'Talal Al Busaidi, Minister of Foreign Affairs, affirmed': a title, the name before it
                run = self._run_back(toks[:k + 1])
                if run is not None:
                    got = self._person(" ".join(t.w.rstrip(",") for t in toks[run[0]:k + 1]), toks[run[0]].s)
                    if got is not None:
                        return got
            if n == len(seg):
                got = self._name_at(" ".join(t.w for t in seg), seg[0].s)
                if k >= 1:
                    # 'Nenad Kovačević, the president of the entity, Republika Srpska, called':
                    # a name closing a description belongs to it; the person named before it speaks
                    k2 = k - 1
                    while k2 >= 0 and not toks[k2].comma:
                        k2 -= 1
                    if k2 >= 0 and k - k2 <= 10 and toks[k2 + 1].w.lower() in _DETERMINERS:
                        run = self._run_back(toks[:k2 + 1])
                        if run is not None:
                            person = self._person(" ".join(t.w for t in toks[run[0]:k2 + 1]), toks[run[0]].s)
                            if person is not None:
                                return person
                return got
            toks = toks[:k + 1]
            if len(toks) >= 2 and toks[-2].comma and toks[-1].w.rstrip(",").isdigit():
                toks = toks[:-1]  # 'Genovaitė, 74, a resident who ..., said': the name before the age
        elif toks[-1].stop and not relative:
            return "nonname"
        last = toks[-1]
        low = last.w.lower()
        if low in _STATEMENTS and len(toks) >= 2 and toks[-2].w.lower() == "the" and not toks[-2].stop and (
                got := self._statement_ref(low, last.s, p)) is not None:
            return got  # 'The Royal Court, in a statement, conveyed ... The statement read: “...”': its issuer
        if last.w in _STYLE_LETTERS and (len(toks) == 1 or toks[-2].stop):
            return self._styled_ref(last.w, last.s) or "nonname"  # 'HRH lauded ...': the one styled so above
        if low in _PRONOUNS:
            if not pronouns:
                return "nonname"
            return self._resolve_pronoun(low, last.s, p.para) or "nonname"
        # 'a spokesperson for the European Commission'
        run = self._run_back(toks)
        if run is not None:
            i, n = run
            r = i - 1
            if r >= 0 and toks[r].w.lower() == "the":
                r -= 1
            if r >= 1 and toks[r].w.lower() in _ROLE_PREPS and toks[r - 1].w.lower() in _ROLES:
                return self._org(toks[i:]) or "nonname"
            k = i
            while k >= 2 and toks[k - 1].w.lower() == "and" and not toks[k - 1].stop and _is_cap(toks[k - 2].w) \
                    and toks[k - 2].w.lower() in DEPARTMENT_WORDS:
                k -= 2  # 'Minister Sanne van der Linden (CDA) of Infrastructure and Water Management told': her
                while k >= 1 and _is_cap(toks[k - 1].w) and toks[k - 1].w.lower() in DEPARTMENT_WORDS:
                    k -= 1
            if k < i and k >= 2 and toks[k - 1].w == "of" and (
                    not toks[k - 2].stop or self.text[toks[k - 2].e:toks[k - 2].e + 1] == ")"):
                head = toks[:k - 1]
                if self.text[head[-1].e:head[-1].e + 1] == ")" and len(head) >= 2:
                    head = head[:-1]  # (its party's initials in brackets)
                got = self._head_before_preps(head + [toks[k - 1]], len(head))
                if got is not None and not any(_never_in_name(w) for w in got[0].split()):
                    return got  # (not 'the Department of Health and Human Services': a body)
            if r >= 1 and toks[r].w.lower() in _POST_PREPS and not toks[r].stop:
                # 'Dr Hanna Vik of the Institute of Marine Research in Bergen said': the person
                # the prepositional phrases hang on, not the place they end with
                got = self._head_before_preps(toks, r) or self._body_of_place(toks, r) or self._name_after_state(toks[i:])
                if got is not None:
                    return got
                if toks[r].w.lower() in _LOCATIVE_PREPS and not toks[r - 1].stop:
                    return "nonname"  # 'Protesters in Bergen said': the place is not the speaker
            if i >= 2 and toks[i - 1].w.lower() == "and" and not toks[i - 1].stop and \
                    (prev := self._run_back(toks[:i - 1])) is not None:
                head = prev[0]
                for _ in range(3):  # 'the Ministry of Culture, Tourism and Environment': its list of parts
                    if head < 2 or not toks[head - 1].comma or (more := self._run_back(toks[:head])) is None:
                        break
                    head = more[0]
                if any(t.w.lower() == "of" for t in toks[head:i - 1]) and \
                        any(t.w.lower() in ORG_WORDS for t in toks[head:i - 1]) and (head == prev[0] or (
                        self._person(" ".join(t.w for t in toks[i:]), toks[i].s) is None and
                        self._person(" ".join(t.w for t in toks[prev[0]:i - 1]), toks[prev[0]].s) is None)):
                    i, n = head, len(toks) - head  # 'the Ministry of Maritime Affairs and Insular Policy': one body
                    if head < prev[0]:  # (its list's commas kept: strip_title would cut the name at one)
                        return (" ".join(self.text[toks[i].s:toks[-1].e].split()), (toks[i].s, toks[-1].e))
                elif head < prev[0] and head >= 1 and toks[head - 1].w.lower() == "the" and \
                        self._remits_body_end(toks, head) == len(toks):
                    # 'the Foreign, Commonwealth and Development Office': one body, its remits listed before its head
                    return (" ".join(self.text[toks[head].s:toks[-1].e].split()), (toks[head].s, toks[-1].e))
            if i >= 1 and toks[i - 1].w.lower() == "and" and not toks[i - 1].stop:
                # 'Both Kenya Airways and Air Peace said', 'Ann Lee and Bo Berg said': plural
                if any(t.w.lower() == "both" for t in toks[max(0, i - 10):i - 1]):
                    return "nonname"
                prev = self._run_back(toks[:i - 1])
                if (prev is not None and self._person(" ".join(t.w for t in toks[prev[0]:i - 1]),
                                                      toks[prev[0]].s) is not None
                        and self._person(" ".join(t.w for t in toks[i:]), toks[i].s) is not None):
                    return "nonname"
            if n == 1 and i >= 1 and toks[i - 1].w.lower() == "the" and self._is_demonym(toks[i].w):
                # 'the Swede said': the person last named, like 'she said'
                return self._resolve_pronoun("one", toks[i].s, p.para) or "nonname"
            the = i >= 1 and toks[i - 1].w.lower() == "the"
            if all(title_part(t.w, TITLE_WORDS) for t in toks[i:]):
                # 'the Minister said' (a title in capitals), 'the Minister of Foreign Affairs added', 'Lyonpo
                # said' (an honorific used alone): the person introduced with that title
                words = [t.w for t in toks[i:]]
                cut = next((x for x, w in enumerate(words) if x and w.lower() in DEPARTMENT_LINKS), len(words))
                got = self._title_ref(words[:cut], toks[i].s)
                if got is not None or the:
                    return got or "nonname"
            if the:
                ref = self._job_ref(" ".join(t.w for t in toks[i:]), toks[i].s)
                if ref is not None:  # 'The Resident Coordinator said' after 'X, the UN Resident Coordinator'
                    return ref
            for m in range(i + 2, len(toks) - 1):
                if toks[m].w == "of":  # 'Mayor Jo Lind of Bergen said': the person, not 'Lind of Bergen'
                    if all(t.w.lower() in TITLE_WORDS for t in toks[i:m]):
                        break  # ('Chairman of the Halk Maslahaty of Turkmenistan Begmyrat Annaberdiyev': a title)
                    got = self._person(" ".join(t.w for t in toks[i:m]), toks[i].s)
                    if got is not None:
                        return got
                    break
            return self._name_at(" ".join(t.w for t in toks[i:]), toks[i].s) or "nonname"
        if low in _ROLES:
            run = self._run_back(toks[:-1])
            if run is not None:
                if run[0] >= 1 and toks[run[0] - 1].w.lower() in _INDEFINITE and self._anonymous(toks[run[0]:-1]):
                    return (UNATTRIBUTED, None)  # 'A US official told us': unnamed
                return self._org(toks[run[0]:-1]) or "nonname"
            k = len(toks) - 1
            while k > 0 and (toks[k - 1].w.lower() in _SOURCE_KINDS or self._is_demonym(toks[k - 1].w)) and not toks[k - 1].stop:
                k -= 1
            if k < len(toks) - 1 and k > 0 and toks[k - 1].w.lower() in _INDEFINITE and low in _UNNAMED_ROLES:
                return (UNATTRIBUTED, None)  # 'A British government source called it ...': unnamed
            if len(toks) >= 2 and toks[-2].w.lower() in _ORG_NOUNS and not toks[-2].stop:
                if len(toks) >= 3 and toks[-2].w.lower() in _STATE_BODIES and toks[-3].w.islower() and \
                        toks[-3].w not in _DETERMINERS and not toks[-3].stop and \
                        (got := self._local_body(toks[-3].s, toks[-2].e)):
                    return got  # 'At a briefing in Beijing, a foreign ministry spokesman said': China's ministry
                # 'a company spokesperson said', 'a ministry spokesman said': the one the article names
                return self._org_ref(toks[-2].w.lower(), last.s) or "nonname"
            if len(toks) >= 2 and toks[-2].w.lower() == "the" and not toks[-2].stop:
                return self._role_ref(low, toks[-2].s, p) or "nonname"  # 'The spokesman added that'
            return "nonname"
        got = self._org_phrase_back(toks)
        if got is not None:  # 'a spokesperson for the Norwegian defence ministry said'
            return got
        if low in _STATE_BODIES and last.w.islower():
            for k in range(len(toks) - 2, max(-1, len(toks) - 5), -1):
                if toks[k].w.lower() == "its" and not any(t.stop for t in toks[k:-1]):
                    got = self._its_body(toks[k:])  # 'Its foreign ministry called the compact ...'
                    if got is not None and got[1] == len(toks) - k:
                        return got[0]
                    break
        if (low in _STATE_BODIES and not last.w.islower() and len(toks) >= 2 and toks[-2].w == "the"
                and (got := self._org_ref(low, last.s)) is not None):
            return got  # '“...,” the Embassy said': the embassy named before, as it was named
        if (low in _ORG_NOUNS and last.w.islower() and len(toks) >= 2
                and (toks[-2].w.lower() in ("the", "a") or (
                    len(toks) >= 3 and toks[-3].w.lower() == "the" and toks[-2].w.islower() and not toks[-3].stop))
                and not toks[-2].stop):
            if low in _STATE_BODIES and toks[-2].w.lower() not in ("a", "the"):
                got = self._local_body(toks[-2].s, last.e)  # 'Spain turned it down, with the defence ministry saying'
                if got is not None:
                    return got
            got = self._org_ref(low, last.s)
            if got is None and low == "government" and toks[-2].w == "the" and \
                    _IN_CAPITAL.match(self.text, self._sentence_start(p.para, last.s), last.s) is not None:
                got = self._local_body(last.s, last.e)  # 'In Bolivia, where ..., the government blamed'
            if got is not None and toks[-2].w.lower() not in ("a", "the") and \
                    toks[-2].w.lower() not in got[0].lower() and toks[-2].w.lower() not in _SOURCE_KINDS:
                return "nonname"  # 'the energy ministry' is not the foreign ministry named before
            return got or "nonname"  # 'the ministry said', 'the defence ministry saying'
        if low in ORG_WORDS and last.w.islower() and len(toks) >= 2 and not toks[-2].stop:
            # 'the RMT union, which ..., said' / 'the Labour party said': the name before the noun
            run = self._run_back(toks[:-1])
            if run is not None and self._person(" ".join(t.w for t in toks[run[0]:-1]), toks[run[0]].s) is None:
                return self._org(toks[run[0]:-1]) or "nonname"  # not 'the Starmer government'
            return "nonname"
        if low in _GROUPS:
            run = self._run_back(toks[:-1])
            if run is not None:
                return self._group(toks[run[0]:]) or "nonname"
            return "nonname"
        if low in ("state", "government") and len(toks) >= 3 and toks[-2].w == "of" and toks[-3].w.lower() == "head":
            return self._head_of(low, last.s) or "nonname"  # 'the head of state noted that'
        if low in TITLE_WORDS:
            for k in range(len(toks) - 2, max(-1, len(toks) - 6), -1):
                if toks[k].w.lower() == "the":
                    return self._title_ref([t.w for t in toks[k + 1:]], toks[k].s) or "nonname"
                if toks[k].stop:
                    break
        return "nonname"

    def _opening_person(self, toks: list[_Tok]):
        """The person named by the capitalised run `toks` opens with, or None."""
        first = self._run_fwd(toks)
        if not first:
            return None
        return self._person(" ".join(t.w.rstrip(",") for t in toks[:first]), toks[0].s)

    def _abbreviated_title(self, ab: str, pos: int):
        """(name, span) of the person a title, abbreviated in brackets, introduced before `pos`:
        'Mwanza Regional Commissioner (RC) Mama Zuhura Mollel-Kassimu told ...' for 'the RC'."""
        i = self.text.rfind(f"({ab})", 0, pos)
        if i < 0 or not any(w.lower() in TITLE_WORDS for w in self.text[max(0, i - 40):i].split()[-3:]):
            return None
        after = _toks(self.text, i + len(ab) + 2, min(pos, i + len(ab) + 80))[:6]
        n = self._run_fwd(after)
        return self._person(" ".join(t.w for t in after[:n]), after[0].s) if n else None

    def _handle_owner(self, handle: str, pos: int):
        """(name, span) of whom a social-media handle names, as the article writes it: a person whose
        names spell it ('@GLiburdHanley': Garvin Liburd-Hanley) or a body whose initials the article
        defines ('@ABDF_Official': the Antigua and Barbuda Defence Force (ABDF)); else None."""
        parts = [x for x in handle.lstrip("@").rstrip(".,;:").split("_") if x and x.lower() not in _HANDLE_WORDS]
        core = "".join(parts)
        text = self.text
        if 2 <= len(core) <= 8 and core.isupper():
            return self._body_initials(core)
        key = core.lower()
        if len(key) < 4:
            return None
        for m in _CAP_WORD.finditer(text, 0, pos):  # a surname the handle ends with, then its full names
            if not key.endswith(m.group().replace("-", "").lower()):
                continue
            for at, full in self.full_names(m.group()):
                spelt = [w.replace("-", "").replace(".", "").lower() for w in full.split()]
                if key in ("".join(spelt), spelt[0][0] + "".join(spelt[1:]), spelt[0][0] + spelt[-1]):
                    # ('@GLiburdHanley'; '@AKpadehWleh' for Augustine T. Kpadeh-Wleh, the initial left out)
                    return (full, (at, at + len(full)))
        return None

    def _defined_abbrev(self, toks: list[_Tok]):
        """'The Office of Rail and Road (ORR) said': the name whose initials the abbreviation gives."""
        last = toks[-1]
        ab = last.w
        if not (2 <= len(ab) <= 8 and ab.isupper() and self.text[last.s - 1:last.s] == "("
                and self.text[last.e:last.e + 1] == ")"):
            return None
        k = _name_start(toks, len(toks) - 1, 12)
        while k < len(toks) - 1:
            while k < len(toks) - 1 and (toks[k].w.lower() in _CONNECTORS or toks[k].w.lower() in _STOPCAPS):
                k += 1
            name = toks[k:-1]
            # (in any order: the initials of the name in its own language, 'Colombian Geological Service
            # (SGC)' for Servicio Geológico Colombiano)
            if spells_initials([t.w for t in name], ab):
                return (" ".join(t.w for t in name), (name[0].s, name[-1].e))
            k += 1  # 'Soldiers of the Antigua and Barbuda Defence Force (ABDF)': the name starts later
        return None

    def _name_after_state(self, run: list[_Tok]):
        """The person a title's run ends with, after 'of <State>': 'Halk Maslahaty of Turkmenistan
        Begmyrat Annaberdiyev' -> Begmyrat Annaberdiyev; None when no state closes a body there."""
        for x in range(len(run) - 3, 0, -1):
            if run[x - 1].w == "of" and _place_lookup(run[x].w) is not None:
                name = run[x + 1:]
                if 2 <= len(name) <= 4 and all(_is_cap(t.w) for t in name):
                    return self._person(" ".join(t.w.rstrip(",") for t in name), name[0].s)
                return None
        return None

    def _body_of_place(self, toks: list[_Tok], r: int):
        """A body named with its place ('The National Grid Corporation of the Philippines said'), toks[r] its
        'of' -> (the body's whole name, span), or None."""
        if toks[r].w != "of" or r < 1 or toks[r - 1].w.lower() not in ORG_WORDS or not _is_cap(toks[r - 1].w):
            return None
        run = self._run_back(toks[:r])
        if run is None or toks[-1].stop and not toks[-1].comma:
            return None
        body = toks[run[0]:]
        return (" ".join(t.w for t in body).rstrip(","), (body[0].s, body[-1].e - toks[-1].w.endswith(",")))

    def _head_before_preps(self, toks: list[_Tok], r: int):
        """The person named before a chain of prepositional phrases ending at toks[r] (a preposition)."""
        for _ in range(4):
            run = self._run_back(toks[:r])
            if run is None:
                return None
            i = run[0]
            k = i - 1
            if k >= 0 and toks[k].w.lower() == "the":
                k -= 1
            if k >= 1 and toks[k].w.lower() in _ROLE_PREPS and toks[k - 1].w.lower() in _ROLES:
                r = self._body_end(toks, i, r)  # 'a spokesperson for the Burundian Ministry of the Interior'
                return self._org(toks[i:r])  # 'a spokesperson for the Ministry in Nairobi'
            if k >= 1 and toks[k].w.lower() in _POST_PREPS and not toks[k].stop:
                r = k
                continue
            if k >= 0 and not toks[k].stop and toks[k].w.lower() not in _DETERMINERS and not _is_cap(toks[k].w):
                return None  # 'talks with Ann Lee in Paris': the run is not a subject
            if all(t.w.lower() in TITLE_WORDS for t in toks[i:r]):
                return None  # 'Chairman of the Halk Maslahaty of Turkmenistan Begmyrat Annaberdiyev': a title first
            return self._person(" ".join(t.w for t in toks[i:r]), toks[i].s)
        return None

    def _speaker_in_range(self, lo: int, hi: int):
        """The last speech-verb subject that is a name in text[lo:hi]."""
        para = self.para_at(lo)[0]
        spans = self._spans(para, lo, hi)
        toks = _toks(self.text, lo, hi)
        if spans:
            toks = _outside(toks, spans)
        fake = _Piece(hi, hi, para, 0, hi, hi)
        best = None
        reported = False  # inside what an unnamed speaker said ('A woman ... said Air Canada had called her')
        for j in range(len(toks)):
            if j and toks[j - 1].stop and self.text[toks[j - 1].e:toks[j - 1].e + 1] in ".!?":
                reported = False
            n = self._verb_at(toks, j)
            if not n or toks[j].w.lower() in _PARTICIPLES or reported:
                continue
            if j and toks[j - 1].w.lower() in _PASSIVE_AUX:
                continue
            if toks[j].w.lower() in ("according", "in"):
                got = self._subject_fwd(toks[j + n:], fake)
            else:
                got = self._subject_back(toks[:j], fake, pronouns=False)
                if got in (None, "nonname") and _CLOSE_BEFORE_VERB.search(self.text, max(lo, toks[j].s - 4), toks[j].s):
                    got = self._subject_fwd(toks[j + n:], fake)  # '“...,” said Hossein Sadeghi-Rad, ...': after the verb
                if got in (None, "nonname") and j >= 2 and toks[j - 1].w in ("he", "she") and toks[j - 2].comma \
                        and toks[j + n - 1].comma:
                    got = self._resolve_person(toks[j - 1].w, toks[j - 1].s, para)  # 'Cairo, he added, had ...'
                    if got is not None and got[0] == UNATTRIBUTED:
                        got = None
            if got == "nonname" and toks[j].w.lower() in ("said", "says", "told") and not toks[j].stop and \
                    j and toks[j - 1].w.lower() not in _PRONOUNS:
                reported = True
                best = None  # (the unnamed speaker is the last to speak: no name before it either)
            if got is not None and got != "nonname":
                if got[1] is not None and lo <= got[1][0] and got[1][1] < toks[j].s and \
                        _NOT_NAMED.search(self.text, got[1][1], toks[j].s):
                    got = (UNATTRIBUTED, None)  # 'A former senior officer of the National Guard’s special forces, who
                    # asked not to be named, warned': the name is where the officer served, not who spoke
                best = got
        return best

    # ------------------------------------------------------------------ resolution
    @classmethod
    def _anonymous(cls, phrase: list[_Tok]) -> bool:
        """'European diplomat', 'Western', 'Kenyan' after 'a' or 'one': nationality or region
        words and titles, no name: who said it is not given."""
        return all(cls._is_demonym(w) or w.lower() in _REGIONS or w.lower() in TITLE_WORDS or w.lower() in _SOURCE_KINDS
                   or w in _BLOC_INITIALS
                   or (w.replace(".", "").isupper() and len(w.replace(".", "")) <= 3 and _place_lookup(w))
                   for w in (t.w.rstrip(",") for t in phrase))  # ('a US official': unnamed too)

    @staticmethod
    def _is_demonym(word: str) -> bool:
        """'Swede', 'Kenyan': a nationality word (not the country's own name)."""
        return word.removesuffix("’s").removesuffix("'s") in _DEMONYMS

    def _statement_ref(self, noun: str, pos: int, p: _Piece):
        """'the statement' -> the subject of the sentence before `pos` that issued one ('The Royal Court,
        in a statement, conveyed ...', 'The ministry issued a statement'), or None."""
        for i in self._word_mentions_back(noun, pos - 1, 1200, 4):
            if i + len(noun) >= pos:
                continue
            ps, _ = self.para_at(i)
            ss = self._sentence_start(ps, i)
            if not (" " + self.text[max(ss, i - 4):i].lower()).endswith((" a ", " an ")):
                continue  # ('in a statement', 'issued a statement': not 'the statement said' again)
            tail = _SAID_IN_A.search(self.text, max(ss, i - 120), i)
            if tail is not None:  # '..., the Brazilian Navy said in a statement': the one who issued it
                got = self._subject_fwd(_toks(self.text, tail.start(1), tail.end(1)), p)
                if isinstance(got, tuple) and got[0] != UNATTRIBUTED:
                    return got
            toks = _toks(self.text, ss, i + len(noun) + 80)
            for got in (self._subject_fwd(toks, p), self._sentence_subject(toks, p)):
                if isinstance(got, tuple) and got[0] != UNATTRIBUTED:
                    return got  # ('The Royal Court, in a statement, ...'; 'In a statement, the ministry ...')
            return None
        return None

    def _poster(self, pos: int, p: _Piece):
        """'the post' -> the person or body the article says posted on a network shortly before `pos`
        ('This was reported by the head of ..., Oleksii Hnatyshyn, on Telegram'), or None."""
        last = None
        for last in _ON_NETWORK.finditer(self.text, max(0, pos - 900), pos):
            pass
        if last is None:
            return None
        ss = self._sentence_start(self.para_at(last.start())[0], last.start())
        toks = _toks(self.text, ss, last.start())
        run = self._run_back(toks)
        if run is not None and toks[-1].comma and (got := self._person(" ".join(t.w for t in toks[run[0]:]).rstrip(","),
                                                                       toks[run[0]].s)) is not None:
            return got
        got = self._sentence_subject(toks, p)
        return got if isinstance(got, tuple) and got[0] != UNATTRIBUTED else None

    def _org_ref(self, noun: str, pos: int):
        """'the ministry' -> the organisation named earlier with that noun ('Kenya's foreign ministry',
        'the Ministry of Trade'); 'the company' -> the company the article is about; 'the regulator'
        -> the organisation named just before. (name, span) or None."""
        if self._budget <= 0:
            return None
        self._budget -= 1
        text = self.text
        for i in self._word_mentions_back(noun, pos, 4000, 30):  # (not '“if the government so requests”': it names no body)
            j = i + len(noun)
            ls = text.rfind("\n", 0, i) + 1
            before = _toks(text, max(ls, i - 80), i)
            if text[i].isupper():
                # 'the Kenyan Ministry of Trade', 'Kenya Airways'
                run = self._run_back(before + _toks(text, i, j))
                k = run[0] if run is not None else len(before)
                if (1 < k <= len(before) and before[k - 1].w == "and" and not before[k - 2].stop
                        and _is_cap(before[k - 2].w) and _place_lookup(before[k - 2].w) is None):
                    k -= 2  # 'the Agriculture and Forestry Ministry': one body's name
                le = text.find("\n", j)
                fwd = _toks(text, i, min(len(text) if le < 0 else le, j + 80))  # (a name ends with its line)
                n = self._body_end(fwd, 0, self._run_fwd(fwd) or 1)  # ('Ministry of Foreign and European Affairs')
                n = next((x for x in range(1, n) if text[fwd[x].s - 1] == "("), n)  # (not its '(EMERCOM)')
                if fwd[n - 1].e == j and (post := self._post_after(fwd, n)):
                    n = post  # 'the Chinese Embassy in Monrovia': the mission with its post
                words = before[k:] + fwd[:n]
                if words and words[0].w.lower() == "the":
                    words = words[1:]
                if words:
                    return (" ".join(t.w for t in words), (words[0].s, words[-1].e))
            else:
                k = len(before)
                while k > 0 and len(before) - k < 2 and before[k - 1].w.islower() and not before[k - 1].stop \
                        and before[k - 1].w not in _DETERMINERS:
                    k -= 1  # 'Kenya's foreign ministry': skip the adjectives
                if k > 0 and not before[k - 1].stop and _is_cap(before[k - 1].w) \
                        and before[k - 1].w.endswith(("’s", "'s")):
                    s0 = before[k - 1].s
                    return (text[s0:j], (s0, j))
                if k > 0 and not before[k - 1].stop and self._is_demonym(before[k - 1].w):
                    s0 = before[k - 1].s  # 'the Chinese embassy said in a statement'
                    return (text[s0:j], (s0, j))
                if k > 0 and not before[k - 1].stop and before[k - 1].w.lower() == "its":
                    got = self._its_body(before[k - 1:] + _toks(text, i, j))  # 'Its defence ministry'
                    if got is not None:
                        return got[0]
                if k > 0 and not before[k - 1].stop and before[k - 1].w.lower() == "the" and noun in _STATE_BODIES:
                    got = self._local_body(before[k].s if k < len(before) else i, j)  # 'TOKYO - ..., the foreign ministry said'
                    if got is not None:
                        return got
        if noun in _OPERATOR_NOUNS:
            best = None
            for m in _RUN_BY.finditer(text, max(0, pos - 4000), pos):
                best = (m.group("org"), m.span("org"))  # 'operated by Bergen-based Aurvik Tankers': the operator
            if best is not None:
                return best
        if noun in _COMPANY_NOUNS:
            return self._main_company()
        if noun in _BODY_NOUNS:
            # 'Médecins Sans Frontières said in a statement that ... / “...,” the organisation said': the body
            # that spoke last before, named as it was
            best = None
            for m in _RUN_RE.finditer(text, max(0, pos - 600), pos):
                if (said := _SPOKE_AFTER.match(text, m.end())) is not None and _place_lookup(m.group()) is None and \
                        m.group().lower() not in _STOPCAPS and (text.startswith(" in a statement", said.end())
                                                                or self._person(m.group(), m.start()) is None):
                    best = (m.group(), m.span())
            if best is not None:
                return best
        if noun in _REGULATOR_NOUNS:
            # 'the Competition Authority opened an inquiry ... The regulator said'
            best = None
            for m in _RUN_RE.finditer(text, max(0, pos - 600), pos):
                words = m.group().split()
                if (len(words) >= 2 and words[-1].lower() in _ORG_OR_PLACE_HEADS) or (
                        words[-1].isupper() and 2 <= len(words[-1]) <= 8 and text[m.start() - 1:m.start()] != "("
                        and self._body_initials(words[-1])):
                    # ('... and IGAD condemned the attack. The WFP said ... “...,” the agency said': initials the
                    # article spelt out before, the body named last)
                    w0 = 1 if words[0].lower() == "the" else 0
                    s0 = m.start() + len(" ".join(words[:w0])) + (1 if w0 else 0)
                    e0 = m.end()
                    if (tail := _NAME_TAIL_TO_INITIALS.match(text, e0)) is not None:
                        e0 = tail.end(1)  # 'The UN Office| for the Coordination of Humanitarian Affairs (OCHA)'
                    best = (" ".join(text[s0:e0].split()), (s0, e0))
            return best
        return None

    def _main_company(self):
        """The organisation the article is about: the capitalised word named most often (3+ times,
        more than any other) that is not a person, a place or a generic word; with the next
        capitalised word when the article gives one ('Brightwater' -> 'Brightwater Foods')."""
        if self._company is not False:
            return self._company
        self._company = None
        text = self.text
        counts: dict[str, int] = {}
        for m in re.finditer(r"(?<![\w’'])[A-Z][a-z]{2,}(?![\w-])", text):
            counts[m.group()] = counts.get(m.group(), 0) + 1
        ranked = []
        for w, c in counts.items():
            lw = w.lower()
            if (c < 3 or lw in _STOPCAPS or lw in ORG_WORDS or lw in TITLE_WORDS or lw in _NONPERSON
                    or _place_lookup(w) is not None or self.full_names(w)):
                continue
            ranked.append((c, w))
        ranked.sort(reverse=True)
        if not ranked or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        word = ranked[0][1]
        pairs: dict[str, int] = {}
        for m in re.finditer(re.escape(word) + r" ([A-Z][a-z]+)\b", text):
            nxt = m.group(1)
            if nxt.lower() not in _STOPCAPS:
                pairs[nxt] = pairs.get(nxt, 0) + 1
        name = f"{word} {max(pairs, key=lambda k: (pairs[k], k))}" if pairs else word
        i = text.find(name)
        self._company = (name, (i, i + len(name)))
        return self._company

    def _first_names(self, first: str) -> list[str]:
        """Distinct full names the article gives that start with `first` ('Maria' -> 'Maria Costa')."""
        cache = self._firsts
        hit = cache.get(first)
        if hit is not None:
            return hit
        text = self.text
        out: list[str] = []
        i = text.find(first + " ")
        count = 0
        while i >= 0 and count < 40:
            count += 1
            if i == 0 or not text[i - 1].isalnum():
                toks = _toks(text, i, min(len(text), i + 60))[:6]
                n = self._run_fwd(toks)
                n = next((k for k in range(1, n) if text[toks[k].s - 1] == "("), n)  # 'Ann Lee (Lab)': no 'Lab'
                if n >= 2 and toks[0].w == first:
                    names, k = 0, 0
                    while k < n and (names < 3 or toks[k].w.lower() in _NAME_PARTICLES):
                        names += toks[k].w.lower() not in _NAME_PARTICLES
                        k += 1
                    n = k  # three names besides particles: 'Khalid bin Saif Al Mansoori'
                    while n > 2 and toks[n - 1].w.lower() in _NAME_PARTICLES:
                        n -= 1
                    got = self._person(" ".join(t.w for t in toks[:n]), i)
                    if got is not None and got[0].split()[0] == first and got[0] not in out:
                        out.append(got[0])
            i = text.find(first + " ", i + 1)
        cache[first] = out
        return out

    def _org(self, toks: list[_Tok]):
        words = [t.w for t in toks]
        if not words or (len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:an|ese|ish|ch|i)", words[0])):
            return None  # "a senior Australian official": a demonym is not a speaker
        if words[0].lower() in _STOPCAPS:
            return None
        return (" ".join(words), (toks[0].s, toks[-1].e))

    def _group(self, toks: list[_Tok]):
        if len(toks) < 2 or toks[0].w.lower() in _STOPCAPS:
            return None
        return (" ".join(t.w for t in toks), (toks[0].s, toks[-1].e))

    def _name_at(self, run: str, s: int):
        """A name as written at `s` -> (full name, span of the name in the text)."""
        run = run.removesuffix("’s").removesuffix("'s")
        stripped = strip_title(run)
        if not stripped or (stripped.split()[0].lower().strip("’'") in _STOPCAPS
                            and not self._is_body_initials(stripped.split()[0])):
            return None  # (but 'the WHO said' is the World Health Organization, no 'who')
        words = self._title_tail_off(stripped.split(), s + max(0, run.find(stripped)))
        while len(words) > 1 and words[-1].islower():
            words.pop()  # 'asked Mariana Quaresma of the newspaper ...': 'of' is no part of her name
        if len(words) > 2 and self.text.find("(" + words[-1] + ")", s, s + len(run) + 4) >= 0:
            words.pop()  # 'Sir Alistair Pennock (Con)': a party tag, not a name
        words = drop_post_nominals(words)  # ('Ana Lee TD (Labour)')
        if len(words) == 2 and words[0] in _GIVEN_NAME_COURTESIES and len(firsts := self._first_names(words[1])) == 1:
            # 'Ratu Josefa said': the one full name that starts with the given name (before the surname look-up
            # below, which would take 'Ratu Josefa' itself for a full name)
            off = run.rfind(words[1])
            return (firsts[0], (s + off, s + off + len(words[1])) if off >= 0 else (s, s + len(run)))
        if len(words) == 2 and words[1][:1].isupper():
            # 'Magalhães Rocha replied': a two-word surname, in full as 'Inês Magalhães Rocha'
            longer = [f for _, f in self.full_names(words[1]) if f.endswith(" " + stripped) and len(f.split()) > 2]
            if len(set(longer)) == 1:
                words = longer[0].split()
            elif words[0] in _SURNAME_PARTICLES and (full := self._particle_full(" ".join(words), s)) is not None:
                words = full.split()  # 'Al Shehri' after 'Faisal bin Abdulrahman Al Shehri'
        stripped = " ".join(words)
        off = run.rfind(stripped)
        span = (s + off, s + off + len(stripped)) if off >= 0 else (s, s + len(run))
        if " " not in stripped and stripped.lower() not in ORG_WORDS:
            fulls = self.full_names(stripped) or self._variant_full_names(stripped)
            if fulls and fulls[0][0] > s and (sf := self._surname_first(stripped, s)) is not None:
                return (sf[0], span)  # "villager Yang Shuzhen ... Yang said" (an 'Editor: Liu Yang' later)
            if fulls:
                if len(fulls) == 1 or len({f for _, f in fulls}) == 1 or len(
                        {tuple(_fold(t) for t in f.split()[:-1]) for _, f in fulls}) == 1:
                    earlier = [f for f in fulls if f[0] <= s]
                    return ((earlier[0] if earlier else fulls[0])[1], span)
                return (self._pick_full(fulls), span)
            firsts = self._first_names(stripped)
            if len(firsts) == 1:
                return (firsts[0], span)  # 'Maria said' -> 'Maria Costa'
        return (stripped, span)

    @staticmethod
    def _pick_full(fulls: list[tuple[int, str]]) -> str:
        """Two people share a surname: the one the article names in full most often, then
        (newspaper style) the one introduced first ('Maria Costa ... her father, João Costa
        ... Costa said' is Maria Costa)."""
        freq: dict[str, int] = {}
        for _, f in fulls:
            freq[f] = freq.get(f, 0) + 1
        top = max(freq.values())
        return next(f for _, f in fulls if freq[f] == top)

    def _variant_full_names(self, surname: str) -> list[tuple[int, str]]:
        """Full names under another spelling of `surname` ('Toktarov' -> 'Daniyar Tokhtarov')."""
        if len(surname) < 5 or not _is_cap(surname):
            return []
        if self._spellings is None:
            self._spellings = {}
            for w in set(_CAP_WORD.findall(self.text)):
                self._spellings.setdefault(_fold(w), []).append(w)
        out: list[tuple[int, str]] = []
        for other in self._spellings.get(_fold(surname), ()):
            if other != surname:
                out.extend(self.full_names(other))
        return sorted(out)

    def full_names(self, surname: str) -> list[tuple[int, str]]:
        """Full names (2-4 words, titles off) the article gives for `surname`, in text order."""
        surname = surname.removesuffix("’s").removesuffix("'s")
        hit = self._surnames.get(surname)
        if hit is not None:
            return hit
        text = self.text
        out: list[tuple[int, str]] = []
        i = text.find(surname)
        count = 0
        while i >= 0 and count < 60:
            count += 1
            j = i + len(surname)
            if (i > 1 and text[i - 1] == " " and (text[i - 2] not in ",.;:!?" or (
                    text[i - 2] == "." and i > 3 and text[i - 3].isupper() and text[i - 4] == " "))  # ('Augustine T. Kpadeh')
                    and (j >= len(text) or not text[j].isalnum())
                    and _is_cap((text[max(0, i - 40):i].rsplit(None, 1) or [""])[-1].lstrip(_EDGE))
                    and not self._headline_at(i)):
                toks = _toks(text, max(text.rfind("\n", max(0, i - 80), i) + 1, i - 80), j)
                run = self._run_back(toks)
                if run is not None and run[1] >= 2:
                    name = strip_title(" ".join(t.w for t in toks[run[0]:]))
                    nt = self._title_tail_off(name.split(), i - len(name) + len(surname))
                    for width in (2, 1):
                        if len(nt) >= width + 2 and _place_lookup(" ".join(nt[:width])) is not None and \
                                _POST_TO_BEFORE.search(text, max(0, i - len(" ".join(nt)) + len(surname) - 16),
                                                       i - len(" ".join(nt)) + len(surname)):
                            nt = nt[width:]  # 'Ambassador to the Philippines Raymond Castellano-Pierce': the post's country
                            break
                    name = " ".join(nt)
                    if 2 <= len(nt) <= 4 and nt[-1] == surname and nt[0].lower() not in _COUNT_WORDS \
                            and nt[0].lower() not in _VERBISH and not any(_never_in_name(w, titles=False) for w in nt) \
                            and sum(w.lower() in DEPARTMENT_WORDS for w in nt) < min(2, len(nt)):
                        # ('the Ministry in charge of Emergency Management', 'Emergency Management Victoria': a
                        # department or a body, no one's name)
                        start = i - len(name) + len(surname)
                        second = _SECOND_SURNAME.match(text, j) if len(nt) <= 3 else None
                        if second is not None and second.group(1).lower() not in _STOPCAPS and \
                                _place_lookup(second.group(1)) is None:
                            name += " " + second.group(1)  # 'Andrés Villacrés Mora': called 'Villacrés' after
                        out.append((start, name))
            i = text.find(surname, j)
        self._surnames[surname] = out
        return out

    def _title_tail_off(self, words: list[str], s: int) -> list[str]:
        """`words` (a name found at `s`) without a department word cut from its title by an 'and':
        '... and Minister of Climate and | Environment Ana Lee' -> 'Ana Lee'."""
        if len(words) >= 3 and words[0].lower() in DEPARTMENT_WORDS and self.text[max(0, s - 4):s] == "and ":
            return words[1:]
        return words

    def _lowered(self) -> str:
        if self._lower is None:
            self._lower = same_length_lower(self.text)  # (offsets into it are offsets into the text)
        return self._lower

    def _named_before(self, terms: list[Term], content: str) -> bool:
        """`content` is a short name the running text already kept as a term (case and end punctuation
        aside; not a headline's, which is no sentence: 'Managua calls the deployment a “provocation”')."""
        key = content.strip(" .,;:").casefold()
        if not terms or len(key.split()) > 5:
            return False
        for t in terms:
            if t.text.casefold() == key:
                _, le = self.para_at(t.start)
                if self.text[le - 1:le] in ".!?\"”’'":  # (its line is trimmed)
                    return True
        return False

    def _headline_at(self, pos: int) -> bool:
        """The line holding `pos` is a headline in title case ('... Assistance to Contain Caspian Oil
        Spill'): its capitalised pairs are no one's name."""
        ls, le = self.para_at(pos)
        line = self.text[ls:le]
        if line[-1:] in ".\"”'’:":
            return False
        words = [w for w in line.split() if len(w) > 3]
        return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)

    def _only_after_the(self, name: str) -> bool:
        """Every time the article writes `name`, "the" comes before it: a thing's or a place's name."""
        text = self.text
        i = text.find(name)
        seen = False
        while i >= 0:
            if text[max(0, i - 4):i].lower() != "the ":
                return False
            seen = True
            i = text.find(name, i + len(name))
        return seen

    def _resolve_pronoun(self, low: str, pos: int, para: int):
        """'he'/'she' (and 'one', for 'the Swede': no gender) -> (speaker, span) or None.

        A person's gender is only what the article shows: a pronoun already resolved to them,
        or an honorific (Mr, Ms...); 'she' never goes to someone the article has called 'he'."""
        if low == "it":
            return self._resolve_it(pos, para)
        got = self._resolve_person(low, pos, para)
        if got is not None and low in ("he", "she") and got[0] != UNATTRIBUTED:
            self._gender.setdefault(got[0], low)
        return got

    def _gender_ok(self, name: str, low: str) -> bool:
        if not self._kin_done:
            self._kin_done = True
            for m in _KIN.finditer(self.text):  # "her husband, Warrant Officer Marc Thibodeau": he
                got = self._person(m.group("name"), m.start("name"))
                if got is not None:
                    self._gender.setdefault(got[0], "he" if m.group("kin").lower() in _MALE_KIN else "she")
        g = self._gender.get(name)
        return g is None or low not in ("he", "she") or g == low

    def _resolve_person(self, low: str, pos: int, para: int):
        if low not in ("he", "she", "one") or self._budget <= 0:
            return None
        self._budget -= 1  # pathological input (thousands of pronoun quotes) stays fast
        text = self.text
        ps = max(para, pos - 400)  # bounded look-back: long paragraphs stay linear
        got = self._speaker_in_range(ps, pos)
        if got is not None and self._gender_ok(got[0], low) and not _DOMAIN.search(got[0]) and (
                low == "one" or got[0].rsplit(None, 1)[-1].lower() not in _NO_HE_OR_SHE) and \
                not (got[0].isupper() and self._body_initials(got[0])):  # (nor 'the PCG had asked': a body spelt out)
            unnamed = self._unnamed_person(ps, pos) if got[1] is not None else None
            if unnamed is not None and got[1][0] < unnamed:
                return (UNATTRIBUTED, None)  # 'Tarawa had asked for ... When I asked a State Department
                # official why, she told me': the official, unnamed
            return got  # ('Kun.uz reported' names a news site, not a he or a she; nor does 'if the
            # Fijian government asked for them, she said')
        # the last person named: in this paragraph, then up to three paragraphs back
        lo = para
        for _ in range(3):
            prev = self.prev_para(lo)
            if prev is None:
                break
            lo = prev[0]
        lo = max(lo, pos - 1000)
        here, near = [], []
        for m in _RUN_RE.finditer(text, lo, pos):
            s = m.start()
            if text[max(0, s - 4):s] == "the " and strip_title(m.group()) == m.group():
                continue  # 'ships like the Kestrel Star': a thing's name, not a person's (but '... of the
                # Kyrgyz Republic Bakyt Osmonov' ends with one)
            if self._in_quote(s):
                continue  # '“Is Lisbon asking ...?” one reporter asked': words quoted, nobody named
            if _ALIAS_BEFORE.search(text, max(0, s - 50), s):
                continue  # 'Eid al-Bdoul, 61, a souvenir seller known as Abu Hamdan': his other name
            if _PLACE_LIST_BEFORE.search(text, max(lo, s - 120), s):
                continue  # 'fires remained active in the communes of Azazga and Larbaâ Nath Irathen': places
            if _FIRM_KIND_BEFORE.search(text, max(lo, s - 30), s):
                continue  # 'head of marine at the Dubai-based broker Gulfstream Risk': a firm's name
            run = m.group()
            first = run.split(None, 1)
            if len(first) == 2 and first[0].lower() in _STOPCAPS:
                run, s = first[1], s + run.index(first[1], len(first[0]))  # 'For Kask, ...': Kask
            got = self._person(run.removesuffix("’s").removesuffix("'s"), s)  # "Jocelyn Thibodeau's husband"
            if got is None and ("'s " in run or "’s " in run):
                k = max(run.rfind("'s "), run.rfind("’s ")) + 3  # "Al Jazeera's Nadia Senanayake-Ward": the person
                got = self._person(run[k:], s + k)
            if got is None and " of " in run:
                got = self._person(run[:run.index(" of ")], s)  # 'Aanya Sethi-Morin of Thompson Rivers University'
            if got is None and " " not in run and _AGE_AFTER.match(text, m.end()):
                got = (run, (s, s + len(run)))  # 'Genovaitė, 74, a resident who gave only her first name'
            if got is not None and self._only_after_the(got[0]):
                got = None  # 'the University of the South Pacific': 'Pacific' is no person's name
            if got is not None:
                hon = m.group().split(None, 1)[0].lower().rstrip(".")
                if hon in _HONORIFICS:
                    self._gender.setdefault(got[0], _HONORIFICS[hon])
                (here if s >= ps else near).append((s, got))
        for m in _FIRST_NAME_GIVEN.finditer(text, lo, pos):
            # 'a mother of four who gave only her first name, Nyakuoth, waited': the name she gave
            if not self._in_quote(m.start("name")):
                (here if m.start("name") >= ps else near).append((m.start("name"), (m.group("name"), m.span("name"))))
                self._gender.setdefault(m.group("name"), "she" if m.group("pro") == "her" else "he")
        lowered = self._lowered()
        j = lowered.find("the ", lo, pos)  # 'the general was silent' counts as a name
        while j >= 0:
            if self._in_quote(j):
                j = lowered.find("the ", j + 4, pos)
                continue  # ('“Will the minister tell the House ...?” he asked': not the minister)
            if text[j - 2:j] == ", " and any(g[1][1] is not None and g[1][1][1] == j - 2 for g in here + near):
                j = lowered.find("the ", j + 4, pos)
                continue  # 'Tuiloma Lafaele Pouono, the high chief of Vaiala': the person just named, described
            toks = _toks(text, j, min(pos, j + 60))[:6]
            if (len(toks) > 2 and toks[1].w.isalpha() and toks[1].w.islower() and toks[1].w not in TITLE_WORDS
                    and not toks[1].stop and self._verb_at(toks, 2)):
                ref = self._job_ref(toks[1].w, j)  # 'The entomologist said ...': the person introduced so
                if ref is not None:
                    (here if j >= ps else near).append((j, ref))
            for k in range(1, len(toks)):
                if toks[k].w.lower() in TITLE_WORDS and not _is_cap(toks[k].w):
                    nxt_cap = k + 1 < len(toks) and _is_cap(toks[k + 1].w)
                    if not nxt_cap:
                        ref = self._title_ref([t.w for t in toks[1:k + 1]], j)
                        if ref is not None:
                            (here if j >= ps else near).append((j, ref))
                    break
                if toks[k].stop:
                    break
            else:
                # 'The Minister of State did not hide his irritation': a title in capitals, then its verb
                m = 1
                while m < len(toks) and not toks[m - 1].stop and (_is_cap(toks[m].w) or toks[m].w == "of"):
                    m += 1
                if 1 < m < len(toks) and toks[1].w.lower() in TITLE_WORDS and toks[m].w.islower():
                    ref = self._title_ref([t.w for t in toks[1:m]], j)
                    if ref is not None:
                        (here if j >= ps else near).append((j, ref))
            j = lowered.find("the ", j + 4, pos)
        here.sort(key=lambda x: x[0])
        unnamed = self._unnamed_person(ps, pos)
        if unnamed is not None and (not here or here[-1][0] < unnamed):
            return (UNATTRIBUTED, None)  # 'A senior officer put it sharply. “...,” he told us'
        for group in (here, here + near):
            group = sorted(group, key=lambda x: x[0])
            group = [g for g in group if self._gender_ok(g[1][0], low)]
            subjects = [g for g in group if not self._after_preposition(g[0])]
            if subjects or group:
                at, got = (subjects or group)[-1]
                if self._unnamed_person(at, pos) is not None:
                    return (UNATTRIBUTED, None)  # 'Khamphone said ... Aboard a barge, a captain, who asked not to be
                    # named, said by phone that ... / “We have rice for ten more days,” he said': the captain, unnamed
                return got
        unnamed = self._unnamed_person(lo, pos)
        if unnamed is not None and not any(unnamed < qpos < pos for qpos, _, _, _ in self.resolved):
            return (UNATTRIBUTED, None)  # 'A fish seller ..., who did not want to be named, said ...' / '“...,” she
            # said', with nobody of hers named since
        for qpos, qpara, speaker, span in reversed(self.resolved):
            if qpos < pos and qpara >= lo and self._gender_ok(speaker, low) and (low == "one" or not _org_like(speaker)):
                return (speaker, span)  # (a body is no 'she')
        got = self._pronoun_chain(low, para)
        if got is not None:
            return got
        # nobody in three paragraphs that are all short (Q&A lines, headings): the last
        # person named within the 1,000 characters before
        if pos - lo >= 500:
            return None
        spans = self._spans(para, para, pos)
        toks = _outside(_toks(text, para, pos), spans) if spans else _toks(text, para, pos)
        if any(self._verb_at(toks, j) for j in range(len(toks)) if toks[j].s < pos - 1):
            return None  # 'a Ugandan official told me ... he said': an unnamed speaker, not a guess
        far = []
        for m in _RUN_RE.finditer(text, max(0, pos - 1000), lo):
            got = self._person(m.group(), m.start())
            if got is not None and self._gender_ok(got[0], low):
                far.append(got)
        return far[-1] if far else None

    def _unnamed_person(self, lo: int, hi: int) -> int | None:
        """Where the last unnamed person between `lo` and `hi` opens a sentence ('A senior Nigerian
        officer in Maiduguri put it ...', 'One Western diplomat said ...') or is said to be unnamed ('..., a
        Vietnamese captain, who asked not to be named,'), or None."""
        if _INDEFINITE_OPENING.search(self.text, lo, hi) is None and _NOT_NAMED.search(self.text, lo, hi) is None:
            return None
        toks = _toks(self.text, lo, hi)
        found = None
        for k, t in enumerate(toks):
            if t.w.lower() not in _INDEFINITE or not (k == 0 or (toks[k - 1].stop and not toks[k - 1].comma)
                                                        or toks[k - 1].w.lower() in _MET_VERBS or (
                    (toks[k - 1].comma or toks[k - 1].w.lower() in ("said", "says", "added"))
                    and _NOT_NAMED.search(self.text, t.s, min(hi, t.s + 160)))):
                continue  # (a sentence's opening words, or 'I asked a senior officer', or 'Aboard a barge, a captain,
                # who asked not to be named,', or '“...,” said one fisherman ..., who asked that his name not be
                # used': not 'Nikos Petridis, a former chief ...')
            n = k + 1
            while n < len(toks) and n - k <= 4 and toks[n].w.lower() in _RANKS:
                n += 1  # 'a senior', 'a former'
            m = n
            while m < len(toks) and m - n < 3 and not toks[m].w[:1].islower():
                m += 1  # 'Nigerian', 'US', 'European Union'
            if m == n and m + 1 < len(toks) and toks[m].w.isalpha() and toks[m].w.islower() and \
                    toks[m + 1].w.lower().rstrip(",") in TITLE_WORDS:
                n = m = m + 1  # 'A senior naval officer, who asked not to be named': a kind of officer
            if m < len(toks) and toks[m].w.lower().rstrip(",") in TITLE_WORDS and (
                    m == n or self._anonymous(toks[n:m]) or toks[m - 1].w.lower() in ORG_WORDS):
                found = t.s  # ('I asked a State Department official why': a body's official, unnamed)
            elif m == n and m < len(toks) and toks[m].w.isalpha() and toks[m].w.islower() and \
                    _NOT_NAMED.search(self.text, t.s, min(hi, t.s + 160)):
                found = t.s  # 'A fish seller at the market, who did not want to be named, said': no title, unnamed
        return found

    def _pronoun_chain(self, low: str, para: int):
        """The person named last before paragraph `para` when every paragraph since keeps calling them by
        this pronoun ('Batbold, a paediatrician, ...' / 'She apologised ...' / 'she explained' /
        '“...,” she said'), or None. Only for a pronoun of known gender."""
        if low not in ("he", "she"):
            return None
        text = self.text
        forms = _HE_FORMS if low == "he" else _SHE_FORMS
        start, hops = para, 0
        while hops < 8:
            prev = self.prev_para(start)
            if prev is None:
                return None
            start, end = prev
            hops += 1
            found = None
            for m in _RUN_RE.finditer(text, start, end):
                got = self._person(m.group().removesuffix("’s").removesuffix("'s"), m.start())
                if got is not None:
                    found = got
            if found is not None:
                return found if self._gender_ok(found[0], low) else None
            if not forms.search(text, start, end):
                return None  # the chain is broken: a paragraph about something else
        return None

    def _publication(self, pos: int):
        """(name, span) of the newspaper whose section `pos` is in, in a press digest whose sections
        are headed 'HARIAN NUSANTARA (Jakarta, Indonesia)'; None elsewhere."""
        found = None
        for m in PAPER_HEADING.finditer(self.text, max(0, pos - 3000), pos):
            found = m
        if found is None:
            return None
        words = found.group("paper").split()
        name = " ".join(w.lower() if k and w.lower() in _SMALL else w.capitalize() for k, w in enumerate(words))
        return (name, (found.start("paper"), found.end("paper")))

    def _resolve_it(self, pos: int, para: int):
        """'it added': the organisation last quoted in this or the previous paragraph."""
        pub = self._publication(pos)
        if pub is not None:
            return pub  # a press digest: 'it wrote' is the paper under review
        prev = self.prev_para(para)
        lo = prev[0] if prev is not None else para
        text = self.text
        ss = self._sentence_start(para, pos)
        if pos - ss > 12:
            # "China’s Embassy in Malé warned against what it called ‘...’": the body this sentence opens with
            got = self._sentence_subject(_toks(text, ss, pos), _Where(para))
            if got is not None and got != "nonname" and got[1] is not None and _org_like(got[0]):
                return got
        opener = self._body_opening_before(pos, para)
        for qpos, qpara, speaker, span in reversed(self.resolved):
            if qpos >= pos:
                continue
            if qpara < lo:
                break
            if opener is not None and opener[1][0] > qpos:
                return opener  # "... “has no passport.” / The Ministry was blunter. In a note, it wrote:"
            if span is None:
                return None
            words = speaker.split()
            before = text[max(0, span[0] - 4):span[0]].lower()
            if words[-1].lower() in ORG_WORDS or before.endswith(("the ", "for ")) or any(
                    w.lower() in _STATE_BODIES for w in words):  # ("China's embassy in Stockholm")
                return (speaker, span)
            return None  # the last speaker is a person: 'it' is something else
        # none quoted yet: the body the sentence before opens with ('The Lao Ministry of Energy and Mines
        # rejected any joint investigation. In a statement, it said ...')
        return opener

    def _body_opening_before(self, pos: int, para: int):
        """The body the sentence before `pos` opens with (in this paragraph, or the last sentence of the
        paragraph before): (name, span), or None when it opens with no organisation."""
        text = self.text
        prev = self.prev_para(para)
        ss = self._sentence_start(para, pos)
        if ss > para:
            toks = _toks(text, self._sentence_start(para, ss - 2), ss)
        elif prev is not None and para - prev[1] < 4:
            # '... the Russian Embassy in London sneered at the crisis. / It posted a picture with
            # the caption: “...”': the previous paragraph's last sentence
            toks = _toks(text, self._sentence_start(prev[0], prev[1] - 1), prev[1])
        else:
            return None
        got = self._sentence_subject(toks, _Where(para))
        if (got is None or got == "nonname") and len(toks) > 2 and toks[0].w == "The" and toks[1].w in ORG_WORDS:
            return self._lower_body_named(toks[1].w, toks[0].s)  # 'The council, led by ..., dissolved ... It has promised'
        if got is None or got == "nonname" or got[1] is None:
            return None
        return got if _org_like(got[0]) else None

    def _lower_body_named(self, noun: str, pos: int):
        """'the council' -> the fullest lower-case name the article gave it before `pos` ('the military
        council that seized power'): (name, span), or None when it only ever said 'the council'."""
        low = self._lowered()
        for i in self._word_mentions_back(noun, pos, 4000, 30):
            m = _LOWER_BODY_BEFORE.search(low, max(0, i - 40), i)
            if m is not None and not self.text[m.start(1):i].strip()[:1].isupper():
                return (self.text[m.start(1):i + len(noun)], (m.start(1), i + len(noun)))
        return None

    def _person(self, run: str, s: int):
        """A capitalised run that names a person -> (full name, span), else None."""
        if self._caps_names and run.isupper():
            st = run.split()
            for k in range(len(st)):  # 'VICE-ADMIRAL HELENE MARCHETTI-ROUX', named so on a reaction line
                if (name := self._caps_names.get(" ".join(st[k:]))) is not None:
                    off = run.index(st[k])
                    return (name, (s + off, s + len(run)))
        stripped = strip_title(run)
        st = stripped.split()
        if not st or st[0].lower() in _STOPCAPS:
            return None
        if len(st) == 1:
            if self._is_demonym(st[0]) or st[0].lower() in TITLE_WORDS:
                return None  # 'the Indian border': a nationality, never a surname; "Fiji's Minister for ...":
                # a title, no surname ('Prime Minister' is no full name of it)
            fulls = self.full_names(st[0]) if not st[0].endswith(("’s", "'s")) else self.full_names(st[0][:-2])
            if not fulls and len(st[0]) >= 5:
                fulls = self._variant_full_names(st[0].removesuffix("’s").removesuffix("'s"))  # 'Weiss' for 'Jürgen Weiß'
            if fulls:
                off = max(0, run.rfind(st[0]))
                name = fulls[0][1] if len({f for _, f in fulls}) == 1 else self._pick_full(fulls)
                return (name, (s + off, s + off + len(st[0])))
            if run.split(None, 1)[0].lower().rstrip(".") in _HONORIFICS:
                return self._surname_first(st[0], s)  # 'Madam Goh' after 'fish farmer Goh Lay Choo, 62,'
            if DESCRIPTOR.fullmatch(run.split(None, 1)[0]):
                off = max(0, run.rfind(st[0]))
                return (st[0], (s + off, s + off + len(st[0])))  # 'Grandmother Pat, 77,': known by her first name
            if len(run.split()) == 1 and len(st[0]) >= 3 and st[0][1:].islower() and \
                    len(firsts := [f for f in self._first_names(st[0]) if f != st[0]]) == 1 and \
                    (at := self.text.find(firsts[0])) >= 0 and not self._headline_at(at):
                return (firsts[0], (s, s + len(st[0])))  # 'Ingrid Solheim-Vik ...', then 'When I asked Ingrid'

            return None
        pi = next((i for i, w in enumerate(st) if i and w.lower() in PATRONYMIC), None)
        if pi is not None and pi <= 3 and 1 <= len(st) - pi - 1 <= 4 and all(w[:1].isupper() for w in st[:pi] + st[pi + 1:]) \
                and not any(_never_in_name(w) for w in st[:pi]) and not any(_never_in_name(w, titles=False) for w in st[pi + 1:]):
            # 'Mohd Rizal bin Haji Abdul Latif': the given names, then the father's name, titles and all
            off = max(0, run.rfind(stripped))
            return (stripped, (s + off, s + off + len(stripped)))
        # (at most three names besides particles: 'Talal bin Hamad Al Busaidi', 'Ana de la Cruz Lee'; four
        # with a particle: 'Maria da Graça Silveira Dutra')
        if len(st) >= 3 and st[0].lower().endswith(_OCCUPATION_ENDINGS) and st[0][1:].islower() and len(st[0]) > 5:
            st = st[1:]  # 'Fisherman Thierno Oumar Sylla-Bangoura, 52,': his trade, written as a title
            stripped = " ".join(st)
        names = sum(w.lower() not in _NAME_PARTICLES for w in st)
        if (len(st) > 3 and not (len(st) <= 6 and (names <= 3 or (names == 4 and (names < len(st) or self._plain_words(st))))
                                 and st[0].lower() not in _NAME_PARTICLES)) or any(_never_in_name(w) for w in st):
            return None
        if _place_lookup(stripped) is not None or all(w.lower() in DEPARTMENT_WORDS for w in st):
            return None  # 'Saudi Arabia', 'New Delhi': a place, not a person ('Home Affairs': a department)
        if st[0].lower() in _COUNT_WORDS or self._is_demonym(st[-1]):
            return None  # 'Two Indian (Air Force helicopters)': a count and a nationality, not a name
        off = max(0, run.rfind(stripped))
        if len(st) == 2 and st[0] in _SURNAME_PARTICLES and (full := self._particle_full(stripped, s)) is not None:
            return (full, (s + off, s + off + len(stripped)))  # 'Al Shehri' after 'Faisal bin Abdulrahman Al Shehri'
        return (stripped, (s + off, s + off + len(stripped)))

    def _particle_full(self, surname: str, pos: int) -> str | None:
        """The one full name before `pos` that ends with a two-word surname opening with a particle
        ('Faisal bin Abdulrahman Al Shehri' for 'Al Shehri'), or None."""
        found = set()
        for m in re.finditer(rf"((?:[A-Z][\w'’-]+\s+(?:(?:bin|ibn|bint|binti)\s+)?){{1,4}}){re.escape(surname)}(?![\w-])",
                             self.text[:pos]):
            full = strip_title(m.group())
            if len(full.split()) >= 3 and not self._in_quote(m.start()) and _place_lookup(full) is None:
                found.add(full)
        return found.pop() if len(found) == 1 else None

    def _surname_first(self, surname: str, pos: int):
        """(full name, span) of a person the article named surname first before `pos` ('Goh Lay Choo',
        then 'Madam Goh'; 'Mr Tan Wei Ming', then 'Mr Tan'), or None."""
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}((?:\s+[A-Z][a-z]+){{1,2}})\b", self.text[:pos]):
            words = m.group().split()
            if not any(_never_in_name(w, titles=False) or w.lower() in TITLE_WORDS for w in words[1:]) \
                    and _place_lookup(m.group()) is None:
                return (m.group(), (m.start(), m.end()))
        return None

    @staticmethod
    def _plain_words(st: list[str]) -> bool:
        """Each word a plain capitalised word: four of them may be two given names and two surnames
        ('Luz Dary Marín Ospina'), not a title or an initialism run."""
        return all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in st)

    def _after_according(self, s: int) -> bool:
        """'according to' ends right before `s`."""
        return self.text[max(0, s - 14):s].lower().rstrip().endswith("according to")

    def _after_preposition(self, s: int) -> bool:
        """True if the word before `s` is a preposition ("alongside X", "with X") or a verb whose object is a
        place ("reaches El Fasher"): the name is an object, not the subject a pronoun goes back to."""
        text = self.text
        j = s
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        k = j
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        word = text[k:j].lower()
        if word == "to" and self._after_according(s):
            return False
        if word == "by" and _LED_BY.search(text, max(0, k - 30), k):
            return False  # 'The contingent is commanded by Major General X, ...': the one who leads it
        return word in _PREPOSITIONS or word in _PLACE_VERBS

    def _title_ref(self, words: list[str], pos: int, abbreviated: bool = True):
        """'the Finnish president' -> the person introduced earlier with that title (`abbreviated`:
        also as 'Dr.', 'Gen.' ... for 'the doctor', 'the general'); unattributed when an unnamed one
        with that title came between ('A West African diplomat, speaking on condition of anonymity,
        said ... “...,” the diplomat said')."""
        got = self._title_ref_named(words, pos, abbreviated)
        if got is not None and self._caps_names and got[0].isupper():
            got = (self._caps_names.get(got[0], got[0]), got[1])  # 'The admiral' after 'VICE-ADMIRAL HELENE ...:'
        if got is not None and got[1] is not None and words:
            head = words[-1].lower().strip("’'.")
            unnamed = self._unnamed_person(max(got[1][1], pos - 600), pos)
            if unnamed is not None and head in _CLAUSE_END.split(self._lowered()[unnamed:unnamed + 80], 1)[0].split() and \
                    not any(w.lower() in _ORG_HEADS for w in got[0].split()):
                return (UNATTRIBUTED, None)  # (a body the title belongs to still speaks: 'the ministry spokesman')
        return got

    def _handle_kept(self, head: str, cands: list):
        """The first person introduced with title `head`, when the article already called them 'the <head>'
        before anyone else with that title appeared, and everyone after was brought in as another
        state's ('Its foreign minister, X', 'Ghana's minister, X'): the bare handle stays theirs, or None."""
        first = cands[0]
        others = [c for c in cands if c[2] != first[2]]
        if not others or any(_ANOTHERS_TITLE_BEFORE.search(self.text, max(0, c[0] - 60), c[0]) is None
                             or not c[0] > first[1] for c in others):
            return None
        low = self._lowered()
        i = low.find("the " + head, first[1], others[0][0])
        while i >= 0:
            j = i + 4 + len(head)
            if not low[j:j + 1].isalpha() and not low.startswith(" of", j) and not self._in_quote(i):
                return first
            i = low.find("the " + head, j, others[0][0])
        return None

    def _bare_title_speaker(self, words: list[str], pos: int):
        """(name, span) of the one person a bare title before a colon stands for ('• Fisheries minister:
        “...”' in a box above the story): the person the article introduced with it, before or anywhere after."""
        words = [w.lower() for w in words]
        got = self._title_ref(words, pos)
        if got is not None and got[1] is not None:
            return got
        return self._title_named_next(words, pos, len(self.text))

    def _title_named_next(self, words: list[str], pos: int, hi: int | None = None):
        """(name, span) of the person the lines after `pos` (up to `hi`; by default the next paragraph) name with
        the title nobody had before ('“...,” the deputy foreign minister told reporters. / The deputy minister,
        Josaia Vunibola, later said ...'; '• Fisheries minister: “...”' over 'Fisheries Minister Mariem Mint
        Ahmed Salem told'), or None."""
        if hi is None:
            ps, pe = self.para_at(pos)
            nxt = self.next_para(pe)
            hi = min(nxt[1] if nxt is not None and nxt[0] - pe < 4 else pe, pos + 700)
        quals = set(words) & _OFFICE_QUALIFIERS
        for m in _TITLE_THEN_NAME.finditer(self.text, pos, hi):
            said = {w.lower() for w in m.group("title").split()}
            if words[-1] in said and quals <= said and not self._in_quote(m.start()) and \
                    (got := self._person(m.group("name"), m.start("name"))) is not None:
                return got
        # the title right before the name, in any capitals
        titled = re.compile(r"(?i:\b" + r"\s+".join(map(re.escape, words)) + r")\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4})")
        for m in titled.finditer(self.text, pos, hi):
            if not self._in_quote(m.start()) and (got := self._person(m.group(1), m.start(1))) is not None:
                return got
        return None

    def _title_ref_named(self, words: list[str], pos: int, abbreviated: bool = True):
        """_title_ref, read back to the person introduced with the title."""
        if self._budget <= 0:
            return None
        self._budget -= 1
        words = [w.lower().strip("’'.").removesuffix("’s").removesuffix("'s") for w in words]
        words = [w for w in words if w and w != "the" and w not in _COURTESIES]  # ('the Honourable Minister')
        dept: list[str] = []
        if "of" in words[1:] and words[words.index("of", 1) - 1] in TITLE_WORDS:
            # 'the Minister of State': the minister, named with that department
            dept = [w for w in words[words.index("of", 1) + 1:] if w not in ("of", "and", "for")]
            words = words[:words.index("of", 1)]
        if not words or words[-1] not in TITLE_WORDS:
            return None
        head = words[-1]
        mods = [w for w in words[:-1] if w not in TITLE_WORDS]
        if head in _TITLE_ABBR and abbreviated:
            # 'the doctor said' after 'its commander, Dr. Youssef Benkirane': the title as abbreviated
            got = self._title_ref([_TITLE_ABBR[head]], pos, abbreviated=False)
            if got is not None:
                return got
        text = self.text
        low = self._lowered()
        cands = []
        i = low.rfind(head, 0, pos)
        tries = 0
        while i >= 0 and len(cands) < 12 and tries < 30:
            tries += 1
            j = i + len(head)
            nxt_i = low.rfind(head, 0, i) if i > 0 else -1
            if (i == 0 or not low[i - 1].isalpha()) and (j >= len(low) or not low[j].isalpha()) \
                    and not self._in_quote(i):  # ('“Will the minister tell the House ...?”' names nobody)
                after = _toks(text, j, min(len(text), j + 80))[:8]
                if (len(after) > 2 and after[0].w == "and" and _is_cap(after[1].w) and not after[1].stop
                        and after[1].w.lower() in TITLE_WORDS):
                    # 'Deputy PM and Minister of Climate and Environment Ana Lee': a second title, then the name
                    j = after[1].e
                    after = _toks(text, j, min(len(text), j + 80))[:8]
                elif (len(after) > 2 and text[j:j + 1] == "," and _is_cap(after[0].w) and not after[0].stop
                      and after[0].w.lower() in TITLE_WORDS and after[1].w.lower() in ("of", "for")):
                    # 'Deputy Director General, Head of the Department of Nuclear Safety Ingrid Lee': a second
                    # title with its department, then the name
                    j = after[0].e
                    after = _toks(text, j, min(len(text), j + 80))[:8]
                if after and after[0].w.lower() in ("of", "for", "de", "del") and not after[0].stop:
                    # "Ministra de Relaciones Exteriores Sofía Arce": the department, then the name
                    longer = _toks(text, j, min(len(text), j + 200))[:16]
                    stop = next((x for x, t in enumerate(longer) if t.stop), len(longer) - 1)
                    if longer[stop].comma:
                        stop += 1  # 'the Minister of Emergency Management, Ange ...': the department ends at the comma
                    k = department_end([t.w for t in longer[:stop + 1]], 0)
                    if not k and stop > 1 and longer[stop - 1].comma and (_place_lookup(
                            " ".join(t.w for t in longer[1:stop]).rstrip(",")) is not None or (
                            stop <= 4 and all(_is_cap(t.w) for t in longer[1:stop]))):
                        k = stop  # 'President of Turkmenistan, Supreme Commander-in-Chief ..., Army General X': the state;
                        # 'Friday Prayer Leader of Kerman, Hojatoleslam ... X': a town
                    k = self._department_list_end(longer, k)
                    while k + 1 < len(longer) and not longer[k].stop:
                        # '..., General of Brigade Ana Lee,': a rank before the name; 'Yang Berhormat Dato ...'
                        if (longer[k].w.lower(), longer[k + 1].w.lower()) in TITLE_PAIRS:
                            k += 2
                        elif longer[k].w.lower() in TITLE_WORDS or (
                                longer[k].w == "of" and k > 0 and longer[k - 1].w.lower() in TITLE_WORDS):
                            k += 1
                        else:
                            break
                    rest = longer[k:k + 8]
                    m = self._run_fwd(rest) if k else 0
                    if m and self._person(" ".join(t.w for t in rest[:m]), rest[0].s) is not None:
                        after = rest  # (not 'the director of the Bulgarian Antarctic Institute, Nikolai Stoyanov')
                after = _without_courtesy(after)  # 'Prime Minister Dr. the Hon. Garvin Liburd-Hanley'
                n = self._run_fwd(after)
                while n and after[0].w.lower() in TITLE_WORDS:  # "Prime Minister Keir Starmer"
                    after, n = after[1:], n - 1
                if n and not (j < len(text) and text[j] == ",") and not (
                        n == 1 and after[0].w.isupper() and text[after[0].s - 1:after[0].s] == "("):
                    # (not 'the Office of the Prime Minister (OPM)': a body's initials, not a name)
                    name = strip_title(" ".join(t.w for t in after[:n]))
                    ls = text.rfind("\n", max(0, i - 50), i) + 1
                    pre = [t.w.lower().removesuffix("’s").removesuffix("'s") for t in _toks(text, max(ls, i - 50), i)[-4:]]
                    title = set(pre) | {head}
                    cands.append((after[0].s, after[n - 1].e, name, title))
                elif not n and (of_named := self._of_body_named(j)) is not None:
                    cands.append((*of_named, {head}))  # 'the commander of the Fiji Navy, Capt. Ana Tui,'
                elif (not n and (the := low.rfind("the ", max(0, i - 40), i)) >= 0 and "," not in low[the:i] and j < pos
                      and not (j < len(text) and text[j] in ",)")
                      and not (text[the - 2:the] == ", " and _APPOSITIVE_TITLE.search(text[max(0, i - 120):i]))):
                    # "..., the armed forces minister told MPs." then "Daniel Okafor told the
                    # committee ...": a lede's unnamed title, named in the next sentences
                    named = _NAMED_NEXT.search(text, j, min(pos, j + 500))
                    if named is not None and self._person(named.group(1), named.start(1)) is not None and (
                            named.group(1).split(None, 1)[0].lower().rstrip(".") not in TITLE_WORDS - {head}):
                        # (not 'Director Kimberly Antoine-Frederick said': a title of her own)
                        ls = text.rfind("\n", max(0, i - 50), i) + 1
                        pre = [t.w.lower() for t in _toks(text, max(ls, i - 50), i)[-4:]]
                        cands.append((named.start(1), named.end(1), named.group(1), set(pre) | {head}))
                elif j < len(text) and (text[j] in ",)" or low.startswith((" of ", " at ", " for ", " who "), j) or (
                        text[j] == "." and _APPOSITIVE_TITLE.search(text[max(0, i - 120):i]))):
                    # (and 'Khalid Al-Muhannadi, the Qatari special envoy who negotiated ...' or '..., the envoy.')
                    # 'Kerem Aslan, the Turkish foreign minister, told ...', 'Nikolai Stoyanov, director
                    # of the Antarctic Institute, called ...': the name before the title
                    lo = max(0, i - 120)
                    ap = _APPOSITIVE_TITLE.search(text[lo:i])
                    who = None
                    if ap:  # the name may come after a sentence end ('... at NATO. Kerem Aslan, the ...')
                        run = ap.group(1).split()  # (not `words`: the title's words are read after the loop)
                        for k in range(len(run) - 1):
                            if self._person(" ".join(run[k:]), lo + ap.end(1) - len(" ".join(run[k:]))):
                                who = " ".join(run[k:])
                                break
                    if ap and who is None:
                        ap = None  # 'In Kiffa, the regional governor, Ahmed ...': a place, not the name
                    if ap:
                        title = {w.lower().removesuffix("’s").removesuffix("'s") for w in ap.group(2).split()} | {head}
                        cands.append((lo + ap.end(1) - len(who), lo + ap.end(1), strip_title(who), title))
                    elif n and after[n - 1].comma and self._person(" ".join(t.w for t in after[:n]), after[0].s):
                        # "Spain's defence minister, Lucía Ferrandis, said": the name after the title
                        ls = text.rfind("\n", max(0, i - 50), i) + 1
                        pre = [t.w.lower().removesuffix("’s").removesuffix("'s") for t in _toks(text, max(ls, i - 50), i)[-4:]]
                        cands.append((after[0].s, after[n - 1].e, strip_title(" ".join(t.w for t in after[:n])),
                                      set(pre) | {head}))
            i = nxt_i
        # 'the foreign secretary' is not 'the shadow foreign secretary' nor 'the former ...' (unless no one else
        # has the title), and 'the deputy foreign minister' is never the prime minister: a qualifier the
        # reference has, the title must have too
        same_office = [c for c in cands if not (c[3] & _OFFICE_QUALIFIERS) - set(words)]
        cands = [c for c in same_office or cands if set(words) & _OFFICE_QUALIFIERS <= c[3]]
        if not cands and (got := self._title_named_next(words, pos)) is not None:
            return got  # nobody had the title before: the next lines name it
        if not cands:
            # 'said Karim Haddad, who studies Red Sea security. The analyst called ...': nobody
            # was introduced with the title; the person just quoted, in the same paragraph
            if self.resolved and self.resolved[-1][1] == self.para_at(pos)[0] and \
                    0 < pos - self.resolved[-1][0] < 300 and self.resolved[-1][2] != UNATTRIBUTED:
                return (self.resolved[-1][2], self.resolved[-1][3])
            if head in _NATIONAL_PEOPLE and mods and all(self._is_demonym(m.capitalize()) for m in mods):
                return self._resolve_pronoun("one", pos, self.para_at(pos)[0])  # 'the Angolan diplomat': the last named
            if head == "diplomat" and not mods:
                # 'Foreign Ministry Spokeswoman Yelizaveta Korneyeva said ... the diplomat stressed': a
                # foreign ministry's spokesperson or an envoy, named by the trade
                for post in ("ambassador", "envoy", "consul", "spokeswoman", "spokesman", "spokesperson"):
                    got = self._title_ref([post], pos, abbreviated=False)
                    if got is not None and got[1] is not None and (not post.startswith("spokes") or "foreign" in low[
                            max(0, got[1][0] - 60):got[1][0]]):
                        return got
            return None
        cands.reverse()  # text order
        if dept:
            named = [c for c in cands if all(re.search(rf"\b{re.escape(w)}\b", low[max(
                c[0] - 120, low.rfind("\n", 0, c[0]) + 1):c[0]]) for w in dept)]  # (its own line)
            if named:
                return self._name_at(named[-1][2], named[-1][0])
        if mods:
            full = [c for c in cands if all(any(m[:4] == tw[:4] or _same_nation(m, tw) for tw in c[3]) for m in mods)]
            if full:
                c = full[-1]
                return self._name_at(c[2], c[0])
        elif len(words) > 1:
            # 'the prime minister': among several ministers, the one introduced as prime minister
            full = [c for c in cands if all(w in c[3] for w in words[:-1])]
            if full and len({c[2] for c in full}) == 1:
                return self._name_at(full[-1][2], full[-1][0])
        people = {c[2] for c in cands}
        c = cands[-1]
        if len(people) == 1:
            return self._name_at(c[2], c[0])
        if not mods and len(words) == 1 and (kept := self._handle_kept(head, cands)) is not None:
            return self._name_at(kept[2], kept[0])
        ps, _ = self.para_at(pos)
        prev = self.prev_para(ps)
        if pos - c[0] < 600 and c[0] >= (prev[0] if prev is not None else ps):
            # several ministers in the article, one named just before: "Defence Minister Ann Berg
            # said ... / “...,” the minister said"
            return self._name_at(c[2], c[0])
        seen = {}
        for c in cands:  # each one's last mention, by family name, before the reference
            sur = c[2].split()[-1]
            m = None
            for m in re.finditer(rf"\b{re.escape(sur)}\b", text[c[1]:pos]):
                pass
            seen[c[2]] = (c[1] + m.start() if m is not None else c[0], c)
        last, c = max(seen.values(), key=lambda v: v[0])
        if pos - last < 600:
            # "Greece's minister, Stavros Kalogeridis ... On Wednesday Lasserre-Gaudin called for ...
            # / the minister told AFP": the minister named last, by his family name
            return self._name_at(c[2], c[0])
        return None
