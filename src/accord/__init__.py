"""accord: who said what and who did what to whom, from news on conflicts and negotiations."""

__version__ = "0.1.0"
