"""Patterns a mixed probe of wire copy on Asia, the Middle East and Africa left wrong: a main
verb the parser hangs on its subject, messages and lists that carry their event, standing
with a party, welcoming a guest to one's capital, fighting a scourge, what a speaker calls
an act, sums given "in aid", refusing someone else's act, forces moved or sent as no
target, flagged ships, and the country of an opposition's rivals, of protesters and of
authorities acting at home. Sentences written for this test."""

from __future__ import annotations

import pytest

from helpers import countries, frames_of, mentions_of, plover

pytestmark = pytest.mark.slow


def _codes(coder, text: str) -> list[tuple[str | None, str | None]]:
    return [
        (m.source.code if m.source else None, m.target.code if m.target else None)
        for m in mentions_of(coder, text)
    ]


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Israeli-led coalition jets shelled Hamas bases near Rafah overnight.", "ASSAULT", "PSE"),
        ("UN-backed government troops stormed rebel positions in Sirte.", "ASSAULT", None),
    ],
)
def test_verb_hung_on_its_subject_is_the_main_verb(coder, text, kind, pair) -> None:
    frame = frames_of(coder, text)[0]
    assert plover(coder, frame) == kind, (frame.cameo, frame.rule)
    if pair:
        assert countries(frame)[1] == pair


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        ("Baghdad issued a set of nine demands to Ankara on Monday.", "REQUEST", ("IRQ", "TUR")),
        (
            "The emir sent a message of sympathy to the Lebanese president.",
            "SUPPORT",
            (None, "LBN"),
        ),
        ("Japan sent condolences to Nepal after the avalanche.", "SUPPORT", ("JPN", "NPL")),
        (
            "Moscow conveyed its congratulations to the new Kazakh leader.",
            "SUPPORT",
            ("RUS", "KAZ"),
        ),
    ],
)
def test_messages_and_lists_carry_their_event(coder, text, kind, pair) -> None:
    frame = frames_of(coder, text)[0]
    assert plover(coder, frame) == kind, (frame.cameo, frame.rule)
    source, target = countries(frame)
    if pair[0]:
        assert source == pair[0]
    assert target == pair[1]


def test_a_message_alone_is_no_event(coder) -> None:
    assert not frames_of(coder, "The minister sent a message to his party on Facebook.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt said it stood firmly with Bahrain against any foreign meddling.", ("EGY", "BHR")),
        ("Malaysia stands with the Palestinian people, Mahathir said.", ("MYS", "PSE")),
    ],
)
def test_standing_with_a_party_is_support(coder, text, pair) -> None:
    frame = frames_of(coder, text)[0]
    assert plover(coder, frame) == "SUPPORT", (frame.cameo, frame.rule)
    assert countries(frame) == pair


def test_standing_with_someone_on_stage_is_no_support(coder) -> None:
    frames = frames_of(coder, "The minister stood with his aides at the back of the hall.")
    assert all(plover(coder, frame) != "SUPPORT" for frame in frames)


def test_welcoming_a_guest_to_the_capital_hosts_a_visit(coder) -> None:
    frame = frames_of(
        coder, "Ugandan President Yoweri Museveni welcomed his Kenyan counterpart to Kampala."
    )[0]
    assert frame.cameo == "043"
    assert countries(frame) == ("UGA", "KEN")


def test_welcoming_a_decision_is_still_support(coder) -> None:
    frame = frames_of(coder, "Nigeria welcomed the decision to reopen the border with Benin.")[0]
    assert plover(coder, frame) == "SUPPORT"


@pytest.mark.parametrize(
    "text",
    [
        "Malaysia and Thailand will work together to fight smog along their border.",
        "The two governments vowed to combat human trafficking in the region.",
    ],
)
def test_fighting_a_scourge_is_no_attack(coder, text) -> None:
    assert all(plover(coder, f) != "ASSAULT" for f in frames_of(coder, text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Algeria condemned what it called Moroccan provocations on the border.", "MAR"),
        ("Tehran denounced what it described as Saudi aggression in Yemen.", "SAU"),
    ],
)
def test_what_a_speaker_calls_an_act_names_its_actor(coder, text, target) -> None:
    frame = frames_of(coder, text)[0]
    assert plover(coder, frame) == "ACCUSE", (frame.cameo, frame.rule)
    assert countries(frame)[1] == target


def test_a_sum_pledged_in_aid_reaches_the_receiver(coder) -> None:
    frames = frames_of(coder, "Kuwait pledged 200 million dollars in aid to Jordan on Tuesday.")
    assert [(plover(coder, f), countries(f)) for f in frames] == [("AGREE", ("KWT", "JOR"))]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Sudan refused to accept the deployment of Ethiopian troops in Abyei.", "ETH"),
        ("Eritrea refused to accept United Nations monitors.", "IGO"),
    ],
)
def test_refusing_someone_elses_act_targets_them(coder, text, target) -> None:
    frame = frames_of(coder, text)[0]
    assert plover(coder, frame) == "REJECT", (frame.cameo, frame.rule)
    assert countries(frame)[1] == target


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey dispatched rescue teams to Albania after the quake.", ("TURGOV", "ALBGOV")),
        ("Tanzania deployed thousands of police officers around the stadium.", ("TZAGOV", None)),
        ("Rwanda began withdrawing troops from the Congolese town of Goma.", ("RWAGOV", "COD")),
    ],
)
def test_what_is_sent_or_moved_is_no_target(coder, text, pair) -> None:
    assert _codes(coder, text)[0] == pair


def test_a_flag_names_the_ships_state(coder) -> None:
    frame = frames_of(coder, "Somali pirates hijacked a Greek-flagged tanker.")[0]
    assert countries(frame)[1] == "GRC"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Ugandan opposition leaders accused the government of torturing detainees.",
            ("UGAOPP", "UGAGOV"),
        ),
        ("The regime jailed Zimbabwean opposition activists.", ("ZWEGOV", "ZWEOPP")),
    ],
)
def test_an_opposition_faces_its_own_government(coder, text, pair) -> None:
    assert _codes(coder, text)[0] == pair


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Thousands of people marched in Kathmandu on Saturday.", "NPLCVL"),
        ("Demonstrators gathered in Accra to demand jobs.", "GHACVL"),
    ],
)
def test_protesters_belong_where_they_protest(coder, text, source) -> None:
    assert _codes(coder, text)[0][0] == source


def test_protesters_protest_their_own_government(coder) -> None:
    assert _codes(coder, "Moroccan protesters demonstrated against the government.")[0] == (
        "MARCVL",
        "MARGOV",
    )


def test_police_acting_somewhere_are_that_countrys(coder) -> None:
    assert _codes(coder, "Police arrested 40 people in Harare on Sunday.")[0][0] == "ZWECOP"


def test_newer_leaders_are_known(coder) -> None:
    assert _codes(coder, "Machar accused Kiir of breaking the truce.")[0] == ("SSDREB", "SSDGOV")
