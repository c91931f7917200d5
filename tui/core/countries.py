"""Country mentions: names, short names, demonyms, capitals-as-government, groups.

Everything normalises to ISO 3166-1 alpha-2. Tables are built once, lazily, from
pycountry plus our own short-name / demonym / capital / group tables; there is
never a fuzzy guess (pycountry's ``search_fuzzy('British')`` answers British
Indian Ocean Territory). All surfaces are matched by one precompiled,
prefix-factored (trie) regex, so a scan is linear in the text.

Rules
-----
* Names match case-sensitively, longest first ("Papua New Guinea" beats
  "Guinea"; "New Jersey", "New Mexico", "Latin America" are sinks that match
  nothing).
* Names that are also first names (Jordan, Chad, Georgia, India, Israel ...)
  are skipped when they stand next to another capitalised word that is not a
  country ("Michael Jordan", "Chad Smith").
* A capital (or seat of government: the Kremlin, the White House, Downing
  Street) stands for its government, so counts, unless it is a place: preceded
  by a locative preposition (in, at, near, from, outside, across, around, into,
  via, visit(ed)) or followed by a capitalised word or a venue noun ("Paris
  summit", "Washington Post", "Kyiv Post", "Elysee Palace").
* Groups expand to their members, one mention per member on the same span:
  the Baltic states/countries/Baltics, the Nordic states/countries/Nordics,
  Scandinavian countries, Benelux, the Visegrad group.
* Organisations (NATO, the EU, the UN, G7) are not countries and are never
  emitted.
* The second value of :func:`find_countries` lists the capitalised names that
  stand between countries in a comma/"and" list but are not countries
  ("Free Europe" in "Australia, Canada, Free Europe, Japan").
* The Gulf states / Gulf Arab states / GCC countries expand to the six GCC members.
* Bare "Congo" / "Congolese" follow the Congo the article names explicitly (the
  DRC, "DR Congo", Kinshasa -> CD; "Republic of the Congo", Brazzaville -> CG);
  with none (or both), "Congo" is CG and the ambiguous demonym is dropped.
* A capital followed by an appositive (", citing ...,", ", which ...") or by an
  adverb and a verb ("Kinshasa formally requests") acts as its government.
* A capital after a subordinating conjunction ("only if Paris agrees") is a
  clause subject, so a government; a capitalised word that ends the previous sentence
  ("... the North Sea.\n\nMoscow replied") is not a first name before it.
"""

from __future__ import annotations

import re
import unicodedata

from tui.core.models import CountryMention
from tui.core.sentences import ASIDE_WORDS, DASH_ASIDE, FORMAL_STATE, GOVERNMENT_OF, INITIALS_IN, MONEY_START, SMALL_NUMBERS, TITLE_ABBREV, starting_with
from tui.core.sentences import trie_regex as _trie_regex

# --- tables ------------------------------------------------------------------

# Common English names where pycountry's is awkward.
_COMMON_NAMES = {
    "GB": "United Kingdom", "US": "United States", "RU": "Russia", "CZ": "Czechia",
    "KR": "South Korea", "KP": "North Korea", "IR": "Iran", "SY": "Syria", "VN": "Vietnam",
    "LA": "Laos", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania", "MD": "Moldova",
    "TW": "Taiwan", "TR": "Turkey", "PS": "Palestine", "VA": "Vatican City",
    "CD": "DR Congo", "CG": "Republic of the Congo", "FM": "Micronesia", "BN": "Brunei",
    "CV": "Cape Verde", "CI": "Ivory Coast", "SZ": "Eswatini", "MK": "North Macedonia",
    "NL": "Netherlands", "PH": "Philippines", "AE": "United Arab Emirates",
}

# Extra names / short names -> code.  None = a sink (matches, emits nothing).
_ALIASES: dict[str, str | None] = {
    "the UK": "GB", "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "United Kingdom": "GB", "England": "GB", "Scotland": "GB", "Wales": "GB",
    "Northern Ireland": "GB",
    "US": "US", "U.S.": "US", "U.S": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States": "US", "United States of America": "US",
    "Russia": "RU", "Russian Federation": "RU", "Czech Republic": "CZ", "Czechia": "CZ",
    "South Korea": "KR", "Republic of Korea": "KR", "North Korea": "KP", "Iran": "IR",
    "Syria": "SY", "Vietnam": "VN", "Viet Nam": "VN", "Việt Nam": "VN", "Laos": "LA", "Bolivia": "BO",
    "Venezuela": "VE", "Tanzania": "TZ", "Moldova": "MD", "Taiwan": "TW", "Turkey": "TR",
    "Türkiye": "TR", "Turkiye": "TR", "Palestine": "PS", "Vatican": "VA", "Holy See": "VA",
    "São Tomé and Príncipe": "ST", "São Tomé e Príncipe": "ST",
    "Democratic Republic of the Congo": "CD", "DR Congo": "CD", "DRC": "CD",
    "Democratic Republic of Congo": "CD", "D.R. Congo": "CD", "Republic of Congo": "CG",
    "Republic of the Congo": "CG", "Congo-Brazzaville": "CG", "Congo-Kinshasa": "CD", "Federated States of Micronesia": "FM", "Ivory Coast": "CI", "Côte d'Ivoire": "CI",
    "Cote d'Ivoire": "CI", "Cape Verde": "CV", "Brunei": "BN", "Burma": "MM",
    "Myanmar": "MM", "Swaziland": "SZ", "Macedonia": "MK", "North Macedonia": "MK",
    "Holland": "NL", "the Netherlands": "NL", "Netherlands": "NL", "Philippines": "PH",
    "the Philippines": "PH", "UAE": "AE", "Emirates": None, "Micronesia": "FM",
    "East Timor": "TL", "Timor-Leste": "TL", "Kosovo": "XK",
    "Saint Kitts": "KN", "Saint Vincent": "VC",  # (every "Saint X" also as "St. X" and "St X": _build)
    # sinks: longer phrases that contain a country name but are not countries
    "New Jersey": None, "New Mexico": None, "New England": None, "New South Wales": None,
    "Latin America": None, "South America": None, "North America": None, "Antarctica": None,
    "Central America": None, "Americas": None, "Mexico City": None, "Georgia Tech": None,
    "Jersey City": None, "Washington State": None, "Washington Post": None,
    "Kyiv Post": None, "Kyiv Independent": None, "Moscow Times": None,
    "Air France": None, "British Airways": None, "British Museum": None,
    "Turkish Airlines": None, "Jordan River": None, "Chad Basin": None,
    "Congo River": None, "Niger River": None, "Panama Canal": None, "Suez Canal": None,
    "Radio Free Europe": None, "Indian Ocean": None, "Black Sea": None,
    "Irish Sea": None, "North Sea": None, "South China Sea": None, "East China Sea": None,
    "Baltic Sea": None, "Red Sea": None, "Arabian Sea": None, "Persian Gulf": None,
    "Arabian Peninsula": None, "Korean Peninsula": None,
    "Gulf of Mexico": None, "Gulf of Guinea": None, "Sea of Japan": None,
    "French Guiana": "GF", "French Polynesia": "PF", "British Indian Ocean Territory": "IO",
}

# Demonyms / adjectives -> code (adjectives and plural nouns).
_DEMONYMS = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "American": "US", "Argentine": "AR",
    "Argentinian": "AR", "Armenian": "AM", "Australian": "AU", "Austrian": "AT",
    "Azerbaijani": "AZ", "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY",
    "Belgian": "BE", "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR", "British": "GB",
    "Briton": "GB", "Brit": "GB", "Bulgarian": "BG", "Cambodian": "KH", "Cameroonian": "CM",
    "Canadian": "CA", "Chilean": "CL", "Chinese": "CN", "Colombian": "CO", "Croatian": "HR",
    "Cuban": "CU", "Cypriot": "CY", "Czech": "CZ", "Danish": "DK", "Dane": "DK",
    "Dutch": "NL", "Ecuadorian": "EC", "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER",
    "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH", "Philippine": "PH", "Finnish": "FI", "Finn": "FI",
    "French": "FR", "Georgian": "GE", "German": "DE", "Ghanaian": "GH", "Greek": "GR", "Hellenic": "GR",
    "Hungarian": "HU", "Icelandic": "IS", "Icelander": "IS", "Indian": "IN",
    "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE", "Israeli": "IL",
    "Italian": "IT", "Japanese": "JP", "Jordanian": "JO", "Kazakh": "KZ", "Kenyan": "KE",
    "Kuwaiti": "KW", "Kyrgyz": "KG", "Latvian": "LV", "Lebanese": "LB", "Libyan": "LY",
    "Lithuanian": "LT", "Luxembourgish": "LU", "Malaysian": "MY", "Maltese": "MT",
    "Mexican": "MX", "Moldovan": "MD", "Mongolian": "MN", "Montenegrin": "ME",
    "Moroccan": "MA", "Nepali": "NP", "Nigerian": "NG", "Nigerien": "NE",
    "North Korean": "KP", "Norwegian": "NO", "Omani": "OM", "Pakistani": "PK",
    "Palestinian": "PS", "Peruvian": "PE", "Polish": "PL", "Pole": "PL", "Portuguese": "PT",
    "Qatari": "QA", "Romanian": "RO", "Russian": "RU", "Saudi": "SA", "Serbian": "RS",
    "Serb": "RS", "Singaporean": "SG", "Slovak": "SK", "Slovakian": "SK", "Slovenian": "SI",
    "Slovene": "SI", "Somali": "SO", "South African": "ZA", "South Korean": "KR",
    "Spanish": "ES", "Spaniard": "ES", "Sri Lankan": "LK", "Sudanese": "SD",
    "Swedish": "SE", "Swede": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW",
    "Tajik": "TJ", "Thai": "TH", "Tunisian": "TN", "Turkish": "TR", "Turk": "TR",
    "Turkmen": "TM", "Ugandan": "UG", "Ukrainian": "UA", "Uzbek": "UZ",
    "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zimbabwean": "ZW",
    "New Zealander": "NZ", "Kiwi": None, "Cuban-American": None, "Korean": None,
    "Tanzanian": "TZ", "Burundian": "BI", "Rwandan": "RW", "Angolan": "AO", "Chadian": "TD",
    "Djiboutian": "DJ", "South Sudanese": "SS", "Zambian": "ZM", "Malawian": "MW",
    "Mozambican": "MZ", "Namibian": "NA", "Senegalese": "SN", "Malian": "ML",
    "Burkinabe": "BF", "Ivorian": "CI", "Liberian": "LR", "Sierra Leonean": "SL",
    "Gambian": "GM", "Beninese": "BJ", "Togolese": "TG", "Gabonese": "GA",
    "Mauritanian": "MR", "Malagasy": "MG", "Mauritian": "MU",
    "Jamaican": "JM", "Haitian": "HT", "Bahamian": "BS", "Guatemalan": "GT",
    "Salvadoran": "SV", "Salvadorean": "SV", "Honduran": "HN", "Nicaraguan": "NI",
    "Costa Rican": "CR", "Panamanian": "PA", "Paraguayan": "PY", "Uruguayan": "UY",
    "Belizean": "BZ", "Fijian": "FJ", "Samoan": "WS", "Tongan": "TO", "Bhutanese": "BT",
    "Burmese": "MM", "Laotian": "LA", "Maldivian": "MV", "Timorese": "TL",
    "Macedonian": "MK", "Kosovar": "XK", "Luxembourger": "LU", "Andorran": "AD",
    "Monegasque": "MC", "Botswanan": "BW",
    "Guinean": None, "Dominican": None,
    "Congolese": "CG", "English": None, "European": None, "Scottish": "GB", "Welsh": "GB",
    # the smaller states' demonyms ("the Bissau-Guinean foreign ministry"); a bare "Guinean" stays ambiguous
    "Bissau-Guinean": "GW", "Equatorial Guinean": "GQ", "Equatoguinean": "GQ", "Papua New Guinean": "PG",
    "Burkinabè": "BF", "Motswana": "BW", "Batswana": "BW", "Basotho": "LS", "Mosotho": "LS", "Swazi": "SZ",
    "Comorian": "KM", "Seychellois": "SC", "Cape Verdean": "CV", "Cabo Verdean": "CV", "Sao Tomean": "ST",
    "São Toméan": "ST", "Kittitian": "KN", "Vincentian": "VC", "Trinidadian": "TT", "Barbadian": "BB",
    "Bajan": "BB", "Grenadian": "GD", "Guyanese": "GY", "Surinamese": "SR", "Nepalese": "NP",
    "Kazakhstani": "KZ", "Croat": "HR", "Kosovan": "XK", "Liechtensteiner": "LI", "Sammarinese": "SM",
    "Bruneian": "BN", "Marshallese": "MH", "Palauan": "PW", "I-Kiribati": "KI", "Tuvaluan": "TV",
    "Nauruan": "NR", "Ni-Vanuatu": "VU",
}
# Demonyms whose plural is not adjective + "s" or that are used bare ("the French").
_DEMONYM_PLURALS_IRREGULAR = {"Congolese", "South Sudanese", "Senegalese", "Beninese",
                              "Togolese", "Gabonese", "Malagasy", "Burmese", "Bhutanese",
                              "Timorese", "Burkinabe", "Swiss", "French", "British", "Dutch", "Chinese", "Japanese",
                              "Portuguese", "Vietnamese", "Lebanese", "Sudanese", "Maltese",
                              "Irish", "Polish", "Danish", "Finnish", "Swedish", "Spanish",
                              "Turkish", "Icelandic", "Luxembourgish", "Scottish", "Welsh",
                              "Kyrgyz", "Turkmen", "Thai", "Seychellois", "Marshallese", "Sammarinese",
                              "Surinamese", "Guyanese", "Nepalese", "Basotho", "Batswana", "Motswana", "Mosotho",
                              "Burkinabè", "Ni-Vanuatu", "I-Kiribati"}

# Capitals and seats of government -> code.
_CAPITALS = {
    "Moscow": "RU", "Kremlin": "RU", "Kyiv": "UA", "Kiev": "UA", "Washington": "US",
    "White House": "US", "Pentagon": "US", "State Department": "US", "Beijing": "CN", "London": "GB",
    "Downing Street": "GB", "Whitehall": "GB", "Foreign, Commonwealth and Development Office": "GB", "FCDO": "GB",
    "Paris": "FR", "Elysee": "FR", "Élysée": "FR",
    "Berlin": "DE", "Rome": "IT", "Madrid": "ES", "Warsaw": "PL", "Tokyo": "JP",
    "Ottawa": "CA", "Canberra": "AU", "Ankara": "TR", "Tehran": "IR", "Pyongyang": "KP",
    "Seoul": "KR", "New Delhi": "IN", "Minsk": "BY", "Budapest": "HU", "Bratislava": "SK",
    "Prague": "CZ", "Vienna": "AT", "Bern": "CH", "Oslo": "NO", "Stockholm": "SE",
    "Helsinki": "FI", "Copenhagen": "DK", "Reykjavik": "IS", "Tallinn": "EE", "Riga": "LV",
    "Vilnius": "LT", "Athens": "GR", "Lisbon": "PT", "Dublin": "IE", "The Hague": "NL",
    "Bucharest": "RO", "Chisinau": "MD", "Tbilisi": "GE", "Yerevan": "AM", "Baku": "AZ",
    "Cairo": "EG", "Riyadh": "SA", "Doha": "QA", "Abu Dhabi": "AE", "Islamabad": "PK",
    "Kabul": "AF", "Baghdad": "IQ", "Damascus": "SY", "Beirut": "LB", "Amman": "JO",
    "Caracas": "VE", "Havana": "CU", "Manila": "PH", "Hanoi": "VN", "Ha Noi": "VN", "Hà Nội": "VN", "Jakarta": "ID",
    "Bangkok": "TH", "Taipei": "TW", "Pretoria": "ZA", "Nairobi": "KE", "Abuja": "NG",
    "Addis Ababa": "ET", "Addis Abeba": "ET", "Brasilia": "BR", "Brasília": "BR", "Buenos Aires": "AR",
    "Mexico City": "MX", "Belgrade": "RS", "Zagreb": "HR", "Ljubljana": "SI",
    "Tirana": "AL", "Skopje": "MK", "Podgorica": "ME", "Sarajevo": "BA", "Valletta": "MT",
    "Nicosia": "CY", "Wellington": "NZ",
    # Africa, Middle East, Asia, Americas
    "Tunis": "TN", "Algiers": "DZ", "Rabat": "MA", "Tripoli": "LY", "Khartoum": "SD",
    "Juba": "SS", "Kampala": "UG", "Kigali": "RW", "Kinshasa": "CD", "Brazzaville": "CG",
    "Luanda": "AO", "Dodoma": "TZ", "Gitega": "BI", "Bujumbura": "BI", "Mogadishu": "SO",
    "Asmara": "ER", "N'Djamena": "TD", "Ndjamena": "TD", "Niamey": "NE",
    "Bamako": "ML", "Ouagadougou": "BF", "Dakar": "SN", "Accra": "GH", "Harare": "ZW",
    "Lusaka": "ZM", "Lilongwe": "MW", "Maputo": "MZ", "Windhoek": "NA", "Gaborone": "BW",
    "Antananarivo": "MG", "Yaounde": "CM", "Yaoundé": "CM", "Muscat": "OM", "Manama": "BH",
    "Kuwait City": "KW", "Sanaa": "YE", "Dhaka": "BD", "Kathmandu": "NP", "Colombo": "LK",
    "Kuala Lumpur": "MY", "Astana": "KZ", "Tashkent": "UZ", "Ulaanbaatar": "MN",
    "Bogota": "CO", "Bogotá": "CO", "Lima": "PE", "Quito": "EC", "Montevideo": "UY",
    "Port-au-Prince": "HT", "Santiago": "CL", "Naypyidaw": "MM", "Phnom Penh": "KH",
    # the rest of Central America, the Caribbean, South America, West and Central Africa, Asia,
    # the Pacific and Europe (names that are also common first names or towns elsewhere, such as
    # Victoria, Kingston, Georgetown or Sofia, are left out: a capital here acts as a government)
    "Managua": "NI", "Tegucigalpa": "HN", "San Salvador": "SV", "Guatemala City": "GT",
    "San José": "CR", "San Jose": "CR", "Santo Domingo": "DO", "Port of Spain": "TT", "Port-of-Spain": "TT",
    "Asunción": "PY", "Asuncion": "PY", "La Paz": "BO", "Paramaribo": "SR", "Bridgetown": "BB",
    "Nassau": "BS", "Freetown": "SL", "Monrovia": "LR", "Conakry": "GN", "Bissau": "GW",
    "Banjul": "GM", "Nouakchott": "MR", "Lomé": "TG", "Lome": "TG", "Porto-Novo": "BJ",
    "Cotonou": "BJ", "Yamoussoukro": "CI", "Abidjan": "CI", "Libreville": "GA", "Malabo": "GQ",
    "Bangui": "CF", "Praia": "CV", "Maseru": "LS", "Mbabane": "SZ", "Port Louis": "MU", "Port-Louis": "MU", "Georgetown": "GY",
    "Vientiane": "LA", "Thimphu": "BT", "Bishkek": "KG", "Dushanbe": "TJ", "Ashgabat": "TM",
    "Dili": "TL", "Suva": "FJ", "Port Moresby": "PG", "Honiara": "SB", "Apia": "WS",
    "Pristina": "XK", "Vaduz": "LI", "Andorra la Vella": "AD",
    "Majuro": "MH", "Tarawa": "KI", "South Tarawa": "KI", "Funafuti": "TV", "Palikir": "FM", "Ngerulmud": "PW",
    "Nuku'alofa": "TO", "Nuku’alofa": "TO", "Nukuʻalofa": "TO", "Port Vila": "VU", "Port-Vila": "VU", "Yaren": "NR",
    "Moroni": "KM", "São Tomé": "ST", "Malé": "MV", "Bandar Seri Begawan": "BN", "Putrajaya": "MY",
    "Belmopan": "BZ", "Castries": "LC", "Kingstown": "VC", "Roseau": "DM", "Basseterre": "KN",
    "Panama City": "PA", "Chișinău": "MD", "Chişinău": "MD", "Nur-Sultan": "KZ", "Ulan Bator": "MN",
}
_AGENCIES = {"USAID": "US", "JICA": "JP", "KOICA": "KR", "THW": "DE", "EMERCOM": "RU", "AFAD": "TR", "TIKA": "TR",
             "KSrelief": "SA", "American Institute in Taiwan": "US"}
"""State aid agencies and a de facto embassy: they act for their government wherever they stand (`_SEATS`)."""
_CAPITALS.update(_AGENCIES)


_GCC = ("SA", "AE", "QA", "KW", "BH", "OM")
_GROUPS = {
    "Baltic states": ("EE", "LV", "LT"), "Baltic countries": ("EE", "LV", "LT"),
    "Baltic nations": ("EE", "LV", "LT"), "Baltic republics": ("EE", "LV", "LT"),
    "Baltics": ("EE", "LV", "LT"), "Baltic States": ("EE", "LV", "LT"),
    "Nordic states": ("DK", "FI", "IS", "NO", "SE"), "Nordic countries": ("DK", "FI", "IS", "NO", "SE"),
    "Nordic nations": ("DK", "FI", "IS", "NO", "SE"), "Nordics": ("DK", "FI", "IS", "NO", "SE"),
    "Scandinavian countries": ("DK", "NO", "SE"), "Scandinavian states": ("DK", "NO", "SE"),
    "Scandinavian nations": ("DK", "NO", "SE"), "Scandinavia": ("DK", "NO", "SE"),
    "Benelux": ("BE", "LU", "NL"), "Benelux countries": ("BE", "LU", "NL"),
    "Visegrad Group": ("CZ", "HU", "PL", "SK"), "Visegrad countries": ("CZ", "HU", "PL", "SK"),
    "Visegrad Four": ("CZ", "HU", "PL", "SK"), "Visegrád Group": ("CZ", "HU", "PL", "SK"),
    # the Gulf Cooperation Council members
    "Gulf states": _GCC, "Gulf Arab states": _GCC, "Gulf countries": _GCC,
    "Gulf Arab countries": _GCC, "Gulf monarchies": _GCC, "Gulf nations": _GCC,
    "GCC states": _GCC, "GCC countries": _GCC, "GCC members": _GCC,
}

# Names that are also people's first names or otherwise ambiguous when next to
# another capitalised word.
_PERSONISH = {"Jordan", "Chad", "Georgia", "India", "Israel", "Kenya", "Jersey", "Guernsey",
              "Niger", "Mali", "Peru", "Cuba", "Chile", "Togo", "Oman", "Malta", "Monaco",
              "Dominica", "Jamaica", "Lebanon", "Victoria", "Washington", "Paris", "Rome",
              "Sofia", "Florence", "Panama", "America", "Bern", "Wellington"}

_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|from|outside|across|around|into|via|visit|visited|visiting|to visit|"
    r"arrived in|flew to|travelled to|traveled to|trip to|based in|held in|hosted in|"
    r"summit in|meeting in|talks in|streets of|city of|of)\s+(?:the\s+)?)$", re.I)
_LOCATIVE = starting_with("(?i:[abcfhimnostv])", _LOCATIVE)
_VENUE_AFTER = re.compile(
    r"^(?:'s|’s)?\s*(?:summit|meeting|talks|conference|palace|Palace|airport|Airport|"
    r"accord|accords|agreement|format|process|declaration|Declaration|streets|street|"
    r"residents|hotel|Hotel|station|Agreement|Accords|Summit|Conference|Process|Format|"
    r"Times|Post|Independent|Stock|University|Metro|Marathon|Club|club|FC|Olympics|"
    r"police|mayor|city|region|Oblast|oblast|suburb|district|forum|Forum|peace talks|port|harbour|"
    r"harbor|province|Province|daily|newspaper|paper|press|bureau|correspondent|Bureau)\b")

_COUNTRIES: dict[str, str] | None = None  # surface -> code ("" for sinks), built lazily
_KIND: dict[str, str] = {}
_GROUP_CODES: dict[str, tuple[str, ...]] = {}
_NAMES: dict[str, str] = {}
_LOOKUP: dict[str, str] = {}
_NAME_LOOKUP: dict[str, str] = {}  # folded country name (not a demonym, capital or code) -> code
_REGEX: re.Pattern | None = None


def _build() -> None:
    global _COUNTRIES, _REGEX
    if _COUNTRIES is not None:
        return
    import pycountry  # slow import: only once, lazily

    table: dict[str, str] = {}
    kind: dict[str, str] = {}
    names: dict[str, str] = {}
    officials: dict[str, str] = {}
    for c in pycountry.countries:
        code = c.alpha_2
        common = _COMMON_NAMES.get(code) or getattr(c, "common_name", None) or c.name
        names[code] = common
        official = getattr(c, "official_name", None)  # "Kyrgyz Republic", "Republic of Kazakhstan": looked
        if official:  # up, not searched for (the text's "Republic of Fiji" is still found as "Fiji")
            officials[official.removeprefix("the ").casefold()] = code
            if common not in official and c.name not in official and "," not in official:
                table[official] = code  # but "Kyrgyz Republic", "Hellenic Republic" name no shorter name
                kind[official] = "name"
        for n in (c.name, getattr(c, "common_name", None)):
            if n and "," not in n and "(" not in n:
                table[n] = code
                kind[n] = "name"
    names["XK"] = "Kosovo"
    for n, code in _ALIASES.items():
        table[n] = code or ""
        kind[n] = "name"
    for n in [n for n in table if n.startswith("Saint ") and kind[n] == "name"]:
        for short in ("St. ", "St "):  # "St. Lucia", "St Kitts and Nevis"
            table.setdefault(short + n[6:], table[n])
            kind.setdefault(short + n[6:], "name")
    for n, code in _DEMONYMS.items():
        table[n] = code or ""
        kind[n] = "demonym"
        if code and n not in _DEMONYM_PLURALS_IRREGULAR:
            pl = n + ("es" if n.endswith("sh") else "s")
            if kind.get(pl) != "name":  # ('Philippines' stays the country's name, not the people)
                table[pl] = code
                kind[pl] = "demonym"
    for n, code in _CAPITALS.items():
        if n not in table or kind.get(n) != "name":
            table[n] = code
            kind[n] = "capital"
    for n in [n for n in table if " and " in n and kind[n] == "name"]:
        table.setdefault(n.replace(" and ", " & "), table[n])  # "Trinidad & Tobago", "Sao Tome & Principe"
        kind.setdefault(n.replace(" and ", " & "), "name")
    for n in [n for n in table if "'" in n]:  # "Côte d’Ivoire", "N’Djamena": the curly apostrophe too
        table.setdefault(n.replace("'", "’"), table[n])
        kind.setdefault(n.replace("'", "’"), kind[n])
    for n, codes in _GROUPS.items():
        table[n] = "+".join(codes)
        kind[n] = "group"
        _GROUP_CODES[n] = codes
    lookup = {k.casefold(): v for k, v in table.items() if v and kind[k] != "group"}
    for nm, code in officials.items():
        lookup.setdefault(nm, code)
    for code, nm in names.items():
        lookup.setdefault(nm.casefold(), code)
        lookup.setdefault(code.casefold(), code)
    _NAMES.update(names)
    _LOOKUP.update(lookup)
    _NAME_LOOKUP.update((k.casefold(), v) for k, v in table.items() if v and kind[k] == "name")
    _KIND.update(kind)
    words = [w for w in table if not w.startswith("the ")]
    # The lookbehind keeps "U.S." out of "pic.twitter" and names out of words. It is
    # placed after each name's first character (a width-2 lookbehind that looks at the
    # character before the name), so that every alternative of the pattern starts with
    # a literal: the engine then scans for those first characters in C and tries the
    # pattern only there (same matches as a leading lookbehind, about twice as fast).
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    alts = [re.escape(ch) + r"(?<![\w\-@#/.][\s\S])" + _trie_regex(rest)
            for ch, rest in sorted(by_first.items())]
    _REGEX = re.compile(r"((?:" + "|".join(alts) + r"))(?![\w\-$])")  # (not the "US" of "US$2 million")
    _COUNTRIES = table


def country_name(code: str) -> str:
    """Common English name of an ISO 3166-1 alpha-2 code ("GB" -> "United Kingdom")."""
    _build()
    code = (code or "").upper()
    return _NAMES.get(code, code)


def government_name(word: str) -> str:
    """The country a capital or seat of government stands for ("Niamey" -> "Niger"); other
    names unchanged ("Britain" stays "Britain")."""
    code = _CAPITALS.get(word)
    if code is None or lookup(word) != code:
        return word
    return country_name(code)


_CAPITALS_FOLDED = {name.casefold(): code for name, code in _CAPITALS.items()}


def capital_code(name: str) -> str | None:
    """The country a capital or seat of government stands for, in any case ("NEW DELHI" -> "IN",
    "Kremlin" -> "RU"); None for any other name."""
    return _CAPITALS_FOLDED.get(" ".join(name.split()).casefold()) if isinstance(name, str) else None


def state_code(name: str) -> str | None:
    """The country a name for a whole state stands for: its own name or its capital city ('Niger',
    'Niamey' -> 'NE'); None for a seat or office ('Kremlin'), an agency ('AFAD') or any other name."""
    if not isinstance(name, str) or name in _SEATS:  # (`_SEATS`, below, holds the agencies too)
        return None
    return name_code(name) or capital_code(name)


def name_code(name: str) -> str | None:
    """The country `name` is a name of, in any case ('Zambia', 'ZAMBIA', 'UNITED STATES'); None for a
    demonym, a capital, a code or a state body's initials, which `lookup` also reads."""
    _build()
    return _NAME_LOOKUP.get(" ".join(name.split()).casefold())


def lookup(name: str) -> str | None:
    """Exact (case-insensitive) lookup of a name, short name, demonym, capital or code."""
    _build()
    if not isinstance(name, str):
        return None
    key = " ".join(name.split()).casefold()
    if key.startswith("the "):
        key2 = key[4:]
        return _LOOKUP.get(key) or _LOOKUP.get(key2)
    return _LOOKUP.get(key)


_PLACES: dict[str, str] = {}  # folded subdivision name -> the one country it lies in


def _fold_place(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", " ".join(name.split()))
                   if not unicodedata.combining(c)).casefold()


def place_country(name: str) -> str | None:
    """The country whose province, region or county is called `name` ("Valparaíso" -> "CL",
    "Cork" -> "IE"), when only one country has a subdivision of that name and the name is not
    itself a country, a demonym or a capital ("Lima" stands for Peru's government)."""
    if not isinstance(name, str) or not name.strip():
        return None
    if not _PLACES:
        import pycountry  # (its subdivisions are read only when a headline's place is looked up)
        seen: dict[str, set[str]] = {}
        for sub in pycountry.subdivisions:
            seen.setdefault(_fold_place(sub.name), set()).add(sub.country_code)
        _PLACES.update({k: next(iter(v)) for k, v in seen.items() if len(v) == 1})
    folded = _fold_place(name)
    if lookup(name) is not None or capital_code(name) is not None or folded in _CROSS_BORDER_REGIONS or all(
            w in _GENERIC_PLACE_WORDS for w in re.split(r"[\s-]+", folded)):
        return None
    return _PLACES.get(folded)


_CROSS_BORDER_REGIONS = frozenset({"sahel", "gourma", "liptako", "parana", "amazonas", "chaco", "mekong", "danube",
                                   "niger", "zambezi", "limpopo", "orinoco"})
"""Regions and rivers that span several countries, though one country has a province so called ("news for
Mali and the Sahel" names no Burkinabè province; "a hijacked Paraná ferry" sails the river, not the Brazilian
state)."""
_GENERIC_PLACE_WORDS = frozenset("""
north south east west northern southern eastern western central centre center upper lower greater
nord sud est ouest gulf bay coast coastal delta lakes lake river rivers valley plateau plateaux highlands
islands island mountain mountains capital city region unity littoral maritime savanes border kara
""".split())
"""Words a headline uses as words ("Gulf aid arrives"), though some country has a province so called."""


_CAP_WORD = re.compile(r"[A-Z][\w'’.-]*")
_PREV_WORD = re.compile(r"([A-Za-z][\w'’.-]*)\s*$")
# "U.S.", "Mr.", "Gen.": a dot that does not end the sentence before a capital
_ABBREV_DOT = re.compile(r"(?:[A-Z]\.)+|(?:" + TITLE_ABBREV + r"|St)\.")
_NEXT_WORD = re.compile(r"^\s([A-Z][\w'’-]*)")
_RULERS_IN = re.compile(r"\b(?:authorities|government|administration|junta|rulers|regime|leaders|officials)\s+in\s+$", re.I)
_AMOUNT_AFTER = re.compile(rf"^\s+(?:{MONEY_START}|\d[\d,.]*\s*(?:million|billion|bn)\b)")
_AND_BEFORE = re.compile(r"(?:\band|,)\s+$")
_CAPITAL_ACT = re.compile(
    r"^(?:'s|’s|\s+(?:[a-z]+ly\s+)?(?:requests|requested|asks|asked|demands|demanded|invites|"
    r"invited|approves|endorses|endorsed|decides|decided|agrees|wants|has|have|had|is|was|says|said|will|would|could|can|cannot|should|"
    r"must|may|might|did|does|wants|insists|insisted|denied|denies|dismissed|dismisses|"
    r"rejected|rejects|warned|warns|claims|claimed|accused|opposed|opposes|responded|"
    r"announced|pledged|agreed|refused|declined|signed|backed|urged|sees|views|"
    r"considers|appears|remains|hopes|fears|believes|maintains|maintained|sent|sends|gave|gives|lent|saw|sees|told|tells|"
    r"lends|offers|took|made|paid|pays|flew|kept|spent|put|brought|promised|pledges))\b|"
    # "Managua on Monday refused": a day between the capital and its verb
    r"^\s+(?:on|last|this|early|late)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|"
    r"month|year|night)\s+(?:[a-z]+ed|sent|gave|said|says|will|would|has|had)\b")


# "Vienna, citing its neutrality, declined": a capital with an appositive acts
_COMMA_CLAUSE_AFTER = re.compile(r"^,\s+(?:citing|saying|arguing|insisting|which|whose|who)\b")
_LIST_BEFORE = re.compile(r"\b(?:between|and|,)\s*$")
_PLACE_COUNTRY_AFTER = re.compile(r"^,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*[,.]")
_CONJ_BEFORE = re.compile(r"\b(?:if|unless|whether|once|until|provided(?:\s+that)?|although|though|because)\s+$",
                          re.I)
_PAST_VERB_AFTER = re.compile(r"^\s+(?:has\s+|have\s+|had\s+)?[a-z]{3,}ed\b")
_RELATION_BEFORE = re.compile(r"\b(?:to|for|with|against|between|and|by|toward|towards|on|pressure)\s+$")
_COMMA_ASIDE = re.compile(r",\s+(?:" + ASIDE_WORDS + r"|in\s+response|"
                          r"for\s+now|so\s+far|in\s+a\s+statement|(?:once|long|formerly)\s+[^,;.\n]{1,60}),(?=\s)")
_LIST_AFTER = re.compile(r"^\s*(?:,|and\b)")
_BETWEEN_BEFORE = re.compile(r"\b(?:between|both)\s+$")


def _sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\"'“‘(-–—•*":
        j -= 1
    return j < 0 or text[j] in ".!?:\n;"


def _acts_at(text: str, pos: int) -> bool:
    """A verb of the capital's own right at `pos` ("Paris has offered", "Moscow rejected")."""
    rest = text[pos:pos + 40]
    if rest[1:2] in ('"', "“") and rest[:1] == " ":
        rest = " " + rest[2:]  # 'said Beijing "firmly opposes" the plan': its words, quoted
    return bool(_CAPITAL_ACT.match(rest) or _PAST_VERB_AFTER.match(rest))


_AND_CAPITAL = re.compile(r"\s+and\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


_SEATS = frozenset(("Kremlin", "White House", "Pentagon", "State Department", "Downing Street", "Whitehall",
                    "Foreign, Commonwealth and Development Office", "FCDO", *_AGENCIES))
"""Seats and departments of government that name their state wherever they stand (no 'in')."""


def _capital_counts(text: str, s: int, e: int, surface: str) -> bool:
    after = text[e:e + 40]
    if surface in _SEATS:
        return not _VENUE_AFTER.match(after) or after.startswith(("'s", "’s"))
    before = text[max(0, s - 30):s]
    if _LOCATIVE.search(before) and not _RULERS_IN.search(before):
        return False  # (but "the transitional authorities in Bamako have refused": the government)
    if _VENUE_AFTER.match(after):
        return False
    if _AMOUNT_AFTER.match(after) and _AND_BEFORE.search(before):
        return True  # "Canberra pledged A$20 million and Wellington NZ$5 million": a gapped giver
    if _NEXT_WORD.match(after):
        return False
    if after[:1] == "," and _COMMA_CLAUSE_AFTER.match(after) and not _LIST_BEFORE.search(before):
        return True  # "Vienna, citing its neutrality, declined"
    if after[:1] == "," and _PLACE_COUNTRY_AFTER.match(after):
        return False  # "Paris, France," a place with its country
    pw = _PREV_WORD.search(before)
    if pw and pw.group(1).endswith(".") and not _ABBREV_DOT.fullmatch(pw.group(1)):
        pw = None  # "... the North Sea.\n\nMoscow replied": a sentence end, not a name
    if pw and pw.group(1)[:1].isupper() and not _sentence_start(text, pw.start(1)) \
            and pw.group(1) not in ("And", "The", "But", "Yet", "So", "Instead", "Meanwhile", "However", "Now", "Then") and not before.rstrip().endswith(",") \
            and "\n" not in before[pw.end(1):]:  # ("NIGERIA\nAbuja has ...": a heading, then the capital)
        return False  # "George Washington"
    if _acts_at(text, e):
        return True
    pair = _AND_CAPITAL.match(text, e, e + 60)  # "Canberra and Wellington will jointly run": both act
    if pair is not None and pair.group(1) in _CAPITALS and _acts_at(text, pair.end()):
        return True
    # "Riyadh, by contrast, said it would give ...", "the government in Gaborone - no longer ... - has offered"
    aside = _COMMA_ASIDE.match(text, e, e + 60) if after[:1] == "," else (
        DASH_ASIDE.match(text, e, e + 100) if after[:3] in (" - ", " — ", " – ") else None)
    if aside is not None and _acts_at(text, aside.end()):
        return True
    if _CONJ_BEFORE.search(before):
        return True  # "only if Paris agrees": the subject of a clause
    # object of relation: "signal to Moscow", "support for Kiev", "between Moscow and Kyiv"
    if _RELATION_BEFORE.search(before):
        return True
    return bool(_LIST_AFTER.match(after)) and bool(_BETWEEN_BEFORE.search(before))


_COUNTED_BEFORE = re.compile(r"\b(both|" + "|".join(SMALL_NUMBERS) + r")\s+$", re.I)
"""A count before a group's name: "the three Gulf states", "both Baltic states"."""


def _members_named_before(found: list[CountryMention], members: tuple[str, ...], n: int,
                          at: int) -> tuple[str, ...]:
    """The last n distinct members of a group named in the 600 characters before at, or () if fewer."""
    named: list[str] = []
    for mention in reversed(found):
        if mention.start < at - 600:
            break
        if mention.how != "group" and mention.code in members and mention.code not in named:
            named.append(mention.code)
            if len(named) == n:
                return tuple(reversed(named))
    return ()


def find_countries(text: str) -> tuple[list[CountryMention], list[str]]:
    """Country mentions in text order, and names in country lists that are not countries."""
    if not isinstance(text, str) or not text:
        return [], []
    _build()
    table = _COUNTRIES
    out: list[CountryMention] = []
    listed: list[tuple[int, int]] = []  # spans of name/group mentions for list analysis
    congo = False  # a bare "Congo"/"Congolese" to resolve
    for m in _REGEX.finditer(text):
        surface = m.group(1)
        s, e = m.span(1)
        code = table.get(surface, "")
        if not code:
            continue
        how = _KIND.get(surface, "name")
        if surface in ("US", "UK", "USA", "UAE", "DRC") and _all_caps_context(text, s, e):
            continue
        if surface in ("US", "U.S.") and text.startswith((" $", "$", " dollars", "\u00a0$"), e):
            continue  # "US $3 million": a currency, not the country
        if text.startswith(" Affairs ", e) and how == "name":
            continue  # "the Taiwan Affairs Office": another state's office for its dealings with the country
        if how == "capital":
            if surface in _SEATS and surface.isupper() and text[s - 1:s] == "(":
                continue  # "the Russian Ministry of Emergency Situations (EMERCOM)": the body's initials, named again
            if not _capital_counts(text, s, e, surface):
                continue
        elif how == "demonym" and text.startswith(" States", e):
            continue  # "the Organization of American States": a body's name
        elif how == "demonym" and _is_language(text, s, e):
            continue  # "(Translated from Lithuanian.)", "she said in French,": a language, not a state
        elif surface in _PERSONISH or how == "demonym" and surface in ("Georgian",):
            if _personish_skip(text, s, e):
                continue
        if how == "group":
            if _GROUP_BODY_AFTER.match(text, e):
                continue  # "the Benelux Union", "the Nordic Council": the group's organisation, not its states
            codes = _GROUP_CODES[surface]
            counted = _COUNTED_BEFORE.search(text, max(0, s - 24), s)
            if counted:
                n = 2 if counted.group(1).casefold() == "both" else SMALL_NUMBERS[counted.group(1).casefold()]
                if n < len(codes):  # "the three Gulf states": three of the six, those the text named just before
                    codes = _members_named_before(out, codes, n, s)
                    if not codes:
                        continue  # which of them the text does not say: no guess
            for c in codes:
                out.append(CountryMention(code=c, name=_NAMES.get(c, c), surface=surface,
                                          start=s, end=e, how="group"))
            listed.append((s, e))
            continue
        out.append(CountryMention(code=code, name=_NAMES.get(code, code), surface=surface,
                                  start=s, end=e, how=how))
        if code == "CG":
            congo = congo or surface in _CONGO_BARE
        if how == "name":
            listed.append((s, e))
    lower = _lower_initial_names(text)  # (kept out of _REGEX, whose alternatives open with a capital)
    if "\n" in text:
        # (section headings, not a dateline's city; a lede's first words: "ZAMBIA will deploy")
        lower += _names_in_capitals(HEADING_LINE, text) + _names_in_capitals(_LEDE_CAPS, text)
    if lower:
        out = sorted(out + lower, key=lambda m: m.start)
        listed = sorted(listed + [(m.start, m.end) for m in lower])
    if congo:
        out = _resolve_congo(out)
    if any(m.how == "capital" and m.surface in _TWIN_CITIES for m in out):
        out = _drop_twin_cities(out)
    return out, _flag_non_countries(text, listed)


_TWIN_CITIES = {"Tripoli": "LB"}
"""Capitals that share their name with a city of another country (Tripoli in Lebanon): in an article
that names that other country and never the capital's own by name, the city is that country's and
stands for no government."""


def _drop_twin_cities(out: list[CountryMention]) -> list[CountryMention]:
    named = {m.code for m in out if m.how != "capital"}
    return [m for m in out if not (m.how == "capital" and _TWIN_CITIES.get(m.surface) in named and m.code not in named)]


_GROUP_BODY_AFTER = re.compile(r" (?:Union|Council|Secretariat|Parliament|Court|Assembly|Office)\b")
_LOWER_INITIAL_NAMES = {"eSwatini": "SZ"}
"""Country names written with a lower-case first letter: searched apart, so that every alternative of
`_REGEX` still opens with a capital (a lower-case one would be tried at every 'e' of the text)."""


def _lower_initial_names(text: str) -> list[CountryMention]:
    """Mentions of `_LOWER_INITIAL_NAMES` as whole words."""
    found = []
    for name, code in _LOWER_INITIAL_NAMES.items():
        i = text.find(name)
        while i >= 0:
            e = i + len(name)
            if (i == 0 or not text[i - 1].isalnum()) and (e >= len(text) or not (text[e].isalnum() or text[e] in "-$")):
                found.append(CountryMention(code=code, name=_NAMES.get(code, code), surface=name, start=i, end=e))
            i = text.find(name, e)
    return found


HEADING_LINE = re.compile(r"^[ \t]*([A-Z][A-Z .'’&-]{2,40}[A-Z.])[ \t]*:?[ \t]*$", re.M)
"""A line that is only words in capitals: a factbox's section heading ("BRITAIN", "TRINIDAD AND
TOBAGO:", "EUROPEAN UNION"), group 1 the heading."""


_LEDE_CAPS = re.compile(r"^[ \t]*(?:THE[ \t]+)?([A-Z]{2}[A-Z'’-]{2,}(?:[ \t]+[A-Z][A-Z'’-]+){0,3})(?=[ \t]+[a-z])", re.M)
"""A paragraph whose first words, in capitals, run into lower case: a lede's opening in capitals
("ZAMBIA will deploy 250 soldiers ..."), group 1 the words (not a dateline: "LUSAKA, July 22 -"; not
"U.S." or "UK", which _REGEX reads in any case)."""


def _names_in_capitals(pattern: re.Pattern, text: str) -> list[CountryMention]:
    """The country names `pattern`'s group 1 finds written in capitals (a heading on a line of its own,
    a lede's first words), which the alternatives of _REGEX never match."""
    found = []
    for m in pattern.finditer(text):
        surface = m.group(1)
        if (code := name_code(surface)) is not None:
            found.append(CountryMention(code=code, name=_NAMES.get(code, code), surface=surface,
                                        start=m.start(1), end=m.end(1)))
    return found


def is_heading(text: str, m: CountryMention) -> bool:
    """`m` is a section heading of its own line ("BRAZIL" over what Brazil said), as `find_countries` reads it."""
    if not m.surface.isupper():
        return False
    line = HEADING_LINE.match(text, text.rfind("\n", 0, m.start) + 1)
    return line is not None and line.span(1) == (m.start, m.end)


_CONGO_BARE = ("Congo", "Congolese")
_TRANSLATED_FROM = re.compile(r"\b(?:translated|translation|interpreted|subtitled|dubbed)\s+(?:from|into)\s+(?:the\s+)?$", re.I)
_IN_LANGUAGE = re.compile(r"\b(?:in|from)\s+$")
# (not "into Romanian, Bulgarian and Turkish waters": a list of adjectives before their noun)
_LANGUAGE_END = re.compile(r"\s*(?:[.;:)\]\"”]|,(?!\s+[A-Z][\w-]*(?:,|\s+and\b|\s+or\b))|$)")


def _is_language(text: str, s: int, e: int) -> bool:
    """The demonym at [s, e) names a language: "translated from Lithuanian", "said in French."."""
    before = text[max(0, s - 30):s]
    if _TRANSLATED_FROM.search(before):
        return True
    return _IN_LANGUAGE.search(before) is not None and _LANGUAGE_END.match(text, e) is not None


def _resolve_congo(out: list[CountryMention]) -> list[CountryMention]:
    """Bare "Congo"/"Congolese" name whichever Congo the article names explicitly
    (the DRC, "DR Congo", Kinshasa -> CD; "Republic of the Congo", Brazzaville -> CG).
    With no explicit one (or both), "Congo" keeps pycountry's CG and "Congolese",
    being ambiguous, is dropped."""
    explicit = {m.code for m in out if m.surface not in _CONGO_BARE and m.code in ("CD", "CG")}
    target = next(iter(explicit)) if len(explicit) == 1 else None
    res = []
    for m in out:
        if m.surface in _CONGO_BARE:
            code = target or ("CG" if m.surface == "Congo" else None)
            if code is None:
                continue
            if code != m.code:
                m = CountryMention(code=code, name=_NAMES.get(code, code), surface=m.surface,
                                   start=m.start, end=m.end, how=m.how)
        res.append(m)
    return res


def _all_caps_context(text: str, s: int, e: int) -> bool:
    """True when "US"/"UK" stands in an all-caps run ("LET US GO"), i.e. not a name."""
    before = text[max(0, s - 12):s]
    after = text[e:e + 12]
    return any(ch.isalpha() for ch in before + after) and \
        not any(ch.islower() for ch in before + after)


_FUNCTION_WORDS = frozenset(
    "The A An And Or With In For To From Both Neighbouring Neighboring Tiny Only Even Also While But "
    "Meanwhile Then As At By On Of Like Unlike Including Southern Northern Eastern Western "
    "Central Landlocked Oil-rich Nearby Neighbour Neighbor Ally Allies Unlike Across Via Into "
    "Against Between Among After Before Since When Where Why How What Whether If Though".split())


# "the Chad Army", "the Jordan Armed Forces", "the Georgia Coast Guard": a state's body after its name,
# not a surname after a first name
_STATE_BODY_WORDS = frozenset(("Army", "Navy", "Air", "Armed", "Coast", "Defence", "Defense", "Police", "Government",
                               "Embassy", "Ministry", "Foreign", "National", "Red"))


def _personish_skip(text: str, s: int, e: int) -> bool:
    after = text[e:e + 30]
    nw = _NEXT_WORD.match(after)
    if nw:
        w = nw.group(1)
        if lookup(w) is None and w not in ("And", "Or") and w not in _STATE_BODY_WORDS:
            return True
    before = text[max(0, s - 30):s]
    pw = _PREV_WORD.search(before)
    if pw and before.endswith(" ") and not before.rstrip().endswith(","):
        w = pw.group(1)
        if w.endswith(".") and not _ABBREV_DOT.fullmatch(w):
            return False  # "... due to vote in July. India is considering": a sentence end, not a name
        if w[:1].isupper() and lookup(w) is None and w not in _FUNCTION_WORDS:
            return True
    return False


_GAP_MID = re.compile(
    r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?"
    r"((?:[A-Z][\w'’.-]*)(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
# the gap between two items of a list (use with .match: no "^", so it also works from a pos)
# a state's formal name before the next item: ", the Federal Republic of Nigeria", "and the Union of the Comoros"
# (its article capitalised too: "Guinea, The Gambia and ...")
_FORMAL_BEFORE = r"(?:[Tt]he\s+)?" + FORMAL_STATE + "?"
_GAP_LIST = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)" + _FORMAL_BEFORE + "$")
_BODY_HEAD = r"(?:Secretary[- ]General|Secretary|President|Chair(?:man|woman|person)?|Director[- ]General|Head)"
"""The head of a body, named with it ('the Secretary General of the League of Arab States', 'the GCC
Secretary-General'): the body is what a list of states names."""
_GAP_TAIL = re.compile(
    r"^\s*,?\s+(?:and|or|along\s+with|together\s+with|as\s+well\s+as)\s+(?:from\s+)?(?:the\s+)?"
    # ("... and from the Sultan of Oman, as well as from the Secretary General of the League of Arab States")
    r"(?:" + _BODY_HEAD + r"\s+of\s+(?:the\s+)?)?"
    r"((?:[A-Z][\w'’-]*)(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?(?:\([A-Z][\w.]{1,9}\)\s+)?[A-Z][\w'’-]*){0,6}"
    r"(?:(?:\s+\([A-Z][\w.]{1,9}\))?\s+(?:secretariat|commission|presidency))?)"  # ("Iran and the Red Sea Council secretariat sent")
    r"(?:\s+\([A-Z][\w.]{1,9}\))?"  # ("the Organization of American States (OAS) sent messages", "the East
    # African Community (EAC) Secretariat sent": its initials inside its name, dropped from the flag)
    r"(?=\s*[.;:),]|\s*$|\s+(?:are|is|have|has|were|will|would|all|also|each|both|jointly|together)\b|\s+[a-z-]+ed\b|"
    # an irregular past: "Belarus, Pakistan and the Shanghai Cooperation Organisation sent condolences"
    r"\s+(?:sent|took|made|gave|met|held|said|spoke|brought|send|sends|express|expresses|offer|offers)\b)")


def _flag_non_countries(text: str, spans: list[tuple[int, int]]) -> list[str]:
    flagged: list[str] = []
    # deduplicate group spans
    spans = sorted(set(spans))
    n = len(spans)
    gaps = [text[spans[i][1]:spans[i + 1][0]] for i in range(n - 1)]
    mids: list = [False] * (n - 1)  # _GAP_MID.match of each gap, once computed
    for i, gap in enumerate(gaps):
        if len(gap) > 60:
            continue
        m = mids[i] = _GAP_MID.match(gap)
        if m and _flaggable(m.group(1)):
            flagged.append(m.group(1))
    # a non-country at the tail of a list of ≥2 countries, or of the states whose envoys are named
    # ("The ambassadors of Germany and the European Union attended")
    for i in range(n):
        listed = i > 0 and _GAP_LIST.match(gaps[i - 1]) is not None
        if i > 0 and not listed:
            mid = mids[i - 1]
            listed = bool(mid if mid is not False else _GAP_MID.match(gaps[i - 1]))
        with_body = _ALONG_WITH.match(text, spans[i][1])  # ('Switzerland, along with the European Union, will fund')
        if not listed and with_body is None and _STATES_OF.search(text, max(0, spans[i][0] - 40), spans[i][0]) is None and \
                not _AND_HEAD_OF.match(text, spans[i][1]) and not (
                    _sentence_start(text, spans[i][0])
                    and _AND_BODY_VOICE.match(text, spans[i][1])):  # ('Britain and the African Union welcomed the deal')
            continue
        nxt = spans[i + 1][0] if i + 1 < n else len(text)
        clause = _LIST_CLAUSE.match(text, spans[i][1], min(nxt, spans[i][1] + 140)) if listed else None
        start = clause.end() - 1 if clause else spans[i][1]  # ("Denmark and Norway, whose airports ..., as well as NATO")
        tail = text[start:min(nxt, start + 90)]  # "the Central American Bank for Economic Integration"
        m = _GAP_TAIL.match(tail)
        if m and _flaggable(m.group(1)):
            flagged.append(_TRAILING_HEAD.sub("", INITIALS_IN.sub("", m.group(1))))  # ('the GCC Secretary-General': GCC)
        elif listed and ", as did" in (after := text[spans[i][1]:min(nxt, spans[i][1] + 160)]) and \
                (m := _AS_DID.match(after)) and _flaggable(m.group(1)):
            flagged.append(INITIALS_IN.sub("", m.group(1)))  # "Laos and Myanmar sent condolences, as did the ASEAN Secretariat"
    seen: set[str] = set()
    out = []
    for f in flagged:
        f = _LEADING_HEAD.sub("", f)  # ('the Secretary-General of the Benelux Union': the union)
        if f not in seen:
            seen.add(f)
            out.append(f)
    return out


_AND_BODY_VOICE = re.compile(r"\s+and\s+the\s+[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|of|for|the|and)\s+){0,5}?"
                             r"(?:\([A-Z][\w.]{1,9}\)\s+)?(?:called|urged|welcomed|"
                             r"expressed|condemned|voiced|appealed|issued|sent)\b")
"""A country and a body that speak together at a sentence's start ('China and the Organization of American States
called for dialogue'): the body stands in a list of states."""
_ALONG_WITH = re.compile(r",\s+(?:along|together)\s+with\s+(?:the\s+)?[A-Z]")
_LIST_CLAUSE = re.compile(r",\s+(?:whose|which|who|the|an?)\s[^,;.()]{0,100},(?=\s+(?:as\s+well\s+as|along\s+with|together\s+with)\s)")
"""A clause about a list's states before the body it adds: ', the largest buyers of Romanian wheat,'."""
_AND_HEAD_OF = re.compile(r"\s*,?\s+(?:and|as\s+well\s+as)\s+the\s+" + _BODY_HEAD + r"\s+of\s")
_TRAILING_HEAD = re.compile(r"\s+" + _BODY_HEAD + "$")
_LEADING_HEAD = re.compile(r"^" + _BODY_HEAD + r"\s+of\s+(?:the\s+)?")
_AS_DID = re.compile(r"[^.;:\n]{0,100}?,\s+as\s+did\s+(?:the\s+)?((?:[A-Z][\w'’-]*)(?:(?:\s+\([A-Z][\w.]{1,9}\))?\s+"
                     r"(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,6})(?:\s+\([A-Z][\w.]{1,9}\))?"
                     r"(?:\s+in\s+[A-Z][\w'’-]*)?(?=\s*[.;,)]|\s*$)")  # ('..., as did the ... Area (KAZA) Secretariat in Kasane,')
"""The end of a list's sentence that adds a body: '..., as did the Central European Initiative.'"""
_STATES_OF = re.compile(GOVERNMENT_OF, re.I)  # (the state itself: its governments, envoys, formal name)


def _flaggable(name: str) -> bool:
    if lookup(name) is not None and not (name.isupper() and len(name) >= 4):
        return False  # (but "GUAM", an organisation's initials, is not the island)
    first = name.split()[0]
    return first not in ("And", "Or", "The", "In", "President", "Prime", "Minister")
