"""Messages of scenario loading and the commands `validate`, `schema` and `new`.

Problem messages follow the compiler habit `file:line:col: path: message (hint)`; the
path and the YAML field names stay as the author wrote them, only the prose is translated.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # Reading the file
    "scenario.too_big": (
        "bestand is te groot ({size} bytes; de grens is {limit})",
        "file is too large ({size} bytes; the limit is {limit})",
    ),
    "scenario.not_utf8": (
        "geen geldige UTF-8 (byte 0x{byte:02x})",
        "not valid UTF-8 (byte 0x{byte:02x})",
    ),
    "scenario.hint.save_utf8": ("sla het bestand op als UTF-8", "save the file as UTF-8"),
    "scenario.unreadable": (
        "kan het bestand niet lezen: {reason}",
        "cannot read the file: {reason}",
    ),
    "scenario.not_found": ("bestand niet gevonden", "file not found"),
    "scenario.is_directory": (
        "dit is een map, geen bestand",
        "this is a directory, not a file",
    ),
    "scenario.empty": ("het bestand is leeg", "the file is empty"),
    "scenario.hint.start_new": (
        "begin met `python -m game new NAAM`",
        "start from `python -m game new NAME`",
    ),
    "scenario.top_level": (
        "een scenario is een mapping van velden (id:, title:, …), dit bestand is {got}",
        "a scenario is a mapping of fields (id:, title:, …), this file is {got}",
    ),
    # YAML syntax
    "scenario.tab": (
        "tab gebruikt om in te springen; YAML staat alleen spaties toe",
        "tab used for indentation; YAML allows only spaces",
    ),
    "scenario.hint.tab": ("vervang de tab door spaties", "replace the tab with spaces"),
    "scenario.syntax": ("YAML-fout: {problem}", "YAML syntax error: {problem}"),
    "scenario.syntax_plain": (
        "{plain} (YAML: {problem})",
        "{plain} (YAML: {problem})",
    ),
    # PyYAML's parser jargon, said plainly; the technical text follows in brackets
    "scenario.plain.colon_in_value": (
        "een dubbele punt staat op een plek waar geen nieuwe sleutel kan beginnen",
        "a colon stands where no new key can start",
    ),
    "scenario.plain.missing_colon": (
        "hier ontbreekt de dubbele punt achter een sleutel",
        "the colon after a key is missing here",
    ),
    "scenario.plain.indentation": (
        "deze regel springt anders in dan de regels eromheen toelaten",
        "this line is indented differently from what the lines around it allow",
    ),
    "scenario.plain.expected_item": (
        "hier werd een nieuw lijstitem verwacht, beginnend met '- '",
        "a new list item, starting with '- ', was expected here",
    ),
    "scenario.plain.unclosed_quote": (
        "een tekst tussen aanhalingstekens wordt niet gesloten",
        "a quoted text is never closed",
    ),
    "scenario.plain.unclosed_bracket": (
        "een lijst tussen [ ] of een mapping tussen accolades wordt niet goed gesloten",
        "a list in [ ] or a mapping in braces is not closed properly",
    ),
    "scenario.plain.unexpected_end": (
        "het bestand houdt op terwijl er nog iets open staat",
        "the file ends while something is still open",
    ),
    "scenario.plain.no_value": (
        "hier werd een waarde verwacht",
        "a value was expected here",
    ),
    "scenario.plain.bad_start": (
        "een waarde kan niet met dit teken beginnen; zet de tekst tussen aanhalingstekens",
        "a value cannot start with this character; put the text in quotes",
    ),
    "scenario.plain.bad_escape": (
        "onbekende escape-code (\\…) in een tekst tussen dubbele aanhalingstekens",
        "unknown escape code (\\…) in a double-quoted text",
    ),
    "scenario.plain.undefined_alias": (
        "een *alias verwijst naar een &anker dat niet (eerder) in het bestand staat",
        "an *alias refers to an &anchor that is not (earlier) in the file",
    ),
    "scenario.plain.anchor": (
        "een &anker of *alias heeft een ongeldige naam",
        "an &anchor or *alias has an invalid name",
    ),
    "scenario.plain.other": (
        "dit is geen geldige YAML",
        "this is not valid YAML",
    ),
    "scenario.hint.colon_in_value": (
        "staat er een ':' in een waarde? zet de waarde tussen aanhalingstekens",
        "is there a ':' inside a value? put the value in quotes",
    ),
    "scenario.hint.missing_colon": (
        "een regel zonder 'sleutel: waarde', of verkeerd ingesprongen",
        "a line without 'key: value', or wrong indentation",
    ),
    "scenario.hint.indentation": (
        "controleer het inspringen van deze regel en de regel erboven",
        "check the indentation of this line and the one above",
    ),
    "scenario.hint.unclosed": (
        "een aanhalingsteken of haakje wordt niet gesloten",
        "a quote or bracket is never closed",
    ),
    "scenario.hint.undefined_alias": (
        "een *alias heeft een &anker nodig dat eerder in het bestand staat",
        "an *alias needs an &anchor earlier in the file",
    ),
    "scenario.multiple_documents": (
        "meer dan één document in het bestand (een tweede '---')",
        "more than one document in the file (a second '---')",
    ),
    "scenario.hint.one_document": (
        "één scenario per bestand",
        "one scenario per file",
    ),
    "scenario.bad_character": (
        "teken {char} is niet toegestaan in YAML",
        "character {char} is not allowed in YAML",
    ),
    "scenario.too_many_values": (
        "te veel waarden (meer dan {limit}, elk gebruik van een alias meegeteld)",
        "too many values (more than {limit}, counting every use of an alias)",
    ),
    "scenario.recursive_alias": (
        "een alias verwijst naar zichzelf",
        "an alias refers to itself",
    ),
    "scenario.too_deep": (
        "te diep genest (meer dan {limit} niveaus)",
        "nested too deeply (more than {limit} levels)",
    ),
    "scenario.duplicate_key": (
        "sleutel '{key}' komt twee keer voor (eerst op regel {line})",
        "duplicate key '{key}' (first on line {line})",
    ),
    "scenario.key_not_text": (
        "een sleutel moet tekst zijn, niet {got}",
        "a key must be text, not {got}",
    ),
    "scenario.bad_tag": (
        "YAML-tag {tag} wordt niet ondersteund",
        "YAML tag {tag} is not supported",
    ),
    "scenario.bad_merge": (
        "'<<' moet naar een mapping (of een lijst van mappings) verwijzen",
        "'<<' must refer to a mapping (or a list of mappings)",
    ),
    "scenario.internal": (
        "onverwachte fout bij het lezen: {error}",
        "unexpected error while reading: {error}",
    ),
    "scenario.hint.report": (
        "meld dit aan de makers van het spel",
        "please report this to the game's makers",
    ),
    # Checking the fields
    "scenario.missing": ("verplicht veld '{field}' ontbreekt", "missing required field '{field}'"),
    "scenario.unknown_field": ("onbekend veld '{field}'", "unknown field '{field}'"),
    "scenario.hint.did_you_mean": ("bedoel je '{name}'?", "did you mean '{name}'?"),
    "scenario.hint.allowed": ("toegestaan: {names}", "allowed: {names}"),
    "scenario.expected": (
        "verwacht {expected}, maar kreeg {got}",
        "expected {expected}, got {got}",
    ),
    "scenario.hint.quote": (
        'YAML leest {source} als {value}; zet het tussen aanhalingstekens: "{source}"',
        'YAML reads {source} as {value}; put it in quotes: "{source}"',
    ),
    "scenario.hint.empty.text": (
        "schrijf de tekst erachter, bijvoorbeeld {example}, of {{nl: …, en: …}}",
        "write the text after it, for example {example}, or {{nl: …, en: …}}",
    ),
    "scenario.hint.empty.plain_text": (
        "schrijf de tekst erachter: {example}",
        "write the text after it: {example}",
    ),
    "scenario.hint.empty.id": (
        "schrijf er een sleutel achter (kleine letters, cijfers, - en _), bijvoorbeeld {example}",
        "write an id after it (lowercase letters, digits, - and _), for example {example}",
    ),
    "scenario.hint.empty.number": (
        "schrijf er een getal achter, bijvoorbeeld {example}",
        "write a number after it, for example {example}",
    ),
    "scenario.hint.empty.whole_number": (
        "schrijf er een geheel getal achter, bijvoorbeeld {example}",
        "write a whole number after it, for example {example}",
    ),
    "scenario.hint.empty.boolean": (
        "schrijf er true of false achter: {example}",
        "write true or false after it: {example}",
    ),
    "scenario.hint.empty.choice": (
        "schrijf er een van de keuzes achter, bijvoorbeeld {example}",
        "write one of the choices after it, for example {example}",
    ),
    "scenario.hint.empty.list": (
        "zet de items eronder, elk op een eigen regel die met '- ' begint",
        "put the items below it, each on a line starting with '- '",
    ),
    "scenario.hint.empty.fields": (
        "zet de velden ingesprongen eronder: {fields}",
        "put the fields below it, indented: {fields}",
    ),
    "scenario.hint.empty.mapping": (
        "zet regels 'sleutel: waarde' ingesprongen eronder",
        "put lines of 'key: value' below it, indented",
    ),
    "scenario.hint.empty.or_leave_out": (
        "{hint}; of laat de regel weg voor de standaardwaarde",
        "{hint}; or leave the line out for the default",
    ),
    "scenario.hint.decimal_point": (
        "gebruik een punt voor decimalen: {value}",
        "use a point for decimals: {value}",
    ),
    "scenario.type.text": ("tekst", "text"),
    "scenario.type.number": ("een getal", "a number"),
    "scenario.type.whole_number": ("een geheel getal", "a whole number"),
    "scenario.type.boolean": ("true of false", "true or false"),
    "scenario.type.list": ("een lijst (regels met '- ')", "a list (lines starting with '- ')"),
    "scenario.type.mapping": (
        "een mapping (regels 'sleutel: waarde')",
        "a mapping (lines of 'key: value')",
    ),
    "scenario.type.fields": ("een mapping met velden {fields}", "a mapping with fields {fields}"),
    "scenario.type.one_of": ("een van: {choices}", "one of: {choices}"),
    "scenario.type.either": ("{first} of {second}", "{first} or {second}"),
    "scenario.got.text": ('"{value}"', '"{value}"'),
    "scenario.got.number": ("het getal {value}", "the number {value}"),
    "scenario.got.boolean": ("de waarde {value}", "the value {value}"),
    "scenario.got.null": ("niets (een lege waarde)", "nothing (an empty value)"),
    "scenario.got.list": ("een lijst", "a list"),
    "scenario.got.mapping": ("een mapping", "a mapping"),
    "scenario.got.date": ("een datum ({value})", "a date ({value})"),
    "scenario.got.other": ("{value}", "{value}"),
    "scenario.bad_id": (
        "'{value}' is geen geldige sleutel: kleine letters, cijfers, - en _, "
        "beginnend met een letter",
        "'{value}' is not a valid id: lowercase letters, digits, - and _, starting with a letter",
    ),
    "scenario.hint.for_example": ("bijvoorbeeld '{example}'", "for example '{example}'"),
    "scenario.bad_pattern": (
        "'{value}' heeft niet de vorm {pattern}",
        "'{value}' does not have the form {pattern}",
    ),
    "scenario.empty_text": ("mag niet leeg zijn", "must not be empty"),
    "scenario.text_too_long": (
        "te lang: hoogstens {limit} tekens, nu {actual}",
        "too long: at most {limit} characters, has {actual}",
    ),
    "scenario.too_few": (
        "heeft er minstens {limit} nodig, nu {actual}",
        "needs at least {limit} items, has {actual}",
    ),
    "scenario.too_many": (
        "hoogstens {limit} toegestaan, nu {actual}",
        "at most {limit} items allowed, has {actual}",
    ),
    "scenario.too_small": (
        "moet minstens {limit} zijn, is {value}",
        "must be at least {limit}, is {value}",
    ),
    "scenario.too_small_strict": (
        "moet groter zijn dan {limit}, is {value}",
        "must be more than {limit}, is {value}",
    ),
    "scenario.too_large": (
        "mag hoogstens {limit} zijn, is {value}",
        "must be at most {limit}, is {value}",
    ),
    "scenario.too_large_strict": (
        "moet kleiner zijn dan {limit}, is {value}",
        "must be less than {limit}, is {value}",
    ),
    "scenario.not_finite": ("moet een eindig getal zijn", "must be a finite number"),
    "scenario.number_too_large": (
        "getal te groot (een getal in een scenario blijft onder 1.7e+308)",
        "number too large (a number in a scenario stays below 1.7e+308)",
    ),
    "scenario.hint.exponent": (
        "YAML leest dit als tekst; schrijf een getal met een punt en een teken: {value}",
        "YAML reads this as text; write a number with a point and a sign: {value}",
    ),
    "scenario.not_one_of": (
        "'{value}' is niet toegestaan; kies uit: {choices}",
        "'{value}' is not one of: {choices}",
    ),
    "scenario.effect_kind_unknown": (
        "onbekende effectsoort '{kind}'; geldige soorten: {kinds}",
        "unknown effect kind '{kind}'; valid kinds: {kinds}",
    ),
    "scenario.effect_kind_missing": (
        "effect zonder 'kind'; geldige soorten: {kinds}",
        "effect has no 'kind'; valid kinds: {kinds}",
    ),
    "scenario.invalid": ("ongeldige waarde: {message}", "invalid value: {message}"),
    # The English messages of references.py and the model's rules, word for word, with Dutch
    "scenario.ref.unknown": (
        "{kind} '{name}' bestaat niet (bekend: {known})",
        "unknown {kind} '{name}' (known: {known})",
    ),
    "scenario.ref.duplicate": (
        "{kind}-id '{ident}' komt twee keer voor",
        "duplicate {kind} id '{ident}'",
    ),
    "scenario.ref.hint.own_id": ("geef elke {kind} een eigen id", "give every {kind} its own id"),
    "scenario.ref.hint.renamed": (
        "bedoel je {names}? het bestand verwijst ernaar, maar geen {kind} heeft die id",
        "did you mean {names}? the file refers to it, but no {kind} has that id",
    ),
    "scenario.ref.after_deadline": (
        "ronde {round} valt na de deadline ({rounds})",
        "round {round} is after the deadline ({rounds})",
    ),
    "scenario.ref.no_points_issue": (
        "geen punten voor kwestie '{issue}'",
        "no points for issue '{issue}'",
    ),
    "scenario.ref.hint.add_issue": (
        "voeg '{issue}:' toe met een getal voor elk van: {options}",
        "add '{issue}:' with a number for each of: {options}",
    ),
    "scenario.ref.no_points_options": (
        "geen punten voor optie(s) {options}",
        "no points for option(s) {options}",
    ),
    "scenario.ref.hint.every_option": (
        "elke actor geeft punten aan elke optie",
        "every actor scores every option",
    ),
    "scenario.ref.quorum_too_big": (
        "quorum {quorum} is meer dan de {actors} actoren in het scenario",
        "quorum {quorum} is more than the {actors} actors in the scenario",
    ),
    "scenario.ref.hint.at_most": ("gebruik hoogstens {limit}", "use at most {limit}"),
    "scenario.ref.required_too_many": (
        "{required} verplichte actoren passen niet in een quorum van {quorum}",
        "{required} required actors cannot fit in a quorum of {quorum}",
    ),
    "scenario.ref.turn_twice": (
        "een actor staat twee keer in turn_order",
        "an actor appears twice in turn_order",
    ),
    "scenario.ref.turn_missing": ("turn_order mist {actors}", "turn_order leaves out {actors}"),
    "scenario.ref.hint.turn_all": (
        "noem elke actor één keer (late actoren sluiten achteraan aan)",
        "list every actor once (late actors join at the end)",
    ),
    "scenario.ref.until_before_from": (
        "until_round komt vóór from_round",
        "until_round comes before from_round",
    ),
    "scenario.ref.option_exists": (
        "kwestie '{issue}' heeft al optie '{option}'",
        "issue '{issue}' already has option '{option}'",
    ),
    "scenario.ref.no_points_actors": (
        "geen punten voor actor(en) {actors}",
        "no points for actor(s) {actors}",
    ),
    "scenario.ref.hint.added_option": (
        "een toegevoegde optie heeft punten nodig voor elke actor",
        "an added option needs points for every actor",
    ),
    "scenario.rule.quorum_needs_k": (
        "regel 'quorum' heeft een getal nodig: quorum: 4",
        "rule 'quorum' needs a number: quorum: 4",
    ),
    "scenario.rule.quorum_only": (
        "'quorum' hoort alleen bij rule: quorum",
        "'quorum' only goes with rule: quorum",
    ),
    "scenario.rule.one_trigger": (
        "geef precies één van 'round' of 'chance'",
        "give exactly one of 'round' or 'chance'",
    ),
    "scenario.rule.weights_sum": (
        "de gewichten moeten samen 1 zijn, ze zijn samen {total}",
        "weights must add up to 1, they add up to {total}",
    ),
    "scenario.kind.actor": ("actor", "actor"),
    "scenario.kind.issue": ("kwestie", "issue"),
    "scenario.kind.option": ("optie", "option"),
    "scenario.kind.event": ("gebeurtenis", "event"),
    "scenario.kind.goal": ("leerdoel", "goal"),
    "scenario.kind.phrase": ("zin", "phrase"),
    "scenario.kind.interest": ("belang", "interest"),
    "scenario.kind.consultation": ("raadpleging", "consultation"),
    "scenario.kind.interest_of": ("belang van '{actor}'", "interest of '{actor}'"),
    # validate
    "validate.help": (
        "Controleer scenariobestanden: één regel per probleem (bestand:regel:kolom).",
        "Check scenario files: one line per problem (file:line:column).",
    ),
    "validate.paths_help": (
        "scenariobestanden of mappen met *.yaml (standaard: de meegeleverde scenario's)",
        "scenario files or folders of *.yaml (default: the shipped scenarios)",
    ),
    "validate.lang_help": (
        "taal van de meldingen (standaard OMGEVINGSTAFEL_LANG, anders nl)",
        "language of the messages (default OMGEVINGSTAFEL_LANG, else nl)",
    ),
    "validate.ok": (
        "{file}: in orde — {id}: {actors} actoren, {issues} kwesties, {packages} pakketten",
        "{file}: OK — {id}: {actors} actors, {issues} issues, {packages} packages",
    ),
    "validate.summary": (
        "{errors} fout(en) in {bad} van {files} bestand(en)",
        "{errors} error(s) in {bad} of {files} file(s)",
    ),
    "validate.no_yaml": ("geen *.yaml-bestanden in deze map", "no *.yaml files in this folder"),
    "validate.nothing": (
        "geen scenario's gevonden; geef een bestand of map op",
        "no scenarios found; give a file or folder",
    ),
    # schema
    "schema.help": (
        "Schrijf het JSON Schema (draft-07) van het scenarioformaat naar stdout.",
        "Write the JSON Schema (draft-07) of the scenario format to stdout.",
    ),
    "schema.output_help": (
        "schrijf naar dit bestand in plaats van stdout",
        "write to this file instead of stdout",
    ),
    "schema.written": ("schema geschreven naar {path}", "schema written to {path}"),
    "schema.cannot_write": ("kan {path} niet schrijven: {reason}", "cannot write {path}: {reason}"),
    # new
    "new.help": (
        "Maak NAAM.yaml: een scenario-sjabloon met uitleg dat direct valideert.",
        "Create NAME.yaml: a commented scenario template that validates as it is.",
    ),
    "new.name_help": ("naam van het nieuwe scenario", "name of the new scenario"),
    "new.dir_help": ("map om het bestand in te schrijven", "folder to write the file in"),
    "new.exists": (
        "{path} bestaat al; kies een andere naam of verwijder het eerst",
        "{path} already exists; choose another name or remove it first",
    ),
    "new.no_dir": ("map {path} bestaat niet", "folder {path} does not exist"),
    "new.not_dir": ("{path} is geen map", "{path} is not a folder"),
    "new.bad_name": (
        "'{name}' geeft geen bruikbare sleutel; gebruik letters en cijfers",
        "'{name}' gives no usable id; use letters and digits",
    ),
    "new.cannot_write": ("kan {path} niet schrijven: {reason}", "cannot write {path}: {reason}"),
    "new.written": (
        "{path} gemaakt. Vul het in en controleer met: python -m game validate {quoted}",
        "{path} created. Fill it in and check it with: python -m game validate {quoted}",
    ),
}
