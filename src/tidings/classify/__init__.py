"""The learned event classifier beside the rules (``EventClassifier.decide`` -> ``Decision``)."""

from tidings.classify.decide import Decision, EventClassifier, Mode

__all__ = ["Decision", "EventClassifier", "Mode"]
