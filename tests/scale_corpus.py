"""A small corpus for the batch tests, written for this project: short reports across
wars and styles, some copies of them (verbatim at another URL, wrapped in another
outlet's lead), and a few bad records."""

from __future__ import annotations

import csv
import json
from pathlib import Path

REPORTS = [
    ("Shelling kills civilians in El Fasher", "2024-05-12", "darfurnews.example",
     "EL FASHER, Sudan - At least 14 civilians were killed and 30 wounded when artillery shells hit a crowded "
     "market in El Fasher on Sunday, a local health official said. The Rapid Support Forces denied firing on the "
     "market and said the army had shelled its own positions. Aid groups said thousands of families had fled "
     "toward the Chadian border since the fighting began."),
    ("Army says it retook bridge in Omdurman", "2024-03-02", "khartoumwire.example",
     "The Sudanese army said on Saturday that its troops had recaptured a key bridge in Omdurman after three days "
     "of clashes. A military spokesman told reporters that dozens of fighters from the paramilitary force were "
     "killed. The claim could not be independently verified."),
    ("Drone strike hits convoy near Mopti", "2023-11-20", "sahelpost.example",
     "BAMAKO, Mali - A drone strike on a convoy near Mopti killed at least nine people, residents said on Monday. "
     "The army said it had targeted armed terrorists, while a local association said most of the dead were "
     "traders travelling to a weekly market."),
    ("Air strike on Gaza school shelter", "2024-07-08", "levantdesk.example",
     "GAZA - An Israeli air strike on a school used as a shelter in central Gaza killed at least 16 people, the "
     "territory's civil defence agency said on Monday. The Israeli military said it had struck militants operating "
     "from a command room inside the compound. Medics said women and children were among the dead."),
    ("Fighting in Myanmar's Shan state", "2024-01-15", "irrawaddyline.example",
     "A coalition of ethnic armed groups said it had seized a border town in northern Shan state after weeks of "
     "fighting with junta troops. A spokesman for the alliance said about 200 soldiers had surrendered. The "
     "military government did not respond to requests for comment, and state media said the army was regrouping."),
    ("Houthis claim missile attack on ship", "2024-02-19", "redseareport.example",
     "Yemen's Houthi rebels said on Monday they had fired missiles at a cargo ship in the Gulf of Aden. A Houthi "
     "military spokesman said the vessel was hit directly. The United States military said the crew was unhurt and "
     "the ship had continued to its next port."),
    ("M23 rebels advance near Goma", "2024-02-10", "greatlakesnews.example",
     "GOMA, Democratic Republic of Congo - M23 rebels advanced to within 20 kilometres of Goma on Saturday, local "
     "officials said, as thousands of displaced people crowded into camps around the city. The Congolese army said "
     "it had repelled an attack on the town of Sake and killed dozens of rebels."),
    ("Kyiv says it downed most drones overnight", "2024-09-01", "dniprodaily.example",
     "KYIV, Ukraine - Ukraine's air force said it had shot down 35 of 42 drones launched by Russia overnight. The "
     "regional governor of Kharkiv said two people were wounded when debris fell on a residential building. Russia's "
     "defence ministry said its forces had struck military infrastructure."),
    ("Russia claims capture of village in Donetsk", "2024-08-20", "steppewire.example",
     "Russia's defence ministry said on Tuesday its troops had captured a village in the Donetsk region and "
     "inflicted heavy losses on Ukrainian units. A Ukrainian military spokesman said the fighting was continuing and "
     "that the village had not fallen. Neither claim could be verified."),
    ("Barrel bombs reported in Idlib countryside", "2016-04-22", "orontesnews.example",
     "IDLIB, Syria - Helicopters dropped barrel bombs on villages in the southern Idlib countryside on Friday, "
     "killing at least 11 people, a monitoring group said. Rescue workers said they were still searching for "
     "survivors under the rubble. State media said the army had targeted militant positions."),
    ("Clashes near Aleppo road", "2016-07-10", "orontesnews.example",
     "At least 29 rebels were killed in clashes with government forces near the Castello road north of Aleppo, "
     "a war monitor said on Sunday. Government forces said they had cut the last supply route into the eastern "
     "districts of the city."),
    ("Sahel army says jihadist camp destroyed", "2023-09-05", "sahelpost.example",
     "OUAGADOUGOU, Burkina Faso - The army said on Tuesday it had destroyed a jihadist camp in the north and killed "
     "about 50 fighters in an operation backed by aircraft. Residents of a nearby town said several civilians had "
     "also been killed, a figure the army did not confirm."),
]

WRAPPER = ("In a dispatch republished by this site, the following account was given. ")


def records() -> list[dict]:
    """The reports as JSON records, then copies: verbatim at another URL, and wrapped."""
    found = [{"title": t, "published": d, "outlet": o, "url": f"https://{o}/story/{i}", "text": text}
             for i, (t, d, o, text) in enumerate(REPORTS)]
    copies = [{**found[i], "outlet": "aggregator.example", "url": f"https://aggregator.example/copy/{i}"}
              for i in (0, 3, 7)]
    wrapped = [{**found[i], "outlet": "mirror.example", "url": f"https://mirror.example/w/{i}",
                "text": WRAPPER + found[i]["text"] + " Readers may send tips to our newsroom."}
               for i in (1, 9)]
    return found + copies + wrapped


def write_corpus(folder: Path) -> dict[str, int]:
    """The corpus as JSONL, CSV and text files under ``folder``; counts of good and bad records."""
    folder.mkdir(parents=True, exist_ok=True)
    good = records()
    jsonl = good[:10]
    lines = [json.dumps(r) for r in jsonl]
    lines.insert(3, "{this is not json")  # a bad record among good ones
    lines.insert(6, json.dumps({"title": "no body here", "url": "https://example.org/empty"}))  # no text
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (folder / "more.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=["title", "published", "outlet", "url", "text"])
        writer.writeheader()
        for row in good[10:15]:
            writer.writerow(row)
    texts = folder / "texts"
    texts.mkdir(exist_ok=True)
    for index, row in enumerate(good[15:]):
        (texts / f"report-{index}.txt").write_text(f"{row['title']}\n\n{row['text']}\n", encoding="utf-8")
    return {"good": len(good), "bad": 2}
