"""The map of a sheet: its countries grouped by membership status, its host city marked."""

from __future__ import annotations

from db.rows import SheetContent
from db.vocabulary import MembershipStatus
from viewer.map.member_map import HostCity, MapCountry, MemberMap, member_map
from viewer.map.places import country_code_from_name


def host_city(place: str) -> HostCity | None:
    """The city of a place written "City, Country" (or just "City")."""
    city, _comma, country = place.partition(",")
    if not city.strip():
        return None
    return HostCity(city.strip(), country_code_from_name(country.rsplit(",", 1)[-1]))


def sheet_map(content: SheetContent) -> MemberMap | None:
    """None when the sheet has no country the map can show."""
    grouped = content.members_by_status()
    countries = [
        MapCountry(row.country, country_code_from_name(row.country), status.label)
        for status in MembershipStatus
        for row in grouped[status]
    ]
    organization = content.detail.organization
    subject = (
        f"{organization.name} members, observers and partners"
        if organization
        else "the countries of the sheet"
    )
    return member_map(countries, host_city(content.detail.place), subject=subject)
