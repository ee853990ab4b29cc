"""The "I" of a question-and-answer interview: the person who answers, named before the first question."""

from __future__ import annotations

import bisect
import re
from collections import Counter

from accord.stages.statements.resolved_speaker import ResolvedSpeaker, is_named

# A paragraph opening with a question or answer label ("Q: You said ...", "A: It is ...").
INTERVIEW_LABEL = re.compile(r"^[ \t]*([QA])[:.][ \t]+(?=\S)", re.MULTILINE)
# Answer labels an interview has at least this many of: one "A." may open an ordinary list.
MIN_ANSWERS = 2


class InterviewSpeakers:
    """Interview resolution of SpeakerResolver: who "I" is in an answer of a Q&A interview."""

    def _interview_labels(self) -> list[tuple[int, str]]:
        """The (offset, "Q" or "A") labels opening paragraphs, in text order; empty for no interview."""
        cached = getattr(self, "_labels_cache", None)
        if cached is None:
            found = [(m.start(), m.group(1)) for m in INTERVIEW_LABEL.finditer(self.text)]  # type: ignore[attr-defined]
            kinds = Counter(kind for _, kind in found)
            cached = found if kinds["Q"] >= 1 and kinds["A"] >= MIN_ANSWERS else []
            self._labels_cache = cached
        return cached

    def _interviewee(self, start: int) -> ResolvedSpeaker | None:
        """The person answering when ``start`` lies in an answer (the latest label before it is "A:"): the
        named person mentioned most often before the first question (the headline's and the lead's "Q&A with
        Vice President Ann Roe"), by the fullest name the article gives; None outside answers or for a tie."""
        labels = self._interview_labels()
        at = bisect.bisect_right(labels, (start, "~")) - 1
        if at < 0 or labels[at][1] != "A":
            return None
        first_question = next(offset for offset, kind in labels if kind == "Q")
        people = [p for p in self.people if p.start < first_question and p.entity and is_named(p)]  # type: ignore[attr-defined]
        counts = Counter(p.entity for p in people).most_common(2)
        if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
            return None
        entity = counts[0][0]
        return max((p for p in self.people if p.entity == entity),  # type: ignore[attr-defined]
                   key=lambda p: len((p.name or "").split()))
