"""Verbal events (PLOVER ACCUSE, AGREE, CONSULT, REJECT, REQUEST, SUPPORT, THREATEN) find
their parties in the forms wire copy uses: a national adjective naming whose offer or demand
is rejected, "called for X to act", causatives ("refused to let X visit"), "between" with a
mediator, parties "from X and Y", copular accusations ("said X was behind the attack", "X is
to blame"), charges made in a "that" clause, and refusals announced with "will not accept"."""

from __future__ import annotations

import pytest

from helpers import frames_of, only, plover


def _codes(frames) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.cameo, f.source.code if f.source else None, f.target.code if f.target else None)
        for f in frames
    ]


def _has(coder, text: str, kind: str, source: str, target: str) -> None:
    """Some frame of ``text`` is of PLOVER ``kind`` from ``source`` to ``target`` (prefixes)."""
    frames = frames_of(coder, text)
    found = [
        f
        for f in frames
        if plover(coder, f) == kind
        and f.source is not None
        and (f.source.code or "").startswith(source)
        and f.target is not None
        and (f.target.code or "").startswith(target)
    ]
    assert found, _codes(frames)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("Damascus rejected the Turkish proposal for a buffer zone.", "REJECT", "SYR", "TUR"),
        ("The Kremlin rebuffed a Japanese offer of joint development.", "REJECT", "RUS", "JPN"),
        ("Seoul criticized the Japanese decision to release the water.", "ACCUSE", "KOR", "JPN"),
        ("Berlin welcomed the French initiative on a eurozone budget.", "SUPPORT", "DEU", "FRA"),
        ("Israel's rejection of the Egyptian plan angered Cairo.", "REJECT", "ISR", "EGY"),
    ],
)
def test_national_adjective_names_whose_proposal_it_is(coder, text, kind, source, target):
    _has(coder, text, kind, source, target)


def test_denied_claims_answer_the_claimant_not_the_accused_self(coder):
    text = "Iran denied U.S. claims that it had attacked the tankers."
    _has(coder, text, "REJECT", "IRN", "USA")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Arab League called for Israel to withdraw from the territories.", "IGOARL", "ISR"),
        ("Mexico called for the United States to reform its immigration laws.", "MEX", "USA"),
        ("Amnesty pushed for Ethiopia to free the detained journalists.", "NGO", "ETH"),
    ],
)
def test_call_for_someone_to_act_is_addressed_to_them(coder, text, source, target):
    _has(coder, text, "REQUEST", source, target)


def test_act_asked_in_a_for_clause_is_not_reported_as_done(coder):
    frames = frames_of(coder, "France called for Iran to release the academic.")
    assert all(plover(coder, f) == "REQUEST" for f in frames), _codes(frames)


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        ("China pledged to help Afghanistan rebuild its economy.", "AGREE", "CHN", "AFG"),
        ("Syria agreed to allow UN inspectors access to the sites.", "AGREE", "SYR", "IGOUNO"),
        ("Sudan refused to allow UN peacekeepers into Darfur.", "REJECT", "SDN", "IGOUNO"),
        ("Israel refused to let UN investigators enter Gaza.", "REJECT", "ISR", "IGOUNO"),
    ],
)
def test_whom_a_causative_lets_act_is_the_target(coder, text, kind, source, target):
    _has(coder, text, kind, source, target)


def test_pledge_to_deepen_a_partnership_with_someone(coder):
    _has(coder, "Japan vowed to deepen its partnership with India.", "AGREE", "JPN", "IND")


def test_mediator_between_two_parties_is_the_source(coder):
    text = "Qatar has been mediating between the Sudanese government and the rebels."
    frame = only(frames_of(coder, text), "045")
    assert frame.source is not None and frame.source.country == "QAT"
    assert frame.target is not None and frame.target.code == "SDNGOV"
    _has(coder, "Turkey offered to mediate between Russia and Ukraine.", "AGREE", "TUR", "RUS")


def test_talks_between_two_parties_without_a_subject_stay_paired(coder):
    _has(coder, "The meeting between India and China was held in Delhi.", "CONSULT", "IND", "CHN")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Negotiators from Israel and Jordan met in Washington.", "ISR", "JOR"),
        ("Officials from Serbia and Kosovo held talks in Brussels.", "SRB", "XKX"),
    ],
)
def test_parties_from_two_coordinated_places_meet_each_other(coder, text, first, second):
    _has(coder, text, "CONSULT", first, second)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("U.S. officials said Russia was behind the cyberattack.", "USA", "RUS"),
        ("Iran said Israel was behind the assassination of the scientist.", "IRN", "ISR"),
        ('"Moscow is to blame for this attack," the British foreign secretary said.', "GBR", "RUS"),
    ],
)
def test_copular_accusation_is_the_speakers(coder, text, source, target):
    _has(coder, text, "ACCUSE", source, target)


def test_behind_schedule_accuses_no_one(coder):
    frames = frames_of(coder, "The minister said the project was behind schedule.")
    assert all(plover(coder, f) != "ACCUSE" for f in frames), _codes(frames)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistani officials charged that India was arming the separatists.", "PAK", "IND"),
        ("The opposition alleged that the ruling party had rigged the vote.", "OPP", "PTY"),
    ],
)
def test_charge_made_in_a_that_clause_is_aimed_at_its_subject(coder, text, source, target):
    _has(coder, text, "ACCUSE", source, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Greece said it would not accept Turkey's conditions for talks.", "GRC", "TUR"),
        ("Russia will not accept Ukraine's terms, the Kremlin said.", "RUS", "UKR"),
    ],
)
def test_will_not_accept_is_a_rejection(coder, text, source, target):
    _has(coder, text, "REJECT", source, target)


def test_not_yet_agreed_is_no_rejection(coder):
    frames = frames_of(coder, "Iran has not agreed to the proposal yet.")
    assert all(plover(coder, f) != "REJECT" for f in frames), _codes(frames)


def test_will_not_agree_is_a_refusal(coder):
    frames = frames_of(coder, "Israel will not agree to a freeze on settlements, Netanyahu said.")
    assert any(plover(coder, f) == "REJECT" for f in frames), _codes(frames)


def test_committing_a_crime_is_no_pledge(coder):
    frames = frames_of(coder, "The inquiry found that Israel had committed war crimes in Gaza.")
    assert all(plover(coder, f) != "AGREE" for f in frames), _codes(frames)


def test_a_lodged_protest_is_a_diplomatic_complaint(coder):
    text = "South Korea lodged a protest with North Korea over the shelling."
    _has(coder, text, "ACCUSE", "KOR", "PRK")


def test_asking_forgiveness_is_an_apology_but_a_pardon_is_asked(coder):
    text = "Prime Minister Tomiichi Murayama asked China for forgiveness for Japan's aggression."
    frame = only(frames_of(coder, text), "055")
    assert frame.target is not None and frame.target.country == "CHN"
    frames = frames_of(coder, "The prisoner asked the president for a pardon.")
    assert all(plover(coder, f) != "SUPPORT" for f in frames), _codes(frames)
