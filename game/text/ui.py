"""Messages of the game window (game/ui): menus, the table, hand-over and debrief."""

MESSAGES: dict[str, tuple[str, str]] = {
    # start menu
    "ui.title": ("Omgevingstafel", "Omgevingstafel"),
    "ui.tagline": (
        "Onderhandelen aan één tafel — samen tot een besluit binnen de termijn.",
        "Negotiating at one table — reaching a decision together within the term.",
    ),
    "ui.menu.solo": ("Oefenen tegen bots", "Practice against bots"),
    "ui.menu.hotseat": ("Samen aan één scherm", "Together at one screen"),
    "ui.menu.join": ("Aansluiten bij een zaal", "Join a room"),
    "ui.menu.continue": ("Verder spelen", "Continue"),
    "ui.menu.continue_none": ("Er is geen bewaard spel.", "There is no saved game."),
    "ui.menu.continue_hint": (
        "{scenario}, week {round} van {deadline}",
        "{scenario}, week {round} of {deadline}",
    ),
    "ui.menu.settings": ("Instellingen", "Settings"),
    "ui.menu.quit": ("Afsluiten", "Quit"),
    "ui.menu.keys": (
        "Tab/pijltjes: kiezen · Enter: doen · Esc: terug · F1: briefing · F11: volledig scherm",
        "Tab/arrows: choose · Enter: do it · Esc: back · F1: briefing · F11: full screen",
    ),
    "ui.back": ("Terug", "Back"),
    "ui.ok": ("OK", "OK"),
    "ui.cancel": ("Annuleren", "Cancel"),
    # settings
    "ui.settings.title": ("Instellingen", "Settings"),
    "ui.settings.language": ("Taal", "Language"),
    "ui.settings.lang.nl": ("Nederlands", "Nederlands"),
    "ui.settings.lang.en": ("English", "English"),
    "ui.settings.font_scale": ("Lettergrootte", "Text size"),
    "ui.settings.contrast": ("Contrast", "Contrast"),
    "ui.settings.contrast.normal": ("Rustig", "Calm"),
    "ui.settings.contrast.high": ("Hoog contrast", "High contrast"),
    "ui.settings.saved": (
        "Instellingen worden meteen toegepast en bewaard.",
        "Settings apply at once and are kept.",
    ),
    "ui.settings.sample": (
        "Voorbeeld: de gemeente stelt een pakket voor; de GGZ steunt het.",
        "Sample: the municipality proposes a package; the mental-health service supports it.",
    ),
    # scenario chooser
    "ui.chooser.title": ("Kies een casus", "Choose a case"),
    "ui.chooser.own": ("Eigen casussen", "Your own cases"),
    "ui.chooser.own_folder": ("Map met eigen casussen", "Folder of your own cases"),
    "ui.chooser.own_folder_hint": (
        "Opent de map waarin je eigen casussen (.yaml) zet: {path}",
        "Opens the folder for your own cases (.yaml): {path}",
    ),
    "ui.chooser.folder_failed": (
        "De map kon niet worden geopend. Zet je casussen (.yaml) in {path}",
        "The folder could not be opened. Put your cases (.yaml) in {path}",
    ),
    "ui.chooser.none": (
        "Geen casussen gevonden. Zet een .yaml-bestand in {path}.",
        "No cases found. Put a .yaml file in {path}.",
    ),
    "ui.chooser.broken": ("{file} is niet in orde:", "{file} has problems:"),
    "ui.chooser.summary": ("Samenvatting", "Summary"),
    "ui.chooser.goals": ("Leerdoelen", "Learning goals"),
    "ui.chooser.actors": ("Aan tafel", "At the table"),
    "ui.chooser.sources": ("Bronnen voor trainers", "Sources for trainers"),
    "ui.chooser.fiction": ("Verzonnen of vereenvoudigd", "Invented or simplified"),
    "ui.chooser.facts": (
        "{issues} kwesties · {actors} partijen · {rounds} weken · {rule}",
        "{issues} issues · {actors} parties · {rounds} weeks · {rule}",
    ),
    "ui.chooser.rule.unanimity": ("iedereen moet instemmen", "everyone must agree"),
    "ui.chooser.rule.quorum": (
        "minstens {k} moeten instemmen{required}",
        "at least {k} must agree{required}",
    ),
    "ui.chooser.rule.required": (", waaronder {names}", ", including {names}"),
    "ui.chooser.difficulty_why": (
        "Moeilijkheid: {level} — bij de start zijn {zopa} van de {size} pakketten voor iedereen "
        "beter dan geen akkoord",
        "Difficulty: {level} — at the start {zopa} of the {size} packages are better for "
        "everyone than no agreement",
    ),
    "ui.difficulty.easy": ("instap", "introductory"),
    "ui.difficulty.medium": ("gemiddeld", "intermediate"),
    "ui.difficulty.hard": ("gevorderd", "advanced"),
    "ui.chooser.choose": ("Deze casus kiezen", "Choose this case"),
    # seating
    "ui.seating.title": ("Wie zit er aan tafel?", "Who sits at the table?"),
    "ui.seating.intro_solo": (
        "Kies welke partij jij speelt. De andere partijen worden door bots gespeeld.",
        "Choose the party you play. The other parties are played by bots.",
    ),
    "ui.seating.intro_hotseat": (
        "Kies voor elke partij: een speler aan dit scherm, of een bot.",
        "For each party choose: a player at this screen, or a bot.",
    ),
    "ui.seating.person": ("Speler", "Player"),
    "ui.seating.you": ("Jij", "You"),
    "ui.seating.bot": ("Bot: {strategy}", "Bot: {strategy}"),
    "ui.seating.start": ("Naar de briefing", "To the briefing"),
    "ui.seating.need_person": (
        "Kies minstens één partij die door een speler wordt gespeeld.",
        "Choose at least one party played by a person.",
    ),
    "ui.seating.change": (
        "Enter: volgende keuze (speler of bot) · pijltjes links/rechts: andere botstrategie",
        "Enter: next choice (player or bot) · arrows left/right: another bot strategy",
    ),
    "ui.seating.level": ("Tegenstanders", "Opponents"),
    "ui.seating.level.easy": ("Makkelijk", "Easy"),
    "ui.seating.level.normal": ("Normaal", "Normal"),
    "ui.seating.level.hard": ("Moeilijk", "Hard"),
    "ui.seating.level_hint": (
        "Geeft elke bot een strategie: makkelijk = vooral toegeeflijk en open, normaal = zoals "
        "de casus voorstelt, moeilijk = vooral taai. Daarna kun je per bot nog wisselen.",
        "Gives every bot a strategy: easy = mostly yielding and open, normal = as the case "
        "suggests, hard = mostly tough. You can still change each bot afterwards.",
    ),
    "ui.seating.level_custom": ("eigen keuze per bot", "own choice per bot"),
    "ui.seating.change_solo": (
        "Enter: deze partij zelf spelen · pijltjes links/rechts: andere botstrategie",
        "Enter: play this party yourself · arrows left/right: another bot strategy",
    ),
    "ui.strategy.tough": ("taai", "tough"),
    "ui.strategy.conceder": ("toegeeflijk", "conceder"),
    "ui.strategy.reciprocal": ("wederkerig", "reciprocal"),
    "ui.strategy.integrative": ("integratief", "integrative"),
    "ui.briefing.title": ("Briefing voor {actor}", "Briefing for {actor}"),
    "ui.briefing.public": ("Wat iedereen weet", "What everybody knows"),
    "ui.briefing.confidential": ("Vertrouwelijk — alleen voor jou", "Confidential — for you only"),
    "ui.briefing.points": ("Jouw punten", "Your points"),
    "ui.briefing.batna": (
        "Zonder akkoord (BATNA): {batna} punten",
        "Without agreement (BATNA): {batna} points",
    ),
    "ui.briefing.mandate": ("Jouw mandaat", "Your mandate"),
    "ui.briefing.mandate_free": (
        "Je mag elk pakket voorstellen en steunen.",
        "You may propose and support any package.",
    ),
    "ui.briefing.forbidden": (
        "Niet zonder overleg met je achterban: {issue}: {options}",
        "Not without consulting your back office: {issue}: {options}",
    ),
    "ui.briefing.min_score": (
        "Alleen pakketten met minstens {points} punten voor jou.",
        "Only packages worth at least {points} points to you.",
    ),
    "ui.briefing.consultations": ("Overleg met je achterban", "Consulting your back office"),
    "ui.briefing.interests": ("Jouw belangen", "Your interests"),
    "ui.briefing.revealed": ("(onthuld)", "(revealed)"),
    "ui.briefing.to_table": ("Naar de tafel", "To the table"),
    "ui.briefing.back_to_table": ("Terug naar de tafel", "Back to the table"),
    "ui.briefing.outside": ("buiten mandaat", "outside mandate"),
    # hand-over
    "ui.handover.title": ("Geef het scherm door", "Pass the screen on"),
    "ui.handover.to": ("Nu aan de beurt: {actor}", "Your turn now: {actor}"),
    "ui.handover.hidden": (
        "Het scherm van de vorige speler is verborgen. Alleen {actor} kijkt mee vanaf nu.",
        "The previous player's screen is hidden. Only {actor} looks from now on.",
    ),
    "ui.handover.first": (
        "Alleen {actor} kijkt nu naar het scherm; de anderen kijken even weg.",
        "Only {actor} looks at the screen now; the others look away for a moment.",
    ),
    "ui.handover.ready": (
        "Ik ben {actor} — laat mijn scherm zien",
        "I am {actor} — show my screen",
    ),
    # table
    "ui.table.week": ("Week {round} van {deadline}", "Week {round} of {deadline}"),
    "ui.table.your_turn": ("Jouw beurt, {actor}", "Your turn, {actor}"),
    "ui.table.bot_thinking": ("{actor} denkt na …", "{actor} is thinking …"),
    "ui.table.briefing": ("Briefing", "Briefing"),
    "ui.table.menu": ("Menu", "Menu"),
    "ui.table.issues": ("Kwesties — jouw pakket", "Issues — your package"),
    "ui.table.package_score": (
        "Jouw punten: {points} · zonder akkoord: {batna}",
        "Your points: {points} · without agreement: {batna}",
    ),
    "ui.table.package_score_short": (
        "Jij: {points} · BATNA {batna}",
        "You: {points} · BATNA {batna}",
    ),
    "ui.table.package_incomplete": (
        "Kies bij elke kwestie een optie ({done} van {total}).",
        "Choose an option for every issue ({done} of {total}).",
    ),
    "ui.table.outside_mandate": (
        "Buiten jouw mandaat: {reason}",
        "Outside your mandate: {reason}",
    ),
    "ui.table.pick_pending": (
        "{issue}: je koos „{chosen}”. Druk nog eens op Enter voor „{option}”.",
        "{issue}: you chose “{chosen}”. Press Enter again for “{option}”.",
    ),
    "ui.table.forbidden_reason": (
        "je achterban staat deze optie niet toe (overleg kan helpen)",
        "your back office does not allow this option (consulting may help)",
    ),
    "ui.table.proposals": ("Voorstellen op tafel", "Proposals on the table"),
    "ui.table.no_proposals": ("Nog geen voorstellen.", "No proposals yet."),
    "ui.table.hidden_proposals": (
        "{count} andere voorstellen niet getoond: ouder, of zonder steun (zie het verloop).",
        "{count} other proposals not shown: older, or without support (see the log).",
    ),
    "ui.table.proposal": ("Voorstel {id} van {actor}", "Proposal {id} by {actor}"),
    "ui.table.proposal_points": ("jij: {points} punten", "you: {points} points"),
    "ui.table.supporters": ("Steun: {names}", "Support: {names}"),
    "ui.table.nobody": ("niemand", "nobody"),
    "ui.table.load": ("In bouwer", "To builder"),
    "ui.table.talk": ("Praten", "Talk"),
    "ui.table.talk_done": (
        "Je hebt deze beurt al gepraat; kies nu een zet.",
        "You have talked this turn; now choose a move.",
    ),
    "ui.table.say": ("Zeg het", "Say it"),
    "ui.table.say_placeholder": ("Typ een uitspraak …", "Type a statement …"),
    "ui.table.talk_more": (
        "{n} van {count} — pijltjes links/rechts: een andere",
        "{n} of {count} — arrows left/right: another",
    ),
    "ui.table.phrase": ("Standaardzin: {text}", "Stock phrase: {text}"),
    "ui.table.reveal": ("Onthul: {text}", "Reveal: {text}"),
    "ui.table.ask": ("Vraag {actor} naar {issue}", "Ask {actor} about {issue}"),
    "ui.table.answer_truthful": ("Eerlijk", "Truthfully"),
    "ui.table.answer_vague": ("Vaag", "Vaguely"),
    "ui.table.answer_decline": ("Niet", "Decline"),
    "ui.table.moves": ("Zet", "Move"),
    "ui.table.propose": ("Stel dit pakket voor", "Propose this package"),
    "ui.table.propose_short": ("Stel voor", "Propose"),
    "ui.table.support": ("Steunen", "Support"),
    "ui.table.withdraw": ("Steun intrekken", "Withdraw support"),
    "ui.table.consult": ("Overleg: {label}", "Consult: {label}"),
    "ui.table.escalate": ("Escalatietafel", "Escalation table"),
    "ui.table.walk_away": ("Weglopen", "Walk away"),
    "ui.table.pass": ("Passen", "Pass"),
    "ui.table.log": ("Verloop", "Log"),
    "ui.table.status_walked": ("weggelopen", "walked away"),
    "ui.table.status_supports": ("steunt {ids}", "supports {ids}"),
    "ui.table.bot": ("bot", "bot"),
    "ui.table.walk_confirm": (
        "Weet je het zeker? Je neemt je BATNA ({batna} punten) en verlaat de tafel.",
        "Are you sure? You take your BATNA ({batna} points) and leave the table.",
    ),
    "ui.table.escalate_confirm": (
        "De escalatietafel kost een ronde en kan maar één keer. Doorgaan?",
        "The escalation table costs a round and can be used only once. Go ahead?",
    ),
    "ui.table.event": ("Gebeurtenis in week {round}", "Event in week {round}"),
    "ui.table.reflection": (
        "Reflectiemoment in week {round}",
        "Moment of reflection, week {round}",
    ),
    "ui.table.advice": ("Advies van de escalatietafel", "Advice from the escalation table"),
    "ui.table.over": ("Het spel is afgelopen", "The game is over"),
    "ui.table.to_debrief": ("Naar de nabespreking", "To the debrief"),
    "ui.table.illegal": ("Dat kan niet: {reason}", "Not possible: {reason}"),
    "ui.table.save_failed": (
        "Automatisch bewaren lukte niet: {error}",
        "Autosave failed: {error}",
    ),
    # log lines
    "ui.log.round": ("— Week {round} —", "— Week {round} —"),
    "ui.log.because": ("omdat: {why}", "because: {why}"),
    # end and debrief
    "ui.end.agreement": ("Akkoord in week {round}", "Agreement in week {round}"),
    "ui.end.deadline": (
        "De termijn is verstreken zonder akkoord: iedereen krijgt zijn BATNA.",
        "The term has passed without agreement: everyone gets its BATNA.",
    ),
    "ui.end.walkout": (
        "Een onmisbare partij is weggelopen: geen akkoord.",
        "A required party walked away: no agreement.",
    ),
    "ui.debrief.title": ("Nabespreking", "Debrief"),
    "ui.debrief.pareto": ("Pareto-optimaal: {value}", "Pareto-optimal: {value}"),
    "ui.debrief.yes": ("ja", "yes"),
    "ui.debrief.no": ("nee", "no"),
    "ui.debrief.chart": (
        "Punten aan het eind: bereikt en samen haalbaar",
        "Points at the end: reached and reachable together",
    ),
    "ui.debrief.reached": ("bereikt", "reached"),
    "ui.debrief.possible": ("samen haalbaar", "reachable together"),
    "ui.debrief.batna": ("BATNA", "BATNA"),
    "ui.debrief.hidden": (
        "Verborgen belangen die een beter akkoord hadden geopend",
        "Hidden interests that would have opened a better deal",
    ),
    "ui.debrief.package": ("Het akkoord", "The agreement"),
    "ui.debrief.no_package": ("Geen akkoord.", "No agreement."),
    "ui.debrief.goals": ("Leerdoelen om te bespreken", "Learning goals to discuss"),
    "ui.debrief.rewind": ("Oefenen:", "Practice:"),
    "ui.debrief.rewind_to": ("Week {round} opnieuw", "Replay from week {round}"),
    "ui.debrief.rewind_pick": (
        "Pijltjes links/rechts: kies de week (1 tot {last}) · Enter: speel opnieuw vanaf die week",
        "Arrows left/right: choose the week (1 to {last}) · Enter: replay from that week",
    ),
    "ui.debrief.kind.agreement": ("akkoord", "agreement"),
    "ui.debrief.kind.deadline": (
        "termijn verstreken zonder akkoord",
        "deadline passed, no agreement",
    ),
    "ui.debrief.kind.walkout": ("een partij liep weg", "a party walked away"),
    "ui.debrief.compare": ("Vergelijk beide uitkomsten", "Compare both outcomes"),
    "ui.debrief.first": ("Eerste poging", "First attempt"),
    "ui.debrief.second": ("Tweede poging", "Second attempt"),
    "ui.debrief.menu": ("Naar het menu", "To the menu"),
    "ui.debrief.export": ("Rapport bewaren (HTML)", "Save report (HTML)"),
    "ui.debrief.exported": ("Rapport bewaard in {path}", "Report saved to {path}"),
    "ui.debrief.kept_finished": (
        "Het uitgespeelde spel is bewaard bij je spellen als {name}; je oefent nu verder.",
        "The finished game is kept with your saved games as {name}; you now practise on.",
    ),
    # watch mode
    "ui.watch.broken": (
        "Het scenariobestand is niet in orde; de tafel wacht op een verbeterde versie.",
        "The scenario file has problems; the table waits for a corrected version.",
    ),
    "ui.watch.reloaded": (
        "Scenario opnieuw geladen; {moves} zetten opnieuw gespeeld.",
        "Scenario reloaded; {moves} moves replayed.",
    ),
    "ui.guess.title_start": (
        "Wat weegt voor de anderen het zwaarst?",
        "What matters most to the others?",
    ),
    "ui.guess.title_end": (
        "En nu: wat woog voor de anderen het zwaarst?",
        "And now: what mattered most to the others?",
    ),
    "ui.guess.intro": (
        "{actor}: kies per partij de kwestie die zij volgens jou het belangrijkst vindt. "
        "Het telt niet mee voor je score; in de nabespreking zie je hoe dicht je zat. "
        "Weet je het niet, laat dan 'weet ik niet' staan. Esc slaat alles over.",
        "{actor}: for each party, pick the issue you think it cares about most. "
        "It does not count towards your score; the debrief shows how close you were. "
        "If you don't know, leave 'don't know'. Esc skips the lot.",
    ),
    "ui.guess.dont_know": ("weet ik niet", "don't know"),
    "ui.guess.pick_hint": (
        "{actor}: {issue}. Pijltjes links/rechts of klikken kiest een andere kwestie.",
        "{actor}: {issue}. Arrows left/right or clicking picks another issue.",
    ),
    "ui.guess.skip": ("Overslaan (Esc)", "Skip (Esc)"),
    "ui.guess.skip_hint": (
        "Niet gokken; je wordt het dit keer niet meer gevraagd.",
        "Don't guess; you won't be asked again this time.",
    ),
    "ui.guess.done": ("Klaar", "Done"),
    "ui.reflection.prompt": (
        "Je antwoord (kort; leeg laten mag), Enter bewaart",
        "Your answer (short; may stay empty), Enter keeps it",
    ),
    "ui.reflection.for": ("Vraag voor {actor}", "Question for {actor}"),
    "ui.debrief.learning": ("Jouw leerpunten (F2)", "Your learning points (F2)"),
    "ui.debrief.scores_page": ("Scores en grafiek (F2)", "Scores and chart (F2)"),
    "ui.debrief.learning_title": ("Leerpunten", "Learning points"),
    "ui.debrief.feedback_for": ("Feedback voor {actor}", "Feedback for {actor}"),
    "ui.debrief.guesses_for": ("Gokken van {actor}", "Guesses by {actor}"),
    "ui.debrief.no_guesses": (
        "Geen gokken gedaan (overgeslagen).",
        "No guesses made (skipped).",
    ),
    "ui.debrief.answers_for": ("Antwoorden van {actor}", "Answers by {actor}"),
    "ui.debrief.answer_line": (
        "Week {round}: {question} — {answer}",
        "Week {round}: {question} — {answer}",
    ),
    "ui.debrief.empty_answer": ("(leeg)", "(empty)"),
}
