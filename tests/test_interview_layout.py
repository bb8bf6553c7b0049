"""Interview layouts read from the lines alone (extract/interview_layout.py): which lines
ask, which answer, who answers under a label, and how a long answer is cut into claims.
Short pages written for these tests, across wars and outlets."""

from __future__ import annotations

import pytest

from claimledger.extract.interview_layout import Layout, pieces

STANDFIRST = "Colonel Amadou Traore commands the gendarmerie in the Mopti region and spoke to us in Sevare last week.\n"


def answers(text: str) -> list[str]:
    layout = Layout(text)
    return [text[a.begin:a.end] for a in sorted(layout.answers.values(), key=lambda a: a.begin)]


def asked(text: str) -> list[str]:
    layout = Layout(text)
    return [text[s:e] for s, e in layout.asking]


@pytest.mark.parametrize(
    ("page", "first_answer"),
    [
        (STANDFIRST + "Q: Who attacked the convoy?\nA: Fighters of JNIM, about forty of them.\n"
         "Q: Did you lose men?\nA: Two gendarmes were killed.\n", "Fighters of JNIM, about forty of them."),
        (STANDFIRST + "Question: Who attacked the convoy?\nAnswer: Fighters of JNIM, about forty of them.\n"
         "Question: Did you lose men?\nAnswer: Two gendarmes were killed.\n", "Fighters of JNIM, about forty of them."),
        (STANDFIRST + "Q. Who attacked the convoy?\nR. Fighters of JNIM, about forty of them.\n"
         "Q. Did you lose men?\nR. Two gendarmes were killed.\n", "Fighters of JNIM, about forty of them."),
        (STANDFIRST + "Q - Who attacked the convoy?\nA - Fighters of JNIM, about forty of them.\n"
         "Q - Did you lose men?\nA - Two gendarmes were killed.\n", "Fighters of JNIM, about forty of them."),
    ],
)
def test_marked_questions_and_answers(page, first_answer):
    assert answers(page)[0] == first_answer
    assert len(asked(page)) == 2


def test_a_french_answer_mark_needs_marked_questions():
    page = STANDFIRST + "R. Kelly was not there.\nA. Diallo said the road was closed.\n"
    assert answers(page) == []


def test_the_outlets_label_asks_and_the_guests_label_answers():
    page = ("Maung Khu Reh leads a resistance battalion in southern Shan State and spoke to us by phone.\n"
            "Frontier Myanmar: Did your fighters leave Pekon?\n"
            "Maung Khu Reh: We pulled back two kilometres to save the wounded.\n"
            "Frontier Myanmar: Will you return?\n"
            "Maung Khu Reh: Yes, when the rains end.\n")
    layout = Layout(page)
    assert [a.label for a in layout.answers.values()] == ["Maung Khu Reh", "Maung Khu Reh"]
    assert len(layout.asking) == 2


def test_a_label_used_once_away_from_the_questions_is_no_answer():
    page = ("Sheikh Hamoud al-Awlaki: 'We will not hand over the port'\n"
            "Hamoud al-Awlaki is a tribal leader in Shabwa governorate who has sided with the government.\n"
            "Q: Who holds Ataq today?\nA: Our men hold the town and the airport road.\n"
            "Q: And the oil fields?\nA: The government's troops guard them with us.\n"
            "Share: Facebook Twitter\n")
    layout = Layout(page)
    assert all(a.label is None for a in layout.answers.values())
    assert len(layout.answers) == 2


def test_bare_questions_after_the_standfirst_with_first_person_answers():
    page = ("Relief worker: 'In Tawila, people sleep under trees'\n"
            "Hawa Adam Yahya runs a women's clinic in Tawila, where tens of thousands fled from El Fasher.\n"
            "How many people arrived this month?\n"
            "We counted about 9,000 new families in two weeks, most of them on foot.\n"
            "What do they need first?\n"
            "Water. Our two wells cannot serve everyone.\n"
            "The Rapid Support Forces did not respond to questions.\n")
    assert answers(page) == ["We counted about 9,000 new families in two weeks, most of them on foot.",
                             "Water. Our two wells cannot serve everyone."]
    assert "The Rapid Support Forces" not in " ".join(answers(page))


def test_a_headline_question_over_the_standfirst_asks_nothing():
    page = ("Can the army hold Sittwe?\n"
            "The Arakan Army has taken 14 of Rakhine's 17 townships, and the state capital is cut off by land.\n"
            "Residents say food prices have tripled since June.\n")
    assert Layout(page).asking == []
    assert answers(page) == []


def test_an_explainer_in_no_ones_voice_is_no_interview():
    page = ("Explainer: the war in Sudan\n"
            "The war between the army and the Rapid Support Forces began in April 2023 in Khartoum.\n"
            "Who are the RSF?\n"
            "A paramilitary force that grew out of the Janjaweed militias of Darfur.\n"
            "Where is the fighting now?\n"
            "Mostly in Kordofan and around El Fasher.\n")
    assert answers(page) == []


def test_dash_turns_under_bare_questions():
    page = ("Major Oleh Savchuk commands an artillery battery of Ukraine's 59th Brigade near Pokrovsk.\n"
            "— Did the Russians break through at Kotlyne?\n"
            "— No. We still hold the railway station.\n"
            "— How many shells do you fire a day?\n"
            "— Forty on a good day, ten on a bad one.\n")
    assert answers(page)[0] == "No. We still hold the railway station."


def test_a_short_answer_is_cut_at_its_statements_a_bare_no_going_with_the_next():
    text = "A: No. Our forces will not leave Kadugli. We have enough food for two months."
    assert [text[s:e] for s, e in pieces(text, 3, len(text))] == [
        "No. Our forces will not leave Kadugli.", "We have enough food for two months."]


@pytest.mark.parametrize("answer", ["Thank you.", "Thank you for having me, Sarah.", "Good evening.", "Yes.",
                                    "No, no.", "You're welcome."])
def test_a_courtesy_or_a_bare_yes_is_no_statement(answer):
    text = "A: " + answer
    assert pieces(text, 3, len(text)) == ()


def test_a_courtesy_before_the_answer_is_left_out():
    text = "A: Thank you for having me. The shelling of Kherson went on all night and hit the port twice."
    assert [text[s:e] for s, e in pieces(text, 3, len(text))] == [
        "The shelling of Kherson went on all night and hit the port twice."]


def test_a_long_answer_is_cut_at_its_sentences_and_a_short_sentence_goes_with_the_next():
    # (a bare verdict, "It is not true.", is a denial of its own: test_claims_guest_names.py)
    answer = ("No. The militia attacked the camp at night with mortars and killed eleven people. "
              "Our units reached Zamzam two hours later and found the clinic burned and the market looted. "
              "We have asked the United Nations to send investigators to the camp, and we will give them every access "
              "they ask for, as we did last year in Mellit. "
              "Gen. Yasir Ahmed is leading the inquiry from El Fasher itself.")
    text = "A: " + answer
    found = [text[s:e] for s, e in pieces(text, 3, len(text))]
    assert found[0].startswith("No. The militia attacked")
    assert found[-1] == "Gen. Yasir Ahmed is leading the inquiry from El Fasher itself."
    assert len(found) == 4
    assert all(len(p.split()) <= 60 for p in found)


def test_a_rank_or_initial_with_a_full_stop_ends_no_statement():
    answer = ("The brigade of Lt. Col. Ahmed Diallo held the bridge at Konna for three days against more than "
              "two hundred fighters, and the U.S. drones we had asked for never came. "
              "We lost eleven men there, among them two officers who had served with me since 2019. "
              "The convoy from Sevare reached us only on Sunday evening with water and ammunition.")
    text = "R. " + answer
    found = [text[s:e] for s, e in pieces(text, 3, len(text))]
    assert len(found) == 3, found
    assert found[0].startswith("The brigade of Lt. Col. Ahmed Diallo") and found[0].endswith("never came.")


def test_a_writer_saying_they_interviewed_the_guest_keeps_the_bare_questions():
    page = ("Letter from Goma\n"
            "Last week I interviewed Dr Alice Mwamba, who runs the cholera ward at the Kyeshero hospital.\n"
            "The city has had no running water since the rebels took the pumping station in January.\n"
            "Three aid groups have left, and the roads to Sake and Minova are closed to trucks.\n"
            "The rains made it worse: the camps along the lake flooded twice in November.\n"
            "How many patients do you have?\n"
            "We have 240 beds and more than 400 patients.\n"
            "Where do they come from?\n"
            "Most of them fled the fighting around Sake.\n")
    assert answers(page)[0] == "We have 240 beds and more than 400 patients."


def test_an_article_with_many_paragraphs_before_its_rhetorical_questions_is_no_interview():
    lead = "".join(f"Paragraph {n} of the analysis says the front near Huliaipole barely moved in the autumn.\n"
                   for n in range(5))
    page = ("Analysis: the winter war\n" + lead +
            "What will the spring bring?\n"
            "We expect the same grinding pace, and our sources on both sides agree.\n"
            "Who gains from the wait?\n"
            "Our view is that Moscow does, as long as its recruitment holds.\n")
    assert answers(page) == []


@pytest.mark.parametrize(
    ("page", "marked"),
    [
        # marks of any style the page uses: the figure stage reads these lines as the claim and event stages do
        (STANDFIRST + "Q: Did you lose men?\nA: Two gendarmes were killed.\n", True),
        (STANDFIRST + "**Q:** Did you lose men?\n**A:** Two gendarmes were killed.\n", True),
        (STANDFIRST + "Question - Did you lose men?\nAnswer - Two gendarmes were killed.\n", True),
        # a guest's label and a bare question are turns, but no mark opens them
        (STANDFIRST + "Reporter: Did you lose men?\nTraore: Two gendarmes were killed.\n"
         "Reporter: Where?\nTraore: Near Sevare, on the road north.\n", False),
    ],
)
def test_the_lines_a_question_or_answer_mark_opens(page, marked):
    from claimledger.extract.interview_layout import layout_for

    layout = layout_for(page)
    question, answer = page.index("Did you"), page.index("Two gendarmes")
    assert layout.marked_question_at(question) is marked and layout.marked_answer_at(answer) is marked
    assert not layout.marked_answer_at(question) and not layout.marked_question_at(answer)
    assert not layout.marked_answer_at(page.index("Sevare"))  # the standfirst is no turn
