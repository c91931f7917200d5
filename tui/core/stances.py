"""Per-source stance per country, and where sources disagree.

Rules (DESIGN.md's table is the definition; this is how we read it):

* The **subject** - the country that receives the guarantees - is found
  generically: the country most often named as a recipient ("for X", "to X",
  "secure X", "X's security/armed forces/defence/soil", "provide X with").
  It needs at least two such mentions and a clear lead over the runner-up.
  It gets no stance.
* From the pledges whose actor is the country (the clause that names it):
  - pending cues (hesitant, caution, awaiting, not yet, to be finalised,
    under negotiation, has not confirmed, likely, anticipated, would decide)
    or a condition that waits on others (clarifies, engagement, approval,
    decides, confirms ...) -> **undecided**;
  - ground troops / forces (troops, soldiers, marines, contingents, police,
    "deploy forces", "land, sea and air forces"), firm or open to -> **troops**;
  - any other kind (training, air, sea, intelligence, equipment, funding,
    monitoring, sanctions, or an unspecified contribution) -> **support**.
    Ships and aircraft without ground forces count as support, because
    DESIGN.md lists naval patrols and air policing under support;
  - "may / might / could" and an unspecified ("other") contribution that is
    only being considered -> **undecided**;
  - a condition on the country's own parliament ("once parliament approves")
    does not make it undecided, unless the article stresses it with "only"
    ("will deploy only once parliament approves"); one on others (clarifies,
    engagement, a UN mandate, a request) does;
  - only refusals (declined, will not, opposed) -> **opposed**.
  A ceasefire / end-of-war condition does not make a pledge undecided.
* A country that is the subject of reject / oppose / dismiss / deny / veto /
  condemn (or "X's rejection", "X warnings against") -> **opposed**.
* **listed**: named as a participant with no role - in a list of three or
  more countries, or in a sentence about the coalition/pledge/summit
  (coalition, pledge, guarantee, summit, partners, members, including, led
  by, present ...), or through its leader or officials speaking ("UK Prime
  Minister X urged", "German officials said"). A country that is only the
  object of the sentence (after for/to/with/against/on/if/whether/deter/
  pressure/sanctions ...) is not a participant: an aggressor or a sanctions
  target named in passing gets no stance ("China is watching closely" too).
* One stance per country: the most specific of troops > support > undecided
  > opposed > listed; evidence is the first sentence giving it.
* Further rules found by articles written blind: "would consider", "studying",
  "examining", "reserved its position", "not (yet) ready", "has not made up its
  mind" -> undecided (also after a relative clause: "X, which ..., said it
  reserved its position"); a condition naming another country ("only if
  Washington endorses it") waits on others -> undecided; balk at, veto,
  would not take part/allow -> opposed, also through a speech frame ("Kigali said
  in a statement that it would not take part") or a relative clause; abstaining,
  "did not respond/comment", "likely to watch" -> no stance; attending a
  conference is participation; the subject is also found through demonyms ("on
  Libyan soil", "train two Moldovan battalions") and mission names ("Libya
  election security mission"); a ", a step which ..." appositive is not the
  country's own hesitation.

Conflicts: sources disagree about a country when they give two or more
different stances *other than* "listed" - merely listing a country is
compatible with any more specific stance.

Rules found by the blind3 articles (mechanisms, not words):

* clause attribution: in "Spain will send a ship, Italy is still weighing its
  options", a country that opens a new comma clause after a commitment ends the
  previous country's segment, so hedges do not leak between countries;
* negation scope: "(will|would) not <any verb>" by the country (through a speech frame
  or a relative clause) is a refusal -> opposed, except "would not say/comment/rule
  out/be ..."; "warned that" is opposed too (only when nothing better is known);
* the subject can still be **opposed** when it rejects the plan (a stance toward the
  countries that would come), never troops/support/listed;
* "as soon as ..." is readiness, not waiting on others;
* participation cues also: signed (a letter of intent), voted for, "among the countries";
* the subject is also found through "provide the Haitian police with",
  "training for Somali coast guard officers" (a demonym + security-force noun).
"""

from __future__ import annotations

import re
from collections import Counter

from tui.core.countries import _GAP_MID, capital_code, country_name, is_heading, lookup, place_country
from tui.core.pledges import _AND_NEW_SUBJECT, _AND_SECOND_OFFER, _TOLD_VERBS, _commit_search, _lead_actor
from tui.core.conflicts import find_conflicts, summarise  # noqa: F401  (their old home)
from tui.core.models import STANCES, CountryMention, Pledge, Stance
from tui.core.sentences import ASIDE_WORDS, DELIBERATION, DEMAND_OPENERS, GOVERNMENT_OF, GRANT_VERB, IN_CAPITAL, LOOKING_AT, NOT_DONE, NOT_RULED_OUT, PARTNERS, REPORT_CREDIT, STATE_BODY, TITLE_ABBREV, WAR_END, YET_TO, is_title_case, link_lines, lower, lowered, sentence_words, split_sentences, starting_with

_RANK = {s: i for i, s in enumerate(STANCES)}  # lower = more specific

# recipient cues before a name: "for the ", "protect ", "help " (a word look-up, not a regex scan)
_RECIP_WORDS = frozenset(
    "for to protect protecting secure securing guarantee guarantees support supporting behind "
    "backing back defend defending help helping assist assisting aid into inside reassure "
    "rebuild arm arming equip equipping train training patrol patrolling guard guarding".split())
_TAIL_WORD = re.compile(r"[a-z]+$")
_TO_PHRASES = frozenset("according thanks owing due next close compared prior contrary".split())
"""Words that make 'to' part of a phrase, not a recipient's cue ('according to', 'thanks to')."""


def _recip_before(w: str) -> bool:
    """w ends with a recipient cue ("for the ", "to post-war ", "help ")."""
    if not w or not w[-1].isspace():
        return False
    toks = w.split()
    if toks and toks[-1] == "the":
        toks.pop()
    if toks and toks[-1] in ("postwar", "post-war"):
        toks.pop()
    if not toks:
        return False
    if toks[-1] == "to" and len(toks) > 1 and toks[-2] in _TO_PHRASES:
        return False  # 'according to U.S. Forces Korea': who says it, not who is helped
    if toks[-1] in _RECIP_WORDS:
        return True
    if toks[-1] == "in" and len(toks) > 1 and toks[-2] in ("mission", "operation", "peacekeepers", "deployment"):
        return True  # 'the United Nations Mission in South Sudan': where the mission serves
    if toks[-1].isalpha():
        return False
    tail = _TAIL_WORD.search(toks[-1])
    return tail is not None and tail.group() in _RECIP_WORDS


_RECIP_AFTER = re.compile(
    r"^(?:'s|’s)\s+(?:\w+\s+)?(?:security|armed\s+forces|forces|military|defen[cs]e|"
    r"reconstruction|sovereignty|skies|soil|territory|postwar|post-war|future|safety|army)"
    r"|^\s+with\s+(?:\w+\s+)?(?:security|guarantees|support|weapons|aid|arms)"
    # "Estonia's appeal", "cleaning Estonia's northern beaches": the country helped
    r"|^(?:'s|’s)\s+(?:\w+\s+)?(?:appeal|request|coast|coastline|beaches|shores)\b"
    # "China, Mauritania's largest trading partner": the others are named by their tie to it
    r"|^(?:'s|’s)\s+(?:(?:largest|biggest|main|closest|oldest|key|chief|principal|top|traditional|former)\s+)?"
    r"(?:trading\s+|security\s+|military\s+)?(?:partner|ally|creditor|lender|colonial\s+power)\b"
    # "Oman's southern governorate of Dhofar", "Oman has been hit by a series of storms": where it happened
    r"|^(?:'s|’s)\s+(?:[\w-]+\s+)?(?:governorate|province|region|prefecture|department|district)\s+of\b"
    r"|^\s+(?:has\s+been|had\s+been|was|is)\s+(?:(?:badly|hard|worst)\s+)?(?:hit|struck|battered|devastated|ravaged|"
    r"lashed|flooded)\s+by\b")
# "Chad asked for the force", "Haiti has requested international help": the host (counts twice)
_ASKED_FOR_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+|formally\s+|first\s+)*(?:asked\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,7}?to\s+"
    r"(?:send|station|deploy|provide|lend|help)\b|"
    # "Riga has asked its EU partners for border guards"
    r"asked\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?" + PARTNERS + r"\s+for\b|"
    r"(?:asked\s+for|requested|invited|appealed\s+for)\s+"
    r"(?:the\s+|a\s+|an\s+|foreign\s+|international\s+|outside\s+)*(?:force|mission|help|assistance|aid|"
    r"troops|deployment|peacekeepers|intervention)\b|"
    # "the engineering team Barbados asked for on Wednesday": what it asked for, named before
    r"(?:asked|appealed)\s+for(?:\s+(?:on|last|this|earlier|in|at|by)\b|\s*[.,;])|"
    # "Bujumbura has asked Kinshasa for a joint dredging operation": it asks a neighbour to act
    r"asked\s+[a-z][\w'’-]+\s+for\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:operation|mission|team|help|assistance|aid)\b|"
    # "Ukraine has received offers of help from eleven countries": the one helped
    r"(?:received|receives|accepted|accepts)\s+(?:offers\s+of\s+)?(?:help|assistance|aid)\s+from\b|"
    # "Slovakia activated the EU Civil Protection Mechanism": the request for help under a treaty
    r"(?:activated|triggered|invoked)\s+(?:the\s+)?(?:eu\s+|union\s+|european\s+)?(?:civil\s+protection|international\s+charter))")
# "while Tonga's development partners began sending ships": the others help it
_PARTNERS_HELP_AFTER = re.compile(
    r"^['’]s\s+(?:[a-z-]+\s+){0,2}?" + PARTNERS + r"\s+(?:have\s+|has\s+|had\s+|began\s+|"
    r"started\s+|are\s+|were\s+)?(?:sen(?:d|ds|ding|t)|rush\w*|fl(?:y|ew|ying)|pledg\w+|offer\w*|dispatch\w*|"
    r"stepp\w+\s+in|respond\w*)\b")
# "on Libyan soil", "an Omani request for two helicopters"
_DEMONYM_RECIP_AFTER = re.compile(r"^\s+(?:soil|territory|sovereignty|airspace|territorial|request|appeal)\b")
_DEMONYM_RECIP_BEFORE = re.compile(
    r"\b(?:protect|protecting|secure|securing|support|supporting|defend|defending|help|helping|"
    r"assist|assisting|reassure|rebuild|arm|arming|equip|equipping|train|training(?:\s+of)?|"
    r"guard|guarding)\s+(?:the\s+)?(?:(?:[\d,]+|two|three|four|five|six|several|new)\s+)?$")
# "provide the Haitian police with", "training for Somali coast guard officers", "condolences to the Omani
# government": a demonym's forces or government on the receiving end (_DEMONYM_BODY_AFTER)
_DEMONYM_OBJECT = re.compile(r"\b(?:by|for|from|to)\s+(?:the\s+)?$")
_DEMONYM_FOR_BEFORE = re.compile(r"\b(?:for|to|provide|providing|provided|supply|supplying|give|giving)\s+(?:the\s+)?$")
_DEMONYM_BODY_AFTER = re.compile(
    r"^\s+(?:coast\s+guard|armed\s+forces|forces|army|navy|military|troops|soldiers|officers|police|government|"
    r"battalions?|brigades?|units|security\s+forces|border\s+guards?|defen[cs]e\s+forces)\b")
# "Libya election security mission", "Haiti security force": the country a mission is for
_MISSION_AFTER = re.compile(
    r"(?:\s+(?:security|election|electoral|stabili[sz]ation|peacekeeping|peace|monitoring|support|"
    r"reassurance|training|assistance|relief|protection|naval|police|border|ceasefire|observer|"
    r"aid|maritime|military|recovery|reconstruction)){0,2}\s+(?:mission|force|operation)\b")
def _mission_hint(after: str) -> bool:
    """"mission", "force" or "operation" is in `after` (a cheap check before _MISSION_AFTER)."""
    return "mission" in after or "force" in after or "operation" in after
_PROVIDE_WORDS = frozenset(("provide", "give", "offer", "supply"))


def _provide_before(w: str) -> bool:
    """w ends with "provide/give/offer/supply " (as in "provide X with")."""
    if not w or not w[-1].isspace():
        return False
    toks = w.split()
    if not toks:
        return False
    last = toks[-1]
    if last in _PROVIDE_WORDS:
        return True
    if last.isalpha():
        return False
    tail = _TAIL_WORD.search(last)
    return tail is not None and tail.group() in _PROVIDE_WORDS


_PENDING = re.compile(
    # ("says 200 of them could be in Bamenda within three weeks": when, not whether)
    r"\b(?:hesita\w*|caution\w*|cautious|wary|reluctan\w*|not\s+yet|(?:may|might|could(?!\s+not\b))(?!\s+be\s+(?:in|on|at)\s+[^.;,]{1,40}?\bwithin\b)|"
    r"finali[sz]\w*|under\s+negotiation|ha(?:s|ve)\s?n[o'’]t\s+(?:confirmed|decided|committed)|"
    r"likely|anticipated|(?:would|will|to)\s+decide|undecided|weigh\w*|mull\w*|"
    r"to\s+be\s+(?:confirmed|determined|decided|worked\s+out)|remains?\s+to\s+be|"
    r"confirmed\s+\W?in\s+the\s+coming|potentially|consider(?:s|ing)?|examin(?:es|ing)|(?<!the\s)wait(?:s|ing)?\s+(?:for|on)|"
    r"not\s+(?:yet\s+)?ready|studying|assess(?:es|ing)|reviewing|under\s+review|still\s+deciding|" + LOOKING_AT + r"[\"”’]?\s+(?:a|an|the)\s+(?:\w+\s+)?request|"
    r"reserv\w+\s+(?:its|their)\s+position|yet\s+to\s+decide|" + NOT_RULED_OUT + r"|"
    r"decision\s+(?:will|would)\s+depend|depends?\s+on\s+(?:its|their|the\s+outcome))\b")
_DELIBERATING = re.compile(rf"\b(?:{DELIBERATION}|{LOOKING_AT}|"
                           rf"giving\s+(?:serious\s+|careful\s+)?consideration|has\s+not\s+(?:yet\s+)?decided|{YET_TO})\b")
_ON_A_SIDE = re.compile(r"(?i)\b(?:side|government|authorities|ministry|minister|parliament|council)\s+(?:guarantees?|agrees?|asks?|"
                        r"requests?|approves?)\b")
_APPROVAL = re.compile(r"\b(?:approv\w*|vot\w+|ratif\w*|authori[sz]\w*)\b")
_OFFER_MADE_IF = re.compile(rf"\b(?:{WAR_END}|mandate|(?:season|monsoon|winter|summer|holidays?|term)\s+(?:ends|is\s+over|passes))\b")
"""What a conditional offer may wait on and still be made: the war's end, a mission's mandate, a time that only has to
pass ('once the rainy season ends')."""
_ONLY_WHEN = re.compile(r"\bonly\s+(?:once|after|if|when|provided|until)\b|\bon\s+condition\s+that\b|"
                        r"\bfirst\s+be\s+(?:approved|authori[sz]ed|ratified|endorsed|voted)\b|"
                        r"\b(?:must|has\s+to|needs?\s+to)\s+(?:first\s+)?approve\b")
"""A commitment stressed as not yet made: "only once parliament approves", "must first be approved by",
"the National Assembly has to approve any deployment"."""
# a state's own body or its officials, in lower case
_BODY_NOUN = (r"(?:" + STATE_BODY + r"|presidents?|leaders?|spokes(?:man|woman|person|men|women|people)|ministers?)")
_ITS_BODY = re.compile(r"[\s\"“]*(?:(?:its|their)\s+(?:[a-z-]+\s+){0,2}" + _BODY_NOUN +
                       # "Iran denied any role. Foreign ministry spokesman Mehdi X called ...": the same state's spokesman
                       r"|(?:foreign|defen[cs]e)\s+ministry\s+spokes(?:man|woman|person)\b)")
# "if the World Trade Organization agrees": a named body's decision (the giver's own legislature waits too:
# "once the Bundestag approves" is a vote still to come)
_ON_A_BODY = re.compile(r"(?i:if(?:\s+and\s+when)?|once|unless|provided(?:\s+that)?|until|after)\s+(?:the\s+)?"
                        r"(?:[A-Z][a-z]+(?:\s+(?:of\s+)?[A-Z][a-z]+)+|[A-Z]{3,}\b|"
                        r"[A-Z][a-z]+\s+(?:sets?|agrees?|approves?|decides?|asks?|requests?|authori[sz]es?|endorses?|"
                        r"activates?)\b)")  # ('if ECOWAS activates its force', 'once the Authority sets a timeline')
# "subject to a vote in the Dáil": a vote still to be held, whatever the offer's modality
_VOTE_PENDING = re.compile(r"subject\s+to\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:vote|approval|ratification)\b")
# "Romania has offered 100 soldiers and Bulgaria 80, but neither offer is final": for all of them
_NOT_FINAL = re.compile(r"\b(?:neither|none)\b[^.;]{0,30}?\b(?:is|are)\s+(?:yet\s+)?(?:final|firm|binding|confirmed)\b|"
                        r"\b(?:offers?|pledges?|commitments?)\s+(?:is|are)\s+not\s+(?:yet\s+)?(?:final|firm|binding)\b")
_WAITS_ON_OTHERS = re.compile(
    r"\b(?:clarif\w*|engagement|decid\w*|decision|confirm\w*|commit\w*|role|"
    r"particip\w*|join\w*|backstop|guarantee\w*\s+from|mandate|"
    r"resolution|request\w*|asks?|asked|invit\w*|endors\w*|partners|allies|"
    # an international body's decision: "once the UN Security Council had backed the plan"
    r"security\s+council|united\s+nations|un|african\s+union|nato|european\s+union|eu|"
    # terms set for the recipient: "once parliament in Beirut passes a law placing the port under ...",
    # "after the reforms", "pending an audit"
    r"pass(?:es|ed)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:law|bill|budget)|reforms?|audit\w*|"
    + GRANT_VERB + r")\b")  # ("once the prosecutor’s office releases the site": what another must grant)

# words that damn a plan when a country names it so ("premature", "an adventure")
_DAMNING = (r"adventur\w*|provocat\w*|premature|dangerous|reckless|illegal|illegitimate|unacceptable|"
            r"mistake|folly|threat|escalat\w*|unnecessary|(?:neo)?colonial\w*|interference|occupation|invasion|"
            r"aggression|hostile|betrayal|farce|sham|absurd|destabili[sz]\w*|irresponsible|recipe\s+for\s+\w+|"
            r"cartel|armada|racket|scam|charade|stunt|gunboat|imperial\w*|propaganda|pretext|hypocri\w*|meddling|"
            r"warmonger\w*|recolon\w*|geopolitic\w*|militari[sz]ation|political\s+(?:show|theat(?:re|er)|stunt)|fabricat\w*|manufactur\w+\s+(?:a\s+)?crisis|"
            r"discriminat\w+|unscientific|unilateral|unjust\w*|unfair|hasty|arbitrary|disproportionate|unlawful|protectionis\w+|"
            r"hysteri\w*|paranoi\w*|blackmail|extortion|bully\w*|ploy|smokescreen|trojan\s+horse|witch[- ]hunt|spies|disguis\w*|"
            r"(?:spy|spying|reconnaissance|espionage|intelligence)\s+(?:network|operation|mission|outpost|platform)|"
            r"economic\s+(?:war\w*|terror\w*|aggression)|politici[sz]ed|piracy|theat(?:re|er)\s+production|"
            r"(?:foreign|outside|western|military)\s+intervention|experiment(?:s|ing)?\s+on|sieges?\s+of|collective\s+punishment|guinea\s+pigs|slander\w*|smear\w*|libel\w*|puppet\w*|[a-z]+o-?phob(?:ic|ia)")
_MOCKED = r"mock(?:ed|s)|ridicul(?:ed|es)|derid(?:ed|es)|jeered|gloated|(?:sneer|scoff)(?:ed|s)\s+at"
"""Mockery of the host in its trouble ('the Russian Embassy sneered at the crisis'): opposed."""
_CRISIS_CONDEMNED = (r"\s+(?:the\s+|this\s+|that\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:coup|seizure|attacks?|killings?|"
                     r"violence|arrests?|detentions?|bombings?|shootings?|massacres?|hijackings?|kidnappings?|abductions?|assassinations?|"
                     r"hostage-takings?|(?:taking|seizure)\s+of\s+(?:the\s+)?hostages|sieges?|raids?|ambush(?:es)?|"
                     r"blockade|cordon|incursions?|annexation|invasion|shelling|strikes?)\b")
"""What follows 'condemned' when the crisis itself is condemned ('condemned the coup', 'the blockade'): a voice
for its victims, listed, not opposed; a pattern fragment."""
_OPPOSE = re.compile(
    r"^(?:'s|’s)?[^.;:!?]{0,100}?\b(?P<v>rejected|rejects|reject|opposed|opposes|oppose|dismissed|denounced|"
    r"denounces|criticised|criticized|criticises|criticizes|criticising|criticizing|lambasted|blasted|"
    + _MOCKED + r"|"
    r"dismisses|(?:denied|denies)(?!\s+(?:any\s+|all\s+|an?\s+|the\s+|media\s+|press\s+)?(?:involvement|responsibility|role|wrongdoing|"
    r"allegations?|accusations?|reports?|claims?|knowledge|that|it|being)\b)|"
    r"(?:condemned|condemns)(?!" + _CRISIS_CONDEMNED + r")|"
    r"vetoed|vetoes|objected|objects|slammed|protested|reacted\s+(?:angrily|furiously|sharply)|"
    # "Iran was also critical", "was sharply critical of the deployment" (not "critical infrastructure")
    r"(?:was|were|is|are)\s+(?:also\s+|sharply\s+|highly\s+|deeply\s+|openly\s+|strongly\s+|more\s+)?critical(?=\s+of\b|\s*[.,;]|\s+too\b)|"
    r"(?:will|would)\s+have\s+none\s+of\s+it|vot(?:ed|es|e)\s+against|blam(?:ed|es)\s+[^.;]{0,60}?\bon\s+(?:the\s+)?[\w.-]+(?:'s|’s)\s|"
    r"refused|refuses|boycott\w*|stay(?:s|ed)?\s+away\s+from|did\s+not\s+sign|(?:warned|warns)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?against|"
    # "said the dispute was “a commercial matter” and warned against “outside interference”": the second verb
    # ("... but warned against using the kidnapping “as a pretext to bring outside military forces”")
    r"(?:said|says)\s+[^.;]{0,140}?\b(?:and|but)\s+(?:warned|warns)\s+against\s+[\"“]?(?:[\w-]+\s+[\"“]?){0,5}?(?:" + _DAMNING
    + r"|intervention|involvement|deployment|presence)|could\s+not\s+(?:divert|send|spare|lend|release|support|accept|endorse|"
    r"contribute|join|help)|ruled\s+out\s+(?:joining|"
    r"taking\s+part|any)|(?:will|would)\s+not\s+(?!(?:say|comment|speculate|disclose|confirm|specify|reveal|"
    r"discuss|elaborate|rule|be|hesitate|stand|give\s+details)\b)[a-z]+|warned\s+that|warns\s+that|veto|"
    r"balk(?:s|ed)?\s+at|declined\s+to\s+(?:take\s+part|join|participate)|turn(?:s|ed)\s+(?:[\w-]+\s+){0,2}?down|"
    r"(?:will|would)\s+not\s+allow|refus\w+\s+to\s+allow|blocked|blocks|"
    r"accus(?:ed|es)\s+[^.;]{0,60}?\bof\s+[\"“]?(?:using|seeking|preparing|planning|inviting|militari\w+|escalat\w+|provok\w+|"
    r"beating|abusing|attacking|mistreating|fabricating|manufacturing|staging|lying|harassing|keeping|blocking|"
    r"obstructing|hampering|hindering|delaying|politici\w+|criminal|negligen\w+|incompeten\w+|mismanag\w+|outsourc\w+|"
    r"interfer\w+|meddl\w+)|(?:saw|sees|see)\s+[\"“]?no\s+need\s+for|"
    # damning words said of the help: "wrote on X that “British warships ... are the real provocation”",
    # "said in a statement that any increase ... would be a “provocation”", "... did not need “foreign aircraft”"
    r"(?:said|says|wrote|writes)\s+(?:on\s+(?:\w+\s+){1,2}|in\s+a\s+statement\s+)?that\s+(?:"
    r"[\"“«][^\"”»]{0,100}?\b(?:" + _DAMNING + r")|"
    # "said on Wednesday that the escorts amounted to «a foreign intervention in a purely Libyan matter»"
    r"[^.;\"“«]{0,60}?\b(?:amounted|amounts|was|were|is|are)\s+(?:to\s+)?[\"“«](?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:" + _DAMNING + r")|"
    r"[^.;\"“]{0,90}?\b(?:would|will)\s+be\s+(?:an?\s+)?[\"“]?(?:" + _DAMNING + r")|"
    r"[^.;\"“]{0,60}?\b(?:did|does|do)\s+not\s+need\s+[\"“]?(?:foreign|outside|more|any|another)\b)|"
    r"(?:is|are|was|were|be)\s+not\s+welcome|unwelcome|"
    # "Turkey says the rig is operating illegally" (not "said the blockade was illegal": the crisis condemned)
    r"(?:said|says)(?:\s+that)?(?!" + _CRISIS_CONDEMNED + r")\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){0,4}?(?:is|was|are|were)\s+"
    r"(?:[a-z]+ing\s+)?(?:illegal(?:ly)?|unlawful(?:ly)?|illegitimate)\b|"
    # 'said in Beijing that China "does not support unilateral interdictions"': an objection of principle
    r"[\"“«]?(?:does|do|did)\s+not\s+support\s+(?:the\s+|any\s+|such\s+)?(?:[\w-]+\s+){0,2}?(?:interdictions?|seizures?|"
    r"boardings?|patrols?|deployments?|missions?|interventions?|sanctions|blockades?|inspections?|operations?|force)\b|"
    # "said the build-up of foreign warships would make the region “less safe, not more”": the effort judged a danger
    r"(?:said|says|warned|warns)\s+(?:that\s+)?(?:the|any|a|an|such)\s+(?:[\w-]+\s+){0,2}?(?:build-?up|presence|deployment|arrival|"
    r"mission|force|escorts?|patrols?|operation)(?:\s+of\s+[^.;\"“]{1,60}?)?\s+(?:would|will|could)\s+(?:only\s+)?(?:make|leave)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?[\"“‘]?(?:less\s+(?:safe|secure|stable)|more\s+(?:dangerous|unstable|volatile|tense|insecure))|"
    # "said in a statement that the mission had «failed in the one task it was given»": the effort judged a failure
    r"(?:said|says|wrote|writes)\s+(?:in\s+a\s+statement\s+|on\s+(?:\w+\s+){1,2})?that\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:mission|force|operation|plan|coalition|deployment|peacekeepers)\s+(?:had\s+|has\s+)?[\"“‘'„«]?"
    r"(?:failed|(?:been|is|was)\s+an?\s+(?:\w+\s+)?failure)|"
    # "said that the security of the region should be ensured “by the countries of the region, without the
    # presence of extra-regional forces”": no outsiders wanted
    r"(?:said|says|insisted|insists)\s+(?:on\s+\w+\s+)?(?:that\s+)?[^.;]{0,120}?\bwithout\s+(?:the\s+)?(?:presence\s+of\s+|involvement\s+of\s+)?"
    r"(?:any\s+)?(?:foreign|outside|extra-regional|non-regional|external)\s+(?:forces|troops|powers|actors|players|involvement)|"
    # "said in a statement that Tehran “cannot accept the presence of vessels of non-littoral states”"
    r"(?:(?:said|says|wrote|writes)\s+(?:in\s+a\s+statement\s+)?that\s+[^.;]{0,60}?)?"
    r"\b(?:cannot|can\s+not|can['’]t|could\s+not)\s+accept\s+(?:the\s+|any\s+)?(?:presence|deployment|arrival|"
    r"stationing)\b|"
    # "called the plan \"a foreign military adventure\"": a damning name for the plan
    r"(?:called|calls|calling|branded|brands|branding|labell?ed|labell?ing|described|describes|describing)\s+(?:the|this|that|its|their|any)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:plan|mission|campaign|programme|program|drive|proposal|deployment|operation|force|scheme|idea|initiative|coalition|"
    r"compact|deal|pact|agreement|arrangement|alliance|effort|evacuation|airlift|intervention|resolution|"
    r"flights|patrols|escorts?|convoys?|transits?|warships|ships?|vessels?|deployments?|presence|exercises|arrivals?|mediators|monitors|observers|peacekeepers|"
    # the host's own measures ("described the suspension as “unscientific and discriminatory”")
    r"suspension|ban|decision|measure|move|closure|detention|restrictions?|package|sanctions|conditions?|"
    r"seizure|arrest|interdiction|boarding|raid|crackdown|"  # ("called the seizures “an act of piracy”")
    # what an inquiry says: "called the reports a fabrication"
    r"reports?|allegations?|accusations?|findings|investigation|inquiry|probe|inspections?|inspectors|"
    r"blockade|cordon|corridor|air\s+bridge|shuttle|embargo|conference|reinforcement|build-?up)s?"
    # ("described the arrival of US Navy ships off Salalah as “unnecessary”", "the security cordon around the mine")
    r"(?:\s+(?:of|around|on|at|in)\s+[^.;\"“”,]{1,60}?)?"
    r"\s+(?:as\s+)?[\"“‘'„«]?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:" + _DAMNING + r")|"
    # "called Tidewall \"piracy in uniform\"": the operation by its name, then the damning words quoted
    r"(?:called|calls|branded|brands|labell?ed)\s+[\w-]+\s+[\"“‘„«](?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:" + _DAMNING + r")|"
    # "said Latvia was “manufacturing a crisis”": a damning word said of another, in quotation marks
    # "said in a statement that NATO was “using an accident at sea to turn the Black Sea into ...”": a pretext
    r"(?:said|says|wrote|writes)\s+(?:in\s+a\s+statement\s+|on\s+(?:\w+\s+){1,2})?(?:that\s+)?(?!(?:we|i|it|they)\s)(?:[\w.-]+\s+){1,3}?(?:was|is|were|are)\s+[\"“]"
    r"(?:(?:[\w-]+\s+){0,3}?(?:" + _DAMNING + r")|(?:using|exploiting)\s+(?:[\w-]+\s+){1,5}?(?:to|as)\s))\b")
# ", which borders Upper Nile, said it would not allow": a relative clause is no gap
# (", an EU and Schengen member, has reacted angrily": an appositive neither)
_REL_SKIP = re.compile(r"\s*,\s*(?:which|who|whose|home\s+to|once|long|an?(?=\s))\b[^;]{0,200}?,(?=\s+[a-z])")
# "Kigali said in a statement that it would not take part": the speech frame is no gap
_SPEECH_FRAME = re.compile(
    # ("The Venezuelan Foreign Ministry said in a statement that it ...": the state's own body speaking)
    r"^(?:'s|’s)?(?:\s+(?:[a-z]+\s+){0,2}?" + _BODY_NOUN + r")?\s+(?:has\s+|have\s+)?(?:said|says|stated|announced|insisted|made\s+clear|told\s+\w+)"
    r"(?:\s+(?:in|on|at|during|after)\s+[^,;.]{0,40}?)?\s+(?:that\s+)?(?:it|they)\b")
_OPPOSE_NOUN = re.compile(
    r"^(?:'s|’s)?\s*(?:\w+\s+)?(?:rejection|opposition|objections?|warnings?\s+against|veto)\b"
    r"|^\s+(?:has\s+|have\s+)?(?:echoed|shared|backed|seconded|repeated)\s+(?:that|this|the|its|their)\s+"
    r"(?:line|position|stance|view|rejection|objection|opposition)\b")
# a state's body and the clause after it, up to the verb
_BODY_CLAUSE = (r"\s+(?:[a-z]+\s+){0,2}(?:" + STATE_BODY + r"|mission|delegation|presidency)"
                r"(?:\s+(?:of|for)\s+[a-z ]{3,60}?)?,"  # ('the French Ministry for Europe and Foreign Affairs, which')
                r"\s+(?:which\s+(?:(?:on|last)\s+\w+\s+|also\s+|later\s+|earlier\s+)?|"
                # "Niger's military government, whose relations with Benin have been strained ..., denounced"
                r"whose\s[^;]{0,200}?,\s+|"
                # "Eritrea's information ministry, in a statement read on state television, denounced"
                r"in\s+a\s+statement[^,;.]{0,60},\s+|"
                # "Mali's transitional government, a partner of Burkina in the Alliance of Sahel States (AES), accused"
                r"an?\s[^;.]{0,120}?,\s+(?=[a-z]))")
_BODY_WHICH = re.compile(r"(?:'s|’s)" + _BODY_CLAUSE)
_DEMONYM_BODY_WHICH = re.compile(_BODY_CLAUSE)
"""After a demonym: "the Algerian foreign ministry, whose relations with Rabat ..., condemned"."""
_MEMBERS_BEFORE = re.compile(r"\b(?:formed|founded|made\s+up|composed)\s+(?:by|of)\s+(?:[a-z-]+\s+){0,4}?(?:of\s+)?$")
_APPOSITIVE_CLOSE = re.compile(r"[^,;.]{0,80}?,(?=\s+[a-z])")
_OFFICIAL_TITLE = (r"(?:'s|’s)\s+(?:[a-z]+\s+){0,2}(?:minister|president|premier|leader|spokes(?:man|woman|person)|ambassador|"
                   r"representative|envoy|secretary|chancellor|canciller)")
"""A state's official by title after its name ("'s foreign minister", "'s prime minister"): a fragment, lower-cased text."""
_OFFICIAL_NAMED = re.compile(_OFFICIAL_TITLE + r",\s+[^,;.]{3,50},\s+(?:who\s+)?"  # ("..., Ana Ruiz, who described")
                             r"(?:(?:yesterday|today|later|also|on\s+[a-z]+day)\s+)?")  # ("..., yesterday described")
# (not "North Macedonia's southern border as Athens objects": the verb of another clause)
# (but a ministry's formal name may hold "of" and "and": "India's Ministry of External Affairs objected")
_OPPOSE_GAP_BAD = re.compile(r"\b(?:that|which|who|while|but|and|or|to|for|(?<!ministry )(?<!department )of|with|as|"
                             r"when|after|because)\b|[,;\u2014(]")
# a body's name before its verb, with an "and" of its own: "The Italian Ministry of Infrastructure and
# Transport condemned", "Australia's Department of Foreign Affairs and Trade rejected"
_BODY_NAME_GAP = re.compile(r"(?:'s|’s)?\s+(?:(?:foreign\s+)?ministry|department)\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?"
                            r"(?:,\s+[a-z]+(?:\s+[a-z]+)?)*\s+(?:and|&)\s+[a-z]+(?:\s+[a-z]+)?(?=\s)")
# ("Cameroon’s Ministry of Environment, Nature Protection and Sustainable Development condemned")


def _gap_bad(gap: str, lo: int = 0, hi: int | None = None) -> bool:
    """_OPPOSE_GAP_BAD in gap[lo:hi], the words between a state and its verb, a body's own name apart
    (and a main verb of its own before a participle: "Cuba went further, branding the force ...")."""
    if hi is not None and _PARTICIPLE_AFTER.match(gap, hi) and _MAIN_VERB_GAP.fullmatch(gap, lo, hi):
        return False
    gap = gap[lo:hi]
    if " and " in gap and (body := _BODY_NAME_GAP.match(gap)) is not None:
        gap = gap[body.end():]
    if "(" in gap:
        gap = _INITIALS.sub("", gap)  # "North Korea's official Korean Central News Agency (KCNA) denounced"
    if ", in a" in gap:
        gap = _IN_A_STATEMENT.sub(" ", gap)  # "Venezuela's foreign ministry, in a communiqué read on state television, called"
    if ", " in gap:
        gap = _ASIDE.sub(" ", gap)  # "China’s Embassy in Malé, however, warned against ..."
    return _OPPOSE_GAP_BAD.search(gap) is not None


# "spokesman Mehdi X called the accusations “baseless” and said ...": the subject's own first verb, then its second
_SPOKE_AND = re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}?(?:called|calls|said|says|described|describes|denied|denies)\s+"
                        r"[^.;,:!?]{0,80}?\s+and\s+")
_IN_A_STATEMENT = re.compile(r",\s+in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu\w+|post|letter|note|message|interview|"
                             r"speech|broadcast)\b[^,;]{0,60},")
_ASIDE = re.compile(rf",\s+(?:{ASIDE_WORDS}),")
_MAIN_VERB_GAP = re.compile(r"(?:" + _OFFICIAL_TITLE + r"(?:\s+[\w'’.-]+){1,3}?)?"  # ("'s prime minister jotham naupa-tari")
                            r"\s+(?!(?:that|which|who|whose|and|but|or|while|as|in|on|at)\b)[a-z]+(?:\s+[a-z]+){0,2},\s+")
_PARTICIPLE_AFTER = re.compile(r"[a-z]+ing\b")
_INITIALS = re.compile(r"\s\((?:[a-z]{2,8}|[\u0370-\uffff][^()]{0,15})\)(?=\s|$)")
"""A body's initials after its name, or a name's gloss in its own script, in the lower-cased gap
("... news agency (kcna) denounced", "spokesman peng qingyu (彭清宇) called")."""

_CONTEXT = re.compile(
    r"\b(?:coalition|pledg\w*|guarantee\w*|summit|alliance|participa\w*|partners?|members?|"
    rf"includ\w*|join\w*|signator\w*|contribut\w*(?!\s+{REPORT_CREDIT})|involv\w*|backing|backed|endors\w*|promised|supporters?|present|allies|"
    r"spearhead\w*|led\s+by|mission|force|commit\w*|framework|deploy\w*|troops|stands?\s+with|standing\s+with|"
    # "haven't said whether they'll align" with the sanctions: named, no decision
    r"align\w*|yet\s+to\s+say|ha(?:ve|s|d)n['’]t\s+(?:yet\s+)?said\s+whether|"
    r"issued\s+(?:a\s+(?:joint\s+)?statement|(?:joint\s+)?statements)|express(?:ed|es)\s+(?:[\w'’-]+\s+){0,2}?support|solidarity|condolences?|sympath(?:y|ies)|compassion|messages?\s+of\s+support|"
    r"(?:urg\w+|call\w*\s+for)\s+(?:calm|restraint)|"
    # "have expressed concern and called for unhindered humanitarian access", "stand ready to help.": a voice
    r"express(?:ed|es)\s+(?:deep\s+|grave\s+|serious\s+)?concern|"
    r"call\w*\s+for\s+(?:unhindered\s+|unimpeded\s+|safe\s+|full\s+)?(?:humanitarian\s+)?access|"
    r"(?:stands?|stood)\s+ready\s+to\s+(?:help|assist)(?=\s*[.;])|"
    # "said Mauritania had acted within its rights": a voice for the host, nothing given
    r"(?:acted|was\s+acting|is\s+acting)\s+within\s+(?:its|their|her)\s+(?:rights|law)|(?:was|is|were)\s+entitled\s+to|"
    r"(?:had|has)\s+every\s+right\s+to|"
    # "Britain and the African Union welcomed the agreement": a voice, nothing given
    # ("Brunei and Vietnam welcomed Indonesia's action": the host's act, by its owner)
    r"welcom(?:ed|es|ing)\s+(?:the|an?|this|that|[a-z]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|decision|ceasefire|accord|truce|action|"
    r"release|announcement|initiative|talks|news|rescue|evacuations?|airlift|withdrawal|handover|arrests?|raids?|seizures?|crackdown|"
    r"operation|verdict|ruling|breakthrough|progress|efforts|steps?|move)|"
    # "condemned the closure ... but have announced no measures": a voice, nothing done
    r"announced\s+no\s+(?:new\s+|further\s+)?(?:measures|steps|action)|(?:condemned|condemns)(?=" + _CRISIS_CONDEMNED + r")|"
    # "condemned the kidnapping and called for the hostages' immediate release": a voice, no pledge
    r"call\w*\s+for\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:release|de-escalation|dialogue)|"
    # "called on both parties to accept the outcome": a voice to the sides, nothing given
    r"(?:call\w*\s+on|urg\w+)\s+(?:both|all|the\s+two|the\s+warring|the\s+rival)\s+(?:parties|sides|factions|camps|leaders)|"
    rf"{NOT_DONE}\s+(?:announc|offer|pledg)\w*\s+(?:any\s+)?(?:aid|help|assistance|support|"
    r"monitors|money|troops|soldiers|ships|observers|personnel|staff|experts|police|officers|funds|equipment|aircraft|anything)|"
    # "Qatar and Turkey ... were in the room, but none of them announced anything new"
    r"(?:none|neither)\s+of\s+them\s+(?:announc|offer|pledg|promis)\w*|were\s+in\s+the\s+room|made\s+no\s+(?:new\s+|further\s+|specific\s+|firm\s+)?(?:offer|pledge|announcement|commitment)s?|t(?:ook|ake|akes|aking)\s+part|"
    r"backers?|coalition|participants?|signed|signing|attend\w*|delegations?|letter\s+of\s+intent|"
    r"voted\s+(?:for|in\s+favou?r)|among\s+the\s+(?:countries|nations|states|governments))\b")
_CONTEXT = starting_with("[abcdefghijlmnpstuvwy]", _CONTEXT)
_OBJECT_BEFORE = re.compile(
    r"\b(?:against|on|onto|with|from|by|deter|deterring|pressure|pressuring|targeting|after|"
    r"invaded|toward|towards|to|for|of|at|in|into|about|over|than|warned|warning|fight|off|"
    r"fighting|if|unless|should|whether|when|once|until|sanction\w*|attacks?|war|near|inside|"
    r"within|across|represented|met|meet|call|called|isolate|isolating|punish|facing|face|left|leave|leaving|"
    r"entered|reached|quit|between|along|beyond|help|helping|assist|assisting)"
    r"\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central|north|south|east|west|north-eastern|"
    r"north-western|south-eastern|south-western|rural|neighbouring|neighboring)\s+)?$")
_TOWN_BEFORE = re.compile(r"\b(?:in|at|near|from|outside)\s+[a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*)?,\s+$")
_SENDERS_FROM = r"\b(?:solidarity|condolences?|sympathy|support|tributes)\s+(?:(?:also\s+)?(?:came|come|poured\s+in|arrived)\s+)?from"
"""'Messages of solidarity came from Dominica, ...': the senders, not where people come from."""
_SENDERS = re.compile(_SENDERS_FROM + r"\s+(?:the\s+)?$")
_LIST_INTRO = re.compile(
    r"(?:\b(?:led|spearheaded|joined|backed|supported|headed)\s+by|\bsuch\s+as|\bincluding|"
    r"\blike|\balongside|\bamong\s+them|:|" + _SENDERS_FROM + r")\s+(?:the\s+)?$")
_TOLD_BEFORE = re.compile(rf"\b(?:{_TOLD_VERBS}|tells?|inform|remind(?:ed)?)\s*$")
"""'told the House that Jordan ...': 'that' opens what was said, no relative clause about the country."""
_OBJECT_RELATIVE = re.compile(r",?\s*\b(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:that|which)\s+(?:the\s+)?$")
_ORIGIN_BEFORE = re.compile(
    r"\b(?:(?:come|comes|came|coming|fled|flee|flees|fleeing|originat\w+|hail\w*)\s+(?:\w+ly\s+)?from|"
    # goods' origin: "much of it brought by river and rail from Ukraine, Moldova and Serbia"
    r"(?:brought|shipped|imported|exported|transported|trucked|carried|moved|sourced|bought|delivered)\s+"
    r"(?:(?:by|via)\s+[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?\s+)?from|"
    r"(?:refugees|migrants|asylum\s+seekers|nationals|citizens|residents)\s+(?:\w+ly\s+)?(?:from|of)|"
    # a ship's registry: "The trawlers, registered in Belize, Comoros and Sierra Leone but operated by ..."
    r"(?:registered|flagged|re-?flagged)\s+(?:\w+ly\s+)?in|"
    # "61 nationals of nine other countries, including India, Pakistan and Sudan": where people are from
    r"(?:nationals|citizens|workers|people|evacuees)\s+(?:from|of)\s+(?:[\w-]+\s+){0,2}?(?:countries|nations),\s+"
    r"(?:including|such\s+as|among\s+them))\s+(?:the\s+)?$")
# "messages of support from the governments of Brazil and Costa Rica": the states themselves
# the state itself, or its own people, named before it: "the government of Chad", "Diplomats from India attended"
_GOVERNMENTS_OF = re.compile(GOVERNMENT_OF + r"|\b(?:diplomats|officials|delegates|delegations?|representatives|envoys|"
                             r"ambassadors|ministers)\s+from\s+(?:the\s+)?$")
_REL_OBJECT_BEFORE = re.compile(r",\s+(?:which|who|whose)\b[^,;]{0,100}?\b(?:to|in|from|for|with|on|against)\s+(?:the\s+)?$")
# a clause about the past: "which was led by Kenya and wound down last year", "had sent troops in 2019"
_PAST_CLAUSE = re.compile(r"\b(?:was|were|had\s+been|had)\s+(?:[a-z]+\s+){0,2}?(?:led|run|commanded|sent|deployed|"
                          r"headed)\b[^.;]{0,60}?\b(?:last\s+(?:year|month|decade)|in\s+(?:19|20)\d\d|(?:years|decades)\s+ago|"
                          r"wound\s+down|ended\s+in)\b")
# "a veteran of UN missions in Lebanon and Western Sahara": where a person served before
_SERVED_IN = re.compile(r"\b(?:veterans?|served|serving|tours?)\s+(?:of|with|on|in)\s+(?:[\w-]+\s+){0,4}?(?:missions?|operations?|deployments?|"
                        r"peacekeeping)\s+in\s+(?:[\w'’-]+(?:,\s+|\s+and\s+|\s+))*?$")
_LOCATED_IN = re.compile(r",\s+(?:headquartered|based|stationed|located|anchored|docked)\s+in\s+(?:the\s+)?$")
_TARGET_CLAUSE = re.compile(r"\b(?:pressure|sanction\w*|deter\w*|against|targeting|punish\w*)\b")
_ACT_VERB = (r"(?:said|says|urged|urges|stressed|warned|warns|announced|told|"
             r"called|argued|added|noted|labell?ed|insisted|welcomed|confirmed|promised|pledged|vowed|accused|"
             r"signal(?:l)?ed|indicated|conveyed|expressed|telephoned|phoned|wrote|attended|visited|toured|met|accompanied|joined|"
             r"visits|tours|meets|attends|"
             r"took\s+part|participated|"
             r"protested|rejected|condemned|denounced|criticised|criticized|objected|dismissed|described|branded|"
             + _MOCKED + r")")
"""What a state's official does that puts the state in the story ('the US ambassador visited')."""
_CONSULAR = re.compile(r"\bconsular\b|\b(?:its|their)\s+(?:own\s+)?(?:nationals|citizens)\b")
"""A state's mission at work for its own people ('two consular officers', 'in touch with its nationals'): no part in the crisis."""
_STATE_SPEAKS = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|confirmed)\s+(?:that\s+)?its\s+"
                           r"(?:embassy|ambassador|high\s+commission|consulate|consul)\b")
"""'New Delhi said its embassy was …': the state speaks of its own mission's part (as 'the Ambassador of X visited')."""
_TITLE_ACT = re.compile(  # (no "^": it is used with .match, from a position too)
    r"(?:['’]s?)?\s+(?:(?:President|[Pp]rime\s+[Mm]inister|Chancellor|Foreign\s+Minister|Defen[cs]e\s+"
    r"Minister|Foreign\s+Secretary|Defen[cs]e\s+Secretary|Secretary\s+of\s+State|officials?|"
    r"government|leaders?|(?i:envoy|ambassador|high\s+commissioner|consul(?:\s+general)?)|minister|ministers|diplomats?|spokes\w+|"
    r"Department\s+of|"  # ("The Philippines' Department of Migrant Workers said")
    r"(?i:(?:(?:foreign|defen[cs]e)\s+)?" + STATE_BODY + r"))\b)"
    # ('The Swiss ambassador, whose embassy represents U.S. interests in Iran, visited')
    r"(?:,\s+(?:who|whose)\s[^;:!?]{0,80}?,\s+|[^.;:!?]{0,45}?\b)" + _ACT_VERB + r"\b")
# "The Ambassador of the United States of America visited ...": the state named as itself, then its act
_STATE_ITSELF = re.compile(GOVERNMENT_OF)
_WHICH_OPPOSES = re.compile(r",\s+which\s+(?:(?:on|last)\s+\w+\s+|also\s+|strongly\s+|firmly\s+)?(?:opposed|opposes|"
                            r"rejected|rejects|condemned|condemns|denounced|denounces)\b")
"""A state's body or the state, then the clause that opposes: '..., which opposed the planned ignition'."""
_NAMED_ASIDE = r",\s+(?:" + TITLE_ABBREV + r"\.?\s+)?[A-Z][^,;:!?]{1,40},"
"""A person named in apposition (', Mr. Vikram Anand-Prasad,', ', Reza Kamali-Fard,'): a pattern fragment."""
_LIST_ITEM = r"(?:,\s+|,?\s+and\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=[\s,])"
"""One more item of a list of names after a state ('..., Georgia', '... and the European Union'): a pattern fragment."""
_LIST_TAIL = re.compile(rf"(?:{_LIST_ITEM})+")
_ORG_IN_LIST = re.compile(rf"(?:{_LIST_ITEM})*?,?\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*"  # (a body's name may hold "for", "and")
                          r"(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|on))*(?:\s+\([A-Z]{2,8}\))?"
                          r"\s+(?:have|has|also|jointly|together|all)?\s*" + _ACT_VERB + r"\b")
"""A list that opens the sentence and ends on a body (", Belgium and the ECDC have urged"), then its act."""
_ACT_AFTER = re.compile(r"(?:" + _LIST_ITEM + r")*"  # (the list's other states)
                        r"(?:" + _NAMED_ASIDE + r"|,\s+(?:who|whose|which)\s[^,;:!?]{0,100},)?"  # ('..., Mr. Vikram Anand-Prasad, visited')
                        r"\s+(?:[^.;:!?,]{0,30}?\s+)?" + _ACT_VERB + r"\b")
_TITLE = re.compile(r"\s+(?:President|Prime\s+Minister|Chancellor|Foreign\s+Minister|"
                    r"Defen[cs]e\s+Minister|government|officials|leaders?|"
                    r"(?i:ambassador|envoy|high\s+commissioner|charg[ée]\s+d['’]affaires))\b")
_CAUTIOUS = re.compile(
    r"^[^.;:,]{0,50}?\b(?:has|have)\s+not\s+(?:yet\s+)?(?:signed\s+up|joined|committed|decided)\b(?!\s+either)|^(?:'s|’s)?(?:\s+(?:officials|government|leaders|ministers|diplomats))?\s+(?:has|have|is|are|"
    r"remains?|remained|was|were|appears?|seems?)\s+(?:been\s+|still\s+|more\s+)?(?:cautious|"
    r"hesitant|wary|reluctant|undecided|divided|non-committal|noncommittal|sceptical|skeptical)\b")
# "X, which ..., said it reserved its position", "Ankara is studying the request"
_CAUTIOUS_VERB = re.compile(
    r"^(?:'s|’s)?(?:\s+(?:officials|government|leaders|ministers|diplomats))?"
    r"(?:\s*,\s*(?:which|who|whose|also|itself)\b[^;:]{0,150}?,)?,?\s+"
    r"(?:(?:has|have)\s+)?(?:(?:said|says|told\s+\w+|indicated|signalled|signaled)\s+(?:that\s+)?(?:it|they)\s+)?"
    r"(?:(?:is|are|was|were|has|have|had|remains?)\s+)?(?:still\s+)?"
    r"[\"“]?(?:studying|weighing|reviewing|mulling|assessing|examining|evaluating|analy[sz]ing|looking\s+(?:at|into)|deciding|"
    r"considering\s+(?:the|a|an|its|whether)|not\s+(?:yet\s+)?made\s+up\s+(?:its|their)\s+minds?|"
    r"reserv(?:ed|es|ing)\s+(?:its|their)\s+position|not\s+(?:yet\s+)?decided|yet\s+to\s+decide|"
    r"not\s+(?:yet\s+)?ready|(?:would|will)\s+wait|wait(?:s|ed|ing)?\s+(?:for|on|to\s+see|until)|"
    # "has tied its money to an overhaul of the banking system", "wants parliament to act first"
    r"tied\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:money|aid|help|support|offer|contribution|funding|funds|pledge|cash)\s+to|"
    r"wants?\s+(?:[\w-]+\s+){1,3}?to\s+(?:[\w-]+\s+){0,2}?first)\b")
_NEUTRAL = re.compile(
    r"^(?:\s*(?:,|and)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*"
    r"(?:\s*,\s*(?:which|who|whose)\b[^;:]{0,150}?,)?\s+(?:has\s+|have\s+)?(?:abstained|"
    r"abstains|abstain|is\s+watching|are\s+watching|watched|remained\s+silent|stayed\s+neutral|"
    r"stays\s+neutral|remains\s+neutral|(?:is|are)\s+(?:likely|expected|set|certain)\s+to\s+watch|"
    r"will\s+(?:be\s+)?watch(?:ing)?|did\s+not\s+(?:respond|comment|reply|attend)|declined\s+to\s+comment|"
    r"could\s+not\s+be\s+reached|made\s+no\s+comment|has\s+not\s+commented)\b")
_DENIAL = re.compile(r"(?:\s+(?:has|have|had))?\s+(?:denied|denies|deny)\b")
_NEUTRAL_WORDS = frozenset("abstained abstains abstain watching watched watch silent neutral respond "
                           "comment reply reached attend".split())
_DEMONYM_OPPOSE = re.compile(r"\s+(?:warnings?|rejection|opposition)\s+against|\s+(?:rejection|opposition)\b")
_OPPOSE_WORDS = frozenset(
    "reject rejected rejects opposed opposes oppose dismissed dismisses denied denies condemned "
    "condemns vetoed vetoes objected objects slammed refused refuses boycott boycotted "
    "boycotts boycotting warned warns ruled denounced denounces criticised criticized "
    "criticises criticizes criticising criticizing lambasted blasted mocked mocks ridiculed ridicules derided derides jeered gloated "
    "sneered sneers scoffed scoffs rejection opposition objection objections "
    "warnings warning veto echoed shared backed seconded repeated join participate part balked "
    "balk balks declined allow blocked blocks not welcome unwelcome called calls branded brands "
    "labelled labeled labelling labeling described describes describing calling branding turned turns wrote writes provocation aggression occupation protested reacted none voted votes vote blamed blames stay stays stayed "
    "interference invasion accused accuses saw sees need using exploiting accept without critical failed failure "
    "illegal illegally unlawful unlawfully illegitimate".split())
_CAUTIOUS_WORDS = frozenset(
    "cautious hesitant wary reluctant undecided divided non-committal noncommittal sceptical "
    "skeptical signed joined committed decided deciding studying weighing reviewing mulling assessing "
    "considering reserved reserves reserving yet ready examining evaluating analysing analyzing mind minds looking wait "
    "waits waited waiting tied want wants".split())
_SPLIT_ITEM = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|&\s*)(?:the\s+)?$")
# ";|,\s*while\s|\swhile\s|,\s*whereas\s|\swhereas\s|,\s*but\s|\sbut\s", written to open
# with one character class (the lookbehinds re-check which one): the engine then skips
# to the next ";", "," or space in C instead of trying every position (same matches).
# (the words are grouped: after ",\s*" or a space, at most one of them can follow).
_CLAUSE_BREAK = re.compile(r"[;,\s](?:(?<=;)|(?<=,)\s*(?:while\s|whereas\s|but\s)|(?<=\s)(?:while\s|whereas\s|but\s))")


# a country going back on its word; the country, then (within its clause) the withdrawal
_WITHDRAW = (r"withdr[ae]wn?|withdrawing|pulled\s+out|pulls\s+out|backed\s+out|backs\s+out|"
             r"backtrack\w*|reversed|reneged?|no\s+longer(?!\s+(?:the|a|an)\s)")  # (not 'no longer the one I served in')
_REVERSAL = re.compile(rf"\b(?:{_WITHDRAW}|u-turn|after\s+all)\b")
_REVERSED_BY = re.compile(
    rf"(?:'s|’s)?[^.;:]{{0,110}}?\b(?<!threatened\sto\s)(?<!threatens\sto\s)(?<!threaten\sto\s)(?<!threatening\sto\s)"
    rf"(?:has\s+|have\s+|had\s+)?(?:{_WITHDRAW}|will\s+not|would\s+not|won[’']t|"
    r"wouldn[’']t|not\s+(?:take\s+part|contribute|join|send|participate))\b")
_NEW_SUBJECT_BEFORE = re.compile(r",\s+(?:and\s+)?(?:the\s+)?$")
_APPOSITIVE = re.compile(r",\s+(?:a|an)\s+[a-z]+\s+(?:which|that)\b")
_NEXT_SUBJECT = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w.’']+|others|some|several|many)")
_NEXT_AUX = re.compile(r"\s*(?:is|are|was|were|will|would|has|have)\b")
_LIST_INTRODUCER = starting_with("[aijls:]", re.compile(
    r"(?:\bincluding|\bsuch\s+as|\blike|\balongside|\b(?:led|spearheaded|joined)\s+by|:)"
    r"\s+(?:the\s+)?[A-Z][^.;:]*$"))
_TARGET_IN_LIST = re.compile(r"\b(?:to|for|against|on)\s+(?:the\s+)?[A-Z][\w.]*\s*,")


class _Ok:
    """An _OPPOSE match whose gap was accepted (a speech frame)."""

    __slots__ = ()

    def __init__(self, m) -> None:
        pass

    def start(self, _g=None) -> int:
        return 0


# what a host can reject: the others' help or presence
_FOREIGN_HELP = re.compile(r"\b(?:foreign(?!\s+(?:minist\w*|office|secretary|affairs|policy|relations))|outside|international|troops|forces|soldiers|mission|deployment|help|aid|"
                           r"assistance|plan|presence|intervention|warships?|ships|aircraft|offer|patrols|personnel|"
                           r"police|peacekeepers)\b")
# "Kuwait rejected a statement by the spokesman of ...", "rejected the claims": the host answers a
# critic's words, not the help
_REBUTS = re.compile(r"\b(?:rejected|rejects|dismissed|dismisses|denied|denies|rebuffed|refuted|refutes)\s+"
                     r"(?:the|a|an|these|those|such|this|its|their|his|her)\s+(?:\w+\s+)?(?:statements?|remarks?|"
                     r"claims?|accusations?|criticism|comments?|allegations?|charges?|reports?|insinuations?)\b")
# a headline that opens with a country and its disaster ("Benin port fire kills 17")
_HEADLINE_EVENT = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:fire|blaze|floods?|flooding|quake|earthquake|storm|cyclone|typhoon|"
                             r"hurricane|blast|explosion|crash|spill|outbreak|eruption|drought|landslides?|collapse|"
                             r"wildfires?|famine|epidemic)\s+(?:kills?|leaves?|displaces?|hits?|spreads?|forces?|destroys?|"
                             r"burns?|rages?|toll|death)\b")
# a headline that opens with a country and its event before a colon ("Peru earthquake:", "Sudan:")
_SECTION_TITLE = re.compile(r":[ \t]+([A-Z][^\n.:;!?]{5,70})[ \t]*\n")
_TOPIC_LABEL = re.compile(r"(?:[ \t]+[a-z][\w-]*){0,3}[ \t]*:[ \t]")


# a dateline naming the town, then its country in brackets: "Alotenango (Guatemala), Mar 17 (EFE).-"
_DATELINE_TOWN = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}[ \t]*\($")
_DATELINE_PAREN = re.compile(r"\)[ \t]*(?:,|[-–—]|\n)")  # (or the line ends: "APA-Abidjan (Côte d'Ivoire)")


_PAIR_EVENT = re.compile(r"\b([A-Z][\w'’]+)[-–]([A-Z][\w'’]+)[ \t]+(?:border|frontier|truce|ceasefire|cease-fire|peace|"
                         r"conflict|war|talks|dispute|clashes|front\s+line)\b")


def _paired_hosts(text: str) -> set[str]:
    """Both sides of a two-country event the headline block names ('Armenia-Azerbaijan border truce'):
    each is a host of the mission between them, not a contributor."""
    head = _headline_end(text) or min(len(text), 300)
    for m in _PAIR_EVENT.finditer(text, 0, head):
        a, b = lookup(m.group(1)), lookup(m.group(2))
        if a and b and a != b:
            return {a, b}
    return set()


_POWER_SEIZED_IN = re.compile(r"\b(?:(?:seized|took|grabbed|has\s+taken)\s+power|coup(?:\s+d['’]état)?|putsch|junta)\s+in\s+$")
"""Where power was seized ('the council that seized power in Madagascar', 'the coup in Niger'): the story's
country."""


_LED_BY_BEFORE = re.compile(r"(?:countries|nations|states|members|partners|allies|governments),\s+led\s+by\s+(?:the\s+)?$")


def _group_leaders(text: str, p: Pledge, inside: list[CountryMention]) -> list[str]:
    """The country that leads a counted group's pledge of something named ('Eleven countries, led by Estonia,
    have offered to connect the Freeport to a shared early-warning network'): one of the givers, so it takes
    the group's stance ([] for none)."""
    if p.kinds == ["other"] or not (p.actor[:1].isdigit() or p.actor.startswith(("some", "several", "many"))):
        return []  # (nor a group's bare vow: "26 nations, led by France, vow to secure Ukraine")
    return [m.code for m in inside if p.start <= m.start < p.end and m.how == "name"
            and _LED_BY_BEFORE.search(text, max(p.start, m.start - 60), m.start) and text.startswith(",", m.end)]


def _subject(text: str, mentions: list[CountryMention], actors: frozenset = frozenset(),
             lead_actors: frozenset = frozenset()) -> str | None:
    """The country that receives the guarantees, or None when no clear one. `actors` give or refuse something;
    `lead_actors` make a firm pledge at the top of the story to another country ("will deploy ... to the eastern
    Democratic Republic of Congo")."""
    score: dict[str, int] = {}
    low = lowered(text)
    for m in mentions:
        if m.how == "group":
            continue
        if (m.start == 0 or text[m.start - 1] == "\n") and m.how == "name" and (tl := _TOPIC_LABEL.match(text, m.end)) is not None and \
                not _commit_search(low, m.end, tl.end()) and tl.end() < _headline_end(text):
            # "Suriname oil spill: ...", "Gambia: ..." (under a masthead too): the story's topic (not "Brazil lends skimmers: ...",
            # nor a list's first item "Italy: 300 paratroopers to hold the airport.")
            score[m.code] = score.get(m.code, 0) + 2
            continue
        if (m.start == 0 or text[m.start - 1] == "\n") and m.how == "name" and text.startswith(": ", m.end) and \
                (title := _SECTION_TITLE.match(text, m.end)) is not None and is_title_case(title.group(1)):
            score[m.code] = score.get(m.code, 0) + 2  # a debate's or a section's title line "Syria: Alleged Chemical
            continue  # Weapons Attack" further down: the story's topic
        if m.how == "name" and low.startswith("in ", m.start - 3) and (m.start == 3 or text[m.start - 4] == "\n") \
                and text.startswith(",", m.end) and m.start < _headline_end(text):
            score[m.code] = score.get(m.code, 0) + 2  # a headline "In Mauritania, locusts ...": where it happens
            continue
        if m.how == "name" and m.start < 300 and (m.start == 0 or text[m.start - 1] == "\n") and \
                text[m.end:m.end + 1] in ("\n", "") and not (
                m.start >= _headline_end(text) and is_heading(text, m)):  # (but not a factbox's "KENYA" below)
            score[m.code] = score.get(m.code, 0) + 2  # a section line over the headline: "DAWN / Pakistan / ..."
            continue
        if m.how == "name" and m.start < 600 and text[m.start - 1:m.start] == "(" and \
                _DATELINE_PAREN.match(text, m.end) and _DATELINE_TOWN.search(text, max(0, m.start - 42), m.start):
            score[m.code] = score.get(m.code, 0) + 2  # the dateline "Alotenango (Guatemala), Mar 17 (EFE).-"
            continue
        if m.start == 0 and m.how == "name" and _HEADLINE_EVENT.match(low, m.end):
            score[m.code] = score.get(m.code, 0) + 2  # "Benin port fire kills 17 as ...": where it happened
            continue
        before = low[max(0, m.start - 30):m.start]
        if "\n" in before:
            before = before[before.rindex("\n") + 1:]  # not a heading's last word ("Who is helping")
        after = low[m.end:m.end + 40]
        if m.how == "demonym":
            # "on Libyan soil", "train two Moldovan battalions", "help Moldovan forces"
            if _DEMONYM_RECIP_AFTER.match(after) or _DEMONYM_RECIP_BEFORE.search(before) or (
                    _DEMONYM_FOR_BEFORE.search(before) and _DEMONYM_BODY_AFTER.match(after)):
                score[m.code] = score.get(m.code, 0) + 1
            continue
        if before.endswith(("solidarity with ", "solidarity to ")):
            score[m.code] = score.get(m.code, 0) + 1  # "expressed solidarity with Lithuania", "... to Barbados"
        elif before.endswith(" in ") and _POWER_SEIZED_IN.search(before):
            score[m.code] = score.get(m.code, 0) + 2  # "the military council that seized power in Madagascar"
        elif _ASKED_FOR_AFTER.match(low[m.end:m.end + 70]) or (after[1:2] == "s" and _PARTNERS_HELP_AFTER.match(after)):
            score[m.code] = score.get(m.code, 0) + 2
        elif (_recip_before(before) or (_mission_hint(after) and _MISSION_AFTER.match(text, m.end)) or _RECIP_AFTER.match(after)
                                   or (_provide_before(before) and
                                       re.match(r"^\s+with\b", after))):
            score[m.code] = score.get(m.code, 0) + 1
    for code, n in _posted_in(text, actors).items():  # "the Italian embassy in Warsaw": where the helpers' envoys sit
        score[code] = score.get(code, 0) + min(n, 2)
    header = _header_country(text)
    if header in lead_actors:
        header = None  # "NEWS › SOUTH AFRICA › POLITICS" over a lead "Pretoria will deploy a further 400 soldiers to
        # ...": the outlet's home section, whose state acts abroad
    for place in (header, _headline_place(text)):
        if place is not None:  # "NEWS › IRELAND", "LAGOS, NIGERIA –"; "Valparaíso fire: 19 dead ..."
            score[place] = score.get(place, 0) + 2
    if not score:
        return _most_named(text, mentions, actors)
    ranked = sorted(score.items(), key=lambda kv: -kv[1])
    best, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if (n >= 2 and n >= 2 * second) or (n == 1 and second == 0 and best not in actors):
        return best
    return _most_named(text, mentions, actors)


_SENT_TO_BEFORE = re.compile(r"\b(?:to|into|in)\s+(?:the\s+)?(?:[a-z]+\s+)?$")
"""Where a pledge's forces go, before the country named ('to the eastern |Democratic Republic of Congo')."""


def _lead_givers_abroad(text: str, mentions: list[CountryMention], pledges: list[Pledge]) -> frozenset:
    """The states whose firm pledge in the story's first paragraph sends something to another country
    ('Pretoria will deploy a further 400 soldiers to the eastern Democratic Republic of Congo')."""
    end = _lead_end(text)
    return frozenset(c for p in pledges if p.modality == "firm" and p.start < end and any(
        m.code not in p.actor_codes and p.start <= m.start < p.end
        and _SENT_TO_BEFORE.search(text, max(p.start, m.start - 30), m.start) for m in mentions)
        for c in p.actor_codes)


def _lead_end(text: str) -> int:
    """Where the story's first paragraph ends: the first line past the top's heading lines (masthead, section
    line, headline, standfirst, byline, date: lines that end without a sentence's punctuation)."""
    pos = _headline_end(text, most=12)
    line_end = text.find("\n", pos + 1)
    return len(text) if line_end < 0 else line_end
_SECTION_LINE = re.compile(r"^[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,2}(?:[ \t]*[|›>/»][ \t]*[A-Z][\w'’.-]*"
                           r"(?:[ \t]+[\w'’.-]+){0,2})+[ \t]*$", re.M)
_SECTION_SEP = re.compile(r"\s*[|›>/»]\s*")
_SECTION_WORD_AFTER = re.compile(r"\s+(?:News|Politics|Business|World|Local|National)$")


def _header_country(text: str) -> str | None:
    """The one country a line near the top names: the last parts of a section path ("NEWS ›
    IRELAND", "News | Guyana") or an all-capitals dateline after its town ("LAGOS, NIGERIA –")."""
    found = set()
    for m in _SECTION_LINE.finditer(text, 0, min(len(text), 600)):
        parts = _SECTION_SEP.split(m.group().strip())
        codes = {code for part in parts[1:] if (code := lookup(part)) and capital_code(part) is None}
        first = _SECTION_WORD_AFTER.sub("", parts[0])  # ("Costa Rica News | Technology")
        if not codes and (code := lookup(first)) and capital_code(first) is None:
            codes = {code}  # (the first part is the section, unless it is a country: "Belgium › Flanders")
        found |= codes
    for m in _CAPS_DATELINE.finditer(text, 0, min(len(text), 600)):
        if m.group("country") and (code := lookup(m.group("country"))):
            found.add(code)
    return found.pop() if len(found) == 1 else None


_CAP_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*")


_SPACE = re.compile(r"\s*")


def _headline_place(text: str) -> str | None:
    """The one country whose province or county (`place_country`) the headline block, the
    dateline or the lede's first paragraph names, and the story names again: where the event is
    ("Valparaíso fire: ..."). Not a capital: in a headline it speaks for its government."""
    head = _headline_end(text)
    end = min(len(text), head + 40)  # (and the dateline after it)
    if head and (lede := text.find("\n", _SPACE.match(text, head).end())) > 0:
        end = max(end, min(lede, head + 400))  # ("a building on Harbour Road, Lagos, collapsed": the lede's)
    found = set()
    for m in _CAP_RUN.finditer(text, 0, end):
        name = m.group(0)
        if capital_code(name) is None and (code := place_country(name)) is not None and text.count(name) >= 2:
            # (a capital in a headline speaks for its government: "Majuro contests detention")
            found.add(code)
    return found.pop() if len(found) == 1 else None


_POSTED_IN = re.compile(r"\b(?:[Ee]mbass(?:y|ies)|[Hh]igh\s+[Cc]ommissions?|[Cc]onsulate|[Aa]mbassadors?|[Ee]nvoys?|"
                        r"[Cc]harg[ée]\s+d['’]affaires)\s+in\s+([A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+)?)")


_POSTED_HINTS = ("mbass", "ommission", "onsulate", "nvoy", "affaires")


def _posted_in(text: str, actors: frozenset) -> Counter:
    """Capitals where a helper's envoys sit ("the Italian embassy in Warsaw said"), by country: the
    embassy's owner gives something (not "the Philippine embassy in Tokyo said Japan would send ...",
    where the host speaks from abroad)."""
    found: Counter = Counter()
    if not any(w in text for w in _POSTED_HINTS):
        return found  # (a cheap test first: the pattern opens with an alternation the engine cannot skip to)
    for pm in _POSTED_IN.finditer(text):
        place = pm.group(1)
        code = capital_code(place.rstrip(".")) or capital_code(place.split()[0].rstrip("."))
        owner = text[max(0, pm.start() - 40):pm.start()].split()[-1:]
        owner_code = lookup(owner[0].removesuffix("’s").removesuffix("'s")) if owner else None
        if code is not None and owner_code in actors and owner_code != code:
            found[code] += 1
    return found


def _most_named(text: str, mentions: list[CountryMention], actors: frozenset) -> str | None:
    """With no clear sign of who is helped: the country the story names far more often than any
    other (three times the next, six times at least): a story from its towns ("RUBAVU –") about the
    help it gets. Not one that commits something itself ("as Canada joins the border mission"),
    unless the story is datelined in its capital ("ASTANA – The Government ... is coordinating")."""
    counts = Counter(m.code for m in mentions if m.how != "group")
    ranked = counts.most_common(2)
    if not ranked:
        return None
    best, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n < 6 or n < 3 * second:
        return None
    if best in actors:
        line = _CAPS_DATELINE.search(text, 0, 1500)
        if line is None or capital_code(line.group(1)) != best:
            return None
    return best


_CAPS_DATELINE = re.compile(r"(?:^|\n)([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)?)(?:,\s*(?P<country>[^\n–—]{0,30}?))?\s+[–—-]\s",
                            re.M)  # ("ASTANA –", "LAGOS, NIGERIA –": the town, and its country if named)


def _clause_of(sentence: str, pos: int) -> tuple[int, int]:
    """The clause of `sentence` around `pos` (relative offsets)."""
    lo = max(0, pos - 400)
    a = lo
    b = min(len(sentence), pos + 400)
    for m in _CLAUSE_BREAK.finditer(sentence, lo, b):
        if m.end() <= pos:
            a = m.end()
        elif m.start() >= pos:
            b = m.start()
            break
    return a, b


def _pledge_stance(text: str, p: Pledge, code: str,
                   mentions_in: list[CountryMention]) -> str | None:
    """The stance a pledge gives `code`, reading the clauses that name it."""
    ev = p.evidence
    own = [m for m in mentions_in if m.code == code]
    seg = ev
    if own:
        rel = own[0].start - p.start
        a, _ = _clause_of(ev, rel)
        # the clause cuts the pledge rules made: "Italy was considering ..., and Paris had agreed to ...":
        # Paris's own clause; "pledged 35 million euros and said it was examining a request": the pledge's;
        # "pledged $12 million, and a spokesperson said Washington was “looking at” ...": the clause before
        b = len(ev)
        for m in _AND_NEW_SUBJECT.finditer(ev, a):
            if m.end() <= rel:
                a = m.end()
            elif m.start() > rel:
                b = m.start()
                break
        cut = _AND_SECOND_OFFER.search(lower(ev), rel) if p.modality == "firm" else None
        if cut is not None:
            b = min(b, cut.start())
        # the actor's clause and the ones that follow until another actor appears
        for m in _CLAUSE_BREAK.finditer(ev, rel):
            rest = ev[m.end():m.end() + 40]
            if _NEXT_SUBJECT.match(rest) and \
                    not _NEXT_AUX.match(rest):
                b = m.start()
                break
        # "Spain will send a ship, Italy is still weighing ...": another country that opens
        # a new clause after the first one's commitment ends the first one's segment
        for m in mentions_in:
            if m.code != code and rel < m.start - p.start < b and \
                    _NEW_SUBJECT_BEFORE.search(ev, max(0, m.start - p.start - 12), m.start - p.start) and \
                    _commit_search(ev, rel, m.start - p.start):
                b = m.start - p.start
                break
        seg = ev[a:b]
    if p.modality == "refused":
        return "refused"
    ap = _APPOSITIVE.search(seg)
    if ap:
        seg = seg[:ap.start()]  # ", a step which has not yet been taken" is about the step
    lseg = lower(seg)
    if _PENDING.search(lseg) or _ONLY_WHEN.search(lseg) or (p.condition and (
            _ONLY_WHEN.search(lower(p.condition)) or _VOTE_PENDING.match(lower(p.condition)))) \
            or ("final" in ev and _NOT_FINAL.search(lower(ev))):
        return "undecided"  # "... will deploy only once parliament approves": not yet a commitment
    if p.modality == "conditional" and _APPROVAL.search(lower(p.condition)):
        return "undecided"  # "if the National Assembly approves the change", "once parliament votes": a vote still to
        # come, the giver's own legislature's too (rounds 20, 78, 80 and 81 annotate it so; rounds 1 and 2 had troops)
    if p.modality == "conditional" and (p.condition.lower().startswith("subject to") or
                                        p.condition.lower().startswith(DEMAND_OPENERS)):
        return "undecided"  # "subject to a mandate", "provided no foreign troops are ...": terms set on others
    if p.modality == "conditional" and (not p.condition.lower().startswith("as soon as") or _ON_A_SIDE.search(p.condition)) and (
            _WAITS_ON_OTHERS.search(p.condition.lower()) or _ON_A_BODY.match(p.condition) or any(
            m.code != code and m.surface in p.condition for m in mentions_in)):
        return "undecided"  # waits on others, e.g. on another country ("if Washington endorses it")
    if p.modality == "considering" and _DELIBERATING.search(lseg):
        return "undecided"  # "is weighing a request for a helicopter unit" (but "is open to sending troops": troops)
    if p.modality == "conditional" and not _OFFER_MADE_IF.search(p.condition.lower()):
        return "undecided"  # an offer that waits on anything but the war's end, a mission's mandate or a season's
        # end is not yet made ("if the flights continue", "once the airstrip is declared safe", "if its fire season allows");
        # the house gold reads 345 conditional-only offers as undecided and 10 as support or troops
    if "ground troops" in p.kinds:
        return "troops"
    if p.kinds == ["other"] and p.modality == "considering":
        return "undecided"
    return "support"


_IN_CAPITAL = re.compile(IN_CAPITAL)
_NAME_APPOSITIVE = re.compile(_NAMED_ASIDE)
_OFFICIAL_WORD = re.compile(rf"\b(?:{_BODY_NOUN}|officials?|kremlin)\b")
_HEAD_LINE = re.compile(r"[^\n]{1,160}?(?<![.!?\"”’:])[ \t]*(?:\n|$)")


def _headline_end(text: str, most: int = 6) -> int:
    """Where the headline block ends: the lines at the top that end without a sentence's
    punctuation (headline, strap line, byline, dateline), at most `most`; 0 when the text opens
    with a sentence."""
    pos = 0
    for _ in range(most):
        while pos < len(text) and text[pos] in " \t\n":
            pos += 1
        m = _HEAD_LINE.match(text, pos)
        if m is None:
            break
        pos = m.end()
    return pos


def extract_stances(text: str, mentions: list[CountryMention],
                    pledges: list[Pledge]) -> list[Stance]:
    """One stance per country named in the article (the subject excluded)."""
    if not isinstance(text, str) or not text or not mentions:
        return []
    mentions = sorted(mentions, key=lambda m: (m.start, m.code))
    if links := link_lines(text):  # ('Related news: Indonesia to tighten checks ...': another story's headline)
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in links)]
    subject = _subject(text, mentions, frozenset(c for p in pledges or [] for c in p.actor_codes),
                       _lead_givers_abroad(text, mentions, pledges or []))
    hosts = {subject} | _paired_hosts(text)  # ('the Armenia-Azerbaijan border truce': both sides host)
    sentences = split_sentences(text)
    best: dict[str, tuple[int, int, int, str]] = {}  # code -> (rank, pos, sent idx, stance)
    sent_of: dict[int, int] = {}

    def offer(code: str, stance: str, pos: int, si: int) -> None:
        # the subject takes no part; its only stance is rejecting the plan ("the government said it did
        # not need foreign soldiers"), a stance toward the countries that would come
        if (code in hosts and stance != "opposed") or si < 0:
            return
        r = _RANK[stance]
        cur = best.get(code)
        if cur is None or (r, pos) < (cur[0], cur[1]):
            best[code] = (r, pos, si, stance)

    # sentence index of every mention (linear merge)
    idx = 0
    by_sentence: list[list[CountryMention]] = [[] for _ in sentences]
    for m in mentions:
        while idx < len(sentences) and sentences[idx][1] <= m.start:
            idx += 1
        if idx < len(sentences) and sentences[idx][0] <= m.start:
            by_sentence[idx].append(m)
            sent_of[m.start] = idx

    def sent_index(pos: int) -> int:
        lo, hi = 0, len(sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s, e = sentences[mid]
            if pos < s:
                hi = mid - 1
            elif pos >= e:
                lo = mid + 1
            else:
                return mid
        return -1

    # 1. pledges; a headline's pledge yields to a body that only offers it with a condition or
    # under consideration ("Pakistan offers medical unit" over "... ready to send a field
    # hospital if the Nepal government accepted the offer")
    refused_only: dict[str, tuple[int, int]] = {}
    positive_at: set[tuple[str, int]] = set()  # (country, sentence) of each pledge that gives something
    refused_at: dict[tuple[str, int], set[str]] = {}  # ... and of each it refuses, with the kinds refused there
    firm_kinds: dict[tuple[str, int], set[str]] = {}  # the kinds given firmly there
    head_end = _headline_end(text)
    firm_in_body = {c for p in pledges or [] if p.start >= head_end and p.modality == "firm" for c in p.actor_codes}
    hedged_in_body = {c for p in pledges or [] if p.start >= head_end and p.modality in ("conditional", "considering")
                      for c in p.actor_codes} - firm_in_body
    body_actors = {c for p in pledges or [] if p.start >= head_end for c in p.actor_codes}
    for p in pledges or []:
        if p.actor_codes and p.end <= head_end and hedged_in_body.issuperset(p.actor_codes):
            continue
        if p.end <= head_end and len(p.actor_codes) >= 3 and body_actors & set(p.actor_codes):
            continue  # a headline's "Gulf states pledge funds" yields to the body, which names who gave
        si = sent_index(p.start)
        inside = by_sentence[si] if si >= 0 else []
        codes = p.actor_codes or _group_leaders(text, p, inside)
        for code in codes:
            st = _pledge_stance(text, p, code, inside)
            if st == "refused":
                refused_only.setdefault(code, (p.start, si))
                refused_at.setdefault((code, si), set()).update(p.kinds)
                continue
            if st:
                positive_at.add((code, si))
                if p.modality == "firm":
                    firm_kinds.setdefault((code, si), set()).update(p.kinds)
                offer(code, st, p.start, si)
    positive = {code for code, _ in positive_at}
    for code, (pos, si) in refused_only.items():
        if code not in positive:
            offer(code, "opposed", pos, si)

    # one kind refused and another given, in one sentence (the same kind given and refused is one taken back:
    # "had offered a navy landing ship ..., but withdrew the offer")
    gave_and_refused = {k for k in positive_at & refused_at.keys() if not refused_at[k] <= firm_kinds.get(k, set())}
    # 2. opposition, caution, participation (only what can still improve a country)
    low = lowered(text)
    conditions = []  # where each pledge's condition stands in the text
    for p in pledges or []:
        if p.condition and (at := text.find(p.condition, p.start, p.end)) >= 0:
            conditions.append((at, at + len(p.condition)))
    words = sentence_words(text)
    for si, ms in enumerate(by_sentence):
        if not ms:
            continue
        s, e = sentences[si]
        wset = set(words[si]) if si < len(words) else ()
        may_oppose = not _OPPOSE_WORDS.isdisjoint(wset)
        may_caution = not _CAUTIOUS_WORDS.isdisjoint(wset)
        may_neutral = not _NEUTRAL_WORDS.isdisjoint(wset)
        sentence = text[s:e]
        lsent = low[s:e]
        has_context = None
        run_first = in_long_list = None
        breaks = None
        for m in ms:
            cur = best.get(m.code)
            if cur is not None and cur[0] <= 1:
                continue
            if m.how == "group" and m.end <= head_end and body_actors:
                continue  # the members of a headline's "Gulf states": the body names which of them act
            if m.code == subject and (not may_oppose or not _FOREIGN_HELP.search(lsent) or _REBUTS.search(lsent)):
                continue  # the host opposes only the help ("did not need foreign soldiers"), not "insults"
            rel = m.start - s
            if _LOCATED_IN.search(lsent, max(0, rel - 40), rel):
                continue  # "US Naval Forces Central Command, headquartered in Bahrain, said": where, not who
            after = text[m.end:min(e, m.end + 90)]
            if may_oppose and m.how == "name" and after[:1] == "," and _WHICH_OPPOSES.match(lsent, m.end - s):
                offer(m.code, "opposed", m.start, si)  # '... of the Islamic Republic of Iran, which opposed the plan'
                continue
            if may_oppose and m.how != "group":
                rs = _REL_SKIP.match(text, m.end, min(e, m.end + 240)) if after[:1] == "," else None
                tail = _LIST_TAIL.match(text, m.end, e) if rs is None and m.how == "name" and after[:1] in ", " else None
                off = rs.end() if rs else tail.end() if tail else m.end  # ("Moldova, Georgia and the EU criticised": all three)
                lafter = low[off:min(e, off + 260)]
                # "Russia's foreign ministry, which on Wednesday called the plan ...", "Niger's military
                # government, whose relations ... since 2023, denounced", "the Algerian foreign ministry,
                # whose ..., condemned": the body, past its clause
                bw = None
                if m.how != "demonym":
                    bw = _BODY_WHICH.match(lafter) if lafter[1:2] == "s" else None
                elif after[:1] == " " and (", wh" in after or ", in a statement" in after):
                    window = low[m.end:min(e, m.end + 240)]
                    bw = _DEMONYM_BODY_WHICH.match(window)
                    if bw is not None:
                        lafter = window
                past = bw.end() if bw is not None else None
                if bw is None and m.how != "demonym" and lafter[1:2] == "s" and \
                        (named := _OFFICIAL_NAMED.match(lafter)) is not None and lafter[named.end() - 1].isspace():
                    bw, past = named, named.end() - 1  # "Russia’s deputy permanent representative, Arkady X, said ... and
                    # accused ...": the official's verbs, past the name
                if bw is not None or m.how != "demonym" or _TITLE_ACT.match(after):
                    om = _Ok(None) if bw is not None and _opposes(lafter[past:]) is not None else _OPPOSE.match(lafter)
                    if om and _gap_bad(lafter, 0, om.start("v")):
                        sf = _SPEECH_FRAME.match(lafter)
                        if sf and sf.end() <= om.start("v") and \
                                not _gap_bad(lafter, sf.end(), om.start("v")):
                            om = _Ok(om)
                        elif _OFFICIAL_NAMED.fullmatch(lafter, 0, om.start("v")) or _second_verb(lafter, om.start("v")):
                            om = _Ok(om)  # "Cuba's foreign minister, Ana Ruiz, wrote that “... are the real provocation”"
                    if om and not _gap_bad(lafter, 0, om.start("v")) or \
                            _OPPOSE_NOUN.match(lafter):
                        offer(m.code, "opposed", m.start, si)
                        continue
                if m.how == "demonym" and _DEMONYM_OPPOSE.match(lafter):
                    offer(m.code, "opposed", m.start, si)
                    continue
                if m.how == "name" and ("formed" in lsent or "made up" in lsent or "composed" in lsent):
                    if run_first is None:
                        run_first, in_long_list = _list_runs(text, ms)
                    if _members_oppose(text, low, s, e, m, run_first.get(m.start, m.start)):
                        offer(m.code, "opposed", m.start, si)
                        continue
            if m.code == subject:
                continue
            if may_caution and (_CAUTIOUS.match(after) or _CAUTIOUS_VERB.match(text[m.end:min(e, m.end + 240)])) and \
                    (m.how != "demonym" or _TITLE.match(after)) and not (
                    ", wh" in lsent[:rel] and _REL_OBJECT_BEFORE.search(lsent, max(0, rel - 120), rel)):
                # (not "Jamaica, which sent police officers to Haiti, is weighing a request": Haiti is not weighing)
                offer(m.code, "undecided", m.start, si)
                continue
            if cur is not None:
                continue  # "listed" never beats a stance already found
            if conditions and any(a <= m.start < b for a, b in conditions):
                continue  # "provided that both Yerevan and Baku sign an agreement": what the offer waits on
            if has_context is None:
                has_context = _CONTEXT.search(lsent) is not None
            if not has_context and _CONSULAR.search(lsent):
                continue  # 'The Philippine embassy said two consular officers had been sent': care for its own people
            if m.how == "demonym":
                if (_TITLE_ACT.match(after) or (has_context and _TITLE.match(after))) and \
                        not _DEMONYM_OBJECT.search(lsent, max(0, rel - 10), rel):
                    offer(m.code, "listed", m.start, si)  # (not 'a briefing by Malagasy officials': the host;
                    # not 'messages of solidarity to the Argentine government': the recipient)
                continue
            if run_first is None:
                run_first, in_long_list = _list_runs(text, ms)
            first = run_first.get(m.start, m.start) - s
            if _TITLE_ACT.match(after) or ((_STATE_ITSELF.search(lsent, max(0, rel - 40), rel)
                                            or _STATE_ITSELF.search(lsent, max(0, first - 40), first))
                                           and _ACT_AFTER.match(text, m.end, e)):  # ('the ambassadors of Australia and
                # Canada, whose companies operate mines there, met the minister')
                offer(m.code, "listed", m.start, si)  # ('The Ambassador of the United States visited')
                continue
            if may_neutral and _NEUTRAL.match(text[m.end:min(e, m.end + 240)]):
                continue
            if _DENIAL.match(after):
                continue  # "Moscow has denied any involvement": a suspect, not a participant
            if rel <= 400:
                if breaks is None:
                    breaks = [x.end() for x in _CLAUSE_BREAK.finditer(lsent)]
                a = 0
                for x in breaks:
                    if x > rel:
                        break
                    a = x
            else:
                a, _ = _clause_of(lsent, rel)
            if _TARGET_CLAUSE.search(lsent, max(a, rel - 200), rel):
                continue
            if (rel_obj := _OBJECT_RELATIVE.search(lsent, max(0, first - 40), first)) is not None and \
                    not _TOLD_BEFORE.search(lsent, max(0, rel_obj.start() - 20), rel_obj.start()):
                continue  # "a resolution that Russia and China are likely to block": said of them, not by them
            if _ORIGIN_BEFORE.search(lsent, max(0, first - 50), first) and not _SENDERS.search(lsent, max(0, first - 50), first):
                continue  # "the residents come from Afghanistan, Syria and Somalia": where people are from
            if m.start in in_long_list or is_heading(text, m):
                offer(m.code, "listed", m.start, si)  # (or a factbox's heading: "BRAZIL" over what it said)
                continue
            if first == 0 and m.how == "name" and _ORG_IN_LIST.match(text, m.end, e) is not None:
                offer(m.code, "listed", m.start, si)  # 'Portugal, Belgium and the European Centre for Disease
                continue  # Prevention and Control (ECDC) have urged all governments ...': a list with a body, acting
            if not has_context and not (m.how != "demonym" and _STATE_SPEAKS.match(after)):
                continue
            if _SERVED_IN.search(lsent, max(0, rel - 90), rel):
                continue  # "a veteran of UN missions in Lebanon": a career, not a party
            if _PAST_CLAUSE.search(lsent, max(a, rel - 40), min(len(lsent), m.end - s + 50)):
                continue  # "the mission in Haiti, which was led by Kenya and wound down last year": history
            before = lsent[max(0, first - 30):first]
            if text[m.end:m.end + 1] in (",", ".", ")") and _TOWN_BEFORE.search(before):
                continue  # "its planning cell in Manama, Bahrain, said": the town's country, a place
            if _OBJECT_BEFORE.search(before) and not _LIST_INTRO.search(before) and not _GOVERNMENTS_OF.search(before):
                # a list item after "and"/"," whose list began with an introducer
                if not _in_introduced_list(sentence, rel):
                    continue
            offer(m.code, "listed", m.start, si)

    # 2b. a sentence that opens with a state's body speaks for that state, though it names none:
    # "Russia has not joined either. Its foreign ministry called the compact \"a cartel\"" (the country
    # the sentence before opened with); "In Moscow, Foreign Ministry spokeswoman Yelena X dismissed the
    # accusations as ..." (the capital is a place, but the official speaking there speaks for its state)
    for si, (s, e) in enumerate(sentences):
        codes: list[str] = []
        official = False  # the body must be named before the verb (it is, in "Its foreign ministry")
        if (lead := _IN_CAPITAL.match(text, s, e)) is not None:
            code = capital_code(lead.group(1))
            codes, official = ([code] if code is not None and code != subject else []), True
        elif si and (lead := _ITS_BODY.match(low, s, e)) is not None and by_sentence[si - 1] and not (
                by_sentence[si] and by_sentence[si][0].start < lead.end()):
            ps, pe = sentences[si - 1]
            opener = _lead_actor(text[ps:pe], ps, by_sentence[si - 1], True)  # as pledges read "it" after a sentence
            codes = opener[1] if opener is not None else []
        if not codes:
            continue
        after = lead.end()
        rest = low[after:min(e, after + 160)]
        comma = text.find(",", after, min(e, after + 60))
        if comma >= 0 and (comma == after or official and _OFFICIAL_WORD.search(low, after, comma)) and \
                (named := _NAME_APPOSITIVE.match(text, comma, e)) is not None:
            # "Its foreign ministry spokesman, Reza Kamali-Fard, called ...", "In Moscow, the foreign ministry
            # spokeswoman, Anastasia X, described ...": the official, then the name in apposition
            rest = low[after:comma] + low[named.end():min(e, named.end() + 160)]
        om = _opposes(rest)
        if om is not None and (not official or _OFFICIAL_WORD.search(rest, 0, om.start("v"))):
            for code in codes:
                offer(code, "opposed", s, si)

    # 3. a reversal ("withdrew its offer", "will not take part after all") is the country's
    # last word, wherever it stands in the text (live blogs run newest first)
    for si, ms in enumerate(by_sentence):
        if not ms:
            continue
        s, e = sentences[si]
        if not _REVERSAL.search(low, s, e):
            continue
        for m in ms:
            if m.code == subject or (m.how == "demonym" and not _TITLE_ACT.match(text, m.end)):
                continue
            taken_back = refused_at.get((m.code, si))
            if taken_back and any(c == m.code and si < psi <= si + 2 and taken_back.isdisjoint(k)
                                  and not _REVERSAL.search(low, *sentences[psi])
                                  for (c, psi), k in firm_kinds.items()):
                continue  # "Ireland will withdraw its 330 soldiers ... Dublin will, however, keep paying €4 million":
                # another kind given right after the withdrawal (the same kind given again, or a gift far
                # away, may be an older entry of a live blog, which runs newest first)
            if (m.code, si) in gave_and_refused:
                continue  # "would not redeploy the unit it withdrew in 2017, but it would contribute $3.8 million":
                # one kind refused, another given
            # (up to the next country: "Nigeria sends warship, Côte d’Ivoire pulls out" is Côte d’Ivoire's)
            stop = min([o.start for o in ms if o.start > m.end and o.code != m.code], default=e)
            rev = _REVERSED_BY.match(low, m.end, min(e, m.end + 160, stop))
            if rev is not None and not any(a < rev.end() <= b for a, b in conditions):
                # (not "has offered to host talks, provided that both withdraw their troops": what it asks of others)
                best[m.code] = (_RANK["opposed"], m.start, si, "opposed")

    out: list[Stance] = []
    for code, (_r, _pos, si, stance) in sorted(best.items(), key=lambda kv: kv[1][1]):
        s, e = sentences[si]
        out.append(Stance(country=code, country_name=country_name(code), stance=stance,
                          evidence=text[s:e], start=s, end=e))
    return out


def _members_oppose(text: str, low: str, s: int, e: int, m: CountryMention, first: int) -> bool:
    """"The Confederation of Sahel States, formed by the governments of Mali, Burkina Faso and
    Niger after they left ECOWAS, warned the bloc against intervening": the members the
    appositive lists oppose with the body it describes (`first`: where m's list begins)."""
    if not _MEMBERS_BEFORE.search(low, max(s, first - 70), first):
        return False
    close = _APPOSITIVE_CLOSE.search(text, m.end, min(e, m.end + 120))
    if close is None:
        return False
    return _opposes(low[close.end():min(e, close.end() + 90)]) is not None


def _opposes(lafter: str) -> re.Match | None:
    """The opposing verb (_OPPOSE) that `lafter`, lower-cased text after a subject, opens with,
    with nothing between the subject and the verb that starts another clause; else None."""
    om = _OPPOSE.match(lafter)
    if om is None:
        return None
    v = om.start("v")
    return om if not _gap_bad(lafter, 0, v) or _second_verb(lafter, v) else None


def _second_verb(lafter: str, v: int) -> bool:
    """The opposing verb at `v` is the subject's second, after a speech verb of its own ("called the accusations
    “baseless” and said the build-up ...", "'s deputy permanent representative, X, said ... and accused ...")."""
    if not lafter.startswith(("said", "says", "accus"), v):
        return False
    off = _OFFICIAL_NAMED.match(lafter)
    lo = off.end() - 1 if off is not None and off.end() <= v and lafter[off.end() - 1].isspace() else 0
    return _SPOKE_AND.fullmatch(lafter, lo, v) is not None


def _list_runs(text: str, ms: list[CountryMention]) -> tuple[dict[int, int], set[int]]:
    """Runs of name/group mentions joined by list separators: first start of each
    mention's run, and the starts of mentions in runs of three or more."""
    items: list[list[CountryMention]] = []
    for m in ms:
        if m.how == "demonym":
            continue
        gap = text[items[-1][-1].end:m.start] if items else ""
        if items and (items[-1][-1].start == m.start or _SPLIT_ITEM.match(gap)
                      or _GAP_MID.match(gap)):
            items[-1].append(m)
        else:
            items.append([m])
    in_long_list: set[int] = set()
    run_first: dict[int, int] = {}
    for run in items:
        if len({x.start for x in run}) >= 3:
            in_long_list.update(x.start for x in run)
        for x in run:
            run_first[x.start] = run[0].start
    return run_first, in_long_list


def _in_introduced_list(sentence: str, rel: int) -> bool:
    """True for "including A, B and C": C's list began with an introducer."""
    head = sentence[max(0, rel - 120):rel]
    m = _LIST_INTRODUCER.search(head)
    return bool(m) and not _TARGET_IN_LIST.search(head[m.start():])


# --- across sources ---------------------------------------------------------------
