"""Corpus-level analysis: pure functions over many articles' records (no store, no I/O).

``clustering``: which reports are one real-world event; ``divergence``: where parties assess the same
talks or issue in opposite ways.
"""
