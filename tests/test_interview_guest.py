"""The guest of an interview and the side the standfirst gives them (extract/interview_guest.py):
a state's force or body named with its state, or the plain army of the state the report
is about; armed groups, aid workers and doctors have none. Standfirsts written for these
tests, across wars."""

from __future__ import annotations

import pytest

from claimledger.extract.context import context_of
from claimledger.extract.interview_guest import guest_of, guest_side


def guest(nlp, text: str):
    return guest_of(context_of(nlp(text)))


QUESTIONS = "\nQ: What happened on Sunday?\nA: We held our positions.\nQ: And now?\nA: We wait.\n"


@pytest.mark.parametrize(
    ("standfirst", "name", "side"),
    [
        ("Colonel-Major Issoufou Garba heads Niger's defence and security forces in the Diffa region, "
         "on the border with Nigeria.", "Issoufou Garba", "NE"),
        ("Lieutenant Colonel Aye Min Thu is a spokesman for Myanmar's military in Sagaing Region and "
         "answered our questions in writing.", "Aye Min Thu", "MM"),
        ("Brigadier Nasser al-Harbi, 52, is the spokesman for Yemen's government forces on the Taiz front "
         "and spoke to us in Mocha.", "Nasser al-Harbi", "YE"),
        ("Major Serhiy Bondar, 41, commands a reconnaissance battalion of Ukraine's 93rd Brigade near "
         "Kostiantynivka.", "Serhiy Bondar", "UA"),
        ("Captain Pierre Mbala is the spokesman for the Congolese army's operations in South Kivu and met us "
         "in Uvira.", "Pierre Mbala", "CD"),
    ],
)
def test_a_state_force_named_with_its_state_gives_the_guest_its_side(nlp, standfirst, name, side):
    found = guest(nlp, "Interview\n" + standfirst + QUESTIONS)
    assert found is not None and found.name == name, found
    assert found.side == side, found


@pytest.mark.parametrize(
    ("standfirst", "name"),
    [
        ("Saw Kler Htoo, deputy commander of the Karen National Liberation Army's 5th Brigade, has fought "
         "around Hpapun since 2021.", "Saw Kler Htoo"),
        ("Aminata Kone coordinates emergency programmes in central Mali for the Norwegian Refugee Council and "
         "returned from Mopti last week.", "Aminata Kone"),
        ("Dr Samir Abu Hamad is a surgeon at the European Hospital in Khan Younis, one of the last working "
         "hospitals in southern Gaza.", "Samir Abu Hamad"),
        ("Abdelrahim Musa, a commander of Sudan's Rapid Support Forces in West Kordofan, spoke to us by "
         "satellite phone.", "Abdelrahim Musa"),
    ],
)
def test_armed_groups_aid_workers_and_doctors_have_no_side(nlp, standfirst, name):
    found = guest(nlp, "Interview\n" + standfirst + QUESTIONS)
    assert found is not None and found.name == name, found
    assert found.side is None, found


def test_the_outlet_that_spoke_to_someone_is_not_the_guest(nlp):
    text = ("Radio Tamazuj spoke to a local chief in Abyei town who asked not to be named for his safety.\n"
            "Q: Who attacked the market?\nA: Armed men from the north.\nQ: How many died?\nA: Nine.\n")
    found = guest(nlp, text)
    assert found is None or "Tamazuj" not in found.name, found


def test_a_person_named_after_the_questions_begin_is_not_the_guest(nlp):
    text = ("Q: Did Colonel Ibrahim Sall order the withdrawal from Boni?\n"
            "A: He did, and our men obeyed.\nQ: Why?\nA: We had no water.\n")
    assert guest(nlp, text) is None


@pytest.mark.parametrize(
    ("description", "text", "side"),
    [
        ("commands the army's 3rd Infantry Division in Kassala", "Sudan's army said Sudan was calm.", "SD"),
        ("leads a resistance unit of the People's Defence Force in Magway", "Myanmar's junta said so.", None),
        ("is a volunteer with the Sudanese Red Crescent in Kosti", "Sudan's army said so.", None),
    ],
)
def test_guest_side_from_the_description(description, text, side):
    assert guest_side(description, text) == side


def test_a_plain_army_takes_the_theatres_state_when_the_text_names_none():
    assert guest_side("commands the army's 5th Division", "Fighting went on in Bara.", "SD") == "SD"
    assert guest_side("runs a clinic in Bara", "Fighting went on in Bara.", "SD") is None


def test_the_person_the_outlet_spoke_to_is_the_guest_not_a_president_named_before(nlp):
    text = ("Interview\n"
            "Chad sent about 1,200 soldiers to the Lake Chad islands in March at the request of President "
            "Mahamat Idriss Deby after a string of Boko Haram raids. We spoke to their commander, Colonel "
            "Abakar Moussa Hassan, at his base in Bol." + QUESTIONS)
    found = guest(nlp, text)
    assert found is not None and found.name == "Abakar Moussa Hassan", found
    assert found.title == "Colonel", found


@pytest.mark.parametrize(
    ("standfirst", "name", "side"),
    [
        ("The commander of an artillery battery in one of Sudan's army divisions, who goes by the nom de guerre "
         "\"Saqr\", spoke to Darfur Voice by phone from El Obeid. The interview has been edited.", "Saqr", "SD"),
        ("The deputy head of a Karenni Army battalion, known as \"Bo Htoo\" to his men, talked to Frontier "
         "Weekly near Demoso last month.", "Bo Htoo", None),
        ("A spokesman of Ukraine's 3rd Assault Brigade spoke to Kharkiv Today Online on condition that his "
         "name not be used.", "spokesman", "UA"),
    ],
)
def test_a_guest_described_without_a_name_is_found_and_the_outlet_spoken_to_is_not(nlp, standfirst, name, side):
    found = guest(nlp, "Interview\n" + standfirst + QUESTIONS)
    assert found is not None and found.name == name, found
    assert found.side == side, found




@pytest.mark.parametrize(
    ("standfirst", "name", "side"),
    [
        ("Kosovo Police Director Gazi Rama says the gunmen who fired on his officers were trained in "
         "Serbia. Belgrade rejects this.", "Gazi Rama", "XK"),
        ("Georgian Interior Minister Davit Beridze says the farmers detained last month were seized by "
         "Russian border guards.", "Davit Beridze", "GE"),
        ("Peruvian Army commander General Luis Paredes told us the column that attacked the patrol had "
         "crossed from Colombia.", "Luis Paredes", "PE"),
    ],
)
def test_what_a_guest_says_after_their_name_does_not_give_them_its_side(nlp, standfirst, name, side):
    """The words before the name describe the guest when a reporting verb follows it: the
    states named in what they say are not theirs."""
    found = guest(nlp, "Interview\n" + standfirst + QUESTIONS)
    assert found is not None and found.name == name, found
    assert found.side == side, found


@pytest.mark.parametrize(
    ("standfirst", "name", "side"),
    [
        ("Security forces in Chhattisgarh killed 14 suspected Maoists in Bijapur district this week. The "
         "Herald spoke to Rakesh Netam, Inspector General of Police, Bastar Range, at his office in "
         "Jagdalpur. Excerpts:", "Rakesh Netam", None),  # no state named, no places read here
        ("Gunmen raided a village on the Ruvuma this week. The Coastal Times talked to Faraji Mzee, a "
         "police commander in Mtwara region of Tanzania. Edited excerpts:", "Faraji Mzee", "TZ"),
    ],
)
def test_the_one_spoken_to_with_an_office_is_the_guest(nlp, standfirst, name, side):
    """A name the parser misses, said to be spoken to and set off with an office, in a
    standfirst that closes on 'Excerpts:'."""
    found = guest(nlp, "Interview\n" + standfirst + QUESTIONS)
    assert found is not None and found.name == name, found
    assert found.side == side, found


@pytest.mark.parametrize(
    ("page", "name"),
    [
        # a news intro first, then the paragraph that says who was spoken to
        ("At least 23 people were killed when gunmen raided three villages near Kauru, according to the police, "
         "in attacks that also hit Zangon Kataf last year.\n"
         "Our correspondent spoke with the chairman of the local council, Hon. Bulus Audu Yakubu, on Monday.",
         "Bulus Audu Yakubu"),
        ("About 900 families have fled the fighting around Djugu since Sunday, the provincial authorities said.\n"
         "We talked to Dr Marie-Louise Kahindo, who runs the clinic in Bunia, by telephone.",
         "Marie-Louise Kahindo"),
    ],
)
def test_the_paragraph_about_the_interview_names_the_guest_not_the_news_intro(nlp, page, name):
    found = guest(nlp, page + QUESTIONS)
    assert found is not None and found.name == name


def test_a_particle_is_a_whole_word_so_an_opening_at_least_names_nobody(nlp):
    page = ("At least 40 people were killed in the attacks, the police said, and hundreds have fled to "
            "the district's schools.\n")
    found = guest(nlp, page + QUESTIONS)
    assert found is None or not found.name.startswith("At le")


@pytest.mark.parametrize(
    ("standfirst", "organization"),
    [
        ("We spoke to Commissioner Ana Lucia Fuentes, head of the police anti-kidnapping unit in Tegucigalpa, "
         "about the week's arrests.", "police anti-kidnapping unit in Tegucigalpa"),
        ("We spoke to Major Idrissa Kone, spokesman for the army's northern command, by telephone.",
         "army's northern command"),
    ],
)
def test_the_guests_claims_keep_the_body_their_function_belongs_to(nlp, standfirst, organization):
    from claimledger.extract.interview_guest import guest_organization

    found = guest(nlp, standfirst + QUESTIONS)
    assert found is not None and guest_organization(found) == organization
