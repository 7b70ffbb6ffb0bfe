"""The map of a sheet: its members grouped by status, its host city marked."""

from __future__ import annotations

from db.rows import SheetContent
from viewer.map.member_map import HostCity, MapCountry, MemberMap, member_map
from viewer.map.places import country_code_from_name


def host_city(place: str) -> HostCity | None:
    """The city of a place written "City, Country" (or just "City")."""
    city, _comma, country = place.partition(",")
    if not city.strip():
        return None
    return HostCity(city.strip(), country_code_from_name(country.rsplit(",", 1)[-1]))


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
    return member_map(countries, host_city(content.detail.place), subject=subject)
