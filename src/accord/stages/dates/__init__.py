"""The dates stage: each event's date from its sentence, the article around it and its dateline
(``stage``), its rules one module each."""

from accord.stages.dates.stage import STAGE, run

__all__ = ["STAGE", "run"]
