"""Extraction stages: plain functions over a parsed Doc, registered in ``accord.pipeline``."""
