"""The game's own learning moments, beyond the scores: feedback, reflection and guesses.

API (for the report, the text mode and the window's debrief):

- `personal_feedback(game, actor, debrief=None)` → list of `Observation` (`key`, `kind`
  "strength" | "work", `theme`, `goal` — the scenario's learning goal id or None —,
  `text(lang)`, `kind_label(lang)`); `table_feedback(game, debrief=None)` → per actor.
  Drawn from the log lines that actor may see, its own secrets and the outcome analysis.
- `LearningJournal` (pydantic): `answers` (`ReflectionAnswer`: actor, round, moment — index
  in the scenario's reflection list —, text) and `guesses` (`GuessSheet`: guesser, moment
  "start" | "end", picks {about actor: issue id or None}, skipped, complete);
  `to_data()` / `LearningJournal.from_data(obj)` (JournalError when malformed).
- `accuracy(journal_or_sheets, scenario | table_data)` → per guesser a `GuessAccuracy`
  (`start`, `end`: `SheetAccuracy` with hits, total, share, mean_rank, results; `moves`,
  `changed`, `improved`, `worsened`); `top_issues(...)` → each actor's most-weighted issue(s).
- `goal_for(scenario, theme)` → the learning goal an observation's theme speaks to.
"""

from game.learning.accuracy import (
    GuessAccuracy,
    GuessMove,
    GuessResult,
    SheetAccuracy,
    accuracy,
    top_issues,
)
from game.learning.feedback import Observation, personal_feedback, table_feedback
from game.learning.goals import goal_for
from game.learning.journal import (
    GuessSheet,
    JournalError,
    LearningJournal,
    ReflectionAnswer,
)

__all__ = [
    "GuessAccuracy",
    "GuessMove",
    "GuessResult",
    "GuessSheet",
    "JournalError",
    "LearningJournal",
    "Observation",
    "ReflectionAnswer",
    "SheetAccuracy",
    "accuracy",
    "goal_for",
    "personal_feedback",
    "table_feedback",
    "top_issues",
]
