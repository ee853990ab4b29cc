"""The US party-and-state label after a legislator's name ("Sen. George McGovern, D-S.D.", "(R-Texas)").

American news tags members of Congress with their party and state; the label places the person in the
US whatever country the story is about (a story on the Vietnam War quoting a senator).
"""

from __future__ import annotations

import re

from accord.stages.entities.homonyms import US, us_states

# ", D-S.D.", " (R-Ariz.)", ", I-Vermont": a party initial, a hyphen and a state written as news writes it.
_TAG = re.compile(r"\s*[,(]\s*[DRI]\s?-\s?([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)")
# Characters read after a name for its label.
MAX_TAG_CHARS = 24


def party_tag_country(text: str, name_end: int) -> str | None:
    """USA when a US party-and-state label follows the name ending at ``name_end`` in ``text``, else None."""
    match = _TAG.match(text[name_end:name_end + MAX_TAG_CHARS])
    if match is None:
        return None
    state = match.group(1).rstrip(",)")
    return US if state in us_states() or state.split()[0] in us_states() or state + "." in us_states() else None
