"""Words that name both an event and a group ("opposition"): the group when used as one."""

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
