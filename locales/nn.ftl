### Meldingane til kartlegg på nynorsk.
###
### Each message is `key = text`; a `{ $name }` is filled in by the program and
### must stay as it is. The same keys, with the same placeholders, are in
### nb.ftl, nn.ftl and en.ftl; the tests fail on any gap. See README.md here.

## NSM's categories and principles (src/nsm.rs), keyed by their numbers

category-1 = Identifisere og kartleggje
category-2 = Beskytte og oppretthalde
category-3 = Oppdage
category-4 = Handtere og gjenopprette
principle-1-1 = Kartlegg styringsstrukturar, leveransar og understøttande system
principle-1-2 = Kartlegg einingar og programvare
principle-1-3 = Kartlegg brukarar og behov for tilgang
principle-2-1 = Ta vare på tryggleiken i anskaffings- og utviklingsprosessar
principle-2-2 = Etabler ein sikker IKT-arkitektur
principle-2-3 = Ta vare på ein sikker konfigurasjon
principle-2-4 = Beskytt nettverket til verksemda
principle-2-5 = Kontroller dataflyt
principle-2-6 = Ha kontroll på identitetar og tilgangar
principle-2-7 = Beskytt data i ro og i transitt
principle-2-8 = Beskytt e-post og nettlesar
principle-2-9 = Etabler evne til å gjenopprette data
principle-2-10 = Integrer tryggleik i prosessen for endringshandtering
principle-3-1 = Oppdag og fjern kjende sårbarheiter og truslar
principle-3-2 = Etabler tryggleiksovervaking
principle-3-3 = Analyser data frå tryggleiksovervakinga
principle-3-4 = Gjennomfør inntrengingstestar
principle-4-1 = Førebu verksemda på handtering av hendingar
principle-4-2 = Vurder og klassifiser hendingar
principle-4-3 = Kontroller og handter hendingar
principle-4-4 = Evaluer og lær av hendingar

## Counts (plural forms)

count-more-problems =
    { $n ->
        [one] { $n } problem
       *[other] { $n } problem
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
       *[other] { $n } problem
    }
count-questions-have =
    { $n ->
        [one] { $n } spørsmål
       *[other] { $n } spørsmål
    }
count-municipalities =
    { $n ->
        [one] { $n } kommune
       *[other] { $n } kommunar
    }
count-fleet-files =
    { $n ->
        [one] { $n } einingsoversikt
       *[other] { $n } einingsoversikter
    }
count-machines =
    { $n ->
        [one] { $n } maskin
       *[other] { $n } maskinar
    }
count-answers =
    { $n ->
        [one] { $n } svar
       *[other] { $n } svar
    }

## Help texts of the command line (keyed by the English text)

help-map-the-it-structure-1df0d0 = Kartlegg IT-strukturen og modenheita i informasjonstryggleik i kommunar
help-map-the-it-structure-748b33 =
    Kartlegg IT-strukturen og modenheita i informasjonstryggleik i kommunar.

    kartlegg stiller tilsette på staden spørjeskjema bygde på NSMs grunnprinsipp for IKT-tryggleik, registrerer kva ein maskin viser om tryggleiken sin, og gjer resultatfiler frå mange kommunar om til eitt samanliknbart datasett.
help-language-of-prompts-messages-dec803 = Språk i spørsmål, meldingar og eksporterte overskrifter (som standard målforma til kommunen som er gitt med -k, elles nb)
help-when-to-use-colour-a1a8e0 = Når utskrifta skal ha fargar
help-print-only-results-and-447437 = Skriv berre resultat og feil
help-print-more-detail-repeat-74ead4 = Skriv fleire detaljar (gjenta for endå fleire)
help-yaml-file-with-extra-a8a892 = YAML-fil med fleire kommunar og IT-samarbeid (sjå docs/formats.md)
help-print-help-see-more-0a4f05 = Vis hjelp (meir med «--help»)
help-print-help-see-a-d04996 = Vis hjelp (eit samandrag med «-h»)
help-print-help-63ca5e = Vis hjelp
help-print-version-070bbb = Vis versjon
help-list-show-and-validate-79e83c = List opp, vis og kontroller spørjeskjema
help-list-the-built-in-d108c0 = List opp dei innebygde spørjeskjemaa med versjon og hash
help-show-a-questionnaire-built-138787 = Vis eit spørjeskjema (innebygd id eller YAML-fil) med alle spørsmåla
help-built-in-questionnaire-id-1afd86 = Id for eit innebygd spørjeskjema (sjå `list`) eller sti til ei spørjeskjemafil
help-check-questionnaire-or-service-1dfb1e = Kontroller spørjeskjema- eller tenestekatalogfiler og meld kvart problem som fil:linje:kolonne
help-check-questionnaire-or-service-e1c809 =
    Kontroller spørjeskjema- eller tenestekatalogfiler og meld kvart problem som fil:linje:kolonne

    Avslutningskode: 0 når alle filene er gyldige, 3 når det vart funne problem, 1 når ei fil ikkje kunne lesast.
help-questionnaire-or-service-catalogue-120f87 = Spørjeskjema- eller tenestekatalogfiler som skal kontrollerast
help-an-earlier-version-of-20411e = Ein tidlegare versjon av spørjeskjemaet som `changes:` skal kontrollerast mot (utan dette valet blir innebygde spørjeskjema kontrollerte mot dei utgitte versjonane sine)
help-show-what-changed-between-cbedc3 = Vis kva som er endra mellom to versjonar av eit spørjeskjema, til ein endringslogg
help-the-earlier-version-a-2ea2ed = Den tidlegare versjonen: ei fil, `ID@VERSJON` (ein utgitt innebygd versjon) eller ein innebygd ID
help-the-later-version-given-7111a4 = Den seinare versjonen, oppgitt på same måtar
help-output-format-a529df = Utdataformat
help-write-a-questionnaire-as-1d8bc4 = Skriv eit spørjeskjema som eit utfyllbart Excel-skjema; les det inn att med `kartlegg import`
help-the-workbook-to-write-72fc1d = Arbeidsboka som skal skrivast
help-overwrite-an-existing-file-cc1cf9 = Skriv over ei fil som finst
help-print-this-message-or-7623c8 = Vis denne meldinga eller hjelpa til dei oppgitte underkommandoane
help-print-help-for-the-86ba37 = Vis hjelp for underkommandoane
help-answer-questionnaires-for-a-d811d8 = Svar på spørjeskjema for ein kommune, lagra etter kvart svar
help-questionnaires-to-answer-built-ddb5a4 = Spørjeskjema å svare på: innebygde id-ar (sjå `questionnaire list`) eller filer; blir spurt etter når dei manglar
help-the-municipality-number-or-badecd = Kommunen (nummer eller namn) eller IT-samarbeidet det blir svart for; blir spurt etter når det ikkje er oppgitt
help-result-file-default-kartlegg-96ce03 = Resultatfil [standard: kartlegg-svar-<kommunenr>-<spørjeskjema>-<dato>.yaml]
help-continue-a-partly-answered-3b7440 = Hald fram med ei delvis utfylt resultatfil
help-answers-prepared-in-a-3d0e75 = Svar førebudde i ei YAML- eller CSV-fil (question_id,value[,comment]); utan terminal er dei svara, med terminal blir dei viste som forslag
help-the-respondent-s-role-958f1b = Rolla til respondenten, til dømes «IT-leiar» (blir lagra i fila)
help-the-respondent-s-name-dac48b = Namnet til respondenten; blir utelate frå fila om det ikkje er oppgitt
help-the-answers-were-agreed-114185 = Svara vart avtalte i eit felles møte med fleire respondentar; dei gjeld for kommunen
help-overwrite-an-existing-result-fb017a = Skriv over ei resultatfil som finst, utan å spørje
help-encrypt-the-result-file-0598a1 = Krypter resultatfila (til FIL.age) for denne offentlege age-nøkkelen, eller for kvar nøkkel i ei fil; kan gjentakast
help-secret-key-file-from-fe90e7 = Fil med hemmeleg nøkkel (frå `kartlegg keygen`) for å lese krypterte .age-resultatfiler
help-read-a-questionnaire-form-7f2f39 = Les eit spørjeskjema som er fylt ut i Excel (frå `questionnaire export`), inn i ei resultatfil
help-the-filled-form-xlsx-87c19d = Det utfylte skjemaet (.xlsx frå `kartlegg questionnaire export`)
help-the-municipality-number-or-339a4e = Kommunen (nummer eller namn) det blir svart for; som standard den som står på skjemaet
help-the-questionnaire-file-the-145ec3 = Spørjeskjemafila skjemaet vart laga frå, når ho ikkje er innebygd (til dømes ein eldre versjon)
help-overwrite-an-existing-result-1dd51b = Skriv over ei resultatfil som finst
help-record-this-machine-s-c029f0 = Registrer systema og tryggleiksindikatorane på denne maskinen (berre lesing, krev ikkje administratorrettar)
help-the-municipality-number-or-f4c5de = Kommunen (nummer eller namn) maskinen høyrer til
help-result-file-default-kartlegg-205880 = Resultatfil [standard: kartlegg-inventar-<kommunenr>-<maskin-id>-<dato>.yaml]
help-file-format-1ad691 = Filformat
help-how-much-that-identifies-5f8634 = Kor mykje som identifiserer maskinen, som blir teke vare på: `full` tek med maskinnamn, adresser, monteringsstiar og programnamn
help-count-devices-from-intune-167ccc = Tel einingane i eksportar frå Intune, Entra ID og Active Directory: berre tal, aldri namn
help-device-exports-csv-intune-0472ba = Eksportar av einingar (CSV): «Alle einingar» frå Intune, «Last ned einingar» frå Entra ID, eller datamaskinar i Active Directory frå Get-ADComputer
help-the-municipality-number-or-41398b = Kommunen (nummer eller namn) einingane høyrer til
help-result-file-default-kartlegg-f33a5a = Resultatfil [standard: kartlegg-flate-<kommunenr>-<dato>.yaml]
help-leave-out-the-list-9dc515 = Utelat lista over installert programvare
help-longest-time-any-single-abca00 = Lengste tid éi einskild kjelde kan bruke, i sekund
help-merge-result-files-from-b62389 = Slå saman resultatfiler frå mange stader til eitt datasett (CSV og XLSX)
help-result-files-or-folders-cadb21 = Resultatfiler, eller mapper å leite etter dei i (.yaml, .yml, .json, og .age når dei er krypterte)
help-questionnaire-files-besides-the-248787 = Spørjeskjemafiler i tillegg til dei innebygde (til dømes eldre versjonar)
help-service-catalogue-to-rank-78abf3 = Tenestekatalog som skal rangerast i staden for den innebygde
help-weights-and-limits-of-633885 = Vekter og grenser for rangeringa (sjå config/vekter.yaml)
help-thresholds-and-checks-of-c978da = Tersklar og kontrollar for metodevurderinga (sjå config/pilot.yaml)
help-how-several-respondents-answers-6b640a = Korleis svara frå fleire respondentar blir til svara for kommunen (eit resultat som er avtalt i eit felles møte, --consensus, gjeld alltid for kommunen)
help-seed-of-the-resampling-e7da67 = Frø for omtrekkinga som måler kor stabil rangeringa er
help-folder-for-the-dataset-553e7b = Mappe for datasettet
help-write-nothing-if-any-802c7f = Skriv ingenting om noko av inndataa blir avvist
help-read-every-file-again-7576a7 = Les alle filene på nytt, utan å bruke eller oppdatere mellomlageret over filer som er lesne før
help-csv-flavour-excel-nb-c687d3 = CSV-variant: `excel-nb` er UTF-8 med BOM, `;` og desimalkomma
help-write-only-kartlegging-xlsx-4754f8 = Skriv berre kartlegging.xlsx
help-write-only-the-csv-bd8a0f = Skriv berre CSV-filene
help-replace-the-dataset-files-d7260a = Erstatt datasettfilene i ei utdatamappe som finst
help-the-mapping-round-the-34bdf4 = Kartleggingsrunden datasettet høyrer til, til dømes `2026-pilot` (standard: året til den nyaste fila)
help-rank-the-service-catalogue-9e6810 = Ranger tenestekatalogen etter behova til kommunane, med grunngivingar og stabilitet
help-size-of-the-catalogue-f06e48 = Storleiken på katalogen som blir vald (overstyrer `top` i vektene)
help-weight-municipalities-by-size-77852a = Vekt kommunane etter storleik i gjennomsnittleg behov (overstyrer `weight_by`)
help-also-write-the-ranking-d4f4f7 = Skriv også rangeringa som CSV til denne fila
help-replace-an-existing-output-9a9658 = Erstatt ei utdatafil som finst
help-judge-how-well-the-1cb6ef = Vurder kor godt spørjeskjemaa fungerte i piloten, og kva spørsmål som bør reviderast
help-folder-for-metode-csv-f1345d = Mappe for metode.csv (kvart spørsmål) og tidsbruk.csv (tid per spørjeskjema)
help-replace-existing-files-in-472261 = Erstatt filer som finst i utdatamappa
help-write-one-self-contained-72a304 = Skriv éin sjølvstendig HTML-rapport med diagram (blir skriven ut på A4)
help-the-html-file-to-71836c = HTML-fila som skal skrivast
help-compare-this-municipality-number-c98a92 = Samanlikn denne kommunen (nummer eller namn) med dei andre
help-name-the-other-municipalities-fd82a4 = Vis namna på dei andre kommunane i staden for å vise dei anonymt
help-replace-an-existing-report-35a172 = Erstatt ein rapport som finst
help-an-earlier-round-a-82da97 = Ein tidlegare runde (ei datasettmappe frå `merge`, eller resultatfiler) som endringa skal visast sidan
help-the-name-of-this-971f91 = Namnet på denne runden ved sida av namnet på utgangspunktet (standard: året til den nyaste fila)
help-compare-two-rounds-of-26c421 = Samanlikn to kartleggingsrundar: endringa per kommune, NSM-kategori og prinsipp
help-the-earlier-round-a-086a9c = Den tidlegare runden: ei datasettmappe frå `merge`, eller resultatfiler eller mapper med dei
help-the-new-round-given-f5bd57 = Den nye runden, oppgitt på same måtar
help-folder-for-endring-csv-23abbc = Mappe for endring.csv og endring.xlsx
help-replace-endring-csv-and-94a764 = Erstatt endring.csv og endring.xlsx i utdatamappa
help-how-several-respondents-answers-0c380a = Korleis svara frå fleire respondentar blir til svara for kommunen
help-list-and-search-the-104ead = List opp og søk i kommuneregisteret
help-show-only-entries-whose-670d03 = Vis berre oppføringar der namnet inneheld TEKST eller nummeret byrjar med TEKST
help-make-an-age-key-a0fa2b = Lag eit age-nøkkelpar for prosjektgruppa: stadene krypterer til den offentlege nøkkelen
help-the-secret-key-file-17dff6 = Fila med hemmeleg nøkkel som skal skrivast
help-replace-an-existing-key-123daa = Erstatt ei nøkkelfil som finst (filer som er krypterte til den gamle nøkkelen, kan då ikkje lesast lenger)
help-print-a-shell-completion-fbf2e8 = Skriv eit fullføringsskript for skalet
help-the-shell-to-complete-d620ab = Skalet det skal fullførast for
help-print-the-manual-page-576218 = Skriv manualsida (roff) til standard ut
help-show-only-municipalities-with-34914a = Vis berre kommunar med denne offisielle målforma
help-show-only-the-municipalities-0c0436 = Vis berre kommunane i eitt fylke, etter nummer eller namn (46, Trøndelag)
help-show-all-of-norway-616017 = Vis alle kommunane i Noreg, ikkje berre dei i Vestland

## src/analysis/pilot.rs

pilot-the-respondents-disagree-alpha-over = respondentane er usamde: alfa { $alpha } (< { $limit }) over { $n }
pilot-don-t-know = «veit ikkje»
pilot-not-applicable = «ikkje relevant»
pilot-skipped = hoppa over
pilot-marked-unclear = merkt som uklart
pilot-commented-on = kommentert
pilot-median-answer-time-s-s = median svartid { $m } s (> { $limit } s)
pilot-answer-alike-the-question-tells-little = { $c } svarer likt (≥ { $limit }); spørsmålet skil lite
pilot-contradictions-in = motseiing i { $k }: { $list }

## src/analysis/ranking.rs

ranking-of-municipalities-have-maturity-on = { $k } av { $of } kommunar har modenheit ≤ { $low } på { $p }
ranking-no-municipality-has-maturity-on = ingen kommune har modenheit ≤ { $low } på { $ps }
ranking-applies-to = «{ $reason }» gjeld { $k }
ranking-no-data-on-the-need-for = Ingen data om behovet for denne tenesta
ranking-overlap = Overlapp: { $value }
ranking-of-state-a-large-or-critical = { $big } av { $of } oppgir stort eller kritisk behov
ranking-do-it-themselves = , { $own } gjer det sjølv
ranking-already-buy-it = , { $bought } kjøper det allereie
ranking-of-rank-it-among-the-most = { $among } av { $of } rangerer tenesta blant dei viktigaste ({ $top } først)

## src/analysis/settings.rs

settings-is-outside = { $x } er utanfor { $lo }–{ $hi }
settings-is-not-a-whole-number = { $x } er ikkje eit heilt tal
settings-at-least-one-of-the-weights = minst éi av vektene må vere over 0
settings-is-unknown-use-none-innbyggere-or = `{ $other }` er ukjend; bruk none, innbyggere eller ansatte
settings-top-must-be-at-least-1 = `top` må vere minst 1
settings-min-named-is-too-low-with = min_named { $min_named } er for lågt: med færre enn { $floor } andre kommunar kan lesaren rekne ut kven dei er; oppgi { $floor } eller meir
settings-claims-does-not-name-the-question = `claims` nemner ikkje spørsmålet `{ $question }`

## src/catalogue.rs

catalogue-the-department-is-already-defined-on = avdelinga `{ $id }` er definert før, på linje { $line }
catalogue-the-service-is-already-defined-on = tenesta `{ $id }` er definert før, på linje { $line }
catalogue-the-catalogue-has-no-services = katalogen har ingen tenester
catalogue-the-list-of-principles-is-empty = lista over prinsipp er tom
catalogue-the-department-does-not-exist-defined = avdelinga `{ $department }` finst ikkje (definerte: { $known })
catalogue-the-question-of-lacks-the-option = spørsmålet `{ $RANK_QUESTION }` i `{ $NEEDS_QUESTIONNAIRE }` manglar valet `{ $id }` for tenesta
catalogue-the-questionnaire-lacks-the-question-for = spørjeskjemaet `{ $NEEDS_QUESTIONNAIRE }` manglar spørsmålet `{ $wanted }` for tenesta `{ $id }`
catalogue-is-not-a-built-in-questionnaire = `{ $questionnaire }` er ikkje eit innebygd spørjeskjema ({ $known })
catalogue-did-you-mean = ; meinte du `{ $near }`?
catalogue-unknown-inventory-indicator = ukjend inventarindikator `{ $indicator }`{ $hint }

## src/cmd/catalogue.rs

catalogue-rank = Rang
catalogue-service = Teneste
catalogue-need = Behov
catalogue-high-need = Høgt behov
catalogue-in-top = I topp { $top }
catalogue-rank-90 = Rang 90 %
catalogue-don-t-know = Veit ikkje
catalogue-why = Kvifor
catalogue-need-0-100-from-in-top = Behov 0–100 frå { $sites }. «I topp { $top }» og rangintervallet kjem frå { $resamples } bootstrap-utval (--seed { $seed }).
catalogue-the-top-is-stable-at-least = Topp { $top } er stabil (minst { $level } samsvar) frå { $k } kommunar; { $n } er kartlagde.
catalogue-the-top-becomes-stable-at-least = Topp { $top } blir stabil (minst { $level } samsvar) ved om lag { $k } kommunar (anslag); berre { $n } er kartlagde, så kartlegg fleire før valet.
catalogue-the-top-is-not-stable-at = Topp { $top } er ikkje stabil (minst { $level } samsvar) med dataa som finst; kartlegg fleire kommunar.

## src/cmd/compare.rs

compare-old = { $name } (førre)
compare-new = { $name } (ny)
compare-the-changes-are-written-to-endring = Endringane er skrivne til endring.csv og endring.xlsx i { $dir }.
compare-generated = Laga
compare-tool = Verktøy
compare-earlier-round = Førre runde
compare-from = Frå
compare-new-round = Ny runde
compare-municipalities-only-in-the-new-round = Kommunar berre i den nye runden
compare-municipalities-only-in-the-earlier-round = Kommunar berre i den førre runden
compare-low-coverage-below = Låg dekning: under
compare-migrated-share-carried-over-above = Migrert: del ført over, over
compare-overall-maturity-from-to-scored-in = Samla modenheit frå { $old } til { $new } ({ $n } med skår i begge):
compare-largest-rise = Størst auke
compare-largest-fall = Størst nedgang
compare-none = ingen

## src/cmd/fleet.rs

fleet-saved-in = Einingstala for { $kommune } er lagra i { $path }.
fleet-export = Eksport
fleet-devices = Einingar
fleet-activity = Aktivitet (første – siste)
fleet-stale = Inaktive > 30 / > 90 dagar
fleet-encrypted = Kryptert
fleet-compliant = I samsvar
fleet-past-end-of-support = Utan støtte
fleet-past-and-unknown = { $past } (ukjend: { $unknown })

## src/cmd/import.rs

import-in-the-form-nothing-was-written = { $n } i skjemaet; ingenting vart skrive. Rett det som står over, og importer på nytt.
import-does-not-exist = { $file } finst ikkje
import-not-used-because-the-questions-do = Ikkje brukt, fordi spørsmåla ikkje gjeld etter dei andre svara: { $ids }
import-complete = fullført
import-partial-no-answer = delvis: { $open } manglar svar
import-answers-imported-into = { $n } svar importert til { $out } ({ $state }).
import-the-form-was-made-from-version = skjemaet er laga frå `{ $id }` versjon { $version }, men denne kartlegg har versjon { $here } (eller ei endra utgåve); oppgi spørjeskjemafila for versjon { $version } med --questionnaire FILE
import-the-form-was-made-from-the = skjemaet er laga frå spørjeskjemaet `{ $id }` versjon { $version }, som ikkje er innebygd; oppgi fila med --questionnaire FILE
import-is-a-folder-import-reads-one = { $dir } er ei mappe; import les eitt utfylt Excel-skjema (.xlsx). Oppgi fila, til dømes `kartlegg import { $example }`.
import-the-form-does-not-say-which = skjemaet seier ikkje kva kommune svara gjeld; oppgi kommunen med -k NR|NAVN

## src/cmd/input.rs

input-does-not-exist-give-files-or = { $path } finst ikkje; oppgi filer eller mapper med resultatfiler
input-reading-files = les filer
input-found-no-result-files-in-give = fann ingen resultatfiler i { $dir }. Oppgi filene eller mappa med det som kom inn frå `kartlegg survey`, `inventory`, `fleet` og `import`: filer som sluttar på .yaml, .yml, .json eller .age (krypterte), som kartlegg-svar-4627-modenhet-2026-11-28.yaml; det blir også leita i undermapper.
input-round-a-round-needs-a-name = --round: ein runde treng eit namn på éi linje, som 2026 eller 2026-pilot
input-rejected-and-left-out-kartlegg-merge = Avviste { $files }, som difor ikkje er med; `kartlegg merge` listar alle merknader i avvik.csv.

## src/cmd/inventory.rs

inventory-reading = les { $step } …
inventory-saved-in = Lagra i { $path }.
inventory-what = Kva
inventory-value = Verdi
inventory-evidence = Kjelde
inventory-sources-could-not-be-read-see = { $n } kjelder kunne ikkje lesast (sjå `unreadable` i fila). Tid: { $seconds } s.
inventory-host-hash = Vert (hash)
inventory-operating-system = Operativsystem
inventory-hardware = Maskinvare
inventory-virtualisation = Virtualisering
inventory-disks = Diskar
inventory-listening-ports = Lyttande portar
inventory-towards-the-network = { $exposed } mot nettverket
inventory-software = Programvare
inventory-yes = ja
inventory-no = nei
inventory-unknown = ukjend

## src/cmd/keygen.rs

keygen-the-secret-key-is-in-readable = Den hemmelege nøkkelen er i { $file } (berre lesbar for deg); ta tryggingskopi av han, og del han aldri. Gi den offentlege nøkkelen over til kommunane: kartlegg survey … --encrypt-to { $public }. Les filene med --identity { $file }.

## src/cmd/kommuner.rs

kommuner-number-id = Nummer / id
kommuner-name = Namn
kommuner-language-form = Målform
kommuner-members = Medlemer
kommuner-in-all = { $n } i alt
kommuner-county = Fylke
kommuner-default-scope = Viser { $n }: Vestland, som er standardutvalet. `--alle` viser alle { $total }, `--fylke NAMN` eitt fylke, `--search TEKST` søkjer i alle.
kommuner-no-county = `{ $text }` er ikkje eit fylke; skriv nummeret eller namnet på eitt av desse: { $list }

## src/cmd/merge.rs

merge-round-the-year-of-the-newest = Runde: { $round } (året for den nyaste fila; vel med --round)
merge-rejected-with-strict-nothing-is-written = Avviste { $files }; med --strict blir ingenting skrive.
merge-read-questionnaire-answers-and-used-rejected = Las { $files }: brukte { $surveys } spørjeskjemasvar, { $machines } og { $fleets }, avviste { $rejected }, { $warnings } å sjå på (avvik.csv). Datasettet er i { $dir }.
merge-the-workbook = Arbeidsboka: { $workbook }
merge-already-holds-a-dataset-choose-another = { $dir } har allereie eit datasett; vel ei anna mappe eller skriv over med --force
merge-writing-the-dataset = skriv datasettet …

## src/cmd/pilot.rs

pilot-estimate-the-sum-of-every-question = Anslag: summen av mediantida for kvart spørsmål. Alfa: Krippendorffs alfa mellom respondentar i same kommune; under 0,667 med nok data blir flagga. Grensene står i config/pilot.yaml (endre med --pilot-config).
pilot-no-question-is-flagged-for-revision = Ingen spørsmål er flagga for revisjon ({ $value } spørsmål vurderte).
pilot-questionnaire = Skjema
pilot-question = Spørsmål
pilot-files = Svarfiler
pilot-why-revise = Kvifor revidere
pilot-of-questions-should-be-revised = { $k } av { $n } spørsmål bør reviderast.
pilot-metric = Mål
pilot-alpha = Alfa
pilot-values = Verdiar
pilot-municipalities = Kommunar
pilot-within-one-level = Innan eitt nivå
pilot-agreement-between-respondents-of-the-same = Samsvar mellom respondentar i same kommune:
pilot-files-2 = Filer
pilot-finished = Ferdige
pilot-median-min = Median min
pilot-90-min = 90 % min
pilot-estimate-min = Anslag min

## src/cmd/questionnaire.rs

questionnaire-and-are-different-questionnaires-diff-compares = `{ $a }` og `{ $b }` er ulike spørjeskjema; `diff` samanliknar to versjonar av det same
questionnaire-form-with-questions-written-to-fill = Skjema med { $n } spørsmål skrive til { $file }. Fyll ut arket «Svar», og les det inn med `kartlegg import { $file }`.
questionnaire-version = Versjon
questionnaire-title = Tittel
questionnaire-questions = Spørsmål
questionnaire-cannot-show-see-every-problem-with = kan ikkje vise `{ $arg }` (sjå alle problema med `kartlegg questionnaire validate { $arg }`)
questionnaire-services = { $id } { $version }, { $n } tenester
questionnaire-questions-sha256 = { $id } { $version }, { $n } spørsmål, sha256 { $hash }
questionnaire-error = feil
questionnaire-files-checked-valid-with-problems-in = filer sjekka: { $checked } · gyldige: { $valid } · med problem: { $broken } ({ $problems } i alt) · kunne ikkje lesast: { $unreadable }

## src/cmd/report.rs

report-earlier = { $name } (førre)
report-the-report-is-written-to = Rapporten er skriven til { $path }.

## src/cmd/survey.rs

survey-interrupted-the-answers-so-far-are =
    Avbrote. Svara så langt er lagra i { $path }. Hald fram med:
    {"  "}{ $resume }
survey-interrupted-before-any-answer-was-given = Avbrote før noko svar vart gitt.
survey-identity-secret-key-encrypt-to-public = {" "}--identity HEMMELEG-NØKKEL --encrypt-to OFFENTLEG-NØKKEL
survey-standard-input-is-not-a-terminal = standard input er ikkje ein terminal, så kartlegg kan ikkje stille spørsmål; gi svara i ei fil med --answers FILE (YAML eller CSV)
survey-answers-applies-to-one-questionnaire-at = --answers gjeld eitt spørjeskjema om gongen
survey-is-encrypted-give-encrypt-to-again = { $path } er kryptert; oppgi --encrypt-to igjen, så svara framleis er krypterte
survey-was-answered-with-the-questionnaire-which = { $file } er fylt ut med spørjeskjemaet `{ $id }`, som ikkje er innebygd; oppgi fila: kartlegg survey --resume { $file } SPØRJESKJEMA.yaml
survey-resume-continues-one-questionnaire = --resume held fram med eitt spørjeskjema
survey-the-file-was-answered-with-the = fila vart fylt ut med spørjeskjemaet `{ $id }` versjon { $version } (sha256 { $hash }…), men her finst `{ $here_id }` versjon { $here_version } (sha256 { $here_hash }…); oppgi spørjeskjemafila for versjon { $version }
survey-name-the-questionnaire-as-an-argument = oppgi spørjeskjemaet som argument, til dømes `kartlegg survey modenhet`
survey-output-can-only-be-used-with = --output kan berre brukast med eitt spørjeskjema
survey-name-the-municipality-with-k-nr = oppgi kommunen med -k NR|NAVN
survey-already-exists-continue-it-with-kartlegg = { $path } finst allereie. Hald fram i fila med `kartlegg survey --resume { $path }`, vel ei anna fil med -o, eller skriv over med --force
survey-the-answers-in-do-not-fit = svara i { $output } passar ikkje til spørjeskjemaet
survey-without-a-terminal-the-answers-are = utan terminal trengst svara i ei fil: --answers FILE
survey-in-the-answers-file-nothing-was = { $n } i svarfila; ingenting vart lagra. Rett det som står over, og prøv igjen.
survey-done-the-answers-for-are-saved = Ferdig. Svara for { $id } { $name } er lagra i { $path }.
survey-saved-in-continue-later-with = Lagra i { $path }. Hald fram seinare med: { $resume }
survey-not-used-because-the-questions-are = Ikkje brukt, fordi spørsmåla ikkje blir viste med desse svara: { $ids }
survey-saved-in-complete = Lagra i { $path } (fullført).
survey-saved-in-partial-no-answer = Lagra i { $path } (delvis: { $open } manglar svar).

## src/collect/place.rs

place-the-questionnaire-is-unknown-give-it = spørjeskjemaet `{ $id }` er ukjent; oppgi det med --questionnaire FILE
place-the-sha256-does-not-match-version = sha256 stemmer ikkje med versjon { $version } av spørjeskjemaet; fila kan vere laga med eit endra skjema
place-answered-with-version-which-this-kartlegg = fylt ut med versjon { $version }, som denne kartlegg ikkje kjenner; slått saman med versjon { $here } etter spørsmåls-id
place-not-carried-to-the-newest-version = { $n } kunne ikkje førast over til nyaste versjon ({ $ids }): { $why }
place-the-answer-is-left-out = { $at }{ $id }: { $why }; svaret er ikkje teke med
place-answers-to-questions-the-version-does = svar på spørsmål som versjonen ikkje har, er ikkje tekne med: { $ids }
place-the-scores-of-principle-rest-mostly = skårane for prinsipp { $list } byggjer mest på svar førte over frå ein eldre versjon

## src/collect/read.rs

read-not-a-regular-file = ikkje ei vanleg fil
read-the-link-points-back-to-a = lenkja peikar tilbake til { $ancestor } (ei sløyfe); ho vart ikkje følgd
read-the-link-points-to-nothing-that = lenkja peikar på noko som ikkje finst
read-the-format-is-unknown-to-this = formatet `{ $f }` er ukjent for denne versjonen av kartlegg; oppdater kartlegg
read-not-a-kartlegg-result-file-no = ikkje ei resultatfil frå kartlegg (manglar `format:`)
read-the-questionnaire-is-not-finished-status = spørjeskjemaet er ikkje ferdig utfylt (status: partial)
read-the-file-holds-host-name-and = fila har vertsnamn og adresser (--privacy full); handter ho med ekstra varsemd
read-same-municipality-questionnaire-and-respondent-as = same kommune, spørjeskjema og respondent som { $kept }, som er nyare eller meir komplett og vart brukt
read-the-same-machine-as-which-is = same maskin som { $kept }, som er nyare og vart brukt
read-an-older-fleet-file-than = eldre einingstal for same kommune enn { $kept }, som vart brukt; køyr `kartlegg fleet` med alle eksportane på éin gong, så gjeld den nyaste fila

## src/crypt.rs

crypt-is-neither-an-age-public-key = «{ $arg }» er verken ein offentleg age-nøkkel (age1…) eller ei fil som kan lesast: { $e }
crypt-holds-no-age-public-keys = { $arg } har ingen offentlege age-nøklar
crypt-this-is-a-secret-key-not = { $place }dette er ein hemmeleg nøkkel, ikkje ein offentleg; bruk den offentlege nøkkelen (age1…) som `kartlegg keygen` skreiv ut, og hald den hemmelege for deg sjølv
crypt-it-does-not-start-with-age1 = nøkkelen byrjar ikkje med age1
crypt-it-has-characters-but-an-age = nøkkelen har { $length } teikn, men ein offentleg age-nøkkel har { $PUBLIC_KEY_CHARS }
crypt-it-holds-a-character-that-cannot = nøkkelen har eit teikn som ikkje kan stå i ein nøkkel, eller ein skrivefeil (kontrollsummen stemmer ikkje)
crypt-is-not-a-valid-age-public = { $place }«{ $shown }» er ikkje ein gyldig offentleg age-nøkkel: { $why }; ein nøkkel byrjar med age1 og har { $PUBLIC_KEY_CHARS } teikn; kopier han frå `kartlegg keygen`, eller gi ei fil med éin nøkkel per linje
crypt-cannot-read-the-key-file = kan ikkje lese nøkkelfila { $path }: { $e }
crypt-not-an-age-secret-key-age = { $path }:{ $value }: ikkje ein hemmeleg age-nøkkel (AGE-SECRET-KEY-1…)
crypt-holds-no-age-secret-keys = { $path } har ingen hemmelege age-nøklar
crypt-the-file-is-encrypted-give-the = fila er kryptert; oppgi den hemmelege nøkkelen med --identity FILE (eller KARTLEGG_IDENTITY)
crypt-not-an-age-encrypted-file-or = ikkje ei age-kryptert fil, eller starten av fila er skadd; be om fila på nytt
crypt-wrong-key-none-of-the-secret = feil nøkkel: ingen av dei hemmelege nøklane i --identity passar, så fila er kryptert til ein annan offentleg nøkkel; bruk nøkkelfila som høyrer til nøkkelen fila vart kryptert til, eller be avsendaren kryptere ho på nytt til nøkkelen til prosjektet
crypt-cannot-be-decrypted = kan ikkje dekrypterast: { $why }
crypt-the-file-is-cut-off-it = fila er avkorta (ho sluttar før siste del), truleg fordi ho ikkje vart kopiert eller send heilt; be om fila på nytt
crypt-the-file-is-damaged-or-cut = fila er skadd eller avkorta (innhaldet stemmer ikkje med kontrollsummen i fila), kanskje fordi ho ikkje vart kopiert eller send heilt; be om fila på nytt

## src/dataset/compare.rs

compare-change = Endring
compare-category = kategori
compare-the-nsm-category-or-overall = NSM-kategorien, eller samla
compare-mean = snitt { $old }
compare-the-mean-0-5-in-the = Snittet 0–5 i den førre runden, over kommunane med skår i begge
compare-mean-2 = snitt { $new }
compare-the-mean-0-5-in-the-2 = Snittet 0–5 i den nye runden, over kommunane med skår i begge
compare-category-means = Kategorisnitt
compare-mean-per-nsm-category-per-round = Snitt per NSM-kategori per runde (0–5)
compare-measure = maal
compare-overall-cn-nsm-category-n-or = samla, kN (NSM-kategori N) eller id-en til prinsippet
compare-name = navn
compare-what-the-score-is-of-in = Kva skåren gjeld, i ord
compare-old-2 = forrige
compare-the-score-0-5-in-the = Skåren 0–5 i den førre runden
compare-new-2 = ny
compare-the-score-0-5-in-the-2 = Skåren 0–5 i den nye runden
compare-change-2 = endring
compare-new-minus-old-empty-when-either = Ny minus førre; tom når ein av dei manglar
compare-coverage-old = dekning_forrige
compare-coverage-0-1-in-the-earlier = Dekning 0–1 i den førre runden
compare-coverage-new = dekning_ny
compare-coverage-0-1-in-the-new = Dekning 0–1 i den nye runden
compare-flags = merknader
compare-separated-by-low-coverage-coverage-below = Verdiar skilde med ;: low-coverage (dekning under 0,5 i ein av rundane), migrated (meir enn halvparten av svara kjem frå ein eldre skjemaversjon), new (berre i den nye runden), gone (berre i den førre)

## src/dataset/csv.rs

csv-t = T

## src/dataset/findings.rs

findings-service = tjeneste
findings-the-service-s-id-in-the = Id-en til tenesta i tenestekatalogen
findings-need = behov
findings-need-score-0-100-weighted-mean = Behovspoeng 0–100: vekta snitt av dei fire delane som har data
findings-maturity-gap = modenhetsgap
findings-5-maturity-5-on-the-service = (5 − modenheit) / 5 på prinsippa til tenesta, 0–1
findings-stated-need = oppgitt_behov
findings-the-need-the-municipality-states-in = Behovet kommunen oppgir i `behov`, 0–1
findings-ranked = rangert
findings-the-service-s-place-among-the = Plassen til tenesta blant dei viktigaste for kommunen: 1 for første plass, 0 når ho ikkje er vald
findings-signals = signaler
findings-share-of-the-service-s-signals = Del av signala til tenesta som slår til, 0–1
findings-unknown = vet_ikke
findings-answers-the-need-rests-on-that = Svar som behovet byggjer på, og som var «veit ikkje»
findings-answers = svar
findings-answers-the-need-rests-on-with = Svar som behovet byggjer på (med «veit ikkje»)
findings-question = sporsmal
findings-the-question-s-id = Id-en til spørsmålet
findings-text = tekst
findings-the-question-text = Spørsmålsteksten
findings-municipalities = kommuner
findings-result-files-that-reached-the-question = Svarfiler som kom til spørsmålet (éi per respondent)
findings-unknown-share = andel_vet_ikke
findings-share-don-t-know = Del «veit ikkje»
findings-not-applicable-share = andel_ikke_relevant
findings-share-not-applicable = Del «ikkje relevant»
findings-skipped-share = andel_hoppet_over
findings-share-skipped = Del hoppa over
findings-unclear-share = andel_uklar
findings-share-who-marked-the-question-unclear = Del som merkte spørsmålet som uklart
findings-comments = kommentarer
findings-number-of-comments = Talet på kommentarar
findings-median-seconds = median_sekunder
findings-median-answer-time-in-seconds = Median svartid i sekund
findings-p90-seconds = p90_sekunder
findings-90th-percentile-of-the-answer-time = 90-persentilen av svartida i sekund
findings-most-common-share = vanligste_svar_andel
findings-share-of-those-who-answered-giving = Del av dei som svarte, som gav det vanlegaste svaret
findings-distinct-answers = ulike_svar
findings-number-of-distinct-answers = Talet på ulike svar
findings-contradictions = motsigelser
findings-municipalities-whose-answer-contradicts-other-answers = Kommunar der svaret motseier andre svar eller inventaret
findings-alpha = alfa
findings-krippendorff-s-alpha-between-respondents-of = Krippendorffs alfa mellom respondentar i same kommune (ordinal for skala, nominal for enkeltval og ja/nei, intervall for tal); tom utan kommunar med to eller fleire respondentar
findings-alpha-values = alfa_verdier
findings-pairable-values-from-municipalities-with-at = Verdiar som kunne parast (frå kommunar med minst to svar)
findings-within-one-level = innen_ett_niva
findings-share-of-respondent-pairs-in-the = Del av respondentpara i same kommune som svarer likt eller innan eitt nivå (likt for enkeltval)
findings-revise = revider
findings-1-when-the-question-should-be = 1 når spørsmålet bør reviderast
findings-reasons = grunner
findings-why-the-question-should-be-revised = Kvifor spørsmålet bør reviderast
findings-files = filer
findings-result-files-used = Svarfiler som er brukte
findings-complete = fullforte
findings-of-them-finished = Av dei: ferdig utfylte
findings-median-minutes = median_minutter
findings-median-total-time-of-finished-files = Median samla tid for ferdige filer, i minutt
findings-p90-minutes = p90_minutter
findings-90th-percentile-of-the-total-time = 90-persentilen av samla tid, i minutt
findings-estimate-minutes = anslag_minutter
findings-sum-of-the-questions-median-times = Summen av mediantida for spørsmåla, i minutt: anslått tid for heile skjemaet
findings-rank = rang
findings-1-greatest-need-equal-means-share = 1 = størst behov; like gjennomsnitt deler rang; tom utan data
findings-the-service-s-name = Namnet på tenesta
findings-department = avdeling
findings-the-department-of-the-security-centre = Avdelinga i tryggleikssenteret som tenesta høyrer til
findings-mean-need-score-0-100-see = Gjennomsnittleg behovspoeng 0–100 (sjå docs/metodikk.md)
findings-high-need-share = andel_hoyt_behov
findings-share-of-municipalities-with-high-need = Del kommunar med høgt behov (poeng over grensa i vektfila)
findings-municipalities-with-data = kommuner_med_data
findings-municipalities-with-a-need-score-for = Kommunar med behovspoeng for tenesta
findings-share-of-don-t-know-among = Del «veit ikkje» blant svara behovet byggjer på
findings-mean-rank = snittrang
findings-mean-rank-over-the-bootstrap-resamples = Gjennomsnittleg rang over bootstrap-utvala
findings-rank-low = rang_lav
findings-5th-percentile-of-the-rank-the = 5-persentilen av rangen (beste plass som er rimeleg)
findings-rank-high = rang_hoy
findings-95th-percentile-of-the-rank-the = 95-persentilen av rangen (dårlegaste plass som er rimeleg)
findings-explanation = forklaring
findings-what-in-the-data-the-need = Kva i dataa behovet byggjer på
findings-probability-top = sannsynlighet_topp_{ $top }
findings-share-of-bootstrap-resamples-in-which = Del av bootstrap-utvala der tenesta er blant dei N øvste
findings-service-catalogue = Tenestekatalog
findings-need-per-service-0-100 = Behov per teneste (0–100)
findings-need-scores = Behovspoeng
findings-number-of-municipalities-mapped-drawn-with = Talet på kartlagde kommunar (trekte med tilbakelegging frå dei kartlagde)
findings-agreement = samsvar
findings-mean-share-of-the-top-from = Gjennomsnittleg del av topp { $top } med alle data som også er i topp { $top } med så mange kommunar
findings-same-top = samme_topp
findings-share-of-resamples-whose-top-is = Del av utvala der topp { $top } er nøyaktig den same
findings-extrapolated = ekstrapolert
findings-1-when-the-number-is-larger = 1 når talet er større enn talet på kartlagde kommunar
findings-stability = Stabilitet
findings-how-stable-is-the-top-list = Kor stabil er topplista?
findings-method = Metode
findings-time = Tidsbruk

## src/dataset/overview.rs

overview-round = Runde
overview-inputs = Inndata
overview-files-read = Lesne filer
overview-municipalities-and-cooperations = Kommunar og samarbeid
overview-questionnaire-answers-used = Brukte spørjeskjemasvar
overview-machines-used = Brukte maskinar
overview-files-rejected = Avviste filer
overview-notes-to-look-at = Merknader å sjå på
overview-mean-coverage-maturity = Gjennomsnittleg dekning (modenheit)
overview-answers-to = Svar på { $id }
overview-fleet-files-used = Brukte einingsoversikter (kartlegg fleet)

## src/dataset/round.rs

round-overall = samla
round-c = k{ $c }
round-overall-2 = Samla
round-cannot-read-give-a-folder-kartlegg = kan ikkje lese { $path }; oppgi ei mappe som `kartlegg merge` har skrive, eller ei mappe med resultatfiler
round-reading = les { $path }
round-has-no-column-make-the-dataset = { $file } manglar kolonnen { $name }; lag datasettet på nytt med `kartlegg merge`
round-in-column-is-not-a-number = { $file }:{ $line }:{ $column }: «{ $value }» i kolonnen { $header } er ikkje eit tal

## src/dataset/tables/answers.rs

answers-role = rolle
answers-the-respondent-s-role = Rolla til respondenten
answers-consensus = konsensus
answers-1-when-the-answers-were-agreed = 1 når svara vart avtalte i ei felles økt og gjeld for kommunen
answers-section = seksjon
answers-the-section-the-question-is-in = Seksjonen spørsmålet står i
answers-principle = prinsipp
answers-the-nsm-principle-the-question-measures = NSM-prinsippet spørsmålet måler, dersom det er eitt
answers-question-id = sporsmal_id
answers-the-question-s-stable-id = Den faste id-en til spørsmålet
answers-value = verdi
answers-the-answer-as-data-level-number = Svaret som data: nivå, tal, id(-ar) for svaralternativ skilde med ;, true/false, tekst eller dato
answers-value-label = verdi_tekst
answers-the-answer-in-words = Svaret i ord
answers-score = poeng
answers-maturity-score-0-5-where-the = Modenheitspoeng 0–5, der spørsmålet gir poeng
answers-state = status
answers-answered-unknown-not-applicable-or-skipped = answered, unknown («veit ikkje»), not_applicable («ikkje relevant») eller skipped
answers-unclear = uklart
answers-1-when-the-respondent-flagged-the = 1 når respondenten merkte spørsmålet som uklart
answers-comment = kommentar
answers-the-respondent-s-comment = Kommentaren frå respondenten
answers-seconds = sekunder
answers-time-spent-on-the-question = Tid brukt på spørsmålet
answers-migrated-from = migrert_fra
answers-when-the-answer-was-given-to = Når svaret vart gitt til ein eldre versjon og ført over: versjonen og spørsmåls-id-en (eller -id-ane) det vart gitt til
answers-source-file = kildefil
answers-the-file-the-answer-came-from = Fila svaret kom frå
answers-answers = Svar
answers-yes = Ja
answers-no = Nei

## src/dataset/tables/coverage.rs

coverage-coverage = dekning
coverage-own-the-municipality-answered-cooperation-its = own (kommunen svarte sjølv), cooperation (svaret til IKT-samarbeidet gjeld) eller none
coverage-cooperation = samarbeid
coverage-the-it-cooperation-the-answer-comes = IKT-samarbeidet svaret kjem frå, når det er arva
coverage-coverage-2 = Dekning

## src/dataset/tables/deviations.rs

deviations-file = fil
deviations-the-input-file-concerned = Inndatafila det gjeld
deviations-rejected = avvist
deviations-1-when-the-file-is-left = 1 når fila ikkje er med i datasettet; 0 når ho er med, men bør sjåast på
deviations-code = kode
deviations-stable-code-for-the-kind-of = Fast kode for typen avvik
deviations-message = melding
deviations-what-is-wrong-and-what-was = Kva som er gale, og kva som vart gjort
deviations-deviations = Avvik

## src/dataset/tables/hosts.rs

hosts-host-id = vert_id
hosts-salted-sha256-of-the-host-name = Salta sha256 av vertsnamnet
hosts-os = os
hosts-os-version = os_versjon
hosts-kernel = kjerne
hosts-kernel-version = Kjerneversjon
hosts-architecture = arkitektur
hosts-cpu-architecture = Prosessorarkitektur
hosts-cpu-cores = kjerner
hosts-logical-cpu-cores = Logiske prosessorkjernar
hosts-memory-gib = minne_gib
hosts-memory-in-gib = Minne i GiB
hosts-virtualisation = virtualisering
hosts-none-hypervisor-or-container = none, hypervisor eller container
hosts-end-of-support = stotte_til
hosts-end-of-security-support-of-the = Slutt på tryggleiksstøtte for operativsystemet
hosts-exposed-ports = porter_mot_nett
hosts-listening-ports-not-bound-to-loopback = Lyttande portar som ikkje berre er lokale
hosts-software = programvare
hosts-number-of-installed-packages = Talet på installerte pakkar
hosts-collected = innsamlet
hosts-time-of-collection = Tidspunkt for innsamling
hosts-the-file-the-row-came-from = Fila rada kom frå
hosts-security-indicator-true-false-or-unknown = Tryggleiksindikator: true, false eller unknown
hosts-inventory = Inventar

## src/dataset/tables/maturity.rs

maturity-weighted-mean-0-5-over-every = Vekta gjennomsnitt 0–5 over alle spørsmål med poeng som er svart på
maturity-overall-coverage = samlet_dekning
maturity-answered-divided-by-applicable-questions-0 = Spørsmål med svar delt på relevante spørsmål, 0–1
maturity-respondents = respondenter
maturity-number-of-respondents-behind-the-values = Talet på respondentar bak verdiane
maturity-basis = grunnlag
maturity-single-one-respondent-consensus-agreed-in = single (éin respondent), consensus (samde i felles økt), median eller min (fleire respondentar slått saman, sjå --aggregate)
maturity-round = runde
maturity-the-mapping-round-the-dataset-belongs = Kartleggingsrunden datasettet høyrer til (merge --round; elles året for den nyaste fila)
maturity-c = k{ $id }
maturity-category = Kategori { $id }: { $name }
maturity-c-coverage = k{ $id }_dekning
maturity-coverage-0-1 = Dekning 0–1
maturity-principle = Prinsipp { $id }: { $name }
maturity-coverage = { $value }_dekning
maturity-maturity = Modenheit
maturity-maturity-per-respondent = Modenheit per respondent
maturity-maturity-per-nsm-category-0-5 = Modenheit per NSM-kategori (0–5)

## src/dataset/tables/mod.rs

tables-municipality-no = kommunenr
tables-municipality-number-or-the-id-of = Kommunenummer, eller id-en til eit IKT-samarbeid
tables-municipality = kommune
tables-name-of-the-municipality-or-cooperation = Namnet på kommunen eller samarbeidet
tables-questionnaire = skjema
tables-the-questionnaire-s-id = Id-en til spørjeskjemaet
tables-version = versjon
tables-the-version-that-was-answered = Versjonen som vart svart på

## src/dataset/tables/software.rs

software-name-of-the-package-or-program = Namnet på pakken eller programmet
software-source = kilde
software-dpkg-rpm-flatpak-snap-windows-registry = dpkg, rpm, flatpak, snap, windows-registry eller macos-app
software-hosts = maskiner
software-number-of-machines-with-this-version = Talet på maskinar med denne versjonen
software-number-of-municipalities-with-this-version = Talet på kommunar (eller samarbeid) med minst éin maskin med denne versjonen
software-number-of-machines-in-all-municipalities = Talet på maskinar med denne versjonen, i alle kommunane
software-host-share = andel_maskiner
software-share-of-all-inventoried-machines = Delen av alle dei kartlagde maskinane som har denne versjonen, 0–1 (maskinar utan programvareliste tel med)

## src/dataset/xlsx.rs

xlsx-has-rows-and-is-split-over = { $name } har { $rows } rader og er delt på { $sheets } ark; CSV-fila har alt i éi
xlsx-cells-in-are-longer-than-excel = { $long } celler i { $name } er lengre enn Excel tillèt og er korta ned; CSV-fila har heile teksten
xlsx-workbook-too-large = Arbeidsboka ville vorte større enn 4 GiB, meir enn eit .xlsx-arkiv utan zip64 kan romme; skriv berre CSV-filene med --csv-only
xlsx-overview = Oversikt
xlsx-mapping-of-it-structure-and-security = Kartlegging av IT-struktur og tryggleiksmodenheit
xlsx-columns = Kolonnar
xlsx-sheet = Ark
xlsx-column = Kolonne
xlsx-meaning = Tyding

## src/diagnostic.rs

diagnostic-and = {" "}(og { $more } til)
diagnostic-does-not-exist = finst ikkje
diagnostic-no-access-you-lack-the-rights = ingen tilgang: du manglar rettane som trengst
diagnostic-is-a-folder-not-a-file = er ei mappe, ikkje ei fil
diagnostic-is-not-a-folder = er ikkje ei mappe
diagnostic-exists-already = finst allereie
diagnostic-the-folder-is-not-empty = mappa er ikkje tom
diagnostic-the-disk-is-full = disken er full
diagnostic-the-disk-quota-is-used-up = diskkvoten er brukt opp
diagnostic-the-file-system-is-read-only = filsystemet er skrivebeskytta
diagnostic-the-file-is-too-large = fila er for stor
diagnostic-invalid-file-name = ugyldig filnamn
diagnostic-too-many-links = for mange lenkjer
diagnostic-cannot-be-moved-to-another-disk = kan ikkje flyttast til ein annan disk
diagnostic-is-in-use = er i bruk
diagnostic-timed-out = tidsavbrot
diagnostic-interrupted = avbrote
diagnostic-the-receiver-is-gone-broken-pipe = mottakaren er borte (brote røyr)
diagnostic-not-enough-memory = ikkje nok minne
diagnostic-not-supported-here = blir ikkje støtta her
diagnostic-the-network-does-not-answer = nettverket svarer ikkje
diagnostic-os-error = { $what } (OS-feil { $code })

## src/exit.rs

exit-kartlegg-internal-error-this-is-a = kartlegg: intern feil{ $place }: { $what }. Dette er ein feil i kartlegg; meld han gjerne med kommandoen du køyrde.

## src/fleet/count.rs

fleet-unreadable-date = kan ikkje lese datoen `{ $value }`: kartlegg les 2026-11-28T10:15:00Z, 11/28/2026 3:15:42 PM (månaden først) og 28.11.2026 15:15. Rett cella, eller eksporter på nytt utan å endre fila i eit rekneark
fleet-mixed-tenants = radene kjem frå { $n } leigetakarar (rader per domene i UPN-en til brukarane: { $counts }); eksporter éin leigetakar per fil, eller køyr `kartlegg fleet` éin gong per kommune
fleet-mixed-domains = radene kjem frå { $n } domene (rader per domene: { $counts }); eksporter eitt domene per fil (Get-ADComputer -SearchBase), eller køyr `kartlegg fleet` éin gong per kommune

## src/fleet/mod.rs

fleet-empty-export = fila har inga overskriftsrad og ingen einingar; eksporter einingslista på nytt (sjå «Eksportar av einingar» i rettleiinga)
fleet-unknown-export = ikkje ein eksport av einingar som kartlegg kjenner: venta kolonnane til { $resembled }; fann { $found }. Eksporter «Alle einingar» frå Intune, «Last ned einingar» frå Entra ID, eller datamaskinane med Get-ADComputer slik rettleiinga viser

## src/fleet/result.rs

fleet-is-not-a-format-this-version = `{ $format }` er ikkje eit format denne versjonen av kartlegg kan lese (denne versjonen les { $FORMAT })

## src/form/export.rs

export-section = Del
export-answer = Svar
export-comment = Kommentar
export-guidance = Rettleiing
export-evidence = Dokumentasjon
export-questionnaire = Spørjeskjema
export-municipality-number-or-name-fill-in = Kommunenummer eller kommunenamn (fyll inn)
export-your-role-such-as-it-manager = Rolla di, til dømes IT-leiar (fyll inn)
export-consensus-joint-session = Konsensus (felles økt)
export-how-to-fill-in = Slik fyller du ut
export-1-fill-in-the-municipality-and = 1. Fyll inn kommunen og rolla di over, og vel Ja under Konsensus dersom fleire har blitt samde om svara i ei felles økt.
export-2-answer-in-the-yellow-answer = 2. Svar i den gule kolonnen «Svar» på arket «Svar». Vel frå lista der ho finst. «Veit ikkje» og «Ikkje relevant» er gyldige svar der dei står i lista eller rettleiinga.
export-3-questions-marked-must-be-answered = 3. Spørsmål merkte * må svarast på. Spørsmål som ikkje gjeld etter tidlegare svar, kan stå tomme.
export-4-save-as-xlsx-and-send = 4. Lagre som .xlsx og send fila kryptert til prosjektet. Ikkje endre kolonnar eller rekkjefølgje.
export-yes-when-the-answers-were-agreed = Ja når svara vart avtalte i ei felles økt med fleire respondentar og gjeld for kommunen.
export-not-applicable = Ikkje relevant
export-invalid-answer = Ugyldig svar
export-the-answer-does-not-fit-the = Svaret passar ikkje til spørsmålet; sjå rettleiinga i kolonnen til høgre.
export-may-also-be-answered = Kan også svarast med: { $list }
export-answer-only-when = Svar berre når: { $expr }
export-the-evidence-column = { $prompt } (kolonnen Dokumentasjon)
export-must-be-answered = {"*"} Må svarast på.
export-write-one-or-more-of-these = Skriv eitt eller fleire av desse, skilde med komma: { $list }
export-these-are-chosen-on-their-own = Desse skal veljast åleine: { $list }
export-from-to = {" "}frå { $lo } til { $hi }
export-from = {" "}frå { $lo }
export-up-to = {" "}opp til { $hi }
export-a-number = Eit tal{ $bounds } { $unit }
export-a-date-yyyy-mm-dd = Ein dato (ÅÅÅÅ-MM-DD)
export-write-the-most-important-of-these = Skriv dei { $n } viktigaste av desse i rekkjefølgje, det viktigaste først, skilde med semikolon: { $list }
export-free-text = Fritekst
export-page-p-of-n = Side &P av &N

## src/form/guard.rs

guard-that-is-more-than-a-form = { $what }; det er meir enn eit skjema frå kartlegg kan innehalde, så fila blir ikkje lesen (er ho skadd, eller ikkje eit utfylt skjema?)
guard-the-file-is-larger-than-mib = fila er større enn { $mib } MiB
guard-the-part-unpacks-to-more-than = delen { $name } blir pakka ut til meir enn { $mib } MiB
guard-the-part-unpacks-to-times-its = delen { $name } blir pakka ut til { $ratio } gonger den pakka storleiken sin (grensa er { $MAX_RATIO })
guard-the-parts-together-unpack-to-more = delane blir til saman pakka ut til meir enn { $mib } MiB

## src/form/import.rs

import-cannot-be-read-as-an-excel = kan ikkje lesast som ei Excel-arbeidsbok ({ $e })
import-the-workbook-has-no-sheet-was = arbeidsboka har ikkje arket «{ $name }»; er ho laga med `kartlegg questionnaire export`?
import-the-sheet-does-not-say-which = arket «{ $INFO }» seier ikkje kva spørjeskjema skjemaet er laga frå
import-the-cell-holds-the-error = cella har feilen { $e }
import-the-sheet-has-no-questions-column = arket «{ $ANSWERS }» har ingen spørsmål (kolonne { $column } skal ha id-ane til spørsmåla); er rada sletta, eller er svara skrivne i eit anna ark? Fyll ut arket «{ $ANSWERS }» i skjemaet frå `kartlegg questionnaire export`
import-the-cell-holds-the-formula-which = cella har formelen ={ $formula }, som ikkje blir lesen inn; skriv sjølve svaret i cella
import-is-neither-yes-nor-no-pick = «{ $value }» er verken Ja eller Nei; vel frå lista

## src/fsutil.rs

fsutil-cannot-create = kan ikkje lage { $dir }
fsutil-cannot-make-private = kan ikkje gjere { $dir } privat
fsutil-cannot-be-used-as-an-id = `{ $id }` kan ikkje brukast som id: id-en blir ein del av filnamn og må vere 1–64 teikn av a–z, A–Z, 0–9, `-`, `_` og `.`, og byrje med ein bokstav eller eit siffer
fsutil-already-exists-choose-another-file-with = { $path } finst allereie; vel ei anna fil med -o eller skriv over med --force
fsutil-cannot-write = kan ikkje skrive { $target }
fsutil-cannot-create-the-lock-file = kan ikkje lage låsefila { $path }
fsutil-cannot-make-the-lock-file-private = kan ikkje gjere låsefila { $path } privat
fsutil-another-kartlegg-is-already-writing-finish = ein annan kartlegg skriv allereie til { $target }; avslutt den først, eller vel ei anna fil
fsutil-cannot-lock = kan ikkje låse { $path }

## src/inventory/mod.rs

inventory-is-not-a-format-this-version = `{ $format }` er ikkje eit format denne versjonen av kartlegg kan lese (denne versjonen les { $FORMAT })

## src/inventory/system/linux.rs

linux-processes-and-packages-against-the-list = prosessar og pakkar mot lista frå { $checked }
linux-listening-ports-3389-tcp = lyttande portar (3389/tcp)
linux-no-cheap-source-on-this-system = inga billeg kjelde på dette systemet
linux-etc-group-groups-sudo-wheel-admin = /etc/group (gruppene sudo, wheel, admin; berre talet)
linux-no-rules-that-stop-traffic = ingen reglar som stansar trafikk
linux-no-root-file-system-in-proc = fann ikkje rotfilsystemet i /proc/mounts
linux-cannot-tell-whether-is-encrypted = kan ikkje sjå om { $device } er kryptert
linux-the-root-file-system-is-container = rotfilsystemet er { $device } (container eller nettverk)
linux-sys-block-dm-crypt-for = /sys/block (dm-crypt) for { $device }
linux-no-ssh-server-no-sshd-config = ingen SSH-tenar (inga sshd_config, ingen sshd-prosess)
linux-the-process-is-running = prosessen { $d } køyrer
linux-timedatectl-did-not-answer-and-no = timedatectl svarte ikkje, og inga tidsteneste køyrer
linux-the-owner-of-listening-ports-cannot = eigaren av { $unknown_owner } lyttande portar kan ikkje lesast utan administratorrettar

## src/inventory/system/macos.rs

macos-applications-have-a-binary-info-plist = { $binary } program har Info.plist i binærformat

## src/inventory/system/mod.rs

system-could-not-start = kunne ikkje starte `{ $program }`: { $e }
system-did-not-answer-within-s = `{ $program }` svarte ikkje innan { $secs } s
system-ended-with-perhaps-it-needs-admin = `{ $program }` avslutta med { $status } (krev kanskje administratorrettar)
system-system = system
system-disks = diskar
system-network = nettverk
system-security = tryggleik
system-not-read-on-in-this-version = blir ikkje lese på { $os } i denne versjonen
system-supported-until-table-of = støtta til { $end } (tabell frå { $checked })
system-the-operating-system-is-not-in = operativsystemet står ikkje i tabellen over slutt på støtte
system-the-system-listed-no-disks = systemet lista ingen diskar
system-network-interfaces = nettverksgrensesnitt
system-the-system-listed-no-network-interfaces = systemet lista ingen nettverksgrensesnitt, heller ikkje loopback
system-processes-and-software-against-the-list = prosessar og programvare mot lista frå { $checked }

## src/inventory/system/windows.rs

windows-netsh-advfirewall-unknown-output = netsh advfirewall: ukjent utdata
windows-no-policy-turning-windows-update-off = ingen policy som slår av Windows Update (standard er automatisk)
windows-could-not-read = kunne ikkje lese { $value }: { $e }
windows-unknown-output = { $command }: ukjent utdata
windows-no-openssh-server = ingen OpenSSH-tenar
windows-netstat-listed-no-tcp-socket = netstat lista ingen TCP-sokler i det heile, heller ikkje systemet sine eigne: ikkje lese

## src/kommune.rs

kommune-nynorsk = nynorsk
kommune-bokm-l = bokmål
kommune-neutral = nøytral
kommune-the-municipality-register-in-cannot-be = kommuneregisteret i { $path } kan ikkje brukast
kommune-is-not-a-four-digit-municipality = `{ $number }` er ikkje eit firesifra kommunenummer
kommune-municipality-number-already-exists = kommunenummer { $number } finst allereie ({ $existing })
kommune-is-not-a-language-form-write = `{ $text }` er ikkje ei målform; skriv nynorsk, bokmal eller neutral
kommune-already-exists-in-the-register = `{ $id }` finst allereie i registeret
kommune-the-member-is-not-a-known = medlemet `{ $member }` er ikkje ein kjend kommune
kommune-unknown = ukjend
kommune-the-member-fits-several = medlemet `{ $member }` passar til fleire kommunar: { $names }; skriv nummeret
kommune-the-cooperation-has-no-members = samarbeidet har ingen medlemer

## src/kommune/resolve.rs

resolve-found-no-municipality-the-built-in = fann ingen kommune `{ $query }`. Det innebygde registeret har dei { $count } kommunane i Noreg (per 2024); legg til andre med `--kommuner FIL` (formatet står i docs/formats.md, «Municipality register»). Sjå dei med `kartlegg kommuner --alle`.
resolve-found-no-municipality-did-you-mean = fann ingen kommune `{ $query }`. Meinte du { $names }? Skriv nummeret, til dømes `-k { $number }`, eller sjå alle med `kartlegg kommuner`.
resolve-municipality = Kommune: { $shown }
resolve-cooperation = Samarbeid: { $shown }
resolve-municipality-did-you-mean = Kommune: { $shown }. Meinte du { $names }? Bruk -k { $number }.
resolve-and-more-kartlegg-kommuner-search-lists = og { $more } til (`kartlegg kommuner --search { $query }` viser alle)
resolve-fits-several-municipalities-type-the-number = `{ $query }` passar til fleire kommunar: { $names }. Skriv nummeret eller heile namnet, til dømes `-k { $number }`.

## src/publish.rs

publish-cannot-use = kan ikkje bruke { $target }
publish-is-the-folder-you-are-in = { $dir } er mappa du står i (eller ei over ho) og kan ikkje bytast ut; vel ei eiga mappe med -o
publish-cannot-read = kan ikkje lese { $path }
publish-cannot-restore = kan ikkje gjenopprette { $target }

## src/questionnaire/answer.rs

answer-never = Aldri
answer-is-not-a-number = «{ $trimmed }» er ikkje eit tal
answer-answer-yes-or-no-not = svar «ja» eller «nei», ikkje «{ $trimmed }»
answer-is-not-an-option-valid = «{ $text }» er ikkje eit svaralternativ (gyldige: { $ids })
answer-appears-twice-in-the-ranking = «{ $id }» står to gonger i rangeringa
answer-rank-from-1-to-options-the = ranger frå 1 til { $pick } svaralternativ, det viktigaste først (fekk { $n })
answer-cannot-be-chosen-together-with-other = «{ $text }» kan ikkje veljast saman med andre svar; vel det åleine, eller ta det bort
answer-is-not-a-date-write-it = «{ $text }» er ikkje ein dato; skriv han som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ
answer-this-question-cannot-be-answered-don = dette spørsmålet kan ikkje svarast med «Veit ikkje»
answer-this-question-cannot-be-answered-not = dette spørsmålet kan ikkje svarast med «Ikkje relevant»
answer-this-question-must-be-answered = dette spørsmålet må svarast på
answer-the-answer-is-missing = svaret manglar
answer-is-not-a-whole-level-choose = { $n } er ikkje eit heilt nivå; vel eit heilt nivå { $lo }–{ $hi }
answer-is-outside-the-scale = { $n } er utanfor skalaen { $lo }–{ $hi }
answer-is-not-a-whole-number-this = { $n } er ikkje eit heilt tal; her blir personar eller ting talde, så svar med eit heilt tal
answer-is-less-than-the-smallest-allowed = { $n } er mindre enn { $lo }, det minste tillatne
answer-is-greater-than-the-largest-allowed = { $n } er større enn { $hi }, det største tillatne
answer-this-question-cannot-be-answered-never = dette spørsmålet kan ikkje svarast med «Aldri»
answer-the-date-must-be-written-yyyy = datoen må skrivast ÅÅÅÅ-MM-DD
answer-the-answer-does-not-fit-a = svaret passar ikkje til eit spørsmål av typen `{ $kind }`

## src/questionnaire/builtin.rs

builtin-did-you-mean = {" "}Meinte du `{ $near }`?
builtin-is-neither-a-built-in-questionnaire = `{ $arg }` er verken eit innebygd spørjeskjema ({ $ids }) eller ei fil.{ $hint } Sjå `kartlegg questionnaire list`.

## src/questionnaire/changes.rs

changes-the-list-is-empty = lista er tom
changes-appears-twice = `{ $id }` står to gonger
changes-level-appears-twice = nivå { $level } står to gonger
changes-the-changes-from-are-already-given = endringane frå { $from } står før, på linje { $line }; slå dei saman
changes-from-must-be-a-version-earlier = `from: { $from }` må vere ein tidlegare versjon enn denne ({ $version })
changes-appears-twice-under = `{ $name }` står to gonger under `{ $key }`
changes-is-under-both-and-an-old = `{ $name }` står både under `{ $first }` og `{ $key }`; eit gammalt spørsmål kan berre ha éin lagnad
changes-gets-answers-from-both-and-a = `{ $name }` får svar både frå `{ $first }` og `{ $key }`; eit nytt spørsmål kan berre ha éi kjelde
changes-is-not-a-question-of-version = { $key }: `{ $name }` er ikkje eit spørsmål i versjon { $version }{ $hint }

## src/questionnaire/decode.rs

decode-the-questionnaire-has-no-sections = spørjeskjemaet har ingen seksjonar
decode-the-scale-has-no-levels = skalaen har ingen nivå
decode-the-section-has-no-questions = seksjonen har ingen spørsmål

## src/questionnaire/decode/fields.rs

fields-cannot-be-used-as-an-id = `{ $text }` kan ikkje brukast som id: bruk små bokstavar a–z, siffer, `_` og `-`, start med ein bokstav, og unngå orda i show_if-språket
fields-is-not-a-semantic-version-for = `{ $text }` er ikkje ein semantisk versjon (til dømes `1.2.0`)
fields-the-score-is-outside-0 = poengsummen { $n } er utanfor 0–{ $MAX_LEVEL }
fields-level-is-not-a-whole-number = nivå `{ $text }` er ikkje eit heilt tal frå 0 til { $MAX_LEVEL }
fields-is-not-a-principle-of-nsm = `{ $text }` er ikkje eit prinsipp i NSMs grunnprinsipp (1.1–4.4, til dømes `2.6`)

## src/questionnaire/decode/question.rs

question-unknown-question-type-valid = ukjend spørsmålstype `{ $text }`{ $hint } (gyldige: { $all })
question-the-weight-must-be-greater-than = vekta må vere større enn 0
question-is-only-used-by-questions-of = `{ $key }` blir berre brukt på spørsmål av typen { $kinds }, ikkje `{ $name }`
question-min-is-greater-than-max = `min` ({ $lo }) er større enn `max` ({ $hi })
question-a-question-of-type-scale-must = eit spørsmål av typen `scale` må seie kva skala det brukar (`scale:`)
question-the-scale-does-not-exist-defined = skalaen `{ $scale_id }` finst ikkje (definerte skalaer: { $known })
question-the-scale-has-no-level = skalaen `{ $scale_id }` har ikkje nivå { $level }
question-the-question-needs-answer-options-options = spørsmålet treng svaralternativ (`options:`)
question-the-list-of-answer-options-is = lista over svaralternativ er tom
question-the-option-appears-twice = svaralternativet `{ $id }` står to gonger
question-scores-score-are-only-used-by = poeng (`score`) blir berre brukte på `single`-spørsmål
question-give-every-option-a-score-score = gi alle svaralternativa poeng (`score`), eller ingen
question-exclusive-is-only-used-on-options = `exclusive` blir berre brukt på svaralternativ i `multi`-spørsmål
question-pick-must-be-a-whole-number = `pick` må vere eit heilt tal, minst 1 (ikkje { $n })
question-a-question-of-type-rank-must = eit spørsmål av typen `rank` må seie kor mange som skal rangerast (`pick:`)
question-pick-is-but-the-question-has = `pick` er { $pick }, men spørsmålet har berre { $n } svaralternativ

## src/questionnaire/diff_render.rs

diff-render-no-changes = Ingen endringar.
diff-render-new = ny{" "}
diff-render-removed = fjerna{" "}
diff-render-text = «{ $t }»
diff-render-added = Lagt til
diff-render-removed-2 = Fjerna
diff-render-answers-are-not-carried = svara blir ikkje førte over
diff-render-not-named-in-changes = ikkje nemnt i changes:
diff-render-renamed = Omdøypt
diff-render-same-text-not-named-in-changes = {" "}(same tekst; ikkje nemnt i changes:)
diff-render-split = Delt
diff-render-merged = Slått saman
diff-render-reworded = Ny ordlyd
diff-render-meaning-changed-same-text = Ny tyding, same tekst
diff-render-levels-changed = Nivå endra
diff-render-options-changed = Svaralternativ endra
diff-render-conditions-show-if-changed = Vilkår (show_if) endra
diff-render-always = (alltid)
diff-render-type-and-scoring-changed = Type og poeng endra
diff-render-same-meaning = same tyding
diff-render-new-meaning-old-answers-are-not = ny tyding: gamle svar blir ikkje talde
diff-render-was = før:
diff-render-now = no:{" "}
diff-render-the-description-changed = { $n } { $quoted }: skildringa er endra
diff-render-old-answers = gamle svar: { $map }

## src/questionnaire/expr/syntax.rs

syntax-the-end-of-the-expression = slutten av uttrykket
syntax-unexpected-character = uventa teikn `{ $c }`
syntax-the-text-starting-here-is-never = teksten som startar her, sluttar aldri
syntax-unknown-escape-sequence = ukjend escape-sekvens
syntax-is-not-a-number = `{ $text }` er ikkje eit tal
syntax-expected-found = venta { $expected }, fann { $found }
syntax-the-expression-is-nested-deeper-than = uttrykket er nøsta djupare enn { $MAX_NESTING } nivå
syntax-a-value-or-a-question = ein verdi eller eit spørsmål
syntax-a-value = ein verdi
syntax-a-question-or-a-value = eit spørsmål eller ein verdi
syntax-a-question-id = ein spørsmåls-id
syntax-and-or-or-the-end = `and`, `or` eller slutten

## src/questionnaire/history.rs

history-is-not-a-built-in-questionnaire = `{ $id }` er ikkje eit innebygd spørjeskjema (kjende: { $ids })
history-version-of-is-not-known-here = versjon { $version } av `{ $id }` finst ikkje her (kjende versjonar: { $known }); oppgi fila for den versjonen

## src/questionnaire/migrate.rs

migrate-the-question-was-dropped-in-version = spørsmålet er fjerna i versjon { $version }
migrate-the-question-s-meaning-changed-in = spørsmålet fekk ny tyding i versjon { $version }; svaret blir ikkje talt mot den nye
migrate-the-question-is-not-in-version = spørsmålet finst ikkje i versjon { $version }, og `changes:` seier ikkje kvar svaret skal
migrate-the-answers-merged-in-version-disagree = svara som vart slått saman i versjon { $version }, seier ulike ting
migrate-the-answer-does-not-fit-the = svaret passar ikkje til spørsmålet i versjon { $version }
migrate-not-a-question-of-version = ikkje eit spørsmål i versjon { $version }
migrate-the-questionnaire-is-unknown-give-its = spørjeskjemaet `{ $id }` er ukjent; oppgi fila med `--questionnaire`
migrate-version-of-is-unknown-known-give = versjon { $version } av `{ $id }` er ukjend (kjende: { $known }); oppgi fila for den versjonen med `--questionnaire`

## src/questionnaire/mod.rs

questionnaire-where-can-this-be-documented-document = Kvar kan dette dokumenterast? — dokument, system eller rapport

## src/questionnaire/render.rs

render-id-version = id: { $id } · versjon { $version }
render-shown-when = Blir vist når: { $expr }
render-help = Hjelp: { $help }
render-yes-points-no-points = ja = { $yes } poeng, nei = { $no } poeng
render-weight = vekt { $w }
render-required = må svarast på
render-don-t-know-allowed = «Veit ikkje» mogleg
render-never-allowed = «Aldri» mogleg
render-not-applicable-allowed = «Ikkje relevant» mogleg
render-evidence-asked = dokumentasjon blir etterspurd
render-the-most-important-in-order = dei { $n } viktigaste i rekkjefølgje
render-points = {" "}({ $s } poeng)
render-chosen-on-its-own = {" "}– skal veljast åleine
render-scale-0-5 = skala 0–5
render-single-choice = eitt val
render-multiple-choice = fleire val
render-yes-no = ja/nei
render-number = tal
render-free-text = fritekst
render-date = dato
render-ranking = rangering

## src/questionnaire/revision.rs

revision-version-of-was-already-released-with = versjon { $version } av `{ $id }` er allereie gitt ut med anna innhald; auk `version:` og skildre endringane under `changes:`
revision-previous-is-the-questionnaire-but-this = `--previous` er spørjeskjemaet `{ $old_id }`, men denne fila er `{ $id }`
revision-previous-has-version-which-is-not = `--previous` har versjon { $old_version }, som ikkje er eldre enn { $version } i denne fila
revision-also-exists-in-version-and-keeps = `{ $name }` finst også i versjon { $version } og held på svara derifrå, så det kan ikkje også få svar gjennom `{ $key }`; før det gamle `{ $name }` opp under `renamed`, `dropped` eller `meaning_changed`
revision-of-version-is-not-in-this = `{ $id }` frå versjon { $version } finst ikkje i denne versjonen; sei under `changes:` (`from: { $version }`) om det er omdøypt (`renamed`), delt (`split`), slått saman (`merged`) eller fjerna (`dropped`)
revision-was-of-type-in-version-but = `{ $id }` var av typen `{ $from }` i versjon { $version }, men `{ $new_id }` er `{ $to }`; svara kan ikkje førast over: før `{ $id }` opp under `dropped` eller `meaning_changed`
revision-has-no-level-in-version = `{ $id }` har ikkje nivå { $level } i versjon { $version }
revision-has-no-level = `{ $new_id }` har ikkje nivå { $level }
revision-level-of-in-version-is-not = nivå { $level } av `{ $id }` i versjon { $version } finst ikkje i `{ $new_id }`; legg det til under `levels: {"{"}{ $id }: {"{"}{ $level }: …{"}"}{"}"}`
revision-has-no-option-in-version = `{ $id }` har ikkje svaralternativet `{ $option }` i versjon { $version }
revision-has-no-option = `{ $new_id }` har ikkje svaralternativet `{ $option }`
revision-the-option-of-in-version-is = svaralternativet `{ $option }` av `{ $id }` i versjon { $version } finst ikkje i `{ $new_id }`; legg det til under `options: {"{"}{ $id }: {"{"}{ $option }: …{"}"}{"}"}`
revision-the-wording-of-changed-since-version = ordlyden i `{ $id }` er endra sidan versjon { $version } ({ $what }); legg `{ $id }` under `reworded:` om tydinga er den same, eller under `meaning_changed:` om svar på den gamle ordlyden ikkje skal telje mot den nye (i `changes:` med `from: { $version }`)
revision-the-nb-text = teksten på nb
revision-the-en-text = teksten på en
revision-level = nivå { $level }
revision-the-option = svaralternativet `{ $option }`

## src/questionnaire/validate.rs

validate-the-scale-is-already-defined-on = skalaen `{ $id }` er definert før, på linje { $line }
validate-the-section-is-already-defined-on = seksjonen `{ $id }` er definert før, på linje { $line }
validate-the-question-is-already-defined-on = spørsmålet `{ $id }` er definert før, på linje { $line }
validate-show-if-cannot-name-the-question = show_if kan ikkje vise til spørsmålet sjølv (`{ $id }`)
validate-is-asked-after-this-question-show = `{ $id }` blir stilt etter dette spørsmålet; show_if kan berre vise til tidlegare spørsmål
validate-show-if-names-an-unknown-question = show_if viser til ukjent spørsmål `{ $id }`{ $hint }
validate-unknown-question = { $label }: ukjent spørsmål `{ $id }`{ $hint }
validate-and-have-answers-of-different-types = `{ $x }` og `{ $y }` har svar av ulik type og kan ikkje samanliknast
validate-contains-is-used-with-multiple-choice = `contains` blir brukt med fleirvalsspørsmål (`multi`); `{ $id }` er ikkje det
validate-contains-must-be-followed-by-a = etter `contains` kjem id-en til eit svaralternativ i hermeteikn
validate-is-not-a-yes-no-question = `{ $id }` er ikkje eit ja/nei-spørsmål; skriv ei samanlikning, til dømes `{ $id } == ...`
validate-is-a-0-scale-is-outside = `{ $id }` er ein skala 0–{ $MAX_LEVEL }; { $n } er utanfor
validate-is-outside-the-bounds-of = { $n } er utanfor grensene til `{ $id }`
validate-is-a-multiple-choice-question-use = `{ $id }` er eit fleirvalsspørsmål; bruk `{ $id } contains '...'`
validate-cannot-be-used-with-type-use = `{ $sym }` kan ikkje brukast på `{ $id }` (type `{ $kind }`); bruk `==` eller `!=`
validate-type-cannot-have-the-value = `{ $id }` (type `{ $kind }`) kan ikkje ha verdien { $lit }
validate-is-not-a-date-of-the = '{ $date }' er ikkje ein dato på forma ÅÅÅÅ-MM-DD
validate-has-no-option-has = `{ $id }` har ikkje svaralternativet '{ $option }' (har: { $known })
validate-the-condition-uses-only-fixed-values = vilkåret brukar berre faste verdiar og er alltid likt; vis til eit spørsmål

## src/report/audience.rs

audience-another-municipality = ein annan kommune

## src/report/catalogue.rs

catalogue-service-catalogue-ranked-by-need = Tenestekatalog: rangert etter behov
catalogue-withheld-too-few-others = Rangeringa byggjer på behovet til alle kommunane i dataa. Dataa har { $others } i tillegg til { $name }, så rangeringa ville vise kva dei andre treng; difor blir ho ikkje vist her (det krev minst { $floor } andre).
catalogue-need-0-100-per-municipality-from = Behov 0–100 per kommune frå modenheitsgap, oppgitt behov og signal i svar og inventar (sjå docs/metodikk.md). «I topp { $top }»: del av { $resamples } bootstrap-utval av kommunane der tenesta er blant dei { $top } øvste.
catalogue-need-per-service = Behov per teneste
catalogue-how-many-municipalities-must-be-mapped = Kor mange kommunar må kartleggjast?
catalogue-agreement-with-the-top-against-number = Samsvar med topp { $top } mot talet på kommunar
catalogue-number-of-municipalities-drawn-from-those = talet på kommunar trekte ut av dei kartlagde
catalogue-share-of-the-top-found-again = del av topp { $top } funne att
catalogue-mean-over-the-draws = snitt over trekningane
catalogue-stable-from = stabil frå { $value } %
catalogue-estimate-beyond-those-mapped = anslag utover dei kartlagde
catalogue-with-or-more-municipalities-at-least = Med { $k } eller fleire kommunar blir minst { $level } av topp { $top } funne att i snitt; { $n } er kartlagde, så valet står seg.
catalogue-estimate-about-municipalities-are-needed-for = Anslag: om lag { $k } kommunar trengst for at minst { $level } av topp { $top } skal bli funne att; berre { $n } er kartlagde. Stipla linje er ekstrapolert.
catalogue-the-top-does-not-reach-agreement = Topp { $top } når ikkje { $level } samsvar med dataa som finst; kartlegg fleire kommunar før valet.

## src/report/change.rs

change-change-since-the-last-round = Endring sidan førre runde
change-from-to-score-0-5-before = Frå { $old } til { $new }: skår 0–5 før → no, med endringa i parentes. Merknader: low-coverage (dekning under { $limit } i ein av rundane), migrated (mest svar førte over frå ein eldre skjemaversjon), new og gone (kommunen er berre med i den eine runden).
change-municipality = Kommune
change-flags = Merknader

## src/report/maturity.rs

maturity-could-not-find-in-the-data = fann ikkje «{ $wanted }» i dataa; kommunane i dataa er: { $list }
maturity-municipality = Kommune { $letter }
maturity-maturity-by-nsm-s-basic-principles = Modenheit etter NSMs grunnprinsipp
maturity-no-maturity-answers-in-the-data = Ingen modenheitssvar i dataa.
maturity-scale-0-5-0-not-in = Skala 0–5 (0 = ikkje på plass, 5 = målt og forbetra). Skåren er eit vekta snitt av spørsmål som er svart på; «veit ikkje» tel ikkje som 0. Med fleire respondentar i ein kommune er verdien det felles svaret deira eller medianen (sjå --aggregate).
maturity-the-other-municipalities-are-not-shown = Dei andre kommunane blir ikkje viste éin og éin: det krev minst { $value } av dei (anonymity.min_named i config/pilot.yaml).
maturity-no-other-municipalities = ingen andre kommunar
maturity-only-one-other-municipality = berre éin annan kommune
maturity-only-other-municipalities = berre { $n } andre kommunar
maturity-the-data-hold-with-maturity-answers = Dataa har { $others } med modenheitssvar: for få til å samanlikne med { $name } utan å avsløre kven dei er (det krev minst { $floor }). Her blir berre { $name } vist.
maturity-has-not-answered-the-maturity-questionnaire = { $name } har ikkje svart på modenheitsskjemaet.
maturity-the-dot-is-grey-band-the = Punktet er { $name }. Grått felt: spennet blant dei { $n } andre kommunane; strek: medianen deira.
maturity-per-category = Per kategori
maturity-categories = Kategoriar
maturity-per-principle = Per prinsipp
maturity-principles = Prinsipp
maturity-overall = samla { $overall }
maturity-all-municipalities-per-principle = Alle kommunar, per prinsipp
maturity-maturity-per-principle = Modenheit per prinsipp
maturity-the-principles = Prinsippa
maturity-spread-between-respondents = Spreiing mellom respondentar
maturity-the-lowest-and-highest-score-among = Lågaste og høgaste skår blant respondentane i kommunen, per kategori. Stor avstand tyder at dei ser situasjonen ulikt, eller les spørsmåla ulikt.
maturity-respondents-2 = Respondentar

## src/report/method.rs

method-method-quality = Metodekvalitet
method-of-questions-should-be-revised-by = { $k } av { $n } spørsmål bør reviderast etter grensene i config/pilot.yaml.
method-median-minutes = Median minutt
method-estimated-minutes = Anslåtte minutt
method-rejected-files-and-notes = Avviste filer og merknader
method-every-file-was-used-as-it = Alle filer vart brukte som dei er.
method-file = Fil
method-status = Status
method-message = Melding
method-used-look-at = brukt, sjå på
method-notes-on-the-other-municipalities-files = { $left_out } merknader om filene til dei andre kommunane er utelatne, så rapporten ikkje fortel kven dei er.

## src/report/mod.rs

report-mapping = Kartlegging: { $name }
report-made-with-kartlegg-the-report-describes = Laga { $value } med kartlegg { $value2 }. Rapporten skildrar svakheiter i tryggleiken: del han berre med dei som skal ha han.
report-files-read = filer lesne
report-municipalities-and-cooperations = kommunar og samarbeid
report-questionnaire-answers = spørjeskjemasvar
report-machines = maskinar
report-files-rejected = filer avviste
report-notes = merknader
report-the-maturity-scores-rest-on-of = Modenheitsskårane byggjer i snitt på { $value } % av dei relevante spørsmåla; resten var «veit ikkje», hoppa over eller ikkje nådd.

## src/source.rs

source-a-folder = ei mappe
source-a-fifo-named-pipe = ein FIFO (namngitt røyr)
source-a-socket = ein socket
source-a-device = ei eining
source-is-not-a-regular-file-give = er { $kind }, ikkje ei vanleg fil; oppgi ei fil
source-cannot-open = kan ikkje opne { $path }
source-the-file-is-larger-than-mib = fila er større enn { $mib } MiB, som er grensa for denne filtypen
source-the-file-is-saved-as-utf = fila er lagra som UTF-16; lagre ho som UTF-8 og prøv igjen
source-the-file-is-not-a-text = fila er ikkje ei tekstfil (null-byte ved posisjon { $offset })
source-the-text-is-not-utf-8 = teksten er ikkje UTF-8 (kanskje Latin-1 eller Windows-1252); lagre fila som UTF-8
source-the-file-is-empty = fila er tom

## src/stream/error.rs

error-tabs-cannot-be-used-for-indentation = tabulatorteikn kan ikkje brukast til innrykk; bruk mellomrom
error-invalid-yaml = ugyldig YAML: { $info }
error-the-document-ends-in-the-middle = dokumentet sluttar midt i ein verdi; er fila kutta av?
error-expected-found = venta { $want }, fann { $found }
error-is-not-allowed-here-expected = { $found } er ikkje tillate her; venta { $want }
error-items-but-expected = { $len } element, men venta { $want }
error-unknown-value-allowed-are = ukjend verdi «{ $variant }»; tillate er { $allowed }
error-allowed-are = ; tillate er { $allowed }
error-unknown-key = ukjend nøkkel `{ $field }`{ $hint }
error-the-key-is-missing = manglar nøkkelen `{ $field }`
error-the-key-appears-more-than-once = nøkkelen `{ $field }` står meir enn éin gong
error-the-truth-value = sanningsverdien `{ $b }`
error-the-whole-number = heiltalet { $n }
error-the-decimal-number = desimaltalet { $n }
error-the-character = teiknet «{ $c }»
error-the-text = teksten «{ $s }»
error-an-empty-value = ein tom verdi
error-a-list = ei liste
error-a-map-keys-and-values = eit kart (nøklar og verdiar)
error-a-whole-number-from-0-up = eit heiltal frå 0 og oppover
error-a-whole-number-from-0-to = eit heiltal frå 0 til 4294967295
error-a-whole-number-from-0-to-2 = eit heiltal frå 0 til 65535
error-a-whole-number-from-0-to-3 = eit heiltal frå 0 til 255
error-a-whole-number = eit heiltal
error-a-number = eit tal
error-a-text = ein tekst
error-true-or-false = `true` eller `false`

## src/stream/mod.rs

stream-values-are-nested-deeper-than-levels = verdiane ligg djupare enn { $MAX_DEPTH } nivå
stream-the-file-holds-more-than-one = fila har meir enn eitt YAML-dokument (`---`); berre eitt er tillate
stream-yaml-tags-tag-are-not-allowed = YAML-taggar (`!tag`) er ikkje tillatne
stream-yaml-aliases-name-are-not-allowed = YAML-aliasar (`*namn`) er ikkje tillatne; skriv ut verdien der han blir brukt
stream-unexpected-yaml-structure = uventa YAML-struktur
stream-expected-a-word-naming-one-of = venta eit ord som namngir ein av dei tillatne verdiane

## src/survey/answers.rs

answers-is-not-a-question-of = `{ $id }` er ikkje eit spørsmål i `{ $qid }`{ $hint }
answers-the-question-does-not-ask-for = { $id }: spørsmålet spør ikkje etter dokumentasjon (`evidence`)
answers-was-already-answered-on-line = `{ $id }` er svart på før, på linje { $line }
answers-invalid-csv = ugyldig CSV: { $err }
answers-expected-2-to-4-columns-question = venta 2 til 4 kolonnar (question_id,value[,comment[,evidence]]), fann { $n }
answers-is-split-in-two-fields-by = `{ $whole },{ $fraction }` er delt i to felt av kommaet; skriv talet i hermeteikn ("{ $whole },{ $fraction }"), med punktum, eller bruk `;` som skiljeteikn
answers-expected-question-id-answer-on-each = venta `spørsmåls-id: svar` på kvar linje

## src/survey/fill.rs

fill-the-earlier-answers-do-not-fit = dei tidlegare svara passar ikkje til spørjeskjemaet

## src/survey/result.rs

result-is-not-a-format-this-version = `{ $format }` er ikkje eit format denne versjonen av kartlegg kan lese (denne versjonen les { $FORMAT }); oppdater kartlegg
result-status-must-be-partial-or-complete = `status` må vere `partial` eller `complete`
result-an-answer-cannot-be-a-map = eit svar kan ikkje vere eit kart
result-state-must-be-answered-unknown-not = `state` må vere answered, unknown, not_applicable eller skipped
result-an-answered-question-must-have-a = eit spørsmål som er svart på, må ha `value`, og berre det

## src/survey/session.rs

session-is-not-a-question-of-the = `{ $id }` er ikkje eit spørsmål i spørjeskjemaet
session-there-are-no-more-questions = det er ikkje fleire spørsmål

## src/survey/terminal/ask.rs

ask-don-t-know = veit ikkje
ask-not-applicable = ikkje relevant
ask-date-yyyy-mm-dd-or-never = Dato (ÅÅÅÅ-MM-DD eller «aldri»)
ask-date-yyyy-mm-dd = Dato (ÅÅÅÅ-MM-DD)
ask-level = Nivå ({ $list })
ask-number = Tal

## src/survey/terminal/choose.rs

choose-questions = spørsmål
choose-which-questionnaires-do-you-want-to = Kva spørjeskjema vil du svare på? (mellomrom vel, Enter stadfestar)
choose-no-questionnaire-chosen = ingen spørjeskjema valde
choose-which-municipality-do-you-answer-for = Kva kommune svarer du for? (skriv for å søkje)
choose-already-exists-overwrite-it = { $path } finst allereie. Skrive over fila?
choose-y-n = {"["}j/N]
choose-answer-y-yes-or-n-no = Svar j (ja) eller n (nei).
choose-could-not-save-the-answers = Kunne ikkje lagre svara: { $why }
choose-save-them-in-another-file-an = Lagre dei i ei anna fil (tom linje gir opp)
choose-the-answers-were-not-saved = svara vart ikkje lagra: { $why }

## src/survey/terminal/evidence.rs

evidence-enter-skips = { $prompt } (Enter hoppar over)

## src/survey/terminal/mod.rs

terminal-municipality-saved-in = Kommune: { $id } { $name } · Blir lagra i: { $file }
terminal-could-not-save-the-answers-are = Kunne ikkje lagre ({ $err }). Svara er tekne vare på i minnet; vel «Lagre og hald fram seinare» (Esc) for å lagre dei ein annan stad.
terminal-this-is-the-first-question = Dette er det første spørsmålet.
terminal-comment-an-empty-line-removes-it = Kommentar (tom linje fjernar han)
terminal-not-for-this-question = ({ $label } – ikkje for dette spørsmålet)
terminal-what-do-you-want-to-do = Kva vil du gjere?
terminal-does-not-apply-to-this-question = «{ $label }» gjeld ikkje for dette spørsmålet.
terminal-summary = Oppsummering
terminal-the-maturity-table-is-printed-when = Tabellen over modenheit blir skriven ut når du fullfører.
terminal-every-question-is-answered = Alle spørsmål har svar.
terminal-skipped-answered-don-t-know-or = { $n } er hoppa over, har svaret «Veit ikkje» eller er merkte som uklare:
terminal-finish-and-save = Fullfør og lagre
terminal-finish-or-choose-a-question-to = Fullfør, eller vel eit spørsmål å gå tilbake til
terminal-back-to-the-question = Tilbake til spørsmålet
terminal-go-to-the-previous-question = Gå til førre spørsmål
terminal-skip-the-question = Hopp over spørsmålet
terminal-write-a-comment = Skriv ein kommentar
terminal-flag-unflag-as-unclear-question = Merk / fjern merket «uklart spørsmål»
terminal-show-help = Vis hjelp
terminal-save-and-continue-later = Lagre og hald fram seinare

## src/survey/terminal/rank.rs

rank-place-of = Plass { $place } av { $pick }

## src/survey/terminal/show.rs

show-question-of = Spørsmål { $n } av { $total } · { $context }
show-question-of-up-to = Spørsmål { $n } av opptil { $total } · { $context }
show-comment = Kommentar: { $comment }
show-flagged-as-an-unclear-question = {"  "}⚑ Merkt som uklart spørsmål
show-this-question-has-no-help-text = Dette spørsmålet har ingen hjelpetekst.
show-page-of-press-a-key-for = Side { $n } av { $pages } · trykk ein tast for neste side
show-page-of-press-a-key-to = Side { $n } av { $pages } · trykk ein tast for å svare
show-type-the-answer-and-press-enter = Skriv svaret og trykk Enter. Tom linje gir fleire val: tilbake, hopp over, kommentar, uklart, hjelp{ $value }.
show-space-ticks-enter-confirms-esc-gives = Mellomrom kryssar av, Enter stadfestar. Esc gir fleire val: tilbake, hopp over, kommentar, uklart, hjelp.
show-choose-with-the-arrow-keys-and = Vel med piltastane og Enter. Esc gir fleire val; «Vis hjelp» viser heile nivåskildringane.
show-choose-with-the-arrow-keys-and-2 = Vel med piltastane og Enter. Esc gir fleire val: tilbake, hopp over, kommentar, uklart, hjelp.

## src/survey/terminal/summary.rs

summary-answered-don-t-know-not-applicable = Svart: { $value } · Veit ikkje: { $value2 } · Ikkje relevant: { $value3 } · Hoppa over: { $value4 }
summary-area = Område
summary-maturity-0-5 = Modenheit 0–5
summary-overall = SAMLA

## src/usage.rs

usage-usage = Bruk
usage-commands = Kommandoar
usage-command = KOMMANDO
usage-examples = Døme:
usage-arguments = Argument
usage-options = Val
usage-possible-values = {" "}[moglege verdiar: { $list }]
usage-default = {" "}[standard: { $list }]
usage-a-similar-subcommand-exists = det finst ein underkommando med liknande namn
usage-a-similar-option-exists = det finst eit val med liknande namn
usage-a-similar-value-exists = det finst ein verdi med liknande namn
usage-tip = {"  "}tips: { $says }: { $value }
usage-tip-2 = {"  "}tips: { $tip }
usage-tip-pass-as-value = for å gje «{ $arg }» som verdi, skriv «{ $example }»
usage-tip-exists = «{ $name }» finst
usage-tip-remove-double-dash = underkommandoen «{ $name }» finst; fjern «--» framfor han for å bruke han
usage-usage-2 =
    {""}

    Bruk: { $usage }
usage-for-more-information-try-help =
    {""}

    For meir informasjon, prøv «--help».
    {""}
usage-unrecognized-subcommand = ukjend underkommando { $what }
usage-unexpected-argument = uventa argument { $arg }
usage-needs-a-value-but-got-none = { $arg } treng ein verdi, men fekk ingen
usage-invalid-value-for = ugyldig verdi { $value } for { $arg }
usage-possible-values-2 =
    {""}
    {"  "}[moglege verdiar: { $list }]
usage-this-is-required-but-missing = dette må oppgivast, men manglar: { $arg }
usage-needs-a-subcommand = { $what } treng ein underkommando: { $valid }
usage-cannot-be-used-with = { $arg } kan ikkje brukast saman med { $prior }
usage-needs-its-value-after-an-equals = { $arg } må få verdien med likskapsteikn: { $arg }=VERDI
usage-wrong-number-of-values-for = feil tal på verdiar for { $arg }
usage-the-argument-is-not-valid-utf = argumentet er ikkje gyldig UTF-8
usage-invalid-command-line = ugyldig kommandolinje

## src/yaml/decode.rs

decode-expected-found = venta { $what }, fann { $found }
decode-a-key = ein nøkkel
decode-valid-keys = ; gyldige nøklar: { $list }
decode-unknown-key = ukjend nøkkel `{ $name }`{ $hint }
decode-the-key-appears-twice = nøkkelen `{ $name }` står to gonger
decode-the-key-is-missing = manglar nøkkelen `{ $key }`
decode-the-text-is-missing = manglar teksten på `{ $lang }`
decode-the-text-is-empty = teksten på `{ $lang }` er tom
decode-the-nn-nynorsk-text-is-missing = manglar teksten på `nn` (nynorsk); legg han til mellom `nb` og `en`

## src/yaml/mod.rs

yaml-an-empty-value = tom verdi
yaml-a-single-value = ein enkeltverdi
yaml-values-are-nested-deeper-than-levels = verdiane er nøsta djupare enn { $MAX_DEPTH } nivå
yaml-invalid-yaml = ugyldig YAML: { $value }
yaml-the-file-has-no-content = fila har ikkje noko innhald

## src/form/export.rs

export-language = Språk

## src/fleet/measure.rs
measure-unknown = ukjend mål `{ $name }` for einingseksportane (kjende mål: { $known }){ $hint }
measure-limit-out-of-range = grensa for `{ $name }` må vere eit tal frå 0 (til 100 for prosentar)

## src/dataset/tables/fleet.rs
fleet-table-sheet = Einingseksportar
fleet-table-releases-sheet = Operativsystem
fleet-table-export = eksport
fleet-table-export-about = Kvar eksporten kjem frå: intune, entra eller active-directory
fleet-table-devices-about = Talet på einingar i eksporten
fleet-table-activity-first = aktivitet_fra
fleet-table-activity-first-about = Den tidlegaste siste innsjekkinga, pålogginga eller innlogginga (ÅÅÅÅ-MM-DD)
fleet-table-activity-last = aktivitet_til
fleet-table-activity-last-about = Den seinaste aktiviteten i eksporten; inaktivitet blir rekna frå denne datoen
fleet-table-stale-30 = inaktive_30d
fleet-table-stale-30-about = Einingar utan aktivitet dei siste 30 dagane før aktivitet_til (einingar utan dato er rekna med)
fleet-table-stale-90 = inaktive_90d
fleet-table-stale-90-about = Einingar utan aktivitet dei siste 90 dagane før aktivitet_til (einingar utan dato er rekna med)
fleet-table-yes = ja
fleet-table-no = nei
fleet-table-unknown = ukjent
fleet-table-encrypted = kryptert
fleet-table-encrypted-about = Einingar med kryptert disk, utan, og der eksporten ikkje seier det; tom når eksporten ikkje har kolonnen
fleet-table-compliant = i_samsvar
fleet-table-compliant-about = Einingar som oppfyller krava i einingsstyringa, som ikkje gjer det, og ukjend; tom når eksporten ikkje har kolonnen
fleet-table-managed = styrt
fleet-table-managed-about = Einingar som er sentralt styrte, som ikkje er det, og ukjend; tom når eksporten ikkje har kolonnen
fleet-table-enabled = aktivert
fleet-table-enabled-about = Datamaskinkontoar i Active Directory som er aktiverte, deaktiverte og ukjende; tom for andre eksportar
fleet-table-entra-joined = entra_tilknyttet
fleet-table-hybrid-joined = hybrid_tilknyttet
fleet-table-registered = registrert
fleet-table-other-join = annen_tilknytning
fleet-table-join-about = Einingar etter korleis dei er knytte til Entra ID; tom når eksporten ikkje seier det
fleet-table-corporate = eid_av_kommunen
fleet-table-personal = privat_eid
fleet-table-ownership-about = Einingar etter eigarskap (Intune); tom når eksporten ikkje seier det
fleet-table-past-support = uten_stotte
fleet-table-past-support-about = Einingar med operativsystem som har passert slutten på tryggleiksstøtta
fleet-table-unknown-support = stotte_ukjent
fleet-table-unknown-support-about = Einingar med ei utgåve som kartlegg ikkje kjenner slutten på støtta for
fleet-table-unencrypted-percent = ukryptert_prosent
fleet-table-noncompliant-percent = ikke_i_samsvar_prosent
fleet-table-unsupported-percent = uten_stotte_prosent
fleet-table-percent-about = Prosent av einingane der tilstanden er kjend (éin desimal); tom når eksporten ikkje seier det
fleet-table-created = laget
fleet-table-created-about = Når flåtefila vart laga
fleet-table-platform = plattform
fleet-table-platform-about = windows, windows-server, macos, ios, android, linux eller other
fleet-table-os-version-about = Versjon utan det som skil einingar frå kvarandre (utan revisjon eller patchnivå)
fleet-table-past-support-flag = forbi_stotte
fleet-table-past-support-flag-about = true når utgåva har passert slutten på tryggleiksstøtta, false når ikkje, unknown når datoen er ukjend
fleet-table-devices = enheter
