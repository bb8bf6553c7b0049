"""The words the place reader weighs around a name: particles inside Arabic-style
names, designators ("the town of", "X province"), locative prepositions, titles that
make a name a person's, outlets, diseases and a town's own public bodies."""

from __future__ import annotations

import re

from claimledger.data.tables import country_aliases

MAX_TOKENS = 8  # "Democratic People's Republic of Korea" is six


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Lower-case words that may sit inside a place name.
PARTICLES = words("""
al el ad ar as ash at az an ed es ez en ul ibn bin bani beni abu um umm
de del della di da do dos das du des la le les van von der den of the and upon on sur am im
au aux en y
""")
# Articles that may open a name when a hyphen follows: "al-Bab", "el-Fasher".
OPENING_PARTICLES = words("al el ad ar as ash at az an ed es ez en")
HYPHENS = frozenset("-‐‑–")

# "X region", "the province of X": the admin1 area named after X.
REGION_WORDS = words("""
region oblast province governorate krai state countryside prefecture department
""")
# "X city", "the town of X": a settlement (the designator vouches for it).
SETTLEMENT_WORDS = words("""
city town village hamlet settlement suburb neighbourhood neighborhood district camp
municipality locality
""")
SETTLEMENT_LISTS = words("""
villages towns cities hamlets settlements suburbs neighbourhoods neighborhoods districts camps
outskirts
""")
DIRECTION_ADJECTIVES = words("""
northern southern eastern western northeastern northwestern southeastern southwestern
north south east west central rural greater
""")
LOCATIVE = words("""
in near outside around from to toward towards into at across through inside within
between via off beyond past on
""")
COMPASS = words("north south east west northeast northwest southeast southwest")
# Titles before a name make it a person: "President Kim", "General Gao".
TITLES = words("""
mr mrs ms dr president gen general col colonel lt lieutenant maj major capt captain sgt
sheriff officer detective coach rev reverend father sister brother
minister commander sheikh king prince princess emir sen senator rep governor mayor
spokesman spokeswoman spokesperson chief pope saint st imam ayatollah judge
""")
# Words after a place name that make it the name of a media outlet.
MEDIA_WORDS = words("""
times post independent herald tribune journal telegraph gazette daily today pravda news
radio tv television broadcasting press insider review standard observer mirror examiner
chronicle dispatch courier guardian monitor
""")
MEDIA_BEFORE = ("times of", "voice of", "radio free", "radio")
# Words after a name that make it a disease ("West Nile virus") or a speaker ("Lincoln said").
DISEASE_WORDS = words("virus viruses fever flu influenza disease encephalitis")
# Words after a town's name that make an organisation the town's own public body.
LOCAL_BODIES = words("""
police fire city county town village council sheriff mayor municipal public township borough
schools school board commission commissioners court utilities library parks
""")
# Place words that, written alone, are usually something else in news copy; they
# count only with NER's word, not at the start of a sentence.
SOFT_WORDS = words("""
nice reading bath split mobile sale hope victoria independence liberty union concord eid
""")

DEMONYM_ENDING = re.compile(r"(?:ian|ians|ean|eans|ese|ish|i|is|an|ans|ic|ch|ks|ek|eks|ot|ots|er|ers)$")

# Other names of countries that reports use as names of their own; the record keeps
# them as written ("Britain"), while "America" or "U.S." become "United States".
FULL_NAME_ALIASES = tuple(country_aliases("full_name"))


ATTRIBUTE_SUFFIXES = words("""
led backed brokered sponsored allied aligned funded supported armed trained made supplied
financed affiliated linked
""")
