"""Who a noun stands for: a group named by an event word ("the opposition"), and the party
behind an event noun that another party acts on ("rejected a UN demand")."""

from __future__ import annotations

import pytest

from helpers import frames_of, only

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The opposition accused the government of rigging the vote.", "11"),
        ("The opposition called on the army to stay out of politics.", "02"),
        ("The opposition boycotted the parliamentary session on Tuesday.", "14"),
    ],
)
def test_the_group_acts(coder, text: str, root: str) -> None:
    frame = only(frames_of(coder, text), root)
    assert frame.source is not None and frame.source.sector == "OPP"


def test_the_event_noun_with_its_complement_is_no_actor(coder) -> None:
    frames = frames_of(coder, "Opposition to the dam grew among farmers in the valley.")
    assert all(frame.source is None or frame.source.sector != "OPP" for frame in frames)


def test_a_demand_rejected_is_the_demanders_not_the_rejecters(coder) -> None:
    frames = frames_of(coder, "Syria rejected a UN demand to withdraw its troops from Lebanon.")
    demand = only(frames, "10")
    assert demand.source is not None and demand.source.code.startswith("IGOUNO")
    rejection = only(frames, "12")
    assert rejection.source is not None and rejection.source.country == "SYR"


def test_a_demand_rejected_without_its_author_is_nobodys(coder) -> None:
    frames = frames_of(coder, "The rebels rejected the demand to lay down their arms.")
    assert not [frame for frame in frames if frame.cameo.startswith("10")]
    assert only(frames, "12").source.sector == "REB"


def test_a_call_renewed_is_the_renewers(coder) -> None:
    frame = only(frames_of(coder, "Iran renewed a call for talks with the European Union."), "02")
    assert frame.source.country == "IRN"


def test_the_act_on_an_event_comes_before_the_event_it_acts_on(coder) -> None:
    frames = frames_of(coder, "Syria rejected a UN demand to withdraw its troops from Lebanon.")
    assert frames[0].cameo.startswith("12")
