"""Places a report mentions, resolved against the gazetteer.

The small spaCy model is a poor geotagger: it labels "Kursk" PRODUCT, "Khan Younis"
PERSON, misses towns, and calls "Ukrainian" a place. So the text itself is matched
against the gazetteer (runs of capitalised tokens, with the particles and hyphens of
Arabic-style names: "Deir ez-Zor", "al-Amarneh"), and NER labels are one signal
among several: population, the countries the report is about, designators ("the
town of X", "X province") and locative prepositions ("in X", "near X").

A name is not a place when it is part of a person's name ("Kim", "Putin"), a
demonym, a date word, a media outlet ("Kyiv Independent"), or a common word that
happens to name a town ("Police", "Most").

The stage reads the report through its :class:`~.view.PlacesView`, made once and kept
on the report's context. Modules, in the order the stage runs them: ``scan``
(candidate names), ``filters`` (names that are not places, and how sure a place is),
``focus`` (the countries the report is about), ``rank`` (namesakes), ``marked`` (names
no source holds that the text calls places, and the country they lie in), ``second_level``
(districts of the states the report names, at the middle of their towns), ``merge`` (one
place per entry), ``find`` (the stage itself); ``words`` holds their vocabulary.
"""

from __future__ import annotations

from claimledger.extract.places.find import find_places
from claimledger.extract.places.focus import focus_countries
from claimledger.extract.places.merge import places_in

__all__ = ["find_places", "focus_countries", "places_in"]
