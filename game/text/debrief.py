"""Texts of the debrief every screen shares (game/debrief): the report's trainee and trainer
parts, the window's debrief scene and the terminal's ending."""

MESSAGES: dict[str, tuple[str, str]] = {
    "debrief.arg.json": (
        "print de nabespreking als één JSON-object in plaats van een HTML-bestand te schrijven",
        "print the debrief as one JSON object instead of writing an HTML file",
    ),
    "debrief.arg.seat": (
        "de stoel waarover de nabespreking gaat (standaard: de eerste speler in de save)",
        "the seat the debrief speaks to (default: the first person in the save)",
    ),
    "debrief.need_output": (
        "geef -o VERSLAG.html of --json",
        "give -o REPORT.html or --json",
    ),
    "debrief.unknown_seat": (
        "{seat} zat niet aan deze tafel; kies uit: {seats}",
        "{seat} did not sit at this table; choose from: {seats}",
    ),
    "debrief.table.start": ("tafel zoals de casus begon", "table as the case started"),
    "debrief.table.end": (
        "tafel aan het eind, na de gebeurtenissen",
        "table at the end, after the events",
    ),
    "debrief.title.possible": ("Wat er mogelijk was", "What was possible"),
    "debrief.title.why": (
        "Steun voor het akkoord, of wat ontbrak",  # true after a good deal, a thin one or none
        "Support for the deal, or what was missing",
    ),
    "debrief.title.left": ("Laten liggen", "Left on the table"),
    "debrief.title.counterfactual": (
        "Wat een andere speelwijze had opgeleverd",
        "What another way of playing would have earned",
    ),
    "debrief.title.trainer": ("Voor de trainer", "For the trainer"),
    "debrief.own": (
        "{actor}: {points} punten · BATNA {batna} · in het beste pakket dat samen haalbaar "
        "was {best}",
        "{actor}: {points} points · BATNA {batna} · in the best package reachable together {best}",
    ),
    "debrief.own.no_best": (
        "{actor}: {points} punten · BATNA {batna} · samen was geen pakket haalbaar",
        "{actor}: {points} points · BATNA {batna} · no package was reachable together",
    ),
    "debrief.integration": (
        "Integratie-index: {index} — het deel van de grootst mogelijke gezamenlijke winst "
        "(boven ieders BATNA) dat de tafel pakte; 1 is alles.",
        "Integration index: {index} — the share of the largest possible joint gain (above "
        "everyone's BATNA) the table took; 1 is all of it.",
    ),
    "debrief.got": (
        "Bereikt: {surplus} punten gezamenlijke winst boven de BATNA's.",
        "Reached: {surplus} points of joint gain above the BATNAs.",
    ),
    "debrief.possible.final_mandates": (
        "binnen de mandaten zoals ze aan het eind waren",
        "within the mandates as they stood at the end",
    ),
    "debrief.possible.all_consultations": (
        "als elke ruggespraak die nog kon was gelukt",
        "had every consultation still open succeeded",
    ),
    "debrief.possible.no_mandates": ("zonder mandaten", "with no mandates at all"),
    "debrief.possible.line": (
        "{label}: {packages} pakketten; het beste samen geeft {surplus} punten winst",
        "{label}: {packages} packages; the best together gives {surplus} points of gain",
    ),
    "debrief.possible.none": (
        "{label}: geen enkel pakket dat een geldige coalitie kon dragen",
        "{label}: no package a valid coalition could carry",
    ),
    "debrief.compromise": (
        "Het midden (per onderwerp de optie met de kleinste grootste spijt): {surplus} punten "
        "winst samen.",
        "The middle (per issue the option with the smallest largest regret): {surplus} points "
        "of joint gain.",
    ),
    "debrief.why.closest": (
        "Voorstel {id} van {proposer} (week {round}) kwam het dichtst bij: {supporters} van de "
        "{needed} steunbetuigingen die nodig waren.",
        "Proposal {id} by {proposer} (week {round}) came closest: {supporters} of the "
        "{needed} supporters it needed.",
    ),
    "debrief.why.agreed": (
        "Voorstel {id} van {proposer} werd aangenomen met de steun van {supporters} partijen"
        " ({needed} waren nodig).",
        "Proposal {id} by {proposer} was agreed with the support of {supporters} parties"
        " ({needed} were needed).",
    ),
    "debrief.why.no_proposal": ("Er is geen voorstel gedaan.", "No proposal was made."),
    "debrief.why.required_missing": (
        "Verplichte partij zonder steun: {actors}.",
        "Required party without support: {actors}.",
    ),
    "debrief.why.reason.walked_away": ("{actor}: liep weg van tafel", "{actor}: walked away"),
    "debrief.why.reason.outside_mandate": (
        "{actor}: het pakket lag buiten het mandaat",
        "{actor}: the package lay outside the mandate",
    ),
    "debrief.why.reason.below_batna": (
        "{actor}: onder de BATNA ({points} tegen {batna})",
        "{actor}: below the BATNA ({points} against {batna})",
    ),
    "debrief.why.reason.no_support": (
        "{actor}: gaf geen steun, al lag het pakket binnen het mandaat en op of boven de BATNA "
        "({points} tegen {batna})",
        "{actor}: gave no support, though the package lay inside the mandate and at or above "
        "the BATNA ({points} against {batna})",
    ),
    "debrief.why.best_open": (
        "Beste pakket dat aan het eind nog open lag voor wie aan tafel zat: {surplus} punten "
        "winst samen.",
        "Best package still open at the end to those at the table: {surplus} points of joint gain.",
    ),
    "debrief.why.none_open": (
        "Aan het eind lag geen pakket meer open dat elke verplichte partij kon steunen.",
        "At the end no package was open that every required party could support.",
    ),
    "debrief.left.more": (
        "{actor} had {points} punten meer kunnen krijgen zonder dat iemand iets verloor.",
        "{actor} could have had {points} points more without anyone losing anything.",
    ),
    "debrief.left.none": (
        "Niemand had meer kunnen krijgen zonder dat een ander iets verloor.",
        "Nobody could have had more without someone else losing.",
    ),
    "debrief.cf.note": (
        "Stoel {seat}, vanaf het begin opnieuw gespeeld: {games} potjes per speelwijze, de "
        "andere stoelen ongewijzigd ({table}).",
        "Seat {seat}, replayed from the start: {games} games per way of playing, the other "
        "seats unchanged ({table}).",
    ),
    "debrief.cf.col.way": ("Speelwijze", "Way of playing"),
    "debrief.cf.col.points": ("Eigen punten (gem.)", "Own points (mean)"),
    "debrief.cf.col.agreement": ("Akkoord", "Agreement"),
    "debrief.cf.col.integration": ("Integratie-index (gem.)", "Integration index (mean)"),
    "debrief.cf.actual": ("Jij, dit potje", "You, this game"),
    "debrief.cf.actual_seat": ("{seat}, dit potje", "{seat}, this game"),
    "debrief.cf.computing": (
        "Andere speelwijzen worden doorgerekend…",
        "Working out other ways of playing…",
    ),
    "debrief.cf.row": (
        "{way}: {points} punten · akkoord {agreement} · integratie {index}",
        "{way}: {points} points · agreement {agreement} · integration {index}",
    ),
    "debrief.cf.absent": (
        "Niet doorgerekend voor dit verslag (python -m game report SAVE -o … rekent het uit "
        "voor één spel).",
        "Not worked out for this report (python -m game report SAVE -o … works it out for "
        "one game).",
    ),
    "debrief.nash.short": (
        "Nash-verhouding: hoe evenwichtig de winst boven de BATNA's verdeeld is (1 = zo "
        "evenwichtig als kon).",
        "Nash ratio: how evenly the gain above the BATNAs is spread (1 = as even as possible).",
    ),
    "debrief.fairness.short": (
        "Eerlijkheid: 1 min het verschil tussen de partij die het meest en die het minst van "
        "haar haalbare winst kreeg.",
        "Fairness: 1 minus the gap between the party that got the most and the one that got "
        "the least of its reachable gain.",
    ),
    "debrief.points_title": (
        "Punten per partij (tafel aan het eind):",
        "Points per party (table at the end):",
    ),
    "debrief.yes": ("ja", "yes"),
    "debrief.no": ("nee", "no"),
    "debrief.nash": (
        "Nash-verhouding {value}: hoe dicht het product van ieders winst boven de BATNA bij "
        "het hoogst haalbare product kwam; 1 is de meest evenwichtige verdeling.",
        "Nash ratio {value}: how close the product of everyone's gain above the BATNA came to "
        "the largest possible product; 1 is the most balanced split.",
    ),
    "debrief.fairness": (
        "Eerlijkheid {value}: 1 min het verschil tussen wie het grootste en wie het kleinste "
        "deel van zijn haalbare winst kreeg; 1 is iedereen even ver.",
        "Fairness {value}: 1 minus the gap between who got the largest and who the smallest "
        "share of its reachable gain; 1 is everyone equally far.",
    ),
    "debrief.tables": (
        "{table}: {packages} pakketten, ZOPA {zopa}, haalbaar voor een geldige coalitie "
        "{feasible}.",
        "{table}: {packages} packages, ZOPA {zopa}, feasible for a valid coalition {feasible}.",
    ),
}
