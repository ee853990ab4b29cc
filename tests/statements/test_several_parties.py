"""A speaker written as two parties of a talk ("the heads of both delegations", "officials of both countries") takes no one
country from the story (issue 13). Invented sentences."""

from __future__ import annotations

from statement_support import speaker_affiliations as _affiliations


def test_the_heads_of_both_delegations_are_no_one_country(extract_text):
    # Two parties of the talks: the story's most named country stands for neither (issue 13; invented sentences).
    text = ("Iran and the United States held talks in Oman. Washington said the talks were useful. The White House "
            "said more rounds were planned. The heads of both delegations said the meeting was constructive. "
            "Two lobbying firms were hired. The heads of the lobbying firms said they had followed the law.")
    affiliations = _affiliations(extract_text(text))
    assert affiliations["The heads of both delegations"] is None
    assert affiliations["The heads of the lobbying firms"] == "USA"
