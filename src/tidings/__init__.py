"""tidings: political event data from raw news, each event traced to its sentence."""

__version__ = "0.1.0"
