"""Pledges: who commits what, under what condition, how firmly.

One pass over the sentences that hold a commitment cue. Each sentence is cut
into clauses (", while", "; ", " but ", ", whereas", "preferring to",
"instead"), and each clause gives at most one pledge:

* actor  - the countries named before the clause's verb (not inside an
  "including ..." list, not after "for/to/with"), or a quantity phrase
  ("26 countries", "some nations", "others", "several coalition members",
  "the coalition", "European leaders"); a clause without an actor inherits the
  previous clause's ("Italy will not commit troops but is open to ...").
* kinds  - keywords mapped to KINDS ("land, sea and air" -> ground troops, sea,
  air; "air defence" is equipment); "other" when a commitment names no kind.
  Kinds after "rather than" are dropped.
* condition - the exact clause text after once / after / when / if / unless /
  until / as soon as / provided / awaiting / pending / should <Subject> /
  "the day ...", cut at the next comma, "before", "but".
* modality - refused (will not, declined, refused, ruled out ...), then
  conditional (a condition), considering (open to, may, could, hesitant,
  caution, to be finalized, likely, potentially ...), else firm.

Further rules (found by articles written blind):

* refusals that are commitments too: balk at, veto, reject the plan/mission;
  "will contribute A but no B" adds a refused pledge of B.
* a clause with no actor inherits the countries the sentence opens with
  ("Turkey, which ..., said it had no objection but was not ready to commit");
  a bullet "- Austria: ..." makes Austria the actor of its first clause.
* ", and <Capitalised subject> said/will ..." after a committing clause starts
  a new clause; a plain list ("Spain, Italy, and France will") is not cut.
* a relative clause between subject and verb is skipped ("China, which has
  troops in the U.N. mission, said it would provide"); a name after a
  preposition is still the actor of ", which have agreed to finance".
* passive or reported commitments belong to the speaking country ("Ugandan
  officials said that 800 soldiers would be dispatched"; "Kenya says a company
  of marines will guard the port").
* kinds: trainees and paid-for troops are not troops contributed ("the
  training of 2,000 police officers", "finance the deployment of troops");
  airlift/helicopters -> air; imagery/radar data -> intelligence;
  bankroll/underwrite/pay for/"£60m" -> funding; combat units, infantry,
  military engineers -> ground troops.
* "..., but only if/after X" is the condition of the clause before it.
* not commitments: "what they will provide", "was not invited to contribute",
  "shares a border" (share needs something shared).

Rules found by the blind3 articles:

* ", <Country> is/has/will ..." after a committing clause starts a new clause (not
  only ", and <Country> ..."); a plain list is still not cut;
* an appositive (", the bloc's largest economy,") between subject and verb is
  skipped like a relative clause;
* conditions inside a relative clause are not the pledge's; "only if ..." and a
  condition whose subject is capitalised ("if Berlin agrees") are kept
  whatever their event;
* "sent officials/delegations to the meeting" is attending, not contributing;
  "as observers" is not monitoring;
* "will add/host", "open its airspace/ports", "place its forces" are commitments
  (so "would not open/place ..." are refusals).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.core.countries import _GAP_LIST, _GAP_MID, HEADING_LINE, capital_code, country_name, name_code
from tui.core.countries import lookup as _country_lookup
from tui.core.models import CountryMention, Pledge
from tui.core.speakers import ORG_WORDS
from tui.core.sentences import BULLET, CAPACITY_VERB, CURRENCY_CODES, CURRENCY_SYMBOLS, DASH_ASIDE, DEMAND_OPENERS, DELIBERATION, FORMAL_STATE, GOVERNMENT_OF, GRANT_VERB, IN_CAPITAL, LOOKING_AT, MONEY_START, NOT_DONE, NOT_RULED_OUT, PAPER_HEADING, PARTNERS, REPORT_CREDIT, POST_SIGNATURE, SMALL_NUMBERS, STATE_BODY, TIME_STAMP, TITLE_ABBREV, WAR_END, YET_TO, is_title_case, trie_regex, link_lines, lowered, sentence_words, spells_initials, split_sentences, starting_with


def _forms(*verbs: str) -> set[str]:
    out = set()
    for v in verbs:
        out.add(v)
        base = v[:-1] if v.endswith("e") else v
        out.update({v + "s", v + "es", base + "ed", base + "ing", v + "d", v + "ed", base + "ies",
                    v + v[-1] + "ed", v + v[-1] + "ing"})
        if v.endswith("y"):
            out.update({v[:-1] + "ied", v[:-1] + "ies"})
    return out


# Words that make a sentence a pledge candidate (the regexes run only there): the words of
# _COMMIT here, and (below, where it is defined) every word of _EXTRA_WORDS.
_COMMIT_CUES = frozenset(_forms(
    "study", "assess", "analyse", "analyze", "reinforce", "review", "looking", "look", "willing",
    "pledge", "commit", "send", "deploy", "provide", "contribute", "train", "equip", "fund",
    "finance", "supply", "arm", "impose", "vow", "promise", "offer", "agree", "open", "ready",
    "prefer", "focus", "decide", "intensify", "tighten", "expand", "strengthen", "maintain",
    "keep", "plan", "signall", "patrol", "participate", "hesitate", "caution", "finalize",
    "finalise", "confirm", "negotiate", "share", "dispatch", "donate", "lend", "station",
    "earmark", "weigh", "consider", "airlift", "decline", "refuse", "assign", "allocate", "approve",
    "examine", "prepare", "receive", "evaluate", "present", "release", "transfer", "ship", "divert", "extend", "charter", "fly")) | {"flew", "flown", "available", "transferred", "transferring",
    "join", "sent", "lent", "hesitant", "hesitation", "likely", "anticipated", "willingness", "ruled", "ruling", "limited",
    "signaled", "signalled", "troops", "set", "second", "seconded", "pay"}  # ("will not pay any ransom")

# One pattern for these clause cuts:
#   ;  |  ,\s*while\s+  |  \s+while\s+(?=others|some|the\s+rest)  |  ,\s*whereas\s+  |  \s+whereas\s+
#   |  \s+but\s+<verb>\b  |  ,\s*(?=preferring\b|instead\b)  |  \s+and\s+(?=others\s)  |  ,\s*but\s+
#   |  ,\s*though\s+  |  \s+though\s+(?=\w)  |  ,\s*(?:adding|saying|...)\s+(?:that\s+)?
# written to open with one character class ([;,\s], the lookbehinds re-check which), so
# the engine skips to the next candidate in C. Same matches: each class keeps its
# alternatives in order, and "\s*" can only stop before the letter that follows it.
# "could not send a vessel but pledged £1 million": what it gave instead, a clause of its own
_GAVE_INSTEAD = ("pledged|pledges|promised|promises|gave|gives|sent|sends|donated|donates|provided|provides|"
                 "contributed|contributes|announced|announces|made\\s+available|handed\\s+over|allocated|earmarked|dispatched|lent|transferred|shipped|"
                 "grants|granted|confirmed|confirms|approved|approves|committed|commits")
_CLAUSE_SPLIT = re.compile(
    r"[;,\s](?:(?<=;)|"
    r"(?<=,)\s*(?:while\s+|whereas\s+|(?=preferring\b|instead\b|(?:weighs|mulls|considers|eyes)\s)|but\s+|though\s+|"
    r"(?:adding|saying|noting|stressing|warning|insisting)\s+(?:that\s+)?)|"
    r"(?<=\s)\s*(?:while\s+(?=others|some|the\s+rest)|whereas\s+|(?<=[–—]\s)but\s+|"
    r"but\s+(?:is|are|was|were|will|would|has|have|said|says|remains?|could|may|might|"
    r"plans?|prefers?|intends?|wants?|offered|offers)\b|but\s+(?:" + _GAVE_INSTEAD + r")\b(?!\s+(?:no|nothing)\b)|and\s+(?=others\s|"
    # "Greece has protested and several EU neighbours are still weighing": a new subject of its own
    r"(?:several|some|many|most|other|a\s+few|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}?(?:are|were|is|was|have|has|had|"
    r"will|would|remain|say|said)\b)|though\s+(?=\w)))")

_ORG_ACTORS = {"the european union": "European Union", "the eu": "European Union", "nato": "NATO",
               "the african union": "African Union", "the united nations": "United Nations",
               "the world bank": "World Bank", "ecowas": "ECOWAS", "the imf": "IMF",
               "the european commission": "European Commission", "unicef": "UNICEF", "unhcr": "UNHCR",
               "the world food programme": "World Food Programme", "the wfp": "World Food Programme",
               "wfp": "World Food Programme", "the asian development bank": "Asian Development Bank",
               "the african development bank": "African Development Bank"}
"""Organisations that pledge ("The European Union released €8 million"), by how an article
names them (lower case), and the name the pledge shows."""
_ORG_ALT = "|".join(r"\s+".join(map(re.escape, k.split())) for k in _ORG_ACTORS)

_QUANT_ACTOR = re.compile(  # applied to the lower-cased sentence
    r"\b((?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty(?:-\w+)?|thirty(?:-\w+)?|some|several|many|most|other|a few|few|all|"
    r"the remaining|both)(?:\s+of\s+(?:those|these|the|its))?\s+"
    r"(?:(?:coalition|allied|partner|european|member|western|participating|other)\s+)?"
    r"(?:countries|nations|states|members|allies|partners|governments|leaders|neighbou?rs))\b|"
    r"\b((?:some|others|the\s+rest|all\s+\d+|\d{1,3})(?=\s+(?:will|would|may|might|"
    r"could|have|has|are|plan|committed|pledged|agreed|said|to|commit|pledge|send|provide|"
    r"contribute|deploy|offer)\b))|"
    r"\b(the\s+coalition|the\s+alliance|the\s+group|european\s+leaders|leaders|"
    r"allies|europe|the\s+bloc|partners)\b|"
    # organisations that pledge: "The European Union released €8 million"
    # (not "The EU Agency for Cybersecurity (ENISA) has deployed": a body of its own)
    rf"\b({_ORG_ALT})\b(?!\s*['’]s)(?!\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:agency|office|fund|court|centre|center)\b)")
# Every _QUANT_ACTOR match starts with a digit or one of these letters (keep in sync):
# checking it first spares the alternation at the other word boundaries (same matches).
_QUANT_ACTOR = re.compile(r"(?=[\dabeflmnopstuw])(?:" + _QUANT_ACTOR.pattern + ")")
_QUANT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen some several many most other others few all "
    "remaining both rest coalition alliance group leaders allies europe bloc partners "
    "countries nations states members governments".split()) | {k.split()[-1] for k in _ORG_ACTORS}
_DIGIT = re.compile(r"\d")
_SPLIT_HINTS = (";", "while", "whereas", " but ", "preferring", "instead", " others", "though", ", weighs", ", mulls",
                ", considers", ", eyes",
                "adding", "saying", "noting", "stressing", "warning", "insisting")


_CURRENCY_NAMES = (r"euros|dollars|forints?|zlot(?:y|ys|ies)|kron(?:a|or|e|er)|yen|yuan|rupees?|shillings?|naira|"
                   r"dirhams?|riyals?|pesos?|francs?|dinars?|r[o]?ubles?|hryvnias?|tenge|lari|manats?|lei|leva|kunas?|"
                   r"baht|ringgits?|rupiahs?|taka|kyats?|birr|cedis?|kwachas?")
"""Money by its currency's name ("would not contribute a single forint", "25 mln rubles"): a pattern fragment."""
_CUT_OFF = (r"(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?)\s+(?:its\s+|their\s+|the\s+|[a-z]+\s+)?(?:airspace\s+to"
            # (not "closed its airspace to the shuttle": the relief flights themselves, blocked)
            r"(?!\s+(?:the\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:shuttles?|air\s+bridge|airlift|relief|aid|humanitarian|evacuation|"
            r"rescue|mercy|medevac|civilian|civil|commercial|traffic)\b)|"  # ('closed its airspace to civilian
            # traffic': a safety measure at home, no one cut off)
            r"(?:[\w-]+\s+){0,3}?(?:border\s+)?crossings?\s+to\s+(?:freight|trucks|lorries|traffic|goods|cargo))|"
            # "is weighing whether to suspend flights between Port Louis and Antananarivo": air links cut
            r"suspend(?:s|ed|ing)?\s+(?:all\s+)?(?:direct\s+|commercial\s+|passenger\s+)?flights\s+(?:to|between)\b")
"""A country cut off ("closed its airspace to Belarusian aircraft", "will shut the rail crossing to freight"): a
sanction, both the verb that commits and the kind it names; a pattern fragment."""
_CARGO_INSPECTED = (r"inspect(?:s|ed|ing)?\s+(?:every|all|each|the|any)\s+(?:[\w-]+\s+){0,2}?(?:containers?|cargo|"
                    r"shipments?|consignments?|trucks|lorries)")
"""An embargo enforced ("will inspect every Niger-bound container"): a sanction, verb and kind; a pattern fragment."""
_BORDER_GUARDS = r"(?:border|frontier)\s+guards"
"""Border guards as people sent, trained or worked with ('150 border guards', 'Latvian border guards'): the
house counts them with police, as ground troops when sent; a pattern fragment."""
_WHAT_IT_KNOWS = r"what\s+(?:it|they)\s+(?:knows?|has|have|learn\w*|found)"
_ROUGHLY = r"(?:about|some|another|around|nearly|more\s+than|over|up\s+to)\s+"
"""A count's hedge or addition ('around 300 paratroopers', 'another 40 medics'): a pattern fragment."""
_KNOWN = r"(?:(?:own\s+)?(?:(?:forensic|technical|threat|malware)\s+)?(?:findings|analys[ie]s)|knowledge|leads|evidence)"
"""What a state shares that is intelligence ('is sharing what it knows', 'will share its findings', 'has shared
its own forensic analysis of the code'): pattern
fragments for the commitment and for its kind."""
_KIND_RULES: list[tuple[str, re.Pattern]] = [
    ("equipment", re.compile(
        r"\b(?:(?<!-)equip\w*|weapon\w*|arms|arm\s+(?:new|the|its|their)\b|munitions?|ammunition|"
        r"air[- ]defen[cs]es?|missiles?|tanks|artillery|armou?red|hardware|supplying\s+arms|"
        r"military\s+(?:aid|equipment|hardware|supplies)|excavators?|bulldozers?|pumps|mobile\s+substations|pumpers|(?:shut-off|filtration|pumping|(?:oil-water\s+)?separation|decontamination|(?:body-|mobile\s+)?cooling|(?:water-)?misting)\s+(?:units?|towers?)|ambulances|buses|(?:flood|water)\s+barriers|(?:fire\s+)?retardants?|firefighting\s+foam|dispersants?|(?:absorbent|sorbent)\s+(?:pads|booms|materials?)|generators|generator\s+sets|(?:heavy|earth-moving|construction)\s+machinery|machines|vehicles|(?:rail(?:way)?\s+|coal\s+|freight\s+|open-top\s+(?:coal\s+)?)?wagons|locomotives|railcars|(?:underwater|remotely\s+operated)\s+vehicle|radios|trucks|"
        r"protective\s+(?:clothing|gear|suits)|helmets|body\s+armou?r|flak\s+jackets|"
        r"howitzers|mortars|rifles|rocket\s+launchers|(?:water\s+)?(?:purification|treatment)\s+(?:plants?|units?|systems?|stations?)|desalination\s+(?:plants?|units?|systems?|machines?)|(?:water[- ])?treatment\s+(?:plants?|units?)|(?:oil[- ]spill\s+|floating\s+|containment\s+|offshore\s+)+booms?|skimmers|(?:drilling\s+)?rigs|"
        r"doses|vaccines?(?!\s+(?:makers?|manufacturers?|companies))|(?<!explosive )devices|(?:mobile\s+|field\s+)?laborator(?:y|ies)(?!\s+(?:technicians?|staff|workers?|scientists?|experts?|specialists?|personnel|tests?|results?))|refrigerators|"
        r"(?:thermal[- ]imaging\s+|night[- ]vision\s+|surveillance\s+|infrared\s+)?(?:cameras|goggles|scanners|binoculars)|"
        r"sprayers|pesticides?|insecticides?|fire\s+(?:engines?|tenders?)|detectors|sensors|(?<!surveillance )(?<!reconnaissance )radars|dehumidifiers|(?:seismic|sensor|monitoring)\s+arrays?|prefabricated\s+(?:[\w-]+\s+)?(?:units|homes|houses|buildings|classrooms)|(?:housing|shelter)\s+(?:units|containers)|(?:space\s+|industrial\s+)?(?:heaters|dryers)|dosimeters|(?:early[- ])?warning\s+systems?|sirens|(?:solar\s+)?(?:lanterns|lamps)|oxygen\s+(?:plants?|concentrators|generators|cylinders)|(?:mobile|steel|metal|modular|portable|bailey|pontoon)\s+(?:(?:metal|steel)\s+)?bridges?|(?:life\s+)?rafts|"
        r"life\s+(?:jackets|vests|buoys)|(?:testing|test)\s+kits|(?:water\s+)?bowsers|chainsaws|(?:sonar|survey|diving|rescue|detection|firefighting|search)(?:\s+[a-z]+)?\s+gear|gauges|cranes|(?:distribution\s+|power\s+)?transformers|"
        r"breathing\s+apparatus|robots|(?:monitoring|measuring|weather|radiation)\s+(?:stations|equipment|devices|instruments)|"
        # "two portable jammers", "a detection-and-jamming system", "a drone-tracking system", "its technology"
        r"(?:satellite\s+|mobile\s+)?phones|(?:solar\s+)?chargers|solar\s+panels|laptops|computers|tablets|"
        r"jammers|(?:software|[\w-]*(?:protection|security|antivirus)[\w-]*)\s+licen[cs]es|(?:[\w]+-)?(?:detection|tracking|jamming|counter-drone|anti-drone)(?:-and-[a-z]+)?\s+(?:systems?|equipment|units?|kits?)|"
        r"(?<=the\s)technology|(?<=its\s)technology|(?<=their\s)technology)\b")),
    ("ground troops", re.compile(
        r"\b(?:troops?|soldiers|(?:single|lone|any)\s+soldier|servicem[ae]n|servicewomen|service\s+members|marines|(?<!former )" + _BORDER_GUARDS + r"|paratroopers|commandos|legionnaires|(?:counter-)?snipers?(?:\s+teams?)?|carabinieri(?!\s+(?:instructors|trainers))|special\s+forces|(?<!'s border )(?<!’s border )(?<!'s )(?<!’s )(?<!to )police(?!\s+(?:monitors?|observers?|trainers?|instructors?|advisers?|advisors?|mentors?|academy|academies|college|school|training|reform|posts?|stations?|headquarters|barracks|vehicles|cars|equipment|uniforms|radios|stocks?|stockpiles?|stores|depots?|warehouses?|inventor(?:y|ies)|budgets?))(?:\s+officers)?|gendarm\w*|guardia\s+civil(?=\s+(?:units?|officers|agents|teams?|detachments?|contingents?|personnel|members)\b)|carabineros(?!\s+(?:academy|school|college|training|headquarters|base)\b)|boots on the ground|ground forces|land forces|contingents?|"
        r"combat\s+(?:units?|troops|forces|engineers)|infantry|(?:motori[sz]ed|mechani[sz]ed|rifle)\s+(?:compan(?:y|ies)|battalions?|platoons?)|(?:engineers|medics|specialists|units?|teams?|detachments?|compan(?:y|ies)|sections?|platoons?|squads?|hospitals?)\s+(?:from|of)\s+(?:the\s+|its\s+)?"
        r"(?:[\w'’-]+\s+){0,3}?(?<!civil )(?:(?:self-)?defen[cs]e\s+forces?|armed\s+forces|army(?!\s+corps))\b|members\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?<!civil )(?:defen[cs]e\s+forces?|armed\s+forces|army)\b|hospital\s+(?:run|staffed|operated)\s+by\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:armed\s+forces|army|military)\b|(?:military|army(?!\s+corps\s+of\s+engineers)|combat|(?<!civil )defen[cs]e\s+forces?|(?:armed|military)\s+forces)['’]?\s+(?:(?!training\s|mentoring\s|to\s)[\w-]+\s+){0,3}?(?:engineers|specialists|experts|de-?miners|sappers|medics|doctors|nurses|surgeons|units?|teams?|compan(?:y|ies)|members|hospitals?(?!\s+ships?))|"
        r"peacekeep\w*|seabees|on land|land(?=,|\s+and\b|\s+or\b)|battalions?|(?<!medical )brigades?\s+to|(?<!rescue )(?<!medical )(?<!civilian )(?<!relief )(?<!health )(?<!aid )personnel(?!\s+carriers?)|"
        r"military presences?|keep a presence|(?<!air )(?<!naval )(?<!ian )(?<!ese )(?<!ish )(?<!armed )(?<!local )"
        r"(?<!equip )(?<!train )(?<!national )(?<!partner )(?<!government )(?<!security )(?<!'s )(?<!’s )"
        r"(?<!its )(?<!their )(?<!own )forces(?!\s+(?:the|a|an|its|their|them|us|him|her|people)\b))\b")),
    ("air", re.compile(
        r"\b(?:air\s+(?:support|policing|power|patrols?|cover|(?:self-defen[cs]e\s+)?forces?|assets)|airpower|aerial|"
        r"fighter\s+jets?|jets|aircraft|warplanes|drones?(?!\s+(?:imagery|footage|images|video|data|feeds?)\b|-(?:tracking|detection|jamming)\b)|"
        # "four F-16 fighters", "five Eurofighters" (not "rebel fighters", "firefighters")
        r"(?:(?:[a-z]{1,3}-?\d{1,3}[a-z]?|jet|multirole|multi-role|stealth|combat|interceptor)\s+)fighters?|eurofighters?|"
        r"gripens?|rafales?|f-\d{1,2}[a-z]?s|mig-\d{2}s?|su-\d{2}s?|tornado(?:es|s)\b|(?:super\s+)?hornets|raf\b|sorties|airdrops?|air\s+drops?|(?:transport\s+|cargo\s+)?planes?\b|helicopters?|air\s+tankers?|water\s+bombers?|canadairs?|airlift\w*|air\s+lift|in the air|air(?=,|\s+and\b|\s+or\b)|"
        r"(?<=and )air\b|(?<=or )air\b|(?<=, )air\b|luftwaffe|medevac|air\s+ambulances?|(?:counter|anti)-(?:drone|uas|aircraft)\s+(?:teams?|detachments?|crews?)|"
        r"(?<!its\smaritime\s)(?<!their\smaritime\s)(?<!from\sits\s)(?<!from\stheir\s)"  # (not "imagery from its
        r"(?:surveillance|reconnaissance|patrol|spotter|observation)\s+flights?\b)")),  # maritime surveillance flights")
    ("sea", re.compile(
        # (naval commandos and naval infantry are troops, not ships)
        r"\b(?:naval(?!\s+(?:patrol\s+)?(?:aircraft|planes?|helicopters?|jets?)|\s+(?:special\s+(?:forces|operations)\s+)?"
        r"(?:commandos|infantry|special\s+forces)\b)|navy|navies|sea\b(?!\s+(?:coast\w*|shores?|level|floor|bed|breeze))|seas\b|"
        r"maritime(?!\s+(?:patrol\s+|surveillance\s+)?(?:aircraft|planes?|helicopters?|drones?|flights?|surveillance)|\s+(?:safety|authority|administration|"
        r"organi[sz]ation|law|boundar\w+|claims?|disputes?))|warships?|frigates?|ships?\b(?!-)|vessels?\b(?!-)|"
        r"destroyers?|corvettes?|submarines?|minesweep\w*|minehunt\w*|patrol\s+boats?|icebreakers?|cutters?|at sea|"
        # "join patrols on the southern end of the lake": patrols on water are boats
        r"patrols?\s+(?:on|of|across|along|in)\s+(?!(?:its|their|the|our)\s+(?:own\s+)?(?:side|bank)\s+of\b)(?:the\s+)?"
        r"(?:[\w-]+\s+){0,4}?(?:lake|river|lagoon|estuary|waters)\b|"  # (not "patrols on its side of the river": land)
        r"fire\s?boats?|(?:firefighting\s+|salvage\s+|ocean-going\s+)?tug(?:boat)?s?|dredgers?|"
        r"(?:clearance|mine[- ]clearance|navy|naval)\s+divers|anti-piracy\s+(?:unit|task\s+force|flotilla|squadron|patrols?)|(?<=its\s)coast\s?guard|(?<=their\s)coast\s?guard|"
        # a warship by its hull number: "FS Bretagne (D 655)", "HS Kountouriotis (F 462)"
        r"(?<=\()(?:f|d|l|p|a|ffg|ddg|lhd|lpd|lha)\s?\d{2,4}(?=\)))\b")),
    # ("trains 300 officers", "will train", not "two of its rescue trains with 24 crew members", "a freight train")
    ("training", re.compile(r"\b(?:train(?:ed|ing)|(?<!freight\s)(?<!cargo\s)(?<!passenger\s)(?<!a\s)(?<!the\s)(?<!relief\s)"
                            r"train(?!\s+(?:carrying|loaded|laden|wagons?|cars?|stations?|lines?|tracks?)\b)|trains(?=\s+(?:\d|a|an|the|its|their|local|some|about|up|more|"
                            r"[a-z]+\s+(?:officers|soldiers|troops|police|forces|personnel|staff|pilots|medics)))|"
                            # (not "3000 treatment courses of a monoclonal antibody": doses of a medicine)
                            r"instructors?|trainers?|academy|(?<!treatment\s)(?<!antibiotic\s)(?<!drug\s)courses?|workshops?|"
                            # "places for 20 Romanian officers at the diving school"
                            r"(?:places|seats|slots)\s+for\s+(?:about\s+|some\s+|up\s+to\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:officers|students|"
                            r"cadets|trainees|soldiers|pilots|divers|police))\b")),
    ("intelligence", re.compile(r"\b(?:intelligence|surveillance|reconnaissance|(?:satellite\s+)?imagery|(?:drone\s+)?footage|"
                                # "hourly satellite hotspot maps"
                                r"satellite\s+(?:[\w-]+\s+){0,2}?(?:readings|data|images|pictures|maps|monitoring)|(?:ais\s+)?tracking\s+data|"
                                # "access to images of the border area from its earth-observation satellite"
                                r"(?:images|pictures|photographs|data)\s+(?:of\s+[^.;]{1,60}?\s+)?from\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?satellites?|"
                                r"radar\s+(?:data|pictures?|feeds?|tracks?)|indicators\s+of\s+compromise|iocs|"
                                # "will share data from their own drone-tracking networks"
                                r"(?:shar(?:e|es|ed|ing)|exchang(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,2}?(?:data|information)|"
                                # "a shared early-warning network that flags suspicious traffic": alerts passed on
                                r"(?:shared\s+)?early[- ]warning\s+(?:network|alerts?|data|information|feeds?)|"
                                # "is sharing what it knows about the group", "will share its findings"
                                r"shar(?:e|es|ed|ing)\s+(?:" + _WHAT_IT_KNOWS + r"|(?:its|their)\s+" + _KNOWN + r")|"
                                r"(?:intercepted\s+)?(?:telephone|phone|radio|mobile)\s+(?:traffic|intercepts)|intercepts|"
                                r"(?:minefield|mine-danger|mine)\s+(?:records|maps|data|charts)|"
                                # "asked Tehran for its logs": records of a network's traffic, evidence to share
                                r"(?:(?:its|their)\s+(?:own\s+)?|server\s+|network\s+|access\s+|traffic\s+|connection\s+)logs)\b")),
    ("funding", re.compile(
        r"(?:\b(?:fund(?:s|ed|ing)?|financ\w*|money|loans?|budget|bankroll\w*|underwr\w+|ransoms?|"
        r"cash\s+(?:payments?|transfers?|assistance|grants?|vouchers?)|"
        # (not "once the authorities grant it landing clearance")
        r"grants?(?!\s+(?:it|them|him|her|us|permission|access|clearance|approval|asylum|visas?|landing|overflight)\b)|"
        r"pay(?:s|ing)?\s+(?:for|towards?|into)\b|paid\s+(?:for|towards?|into)\b|"
        # ('have contributed to the flash appeal', 'paid into the appeal'): money for an appeal or a fund
        r"(?:contribut\w+|donat\w+|gave|giv(?:e|es|en|ing))\s+(?:generously\s+)?to\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:appeal|fund|trust\s+fund)\b|(?:flash|humanitarian|emergency|donor|relief)\s+appeals?\b|(?:share|cost)s?\s+of\s+the\s+costs?|"
        r"(?:billion|million|mln|bln|crores?|lakhs?)(?!\s+(?:doses|people|tonnes|tons|litres|liters|hectares|vaccines|refugees|"
        r"children|residents|barrels|shots|meals|rounds|shells)\b)|"
        # "would not contribute a single forint": money by its currency's name
        + _CURRENCY_NAMES + r")\b|" + MONEY_START + r"|(?<![a-z\d])\d[\d.,]*\s?(?:bn|m|mn|mln)\b)")),  # (not an 'A400M')
    ("monitoring", re.compile(r"\b(?:(?<!-)(?<!fighting )(?<!water )monitor\w*\b(?!\s+(?:equipment|devices|sensors|kits|instruments)\b)|"
                              r"(?<!as )observers?(?!\s+status)|observation mission)\b")),
    ("sanctions", re.compile(
        r"\b(?:sanction\w*|embargo\w*|economic\s+pressure|tariffs?|asset[\s-]freez\w*|(?:visa|travel|export|import|leasing|flight|"
        r"overflight|landing|entry|trade|arms|oil|gas)\s+(?:bans?|restrictions)|blacklist\w*|(?:froze|frozen|freez\w*)\s+"
        r"(?:the\s+|two\s+|three\s+|\d+\s+)?(?:[\w'’-]+\s+){0,2}?(?:assets|(?:bank\s+)?accounts|holdings)|(?:restrictive|punitive|retaliatory|eu|u\.s\.|american|british|western)\s+measures|"
        + _CUT_OFF + "|" + _CARGO_INSPECTED + r")\b")),
]

_IN_EVERY_WORD = frozenset({"ro", "sr", "sh"})
"""Currency codes too common inside words ("from", "patrol", "ship") to gate the funding regex: their sums
("SR750 million", "RO 1.4bn") still trigger it by their "million" or "bn"."""
# cheap substring triggers: a kind's regex runs only when one of them is in the clause
_KIND_TRIGGERS = {
    "equipment": ("equip", "weapon", "arm", "munition", "ammunition", "defen", "missile", "tank",
                  "artiller", "hardware", "excavat", "bulldoz", "pump", "generator", "machine", "dose", "vaccin", "vehicle", "wagon", "locomotiv", "railcar",
                  "radio", "truck", "laborator", "refrigerat", "device", "protective", "helmet", "howitzer",
                  "mortar", "rifle", "rocket", "purification", "desalination", "treatment", "boom", "skimmer", "rig", "camera", "goggle", "scanner", "binocular",
                  "sprayer", "pesticide", "insecticide", "engine", "tender", "detector", "sensor", "radars", "dehumidif", "heaters", "dryers", "array", "prefabricated", "housing", "shelter", "dosimeter", "kits", "bowser", "bridge", "raft", "life", "chainsaw", "gear", "gauge", "oxygen", "warning", "siren",
                  "crane", "breathing", "transformer", "robot", "stations", "jammer", "system", "technology",
                  "phone", "charger", "panel", "laptop", "computer", "tablet", "licen", "shut-off", "filtration", "separation", "decontamination", "cooling", "misting", "ambulance", "buses", "barrier", "dispersant", "sorbent", "lantern", "lamp", "retardant", "foam"),
    "ground troops": ("troop", "soldier", "marine", "paratroop", "commando", "legionnaire", "sniper", "police", "carabinieri", "gendarm", "guardia", "carabineros", "officer", "boots",
                      "ground", "land", "contingent", "peacekeep", "battalion", "brigade", "motori", "mechani", "rifle",
                      "personnel", "presence", "force", "combat", "infantry",
                      "engineer", "army", "militar", "seabee", "servicem", "servicew", "service m", "guards"),
    "air": ("air", "aerial", "jet", "aircraft", "warplane", "helicopter", "bomber", "plane", "drone", "canadair",
            "fighter", "gripen", "rafale", "f-", "mig-", "su-", "tornado", "hornet", "raf", "sortie",
            "luftwaffe", "medevac", "flight"),
    "sea": ("naval", "nav", "sea", "maritime", "ship", "frigate", "vessel", "destroyer", "icebreaker", "cutter", "boat", "tug",
            "corvette", "submarine", "minesweep", "minehunt", "patrol", "dredger", "divers", "coast", "piracy",
            "(f", "(d", "(l", "(p", "(a"),
    "training": ("train", "instructor", "academy", "course", "workshop", "places", "seats", "slots"),
    "intelligence": ("intelligence", "early", "surveillance", "reconnaissance", "imagery", "radar", "footage", "indicators", "iocs", "satellite", "tracking", "shar", "exchang",
                     "traffic", "intercept",
                     "mine", "logs"),
    "funding": ("fund", "financ", "money", "loan", "grant", "budget", "billion", "cash", "ransom",
                "million", "euro", "dollar", "bankroll", "underwr", "pay", "paid", "cost", "appeal", "bn", "forint", "zlot", "crore", "lakh",
                "kron", "yen", "yuan", "rupee", "shilling", "naira", "dirham", "riyal", "peso", "franc", "dinar",
                "mln", "bln", "mn", "ruble", "rouble", "hryvni", "tenge", "lari", "manat", "lei", "leva", "kuna", "baht",
                "ringgit", "rupiah", "taka", "kyat", "birr", "cedi", "kwacha",
                *CURRENCY_SYMBOLS, *(c for c in CURRENCY_CODES if c not in _IN_EVERY_WORD)),  # the starts of
    # sentences.MONEY_START ("Dh55", "Rs 500")
    "monitoring": ("monitor", "observ"),
    "sanctions": ("sanction", "embargo", "economic", "tariff", "asset", "froze", "frozen", "freez", "ban", "restriction",
                  "blacklist", "measures", "airspace", "crossing", "inspect", "suspend"),
}

# one pass (a prefix-factored pattern, every start position) finds which kinds'
# regexes are worth running
_TRIGGER_KINDS: dict[str, set[str]] = {}
for _k, _v in _KIND_TRIGGERS.items():
    for _t in _v:
        _TRIGGER_KINDS.setdefault(_t, set()).add(_k)
_ALL_TRIGGERS = re.compile("(?=(" + trie_regex(list(_TRIGGER_KINDS)) + "))")


_KIND_RX = dict(_KIND_RULES)
_ASSET_PEOPLE = re.compile(r"\b(?:helicopter|aircraft|aviation|air|plane|drone|ship|vessel)\s+(?:managers?|staff|"
                           r"technicians?|mechanics?)\b")
_AIR_CREWS = re.compile(r"\b(?:helicopters?|aircraft|planes|jets)\s+(?:and|with)\s+(?:about\s+|some\s+)?(?:\d[\d,]*\s+)?"
                        r"(?:air\s+force\s+|aviation\s+)?personnel\b")
"""Aircraft named with the people who fly and keep them ('three helicopters and 110 air force personnel')."""
_POLICE_RECIPIENT = re.compile(r"\b(?:to|for)\s+(?:(?:advise|train|support|assist|help|mentor|equip)\s+(?:the\s+)?|the\s+)(?:[\w-]+\s+){0,2}?"
                               r"(?:police|gendarmerie|gendarmes|" + _BORDER_GUARDS + r"|(?:border|security|army)\s+troops|"
                               r"inspectorate\s+of\s+police)\b")
"""Police or troops who receive the goods ('to the Chadian gendarmerie', 'to the Tajik Border Troops')."""
_CARRIER = re.compile(r"\b(?:chartered\s+|civilian\s+|commercial\s+)?(?:cargo\s+)?(?:planes?|aircraft|flights?)"
                      r"(?=\s+(?:with|carrying|loaded\s+with|full\s+of)\s)|"
                      r"\b(?:on|aboard|by)\s+(?:an?\s+|two\s+|three\s+)?(?:chartered|civilian|commercial)\s+(?:cargo\s+)?"
                      r"(?:planes?|aircraft|flights?|jets?)\b")
"""An aircraft named only as what carried the goods ('a cargo plane with tents', 'on a chartered cargo plane'): the
means of delivery."""
_MODEL = r"(?:[A-Z]{1,3}-\d|[A-Z]{1,3}-?\d{2}|[A-Z][a-z]-\d)\d{0,3}[A-Z]?"
"""An aircraft's model: 'C-130', 'P-8A', 'A400M', 'Il-76'."""
_MILITARY_AIR = re.compile(r"\b(?:air\s+force|military|army|navy|naval|armed\s+forces|defen[cs]e\s+forces?)\b|"
                           rf"\b(?i:{_MODEL})\b")
"""What makes an aircraft an air contribution: its service, or a model ('c-130', 'il-76')."""


_DRONE_TEAM = re.compile(r"\b(?<!counter-)(?<!anti-)drones?\s+(?:search\s+|rescue\s+|survey\s+|mapping\s+)?(?:teams?|crews?|operators|pilots)\b")
_NAVAL_BODY = re.compile(r"\bfrom\s+(?:its|the|their)\s+naval\s+(?:[\w-]+\s+){0,4}?(?:service|institute|office|observatory|facilit(?:y|ies))\b")
# "will train boarding officers at the naval base in Lagos": where, not what is given
# and "samples analysed at the Spiez laboratory": where, not what is sent
_AT_PLACE = re.compile(r"\b(?:at|in|from)\s+(?:the\s+|its\s+|their\s+)?(?:(?:[\w-]+\s+)?(?:naval|navy|air|military|army)\s+"
                       r"(?:base|station|academy|college|school|dockyard|headquarters)|(?:[\w-]+\s+){0,2}laborator(?:y|ies))\b")
_ASSET_OWNER = re.compile(r"\b(?P<asset>helicopters?|aircraft|planes?|jets?|ships?|vessels?|boats?|drones?)\s+of\s+(?:"
                          r"[^,;]{2,60},\s+the\s+[^,;]{2,100},|"
                          r"(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:police|carabineros|carabinieri|gendarmerie|guardia\s+civil)"
                          r"(?:\s+(?:police|force|service))?\b)")
"""Assets, then their owner: a unit with a phrase that says what it is ('... of Joint Task Force-Bravo, the US military
unit ...,'), or the police force that flies or sails them ('two helicopters of the Carabineros police'). The assets
are lent; no soldiers or police officers are sent."""
_OWNER_HINTS = (", the ", "police", "carabin", "gendarm", "guardia")


_FOR_THEIR_AIRCRAFT = re.compile(r"\bfor\s+(?:(?:its|their)\s+(?:own\s+)?|(?:the\s+)?[a-z]+(?:ian|ese|ish|i)\s+)"
                                 r"(?:aircraft|planes|helicopters)\b")
_INTEL_SOURCE = re.compile(r"\b(?P<what>intelligence|data|information|imagery|footage|tracks)\s+from\s+(?:its|their|the)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:police|army|armed\s+forces|forces|coast\s?guard|border\s+guards?)\b")
"""Where shared intelligence comes from ('intelligence from its river police'): the source, not people sent."""
_JOINS_WITH_OWN = re.compile(r"\bjoin\w*\s+[^,;.]{0,40}?\bwith\s+(?:its|their)\s+own\b")
_GIFTED_VESSEL = re.compile(r"\b(?:donat\w*|lend|lends|lent|lending|loan\w*|gift\w*|hand\w*\s+over|transferr?\w*|sell|sells|"
                            r"sold|decommissioned|retired|second-hand|surplus|refurbished)\s+(?:[\w-]+\s+){0,4}?"
                            r"(?:boats?|vessels?|ships?|cutters?|launches|corvettes?|frigates?)\b")
"""Vessels given to another state, not sailed by the giver's navy ('lend two river patrol boats', 'offered two
decommissioned corvettes': a navy's old hulls change hands)."""
_OWN_KIT = re.compile(r"\bwith\s+(?:its|their)\s+own\s+[^,;.]{2,80}")
"""What the people or assets sent bring and use themselves ('a team ... with its own radar and jamming equipment'):
not a gift."""
_FITTED_WITH = re.compile(r"\b(?P<asset>frigates?|warships?|ships?|vessels?|corvettes?|destroyers?|aircraft|planes?|"
                          r"helicopters?)\s+(?:fitted\s+|equipped\s+)?with\s+(?:an?\s+|its\s+|their\s+)?"
                          r"(?:[\w-]+\s+){0,2}?(?:radars?|sonars?)\b")
"""A ship or aircraft with the radar it carries ('a frigate with air-surveillance radar'): the asset is the
contribution. (Drones 'with thermal cameras' stay equipment: the cameras say they are handed over as kit.)"""
_AIR_DEFENCE_TEAM = re.compile(r"\b(?:counter|anti)-(?:drone|uas|aircraft)\s+(?:teams?|detachments?|crews?)\s+of\s+"
                               r"(?:about\s+|some\s+)?\d[\d,]*\s+(?:[\w-]+\s+){0,3}?(?:personnel|soldiers|troops|airmen|specialists)\b")
"""People counted as a counter-drone team ('a counter-drone team of 35 RAF Regiment personnel'): the system's
operators, an air contribution (round 84's gold), not ground troops."""
_AIR_DEFENCE_UNIT = re.compile(r"\b(?:(?:ground-based|mobile|short-range|long-range|medium-range)\s+)?air[- ]defen[cs]e\s+"
                               r"(?:systems?|batter(?:y|ies)|units?)\b")
_HANDED_OVER = re.compile(r"\b(?:deliver|donat|hand|gift|provid|suppl|transfer|sell|sold|ship|buy|bought|financ|fund|pay|"
                          r"purchas|procur|equip|lend|lent|loan)")
_STRANDED_AT_SEA = re.compile(r"\b(?:stranded|adrift)\s+(?:at|on\s+the|in\s+the)\s+seas?\b")
_AIRSPACE_CLOSED_TO = re.compile(r"\bairspace\s+to\s+(?:[\w-]+\s+){0,5}?(?:aircraft|flights|planes|airlines|carriers|jets)\b")
_AIR_DEFENCE_FORCES = re.compile(r"\bair\s+(?:and\s+air\s+)?defen[cs]e\s+forces\b")
_CIVIL_BODY = re.compile(r"\b(?:civil\s+(?:defen[cs]e|protection)|rescuers|firefighters|fire\s+(?:and\s+rescue\s+)?service|"
                         r"doctors|medics|red\s+(?:cross|crescent))\b")
_MILITARY_WORD = re.compile(r"\b(?:military|army|armed|soldiers|troops|marines|navy|air\s+force)\b")


def _kinds_union(*lists: list[str]) -> list[str]:
    """The kinds of all `lists`, once each, in DESIGN.md's order."""
    return [k for k in _ORDER if any(k in kinds for kinds in lists)]


_INQUIRY_OBJECT = re.compile(r"\bto\s+(?:help\s+)?(?:trace|identify|investigate|examine|track\s+down)\s+"
                            r"(?:the|where|who|how|its|their)\b[^,;.]{0,60}")
"""What experts sent look into ('to help trace the rifles'): not what is given."""


_HOLD_BACK = r"froze|frozen|freez\w*|suspend\w*|withh[oe]ld\w*"
"""Verbs that hold money or a measure back ('freezing', 'suspended', 'withheld'): a pattern fragment."""
_AID_FROZEN = re.compile(r"\b(?:" + _HOLD_BACK + r")\s+(?:the\s+|its\s+|their\s+|all\s+)?"
                         r"(?:[^\s.;]+\s+){0,4}?(?:in\s+|of\s+)?(?:budget\s+support|(?:development|military|financial|"
                         r"direct|bilateral)\s+(?:aid|assistance)|disbursements?|loans?)\b")
"""Aid held back from a government ('freezing 48 million euros in budget support to Kinshasa'): a sanction."""


def _kinds_in(phrase: str) -> list[str]:
    """The kinds a lower-cased phrase names, in DESIGN.md's order ([] for none)."""
    maybe: set[str] = set()
    if "manag" in phrase or "staff" in phrase or "technic" in phrase or "mechanic" in phrase:
        phrase = _ASSET_PEOPLE.sub(" ", phrase)  # "helicopter managers" are people, not helicopters
    if "naval " in phrase and " from " in phrase:
        phrase = _NAVAL_BODY.sub(" ", phrase)  # "experts from its naval hydrographic and oceanographic service":
        # who they work for, not ships
    if "drone" in phrase:
        phrase = _DRONE_TEAM.sub(" team ", phrase)  # "a drone search team from its civil contingencies agency": people
    if "for " in phrase and ("aircraft" in phrase or "planes" in phrase or "helicopters" in phrase):
        phrase = _FOR_THEIR_AIRCRAFT.sub(" ", phrase)  # "fire retardant for israeli aircraft": what it is for
    if "defen" in phrase and "forces" in phrase:
        phrase = _AIR_DEFENCE_FORCES.sub("air force", phrase)  # "helicopters of the kazakh air defense forces": the
        # service that flies them, not air-defence systems nor ground forces
    if "contingent" in phrase and _CIVIL_BODY.search(phrase) and not _MILITARY_WORD.search(phrase):
        phrase = phrase.replace("contingent", "team")  # "the contingent of the singapore civil defence force": rescuers
    if " base" in phrase or "laborator" in phrase or "academy" in phrase or "school" in phrase or "college" in phrase:
        phrase = _AT_PLACE.sub(" ", phrase)  # "at the naval base in lagos", "at the spiez laboratory": where
    if " of " in phrase and any(h in phrase for h in _OWNER_HINTS):
        phrase = _ASSET_OWNER.sub(r"\g<asset> ", phrase)  # "helicopters of joint task force-bravo, the us military
        # unit based at soto cano,", "two helicopters of the carabineros police": who owns them, not who is sent
    if " from " in phrase and ("police" in phrase or "army" in phrase or "forces" in phrase or "guard" in phrase):
        phrase = _INTEL_SOURCE.sub(r"\g<what> ", phrase)  # "intelligence from its river police": who gathers it
    if " own " in phrase and not _JOINS_WITH_OWN.search(phrase):
        phrase = _OWN_KIT.sub(" ", phrase)  # "with its own radar and jamming equipment": theirs, not given
        # (but "will join the escorts with its own navy boats": what it joins with is its part)
    if " with " in phrase:
        phrase = _FITTED_WITH.sub(r"\g<asset> ", phrase)  # "a frigate with air-surveillance radar": the ship
    if "defen" in phrase and not _HANDED_OVER.search(phrase):
        phrase = _AIR_DEFENCE_UNIT.sub(" air cover ", phrase)  # "weighing a request for a mobile air-defence battery":
        # a system its own crews would run, not a gift (round 84 and 85's gold; 'deliver three systems' stays equipment)
    if " sea" in phrase and ("stranded" in phrase or "adrift" in phrase):
        phrase = _STRANDED_AT_SEA.sub(" ", phrase)  # "2,000 rohingya stranded at sea": who they are, not ships
    if "airspace" in phrase:
        phrase = _AIRSPACE_CLOSED_TO.sub("airspace to ", phrase)  # "closed its airspace to belarusian aircraft": a
        # sanction, not aircraft sent
    if ("plane" in phrase or "aircraft" in phrase or "flight" in phrase) and not _MILITARY_AIR.search(phrase):
        phrase = _CARRIER.sub(" ", phrase)  # "a cargo plane with tents" carries relief goods, it is not 'air'
    if "trac" in phrase or "identif" in phrase or "investigat" in phrase or "examin" in phrase:
        phrase = _INQUIRY_OBJECT.sub(" ", phrase)  # "experts to help trace the rifles": what they look into
    if "froz" in phrase or "freez" in phrase or "suspend" in phrase or "withh" in phrase:  # (`_HOLD_BACK`'s stems)
        phrase = _AID_FROZEN.sub(" sanctions ", phrase)  # "freezing 48 million euros in budget support": money held
        # back as a penalty, not money given
    for t in _ALL_TRIGGERS.finditer(phrase):
        maybe |= _TRIGGER_KINDS[t.group(1)]
    kinds = [k for k, rx in _KIND_RULES if k in maybe and rx.search(phrase)]
    if "sea" in kinds and "equipment" not in kinds and _GIFTED_VESSEL.search(phrase):
        kinds.append("equipment")  # "to lend two river patrol boats": boats handed to another navy are kit too
    if "equipment" in kinds and "air" in kinds and not _AIR_PROPER.search(phrase):
        kinds.remove("air")  # "air defence systems" are equipment, not an air contribution
    if "ground troops" in kinds:
        # people who are not sent as troops: "radios to the Bougainville police" (they receive them), "three
        # Mi-171 helicopters and 110 air force personnel" (the aircraft's crews)
        rest = _POLICE_RECIPIENT.sub(" ", phrase)
        if "air" in kinds:
            rest = _AIR_DEFENCE_TEAM.sub(" ", _AIR_CREWS.sub(" ", rest))
        if rest != phrase and not _KIND_RX["ground troops"].search(rest):
            kinds.remove("ground troops")
    return [k for k in _ORDER if k in kinds]

# "without offering", "without, so far, offering": what comes next is not given (one lead-in for the
# verb that is skipped and for the backer whose support comes with nothing)
_NOT_RULED_OUT = re.compile(rf"\b{NOT_RULED_OUT}")
_WITHOUT_LEAD = r"without\s*,?\s*(?:(?:so\s+far|yet|as\s+yet|for\s+now|actually|ever)\s*,?\s*)?"
_OFFER_WITHDRAWN = r"withdr(?:aw|aws|ew|awn|awing)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:offer|pledge|promise|commitment)"
"""An offer taken back ('had withdrawn the offer', 'withdrew its pledge'): a pattern fragment."""
_REFUSED = re.compile(
    r"\b(?:will\s+not|won['’]t|would\s+not|wouldn['’]t|not\s+to|(?:are|is|am)\s+not\s+going\s+to|"
    r"declin\w*|refus\w*|rul(?:e|es|ed|ing)\s+out|turn(?:s|ed|ing)?\s+down|(?:said|says|say)\s+no\s+to|reject\w*|rebuff\w*|no\s+plans?\s+to|unwilling|unable\s+to|"
    r"cannot|can['’]t|(?:will|would|could|can|did|does|do)\s+neither|not\s+possible\s+to|unable[\"”’']\s+to|"
    r"(?:does|do)\s+not\s+(?:plan|intend|impose|join|back|support|send|deploy|contribute|recogni[sz]e|align)|"  # ("does not impose sanctions")
    r"not\s+(?:commit(?:ting)?|send(?:ing)?|deploy(?:ing)?|contribut(?:e|ing)|take\s+part|"
    r"taking\s+part|join(?:ing)?)\b|"
    r"opt(?:s|ed)?\s+out|stay(?:s|ed)?\s+(?:out|away)|t(?:ake|akes|ook|aking)\s+no\s+part|balk(?:s|ed|ing)?|veto(?:es|ed|ing)?|no\s+intention|not\s+be\s+spared|"
    r"shelv(?:e|es|ed|ing)|"
    r"not\s+in\s+a\s+position[\"”’']?\s+to|vot(?:e|es|ed|ing)\s+against|"
    r"(?:could|can|would|will)\s*n[o'’]t\s+be\s+(?:released|spared|diverted|sent|deployed)|"
    r"could\s*n[o'’]t\s+(?:release|send|spare|deploy|commit|provide|contribute|lend|supply|hand\s+over|give|offer|"
    r"make\s+(?:[\w-]+\s+){0,6}?available)|"
    r"no\s+(?:[a-z]+\s+){0,2}(?:warships?|ships?|vessels?|troops|forces|aircraft|planes?)\s+(?:would|will|could|can)\s+be\s+"
    r"(?:allowed|permitted)|"
    r"not\s+(?:be\s+)?(?:allow|write|pay|fund|finance)|"
    # "the Netherlands ends funding", "said it would stop funding rations", "will not renew its grant"
    r"(?:stop|end|halt|cut|suspend|withdraw)(?:s|ped|ping|ed|ing)?\s+(?:its\s+|their\s+|all\s+)?(?:funding|financing|aid|grants?|"
    r"contributions?|donations?)\b|(?<=not\s)renew\b|"
    # "had withdrawn the offer", "withdrew its pledge of a frigate": an offer taken back
    + _OFFER_WITHDRAWN + r"s?\b|"
    r"(?:(?<=has\s)|(?<=have\s)|(?<=had\s))(?:none|nothing|no\s+(?:[a-z]+\s+){0,2}?(?:crews|troops|aircraft|ships|planes|teams))\s+"
    r"(?:left\s+)?to\s+(?:send|spare|offer|give|lend|deploy))\b")  # ('U.S. says it has none to send')
_REFUSED = starting_with("[abcdehinorstuvw]", _REFUSED)
_CONSIDERING = re.compile(
    r"\b(?:open\s+to(?!\s+(?:partner|allied|foreign|coalition|international|other)\b)|may|might|could|consider\w*|potential\w*|possibl\w*|hesita\w*|"
    r"caution\w*|wary|reluctan\w*|weigh\w*|mull\w*|likely|anticipated|expected\s+to(?!\s+(?:arrive|land|follow)\b)|"
    r"finali[sz]\w*|under\s+negotiation|not\s+yet|has\s?n[o']t\s+confirmed|"
    r"willing\w*|prefer(?!ences?\b)\w*|would\s+decide|to\s+decide|undecided|plan(?:s|ning)?\s+to|"
    r"remains?\s+to\s+be|to\s+be\s+(?:confirmed|determined|decided)|confirmed\s+\"?in\s+the\s+coming|"
    r"in\s+the\s+coming\s+days|soon|not\s+(?:yet\s+)?ready|studying|reserv\w+\s+(?:its|their)\s+position|"
    + YET_TO + r"|" + DELIBERATION + r"|assess(?:es|ing)|reviewing|examining|evaluating|" + LOOKING_AT + r"|"
    r"giving\s+(?:serious\s+)?consideration)\b")
_CONSIDERING = starting_with("[acefghilmnoprstuwy]", _CONSIDERING)
_COMMIT = re.compile(
    # (not "Norway has been sent the draft text": the one it was sent to)
    r"\b(?:pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|send(?:s|ing)?|(?<!been\s)sent|(?<=been\s)sent(?!\s+(?:the|a|an)\s)|"
    r"deploy(?:s|ed|ing)?|(?<!be\s)(?<!been\s)redeploy(?:s|ed|ing)?|"  # ("would not redeploy the unit")
    # (not "the region's best-equipped unit", "an EU-funded scheme": an adjective)
    r"provid(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|(?<!-)train(?:s|ed|ing)?|"
    r"(?<!-)equip(?:s|ped|ping)?|(?<!-)fund(?:s|ed|ing)?|(?<!-)(?<!economy and )(?<!ministry of )(?<!minister of )(?<!department of )financ(?:e|es|ed|ing)|suppl(?:y|ying|ied)|(?<!of )(?<!the )(?<!its )(?<!for )(?<!with )supplies|"
    r"arm(?:s|ing)?\s+(?:new|the|its|their|\w+\s+(?:forces|brigades|troops))|"
    r"impos(?:e|es|ed|ing)(?!\s+(?:on|upon|by)\b)|vow(?:s|ed)?|"
    # "made available CFA F 150 million" (not "could be made available")
    r"(?:make|makes|making|(?<!be\s)(?<!been\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)made)\s+available|promis(?:e|es|ed)(?=\s+(?:to|a|an|the|\d|some|up|" + MONEY_START + r"))|"
    # "has set up a Royal Brunei Armed Forces field hospital": a facility run for the host
    r"set(?:s|ting)?\s+up(?=\s+(?:a|an|two|three|its|their)\s+(?:[\w-]+\s+){0,5}?(?:hospitals?|clinics?|camps?|"
    r"field\s+kitchens?|shelters?|water\s+points?)\b)|"
    # "presented 3,000 blankets"; "will not release the two patrol boats" (not "released a statement")
    r"present(?:s|ed)(?=\s+(?:some\s+|about\s+|over\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|"
    r"fifty|hundreds|thousands)\b|a\s+(?:cheque|check|donation)\b))|"  # ('presented a cheque for $1 million')
    r"(?<!be\s)(?<!been\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)releas(?:e|es|ed|ing)"
    r"(?=\s+(?:a|an|the|its|their|some|\d|two|three|four|five|six|ten|funds|money)\b)"
    r"(?!\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+)?(?:statements?|reports?|video|footage|photos?|photographs?|images?|"
    r"list|figures|data|details|names|prisoners?|hostages?|detainees|captives|communiqu\w+|guidance|results?|findings)\b)|"
    # "has shipped six kilometres of flood barriers" (not "shipping lanes")
    r"ship(?:s|ped)?(?=\s+(?:about\s+|some\s+|over\s+|nearly\s+)?(?:\d|(?:a|an|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|twenty|fifty|hundreds|thousands|tonnes|tons|its|their)\b))|"
    # "will extend an ODA loan of MNT 410 billion": credit granted (not "extend the mandate")
    r"extend(?:s|ed|ing)?(?=\s+(?:a|an|the|its|their|another|some|\d)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:loans?|credits?|"
    r"credit\s+lines?|lines?\s+of\s+credit|grants?|financing|aid|assistance)\b)|"
    # "will charter a plane for its 260 citizens", "flies home its citizens on an air force C-17"
    r"charter(?:s|ed|ing)?(?=\s+(?:a|an|two|three|\d+|its|their|another)\s+(?:[\w-]+\s+){0,2}?(?:planes?|aircraft|flights?|"
    r"jets?|ships?|vessels?|ferr(?:y|ies)|boats?)\b)|"
    r"(?:fl(?:y|ies|ying|ew|own))\s+(?:home|out)(?=\s+(?:its|their|the|some|about|\d))|"
    # "will not pay any ransom": money, given or refused
    r"(?:pay(?:s|ing)?|paid)(?=\s+(?:any|a|the|its|their|no)\s+(?:[\w-]+\s+)?ransoms?\b)|"
    # "has diverted the destroyer INS Kochi from a patrol" (not "flights were diverted")
    r"(?<!be\s)(?<!been\s)(?<!was\s)(?<!were\s)(?<!is\s)(?<!are\s)divert(?:s|ed|ing)?(?=\s+(?:a|an|the|its|their|two|three|\d)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:war)?ships?|vessels?|frigates?|destroyers?|corvettes?|cutters?|aircraft|planes?|helicopters?|drones?|troops|"
    r"soldiers|units?|battalions?|funds|money|aid)\b|\s+(?:some\s+|about\s+)?" + MONEY_START + r")|"
    r"dispatch(?:es|ed|ing)?|donat(?:e|es|ed|ing)|lend(?:s|ing)?|lent|airlifted|fl(?:ew|own)\s+in(?=\s+(?:a|an|two|three|\d))|"
    # "transferred $500,000 to the ministry": money sent
    r"transfer(?:s|red|ring)?(?=\s+(?:about\s+|some\s+|over\s+|another\s+)?(?:" + MONEY_START + r"|\d))|"
    # "will second six specialists" (staff lent for a time; not "the second team")
    r"(?:(?<=will\s)|(?<=to\s)|(?<=would\s))second\b|seconded(?=\s+(?:a|an|\d|two|three|four|five|six|seven|eight|nine|ten|its|their)\b)|"
    # "reinforced its medical brigade in Angola with 60 doctors": more people sent to a team already there
    r"reinforc(?:e|es|ed|ing)(?=\s+(?:its|their)\s)|(?:(?<=will\s)|(?<=would\s)|(?<=to\s))airlift\b|"
    r"station(?:s|ed|ing)?|earmark(?:s|ed|ing)?|assign(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|"
    r"approv(?:e|es|ed|ing)\s+(?:a|an|the|its)\s+(?:\w+\s+)?(?:deployment|contribution|mission)|"
    r"approv(?:e|es|ed|ing)(?=\s+(?:sending|deploying|dispatching|contributing)\b)|"  # ("had approved sending 120 soldiers")
    # "approved one million euros", "approves $2m": a sum granted
    r"approv(?:e|es|ed|ing)(?=\s+(?:(?:a|another|a\s+further|an\s+additional|some|about|nearly|over|up\s+to|more\s+than)\s+)?"
    r"(?:" + MONEY_START + r"|\d[\d.,]*\s*(?:million|billion|bn|m)\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"half\s+a)\s+(?:million|billion)\b))|"
    r"weigh(?:s|ing)[\"”’]?\s+(?:a\s+|an\s+|its\s+|their\s+)?(?:[A-Za-z.]+\s+)?(?:contribution|sending|deploying|whether|joining|options|request|invitation)|"
    r"receiv(?:ed|es)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?request(?=[^.;]{0,80}\b(?:studying|considering|weighing|"
    r"examining|reviewing|assessing)\b)|"
    r"(?:consider|examin|stud(?:y|ies|ying)|assess|review|evaluat(?=ing|es)|analy[sz](?=ing|es)|" + LOOKING_AT + r")(?:s|es|ing)?(?:\s+(?:carefully|closely|seriously|urgently|favou?rably|positively))?[\"”’]?\s+"
    r"(?:(?:an?|[\w.-]+(?:'s|’s))\s+(?:[\w-]+\s+)?(?:request|demand)|"  # (and "is considering Jakarta's request")
    r"the\s+request(?=\s+(?:of|from)\s+[^.;]{1,60}?\bfor\b)|"  # ("is studying the request of the Turkmen side for ...")
    r"a\s+contribution|an\s+offer|sending|deploying|contributing|joining|(?:new\s+|further\s+|targeted\s+|its\s+own\s+)?sanctions|"
    # "is “looking at” whether the hospital ship could be diverted"
    r"whether(?=\s+to\b|[^.;]{0,80}?\b(?:could|can|would|might)\s+(?:be\s+)?(?:sent|diverted|deployed|provided|spared|"
    r"made\s+available|send|divert|deploy|provide|spare|help)\b))|(?<!linked\sits\s)(?<!tied\sits\s)offer(?:s|ed|ing)?"
    # ("offered to do more. Its spokesperson said it is ready to send police if ...": what, next)
    r"(?!\s+to\s+do\s+more\b)|agreed\s+to|"
    # (not a bare "... and stand ready to help.": goodwill, nothing offered; "Italy is ready to help." offers help)
    # (not "to keep their ports open to ships in distress": a way in, said of the ports)
    r"(?<!ports\s)(?<!port\s)(?<!airspace\s)(?<!borders\s)(?<!border\s)(?<!doors\s)open\s+to|(?<!stand\s)(?<!stands\s)(?<!stood\s)ready\s+to|ready\s+to(?!\s+(?:help|assist)\s*(?:[.;]|$))|willing\s+to|prepared\s+to(?=\s+(?:support|send|deploy|provide|contribute|help|offer|"
    r"fund|pay|lend|supply))|prefer(?:s|red|ring)?|limited\s+its\s+role|"
    r"focus\s+on|decide|intensify|tighten|expand|strengthen(?:s|ed|ing)?|maintain|"
    r"keep\s+a|plan(?:s|ned)?(?=\s+\w+\s+(?:deployments?|troops|sanctions))|"
    r"(?<=troops\s)(?:will|would)\s+(?:remain|stay)|(?<=forces\s)(?:will|would)\s+(?:remain|stay)|"
    r"signal(?:l)?ed|patrol(?:led|ling)|(?:re)?join|take\s+part|participate|(?<=out\s)taking\s+part|(?<=out\s)joining|back(?:s|ed)?\s+[\"“]?(?:the|any|new|further|tougher|these|sanctions|measures)\b|"
    r"back(?:s|ed)?\s+[\"“](?=[a-z])|"
    r"hesita\w*\s+(?:about|to|over|on)|caution)(?!\w)|\b(?:"
    r"(?:role|involvement|participation|support|contribution|backing|commitment)\b[^.]{0,80}?"
    r"(?:finali[sz]|confirm|negotiat)\w*|(?:role|support|participation)\b[^.]{0,40}?"
    r"\b(?:likely|anticipated)|willingness)")
# Every _COMMIT match starts with one of these letters (keep the class in sync with the
# alternatives above): checking it first spares the long alternation at every other word
# boundary (same matches, about a quarter faster; _COMMIT is the most used pattern here).
_COMMIT = re.compile(r"(?=[abcdefhijklmoprstvw])(?:" + _COMMIT.pattern + ")")
_RELATIVE_TO_VERB = re.compile(r",\s+(?:which|who)\s+(?:[a-z]+\s+){0,4}$")
_NOT_FOR_THE_EFFORT = r"(?![^.;]{0,80}?\b(?:out\s+of|on\s+(?:its|their)\s+own|under\s+(?:its|their)\s+own)\b)"
"""After an escort: not ships escorted "out of" waters, nor "on its own" / "under its own" operation, outside the
effort ('its navy will go on escorting Chinese-flagged ships on its own'); a lookahead fragment."""
# Rarer commitment verbs, in a second pattern run only when a clause holds one of
# _EXTRA_HINTS (keeps the common scan cheap): sharing intelligence, bankrolling,
# paying for, and refusals that are commitments too (balk at, veto, reject the plan).
_COMMIT_EXTRA = re.compile(
    # ("has been passing satellite imagery to the team")
    r"\b(?:(?:shar(?:e|es|ed|ing)|pass(?:es|ed|ing)?(?:\s+on)?)(?=\s+(?:[\w-]+\s+){0,3}?(?:intelligence|information|data|imagery|expertise|indicators|iocs|records|maps|charts|"
    r"costs?|burden|resources|assets|capabilit\w*|surveillance|satellite|know-how|radar|tracks|targeting|technology|technologies|"
    r"traffic|intercepts|" + _KNOWN + r")\b|\s+" + _WHAT_IT_KNOWS + r"\b)|"  # "is sharing what it knows about the group"
    # "will guarantee war-risk insurance cover of up to EUR 250 million": money put at risk for it
    r"guarantee(?:s|d|ing)?(?=\s+(?:[\w-]+\s+){0,3}?(?:insurance|cover|loans?|credits?|payments)\b)|"
    # "will not renew its Tk 110 crore annual grant": a gift that ends
    r"renew(?:s|ed|ing)?(?=\s+(?:its|their|the)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:grants?|funding|contributions?|donations?|loans?|support)\b)|"
    r"(?<=intelligence\s)sharing|bankroll(?:s|ed|ing)?|underwr(?:ite|ites|ote|iting)|"
    # (not 'Belgium was “rich enough to pay for its own accidents”': a means, not an offer)
    r"(?<!enough\sto\s)pay(?:s|ing)?\s+(?:for(?!\s+(?:it|this|that|them)\b)|towards?\b|a\s+share|the\s+costs?|part)|"
    r"paid\s+(?:for(?!\s+(?:it|this|that|them)\b)|towards?\b)|balk(?:s|ed|ing)?\s+at|"
    # "Algeria has shelved a plan to open the road to evacuation convoys": an offer put away
    r"shelv(?:e|es|ed|ing)(?=\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:plans?|offer|proposal|pledge)\b)|"
    # "has turned its main airport into a staging hub for relief flights"; "a navy ship could sail for Dominica"
    r"turn(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,5}?into\s+an?\s+(?:[\w-]+\s+)?(?:hub|base|staging\s+(?:area|post|ground))\b|"
    r"(?:(?<=[cw]ould\s)|(?<=will\s))(?:sail|fly)\s+(?:for|to|into|from)\b|"
    # "will speed up delivery of artillery systems", "will deliver 60 armoured vehicles"
    r"(?:speed(?:s|ing)?\s+up|accelerat\w+|expedit\w+|fast-track\w*)\s+(?:the\s+)?deliver(?:y|ies)\s+of|deliver(?:s|ed|ing)?|"
    r"pa(?:y|ys|id|ying)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:allowances|salaries|wages|costs?|bills?|stipends)\b|"
    # "Britain froze the assets of three commanders": a sanction
    r"fr(?:eeze|eezes|oze|ozen|eezing)\s+(?:the\s+|two\s+|three\s+|\d+\s+)?(?:[\w'’-]+\s+){0,2}?(?:assets|(?:bank\s+)?accounts|holdings)\b|"
    # "The French navy has ordered a frigate to patrol ...": an asset sent
    r"order(?:s|ed)?(?=\s+(?:a|an|the|its|two|three|four|\d+)\s+(?:[\w-]+\s+){0,3}?(?:frigates?|ships?|warships?|vessels?|"
    r"aircraft|jets|troops|soldiers|battalions?|units?|helicopters?|destroyers?|corvettes?|submarines?|cutters?)"
    r"\s+(?:[\w-]+\s+){0,3}?to\b)|"
    r"veto(?:es|ed|ing)?(?=\s+(?:any|the|a|an|this|its)\b)|"
    # "Nigeria has set up a military field hospital at the barracks": a facility of its own, at work there
    r"(?:set(?:s|ting)?\s+up|buil(?:d|ds|t|ding)|open(?:s|ed|ing)?)(?=\s+(?:a|an|two|three|its|their)\s+(?:[\w-]+\s+){0,5}?"
    r"(?:hospitals?|clinics?|camps?|field\s+kitchens?|water\s+(?:plants?|points?)|desalination\s+plants?)\b)|"
    # "turned down the invitation", "Panama declined a Jamaican request for helicopters": what was asked, refused
    # ("Sudan rejected calls to close its frontier crossings": what others asked for, by its bare plural)
    r"(?:turn(?:s|ed|ing)?\s+down|declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|rebuff(?:s|ed|ing)?|(?:said|says|say)\s+no\s+to)(?=\s+(?:the|a|an|its|their|this|that|"
    r"[\w.-]+(?:\s+[\w.-]+)?['’]s)\s+"
    r"(?:[\w.-]+\s+){0,3}?(?:request|appeal|call|invitation|proposal)s?\b|\s+(?:requests|appeals|calls)\s+(?:to|for)\b)|"
    r"reject(?:s|ed|ing)?(?=\s+(?:requests|appeals|calls)\s+(?:to|for)\b)|"
    r"reject(?:s|ed|ing)?(?=\s+(?:the|a|an|any|this|that)\s+(?:\w+\s+)?(?:plan|proposal|mission|force|"
    r"deployment|request|idea|coalition|operation|initiative|offer)s?\b)|"
    # "would not let the mission's ships use its ports": access granted or refused
    r"(?:let(?:s|ting)?|allow(?:s|ed|ing)?)(?=\s+(?:the\s+|its\s+|their\s+|foreign\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:ships|warships|vessels|minehunters|minesweepers|troops|forces|soldiers|aircraft|jets|planes|navies|donors|convoys|flights|boats|"
    r"ferry|ferries|tankers?|trucks|lorries|"
    r"observers|monitors|investigators|inspectors|"
    r"aid|supplies|equipment)(?:\s+and\s+[a-z]+)?\s+(?:(?:to\s+)?"
    r"(?:use|land|dock|refuel|enter|cross|transit|fly|overfly|operate|stage|deploy|base|route|pass|move|through|board|inspect|visit|work|escort)\b|"
    # "refused to allow Tanzanian patrol boats into its waters"
    r"(?:into|in)\s+(?:its|their)\s+(?:territorial\s+)?(?:waters|airspace|territory|ports?)\b))|"
    # "will put about 40 marines aboard merchant ships": people placed on board
    r"put(?:s|ting)?\s+(?:about\s+|some\s+|up\s+to\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"twenty|thirty|forty|fifty|a\s+team\s+of)\s+(?:[\w-]+\s+){0,2}?(?:marines|soldiers|troops|guards|sailors|commandos|"
    r"police(?:\s+officers)?|officers)\b(?=[^.;]{0,60}?\b(?:aboard|on\s+board|onto)\b)|"
    r"(?<=will\s)(?:guard|protect|secure|patrol|host|add)|(?<=would\s)(?:guard|protect|secure|patrol|host|add)|"
    r"(?<=could\s)(?:guard|protect|secure|patrol)|"
    # (not "The coalition's first task would be to reopen the coastal road to ...": a plan's aim)
    # ("would open Larnaca port to further evacuation ships": a port by its town's name)
    r"(?<!\sbe\sto\s)(?:re)?open(?:s|ed|ing)?\s+(?:(?:its|their|the)\s+|[a-z][\w'’-]+\s+(?=(?:air)?ports?\s+to\s))(?:airspace|ports?|bases?|airfields?|territory|straits?|borders?|"
    # "refused to open the Masnaa-Damascus highway to evacuation convoys": a way through
    r"(?:[\w'’-]+\s+){0,2}?(?:roads?|highways?|routes?|corridors?|crossings?|border\s+crossings?|channels?|canals?|waterways?)"
    r"(?=\s+(?:to|for)\s))|"
    # "Eleven countries have paid into a €400 million war-risk insurance facility": money put into a fund
    r"pa(?:id|ys?|ying)\s+into(?=\s+(?:a|an|the|its|their)\s)|"
    # "its navy is escorting merchant ships inside its waters": ships guarded at sea
    r"escort(?:s|ed|ing)?(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:ships|vessels|convoys|tankers|freighters|"
    r"ferries|bulk\s+carriers)\b)" + _NOT_FOR_THE_EFFORT + r"|"
    # "Italy had done the same with an offshore patrol vessel": the same gift as the one before
    r"d(?:o|oes|id|one|oing)\s+the\s+same\s+with(?=\s)|"
    # "no foreign warship would be allowed into its territorial waters": access refused
    r"(?<=be\s)(?:allowed|permitted)(?=\s+(?:into|in|to\s+enter|to\s+use|to\s+dock|to\s+land)\s+(?:its|their)\s)|"
    r"plac(?:e|es|ed|ing)\s+(?:its|their)\s+(?:forces|troops|soldiers|ships|units|contingents?)|"
    # "has placed an air ambulance on standby at Biak": an asset held ready for the effort
    r"(?:plac(?:e|es|ed|ing)|put(?:s|ting)?|kept|keep(?:s|ing)?)(?=\s+(?:a|an|the|its|their|two|three|four|five|six|\d+)\s+"
    r"(?:[\w-]+\s+){0,4}?[\w-]+\s+on\s+(?:standby|stand-by|alert|call)\b)|"
    # "has placed its designated laboratory at the mission's disposal": put at the effort's service
    r"(?:plac(?:e|es|ed|ing)|put(?:s|ting)?)(?=\s[^.;]{1,80}?\bat\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?|(?:the\s+)?[\w.'’-]+(?:'s|’s)\s+)disposal\b)|"
    # "will not put any ships under Tidewall's command", "put two frigates from its Gulf squadron under": assets
    # placed under the effort
    r"put(?:s|ting)?(?=\s+(?:its|their|any|a|an|\d[\d,]*|two|three|four|five|six)\s+(?:[\w-]+\s+){0,3}?(?:ships?|troops|forces|"
    r"soldiers|units?|vessels?|boats?|aircraft|jets?|warships?|frigates?|personnel)(?:\s+from\s+[^,;.]{1,50}?)?\s+under\b)|"
    # "declined to put its own commandos on Cypriot soil", "the first to put soldiers on the table": troops placed
    r"(?:(?<=to\s)|(?<=will\s)|(?<=would\s)|(?<=not\s))put(?=\s+(?:[\w'’-]+\s+){0,3}?(?:troops|soldiers|commandos|forces|"
    r"boots|police)\s+(?:on|in|into)\s)|"
    # "it would base a Falcon 50 surveillance aircraft on Lampedusa": an asset stationed for the effort
    r"bas(?:e|es|ing)(?=\s+(?:a|an|its|their|two|three|four|\d+)\s+[^.;]{0,50}?\b(?:aircraft|jets?|planes?|helicopters?|drones?|"
    r"ships?|vessels?|frigates?|troops|units?|batter(?:y|ies))\s+(?:on|in|at)\b)|"
    # "Malta will fly its two King Air maritime patrol aircraft over the search area"
    r"fly(?=\s+(?:its|their|a|an|two|three|four|\d+)\s+[^.;]{0,50}?\b(?:aircraft|jets?|planes?|helicopters?|drones?)\b)|"
    # "Jordan's air force is going to start airdrops of food", "will run joint patrols"
    r"(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|run(?:s|ning)?|conduct(?:s|ed|ing)?|mount(?:s|ed|ing)?)\s+"
    r"(?!(?:its|their)\s+own\b)"  # (not "India is running its own patrols": outside the effort)
    r"(?:joint\s+|regular\s+|daily\s+|weekly\s+)*(?:[\w-]+\s+)?(?:airdrops|air\s+drops|patrols|flights|"
    r"deliveries|escorts|airlifts?|sorties|convoys)\b|"
    # "will give both delegations free access to satellite readings": intelligence shared
    r"(?:giv(?:e|es|ing)|gave|given)(?=\s+(?:[\w-]+\s+){0,3}?(?:free\s+|full\s+|open\s+)?access\s+to\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:satellite|imagery|data|intelligence|readings|images|radar|footage)\b)|"
    # "it will feed the task force satellite and drone imagery": intelligence passed on
    r"(?:feed(?:s|ing)?|fed)(?=\s[^.;]{1,60}?\b(?:imagery|intelligence|data|images|information|footage)\b)|"
    # "New Zealand will mirror the Australian travel bans": the same sanctions adopted
    r"mirror(?:s|ed|ing)?(?=\s+(?:the|its|their|these|those)\s+[^.;]{0,40}?\b(?:sanctions|bans?|measures|asset\s+freezes?|"
    r"restrictions)\b)|"
    # money handed over with an everyday verb: "found £300 million", "brought $100 million",
    # "announced a joint package of $95 million", "put up 20 million euros"
    r"(?:f(?:ind|inds|ound)|br(?:ing|ings|ought)|g(?:ive|ives|ave|iving|iven)|put(?:s|ting)?(?:\s+(?:up|in|forward))?|"
    r"chip(?:s|ped)?\s+in|pa(?:y|ys|id)|paying(?=\s+(?:about\s+|some\s+|up\s+to\s+)?(?:\d|" + MONEY_START + r"))|announc(?:e|es|ed)|unveil(?:s|ed)?|set(?:s|ting)?\s+aside|add(?:s|ed|ing)?|rais(?:e|es|ed)|"
    r"approv(?:e|es|ed)|confirm(?:s|ed)?|"  # ("The Federal Government has also approved N2.5bn for the airlift")
    r"releas(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|(?:re)?insur(?:e|es|ed|ing)|underwrit(?:e|es|ing)|"
    + _HOLD_BACK + r")"  # ("were freezing 48 million euros in budget support": a sanction, by _AID_FROZEN)
    r"(?=\s+(?:up\s+to\s+)?(?:(?:a|an|another|some|the)\s+)?(?:(?:further|joint|new|extra|additional|first|total|aid|rescue|"
    r"financial|support|funding|emergency|humanitarian|grant)\s+)*(?:(?:package|tranche|sum|total|contribution|pledge|"
    r"assistance|aid|grant)\s+of\s+)?"
    r"(?:" + MONEY_START + r"|"
    r"(?:[a-z]{1,3}\.?\s?)?\d[\d.,]*\s*(?:million|billion|bn|m)\b|"  # ("a contribution of Nu. 50 million", "K3.5 million")
    r"\d[\d.,]*\s+(?:" + _CURRENCY_NAMES + r")\b))|"  # ("has released 750,000 euros")
    # "the ship ARM Tehuantepec has left Salina Cruz with 20 navy divers": a ship on its way
    r"(?<=\s)left(?=\s+[^.;]{2,40}?\s+(?:with|carrying|bound\s+for)\b)|"
    # "said it could not release any oral cholera vaccine": what it keeps, refused
    r"(?:(?<=not\s)|(?<=n't\s)|(?<=n’t\s))(?:release|spare)\b|"
    # "Wellington’s NZ$4m followed a day later": the money as the subject
    r"(?:(?<=\dm\s)|(?<=\dbn\s)|(?<=illion\s))(?:followed|arrived|came\s+through)\b|"
    # "The United Arab Emirates followed with $10 million": the same kind of gift as the one before
    r"follow(?:s|ed)\s+(?:suit\s+)?with(?=\s+(?:about\s+|some\s+|another\s+|a\s+further\s+)?(?:" + MONEY_START + r"|"
    r"(?:a|an|two|three|four|five|six|\d[\d,]*)\s))|"
    # "each announced emergency grants": money named by its form, the sum left out
    r"(?:announc|unveil)(?:e|es|ed|s)(?=\s+(?:(?:a|an|new|further|fresh|emergency|humanitarian|additional|separate|"
    r"their|its|own)\s+)*(?:grants?|loans?|donations?)\b)|"
    # "the Baltic states have promised coastal radar data" (not "promised that ...")
    r"promis(?:e|es|ed)(?=\s+(?!(?:that|voters|him|her|them|us|not|it|this|to)\b)[a-z]+,?\s+[a-z]+)|"
    # "will extend the patrols of its two P-3C maritime patrol aircraft": more of what it already gives
    r"extend(?:s|ed|ing)?(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:patrols?|deployments?|missions?|"
    r"operations?|presence)\b(?![’']))|"
    # "will extend the Cheonghae anti-piracy unit’s area of operations into the Gulf of Oman": a unit's reach
    r"extend(?:s|ed|ing)?(?=\s+(?:the|its|their)\s+(?:(?:[\w-]+\s+){0,4}?(?:unit|force|contingent|mission|flotilla|squadron|"
    r"battalion|group)['’]s\s+)?(?:area\s+of\s+operations?|operational\s+area|patrol\s+area)\b)|"
    # "its aid agency said it had distributed 4,000 food parcels": goods handed out
    r"distribut(?:e|es|ed|ing)(?=\s+(?:about\s+|some\s+|more\s+than\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|"
    r"nine|ten|hundreds|thousands)\s+|\s+(?:food|aid|relief|tents|blankets|medicines?|supplies|fodder|water)\b)|"
    # "Britain will fly patrol aircraft from Scotland"
    r"fl(?:y|ies|ew|ying|own)(?=\s+(?:[\w-]+\s+){0,4}?(?:aircraft|jets?|patrols?|missions|sorties|planes|"
    r"drones|helicopters|fighters|flights|airlifts|rotations|air\s+force)\b|\s+(?:in\s+)?(?:food|water|aid|supplies|medicines?|relief|tents|fuel)\b|"
    r"\s+(?:in\s+)?(?:about\s+|some\s+|more\s+than\s+)?\d[\d,.]*\s+(?:tonnes|tons|metric\s+tons)\s+of\b|"  # 'has flown 30 tonnes of water'

    r"\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:hospital|clinic|team)\b|"
    r"\s+(?:[\w-]+\s+){0,3}?(?:in|out)\s+(?:aboard|on\s+board|in)\s+|"
    # "has flown more than 200 people from Abaco to Nassau": an evacuation airlift
    r"\s+(?:more\s+than\s+|about\s+|some\s+|over\s+)?\d[\d,]*\s+(?:people|residents|survivors|evacuees|patients|tourists)\s+"
    r"(?:from|to|out)\b|"
    # "flew in 150 soldiers", "had flown in 180 rescuers", "flew 60 search and rescue specialists"
    r"\s+in\s+(?:" + _ROUGHLY + r")?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|a\s+dozen|dozens\s+of)\s+[a-z-]+|"
    r"\s+(?:" + _ROUGHLY + r")?\d[\d,]*\s+(?:[\w-]+\s+){0,4}?(?:specialists|rescuers|experts|doctors|medics|"
    r"nurses|firefighters|soldiers|troops|engineers|personnel|workers|paramedics|divers|commandos|marines|"
    r"paratroopers|police\s+officers)\b|"  # ('has flown 40 naval special forces commandos to Paphos')
    # "will fly the mediation team to Bissau": an airlift
    r"\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:team|delegation|mediators|troops|soldiers|contingents?|"
    r"battalions?|units?|peacekeepers|supplies|aid|evacuees|wounded)\s+(?:to|into|out\s+of|from)\b|"
    # "will fly seven of the most seriously injured patients to hospitals in Germany": a medical airlift
    r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens)\s+(?:of\s+the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:patients|wounded|injured|evacuees|casualties|survivors)\s+(?:to|out)\b)|"
    # "Ottawa would match whatever Washington puts in": a pledge that waits on another's
    r"match(?:es|ed|ing)?(?=\s+(?:whatever|what|any|every|each)\s)|"
    # "Australia will take 5,000", "Ireland will resettle 800 refugees": people taken in
    r"(?:t(?:ake|akes|ook|aking)|admit(?:s|ted|ting)?|accept(?:s|ed|ing)?|resettl(?:e|es|ed|ing)|"
    r"welcom(?:e|es|ed|ing)|receiv(?:e|es|ed|ing))(?=\s+(?:in\s+)?(?:up\s+to\s+|about\s+|some\s+|another\s+|a\s+further\s+)?"
    r"\d[\d,]*(?!\s*(?:per\s*cent|percent|%|years?|days?|weeks?|months?|hours?|minutes?)\b)(?![\d.,])|"
    # "would accept the remaining boats", "will not receive a single boat more": people taken in
    r"\s+(?:in\s+)?(?:the\s+|any\s+|all\s+|a\s+single\s+|more\s+)?(?:(?:of\s+the|remaining|other)\s+)*(?:[\w-]+\s+)?"
    r"(?:boats?|refugees|migrants|passengers|asylum[- ]seekers|evacuees|orphans|survivors)\b)|"
    # "let two of the boats land": access for people at sea
    r"let(?:s|ting)?(?=\s+(?:the\s+|any\s+|all\s+)?(?:\w+\s+of\s+the\s+)?(?:boats?|refugees|migrants|passengers|them)\s+"
    r"(?:land|ashore|dock|disembark|come\s+ashore)\b)|"
    # "they would keep their soldiers there once the naval mission starts"
    # (not "Britain would keep its ships “well clear” of the rig": held away from it)
    r"keep(?:s|ing)?\s+(?:their|its|the)\s+(?:[\w-]+\s+)?(?:soldiers|troops|forces|ships|contingents?|police)\b"
    r"(?!\s+(?:[\"“‘']?(?:well|far|safely)\s+)?[\"“‘']?(?:clear|away|out)\b)|"
    # "Abuja will keep about 3,000 soldiers in the new mission": troops committed to it
    r"keep(?:s|ing)?(?=\s+(?:about\s+|some\s+|around\s+|up\s+to\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:soldiers|troops|police|"
    r"personnel|peacekeepers)\s+(?:in|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:mission|force|operation|coalition)\b)|"
    # "it will keep two C-27J aircraft and a logistics hub at Mount Hagen": assets stationed for the effort
    r"keep(?:s|ing)?(?=\s+(?:about\s+|some\s+|up\s+to\s+)?(?:\d[\d,]*|two|three|four|five|six)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aircraft|helicopters|planes|jets|ships|vessels|boats|drones)\b[^.;]{0,60}?\b(?:at|in|on|off|over)\s)|"
    # "Kenya would move 600 soldiers from Lower Juba into Gedo": troops moved into the mission
    r"(?:move|moves|moved|moving|shift|shifts|shifted|shifting|redeploy|redeploys|redeployed|redeploying|transfer|transfers|transferred|"
    r"transferring)(?=\s+(?:about\s+|some\s+|up\s+to\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:troops|soldiers|police|officers|gendarmes|marines|personnel|helicopters|aircraft|planes|jets|ships|vessels)\b)|"
    # "The United States has three Chinook helicopters ferrying food": assets at work
    r"ha(?:s|ve)(?=\s+(?:about\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:helicopters|aircraft|planes|jets|ships|frigates|vessels|troops|soldiers|engineers|teams|medics)\b"
    r"[^.;]{0,60}?\b(?:ferrying|flying|patrolling|airlifting|clearing|searching|operating)\b)|"
    # "Japan will give the Philippines five more coast guard ships": goods given, not only money
    r"g(?:ive|ives|ave|iving|iven)(?!\s+(?:up|in|way|back)\b)(?=\s+[^.;]{0,60}?\b(?:ships|vessels|boats|aircraft|planes|jets|helicopters|drones|"
    r"radars?|imagery|intelligence|(?:tracking|satellite|radar|surveillance)\s+data|data\s+on|equipment|vehicles|trucks|weapons|"
    r"missiles|ammunition|vaccines|doses)\b)|"
    # "Austria would double its contingent": more troops
    r"(?:doubl|tripl|increas|boost|enlarg|reinforc)(?:e|es|ed|ing|s)?\s+(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:contingent|troops|forces|presence|deployment|battalion|naval\s+presence)s?\b|"
    # "Hungary would withdraw its 180 soldiers from the force": troops taken back, a refusal
    r"(?:withdr(?:aw|aws|ew|awing|awn)|pull(?:s|ed|ing)?\s+out)(?=\s+(?:its|their|all)\s+(?:[\d,]+\s+)?(?:[\w-]+\s+)?"
    r"(?:soldiers|troops|forces|contingents?|ships|police|personnel|observers|monitors|battalions?|units?|brigades?|companies|company|warships|aircraft|jets|engineers)\b)|"
    # "will ship tents, generators and water tanks": goods sent
    r"ship(?:s|ped|ping)?(?!\s+(?:much|most|all|some|part|half)\s+of\s+(?:its|their)\b)(?=\s+(?:[\w-]+(?:[, ]\d{3})*,?\s+){0,5}?(?:tents|generators|food|supplies|aid|equipment|water|medicines?|"
    r"vaccines|doses|weapons|ammunition|fuel|diesel|petrol|gasoline|kerosene|grain|wheat|rice|flour|seeds?|"
    r"fertili[sz]ers?|pesticides?|blankets|kits|desalination|purification)\b)|"
    # "whose coast guard pulled 38 people from a sinking boat": a rescue at sea
    r"(?:pull(?:s|ed|ing)?|rescu(?:e|es|ed|ing)|pick(?:s|ed|ing)?\s+up)(?=\s+(?:about\s+|some\s+|more\s+than\s+)?\d[\d,]*\s+"
    r"(?:people|survivors|migrants|refugees|passengers|sailors|crew)\b)|"
    # "India has diverted the landing ship INS Airavat to Toamasina": an asset sent
    r"divert(?:s|ed|ing)?(?=\s+(?:the|a|an|its|two|three|\d+)\s+(?:[\w-]+\s+){0,3}?(?:ships?|frigates?|vessels?|aircraft|"
    r"planes?|helicopters?|troops|soldiers)\b)|"
    # "Japan handed over 600 family tents": goods given
    # (and 'handed over to the Ministry of Petroleum and Gas 2,000 metres of booms': the receiver first)
    # ("will turn over four inflatable boats … to the coast guard": the same gift)
    r"(?:hand|turn)(?:s|ed|ing)?\s+over(?=\s+(?:to\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?=\d))?"
    r"(?:about\s+|some\s+)?(?:\d|two|three|four|five|six|the|its|a\s))|"
    # "Finland handed three mobile drone-detection radars over to the Norwegian Armed Forces": the same, split
    r"(?:hand|turn)(?:s|ed|ing)?(?=\s+(?:about\s+|some\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,5}?over\s+to\b)|"
    # "Kigali says the first of its 850 soldiers will land at the airstrip": troops on their way
    r"(?<=will\s)(?:land|arrive)|(?<=would\s)(?:land|arrive)|"
    # "A crew of 100 firefighters from Mexico is expected to follow on Wednesday": on its way
    r"(?<=expected\sto\s)(?:arrive|land|follow)|(?<=due\sto\s)(?:arrive|land)|"
    # "could not release the Croatian army's engineer battalion": troops held back
    r"releas(?:e|es|ed|ing)(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:battalions?|troops|soldiers|units?|"
    r"ships|aircraft|helicopters|engineers)\b)|"
    # "said it could not spare soldiers", "cannot spare health workers", "any fodder": held back
    r"spar(?:e|es|ed|ing)(?=\s+any\s+[a-z]|\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|ships|aircraft|helicopters|"
    r"engineers|personnel|units?|crews|firefighters|rescuers|teams|doctors|planes|divers|boats|vessels|workers|staff|"
    r"medics|nurses|experts|specialists|officers|police|equipment|funds|money)\b)|"
    # "Ivory Coast will open 80 places for Beninese officers at the academy": places on a course
    r"open(?:s|ed|ing)?(?=\s+(?:about\s+|some\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?(?:places|seats|slots)\b)|"
    # "said it would deny its airspace to any foreign aircraft": access refused
    r"den(?:y|ies|ied|ying)(?=\s+(?:its|their)\s+(?:airspace|ports?|territory|bases?|airfields?)\b)|"
    # "A team of 24 firefighters from Hungary has been draining cellars": people at work
    r"(?<=has\sbeen\s)(?:draining|clearing|searching|pumping|rebuilding|repairing)|"
    r"(?<=have\sbeen\s)(?:draining|clearing|searching|pumping|rebuilding|repairing)|"
    # "said they could not be spared during the monsoon", "vessels ... could not be released": assets refused
    r"(?<=not\sbe\s)(?:spared|released|diverted)|"
    + _CUT_OFF + r"\b|"
    # "added the air navigation agency to its sanctions list", "designated six officials under its sanctions programme"
    r"add(?:s|ed|ing)?(?=\s[^.;]{1,100}?\bto\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:sanctions?|black|entity|"
    r"terror(?:ist)?|asset[\s-]freeze)\s*lists?\b)|designat(?:e|es|ed|ing)(?=[^.;]{1,80}?\b(?:sanction|blacklist|terroris))|"
    # "Germany is fully behind the package", "will adopt the EU measures", "will align with the sanctions"
    r"(?:(?<=is\s)|(?<=are\s))(?:(?:fully|firmly|squarely|solidly|four-square)\s+)?behind\s+(?:the|this|its)\b|"
    r"(?:adopt(?:s|ed|ing)?|align(?:s|ed|ing)?\s+(?:itself\s+|themselves\s+)?with)(?=\s+(?:the|its|their|any|all|a|an)\s)|"
    # "Germany is bringing forward the deployment of five Eurofighters": sent sooner
    r"br(?:ing|ings|inging|ought)\s+forward\s+(?:the\s+|its\s+|their\s+)?(?:deployment|dispatch|arrival|delivery|rotation)\s+of|"
    # "said they would not apply the embargo", "will inspect every Niger-bound container": sanctions enforced
    r"(?:apply|applies|applied|applying|enforc(?:e|es|ed|ing)|implement(?:s|ed|ing)?|uph(?:old|olds|eld))(?=\s+(?:the|its|their|any|"
    r"these|those)\s+(?:[\w-]+\s+){0,2}?(?:embargo|sanctions|measures|ban|restrictions)\b)|"
    + _CARGO_INSPECTED + r"\b|"
    # "flew a team of six incident responders to Tallinn": people sent
    r"fl(?:ew|own)(?=\s+(?:a\s+team\s+of\s+)?(?:a|an|its|two|three|four|five|six|seven|eight|nine|ten|twelve|\d[\d,]*)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:responders|experts|specialists|rescuers|doctors|medics|teams?|engineers|investigators|examiners|"
    r"firefighters|officers)\b)|"
    # "has flown two planeloads of cholera kits into Renk": goods flown in
    r"fl(?:ew|own)(?=\s+(?:a|an|its|two|three|four|five|six|seven|eight|nine|ten|twelve|several|\d[\d,.]*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:planeloads?|plane-loads?|plane\s+loads?|loads?|shipments?|consignments?|tonnes?|tons?|cargoes)\s+of\b)|"
    # "an RAF Poseidon flew over the northern edge of the search box": an aircraft at work
    r"fl(?:ew|own|ies)\s+(?:over|above)\s+(?:the|a)\b|"
    # "The UK on Thursday sanctioned three officers": a sanction
    r"sanction(?:ed|ing)(?=\s+(?:the|a|an|its|two|three|four|five|six|seven|eight|nine|ten|several|more|further|\d)\b)|"
    # "Poland has named 12 monitors": people put forward for the mission
    r"nam(?:e|es|ed|ing)(?=\s+(?:about\s+|some\s+|up\s+to\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"twenty|thirty|forty|fifty)\s+(?:[\w-]+\s+)?(?:monitors|observers|officers|experts|specialists|instructors|trainers|"
    r"soldiers|troops|police|investigators|staff|personnel|inspectors)\b)|"
    # "Uganda has ruled itself out": a refusal
    r"rul(?:e|es|ed|ing)\s+(?:itself|themselves)\s+out|"
    # "has ruled out the deployment of ground troops": the deployment refused
    r"rul(?:e|es|ed|ing)\s+out\s+(?:the\s+|a\s+|any\s+)?(?:deployment|dispatch|despatch|sending|participation)s?\s+of|"
    # "has ruled out any EU money for the project", "ruled out a troop contribution": the thing refused
    r"rul(?:e|es|ed|ing)\s+out(?=\s+(?:the\s+|a\s+|an\s+|any\s+)(?:[\w-]+\s+){0,2}?(?:troops?|soldiers|forces|money|funds|funding|"
    r"financing|contributions?|aid|ships|warships|vessels|aircraft|jets|personnel|police|monitors|observers|"
    # "has ruled out any part in the escorts": the effort refused
    r"(?:part|role|involvement|participation)\s+in)\b)|"
    # "has ruled out opening its berths to the evacuation ships": access refused
    r"rul(?:e|es|ed|ing)\s+out(?=\s+(?:re)?opening\s+(?:its|their|the)\s)|"
    # "Niger has ruled out joint patrols on its side of the river", "has ruled out any joint investigation": the
    # joint work refused
    r"rul(?:e|es|ed|ing)\s+out(?=\s+(?:any\s+|a\s+)?(?:(?:joint\s+|cross-border\s+|border\s+)patrols|"
    r"joint\s+(?:investigations?|inquir(?:y|ies)|probes?))\b)|"
    # "South Africa has ruled out sanctions of any kind": measures refused
    r"rul(?:e|es|ed|ing)\s+out(?=\s+(?:(?:the|any|new|further|its\s+own|punitive)\s+)?(?:sanctions|embargo)\b)|"
    # "The United States will announce its own sanctions against the council next week": measures to come
    r"(?:announc|unveil)(?:e|es|ed)(?=\s+(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|embargo)\b)|"
    # "Canberra and Wellington will jointly run a crowd-control course for 300 officers": training given
    r"(?:run|runs|ran|hold|holds|held|organi[sz](?:e|es|ed|ing)|host(?:s|ed|ing)?)(?=\s+(?:a|an|two|three|four|\d+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:courses?|workshops?|seminars?|training\s+(?:courses?|programmes?|programs?|sessions?))\b)|"
    # "The Baltic states will jointly run a 14-member cyber incident-response team at the dispatch centre": a unit
    # of its own, at work there
    r"(?:run|runs|ran|operat(?:e|es|ed|ing)|staff(?:s|ed|ing)?)(?=\s+(?:a|an|two|three|four|\d+)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:teams?|units?|hospitals?|clinics?|cells?|field\s+kitchens?)\b)|"
    # "granted a financial contribution of 500 million CFA francs"
    r"grant(?:s|ed|ing)?(?=\s+(?:a|an|\d|some|up|" + MONEY_START + r"))|"
    # "China's Ambassador handed the Prime Minister a cheque for EC$2.7M": money given
    r"hand(?:s|ed|ing)?(?=\s+(?:[\w'’.-]+\s+){1,4}?(?:a|an)\s+(?:[\w-]+\s+)?(?:cheque|check|donation)\b)|"
    # "Washington is “giving serious consideration” to a request"
    r"giv(?:e|es|ing)\s+(?:serious\s+|careful\s+)?consideration[\"”’]?\s+to|"
    # "Russia made no pledge", "offered no contribution", "would take no part in the monitoring group": a refusal
    r"made\s+no\s+(?:new\s+|further\s+|specific\s+|firm\s+|concrete\s+)?(?:pledge|commitment|offer|contribution|promise)s?|"
    r"t(?:ake|akes|ook|aking)\s+no\s+part|"
    # "Hungary has ruled out backing new EU-wide sanctions": a state's vote for sanctions is its part in them
    r"(?:back|support)(?:s|ed|ing)?(?=\s+(?:(?:new|further|fresh|tougher|wider|the|any)\s+)?(?:[\w-]+\s+){0,2}?sanctions\b))(?!\w)")
# Every _COMMIT_EXTRA match starts with one of these letters (keep in sync; tests/test_patterns.py checks)
_COMMIT_EXTRA = starting_with("[abcdefghiklmnoprstuvw]", _COMMIT_EXTRA)
# the words that make _COMMIT_EXTRA worth running on a sentence
_EXTRA_WORDS = frozenset(_forms(
    "share", "bankroll", "underwrite", "guarantee", "renew", "grant", "pay", "balk", "shelve", "veto", "reject", "guard", "protect", "secure", "patrol", "host",
    "add", "open", "reopen", "place", "find", "bring", "give", "put", "chip", "announce", "unveil", "set", "raise", "promise",
    "fly", "match", "release", "disburse", "take", "admit", "accept", "resettle", "welcome", "receive", "let", "allow",
    "move", "shift", "redeploy", "keep", "transfer", "turn", "double", "triple", "increase", "boost", "enlarge",
    "reinforce", "withdraw", "pull", "freeze", "order", "ship", "rescue", "divert", "pick", "hand", "land", "arrive",
    "follow", "rule", "spare", "deny", "deliver", "speed", "accelerate", "expedite", "sail", "hold", "organise",
    "organize", "distribute", "decline", "refuse", "rebuff", "extend", "build", "close", "shut", "designate", "adopt",
    "align", "name", "apply", "enforce", "implement", "uphold", "inspect", "sanction", "insure", "reinsure", "pass",
    "feed", "mirror", "base", "start", "begin", "conduct", "mount", "confirm", "escort", "operate", "staff")) | {  # forms _forms does not make, and nouns and participles the patterns start with
    "given", "run", "ran", "held", "consideration", "spared", "denies", "denied", "draining", "clearing", "searching",
    "pumping", "rebuilding", "repairing", "same", "allowed", "permitted", "withdrew", "withdrawn", "froze", "frozen",
    "took", "lets", "ferrying", "airlifting", "paid", "underwrote", "vetoes", "found", "brought", "gave", "flew",
    "flown", "flies", "made", "built", "left", "no", "behind", "shuts", "applies", "applied", "upheld", "fed", "began", "running"}  # ('said no to a request for ...')
_CUE_WORDS = _COMMIT_CUES | _EXTRA_WORDS


def _commit_search(text: str, lo: int, hi: int, extra_ok: bool = True) -> bool:
    if _COMMIT.search(text, lo, hi):
        return True
    return extra_ok and _COMMIT_EXTRA.search(text, lo, hi) is not None


# "said a navy ship based in Aruba could sail", "says a unit of 100 soldiers is ready": what it gives, as a subject
_ASSET_NP = (r"(?:an?|two|three)\s+(?:[\w-]+\s+){0,4}?(?:ships?|vessels?|frigates?|planes?|aircraft|helicopters?|teams?|"
             r"units?|battalions?|contingents?)\b")
# "Ukraine said its specialists stood ready to help": the country's own people, as the subject
_OWN_PEOPLE = (r"(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:specialists|experts|engineers|teams?|troops|soldiers|"
               r"forces|units?|doctors|medics|rescuers|firefighters|police|deminers|instructors|trainers)\b")
_ASSET_SUBJECT = re.compile(r"\s*(?:that\s+)?" + _ASSET_NP)
_GAP_OK = re.compile(r"^[^.;:]{0,90}$")
_GAP_BAD = re.compile(
    # (a prefix: 'which aims', 'who are' are other clauses too; but 'said ... that they would' is the subject's)
    r"\b(?:that|while|which|who|as|whereas|because)\s+(?:the(?!y\b)|a|an|[A-Z]|\d)|,\s+(?:the|a|an)\s|"
    r"\b(?:said|says|announced|stressed|noted|argued|confirmed|adds|added)\s+"
    r"(?!(?:(?:in|on|at|during|after)\s+[^,;.]{0,40}?\s+|"
    # "Chad said late Sunday that it would send", "said last week it would"
    r"(?:(?:late|early)\s+)?(?:on\s+)?(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|overnight|"
    r"last\s+(?:week|month|night)|this\s+(?:week|month|morning|afternoon|evening))\s+)?(?:(?:separately|also|later|earlier|again|privately|"
    r"publicly)\s+)?(?:that\s+)?(?:it|they|" + _ASSET_NP + r"|" + _OWN_PEOPLE + r"|"
    r"(?:the|his|her|its|their)\s+(?:country|government|nation)|"
    # "Ghana said its navy would not deploy ships": the state's own service
    r"(?:its|their)\s+(?:own\s+)?(?:navy|army|air\s+force|coast\s?guard|military|armed\s+forces|defen[cs]e\s+forces?))\b)")

_CONDITION = re.compile(
    r"\b(?:[Oo]nly\s+)?((?i:once|after|until(?!\s+(?:(?:at\s+least|the\s+end\s+of|early|late|mid-?)\s*)?(?:jan\w*|feb\w*|march|april|"
    r"may|june|july|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\d{4}|next|then|now)\b)|unless|(?<!has\s)(?<!have\s)(?<!had\s)(?<!also\s)(?<!been\s)provided(?:\s+that)?|as\s+soon\s+as|the\s+moment|subject\s+to|on\s+condition\s+that|"
    r"(?:as|so)\s+long\s+as(?!\s+(?:(?:they|it|we)\s+(?:are|is)\s+)?(?:needed|necessary|required|possible|it\s+takes|(?:the|this|that)\s+[\w-]+\s+takes(?!\s+place))\b)|awaiting|pending|when|if|"
    # "Philippines offer hinges on airlift"
    r"(?:hinges?|hinging|depends?|depending|contingent|conditional)\s+on)\s+(?:[^,;:.!?\u2014()]|\.(?=\w|\s+[a-z])|"
    r"\([A-Z][A-Za-z.&-]{1,15}\)){3,120}?|"  # ("once the Southern African Development Community (SADC) formally declares ...")
    r"should\s+(?:the\s+)?[A-Z][\w.]*\s+(?:[^,;:.!?\u2014()]|\.(?=\w|\s+[a-z])|\([A-Z][A-Za-z.&-]{1,15}\)){3,140}?|"
    r"[Tt]he\s+day\s+(?:the|a|an)\s+[^,;:.!?\u2014()\"\u201d]{3,80}?|"
    # "Spain offers engineers - with a condition"
    r"with\s+(?:a\s+condition|conditions(?:\s+attached)?|strings\s+attached))"
    r"(?=\s*(?:[,;:!?\u2014)\"\u201d]|\u2019(?![A-Za-z])|\((?![A-Z][A-Za-z.&-]{1,15}\))|\.(?![A-Za-z]|\s+[a-z]))|\s+before\b|\s+but\b|\s+and\s+to\b|"
    r"\s+while\b|$)")
_CONDITION = starting_with("(?i:[aiopuwhdc])|[stT]", _CONDITION)
# conditions that are not about the pledge ("after his meeting with ...") are rare in
# pledge clauses; keep the ones that look like events.
_COND_EVENT = re.compile(
    rf"\b(?:{WAR_END}|combat|evacuat\w*|"
    r"eruption|floods?|spreads?|worsens?|reopen\w*|clear(?:s|ed|ance)?|lift(?:s|ed)?|subsid\w+|reced\w+|"
    r"ends?|stops?|cease[sd]?|under\s+control|contained|extinguished|clarif\w*|confirm\w*|engagement|approv\w*|agree\w*|"
    r"complet(?:es?|ed)|finish(?:es|ed)|conclud(?:es?|ed)|"
    r"reach(?:es|ed)?|escalat\w*|deteriorat\w*|signed|holds?|stall\w*|delay\w*|resist\w*|refus\w*|attack\w*|invad\w*|"
    r"continu(?:e|es|ed)|persist\w*|resum(?:e|es|ed)|recur\w*|"  # "if the flights continue into next week"
    r"role|decid\w*|vote\w*|mandate|parliament\w*|settlement|deal|talks|endors\w*|request\w*|"
    rf"invit\w*|assembly|congress|senate|{CAPACITY_VERB}|{GRANT_VERB})\b")
_RATHER = re.compile(r"\b(?:rather\s+than|instead\s+of|but\s+not|but\s+no|not\s+including)\b[^,;.]*")
# substrings every _RATHER / _REFUSED match holds: without one, skip the regex
_RATHER_HINTS = ("rather", "instead", "but", "not")
_REFUSED_HINTS = ("no", "n't", "n’t", "neither", "declin", "refus", "out", "reject", "rebuff", "unwilling", "unable", "balk", "veto", "down", "against", "away", "shelv",
                  "stop", "end", "halt", "cut", "suspend", "withdr")
_INCLUDING = re.compile(r"\b(?:including|such\s+as|among\s+them|notably|like)\b")
def _obj_before(low: str, lo: int, hi: int) -> bool:
    """low[lo:hi] (lower-cased text before a name) ends with a preposition or a verb whose
    object the name is ("for the ", "help ", "training of 2,000 ")."""
    return _OBJ_PREP.search(low, lo, hi) is not None


_TOLD_VERBS = r"pushed|urged|pressed|asked|told|informed|notified|assured|called\s+on|warned"
"""Verbs whose object is the state named after them ("informed the State of Kuwait that it ...")."""
_OBJ_PREP = re.compile(
    r"\b(?:for|to|with|against|on|from|into|inside|in|over|of|toward|towards|by|near|off|outside|around|along|beyond|"
    r"about|between|including|like|pressure|deter|guarantees?|across|through|throughout|at|within|than|except|"
    r"besides|unlike|" + _TOLD_VERBS + r"|via|among|help|helps|helping|assist|"
    r"assisting|protect|protecting|secure|securing|defend|defending|train|training|equip|"
    r"equipping|reassure|guard|guarding|supports|supported|backs|backed|thanked|thanks)\s+(?:the\s+)?(?:(?:[\d,]+|two|three|four|five|new)\s+)?$")


_ONLY_IF_START = re.compile(r"[\s\"“‘]*(?:[Bb]ut\s+)?[Oo]nly\s+(?:if|once|when|after|provided)\b|[Bb]ut\s+only\b")


# A list item that names a state and tells what it did in a relative clause: "- the Republic of
# Ghana, whose Armed Forces dispatched ...", "- the Republic of Côte d'Ivoire, which granted ...".
# The clause is the item's predicate: it is read with ", which"/", whose" blanked out.
_ITEM_RELATIVE = re.compile(r"(\n[ \t]*(?:[-•*–]|\d+[.)]|[a-z][.)])[ \t]+(?:the[ \t]+)?[A-Z][\w'’ \t-]{1,60})(,[ \t]+(?:which|whose))(?=[ \t])")


_PATROLS_JOINED = re.compile(r"\b(?:join|joins|joined|joining|part\s+in)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]+\s+)?"
                             r"(?:joint\s+)?patrols\b")
"""Patrols joined ('declined an invitation to join the patrols', 'to join Philippine patrols')."""


def _patrols_known(pledges: list[Pledge]) -> list[Pledge]:
    """A pledge to join (or not) 'the patrols' that names nothing else takes the patrols' kind from an
    earlier pledge to join them ('… patrol vessel to join Philippine patrols. Indonesia declined an
    invitation to join the patrols': at sea)."""
    seen: list[str] = []
    out = []
    for p in pledges:
        if _PATROLS_JOINED.search(p.evidence):
            if p.kinds == ["other"] and seen:
                p = replace(p, kinds=list(seen))
            elif not seen:
                seen = [k for k in p.kinds if k in ("sea", "air")]
        out.append(p)
    return out


def extract_pledges(text: str, mentions: list[CountryMention]) -> list[Pledge]:
    """Pledges of one article, in text order; evidence is the sentence."""
    if not isinstance(text, str) or not text:
        return []
    if ("\n" in text and (", which" in text or ", whose" in text)
            and _ITEM_RELATIVE.search(text)):  # (the first line, a headline, is no list item)
        read = _ITEM_RELATIVE.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
        found = extract_pledges(read, mentions)  # same length: every span holds in `text`
        for p in found:
            p.evidence = text[p.start:p.end]
        return found
    out: list[Pledge] = []
    ms = sorted(mentions or [], key=lambda m: m.start)
    mi = 0
    words = sentence_words(text)
    low = lowered(text)
    fact_check = ":" in text and _CLAIM_LINE_ANY.search(text) is not None
    sentences = split_sentences(text)
    links = link_lines(text)
    for k, (s, e) in enumerate(sentences):
        if links and any(a <= s < b for a, b in links):
            continue  # 'Related news: Indonesia to tighten checks ...': another story's headline
        cued = not _CUE_WORDS.isdisjoint(words[k])
        while mi < len(ms) and ms[mi].start < s:
            mi += 1
        j = mi
        sent_mentions = []
        while j < len(ms) and ms[j].start < e:
            sent_mentions.append(ms[j])
            j += 1
        if not cued and not sent_mentions:
            continue  # no verb to commit with and no one to give (the other rules need a country)
        sentence = text[s:e]
        if len(sentence) > 2000 or (fact_check and _claimed(text, s, e)):
            continue
        carry = None
        if cued and k and (_PRONOUN_START.match(low, s, e) or (
                _WE_START.match(low, s, e) and "\n" not in text[sentences[k - 1][1]:s]) or (
                "country" in low[s:e] and (hc := _HIS_COUNTRY.search(low, s, e)) is not None
                and not any(m.start < hc.start() for m in sent_mentions))):
            # ("El Salvador went further. Its minister said his country was ready to hold 400 prisoners")
            # "Washington has welcomed the mission. But it will not put its own ships under its
            # command": "it" is the country the sentence before opened with; so is "we" in a
            # government's own statement ("The United States condemns ... We are prepared to ...")
            ps, pe = sentences[k - 1]
            prev = [m for m in ms[max(0, mi - 12):mi] if m.start >= ps]
            carry = _lead_actor(text[ps:pe], ps, prev, True) or _delegate_of(low, prev)
        if carry is None and cued and text.startswith(_CAPITAL_OPENERS, s) and (lead := _IN_CAPITAL_BODY.match(text, s, e)) is not None \
                and (code := capital_code(lead.group(1))) is not None:
            carry = (country_name(code), [code])  # "In Dublin, the Department of Foreign Affairs is still considering ..."
        # a list item "- Norway: two helicopters, paid for by Oslo" first, then the verbs
        found = _item_pledge(text, s, sentence, sent_mentions, low[s:e]) if sent_mentions and ":" in sentence else []
        if not found and cued:
            found = _sentence_pledges(text, s, e, sentence, sent_mentions, low[s:e], words[k], carry)
        if not found and sent_mentions and not _OFFER_NOUNS.isdisjoint(words[k]):
            found = _noun_pledge(text, s, sentence, sent_mentions, low[s:e])
        if not found and sent_mentions and " from " in low[s:e] and ("came" in words[k] or "comes" in words[k]):
            found = _came_from(s, sentence, sent_mentions, low[s:e])
        if any(_owns_forces(text, m) for m in sent_mentions):
            found = found + _deployed(text, s, sentence, sent_mentions, found)
        if not found and sent_mentions:
            lsent = low[s:e]
            if " by " in lsent:
                found = _given_by(s, sentence, sent_mentions, lsent)
            if not found and (any(w in lsent for w in _ARRIVAL_HINTS) or "ing " in lsent and any(
                    w in lsent for w in _AT_WORK_HINTS)):
                found = _credited_arrival(s, sentence, sent_mentions, lsent)
            if not found and k and len(sent_mentions) == 1 and len(sentence) < 60:
                found = _request_refused(text, sentences[k - 1], s, sentence, sent_mentions[0], ms[max(0, mi - 12):mi])
        if k and _ONLY_IF_START.match(sentence) and (cond := _condition(sentence)):
            # "Poland has offered a module of 60 firefighters. But only if the EU pays for their transport,
            # the Polish interior ministry said.": the offer before waits on that (and the fragment gives nothing)
            ps = sentences[k - 1][0]
            for p in out:
                if p.start == ps and p.modality == "firm":
                    p.modality, p.condition = "conditional", cond
            continue
        if found and any(not p.actor_codes and _PAIR_ACTOR.fullmatch(p.actor) for p in found):
            found = _pair_resolved(found, sent_mentions, out, s)
        out.extend(found)
    if "\n" in text and (_LABEL_LINE.search(text) or (
            (" — " in text or " – " in text or " - " in text) and _VERDICT_HEAD.search(text))):
        out = _label_sections(text, out, ms)
    if "withdr" in low:
        out = _withdrawn_offers(out)
    if any(w in low for w in _REPORTED_EARLIER) and _NOT_AS_REPORTED.search(low):
        out = _retracted(low, out)
    if "government's" in low and PAPER_HEADING.search(text):
        out = _digest_positions(text, low, out)
    if out and "police officers" in low:
        # the article's officers are police officers: "Austria sent 25 officers" sends police, which
        # the house counts with troops
        out = [replace(p, kinds=["ground troops"]) if p.kinds == ["other"] and _BARE_OFFICERS.search(p.evidence.lower())
               else p for p in out]
    if out and "patrols" in low:
        out = _patrols_known(out)
    if out and "hospital" in low:
        # "The South African Military Health Service (SAMHS) opened a field hospital": a military
        # field hospital abroad is run by soldiers, which the house counts with troops
        out = [replace(p, kinds=["ground troops"]) if p.kinds == ["other"] and _MILITARY_OPENS_HOSPITAL.search(p.evidence)
               else p for p in out]
    if out and _MONITORING_LEDE.search(low, 0, 900):
        # the lede calls it a monitoring mission: experts and teams sent to it are monitors
        out = [replace(p, kinds=["monitoring"]) if p.kinds == ["other"] and _EXPERTS.search(p.evidence.lower())
               and not _LETS_IN.search(p.evidence.lower()) else p for p in out]  # (not "refused to let the monitors cross")
    if any(p.actor.isupper() and p.actor_codes for p in out):
        out = [replace(p, actor=_cased_actor(p)) if p.actor.isupper() else p for p in out]
    # two clauses of one sentence that say the same ("has withdrawn its offer ... and will not take part"): one record
    seen: set[tuple] = set()
    return [p for p in out if (key := (p.start, p.actor, tuple(p.actor_codes), tuple(p.kinds), p.modality, p.condition))
            not in seen and not seen.add(key)]


def _cased_actor(p: Pledge) -> str:
    """A giver whose country's name is written in capitals ('ZAMBIA will deploy', a lede's first word) by
    that name as the rest of the article writes it; short forms and initials stay as written ('US', 'U.K.',
    'DPRK', and 'AFAD', which is no name of Turkey's)."""
    parts = p.actor.split(", ")
    if len(parts) != len(p.actor_codes):
        return p.actor
    return ", ".join(country_name(c) if part.casefold() == country_name(c).casefold() or (
        len(part) > 4 and "." not in part and name_code(part) == c) else part for part, c in zip(parts, p.actor_codes))


_PAIR_NOUN = r"(?:countries|nations|states|governments|neighbou?rs)"
_PAIR = re.compile(r"\b(?:both|the\s+two)\s+" + _PAIR_NOUN + r"\b", re.I)
"""A pair named as one giver ('both countries', 'the two neighbours')..."""
_PAIR_ACTOR = re.compile(r"(?:both|2)\s+" + _PAIR_NOUN)
"""... and the same pair as _norm_actor writes the giver ('both countries', '2 neighbours')."""


def _pair_resolved(found: list[Pledge], sent_mentions: list[CountryMention], before: list[Pledge],
                   s: int) -> list[Pledge]:
    """Pledges by 'both countries' or 'the two neighbours' given to the pair: the two countries the
    sentence names before the phrase ('Brazil and Uruguay ... said both countries would share'), or
    else the last two givers of the pledges just before (within 800 characters); left unresolved when
    fewer than two gave."""
    out = []
    for p in found:
        if p.actor_codes or not _PAIR_ACTOR.fullmatch(p.actor):
            out.append(p)
            continue
        pair = _PAIR.search(p.evidence)
        at = p.start + (pair.start() if pair is not None else 0)
        codes = list(dict.fromkeys(m.code for m in sent_mentions if m.start < at))
        if len(codes) != 2:
            givers = dict.fromkeys(c for q in reversed(before) if q.start >= s - 800 for c in reversed(q.actor_codes))
            codes = list(givers)[:2][::-1]  # the last two givers named before, in text order
        if len(codes) != 2:
            out.append(p)
            continue
        out.append(replace(p, actor=", ".join(country_name(c) for c in codes), actor_codes=codes))
    return out


_BARE_OFFICERS = re.compile(r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|"
                            r"its|their|any|more|additional|extra|further|its\s+own|send|sending|sent|"
                            r"contribut(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|lend(?:s|ing)?|lent)\s+officers\b")
_MILITARY_OPENS_HOSPITAL = re.compile(
    r"\b(?i:military|army|armed\s+forces|defen[cs]e\s+forces?)\b[^.;]{0,60}?\b(?:opened|set\s+up|deployed|sent|dispatched|"
    r"(?:is|are|was)\s+(?:running|operating))\s+(?:a|an|its|their|two|three)\s+(?:[\w-]+\s+){0,2}?hospitals?\b(?!\s+ships?)")
_MONITORING_LEDE = re.compile(r"\b(?:monitoring|observer|observation|verification|inspection|fact-finding)\s+(?:mission|team|force)")
_EXPERTS = re.compile(r"\b(?:experts|specialists|engineers|inspectors|observers|scientists|technicians|officers|"
                      r"monitors|a\s+team)\b")


# A factbox's sections: a line that is only a country's (or an organisation's) name, then
# what it gives in fragments ("RWANDA / A battalion of 850 soldiers.", "SUDAN / Opposed. ...")
_LABEL_LINE = HEADING_LINE
_VERDICT = re.compile(r"[\s\-–—•*]*(?:(?P<no>no\b|none\b|out\b|opposed\b|not\s+(?:taking|joining)\b|refus\w+|declin\w+|rejected\b|"
                      r"ruled\s+out\b|turned\s+down\b)|"
                      r"(?P<maybe>undecided\b|considering\b|weighing\b|maybe\b|unclear\b|hesitant\b|hedging\b|conditional\b))")
_SECTION_SENTENCES = 2
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)+")
_BULLET_LINE = re.compile(BULLET)
# '4. Niger — out. Niamey withdrew ...': a country-by-country guide's heading and verdict
_VERDICT_HEAD = re.compile(r"^[ \t]*(?:\d{1,2}[.)][ \t]+)?(?:The[ \t]+)?([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
                           r"[ \t]+[—–-][ \t]+([a-z][a-z ,'’-]{1,40}?)\.(?=[ \t]|$)", re.M)
_NO_OFFER = re.compile(r"\bno\s+(?:offer|pledge|commitment|contribution)s?\b|\bnothing\s+(?:yet|offered)\b")
_COMMITTED = re.compile(r"\s*(?:committed|firm|in|yes|confirmed|pledged|signed\s+up|on\s+board)\b")
_ACCESS_PHRASE = re.compile(r"\b(?:allow\w*|let|open\w*|use)\b[^.;]{0,60}?\b(?:airspace|ports?|bases?|territory|airfields?)\b")


def _sections(text: str):
    """(label, head span, verdict span or None, body start, body end) of each section a factbox or
    a country-by-country guide heads with a name: 'RWANDA' on its own line, then its text; or
    '4. Niger — out. Niamey withdrew ...' (the outlet's verdict after the dash, then the text)."""
    for m in _LABEL_LINE.finditer(text):
        body_start = _BLANK_LINES.match(text, m.end()).end()  # ("BRITAIN", a blank line, then its text)
        body_end = text.find("\n", body_start)
        while body_end >= 0 and _BULLET_LINE.match(text, body_start) and _BULLET_LINE.match(text, body_end + 1):
            body_end = text.find("\n", body_end + 1)  # "- Sending ...\n- Port of Spain has ...": the section's bullets
        yield m.group(1).strip(), (m.start(1), m.end(1)), None, body_start, len(text) if body_end < 0 else body_end
    for m in _VERDICT_HEAD.finditer(text):
        body_end = text.find("\n", m.end())
        yield m.group(1), (m.start(1), m.end()), (m.start(2), m.end(2)), m.end(), len(text) if body_end < 0 else body_end


_SENTENCE_END = frozenset('.!?:"”’)')


def _label_sections(text: str, found: list[Pledge], mentions: list[CountryMention]) -> list[Pledge]:
    """Pledges of factbox sections headed by a country's name whose text gave none (nor quotes the
    country: 'Nicaragua's foreign ministry called the survey ship "an intruder"' gives no ship)."""
    out = list(found)
    sentences = None
    low = lowered(text)
    for label, head, verdict_span, body_start, body_end in _sections(text):
        if verdict_span is None and capital_code(label):
            continue  # a dateline ("NEW DELHI" on its own line): a place, not a section heading
        code = _country_lookup(label)  # (in any case)
        org = _ORG_ACTORS.get(label.lower()) or _ORG_ACTORS.get("the " + label.lower())
        if code is None and org is None:
            continue
        if verdict_span is not None:  # the outlet's verdict is no pledge of its own ('Nigeria — committed.')
            out = [p for p in out if not (head[0] <= p.start and p.end <= head[1] + 1)]
            found = [p for p in found if not (head[0] <= p.start and p.end <= head[1] + 1)]
        if body_end - body_start < 3 or _LABEL_LINE.match(text, body_start):
            continue
        if not _BULLET_LINE.match(text, body_start) and text[body_start:body_end].rstrip()[-1:] not in _SENTENCE_END:
            continue  # a page's rubric over its headline ('MYANMAR', then 'Nearly 2,900 freed as China sends police')
        if sentences is None:
            sentences = split_sentences(text)
        sents = [(a, b) for a, b in sentences if body_start <= a < body_end][:_SECTION_SENTENCES]
        if not sents:
            continue
        s, e = sents[0]
        if verdict_span is not None:
            if _NO_OFFER.search(low, *verdict_span):
                continue  # 'endorsed, no offer': named, nothing given
            verdict = _VERDICT.match(low, *verdict_span)
            if verdict is None and _COMMITTED.match(low, *verdict_span) is None:
                verdict_kinds = _kinds_in(low[verdict_span[0]:verdict_span[1]])
                if not verdict_kinds:
                    continue  # a verdict we cannot read
            s = head[0]  # the verdict is read with the section's text
        else:
            verdict = _VERDICT.match(low, s, e)
            if verdict is None and code is not None and ('"' in text[s:e] or "“" in text[s:e]) and any(
                    m.code == code and s <= m.start < e for m in mentions):
                continue  # the country's own words, quoted: the stance rules read them
        own = [p for p in found if body_start <= p.start < body_end and (code in p.actor_codes or p.actor == org)]
        if any(p.start < e for p in own) or (verdict_span is not None and own) or (
                verdict is not None and verdict.group("no") and any(
                p.modality == "refused" and set(p.kinds) & set(_kinds_in(low[s:e]) or ["other"]) for p in own)):
            continue  # the section's own sentences say it ("Abuja has committed ...")
        words = low[s:e]
        if verdict is not None and len(sents) > 1 and e - s < 30 and not own:
            words += " " + low[sents[1][0]:sents[1][1]]  # "Undecided. The ministry says 150 soldiers are ready"
            e = sents[1][1]
        cond = _condition(text[s:e]) or ""
        kinds = _kinds_in(words.replace(cond.lower(), " ") if cond else words)
        if _ACCESS_PHRASE.search(words):
            kinds = ["other"]  # "its aircraft would not be allowed into Sudanese airspace": access
        if verdict is not None and verdict.group("no"):
            modality = "refused"
        elif verdict is not None or _CONSIDERING.search(words):
            modality = "considering"
        elif cond:
            modality = "conditional"
        elif kinds or (_DIGIT.search(words) and not _SPEECH.search(words)):  # (not "said the 1899 award was void")
            modality = "firm"
        else:
            continue  # a description, not a contribution
        out.append(Pledge(actor=org or country_name(code), kinds=kinds or ["other"], condition=cond,
                          modality=modality, evidence=text[s:e], start=s, end=e,
                          actor_codes=[code] if code else []))
    out.sort(key=lambda p: p.start)
    return out


# a press digest's section heading: 'DAINIK KHOBOR (Dhaka, Bangladesh)'; and what a paper says of
# "its government": "backed its government's refusal to take the boats back"
_OWN_GOVERNMENT = re.compile(r"\b(?:its|the)\s+(?:own\s+)?government['’]s\s+(?P<what>refusal|decision|offer|pledge|promise)\s+"
                             r"to\s+(?P<act>[^.;]{3,120})")


_REPORTED_EARLIER = ("reported earlier", "reported previously", "reported before", "stated earlier", "said earlier")
_NOT_AS_REPORTED = re.compile(r"\bnot\s+(?:the\s+)?([a-z][a-z .'’-]{1,40}?),?\s+as\s+(?:was\s+|we\s+|it\s+was\s+)?"
                              r"(?:reported|stated|said)\s+(?:earlier|previously|before)\b")


_WITHDREW_OFFER = re.compile(r"\b" + _OFFER_WITHDRAWN + r"\b(?!\s+of\b)")  # (not 'its offer of engineers': it names its own)


def _withdrawn_offers(found: list[Pledge]) -> list[Pledge]:
    """'On Monday the Netherlands offered two F-35 fighters ... By Wednesday the Dutch Ministry of Defence had
    withdrawn the offer': the withdrawal refuses what the same giver offered before, when it names nothing itself."""
    out: list[Pledge] = []
    for p in found:
        if p.modality == "refused" and p.kinds == ["other"] and _WITHDREW_OFFER.search(p.evidence.lower()):
            offered = [q for q in out if q.actor_codes == p.actor_codes and q.modality != "refused"]
            if offered:
                p = replace(p, kinds=offered[-1].kinds)
        out.append(p)
    return out


def _retracted(low: str, found: list[Pledge]) -> list[Pledge]:
    """A wire correction, "It is South Africa, not Mauritius as reported earlier, that has offered two
    helicopters": the earlier pledge of the same kind by the country named wrongly is withdrawn."""
    out = list(found)
    for m in _NOT_AS_REPORTED.finditer(low):
        code = _country_lookup(m.group(1).strip().title())
        if code is None:
            continue
        correcting = [p for p in out if p.start <= m.start() < p.end and code not in p.actor_codes]
        kinds = {k for p in correcting for k in p.kinds}
        out = [p for p in out if not (code in p.actor_codes and p.end <= m.start() and kinds & set(p.kinds))]
    return out


def _digest_positions(text: str, low: str, found: list[Pledge]) -> list[Pledge]:
    """In a press digest, "its government's refusal to take the boats back": the paper's country's
    position, from the section heading that names the paper's city and country."""
    out = list(found)
    heads = [(m.start(), _country_lookup(m.group("place").strip())) for m in PAPER_HEADING.finditer(text)]
    for m in _OWN_GOVERNMENT.finditer(low):
        code = next((c for at, c in reversed(heads) if at < m.start()), None)
        if code is None or "+" in code or any(code in p.actor_codes and abs(p.start - m.start()) < 400 for p in out):
            continue
        s = text.rfind("\n", 0, m.start()) + 1
        e = text.find("\n", m.end())
        e = len(text) if e < 0 else e
        refusal = m.group("what") == "refusal"
        out.append(Pledge(actor=country_name(code), kinds=_kinds_in(m.group("act")) or ["other"], condition="",
                          modality="refused" if refusal else "firm", evidence=text[s:e], start=s, end=e,
                          actor_codes=[code]))
    out.sort(key=lambda p: p.start)
    return out


# "120 Zambian soldiers now staff the observation posts": troops already there, a fact the
# article reports without a commitment verb
# what people sent are doing where they were sent ("are clearing roads", "were distributing food")
_AT_WORK_ING = "building|clearing|working|patrolling|helping|digging|repairing|guarding|rebuilding|distributing|searching"
_SET_OFF = r"(?:left\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?|departed|set\s+off|set\s+out)\s+for\s+(?:the\s+)?(?=[A-Z])"
"""People on their way: 'left Nausori yesterday for Luganville', 'departed for the Solomons'."""
_DEPLOYED = re.compile(
    r"\s+(?:(?i:army|military|navy|police)\s+)?(?:soldiers|troops|peacekeepers|[Pp]olice\s+officers|(?<=olice\s)officers|gendarmes|[Mm]arines|sailors|personnel|"
    r"engineers|deminers|sappers|medics|doctors|firefighters|rescuers|paramedics)(?:\s+and\s+(?:nurses|paramedics|medics|firefighters|rescuers))?"
    r"(?:\s+from\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?(?:\s+(?:in|on|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?)?"
    r"(?:\s+(?:trained|specialised|specialized|experienced)\s+in(?:\s+[\w-]+){1,3}?(?=\s+(?:reached|arrived|landed)\b))?"
    r"(?:\s+(?:and|with)\s+(?:[\w-]+\s+){0,3}?(?:helicopters|aircraft|planes|vehicles|trucks|boats|ships|bulldozers|"
    r"gear|equipment))?"  # ("35 US Army engineers with sonar survey gear has landed")
    r"(?:,\s+who)?"  # ("... landed with some 150 US Marines, who are distributing water")
    r"\s+(?:now\s+|already\s+|currently\s+|still\s+)?(?:staff|serve|man|guard|patrol|"
    r"(?:are|were|have\s+been)\s+(?:deployed|stationed|serving|based|posted)|(?:ha(?:s|ve)\s+)?(?:arrived|landed|reached)|"
    r"will\s+(?:deploy|be\s+deployed|serve|be\s+stationed|arrive|land)|(?:are|is)\s+on\s+(?:their|its)\s+way|"
    # "150 Sri Lanka Police officers will leave for the Maldives on Saturday"
    r"(?:will\s+(?:leave|depart|fly)|(?:are|is)\s+(?:leaving|departing|flying))\s+for\s+(?:the\s+)?(?=[A-Z])|"
    rf"are\s+(?:now\s+|already\s+)?(?:{_AT_WORK_ING})|"
    r"run|runs|operate|operates|" + _SET_OFF + r"|(?P<later>(?:could|would|may|might)\s+follow))\b")
_SENT_BY = re.compile(
    r"(?:^|\s)(?P<what>(?:\d[\d,]*|two|three|four|five|six|several)\s+(?:[\w-]+\s+){0,3}?(?:bombers|planes|aircraft|helicopters|"
    r"ships|vessels|boats|soldiers|troops|firefighters|rescuers|teams|doctors|medics|trucks|drones))\s+"
    r"(?:sent|provided|supplied|lent|donated|dispatched|operated|flown)\s+by\s+(?:the\s+)?$", re.I)
_ARRIVALS = "arrived|landed|reached|began|started"
"""A team's arrival or its first day at work, as a verb in the past."""
_AT_WORK = re.compile(rf"\b(?:were|are|have\s+been|had\s+been|has\s+been)\s+(?:now\s+|already\s+|still\s+)?(?:{_AT_WORK_ING}|"
                      rf"deployed|stationed)\b|\b(?:{_ARRIVALS}|crossed|joined|flew\s+in)\b|"
                      rf"\b{_SET_OFF}")
_CIVIL_CREW = r"(?:doctors|nurses|medics|paramedics|firefighters|fire-fighters|rescuers)"
"""Medical and rescue staff not of the armed forces: no kind names them ("other")."""
_CIVIL_MEDICS = re.compile(r"\s+" + _CIVIL_CREW + r"\b")
"""Such staff right after a demonym ("45 Cuban doctors and nurses landed", "75 Australian firefighters
landed"; not "Moroccan army doctors")."""
_CIVIL_CREWS = re.compile(r"\b" + _CIVIL_CREW + r"\b")
"""Such staff sent with what a kind does name ("110 firefighters with 38 vehicles")."""
_CIVIL_EXPERTS = re.compile(r"(?<!military )(?<!army )\b\d[\d,]*\s+(?:[a-z-]+\s+)?(?:specialists|experts|technicians|volunteers)\b")
"""Counted experts sent with kit ("40 specialists and four pumps"): people the kinds do not name."""
_CIVIL_TEAMS = re.compile(r"\b(?:firefighting|fire-fighting|rescue|medical|search-and-rescue)\s+(?:teams?|brigades?|crews?)\b")
"""A civilian team by its trade ("a 46-member ground firefighting team with 12 fire engines")."""
_SERVICE = r"(?:Emiri\s+|Royal\s+)?(?i:(?:air|aerospace|air\s+and\s+space|land)\s+forces?|navy|fleet\s+auxiliary|army|coast\s+guard|marine\s+corps|defen[cs]e\s+forces?|armed\s+forces|military\s+forces)"
"""A country's armed service after its name or adjective ('Pakistan Air Force', 'US Navy', 'Royal Thai Navy',
'Republic of Fiji Military Forces')."""
_X_TROOPS = re.compile(r"\s+(?:" + _SERVICE + r"\s+(?:\([A-Z]{2,6}\)\s+)?)?(?:troops|forces|soldiers|jets|warships|ships)\b")
"""What follows a country sent in "sending U.S. troops", "sending 120 Malawi Defence Force (MDF) soldiers"."""
_OF_COUNT = r"(?:\s+of\s+(?:about\s+|some\s+)?\d[\d,]*\s+(?:[a-z-]+\s+){0,3}?[a-z]+)?"
"""A team's head count ("... team of 22 divers", "... brigade of 38 doctors and nurses")."""
_BEGAN = rf"\s+(?:has\s+|have\s+|had\s+)?(?:{_ARRIVALS}|crossed\s+(?:the|into))\b"
"""A team's arrival or first day at work."""
# "A US Navy salvage team of 22 divers from Pearl Harbor arrived": a unit of the forces at work
_TEAM_ARRIVED = re.compile(
    rf"\s+(?:{_SERVICE}|military)\s+(?:[a-z-]+\s+){{0,2}}(?:team|unit|detachment|squadron|hospital){_OF_COUNT}"
    r"(?:\s+from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"(?:\s+with\s+[^;()]{1,80}?)?" + _BEGAN)  # ('A Pakistan Army field hospital with 65 doctors, ... crossed the border')
_ASSET_DET = re.compile(r"(?:^|\b)(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|\d+)\s+(?:(?:first|second|third|latest|last|next)\s+)?"
                        r"(?:Royal\s+|Republic\s+of\s+)?$")  # ('A Royal Danish Air Force C-130J', 'The first Royal ...')
# what an asset brought: "... C-130J landed at Keflavík last night with 14 diesel generators, and ..."
_CARGO_WITH = re.compile(r"[^;]{0,80}?\b(?:with|(?<=delivered\s)|(?<=brought\s))([^;]*?)(?:,\s+(?:and|but|while)\b|;|$)")
# ('landed with 14 generators', 'delivered 48 rescuers to the airport')
_GOODS = re.compile(r"\b(?:tonnes|tons|kg|kilograms|pallets|boxes|cartons|crates|litres|liters|supplies|kits|"
                    r"food|water|medicines?|tents|tarpaulins|blankets)\b")
"""What a landed asset carried when it is relief goods ('12 tonnes of rehydration salts')."""
_ABOARD = re.compile(r"\baboard\s+[^,;.]{3,80}")
_CIVIL_CARGO = re.compile(r"^\s*(?:about\s+|some\s+)?\d[\d,]*\s+(?:[a-z-]+\s+)?(?:rescuers|firefighters|doctors|medics|paramedics)\b")
"""A rescue or medical crew an asset brought ('delivered 48 rescuers'), counted."""
# an asset named before the service that owns it: "a transport aircraft of the French Air and Space Force landed"
_ASSET_OF = re.compile(r"\b(?i:a|an|the|two|three|four|\d+)\s+(?:[\w-]+\s+){0,5}?(?P<n>aircraft|planes?|helicopters?|"
                       rf"(?-i:{_MODEL})|"  # ('An A400M of the French Air and Space Force landed')
                       r"ships?|vessels?|frigates?|warships?|patrol\s+boats?|units?|teams?|compan(?:y|ies)|"
                       r"detachments?|contingents?|convoys?|flights?)\s+of\s+(?P<the>the\s+)?"
                       # ('A convoy of the Royal Army of Oman with 75 soldiers ... crossed'): its forces, named before it
                       r"(?P<svc>(?:Royal\s+)?(?:Army|Navy|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces?)\s+of\s+(?:the\s+)?)?"
                       # ('An Il-76 aircraft of the Ministry of the Russian Federation for Civil Defence, ...')
                       r"(?P<min>(?:[A-Z][\w-]*\s+){0,3}?Ministry\s+of\s+(?:the\s+)?)?$")
_UNIT_NOUNS = frozenset("unit units team teams company companies detachment detachments contingent contingents".split())
_ARRIVED_AFTER = re.compile(r"(?:['’]s)?(?:,?\s+[A-Z][\w'’-]*|\s+and|\s+of|\s+for|\s+from){0,14}(?:\s+\([^()\n]{1,80}\))?"
                            r"(?:\s+with\s+[^;()]{1,80}?)?"  # ('... (THW) with 64 volunteers and 12 pumps reached')
                            r"(?:\s+(?:has\s+|had\s+)?(?:landed|arrived|docked|sailed|reached|touched\s+down|delivered)|"
                            r"\s+crossed\s+(?:the|into)|"
                            # ('... of the Slovak Air Force have been evacuating people'): at work
                            r"\s+(?:ha(?:s|ve)\s+been|is|are|was|were)\s+(?:evacuating|flying|ferrying|airlifting|searching|"
                            r"patrolling|rescuing|dropping|carrying|pumping|clearing))\b")
# ("A 65-member unit of the Guatemalan Army’s Humanitarian and Rescue Unit (UHR) crossed the border")
# counted members of a force named before its country: "120 members of the Bolivarian National Armed
# Forces (FANB) of Venezuela ... arrived"
_FORCE_PEOPLE = r"members|soldiers|troops|personnel|engineers|marines|sailors|servicem[ae]n|paratroopers|sappers|airmen"
"""People of a force, before its name ("120 members of the ... Armed Forces", "Soldiers of the Namibian Defence Force")."""
_UNIT_WORDS = r"(?:troops|units?|corps|brigades?|battalions?|regiments?)"
"""A force's unit, named in lower case ('... protection troops', 'the engineering battalion')."""
_FORCE_THEN_OF = re.compile(rf"\b\d[\d,]*\s+(?P<who>{_FORCE_PEOPLE})\s+of\s+the\s+"
                            # ('90 servicemen of the radiation, chemical and biological protection troops of the Armed Forces')
                            rf"(?:[a-z][a-z,\s-]{{2,60}}?\s{_UNIT_WORDS}\s+of\s+the\s+)?"
                            r"(?:[A-Z][\w-]*\s+){0,4}?(?P<svc>Armed\s+Forces|Army|Navy|Defen[cs]e\s+Forces?|Air\s+Force)"
                            r"(?:\s+\([A-Z]{2,8}\))?\s+of\s+(?:the\s+)?" + FORMAL_STATE + "?$")  # ('... of the Republic of Uzbekistan')
_FORCE_NAME_AFTER = re.compile(rf"(?:'s|’s)?\s+(?:{_SERVICE}|Police)\b")  # ("Sri Lanka Police officers")
_NEW_ONE = re.compile(r"\b[Aa]n?\s+$")
# a civilian team after its demonym, then at work: "a Cuban medical brigade of 38 doctors and nurses began work"
_CREW_AT_WORK = re.compile(rf"(?P<crew>\s+(?:[a-z-]+\s+){{0,2}}(?:brigade|team|mission|contingent){_OF_COUNT})"
                           rf"(?:{_BEGAN}|\s+(?:is|was)\s+(?:working|treating)\b)")
# "Soldiers of the Namibian Defence Force (NDF) yesterday joined ...": people of a force, then at work
_UNIT_AFTER = re.compile(rf"(?:\s+[a-z-]+,?){{1,6}}?\s+(?:forces|{_UNIT_WORDS})\b")
"""A force's unit named in lower case after its demonym ('... of the Russian radiation, chemical and biological
protection troops')."""
_PEOPLE_OF = re.compile(rf"\b(?i:{_FORCE_PEOPLE})\s+of\s+the\s+"
                        # ('soldiers of the Humanitarian and Rescue Unit (UHR) of the Guatemalan Army': a unit between)
                        r"(?:(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for)\s+)?){1,6}(?:\([A-Z]{2,8}\)\s+)?of\s+the\s+)?"
                        r"(?:Royal\s+)?$")  # ('soldiers of the Royal Brunei Land Forces')


def _force_before(s: str, pos: int) -> re.Match | None:
    """`_FORCE_THEN_OF` ending at `pos` (a country's name): looked for only after 'of' or 'of the' (which
    a formal name also ends with: 'of the Republic of ')."""
    if not s.endswith(("of ", "of the "), max(0, pos - 7), pos):
        return None
    return _FORCE_THEN_OF.search(s, max(0, pos - 140), pos)


def _counted_at_work(sentence: str, rel: int, end: int) -> re.Match | None:
    """`_FROM_GIVER` before the country at sentence[rel:end] when the people it counts are at work or
    have arrived ('About 90 soldiers from the British Army ... were clearing roads')."""
    counted = _FROM_GIVER.search(sentence, max(0, rel - 60), rel)
    if counted is None and sentence.endswith(("from ", "from the "), max(0, rel - 9), rel):
        counted = _SOLDIERS_FROM.search(sentence, max(0, rel - 30), rel)  # 'Soldiers from Oman ... joined'
    return counted if counted is not None and _AT_WORK.search(sentence, end, end + 220) else None


def _brought_by(sentence: str, pos: int) -> list[str]:
    """'air' or 'sea' for the military aircraft or ship that brought a force, named in sentence[pos:]
    ('flew in aboard a Royal Brunei Air Force transport aircraft'); [] for none or a civil flight."""
    aboard = _ABOARD.search(sentence, pos)
    if aboard is None or not _MILITARY_AIR.search(aboard.group().lower()):
        return []
    return [k for k in _kinds_in(aboard.group().lower()) if k in ("air", "sea")]


def _with_cargo(kinds: list[str], sentence: str, pos: int) -> list[str]:
    """`kinds` of an asset that arrived, with what it carried from sentence[pos:] (the 'with ...' after
    the verb): equipment ('landed with 14 generators'), or relief goods as 'other' ('with 12 tonnes of
    salts')."""
    cargo = _CARGO_WITH.match(sentence, pos)
    if cargo is None:
        return kinds
    carried = _kinds_in(cargo.group(1).lower())
    if "equipment" in carried:
        return _kinds_union(kinds, ["equipment"])
    if not carried and (_GOODS.search(cargo.group(1)) or _CIVIL_CARGO.search(cargo.group(1))):
        return _kinds_union(kinds, ["other"])  # (relief goods, or a rescue crew it brought)
    return kinds
_ASSET_NOUN = (r"frigate|warship|destroyer|corvette|minehunter|ship|vessel|patrol\s+boat|cutter|aircraft|plane|helicopter|"
               r"jet|flight|bomber|tanker")
"""A ship's or an aircraft's noun, singular: what `_ASSET_MOVED` and `_COUNTED_ARRIVAL` see arrive."""
_MAKERS = r"(?:Canadair|Airbus|Boeing|Lockheed|Embraer|Antonov|Ilyushin)"
"""Aircraft makers named before a model or a noun ('Boeing 737', 'Canadair water bombers')."""
_ASSET_MOVED = re.compile(
    # (after the adjective: its armed service, or a ministry that flies its own aircraft: "Russian
    # Emergencies Ministry Il-76 aircraft")
    rf"(?:'s|’s)?\s+(?:{_SERVICE}(?:'s|’s)?\s+|military\s+|[A-Z][a-z]+\s+Ministry\s+|"
    r"(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+[a-z])[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+)?"  # ('A French Sécurité Civile helicopter')
    # a ship by its prefix and name ("The Indian navy's INS Tarkash, which ..., docked at Salalah")
    r"(?:(?P<ship>(?<=['’]s\s))[A-Z]{2,5}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:,\s+(?:which|that|with)\s+[^;,]{3,120},)?(?=\s+(?:has\s+|had\s+)?(?:docked|sailed|arrived))|"
    # an aircraft by its model alone ("Air Force C-17 landed", "C-130 Hercules has landed"), or a model,
    # a role and the asset's noun
    r"(?:" + _MODEL + "|" + _MAKERS + r"\s+[A-Z]?\d{1,4}[A-Z]?)(?:\s+[A-Z][a-z]+){0,2}"
    # ('A Royal Australian Air Force P-8A Poseidon is flying daily sorties')
    r"(?=\s+(?:has\s+|had\s+)?(?:landed|arrived|flew|touched|brought|delivered)|\s+(?:is|are)\s+(?:now\s+)?flying)|"  # ('a Mexican Air Force Boeing 737 landed')
    r"(?:[A-Z0-9][\w-]*\d[\w-]*\s+(?:[A-Z][a-z]+\s+)?|" + _MAKERS + r"\s+)?"  # ("P-8A Poseidon patrol aircraft")
    r"(?:[A-Z][\w-]*-class\s+)?(?:air-defen[cs]e\s+|anti-submarine\s+|multi-?role\s+|general-purpose\s+)?"  # ("Sachsen-class air-defence frigate")
    r"(?:offshore\s+|amphibious\s+(?:assault\s+)?)?(?:transport\s+|cargo\s+|patrol\s+|supply\s+|logistics\s+|landing\s+|hospital\s+|relief\s+|water\s+|"
    r"(?:pollution|fire|rescue|survey|research|salvage)\s+(?:and\s+(?:salvage|rescue|research|survey)\s+)?"
    r"(?:control\s+|fighting\s+)?)?(?P<n>" + _ASSET_NOUN + r")s?)(?:\s+[A-Z][\w'’-]+(?:\s+[A-Z0-9][\w'’-]*){0,2}"
    r"(?:\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z0-9][\w'’-]*){0,2})?(?:\s+\([A-Z]{1,4}\s?\d{1,4}\))?)?"  # ("ships ARM Papaloapan and
    # ARM Huasteco docked", "frigate FGS Hessen (F 221) sailed")
    r"(?:,\s+(?:each|both|all)\s+(?:[^,;]|,(?=\d)){3,80},|,\s+with\s+(?:an?|its|their|two|three|\d[\d,]*|some|about|more\s+than)\s+[^;,]{3,80},|,\s+(?:which|that|(?:re)?diverted|sent|redeployed)\s+[^;,]{3,120},|"
    r"\s+(?:carrying|(?:fitted|equipped|loaded)\s+with)\s+[^;,.]{3,120}?|"
    r"\s+(?:(?:flying|operating|sailing)\s+)?from\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"  # ("aircraft carrying 30 rescuers ... landed")
    r"\s+(?:has\s+|have\s+|had\s+)?(?:yesterday\s+|today\s+|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?"
    # ("helicopter from Osan Air Base has been flying", "a Canadian frigate yesterday escorted")
    r"(?:sailed|arrived|docked|anchored|landed|flew|flown|reached|brought|delivered|carried|sent\s+to|deployed\s+to|"
    r"(?:taken|took)\s+up\s+(?:station|position)|"  # ('The French frigate Provence has taken up station 12 nautical miles off')
    r"escorted" + _NOT_FOR_THE_EFFORT + r"|evacuated|rescued|ferried|shuttled|(?:made|completed)\s+(?:[\w-]+\s+){0,2}?(?:trips|crossings|sailings|voyages|rotations)|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:diverted|sent|dispatched|redeployed|detached|deployed)\s+to|"
    r"(?:was|were|is|are)\s+(?:sailing|heading|steaming|en\s+route|due\s+(?:in|at|off|to\s+(?:arrive|dock)))|"
    r"(?:was|were|is|are)\s+(?:also\s+|now\s+|already\s+)?on\s+(?:its|their)\s+way|"  # ('The Italian destroyer ... is also on its way')
    r"(?:is|are)\s+(?:now\s+)?(?:enforcing|patrolling|escorting|shadowing|guarding|holding|flying|operating\s+(?:off|in|from))|"  # ('..., is enforcing the exclusion zone')
    # ("Two US Navy P-8A Poseidon patrol aircraft flying from RAF Lossiemouth will hunt for submarines")
    r"will\s+(?:operate|fly|patrol|hunt|search|escort|shadow|guard|track|be\s+(?:based|deployed|stationed))|been\s+(?:flying|searching|patrolling|escorting|shadowing|guarding|operating|skimming|pumping|working|clearing|dropping|ferrying|evacuating|airlifting)|"
    r"(?:began|(?:has\s+|have\s+)?begun)\s+(?:ferrying|flying|airlifting|evacuating|patrolling|carrying|dropping|"
    r"dousing|searching|pumping))\b(?!\s+(?:in|at)\s+(?:the\s+)?(?:home|base)\b)")
_CARRIED_ON = re.compile(r"\b(?:flown|evacuated|airlifted|ferried|lifted|taken|carried)\s+(?:[^.;]{0,60}?\s)?"
                         r"(?:on|aboard|by|in)\s+(?:an?\s+|two\s+|three\s+|four\s+|\d+\s+)?$")
_CARRIER_AFTER = re.compile(r"\s+(?:military|air\s+force|navy|naval|army)\s+(?P<n>aircraft|planes?|jets|helicopters?|"
                            r"transport\s+planes?|ships?|vessels?)\b")
"""People carried on a state's military craft ('had been flown out on French military aircraft', 'evacuated
aboard two Indian navy ships'): `_CARRIED_ON` ends at the demonym, `_CARRIER_AFTER` follows it (a civil or
chartered flight is not the state's contribution)."""
_ABBREV_ADJ = re.compile(r"[A-Z]\.?[A-Z]\.?")  # "400 US Marines": a country's abbreviation as an adjective
_HEAD_COUNT = (r"(?:\d[\d,]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|"
               r"(?:a|one|two|three|four|five)\s+hundred|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)")
"""How many people or assets, in digits or words ('60', 'Sixty', 'forty-five', 'two hundred', 'twelve'): a
pattern fragment (case as the pattern using it reads)."""
_COUNT_BEFORE = re.compile(rf"(?:{_HEAD_COUNT}|dozens\s+of|hundreds\s+of|several|some|about\s+\d[\d,]*)\s+$", re.I)


def _sentence_pledge(actor: str, codes: list[str], kinds: list[str], sentence: str, s: int,
                     modality: str = "firm", condition: str = "") -> Pledge:
    """A pledge whose evidence is its whole sentence (starting at `s`); no kinds named is 'other'."""
    return Pledge(actor=actor, kinds=kinds or ["other"], condition=condition, modality=modality,
                  evidence=sentence, start=s, end=s + len(sentence), actor_codes=list(codes))


def _names_service(text: str, end: int) -> bool:
    """A country's name ending at `end` is followed by its service ('Pakistan Air Force') or its
    possessive ('Britain’s HMS Trent arrived')."""
    return _FORCE_NAME_AFTER.match(text, end) is not None or text.startswith(("'s ", "’s "), end)


def _owns_forces(text: str, m: CountryMention) -> bool:
    """`m` can own forces or assets sent: a demonym or an adjective ('Zambian soldiers', 'US troops'),
    or a name before its service or its possessive (`_names_service`)."""
    return m.how == "demonym" or _ABBREV_ADJ.fullmatch(m.surface) is not None or (
        m.how == "name" and (_names_service(text, m.end) or _force_before(text, m.start) is not None
                             or text.endswith(("Ministry of ", "Ministry of the "), max(0, m.start - 20), m.start)
                             or (text.endswith(("of ", "of the "), max(0, m.start - 7), m.start)
                                 and _SERVICE_OF_BEFORE.search(text, max(0, m.start - 30), m.start) is not None)
                             or (text.endswith(("from ", "from the "), max(0, m.start - 9), m.start)
                                 and _SOLDIERS_FROM.search(text, max(0, m.start - 30), m.start) is not None)))
    # ('an Il-76 aircraft of the Ministry of the Russian Federation for Emergencies': its ministry's own; 'the
    # Royal Army of Oman'; 'Soldiers from Oman')


_SOLDIERS_FROM = re.compile(r"(?:^|[.!?]\s+|\n)(?P<who>Soldiers|Troops|Marines|Sailors|Servicemen)\s+from\s+(?:the\s+)?$")
"""A sentence opening with soldiers from a named state ('Soldiers from Oman ... joined'): its own."""
_SERVICE_OF_BEFORE = re.compile(r"(?:Army|Navy|Air\s+Force|Armed\s+Forces|Defen[cs]e\s+Forces?)\s+of\s+(?:the\s+)?$")


def _deployed(text: str, s: int, sentence: str, mentions: list[CountryMention],
              found: list[Pledge]) -> list[Pledge]:
    """Troops pledges of counted national forces already deployed ('120 Zambian soldiers now staff')."""
    out: list[Pledge] = []
    # (a refusal leaves room for what did arrive: "would not send a medical team, but an Egyptian
    # Air Force C-130 landed ... with 12 tonnes of salts")
    taken = {c for p in found if p.modality != "refused" for c in p.actor_codes}

    def add(m: CountryMention, kinds: list[str]) -> None:
        for p in out:
            if p.actor_codes == [m.code]:  # "The U.S. Navy ship ... arrived, while a U.S. Air Force helicopter ...":
                p.kinds = _kinds_union(p.kinds, kinds)  # one pledge, both assets
                return
        out.append(_sentence_pledge(m.surface, [m.code], kinds, sentence, s))

    def join(code: str, kinds: list[str]) -> None:
        """What more the sentence says `code` sent joins the firm pledge already credited to it."""
        for p in found + out:
            if code in p.actor_codes and p.modality == "firm":
                p.kinds = _kinds_union(p.kinds, kinds)
                return

    for m in mentions:
        if not _owns_forces(text, m):
            continue
        rel, end = m.start - s, m.end - s
        if m.code in taken:
            if m.how == "name" and _names_service(sentence, end) and (moved := _ASSET_MOVED.match(sentence, end)) \
                    and moved.group("n"):
                join(m.code, _kinds_in(moved.group("n").lower()))  # "The Royal Netherlands Navy patrol vessel ...
                # has begun ferrying relief supplies": the vessel
            elif (counted := _counted_at_work(sentence, rel, end)) is not None:
                # "85 soldiers of the Indian Army's Corps of Engineers, brought by the Indian Navy ship ...,
                # has been clearing": the soldiers
                join(m.code, _kinds_in(counted.group("who").lower()))
            continue
        asset = _ASSET_MOVED.match(sentence, end) if (m.how == "demonym" or m.how == "name" and _names_service(sentence, end)) and (
            _ASSET_DET.search(sentence, max(0, rel - 22), rel) or sentence.startswith(("'s", "’s"), end)
            or not sentence[:rel].strip()) else None  # (or opening the sentence: "Sri Lanka Navy's offshore patrol vessel")
        if asset is not None:  # "The French frigate Floréal sailed from Réunion", "A UAE Air Force C-17 landed"
            kinds = (_kinds_in(asset.group("n").lower()) or _kinds_in(asset.group().lower())) if asset.group("n") else \
                ["sea"] if asset.group("ship") is not None else ["air"]  # ('Canadair water bombers arrived')
            add(m, _with_cargo(kinds, sentence, asset.end()))
            if asset.group("n") is None:
                taken.add(m.code)
            continue  # (its troops may come later in the sentence: "... and 140 Indian army engineers")
        force = _force_before(sentence, rel) if m.how == "name" else None
        if force is not None and _AT_WORK.search(sentence, end, end + 220):
            svc = force.group("svc").lower()
            add(m, ["ground troops"] + (["air"] if svc.startswith(("air", "aerospace")) else ["sea"] if svc == "navy" else []))
            taken.add(m.code)
            continue
        owned = _ASSET_OF.search(sentence, max(0, rel - 60), rel) if m.how in ("demonym", "name") else None
        if owned is not None and not ((owned.group("the") and m.how == "demonym") or owned.group("min") or owned.group("svc")
                                      or sentence.startswith(("'s", "’s"), end)):
            owned = None  # 'a unit of the Guatemalan Army', 'a convoy of Germany's THW': not 'a team of France'
        arrived = _ARRIVED_AFTER.match(sentence, end) if owned is not None else None
        if arrived is not None:  # "a transport aircraft of the French Air and Space Force landed ... with 14 tonnes"
            kinds = _kinds_in(owned.group("n").lower()) or (["air"] if re.fullmatch(_MODEL, owned.group("n")) else [])
            if owned.group("svc") and owned.group("n").lower() in ("convoy", "convoys", "contingent", "contingents"):
                kinds = _kinds_union(kinds, ["ground troops"])
            if owned.group("n") in _UNIT_NOUNS:  # "a 40-member rescue unit of the Egyptian Armed Forces arrived ...
                # aboard an Egyptian Air Force C-130": soldiers, and what brought them
                kinds = ["ground troops"] if _FORCE_NAME_AFTER.match(sentence, end) else ["other"]
                kinds += [k for k in _brought_by(sentence, arrived.end()) if k not in kinds]
            add(m, _with_cargo(kinds, sentence, arrived.end()))
            taken.add(m.code)
            continue
        people = _PEOPLE_OF.search(sentence, max(0, rel - 120), rel) if m.how in ("demonym", "name") and \
            sentence.endswith(("of the ", "Royal "), max(0, rel - 7), rel) else None
        svc = _FORCE_NAME_AFTER.match(sentence, end) if people is not None else None
        if svc is None and people is not None and m.how == "demonym":
            # "120 servicemen of the Russian radiation, chemical and biological protection troops crossed"
            svc = _UNIT_AFTER.match(sentence, end)
        if svc is not None and _AT_WORK.search(sentence, svc.end(), svc.end() + 220):
            # "Soldiers of the Namibian Defence Force (NDF) yesterday joined volunteers battling veld fires"
            add(m, ["ground troops"] + _brought_by(sentence, svc.end()))
            taken.add(m.code)
            continue
        counted = _counted_at_work(sentence, rel, end)
        if counted is not None:
            # "About 90 soldiers from the British Army training unit, which ..., were clearing roads"
            add(m, _kinds_in(counted.group("who").lower()) or (
                ["ground troops"] if _FORCE_NAME_AFTER.match(sentence, end) else ["other"]))  # ('Forty engineers
            # from the Papua New Guinea Defence Force arrived': its soldiers)
            taken.add(m.code)
            continue
        if _HOSPITAL_OF.search(sentence, max(0, rel - 70), rel) and (svc := _SERVICE_AFTER.match(sentence, end)) and \
                _HOSPITAL_OPEN.search(sentence, svc.end(), svc.end() + 160):
            # "A ROL 2 field hospital of the Romanian Armed Forces, with 52 military medics, opened": its
            # soldiers run it (a military field hospital sent abroad is a troops contribution)
            add(m, ["ground troops"])
            taken.add(m.code)
            continue
        if m.how == "demonym" and (h := _MILITARY_HOSPITAL_AFTER.match(sentence, end)) and \
                _HOSPITAL_OPEN.search(sentence, h.end(), h.end() + 160):
            add(m, ["ground troops"])  # "A Romanian military field hospital with 30 medical staff is operating"
            taken.add(m.code)
            continue
        sent_by = _SENT_BY.search(sentence, max(0, rel - 90), rel) if m.how == "demonym" else None
        if sent_by is not None:  # "Two Canadair water bombers sent by the Italian fire service landed"
            add(m, _kinds_in(sent_by.group("what").lower()) or ["other"])
            taken.add(m.code)
            continue
        team = _TEAM_ARRIVED.match(sentence, end)
        if team is not None:  # "A US Navy salvage team of 22 divers ... arrived in Chuuk"
            add(m, _kinds_in(team.group().lower()))
            taken.add(m.code)
            continue
        crew = _CREW_AT_WORK.match(sentence, end) if m.how == "demonym" and \
            _NEW_ONE.search(sentence, max(0, rel - 4), rel) else None  # (not 'the Japanese team was working': met before)
        if crew is not None:  # "a Cuban medical brigade of 38 doctors and nurses began work at a field hospital"
            add(m, _kinds_in(crew.group("crew").lower()) or ["other"])
            taken.add(m.code)
            continue
        carrier = _CARRIER_AFTER.match(sentence, end) if m.how == "demonym" and \
            _CARRIED_ON.search(sentence, max(0, rel - 90), rel) else None
        if carrier is not None:  # "1,140 people had been flown out on French military aircraft": its aircraft at work
            add(m, _kinds_in(carrier.group("n").lower()))
            taken.add(m.code)
            continue
        verb = _DEPLOYED.match(sentence, end)
        if verb is None or not (_COUNT_BEFORE.search(sentence, max(0, rel - 20), rel)
                                or sentence.startswith((" army ", " military ", " navy "), end)):
            continue  # a count ("120 Zambian soldiers"), or armed forces by name ("Moroccan army doctors run")
        # "... arrived with four aircraft", "soldiers and three army helicopters landed": what came with the troops
        rest = sentence[verb.end():].lower() + " " + verb.group().lower()
        extra = [k for k in _kinds_in(rest) if k in ("air", "sea", "equipment")]
        kinds = extra or ["other"] if _CIVIL_MEDICS.match(verb.group()) else ["ground troops"] + extra
        if verb.group("later"):  # "Pakistani army sappers could follow, but only once ...": not yet sent
            cond = _condition(sentence) or ""
            out.append(_sentence_pledge(m.surface, [m.code], kinds, sentence, s,
                                        "conditional" if cond else "considering", cond))
        else:
            add(m, kinds)
        taken.add(m.code)
    return out


# "A contingent of 64 military personnel ... landed in Horta ..., the Spanish embassy in Lisbon said"
# "A 12-member pumping team of ... will fly out once ..., the German embassy said": on its way
# "The Royal Fleet Auxiliary ship RFA Mounts Bay arrived ...": an asset, named without its country
_COUNTED_ARRIVAL = re.compile(
    r"^(?:(?:an?\s+(?:[\w'’-]+\s+){0,7}?(?:contingent|team|unit|detachment|group|troop|platoon|company|convoy)\s+of\s+)?"
    # ('60 Jamaica Defence Force (JDF) engineers'; 'A convoy of Mexican Army soldiers', uncounted)
    rf"(?:(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+)?{_HEAD_COUNT}\s+|(?<=of\s))(?:[\w-]+\s+|\([\w-]+\)\s+){{0,4}}?"
    r"(?P<people>soldiers|troops|personnel|servicem[ae]n|engineers|rescuers|firefighters|doctors|medics|specialists|"
    r"experts|divers)|an?\s+\d+-(?:member|strong|person)\s+(?:[\w-]+\s+){0,3}?(?:team|unit|contingent|detachment|crew)|"
    r"(?:the|an?)\s+(?:[\w'’-]+\s+){0,5}?(?:" + _ASSET_NOUN + r")\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?=arrived|landed|docked)|"
    # "Two Puma helicopters from RAF Akrotiri stood by to evacuate the crew": assets held ready
    rf"{_HEAD_COUNT}\s+(?:[\w'’-]+\s+){{0,3}}?(?:" + _ASSET_NOUN + r")s\s+(?:[\w'’-]+\s+){0,4}?(?=stood\s+by\s+to))\b"
    r"[^;]*?\b(?:arrived|landed|docked|stood\s+by\s+to|will\s+(?:fly\s+out|leave|depart|travel|deploy)|"
    r"(?:will|would)\s+(?:reach|arrive\s+in)\b|"  # ('80 forest firefighters would reach Corumbá by road')
    r"(?:flew|were\s+flown|was\s+flown)\s+in(?:to)?\b|"  # ('A contingent of 150 soldiers flew into Turkmenbashi')
    r"(?:is|are)\s+(?:on\s+(?:its|their)\s+way|expected\s+(?:in|at|to)|en\s+route|headed)|crossed\s+the\s+border|"
    # ('Around 40 US Air Force personnel from RAF Menwith Hill spent Saturday building a barrier'): at work there
    r"(?:spent|were|is|are|have\s+been|had\s+been)\s+(?:[\w'’-]+\s+){0,3}?(?:building|filling|clearing|searching|"
    r"pumping|fighting|sandbagging|helping|working))\b")
_ARRIVAL_HINTS = ("arrived", "landed", " flew in", " flown in", " will ", " would ", " way ", "expected ", "border",
                  "stood by")
_AT_WORK_HINTS = (" spent ", " were ", " been ", " is ", " are ")
"""Cheap tests before `_COUNTED_ARRIVAL`: words its verbs need (the second set with an -ing word)."""


_AIRCRAFT_NOUN = re.compile(r"\b(?:aircraft|planes?|jets?|helicopters?|bombers?|drones?|airlift\w*|flights?|aboard|flew|flown)\b")
_GIVEN_BY = re.compile(r"\b(?:donated|gifted|supplied|provided|financed|funded|paid\s+for|"
                       # "under a deal brokered by Malaysia": the mediator's effort
                       r"(?:(?<=deal )|(?<=truce )|(?<=talks )|(?<=accord )|(?<=agreement )|(?<=ceasefire ))"
                       r"(?:brokered|mediated))\s+by\s+"
                       r"(?:the\s+(?:government|people|governments)\s+of\s+)?(?:the\s+)?$")


def _given_by(s: int, sentence: str, mentions: list[CountryMention], lsent: str) -> list[Pledge]:
    """Goods 'donated by the government of Kazakhstan' (a passive with the giver named): that state
    gave them, of the kinds named before it."""
    for m in mentions:
        rel = m.start - s
        given = _GIVEN_BY.search(lsent, max(0, rel - 50), rel)
        if given is not None:
            kinds = ["other"] if given.group().startswith(("brokered", "mediated")) else \
                _kinds_in(lsent[:given.start()]) or ["other"]  # (a deal brokered: mediation, whatever it frees)
            return [_sentence_pledge(m.surface, [m.code], kinds, sentence, s, "firm", "")]
    return []


_NATIONAL_COMPANY_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){1,4}\s+(?:Corporation|Company)\b")
"""A state's national company after its name ('36 specialists of the China National Petroleum Corporation arrived')."""


def _credited_arrival(s: int, sentence: str, mentions: list[CountryMention], lsent: str) -> list[Pledge]:
    """A counted team's or a ship's or aircraft's arrival that no country opens, credited at the end to
    one state's body ("..., the Spanish embassy said"), or to its own country's forces: that state sent it."""
    arrival = _COUNTED_ARRIVAL.match(lsent)
    if arrival is None:
        return _reported_arrival(s, sentence, mentions, lsent)
    tail = _TRAILING_BODY_SAID.search(lsent, arrival.end())
    own = [m for m in mentions if tail.start() <= m.start - s < tail.end()] if tail is not None else []
    if len(own) != 1:  # or the team's own forces: "A contingent of 60 Jamaica Defence Force soldiers ... arrived"
        own = [m for m in mentions if m.start - s < arrival.end() and (
            m.how == "demonym" or _FORCE_NAME_AFTER.match(sentence, m.end - s) is not None
            or _NATIONAL_COMPANY_AFTER.match(sentence, m.end - s) is not None)]
        if len({m.code for m in own}) != 1:
            return []
    cut = tail.start() if tail is not None else len(lsent)
    cond = _condition(sentence[:cut]) or ""
    told = lsent[:cut]
    kinds = _kinds_in(told.replace(cond.lower(), " ") if cond else told)  # (not 'once the road reopens to trucks')
    if _CIVIL_CREWS.search(arrival.group()) and "ground troops" not in _kinds_in(arrival.group()):
        kinds = [k for k in kinds if k != "ground troops"]
    if "air" in kinds and arrival.group("people") and not _AIRCRAFT_NOUN.search(told):
        kinds = [k for k in kinds if k != "air"]  # "40 US Air Force personnel ... building a barrier": people
    if "sea" in kinds or "air" in kinds:
        kinds = _with_cargo(kinds, sentence, arrival.end())  # ('... ship ... arrived off Vigie with 80 tonnes of water')
    return [_sentence_pledge(own[0].surface, [own[0].code], kinds, sentence, s,
                             "conditional" if cond else "firm", cond)]


_BODY_OPENS = re.compile(r"(?:an?\s+(?:spokes(?:man|woman|person)|official)\s+(?:for|of|at)\s+)?(?:the\s+)?"
                         r"[\w'’.-]+\s+(?:[a-z]+\s+)?(?:" + STATE_BODY + r"|agency|service)\b"
                         r"(?:,\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3},)?")  # ("Chile's forestry agency, Conaf, said")


def _reported_arrival(s: int, sentence: str, mentions: list[CountryMention], lsent: str) -> list[Pledge]:
    """A state's body that opens the sentence reports a counted team's arrival ("A spokesman for the
    British embassy ... confirmed that a team of 14 rescue specialists had arrived"): that state sent it."""
    body = _BODY_OPENS.match(lsent)
    if body is None:
        return []
    own = [m for m in mentions if m.start - s < body.end()]
    if len({m.code for m in own}) != 1:
        return []
    # each report after the body, "that" optional ('said 80 firefighters would reach'; 'said the army would
    # not come, but confirmed that a team ... had arrived')
    arrival = next((a for sp in _SPEECH.finditer(lsent, body.end())
                    if (a := _COUNTED_ARRIVAL.match(lsent[sp.end():])) is not None), None)
    if arrival is None:
        return []
    return [_sentence_pledge(own[0].surface, [own[0].code], _kinds_in(arrival.group()), sentence, s, "firm", "")]


_CLAIM_LINE = re.compile(r"[ \t]*(?:CLAIM|Claim|RUMOU?R|Rumou?r|The\s+claim)\s*:")


_CLAIM_LINE_ANY = re.compile(r"^" + _CLAIM_LINE.pattern, re.M)


def _claimed(text: str, s: int, e: int) -> bool:
    """In a fact check, the sentence reports a claim, not a fact: a "CLAIM: ..." line, or the
    text of a social-media post signed "— Name (@handle)" on the next line (elsewhere a post
    is someone's statement, such as a government's, and its pledges count)."""
    ls = text.rfind("\n", 0, s) + 1
    if _CLAIM_LINE.match(text, ls, s + 12):
        return True
    nl = text.find("\n", e)
    if nl < 0 or nl - e >= 120 or "(@" not in text[nl:nl + 120]:
        return False
    start = nl + 1
    while text[start:start + 1] in (" ", "\t"):
        start += 1
    return POST_SIGNATURE.match(text, start) is not None


# "- Japan: two transport aircraft and their crews", "UK: £18m for shelters": a list item
# naming countries and, after a colon, what they give (no verb); the item's words up to a
# relative clause, an attribution or a contrast.
_ITEM_HEAD = re.compile(r"(?:(?:'s|’s)\s+(?:answer|offer|response|contribution|pledge|reply)|"
                        # "Morocco, which keeps its own fleet, was the first to respond: four planes and 60 soldiers"
                        r"(?:,\s+(?:which|who|whose)\s+[^,;:]{3,80},)?\s+(?:was\s+(?:the\s+)?first\s+to\s+"
                        r"(?:respond|act|help|arrive)|responded\s+first|moved\s+first|acted\s+first))?\s*:\s+")
_ITEM_END = re.compile(r",\s+(?:which|who|whose|according|but|while|although|says|said|officials)\b|;|:|\(|\s[–—]\s")
_ITEM_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|could|may|might|can|did|does|do|"
                        r"said|says|say|told|declined|refused|signed|joined|voted|abstained|wants?|"
                        r"plans?|hopes?|expects?)\b")
# (past a dash aside: "no military helicopters – Washington says ... elsewhere – but US$2.5 million")
_ITEM_BUT = re.compile(r"(?:\s[–—]\s[^–—;]{1,160}?\s[–—])?,?\s*but\s+")
_ITEM_NONE = re.compile(r"(?:no|nothing|none|zero)\b")
_ITEM_QUANTITY = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                            r"several|dozens|hundreds|thousands|up\s+to|about|around)\b|[\d$€£¥]|[a-z]{1,3}\$")
# what a list item can give besides the DESIGN.md kinds ("a field hospital", "shelters")
_ITEM_GOODS = re.compile(r"\b(?:hospitals?|shelters?|tents|doctors|medics|nurses|medical|food|water|fuel|"
                         r"supplies|aid|teams?|experts|vehicles|trucks|generators|logistics|airport|port|bases?)\b")


def _lead_and_head(sentence: str, s: int, mentions: list[CountryMention], head_rx: re.Pattern,
                   text: str) -> tuple[str, list[str], re.Match] | None:
    """The countries a sentence opens with and `head_rx` matched right after them in `text`
    (the sentence or its lower-cased form): (names, codes, the head's match), or None."""
    run = _lead_run(sentence, s, mentions)
    if run is None:
        return None
    name, codes, end = run
    head = head_rx.match(text, end - s)
    return None if head is None else (name, codes, head)


_REQUEST_WEIGHED = re.compile(r"\s*(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:request|demand)\s+for\s+([^;:]{1,100}?)\s+"
                              r"(?:is|was|are|were)\s+(?:now\s+|still\s+)?(?:being\s+)?(?:examined|considered|studied|"
                              r"reviewed|assessed|evaluated|weighed)\b")
"""A list item's request that the listed state weighs ('a request for a team of hydrologists is being examined')."""


def _gives_something(phrase: str, kinds: list[str]) -> bool:
    """A phrase that names something given: a kind, a number or goods ('a field hospital')."""
    return bool(kinds) or _DIGIT.search(phrase) is not None or _ITEM_GOODS.search(phrase) is not None


def _item_pledge(text: str, s: int, sentence: str, mentions: list[CountryMention],
                 lsent: str) -> list[Pledge]:
    """The pledge of a verbless list item 'Country: what it gives' ([] if it is not one)."""
    lead = _lead_and_head(sentence, s, mentions, _ITEM_HEAD, sentence)
    if lead is None:
        return []
    name, codes, head = lead
    item = lsent[head.end():]
    cut = _ITEM_END.search(item)
    phrase = item[:cut.start()] if cut else item
    weighed = _REQUEST_WEIGHED.match(phrase)
    if weighed is not None:  # '- France: a request for a team of hydrologists is being examined in Paris.'
        return [_sentence_pledge(name, codes, _kinds_in(weighed.group(1)), sentence, s, "considering")]
    if not phrase.strip() or _ITEM_VERB.search(phrase, 0, 60):
        return []  # 'Japan: has said nothing': a sentence with a verb, the clause rules' work
    if "\n" not in sentence and is_title_case(sentence[head.end():]) and not any(c.isdigit() for c in phrase):
        return []  # 'Syria: Alleged Chemical Weapons Attack': a section's title, not what Syria gives
    refused = _ITEM_NONE.match(phrase) is not None
    if ", not " in phrase:
        phrase = _NOT_THAT.sub(" ", phrase)  # 'Austria: money, not soldiers': not soldiers
    cond = _condition(sentence[head.end():]) or ""
    # (not 'monitoring' from '..., on condition that the SVP grants them access to its monitoring records')
    kinds = _kinds_in(phrase.replace(cond.lower(), " ") if cond else phrase)
    if not refused and not _ITEM_QUANTITY.match(phrase) and not _gives_something(phrase, kinds):
        return []  # 'Japan: a close ally' is a description, not a contribution
    modality = "refused" if refused else ("conditional" if cond else "firm")
    out = [_sentence_pledge(name, codes, kinds, sentence, s, modality, cond)]
    but = _ITEM_BUT.match(item, len(phrase)) if refused and cut else None
    if but is not None:  # "Germany: no ships, but €45 million towards fuel": what it does give
        rest = item[but.end():]
        rest = rest[:_ITEM_END.search(rest).start()] if _ITEM_END.search(rest) else rest
        more = _kinds_in(rest)
        if _gives_something(rest, more):
            out.append(_sentence_pledge(name, codes, more, sentence, s))
    return out


# "Argentina's contribution is smaller: 80 brigade firefighters": the pledge named as a noun
_OFFER_NOUNS = frozenset("contribution contributions donation".split())
_NOUN_PLEDGE = re.compile(r"(?:'s|’s)\s+(?:\w+\s+)?(?:contributions?|donation)\s+(?:is|was|will\s+be|includes|"
                          r"included|comprises|consists\s+of|amounts\s+to)\b")


def _noun_pledge(text: str, s: int, sentence: str, mentions: list[CountryMention],
                 lsent: str) -> list[Pledge]:
    """The pledge of a sentence opening with 'Country's contribution is ...' ([] if none)."""
    lead = _lead_and_head(sentence, s, mentions, _NOUN_PLEDGE, lsent)
    if lead is None:
        return []
    name, codes, head = lead
    rest = lsent[head.end():]
    cond = _condition(sentence[head.end():]) or ""
    kinds = _kinds_in(rest.replace(cond.lower(), " ") if cond else rest)
    if not _gives_something(rest, kinds):
        return []
    if cond:  # "Philippines offer hinges on airlift": what it offers waits on that
        return [_sentence_pledge(name, codes, kinds or ["other"], sentence, s, "conditional", cond)]
    modality = "considering" if _CONSIDERING.search(rest) else "firm"
    return [_sentence_pledge(name, codes, kinds, sentence, s, modality)]


_CAME_FROM = re.compile(r"\b(?:pledges?|contributions?|donations?|offers?|gifts?)\s+(?:so\s+far\s+)?(?:came|comes)\s+"
                        r"from\s+(?:the\s+)?$")


def _came_from(s: int, sentence: str, mentions: list[CountryMention], lsent: str) -> list[Pledge]:
    """"the biggest single pledge came from the United States, $410 million": the giver named after
    its gift ([] if none)."""
    for m in mentions:
        rel = m.start - s
        if _CAME_FROM.search(lsent, max(0, rel - 60), rel):
            rest = lsent[m.end - s:m.end - s + 120]
            kinds = _kinds_in(rest)
            if _gives_something(rest, kinds):
                return [_sentence_pledge(m.surface, [m.code], kinds or ["other"], sentence, s)]
            return []
    return []


_BARE_REFUSAL = re.compile(r"\s+(?:(?:has|had|flatly|simply|promptly)\s+)?(?:refused|declined|said\s+no|did\s+not|would\s+not|"
                           r"will\s+not|turned\s+(?:it|them)\s+down)\s*[.!]?\s*$")
"""All a sentence says after its country ('Iran refused.', 'Tehran said no.')."""
_ASKED_FOR = re.compile(r"\b(?:asked|requested|pressed|urged)\s+(?P<whom>[^.;]{1,40}?)\s+(?:for|to\s+(?:send|provide|share|"
                        r"hand\s+over|supply|give|lend))\s+(?P<what>[^.;]{3,80})")
"""A request of a state ('asked Tehran for its logs'): whom it was asked of, and for what."""


def _request_refused(text: str, prev: tuple[int, int], s: int, sentence: str, m: CountryMention,
                     prev_mentions: list[CountryMention]) -> list[Pledge]:
    """'... and asked Tehran for its logs. Iran refused.': a bare refusal of the request the sentence
    before put to the same state, with the kinds of what was asked ([] if the sentence says more)."""
    if text[s:m.start].strip() not in ("", "The", "the") or not _BARE_REFUSAL.match(text, m.end, s + len(sentence)):
        return []
    ps, pe = prev
    for r in _ASKED_FOR.finditer(text, ps, pe):
        if any(pm.code == m.code and r.start("whom") <= pm.start < r.end("whom") for pm in prev_mentions) or \
                capital_code(r.group("whom")) == m.code:  # ('asked Tehran', not read as a mention on its own)
            return [_sentence_pledge(m.surface, [m.code], _kinds_in(lowered(r.group("what"))), sentence, s, "refused")]
    return []


# "expressed strong support in Brussels but had made no offer", "attended the meeting but made no
# pledges": a backer or a guest, not a refusal
_BACKED_BUT = re.compile(r"\b(?:expressed\s+(?:\w+\s+)?(?:support|solidarity|sympathy|condolences|concern|alarm|regret|sorrow)|"
                         r"issued\s+(?:a\s+)?(?:joint\s+)?statements?(?:\s+of\s+\w+)?|backed|welcomed|endorsed|supports|supported|attended|"
                         r"(?:joined|join|joins)(?=\s+(?:the\s+)?[^.;]{0,40}?\b(?:meeting|talks|call|conference|summit|session)\b)|"
                         r"took\s+part|accompanied|visited|toured|sent\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:delegations?|delegates|envoys?|observers?|"
                         r"condolences|messages|letters|greetings)|"
                         # "sent officials to a coordination meeting but made no offers" (but "sent four officials
                         # and pledged nothing" reads as a refusal)
                         r"sent\s+(?:\w+\s+)?(?:officials|ministers|diplomats|representatives)(?=[^.;]{0,80}?\bbut\s+(?:has\s+|have\s+|had\s+)?$)|"
                         # "have called for calm but made no offers of help"
                         r"call(?:ed|s)?\s+for\s+(?:calm|restraint|dialogue|de-escalation|talks|an?\s+(?:\w+\s+)?ceasefire))\b[^.;]{0,80}?"
                         # (or a relative clause's close: "Tunisia and Algeria, which took part in a meeting ..., made no commitments")
                         r"(?:\b(?:but|and)\s+|,\s+)(?:has\s+|have\s+|had\s+)?$")
# "will add 1,000 more": more of what the subject named
_N_MORE = re.compile(r"\s+(?:about\s+|another\s+|some\s+|up\s+to\s+)?[\d,]+\s+more\b")
# a headline's present tense ("France sends navy ship and Brazil lends skimmers", "UK refuses to pay")
_HEADLINE_VERB = r"sends|lends|gives|offers|pledges|donates|deploys|pays|refuses|declines"
# "Japan will give ... ships and Australia is prepared to send ...", "... while UK refuses to pay", "said its
# troops would stay ... but that Lilongwe will not take part": a second giver, no comma
_AND_NEXT_GIVER = re.compile(r"(?<=[a-z])\s+(?:and|while|but\s+that)\s+(?=(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:is|are|has|have|"
                             r"will|would|could|may|had|" + _HEADLINE_VERB + r")\s)")
# "is sending a medical team and New Zealand an army medical team": a second giver whose verb is left out
_AND_GAPPED_GIVER = re.compile(r"(?<=[a-z])\s+and\s+(?=(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:a|an|another)\s)")
# "will send 30 observers and has agreed to ...", "... and “will not send forces”": a second offer
_AND_SECOND_OFFER = re.compile(r"\s+and\s+[\"“‘]?(?=(?:has|have|had|will|would)\s+(?:also\s+)?(?:agreed|offered|promised|pledged)"
                               r"\s+to\b|(?:will|would)\s+not\s+[a-z]+|(?:has|have)\s+ruled\s+out\b|"
                               # "will send aid worth VNĐ25 billion ..., and will send an army engineering unit ... once"
                               r"(?:will|would)\s+(?:also\s+)?(?:send|deploy|dispatch|provide|contribute|lend|fly|airlift|ship|deliver|donate|fund|train)\b|"
                               r"said\s+(?:it|they)\s+(?:was|were|is|are)\s+(?:" + DELIBERATION + r")\b|"
                               # "announced emergency assistance of 20 million yuan and said Beijing was ready to send"
                               r"said\s+(?:that\s+)?(?:it|they|[a-z][\w'’-]+)\s+(?:was|were|is|are)\s+(?:also\s+)?"
                               r"(?:ready|prepared|willing)\s+to\b|"
                               # "has announced 50 million yuan in aid and is considering sending a hospital ship"
                               r"(?:is|are)\s+(?:also\s+|now\s+)?(?:" + DELIBERATION + r")\b)")
# ", and Norwegian officials said ...": a new subject after a clause that already
# committed something starts a new clause (a plain list "Spain, Italy, and France
# will ..." has no commitment before the comma, so it is not cut).
_AND_NEW_SUBJECT = re.compile(
    r",\s+(?:and\s+)?(?:that\s+)?(?=(?:the\s+(?:brotherly\s+|sisterly\s+|friendly\s+)?)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3}"  # ('the Republic of Korea')
    r"(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?"
    # ", and Kuwait and Qatar each pledged": two givers, one verb
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+(?:each|both|jointly|together))?)?"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?"  # ("Türkiye’s Disaster and Emergency Management Authority (AFAD) sent")
    # (", and the brotherly Kingdom of Saudi Arabia, whose Saline Water Conversion Corporation sent")
    r"(?:,\s+(?:which|whose)\s+[^,;]{2,100}?(?=\s+(?:sent|dispatched|deployed|gave|donated|pledged|offered)\b))?"
    r"(?:,\s+[^,;]{2,100},)?\s+(?:officials?\s+|government\s+|"
    # "Brazil sends navy vessels, US Army engineers land": another country's people arrive
    r"(?:engineers|troops|soldiers|sailors|marines|divers|medics)\s+(?=lands?\b|arrives?\b)|"
    r"leaders?\s+|ministers?\s+)?(?:said|says|has|have|had|will|would|is|are|was|were|could|may|announced|pledged|lands?|arrives?|"
    r"offered|promised|donated|sent|flew|gave|dispatched|deployed|released|allocated|contributed|chipped\s+in|"
    r"lent|supplied|shared|added|froze|imposed|seconded|committed|put\s+(?:in|up)|"
    + _HEADLINE_VERB + r")\b|"  # ("...; US deploys troops, UK sends navy ship")
    r"an?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:spokes(?:man|woman|person)|official|diplomat|source)\s+(?:said|says)\b|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:a|an|another)\s)")  # gapped: ", and Norway a patrol aircraft"


_AND_STATE_CLAUSE = re.compile(r",\s+and\s+the\s+(?:[\w'’-]+\s+){1,5}?(?:remains?|remained|stays?|stayed|is|are|was|were)\s+"
                               r"(?:still\s+|firmly\s+)?(?:closed|shut|open|sealed|in\s+place|off-limits)\b")
"""', and the frontier ... remains closed': a second clause on a state of things (lower-cased text)."""


class _Cut:
    """A clause boundary found outside _CLAUSE_SPLIT (match-like)."""

    __slots__ = ("_s", "_e", "_g")

    def __init__(self, s: int, e: int, g: str) -> None:
        self._s, self._e, self._g = s, e, g

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def group(self) -> str:
        return self._g


def _verb_cuts(sentence: str, cuts: list, found, extra_ok: bool, verb_after: bool = False) -> list:
    """`cuts` and each clause start in `found` that follows a commitment verb of its own clause (and,
    with `verb_after`, comes before another), in text order."""
    for m in found:
        prev = max((c.end() for c in cuts if c.end() <= m.start()), default=0)
        if _commit_search(sentence, prev, m.start(), extra_ok) and (
                not verb_after or _commit_search(sentence, m.end(), len(sentence), extra_ok)):
            cuts = sorted(cuts + [_Cut(m.start(), m.end(), m.group())], key=lambda c: c.start())
    return cuts


def _clauses(sentence: str, original: str | None = None, extra_ok: bool = True) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    cuts = list(_CLAUSE_SPLIT.finditer(sentence))
    if original is not None and ", " in sentence:
        # ", and Norwegian officials said ...": a new subject
        cuts = _verb_cuts(sentence, cuts, _AND_NEW_SUBJECT.finditer(original), extra_ok)
    if original is not None and (" and " in original or " while " in original or " but that " in original):
        # "Japan will give ... ships and Australia is prepared to send warships": a second giver
        cuts = _verb_cuts(sentence, cuts, _AND_NEXT_GIVER.finditer(original), extra_ok, verb_after=True)
        cuts = _verb_cuts(sentence, cuts, _AND_GAPPED_GIVER.finditer(original), extra_ok)
    if " and " in sentence:
        # "will send 30 observers and has agreed to let ... if ...": two offers, each with its own condition
        cuts = _verb_cuts(sentence, cuts, _AND_SECOND_OFFER.finditer(sentence), extra_ok)  # (`sentence` is lower-cased)
    for m in cuts:
        spans.append((pos, m.start()))
        pos = m.end() if not m.group().strip().startswith(("preferring", "instead")) \
            else m.start()
        if m.group().lstrip(", ").startswith("but "):
            pos = m.start() + m.group().index("but ") + 4
    spans.append((pos, len(sentence)))
    return [(a, b) for a, b in spans if b > a]


def _sentence_pledges(text: str, s: int, e: int, sentence: str,
                      mentions: list[CountryMention], lsent: str, words: list[str],
                      carry: tuple[str, list[str]] | None = None) -> list[Pledge]:
    """Pledges of one sentence; `carry` is who a sentence opening with "it"/"they" means."""
    pledges: list[Pledge] = []
    prev_actor: tuple[str, list[str]] | None = None
    last_actor: tuple[str, list[str]] | None = None
    sentence_cond = None
    wset = set(words)
    quant_ok = not _QUANT_WORDS.isdisjoint(wset) or _DIGIT.search(lsent) is not None
    if not quant_ok and not mentions and carry is None:
        return pledges  # no one to commit anything
    extra_ok = not _EXTRA_WORDS.isdisjoint(wset)
    # A clause's verbs are _COMMIT/_COMMIT_EXTRA matches in the clause; clauses are cut
    # next to non-word characters, so a match in a clause is also a match, at the same
    # place, in the whole sentence. Hence: no match in the sentence, no pledge (skip the
    # clause work); and no clause has a _COMMIT match before the sentence's first one
    # (_verbs starts its scan there).
    first_commit = _COMMIT.search(lsent)
    if first_commit is None and not (extra_ok and _COMMIT_EXTRA.search(lsent)):
        return pledges
    commit_from = first_commit.start() if first_commit is not None else len(lsent)
    clauses = _clauses(lsent, sentence, extra_ok) if any(h in lsent for h in _SPLIT_HINTS) or (
        ", " in lsent and _AND_NEW_SUBJECT.search(sentence)) or (
        " and " in lsent and (_AND_SECOND_OFFER.search(lsent) or _AND_NEXT_GIVER.search(sentence)
                              or _AND_GAPPED_GIVER.search(sentence))) \
        else [(0, len(sentence))]
    inherited = False  # until a clause gives an actor, later clauses inherit the lead
    may_cond = not _COND_WORDS.isdisjoint(wset)
    has_speech = not _SPEECH_WORDS.isdisjoint(wset)
    for a, b in clauses:
        clause = sentence[a:b]
        lclause = lsent[a:b]
        verb = actor = None
        first = None
        passive_speech = False
        # ", which has forces stationed next door,": a relative clause's verb
        rels = [(m.start(), m.end()) for m in _REL_SKIP.finditer(lclause)] if ", wh" in lclause else ()
        if rels:  # a relative clause's verb is the pledge only when the main clause commits nothing
            rels = [(ra, rb) for ra, rb in rels if _commit_search(lclause, rb, len(lclause), extra_ok)
                    or (lclause.startswith("whose", ra + 2) and not _WHOSE_GOVERNMENT.match(lclause, ra + 2)
                        and not _WHOSE_FORCES_ACT.match(lclause, ra + 2))
                    or _HISTORY.search(lclause, ra, rb) or _HABITUAL_REL.match(lclause, ra)]
            # ("Myanmar, whose military government has said it will not accept ...": Myanmar's own word)
            # (", whose instructors have trained ...", ", which has trained the police since 2022": history)
        backed_to = -1
        for cand in _verbs(lclause, extra_ok, max(0, commit_from - a)):
            if cand.start() < backed_to:
                continue  # (the 'offer' of a backer's "made no offer")
            if cand.group()[:3] in ("sen", "dis") and _DELEGATES.match(lclause, cand.end()):
                continue  # "sent officials to the meeting": attending, not contributing
            if lclause.startswith(" by ", cand.end()) and lclause.endswith(", ", 0, cand.start()) and \
                    cand.group().endswith("ed"):
                continue  # "proposed an air base, funded by national contributions": a description, not a gift
            if ("den" in lclause or "no " in lclause) and _DENIED_BEFORE.search(lclause, max(0, cand.start() - 90),
                                                                               cand.start()):
                continue  # "denied a report that it had pledged troops", "there is no pledge of troops": none made
            if cand.group()[:3] == "con" and _TO_THE_REPORT.match(lclause, cand.end()):
                continue  # "X in Wellington, New Zealand, contributed to this report": a reporter's credit
            if a + cand.start() > 0 and sentence[a + cand.start()].isupper() and \
                    _NAME_WORD_BEFORE.search(sentence, max(0, a + cand.start() - 20), a + cand.start()) and \
                    not is_title_case(sentence):
                continue  # "the British Army Training Support Unit": a word of a name, not a verb (not in a headline)
            if "without" in lclause and _WITHOUT.search(lclause, max(0, cand.start() - 30), cand.start()):
                continue  # "have endorsed the idea warmly without, so far, offering anything": nothing given
            if lclause.endswith(" have ", 0, cand.start()) and _COUNTERFACTUAL.search(lclause, max(0, cand.start() - 20),
                                                                                    cand.start()):
                continue  # "Minsk could have shared the data": what it did not do
            if _OBJECTED_TO.search(lclause, max(0, cand.start() - 60), cand.start()):
                continue  # "has objected to Egyptian troops deploying in Somalia": what it objects to
            if (cand.group().startswith("back") or (cand.group().startswith(("promis", "pledg", "offer"))
                                                     and _GENERIC_HELP.match(lclause, cand.end()))) \
                    and _NOTHING_OFFERED.search(lsent, a + cand.end()):
                continue  # "backed the mission at the board but have not offered experts or money": a vote
            if (cand.group().startswith("made no") or _NOTHING.match(lclause, cand.end())) and \
                    _BACKED_BUT.search(lsent, max(0, a + cand.start() - 120), a + cand.start()):
                backed_to = cand.end()
                continue  # "expressed strong support in Brussels but had made no offer of troops", "sent delegations
                # to the conference but have pledged nothing": a backer, a guest
            if rels and any(ra <= cand.start() < rb for ra, rb in rels):
                continue  # "France, which has forces stationed nearby, will assign ...": not the pledge
            if "until " in lclause and _CLOSED_PERIOD.search(lclause) and _PAST_DONE.fullmatch(cand.group()):
                continue  # "Russian peacekeepers patrolled parts of Karabakh until 2024": history
            if _IN_CONDITION.search(lclause, max(0, cand.start() - 100), cand.start()):
                continue  # "will release that money only if both armies let convoys through": the condition's verb
            vpos = a + cand.start()
            actor = _actor(sentence, s, a, vpos, mentions, lsent, quant_ok)
            if first is None:
                first = cand
            if actor is None and cand is first:
                if lclause.lstrip().startswith(("preferring", "instead")) or \
                        _INHERIT.match(lclause):
                    actor = prev_actor if inherited else _lead_actor(sentence, s, mentions)
                if actor is None and a == 0 and carry is not None and not any(
                        m.start - s < vpos for m in mentions):
                    actor = carry
                if actor is None and inherited and pledges and pledges[-1].modality == "refused" and \
                        lsent.endswith("but ", 0, a) and not any(a <= m.start - s < vpos for m in mentions):
                    # "Britain will not send a warship, ..., but UK Export Finance will reinsure up to £200m":
                    # what the refusing state gives instead, through a body of its own
                    actor = prev_actor
            if actor is None:
                actor = _troops_owner(sentence, s, vpos, b, mentions)
            if actor is None and mentions and " said " in lsent[:vpos + a] and \
                    (own := _OFFICIAL_SAID_HER.match(lsent, mentions[0].end - s)) is not None and own.end() >= vpos - 8 + a:
                # "Trinidad and Tobago's prime minister, Anita X, said her coast guard would send a cutter"
                actor = (mentions[0].surface, [mentions[0].code])
            if actor is None and has_speech:
                actor = _passive_actor(sentence, s, a, vpos, mentions, lsent)
                passive_speech = actor is not None
            if actor is None and cand is first and mentions and ":" in sentence[:mentions[0].end - s + 3] \
                    and _BULLET_HEAD.match(sentence, mentions[0].end - s):
                actor = _lead_actor(sentence, s, mentions)  # "- Austria: Vienna, citing ..., declined"
            if actor is not None:
                verb = cand
                break
        if actor is None or verb is None:
            continue
        last_actor, prev_actor = prev_actor, actor  # the clause before's actor, and this one's
        inherited = True
        body_from = max(0, verb.start() - 12)
        while body_from and lclause[body_from - 1].isalpha():
            body_from -= 1  # whole words ("armed forces sent", not "ed forces sent")
        joint = max(lclause.rfind(" and ", body_from, verb.start()) + 5, lclause.rfind(", ", body_from, verb.start()) + 2)
        if joint > body_from + 1:
            body_from = joint  # not the object of the verb before ("... contingents and share imagery")
        if _SERVICE_SUBJECT.search(lclause, max(0, body_from - 14), verb.start()):
            body_from = verb.start()  # "the Ghana Air Force will fly ...": the giver, not what it gives
        if (passive_speech or "be" in lclause[max(0, verb.start() - 8):verb.start()]) and (
                _PASSIVE_BEFORE.search(lclause, max(0, verb.start() - 8), verb.start()) or (
                passive_speech and (_FUTURE_BEFORE.search(lclause, max(0, verb.start() - 8), verb.start())
                                    or verb.group().startswith(("ready", "willing")))
                and _SPEECH.search(lclause, 0, verb.start()))):
            sp = None
            for sp in _SPEECH.finditer(lclause, 0, verb.start()):
                pass
            body_from = sp.end() if sp is not None else max(0, verb.start() - 80)
        if verb.group().startswith("ship"):
            body_from = verb.end()  # ('will ship tents': the verb is no ship)
        else:  # "said a navy ship based in Aruba could sail for": what it gives is the clause's subject
            sp = max((x.end() for x in _SPEECH.finditer(lclause, max(0, verb.start() - 120), verb.start())), default=None)
            if sp is not None and _ASSET_SUBJECT.match(lclause, sp):
                body_from = min(body_from, sp)
        body = lclause[body_from:]
        if ", wh" in lsent[:a + verb.start()]:
            # "Australia, which has already sent six specialists to Weno, has not said whether it
            # can spare a plane": what the relative clause gave, not what the sentence goes on to
            inner = next((r for r in _REL_SKIP.finditer(lsent, 0, b + 2) if r.start() < a + verb.start() < r.end()), None)
            if inner is not None:
                body = lclause[body_from:inner.end() - a]
        body_kinds = _RATHER.sub("", body) if any(h in body for h in _RATHER_HINTS) else body
        if " trained " in body_kinds:
            body_kinds = _TRAINED_TO.sub(r"\1 ", body_kinds)  # "border guards trained to work in the marshes"
        if "train" in body_kinds or "equip" in body_kinds or "course" in body_kinds or "workshop" in body_kinds:
            if " to train" in body_kinds:
                body_kinds = _TEAM_TO_TRAIN.sub(" ", body_kinds)  # "a 12-member navy team to train ...": trainers
            body_kinds = _TRAINEES.sub(r"\1", body_kinds)
        if ("'" in body_kinds or "’" in body_kinds) and _TROOPS_UPKEEP.search(body_kinds):
            body_kinds = _TROOPS_UPKEEP.sub(" ", body_kinds)  # "£12 million towards the battalion's rations"
        if " with " in body_kinds and _WITH_TROOPS.search(body_kinds):
            body_kinds = _WITH_TROOPS.sub(" ", body_kinds)  # "share surveillance with the incoming troops"
        if " as " in body_kinds and _SERVE_AS.search(body_kinds):
            body_kinds = _SERVE_AS.sub(r"\1", body_kinds)  # "police officers to serve as monitors"
        if any(w in body_kinds for w in _CARRIED_HINTS) and _CARRIED.search(body_kinds):
            body_kinds = _CARRIED.sub(lambda c: c.group(1) or c.group(2), body_kinds)  # "lent two aircraft to move the Senegalese contingent"
        if any(w in body_kinds for w in (" after ", " before ", " until ", " once ")):
            body_kinds = _WHEN_CLAUSE.sub("", body_kinds)  # "after UN peacekeepers leave": when, not what
        if " of " in body_kinds and any(h in body_kinds for h in _PAID_FOR_HINTS):
            body_kinds = _PAID_FOR.sub(r"\1 funding", body_kinds)
        if " on " in body_kinds and _INTEL_ON_TROOPS.search(body_kinds):
            body_kinds = _INTEL_ON_TROOPS.sub(r"\1", body_kinds)  # "intelligence on the movements of Russian troops"
        if " without " in body_kinds:
            body_kinds = body_kinds[:body_kinds.index(" without ")]  # "backed the plan without sending troops"
        if ", not " in body_kinds:
            body_kinds = _NOT_THAT.sub(" ", body_kinds)  # "offers drones, not soldiers": not soldiers
        if " worth " in body_kinds or " valued at " in body_kinds:
            body_kinds = _WORTH.sub(" ", body_kinds)  # "six demining machines worth 2.4 billion yen": goods, priced
        if ", " in body_kinds and (cut := _AFTER_EVENT.search(body_kinds)) is not None:
            body_kinds = body_kinds[:cut.start()]  # "..., two days after Venezuelan soldiers took over a post": the event
        if ", wh" in body_kinds:
            body_kinds = _PAST_REL.sub(" ", body_kinds)  # "engineers from the agency, which paid for a study in 2012"
        if " by " in body_kinds and (" who " in body_kinds or " which " in body_kinds):
            body_kinds = _HOW_THEY_CAME.sub(" ", body_kinds)  # "citizens who arrived in Mersin by sea": their way, not the gift
        if ", and the " in body_kinds and (cut := _AND_STATE_CLAUSE.search(body_kinds)) is not None:
            body_kinds = body_kinds[:cut.start()]  # "..., and the frontier at La Línea remains closed to anyone who has
            # been on board the ship": how things stand, not what is given
        if ", " in body_kinds and (cut := _COND_CUT.search(body_kinds)) is not None:
            body_kinds = body_kinds[:cut.start()]  # "..., provided no foreign troops are stationed there": not given
        clause_cond = (_condition(clause) or "") if may_cond else ""
        if clause_cond and (c := clause_cond.lower()) in body_kinds:
            body_kinds = body_kinds.replace(c, " ")  # "two planes if Lima pays for the fuel": the planes only
        kinds = _kinds_in(body_kinds) or ["other"]
        if "other" not in kinds and "ground troops" not in kinds and (
                _CIVIL_CREWS.search(body_kinds) or _CIVIL_TEAMS.search(body_kinds) or _CIVIL_EXPERTS.search(body_kinds)):
            kinds = kinds + ["other"]  # "110 firefighters with 38 vehicles", "a firefighting team with 12 fire
            # engines", "40 specialists and four high-capacity pumps": the crews and their kit
        if kinds == ["other"]:
            # what the verb gives is named before it: in its own clause ("A Pakistan Air Force C-130
            # loaded with tents is ready to take off", "its 850 soldiers will land", "Rwanda, whose
            # soldiers never left, will add 1,000 more"), or anywhere before for a pronoun ("sought Mi-17
            # helicopters from Russia, but Moscow said it could not provide them")
            if _PRONOUN_OBJECT.match(lclause, verb.end()):
                kinds = _kinds_in(lsent[:a + verb.start()]) or kinds
            elif verb.group().startswith(("ready", "willing", "fly ", "sail ", "flew ", "flown ", "flies ")) or \
                    verb.group() in ("land", "arrive", "flying") or (
                    " more" in lclause and _N_MORE.match(lclause, verb.end())):
                kinds = _kinds_in(lclause[:verb.start()]) or kinds
        if kinds == ["other"] and "saying" in lsent and _REFUSED.match(verb.group()) and \
                (busy := _BUSY_REASON.match(lsent, a + verb.end())) is not None:
            kinds = _kinds_in(busy.group(1)) or kinds  # "turned down an invitation to join the escorts, saying its
            # navy's four patrol vessels were committed to its own waters": what it has none to spare of
        if kinds == ["other"] and "whose" in lclause and _SEA_FORCES.search(lsent, max(0, a + verb.start() - 40),
                                                                              a + verb.start()):
            kinds = ["sea"]  # "India, whose coast guard pulled 38 people from a sinking boat"
        if kinds == ["other"] and _ARMY_SUBJECT.search(lclause, max(0, verb.start() - 50), verb.start()):
            kinds = ["ground troops"]  # "the Pakistan Army was ready to send a field hospital": the army's people
        elif kinds == ["other"] and (_EVACUEES_OUT.search(lclause, verb.end()) or verb.group().endswith(
                ("patrols", "escorts", "sorties", "flights"))) and (
                flown := _SERVICE_SUBJECT.search(lclause, max(0, verb.start() - 50), verb.start())) is not None and \
                flown.group(1) in _FLYING_SERVICES:
            kinds = [_FLYING_SERVICES[flown.group(1)]]  # "The German air force has
            # flown 215 people out": an evacuation by the service's own aircraft (or ships); "Colombia’s navy will run
            # joint patrols": its ships; but "will fly the mediation team to Bissau" carries people, who are "other"
        if _ACCESS.match(verb.group()) or _ACCESS_AFTER.match(lclause, verb.end()) or verb.group().startswith("den"):
            kinds = ["other"]  # letting others' ships use its ports is access, not a naval contribution
        elif verb.group().startswith(("clos", "shut", "sanction", "inspect")):
            kinds = ["sanctions"]  # "closed its airspace to all flights to and from Belarus", "will inspect every
            # container": the verb names the sanction
        cond = clause_cond
        if not cond and b < len(sentence) and ("only" in lsent[b:] or "first" in lsent[b:] or "approve" in lsent[b:]
                                                or "provided" in lsent[b:]):
            # a later clause of the same actor: "..., but only if Washington endorses it" ("only"
            # makes any clause a condition), "..., but they will deploy only once parliament
            # approves", "..., but the deployment must first be approved by the Congress"
            only = _ONLY.search(lsent, b) or _MUST_FIRST.search(lsent, b)
            if only is not None and not any(b <= m.start - s < only.start() for m in mentions):
                cond = (_condition(sentence[only.start():], any_event=True) if only.re is _ONLY
                        else sentence[only.start():only.end()]) or ""
        if not cond and sentence_cond is None and may_cond:
            sentence_cond = _condition(sentence[:a]) or ""
        if not cond and sentence_cond and a > 0 and (
                actor == last_actor or not mentions or sentence.find(sentence_cond) < mentions[0].start - s):
            # "If the war ends, France will ... and Britain will ...": for both; but in "Ireland has
            # offered ..., subject to a vote in the Dáil, and Germany will ..." Ireland's alone
            cond = sentence_cond
        wend = verb.end() + 60
        while wend < len(lclause) and lclause[wend].isalnum():
            wend += 1  # whole words: "in mayotte" cut at 60 characters is not "may"
        window = lclause[:wend]
        cut = _WINDOW_END.search(window[verb.end():])
        if cut:
            window = window[:verb.end() + cut.start()]
        head = lclause[:verb.end() + 2]
        for ra, rb in rels:
            if rb <= verb.start():  # "the United States, which has ruled out sending monitors, will pay $4
                head = head[:ra] + " " * (rb - ra) + head[rb:]  # million": the clause's refusal is not this gift's
        if _NOTHING.match(lclause, verb.end()) and _STILL_OPEN.search(lsent, a + verb.end()):
            modality = "considering"  # "has pledged nothing; ... said the request was under review"
        elif "rul" in head and _NOT_RULED_OUT.search(head):
            modality = "considering"  # "has not ruled out sending troops": still open
        elif (any(h in head for h in _REFUSED_HINTS) and _REFUSED.search(head)) or \
                _REFUSING_VERB.match(verb.group()) or _NOTHING.match(lclause, verb.end()):
            modality = "refused"
        elif verb.group().startswith("match"):
            cond = cond or clause[verb.start():].strip(" ,.;")  # matching waits on what the other gives
            modality = "conditional"
        elif (lclause.startswith(("preferring", "instead")) and _OWN_WAY.search(lclause)
              and _REFUSED.search(lsent, 0, a)):
            # "ruled out joining, preferring to escort ships under its own national operation":
            # what it does on its own is outside the plan, one more thing the plan will not get
            modality = "refused"
        elif cond or _WITH_STRINGS.search(lclause):
            modality = "conditional"  # ("offered something too, with strings of its own")
        elif _CONSIDERING.search(window) or verb.group().startswith("receiv") or (
                " to " in lclause[max(0, verb.start() - 6):verb.start()]
                and _ASKED_TO.search(lclause, max(0, verb.start() - 32), verb.start())):
            modality = "considering"  # (asked to give, and weighing the request: see _verbs)
        else:
            modality = "firm"
        if modality != "refused" and _JOINING.match(verb.group()) and not _JOINS_WORK.match(lclause, verb.end()):
            continue  # joining is participation, not a commitment of something (but "join patrols" sends boats)
        name, codes = actor
        names = name.split(", ")
        if len(codes) > 1 and len(names) == len(codes) and (
                _EACH_BEFORE.search(lclause, max(0, verb.start() - 14), verb.start())
                or " respectively" in lclause[verb.end():]):
            # "Kuwait and Qatar each pledged $10 million", "Norway and Ireland pledged NOK 40 million and
            # €3 million respectively": one pledge each
            givers = list(zip(names, ([c] for c in codes)))
        else:
            givers = [(name, codes)]
        for giver, giver_codes in givers:
            pledges.append(Pledge(actor=giver, kinds=kinds, condition=cond, modality=modality, evidence=text[s:e],
                                  start=s, end=e, actor_codes=list(giver_codes)))
        if modality != "refused" and "but no" in body:
            bn = _BUT_NO.search(body)
            no_kinds = _kinds_in(bn.group(1)) if bn else []
            if no_kinds:  # "staff officers but no ships": the ships are refused
                pledges.append(Pledge(actor=name, kinds=no_kinds, condition="", modality="refused", evidence=text[s:e],
                                      start=s, end=e, actor_codes=list(codes)))
    if pledges and mentions and (len(mentions) > 1 or not pledges[0].actor_codes):
        pledges.extend(_gapped(text, s, sentence, mentions, pledges))
    if ", which" in lsent or ", where" in lsent or ", whose" in lsent:
        pledges.extend(_relative_givers(text, s, sentence, mentions, lsent, pledges))
    if ", who " in lsent:
        pledges.extend(_official_givers(s, sentence, mentions, lsent, pledges))
    return pledges


_OFFICIAL_WHO = re.compile(
    r"\s+(?:ambassador|envoy|high\s+commissioner|(?:foreign\s+|defen[cs]e\s+|prime\s+)?minister|president|"
    r"consul(?:-general)?|chargé\s+d['’]affaires)\s*,?\s+[^,;.]{3,40},\s+who\s+"
    r"(?:(?:on\s+[a-z]+|yesterday|today|earlier|also|has|had|later)\s+){0,3}"
    r"(announced|pledged|committed|promised|donated|gave|handed\s+over)\s+([^;]+?)(?=\s+(?:after|before|while|when|as)\s|[,;.]|$)")
"""A state's official, named, who gave ('the United States Ambassador, Dana Reyes, who on Wednesday
announced US$750,000 for water tanks'): the state gave it."""


def _official_givers(s: int, sentence: str, mentions: list[CountryMention], lsent: str,
                     found: list[Pledge]) -> list[Pledge]:
    out: list[Pledge] = []
    for m in mentions:
        who = _OFFICIAL_WHO.match(lsent, m.end - s)
        if who is None or _DIGIT.search(who.group(2)) is None and not _kinds_in(who.group(2)):
            continue
        kinds = _kinds_in(who.group(2)) or ["other"]
        if any(m.code in p.actor_codes and p.kinds == kinds and p.modality == "firm" for p in found + out):
            continue
        out.append(_sentence_pledge(m.surface, [m.code], kinds, sentence, s, "firm"))
    return out


# "... its base in Abu Dhabi, which the United Arab Emirates has agreed to open to partner
# navies": a country acting inside a relative clause about something else
_REL_GIVER = re.compile(r",\s+(?:which|where)\s+(?:the\s+)?(?:(?:government|authorities)\s+of\s+(?:the\s+)?)?$")
_REL_GIVER_VERB = re.compile(r"\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:agreed|offered|promised|pledged)\s+to\s+"
                             r"([a-z]+)\b")


def _relative_givers(text: str, s: int, sentence: str, mentions: list[CountryMention], lsent: str,
                     found: list[Pledge]) -> list[Pledge]:
    out: list[Pledge] = []
    taken = {c for p in found for c in p.actor_codes}
    for m in mentions:
        rel, end = m.start - s, m.end - s
        if m.code in taken or m.how == "demonym":
            continue
        forces = _WHOSE_FORCES_AFTER.match(lsent, end)
        said = _WHOSE_GOVERNMENT_SAID.match(lsent, end) if forces is None else None
        if said is not None and not _commit_search(said.group(), 0, len(said.group()), True):
            said = None
        if forces is not None or said is not None:
            # "for India, whose coast guard pulled 38 people from a sinking boat", "for Myanmar, whose
            # military government has said it will not accept any of the passengers"
            clause = (forces or said).group()
            refused = said is not None and said.group("no") is not None
            kinds = _kinds_in(clause) or (["sea"] if forces is not None and _SEA_FORCES.search(clause) else [])
            out.append(_sentence_pledge(m.surface, [m.code], kinds, sentence, s, "refused" if refused else "firm"))
            taken.add(m.code)
            continue
        if not _REL_GIVER.search(lsent, max(0, rel - 40), rel):
            continue
        v = _REL_GIVER_VERB.match(lsent, end)
        if v is None:
            continue
        rest = lsent[v.start(1):]
        kinds = ["other"] if _ACCESS.match(rest) or v.group(1) in ("open", "let", "allow", "host") else (
            _kinds_in(rest) or ["other"])
        out.append(_sentence_pledge(m.surface, [m.code], kinds, sentence, s))
        taken.add(m.code)
    return out


# "Germany committed 90 million euros and Britain 40 million pounds": the second
# country's verb is left out (gapping); it commits what its amount says, as firmly
_GAP_AMOUNT = re.compile(
    r"\s+(?:a\s+further\s+|another\s+|an?\s+extra\s+|a\s+(?:joint|combined|total\s+of)\s+|about\s+|some\s+|around\s+)?"
    r"(?:" + MONEY_START + r"[\d.,]*(?:\s*(?:million|billion|bn|m)\b)?|"
    r"\d[\d.,]*\s*(?:million|billion|bn|m)?\s*(?:[A-Z][a-z]+\s+)?(?:euro|pounds?|dollar|crowns?|won|" + _CURRENCY_NAMES + r"|troops|"
    r"soldiers|ships|warships|frigates|jets|aircraft|instructors|trainers|engineers|police|observers|monitors|"
    r"personnel)\b|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?:[a-z-]+\s+)?(?:engineers|"
    r"experts|specialists|doctors|medics|instructors|trainers|observers|monitors|soldiers|troops|police|ships|"
    r"aircraft|helicopters|planes|boats)\b)[^,;.]{0,40}")


_GAP_NP = re.compile(r"\s+(?:a|an|another)\s+([^,;.]{2,90}?)(?=[,;.]|$)")
_GAP_BARE = re.compile(r"\s+(?:about\s+|some\s+|around\s+|roughly\s+|up\s+to\s+)?(?:one|two|three|four|five|six|\d[\d,.]*)(?:\s*(?:million|billion|bn))?(?=\s*(?:[,.;)]|$|\s+(?:and|respectively|more|each|from|of)\b))")


def _gapped(text: str, s: int, sentence: str, mentions: list[CountryMention],
            found: list[Pledge]) -> list[Pledge]:
    """Pledges of the gapped conjuncts of a sentence that already holds a pledge."""
    out: list[Pledge] = []
    taken = {c for p in found for c in p.actor_codes}
    lead = next((p for p in found if p.modality != "refused"), None)
    if lead is None:
        return out
    # (an organisation leads too: "The European Union committed €22 million, and Norway 60 million crowns")
    first_actor = min((m.start for m in mentions if m.code in lead.actor_codes), default=None) \
        if lead.actor_codes else s
    for m in mentions:
        if m.code in taken or first_actor is None or m.start <= first_actor or m.how == "demonym":
            continue
        rel = m.start - s
        if not _LEAD_JOIN.search(sentence, max(0, rel - 12), rel):
            continue
        amount = _GAP_AMOUNT.match(sentence, m.end - s)
        if amount is not None:
            kinds = _kinds_in(amount.group().lower()) or ["other"]
        elif _GAP_BARE.match(sentence, m.end - s):
            kinds = list(lead.kinds)  # "Spain pledged 200 deminers and Portugal 80": the same unit
        else:
            np = _GAP_NP.match(sentence, m.end - s)  # "..., and Norway a maritime patrol aircraft"
            kinds = _kinds_in(np.group(1).lower()) if np is not None else []
            if not kinds:
                continue
        group = [g.code for g in mentions if g.start == m.start and g.end == m.end]  # "the Nordic countries"
        out.append(_sentence_pledge(m.surface, group, kinds, sentence, s, lead.modality))
        taken.update(group)
    return out


# "pledged nothing", "offered nothing", "has so far offered nothing", "would send neither ships nor money"
_NOTHING = re.compile(r"\s+(?:nothing|not\s+a\s+(?:cent|penny|dime|euro|dollar|soldier)|neither\s+[^.;]{1,40}?\bnor)\b")
_OBJECTED_TO = re.compile(r"\b(?:(?:objected|objects|objecting|protested|protests)\s+(?:to|against)|opposed|opposes|opposing|"
                          r"resisted|resists|critici[sz](?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|"
                          r"attack(?:ed|s|ing)|decr(?:ied|ies|ying)|questioned)\s+(?:(?!\band\s+(?:said|says|added)\b)[^,;.]){0,50}$")
# (not past "... and said": "condemned the Greek deployment and said it would not join any coalition" says its own part)
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")
_IN_CONDITION = re.compile(r"\b(?:if|unless|once(?!\s+(?:again|more)\b)|provided(?:\s+that)?|as\s+long\s+as)\s+[^,;.]{0,90}$")
"""A verb's clause opened by "if", "unless", "once", "provided" up to the verb: what another must do. (Narrower than
_CONDITION's spans on purpose: "when ... ends and will not take part", "until ... – has told" run past the verb.)"""
_LETS_IN = re.compile(r"\b(?:let|allow|permit)\b")
"""Access granted or refused ('refused to let the monitors cross the river'): 'other', whoever goes in."""

_WITHOUT = re.compile(rf"\b{_WITHOUT_LEAD}$")
_TO_THE_REPORT = re.compile(rf"\s+{REPORT_CREDIT}")
_DELEGATES = re.compile(
    r"\s+(?:a\s+|an\s+|its\s+|their\s+|senior\s+|high-level\s+|junior\s+|several\s+|us\s+|them\s+|only\s+|just\s+|"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)*(?:officials?|delegations?|delegates?|envoys?|"
    r"representatives?|ministers?|diplomats?|ambassadors?|condolences|messages?|letters?|communiqu[eé]s?|statements?|"
    r"(?:cables?|telegrams?|notes?)\s+of\s+(?:condolence|sympathy|solidarity|support)|"
    r"(?:condolence|sympathy|solidarity|support)\s+(?:messages?|letters?|notes?|cables?|telegrams?)|"
    r"greetings|congratulations|sympathies|a\s+note|"
    # "Instead it sends propaganda": words sent, not help
    r"propaganda|disinformation|threats?|warnings?|insults?|lies|signals?|protests?|rebukes?|ultimatums?|"
    # observers at the talks attend; "will send 30 observers" to a vote monitor it
    r"observers?(?=\s+(?:to|at)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:meeting|talks|summit|conference|session|ceremony|"
    r"signing|negotiations|launch|opening|briefing|inauguration)|"
    # "sent observers (to the launch in Zamboanga) but made no commitments"
    r"[^.;]{0,60}?\s+but\s+(?:has\s+|have\s+|had\s+)?(?:made|offered|announced|gave)\s+no\b))\b")
_DENIED_BEFORE = re.compile(r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?)\s+(?:(?:a|the|any|media|press)\s+)?"
                            r"(?:(?:reports?|claims?|suggestions?|allegations?|rumou?rs?)\s+(?:that|of|about)|that)\s+"
                            r"(?:(?!\b(?:but|and)\s)[^.;]){0,50}$|"  # (not 'denied wrongdoing and pledged $5 million')
                            r"\b(?:is|was|has\s+been|have\s+been|were|are)\s+no\s+$")
"""A commitment denied, not made: 'denied a report that it had pledged troops', 'There is no pledge of troops'."""
_BUT_NO = re.compile(r"\bbut\s+no\s+([^,;.]{2,60})")
_AIR_PROPER = re.compile(r"air\s+(?:support|policing|power|patrols?|forces?|cover)|airpower|aerial|jets|aircraft|planes?\b|helicopters?")
_WINDOW_END = re.compile(r"\b(?:including|as part of|for a|in order to)\b")
_JOINING = re.compile(r"(?:join|participate|take\s+part)")
_JOINS_WORK = re.compile(r"\s+(?:in\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:patrols|escorts|airlifts?|sorties|sanctions|embargo)\b")
"""Joining work that needs the joiner's own assets or measures: 'join patrols on the lake', 'take part in the
escorts', 'will join the sanctions' (its own freezes and bans)."""
_SENDING = re.compile(r"(?:send|sent|deploy|commit|contribut|pledg)")
_SIDE = r"side(?![’']s)(?!\s+of\b)"
"""'The Kazakh side is studying the request': diplomatic language for the state (not 'the Kazakh side's
request', nor 'the Kenyan side of the border')."""
_LEAD_OWNER_AFTER = re.compile(r"\s+(?:government|officials?|leaders?|authorities|" + _SIDE + r")\b")
_DEMONYM_ACTOR_AFTER = re.compile(r"\s+(?i:government|republic|officials?|leaders?|ministers?|" + _SIDE + r"|(?:national\s+)?defen[cs]e\s+forces?|"
                                  r"authorities|navy|military|(?:armed\s+|land\s+|ground\s+)?forces|troops|defen[cs]e\s+ministry|ministry\s+of\s+(?:the\s+)?(?:defen[cs]e|foreign\s+affairs|interior|armed\s+forces|health|finance|economy|transport|agriculture|education|energy|trade)|air\s+force|army|"
                                  r"coast\s?guard|region\s+of|embassy|high\s+commission|foreign\s+ministry|aid\s+agency|"
                                  # "Croatian instructors, veterans of ..., will train 200 deminers": people the state sends
                                  r"instructors|trainers|deminers|sappers|consulate(?:-general)?|elements\s+in|"
                                  # "The Polish State Fire Service handed over 150 breathing apparatus sets": a state service
                                  r"(?:state\s+|national\s+|federal\s+)?(?:fire(?:\s+and\s+rescue)?\s+service|fire\s+brigades?|"
                                  r"civil\s+(?:protection|defen[cs]e)|emergenc(?:y|ies)\s+(?:ministry|service|agency)))\b")
_ACTOR_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|&\s*)(?:the\s+)?"
                         # "The State of Qatar and the State of Kuwait each announced": formal names
                         r"(?:(?:[A-Z][a-z]+\s+)?(?:State|Republic|Kingdom|Sultanate|Emirate|Principality)\s+of\s+(?:the\s+)?)?")
_OF_BEFORE = re.compile(r"\bof\s+$")


# what is trained or equipped is the recipient, not a contribution of troops
_TRAINED_TO = re.compile(r"\b([a-z]+s)\s+trained\s+(?=to|in|for)\b")
_TEAM_TO_TRAIN = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,5}?(?:team|unit|detachment|mission|group)\s+(?=to\s+train\b)")
"""A team sent to train others ('a 12-member Royal Canadian Navy team to train Paraguayan naval infantry'):
trainers, whatever service they come from."""
_TRAINEES = re.compile(
    r"\b(train(?:s|ed|ing)?|training\s+of|equip(?:s|ped|ping)?|(?:course|workshop)s?\s+for)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|another\s+|a\s+further\s+)?"
    r"(?:(?:[\d,]+|two|three|four|five|six|seven|eight|nine|ten|several|some|new|more)\s+)?"
    r"(?:[a-z'’-]+\s+){0,2}?(?:police(?:\s+officers)?|soldiers|troops|forces|battalions?|brigades?|"
    r"personnel|recruits|officers|units?|gendarm\w*|army|armies|military|coast\s+guards|infantry|marines|sailors|"
    r"cadets|" + _BORDER_GUARDS + r")\b")
# "two aircraft to move the Senegalese contingent": troops carried, not sent
_CARRIED = re.compile(
    # (not "flew in 60 soldiers", "flew 48 troops": a country flying a count of soldiers sends its own)
    r"\b(to\s+(?:move|carry|transport|ferry|fly|airlift|evacuate|bring)|(?<!request\s)(?<!requests\s)for|"
    r"(?:fly|flies|flew)(?!\s+in\s+(?:about\s+|some\s+|another\s+)?\d|\s+(?:about\s+|some\s+)?\d[\d,]*\s+"
    r"(?:troops|soldiers|personnel|servicem[ae]n|marines|paratroopers)\b)|ferry|ferries|airlifts?)\s+"
    r"(?:the\s+|their\s+|its\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:(?:and|or)\s+[\w-]+\s+)?(?:contingents?|troops?|soldiers|forces|personnel|battalions?|peacekeepers)(?:'|’)?"
    r"(?:\s+(?:rotations?|transport|movements?|deployment))?\b|"
    # "to move ballot papers, boxes and police between provinces": the aircraft carry them
    r"\b(to\s+(?:move|carry|transport|ferry|fly|airlift|bring))\s+(?:[\w-]+,?\s+){1,4}?police(?:\s+officers)?\b")
_HOW_THEY_CAME = re.compile(r"\b(?:who|which)\s+(?:had\s+|have\s+)?(?:arrived|came|travel+ed|fled|escaped|crossed|reached)\s+"
                            r"[^,;.]{0,60}?\bby\s+(?:sea|air|land|road|boat|ship|ferry|plane)\b")
"""How the people carried came ('citizens who arrived in Mersin by sea'): no kind of the giver's."""
_CARRIED_HINTS = (" to ", " for ", "fly ", "flies ", "flew ", "ferr", "airlift")
# "finance the deployment of the new troops": the troops are paid for, not sent
_PAID_FOR_HINTS = ("deployment of", "cost of", "costs of", "salaries of", "upkeep of", "transport of",
                   "rations of", "wages of")
_PAID_FOR = re.compile(
    r"\b(financ\w*|fund(?:s|ed|ing)?|pay(?:s|ing)?\s+for|paid\s+for|bankroll\w*|cover(?:s|ed|ing)?|towards)\s+"
    # ("$60 million towards the fuel and salaries of Lebanese soldiers")
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+(?:and|,)\s+)?(?:deployment|costs?|salaries|upkeep|transport|rations|wages)\s+of\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:troops|soldiers|forces|police|personnel|"
    r"peacekeepers|contingents?|units?|battalions?)\b")
_MUST_FIRST = re.compile(r"(?:(?:the|its|their)\s+[a-z]+\s+)?(?:must|needs?\s+to|has\s+to|will\s+have\s+to)\s+"
                         r"first\s+be\s+(?:approved|authori[sz]ed|ratified|endorsed|voted)\s+(?:by|in)\s+[^,;.]+|"
                         r"(?:the\s+)?(?:national\s+assembly|parliament|congress|senate|legislature|[a-z]+\s+parliament)\s+"
                         r"(?:must|has\s+to|needs?\s+to)\s+(?:first\s+)?approve\b[^,;.]*")
_ONLY = re.compile(r"\bonly\s+(?=if\b|when\b|once\b|after\b|provided\b)|,\s+(?=provided\s+(?:that\s+)?(?:no|the|its|[a-z]+\s+are)\b)")
_LEAD = re.compile(r"[\s\-–—•*\"“'‘]*(?:" + TIME_STAMP + r")?(?:(?:the|The)\s+)?")
# a newsletter's section label: "WHO'S IN: Lithuania didn't wait for Brussels. It closed ..."
_SECTION_LABEL = re.compile(r"[\s\-–—•*]*[A-Z][A-Z'’ &-]{1,40}[A-Z]:\s+")
_LEAD_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")


def _lead_run(sentence: str, s: int, mentions: list[CountryMention],
              past_label: bool = False) -> tuple[str, list[str], int] | None:
    """The countries the sentence opens with (names, codes, where the run of them ends): the
    subject later clauses inherit ("Turkey, which ..., said it had no objection but was not
    ready to commit"), the giver of a list item ("- Japan: two aircraft"); `past_label` reads
    past a section label, for the sentence a pronoun after it points back to."""
    if not mentions:
        return None
    label = _SECTION_LABEL.match(sentence) if past_label else None
    lead = _LEAD.match(sentence, label.end() if label else 0).end()
    first = mentions[0]
    if first.start - s != lead or (first.how == "demonym" and not _LEAD_OWNER_AFTER.match(sentence[first.end - s:])):
        return None
    codes, names, end = [], [], first.end
    for m in mentions:
        if m.start != first.start and not (m.start >= end and _LEAD_JOIN.match(sentence[end - s:m.start - s])
                                             and m.start - end < 12):
            break
        if m.code not in codes:
            codes.append(m.code)
            if m.surface not in names:
                names.append(m.surface)
        end = max(end, m.end)
    return ", ".join(names), codes, end


_CAPITAL_OPENERS = ("In ", "From ", "-", "–", "—", "•")  # (what an IN_CAPITAL sentence can open with)
_IN_CAPITAL_BODY = re.compile(IN_CAPITAL + r"(?:the|its)\s+(?:[A-Z][\w'’-]*\s+){0,3}?"
                              r"(?:Department|Ministry|Government|Foreign\s+Office|Office|Cabinet|Chancellery)\b")
def _delegate_of(low: str, mentions: list[CountryMention]) -> tuple[str, list[str]] | None:
    """The country the sentence names as the state itself ("Speaking after the vote, the
    representative of the United States ... said ..."), for "Her delegation would provide ..." next."""
    for m in mentions:
        if _GOVERNMENT_OF.search(low, max(0, m.start - 40), m.start):
            return m.surface, [m.code]
    return None


def _lead_actor(sentence: str, s: int, mentions: list[CountryMention],
                past_label: bool = False) -> tuple[str, list[str]] | None:
    """`_lead_run` without where it ends."""
    run = _lead_run(sentence, s, mentions, past_label)
    return None if run is None else run[:2]


_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being)\s+$")
_FUTURE_BEFORE = re.compile(r"\b(?:will|would)\s+$")
_TROOP_NOUN = re.compile(r"\b(?:troops|soldiers|marines|battalions?|companies|company|contingents?|"
                         r"brigades?|units?|peacekeepers|forces|personnel|police|gendarmes|"
                         r"frigates?|warships?|ships?|vessels?|patrol\s+boats?|aircraft|planes?|jets|helicopters?)\b")
_BULLET_HEAD = re.compile(r"\s*:\s")
_SPEECH_WORDS = frozenset("said says confirmed announced stated indicated told".split())
_SPEECH = re.compile(r"\b(?:said|says|confirmed|announced|stated|indicated|told\s+\w+)\s+(?:that\s+)?")
_OWNER_AFTER = re.compile(r"\s+(?i:government|officials?|leaders?|authorities|" + _SIDE + r"|ministers?|ministry|"
                          r"diplomats?|spokes\w+|envoys?|ambassador|president|premier|chancellor|"
                          r"(?:foreign|defen[cs]e|prime)\s+minister)\b")


_TRAILING_BODY_SAID = re.compile(
    r",\s+(?:the\s+|a\s+)?[\w'’.-]+\s+(?:[a-z]+\s+)?(?:" + STATE_BODY + r"|officials?|spokes(?:man|woman|person))(?:\s+in\s+[a-z][\w'’-]+)?\s+(?:said|says|announced|confirmed)\b[^,;]*$")


def _passive_actor(sentence: str, s: int, a: int, vpos: int, mentions: list[CountryMention],
                   lsent: str) -> tuple[str, list[str]] | None:
    """"Ugandan officials said that 800 soldiers would be dispatched": the speaking
    country owns a passive commitment whose subject names no country."""
    passive = _PASSIVE_BEFORE.search(lsent, max(a, vpos - 8), vpos)
    ready = lsent.startswith(("ready to", "willing to"), vpos) and _IS_BEFORE.search(lsent, max(a, vpos - 24), vpos)
    if not passive and not ready and not _FUTURE_BEFORE.search(lsent, max(a, vpos - 8), vpos):
        return None  # ("Spain says a unit of 100 soldiers is ready to fly": Spain's unit, below)
    last = None
    for sm in _SPEECH.finditer(lsent, a, vpos):
        last = sm
    if last is None:
        if not passive:
            return None
        # "200 marines will be deployed ..., the French embassy said": the state whose body speaks after
        tail = _TRAILING_BODY_SAID.search(lsent, vpos)
        if tail is None:
            return None
        own = [m for m in mentions if tail.start() <= m.start - s < tail.end()]
        return (own[0].surface, [own[0].code]) if len(own) == 1 else None
    if not passive and not _TROOP_NOUN.search(lsent, last.end(), vpos):
        return None  # "Kenya says a company of marines will guard the base"
    best = None
    rc = _REL_SKIP.search(lsent, a, last.start() + 1) if ", wh" in lsent[a:last.start()] else None
    for m in mentions:
        rel = m.start - s
        if rel < a or rel >= last.start():
            continue
        if rc is not None and rc.start() <= rel < rc.end():
            continue  # "Bhutan, which Kathmandu had approached for its helicopters, said": not Kathmandu
        if _obj_before(lsent, max(a, rel - 30), rel) or _PREP_WHICH_BEFORE.search(lsent, max(a, rel - 30), rel):
            continue  # ("The CSTO, the alliance to which Kyrgyzstan belongs, said": the alliance speaks)
        if m.how == "demonym" and not _OWNER_AFTER.match(sentence, m.end - s):
            continue
        best = m
    if best is None or last.start() - (best.end - s) > 120:
        return None
    return best.surface, [best.code]


_PREP_WHICH_BEFORE = re.compile(r"\b(?:to|of|in|with|for)\s+which\s+(?:the\s+)?$")
_ASKS_OTHERS = re.compile(r"\b(?:asked|asks|urged|urges|pressed|presses|called\s+on|calls\s+on|invited|invites|"
                          r"requested|requests|begged|appealed\s+to)\s+(?!for\b)(?:[\w'’-]+\s+){1,8}?to\s+$")
_NOT_YET = re.compile(r"\b(?:before|without|until|instead\s+of|not\s+yet|discuss(?:ed|es|ing)?|talk(?:ed|ing)?\s+about)\s+"
                      r"(?:yet\s+|even\s+)?$")  # ('Neither would discuss sending American troops')
_WHEN_CLAUSE = re.compile(r"\b(?:after|before|until|once)\s+(?:the\s+)?(?:un|nato|eu|[a-z]+)\s+[a-z]+\s+"
                          r"(?:leave|leaves|left|withdraw|withdraws|withdrew|end|ends|ended|arrive|arrives|go|goes)\b")
_TROOPS_UPKEEP = re.compile(r"\b(?:troops?|soldiers|battalions?|contingents?|forces?|monitors|observers)(?:'s|’s|'|’)\s+"
                            r"(?=(?:airlift|rations|salaries|allowances|transport|fuel|upkeep|deployment|wages)\b)")
# ("with about 250 troops" aboard a ship: counted troops are sent, not worked with)
_WITH_TROOPS = re.compile(r"\bwith\s+(?!(?:about\s+|some\s+|around\s+|nearly\s+|up\s+to\s+|more\s+than\s+)?\d)(?!(?:its|their)\s+own\b)"
                          r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:troops|soldiers|forces|contingents?|"
                          r"battalions?|peacekeepers|navy|coast\s?guard|" + _BORDER_GUARDS + r")\b")
_SERVE_AS = re.compile(r"\b(?:police\s+officers|officers|soldiers|troops|personnel|police|gendarmes|carabinieri)\s+"
                       r"(?:(?:to\s+serve|serving|to\s+act|acting|to\s+work)\s+)?as\s+(?:unarmed\s+|civilian\s+)?"
                       r"(monitors|observers|trainers|instructors)\b")
"""People sent in a role ('police officers to serve as monitors', '15 gendarmes as monitors'): the role, not troops."""
_STILL_OPEN = re.compile(r"\b(?:under\s+review|reviewing|still\s+deciding|has\s+not\s+decided|considering)\b")
_GENERIC_HELP = re.compile(r"\s+(?:their\s+|its\s+)?(?:help|support|assistance|solidarity)\b")
_HISTORY = re.compile(r"\bsince\s+(?:\d{4}|the\s+\d{4}s)|\bfor\s+(?:more\s+than\s+(?:\w+\s+)?)?(?:years|decades)\b|"
                    # ", which financed the expansion of the terminal in the 2030s,": history
                    r"\bin\s+the\s+(?:early\s+|late\s+|mid-)?\d{4}s\b|\b(?:years|decades)\s+ago\b")
_NOTHING_OFFERED = re.compile(rf"\bbut\s+{NOT_DONE}\s+(?:offer|said|say|pledge|commit|name|give|given|specif|announc)\w*|"
                              rf"\b{_WITHOUT_LEAD}(?:offering|saying|pledging|sending|committing|providing|contributing|giving)\b")
_SHIP_BEFORE = re.compile(r"\b(?:ship|vessel|frigate|warship|cutter|corvette|patrol\s+boat)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:has\s+|had\s+)?$")
_STATE_BE = re.compile(r"\b(?:is|are|was|were|been)\s+[\"“‘']?(?:already\s+|fully\s+|entirely\s+|all\s+)+$")
_COMMITTED_TO = re.compile(r"[\"”’']?\s+to\s+(?:the|this|its|their|our|exercises|operations|duties|missions|tasks|"
                           r"preparations|work|projects|relief\s+at\s+home|other)\b")
_IS_BEFORE = re.compile(r"\b(?:is|are|was|were|remains?|remained|be|been|stands?|stood)\s+(?:[\"“‘']?\s*)?(?:fully\s+|firmly\s+|deeply\s+|still\s+)?[\"“‘']?$")
_NO_OBJECT = re.compile(r"\s+(?:no\s+(?!doubt|later|less|more)|(?:the\s+)?[a-z]+\s+nothing\s+but\b|nothing\s+but\b)")
# "have not (yet) offered troops": nothing offered, and nothing refused either
_HAVE_NOT = re.compile(rf"\b{NOT_DONE}\s+$")
_OFFER_VERBS = ("offer", "pledg", "promis", "provid", "announc")
# "was not invited to contribute", "were asked to send": a request to the subject, not its commitment
_ASKED_TO = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:not\s+)?(?:invited|asked|urged|pressed|"
                       r"encouraged|requested)\s+to\s+$")
# "Asked whether Washington would help, she said ...": the answer follows the question
_ANSWER_AFTER = re.compile(r",\s+(?:he|she|they|the\s+[a-z]+|[a-z]+)\s+(?:said|says|added|replied|answered)\b")
_WHOSE_GOVERNMENT = re.compile(r"whose\s+(?:[\w-]+\s+)?(?:government|ministry|president|leaders?|junta|cabinet|"
                               r"(?:foreign|defen[cs]e|prime)\s+minister)\s+(?:has\s+|had\s+)?(?:said|says|announced|told)\b")
_WHOSE_FORCES_ACT = re.compile(r"whose\s+(?:navy|coast\s?guard|army|air\s+force|military|soldiers|troops)\s+"
                               r"(?:has\s+|have\s+)?(?:pulled|rescued|picked\s+up|sent|flew|delivered)\b")
_WHOSE_FORCES_AFTER = re.compile(r",\s+" + _WHOSE_FORCES_ACT.pattern + r"[^,;.]{0,80}")
_CLEFT = re.compile(r"it\s+(?:is|was)\s+(?:the\s+)?.")
_WHOSE_GOVERNMENT_SAID = re.compile(r",\s+" + _WHOSE_GOVERNMENT.pattern + r"\s+(?:that\s+)?(?:it|they)\s+"
                                    r"(?:will|would)\s+(?P<no>not\s+)?[^,;.]{0,80}")
_OFFICIAL_SAID_HER = re.compile(r"(?:['’]s\s+(?:[a-z-]+\s+){0,3}(?:minister|president|premier|chancellor|spokes\w+),\s+[^,;.]{3,50},|"
                                # ('Hungarian Foreign Minister Zsolt Haraszti-Kemény said on Wednesday that his country')
                                r"\s+(?:[a-z-]+\s+){0,2}(?:minister|president|premier|chancellor|spokes\w+)(?:\s+[\w’'-]+){1,3})\s+"
                                r"said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:his|her|their)\s+(?:coast\s?guard|navy|army|air\s+force|government|"
                                r"country|military|troops|soldiers)\s+(?:would|will|could)\s+")
_SEA_FORCES = re.compile(r"\bwhose\s+(?:navy|coast\s?guard)\b")
_WITH_STRINGS = re.compile(r"\bwith\s+(?:strings|conditions)\b|\basked\s+for\s+something\s+(?:back|in\s+return)\b|"
                           r"\bin\s+(?:return|exchange)\s+for\b")
_INTEL_ON_TROOPS = re.compile(r"\b(intelligence|surveillance|imagery|information|data)\s+(?:on|about)\s+[^;.]{0,100}"
                              r"\b(?:troops|forces|soldiers|fighters|militias?)\b")
_NOT_THAT = re.compile(r",\s+not\s+[^,;.]{1,40}")
_AFTER_EVENT = re.compile(r",\s+(?:(?:a|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:days?|weeks?|hours?|months?)\s+)?"
                          r"(?:after|since)\s+(?!the\s+(?:war|conflict|fighting|ceasefire)\s+(?:ends|stops))|"
                          r",\s+(?:citing|blaming)\b")  # (", citing attacks on vehicles": the reason, not the gift)
_COND_CUT = re.compile(r",\s+(?:but\s+)?(?:only\s+)?(?:provided|unless|on\s+condition)\b")
_TROOPS_BEFORE = re.compile(r"\b(?:troops|soldiers|forces|instructors|trainers|officers|advisers)\s+$")
# "has been asked to share imagery and is considering the request": a request it weighs
_WEIGHS_REQUEST = re.compile(rf"\b(?:is|was|are|were)\s+(?:now\s+|still\s+)?(?:{DELIBERATION})\s+(?:the|this|that|its|their)\s+"
                             r"request\b")
# "have not said what they will provide": an embedded question commits nothing
_EMBEDDED_Q = re.compile(r"\b(?:what|how\s+much|how\s+many)(?:,\s+if\s+anything,)?\s+(?:\w+\s+){0,2}$")
# "did not say / asked / unclear whether X would ...": what follows commits nothing
_WHETHER = re.compile(r"\b(?:say|said|says|tell|told|asked|ask|unclear|clear|know|knew|known|"
                      r"disclose|confirm|indicate|explain)\s+whether\b")


def _verbs(clause: str, extra_ok: bool = True, commit_from: int = 0):
    """The commitment verbs of the clause that are not "before committing" (at most 4).
    `extra_ok` False says the sentence holds none of _EXTRA_WORDS (skips that pattern);
    `commit_from` is where _COMMIT's first match in the clause can start, at the earliest."""
    n = 0
    found = _COMMIT.finditer(clause, commit_from)
    if extra_ok:
        extra = list(_COMMIT_EXTRA.finditer(clause))
        if extra:
            found = sorted([*found, *extra], key=lambda x: x.start())
    for v in found:
        lo = max(0, v.start() - 20)
        if "whether" in clause[:v.start()] and (w := _WHETHER.search(clause, 0, v.start())) and \
                not _ANSWER_AFTER.search(clause, w.end(), v.start()):
            continue  # "did not say whether Russia would offer help": an embedded question
        if clause[max(0, v.start() - 2):v.start()] in ("'s", "’s") or clause[max(0, v.start() - 3):v.start()] in ("'s ", "’s "):
            continue  # "New Delhi's offer is serious": a noun, not a verb
        if v.group() == "committed" and _COMMITTED_TO.match(clause, v.end()) and \
                _IS_BEFORE.search(clause, max(0, v.start() - 20), v.start()):
            continue  # "says it is “fully committed” to the coalition": loyalty, not a contribution
        if v.group().startswith(_OFFER_VERBS) and (_HAVE_NOT.search(clause, lo, v.start())
                                                   or _NO_OBJECT.match(clause, v.end())):
            continue  # "have not offered troops", "have offered no aircraft": nothing offered
        if v.group() == "left" and not _SHIP_BEFORE.search(clause, max(0, v.start() - 60), v.start()):
            continue  # only a ship that "has left Salina Cruz with 20 navy divers" is on its way
        if v.group().startswith(("allocat", "earmark", "assign", "commit")) and _STATE_BE.search(clause, lo, v.start()):
            continue  # "the budget was “already fully allocated”": how things stand, nothing given
        if v.group() == "training" and _TROOPS_BEFORE.search(clause, max(0, v.start() - 12), v.start()):
            continue  # "Spanish troops training Iraqi forces ... will not be redeployed": what they do, not the pledge
        if clause.endswith(("welcome to ", "free to "), max(0, v.start() - 11), v.start()):
            continue  # "Moscow is welcome to send a ship": an invitation, not its commitment
        if " to " in clause[max(0, v.start() - 4):v.start()] and _ASKS_OTHERS.search(clause, max(0, v.start() - 90), v.start()):
            continue  # "Athens asked its partners to station aircraft": the others would give
        if not _NOT_YET.search(clause, lo, v.start()) and not (
                " to " in clause[max(0, v.start() - 6):v.start()] and
                _ASKED_TO.search(clause, max(0, v.start() - 32), v.start())
                and not _WEIGHS_REQUEST.search(clause, v.end())) and not (
                ("what" in clause[max(0, lo - 25):v.start()] or "how " in clause[lo:v.start()])
                and _EMBEDDED_Q.search(clause, max(0, lo - 25), v.start())):
            yield v
            n += 1
            if n >= 4:
                return


_HABITUAL_REL = re.compile(r",\s*(?:which|who)\s+(?:already\s+|also\s+|still\s+|normally\s+|usually\s+)?"
                           r"(?!(?:has|is|was|does|says)\b)[a-z]{2,}s\s")
"""", which supplies the plant's fuel,": what a country does anyway, a description and never the pledge."""


def _first_start(clause: str) -> int:
    for v in _verbs(clause):
        return v.start()
    return -1


_INHERIT = re.compile(r"\s*(?:(?:it|they)\s+(?:also\s+)?)?(?:is|are|was|were|will|would|has|have|could|may|might|"
                      r"remains?|prefers?|plans?|offered|offers|said|says|wants?|intends?|weighs|mulls|considers|eyes|"
                      # "sent a medical team, but declined to put its own commandos on Cypriot soil"
                      r"declined|declines|refused|refuses|rejected|rejects|ruled\s+out|turned\s+down|balked|withdrew|withdraws|"
                      + _GAVE_INSTEAD + r")\b|"
                      # "..., but its embassy in Honiara announced US$1.5m": the same state's own body
                      r"\s*(?:its|their)\s+(?:[a-z-]+\s+){0,2}(?:" + STATE_BODY + r"|navy|army|air\s+force|coast\s+guard|"
                      r"agency)\b|"
                      # "..., but the Environment Agency will second six specialists": a state agency, named alone
                      r"\s*the\s+(?:[a-z-]+\s+){1,3}(?:agency|service|directorate|corps)\s+(?:will|would|has|have|is|are|"
                      + _GAVE_INSTEAD + r")\b")


def _troops_owner(sentence: str, s: int, vpos: int, b: int,
                  mentions: list[CountryMention]) -> tuple[str, list[str]] | None:
    """"... sending U.S. troops": the country whose troops are committed."""
    if not _SENDING.match(sentence[vpos:vpos + 8].lower()):
        return None
    for m in mentions:
        if s + vpos <= m.start < s + b and _X_TROOPS.match(sentence, m.end - s):
            return m.surface, [m.code]
    return None


_ORDER = ("ground troops", "air", "sea", "training", "intelligence", "equipment", "funding",
          "monitoring", "sanctions", "other")


# a condition needs one of these words in the sentence (cheap pre-check)
_COND_WORDS = frozenset("once after until unless provided soon awaiting pending when if should "
                        "day only subject condition moment long hinges hinge hinging depends depend depending contingent "
                        "conditional conditions strings".split())


def _condition(clause: str, any_event: bool = False) -> str | None:
    rel = None
    if ", wh" in clause:  # a condition inside ", which ... after the election," is not the pledge's
        rel = _REL_SKIP.search(clause)
    for m in _CONDITION.finditer(clause):
        if rel is not None and rel.start() <= m.start() < rel.end():
            continue
        w = clause.rfind(", wh", 0, m.start()) if rel is None and ", wh" in clause else -1
        if w >= 0 and "," not in clause[w + 2:m.start()]:
            continue  # "..., which is still deployed after last month’s floods.": the clause runs to the end
        why = max(clause.rfind(", as ", 0, m.start()), clause.rfind(" because ", 0, m.start()),
                  clause.rfind(", since ", 0, m.start()))
        if why >= 0 and m.start() > why + 2 and "," not in clause[why + 2:m.start()]:
            continue  # "..., as its army is still deployed on the Tisza after floods there in August,": a reason's time
        c = m.group(1).strip()
        if c.startswith(("until", "Until")) and _HELD_BACK.search(clause, 0, m.start()):
            continue  # "freezing 48 million euros in budget support until the mission is allowed back": how long the
            # penalty lasts, not a condition on imposing it
        ready = clause.rfind(", ready to ", 0, m.start())
        if ready >= 0 and "," not in clause[ready + 2:m.start()] and _DONE_BEFORE.search(clause, 0, ready):
            continue  # "has sent 260 paratroopers to Brazzaville, ready to carry out an evacuation if the situation
            # deteriorates": what the troops sent stand ready for, not a condition on sending them
        if c.startswith(("once", "Once")) and (done := _DONE_BEFORE.search(clause, 0, m.start())) is not None and \
                not _MODAL_BETWEEN.search(clause, done.end(), m.start()):
            continue  # "have jointly chartered a flight to take home their 85 nationals once they are released":
            # when the flight done already will leave, not a condition on the act
        if _AFTER_PAST.match(c):
            continue  # "will provide $2 million ... after a glacial lake outburst flood swept through the city": why
        if _AFTER_SAID.match(c):
            continue  # "... a shortfall ... after the Netherlands said it would stop funding": what caused it
        # "only if ...", or a condition on someone else ("if Berlin agrees",
        # "if the Italian government consents") is the pledge's condition whatever its event
        if any_event or _COND_EVENT.search(c.lower()) or m.group(0)[:4].lower() == "only" or \
                (not c.startswith(("after", "After")) and _ASKED.search(c)) or \
                (c.startswith(("once", "Once")) and _PERFECT.search(c)) or \
                c.lower().startswith(DEMAND_OPENERS + ("subject to", "the moment")) or \
                _COND_OTHER.match(c) or _IF_STATE.match(c) or _IF_PARTY.match(c):
            return c
    return None


_HELD_BACK = re.compile(r"\b(?:" + _HOLD_BACK + r"|ban(?:s|ned|ning)?|embargo\w*|sanction\w*)\b", re.I)
"""A measure held against someone, whose 'until ...' says how long it lasts."""
_DONE_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:already\s+|jointly\s+)?(?:sent|deployed|dispatched|flown|moved|"
                          r"positioned|pre-positioned|stationed|chartered)\b")
"""A deployment already made, before a ', ready to ...' phrase or a 'once ...' of when it acts."""
_MODAL_BETWEEN = re.compile(r"\b(?:will|would|could|can|shall|should|and|but)\b")
"""A modal or a second clause between a done act and its 'once ...' (which then conditions what follows)."""
_AFTER_PAST = re.compile(r"after\s+an?\s+(?:[\w'’-]+\s+){0,5}?(?<!\bis\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bare\s)"
                         r"(?:[a-z]+ed|swept|struck|hit|tore|burst|shook|broke|fell|sank|spread)\b(?!\s+by\b)|"
                         # "after the Government approved the deployment on Tuesday": done, on a day gone by
                         r"after\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?[a-z]+ed\b[^,;]{0,60}?\b(?i:on\s+(?:mon|tues|wednes|"
                         r"thurs|fri|satur|sun)day|yesterday|last\s+(?:week|month|night)|earlier\s+(?:this|last))\b")
"""An event already past ('after a glacial lake outburst flood swept through'): the reason, not a condition."""
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:been\s+)?[a-z]+ed\b")
"""'once the Cypriot authorities have marked the sites': a step still to be done."""
_ASKED = re.compile(r"\bask(?:s|ed)?\b")
"""'if asked by Nicosia', 'should Roseau ask for it': a request still to come (but 'a week after Ulaanbaatar asked'
is history)."""
_AFTER_SAID = re.compile(r"after\s+[^,;]{0,80}?\b(?:said|announced|declared|told)\b", re.I)
_IF_STATE = re.compile(r"if\s+(?:its|their|the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:is|are|was|were|can|could|gets?|receives?)\s(?!not\b)")
"""A state of things the pledge waits on ("if its crew is kept south of the strait", "if the mission is given access")."""
_IF_PARTY = re.compile(r"(?:if|once|unless|provided(?:\s+that)?)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:government|authorities|"
                       r"junta|regime|parliament|ministry|president|leadership|parties|two\s+sides)\s+(?:[a-z]+ly\s+)?[a-z]+s\b")
"""A step another party must take first ("if the government publishes the full list of licences")."""
_COND_OTHER = re.compile(r"(?i:if(?:\s+and\s+when)?|once|unless|provided(?:\s+that)?|until|as\s+soon\s+as)\s+(?:the\s+)?[A-Z]")


class _Rel:
    """A match-like offset relative to the clause start."""

    __slots__ = ("_start",)

    def __init__(self, start: int) -> None:
        self._start = start

    def start(self) -> int:
        return self._start


_GENERIC = re.compile(r"^(?:the\s+coalition|the\s+alliance|the\s+group|european\s+leaders|leaders|"
                      rf"allies|europe|the\s+bloc|partners|{_ORG_ALT})$", re.I)
"""Actors that give way to countries named in the same subject ("Germany and the EU pledged")."""


_OTHERS_OF = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?" + PARTNERS + r"\b")


def _actor(sentence: str, s: int, a: int, vpos: int, mentions: list[CountryMention],
           lsent: str, quant_ok: bool = True) -> tuple[str, list[str]] | None:
    """The subject of the clause [a, vpos): countries or a quantity phrase."""
    lo, hi = s + a, s + vpos
    # cut at an "including"/"such as" list: what follows is not the subject
    inc = _INCLUDING.search(lsent, a, vpos)
    if inc:
        inc = _Rel(inc.start() - a)
    if inc:
        hi = min(hi, s + a + inc.start())
    lead = next((m for m in mentions if lo <= m.start < hi), None)
    if lead is not None and a == 0 and lead.start - s < 6 and _LEAD_REL.match(lsent, lead.end - s):
        said = None
        for said in _SAID_IT.finditer(lsent, lead.end - s, vpos):
            pass
        if said is not None and said.end() >= vpos - 12:
            # "Lithuania, whose president, Ann Lee, has called Moldova “the next test,” said it would send ...":
            # the country the sentence opened with, past its relative clause
            return lead.surface, [lead.code]
    codes: list[str] = []
    names: list[str] = []
    last_end = None
    obj_end = None
    rel = None  # "Beijing, which Honduras recognised in 2023, pledged": not Honduras
    if ", wh" in lsent[a:vpos] or ", one of " in lsent[a:vpos] or ", home to " in lsent[a:vpos]:  # ("Spain, one of five states that do not
        # recognise Kosovo, declined": Spain)
        rel = next((r for r in _REL_SKIP.finditer(lsent, a, vpos + 2)
                    if vpos - r.end() < 4 or _AUX_ONLY.fullmatch(lsent, r.end(), vpos)), None)
    source = None  # ", according to a senior Pentagon official, will share": the source does not act
    if "according to" in lsent[a:vpos]:
        source = _ACCORDING_TO.search(lsent, a, vpos + 1)
    for m in mentions:
        if m.start < lo or m.end > hi:
            continue
        if rel is not None and rel.start() <= m.start - s < rel.end():
            continue
        if source is not None and source.start() <= m.start - s < source.end():
            continue
        gov = _GOVERNMENT_OF.search(lsent, max(a, m.start - s - 30), m.start - s)
        if gov is not None and _TOLD_BEFORE.search(lsent, max(a, gov.start() - 30), gov.start()):
            obj_end = m.end  # "Japan informed the State of Kuwait that it ...": the state told, by its formal name
            continue
        if gov is None and \
                not _FROM_GIVER.search(lsent, max(a, m.start - s - 60), m.start - s) and (
                _obj_before(lsent, max(a, m.start - s - 30), m.start - s) or (
                obj_end is not None and _GAP_LIST.match(lsent, obj_end - s, m.start - s)
                and not _NEW_CLAUSE_AFTER.match(lsent, m.end - s))) and \
                not _RELATIVE_TO_VERB.match(lsent, m.end - s, vpos):
            obj_end = m.end  # "between Kinshasa and Kigali": the whole list is the object
            continue
        if sentence[m.end - s:m.end - s + 2] in ("'s", "’s") and not _OWNER_AFTER.match(
                sentence, m.end - s + 2) and last_end is not None:
            continue  # "Russia, Tajikistan's closest ally, ...": a possessor in an apposition
        if sentence[m.end - s:m.end - s + 2] in ("'s", "’s") and _OTHERS_OF.match(lsent, m.end - s + 2):
            continue  # "Tonga's development partners began sending ships": the others give
        if m.how == "demonym":
            after = sentence[m.end - s:m.end - s + 40]
            if not _DEMONYM_ACTOR_AFTER.match(after) and \
                    not (_PEOPLE_AS_STATE.search(sentence, max(0, m.start - s - 4), m.start - s)
                         and _PEOPLE_VERB.match(after)):
                continue
        if last_end is not None and m.end == last_end:
            pass  # another member of the same group mention
        elif last_end is not None and not _ACTOR_JOIN.fullmatch(sentence[last_end - s:m.start - s]) and not _GAP_MID.match(sentence[last_end - s:m.start - s]):
            codes, names = [], []
        if not codes:
            first_start = m.start
        if m.code not in codes:
            codes.append(m.code)
            if m.surface not in names:
                names.append(m.surface)
        last_end = m.end
    if codes and not _subject_gap(_past_member_dash(sentence, first_start - s, last_end - s, vpos)):
        codes, names, last_end = [], [], None
    if codes and lsent.startswith(("it is ", "it was "), a) and " that " in lsent[a:vpos]:
        cleft = next((m for m in mentions if lo <= m.start < hi), None)  # "It is South Africa, not Mauritius, that has offered"
        if cleft is not None and _CLEFT.match(lsent, a, cleft.start - s + 1):
            return cleft.surface, [cleft.code]
    q = None
    qhi = vpos if not inc else a + inc.start()
    quant = _QUANT_ACTOR.finditer(lsent, a, min(len(lsent), qhi + 40)) if quant_ok else ()
    for qm in quant:
        if qm.start() >= qhi:
            break
        if rel is not None and rel.start() <= qm.start() < rel.end():
            continue  # "Brazil, which borders both countries, says ...": not the subject
        before = lsent[max(a, qm.start() - 25):qm.start()]
        if _obj_before(before, 0, len(before)) and not _OF_BEFORE.search(before):
            continue
        if not _subject_gap(sentence[qm.end():vpos]):
            continue
        q = qm
    if q is not None:
        generic = bool(_GENERIC.match(q.group()))
        if not codes or (not generic and q.start() > last_end - s):
            return _norm_actor(q.group()), []
    if codes:
        return (", ".join(names), codes)
    if quant_ok and "(" in sentence[a:vpos]:
        return _spelt_out_body(sentence, a, vpos)
    return None


_SPELT_BODY = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|and|the|de|des|du|la)\s+)*){1,7}?)"
                         r"\(([A-Z]{2,8})\)")
"""A body named with its initials ('The International Organization for Migration (IOM)'): group 1 the
name, group 2 the initials."""


def _spelt_out_body(sentence: str, a: int, vpos: int) -> tuple[str, list[str]] | None:
    """The body a clause opens with, named in full with its initials ('The International Organization for
    Migration (IOM) said it would pay ...'), when the initials are the name's (with or without its small
    words) or the name is a body's ('Agency', 'Fund'); None if not, or if the name does not run up to the verb."""
    for m in _SPELT_BODY.finditer(sentence, a, vpos):
        if sentence[a:m.start()].strip(" \t\"“‘'"):
            break  # only the clause's subject ('whose agency, the Agence Française de Développement (AFD), has
            # financed': France's; 'of the ministers of the West African Economic and Monetary Union (UEMOA)': a place)
        words = m.group(1).split()
        if not spells_initials(words, m.group(2)) and ORG_WORDS.isdisjoint(w.lower() for w in words):
            continue  # (initials of an older name: 'The EU Agency for Cybersecurity (ENISA)')
        if _subject_gap(sentence[m.end():vpos]):
            return " ".join(words), []
    return None


_CLOSED_PERIOD = re.compile(r"\buntil\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b")
_PAST_DONE = re.compile(r"[a-z]+ed|sent|lent|kept|held|led|ran")
_WORTH = re.compile(r"\b(?:worth|valued\s+at)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?"
                    r"(?:" + MONEY_START + r"|\d)[\w.,$€£¥]*(?:\s+(?:million|billion|bn|m|mn|mln|pounds|" + _CURRENCY_NAMES + r"))*")
# the words between a body that acts and its verb ("the Pakistan Army was ready to send")
_SUBJECT_AUX = (r"(?:(?:is|was|are|were|will|would|has|have|had|also|now|ready|prepared|willing|able|to|be|stood|stand|"
                r"stands|said|says|it)\s+){0,4}$")
# "the Ghana Air Force will fly ...": the giver, named before the verb, not what it gives
_SERVICE_SUBJECT = re.compile(r"\b(air\s+force|armed\s+forces|navy|coast\s+guard|defen[cs]e\s+forces?)\s+" + _SUBJECT_AUX)
_FLYING_SERVICES = {"air force": "air", "navy": "sea", "coast guard": "sea"}
"""The services of _SERVICE_SUBJECT that carry people out with their own aircraft or ships."""
_EVACUEES_OUT = re.compile(r"\s+(?:about\s+|some\s+|more\s+than\s+)?[\d,]+\s+(?:people|nationals|citizens|evacuees|civilians|"
                           r"passengers|foreigners)\s+(?:out|to\s+safety)\b")
# "the Pakistan Army was ready to send a field hospital": the army's people
_ARMY_SUBJECT = re.compile(r"\b(?:army|armed\s+forces|military|defen[cs]e\s+forces)\s+" + _SUBJECT_AUX)
# verbs that are refusals whatever surrounds them: "made no offer", "withdrew its 180 soldiers", "denied its
# airspace", "pulled out its ships", "ruled itself out"
_REFUSING_VERB = re.compile(r"made no|withdr|den|pull\w*\s+out$|rul\w*\s+\w+\s+out$")
_PRONOUN_OBJECT = re.compile(r"\s+(?:them|it)\b(?!\s+with\b)")
_EACH_BEFORE = re.compile(r"\beach\s+(?:(?:has|have|had|will|would|also)\s+)?$")
_BUSY_REASON = re.compile(r"[^.;]{0,80}?,\s+saying\s+(?:that\s+)?(?:its|their)\s+([^.;]{3,80}?)\s+(?:were|was|are|is|remained?)\s+"
                          r"(?:already\s+|fully\s+)?(?:committed|needed|required|busy|tied\s+up|stretched|engaged)\b")
"""A refusal's reason that names what is asked for ("..., saying its troops were needed at home")."""
_ACCESS_AFTER = re.compile(r"\s+(?:to\s+)?(?:(?:re)?open(?:ing)?|let(?:ting)?|allow(?:ing)?|permit(?:ting)?)\b|"  # "has agreed to open [its base] to partner navies"
                           # "turned down a request to let foreign warships escorting tankers use the port"
                           r"\s+(?:the|a|an|its|their)\s+(?:[\w.-]+\s+){0,2}?(?:request|appeal|call)s?\s+"
                           r"(?:to\s+(?:let|allow|permit|open)\b|"
                           # ("turned down a request from Abuja to let Nigerian aircraft pursue ..."; not "a request from
                           # Moscow to allow US satellite operators to sell imagery": a trade, not a way in)
                           r"from\s+[^,;.]{1,40}?\s+to\s+(?:let|allow|permit)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
                           r"(?:aircraft|planes|jets|helicopters|troops|soldiers|forces|ships|warships|vessels|boats|convoys)\b)")
_ACCESS = re.compile(r"let|allow|(?:re)?open(?:s|ed|ing)?\s+(?!to\b|(?:about\s+|some\s+|up\s+to\s+)?\d)")
"""Letting others in ("would open Larnaca port to ..."; not "open to sending troops", "open 20 places")."""
_COUNTERFACTUAL = re.compile(r"\b(?:could|should|would|might|must)(?:\s*n[o'’]t)?\s+have\s+$")
_OWN_STATE = r"(?:his|her|its|their)\s+(?:country|delegation|government)\s+(?:was|would|will|is|had|has|could)\b"
"""A speaker's own state ("her country would", "his delegation will"): a pattern fragment."""
_PRONOUN_START = re.compile(
    r"[\s\"“‘']*(?:(?:but|and|yet|still|now)\s+|(?:instead|however|meanwhile|separately|in\s+addition|in\s+return),?\s+)?"
    # "At Astana's request, it flew 300 paratroopers": a fronted phrase before the pronoun
    r"(?:(?:at|on|in|within|after|under|last|earlier|later)\s+[^,;.\n\"“”]{1,40},\s+)?"
    r"(?:it|they)\s(?!(?:is|was|remains|seems|appears)\s+(?:not\s+|still\s+)?"
    r"(?:unclear|clear|likely|unlikely|possible|impossible|hard|difficult|easy|important|expected|understood|"
    r"thought|believed|too|time|a\s|an\s|the\s)|(?:seems|appears)\b)|"  # not "it is unclear who ..."
    # "Kazakhstan moved first. Its Defense Ministry dispatched 200 soldiers": the state's own body
    r"(?:its|their)\s+(?:[a-z-]+\s+)?(?:" + STATE_BODY + r"|army|navy|air\s+force|military|armed\s+forces|"
    r"defen[cs]e\s+forces?|coast\s+guard)\s+(?!(?:of|in|at|for)\b)|"
    # "the representative of the United States said ... Her delegation would provide $6.5 million": the state's delegate
    + _OWN_STATE)
_HIS_COUNTRY = re.compile(r"\b(?:said|announced|told\s+\w+)\s+(?:that\s+)?" + _OWN_STATE)
_WE_START = re.compile(r"[\s\"“‘']*we\s")
_OWN_WAY = re.compile(r"\b(?:its|their)\s+own\b|\bbilateral\w*|\bnational(?:ly)?\s+(?:operation|mission|command)")
# "... with Paris, and the French government has ruled out ...": a new subject, not the list's end
_NEW_CLAUSE_AFTER = re.compile(r"\s+(?:government|officials?|leaders?|authorities|ministers?|ministry)?\s*"
                               r"(?:has|have|had|will|would|is|are|was|were|said|says)\b")
_TOLD_BEFORE = re.compile(rf"\b(?:{_TOLD_VERBS})\s+(?:the\s+)?$")  # ('informed the State of Kuwait')
_GOVERNMENT_OF = re.compile(GOVERNMENT_OF + r"|"
                            r"\b(?:government|authorities|junta|rulers|regime)\s+in\s+$")  # 'the government in Gaborone'
# "Forty rescuers from Serbia's emergency service were sent": the country the people come from gives them
_FROM_GIVER = re.compile(r"(?:^|\s)(?:about\s+|some\s+|around\s+|more\s+than\s+)?(?:" + _HEAD_COUNT + r"|"
                         r"a\s+team\s+of\s+\d+)\s+(?P<who>(?:[\w-]+\s+)?(?:rescuers|soldiers|troops|marines|sailors|firefighters|"
                         r"engineers|experts|doctors|medics|specialists|monitors|observers|divers|police\s+officers|personnel))\s+"
                         r"(?:from|of)\s+(?:the\s+)?(?:(?:Republic|Kingdom|Sultanate|Principality)\s+of\s+(?:the\s+)?)?$", re.I)
"""Counted people "from (the)" or "of the" a country's service, which gives them (searched up to where the name starts; also
used on text not lower-cased); a state's long name counts ('soldiers of the Republic of Fiji Military Forces')."""
_HOSPITAL_OF = re.compile(r"\b(?:field|military|mobile)\s+hospital\s+(?:of|from)\s+(?:the\s+)?"
                          # ('A field hospital of the Royal Medical Services of the Jordanian Armed Forces')
                          r"(?:(?:[A-Z][\w-]*\s+){1,4}of\s+the\s+)?$", re.I)
_SERVICE_AFTER = re.compile(r"\s+" + _SERVICE)
_MILITARY_HOSPITAL_AFTER = re.compile(r"\s+(?:military|army)\s+(?:field\s+)?hospital\b")
_HOSPITAL_OPEN = re.compile(r"\b(?:opened|arrived|landed|(?:was|is|has\s+been)\s+(?:set\s+up|deployed|operating|working)|"
                            r"began\s+(?:receiving|treating|work))\b")
_ACCORDING_TO = re.compile(r",\s*according\s+to\s+[^,;]{2,80},")


# "The Kenyans brought $20 million", "the French will send a frigate": "the" + a demonym
# used as a noun stands for the government
_PEOPLE_AS_STATE = re.compile(r"(?:^|\b)[Tt]he\s+$")
_PEOPLE_VERB = re.compile(r"\s*,|\s+(?:will|would|has|have|had|is|are|was|were|could|may|might|also|"
                          r"[a-z]+ed|[a-z]+s)\b")


_TITLE_DOT = re.compile(r"\b" + TITLE_ABBREV + r"\.(?=\s+[A-Z])")


def _past_member_dash(sentence: str, first: int, last: int, vpos: int) -> str:
    """The gap from the last member to the verb, past the dash that closes a group's members when a dash
    opened them ('The Troika countries – the United States, Britain and Norway – said they would')."""
    gap = sentence[last:vpos]
    if gap[:3] in (" - ", " — ", " – ") and _MEMBERS_DASH.search(sentence, max(0, first - 40), first):
        return gap[2:]
    return gap


_MEMBERS_DASH = re.compile(r"\b[a-z]+s\s[-—–]\s(?:the\s)?$")
"""A group's plural head, then the dash that opens its members ('The Baltic states – |Estonia')."""


def _subject_gap(gap: str) -> bool:
    """True when `gap` (between a subject and the verb) keeps them in one clause. A
    non-restrictive relative clause is skipped ("China, which has troops in the U.N.
    mission, said it would provide ...")."""
    if "." in gap:
        gap = _TITLE_DOT.sub(" ", gap)  # "Taiwan's Ambassador, Ms. Lin Pei-shan, handed over": no sentence ends
    if gap[:3] in (" - ", " — ", " – "):
        aside = DASH_ASIDE.match(gap)  # 'The government in Gaborone - no longer the one I served in - has'
        if aside:
            gap = gap[aside.end():]
    if gap[:1] == ",":
        rc = _REL_SKIP.match(gap + "v")  # (its lookahead wants the verb, which follows the gap)
        if rc:
            gap = gap[rc.end():]
            if gap[:1] == " " and _REL_TO_VERB.fullmatch("," + gap):
                return True  # "France, the former colonial power, whose agency, the AFD, has long financed ..., announced"
        elif _REL_TO_VERB.fullmatch(gap):
            return True  # "Beijing, which Honduras recognised in 2023, pledged": it runs up to the verb
    return bool(_GAP_OK.match(gap)) and not _GAP_BAD.search(gap) or bool(_SAYS_ASSET.fullmatch(gap)) or (
        # "Italy has said no: its defense ministry will not commit a ship": the state's own body after a colon
        ":" in gap and _COLON_OWN_BODY.fullmatch(gap) is not None) or (
        # "The Government of the United Kingdom informed the Ministry that its vessel ..., and announced": a
        # second verb of the same subject (no other country lies between: a name would have reset it)
        gap.endswith(("and ", "and also ")) and _AND_VERB_GAP.fullmatch(gap) is not None)


_COLON_OWN_BODY = re.compile(
    r"\s[^.;:\"“”]{0,80}:\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:" + STATE_BODY + r"|navy|army|air\s+force|coast\s+guard|"
    r"agency|(?:armed\s+|defen[cs]e\s+)?forces|military)\s+(?:(?:will|would|has|have|had|is|are|can|could)\s+)?"
    r"(?:(?:not|also|now|already|since|just)\s+)?", re.I)
_AND_VERB_GAP = re.compile(r"\s+[a-z]+(?:ed|s)\s[^.;:\"“”]{0,240},\s+and\s+(?:also\s+)?")


# "Mexico's navy says the ship ARM Tehuantepec has left ...": the asset it speaks of is its own
_SAYS_ASSET = re.compile(r"(?:['’]s\s+(?:[a-z]+\s+){0,2})?\s*(?:says|said|announced|confirmed)\s+(?:that\s+)?"
                         r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|frigate|warship|cutter|corvette|"
                         r"aircraft|plane|helicopter)(?:\s+[A-Z0-9][\w'’-]*){0,3}\s+(?:has\s+|had\s+|is\s+|was\s+)?")


# a relative clause in the past tense after what is given: its history, not part of the gift
_PAST_REL = re.compile(r",\s+(?:which|who)\s+(?:had\s+|has\s+)?(?:[a-z]+ed|paid|built|sent|gave|ran|took|led|"
                       r"fought|won|lost|was|were)\b[^,;]*")
# ", which/who/whose ...," up to the first comma that a lower-case word (the verb) follows
_REL_SKIP = re.compile(r",\s*(?:(?:which|who|whose|where)\b[^;]{0,200}?|(?:(?:the|a|an|once\s+the|once\s+a|long\s+a|home\s+to)\s+[a-z]|"
                       r"one\s+of\s+(?:the|[a-z]+)\s+[A-Za-z])(?:[^;,]|,(?=\d)){0,80}),"
                       r"(?=\s+(?!and\b|or\b)[a-z])")


_LEAD_REL = re.compile(r"(?:['’]s\s+(?:[a-z-]+\s+){0,3}?(?:government|ministry|junta|leaders?|authorities|president))?"
                       r",\s+(?:which|whose|who)\b")
_SAID_IT = re.compile(r"[,”\"]\s+(?:has\s+|had\s+)?(?:said|says|announced)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|they)\s+"
                      r"(?:would|will|could|was|is|had|has|were)\s+")
_AUX_ONLY = re.compile(r"\s*(?:[a-z]+\s+){0,8}")
"""What may stand between a relative clause and the verb ('Paris, whose ..., has ruled out| sending')."""
_REL_TO_VERB = re.compile(r",\s*(?:which|who|whose)\b(?:[^;,]{0,200}|[^;\"“”]{0,220}),\s*")
"""A relative clause up to the verb ('Beijing, which Honduras recognised in 2023, pledged'), with asides of its
own when it quotes nobody ('whose agency, the AFD, has long financed surveillance in the Sahel, ')."""



def _norm_actor(phrase: str) -> str:
    p = " ".join(phrase.split())
    low = p.lower()
    if low in _ORG_ACTORS:
        return _ORG_ACTORS[low]
    if low in ("some", "others", "the rest"):
        return {"some": "some countries", "others": "others", "the rest": "others"}[low]
    words = low.split()
    if words and words[0] in SMALL_NUMBERS:
        words[0] = str(SMALL_NUMBERS[words[0]])
    if words and words[0].startswith("twenty-six"):
        words[0] = "26"
    if words and words[-1] == "nations":
        words[-1] = "countries"
    if len(words) == 1 and words[0].isdigit():
        words.append("countries")
    return " ".join(words)
