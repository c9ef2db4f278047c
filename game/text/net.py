"""Messages of the academy room: refusals the server gives, and the host, join and results
commands."""

MESSAGES: dict[str, tuple[str, str]] = {
    # --- refusals ----------------------------------------------------------------------------
    "net.unknown_table": (
        "Tafel {table} bestaat niet; deze sessie heeft {count} tafels.",
        "Table {table} does not exist; this session has {count} tables.",
    ),
    "net.unknown_seat": (
        "Aan tafel {table} is geen plaats voor '{actor}'.",
        "Table {table} has no seat for '{actor}'.",
    ),
    "net.seat_taken": (
        "De plaats van {actor} aan tafel {table} is al bezet.",
        "The seat of {actor} at table {table} is already taken.",
    ),
    "net.already_seated": (
        "Je hebt al een plaats; sta eerst op (leave) om te wisselen.",
        "You already hold a seat; leave it first to switch.",
    ),
    "net.unknown_strategy": (
        "Onbekende botstrategie '{strategy}'.",
        "Unknown bot strategy '{strategy}'.",
    ),
    "net.no_seat": (
        "Je hebt geen plaats aan een tafel; kies eerst een rol.",
        "You hold no seat at a table; pick a role first.",
    ),
    "net.guess_not_due": (
        "Die gokken worden nu niet gevraagd (of je gaf ze al).",
        "Those guesses are not asked for now (or you already gave them).",
    ),
    "net.guess_unknown": (
        "Een gok noemt een partij of kwestie die hier niet hoort.",
        "A guess names a party or issue that does not belong here.",
    ),
    "net.reflection_not_due": (
        "Die reflectievraag staat nu niet voor je open (of je beantwoordde hem al).",
        "That reflection question is not open for you now (or you already answered it).",
    ),
    "net.bad_action": (
        "Deze actie klopt niet: {detail}",
        "This action is malformed: {detail}",
    ),
    "net.not_your_seat": (
        "Je speelt {actor}; je kunt niet voor een andere partij handelen.",
        "You play {actor}; you cannot act for another party.",
    ),
    "net.not_listed": (
        "Deze actie staat niet in de lijst die de server je gaf.",
        "This action is not among those the server listed for you.",
    ),
    "net.unknown_event": (
        "Het scenario kent geen gebeurtenis '{event}'.",
        "The scenario has no event '{event}'.",
    ),
    "net.engine_cannot_fire": (
        "Gebeurtenissen op verzoek afvuren kan de spelmotor nog niet (tafel {table}).",
        "The game engine cannot fire events on request yet (table {table}).",
    ),
    "net.engine_cannot_extend": (
        "De termijn verlengen kan de spelmotor nog niet (tafel {table}, +{rounds}).",
        "The game engine cannot extend the deadline yet (table {table}, +{rounds}).",
    ),
    "net.session_ended": (
        "De sessie is afgelopen.",
        "The session has ended.",
    ),
    "net.paused": (
        "Tafel {table} staat even stil; wacht op de begeleider.",
        "Table {table} is paused; wait for the facilitator.",
    ),
    "net.too_fast": (
        "Te veel berichten tegelijk; een deel is genegeerd.",
        "Too many messages at once; some were ignored.",
    ),
    "net.bad_json": (
        "Dit bericht is geen geldige JSON: {detail}",
        "This message is not valid JSON: {detail}",
    ),
    "net.bad_message": (
        "Dit bericht kent de server niet: {detail}",
        "The server does not understand this message: {detail}",
    ),
    "net.bad_text": (
        "Dit bericht bevat tekst die de server niet aanneemt (bij {detail}): een stuurteken"
        " (zoals een pijltjestoets of Enter) of tekst die geen geldige Unicode is. Het is"
        " niet uitgevoerd; typ de tekst opnieuw.",
        "This message holds text the server does not accept (at {detail}): a control"
        " character (such as an arrow key or Enter) or text that is not valid Unicode. It was"
        " not carried out; type the text again.",
    ),
    "net.bad_number": (
        "Dit bericht bevat een getal dat de server niet aanneemt (bij {detail}): alleen hele"
        " getallen van 0 tot en met 9007199254740991.",
        "This message holds a number the server does not accept (at {detail}): only whole"
        " numbers from 0 to 9007199254740991.",
    ),
    "net.server_error": (
        "Er ging iets mis op de server; probeer het nog eens.",
        "Something went wrong on the server; please try again.",
    ),
    "net.not_facilitator": (
        "Dit mag alleen de begeleider.",
        "Only the facilitator may do this.",
    ),
    "net.say_hello": (
        "Meld je eerst aan met de kamercode (join) of je plaatsbewijs (resume).",
        "Sign in first with the room code (join) or your seat token (resume).",
    ),
    "net.wrong_code": (
        "Deze kamercode klopt niet.",
        "This room code is wrong.",
    ),
    "net.unknown_token": (
        "Dit plaatsbewijs is niet (meer) geldig.",
        "This seat token is not valid (any more).",
    ),
    "net.room_full": (
        "De zaal is vol (of dit adres heeft al te veel verbindingen); alleen wie een plaats"
        " heeft, komt nog terug. Sluit andere vensters of vraag de begeleider.",
        "The room is full (or this address holds too many connections already); only who"
        " holds a seat gets back in. Close other windows or ask the facilitator.",
    ),
    "net.seat_freed": (
        "De begeleider heeft je plaats vrijgegeven; kies opnieuw een plaats.",
        "The facilitator freed your seat; pick a seat again.",
    ),
    "net.taken_over": (
        "Je plaats is overgenomen door een nieuwe verbinding met jouw plaatsbewijs.",
        "Your seat was taken over by a new connection with your seat token.",
    ),
    "net.wrong_facilitator_token": (
        "Dit begeleiderstoken klopt niet.",
        "This facilitator token is wrong.",
    ),
    # --- the results file -------------------------------------------------------------------
    "net.db_unusable": (
        "Het resultatenbestand {path} is niet te gebruiken: {reason}",
        "The results file {path} cannot be used: {reason}",
    ),
    "net.scenario_changed": (
        "Het scenario {path} is veranderd sinds de sessie begon; de tafels zijn niet te herstellen."
        " Start een nieuwe sessie met --new.",
        "The scenario {path} changed since the session began; its tables cannot be restored."
        " Start a new session with --new.",
    ),
    "net.replay_failed": (
        "Tafel {table} is niet te herstellen: {reason}",
        "Table {table} cannot be restored: {reason}",
    ),
    # --- arguments of host, join and results --------------------------------------------------
    "net.arg.bad_port": (
        "'{value}' is geen poort; kies een getal van {low} tot en met {high}",
        "'{value}' is not a port; choose a number from {low} to {high}",
    ),
    "net.arg.bad_table": (
        "'{value}' is geen tafelnummer; kies een getal van {low} tot en met {high}",
        "'{value}' is not a table number; choose a number from {low} to {high}",
    ),
    "net.arg.bad_per_address": (
        "'{value}' is geen aantal verbindingen; kies een getal van {low} tot en met {high}",
        "'{value}' is not a number of connections; choose a number from {low} to {high}",
    ),
    "net.arg.bad_bot_delay": (
        "'{value}' is geen bedenktijd; kies een aantal seconden van 0 tot en met {high}",
        "'{value}' is not a delay; choose a number of seconds from 0 to {high}",
    ),
    "net.db_not_sqlite": (
        "{path} is geen SQLite-resultatenbestand; het blijft onaangeroerd. Kies een ander"
        " bestand met --db, of een pad dat nog niet bestaat.",
        "{path} is not an SQLite results file; it is left untouched. Choose another file"
        " with --db, or a path that does not exist yet.",
    ),
    "net.db_not_results": (
        "{path} is een SQLite-bestand, maar zonder resultaten van dit spel.",
        "{path} is an SQLite file, but without results of this game.",
    ),
    "net.join.bad_name": (
        "Je naam moet gewone tekst zijn (UTF-8, zonder stuurtekens) van 1 tot 40 tekens.",
        "Your name must be plain text (UTF-8, no control characters) of 1 to 40 characters.",
    ),
    "net.join.bad_code": (
        "'{code}' is geen kamercode; die heeft 1 tot 16 tekens (de host toont hem bij de start).",
        "'{code}' is not a room code; it has 1 to 16 characters (the host shows it at start).",
    ),
    "net.join.bad_role": (
        "De rol moet gewone tekst zijn (UTF-8): een actor-id uit het scenario.",
        "The role must be plain text (UTF-8): an actor id from the scenario.",
    ),
    "net.join.bad_token": (
        "Dit plaatsbewijs klopt niet: het heeft 8 tot 64 tekens. Kijk het na, of kom opnieuw"
        " binnen met --code en --name.",
        "This seat token is wrong: it has 8 to 64 characters. Check it, or come in again with"
        " --code and --name.",
    ),
    "net.join.bad_facilitator_token": (
        "Dit begeleiderstoken klopt niet: het heeft 8 tot 64 tekens. De host noemt bij de start"
        " het bestand waarin het staat (of toont het met --show-token).",
        "This facilitator token is wrong: it has 8 to 64 characters. At start the host names"
        " the file that holds it (or shows it with --show-token).",
    ),
    # printed as they are: each command on a line of its own, no line past 80 columns
    "net.join.no_display": (
        "Hier kan geen venster open (geen beeldscherm gevonden), dus geen dashboard.\n"
        "Open het op een computer met beeldscherm:\n"
        "python -m game join {address} --facilitator TOKEN\n"
        "Of kijk hier zonder venster mee aan een tafel:\n"
        "python -m game join {address} --code CODE --name NAAM --watch --table N",
        "No window can open here (no display found), so no dashboard.\n"
        "Open it on a computer with a display:\n"
        "python -m game join {address} --facilitator TOKEN\n"
        "Or watch a table here without a window:\n"
        "python -m game join {address} --code CODE --name NAME --watch --table N",
    ),
    "net.host.no_display": (
        "Hier kan geen venster open (geen beeldscherm gevonden), dus geen dashboard.\n"
        "Start de kamer zonder --dashboard en open het dashboard op een computer met\n"
        "beeldscherm (de host noemt het adres, en het bestand met het token):\n"
        "  python -m game join ADRES:{port} --facilitator TOKEN",
        "No window can open here (no display found), so no dashboard.\n"
        "Start the room without --dashboard and open the dashboard on a computer with a\n"
        "display (the host names the address, and the file with the token):\n"
        "  python -m game join ADDRESS:{port} --facilitator TOKEN",
    ),
    "net.host.kept": (
        "Let op: de lopende sessie houdt haar eigen {changed}; wat je nu opgaf is genegeerd."
        " Begin opnieuw met --new om het te gebruiken.",
        "Note: the running session keeps its own {changed}; what you gave now is ignored."
        " Start afresh with --new to use it.",
    ),
    "net.host.kept.scenario": ("scenario ({value})", "scenario ({value})"),
    "net.host.kept.tables": ("aantal tafels ({value})", "number of tables ({value})"),
    "net.host.kept.seats": ("rollen ({value})", "roles ({value})"),
    # --- python -m game join ----------------------------------------------------------------
    "net.join.help": (
        "Schuif aan bij een kamer op het netwerk: kies een rol aan een tafel en speel mee.",
        "Join a room on the network: pick a role at a table and play.",
    ),
    "net.join.address_help": ("adres van de kamer, HOST:POORT", "the room's address, HOST:PORT"),
    "net.join.code_help": (
        "de kamercode die de begeleider noemt",
        "the room code the facilitator gives",
    ),
    "net.join.name_help": ("je naam aan tafel", "your name at the table"),
    "net.join.table_help": ("tafelnummer (sla de keuze over)", "table number (skip the choice)"),
    "net.join.role_help": ("rol (actor-id) aan die tafel", "role (actor id) at that table"),
    "net.join.watch_help": ("alleen meekijken aan --table", "only watch table --table"),
    "net.join.token_help": (
        "plaatsbewijs: terug naar je plaats na een onderbreking",
        "seat token: back to your seat after a break",
    ),
    "net.join.lang_help": ("taal van de schermen", "language of the screens"),
    "net.join.need_code": (
        "Geef de kamercode en je naam (--code, --name), of je plaatsbewijs (--token).",
        "Give the room code and your name (--code, --name), or your seat token (--token).",
    ),
    "net.join.unreachable": (
        "De kamer op {url} is niet bereikbaar. Klopt het adres, en draait de host?",
        "The room at {url} cannot be reached. Is the address right, and is the host running?",
    ),
    "net.join.reconnects": (
        "Valt de verbinding weg, dan brengt dit programma je vanzelf terug op je plaats.",
        "If the connection drops, this program takes you back to your seat by itself.",
    ),
    "net.join.come_back": (
        "Je plaats blijft van jou. Terug met:\n  python -m game join {address} --code {code}"
        " --name …",
        "Your seat stays yours. To come back:\n  python -m game join {address} --code {code}"
        " --name …",
    ),
    "net.join.room": ("Kamer {room}: {title}", "Room {room}: {title}"),
    "net.join.table": ("Tafel {table}", "Table {table}"),
    "net.join.taken": ("bezet door {player}", "taken by {player}"),
    "net.join.watch": ("Kijk mee aan tafel {table}", "Watch table {table}"),
    "net.join.pick": ("Kies je plaats:", "Pick your seat:"),
    "net.join.quit": ("Stoppen", "Quit"),
    "net.join.watching": ("Je kijkt mee aan tafel {table}.", "You are watching table {table}."),
    "net.join.seated": (
        "Je speelt {actor} aan tafel {table}.",
        "You play {actor} at table {table}.",
    ),
    "net.join.ended": (
        "De begeleider heeft de sessie beëindigd.",
        "The facilitator ended the session.",
    ),
    "net.join.over": ("Het spel aan deze tafel is voorbij.", "The game at this table is over."),
    # --- the move menu -----------------------------------------------------------------------
    "net.menu.title": ("Jij bent aan de beurt. Wat doe je?", "Your turn. What do you do?"),
    "net.menu.table": ("Bekijk de tafel", "Look at the table"),
    "net.menu.brief": (
        "Bekijk je instructie, punten en mandaat",
        "Look at your brief, points and mandate",
    ),
    "net.menu.proposals": ("Bekijk de voorstellen", "Look at the proposals"),
    "net.menu.propose": ("Doe een voorstel (een pakket)", "Propose a package"),
    "net.menu.say": ("Zeg iets in eigen woorden", "Say something in your own words"),
    "net.menu.say_prompt": ("Wat zeg je? (leeg: terug) ", "What do you say? (empty: back) "),
    "net.menu.outside": ("buiten je mandaat", "outside your mandate"),
    "net.menu.answer_truthful": (
        "Antwoord {asker} eerlijk over {issue} (je noemt je beste optie en hoe zwaar dit voor"
        " je weegt)",
        "Answer {asker} truthfully about {issue} (you name your best option and how much it"
        " matters to you)",
    ),
    "net.menu.answer_vague": (
        "Antwoord {asker} vaag over {issue} (je legt je nergens op vast)",
        "Answer {asker} vaguely about {issue} (you commit to nothing)",
    ),
    "net.menu.answer_decline": (
        "Weiger {asker} te antwoorden over {issue}",
        "Decline to answer {asker} about {issue}",
    ),
    "net.menu.phrase": ("Zeg: “{text}”", "Say: “{text}”"),
    "net.menu.reveal": ("Vertel je belang: {text}", "Reveal your interest: {text}"),
    "net.menu.ask": ("Vraag {to} naar {issue}", "Ask {to} about {issue}"),
    "net.menu.support": (
        "Steun voorstel {id} van {proposer}: {points} punten voor jou (BATNA {batna})",
        "Support proposal {id} by {proposer}: {points} points for you (BATNA {batna})",
    ),
    "net.menu.withdraw_support": (
        "Trek je steun in voor voorstel {id} van {proposer}: {points} punten voor jou (BATNA"
        " {batna})",
        "Withdraw your support for proposal {id} by {proposer}: {points} points for you (BATNA"
        " {batna})",
    ),
    "net.menu.consult": ("Raadpleeg je achterban: {label}", "Consult your back office: {label}"),
    "net.menu.escalate": ("Roep de escalatietafel bijeen", "Call the escalation table"),
    "net.menu.walk_away": ("Verlaat de tafel (je BATNA)", "Walk away (take your BATNA)"),
    "net.menu.pass": ("Pas", "Pass"),
    "net.join.bad_address": (
        "'{address}' is geen adres; schrijf HOST:POORT, bijvoorbeeld 192.168.1.20:8765.",
        "'{address}' is not an address; write HOST:PORT, for example 192.168.1.20:8765.",
    ),
    "net.join.facilitator_help": (
        "begeleiderstoken: open het dashboard van de kamer",
        "facilitator token: open the room's dashboard",
    ),
    # --- python -m game host ----------------------------------------------------------------
    "net.host.help": (
        "Start een academiekamer: meerdere tafels, deelnemers op eigen laptops, een dashboard.",
        "Start an academy room: several tables, trainees on their own laptops, a dashboard.",
    ),
    "net.host.scenario_help": ("het scenariobestand", "the scenario file"),
    "net.host.tables_help": ("aantal tafels", "number of tables"),
    "net.host.port_help": ("poort om op te luisteren", "port to listen on"),
    "net.host.bind_help": (
        "netwerkadres om op te luisteren (0.0.0.0: alle)",
        "network address to listen on (0.0.0.0: all)",
    ),
    "net.host.db_help": ("het SQLite-bestand met resultaten", "the SQLite results file"),
    "net.host.seats_help": (
        "de rollen aan elke tafel, met komma's (standaard: alle)",
        "the roles at every table, comma separated (default: all)",
    ),
    "net.host.new_help": (
        "begin een nieuwe sessie, ook als er nog een loopt",
        "start a new session even if one is still running",
    ),
    "net.host.bot_delay_help": (
        "seconden bedenktijd van een bot",
        "seconds a bot waits before it moves",
    ),
    "net.host.per_address_help": (
        "verbindingen per netwerkadres (standaard {default}); hoger als de laptops via één"
        " gedeeld adres (NAT) binnenkomen",
        "connections per network address (default {default}); higher when the laptops come"
        " in through one shared address (NAT)",
    ),
    "net.host.dashboard_help": (
        "open ook het begeleidersdashboard",
        "also open the facilitator dashboard",
    ),
    "net.host.no_scenario": (
        "Het scenario {path} is niet te lezen: {reason}",
        "The scenario {path} cannot be read: {reason}",
    ),
    "net.host.bad_tables": (
        "Kies 1 tot {max} tafels.",
        "Choose 1 to {max} tables.",
    ),
    "net.host.started": ("Nieuwe sessie {session} gestart.", "New session {session} started."),
    "net.host.restored": (
        "Lopende sessie {session} hersteld: alle tafels en plaatsen zijn terug"
        " (een nieuwe sessie: --new).",
        "Running session {session} restored: every table and seat is back (a new session: --new).",
    ),
    "net.host.scenario": (
        "Scenario: {title} — {tables} tafel(s)",
        "Scenario: {title} — {tables} table(s)",
    ),
    "net.host.code": ("Kamercode: {code}", "Room code: {code}"),
    "net.host.address": ("Adres: {address}", "Address: {address}"),
    "net.host.page": (
        "Deelnemers openen in hun browser (of scannen de QR-code):\n  {url}",
        "Trainees open in their browser (or scan the QR code):\n  {url}",
    ),
    "net.host.join_line": (
        "Deelnemers: python -m game join {address} --code {code} --name <naam>",
        "Trainees: python -m game join {address} --code {code} --name <name>",
    ),
    "net.host.facilitator": ("Begeleiderstoken: {token}", "Facilitator token: {token}"),
    "net.host.token_file": (
        "Begeleiderstoken: in {path} (alleen jij kunt het lezen; tonen: host --show-token)",
        "Facilitator token: in {path} (only you can read it; to show it: host --show-token)",
    ),
    "net.host.show_token_help": (
        "toon ook het begeleiderstoken (anders staat het alleen in een bestand dat alleen jij"
        " kunt lezen; het scherm kan geprojecteerd zijn)",
        "also show the facilitator token (otherwise it is only in a file only you can read;"
        " the screen may be projected)",
    ),
    "net.host.no_token_file": (
        "Kan het begeleiderstoken niet in {path} zetten: {reason}",
        "Cannot write the facilitator token to {path}: {reason}",
    ),
    "net.host.dashboard_line": (
        "Dashboard: python -m game join {address} --facilitator {token}",
        "Dashboard: python -m game join {address} --facilitator {token}",
    ),
    "net.host.db": ("Resultaten: {path}", "Results: {path}"),
    "net.host.stop": (
        "Stoppen: Ctrl+C (de sessie blijft bewaard).",
        "Stop: Ctrl+C (the session is kept).",
    ),
    "net.host.cannot_listen": (
        "Kan niet luisteren op poort {port}: {reason}. Kies een andere met --port.",
        "Cannot listen on port {port}: {reason}. Choose another with --port.",
    ),
    "net.host.closed": (
        "Kamer gesloten. Alles staat in {path}; start host opnieuw om verder te gaan.",
        "Room closed. Everything is in {path}; start host again to carry on.",
    ),
    # --- python -m game results -------------------------------------------------------------
    "net.results.help": (
        "Toon de sessies van de academiekamer en exporteer de tafels als CSV.",
        "List the academy room's sessions and export the tables as CSV.",
    ),
    "net.results.csv_help": (
        "schrijf alle tafels naar dit CSV-bestand (- : scherm)",
        "write every table to this CSV file (-: screen)",
    ),
    "net.results.session_help": (
        "alleen deze sessie (een nummer uit de lijst van `results`)",
        "only this session (a number from the list `results` shows)",
    ),
    "net.results.bad_session": (
        "'{value}' is geen sessienummer; geef een heel getal vanaf 1 (zonder --session zie je "
        "alle sessies met hun nummer)",
        "'{value}' is not a session number; give a whole number from 1 (without --session you "
        "see every session with its number)",
    ),
    "net.results.no_such_session": (
        "Er is geen sessie {session} in {path}; de sessies daar zijn: {known}.",
        "There is no session {session} in {path}; the sessions there are: {known}.",
    ),
    "net.results.none": ("Nog geen resultaten in {path}.", "No results yet in {path}."),
    "net.results.cannot_write": (
        "Kan {path} niet schrijven: {reason}",
        "Cannot write {path}: {reason}",
    ),
    "net.results.written": (
        "{rows} tafels geschreven naar {path}.",
        "{rows} tables written to {path}.",
    ),
    "net.results.running": ("loopt", "running"),
    "net.results.ended": ("afgelopen", "ended"),
    "net.results.session": (
        "Sessie {id}  code {code}  {scenario}  begonnen {started}  ({state})",
        "Session {id}  code {code}  {scenario}  started {started}  ({state})",
    ),
    "net.results.table": (
        "  tafel {table}: {outcome} (week {round}), integratie-index {index}, {actions} acties",
        "  table {table}: {outcome} (week {round}), integration index {index}, {actions} actions",
    ),
    "net.results.outcome.agreement": ("akkoord", "agreement"),
    "net.results.outcome.deadline": ("termijn verstreken", "deadline passed"),
    "net.results.outcome.walkout": ("weggelopen", "walk-out"),
    "net.results.outcome.open": ("nog bezig", "still playing"),
    # --- the dashboard ---------------------------------------------------------------------
    "net.dash.title": ("Dashboard — kamer {room}", "Dashboard — room {room}"),
    "net.dash.waiting": ("Wachten op de kamer…", "Waiting for the room…"),
    "net.dash.page": ("Deelnemers: {url}", "Trainees: {url}"),
    "net.dash.invite": ("Uitnodigen (QR-code)", "Invite (QR code)"),
    "net.invite.title": ("Doe mee — kamer {room}", "Join us — room {room}"),
    "net.invite.hint": (
        "Scan de code met je telefoon of open het adres in je browser; er hoeft niets "
        "geïnstalleerd te worden.",
        "Scan the code with your phone or open the address in your browser; nothing needs "
        "to be installed.",
    ),
    "net.dash.bots_all": ("Bots op alle vrije plaatsen", "Bots on every free seat"),
    "net.dash.debrief": ("Klassikale nabespreking", "Class debrief"),
    "net.dash.csv": ("Exporteer CSV", "Export CSV"),
    "net.dash.reports": ("HTML-rapporten", "HTML reports"),
    "net.dash.end": ("Sessie beëindigen", "End the session"),
    "net.dash.pause": ("Pauze", "Pause"),
    "net.dash.resume": ("Verder", "Resume"),
    "net.dash.bots": ("Bots", "Bots"),
    "net.dash.event": ("Gebeurtenis", "Event"),
    "net.dash.extend": ("+1 week", "+1 week"),
    "net.dash.needs_engine": (
        "Kan pas als de spelmotor dit op verzoek ondersteunt.",
        "Possible once the game engine supports this on request.",
    ),
    "net.dash.table": (
        "Tafel {table} — week {round} van {deadline}",
        "Table {table} — week {round} of {deadline}",
    ),
    "net.dash.turn": ("Aan zet: {actor}", "To move: {actor}"),
    "net.dash.paused": ("Gepauzeerd", "Paused"),
    "net.dash.free": ("vrij", "free"),
    "net.dash.bot": ("bot ({strategy})", "bot ({strategy})"),
    "net.dash.proposal": (
        "Voorstel {id} ({proposer}): {count} steun",
        "Proposal {id} ({proposer}): {count} supporting",
    ),
    "net.dash.outcome.agreement": (
        "Akkoord, week {round} · integratie-index {index}",
        "Agreement, week {round} · integration index {index}",
    ),
    "net.dash.outcome.deadline": (
        "Termijn voorbij · integratie-index {index}",
        "Deadline passed · integration index {index}",
    ),
    "net.dash.outcome.walkout": (
        "Weggelopen, week {round} · integratie-index {index}",
        "Walk-out, week {round} · integration index {index}",
    ),
    "net.dash.event_title": ("Gebeurtenis aan tafel {table}", "Event at table {table}"),
    "net.dash.back": ("Terug", "Back"),
    "net.dash.csv_written": ("CSV geschreven: {path}", "CSV written: {path}"),
    # --- the class debrief -------------------------------------------------------------------
    "net.class.title": (
        "Klassikale nabespreking: alle tafels naast elkaar",
        "Class debrief: every table side by side",
    ),
    "net.class.chart": ("Integratie-index per tafel", "Integration index per table"),
    "net.class.spread": (
        "gemiddeld {mean} (van {low} tot {high})",
        "mean {mean} (from {low} to {high})",
    ),
    "net.class.party": ("Punten per partij", "Points per party"),
    "net.class.table": ("Tafel {table}", "Table {table}"),
    "net.class.outcome": ("Uitkomst", "Outcome"),
    "net.class.playing": ("speelt (week {round})", "playing (week {round})"),
    "net.class.short.agreement": ("akkoord wk {round}", "deal wk {round}"),
    "net.class.short.deadline": ("termijn voorbij", "deadline passed"),
    "net.class.short.walkout": ("weggelopen wk {round}", "walk-out wk {round}"),
    "net.reports.title": ("HTML-rapport per tafel", "HTML report per table"),
    "net.reports.none": ("Nog geen tafel is klaar.", "No table has finished yet."),
    "net.reports.waiting": ("Nog {count} tafel(s) ophalen…", "Fetching {count} more table(s)…"),
    "net.reports.failed": (
        "Tafel {table}: geen rapport — {reason}",
        "Table {table}: no report — {reason}",
    ),
    # --- joining from the window -------------------------------------------------------------
    "net.window.join_title": ("Aansluiten bij een kamer", "Join a room"),
    "net.window.address": ("Adres van de kamer (HOST:POORT)", "Room address (HOST:PORT)"),
    "net.window.code": ("Kamercode", "Room code"),
    "net.window.name": ("Je naam aan tafel", "Your name at the table"),
    "net.window.connect": ("Verbinden", "Connect"),
    "net.window.need_code": (
        "Vul de kamercode en je naam in.",
        "Fill in the room code and your name.",
    ),
    "net.window.connecting": ("Verbinden met {address}…", "Connecting to {address}…"),
    "net.window.leave": ("Verlaat de kamer", "Leave the room"),
    "net.results.reports_help": (
        "schrijf het HTML-rapport van elke afgeronde tafel in deze map",
        "write every finished table's HTML report into this folder",
    ),
    "net.results.report": ("Rapport geschreven: {path}", "Report written: {path}"),
    "net.dash.seats": ("Plaatsen", "Seats"),
    "net.dash.seats_title": ("Plaatsen aan tafel {table}", "Seats at table {table}"),
    "net.dash.free_seat": ("Vrijgeven: {name} ({who})", "Free: {name} ({who})"),
    "net.window.token": (
        "Begeleider? Begeleiderstoken (van host)",
        "Facilitator? Facilitator token (from host)",
    ),
    "net.window.dashboard": ("Open het dashboard", "Open the dashboard"),
    "net.window.need_token": (
        "Vul het adres en het begeleiderstoken in.",
        "Fill in the address and the facilitator token.",
    ),
}
