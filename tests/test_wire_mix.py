"""A mixed probe of late-1990s and 2000s wire copy: purpose clauses done by the subject,
orders to one's own forces, laws and decrees that act, the party an embedded act reaches,
acts kept from happening, "European" as the EU, split Arabic names, 2000s leaders, sealing
off and intercepting, handing out relief, and unnamed locals placed by the event's country.
Sentences written for this test."""

from __future__ import annotations

import pytest

from helpers import countries, frames_of, mentions_of, only, plover
from tidings.model import Modality

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police fired tear gas to disperse opposition supporters in Kisumu.",
        "Romanian riot police used water cannon to disperse striking miners in Bucharest.",
    ],
)
def test_purpose_infinitive_is_done_by_the_subject(coder, text: str) -> None:
    """The means ("tear gas", "water cannon") is not who acts; the police are."""
    frame = frames_of(coder, text)[0]
    assert frame.source is not None and frame.source.sector == "COP", (frame.cameo, frame.rule)


def test_object_control_still_names_the_asked_party(coder) -> None:
    text = "The Organization of American States urged Peru to hold new elections."
    frame = only(frames_of(coder, text), "02")
    assert countries(frame)[1] == "PER"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Yeltsin ordered troops to storm the rebel-held town of Pervomayskoye.", "19"),
        ("The interior minister ordered police to arrest the leaders of the banned party.", "173"),
        ("Karimov ordered the army to withdraw from the Tajik border.", "087"),
    ],
)
def test_an_order_to_own_forces_is_the_orderers_act(coder, text: str, root: str) -> None:
    frames = frames_of(coder, text)
    assert any(f.cameo.startswith(root) for f in frames), [(f.cameo, f.rule) for f in frames]
    frame = only(frames, root)
    assert frame.target is None or frame.target.sector not in {"MIL", "COP"}, frame.target


def test_an_order_to_another_party_stays_a_demand(coder) -> None:
    frame = frames_of(coder, "The tribunal ordered Croatia to hand over the indictees.")[0]
    assert plover(coder, frame) == "REQUEST", frame.cameo
    assert countries(frame)[1] == "HRV"


@pytest.mark.parametrize(
    ("text", "root", "pair"),
    [
        ("President Clinton signed a law imposing sanctions on Libya.", "163", ("USA", "LBY")),
        ("Lukashenko signed a decree expelling the Polish diplomats.", "166", ("BLR", "POL")),
    ],
)
def test_a_signed_law_acts_as_its_signer(coder, text: str, root: str, pair) -> None:
    frames = frames_of(coder, text)
    assert not any(f.cameo == "057" for f in frames), [(f.cameo, f.rule) for f in frames]
    assert countries(only(frames, root)) == pair


def test_signing_a_treaty_is_still_an_agreement(coder) -> None:
    frame = only(frames_of(coder, "Ukraine and Romania signed a border treaty in Kiev."), "057")
    assert countries(frame)[0] in {"UKR", "ROU"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Germany agreed on Tuesday to write off Nicaragua's debt.", "NIC"),
        ("The Knesset refused to accept Arafat's proposal.", "PSE"),
    ],
)
def test_the_embedded_acts_object_owner_is_the_target(coder, text: str, target: str) -> None:
    frame = frames_of(coder, text)[0]
    assert countries(frame)[1] == target, (frame.cameo, frame.rule, frame.target)


@pytest.mark.parametrize(
    "text",
    [
        "The government barred foreign banks from lending to Serbia.",
        "Serbian police prevented UN agencies from delivering food to the refugees.",
    ],
)
def test_an_act_kept_from_happening_is_negated(coder, text: str) -> None:
    kept = [f for f in frames_of(coder, text) if f.cameo.startswith(("06", "07"))]
    assert kept and all(f.modality is Modality.NEGATED for f in kept)


def test_european_names_the_union(coder) -> None:
    frame = frames_of(coder, "Belgrade rejected a European proposal for talks on Kosovo.")[0]
    assert frame.target is not None and frame.target.code == "IGOEUR", frame.target


def test_split_arabic_surname_is_one_name(coder) -> None:
    frame = frames_of(coder, "Hafez al-Assad said he was ready to meet the Lebanese president.")[0]
    assert frame.source is not None and frame.source.code == "SYRGOV", frame.source


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Zapatero criticised the war in Iraq.", "ESP"),
        ("Yushchenko accused Moscow of blackmail.", "UKR"),
        ("Tadic met Thaci in Brussels.", "SRB"),
    ],
)
def test_leaders_of_the_2000s(coder, text: str, country: str) -> None:
    assert countries(frames_of(coder, text)[0])[0] == country


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Turkish troops sealed off the border town after the bombing.", "COERCE"),
        ("The Greek coast guard intercepted a freighter carrying arms.", "COERCE"),
        ("Dutch peacekeepers handed out blankets to refugees near Tuzla.", "AID"),
        ("The Red Cross distributed food parcels in Grozny.", "AID"),
    ],
)
def test_closure_interception_and_relief(coder, text: str, plover_type: str) -> None:
    frames = frames_of(coder, text)
    assert any(plover(coder, f) == plover_type for f in frames), [f.cameo for f in frames]


def test_unnamed_locals_take_the_events_country(coder) -> None:
    mentions = mentions_of(coder, "Indonesian troops fired on student protesters in Jakarta.")
    targets = [m.target for m in mentions if m.target is not None]
    assert any(t.code == "IDNCVL" for t in targets), [t.code for t in targets]


def test_travellers_keep_no_country_from_the_place(coder) -> None:
    mentions = mentions_of(coder, "Gunmen attacked a bus carrying tourists in Luxor.")
    targets = [m.target for m in mentions if m.target is not None]
    assert not any(t.code == "EGYCVL" and "tourist" in t.text for t in targets)
