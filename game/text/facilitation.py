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
        "lengte van de sessie in minuten: 90 (standaard) of 180",
        "length of the session in minutes: 90 (the default) or 180",
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
    "facilitation.cards.notes": ("Aantekeningen", "Notes"),
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
        "Het verschil delen is het compromis dat de analyse (python -m game analyse) als "
        "referentie neemt; vergelijk het akkoord van elke tafel ermee.",
        "Splitting the difference is the compromise the analysis (python -m game analyse) "
        "takes as its reference; compare each table's agreement with it.",
    ),
    "facilitation.answers.inside": (
        "{surplus} punten boven de BATNA's; binnen de ZOPA",
        "{surplus} points over the BATNAs; inside the ZOPA",
    ),
    "facilitation.answers.outside": (
        "{surplus} punten t.o.v. de BATNA's; buiten de ZOPA (iemand zit onder zijn BATNA)",
        "{surplus} points against the BATNAs; outside the ZOPA (someone is below its BATNA)",
    ),
    # --- session script -------------------------------------------------------------------
    "facilitation.script.footer": ("{title} — draaiboek", "{title} — session script"),
    "facilitation.script.kicker": ("Draaiboek voor de trainer", "Session script for the trainer"),
    "facilitation.script.subtitle": (
        "{minutes} minuten · {people} deelnemers · {roles} rollen · {weeks} weken",
        "{minutes} minutes · {people} participants · {roles} roles · {weeks} weeks",
    ),
    "facilitation.script.plan": ("Tijdschema", "Timetable"),
    "facilitation.script.col.time": ("Tijd", "Time"),
    "facilitation.script.col.part": ("Onderdeel", "Part"),
    "facilitation.script.col.minutes": ("Min.", "Min."),
    "facilitation.script.col.task": ("Wat je doet", "What you do"),
    "facilitation.block.intro": ("Welkom en uitleg", "Welcome and rules"),
    "facilitation.block.briefing": ("Rolkaarten lezen", "Reading the role cards"),
    "facilitation.block.week": ("Week {week}", "Week {week}"),
    "facilitation.block.break": ("Pauze", "Break"),
    "facilitation.block.debrief": ("Nabespreking: {phase}", "Debrief: {phase}"),
    "facilitation.block.end": ("Einde", "End"),
    "facilitation.phase.feelings": ("gevoel", "feelings"),
    "facilitation.phase.describe": ("beschrijven", "describe"),
    "facilitation.phase.analyse": ("analyseren", "analyse"),
    "facilitation.phase.transfer": ("transfer", "transfer"),
    "facilitation.phase.apply": ("toepassen", "apply"),
    "facilitation.task.intro": (
        "Doel van de sessie en de leerdoelen. Spelregels: één ronde is één week; een pakket "
        "kiest op elke kwestie één optie; wat op je rolkaart vertrouwelijk is, bepaal je zelf "
        "of je het deelt.",
        "The aim of the session and the learning goals. Rules: one round is one week; a "
        "package picks one option on every issue; what is confidential on your card, you "
        "decide whether to share.",
    ),
    "facilitation.task.briefing": (
        "Deel het blad 'voor iedereen' uit en aan ieder de eigen rolkaart. Iedereen leest "
        "stil; nog niet overleggen. Duo's lezen samen.",
        "Hand out the sheet 'for everyone' and each person their own role card. Everyone "
        "reads in silence; no talks yet. Duos read together.",
    ),
    "facilitation.task.first_week": (
        "De onderhandeling begint. Roep elke {minutes} minuten de volgende week om.",
        "The negotiation starts. Call the next week every {minutes} minutes.",
    ),
    "facilitation.task.last_week": (
        "Laatste week: de deadline. Wie dan geen akkoord heeft, valt terug op zijn BATNA.",
        "Last week: the deadline. Whoever has no agreement then falls back on their BATNA.",
    ),
    "facilitation.task.event": ("Gebeurtenis: {message}", "Event: {message}"),
    "facilitation.task.event_if": (
        "Mogelijke gebeurtenis (alleen als de voorwaarde in de casus geldt): {message}",
        "Possible event (only when the case's condition holds): {message}",
    ),
    "facilitation.task.event_to": ("Alleen voor: {names}.", "Only for: {names}."),
    "facilitation.task.break": (
        "Elke tafel schrijft zijn akkoord op (of dat er geen is); jij zet de uitkomsten naast "
        "het antwoordblad.",
        "Each table writes down its agreement (or that there is none); you put the outcomes "
        "beside the answer page.",
    ),
    "facilitation.task.debrief": (
        "Klassikaal; de vragen staan hieronder.",
        "With the whole group; the questions are below.",
    ),
    "facilitation.script.seating": ("Tafelindeling", "Seating"),
    "facilitation.seat.summary": (
        "{people} deelnemers: {tables} tafel(s), {duos} duo('s), {observers} observator(en). "
        "Deel de nummers uit en laat ieder bij zijn nummer gaan zitten.",
        "{people} participants: {tables} table(s), {duos} duo(s), {observers} observer(s). "
        "Hand out the numbers and let everyone sit at theirs.",
    ),
    "facilitation.seat.table": ("Tafel", "Table"),
    "facilitation.seat.observers": ("Observatoren", "Observers"),
    "facilitation.seat.duo": ("{people} (duo)", "{people} (duo)"),
    "facilitation.seat.empty": ("bot of trainer", "bot or trainer"),
    "facilitation.seat.cards": ("Rolkaarten printen: {copies}.", "Role cards to print: {copies}."),
    "facilitation.seat.duo_rule": (
        "Een duo deelt één rol en één stem: ze overleggen, één van hen spreekt per week.",
        "A duo shares one role and one vote: they confer, one of them speaks each week.",
    ),
    "facilitation.seat.observer_rule": (
        "Een observator zit bij de tafel, zegt niets en vult het observatieformulier in.",
        "An observer sits at the table, says nothing and fills in the observation form.",
    ),
    "facilitation.seat.empty_rule": (
        "Een rol zonder speler speelt een bot (in een zaal van python -m game host: lege "
        "stoelen met bots vullen) of de trainer.",
        "A role without a player is played by a bot (in a room of python -m game host: fill "
        "empty seats with bots) or by the trainer.",
    ),
    "facilitation.script.goals": ("Leerdoelen van de casus", "The case's learning goals"),
    "facilitation.script.goal": ("{number}. {goal}", "{number}. {goal}"),
    "facilitation.script.goal_tag": ("leerdoel {number}", "learning goal {number}"),
    "facilitation.script.debrief": ("Nabespreking", "Debrief"),
    "facilitation.script.debrief.note": (
        "Van gevoel via beschrijven en analyseren naar transfer en toepassen. Kies per fase "
        "een of twee vragen; de observatieformulieren geven voorbeelden.",
        "From feelings through describing and analysing to transfer and applying. Pick one or "
        "two questions per phase; the observation forms give examples.",
    ),
    "facilitation.script.phase": (
        "{phase} ({start}–{end}, {minutes} min.)",
        "{phase} ({start}–{end}, {minutes} min.)",
    ),
    "facilitation.q.feelings.1": ("Hoe voelde het?", "How did it feel?"),
    "facilitation.q.feelings.2": (
        "Welk moment is je het meest bijgebleven?",
        "Which moment stayed with you most?",
    ),
    "facilitation.q.describe.1": (
        "Wat is er aan jullie tafel gebeurd, week na week? Hoe kwam het akkoord (of het "
        "uitblijven ervan) tot stand?",
        "What happened at your table, week by week? How did the agreement (or its absence) "
        "come about?",
    ),
    "facilitation.q.analyse.1": (
        "Leg jullie akkoord naast het antwoordblad: hoeveel waarde bleef er liggen, en waarom?",
        "Put your agreement beside the answer page: how much value was left on the table, and why?",
    ),
    "facilitation.q.transfer.1": (
        "Waar in je eigen werk zit je aan zo'n tafel, en wat herken je?",
        "Where in your own work do you sit at such a table, and what do you recognise?",
    ),
    "facilitation.q.apply.1": (
        "Wat ga je bij je volgende overleg anders doen?",
        "What will you do differently at your next meeting?",
    ),
    "facilitation.q.apply.2": (
        "Welke ene vraag neem je mee naar je eigen tafel?",
        "Which one question do you take to your own table?",
    ),
    # --- observation form -----------------------------------------------------------------
    "facilitation.obs.kicker": ("Observatieformulier", "Observation form"),
    "facilitation.obs.title": ("Wat doen de partijen?", "What do the parties do?"),
    "facilitation.obs.how": (
        "Zet per week een streepje als je het gedrag ziet; schrijf op wat opvalt. Print één "
        "formulier per observator (of per tafel).",
        "Each week, make a tally mark when you see the behaviour; write down what stands out. "
        "Print one form per observer (or per table).",
    ),
    "facilitation.obs.goal": ("(leerdoel: {goal})", "(learning goal: {goal})"),
    "facilitation.obs.week": ("Week {week}", "Week {week}"),
    "facilitation.obs.blanks": (
        "Tafel ____   Observator ______________",
        "Table ____   Observer ______________",
    ),
    "facilitation.obs.actor": ("Partij", "Party"),
    "facilitation.obs.note": ("Wat viel op?", "What stood out?"),
    "facilitation.obs.asks": ("Stelt vragen", "Asks questions"),
    "facilitation.obs.asks.meaning": (
        "vraagt naar wat een ander wil, vreest of nodig heeft",
        "asks what another party wants, fears or needs",
    ),
    "facilitation.obs.reveals": ("Onthult een belang", "Reveals an interest"),
    "facilitation.obs.reveals.meaning": (
        "vertelt waarom iets ertoe doet, niet alleen wat",
        "tells why something matters, not only what",
    ),
    "facilitation.obs.package": ("Pakket voor de hele tafel", "Package for the whole table"),
    "facilitation.obs.package.meaning": (
        "stelt een pakket over alle kwesties voor, met iets voor iedereen",
        "proposes a package over all issues, with something for everyone",
    ),
    "facilitation.obs.consults": ("Raadpleegt de achterban", "Consults the back office"),
    "facilitation.obs.consults.meaning": (
        "gaat terug naar de eigen organisatie om het mandaat te verruimen",
        "goes back to their organisation to widen the mandate",
    ),
    "facilitation.obs.support": ("Zoekt steun", "Builds support"),
    "facilitation.obs.support.meaning": (
        "vraagt anderen om steun of bouwt een coalitie voor een voorstel",
        "asks others for support or builds a coalition for a proposal",
    ),
    "facilitation.sources.heading": ("Bronnen en fictie", "Sources and fiction"),
    "facilitation.sources.note": (
        "Voor de trainer: de wetsartikelen en beleidsbrieven waar de juridische feiten van de "
        "casus op rusten, met hun datum. Controleer een feit bij de bron voordat je erop bouwt.",
        "For the trainer: the law articles and policy letters the case's legal facts rest on, "
        "with their date. Check a fact at its source before you rely on it.",
    ),
    "facilitation.sources.none": (
        "Deze casus noemt geen bronnen voor zijn juridische feiten.",
        "This case names no sources for its legal facts.",
    ),
    "facilitation.sources.fiction": ("Verzonnen of vereenvoudigd", "Invented or simplified"),
}
