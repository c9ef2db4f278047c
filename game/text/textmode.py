"""Messages of the terminal game (`play --text`) and of `replay`."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- the play and replay commands --------------------------------------------------------
    "textmode.play.help": (
        "Speel een scenario: in het venster, of met --text in de terminal.",
        "Play a scenario: in the window, or with --text in the terminal.",
    ),
    "textmode.play.text_help": (
        "Speel in de terminal (genummerde menu's; leest ook invoer uit een pijp).",
        "Play in the terminal (numbered menus; also reads piped input).",
    ),
    "textmode.play.scenario_help": (
        "Het scenariobestand (standaard: de startcasus Een inloop in De Wingerd).",
        "The scenario file (default: the starter case A walk-in at De Wingerd).",
    ),
    "textmode.play.role_help": (
        "Welke partij(en) je speelt: een actor-id, id's met komma's, of 'all' voor "
        "iedereen aan één toetsenbord. Zonder --role vraagt het spel het.",
        "Which party or parties you play: an actor id, ids separated by commas, or 'all' for "
        "everyone at one keyboard. Without --role the game asks.",
    ),
    "textmode.play.seed_help": (
        "Startgetal voor toeval (zelfde getal en zetten = zelfde spel).",
        "Seed for chance (same seed and moves = same game).",
    ),
    "textmode.play.save_help": (
        "Bewaar het spel (na elke zet) ook in dit bestand.",
        "Also keep the game (after every move) in this file.",
    ),
    "textmode.play.resume_help": (
        "Speel verder vanaf een bewaard spel; zonder bestand het laatst automatisch bewaarde.",
        "Continue a saved game; without a file, the latest autosave.",
    ),
    "textmode.play.watch_help": (
        "Voor trainers: laad het scenario opnieuw zodra het bestand verandert (venster).",
        "For trainers: reload the scenario whenever its file changes (window).",
    ),
    "textmode.play.lang_help": ("Taal van het spel.", "Language of the game."),
    "textmode.play.difficulty_help": (
        "Hoe hard de bots onderhandelen.",
        "How hard the bots negotiate.",
    ),
    "textmode.play.no_display": (
        "Geen beeldscherm gevonden: speel in de terminal met `{command}`.",
        "No display found: play in the terminal with `{command}`.",
    ),
    "textmode.play.no_window": (
        "Het venster is in deze versie niet beschikbaar: speel in de terminal met `{command}`.",
        "The window is not available in this version: play in the terminal with `{command}`.",
    ),
    "textmode.play.scenario_problem": (
        "Dit scenario kan niet gespeeld worden:\n{problems}",
        "This scenario cannot be played:\n{problems}",
    ),
    "textmode.play.no_autosave": (
        "Er is geen automatisch bewaard spel om verder te spelen (map: {folder}).",
        "There is no autosaved game to continue (folder: {folder}).",
    ),
    "textmode.play.resuming": (
        "Verder met het spel uit {path}.",
        "Continuing the game from {path}.",
    ),
    "textmode.play.not_session": (
        "{path} is geen bewaard terminalspel; bekijk het met `python -m game replay {path}`.",
        "{path} is not a saved terminal game; look at it with `python -m game replay {path}`.",
    ),
    "textmode.play.pick_role": ("Welke partij speel je?", "Which party do you play?"),
    "textmode.play.everyone": (
        "Iedereen, om de beurt aan één toetsenbord",
        "Everyone, taking turns at one keyboard",
    ),
    "textmode.play.setup_problem": (
        "Deze tafel kan zo niet beginnen: {reason}",
        "This table cannot start like this: {reason}",
    ),
    "textmode.play.bad_seed": (
        "Het startgetal moet 0 of groter zijn.",
        "The seed must be 0 or more.",
    ),
    "textmode.replay.help": (
        "Speel een bewaard spel na en toon het verslag en de eindhash.",
        "Replay a saved game and show its record and the final hash.",
    ),
    "textmode.replay.save_help": ("Het bewaarde spel (JSON).", "The saved game (JSON)."),
    "textmode.replay.verify_help": (
        "Alleen controleren: reproduceert het spel exact? Exitcode 1 als dat niet zo is.",
        "Only check: does the game reproduce exactly? Exit code 1 when it does not.",
    ),
    "textmode.replay.scenario_help": (
        "Het scenariobestand, voor een save die geen kopie van zijn scenario bewaart "
        "(standaard: het bestand uit de save, of een meegeleverd scenario met dezelfde id); "
        "een save met een kopie speelt op die kopie.",
        "The scenario file, for a save that keeps no copy of its scenario (default: the file "
        "named in the save, or a shipped scenario with the same id); a save with a copy "
        "replays on that copy.",
    ),
    "textmode.replay.ok": (
        "Het spel reproduceert exact ({actions} handelingen, {lines} verslagregels).",
        "The game reproduces exactly ({actions} actions, {lines} record lines).",
    ),
    "textmode.replay.hash": ("Eindtoestand-hash: {hash}", "Final state hash: {hash}"),
    "textmode.replay.refused": (
        "{path}: dit spel reproduceert niet: {reason}",
        "{path}: this game does not reproduce: {reason}",
    ),
    "textmode.replay.not_over": (
        "Het spel is nog niet afgelopen (week {round} van {deadline}).",
        "The game is not over yet (week {round} of {deadline}).",
    ),
    "textmode.replay.unexpected": (
        "Dit bestand liet zich niet naspelen door een onverwachte fout ({kind}: {error}); "
        "meld dit aan de makers van het spel.",
        "This file could not be replayed because of an unexpected error ({kind}: {error}); "
        "please report it to the makers of the game.",
    ),
    "textmode.replay.scenario": ("Scenario: {path}", "Scenario: {path}"),
    "textmode.replay.only_for": ("(alleen voor {names})", "(only for {names})"),
    # --- save files --------------------------------------------------------------------------
    "textmode.save.cannot_read": (
        "{reason}\nGeef het pad van een opgeslagen spel (een .json-bestand); wat het spel zelf "
        "bewaart, staat in {folder}.",
        "{reason}\nGive the path of a saved game (a .json file); what the game saves by itself "
        "is in {folder}.",
    ),
    "textmode.save.missing": (
        "Het bestand {path} bestaat niet.",
        "The file {path} does not exist.",
    ),
    "textmode.save.unreadable": (
        "Kan {path} niet lezen ({error}).",
        "Cannot read {path} ({error}).",
    ),
    "textmode.save.bad_session": (
        "De spelgegevens in dit bestand zijn beschadigd ({error}).",
        "The session data in this file is damaged ({error}).",
    ),
    "textmode.save.too_big": (
        "{path} is geen opslagbestand van dit spel: het is groter dan {megabytes} MB.",
        "{path} is not a save file of this game: it is larger than {megabytes} MB.",
    ),
    "textmode.save.not_utf8": (
        "{path} is geen opslagbestand van dit spel: geen UTF-8-tekst (byte {position}).",
        "{path} is not a save file of this game: not UTF-8 text (byte {position}).",
    ),
    "textmode.save.too_deep": (
        "{path} is geen opslagbestand van dit spel: de gegevens zijn te diep genest.",
        "{path} is not a save file of this game: its data is nested too deeply.",
    ),
    "textmode.save.bad_strategy": (
        "De spelgegevens in dit bestand zijn beschadigd: '{strategy}' voor {actor} is geen "
        "strategie (bekend: {known}).",
        "The session data in this file is damaged: '{strategy}' for {actor} is not a "
        "strategy (known: {known}).",
    ),
    "textmode.save.bad_difficulty": (
        "De spelgegevens in dit bestand zijn beschadigd: '{difficulty}' is geen niveau "
        "(bekend: {known}).",
        "The session data in this file is damaged: '{difficulty}' is not a difficulty "
        "(known: {known}).",
    ),
    # --- roles and bots ----------------------------------------------------------------------
    "textmode.role.unknown": (
        "Er is geen partij '{role}' in dit scenario; kies uit: {known} (of 'all').",
        "There is no party '{role}' in this scenario; choose from: {known} (or 'all').",
    ),
    "textmode.role.empty": (
        "Geef bij --role een partij: {known} (of 'all').",
        "Give --role a party: {known} (or 'all').",
    ),
    "textmode.role.twice": (
        "Een partij staat twee keer in --role.",
        "A party appears twice in --role.",
    ),
    "textmode.bots.turn": ("{name} (bot) is aan zet:", "{name} (bot) moves:"),
    "textmode.bots.why": ("waarom: {why}", "why: {why}"),
    "textmode.bots.refused": (
        "De bot van {name} deed iets wat niet mag ({reason}); hij past deze beurt.",
        "{name}'s bot tried something not allowed ({reason}); it passes this turn.",
    ),
    "textmode.strategy.tough": ("hard", "tough"),
    "textmode.strategy.conceder": ("toegeeflijk", "conceding"),
    "textmode.strategy.reciprocal": ("wederkerig", "reciprocal"),
    "textmode.strategy.integrative": ("integratief", "integrative"),
    # --- the session -------------------------------------------------------------------------
    "textmode.session.seed": (
        "Startgetal {seed} (speel hetzelfde spel opnieuw met --seed {seed}).",
        "Seed {seed} (play the same game again with --seed {seed}).",
    ),
    "textmode.session.seat_person": ("{name}: speler", "{name}: player"),
    "textmode.session.seat_bot": ("{name}: bot ({strategy})", "{name}: bot ({strategy})"),
    "textmode.session.handover": (
        "Geef het toetsenbord aan {name}, druk op Enter ",
        "Hand the keyboard to {name}, press Enter ",
    ),
    "textmode.session.your_turn": ("{name} is aan zet.", "{name}, your turn."),
    "textmode.session.since_last": (
        "Sinds je vorige beurt:",
        "Since your last turn:",
    ),
    "textmode.session.record": (
        "Het verslag, zoals jij het kent:",
        "The record, as you know it:",
    ),
    # a path ends its line (no full stop glued to it), so it can be copied as it is
    "textmode.session.stopped": (
        "Bewaard in {path}\nSpeel verder met `python -m game play --resume`.",
        "Saved in {path}\nContinue with `python -m game play --resume`.",
    ),
    "textmode.session.end_of_input": (
        "Einde van de invoer: bewaard in {path}\nSpeel verder met `python -m game play --resume`.",
        "End of input: saved in {path}\nContinue with `python -m game play --resume`.",
    ),
    "textmode.session.saved": (
        "Het spel is bewaard in {path}\nBekijk het met `python -m game replay`.",
        "The game is saved in {path}\nLook at it with `python -m game replay`.",
    ),
    "textmode.status.at_table": ("aan tafel", "at the table"),
    "textmode.status.walked_away": ("weggelopen", "walked away"),
    "textmode.status.absent": ("afwezig", "absent"),
    # --- the screen --------------------------------------------------------------------------
    "textmode.screen.week": (
        "Week {round} van {deadline} (de deadline valt aan het eind van week {deadline})",
        "Week {round} of {deadline} (the deadline falls at the end of week {deadline})",
    ),
    "textmode.screen.actors": ("Aan tafel:", "At the table:"),
    "textmode.screen.issues": ("Kwesties en opties:", "Issues and options:"),
    "textmode.screen.brief_title": (
        "Jouw briefing — {name}, {role}",
        "Your briefing — {name}, {role}",
    ),
    "textmode.screen.public_brief": ("Openbaar (iedereen weet dit):", "Public (everybody knows):"),
    "textmode.screen.confidential_brief": (
        "Vertrouwelijk (alleen voor jou):",
        "Confidential (for you only):",
    ),
    "textmode.screen.interests": ("Jouw belangen:", "Your interests:"),
    "textmode.screen.revealed": ("aan tafel verteld", "told at the table"),
    "textmode.screen.hidden": ("nog niet verteld", "not told yet"),
    "textmode.screen.batna": (
        "Zonder akkoord (BATNA) krijg je {batna} punten.",
        "Without agreement (BATNA) you get {batna} points.",
    ),
    "textmode.screen.consultations": (
        "Je kunt je achterban raadplegen over:",
        "You can consult your back office about:",
    ),
    "textmode.screen.used": ("al gebruikt", "used"),
    "textmode.screen.points_title": (
        "Jouw punten per optie (vertrouwelijk):",
        "Your points per option (confidential):",
    ),
    "textmode.screen.outside": ("buiten mandaat", "outside mandate"),
    "textmode.screen.mandate_title": ("Jouw mandaat:", "Your mandate:"),
    "textmode.screen.mandate_forbidden": (
        "{issue}: '{option}' mag je niet accepteren",
        "{issue}: you may not accept '{option}'",
    ),
    "textmode.screen.mandate_min": (
        "een pakket moet jou minstens {min} punten opleveren",
        "a package must give you at least {min} points",
    ),
    "textmode.screen.mandate_free": (
        "geen beperkingen: je mag elk pakket voorstellen en steunen",
        "no limits: you may propose and support any package",
    ),
    "textmode.screen.no_proposals": (
        "Er liggen nog geen voorstellen op tafel.",
        "There are no proposals on the table yet.",
    ),
    "textmode.screen.proposals_title": ("Voorstellen op tafel:", "Proposals on the table:"),
    "textmode.screen.proposal": (
        "  Voorstel {id} van {proposer} (week {round}) — {count} steun: {supporters}",
        "  Proposal {id} by {proposer} (week {round}) — {count} support: {supporters}",
    ),
    "textmode.screen.proposal_short": (
        "  Voorstel {id} van {proposer}: {count} steun; jouw punten {points} ({diff} t.o.v. BATNA)",
        "  Proposal {id} by {proposer}: {count} support; your points {points} ({diff} vs BATNA)",
    ),
    "textmode.grid.id": ("Nr", "No"),
    "textmode.grid.proposer": ("Van", "By"),
    "textmode.grid.support": ("Steun", "Support"),
    "textmode.grid.points": ("Jij", "You"),
    "textmode.grid.batna": ("t.o.v. BATNA", "vs BATNA"),
    "textmode.grid.lacking": ("Wat nog ontbreekt", "Still lacking"),
    "textmode.grid.outside": ("voorstel {id}: ", "proposal {id}: "),
    "textmode.grid.enough": (
        "Voorstel {id} heeft genoeg steun: blijft die zo tot het eind van de week, dan is het"
        " het akkoord.",
        "Proposal {id} has enough support: if it stays so until the end of the week, it is the"
        " agreement.",
    ),
    "textmode.screen.unbacked": (
        "en {count} voorstel(len) zonder steun aan tafel (menu: Voorstellen op tafel)",
        "and {count} proposal(s) without support at the table (menu: Proposals on the table)",
    ),
    "textmode.screen.your_points": (
        "jouw punten: {points} (BATNA {batna}, verschil {diff})",
        "your points: {points} (BATNA {batna}, difference {diff})",
    ),
    # --- prompts -----------------------------------------------------------------------------
    "textmode.prompt.choice": ("Keuze: ", "Choice: "),
    "textmode.prompt.invalid": (
        "'{answer}' is geen keuze; typ een getal van {low} tot en met {high}.",
        "'{answer}' is not a choice; type a number from {low} to {high}.",
    ),
    "textmode.prompt.refused": ("Dat kan niet: {reason}", "Not possible: {reason}"),
    "textmode.prompt.not_now": ("kan nu niet", "not now"),
    "textmode.prompt.yes": ("Ja", "Yes"),
    "textmode.prompt.no": ("Nee", "No"),
    "textmode.prompt.back": ("Terug", "Back"),
    # --- the menu ----------------------------------------------------------------------------
    "textmode.menu.title": (
        "Wat doe je, {name}? (week {week} van {deadline})",
        "What do you do, {name}? (week {week} of {deadline})",
    ),
    "textmode.menu.look": ("Bekijken", "Look"),
    "textmode.menu.talk": ("Praten (één keer per beurt)", "Talk (once per turn)"),
    "textmode.menu.moves": ("Zet (maakt je beurt af)", "Move (ends your turn)"),
    "textmode.menu.table": ("De tafel: partijen en kwesties", "The table: parties and issues"),
    "textmode.menu.brief": ("Mijn briefing en belangen", "My briefing and interests"),
    "textmode.menu.points": ("Mijn punten en mandaat", "My points and mandate"),
    "textmode.menu.proposals": ("Voorstellen op tafel", "Proposals on the table"),
    "textmode.menu.record": ("Het verslag tot nu toe", "The record so far"),
    "textmode.menu.say": ("Iets zeggen", "Say something"),
    "textmode.menu.reveal": ("Een belang vertellen", "Reveal an interest"),
    "textmode.menu.ask": ("Een partij iets vragen", "Ask a party something"),
    "textmode.menu.propose": ("Een pakket voorstellen", "Propose a package"),
    "textmode.menu.support": ("Een voorstel steunen", "Support a proposal"),
    "textmode.menu.withdraw": ("Steun intrekken", "Withdraw support"),
    "textmode.menu.consult": ("De achterban raadplegen", "Consult the back office"),
    "textmode.menu.escalate": ("De escalatietafel bijeenroepen", "Call the escalation table"),
    "textmode.menu.pass": ("Passen", "Pass"),
    "textmode.menu.walk_away": (
        "Weglopen (je BATNA nemen)",
        "Walk away (take your BATNA)",
    ),
    "textmode.menu.stop": ("Bewaren en stoppen", "Save and stop"),
    "textmode.menu.no_talk": ("je hebt deze beurt al gesproken", "you have already spoken"),
    "textmode.menu.no_interests": (
        "je hebt al je belangen al verteld",
        "you have already told all your interests",
    ),
    "textmode.menu.no_escalate": (
        "de escalatietafel kan nu niet (meer) bijeen",
        "the escalation table cannot be called (any more)",
    ),
    "textmode.menu.no_support": (
        "er ligt geen voorstel dat je nog kunt steunen",
        "there is no proposal you can still support",
    ),
    "textmode.menu.no_withdraw": (
        "je steunt geen enkel voorstel",
        "you support no proposal",
    ),
    "textmode.menu.no_consult": (
        "je kunt je achterban nu niet raadplegen",
        "you cannot consult your back office now",
    ),
    "textmode.menu.no_consultations": (
        "in deze casus heb je geen achterban om te raadplegen",
        "in this case you have no back office to consult",
    ),
    "textmode.menu.consultations_used": (
        "je hebt je achterban al over alles geraadpleegd",
        "you have already consulted your back office on everything",
    ),
    # --- sub-menus ---------------------------------------------------------------------------
    "textmode.answer.title": (
        "{asker} vraagt je naar '{issue}'. Hoe antwoord je?",
        "{asker} asks you about '{issue}'. How do you answer?",
    ),
    "textmode.say.title": ("Wat zeg je?", "What do you say?"),
    "textmode.say.own": ("Eigen tekst typen", "Type your own words"),
    "textmode.say.type": (
        "Je tekst (leeg = terug): ",
        "Your words (empty = back): ",
    ),
    "textmode.reveal.title": (
        "Welk belang vertel je aan tafel?",
        "Which interest do you tell the table?",
    ),
    "textmode.ask.who": ("Wie vraag je iets?", "Whom do you ask?"),
    "textmode.ask.what": ("Waarover vraag je {name}?", "What do you ask {name} about?"),
    "textmode.propose.issue": ("Kies voor '{issue}':", "Choose for '{issue}':"),
    "textmode.propose.option": ("{label} ({points} p.)", "{label} ({points} p.)"),
    "textmode.propose.summary": (
        "Dit pakket levert jou {points} punten op (BATNA {batna}).",
        "This package gives you {points} points (BATNA {batna}).",
    ),
    "textmode.ask.not_now": ("dat kun je nu niet vragen", "you cannot ask that now"),
    "textmode.support.title": ("Welk voorstel steun je?", "Which proposal do you support?"),
    "textmode.support.not_now": (
        "dit voorstel kun je nu niet steunen",
        "you cannot support this proposal now",
    ),
    "textmode.withdraw.title": (
        "Van welk voorstel trek je je steun in?",
        "From which proposal do you withdraw your support?",
    ),
    "textmode.consult.title": (
        "Waarover raadpleeg je de achterban? (kost je zet)",
        "What do you consult the back office about? (costs your move)",
    ),
    "textmode.consult.used": (
        "deze raadpleging heb je al gedaan",
        "you have already made this consultation",
    ),
    "textmode.escalate.confirm": (
        "De escalatietafel kost de rest van deze week, en kan maar één keer. Bijeenroepen?",
        "The escalation table costs the rest of this week and can be called only once. Call it?",
    ),
    "textmode.walk_away.confirm": (
        "Weglopen is definitief: je krijgt je BATNA ({batna} punten). Zeker weten?",
        "Walking away is final: you get your BATNA ({batna} points). Are you sure?",
    ),
    # --- the end -----------------------------------------------------------------------------
    "textmode.end.agreement": (
        "Akkoord in week {round}.",
        "Agreement in week {round}.",
    ),
    "textmode.end.deadline": (
        "Geen akkoord: de deadline is verstreken (week {round}).",
        "No agreement: the deadline has passed (week {round}).",
    ),
    "textmode.end.walkout": (
        "Geen akkoord: de tafel viel uiteen in week {round}.",
        "No agreement: the table broke up in week {round}.",
    ),
    "textmode.room.package": ("Het akkoord:", "The agreement:"),
    "textmode.room.own_points": (
        "Jouw punten: {points} (BATNA {batna}, verschil {diff}).",
        "Your points: {points} (BATNA {batna}, difference {diff}).",
    ),
    "textmode.end.package": (
        "Het akkoord (voorstel {proposal}):",
        "The agreement (proposal {proposal}):",
    ),
}
