"""Content moderators edit: intents/ (examples), answers/ (texts), crisis cues, interface texts."""

from bot.content.loader import load_content
from bot.content.model import (
    Content,
    CrisisGroup,
    Cue,
    Example,
    NotUrgent,
    Source,
    Topic,
    Ui,
)
from bot.content.problems import Problem, errors

__all__ = ["Content", "CrisisGroup", "Cue", "Example", "NotUrgent", "Problem", "Source", "Topic",
           "Ui", "errors", "load_content"]
