"""Messages of the computer opponents (why a bot acts) and of `python -m game simulate`."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- why a bot acts: one sentence, filled with the scenario's own texts -----------------
    "agents.fallback": (
        "{actor} doet wat de regels toestaan: de eerste keuze mocht niet.",
        "{actor} does what the rules allow: its first choice was not allowed.",
    ),
    "agents.propose": (
        "{actor} stelt een pakket voor met '{option}' bij '{issue}': {reason}",
        "{actor} proposes a package with '{option}' on '{issue}': {reason}",
    ),
    "agents.counter": (
        "{actor} steunt voorstel {proposal} niet en doet een eigen voorstel: {because}",
        "{actor} does not support proposal {proposal} and makes its own: {because}",
    ),
    "agents.counter_table": (
        "{actor} doet naast voorstel {proposal} een eigen voorstel, met '{option}' bij "
        "'{issue}': dat lijkt ons beter voor de hele tafel.",
        "{actor} makes its own proposal beside proposal {proposal}, with '{option}' on "
        "'{issue}': we think that is better for the whole table.",
    ),
    "agents.support": (
        "{actor} steunt voorstel {proposal}: {because}",
        "{actor} supports proposal {proposal}: {because}",
    ),
    "agents.reject": (
        "{actor} steunt voorstel {proposal} niet: {because}",
        "{actor} does not support proposal {proposal}: {because}",
    ),
    "agents.withdraw": (
        "{actor} trekt de steun voor voorstel {proposal} in, want dat is nu niet meer genoeg: "
        "{because}",
        "{actor} withdraws its support for proposal {proposal}, because it is no longer "
        "enough: {because}",
    ),
    "agents.wait_again": (
        "{actor} wacht af: sinds de vorige beurt is er geen nieuw voorstel bijgekomen.",
        "{actor} waits: no new proposal has come in since its last turn.",
    ),
    # --- why, in a clause: which way the bot wants to move on one issue, and why ------------
    "agents.because.less": (
        "bij '{issue}' is '{option}' voor ons te weinig, wij willen '{wanted}'",
        "on '{issue}', '{option}' is too little for us, we want '{wanted}'",
    ),
    "agents.because.more": (
        "bij '{issue}' is '{option}' voor ons te veel, wij willen '{wanted}'",
        "on '{issue}', '{option}' is too much for us, we want '{wanted}'",
    ),
    "agents.because.rather": (
        "bij '{issue}' hebben wij liever '{wanted}' dan '{option}'",
        "on '{issue}' we would rather have '{wanted}' than '{option}'",
    ),
    "agents.because.gives": (
        "bij '{issue}' krijgen wij '{option}'",
        "on '{issue}' we get '{option}'",
    ),
    "agents.because.no_mandate": (
        "bij '{issue}' hebben wij geen mandaat voor '{option}'.",
        "on '{issue}' we have no mandate for '{option}'.",
    ),
    "agents.because.ruled_out": (
        "bij '{issue}' kan '{option}' niet meer, want {who} kan dat sinds een gebeurtenis aan "
        "tafel niet meer steunen.",
        "on '{issue}', '{option}' is no longer possible: since an event at the table, {who} "
        "can no longer support it.",
    ),
    "agents.because.not_enough": (
        "alles bij elkaar levert het ons te weinig op.",
        "all in all it gives us too little.",
    ),
    "agents.because.with_reason": ("{clause} — {reason}", "{clause} — {reason}"),
    "agents.stake.much": (
        "daar staat voor ons veel op het spel.",
        "a lot is at stake for us there.",
    ),
    "agents.stake.some": (
        "daar staat voor ons het nodige op het spel.",
        "something is at stake for us there.",
    ),
    "agents.stake.little": (
        "daar staat voor ons weinig op het spel.",
        "little is at stake for us there.",
    ),
    "agents.wait": (
        "{actor} wacht af: er ligt nog niets op tafel dat beter is dan wat het nu al heeft.",
        "{actor} waits: nothing on the table yet beats what it already has.",
    ),
    "agents.consult": (
        "{actor} gaat terug naar de achterban, want het pakket dat het wil steunen valt nog "
        "buiten het mandaat.",
        "{actor} goes back to its organisation, because the package it wants to back still "
        "lies outside its mandate.",
    ),
    "agents.escalate": (
        "{actor} roept de escalatietafel bijeen: geen voorstel krijgt genoeg steun en de tijd "
        "loopt op ({round} van {deadline} weken).",
        "{actor} calls the escalation table: no proposal gets enough support and time is "
        "running out (week {round} of {deadline}).",
    ),
    "agents.reveal": (
        "{actor} legt een belang op tafel over '{issue}', omdat de anderen ook open kaart "
        "spelen: {reason}",
        "{actor} puts an interest on the table about '{issue}', because the others are open "
        "too: {reason}",
    ),
    "agents.reveal_first": (
        "{actor} legt als eerste een belang op tafel over '{issue}', om de anderen uit te "
        "nodigen ook open kaart te spelen: {reason}",
        "{actor} is the first to put an interest on the table, about '{issue}', to invite the "
        "others to be open too: {reason}",
    ),
    "agents.ask": (
        "{actor} vraagt {to} naar '{issue}', om te weten wat daar voor hen zwaar weegt.",
        "{actor} asks {to} about '{issue}', to learn what weighs for them there.",
    ),
    "agents.answer.truthful": (
        "{actor} antwoordt {asker} eerlijk over '{issue}': open kaart maakt ruilen mogelijk.",
        "{actor} answers {asker} truthfully about '{issue}': openness makes trades possible.",
    ),
    "agents.answer.vague": (
        "{actor} houdt zich over '{issue}' op de vlakte tegenover {asker}.",
        "{actor} stays vague about '{issue}' towards {asker}.",
    ),
    "agents.answer.decline": (
        "{actor} laat zich over '{issue}' niet in de kaart kijken door {asker}.",
        "{actor} does not show {asker} its hand on '{issue}'.",
    ),
    # --- python -m game simulate ------------------------------------------------------------
    "simulate.help": (
        "Laat computerspelers een scenario vaak spelen en toon of integratief onderhandelen loont.",
        "Let computer players play a scenario many times and show whether integrative "
        "negotiation pays.",
    ),
    "simulate.arg.scenario": (
        "Het scenariobestand (standaard: de startcasus Een inloop in De Wingerd)",
        "The scenario file (default: the starter case A walk-in at De Wingerd)",
    ),
    "simulate.arg.games": ("Aantal spellen", "Number of games"),
    "simulate.arg.seed": ("Startgetal voor het toeval", "Seed for chance"),
    "simulate.arg.strategies": (
        "Eén strategie voor iedereen (tough, conceder, reciprocal, integrative) of per actor: "
        "gemeente=tough,ggz=integrative; standaard de voorstellen van het scenario",
        "One strategy for all (tough, conceder, reciprocal, integrative) or per actor: "
        "gemeente=tough,ggz=integrative; default the scenario's suggestions",
    ),
    "simulate.arg.json": ("Uitvoer als één JSON-object", "Output as one JSON object"),
    "simulate.arg.compare": (
        "Speel --games spellen met iedereen integratief en evenveel met iedereen hard, en toon "
        "of de casus integratief spelen beloont (het leerdoel)",
        "Play --games games with everyone integrative and as many with everyone tough, and "
        "show whether the case rewards integrative play (the learning goal)",
    ),
    "simulate.seat_swap.alone": (
        "--seat-swap speelt zijn eigen tafels en bewaart geen spellen; laat --compare en "
        "--save-dir weg.",
        "--seat-swap plays its own tables and saves no games; leave out --compare and --save-dir.",
    ),
    "simulate.compare.alone": (
        "--compare kiest zelf de strategieën en bewaart geen spellen; laat --strategies en "
        "--save-dir weg.",
        "--compare chooses the strategies itself and saves no games; leave out --strategies "
        "and --save-dir.",
    ),
    "simulate.compare.title": (
        "{scenario}: iedereen integratief tegen iedereen hard, {games} spellen elk "
        "(startgetal {seed})",
        "{scenario}: everyone integrative against everyone tough, {games} games each (seed {seed})",
    ),
    "simulate.compare.index": ("Integratie-index (gemiddeld)", "Integration index (mean)"),
    "simulate.compare.difference": ("verschil", "difference"),
    "simulate.compare.goal": (
        "Leerdoel (integratief ≥ {rate} akkoorden en ≥ {gap} hoger op integratie)",
        "Learning goal (integrative ≥ {rate} agreements and ≥ {gap} higher on integration)",
    ),
    "simulate.arg.save_dir": (
        "Map waarin elk spel als opslagbestand wordt bewaard",
        "Folder to write every game's save file into",
    ),
    "simulate.arg.workers": (
        "Aantal processen (standaard: alle kernen; 1 = in dit proces)",
        "Number of processes (default: all cores; 1 = in this process)",
    ),
    "simulate.arg.lang": ("Taal van de uitvoer", "Language of the output"),
    "simulate.bad_strategies": (
        "Onbekende strategie-opgave '{given}': {reason}. Kies uit {known}.",
        "Unknown strategy setting '{given}': {reason}. Choose from {known}.",
    ),
    "simulate.unknown_strategy": ("'{name}' is geen strategie", "'{name}' is not a strategy"),
    "simulate.unknown_actor": (
        "'{actor}' zit niet in dit scenario (wel: {actors})",
        "'{actor}' is not in this scenario (there are: {actors})",
    ),
    "simulate.bad_count": (
        "{name} moet een positief geheel getal zijn, niet {value}.",
        "{name} must be a positive whole number, not {value}.",
    ),
    "simulate.too_many": (
        "{name} {value} is te veel: hooguit {most} per keer",
        "{name} {value} is too many: at most {most} at a time",
    ),
    "simulate.save_dir_failed": (
        "Kan de map '{path}' niet gebruiken: {reason}",
        "Cannot use the folder '{path}': {reason}",
    ),
    "simulate.progress": ("Spellen", "Games"),
    "simulate.title": (
        "{scenario}: {games} spellen (startgetal {seed})",
        "{scenario}: {games} games (seed {seed})",
    ),
    "simulate.strategies": ("Strategieën", "Strategies"),
    "simulate.agreement_rate": ("Akkoorden", "Agreements"),
    "simulate.integration": (
        "Integratie-index (gemiddeld, p10, p90)",
        "Integration index (mean, p10, p90)",
    ),
    "simulate.mean_rounds": ("Gemiddeld aantal rondes", "Mean rounds"),
    "simulate.actor_header": (
        "Per actor: gemiddelde punten, gemiddelde spelscore",
        "Per actor: mean points, mean game score",
    ),
    "simulate.timing": (
        "{games} spellen in {seconds} s ({rate} per seconde, {workers} processen)",
        "{games} games in {seconds} s ({rate} per second, {workers} processes)",
    ),
    "simulate.saved": ("Opslagbestanden in {path}", "Save files in {path}"),
    # --- balance figures (lint) -------------------------------------------------------------
    "agents.balance.title": (
        "Balans ({games} spellen per strategie, computerspelers)",
        "Balance ({games} games per strategy, computer players)",
    ),
    "agents.balance.agreement": ("Akkoorden, {strategy}", "Agreements, {strategy}"),
    "agents.balance.index": ("Integratie-index, {strategy}", "Integration index, {strategy}"),
    "agents.balance.gap": (
        "Voorsprong integratief op hard (doel ≥ {goal})",
        "Integrative ahead of tough (goal ≥ {goal})",
    ),
    "agents.balance.verdict": ("Leerdoel gehaald", "Learning goal met"),
    "agents.balance.yes": (
        "ja: integratief spelen loont aan deze tafel",
        "yes: integrative play pays at this table",
    ),
    "agents.balance.no": ("nee: {reasons}", "no: {reasons}"),
    "agents.balance.no_agreement": (
        "integratieve tafels halen {rate} akkoorden (doel ≥ {goal})",
        "integrative tables reach {rate} agreements (goal ≥ {goal})",
    ),
    "agents.balance.no_gain": (
        "integratief wint {gap} op de integratie-index (doel ≥ {goal})",
        "integrative play gains {gap} on the integration index (goal ≥ {goal})",
    ),
    "agents.balance.too_big": (
        "overgeslagen: {packages} pakketten is te groot voor een korte simulatie",
        "skipped: {packages} packages is too large for a short simulation",
    ),
    "agents.balance.skipped": ("Simulatie", "Simulation"),
    "agents.balance.event": ("Gebeurtenis '{event}' vuurde", "Event '{event}' fired"),
    "agents.balance.event_rate": (
        "in {fired} van {games} spellen ({share})",
        "in {fired} of {games} games ({share})",
    ),
    "agents.balance.event_rare": (
        "gebeurtenis '{event}' vuurde in {fired} van de {games} balansspellen ({share})",
        "event '{event}' fired in {fired} of the {games} balance games ({share})",
    ),
    "agents.balance.event_rare_hint": (
        "kan de voorwaarde (condition) gelden vóór de ronde of binnen het venster van de "
        "trigger? een kleine kans per ronde vuurt ook zelden",
        "can the condition hold before the trigger's round or within its window? a small "
        "chance per round also fires rarely",
    ),
    "agents.balance.no_sim_help": (
        "Sla de korte simulatie met computerspelers over (sneller)",
        "Skip the short simulation with computer players (faster)",
    ),
    "agents.strategy.tough": ("hard", "tough"),
    "agents.strategy.conceder": ("toegeeflijk", "conceder"),
    "agents.strategy.reciprocal": ("wederkerig", "reciprocal"),
    "agents.strategy.integrative": ("integratief", "integrative"),
    # simulate --seat-swap: what another way of playing would have earned, per seat
    "simulate.arg.seat_swap": (
        "Speel elke stoel met elke strategie (de andere stoelen zoals gekozen) en toon per "
        "strategie de eigen punten, hoe vaak er een akkoord kwam en de integratie-index",
        "Play every seat with every strategy (the other seats as chosen) and show per strategy "
        "the seat's own points, how often the table agreed and the integration index",
    ),
    "simulate.seat_swap.title": (
        "Elke stoel met elke strategie — {scenario}: {games} spellen per strategie, seed {seed}",
        "Every seat with every strategy — {scenario}: {games} games per strategy, seed {seed}",
    ),
    "simulate.seat_swap.seat": (
        "{actor} (de anderen: {others})",
        "{actor} (the others: {others})",
    ),
    "simulate.seat_swap.header": (
        "strategie        eigen punten  akkoord  integratie",
        "strategy         own points    agreed   integration",
    ),
    "simulate.seat_swap.dilemma": (
        "Hier levert {best} deze stoel de meeste punten op ({points}), maar de tafel haalt "
        "met {table} de hoogste integratie ({index}): het dilemma van de onderhandelaar.",
        "Here {best} earns this seat the most points ({points}), but the table reaches the "
        "highest integration with {table} ({index}): the negotiator's dilemma.",
    ),
}
