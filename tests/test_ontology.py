"""The CAMEO/PLOVER ontology: codes, weights, quad classes, mapping and fallbacks."""

from __future__ import annotations

import pytest

from tidings.ontology import Ontology, UnknownCode, yield_type


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


def test_every_root_and_many_codes_are_known(onto):
    roots = [f"{n:02d}" for n in range(1, 21)]
    assert all(onto.is_code(root) for root in roots)
    assert len(onto.codes()) > 300
    assert all(len(code) in (2, 3, 4) and code.isdigit() for code in onto.codes())


@pytest.mark.parametrize(
    ("cameo", "quad"),
    [
        ("010", 1),
        ("036", 1),
        ("057", 1),
        ("061", 2),
        ("0841", 2),
        ("112", 3),
        ("138", 3),
        ("141", 4),
        ("173", 4),
        ("190", 4),
        ("2042", 4),
    ],
)
def test_quad_class_by_root(onto, cameo, quad):
    assert onto.quad_class(cameo) == quad


def test_goldstein_weights_span_the_scale(onto):
    weights = [onto.goldstein(code) for code in onto.codes()]
    assert min(weights) == -10.0 and max(weights) == 10.0
    assert onto.goldstein("010") == 0.0
    assert onto.goldstein("190") < onto.goldstein("112") < 0 < onto.goldstein("040")


@pytest.mark.parametrize(
    ("cameo", "plover"),
    [
        ("036", "AGREE"),
        ("042", "CONSULT"),
        ("051", "SUPPORT"),
        ("062", "COOPERATE"),
        ("073", "AID"),
        ("081", "CONCEDE"),
        ("0841", "RETREAT"),
        ("0871", "RETREAT"),
        ("1053", "REQUEST"),
        ("020", "REQUEST"),
        ("112", "ACCUSE"),
        ("091", "ACCUSE"),
        ("125", "REJECT"),
        ("138", "THREATEN"),
        ("141", "PROTEST"),
        ("154", "MOBILIZE"),
        ("161", "SANCTION"),
        ("163", "COERCE"),
        ("173", "COERCE"),
        ("183", "ASSAULT"),
        ("193", "ASSAULT"),
        ("202", "ASSAULT"),
    ],
)
def test_cameo_to_plover(onto, cameo, plover):
    assert onto.plover_of(cameo)[0] == plover


def test_plover_modes(onto):
    assert onto.plover_of("041") == ("CONSULT", "phone")
    assert onto.plover_of("0841") == ("RETREAT", "release")
    assert onto.plover_of("040") == ("CONSULT", None)


def test_at_least_fifteen_plover_types(onto):
    types = set(onto.plover_types())
    assert len(types) >= 15
    assert {"CONCEDE", "RETREAT", "AGREE", "ASSAULT", "MOBILIZE"} <= types


def test_default_cameo_round_trips(onto):
    assert onto.default_cameo("CONSULT") == "040"
    for plover in onto.plover_types():
        assert onto.plover_of(onto.default_cameo(plover))[0] == plover


def test_unknown_code_falls_back_to_parent(onto):
    assert onto.resolve("0369") == "036"
    assert onto.action("1899").cameo == "180"
    assert onto.action("1899").plover == "ASSAULT"
    with pytest.raises(UnknownCode):
        onto.action("99")


def test_action_carries_both_ontologies(onto):
    action = onto.action("036")
    assert (action.cameo, action.plover, action.quad_class) == ("036", "AGREE", 1)
    assert action.goldstein == onto.goldstein("036")
    assert onto.action("04").cameo == "040"
    assert onto.action("041", plover_mode="visit").plover_mode == "visit"


def test_action_for_type_keeps_a_consistent_code(onto):
    assert onto.action_for_type("ASSAULT", "193").cameo == "193"
    assert onto.action_for_type("ASSAULT", "112").cameo == onto.default_cameo("ASSAULT")
    assert onto.action_for_type("YIELD", "0871").cameo == "0871"


def test_penta_groups_appeals_with_demands(onto):
    assert onto.penta("010") == 0
    assert onto.penta("020") == onto.penta("100") == 3
    assert onto.penta("036") == 1 and onto.penta("0841") == 2 and onto.penta("190") == 4


def test_yield_union():
    assert yield_type("CONCEDE") == yield_type("RETREAT") == "YIELD"
    assert yield_type("ASSAULT") == "ASSAULT"
