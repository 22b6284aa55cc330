"""Targets reached through the phrase an act is aimed with rather than its object: the place a
purpose clause names ("gave $5 million to fight Ebola in West Africa"), the hostile act a show
of force is made for ("mobilized troops for a war against Iraq"), the nation goods come from
("a ban on imports of Russian oil") and the party an eased measure was imposed on ("cut
tariffs on Mexico's exports")."""

from __future__ import annotations

import pytest

from helpers import frames_of, only


def _codes(frame) -> tuple[str | None, str | None]:
    return (
        frame.source.code if frame.source else None,
        frame.target.code if frame.target else None,
    )


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Italy announced new funding to fight malaria in Burkina Faso.", "07", "ITA", "BFA"),
        (
            "Japan provided $10 million to pay for food aid for refugees in Bangladesh.",
            "07",
            "JPN",
            "BGD",
        ),
        ("Norway gave 20 million euros to fight cholera in Haiti.", "07", "NOR", "HTI"),
    ],
)
def test_a_purpose_clause_names_where_aid_goes(coder, text, root, source, target):
    frame = only(frames_of(coder, text), root)
    assert frame.source is not None and frame.source.country == source
    assert frame.target is not None and frame.target.country == target


def test_a_named_recipient_beats_the_purpose_place(coder):
    frame = only(
        frames_of(coder, "Germany pledged 10 million euros to UNICEF to fight hunger in Yemen."),
        "0",
    )
    assert frame.target is not None and frame.target.country != "YEM"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistan mobilized its army for a possible offensive against India.", "PAK", "IND"),
        ("Moscow mobilized troops for a war against Georgia in 2008.", "RUS", "GEO"),
        ("Baghdad mobilized its reserves for a battle against the Kurds.", "IRQ", None),
    ],
)
def test_a_show_of_force_aims_at_the_target_of_its_planned_act(coder, text, source, target):
    frame = only(frames_of(coder, text), "15")
    assert frame.source is not None and frame.source.country == source
    assert frame.target is not None
    if target is not None:
        assert frame.target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "Nepal mobilized the army for riot control.",
        "The Brazilian government mobilized troops for the elections in October.",
    ],
)
def test_a_peaceful_purpose_names_no_target(coder, text):
    frame = only(frames_of(coder, text), "15")
    assert frame.target is None, _codes(frame)


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("Canada imposed a ban on imports of Russian oil.", "17", "RUS"),
        ("Canada announced a ban on imports of Russian steel.", "17", "RUS"),
        ("Beijing lifted its ban on imports of Australian coal.", "08", "AUS"),
    ],
)
def test_goods_name_the_nation_they_come_from(coder, text, root, target):
    frame = only(frames_of(coder, text), root)
    assert frame.target is not None and frame.target.country == target


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Washington reduced tariffs on Mexico's exports of steel.", "USA", "MEX"),
        ("The State Department eased restrictions on exports to Cuba.", "USA", "CUB"),
        ("India cut import duties on Malaysian palm oil in 2021.", "IND", "MYS"),
    ],
)
def test_an_eased_measure_is_aimed_at_whom_it_was_imposed_on(coder, text, source, target):
    frame = only(frames_of(coder, text), "08")
    assert frame.source is not None and frame.source.country == source
    assert frame.target is not None and frame.target.country == target


def test_refuge_is_asked_of_the_country_it_is_sought_in(coder):
    frame = only(frames_of(coder, "About 50,000 Congolese have sought refuge in Uganda."), "02")
    assert frame.target is not None and frame.target.country == "UGA"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The foreign ministers of France and Italy held a meeting in Geneva.", "FRA", "ITA"),
        ("The leaders of Armenia and Azerbaijan met in Moscow on Friday.", "ARM", "AZE"),
    ],
)
def test_a_meeting_of_two_countries_envoys_is_between_them_not_the_venue(
    coder, text, source, target
):
    frame = only(frames_of(coder, text), "04")
    assert frame.source is not None and frame.source.country == source
    assert frame.target is not None and frame.target.country == target


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Israel freed all of the Palestinian prisoners on Sunday.", "08", "ISR", "PSE"),
        ("Moscow lifted some of its sanctions on Turkey.", "08", "RUS", "TUR"),
        (
            "The State Department decided to ease some of its restrictions on aid to North Korea.",
            "08",
            "USA",
            "PRK",
        ),
    ],
)
def test_an_act_on_part_of_something_is_an_act_on_it(coder, text, root, source, target):
    frame = only(frames_of(coder, text), root)
    assert frame.source is not None and frame.source.country == source
    assert frame.target is not None and frame.target.country == target
