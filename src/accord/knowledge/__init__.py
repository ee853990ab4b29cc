"""Curated knowledge: one loader for every file under ``accord/data`` and the actor lexicon built on it."""
