"""Interview pages in the shapes outlets print them, end to end: a news intro naming the guest
("spoke to X, the head of Y", "our conversation with X", "the head of Y, Colonel X, spoke to
us"), turns under "Q:"/"A:", under both sides' initials ("KI:"/"HO:") or full names with a
particle ("Abdulrahman al-Sharabi:"); each statement of an answer a claim of the guest's, the
intro's "told us what …" and the asker's thanks no one's. Short pages written for these tests,
across wars."""

from __future__ import annotations

import pytest

from claimledger.analyze import analyze
from claimledger.extract.interview_guest import Guest
from claimledger.model import Document


def claims(nlp, text: str) -> list[dict]:
    return analyze(Document(text=text), nlp)["claims"]


def answers(found: list[dict]) -> list[dict]:
    return [c for c in found if c["cue"] == ":"]


def test_initials_as_turn_labels_name_the_guest_the_intro_introduced(nlp):
    page = ("Darfur doctor: 'We operate by torchlight'\n"
            "The siege of the city entered its tenth month this week. Dr Hiba Osman, the director of the "
            "southern hospital in El Fasher, spoke to our reporter Kamal Idris by telephone.\n"
            "KI: What is the situation at the hospital today?\n"
            "HO: We received 37 wounded yesterday after shelling of the Abu Shouk camp. Nine of them died "
            "because we had no blood.\n"
            "KI: Has any aid reached you?\n"
            "HO: Nothing since January. The last convoy was stopped at Mellit.\n")
    found = answers(claims(nlp, page))
    assert {c["speaker"]["name"] for c in found} == {"Hiba Osman"}, found
    assert [c["text"] for c in found] == [
        "We received 37 wounded yesterday after shelling of the Abu Shouk camp.",
        "Nine of them died because we had no blood.",
        "Nothing since January. The last convoy was stopped at Mellit."]


@pytest.mark.parametrize(("name", "label", "named"), [
    ("Hiba Osman", "HO", True), ("Adam Yahya Abakar", "AYA", True), ("Adam Yahya Abakar", "AA", True),
    ("Abdulrahman al-Sharabi", "AS", True), ("Hiba Osman", "H.O.", True), ("Hiba Osman", "KI", False),
    ("Hiba Osman", "HOS", False),
])
def test_a_label_of_initials_names_the_guest_whose_initials_they_are(name, label, named):
    guest = Guest(name=name, title=None, description="", side=None, span=(0, len(name)))
    assert guest.named_by(label) is named


def test_full_names_with_a_particle_are_turn_labels(nlp):
    page = ("Marib: 'The shells fall on our tents every night'\n"
            "Abdulrahman al-Sharabi heads a camp for displaced families on the edge of Marib city. Our reporter "
            "Sami Nasser met him in the camp last week.\n"
            "Sami Nasser: How many families live in the camp now?\n"
            "Abdulrahman al-Sharabi: About 1,200 families. A shell hit the camp school in February and killed "
            "two children.\n"
            "Sami Nasser: Does aid reach you?\n"
            "Abdulrahman al-Sharabi: The food agency cut rations by half in December.\n")
    found = answers(claims(nlp, page))
    assert [c["speaker"]["name"] for c in found] == ["Abdulrahman al-Sharabi"] * 2, found
    assert found[0]["text"].startswith("About 1,200 families. A shell hit the camp school")


@pytest.mark.parametrize(("intro", "name", "title"), [
    ("The following is an edited transcript of our conversation with Luz Dary Ul, a governor of the Nasa "
     "reserve of Toribio, in northern Cauca.", "Luz Dary Ul", None),
    ("The head of the Kachin Independence Army's foreign affairs department, Colonel Naw Bu, spoke to us "
     "from Laiza.", "Naw Bu", "Colonel"),
    ("We reached the spokesman of the Sudanese army, Brigadier Nabil Abdallah, by telephone in Port Sudan.",
     "Nabil Abdallah", "Brigadier"),
])
def test_the_guest_is_read_from_the_intros_other_shapes(nlp, intro, name, title):
    page = (f"Interview: on the front line\n{intro}\n"
            "Q: What happened on Sunday?\nA: The shelling lasted all night and we lost two men in the village.\n"
            "Q: What comes next?\nA: We will stay here until the end, whatever the cost.\n")
    found = answers(claims(nlp, page))
    assert found and {c["speaker"]["name"] for c in found} == {name}, found
    assert found[0]["speaker"]["title"] == title


@pytest.mark.parametrize("intro", [
    "Aminata Coulibaly, a land-rights lawyer in Sevare, told us what her clients have seen.",
    "Our correspondent spoke to Ihor Terekhov, the mayor of Kharkiv, about how the city copes.",
    "We asked Ahmed Bule Hassan, the governor of Gedo region, about the situation on the road.",
    "Speaking to our correspondent by video link, the commander of a battalion of the 25th Brigade, "
    "Major Andriy Kovalenko, described the fighting west of Pokrovsk.",
])
def test_the_intros_sentence_about_the_interview_is_no_claim(nlp, intro):
    page = (f"Interview: on the front line\nFighting has gone on for months around the town. {intro}\n"
            "Q: What happened on Sunday?\nA: The shelling lasted all night and we lost two men in the village.\n"
            "Q: What comes next?\nA: We will stay here until the end, whatever the cost.\n")
    found = claims(nlp, page)
    assert all(c["cue"] == ":" for c in found), found


def test_what_the_guest_told_us_in_the_intro_stays_a_claim(nlp):
    page = ("Interview: on the front line\n"
            "Aminata Coulibaly, a land-rights lawyer in Sevare, told us that soldiers had burned 40 houses in Dioura.\n"
            "Q: What happened on Sunday?\nA: The shelling lasted all night and we lost two men in the village.\n"
            "Q: What comes next?\nA: We will stay here until the end, whatever the cost.\n")
    found = [c for c in claims(nlp, page) if c["cue"] != ":"]
    assert any("burned 40 houses" in c["text"] for c in found), found


def test_the_hosts_thanks_and_the_guests_are_no_claims(nlp):
    page = ("Transcript: The World Tonight\n"
            "PRESENTER: Joining me now from Juba is Peter Lam Both, a spokesman for South Sudan's army. "
            "Colonel, thank you for being with us.\n"
            "LAM BOTH: Thank you.\n"
            "PRESENTER: What is happening in Nasir?\n"
            "LAM BOTH: The White Army attacked our barracks in Nasir on Tuesday. We lost 11 soldiers, "
            "including a general.\n"
            "PRESENTER: Are civilians safe?\n"
            "LAM BOTH: We are protecting civilians in the town and along the river.\n")
    found = claims(nlp, page)
    assert [c["text"] for c in found] == [
        "The White Army attacked our barracks in Nasir on Tuesday.", "We lost 11 soldiers, including a general.",
        "We are protecting civilians in the town and along the river."], found
    assert {c["speaker"]["side"] for c in found} == {"SS"}


def test_a_third_partys_claim_in_a_question_starts_after_the_mark(nlp):
    page = ("Tigray: 'We were never paid'\n"
            "Gebremedhin Araya, a former commander of the Tigray Defence Forces, answered our questions in Mekelle.\n"
            "Q: The Eritrean army is still in Irob, according to local officials. What do you see?\n"
            "A: Eritrean troops are still in Irob and in parts of Tsorona.\n"
            "Q: Were you paid?\n"
            "A: No. Fewer than 20,000 fighters have received anything at all.\n")
    found = [c for c in claims(nlp, page) if c["cue"] != ":"]
    assert [c["text"] for c in found] == ["The Eritrean army is still in Irob"], found


def test_the_reporter_the_guest_spoke_to_is_no_part_of_the_guests_description(nlp):
    page = ("Interview: the border war\n"
            "Brigadier General Jaime Alonso Pardo, commander of the Colombian army's Second Division, spoke to "
            "our reporter Laura Mendez at the division's headquarters in Bucaramanga.\n"
            "LM: What happened in Tibu this week?\n"
            "JP: The ELN attacked two of our positions near the town on Wednesday night with drones.\n"
            "LM: Did you lose men?\n"
            "JP: One soldier was killed and four were wounded in the attack.\n")
    found = answers(claims(nlp, page))
    assert len(found) == 2 and {c["speaker"]["side"] for c in found} == {"CO"}, found
    assert found[0]["speaker"]["name"] == "Jaime Alonso Pardo"


def test_the_body_of_the_guests_function_ends_before_a_relative_clause(nlp):
    page = ("Interview: the harvest season\n"
            "Maryam Sani Dauda, a lawyer in Gusau who represents families of kidnapped farmers, told us what her "
            "clients have been through.\n"
            "Question: How many families have come to you?\n"
            "Answer: At least 70 families from Maru and Tsafe since the rains ended.\n"
            "Question: Are the villages protected?\n"
            "Answer: The soldiers stay on the main road and never enter the villages.\n")
    found = answers(claims(nlp, page))
    assert found and {c["speaker"]["organization"] for c in found} == {"Gusau"}, found


@pytest.mark.parametrize(("asker", "guest"), [("Reporter", "Governor"), ("Interviewer", "Guest"),
                                              ("Q", "A")])
def test_an_answer_under_a_bare_office_or_guest_label_is_the_guests(nlp, asker, guest):
    page = ("Kherson: 'The drones hunt anyone on the street'\n"
            "Drones have killed dozens of civilians in the city since the summer. We spoke with Oleksandr "
            "Prokudin, the head of the Kherson regional military administration, about the attacks.\n"
            f"{asker}: How many people were killed by drones this month?\n"
            f"{guest}: Fourteen people, among them two children. The drones come from the left bank every morning.\n"
            f"{asker}: Are people leaving the city?\n"
            f"{guest}: We evacuated 340 residents from the Korabel district in November.\n")
    found = answers(claims(nlp, page))
    assert len(found) == 3 and {c["speaker"]["name"] for c in found} == {"Oleksandr Prokudin"}, found


def test_turn_marks_and_labels_in_markdown_bold(nlp):
    page = ("Haiti: 'The gangs hold the roads'\n"
            "Gang violence has displaced more than a million people. We spoke to Pierre Esperance, the executive "
            "director of a national rights network, in Port-au-Prince.\n"
            "**Q:** What happened in Mirebalais last month?\n"
            "**A:** Gang members attacked the town and freed more than 500 prisoners from the jail.\n"
            "**Q:** Is the mission helping?\n"
            "**A:** Not enough. The police have lost control of most roads out of the capital.\n")
    found = claims(nlp, page)
    assert [c["speaker"]["name"] for c in found] == ["Pierre Esperance"] * 2, found
    assert found[0]["text"] == "Gang members attacked the town and freed more than 500 prisoners from the jail."


def test_the_countrys_minister_speaks_for_the_country_the_report_is_about(nlp):
    page = ("Somalia: 'We will not negotiate'\n"
            "The Somali government has launched a new offensive against al-Shabaab in Middle Shabelle. In an "
            "interview with the Horn Daily, the country's defence minister, Abdulkadir Mohamed Nur, explained "
            "the plan.\n"
            "Q: How many troops are taking part?\n"
            "A: About 8,000 soldiers of the national army, with the support of clan militias.\n"
            "Q: Will there be talks?\n"
            "A: No. We will not negotiate with a group that bombs markets.\n")
    found = answers(claims(nlp, page))
    assert found and {c["speaker"]["side"] for c in found} == {"SO"}, found


def test_the_outlets_own_correspondent_opening_the_intro_is_not_the_guest(nlp):
    page = ("Omdurman: 'We hold the bridge'\n"
            "Kamal Idris, our correspondent in Port Sudan, interviewed Lieutenant Colonel Osman Saleh, who commands "
            "an army battalion in Omdurman.\n"
            "Q: Who holds the bridge today?\n"
            "A: Our battalion holds both ends of the bridge since Monday morning.\n"
            "Q: Did you lose men?\n"
            "A: Three of our soldiers were killed by a drone on Tuesday night.\n")
    found = answers(claims(nlp, page))
    assert found and {c["speaker"]["name"] for c in found} == {"Osman Saleh"}, found
