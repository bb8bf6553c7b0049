"""An event's ACLED sub-event type read from how it was done, not from its type alone.

The event type gives ACLED's default (events.CATEGORIES); an attack, a capture and a
deployment have several ACLED sub-events that the words decide: "gunmen stormed a village"
is violence against civilians, not shelling; "a roadside bomb struck a convoy" a remote
explosive; "drones struck a market" an air or drone strike; "rebels ambushed a patrol" an
armed clash; "gunmen abducted 30 students" an abduction, not an arrest; "set up a base" a
base established, "troops were sent to" a strategic development. The means is read from the
event's own words, its actor and its target, in ACLED's order of precedence (a suicide
bomb before an explosive, an explosive before the shelling that may follow).
"""

from __future__ import annotations

import re

from claimledger.model import Event

# (pattern over the event's words, ACLED event type / sub-event type), first match wins
ATTACK_MEANS: list[tuple[re.Pattern, str]] = [
    # a drone or missile shot down or intercepted: ACLED's disrupted weapons use, not a strike
    (re.compile(r"\b(?:shot down|shoots? down|shooting down|downed|downing|intercept\w*)\b", re.I),
     "Strategic developments / Disrupted weapons use"),
    (re.compile(r"\bsuicide\b|\bblew (?:himself|herself|themselves) up\b", re.I),
     "Explosions/Remote violence / Suicide bomb"),
    (re.compile(r"\b(?:ieds?|improvised explosive|roadside bombs?|car bombs?|landmines?|land mines?|mines?|"
                r"explosive devices?|booby[- ]trap\w*|vehicle[- ]borne|bomb blast|detonat\w+)\b", re.I),
     "Explosions/Remote violence / Remote explosive/landmine/IED"),
    (re.compile(r"\bgrenades?\b", re.I), "Explosions/Remote violence / Grenade"),
    (re.compile(r"\b(?:air ?strikes?|air raids?|drones?|uavs?|warplanes?|war planes?|jets?|aircraft|"
                r"helicopters?|gunships?|air force|air (?:component|wing|arm)|bombers?|airstrikes?|aerial|shaheds?|"
                r"from the air)\b", re.I),
     "Explosions/Remote violence / Air/drone strike"),
    (re.compile(r"\b(?:shell\w*|artillery|mortars?|rockets?|missiles?|bombard\w*|howitzers?|mlrs|grads?|"
                r"katyushas?|projectiles?|barrages?|salvos?)\b", re.I),
     "Explosions/Remote violence / Shelling/artillery/missile attack"),
    # a blast whose weapon goes unnamed ("an explosion at a market"): a charge set off there
    (re.compile(r"\b(?:explosions?|blasts?|explosives?|bombs?|bombings?)\b", re.I),
     "Explosions/Remote violence / Remote explosive/landmine/IED"),
]
# the words of an attack by people on the ground: guns, raids, storming, ambushes
GROUND = re.compile(r"\b(?:gunm[ae]n|gunfire|gun|guns|shot|shoot\w*|fire|fired|firing|opened fire|raid\w*|"
                    r"storm\w*|ambush\w*|stormed|assail\w*|attackers|bandits|militi\w+|fighters|militants|"
                    r"insurgents|jihadists|rebels|guerrillas|gangs?|gang members|armed men|knives|machetes?|"
                    r"stabb\w*|burn\w*|set fire|torch\w*|massacre\w*|kill\w*|overran|overrun|neutrali[sz]\w*|"
                    r"violat\w*|breach\w*|clash\w*|troops|soldiers)\b", re.I)
# whom an attack on people who do not fight strikes
CIVILIAN_TARGETS = re.compile(r"\b(?:civilians?|villag\w*|residents?|passengers?|worshipp?ers?|students?|pupils?|"
                              r"schools?|churche?s?|mosques?|markets?|homes?|houses?|farmers?|herders?|"
                              r"displaced|camp for displaced|idps?|bus(?:es)?|wedding|funeral|families|women|"
                              r"children|traders?|miners?|fishermen|hospital|clinic|aid workers?|motorists?|"
                              r"people|persons|(?<!armed )men|hostages?|party|bar|restaurant|hotel)\b",
                              re.I)
ABDUCTIONS = re.compile(r"\b(?:abduct\w*|kidnap\w*|hostages?|seized\s+\d+\s+(?:people|civilians))\b", re.I)
BASES = re.compile(r"\b(?:base|bases|post|posts|outposts?|camp|camps|headquarters|garrison|checkpoints?)\b", re.I)


def acled_of(event: Event, default: str) -> str:
    """The ACLED event type / sub-event type of an event, from its own words where they tell
    the means; the type's default otherwise."""
    words = " ".join(w for w in (event.text, event.actor.name if event.actor else "",
                                 event.target.name if event.target else "") if w)
    if event.type == "attack":
        return _attack(words, event.target.name if event.target else "", default)
    if event.type == "capture":
        if ABDUCTIONS.search(event.text):
            return "Violence against civilians / Abduction/forced disappearance"
        return default
    if event.type == "deploy":
        # "set up a base near Adre": a base established; a force sent is a strategic development
        return default if BASES.search(event.target.name if event.target else "") else "Strategic developments / Other"
    return default


def _attack(words: str, target: str, default: str) -> str:
    for pattern, code in ATTACK_MEANS:
        if pattern.search(words):
            return code
    if GROUND.search(words):
        # "gunmen attacked a village": on people who do not fight; "rebels ambushed a patrol": a clash
        return "Violence against civilians / Attack" if CIVILIAN_TARGETS.search(target or words) \
            else "Battles / Armed clash"
    return default
