"""Output formats: the one contract serializer (``contract``), the stream writers (``writers``: JSON Lines,
a JSON array; ``cameo``: GDELT-style rows) and the names the commands offer, here without imports so
that building the command line loads nothing else."""

# ``accord extract --format``: the writers of ``accord.formats.writers`` plus the tables the CLI draws.
EXTRACT_FORMATS: tuple[str, ...] = ("jsonl", "json", "table", "cameo")
# ``accord export --format``: contract JSON Lines, flat tables (CSV/Parquet) or CAMEO rows.
EXPORT_FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet", "cameo")
# ``accord export --table``: the flat tables of CSV/Parquet exports.
EXPORT_TABLES: tuple[str, ...] = ("statements", "events", "entities", "articles")
