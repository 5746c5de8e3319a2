### kartleggs meldinger på bokmål.
###
### Each message is `key = text`; a `{ $name }` is filled in by the program and
### must stay as it is. The same keys, with the same placeholders, are in
### nb.ftl, nn.ftl and en.ftl; the tests fail on any gap. See README.md here.

## NSM's categories and principles (src/nsm.rs), keyed by their numbers

category-1 = Identifisere og kartlegge
category-2 = Beskytte og opprettholde
category-3 = Oppdage
category-4 = Håndtere og gjenopprette
principle-1-1 = Kartlegg styringsstrukturer, leveranser og understøttende systemer
principle-1-2 = Kartlegg enheter og programvare
principle-1-3 = Kartlegg brukere og behov for tilgang
principle-2-1 = Ivareta sikkerhet i anskaffelses- og utviklingsprosesser
principle-2-2 = Etabler en sikker IKT-arkitektur
principle-2-3 = Ivareta en sikker konfigurasjon
principle-2-4 = Beskytt virksomhetens nettverk
principle-2-5 = Kontroller dataflyt
principle-2-6 = Ha kontroll på identiteter og tilganger
principle-2-7 = Beskytt data i ro og i transitt
principle-2-8 = Beskytt e-post og nettleser
principle-2-9 = Etabler evne til gjenoppretting av data
principle-2-10 = Integrer sikkerhet i prosess for endringshåndtering
principle-3-1 = Oppdag og fjern kjente sårbarheter og trusler
principle-3-2 = Etabler sikkerhetsovervåkning
principle-3-3 = Analyser data fra sikkerhetsovervåkning
principle-3-4 = Gjennomfør inntrengningstester
principle-4-1 = Forbered virksomheten på håndtering av hendelser
principle-4-2 = Vurder og klassifiser hendelser
principle-4-3 = Kontroller og håndter hendelser
principle-4-4 = Evaluer og lær av hendelser

## Counts (plural forms)

count-more-problems =
    { $n ->
        [one] { $n } problem
       *[other] { $n } problemer
    }
count-questions-were =
    { $n ->
        [one] { $n } spørsmål
       *[other] { $n } spørsmål
    }
count-answers-were =
    { $n ->
        [one] { $n } svar
       *[other] { $n } svar
    }
count-files =
    { $n ->
        [one] { $n } fil
       *[other] { $n } filer
    }
count-problems =
    { $n ->
        [one] { $n } problem
       *[other] { $n } problemer
    }
count-questions-have =
    { $n ->
        [one] { $n } spørsmål
       *[other] { $n } spørsmål
    }
count-municipalities =
    { $n ->
        [one] { $n } kommune
       *[other] { $n } kommuner
    }
count-fleet-files =
    { $n ->
        [one] { $n } enhetsoversikt
       *[other] { $n } enhetsoversikter
    }
count-machines =
    { $n ->
        [one] { $n } maskin
       *[other] { $n } maskiner
    }
count-answers =
    { $n ->
        [one] { $n } svar
       *[other] { $n } svar
    }

## Help texts of the command line (keyed by the English text)

help-map-the-it-structure-1df0d0 = Kartlegg IT-strukturen og modenheten i informasjonssikkerhet i kommuner
help-map-the-it-structure-748b33 =
    Kartlegg IT-strukturen og modenheten i informasjonssikkerhet i kommuner.

    kartlegg stiller ansatte på stedet spørreskjemaer bygd på NSMs grunnprinsipper for IKT-sikkerhet, registrerer hva en maskin viser om sikkerheten sin, og gjør resultatfiler fra mange kommuner om til ett sammenlignbart datasett.
help-language-of-prompts-messages-dec803 = Språk i spørsmål, meldinger og eksporterte overskrifter (som standard målformen til kommunen gitt med -k, ellers nb)
help-when-to-use-colour-a1a8e0 = Når utskriften skal ha farger
help-print-only-results-and-447437 = Skriv bare resultater og feil
help-print-more-detail-repeat-74ead4 = Skriv flere detaljer (gjenta for enda flere)
help-yaml-file-with-extra-a8a892 = YAML-fil med flere kommuner og IT-samarbeid (se docs/formats.md)
help-print-help-see-more-0a4f05 = Vis hjelp (mer med «--help»)
help-print-help-see-a-d04996 = Vis hjelp (et sammendrag med «-h»)
help-print-help-63ca5e = Vis hjelp
help-print-version-070bbb = Vis versjon
help-list-show-and-validate-79e83c = List opp, vis og kontroller spørreskjemaer
help-list-the-built-in-d108c0 = List opp de innebygde spørreskjemaene med versjon og hash
help-show-a-questionnaire-built-138787 = Vis et spørreskjema (innebygd id eller YAML-fil) med alle spørsmål
help-built-in-questionnaire-id-1afd86 = Id for et innebygd spørreskjema (se `list`) eller sti til en spørreskjemafil
help-check-questionnaire-or-service-1dfb1e = Kontroller spørreskjema- eller tjenestekatalogfiler og meld hvert problem som fil:linje:kolonne
help-check-questionnaire-or-service-e1c809 =
    Kontroller spørreskjema- eller tjenestekatalogfiler og meld hvert problem som fil:linje:kolonne

    Avslutningskode: 0 når alle filene er gyldige, 3 når problemer ble funnet, 1 når en fil ikke kunne leses.
help-questionnaire-or-service-catalogue-120f87 = Spørreskjema- eller tjenestekatalogfiler som skal kontrolleres
help-an-earlier-version-of-20411e = En tidligere versjon av spørreskjemaet som `changes:` skal kontrolleres mot (innebygde spørreskjemaer kontrolleres mot sine utgitte versjoner uten den)
help-show-what-changed-between-cbedc3 = Vis hva som er endret mellom to versjoner av et spørreskjema, til en endringslogg
help-the-earlier-version-a-2ea2ed = Den tidligere versjonen: en fil, `ID@VERSJON` (en utgitt innebygd versjon) eller en innebygd ID
help-the-later-version-given-7111a4 = Den senere versjonen, oppgitt på samme måter
help-output-format-a529df = Utdataformat
help-write-a-questionnaire-as-1d8bc4 = Skriv et spørreskjema som et utfyllbart Excel-skjema; les det inn igjen med `kartlegg import`
help-the-workbook-to-write-72fc1d = Arbeidsboken som skal skrives
help-overwrite-an-existing-file-cc1cf9 = Overskriv en fil som finnes
help-print-this-message-or-7623c8 = Vis denne meldingen eller hjelpen til de oppgitte underkommandoene
help-print-help-for-the-86ba37 = Vis hjelp for underkommandoene
help-answer-questionnaires-for-a-d811d8 = Svar på spørreskjemaer for en kommune, lagret etter hvert svar
help-questionnaires-to-answer-built-ddb5a4 = Spørreskjemaer å svare på: innebygde id-er (se `questionnaire list`) eller filer; spørres etter når de mangler
help-the-municipality-number-or-badecd = Kommunen (nummer eller navn) eller IT-samarbeidet det svares for; spørres etter når den mangler
help-result-file-default-kartlegg-96ce03 = Resultatfil [standard: kartlegg-svar-<kommunenr>-<spørreskjema>-<dato>.yaml]
help-continue-a-partly-answered-3b7440 = Fortsett en delvis besvart resultatfil
help-answers-prepared-in-a-3d0e75 = Svar forberedt i en YAML- eller CSV-fil (question_id,value[,comment]); uten terminal er de svarene, med terminal vises de som forslag
help-the-respondent-s-role-958f1b = Respondentens rolle, for eksempel «IT-leder» (lagres i filen)
help-the-respondent-s-name-dac48b = Respondentens navn; utelatt fra filen om det ikke oppgis
help-the-answers-were-agreed-114185 = Svarene ble avtalt i et felles møte med flere respondenter; de gjelder for kommunen
help-overwrite-an-existing-result-fb017a = Overskriv en resultatfil som finnes, uten å spørre
help-encrypt-the-result-file-0598a1 = Krypter resultatfilen (til FIL.age) for denne offentlige age-nøkkelen, eller for hver nøkkel i en fil; kan gjentas
help-secret-key-file-from-fe90e7 = Fil med hemmelig nøkkel (fra `kartlegg keygen`) for å lese krypterte .age-resultatfiler
help-read-a-questionnaire-form-7f2f39 = Les et spørreskjema fylt ut i Excel (fra `questionnaire export`) inn i en resultatfil
help-the-filled-form-xlsx-87c19d = Det utfylte skjemaet (.xlsx fra `kartlegg questionnaire export`)
help-the-municipality-number-or-339a4e = Kommunen (nummer eller navn) det svares for; som standard den som står på skjemaet
help-the-questionnaire-file-the-145ec3 = Spørreskjemafilen skjemaet ble laget fra, når den ikke er innebygd (for eksempel en eldre versjon)
help-overwrite-an-existing-result-1dd51b = Overskriv en resultatfil som finnes
help-record-this-machine-s-c029f0 = Registrer denne maskinens systemer og sikkerhetsindikatorer (bare lesing, krever ikke administratorrettigheter)
help-the-municipality-number-or-f4c5de = Kommunen (nummer eller navn) maskinen hører til
help-result-file-default-kartlegg-205880 = Resultatfil [standard: kartlegg-inventar-<kommunenr>-<maskin-id>-<dato>.yaml]
help-file-format-1ad691 = Filformat
help-how-much-that-identifies-5f8634 = Hvor mye som identifiserer maskinen som tas vare på: `full` tar med maskinnavn, adresser, monteringsstier og programnavn
help-count-devices-from-intune-167ccc = Tell enhetene i eksporter fra Intune, Entra ID og Active Directory: bare antall, aldri navn
help-device-exports-csv-intune-0472ba = Eksporter av enheter (CSV): «Alle enheter» fra Intune, «Last ned enheter» fra Entra ID, eller datamaskiner i Active Directory fra Get-ADComputer
help-the-municipality-number-or-41398b = Kommunen (nummer eller navn) enhetene hører til
help-result-file-default-kartlegg-f33a5a = Resultatfil [standard: kartlegg-flate-<kommunenr>-<dato>.yaml]
help-leave-out-the-list-9dc515 = Utelat listen over installert programvare
help-longest-time-any-single-abca00 = Lengste tid én enkelt kilde kan bruke, i sekunder
help-merge-result-files-from-b62389 = Slå sammen resultatfiler fra mange steder til ett datasett (CSV og XLSX)
help-result-files-or-folders-cadb21 = Resultatfiler, eller mapper å lete etter dem i (.yaml, .yml, .json, og .age når de er kryptert)
help-questionnaire-files-besides-the-248787 = Spørreskjemafiler i tillegg til de innebygde (for eksempel eldre versjoner)
help-service-catalogue-to-rank-78abf3 = Tjenestekatalog som skal rangeres i stedet for den innebygde
help-weights-and-limits-of-633885 = Vekter og grenser for rangeringen (se config/vekter.yaml)
help-thresholds-and-checks-of-c978da = Terskler og kontroller for metodevurderingen (se config/pilot.yaml)
help-how-several-respondents-answers-6b640a = Hvordan svarene fra flere respondenter blir kommunens (et resultat avtalt i et felles møte, --consensus, gjelder alltid for den)
help-seed-of-the-resampling-e7da67 = Frø for omtrekkingen som måler hvor stabil rangeringen er
help-folder-for-the-dataset-553e7b = Mappe for datasettet
help-write-nothing-if-any-802c7f = Skriv ingenting hvis noen inndata avvises
help-read-every-file-again-7576a7 = Les alle filene på nytt, uten å bruke eller oppdatere mellomlageret over filer som er lest før
help-csv-flavour-excel-nb-c687d3 = CSV-variant: `excel-nb` er UTF-8 med BOM, `;` og desimalkomma
help-write-only-kartlegging-xlsx-4754f8 = Skriv bare kartlegging.xlsx
help-write-only-the-csv-bd8a0f = Skriv bare CSV-filene
help-replace-the-dataset-files-d7260a = Erstatt datasettfilene i en utdatamappe som finnes
help-the-mapping-round-the-34bdf4 = Kartleggingsrunden datasettet hører til, for eksempel `2026-pilot` (standard: året til den nyeste filen)
help-rank-the-service-catalogue-9e6810 = Ranger tjenestekatalogen etter kommunenes behov, med begrunnelser og stabilitet
help-size-of-the-catalogue-f06e48 = Størrelsen på katalogen som velges (overstyrer `top` i vektene)
help-weight-municipalities-by-size-77852a = Vekt kommunene etter størrelse i gjennomsnittlig behov (overstyrer `weight_by`)
help-also-write-the-ranking-d4f4f7 = Skriv også rangeringen som CSV til denne filen
help-replace-an-existing-output-9a9658 = Erstatt en utdatafil som finnes
help-judge-how-well-the-1cb6ef = Vurder hvor godt spørreskjemaene fungerte i piloten, og hvilke spørsmål som bør revideres
help-folder-for-metode-csv-f1345d = Mappe for metode.csv (hvert spørsmål) og tidsbruk.csv (tid per spørreskjema)
help-replace-existing-files-in-472261 = Erstatt filer som finnes i utdatamappen
help-write-one-self-contained-72a304 = Skriv én selvstendig HTML-rapport med diagrammer (skrives ut på A4)
help-the-html-file-to-71836c = HTML-filen som skal skrives
help-compare-this-municipality-number-c98a92 = Sammenlign denne kommunen (nummer eller navn) med de andre
help-name-the-other-municipalities-fd82a4 = Navngi de andre kommunene i stedet for å vise dem anonymt
help-replace-an-existing-report-35a172 = Erstatt en rapport som finnes
help-an-earlier-round-a-82da97 = En tidligere runde (en datasettmappe fra `merge`, eller resultatfiler) å vise endringen siden
help-the-name-of-this-971f91 = Navnet på denne runden ved siden av utgangspunktets (standard: året til den nyeste filen)
help-compare-two-rounds-of-26c421 = Sammenlign to kartleggingsrunder: endringen per kommune, NSM-kategori og prinsipp
help-the-earlier-round-a-086a9c = Den tidligere runden: en datasettmappe fra `merge`, eller resultatfiler eller mapper med dem
help-the-new-round-given-f5bd57 = Den nye runden, oppgitt på samme måter
help-folder-for-endring-csv-23abbc = Mappe for endring.csv og endring.xlsx
help-replace-endring-csv-and-94a764 = Erstatt endring.csv og endring.xlsx i utdatamappen
help-how-several-respondents-answers-0c380a = Hvordan svarene fra flere respondenter blir kommunens
help-list-and-search-the-104ead = List opp og søk i kommuneregisteret
help-show-only-entries-whose-670d03 = Vis bare oppføringer der navnet inneholder TEKST eller nummeret begynner med den
help-make-an-age-key-a0fa2b = Lag et age-nøkkelpar for prosjektgruppen: stedene krypterer til den offentlige nøkkelen
help-the-secret-key-file-17dff6 = Filen med hemmelig nøkkel som skal skrives
help-replace-an-existing-key-123daa = Erstatt en nøkkelfil som finnes (filer kryptert til den gamle nøkkelen kan da ikke lenger leses)
help-print-a-shell-completion-fbf2e8 = Skriv et fullføringsskript for skallet
help-the-shell-to-complete-d620ab = Skallet det skal fullføres for
help-print-the-manual-page-576218 = Skriv manualsiden (roff) til standard ut
help-show-only-municipalities-with-34914a = Vis bare kommuner med denne offisielle målformen
help-show-only-the-municipalities-0c0436 = Vis bare kommunene i ett fylke, etter nummer eller navn (46, Trøndelag)
help-show-all-of-norway-616017 = Vis alle kommunene i Norge, ikke bare Vestlands

## src/analysis/pilot.rs

pilot-the-respondents-disagree-alpha-over = respondentene er uenige: alfa { $alpha } (< { $limit }) over { $n }
pilot-don-t-know = «vet ikke»
pilot-not-applicable = «ikke relevant»
pilot-skipped = hoppet over
pilot-marked-unclear = merket uklar
pilot-commented-on = kommentert
pilot-median-answer-time-s-s = median svartid { $m } s (> { $limit } s)
pilot-answer-alike-the-question-tells-little = { $c } svarer likt (≥ { $limit }); spørsmålet skiller lite
pilot-contradictions-in = motsigelse i { $k }: { $list }

## src/analysis/ranking.rs

ranking-of-municipalities-have-maturity-on = { $k } av { $of } kommuner har modenhet ≤ { $low } på { $p }
ranking-no-municipality-has-maturity-on = ingen kommune har modenhet ≤ { $low } på { $ps }
ranking-applies-to = «{ $reason }» gjelder { $k }
ranking-no-data-on-the-need-for = Ingen data om behovet for denne tjenesten
ranking-overlap = Overlapp: { $value }
ranking-of-state-a-large-or-critical = { $big } av { $of } oppgir stort eller kritisk behov
ranking-do-it-themselves = , { $own } gjør det selv
ranking-already-buy-it = , { $bought } kjøper det allerede
ranking-of-rank-it-among-the-most = { $among } av { $of } rangerer den blant de viktigste ({ $top } først)

## src/analysis/settings.rs

settings-is-outside = { $x } er utenfor { $lo }–{ $hi }
settings-is-not-a-whole-number = { $x } er ikke et helt tall
settings-at-least-one-of-the-weights = minst én av vektene må være over 0
settings-is-unknown-use-none-innbyggere-or = `{ $other }` er ukjent; bruk none, innbyggere eller ansatte
settings-top-must-be-at-least-1 = `top` må være minst 1
settings-min-named-is-too-low-with = min_named { $min_named } er for lavt: med færre enn { $floor } andre kommuner kan leseren regne ut hvem de er; oppgi { $floor } eller mer
settings-claims-does-not-name-the-question = `claims` nevner ikke spørsmålet `{ $question }`

## src/catalogue.rs

catalogue-the-department-is-already-defined-on = avdelingen `{ $id }` er definert før, på linje { $line }
catalogue-the-service-is-already-defined-on = tjenesten `{ $id }` er definert før, på linje { $line }
catalogue-the-catalogue-has-no-services = katalogen har ingen tjenester
catalogue-the-list-of-principles-is-empty = listen over prinsipper er tom
catalogue-the-department-does-not-exist-defined = avdelingen `{ $department }` finnes ikke (definerte: { $known })
catalogue-the-question-of-lacks-the-option = spørsmålet `{ $RANK_QUESTION }` i `{ $NEEDS_QUESTIONNAIRE }` mangler valget `{ $id }` for tjenesten
catalogue-the-questionnaire-lacks-the-question-for = spørreskjemaet `{ $NEEDS_QUESTIONNAIRE }` mangler spørsmålet `{ $wanted }` for tjenesten `{ $id }`
catalogue-is-not-a-built-in-questionnaire = `{ $questionnaire }` er ikke et innebygd spørreskjema ({ $known })
catalogue-did-you-mean = ; mente du `{ $near }`?
catalogue-unknown-inventory-indicator = ukjent inventarindikator `{ $indicator }`{ $hint }

## src/cmd/catalogue.rs

catalogue-rank = Rang
catalogue-service = Tjeneste
catalogue-need = Behov
catalogue-high-need = Høyt behov
catalogue-in-top = I topp { $top }
catalogue-rank-90 = Rang 90 %
catalogue-don-t-know = Vet ikke
catalogue-why = Hvorfor
catalogue-need-0-100-from-in-top = Behov 0–100 fra { $sites }. «I topp { $top }» og rangintervallet kommer fra { $resamples } bootstrap-utvalg (--seed { $seed }).
catalogue-the-top-is-stable-at-least = Topp { $top } er stabil (minst { $level } samsvar) fra { $k } kommuner; { $n } er kartlagt.
catalogue-the-top-becomes-stable-at-least = Topp { $top } blir stabil (minst { $level } samsvar) ved omtrent { $k } kommuner (anslag); bare { $n } er kartlagt, så kartlegg flere før valget.
catalogue-the-top-is-not-stable-at = Topp { $top } er ikke stabil (minst { $level } samsvar) med dataene som finnes; kartlegg flere kommuner.

## src/cmd/compare.rs

compare-old = { $name } (forrige)
compare-new = { $name } (ny)
compare-the-changes-are-written-to-endring = Endringene er skrevet til endring.csv og endring.xlsx i { $dir }.
compare-generated = Laget
compare-tool = Verktøy
compare-earlier-round = Forrige runde
compare-from = Fra
compare-new-round = Ny runde
compare-municipalities-only-in-the-new-round = Kommuner bare i den nye runden
compare-municipalities-only-in-the-earlier-round = Kommuner bare i den forrige runden
compare-low-coverage-below = Lav dekning: under
compare-migrated-share-carried-over-above = Migrert: andel ført over, over
compare-overall-maturity-from-to-scored-in = Samlet modenhet fra { $old } til { $new } ({ $n } med skår i begge):
compare-largest-rise = Størst økning
compare-largest-fall = Størst nedgang
compare-none = ingen

## src/cmd/fleet.rs

fleet-saved-in = Enhetstallene for { $kommune } er lagret i { $path }.
fleet-export = Eksport
fleet-devices = Enheter
fleet-activity = Aktivitet (første – siste)
fleet-stale = Inaktive > 30 / > 90 dager
fleet-encrypted = Kryptert
fleet-compliant = I samsvar
fleet-past-end-of-support = Uten støtte
fleet-past-and-unknown = { $past } (ukjent: { $unknown })

## src/cmd/import.rs

import-in-the-form-nothing-was-written = { $n } i skjemaet; ingenting ble skrevet. Rett det som står over, og importer på nytt.
import-does-not-exist = { $file } finnes ikke
import-not-used-because-the-questions-do = Ikke brukt, fordi spørsmålene ikke gjelder etter de andre svarene: { $ids }
import-complete = fullført
import-partial-no-answer = delvis: { $open } mangler svar
import-answers-imported-into = { $n } svar importert til { $out } ({ $state }).
import-the-form-was-made-from-version = skjemaet er laget fra `{ $id }` versjon { $version }, men denne kartlegg har versjon { $here } (eller en endret utgave); oppgi spørreskjemafilen for versjon { $version } med --questionnaire FILE
import-the-form-was-made-from-the = skjemaet er laget fra spørreskjemaet `{ $id }` versjon { $version }, som ikke er innebygd; oppgi filen med --questionnaire FILE
import-is-a-folder-import-reads-one = { $dir } er en mappe; import leser ett utfylt Excel-skjema (.xlsx). Oppgi filen, for eksempel `kartlegg import { $example }`.
import-the-form-does-not-say-which = skjemaet sier ikke hvilken kommune svarene gjelder; oppgi den med -k NR|NAVN

## src/cmd/input.rs

input-does-not-exist-give-files-or = { $path } finnes ikke; oppgi filer eller mapper med resultatfiler
input-reading-files = leser filer
input-found-no-result-files-in-give = fant ingen resultatfiler i { $dir }. Oppgi filene eller mappen med det som kom inn fra `kartlegg survey`, `inventory`, `fleet` og `import`: filer som slutter på .yaml, .yml, .json eller .age (kryptert), som kartlegg-svar-4627-modenhet-2026-11-28.yaml; undermapper søkes også.
input-round-a-round-needs-a-name = --round: en runde trenger et navn på én linje, som 2026 eller 2026-pilot
input-rejected-and-left-out-kartlegg-merge = { $files } ble avvist og er ikke med; `kartlegg merge` lister alle merknader i avvik.csv.

## src/cmd/inventory.rs

inventory-reading = leser { $step } …
inventory-saved-in = Lagret i { $path }.
inventory-what = Hva
inventory-value = Verdi
inventory-evidence = Kilde
inventory-sources-could-not-be-read-see = { $n } kilder kunne ikke leses (se `unreadable` i filen). Tid: { $seconds } s.
inventory-host-hash = Vert (hash)
inventory-operating-system = Operativsystem
inventory-hardware = Maskinvare
inventory-virtualisation = Virtualisering
inventory-disks = Disker
inventory-listening-ports = Lyttende porter
inventory-towards-the-network = { $exposed } mot nettverket
inventory-software = Programvare
inventory-yes = ja
inventory-no = nei
inventory-unknown = ukjent

## src/cmd/keygen.rs

keygen-the-secret-key-is-in-readable = Den hemmelige nøkkelen er i { $file } (bare lesbar for deg); ta sikkerhetskopi av den, og del den aldri. Gi den offentlige nøkkelen over til kommunene: kartlegg survey … --encrypt-to { $public }. Les filene med --identity { $file }.

## src/cmd/kommuner.rs

kommuner-number-id = Nummer / id
kommuner-name = Navn
kommuner-language-form = Målform
kommuner-members = Medlemmer
kommuner-in-all = { $n } i alt
kommuner-county = Fylke
kommuner-default-scope = Viser { $n }: Vestland, som er standardutvalget. `--alle` viser alle { $total }, `--fylke NAVN` ett fylke, `--search TEKST` søker i alle.
kommuner-no-county = `{ $text }` er ikke et fylke; skriv nummeret eller navnet på ett av disse: { $list }

## src/cmd/merge.rs

merge-round-the-year-of-the-newest = Runde: { $round } (året for den nyeste filen; velg med --round)
merge-rejected-with-strict-nothing-is-written = { $files } ble avvist; med --strict skrives ingenting.
merge-read-questionnaire-answers-and-used-rejected = { $files } lest: { $surveys } spørreskjemasvar, { $machines } og { $fleets } brukt, { $rejected } avvist, { $warnings } å se på (avvik.csv). Datasettet er i { $dir }.
merge-the-workbook = Arbeidsboka: { $workbook }
merge-already-holds-a-dataset-choose-another = { $dir } har allerede et datasett; velg en annen mappe eller skriv over med --force
merge-writing-the-dataset = skriver datasettet …

## src/cmd/pilot.rs

pilot-estimate-the-sum-of-every-question = Anslag: summen av mediantiden for hvert spørsmål. Alfa: Krippendorffs alfa mellom respondenter i samme kommune; under 0,667 med nok data flagges. Grensene står i config/pilot.yaml (endre med --pilot-config).
pilot-no-question-is-flagged-for-revision = Ingen spørsmål er flagget for revisjon ({ $value } spørsmål vurdert).
pilot-questionnaire = Skjema
pilot-question = Spørsmål
pilot-files = Svarfiler
pilot-why-revise = Hvorfor revidere
pilot-of-questions-should-be-revised = { $k } av { $n } spørsmål bør revideres.
pilot-metric = Mål
pilot-alpha = Alfa
pilot-values = Verdier
pilot-municipalities = Kommuner
pilot-within-one-level = Innen ett nivå
pilot-agreement-between-respondents-of-the-same = Samsvar mellom respondenter i samme kommune:
pilot-files-2 = Filer
pilot-finished = Ferdige
pilot-median-min = Median min
pilot-90-min = 90 % min
pilot-estimate-min = Anslag min

## src/cmd/questionnaire.rs

questionnaire-and-are-different-questionnaires-diff-compares = `{ $a }` og `{ $b }` er forskjellige spørreskjemaer; `diff` sammenligner to versjoner av det samme
questionnaire-form-with-questions-written-to-fill = Skjema med { $n } spørsmål skrevet til { $file }. Fyll ut arket «Svar», og les det inn med `kartlegg import { $file }`.
questionnaire-version = Versjon
questionnaire-title = Tittel
questionnaire-questions = Spørsmål
questionnaire-cannot-show-see-every-problem-with = kan ikke vise `{ $arg }` (se alle problemene med `kartlegg questionnaire validate { $arg }`)
questionnaire-services = { $id } { $version }, { $n } tjenester
questionnaire-questions-sha256 = { $id } { $version }, { $n } spørsmål, sha256 { $hash }
questionnaire-error = feil
questionnaire-files-checked-valid-with-problems-in = filer sjekket: { $checked } · gyldige: { $valid } · med problemer: { $broken } ({ $problems } i alt) · kunne ikke leses: { $unreadable }

## src/cmd/report.rs

report-earlier = { $name } (forrige)
report-the-report-is-written-to = Rapporten er skrevet til { $path }.

## src/cmd/survey.rs

survey-interrupted-the-answers-so-far-are =
    Avbrutt. Svarene så langt er lagret i { $path }. Fortsett med:
    {"  "}{ $resume }
survey-interrupted-before-any-answer-was-given = Avbrutt før noe svar ble gitt.
survey-identity-secret-key-encrypt-to-public = {" "}--identity HEMMELIG-NØKKEL --encrypt-to OFFENTLIG-NØKKEL
survey-standard-input-is-not-a-terminal = standard input er ikke en terminal, så kartlegg kan ikke stille spørsmål; gi svarene i en fil med --answers FILE (YAML eller CSV)
survey-answers-applies-to-one-questionnaire-at = --answers gjelder ett spørreskjema om gangen
survey-is-encrypted-give-encrypt-to-again = { $path } er kryptert; oppgi --encrypt-to igjen, så svarene forblir kryptert
survey-was-answered-with-the-questionnaire-which = { $file } er besvart med spørreskjemaet `{ $id }`, som ikke er innebygd; oppgi filen: kartlegg survey --resume { $file } SPØRRESKJEMA.yaml
survey-resume-continues-one-questionnaire = --resume fortsetter ett spørreskjema
survey-the-file-was-answered-with-the = filen ble besvart med spørreskjemaet `{ $id }` versjon { $version } (sha256 { $hash }…), men her finnes `{ $here_id }` versjon { $here_version } (sha256 { $here_hash }…); oppgi spørreskjemafilen for versjon { $version }
survey-name-the-questionnaire-as-an-argument = oppgi spørreskjemaet som argument, for eksempel `kartlegg survey modenhet`
survey-output-can-only-be-used-with = --output kan bare brukes med ett spørreskjema
survey-name-the-municipality-with-k-nr = oppgi kommunen med -k NR|NAVN
survey-already-exists-continue-it-with-kartlegg = { $path } finnes allerede. Fortsett den med `kartlegg survey --resume { $path }`, velg en annen fil med -o, eller overskriv med --force
survey-the-answers-in-do-not-fit = svarene i { $output } passer ikke til spørreskjemaet
survey-without-a-terminal-the-answers-are = uten terminal trengs svarene i en fil: --answers FILE
survey-in-the-answers-file-nothing-was = { $n } i svarfilen; ingenting ble lagret. Rett det som står over, og prøv igjen.
survey-done-the-answers-for-are-saved = Ferdig. Svarene for { $id } { $name } er lagret i { $path }.
survey-saved-in-continue-later-with = Lagret i { $path }. Fortsett senere med: { $resume }
survey-not-used-because-the-questions-are = Ikke brukt, fordi spørsmålene ikke vises med disse svarene: { $ids }
survey-saved-in-complete = Lagret i { $path } (fullført).
survey-saved-in-partial-no-answer = Lagret i { $path } (delvis: { $open } mangler svar).

## src/collect/place.rs

place-the-questionnaire-is-unknown-give-it = spørreskjemaet `{ $id }` er ukjent; oppgi det med --questionnaire FILE
place-the-sha256-does-not-match-version = sha256 stemmer ikke med versjon { $version } av spørreskjemaet; filen kan være laget med et endret skjema
place-answered-with-version-which-this-kartlegg = besvart med versjon { $version }, som denne kartlegg ikke kjenner; slått sammen med versjon { $here } etter spørsmåls-id
place-not-carried-to-the-newest-version = { $n } ble ikke ført over til nyeste versjon ({ $ids }): { $why }
place-the-answer-is-left-out = { $at }{ $id }: { $why }; svaret er utelatt
place-answers-to-questions-the-version-does = svar på spørsmål som versjonen ikke har, er utelatt: { $ids }
place-the-scores-of-principle-rest-mostly = skårene for prinsipp { $list } bygger mest på svar ført over fra en eldre versjon

## src/collect/read.rs

read-not-a-regular-file = ikke en vanlig fil
read-the-link-points-back-to-a = lenken peker tilbake til { $ancestor } (en løkke); den er ikke fulgt
read-the-link-points-to-nothing-that = lenken peker på noe som ikke finnes
read-the-format-is-unknown-to-this = formatet `{ $f }` er ukjent for denne versjonen av kartlegg; oppdater kartlegg
read-not-a-kartlegg-result-file-no = ikke en resultatfil fra kartlegg (mangler `format:`)
read-the-questionnaire-is-not-finished-status = spørreskjemaet er ikke ferdig besvart (status: partial)
read-the-file-holds-host-name-and = filen har vertsnavn og adresser (--privacy full); behandle den med ekstra varsomhet
read-same-municipality-questionnaire-and-respondent-as = samme kommune, spørreskjema og respondent som { $kept }, som er nyere eller mer komplett og ble brukt
read-the-same-machine-as-which-is = samme maskin som { $kept }, som er nyere og ble brukt
read-an-older-fleet-file-than = eldre enhetstall for samme kommune enn { $kept }, som ble brukt; kjør `kartlegg fleet` med alle eksportene på én gang, så gjelder den nyeste fila

## src/crypt.rs

crypt-is-neither-an-age-public-key = «{ $arg }» er verken en offentlig age-nøkkel (age1…) eller en fil som kan leses: { $e }
crypt-holds-no-age-public-keys = { $arg } har ingen offentlige age-nøkler
crypt-this-is-a-secret-key-not = { $place }dette er en hemmelig nøkkel, ikke en offentlig; bruk den offentlige nøkkelen (age1…) som `kartlegg keygen` skrev ut, og hold den hemmelige for deg selv
crypt-it-does-not-start-with-age1 = den begynner ikke med age1
crypt-it-has-characters-but-an-age = den har { $length } tegn, men en offentlig age-nøkkel har { $PUBLIC_KEY_CHARS }
crypt-it-holds-a-character-that-cannot = den har et tegn som ikke kan stå i en nøkkel, eller en skrivefeil (kontrollsummen stemmer ikke)
crypt-is-not-a-valid-age-public = { $place }«{ $shown }» er ikke en gyldig offentlig age-nøkkel: { $why }; en nøkkel begynner med age1 og har { $PUBLIC_KEY_CHARS } tegn; kopier den fra `kartlegg keygen`, eller gi en fil med én nøkkel per linje
crypt-cannot-read-the-key-file = kan ikke lese nøkkelfilen { $path }: { $e }
crypt-not-an-age-secret-key-age = { $path }:{ $value }: ikke en hemmelig age-nøkkel (AGE-SECRET-KEY-1…)
crypt-holds-no-age-secret-keys = { $path } har ingen hemmelige age-nøkler
crypt-the-file-is-encrypted-give-the = filen er kryptert; oppgi den hemmelige nøkkelen med --identity FILE (eller KARTLEGG_IDENTITY)
crypt-not-an-age-encrypted-file-or = ikke en age-kryptert fil, eller starten av filen er skadet; be om filen på nytt
crypt-wrong-key-none-of-the-secret = feil nøkkel: ingen av de hemmelige nøklene i --identity passer, så filen er kryptert til en annen offentlig nøkkel; bruk nøkkelfilen som hører til nøkkelen filen ble kryptert til, eller be avsenderen kryptere den på nytt til prosjektets nøkkel
crypt-cannot-be-decrypted = kan ikke dekrypteres: { $why }
crypt-the-file-is-cut-off-it = filen er avkuttet (den slutter før siste del), trolig fordi den ikke ble kopiert eller sendt helt; be om filen på nytt
crypt-the-file-is-damaged-or-cut = filen er skadet eller avkuttet (innholdet stemmer ikke med kontrollsummen i filen), kanskje fordi den ikke ble kopiert eller sendt helt; be om filen på nytt

## src/dataset/compare.rs

compare-change = Endring
compare-category = kategori
compare-the-nsm-category-or-overall = NSM-kategorien, eller samlet
compare-mean = snitt { $old }
compare-the-mean-0-5-in-the = Snittet 0–5 i den forrige runden, over kommunene med skår i begge
compare-mean-2 = snitt { $new }
compare-the-mean-0-5-in-the-2 = Snittet 0–5 i den nye runden, over kommunene med skår i begge
compare-category-means = Kategorisnitt
compare-mean-per-nsm-category-per-round = Snitt per NSM-kategori per runde (0–5)
compare-measure = maal
compare-overall-cn-nsm-category-n-or = samlet, kN (NSM-kategori N) eller prinsipp-id-en
compare-name = navn
compare-what-the-score-is-of-in = Hva skåren gjelder, i ord
compare-old-2 = forrige
compare-the-score-0-5-in-the = Skåren 0–5 i den forrige runden
compare-new-2 = ny
compare-the-score-0-5-in-the-2 = Skåren 0–5 i den nye runden
compare-change-2 = endring
compare-new-minus-old-empty-when-either = Ny minus forrige; tom når en av dem mangler
compare-coverage-old = dekning_forrige
compare-coverage-0-1-in-the-earlier = Dekning 0–1 i den forrige runden
compare-coverage-new = dekning_ny
compare-coverage-0-1-in-the-new = Dekning 0–1 i den nye runden
compare-flags = merknader
compare-separated-by-low-coverage-coverage-below = Skilt med ;: low-coverage (dekning under 0,5 i en av rundene), migrated (over halvparten av svarene ført over fra en eldre skjemaversjon), new (bare i den nye runden), gone (bare i den forrige)

## src/dataset/csv.rs

csv-t = T

## src/dataset/findings.rs

findings-service = tjeneste
findings-the-service-s-id-in-the = Tjenestens id i tjenestekatalogen
findings-need = behov
findings-need-score-0-100-weighted-mean = Behovspoeng 0–100: vektet snitt av de fire delene som har data
findings-maturity-gap = modenhetsgap
findings-5-maturity-5-on-the-service = (5 − modenhet) / 5 på tjenestens prinsipper, 0–1
findings-stated-need = oppgitt_behov
findings-the-need-the-municipality-states-in = Behovet kommunen oppgir i `behov`, 0–1
findings-ranked = rangert
findings-the-service-s-place-among-the = Tjenestens plass blant kommunens viktigste: 1 for første plass, 0 når den ikke er valgt
findings-signals = signaler
findings-share-of-the-service-s-signals = Andel av tjenestens signaler som slår til, 0–1
findings-unknown = vet_ikke
findings-answers-the-need-rests-on-that = Svar behovet bygger på som var «vet ikke»
findings-answers = svar
findings-answers-the-need-rests-on-with = Svar behovet bygger på (med «vet ikke»)
findings-question = sporsmal
findings-the-question-s-id = Spørsmålets id
findings-text = tekst
findings-the-question-text = Spørsmålsteksten
findings-municipalities = kommuner
findings-result-files-that-reached-the-question = Svarfiler som kom til spørsmålet (én per respondent)
findings-unknown-share = andel_vet_ikke
findings-share-don-t-know = Andel «vet ikke»
findings-not-applicable-share = andel_ikke_relevant
findings-share-not-applicable = Andel «ikke relevant»
findings-skipped-share = andel_hoppet_over
findings-share-skipped = Andel hoppet over
findings-unclear-share = andel_uklar
findings-share-who-marked-the-question-unclear = Andel som merket spørsmålet som uklart
findings-comments = kommentarer
findings-number-of-comments = Antall kommentarer
findings-median-seconds = median_sekunder
findings-median-answer-time-in-seconds = Median svartid i sekunder
findings-p90-seconds = p90_sekunder
findings-90th-percentile-of-the-answer-time = 90-persentilen av svartiden i sekunder
findings-most-common-share = vanligste_svar_andel
findings-share-of-those-who-answered-giving = Andel av de besvarte som ga det vanligste svaret
findings-distinct-answers = ulike_svar
findings-number-of-distinct-answers = Antall ulike svar
findings-contradictions = motsigelser
findings-municipalities-whose-answer-contradicts-other-answers = Kommuner der svaret motsier andre svar eller inventaret
findings-alpha = alfa
findings-krippendorff-s-alpha-between-respondents-of = Krippendorffs alfa mellom respondenter i samme kommune (ordinal for skala, nominal for enkeltvalg og ja/nei, intervall for tall); tom uten kommuner med to eller flere respondenter
findings-alpha-values = alfa_verdier
findings-pairable-values-from-municipalities-with-at = Verdier som kunne pares (fra kommuner med minst to svar)
findings-within-one-level = innen_ett_niva
findings-share-of-respondent-pairs-in-the = Andel respondentpar i samme kommune som svarer likt eller innen ett nivå (likt for enkeltvalg)
findings-revise = revider
findings-1-when-the-question-should-be = 1 når spørsmålet bør revideres
findings-reasons = grunner
findings-why-the-question-should-be-revised = Hvorfor spørsmålet bør revideres
findings-files = filer
findings-result-files-used = Svarfiler brukt
findings-complete = fullforte
findings-of-them-finished = Av dem ferdig besvart
findings-median-minutes = median_minutter
findings-median-total-time-of-finished-files = Median samlet tid for ferdige filer, i minutter
findings-p90-minutes = p90_minutter
findings-90th-percentile-of-the-total-time = 90-persentilen av samlet tid, i minutter
findings-estimate-minutes = anslag_minutter
findings-sum-of-the-questions-median-times = Summen av spørsmålenes mediantid, i minutter: anslått tid for hele skjemaet
findings-rank = rang
findings-1-greatest-need-equal-means-share = 1 = størst behov; like gjennomsnitt deler rang; tom uten data
findings-the-service-s-name = Tjenestens navn
findings-department = avdeling
findings-the-department-of-the-security-centre = Avdelingen i sikkerhetssenteret tjenesten hører til
findings-mean-need-score-0-100-see = Gjennomsnittlig behovspoeng 0–100 (se docs/metodikk.md)
findings-high-need-share = andel_hoyt_behov
findings-share-of-municipalities-with-high-need = Andel kommuner med høyt behov (poeng over grensen i vektfilen)
findings-municipalities-with-data = kommuner_med_data
findings-municipalities-with-a-need-score-for = Kommuner med behovspoeng for tjenesten
findings-share-of-don-t-know-among = Andel «vet ikke» blant svarene behovet bygger på
findings-mean-rank = snittrang
findings-mean-rank-over-the-bootstrap-resamples = Gjennomsnittlig rang over bootstrap-utvalgene
findings-rank-low = rang_lav
findings-5th-percentile-of-the-rank-the = 5-persentilen av rangen (beste plass som er rimelig)
findings-rank-high = rang_hoy
findings-95th-percentile-of-the-rank-the = 95-persentilen av rangen (dårligste plass som er rimelig)
findings-explanation = forklaring
findings-what-in-the-data-the-need = Hva i dataene behovet bygger på
findings-probability-top = sannsynlighet_topp_{ $top }
findings-share-of-bootstrap-resamples-in-which = Andel av bootstrap-utvalgene der tjenesten er blant de N øverste
findings-service-catalogue = Tjenestekatalog
findings-need-per-service-0-100 = Behov per tjeneste (0–100)
findings-need-scores = Behovspoeng
findings-number-of-municipalities-mapped-drawn-with = Antall kommuner kartlagt (trukket med tilbakelegging fra de kartlagte)
findings-agreement = samsvar
findings-mean-share-of-the-top-from = Gjennomsnittlig andel av topp { $top } med alle data som også er i topp { $top } med så mange kommuner
findings-same-top = samme_topp
findings-share-of-resamples-whose-top-is = Andel utvalg der topp { $top } er nøyaktig den samme
findings-extrapolated = ekstrapolert
findings-1-when-the-number-is-larger = 1 når tallet er større enn antall kartlagte kommuner
findings-stability = Stabilitet
findings-how-stable-is-the-top-list = Hvor stabil er topplisten?
findings-method = Metode
findings-time = Tidsbruk

## src/dataset/overview.rs

overview-round = Runde
overview-inputs = Inndata
overview-files-read = Filer lest
overview-municipalities-and-cooperations = Kommuner og samarbeid
overview-questionnaire-answers-used = Spørreskjemasvar brukt
overview-machines-used = Maskiner brukt
overview-files-rejected = Filer avvist
overview-notes-to-look-at = Merknader å se på
overview-mean-coverage-maturity = Gjennomsnittlig dekning (modenhet)
overview-answers-to = Svar på { $id }
overview-fleet-files-used = Enhetsoversikter brukt (kartlegg fleet)

## src/dataset/round.rs

round-overall = samlet
round-c = k{ $c }
round-overall-2 = Samlet
round-cannot-read-give-a-folder-kartlegg = kan ikke lese { $path }; oppgi en mappe som `kartlegg merge` har skrevet, eller en mappe med resultatfiler
round-reading = leser { $path }
round-has-no-column-make-the-dataset = { $file } mangler kolonnen { $name }; lag datasettet på nytt med `kartlegg merge`
round-in-column-is-not-a-number = { $file }:{ $line }:{ $column }: «{ $value }» i kolonnen { $header } er ikke et tall

## src/dataset/tables/answers.rs

answers-role = rolle
answers-the-respondent-s-role = Respondentens rolle
answers-consensus = konsensus
answers-1-when-the-answers-were-agreed = 1 når svarene ble enige om i en felles økt og står for kommunen
answers-section = seksjon
answers-the-section-the-question-is-in = Seksjonen spørsmålet står i
answers-principle = prinsipp
answers-the-nsm-principle-the-question-measures = NSM-prinsippet spørsmålet måler, om noe
answers-question-id = sporsmal_id
answers-the-question-s-stable-id = Spørsmålets faste id
answers-value = verdi
answers-the-answer-as-data-level-number = Svaret som data: nivå, tall, alternativ-id(er) skilt med ;, true/false, tekst eller dato
answers-value-label = verdi_tekst
answers-the-answer-in-words = Svaret i ord
answers-score = poeng
answers-maturity-score-0-5-where-the = Modenhetspoeng 0–5, der spørsmålet gir poeng
answers-state = status
answers-answered-unknown-not-applicable-or-skipped = answered, unknown («vet ikke»), not_applicable («ikke relevant») eller skipped
answers-unclear = uklart
answers-1-when-the-respondent-flagged-the = 1 når respondenten markerte spørsmålet som uklart
answers-comment = kommentar
answers-the-respondent-s-comment = Respondentens kommentar
answers-seconds = sekunder
answers-time-spent-on-the-question = Tid brukt på spørsmålet
answers-migrated-from = migrert_fra
answers-when-the-answer-was-given-to = Når svaret ble gitt til en eldre versjon og ført over: versjonen og spørsmåls-id-en(e) det ble gitt til
answers-source-file = kildefil
answers-the-file-the-answer-came-from = Filen svaret kom fra
answers-answers = Svar
answers-yes = Ja
answers-no = Nei

## src/dataset/tables/coverage.rs

coverage-coverage = dekning
coverage-own-the-municipality-answered-cooperation-its = own (kommunen svarte selv), cooperation (svaret til IKT-samarbeidet gjelder) eller none
coverage-cooperation = samarbeid
coverage-the-it-cooperation-the-answer-comes = IKT-samarbeidet svaret kommer fra, når det er arvet
coverage-coverage-2 = Dekning

## src/dataset/tables/deviations.rs

deviations-file = fil
deviations-the-input-file-concerned = Inndatafilen det gjelder
deviations-rejected = avvist
deviations-1-when-the-file-is-left = 1 når filen ikke er med i datasettet; 0 når den er med, men bør sees på
deviations-code = kode
deviations-stable-code-for-the-kind-of = Fast kode for typen avvik
deviations-message = melding
deviations-what-is-wrong-and-what-was = Hva som er galt, og hva som ble gjort
deviations-deviations = Avvik

## src/dataset/tables/hosts.rs

hosts-host-id = vert_id
hosts-salted-sha256-of-the-host-name = Saltet sha256 av vertsnavnet
hosts-os = os
hosts-os-version = os_versjon
hosts-kernel = kjerne
hosts-kernel-version = Kjerneversjon
hosts-architecture = arkitektur
hosts-cpu-architecture = Prosessorarkitektur
hosts-cpu-cores = kjerner
hosts-logical-cpu-cores = Logiske prosessorkjerner
hosts-memory-gib = minne_gib
hosts-memory-in-gib = Minne i GiB
hosts-virtualisation = virtualisering
hosts-none-hypervisor-or-container = none, hypervisor eller container
hosts-end-of-support = stotte_til
hosts-end-of-security-support-of-the = Slutt på sikkerhetsstøtte for operativsystemet
hosts-exposed-ports = porter_mot_nett
hosts-listening-ports-not-bound-to-loopback = Lyttende porter som ikke bare er lokale
hosts-software = programvare
hosts-number-of-installed-packages = Antall installerte pakker
hosts-collected = innsamlet
hosts-time-of-collection = Tidspunkt for innsamling
hosts-the-file-the-row-came-from = Filen raden kom fra
hosts-security-indicator-true-false-or-unknown = Sikkerhetsindikator: true, false eller unknown
hosts-inventory = Inventar

## src/dataset/tables/maturity.rs

maturity-weighted-mean-0-5-over-every = Veid gjennomsnitt 0–5 over alle besvarte spørsmål med poeng
maturity-overall-coverage = samlet_dekning
maturity-answered-divided-by-applicable-questions-0 = Besvarte delt på relevante spørsmål, 0–1
maturity-respondents = respondenter
maturity-number-of-respondents-behind-the-values = Antall respondenter bak verdiene
maturity-basis = grunnlag
maturity-single-one-respondent-consensus-agreed-in = single (én respondent), consensus (enige i felles økt), median eller min (flere respondenter slått sammen, se --aggregate)
maturity-round = runde
maturity-the-mapping-round-the-dataset-belongs = Kartleggingsrunden datasettet hører til (merge --round; ellers året for den nyeste filen)
maturity-c = k{ $id }
maturity-category = Kategori { $id }: { $name }
maturity-c-coverage = k{ $id }_dekning
maturity-coverage-0-1 = Dekning 0–1
maturity-principle = Prinsipp { $id }: { $name }
maturity-coverage = { $value }_dekning
maturity-maturity = Modenhet
maturity-maturity-per-respondent = Modenhet per respondent
maturity-maturity-per-nsm-category-0-5 = Modenhet per NSM-kategori (0–5)

## src/dataset/tables/mod.rs

tables-municipality-no = kommunenr
tables-municipality-number-or-the-id-of = Kommunenummer, eller id-en til et IKT-samarbeid
tables-municipality = kommune
tables-name-of-the-municipality-or-cooperation = Navnet på kommunen eller samarbeidet
tables-questionnaire = skjema
tables-the-questionnaire-s-id = Spørreskjemaets id
tables-version = versjon
tables-the-version-that-was-answered = Versjonen som ble besvart

## src/dataset/tables/software.rs

software-name-of-the-package-or-program = Navnet på pakken eller programmet
software-source = kilde
software-dpkg-rpm-flatpak-snap-windows-registry = dpkg, rpm, flatpak, snap, windows-registry eller macos-app
software-hosts = maskiner
software-number-of-machines-with-this-version = Antall maskiner med denne versjonen
software-number-of-municipalities-with-this-version = Antall kommuner (eller samarbeid) med minst én maskin med denne versjonen
software-number-of-machines-in-all-municipalities = Antall maskiner med denne versjonen, i alle kommunene
software-host-share = andel_maskiner
software-share-of-all-inventoried-machines = Andel av alle kartlagte maskiner som har denne versjonen, 0–1 (maskiner uten programvareliste teller med)

## src/dataset/xlsx.rs

xlsx-has-rows-and-is-split-over = { $name } har { $rows } rader og er delt på { $sheets } ark; CSV-filen har alt i én
xlsx-cells-in-are-longer-than-excel = { $long } celler i { $name } er lengre enn Excel tillater og er kortet ned; CSV-filen har hele teksten
xlsx-workbook-too-large = Arbeidsboken ville blitt større enn 4 GiB, mer enn et .xlsx-arkiv uten zip64 kan romme; skriv bare CSV-filene med --csv-only
xlsx-overview = Oversikt
xlsx-mapping-of-it-structure-and-security = Kartlegging av IT-struktur og sikkerhetsmodenhet
xlsx-columns = Kolonner
xlsx-sheet = Ark
xlsx-column = Kolonne
xlsx-meaning = Betydning

## src/diagnostic.rs

diagnostic-and = {" "}(og { $more } til)
diagnostic-does-not-exist = finnes ikke
diagnostic-no-access-you-lack-the-rights = ingen tilgang: du mangler rettigheter til den
diagnostic-is-a-folder-not-a-file = er en mappe, ikke en fil
diagnostic-is-not-a-folder = er ikke en mappe
diagnostic-exists-already = finnes allerede
diagnostic-the-folder-is-not-empty = mappen er ikke tom
diagnostic-the-disk-is-full = disken er full
diagnostic-the-disk-quota-is-used-up = diskkvoten er brukt opp
diagnostic-the-file-system-is-read-only = filsystemet er skrivebeskyttet
diagnostic-the-file-is-too-large = filen er for stor
diagnostic-invalid-file-name = ugyldig filnavn
diagnostic-too-many-links = for mange lenker
diagnostic-cannot-be-moved-to-another-disk = kan ikke flyttes til en annen disk
diagnostic-is-in-use = er i bruk
diagnostic-timed-out = tidsavbrudd
diagnostic-interrupted = avbrutt
diagnostic-the-receiver-is-gone-broken-pipe = mottakeren er borte (brutt rør)
diagnostic-not-enough-memory = ikke nok minne
diagnostic-not-supported-here = støttes ikke her
diagnostic-the-network-does-not-answer = nettverket svarer ikke
diagnostic-os-error = { $what } (OS-feil { $code })

## src/exit.rs

exit-kartlegg-internal-error-this-is-a = kartlegg: intern feil{ $place }: { $what }. Dette er en feil i kartlegg; meld den gjerne med kommandoen du kjørte.

## src/fleet/count.rs

fleet-unreadable-date = kan ikke lese datoen `{ $value }`: kartlegg leser 2026-11-28T10:15:00Z, 11/28/2026 3:15:42 PM (måned først) og 28.11.2026 15:15. Rett cellen, eller eksporter på nytt uten å endre fila i et regneark
fleet-mixed-tenants = radene kommer fra { $n } leietakere (rader per domene i brukernes UPN: { $counts }); eksporter én leietaker per fil, eller kjør `kartlegg fleet` én gang per kommune
fleet-mixed-domains = radene kommer fra { $n } domener (rader per domene: { $counts }); eksporter ett domene per fil (Get-ADComputer -SearchBase), eller kjør `kartlegg fleet` én gang per kommune

## src/fleet/mod.rs

fleet-empty-export = fila har ingen overskriftsrad og ingen enheter; eksporter enhetslista på nytt (se «Eksporter av enheter» i veiledningen)
fleet-unknown-export = ikke en eksport av enheter som kartlegg kjenner: ventet kolonnene til { $resembled }; fant { $found }. Eksporter «Alle enheter» fra Intune, «Last ned enheter» fra Entra ID, eller datamaskinene med Get-ADComputer slik veiledningen viser

## src/fleet/result.rs

fleet-is-not-a-format-this-version = `{ $format }` er ikke et format denne versjonen av kartlegg kan lese (den leser { $FORMAT })

## src/form/export.rs

export-section = Del
export-answer = Svar
export-comment = Kommentar
export-guidance = Veiledning
export-evidence = Dokumentasjon
export-questionnaire = Spørreskjema
export-municipality-number-or-name-fill-in = Kommunenummer eller kommunenavn (fyll inn)
export-your-role-such-as-it-manager = Din rolle, for eksempel IT-leder (fyll inn)
export-consensus-joint-session = Konsensus (felles økt)
export-how-to-fill-in = Slik fyller du ut
export-1-fill-in-the-municipality-and = 1. Fyll inn kommunen og rollen din over, og velg Ja under Konsensus hvis flere har blitt enige om svarene i en felles økt.
export-2-answer-in-the-yellow-answer = 2. Svar i den gule kolonnen «Svar» på arket «Svar». Velg fra listen der den finnes. «Vet ikke» og «Ikke relevant» er gyldige svar der de står i listen eller veiledningen.
export-3-questions-marked-must-be-answered = 3. Spørsmål merket * må besvares. Spørsmål som ikke gjelder etter tidligere svar, kan stå tomme.
export-4-save-as-xlsx-and-send = 4. Lagre som .xlsx og send filen kryptert til prosjektet. Ikke endre kolonner eller rekkefølge.
export-yes-when-the-answers-were-agreed = Ja når svarene ble avtalt i en felles økt med flere respondenter og gjelder for kommunen.
export-not-applicable = Ikke relevant
export-invalid-answer = Ugyldig svar
export-the-answer-does-not-fit-the = Svaret passer ikke til spørsmålet; se veiledningen i kolonnen til høyre.
export-may-also-be-answered = Kan også besvares med: { $list }
export-answer-only-when = Besvares bare når: { $expr }
export-the-evidence-column = { $prompt } (kolonnen Dokumentasjon)
export-must-be-answered = {"*"} Må besvares.
export-write-one-or-more-of-these = Skriv ett eller flere av disse, skilt med komma: { $list }
export-these-are-chosen-on-their-own = Disse velges alene: { $list }
export-from-to = {" "}fra { $lo } til { $hi }
export-from = {" "}fra { $lo }
export-up-to = {" "}opp til { $hi }
export-a-number = Et tall{ $bounds } { $unit }
export-a-date-yyyy-mm-dd = En dato (ÅÅÅÅ-MM-DD)
export-write-the-most-important-of-these = Skriv de { $n } viktigste av disse i rekkefølge, det viktigste først, skilt med semikolon: { $list }
export-free-text = Fritekst
export-page-p-of-n = Side &P av &N

## src/form/guard.rs

guard-that-is-more-than-a-form = { $what }; det er mer enn et skjema fra kartlegg kan inneholde, så filen leses ikke (er den skadet, eller ikke et utfylt skjema?)
guard-the-file-is-larger-than-mib = filen er større enn { $mib } MiB
guard-the-part-unpacks-to-more-than = delen { $name } pakkes ut til mer enn { $mib } MiB
guard-the-part-unpacks-to-times-its = delen { $name } pakkes ut til { $ratio } ganger sin pakkede størrelse (grensen er { $MAX_RATIO })
guard-the-parts-together-unpack-to-more = delene pakkes til sammen ut til mer enn { $mib } MiB

## src/form/import.rs

import-cannot-be-read-as-an-excel = kan ikke leses som en Excel-arbeidsbok ({ $e })
import-the-workbook-has-no-sheet-was = arbeidsboken har ikke arket «{ $name }»; er den laget med `kartlegg questionnaire export`?
import-the-sheet-does-not-say-which = arket «{ $INFO }» sier ikke hvilket spørreskjema skjemaet er laget fra
import-the-cell-holds-the-error = cellen har feilen { $e }
import-the-sheet-has-no-questions-column = arket «{ $ANSWERS }» har ingen spørsmål (kolonne { $column } skal ha spørsmålenes id); er raden slettet, eller er svarene skrevet i et annet ark? Fyll ut arket «{ $ANSWERS }» i skjemaet fra `kartlegg questionnaire export`
import-the-cell-holds-the-formula-which = cellen har formelen ={ $formula }, som ikke leses inn; skriv selve svaret i cellen
import-is-neither-yes-nor-no-pick = «{ $value }» er verken Ja eller Nei; velg fra listen

## src/fsutil.rs

fsutil-cannot-create = kan ikke lage { $dir }
fsutil-cannot-make-private = kan ikke gjøre { $dir } privat
fsutil-cannot-be-used-as-an-id = `{ $id }` kan ikke brukes som id: den blir en del av filnavn og må være 1–64 tegn av a–z, A–Z, 0–9, `-`, `_` og `.`, og begynne med en bokstav eller et siffer
fsutil-already-exists-choose-another-file-with = { $path } finnes allerede; velg en annen fil med -o eller skriv over med --force
fsutil-cannot-write = kan ikke skrive { $target }
fsutil-cannot-create-the-lock-file = kan ikke lage låsefilen { $path }
fsutil-cannot-make-the-lock-file-private = kan ikke gjøre låsefilen { $path } privat
fsutil-another-kartlegg-is-already-writing-finish = en annen kartlegg skriver allerede til { $target }; avslutt den først, eller velg en annen fil
fsutil-cannot-lock = kan ikke låse { $path }

## src/inventory/mod.rs

inventory-is-not-a-format-this-version = `{ $format }` er ikke et format denne versjonen av kartlegg kan lese (den leser { $FORMAT })

## src/inventory/system/linux.rs

linux-processes-and-packages-against-the-list = prosesser og pakker mot listen fra { $checked }
linux-listening-ports-3389-tcp = lyttende porter (3389/tcp)
linux-no-cheap-source-on-this-system = ingen billig kilde på dette systemet
linux-etc-group-groups-sudo-wheel-admin = /etc/group (gruppene sudo, wheel, admin; bare antallet)
linux-no-rules-that-stop-traffic = ingen regler som stanser trafikk
linux-no-root-file-system-in-proc = fant ikke rotfilsystemet i /proc/mounts
linux-cannot-tell-whether-is-encrypted = kan ikke se om { $device } er kryptert
linux-the-root-file-system-is-container = rotfilsystemet er { $device } (container eller nettverk)
linux-sys-block-dm-crypt-for = /sys/block (dm-crypt) for { $device }
linux-no-ssh-server-no-sshd-config = ingen SSH-tjener (ingen sshd_config, ingen sshd-prosess)
linux-the-process-is-running = prosessen { $d } kjører
linux-timedatectl-did-not-answer-and-no = timedatectl svarte ikke, og ingen tidstjeneste kjører
linux-the-owner-of-listening-ports-cannot = eieren av { $unknown_owner } lyttende porter kan ikke leses uten administratorrettigheter

## src/inventory/system/macos.rs

macos-applications-have-a-binary-info-plist = { $binary } programmer har Info.plist i binærformat

## src/inventory/system/mod.rs

system-could-not-start = kunne ikke starte `{ $program }`: { $e }
system-did-not-answer-within-s = `{ $program }` svarte ikke innen { $secs } s
system-ended-with-perhaps-it-needs-admin = `{ $program }` avsluttet med { $status } (krever kanskje administratorrettigheter)
system-system = system
system-disks = disker
system-network = nettverk
system-security = sikkerhet
system-not-read-on-in-this-version = leses ikke på { $os } i denne versjonen
system-supported-until-table-of = støtte til { $end } (tabell fra { $checked })
system-the-operating-system-is-not-in = operativsystemet står ikke i tabellen over støtteslutt
system-the-system-listed-no-disks = systemet listet ingen disker
system-network-interfaces = nettverksgrensesnitt
system-the-system-listed-no-network-interfaces = systemet listet ingen nettverksgrensesnitt, heller ikke loopback
system-processes-and-software-against-the-list = prosesser og programvare mot listen fra { $checked }

## src/inventory/system/windows.rs

windows-netsh-advfirewall-unknown-output = netsh advfirewall: ukjent utdata
windows-no-policy-turning-windows-update-off = ingen policy som slår av Windows Update (standard er automatisk)
windows-could-not-read = kunne ikke lese { $value }: { $e }
windows-unknown-output = { $command }: ukjent utdata
windows-no-openssh-server = ingen OpenSSH-tjener
windows-netstat-listed-no-tcp-socket = netstat listet ingen TCP-sokler i det hele tatt, heller ikke systemets egne: ikke lest

## src/kommune.rs

kommune-nynorsk = nynorsk
kommune-bokm-l = bokmål
kommune-neutral = nøytral
kommune-the-municipality-register-in-cannot-be = kommuneregisteret i { $path } kan ikke brukes
kommune-is-not-a-four-digit-municipality = `{ $number }` er ikke et firesifret kommunenummer
kommune-municipality-number-already-exists = kommunenummer { $number } finnes allerede ({ $existing })
kommune-is-not-a-language-form-write = `{ $text }` er ikke en målform; skriv nynorsk, bokmal eller neutral
kommune-already-exists-in-the-register = `{ $id }` finnes allerede i registeret
kommune-the-member-is-not-a-known = medlemmet `{ $member }` er ikke en kjent kommune
kommune-unknown = ukjent
kommune-the-member-fits-several = medlemmet `{ $member }` passer til flere kommuner: { $names }; skriv nummeret
kommune-the-cooperation-has-no-members = samarbeidet har ingen medlemmer

## src/kommune/resolve.rs

resolve-found-no-municipality-the-built-in = fant ingen kommune `{ $query }`. Det innebygde registeret har Norges { $count } kommuner (per 2024); legg til andre med `--kommuner FIL` (formatet står i docs/formats.md, «Municipality register»). Se dem med `kartlegg kommuner --alle`.
resolve-found-no-municipality-did-you-mean = fant ingen kommune `{ $query }`. Mente du { $names }? Skriv nummeret, for eksempel `-k { $number }`, eller se alle med `kartlegg kommuner`.
resolve-municipality = Kommune: { $shown }
resolve-cooperation = Samarbeid: { $shown }
resolve-municipality-did-you-mean = Kommune: { $shown }. Mente du { $names }? Bruk -k { $number }.
resolve-and-more-kartlegg-kommuner-search-lists = og { $more } til (`kartlegg kommuner --search { $query }` viser alle)
resolve-fits-several-municipalities-type-the-number = `{ $query }` passer til flere kommuner: { $names }. Skriv nummeret eller hele navnet, for eksempel `-k { $number }`.

## src/publish.rs

publish-cannot-use = kan ikke bruke { $target }
publish-is-the-folder-you-are-in = { $dir } er mappen du står i (eller en over den) og kan ikke byttes ut; velg en egen mappe med -o
publish-cannot-read = kan ikke lese { $path }
publish-cannot-restore = kan ikke gjenopprette { $target }

## src/questionnaire/answer.rs

answer-never = Aldri
answer-is-not-a-number = «{ $trimmed }» er ikke et tall
answer-answer-yes-or-no-not = svar «ja» eller «nei», ikke «{ $trimmed }»
answer-is-not-an-option-valid = «{ $text }» er ikke et svaralternativ (gyldige: { $ids })
answer-appears-twice-in-the-ranking = «{ $id }» står to ganger i rangeringen
answer-rank-from-1-to-options-the = ranger fra 1 til { $pick } svaralternativer, det viktigste først (fikk { $n })
answer-cannot-be-chosen-together-with-other = «{ $text }» kan ikke velges sammen med andre svar; velg det alene, eller ta det bort
answer-is-not-a-date-write-it = «{ $text }» er ikke en dato; skriv den som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ
answer-this-question-cannot-be-answered-don = dette spørsmålet kan ikke besvares med «Vet ikke»
answer-this-question-cannot-be-answered-not = dette spørsmålet kan ikke besvares med «Ikke relevant»
answer-this-question-must-be-answered = dette spørsmålet må besvares
answer-the-answer-is-missing = svaret mangler
answer-is-not-a-whole-level-choose = { $n } er ikke et helt nivå; velg et helt nivå { $lo }–{ $hi }
answer-is-outside-the-scale = { $n } er utenfor skalaen { $lo }–{ $hi }
answer-is-not-a-whole-number-this = { $n } er ikke et helt tall; her telles personer eller ting, så svar med et helt tall
answer-is-less-than-the-smallest-allowed = { $n } er mindre enn { $lo }, det minste tillatte
answer-is-greater-than-the-largest-allowed = { $n } er større enn { $hi }, det største tillatte
answer-this-question-cannot-be-answered-never = dette spørsmålet kan ikke besvares med «Aldri»
answer-the-date-must-be-written-yyyy = datoen må skrives ÅÅÅÅ-MM-DD
answer-the-answer-does-not-fit-a = svaret passer ikke til et spørsmål av typen `{ $kind }`

## src/questionnaire/builtin.rs

builtin-did-you-mean = {" "}Mente du `{ $near }`?
builtin-is-neither-a-built-in-questionnaire = `{ $arg }` er verken et innebygd spørreskjema ({ $ids }) eller en fil.{ $hint } Se `kartlegg questionnaire list`.

## src/questionnaire/changes.rs

changes-the-list-is-empty = listen er tom
changes-appears-twice = `{ $id }` står to ganger
changes-level-appears-twice = nivå { $level } står to ganger
changes-the-changes-from-are-already-given = endringene fra { $from } står før, på linje { $line }; slå dem sammen
changes-from-must-be-a-version-earlier = `from: { $from }` må være en tidligere versjon enn denne ({ $version })
changes-appears-twice-under = `{ $name }` står to ganger under `{ $key }`
changes-is-under-both-and-an-old = `{ $name }` står både under `{ $first }` og `{ $key }`; et gammelt spørsmål kan bare ha én skjebne
changes-gets-answers-from-both-and-a = `{ $name }` får svar både fra `{ $first }` og `{ $key }`; et nytt spørsmål kan bare ha én kilde
changes-is-not-a-question-of-version = { $key }: `{ $name }` er ikke et spørsmål i versjon { $version }{ $hint }

## src/questionnaire/decode.rs

decode-the-questionnaire-has-no-sections = spørreskjemaet har ingen seksjoner
decode-the-scale-has-no-levels = skalaen har ingen nivåer
decode-the-section-has-no-questions = seksjonen har ingen spørsmål

## src/questionnaire/decode/fields.rs

fields-cannot-be-used-as-an-id = `{ $text }` kan ikke brukes som id: bruk små bokstaver a–z, sifre, `_` og `-`, start med en bokstav, og unngå ordene i show_if-språket
fields-is-not-a-semantic-version-for = `{ $text }` er ikke en semantisk versjon (for eksempel `1.2.0`)
fields-the-score-is-outside-0 = poengsummen { $n } er utenfor 0–{ $MAX_LEVEL }
fields-level-is-not-a-whole-number = nivå `{ $text }` er ikke et helt tall fra 0 til { $MAX_LEVEL }
fields-is-not-a-principle-of-nsm = `{ $text }` er ikke et prinsipp i NSMs grunnprinsipper (1.1–4.4, for eksempel `2.6`)

## src/questionnaire/decode/question.rs

question-unknown-question-type-valid = ukjent spørsmålstype `{ $text }`{ $hint } (gyldige: { $all })
question-the-weight-must-be-greater-than = vekten må være større enn 0
question-is-only-used-by-questions-of = `{ $key }` brukes bare på spørsmål av typen { $kinds }, ikke `{ $name }`
question-min-is-greater-than-max = `min` ({ $lo }) er større enn `max` ({ $hi })
question-a-question-of-type-scale-must = et spørsmål av typen `scale` må si hvilken skala det bruker (`scale:`)
question-the-scale-does-not-exist-defined = skalaen `{ $scale_id }` finnes ikke (definerte skalaer: { $known })
question-the-scale-has-no-level = skalaen `{ $scale_id }` har ikke nivå { $level }
question-the-question-needs-answer-options-options = spørsmålet trenger svaralternativer (`options:`)
question-the-list-of-answer-options-is = listen over svaralternativer er tom
question-the-option-appears-twice = svaralternativet `{ $id }` står to ganger
question-scores-score-are-only-used-by = poeng (`score`) brukes bare på `single`-spørsmål
question-give-every-option-a-score-score = gi alle svaralternativene poeng (`score`), eller ingen
question-exclusive-is-only-used-on-options = `exclusive` brukes bare på svaralternativer i `multi`-spørsmål
question-pick-must-be-a-whole-number = `pick` må være et helt tall, minst 1 (ikke { $n })
question-a-question-of-type-rank-must = et spørsmål av typen `rank` må si hvor mange som rangeres (`pick:`)
question-pick-is-but-the-question-has = `pick` er { $pick }, men spørsmålet har bare { $n } svaralternativer

## src/questionnaire/diff_render.rs

diff-render-no-changes = Ingen endringer.
diff-render-new = ny{" "}
diff-render-removed = fjernet{" "}
diff-render-text = «{ $t }»
diff-render-added = Lagt til
diff-render-removed-2 = Fjernet
diff-render-answers-are-not-carried = svarene føres ikke over
diff-render-not-named-in-changes = ikke nevnt i changes:
diff-render-renamed = Omdøpt
diff-render-same-text-not-named-in-changes = {" "}(samme tekst; ikke nevnt i changes:)
diff-render-split = Delt
diff-render-merged = Slått sammen
diff-render-reworded = Ny ordlyd
diff-render-meaning-changed-same-text = Ny betydning, samme tekst
diff-render-levels-changed = Nivåer endret
diff-render-options-changed = Svaralternativer endret
diff-render-conditions-show-if-changed = Vilkår (show_if) endret
diff-render-always = (alltid)
diff-render-type-and-scoring-changed = Type og poeng endret
diff-render-same-meaning = samme betydning
diff-render-new-meaning-old-answers-are-not = ny betydning: gamle svar telles ikke
diff-render-was = før:
diff-render-now = nå:{" "}
diff-render-the-description-changed = { $n } { $quoted }: beskrivelsen er endret
diff-render-old-answers = gamle svar: { $map }

## src/questionnaire/expr/syntax.rs

syntax-the-end-of-the-expression = slutten av uttrykket
syntax-unexpected-character = uventet tegn `{ $c }`
syntax-the-text-starting-here-is-never = teksten som starter her, slutter aldri
syntax-unknown-escape-sequence = ukjent escape-sekvens
syntax-is-not-a-number = `{ $text }` er ikke et tall
syntax-expected-found = forventet { $expected }, fant { $found }
syntax-the-expression-is-nested-deeper-than = uttrykket er nøstet dypere enn { $MAX_NESTING } nivåer
syntax-a-value-or-a-question = en verdi eller et spørsmål
syntax-a-value = en verdi
syntax-a-question-or-a-value = et spørsmål eller en verdi
syntax-a-question-id = en spørsmåls-id
syntax-and-or-or-the-end = `and`, `or` eller slutten

## src/questionnaire/history.rs

history-is-not-a-built-in-questionnaire = `{ $id }` er ikke et innebygd spørreskjema (kjente: { $ids })
history-version-of-is-not-known-here = versjon { $version } av `{ $id }` finnes ikke her (kjente versjoner: { $known }); oppgi filen for den versjonen

## src/questionnaire/migrate.rs

migrate-the-question-was-dropped-in-version = spørsmålet er fjernet i versjon { $version }
migrate-the-question-s-meaning-changed-in = spørsmålet fikk ny betydning i versjon { $version }; svaret telles ikke mot den nye
migrate-the-question-is-not-in-version = spørsmålet finnes ikke i versjon { $version }, og `changes:` sier ikke hvor svaret skal
migrate-the-answers-merged-in-version-disagree = svarene som ble slått sammen i versjon { $version } sier forskjellige ting
migrate-the-answer-does-not-fit-the = svaret passer ikke til spørsmålet i versjon { $version }
migrate-not-a-question-of-version = ikke et spørsmål i versjon { $version }
migrate-the-questionnaire-is-unknown-give-its = spørreskjemaet `{ $id }` er ukjent; oppgi filen med `--questionnaire`
migrate-version-of-is-unknown-known-give = versjon { $version } av `{ $id }` er ukjent (kjente: { $known }); oppgi filen for den versjonen med `--questionnaire`

## src/questionnaire/mod.rs

questionnaire-where-can-this-be-documented-document = Hvor kan dette dokumenteres? — dokument, system eller rapport

## src/questionnaire/render.rs

render-id-version = id: { $id } · versjon { $version }
render-shown-when = Vises når: { $expr }
render-help = Hjelp: { $help }
render-yes-points-no-points = ja = { $yes } poeng, nei = { $no } poeng
render-weight = vekt { $w }
render-required = må besvares
render-don-t-know-allowed = «Vet ikke» mulig
render-never-allowed = «Aldri» mulig
render-not-applicable-allowed = «Ikke relevant» mulig
render-evidence-asked = dokumentasjon etterspørres
render-the-most-important-in-order = de { $n } viktigste i rekkefølge
render-points = {" "}({ $s } poeng)
render-chosen-on-its-own = {" "}– velges alene
render-scale-0-5 = skala 0–5
render-single-choice = ett valg
render-multiple-choice = flere valg
render-yes-no = ja/nei
render-number = tall
render-free-text = fritekst
render-date = dato
render-ranking = rangering

## src/questionnaire/revision.rs

revision-version-of-was-already-released-with = versjon { $version } av `{ $id }` er allerede utgitt med annet innhold; hev `version:` og beskriv endringene under `changes:`
revision-previous-is-the-questionnaire-but-this = `--previous` er spørreskjemaet `{ $old_id }`, men denne filen er `{ $id }`
revision-previous-has-version-which-is-not = `--previous` har versjon { $old_version }, som ikke er eldre enn denne filens { $version }
revision-also-exists-in-version-and-keeps = `{ $name }` finnes også i versjon { $version } og beholder svarene derfra, så det kan ikke også få svar gjennom `{ $key }`; før det gamle `{ $name }` opp under `renamed`, `dropped` eller `meaning_changed`
revision-of-version-is-not-in-this = `{ $id }` fra versjon { $version } finnes ikke i denne versjonen; si under `changes:` (`from: { $version }`) om det er omdøpt (`renamed`), delt (`split`), slått sammen (`merged`) eller fjernet (`dropped`)
revision-was-of-type-in-version-but = `{ $id }` var av typen `{ $from }` i versjon { $version }, men `{ $new_id }` er `{ $to }`; svarene kan ikke føres over: før `{ $id }` opp under `dropped` eller `meaning_changed`
revision-has-no-level-in-version = `{ $id }` har ikke nivå { $level } i versjon { $version }
revision-has-no-level = `{ $new_id }` har ikke nivå { $level }
revision-level-of-in-version-is-not = nivå { $level } av `{ $id }` i versjon { $version } finnes ikke i `{ $new_id }`; legg det til under `levels: {"{"}{ $id }: {"{"}{ $level }: …{"}"}{"}"}`
revision-has-no-option-in-version = `{ $id }` har ikke svaralternativet `{ $option }` i versjon { $version }
revision-has-no-option = `{ $new_id }` har ikke svaralternativet `{ $option }`
revision-the-option-of-in-version-is = svaralternativet `{ $option }` av `{ $id }` i versjon { $version } finnes ikke i `{ $new_id }`; legg det til under `options: {"{"}{ $id }: {"{"}{ $option }: …{"}"}{"}"}`
revision-the-wording-of-changed-since-version = ordlyden i `{ $id }` er endret siden versjon { $version } ({ $what }); legg `{ $id }` under `reworded:` om betydningen er den samme, eller under `meaning_changed:` om svar på den gamle ordlyden ikke skal telle mot den nye (i `changes:` med `from: { $version }`)
revision-the-nb-text = teksten på nb
revision-the-en-text = teksten på en
revision-level = nivå { $level }
revision-the-option = svaralternativet `{ $option }`

## src/questionnaire/validate.rs

validate-the-scale-is-already-defined-on = skalaen `{ $id }` er definert før, på linje { $line }
validate-the-section-is-already-defined-on = seksjonen `{ $id }` er definert før, på linje { $line }
validate-the-question-is-already-defined-on = spørsmålet `{ $id }` er definert før, på linje { $line }
validate-show-if-cannot-name-the-question = show_if kan ikke vise til spørsmålet selv (`{ $id }`)
validate-is-asked-after-this-question-show = `{ $id }` stilles etter dette spørsmålet; show_if kan bare vise til tidligere spørsmål
validate-show-if-names-an-unknown-question = show_if viser til ukjent spørsmål `{ $id }`{ $hint }
validate-unknown-question = { $label }: ukjent spørsmål `{ $id }`{ $hint }
validate-and-have-answers-of-different-types = `{ $x }` og `{ $y }` har svar av ulik type og kan ikke sammenlignes
validate-contains-is-used-with-multiple-choice = `contains` brukes med flervalgsspørsmål (`multi`); `{ $id }` er ikke det
validate-contains-must-be-followed-by-a = etter `contains` kommer id-en til et svaralternativ i anførselstegn
validate-is-not-a-yes-no-question = `{ $id }` er ikke et ja/nei-spørsmål; skriv en sammenligning, for eksempel `{ $id } == ...`
validate-is-a-0-scale-is-outside = `{ $id }` er en skala 0–{ $MAX_LEVEL }; { $n } er utenfor
validate-is-outside-the-bounds-of = { $n } er utenfor grensene til `{ $id }`
validate-is-a-multiple-choice-question-use = `{ $id }` er et flervalgsspørsmål; bruk `{ $id } contains '...'`
validate-cannot-be-used-with-type-use = `{ $sym }` kan ikke brukes på `{ $id }` (type `{ $kind }`); bruk `==` eller `!=`
validate-type-cannot-have-the-value = `{ $id }` (type `{ $kind }`) kan ikke ha verdien { $lit }
validate-is-not-a-date-of-the = '{ $date }' er ikke en dato på formen ÅÅÅÅ-MM-DD
validate-has-no-option-has = `{ $id }` har ikke svaralternativet '{ $option }' (har: { $known })
validate-the-condition-uses-only-fixed-values = betingelsen bruker bare faste verdier og er alltid lik; vis til et spørsmål

## src/report/audience.rs

audience-another-municipality = en annen kommune

## src/report/catalogue.rs

catalogue-service-catalogue-ranked-by-need = Tjenestekatalog: rangert etter behov
catalogue-withheld-too-few-others = Rangeringen bygger på behovet til alle kommunene i dataene. Dataene har { $others } i tillegg til { $name }, så rangeringen ville vise hva de andre trenger; den vises derfor ikke her (det krever minst { $floor } andre).
catalogue-need-0-100-per-municipality-from = Behov 0–100 per kommune fra modenhetsgap, oppgitt behov og signaler i svar og inventar (se docs/metodikk.md). «I topp { $top }»: andel av { $resamples } bootstrap-utvalg av kommunene der tjenesten er blant de { $top } øverste.
catalogue-need-per-service = Behov per tjeneste
catalogue-how-many-municipalities-must-be-mapped = Hvor mange kommuner må kartlegges?
catalogue-agreement-with-the-top-against-number = Samsvar med topp { $top } mot antall kommuner
catalogue-number-of-municipalities-drawn-from-those = antall kommuner trukket ut av de kartlagte
catalogue-share-of-the-top-found-again = andel av topp { $top } gjenfunnet
catalogue-mean-over-the-draws = snitt over trekningene
catalogue-stable-from = stabil fra { $value } %
catalogue-estimate-beyond-those-mapped = anslag utover de kartlagte
catalogue-with-or-more-municipalities-at-least = Med { $k } eller flere kommuner gjenfinnes i snitt minst { $level } av topp { $top }; { $n } er kartlagt, så valget står seg.
catalogue-estimate-about-municipalities-are-needed-for = Anslag: omtrent { $k } kommuner trengs for at minst { $level } av topp { $top } skal gjenfinnes; bare { $n } er kartlagt. Stiplet linje er ekstrapolert.
catalogue-the-top-does-not-reach-agreement = Topp { $top } når ikke { $level } samsvar med dataene som finnes; kartlegg flere kommuner før valget.

## src/report/change.rs

change-change-since-the-last-round = Endring siden forrige runde
change-from-to-score-0-5-before = Fra { $old } til { $new }: skår 0–5 før → nå, med endringen i parentes. Merknader: low-coverage (dekning under { $limit } i en av rundene), migrated (mest svar ført over fra en eldre skjemaversjon), new og gone (kommunen er bare med i den ene runden).
change-municipality = Kommune
change-flags = Merknader

## src/report/maturity.rs

maturity-could-not-find-in-the-data = fant ikke «{ $wanted }» i dataene; kommunene i dataene er: { $list }
maturity-municipality = Kommune { $letter }
maturity-maturity-by-nsm-s-basic-principles = Modenhet etter NSMs grunnprinsipper
maturity-no-maturity-answers-in-the-data = Ingen modenhetssvar i dataene.
maturity-scale-0-5-0-not-in = Skala 0–5 (0 = ikke på plass, 5 = målt og forbedret). Skåren er et veid snitt av besvarte spørsmål; «vet ikke» teller ikke som 0. Med flere respondenter i en kommune er verdien deres felles svar eller medianen (se --aggregate).
maturity-the-other-municipalities-are-not-shown = De andre kommunene vises ikke én for én: det krever minst { $value } av dem (anonymity.min_named i config/pilot.yaml).
maturity-no-other-municipalities = ingen andre kommuner
maturity-only-one-other-municipality = bare én annen kommune
maturity-only-other-municipalities = bare { $n } andre kommuner
maturity-the-data-hold-with-maturity-answers = Dataene har { $others } med modenhetssvar: for få til å sammenligne med { $name } uten å avsløre hvem de er (det krever minst { $floor }). Her vises bare { $name }.
maturity-has-not-answered-the-maturity-questionnaire = { $name } har ikke svart på modenhetsskjemaet.
maturity-the-dot-is-grey-band-the = Punktet er { $name }. Grått felt: spennet blant de { $n } andre kommunene; strek: medianen deres.
maturity-per-category = Per kategori
maturity-categories = Kategorier
maturity-per-principle = Per prinsipp
maturity-principles = Prinsipper
maturity-overall = samlet { $overall }
maturity-all-municipalities-per-principle = Alle kommuner, per prinsipp
maturity-maturity-per-principle = Modenhet per prinsipp
maturity-the-principles = Prinsippene
maturity-spread-between-respondents = Spredning mellom respondenter
maturity-the-lowest-and-highest-score-among = Laveste og høyeste skår blant respondentene i kommunen, per kategori. Stor avstand betyr at de ser situasjonen ulikt, eller leser spørsmålene ulikt.
maturity-respondents-2 = Respondenter

## src/report/method.rs

method-method-quality = Metodekvalitet
method-of-questions-should-be-revised-by = { $k } av { $n } spørsmål bør revideres etter grensene i config/pilot.yaml.
method-median-minutes = Median minutter
method-estimated-minutes = Anslått minutter
method-rejected-files-and-notes = Avviste filer og merknader
method-every-file-was-used-as-it = Alle filer ble brukt som de er.
method-file = Fil
method-status = Status
method-message = Melding
method-used-look-at = brukt, se på
method-notes-on-the-other-municipalities-files = { $left_out } merknader om de andre kommunenes filer er utelatt, så rapporten ikke forteller hvem de er.

## src/report/mod.rs

report-mapping = Kartlegging: { $name }
report-made-with-kartlegg-the-report-describes = Laget { $value } med kartlegg { $value2 }. Rapporten beskriver sikkerhetssvakheter: del den bare med dem som skal ha den.
report-files-read = filer lest
report-municipalities-and-cooperations = kommuner og samarbeid
report-questionnaire-answers = spørreskjemasvar
report-machines = maskiner
report-files-rejected = filer avvist
report-notes = merknader
report-the-maturity-scores-rest-on-of = Modenhetsskårene bygger i snitt på { $value } % av de relevante spørsmålene; resten var «vet ikke», hoppet over eller ikke nådd.

## src/source.rs

source-a-folder = en mappe
source-a-fifo-named-pipe = en FIFO (navngitt rør)
source-a-socket = en socket
source-a-device = en enhet
source-is-not-a-regular-file-give = er { $kind }, ikke en vanlig fil; oppgi en fil
source-cannot-open = kan ikke åpne { $path }
source-the-file-is-larger-than-mib = filen er større enn { $mib } MiB, som er grensen for denne filtypen
source-the-file-is-saved-as-utf = filen er lagret som UTF-16; lagre den som UTF-8 og prøv igjen
source-the-file-is-not-a-text = filen er ikke en tekstfil (null-byte ved posisjon { $offset })
source-the-text-is-not-utf-8 = teksten er ikke UTF-8 (kanskje Latin-1 eller Windows-1252); lagre filen som UTF-8
source-the-file-is-empty = filen er tom

## src/stream/error.rs

error-tabs-cannot-be-used-for-indentation = tabulatortegn kan ikke brukes til innrykk; bruk mellomrom
error-invalid-yaml = ugyldig YAML: { $info }
error-the-document-ends-in-the-middle = dokumentet slutter midt i en verdi; er filen avkuttet?
error-expected-found = forventet { $want }, fant { $found }
error-is-not-allowed-here-expected = { $found } er ikke tillatt her; forventet { $want }
error-items-but-expected = { $len } elementer, men forventet { $want }
error-unknown-value-allowed-are = ukjent verdi «{ $variant }»; tillatt er { $allowed }
error-allowed-are = ; tillatt er { $allowed }
error-unknown-key = ukjent nøkkel `{ $field }`{ $hint }
error-the-key-is-missing = mangler nøkkelen `{ $field }`
error-the-key-appears-more-than-once = nøkkelen `{ $field }` står mer enn én gang
error-the-truth-value = sannhetsverdien `{ $b }`
error-the-whole-number = heltallet { $n }
error-the-decimal-number = desimaltallet { $n }
error-the-character = tegnet «{ $c }»
error-the-text = teksten «{ $s }»
error-an-empty-value = en tom verdi
error-a-list = en liste
error-a-map-keys-and-values = et kart (nøkler og verdier)
error-a-whole-number-from-0-up = et heltall fra 0 og oppover
error-a-whole-number-from-0-to = et heltall fra 0 til 4294967295
error-a-whole-number-from-0-to-2 = et heltall fra 0 til 65535
error-a-whole-number-from-0-to-3 = et heltall fra 0 til 255
error-a-whole-number = et heltall
error-a-number = et tall
error-a-text = en tekst
error-true-or-false = `true` eller `false`

## src/stream/mod.rs

stream-values-are-nested-deeper-than-levels = verdiene ligger dypere enn { $MAX_DEPTH } nivåer
stream-the-file-holds-more-than-one = filen har mer enn ett YAML-dokument (`---`); bare ett er tillatt
stream-yaml-tags-tag-are-not-allowed = YAML-tagger (`!tag`) er ikke tillatt
stream-yaml-aliases-name-are-not-allowed = YAML-aliaser (`*navn`) er ikke tillatt; skriv verdien ut der den brukes
stream-unexpected-yaml-structure = uventet YAML-struktur
stream-expected-a-word-naming-one-of = forventet et ord som navngir en av de tillatte verdiene

## src/survey/answers.rs

answers-is-not-a-question-of = `{ $id }` er ikke et spørsmål i `{ $qid }`{ $hint }
answers-the-question-does-not-ask-for = { $id }: spørsmålet spør ikke etter dokumentasjon (`evidence`)
answers-was-already-answered-on-line = `{ $id }` er besvart før, på linje { $line }
answers-invalid-csv = ugyldig CSV: { $err }
answers-expected-2-to-4-columns-question = forventet 2 til 4 kolonner (question_id,value[,comment[,evidence]]), fant { $n }
answers-is-split-in-two-fields-by = `{ $whole },{ $fraction }` er delt i to felt av kommaet; skriv tallet i anførselstegn ("{ $whole },{ $fraction }"), med punktum, eller bruk `;` som skilletegn
answers-expected-question-id-answer-on-each = forventet `spørsmåls-id: svar` på hver linje

## src/survey/fill.rs

fill-the-earlier-answers-do-not-fit = de tidligere svarene passer ikke til spørreskjemaet

## src/survey/result.rs

result-is-not-a-format-this-version = `{ $format }` er ikke et format denne versjonen av kartlegg kan lese (den leser { $FORMAT }); oppdater kartlegg
result-status-must-be-partial-or-complete = `status` må være `partial` eller `complete`
result-an-answer-cannot-be-a-map = et svar kan ikke være et kart
result-state-must-be-answered-unknown-not = `state` må være answered, unknown, not_applicable eller skipped
result-an-answered-question-must-have-a = et besvart spørsmål må ha `value`, og bare det

## src/survey/session.rs

session-is-not-a-question-of-the = `{ $id }` er ikke et spørsmål i spørreskjemaet
session-there-are-no-more-questions = det er ingen flere spørsmål

## src/survey/terminal/ask.rs

ask-don-t-know = vet ikke
ask-not-applicable = ikke relevant
ask-date-yyyy-mm-dd-or-never = Dato (ÅÅÅÅ-MM-DD eller «aldri»)
ask-date-yyyy-mm-dd = Dato (ÅÅÅÅ-MM-DD)
ask-level = Nivå ({ $list })
ask-number = Tall

## src/survey/terminal/choose.rs

choose-questions = spørsmål
choose-which-questionnaires-do-you-want-to = Hvilke spørreskjemaer vil du svare på? (mellomrom velger, Enter bekrefter)
choose-no-questionnaire-chosen = ingen spørreskjemaer valgt
choose-which-municipality-do-you-answer-for = Hvilken kommune svarer du for? (skriv for å søke)
choose-already-exists-overwrite-it = { $path } finnes allerede. Overskrive den?
choose-y-n = {"["}j/N]
choose-answer-y-yes-or-n-no = Svar j (ja) eller n (nei).
choose-could-not-save-the-answers = Kunne ikke lagre svarene: { $why }
choose-save-them-in-another-file-an = Lagre dem i en annen fil (tom linje gir opp)
choose-the-answers-were-not-saved = svarene ble ikke lagret: { $why }

## src/survey/terminal/evidence.rs

evidence-enter-skips = { $prompt } (Enter hopper over)

## src/survey/terminal/mod.rs

terminal-municipality-saved-in = Kommune: { $id } { $name } · Lagres i: { $file }
terminal-could-not-save-the-answers-are = Kunne ikke lagre ({ $err }). Svarene er tatt vare på i minnet; velg «Lagre og fortsett senere» (Esc) for å lagre dem et annet sted.
terminal-this-is-the-first-question = Dette er det første spørsmålet.
terminal-comment-an-empty-line-removes-it = Kommentar (tom linje fjerner den)
terminal-not-for-this-question = ({ $label } – ikke for dette spørsmålet)
terminal-what-do-you-want-to-do = Hva vil du gjøre?
terminal-does-not-apply-to-this-question = «{ $label }» gjelder ikke dette spørsmålet.
terminal-summary = Oppsummering
terminal-the-maturity-table-is-printed-when = Tabellen over modenhet skrives ut når du fullfører.
terminal-every-question-is-answered = Alle spørsmål er besvart.
terminal-skipped-answered-don-t-know-or = { $n } er hoppet over, besvart med «Vet ikke» eller markert som uklare:
terminal-finish-and-save = Fullfør og lagre
terminal-finish-or-choose-a-question-to = Fullfør, eller velg et spørsmål å gå tilbake til
terminal-back-to-the-question = Tilbake til spørsmålet
terminal-go-to-the-previous-question = Gå til forrige spørsmål
terminal-skip-the-question = Hopp over spørsmålet
terminal-write-a-comment = Skriv en kommentar
terminal-flag-unflag-as-unclear-question = Marker / fjern merket «uklart spørsmål»
terminal-show-help = Vis hjelp
terminal-save-and-continue-later = Lagre og fortsett senere

## src/survey/terminal/rank.rs

rank-place-of = Plass { $place } av { $pick }

## src/survey/terminal/show.rs

show-question-of = Spørsmål { $n } av { $total } · { $context }
show-question-of-up-to = Spørsmål { $n } av opptil { $total } · { $context }
show-comment = Kommentar: { $comment }
show-flagged-as-an-unclear-question = {"  "}⚑ Markert som uklart spørsmål
show-this-question-has-no-help-text = Dette spørsmålet har ingen hjelpetekst.
show-page-of-press-a-key-for = Side { $n } av { $pages } · trykk en tast for neste side
show-page-of-press-a-key-to = Side { $n } av { $pages } · trykk en tast for å svare
show-type-the-answer-and-press-enter = Skriv svaret og trykk Enter. Tom linje gir flere valg: tilbake, hopp over, kommentar, uklart, hjelp{ $value }.
show-space-ticks-enter-confirms-esc-gives = Mellomrom krysser av, Enter bekrefter. Esc gir flere valg: tilbake, hopp over, kommentar, uklart, hjelp.
show-choose-with-the-arrow-keys-and = Velg med piltastene og Enter. Esc gir flere valg; «Vis hjelp» viser hele nivåbeskrivelsene.
show-choose-with-the-arrow-keys-and-2 = Velg med piltastene og Enter. Esc gir flere valg: tilbake, hopp over, kommentar, uklart, hjelp.

## src/survey/terminal/summary.rs

summary-answered-don-t-know-not-applicable = Besvart: { $value } · Vet ikke: { $value2 } · Ikke relevant: { $value3 } · Hoppet over: { $value4 }
summary-area = Område
summary-maturity-0-5 = Modenhet 0–5
summary-overall = SAMLET

## src/usage.rs

usage-usage = Bruk
usage-commands = Kommandoer
usage-command = KOMMANDO
usage-examples = Eksempler:
usage-arguments = Argumenter
usage-options = Valg
usage-possible-values = {" "}[mulige verdier: { $list }]
usage-default = {" "}[standard: { $list }]
usage-a-similar-subcommand-exists = en underkommando med lignende navn finnes
usage-a-similar-option-exists = et valg med lignende navn finnes
usage-a-similar-value-exists = en verdi med lignende navn finnes
usage-tip = {"  "}tips: { $says }: { $value }
usage-tip-2 = {"  "}tips: { $tip }
usage-tip-pass-as-value = for å gi «{ $arg }» som verdi, skriv «{ $example }»
usage-tip-exists = «{ $name }» finnes
usage-tip-remove-double-dash = underkommandoen «{ $name }» finnes; fjern «--» foran den for å bruke den
usage-usage-2 =
    {""}

    Bruk: { $usage }
usage-for-more-information-try-help =
    {""}

    For mer informasjon, prøv «--help».
    {""}
usage-unrecognized-subcommand = ukjent underkommando { $what }
usage-unexpected-argument = uventet argument { $arg }
usage-needs-a-value-but-got-none = { $arg } trenger en verdi, men fikk ingen
usage-invalid-value-for = ugyldig verdi { $value } for { $arg }
usage-possible-values-2 =
    {""}
    {"  "}[mulige verdier: { $list }]
usage-this-is-required-but-missing = dette må oppgis, men mangler: { $arg }
usage-needs-a-subcommand = { $what } trenger en underkommando: { $valid }
usage-cannot-be-used-with = { $arg } kan ikke brukes sammen med { $prior }
usage-needs-its-value-after-an-equals = { $arg } må få verdien med likhetstegn: { $arg }=VERDI
usage-wrong-number-of-values-for = feil antall verdier for { $arg }
usage-the-argument-is-not-valid-utf = argumentet er ikke gyldig UTF-8
usage-invalid-command-line = ugyldig kommandolinje

## src/yaml/decode.rs

decode-expected-found = forventet { $what }, fant { $found }
decode-a-key = en nøkkel
decode-valid-keys = ; gyldige nøkler: { $list }
decode-unknown-key = ukjent nøkkel `{ $name }`{ $hint }
decode-the-key-appears-twice = nøkkelen `{ $name }` står to ganger
decode-the-key-is-missing = mangler nøkkelen `{ $key }`
decode-the-text-is-missing = mangler teksten på `{ $lang }`
decode-the-text-is-empty = teksten på `{ $lang }` er tom
decode-the-nn-nynorsk-text-is-missing = mangler teksten på `nn` (nynorsk); legg den til mellom `nb` og `en`

## src/yaml/mod.rs

yaml-an-empty-value = tom verdi
yaml-a-single-value = en enkeltverdi
yaml-values-are-nested-deeper-than-levels = verdiene er nøstet dypere enn { $MAX_DEPTH } nivåer
yaml-invalid-yaml = ugyldig YAML: { $value }
yaml-the-file-has-no-content = filen har ikke noe innhold

## src/form/export.rs

export-language = Språk

## src/fleet/measure.rs
measure-unknown = ukjent mål `{ $name }` for enhetseksportene (kjente mål: { $known }){ $hint }
measure-limit-out-of-range = grensen for `{ $name }` må være et tall fra 0 (til 100 for prosenter)

## src/dataset/tables/fleet.rs
fleet-table-sheet = Enhetseksporter
fleet-table-releases-sheet = Operativsystemer
fleet-table-export = eksport
fleet-table-export-about = Hvor eksporten kommer fra: intune, entra eller active-directory
fleet-table-devices-about = Antall enheter i eksporten
fleet-table-activity-first = aktivitet_fra
fleet-table-activity-first-about = Den tidligste siste innsjekkingen, påloggingen eller innloggingen (ÅÅÅÅ-MM-DD)
fleet-table-activity-last = aktivitet_til
fleet-table-activity-last-about = Den seneste aktiviteten i eksporten; inaktivitet regnes fra denne datoen
fleet-table-stale-30 = inaktive_30d
fleet-table-stale-30-about = Enheter uten aktivitet de siste 30 dagene før aktivitet_til (enheter uten dato regnes med)
fleet-table-stale-90 = inaktive_90d
fleet-table-stale-90-about = Enheter uten aktivitet de siste 90 dagene før aktivitet_til (enheter uten dato regnes med)
fleet-table-yes = ja
fleet-table-no = nei
fleet-table-unknown = ukjent
fleet-table-encrypted = kryptert
fleet-table-encrypted-about = Enheter med kryptert disk, uten, og der eksporten ikke sier det; tom når eksporten ikke har kolonnen
fleet-table-compliant = i_samsvar
fleet-table-compliant-about = Enheter som oppfyller kravene i enhetsstyringen, som ikke gjør det, og ukjent; tom når eksporten ikke har kolonnen
fleet-table-managed = styrt
fleet-table-managed-about = Enheter som er sentralt styrt, som ikke er det, og ukjent; tom når eksporten ikke har kolonnen
fleet-table-enabled = aktivert
fleet-table-enabled-about = Datamaskinkontoer i Active Directory som er aktivert, deaktivert og ukjent; tom for andre eksporter
fleet-table-entra-joined = entra_tilknyttet
fleet-table-hybrid-joined = hybrid_tilknyttet
fleet-table-registered = registrert
fleet-table-other-join = annen_tilknytning
fleet-table-join-about = Enheter etter hvordan de er knyttet til Entra ID; tom når eksporten ikke sier det
fleet-table-corporate = eid_av_kommunen
fleet-table-personal = privat_eid
fleet-table-ownership-about = Enheter etter eierskap (Intune); tom når eksporten ikke sier det
fleet-table-past-support = uten_stotte
fleet-table-past-support-about = Enheter med operativsystem som har passert slutten på sikkerhetsstøtten
fleet-table-unknown-support = stotte_ukjent
fleet-table-unknown-support-about = Enheter med en utgave kartlegg ikke kjenner slutten på støtten for
fleet-table-unencrypted-percent = ukryptert_prosent
fleet-table-noncompliant-percent = ikke_i_samsvar_prosent
fleet-table-unsupported-percent = uten_stotte_prosent
fleet-table-percent-about = Prosent av enhetene der tilstanden er kjent (en desimal); tom når eksporten ikke sier det
fleet-table-created = laget
fleet-table-created-about = Når flåtefila ble laget
fleet-table-platform = plattform
fleet-table-platform-about = windows, windows-server, macos, ios, android, linux eller other
fleet-table-os-version-about = Versjon uten det som skiller enheter fra hverandre (uten revisjon eller patchnivå)
fleet-table-past-support-flag = forbi_stotte
fleet-table-past-support-flag-about = true når utgaven har passert slutten på sikkerhetsstøtten, false når ikke, unknown når datoen er ukjent
fleet-table-devices = enheter
