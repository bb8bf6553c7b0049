"""Page furniture in other languages than English, around English reports.

English editions of francophone, hispanophone and lusophone sites (a state broadcaster, a
regional daily, an NGO) keep their site's own words around the story: a meta line
("Sécurité | 18 novembre 2026 | Rédaction RTB", "Publicado el 2 de diciembre de 2026 |
Actualizado hace 3 horas"), a byline ("Par la Rédaction", "Por Redação"), a share row
("Partager : Facebook  X"), headers over other stories ("Lire aussi :", "Te puede
interesar:"), tag lists ("Mots-clés :"), invitations to follow ("Síguenos en WhatsApp"),
comment prompts and rights lines. The words are data (``data/meta_words.tsv``, by kind);
dates are read by :func:`claimledger.read.dates.foreign_date`. :mod:`claimledger.read.furniture`
asks this module about each line and piece it does not know in English.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from claimledger.data import read_table
from claimledger.data.tables import name_particle_pattern
from claimledger.read.dates import FOREIGN_DATE, ZONE, foreign_date

_SOCIAL = r"facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|messenger|imprimer|imprimir|copiar|copier|link"


@lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """kind → a regex alternation of its phrases, longest first (a space matches any run of spaces)."""
    kinds: dict[str, list[str]] = {}
    for phrase, kind in read_table("meta_words.tsv"):
        kinds.setdefault(kind, []).append(phrase)
    return {kind: "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
            for kind, phrases in kinds.items()}


_TIME = rf"\s*(?:[-–—,]|à|a las|às|alle|um)?\s*\d{{1,2}}[:h.]\d{{2}}(?:\s*{ZONE})?(?:\s*(?:uhr|heures|horas|hs))?"
# a time only these languages write: after "à", "a las", "às", "alle", "um", or with an "h" ("15h42")
_OWN_TIME = (rf"\s*(?:(?:à|a las|às|alle|um)\s*\d{{1,2}}[:h.]\d{{2}}|[-–—,]?\s*\d{{1,2}}h\d{{2}})"
             rf"(?:\s*{ZONE})?(?:\s*(?:uhr|heures|horas|hs))?")
_NUMERIC = r"(?P<numeric>(?P<nd>\d{1,2})(?P<ns>[/.-])(?P<nm>\d{1,2})(?P=ns)(?P<ny>(?:19|20)\d\d))"


_NAME_WORD = r"[A-ZÀ-Ý][\w'’.-]*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a meta piece, a whole furniture line, a tail header)."""
    w = _words()
    # names after "Par", "Por": capitalised words, with the article and particles of names
    names = (rf"(?-i:(?:(?:la|le|l'|el|a|o)\s+)?{_NAME_WORD}"
             rf"(?:\s+(?:{name_particle_pattern(_NAME_WORD)}|{_NAME_WORD})){{0,5}})")
    piece = re.compile(
        rf"(?:(?:{w['stamp']})\s*:?\s+)?(?:[^\W\d_]{{3,14}}(?:-feira)?\.?,?\s+)?(?P<date>{FOREIGN_DATE})"
        rf"(?:{_TIME})?"
        # a numeric date, day first as these languages write it, after a stamp word ("Le 06/12/2026 à
        # 15h42", "Publicado el 6/12/2026") or before a time written their way ("06/12/2026 à 15h42")
        rf"|(?P<stamped>(?:{w['stamp']})\s*:?\s+)?{_NUMERIC}(?(stamped)(?:{_TIME})?|{_OWN_TIME})"
        rf"|(?:(?:{w['stamp']})\s+)?(?:{w['ago']})\s+(?:\d+|un|une|uma|um|una)\s+[^\W\d_]{{3,9}}"  # "hace 3 horas"
        r"|(?:\d+|un|una)\s+(?:ore|ora|minuti|giorni)\s+fa"  # "3 ore fa"
        rf"|(?:{w['byline']})\s+{names}(?:\s*[,/|]\s*[\w.-]+(?:\s+[\w.-]+){{0,2}})?"  # "Von Karim Haddad, dpa"
        r"|\d+\s*min(?:utes?|utos?|uti)?\.?\s+(?:de\s+|di\s+)?(?:lecture|lectura|leitura|lettura|lesezeit)"
        r"|(?:lesezeit|temps de lecture|tiempo de lectura|tempo de leitura)\s*:?\s*\d+\s*min\w*\.?",
        re.I,
    )
    line = re.compile(
        rf"(?:{w['share']})\s*:?(?:\s*(?:{_SOCIAL})\b)*"
        rf"|(?:{w['related']})\s*:\s*\S.{{0,150}}"
        rf"|(?:{w['tags']})\s*:.{{0,150}}"
        rf"|(?:{w['follow']})\b.{{0,100}}"
        rf"|(?:\d+\s+)?(?:{w['comment']})(?:\s*\(\d+\))?"
        rf"|.{{0,100}}\b(?:{w['rights']})\b.{{0,40}}",
        re.I,
    )
    header = re.compile(rf"(?:{w['related']})\s*:?", re.I)
    return piece, line, header


def is_meta_piece(piece: str) -> bool:
    """A piece of a meta line in another language: a stamp with its date, a relative stamp,
    a byline, a read time ("Publié le 3 mars 2026 à 14h30", "hace 3 horas", "Por Redação")."""
    parts = _dashed_parts(piece)
    return len(parts) > 1 and all(_one_meta_piece(p) for p in parts) or _one_meta_piece(piece)


def _dashed_parts(piece: str) -> list[str]:
    """A byline and its stamp joined by a spaced dash: "Par Jean Dupont - Le 06/12/2026 à 15h42"."""
    return re.split(r"\s+[-–—]\s+", piece.strip())


def _one_meta_piece(piece: str) -> bool:
    m = _patterns()[0].fullmatch(piece.strip())
    if m is None:
        return False
    if m.group("numeric"):
        return _numeric_date(m) is not None
    return m.group("date") is None or foreign_date(m.group("date")) is not None


def piece_date(piece: str) -> str | None:
    """The ISO date a meta piece in another language stamps, or None."""
    parts = _dashed_parts(piece)
    if len(parts) > 1 and is_meta_piece(piece):
        return next((iso for p in parts if (iso := piece_date(p))), None)
    m = _patterns()[0].fullmatch(piece.strip())
    if m and m.group("numeric"):
        return _numeric_date(m)
    return foreign_date(m.group("date")) if m and m.group("date") else None


def _numeric_date(m: re.Match[str]) -> str | None:
    """A numeric date of a meta piece in another language, read day first ("06/12/2026" is
    6 December on a French page, whatever an American page would mean by it)."""
    try:
        return date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))).isoformat()
    except ValueError:
        return None


def is_furniture_line(line: str) -> bool:
    """A whole line of the site's furniture in another language: a share row, a header with
    another story's headline, a tag list, an invitation to follow, a comment prompt, a rights
    line, or one meta piece on its own ("Por Redação", "Publicado em 3 de março de 2026")."""
    stripped = line.strip()
    return bool(stripped) and (_patterns()[1].fullmatch(stripped) is not None or is_meta_piece(stripped))


def is_tail_header(line: str) -> bool:
    """A header over the page's other stories in another language: "Te puede interesar:"."""
    return _patterns()[2].fullmatch(line.strip()) is not None
