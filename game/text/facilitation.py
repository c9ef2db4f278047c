"""Messages of the facilitator's kit: role cards (`cards`) and session script (`facilitator`)."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- commands -------------------------------------------------------------------------
    "facilitation.cards.help": (
        "Rolkaarten als PDF om te printen: de situatie voor iedereen, één kaart per rol en "
        "een antwoordblad voor de trainer.",
        "Role cards as a PDF to print: the situation for everyone, one card per role and an "
        "answer page for the trainer.",
    ),
    "facilitation.script.help": (
        "Draaiboek als PDF voor de trainer: tijdschema, tafelindeling, vragen voor de "
        "nabespreking en een observatieformulier.",
        "Session script as a PDF for the trainer: timed plan, seating, debrief questions and "
        "an observation form.",
    ),
    "facilitation.arg.scenario": ("het scenariobestand (YAML)", "the scenario file (YAML)"),
    "facilitation.arg.output": ("het PDF-bestand om te schrijven", "the PDF file to write"),
    "facilitation.arg.lang": ("taal van de PDF (nl of en)", "language of the PDF (nl or en)"),
    "facilitation.arg.minutes": (
        "lengte van de sessie in minuten (90 of 180)",
        "length of the session in minutes (90 or 180)",
    ),
    "facilitation.arg.people": ("aantal deelnemers", "number of participants"),
    "facilitation.arg.remainder": (
        "wie overblijft na de volle tafels: duo's (twee mensen delen een rol) of observatoren",
        "who is left after the full tables: duos (two people share a role) or observers",
    ),
    "facilitation.arg.bad_people": (
        "geef een aantal deelnemers van 1 tot en met {limit}, niet '{value}'",
        "give a number of participants from 1 to {limit}, not '{value}'",
    ),
    "facilitation.written": (
        "{file} geschreven ({pages} pagina's).",
        "Wrote {file} ({pages} pages).",
    ),
    "facilitation.error": ("{file}: {message}", "{file}: {message}"),
    "facilitation.unwritable": ("kan niet schrijven: {reason}", "cannot write: {reason}"),
    "facilitation.too_big": (
        "{packages} pakketten is meer dan de {limit} die een antwoordblad doorrekent",
        "{packages} packages is more than the {limit} an answer page works out",
    ),
    "facilitation.too_many_weeks": (
        "deze casus heeft {weeks} weken; in {minutes} minuten blijft er {per_week} minuut per "
        "week over, te weinig voor een ronde (minstens {least})",
        "this case has {weeks} weeks; {minutes} minutes leave {per_week} minute(s) a week, "
        "too little for a round (at least {least})",
    ),
    "facilitation.page": ("pagina", "page"),
    # --- role cards -----------------------------------------------------------------------
    "facilitation.cards.footer": ("{title} — rolkaarten", "{title} — role cards"),
    "facilitation.cards.public.kicker": ("Voor iedereen aan tafel", "For everyone at the table"),
    "facilitation.cards.weeks": (
        "Deadline: {weeks} weken; één ronde is één week.",
        "Deadline: {weeks} weeks; one round is one week.",
    ),
    "facilitation.cards.issues": ("Kwesties en opties", "Issues and options"),
    "facilitation.cards.parties": ("Partijen aan tafel", "Parties at the table"),
    "facilitation.cards.late": (
        "Schuift later aan, door een gebeurtenis tijdens het spel.",
        "Joins later, through an event during the game.",
    ),
    "facilitation.cards.figures": ("{name}: je cijfers", "{name}: your figures"),
    "facilitation.cards.role.kicker": (
        "Rolkaart — vertrouwelijk, alleen voor deze rol",
        "Role card — confidential, for this role only",
    ),
    "facilitation.cards.public_brief": ("Wat iedereen weet", "What everybody knows"),
    "facilitation.cards.confidential_brief": (
        "Vertrouwelijk: alleen voor jou",
        "Confidential: for you only",
    ),
    "facilitation.cards.interests": (
        "Je belangen (je kunt ze aan tafel onthullen)",
        "Your interests (you may reveal them at the table)",
    ),
    "facilitation.cards.points": ("Je punten per optie", "Your points per option"),
    "facilitation.cards.col.issue": ("Kwestie", "Issue"),
    "facilitation.cards.col.option": ("Optie", "Option"),
    "facilitation.cards.col.points": ("Punten", "Points"),
    "facilitation.cards.col.mandate": ("Mandaat", "Mandate"),
    "facilitation.cards.outside": ("buiten mandaat", "outside mandate"),
    "facilitation.cards.points.note": (
        "Een pakket kiest op elke kwestie één optie; je score is de som. Het meeste dat je "
        "kunt halen: {best} punten. Met 'buiten mandaat' mag je pas instemmen na een 'ja' van "
        "je achterban.",
        "A package picks one option on every issue; your score is the sum. The most you can "
        "get: {best} points. You may only agree to 'outside mandate' after a 'yes' from your "
        "back office.",
    ),
    "facilitation.cards.min_score": (
        "Mandaat: je mag alleen instemmen met een pakket dat jou minstens {points} punten geeft.",
        "Mandate: you may only agree to a package that gives you at least {points} points.",
    ),
    "facilitation.cards.batna": ("Zonder akkoord (BATNA)", "Without agreement (BATNA)"),
    "facilitation.cards.batna.text": (
        "Zonder akkoord heb je {batna} punten. Een akkoord met minder is slechter dan geen "
        "akkoord.",
        "Without agreement you have {batna} points. An agreement giving less is worse than none.",
    ),
    "facilitation.cards.consult": ("Overleg met je achterban", "Consulting your back office"),
    "facilitation.cards.consult.none": (
        "Je hebt geen achterban om te raadplegen: je mandaat ligt vast.",
        "You have no back office to consult: your mandate is fixed.",
    ),
    "facilitation.cards.consult.rule": (
        "Elk overleg kost je zet van die week en kan één keer; de achterban kan nee zeggen.",
        "Each consultation costs your move that week and can be used once; the back office "
        "may say no.",
    ),
    "facilitation.cards.chance_no": ("Kans op een nee: {chance}", "Chance of a no: {chance}"),
    "facilitation.cards.widens": ("Bij een ja mag ook: {option}", "A yes also allows: {option}"),
    "facilitation.cards.widens.min_score": (
        "Bij een ja wordt je minimum {points} punten",
        "A yes sets your minimum to {points} points",
    ),
    # --- answer page ----------------------------------------------------------------------
    "facilitation.answers.kicker": (
        "Antwoordblad — alleen voor de trainer",
        "Answer page — for the trainer only",
    ),
    "facilitation.answers.title": (
        "Wat de tafel kan bereiken",
        "What the table can reach",
    ),
    "facilitation.answers.packages": (
        "Mogelijke pakketten: {packages}",
        "Possible packages: {packages}",
    ),
    "facilitation.answers.zopa": (
        "ZOPA (iedereen beter dan zonder akkoord): {size} pakketten ({share})",
        "ZOPA (everyone better off than without a deal): {size} packages ({share})",
    ),
    "facilitation.answers.feasible": (
        "Haalbaar met een coalitie volgens de akkoordregel: {size} pakketten",
        "Feasible for a coalition under the agreement rule: {size} packages",
    ),
    "facilitation.answers.batna": ("BATNA's: {batna}", "BATNAs: {batna}"),
    "facilitation.answers.packages.heading": (
        "Drie pakketten naast elkaar",
        "Three packages side by side",
    ),
    "facilitation.answers.col.best": (
        "Beste gezamenlijke pakket (grootste winst boven de BATNA's samen)",
        "Best joint package (largest gain over the BATNAs together)",
    ),
    "facilitation.answers.col.nash": (
        "Nash-pakket (grootste product van de winsten)",
        "Nash package (largest product of the gains)",
    ),
    "facilitation.answers.col.compromise": (
        "Het verschil delen (referentie)",
        "Splitting the difference (reference)",
    ),
    "facilitation.answers.no_zopa": (
        "Er is geen pakket waarin iedereen beter af is dan zonder akkoord.",
        "There is no package in which everyone is better off than without a deal.",
    ),
    "facilitation.answers.nash_same": (
        "Het Nash-pakket (grootste product van de winsten) is hier hetzelfde als het beste "
        "gezamenlijke pakket.",
        "The Nash package (largest product of the gains) is the same as the best joint "
        "package here.",
    ),
    "facilitation.answers.row.surplus": ("Samen", "Together"),
    "facilitation.answers.hidden": (
        "Verborgen gedeelde belangen",
        "Hidden shared interests",
    ),
    "facilitation.answers.hidden.none": (
        "Deze casus heeft geen kwestie waarop één optie voor iedereen de beste is.",
        "This case has no issue on which one option is everyone's best.",
    ),
    "facilitation.answers.hidden.issue": (
        "{issue}: '{option}' is voor iedereen de beste optie. De belangen erachter:",
        "{issue}: '{option}' is everyone's best option. The interests behind it:",
    ),
    "facilitation.answers.compromise.note": (
        "Het verschil delen is het compromis dat `python -m game analyse` als referentie "
        "neemt; vergelijk het akkoord van elke tafel ermee.",
        "Splitting the difference is the compromise `python -m game analyse` takes as its "
        "reference; compare each table's agreement with it.",
    ),
    "facilitation.answers.inside": (
        "{surplus} punten boven de BATNA's; binnen de ZOPA",
        "{surplus} points over the BATNAs; inside the ZOPA",
    ),
    "facilitation.answers.outside": (
        "{surplus} punten t.o.v. de BATNA's; buiten de ZOPA (iemand zit onder zijn BATNA)",
        "{surplus} points against the BATNAs; outside the ZOPA (someone is below its BATNA)",
    ),
}
