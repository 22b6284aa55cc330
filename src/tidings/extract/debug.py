"""Print the frames of every sentence of text files: ``python -m tidings.extract.debug FILE...``."""

from __future__ import annotations

import sys
from pathlib import Path

from tidings.extract.frames import Frame
from tidings.model import Actor


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    label = actor.code or "?"
    return f"{label}({actor.name})" if actor.name else label


def describe(frame: Frame) -> str:
    arrow = "<->" if frame.symmetric else "->"
    by = f" by {_actor(frame.attributed_to)}" if frame.attributed_to else ""
    return (
        f"  {frame.cameo:5} {_actor(frame.source)} {arrow} {_actor(frame.target)}"
        f" [{frame.modality}{by}] {frame.trigger_span.text!r} {frame.confidence:.2f} {frame.rule}"
    )


def main(argv: list[str]) -> int:
    from tidings.pipeline import Coder, CoderOptions

    coder = Coder.load(CoderOptions(use_classifier=False))
    for name in argv:
        doc = coder.parse(Path(name).read_text(encoding="utf-8"))
        memory = coder.actors.memory()
        for sentence in doc.sents:
            frames = coder.extractor.frames(sentence, memory)
            if frames:
                print(sentence.text.strip().replace("\n", " "))
                for frame in frames:
                    print(describe(frame))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
