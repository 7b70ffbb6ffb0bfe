"""Draft a fact file from an article by general, deterministic rules, for a person to check.

Nothing here knows any article: countries, demonyms and codes come from data packages, and
the rules read titles, attributions and membership phrases the way English news writes them.
"""
