"""Second lexicon pass: predicates and constructions the first pass left uncoded. Each
sentence, written for this test, is coded as the CAMEO code (and so the PLOVER type) a
political event coder should give it."""

from __future__ import annotations

import pytest

from helpers import best, frames_of, plover
from tidings.model import Modality

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "cameo", "plover_type"),
    [
        # announced future acts: intents, refusals, threats
        ("Colombian rebels said they will release two hostages.", "0353", "AGREE"),
        ("France will not lift the embargo on Cuba.", "1244", "REJECT"),
        ("The striking teachers will not end the strike.", "1242", "REJECT"),
        ("The army will attack the rebels.", "1384", "THREATEN"),
        ("British and EU negotiators failed to reach a deal.", "127", "REJECT"),
        # willingness to do what the lexicon does not know
        ("Finland is ready to contribute more to the UN mission in Lebanon.", "030", "AGREE"),
        # phone calls
        ("Vladimir Putin called Angela Merkel on Friday.", "041", "CONSULT"),
        # calls for sanctions against someone threaten them
        ("Poland called for sanctions against Belarus.", "1312", "THREATEN"),
        # event nouns announced
        ("Morocco announced a suspension of flights to France.", "160", "SANCTION"),
        ("Iran announced the release of two Kuwaiti fishermen.", "0841", "YIELD"),
        # judicial and administrative acts
        ("A Paris court found the former minister guilty of fraud.", "116", "ACCUSE"),
        ("India denied permission to the Pakistani delegation.", "120", "REJECT"),
        ("The High Court quashed the government's order.", "120", "REJECT"),
        ("Turkish police searched the home of the Saudi consul.", "090", "ACCUSE"),
        ("Romania refused a request from Moldova.", "120", "REJECT"),
        ("The government met the demands of the strikers.", "083", "YIELD"),
        # support pledged and reaffirmed is support
        ("Japan pledged support for Ukraine.", "051", "SUPPORT"),
        ("Kenya reiterated its commitment to the peace process.", "050", "SUPPORT"),
        # an obligation in reported speech is a demand, whatever the verb
        ("The EU says military intervention in Venezuela must be avoided.", "100", "REQUEST"),
        # a decision to act is the act
        ("Japan decided to lift sanctions on India.", "085", "YIELD"),
    ],
)
def test_second_pass_predicates_are_coded(coder, text: str, cameo: str, plover_type: str) -> None:
    frame = best(coder, text)
    assert frame.cameo == cameo, (frame.cameo, frame.rule)
    assert plover(coder, frame) == plover_type


def test_future_release_is_an_intent(coder) -> None:
    frame = best(coder, "Colombian rebels said they will release two hostages.")
    assert frame.modality is Modality.INTENDED


def test_ready_to_act_names_both_parties(coder) -> None:
    frame = best(coder, "Finland is ready to contribute more to the UN mission in Lebanon.")
    assert frame.source is not None and frame.source.country == "FIN"
    assert frame.target is not None


def test_urging_someone_to_impose_sanctions_stays_an_appeal(coder) -> None:
    frame = best(coder, "The opposition urged the EU to impose sanctions on Russia.")
    assert plover(coder, frame) == "REQUEST"


@pytest.mark.parametrize(
    "text",
    [
        "Trump called the move unconstitutional.",
        "Keating called them nutters.",
        "The FBI launched a campaign called Safe Streets.",
    ],
)
def test_naming_is_no_phone_call(coder, text: str) -> None:
    assert all(frame.cameo != "041" for frame in frames_of(coder, text))
