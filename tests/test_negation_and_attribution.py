"""Acts a sentence does not assert keep the modality the sentence gives them.

Sentences written for these tests (wire style, several countries and decades). An act that
nearly happened, could not be done, was set aside for another or is named by no one is
negated; an act asked about, set as an inverted condition, weighed, left unconfirmed or only
possible is hypothetical; an act the outlet only passes on ("reportedly", "allegedly", "are
said to have", "according to X", "reports that ...") is reported. Plain acts stay asserted.
"""

from __future__ import annotations

import pytest

from helpers import frames_of
from tidings.model import Article, Modality

pytestmark = pytest.mark.slow

FACTUAL = frozenset({Modality.ASSERTED, Modality.REPORTED})


def factual(frames, root: str) -> list:
    """Frames of a CAMEO root that the sentence presents as having happened."""
    return [f for f in frames if f.cameo.startswith(root) and f.modality in FACTUAL]


def with_root(frames, root: str) -> list:
    return [f for f in frames if f.cameo.startswith(root)]


# -- negated: the act did not happen --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Indian and Chinese troops nearly clashed on the disputed border in 2017.", "19"),
        ("Kurdish fighters nearly captured the town of Kirkuk.", "19"),
        ("U.N. envoys were unable to meet the rebel leaders in Darfur.", "04"),
        ("The army was not able to recapture the airport from the rebels.", "19"),
        ("The president neither met the Iranian envoy nor spoke to him.", "04"),
        ("Neither Israel nor Hamas has accepted the Egyptian proposal.", "03"),
        ("Neither Russia nor China voted to impose sanctions on Syria.", "16"),
        ("No troops were deployed to the border, the Kenyan defence minister said.", "15"),
        ("No Turkish troops have crossed into Syria, Ankara said.", "19"),
        ("Troops fired into the air instead of shooting at the demonstrators.", "18"),
        ("The government chose to negotiate rather than attack the rebel stronghold.", "19"),
        ("Pakistan denied reports that its army had shelled Indian positions in Kashmir.", "19"),
        ("Ethiopia rejected claims that it had invaded Somalia in 2006.", "19"),
        ("Turkey dismissed reports that it had arrested dozens of Kurdish journalists.", "17"),
    ],
)
def test_acts_that_did_not_happen_are_not_asserted(coder, text: str, root: str) -> None:
    assert not factual(frames_of(coder, text), root)


def test_a_near_miss_is_coded_as_negated(coder) -> None:
    frames = frames_of(coder, "Greek and Turkish warships almost collided near the islets.")
    clashes = with_root(frames, "19")
    assert not factual(frames, "19")
    assert all(f.modality is Modality.NEGATED for f in clashes)


def test_an_alternative_set_aside_is_no_content_of_an_offer(coder) -> None:
    frames = frames_of(coder, "Rather than impose sanctions, the EU offered Minsk new talks.")
    assert not with_root(frames, "13")
    assert not factual(frames, "16")


# -- hypothetical: asked, supposed, weighed, unconfirmed, possible --------------------------


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Did Syrian troops fire on the protesters in Deraa on Friday?", "19"),
        ("Did the Indian army cross the Line of Control?", "19"),
        ("Should Bosnian Serb forces resume shelling Sarajevo, NATO will strike.", "19"),
        ("Had the army not intervened, the rebels would have captured the capital.", "19"),
        ("Were Turkey to invade, Greece would respond, the Greek defence minister said.", "19"),
        ("Britain is considering expelling Russian diplomats.", "16"),
        ("France is contemplating sending troops to Mali.", "15"),
        ("Israel has never confirmed that it struck the Syrian reactor in 2007.", "19"),
        ("Fears that Russia would invade Ukraine grew in Kiev on Tuesday.", "19"),
        ("Diplomats discussed the possibility of deploying peacekeepers to Darfur.", "07"),
        ("Israel should have withdrawn from the territories, the Arab League said.", "08"),
    ],
)
def test_acts_only_supposed_are_not_asserted(coder, text: str, root: str) -> None:
    assert not factual(frames_of(coder, text), root)


def test_a_yes_no_question_is_hypothetical(coder) -> None:
    frames = frames_of(coder, "Did Syrian troops fire on the protesters in Deraa on Friday?")
    assert [f.modality for f in with_root(frames, "19")] == [Modality.HYPOTHETICAL]


def test_a_wh_question_takes_the_act_as_given(coder) -> None:
    frames = frames_of(coder, "Why did Israeli troops raid the refugee camp in Jenin?")
    assert factual(frames, "19")


def test_would_have_is_a_counterfactual_not_a_threat(coder) -> None:
    frames = frames_of(coder, "Had the army not intervened, the rebels would have seized Bangui.")
    assert not with_root(frames, "13")


def test_an_act_a_plan_hosts_is_wrapped_by_the_plan(coder) -> None:
    frames = frames_of(coder, "Egypt intends to host talks between Fatah and Hamas.")
    assert not factual(frames, "04")
    assert with_root(frames, "03")


def test_an_act_that_is_already_there_is_not_wrapped(coder) -> None:
    frames = frames_of(
        coder,
        "Organizers of the march urged people to join, stressing their opposition to the "
        "war that they said comes with the occupation.",
    )
    assert factual(frames, "11")


# -- reported: the outlet passes on a claim -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops reportedly shelled the town of Homs on Sunday.",
        "Police allegedly beat the protesters outside the parliament in Kiev.",
        "Saudi jets reportedly struck a market in northern Yemen.",
        "Serb forces are believed to have executed hundreds of men near Srebrenica.",
        "Government troops are reported to have shelled rebel positions near Jaffna.",
        "According to witnesses, police fired tear gas at the demonstrators in Caracas.",
    ],
)
def test_hearsay_is_reported(coder, text: str) -> None:
    frames = frames_of(coder, text)
    assert frames
    assert all(f.modality is not Modality.ASSERTED for f in frames if f.cameo[:2] >= "17")
    assert any(f.modality is Modality.REPORTED for f in frames)


def test_according_to_names_who_reports(coder) -> None:
    text = "According to the Red Cross, Ethiopian troops killed 30 civilians in the Ogaden."
    killing = with_root(frames_of(coder, text), "18")[0]
    assert killing.modality is Modality.REPORTED
    assert killing.attributed_to is not None and killing.attributed_to.sector == "NGO"


def test_a_party_reporting_its_own_act_asserts_it(coder) -> None:
    text = "According to the Ethiopian army, Ethiopian troops killed 30 rebels in the Ogaden."
    killing = with_root(frames_of(coder, text), "18")[0]
    assert killing.modality is Modality.ASSERTED


def test_the_fallback_reads_hearsay_and_negation(coder) -> None:
    """Sentences the rules code nothing in get the same modality from the fallback."""
    texts = [
        "Liberian rebels allegedly recruited child soldiers, according to Amnesty International.",
        "Greek and Turkish warships almost collided near the disputed islets in 1996.",
    ]
    coded = list(coder.code(Article(doc_id=str(n), text=t) for n, t in enumerate(texts)))
    assert all(m.modality is not Modality.ASSERTED for c in coded for m in c.mentions)


# -- controls: plain and attempted acts stay asserted ---------------------------------------


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Gunmen attempted to assassinate the Pakistani prime minister in Rawalpindi.", "18"),
        ("The rebels attempted to storm the presidential palace in Bangui.", "19"),
        ("Serbian forces shelled Sarajevo on Tuesday, killing six people.", "19"),
        ("Diplomats left the country before the United States launched air strikes.", "19"),
        ("Chinese President Hu Jintao met Japanese Prime Minister Fukuda in Tokyo.", "04"),
        ("Russian troops withdrew from Chechnya in 1996.", "08"),
    ],
)
def test_plain_and_attempted_acts_stay_asserted(coder, text: str, root: str) -> None:
    assert factual(frames_of(coder, text), root)


def test_the_act_done_instead_stays_asserted(coder) -> None:
    frames = frames_of(coder, "Police fired tear gas at the crowd instead of negotiating.")
    assert factual(frames, "1")
    assert not factual(frames, "04")
