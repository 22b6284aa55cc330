"""The predicate lexicon as data, and the code of wrapped events (no spaCy model needed)."""

from __future__ import annotations

import pytest

from tidings.extract.codes import wrapped_code
from tidings.extract.lexicon import Kind, PredicateLexicon, parse_line


@pytest.fixture(scope="module")
def lexicon() -> PredicateLexicon:
    return PredicateLexicon.load()


def test_lexicon_is_broad_and_covers_every_cameo_root(lexicon: PredicateLexicon) -> None:
    assert len(lexicon) >= 400
    roots = set()
    for pos in ("verb", "noun", "adj"):
        for lemma in ("attack", "meet", "talk", "urge", "threaten", "kill", "massacre"):
            roots |= {e.cameo[:2] for e in lexicon.entries(lemma, pos) if e.cameo}
    assert {"04", "02", "13", "18", "19", "20"} <= roots


def test_every_root_has_an_entry(lexicon: PredicateLexicon) -> None:
    roots = {
        entry.cameo[:2]
        for group in lexicon._index.values()
        for entry in group
        if entry.cameo is not None
    }
    assert roots >= {f"{n:02d}" for n in range(1, 21)}


def test_parse_line_reads_conditions_and_flags() -> None:
    entry = parse_line("call\tverb\t164\toff\ttalk|meeting\tevent\tsym")
    assert entry.particle == "off"
    assert entry.objects == frozenset({"talk", "meeting"})
    assert entry.symmetric
    assert entry.kind is Kind.EVENT
    assert entry.specificity == 3


def test_parse_line_rejects_malformed_rows() -> None:
    with pytest.raises(ValueError, match="7 tab-separated"):
        parse_line("attack\tverb\t190")
    with pytest.raises(ValueError, match="part of speech"):
        parse_line("attack\tadverb\t190\t-\t-\tevent\t-")


def test_conditioned_entries_come_before_bare_ones(lexicon: PredicateLexicon) -> None:
    entries = lexicon.entries("launch", "verb")
    assert entries[0].objects  # "launch ... missile" before the light verb use


@pytest.mark.parametrize(
    ("kind", "own", "embedded", "negated", "expected"),
    [
        (Kind.INTENT, "030", "040", False, "036"),
        (Kind.AGREE, "030", "046", False, "036"),
        (Kind.PLEDGE, "030", "0841", False, "0353"),
        (Kind.INTENT, "030", "190", False, "1384"),  # intending to attack is a threat
        (Kind.APPEAL, "020", "040", False, "026"),
        (Kind.DEMAND, "100", "0841", False, "1053"),
        (Kind.REFUSE, "120", "040", False, "125"),
        (Kind.RULEOUT, "120", "150", True, "138"),  # "will not rule out a test"
        (Kind.RULEOUT, "120", "040", False, "125"),  # "ruled out talks"
        (Kind.ACCUSE, "112", "190", False, "1123"),
        (Kind.THREAT, "130", "163", False, "1312"),
        (Kind.THREAT, "130", None, False, "130"),
    ],
)
def test_wrapped_codes(kind: Kind, own: str, embedded: str | None, negated: bool, expected: str):
    assert wrapped_code(kind, own, embedded, negated) == expected
