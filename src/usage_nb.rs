//! The bokmål of kartlegg's help texts, keyed by their English wording (the
//! doc comments clap reads). A text missing here is shown in English.

/// The bokmål of an English help text, if there is one.
pub fn nb(en: &str) -> Option<&'static str> {
    TEXTS.iter().find(|(e, _)| *e == en).map(|(_, nb)| *nb)
}

const TEXTS: &[(&str, &str)] = &[
    (
        "Map the IT structure and information-security maturity of municipalities",
        "Kartlegg IT-strukturen og modenheten i informasjonssikkerhet i kommuner",
    ),
    (
        "Map the IT structure and information-security maturity of municipalities.\n\nkartlegg asks on-site staff questionnaires built on NSM's basic principles for ICT security, records what a machine reveals about its security, and turns result files from many municipalities into one comparable dataset.",
        "Kartlegg IT-strukturen og modenheten i informasjonssikkerhet i kommuner.\n\nkartlegg stiller ansatte på stedet spørreskjemaer bygd på NSMs grunnprinsipper for IKT-sikkerhet, registrerer hva en maskin viser om sikkerheten sin, og gjør resultatfiler fra mange kommuner om til ett sammenlignbart datasett.",
    ),
    (
        "Language of prompts, messages and exported headers (by default the language form of the municipality given with -k, else nb)",
        "Språk i spørsmål, meldinger og eksporterte overskrifter (som standard målformen til kommunen gitt med -k, ellers nb)",
    ),
    (
        "When to use colour in output",
        "Når utskriften skal ha farger",
    ),
    (
        "Print only results and errors",
        "Skriv bare resultater og feil",
    ),
    (
        "Print more detail (repeat for even more)",
        "Skriv flere detaljer (gjenta for enda flere)",
    ),
    (
        "YAML file with extra municipalities and IT cooperations (see docs/formats.md)",
        "YAML-fil med flere kommuner og IT-samarbeid (se docs/formats.md)",
    ),
    (
        "Print help (see more with '--help')",
        "Vis hjelp (mer med «--help»)",
    ),
    (
        "Print help (see a summary with '-h')",
        "Vis hjelp (et sammendrag med «-h»)",
    ),
    ("Print help", "Vis hjelp"),
    ("Print version", "Vis versjon"),
    (
        "List, show and validate questionnaires",
        "List opp, vis og kontroller spørreskjemaer",
    ),
    (
        "List the built-in questionnaires with version and hash",
        "List opp de innebygde spørreskjemaene med versjon og hash",
    ),
    (
        "Show a questionnaire (built-in id or YAML file) with every question",
        "Vis et spørreskjema (innebygd id eller YAML-fil) med alle spørsmål",
    ),
    (
        "Built-in questionnaire id (see `list`) or path to a questionnaire file",
        "Id for et innebygd spørreskjema (se `list`) eller sti til en spørreskjemafil",
    ),
    (
        "Check questionnaire or service-catalogue files and report every problem as file:line:column",
        "Kontroller spørreskjema- eller tjenestekatalogfiler og meld hvert problem som fil:linje:kolonne",
    ),
    (
        "Check questionnaire or service-catalogue files and report every problem as file:line:column\n\nExit status: 0 when all files are valid, 3 when problems were found, 1 when a file could not be read.",
        "Kontroller spørreskjema- eller tjenestekatalogfiler og meld hvert problem som fil:linje:kolonne\n\nAvslutningskode: 0 når alle filene er gyldige, 3 når problemer ble funnet, 1 når en fil ikke kunne leses.",
    ),
    (
        "Questionnaire or service-catalogue files to check",
        "Spørreskjema- eller tjenestekatalogfiler som skal kontrolleres",
    ),
    (
        "An earlier version of the questionnaire to check the `changes:` map against (built-in questionnaires are checked against their released versions without it)",
        "En tidligere versjon av spørreskjemaet som `changes:` skal kontrolleres mot (innebygde spørreskjemaer kontrolleres mot sine utgitte versjoner uten den)",
    ),
    (
        "Show what changed between two versions of a questionnaire, for a change log",
        "Vis hva som er endret mellom to versjoner av et spørreskjema, til en endringslogg",
    ),
    (
        "The earlier version: a file, `ID@VERSION` (a released built-in version) or a built-in ID",
        "Den tidligere versjonen: en fil, `ID@VERSJON` (en utgitt innebygd versjon) eller en innebygd ID",
    ),
    (
        "The later version, given the same ways",
        "Den senere versjonen, oppgitt på samme måter",
    ),
    ("Output format", "Utdataformat"),
    (
        "Write a questionnaire as a fillable Excel form; read it back with `kartlegg import`",
        "Skriv et spørreskjema som et utfyllbart Excel-skjema; les det inn igjen med `kartlegg import`",
    ),
    ("The workbook to write", "Arbeidsboken som skal skrives"),
    ("Overwrite an existing file", "Overskriv en fil som finnes"),
    (
        "Print this message or the help of the given subcommand(s)",
        "Vis denne meldingen eller hjelpen til de oppgitte underkommandoene",
    ),
    (
        "Print help for the subcommand(s)",
        "Vis hjelp for underkommandoene",
    ),
    (
        "Answer questionnaires for a municipality, saving after every answer",
        "Svar på spørreskjemaer for en kommune, lagret etter hvert svar",
    ),
    (
        "Questionnaires to answer: built-in ids (see `questionnaire list`) or files; asked for when left out",
        "Spørreskjemaer å svare på: innebygde id-er (se `questionnaire list`) eller filer; spørres etter når de mangler",
    ),
    (
        "The municipality (number or name) or IT cooperation answered for; asked for when left out",
        "Kommunen (nummer eller navn) eller IT-samarbeidet det svares for; spørres etter når den mangler",
    ),
    (
        "Result file [default: kartlegg-svar-<kommunenr>-<questionnaire>-<date>.yaml]",
        "Resultatfil [standard: kartlegg-svar-<kommunenr>-<spørreskjema>-<dato>.yaml]",
    ),
    (
        "Continue a partly answered result file",
        "Fortsett en delvis besvart resultatfil",
    ),
    (
        "Answers prepared in a YAML or CSV file (question_id,value[,comment]); without a terminal they are the answers, with one they are shown as defaults",
        "Svar forberedt i en YAML- eller CSV-fil (question_id,value[,comment]); uten terminal er de svarene, med terminal vises de som forslag",
    ),
    (
        "The respondent's role, such as \"IT-leder\" (stored in the file)",
        "Respondentens rolle, for eksempel «IT-leder» (lagres i filen)",
    ),
    (
        "The respondent's name; left out of the file unless given",
        "Respondentens navn; utelatt fra filen om det ikke oppgis",
    ),
    (
        "The answers were agreed in a joint session of several respondents; stands for the municipality",
        "Svarene ble avtalt i et felles møte med flere respondenter; de gjelder for kommunen",
    ),
    (
        "Overwrite an existing result file without asking",
        "Overskriv en resultatfil som finnes, uten å spørre",
    ),
    (
        "Encrypt the result file (to FILE.age) for this age public key, or for every key in a file; repeatable",
        "Krypter resultatfilen (til FIL.age) for denne offentlige age-nøkkelen, eller for hver nøkkel i en fil; kan gjentas",
    ),
    (
        "Secret key file (from `kartlegg keygen`) to read encrypted .age result files",
        "Fil med hemmelig nøkkel (fra `kartlegg keygen`) for å lese krypterte .age-resultatfiler",
    ),
    (
        "Read a questionnaire form filled in Excel (from `questionnaire export`) into a result file",
        "Les et spørreskjema fylt ut i Excel (fra `questionnaire export`) inn i en resultatfil",
    ),
    (
        "The filled form (.xlsx from `kartlegg questionnaire export`)",
        "Det utfylte skjemaet (.xlsx fra `kartlegg questionnaire export`)",
    ),
    (
        "The municipality (number or name) answered for; by default the one written on the form",
        "Kommunen (nummer eller navn) det svares for; som standard den som står på skjemaet",
    ),
    (
        "The questionnaire file the form was made from, when it is not built in (such as an older version)",
        "Spørreskjemafilen skjemaet ble laget fra, når den ikke er innebygd (for eksempel en eldre versjon)",
    ),
    (
        "Overwrite an existing result file",
        "Overskriv en resultatfil som finnes",
    ),
    (
        "Record this machine's systems and security indicators (read-only, no admin rights needed)",
        "Registrer denne maskinens systemer og sikkerhetsindikatorer (bare lesing, krever ikke administratorrettigheter)",
    ),
    (
        "The municipality (number or name) the machine belongs to",
        "Kommunen (nummer eller navn) maskinen hører til",
    ),
    (
        "Result file [default: kartlegg-inventar-<kommunenr>-<host id>-<date>.yaml]",
        "Resultatfil [standard: kartlegg-inventar-<kommunenr>-<maskin-id>-<dato>.yaml]",
    ),
    ("File format", "Filformat"),
    (
        "How much that identifies the machine to keep: `full` adds host name, addresses, mount paths and program names",
        "Hvor mye som identifiserer maskinen som tas vare på: `full` tar med maskinnavn, adresser, monteringsstier og programnavn",
    ),
    (
        "Leave out the list of installed software",
        "Utelat listen over installert programvare",
    ),
    (
        "Longest time any single source may take, in seconds",
        "Lengste tid én enkelt kilde kan bruke, i sekunder",
    ),
    (
        "Merge result files from many sites into one dataset (CSV and XLSX)",
        "Slå sammen resultatfiler fra mange steder til ett datasett (CSV og XLSX)",
    ),
    (
        "Result files, or folders to search for them (.yaml, .yml, .json, and .age when encrypted)",
        "Resultatfiler, eller mapper å lete etter dem i (.yaml, .yml, .json, og .age når de er kryptert)",
    ),
    (
        "Questionnaire files besides the built-in ones (such as older versions)",
        "Spørreskjemafiler i tillegg til de innebygde (for eksempel eldre versjoner)",
    ),
    (
        "Service catalogue to rank instead of the built-in one",
        "Tjenestekatalog som skal rangeres i stedet for den innebygde",
    ),
    (
        "Weights and limits of the ranking (see config/vekter.yaml)",
        "Vekter og grenser for rangeringen (se config/vekter.yaml)",
    ),
    (
        "Thresholds and checks of the method evaluation (see config/pilot.yaml)",
        "Terskler og kontroller for metodevurderingen (se config/pilot.yaml)",
    ),
    (
        "How several respondents' answers become the municipality's (a result agreed in a joint session, --consensus, always stands for it)",
        "Hvordan svarene fra flere respondenter blir kommunens (et resultat avtalt i et felles møte, --consensus, gjelder alltid for den)",
    ),
    (
        "Seed of the resampling that measures how stable the ranking is",
        "Frø for omtrekkingen som måler hvor stabil rangeringen er",
    ),
    ("Folder for the dataset", "Mappe for datasettet"),
    (
        "Write nothing if any input is rejected",
        "Skriv ingenting hvis noen inndata avvises",
    ),
    (
        "CSV flavour: `excel-nb` is UTF-8 with BOM, `;` and decimal comma",
        "CSV-variant: `excel-nb` er UTF-8 med BOM, `;` og desimalkomma",
    ),
    ("Write only kartlegging.xlsx", "Skriv bare kartlegging.xlsx"),
    ("Write only the CSV files", "Skriv bare CSV-filene"),
    (
        "Replace the dataset files in an existing output folder",
        "Erstatt datasettfilene i en utdatamappe som finnes",
    ),
    (
        "The mapping round the dataset belongs to, such as `2026-pilot` (default: the year of the newest file)",
        "Kartleggingsrunden datasettet hører til, for eksempel `2026-pilot` (standard: året til den nyeste filen)",
    ),
    (
        "Rank the service catalogue by the municipalities' need, with reasons and stability",
        "Ranger tjenestekatalogen etter kommunenes behov, med begrunnelser og stabilitet",
    ),
    (
        "Size of the catalogue being chosen (overrides `top` in the weights)",
        "Størrelsen på katalogen som velges (overstyrer `top` i vektene)",
    ),
    (
        "Weight municipalities by size in the mean need (overrides `weight_by`)",
        "Vekt kommunene etter størrelse i gjennomsnittlig behov (overstyrer `weight_by`)",
    ),
    (
        "Also write the ranking as CSV to this file",
        "Skriv også rangeringen som CSV til denne filen",
    ),
    (
        "Replace an existing output file",
        "Erstatt en utdatafil som finnes",
    ),
    (
        "Judge how well the questionnaires worked in the pilot, and which questions to revise",
        "Vurder hvor godt spørreskjemaene fungerte i piloten, og hvilke spørsmål som bør revideres",
    ),
    (
        "Folder for metode.csv (every question) and tidsbruk.csv (time per questionnaire)",
        "Mappe for metode.csv (hvert spørsmål) og tidsbruk.csv (tid per spørreskjema)",
    ),
    (
        "Replace existing files in the output folder",
        "Erstatt filer som finnes i utdatamappen",
    ),
    (
        "Write one self-contained HTML report with charts (prints on A4)",
        "Skriv én selvstendig HTML-rapport med diagrammer (skrives ut på A4)",
    ),
    ("The HTML file to write", "HTML-filen som skal skrives"),
    (
        "Compare this municipality (number or name) with the others",
        "Sammenlign denne kommunen (nummer eller navn) med de andre",
    ),
    (
        "Name the other municipalities instead of showing them anonymously",
        "Navngi de andre kommunene i stedet for å vise dem anonymt",
    ),
    (
        "Replace an existing report",
        "Erstatt en rapport som finnes",
    ),
    (
        "An earlier round (a dataset folder from `merge`, or result files) to show the change since",
        "En tidligere runde (en datasettmappe fra `merge`, eller resultatfiler) å vise endringen siden",
    ),
    (
        "The name of this round beside the baseline's (default: the year of the newest file)",
        "Navnet på denne runden ved siden av utgangspunktets (standard: året til den nyeste filen)",
    ),
    (
        "Compare two rounds of mapping: the change per municipality, NSM category and principle",
        "Sammenlign to kartleggingsrunder: endringen per kommune, NSM-kategori og prinsipp",
    ),
    (
        "The earlier round: a dataset folder from `merge`, or result files or folders of them",
        "Den tidligere runden: en datasettmappe fra `merge`, eller resultatfiler eller mapper med dem",
    ),
    (
        "The new round, given the same ways",
        "Den nye runden, oppgitt på samme måter",
    ),
    (
        "Folder for endring.csv and endring.xlsx",
        "Mappe for endring.csv og endring.xlsx",
    ),
    (
        "Replace endring.csv and endring.xlsx in the output folder",
        "Erstatt endring.csv og endring.xlsx i utdatamappen",
    ),
    (
        "How several respondents' answers become the municipality's",
        "Hvordan svarene fra flere respondenter blir kommunens",
    ),
    (
        "List and search the municipality register",
        "List opp og søk i kommuneregisteret",
    ),
    (
        "Show only entries whose name contains TEXT or whose number starts with it",
        "Vis bare oppføringer der navnet inneholder TEKST eller nummeret begynner med den",
    ),
    (
        "Make an age key pair for the project team: sites encrypt to the public key",
        "Lag et age-nøkkelpar for prosjektgruppen: stedene krypterer til den offentlige nøkkelen",
    ),
    (
        "The secret key file to write",
        "Filen med hemmelig nøkkel som skal skrives",
    ),
    (
        "Replace an existing key file (files encrypted to the old key can then no longer be read)",
        "Erstatt en nøkkelfil som finnes (filer kryptert til den gamle nøkkelen kan da ikke lenger leses)",
    ),
    (
        "Print a shell completion script",
        "Skriv et fullføringsskript for skallet",
    ),
    (
        "The shell to complete for",
        "Skallet det skal fullføres for",
    ),
    (
        "Print the manual page (roff) to standard output",
        "Skriv manualsiden (roff) til standard ut",
    ),
    (
        "Show only municipalities with this official language form",
        "Vis bare kommuner med denne offisielle målformen",
    ),
];
