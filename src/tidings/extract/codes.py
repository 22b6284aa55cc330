"""CAMEO code of a wrapped event: "plans to meet" (036), "urged X to release" (0253) ...

A wrapping predicate (intent, pledge, appeal, demand, refusal, threat, accusation) reports an
attitude towards an embedded event; the CAMEO code of the frame is the attitude's family,
specialised by what the embedded event is.
"""

from __future__ import annotations

from tidings.extract.lexicon import Kind

# embedded event root (or full code) -> code within the attitude family; looked up most
# specific first, so "0841" (release persons) wins over "08" (yield).
INTENT = {
    "04": "036",
    "046": "036",
    "045": "039",
    "05": "032",
    "057": "037",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "084": "0353",
    "0841": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    "0871": "0356",
}
THREAT = {
    "11": "130",
    "12": "130",
    "13": "130",
    "14": "133",
    "15": "138",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "135",
    "166": "136",
    "17": "137",
    "172": "132",
    "1721": "1321",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "1385",
}
APPEAL = {
    "04": "026",
    "046": "026",
    "045": "028",
    "05": "022",
    "057": "027",
    "06": "021",
    "061": "0211",
    "062": "0212",
    "063": "0213",
    "064": "0214",
    "07": "023",
    "071": "0231",
    "072": "0232",
    "073": "0233",
    "074": "0234",
    "08": "025",
    "081": "0251",
    "082": "0252",
    "084": "0253",
    "0841": "0253",
    "085": "0254",
    "086": "0255",
    "087": "0256",
    "0871": "0256",
}
DEMAND = {
    "04": "106",
    "046": "106",
    "045": "108",
    "05": "102",
    "057": "107",
    "06": "101",
    "061": "1011",
    "062": "1012",
    "063": "1013",
    "064": "1014",
    "07": "103",
    "071": "1031",
    "072": "1032",
    "073": "1033",
    "074": "1034",
    "08": "105",
    "081": "1051",
    "082": "1052",
    "084": "1053",
    "0841": "1053",
    "085": "1054",
    "086": "1055",
    "087": "1056",
    "0871": "1056",
}
REFUSE = {
    "04": "125",
    "046": "125",
    "045": "126",
    "05": "120",
    "057": "127",
    "06": "121",
    "061": "1211",
    "062": "1212",
    "063": "1213",
    "07": "122",
    "08": "124",
    "081": "1241",
    "082": "1242",
    "084": "1243",
    "0841": "1243",
    "085": "1244",
    "086": "1245",
    "087": "1246",
}
ACCUSE = {"17": "1122", "18": "1123", "19": "1123", "20": "1124"}
IMPOSED_ROOT = "17"  # coerce: restrictions, arrests, deportations an authority imposes
CONFLICT_ROOTS = frozenset(f"{n}" for n in range(11, 21))
# acts of violence: assaults (18), fighting (19), mass violence (20)
VIOLENT_ROOTS = ("18", "19", "20")


def lookup(table: dict[str, str], embedded: str | None, default: str) -> str:
    if not embedded:
        return default
    for length in (4, 3, 2):
        code = table.get(embedded[:length])
        if code:
            return code
    return default


def is_conflict(cameo: str | None) -> bool:
    return bool(cameo) and cameo[:2] in CONFLICT_ROOTS


def is_declined(kind: Kind, embedded: str | None, negated: bool) -> bool:
    """ "has no intention of releasing her", "does not intend to lift the blockade", "is not
    willing to withdraw": disowning the will to a concession or cooperation refuses it (12x);
    a denied will to fight ("does not plan to attack") is only negated."""
    return kind is Kind.INTENT and negated and not is_conflict(embedded)


def wrapped_code(kind: Kind, own: str | None, embedded: str | None, negated: bool) -> str:
    """The frame's CAMEO code for a wrapping predicate of ``kind`` around ``embedded``."""
    default = own or "010"
    if is_declined(kind, embedded, negated):
        return lookup(REFUSE, embedded, "120")  # "has no intention of releasing her"
    if kind in {Kind.INTENT, Kind.PLEDGE, Kind.AGREE}:
        if is_conflict(embedded):
            return lookup(THREAT, embedded, "130")
        return lookup(INTENT, embedded, default if kind is not Kind.INTENT else "030")
    if kind is Kind.THREAT:
        return lookup(THREAT, embedded, default)
    if kind is Kind.APPEAL:
        return lookup(APPEAL, embedded, default)
    if kind is Kind.DEMAND:
        return lookup(DEMAND, embedded, default)
    if kind is Kind.ORDER:
        # an authority that orders a restriction ("ordered the paper to suspend publication")
        # imposes it; any other order demands the act of the one ordered
        if embedded and embedded[:2] == IMPOSED_ROOT:
            return embedded
        return lookup(DEMAND, embedded, default)
    if kind is Kind.REFUSE:
        return lookup(REFUSE, embedded, default)
    if kind is Kind.RULEOUT:
        if negated:
            return lookup(THREAT, embedded, "130") if is_conflict(embedded) else "130"
        return lookup(REFUSE, embedded, "120")
    if kind is Kind.ACCUSE:
        return lookup(ACCUSE, embedded, default)
    return default
