"""Texts of the facilitator's kit in the room: duos, observation forms, self-ratings and the
class board (dashboard, projector page, `results --board`)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- refusals ---------------------------------------------------------------------------
    "kit.not_shared": (
        "Je kunt alleen een duo vormen met een deelnemer die {actor} aan tafel {table} speelt.",
        "You can only form a duo with a trainee playing {actor} at table {table}.",
    ),
    "kit.duo_full": (
        "{actor} aan tafel {table} wordt al door twee mensen gespeeld.",
        "{actor} at table {table} is already played by two people.",
    ),
    "kit.bad_week": (
        "Week {week} bestaat niet aan deze tafel (de termijn is {deadline} weken).",
        "Week {week} does not exist at this table (the deadline is {deadline} weeks).",
    ),
    "kit.unknown_actor": (
        "Partij {actor} zit niet aan tafel {table}.",
        "Party {actor} is not at table {table}.",
    ),
    "kit.no_goals": (
        "Deze casus heeft geen leerdoelen om jezelf op te beoordelen.",
        "This case has no learning goals to rate yourself on.",
    ),
    "kit.unknown_goal": (
        "Leerdoel {goal} hoort niet bij deze casus.",
        "Learning goal {goal} is not one of this case's.",
    ),
    "kit.not_observing": (
        "Alleen een observator van een tafel stuurt een observatieformulier.",
        "Only an observer of a table sends an observation form.",
    ),
    "kit.not_at_table": (
        "Kies eerst een plaats of een tafel om te observeren.",
        "Take a seat or a table to observe first.",
    ),
    # --- the terminal room client ------------------------------------------------------------
    "kit.join.share": (
        "Speel {name} aan tafel {table} samen met {player} (duo)",
        "Play {name} at table {table} together with {player} (duo)",
    ),
    "kit.form.title": (
        "Observatieformulier, week {week}. Typ per partij de nummers van wat je zag "
        "(bijv. 1 3; Enter: niets):",
        "Observation form, week {week}. Type for each party the numbers of what you saw "
        "(e.g. 1 3; Enter: nothing):",
    ),
    "kit.form.actor": ("{name}: ", "{name}: "),
    "kit.form.bad": (
        "'{answer}' is geen rij nummers van 1 tot en met {high}; probeer opnieuw.",
        "'{answer}' is not a list of numbers from 1 to {high}; try again.",
    ),
    "kit.form.note": ("Notitie (Enter: geen): ", "Note (Enter: none): "),
    "kit.form.kept": ("Bewaard in de kamer.", "Kept in the room."),
    # --- the window room client ----------------------------------------------------------
    "kit.window.observe": (
        "Observeer tafel {table} (met observatieformulier)",
        "Observe table {table} (with the observation form)",
    ),
    "kit.window.watch_title": (
        "Tafel {table} — je observeert",
        "Table {table} — you are observing",
    ),
    "kit.window.form_button": ("Formulier week {week}", "Form for week {week}"),
    "kit.window.form_title": (
        "Observatieformulier — week {week} van {weeks}",
        "Observation form — week {week} of {weeks}",
    ),
    "kit.window.form_intro": (
        "Klik per partij aan wat je deze week zag, en schrijf onderaan wat opviel.",
        "Tick for each party what you saw this week, and write below what stood out.",
    ),
    "kit.window.form_send": ("Bewaar het formulier", "Keep the form"),
    "kit.window.form_cancel": ("Terug zonder bewaren (Esc)", "Back without keeping (Esc)"),
    "kit.window.kept": ("Formulieren bewaard: week {weeks}", "Forms kept: week {weeks}"),
    # --- the dashboard's seating proposal -------------------------------------------------
    "kit.plan.button": ("Tafelindeling", "Seating"),
    "kit.plan.title": ("Tafelindeling voorstellen", "Propose a seating"),
    "kit.plan.people": ("{people} deelnemers", "{people} participants"),
    "kit.plan.rest_duos": ("Wie overblijft: duo's", "Those left over: duos"),
    "kit.plan.rest_observers": ("Wie overblijft: observatoren", "Those left over: observers"),
    "kit.plan.bots_yes": ("Bots toegestaan", "Bots allowed"),
    "kit.plan.bots_no": ("Geen bots", "No bots"),
    "kit.plan.short": (
        "De kamer heeft {tables} tafel(s); voor nog {more} volle tafel(s) is er geen plaats, "
        "die mensen worden duo of observator. Meer tafels: start de kamer opnieuw met "
        "--tables.",
        "The room has {tables} table(s); there is no place for {more} more full table(s), "
        "so those people become duos or observers. More tables: start the room again with "
        "--tables.",
    ),
    "kit.plan.spare": (
        "{spare} tafel(s) van de kamer blijven leeg.",
        "{spare} table(s) of the room stay empty.",
    ),
    "kit.plan.bot": ("bot", "bot"),
    "kit.plan.trainer": ("trainer", "trainer"),
    "kit.plan.observers": ("observatoren {people}", "observers {people}"),
    "kit.plan.bot_rule": (
        "Een rol zonder speler speelt een bot: zet bots op de vrije plaatsen van die tafel "
        "als iedereen zit.",
        "A bot plays a role without a player: put bots on that table's free seats once "
        "everyone is seated.",
    ),
    "kit.plan.trainer_rule": (
        "Geen bots: de trainer speelt een rol zonder speler, of die tafel speelt zonder.",
        "No bots: the trainer plays a role without a player, or that table plays without it.",
    ),
    # --- the class board --------------------------------------------------------------------
    "kit.board.no_scenario": (
        "Geen tafel van {room} is af en het scenariobestand {file} is niet te lezen: er is "
        "geen bord te maken.",
        "No table of {room} is finished and the scenario file {file} cannot be read: there is "
        "no board to make.",
    ),
    "kit.board.written": ("Klassikaal bord geschreven: {path}", "Class board written: {path}"),
    "kit.board.csv_written": (
        "Bord als CSV geschreven: {path} ({rows} regels)",
        "Board written as CSV: {path} ({rows} rows)",
    ),
    "kit.board.failed": (
        "Geen bord voor kamer {code}: {reason}",
        "No board for room {code}: {reason}",
    ),
    "kit.board.help": (
        "schrijf het klassikale bord als één HTML-pagina voor de beamer (van de nieuwste sessie, "
        "of van --session N)",
        "write the class board as one HTML page for the projector (of the newest session, or of "
        "--session N)",
    ),
    "kit.board.csv_help": (
        "schrijf de cijfers van het klassikale bord als CSV ('-' = standaarduitvoer)",
        "write the class board's figures as CSV ('-' = standard output)",
    ),
    "kit.board.button": ("Klassikaal bord (beamer)", "Class board (projector)"),
    "kit.board.asking": ("Het bord wordt opgehaald…", "Fetching the board…"),
    "kit.board.window_written": (
        "Klassikaal bord geschreven: {page} (open het in de browser op de beamer); CSV: {csv}",
        "Class board written: {page} (open it in the browser on the projector); CSV: {csv}",
    ),
    "kit.board.title": ("Klassikaal bord — {title}", "Class board — {title}"),
    "kit.board.subtitle": ("{tables} tafels naast elkaar", "{tables} tables side by side"),
    "kit.board.outcome.agreement": ("akkoord in week {round}", "agreement in week {round}"),
    "kit.board.outcome.deadline": ("geen akkoord (week {round})", "no agreement (week {round})"),
    "kit.board.outcome.walkout": ("weggelopen in week {round}", "walk-out in week {round}"),
    "kit.board.outcome.open": ("nog bezig (week {round})", "still playing (week {round})"),
    "kit.board.agreements": (
        "Akkoord aan {deals} van de {done} afgeronde tafels.",
        "Agreement at {deals} of the {done} finished tables.",
    ),
    "kit.board.spread": (
        "Integratie-index: laagste {low}, gemiddeld {mean}, hoogste {high}.",
        "Integration index: lowest {low}, mean {mean}, highest {high}.",
    ),
    "kit.board.table": ("Tafel {table}", "Table {table}"),
    "kit.board.col.outcome": ("Uitkomst", "Outcome"),
    "kit.board.col.index": ("Integratie-index", "Integration index"),
    "kit.board.section.spread": ("Spreiding over de tafels", "Spread across the tables"),
    "kit.board.section.choices": ("Wat elke tafel koos", "What each table chose"),
    "kit.board.section.points": ("Punten tegenover BATNA", "Points against BATNA"),
    "kit.board.section.why": ("Waarom haalde de ene tafel meer?", "Why did one table reach more?"),
    "kit.board.section.observations": ("Wat de observatoren zagen", "What the observers saw"),
    "kit.board.section.shift": (
        "Zelfbeoordeling per leerdoel: voor → na",
        "Self-assessment per learning goal: before → after",
    ),
    "kit.board.best_row": ("Beste gezamenlijke keuze", "Best joint choice"),
    "kit.board.best_legend": (
        "★ en groen: de optie van het pakket met de meeste gezamenlijke punten aan die tafel.",
        "★ and green: the option of the package with the most joint points at that table.",
    ),
    "kit.board.points_cell": (
        "{points} (BATNA {batna}, {diff})",
        "{points} (BATNA {batna}, {diff})",
    ),
    "kit.board.points_legend": (
        "Punten van de uitkomst, met de BATNA en het verschil; zonder akkoord is dat de BATNA.",
        "Points of the outcome, with the BATNA and the difference; without a deal that is the "
        "BATNA.",
    ),
    "kit.board.fact.result": (
        "{outcome}; integratie-index {index}",
        "{outcome}; integration index {index}",
    ),
    "kit.board.fact.revealed": (
        "{count} belang(en) op tafel gelegd ({which}).",
        "{count} interest(s) put on the table ({which}).",
    ),
    "kit.board.fact.none_revealed": (
        "Niemand legde een belang op tafel.",
        "Nobody put an interest on the table.",
    ),
    "kit.board.fact.consulted": (
        "{count} keer de achterban geraadpleegd, {questions} vragen gesteld.",
        "Consulted the back office {count} times, asked {questions} questions.",
    ),
    "kit.board.fact.hidden": (
        "{count} belang(en) bleven verborgen waar waarde bleef liggen: {which}.",
        "{count} interest(s) stayed hidden where value was left: {which}.",
    ),
    "kit.board.fact.closest": (
        "Dichtstbij: voorstel {id} van {proposer}, {supporters} steun — {package}.",
        "Closest: proposal {id} by {proposer}, {supporters} in support — {package}.",
    ),
    "kit.board.fact.no_proposal": (
        "Er kwam geen enkel voorstel op tafel.",
        "No proposal was ever put on the table.",
    ),
    "kit.board.why": (
        "Waarom haalde tafel {high} meer dan tafel {low}?",
        "Why did table {high} reach more than table {low}?",
    ),
    "kit.board.why_none": (
        "Nog geen twee afgeronde tafels met een verschillende uitkomst om te vergelijken.",
        "No two finished tables with different results to compare yet.",
    ),
    "kit.board.every_table": ("Elke tafel", "Every table"),
    "kit.board.observed": (
        "Tafel {table} — geobserveerd door {observers}",
        "Table {table} — observed by {observers}",
    ),
    "kit.board.note": ("Week {week}, {observer}: {note}", "Week {week}, {observer}: {note}"),
    "kit.board.no_observers": (
        "Geen observatieformulieren ontvangen.",
        "No observation forms received.",
    ),
    "kit.board.no_goals": ("Deze casus heeft geen leerdoelen.", "This case has no learning goals."),
    "kit.board.col.goal": ("Leerdoel", "Learning goal"),
    "kit.board.col.shift": ("Gemiddeld voor → na", "Mean before → after"),
    "kit.board.col.n": ("Aantal", "Count"),
    "kit.board.counts": (
        "n = {n} (voor {before}, na {after})",
        "n = {n} (before {before}, after {after})",
    ),
    "kit.board.shift_legend": (
        "Schaal 1–5; het gemiddelde telt wie zich zowel voor als na beoordeelde (n).",
        "Scale 1–5; the mean counts those who rated themselves both before and after (n).",
    ),
}
