"""The dates stage (``stage``: each event's date from its sentence, the article around it and its dateline),
its rules one module each, and the readers of date expressions and datelines that earlier stages share
(``calendar``, ``dateline``). Nothing is imported here, so that those stages can read a dateline without
loading the dates stage, which reads their output."""
