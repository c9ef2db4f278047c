"""Messages about the scenario a save replays on (game/saves.py): the copy a save keeps of
its scenario, and the file on disk beside it."""

MESSAGES: dict[str, tuple[str, str]] = {
    "saves.kept_name": (
        "{save} (bewaarde scenariotekst)",
        "{save} (kept scenario text)",
    ),
    "saves.room_label": ("{db}, kamer {code}", "{db}, room {code}"),
    "saves.room_table": ("kamer {code}, tafel {table}", "room {code}, table {table}"),
    "saves.file_differs": (
        "Let op: {file} verschilt van het scenario waarmee dit spel gespeeld is; de kopie die "
        "bij het opgeslagen spel bewaard is, wordt gebruikt.",
        "Note: {file} differs from the scenario this game was played with; the copy kept "
        "with the saved game is used.",
    ),
    "saves.file_gone": (
        "Let op: {file} is niet gevonden; de kopie van het scenario die bij het opgeslagen "
        "spel bewaard is, wordt gebruikt.",
        "Note: {file} was not found; the copy of the scenario kept with the saved game is used.",
    ),
    "saves.file_unreadable": (
        "Let op: {file} is niet te lezen ({reason}); de kopie van het scenario die bij het "
        "opgeslagen spel bewaard is, wordt gebruikt.",
        "Note: {file} cannot be read ({reason}); the copy of the scenario kept with the saved "
        "game is used.",
    ),
    "saves.kept_problem": (
        "De kopie van het scenario in dit opgeslagen spel laadt niet:\n{problems}",
        "The copy of the scenario in this saved game does not load:\n{problems}",
    ),
    "saves.kept_mismatch": (
        "De kopie van het scenario in {save} is niet het scenario waarmee dit spel gespeeld "
        "is (de hash verschilt); het bestand is aangepast.",
        "The copy of the scenario in {save} is not the scenario this game was played with "
        "(its hash differs); the file has been edited.",
    ),
    "saves.no_scenario": (
        "Het scenario '{id}' van dit spel is niet gevonden, en het opgeslagen spel bewaart er "
        "geen kopie van (een opslag van een oudere versie); zet het scenariobestand terug "
        "(bij replay, report en play --resume kan ook --scenario PAD).",
        "The scenario '{id}' of this game was not found, and the saved game keeps no copy of "
        "it (a save from an older version); put the scenario file back (replay, report and "
        "play --resume also take --scenario PATH).",
    ),
    "saves.changed_no_copy": (
        "Het scenario in {file} is veranderd sinds dit spel gespeeld is (opgeslagen hash "
        "{saved}, huidige hash {found}), en het opgeslagen spel bewaart geen kopie van de "
        "oude versie; zet die versie terug om het spel na te spelen.",
        "The scenario in {file} has changed since this game was played (saved hash {saved}, "
        "current hash {found}), and the saved game keeps no copy of the old version; put that "
        "version back to replay the game.",
    ),
    "saves.scenario_problem": (
        "Het scenario van dit spel ({file}) laadt niet:\n{problems}",
        "The scenario of this game ({file}) does not load:\n{problems}",
    ),
}
