"""The kinds of act and the confidence of inferred parties the article rules share."""

from __future__ import annotations

from tidings.model import INFERRED_PARTY_PENALTY, Action, Mention, Sentence


def _mention(action: Action, confidence: float) -> Mention:
    sentence = Sentence(index=0, start=0, end=10, text="Troops fired.")
    return Mention(
        doc_id="m",
        sentence=sentence,
        action=action,
        trigger="fired",
        trigger_start=7,
        trigger_end=12,
        confidence=confidence,
    )


def test_deeds_are_material_and_words_verbal() -> None:
    attack = Action(cameo="190", plover="ASSAULT", quad_class=4)
    aid = Action(cameo="070", plover="AID", quad_class=2)
    appeal = Action(cameo="020", plover="REQUEST", quad_class=1)
    threat = Action(cameo="138", plover="THREATEN", quad_class=3)
    assert attack.is_material and aid.is_material
    assert not attack.is_verbal and not aid.is_verbal
    assert appeal.is_verbal and threat.is_verbal
    assert not appeal.is_material and not threat.is_material


def test_an_inferred_party_lowers_confidence_by_the_shared_penalty() -> None:
    mention = _mention(Action(cameo="190", plover="ASSAULT", quad_class=4), confidence=0.9)
    assert mention.less_certain() == round(0.9 - INFERRED_PARTY_PENALTY, 3)
    assert mention.less_certain(0.1) == 0.8
    assert _mention(mention.action, confidence=0.1).less_certain() == 0.05
