"""The country of an outlet the text names by its web address ("according to nation.co.ke", "lemonde.fr
reported"): its country-code top-level domain.

Such a speaker is known to no lexicon, and the back-offs gave it the story's country (a Kenyan site quoted in a
US story became American; issue 13). A domain sold worldwide as a brand (".tv", ".io": data/actors/vanity_domains.tsv)
places nothing unless under a national second level (".com.co"), nor do generic ones (".com", ".org").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import pycountry

from accord.knowledge.loader import read_rows
from accord.records import Speaker

VANITY_DOMAINS_FILE = "actors/vanity_domains.tsv"
# A web address written as a name: dot-separated labels ending in a two-letter country code written in lower case
# ("nation.co.ke", "Nation.co.ke"; "Mr.Li" is a name).
_ADDRESS = re.compile(r"(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]*(?:\.([A-Za-z0-9-]+))*\.([a-z]{2})")
# Second-level labels a country's registry keeps for its own firms and bodies: under them even a domain sold as a
# brand is national ("eldiario.com.co", "finance.gov.tv"), as the registries sell only bare names abroad.
NATIONAL_SECOND_LEVELS = frozenset({"com", "co", "gov", "go", "org", "or", "net", "ne", "edu", "ac", "mil", "nic"})
# Country-code domains whose letters are not the country's ISO alpha-2 code.
DOMAIN_CODES = {"uk": "GB"}


@functools.lru_cache(maxsize=1)
def vanity_domains() -> frozenset[str]:
    """Country-code domains sold as brands, which place no site (data/actors/vanity_domains.tsv)."""
    return frozenset(row["domain"] for row in read_rows(VANITY_DOMAINS_FILE, ("domain",)))


def domain_country(address: str) -> str | None:
    """The alpha-3 code of the country whose top-level domain ends a web address ("nation.co.ke" -> KEN), else None."""
    match = _ADDRESS.fullmatch(address.strip())
    if match is None:
        return None
    domain = match.group(2)
    if domain in vanity_domains() and match.group(1) not in NATIONAL_SECOND_LEVELS:
        return None
    country = pycountry.countries.get(alpha_2=DOMAIN_CODES.get(domain, domain).upper())
    return country.alpha_3 if country is not None else None


def domain_countries(speakers: Sequence[Speaker]) -> list[str | None]:
    """Per speaker (aligned), the country of the web address it is written as, else None."""
    return [domain_country(speaker.text) or domain_country(speaker.name or "") for speaker in speakers]
