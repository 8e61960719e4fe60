"""Quizzes and tips, transport-free: which scenarios make a round, how a round is scored, which
tip fits today. Randomness comes in as an argument so shells and tests decide it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from bot.content import Content
from bot.content.model import Scenario, Tip

ROUND_SIZE = 5


def pick_round(content: Content, audience: str | None, rng: random.Random,
               size: int = ROUND_SIZE) -> tuple[Scenario, ...]:
    """`size` scenarios for this audience, from as many different topics as possible."""
    fitting = [s for s in content.scenarios if s.fits(audience)]
    rng.shuffle(fitting)
    chosen: list[Scenario] = []
    topics: set[str] = set()
    for scenario in fitting:
        if scenario.topic not in topics:
            chosen.append(scenario)
            topics.add(scenario.topic)
        if len(chosen) == size:
            return tuple(chosen)
    rest = [s for s in fitting if s not in chosen]
    return tuple(chosen + rest[:size - len(chosen)])


@dataclass
class QuizRound:
    """One person's round in progress: the scenarios and the answers so far."""

    scenarios: tuple[Scenario, ...]
    lang: str
    answers: list[int] = field(default_factory=list)

    @property
    def current(self) -> Scenario | None:
        return self.scenarios[len(self.answers)] if not self.done else None

    @property
    def done(self) -> bool:
        return len(self.answers) >= len(self.scenarios)

    def answer(self, option: int) -> bool:
        """Record the answer to the current scenario; True when it was right."""
        scenario = self.current
        if scenario is None:
            raise ValueError("the round is over")
        self.answers.append(option)
        return option == scenario.correct

    @property
    def score(self) -> int:
        return sum(a == s.correct for s, a in zip(self.scenarios, self.answers, strict=False))

    @property
    def missed_topics(self) -> tuple[str, ...]:
        """The topic behind each missed question, once each, in the order they came."""
        missed: list[str] = []
        for scenario, given in zip(self.scenarios, self.answers, strict=False):
            if given != scenario.correct and scenario.topic not in missed:
                missed.append(scenario.topic)
        return tuple(missed)


def pick_tip(content: Content, audience: str | None, rng: random.Random) -> Tip | None:
    fitting = [t for t in content.tips if t.fits(audience)]
    return rng.choice(fitting) if fitting else None


def tip_of_the_day(content: Content, audience: str | None, day: date) -> Tip | None:
    """The same tip all day for everyone in an audience, a different one each day."""
    fitting = [t for t in content.tips if t.fits(audience)]
    return fitting[day.toordinal() % len(fitting)] if fitting else None
