"""Figures: parts, shares and fractions of a stated whole, and the checks that compare
a fraction or a breakdown with the counts it is built from.
"""

from __future__ import annotations

from figure_texts import checks, figures, one


# ---------------------------------------------------------------- out_of and fractions
def test_part_of_a_stated_whole() -> None:
    f = one("Around 4,000 of the 12,000 troops deployed to Russia have either been killed or injured.", 4000)
    assert (f.quantity, f.out_of, f.fraction, f.approximate) == ("casualties", 12000, None, True)
    assert f.text == "Around 4,000 of the 12,000 troops"
    whole = one(
        "Around 4,000 of the 12,000 troops deployed to Russia have either been killed or injured.", 12000
    )
    assert whole.quantity == "deployed"


def test_fraction_of_a_stated_whole() -> None:
    f = one("Officials said one-third of the 12,000 troops had been killed or wounded.", 4000)
    assert (f.quantity, f.out_of, f.fraction) == ("casualties", 12000, 0.3333)


def test_fraction_of_a_whole_stated_elsewhere() -> None:
    text = (
        "Seoul says about 12,000 North Korean troops were deployed to Russia. "
        "Kyiv claims that one-third of the North Korean contingent had sustained casualties."
    )
    f = one(text, 4000)
    assert (f.quantity, f.side, f.out_of, f.fraction) == ("casualties", "KP", 12000, 0.3333)


def test_percentage_of_a_stated_whole() -> None:
    text = "Forty percent of the 300 residents of the village fled to Chad."
    f = one(text, 120)
    assert (f.quantity, f.out_of, f.fraction) == ("displaced", 300, 0.4)
    assert one(text, 300).quantity == "other"  # the whole is not itself displaced


def test_a_share_of_nothing_counted_is_dropped() -> None:
    assert figures("A third of Gaza's buildings have been damaged, the UN said.") == []


def test_half_of_them() -> None:
    text = "The strike killed 30 people in Kramatorsk. Half of them were children."
    f = one(text, 15)
    assert (f.out_of, f.fraction) == (30, 0.5)


# ---------------------------------------------------------------- checks
def test_fraction_check_agrees() -> None:
    text = (
        "Around 4,000 North Korean soldiers have been killed or wounded, Kyiv said. "
        "Seoul says about 12,000 North Korean troops were deployed to Russia, and that "
        "one-third of the North Korean contingent had sustained casualties."
    )
    (c,) = checks(text)
    assert c.kind == "fraction" and c.ok
    assert "one-third of 12,000 = 4,000 agrees with the 4,000" in c.detail


def test_fraction_check_disagrees() -> None:
    text = (
        "Some 6,000 North Korean soldiers have been killed or wounded, Kyiv said. "
        "Seoul says 12,000 North Korean troops were deployed, and one-third of the "
        "North Korean contingent had sustained casualties."
    )
    (c,) = checks(text)
    assert c.kind == "fraction" and not c.ok
    assert "disagrees" in c.detail and "6,000" in c.detail


def test_sum_check_fails_when_a_breakdown_does_not_add_up() -> None:
    (c,) = checks("The shelling of Bakhmut killed 50 people: 15 civilians and 27 fighters.")
    assert c.kind == "sum" and not c.ok
    assert "15 + 27 = 42" in c.detail and "50" in c.detail


def test_sum_check_agrees_with_a_lower_bound() -> None:
    text = (
        "ISIS killed more than 50 people in an attack on two villages near Salamiyeh, a monitor said. "
        "The monitor said the attack killed 15 civilians and 27 pro-government fighters with another "
        "10 bodies yet to be identified."
    )
    (c,) = checks(text)
    assert c.kind == "sum" and c.ok and "15 + 27 + 10 = 52" in c.detail


def test_including_is_a_subset() -> None:
    (c,) = checks("RSF fighters killed 30 villagers including 12 women and 5 children in North Darfur.")
    assert c.ok and "12 + 5 = 17" in c.detail
    (bad,) = checks("Jihadists killed 20 people in Mali, including 15 civilians and 9 soldiers.")
    assert not bad.ok


def test_no_check_without_something_to_compare() -> None:
    assert checks("Russian shelling killed 11 civilians in Kharkiv overnight.") == []
    assert checks("Ten people were killed and 25 injured when a car bomb exploded in Mogadishu.") == []
