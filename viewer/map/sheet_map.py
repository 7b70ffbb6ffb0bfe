"""The map of a sheet: its members grouped by status, its host city marked."""

from __future__ import annotations

from collections.abc import Mapping

from db.factfile.folding import fold
from db.rows import SheetContent
from viewer.map.member_map import HostCity, MapCountry, MemberMap, member_map
from viewer.map.places import country_code_from_name


def host_city(place: str, sheet_codes: Mapping[str, str] | None = None) -> HostCity | None:
    """The city of a place written "City, Country" (or just "City"). The country's code is
    the sheet's own where the sheet has that country (``sheet_codes``, by folded name), as a
    member's is, else the country table's."""
    city, _comma, country = place.partition(",")
    if not city.strip():
        return None
    named = country.rsplit(",", 1)[-1]
    code = (sheet_codes or {}).get(fold(named.strip())) or country_code_from_name(named)
    return HostCity(city.strip(), code.lower())


def sheet_map(content: SheetContent) -> MemberMap | None:
    """None when the sheet has no member the map can show.

    A member's code comes from the fact file; one written without a code is looked up by its
    name, and a body that is no country stays off the map (it is listed under it).
    """
    countries = [
        MapCountry(row.name, row.code or country_code_from_name(row.name), row.status_label)
        for rows in content.members_by_status().values()
        for row in rows
    ]
    organization = content.detail.organization
    subject = (
        f"{organization.name} members, observers and partners"
        if organization
        else "the members of the sheet"
    )
    sheet_codes = {fold(row.name): row.code for row in content.members if row.code}
    return member_map(countries, host_city(content.detail.place, sheet_codes), subject=subject)
