"""What the players wrote down during a game: reflection answers and priority guesses.

The engine does not know about these (they change nothing at the table); the text mode keeps
them in its save beside the engine's record, and the debrief reads them back. A guess sheet
is filled one pick at a time, so a game stopped halfway through the sheet resumes where it
stopped; a skipped sheet is kept too, so nobody is asked twice.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

Moment = Literal["start", "end"]
MOMENTS: tuple[Moment, ...] = ("start", "end")
ANSWER_LIMIT = 2000  # characters kept of one reflection answer


class ReflectionAnswer(BaseModel):
    """One player's answer to one of the scenario's reflection questions (empty allowed)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actor: str
    round: int = Field(ge=1)
    moment: int = Field(ge=0, description="Index in the scenario's `reflection` list")
    text: str = Field(max_length=ANSWER_LIMIT)


class GuessSheet(BaseModel):
    """One player's guesses at one moment: per other actor, the issue it cares most about
    (None: this one skipped). `skipped`: the whole sheet was declined."""

    model_config = ConfigDict(extra="forbid")

    guesser: str
    moment: Moment
    picks: dict[str, str | None] = Field(default_factory=dict)
    skipped: bool = False
    complete: bool = False

    def guessed(self) -> dict[str, str]:
        """Only the actual guesses: about whom, which issue."""
        return {about: issue for about, issue in self.picks.items() if issue is not None}


#: The self-rating scale per learning goal: 1 (not yet) to 5 (fully).
RATING_MIN, RATING_MAX = 1, 5


class SelfRating(BaseModel):
    """How a player rates themself per learning goal of the case (1–5) at the start or the
    end; `skipped`: the player chose not to. `player` names the person when two share an
    actor (a duo in the room); None in a local game."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actor: str
    moment: Moment
    ratings: dict[str, Annotated[int, Field(ge=RATING_MIN, le=RATING_MAX)]] = Field(
        default_factory=dict
    )
    skipped: bool = False
    player: str | None = None


class LearningJournal(BaseModel):
    """Every reflection answer, guess sheet and self-rating of one game, per player."""

    model_config = ConfigDict(extra="forbid")

    answers: list[ReflectionAnswer] = Field(default_factory=list)
    guesses: list[GuessSheet] = Field(default_factory=list)
    ratings: list[SelfRating] = Field(default_factory=list)

    # --- reading -------------------------------------------------------------------------
    def answers_of(self, actor: str) -> list[ReflectionAnswer]:
        return [a for a in self.answers if a.actor == actor]

    def answered(self, actor: str, moment: int) -> bool:
        return any(a.actor == actor and a.moment == moment for a in self.answers)

    def sheet(self, guesser: str, moment: Moment) -> GuessSheet | None:
        return next((s for s in self.guesses if s.guesser == guesser and s.moment == moment), None)

    def is_empty(self) -> bool:
        return not self.answers and not self.guesses and not self.ratings

    def rating(self, actor: str, moment: Moment, player: str | None = None) -> SelfRating | None:
        return next(
            (
                r
                for r in self.ratings
                if r.actor == actor and r.moment == moment and r.player == player
            ),
            None,
        )

    def rate(
        self,
        actor: str,
        moment: Moment,
        ratings: dict[str, int],
        skipped: bool = False,
        player: str | None = None,
    ) -> SelfRating:
        """Record a self-rating (a second one at the same moment replaces the first)."""
        entry = SelfRating(
            actor=actor,
            moment=moment,
            ratings={} if skipped else dict(ratings),
            skipped=skipped,
            player=player,
        )
        self.ratings = [
            r
            for r in self.ratings
            if not (r.actor == actor and r.moment == moment and r.player == player)
        ]
        self.ratings.append(entry)
        return entry

    # --- writing -------------------------------------------------------------------------
    def answer(self, actor: str, round: int, moment: int, text: str) -> ReflectionAnswer:
        """Record an answer (the first one counts; asking twice changes nothing)."""
        found = next((a for a in self.answers if a.actor == actor and a.moment == moment), None)
        if found is not None:
            return found
        entry = ReflectionAnswer(
            actor=actor, round=round, moment=moment, text=text.strip()[:ANSWER_LIMIT]
        )
        self.answers.append(entry)
        return entry

    def open_sheet(self, guesser: str, moment: Moment) -> GuessSheet:
        """The sheet of `guesser` at `moment`, started when there is none yet."""
        found = self.sheet(guesser, moment)
        if found is None:
            found = GuessSheet(guesser=guesser, moment=moment)
            self.guesses.append(found)
        return found

    # --- the save ------------------------------------------------------------------------
    def to_data(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @classmethod
    def from_data(cls, data: object) -> LearningJournal:
        """The journal from its JSON form; JournalError says what is wrong with it."""
        try:
            return cls.model_validate(data)
        except ValidationError as error:
            problem = error.errors()[0]
            where = ".".join(str(part) for part in problem["loc"]) or "learning"
            raise JournalError(f"{where}: {problem['msg']}") from None


class JournalError(ValueError):
    """A journal in a save that does not have the right shape."""
