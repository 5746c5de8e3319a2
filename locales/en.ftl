### kartlegg's messages in English.
###
### Each message is `key = text`; a `{ $name }` is filled in by the program and
### must stay as it is. The same keys, with the same placeholders, are in
### nb.ftl, nn.ftl and en.ftl; the tests fail on any gap. See README.md here.

## NSM's categories and principles (src/nsm.rs), keyed by their numbers

category-1 = Identify and map
category-2 = Protect and maintain
category-3 = Detect
category-4 = Respond and recover
principle-1-1 = Map governance structures, deliveries and supporting systems
principle-1-2 = Map devices and software
principle-1-3 = Map users and their need for access
principle-2-1 = Build security into procurement and development
principle-2-2 = Establish a secure ICT architecture
principle-2-3 = Maintain a secure configuration
principle-2-4 = Protect the organisation's network
principle-2-5 = Control data flows
principle-2-6 = Control identities and access
principle-2-7 = Protect data at rest and in transit
principle-2-8 = Protect e-mail and web browsers
principle-2-9 = Be able to restore data
principle-2-10 = Build security into change management
principle-3-1 = Find and remove known vulnerabilities and threats
principle-3-2 = Establish security monitoring
principle-3-3 = Analyse security monitoring data
principle-3-4 = Carry out penetration tests
principle-4-1 = Prepare for incident handling
principle-4-2 = Assess and classify incidents
principle-4-3 = Contain and handle incidents
principle-4-4 = Evaluate and learn from incidents

## Counts (plural forms)

count-more-problems =
    { $n ->
        [one] { $n } more problem
       *[other] { $n } more problems
    }
count-questions-were =
    { $n ->
        [one] { $n } question was
       *[other] { $n } questions were
    }
count-answers-were =
    { $n ->
        [one] { $n } answer was
       *[other] { $n } answers were
    }
count-files =
    { $n ->
        [one] { $n } file
       *[other] { $n } files
    }
count-problems =
    { $n ->
        [one] { $n } problem
       *[other] { $n } problems
    }
count-questions-have =
    { $n ->
        [one] { $n } question has
       *[other] { $n } questions have
    }
count-municipalities =
    { $n ->
        [one] { $n } municipality
       *[other] { $n } municipalities
    }
count-fleet-files =
    { $n ->
        [one] { $n } fleet file
       *[other] { $n } fleet files
    }
count-machines =
    { $n ->
        [one] { $n } machine
       *[other] { $n } machines
    }
count-answers =
    { $n ->
        [one] { $n } answer
       *[other] { $n } answers
    }

## Help texts of the command line (keyed by the English text)

help-map-the-it-structure-1df0d0 = Map the IT structure and information-security maturity of municipalities
help-map-the-it-structure-748b33 =
    Map the IT structure and information-security maturity of municipalities.

    kartlegg asks on-site staff questionnaires built on NSM's basic principles for ICT security, records what a machine reveals about its security, and turns result files from many municipalities into one comparable dataset.
help-language-of-prompts-messages-dec803 = Language of prompts, messages and exported headers (by default the language form of the municipality given with -k, else nb)
help-when-to-use-colour-a1a8e0 = When to use colour in output
help-print-only-results-and-447437 = Print only results and errors
help-print-more-detail-repeat-74ead4 = Print more detail (repeat for even more)
help-yaml-file-with-extra-a8a892 = YAML file with extra municipalities and IT cooperations (see docs/formats.md)
help-print-help-see-more-0a4f05 = Print help (see more with '--help')
help-print-help-see-a-d04996 = Print help (see a summary with '-h')
help-print-help-63ca5e = Print help
help-print-version-070bbb = Print version
help-list-show-and-validate-79e83c = List, show and validate questionnaires
help-list-the-built-in-d108c0 = List the built-in questionnaires with version and hash
help-show-a-questionnaire-built-138787 = Show a questionnaire (built-in id or YAML file) with every question
help-built-in-questionnaire-id-1afd86 = Built-in questionnaire id (see `list`) or path to a questionnaire file
help-check-questionnaire-or-service-1dfb1e = Check questionnaire or service-catalogue files and report every problem as file:line:column
help-check-questionnaire-or-service-e1c809 =
    Check questionnaire or service-catalogue files and report every problem as file:line:column

    Exit status: 0 when all files are valid, 3 when problems were found, 1 when a file could not be read.
help-questionnaire-or-service-catalogue-120f87 = Questionnaire or service-catalogue files to check
help-an-earlier-version-of-20411e = An earlier version of the questionnaire to check the `changes:` map against (built-in questionnaires are checked against their released versions without it)
help-show-what-changed-between-cbedc3 = Show what changed between two versions of a questionnaire, for a change log
help-the-earlier-version-a-2ea2ed = The earlier version: a file, `ID@VERSION` (a released built-in version) or a built-in ID
help-the-later-version-given-7111a4 = The later version, given the same ways
help-output-format-a529df = Output format
help-write-a-questionnaire-as-1d8bc4 = Write a questionnaire as a fillable Excel form; read it back with `kartlegg import`
help-the-workbook-to-write-72fc1d = The workbook to write
help-overwrite-an-existing-file-cc1cf9 = Overwrite an existing file
help-print-this-message-or-7623c8 = Print this message or the help of the given subcommand(s)
help-print-help-for-the-86ba37 = Print help for the subcommand(s)
help-answer-questionnaires-for-a-d811d8 = Answer questionnaires for a municipality, saving after every answer
help-questionnaires-to-answer-built-ddb5a4 = Questionnaires to answer: built-in ids (see `questionnaire list`) or files; asked for when left out
help-the-municipality-number-or-badecd = The municipality (number or name) or IT cooperation answered for; asked for when left out
help-result-file-default-kartlegg-96ce03 = Result file [default: kartlegg-svar-<kommunenr>-<questionnaire>-<date>.yaml]
help-continue-a-partly-answered-3b7440 = Continue a partly answered result file
help-answers-prepared-in-a-3d0e75 = Answers prepared in a YAML or CSV file (question_id,value[,comment]); without a terminal they are the answers, with one they are shown as defaults
help-the-respondent-s-role-958f1b = The respondent's role, such as "IT-leder" (stored in the file)
help-the-respondent-s-name-dac48b = The respondent's name; left out of the file unless given
help-the-answers-were-agreed-114185 = The answers were agreed in a joint session of several respondents; stands for the municipality
help-overwrite-an-existing-result-fb017a = Overwrite an existing result file without asking
help-encrypt-the-result-file-0598a1 = Encrypt the result file (to FILE.age) for this age public key, or for every key in a file; repeatable
help-secret-key-file-from-fe90e7 = Secret key file (from `kartlegg keygen`) to read encrypted .age result files
help-read-a-questionnaire-form-7f2f39 = Read a questionnaire form filled in Excel (from `questionnaire export`) into a result file
help-the-filled-form-xlsx-87c19d = The filled form (.xlsx from `kartlegg questionnaire export`)
help-the-municipality-number-or-339a4e = The municipality (number or name) answered for; by default the one written on the form
help-the-questionnaire-file-the-145ec3 = The questionnaire file the form was made from, when it is not built in (such as an older version)
help-overwrite-an-existing-result-1dd51b = Overwrite an existing result file
help-record-this-machine-s-c029f0 = Record this machine's systems and security indicators (read-only, no admin rights needed)
help-the-municipality-number-or-f4c5de = The municipality (number or name) the machine belongs to
help-result-file-default-kartlegg-205880 = Result file [default: kartlegg-inventar-<kommunenr>-<host id>-<date>.yaml]
help-file-format-1ad691 = File format
help-how-much-that-identifies-5f8634 = How much that identifies the machine to keep: `full` adds host name, addresses, mount paths and program names
help-count-devices-from-intune-167ccc = Count devices from Intune, Entra ID and Active Directory exports: counts only, never names
help-device-exports-csv-intune-0472ba = Device exports (CSV): Intune "All devices", Entra ID "Download devices", or Active Directory computers from Get-ADComputer
help-the-municipality-number-or-41398b = The municipality (number or name) the devices belong to
help-result-file-default-kartlegg-f33a5a = Result file [default: kartlegg-flate-<kommunenr>-<date>.yaml]
help-leave-out-the-list-9dc515 = Leave out the list of installed software
help-longest-time-any-single-abca00 = Longest time any single source may take, in seconds
help-merge-result-files-from-b62389 = Merge result files from many sites into one dataset (CSV and XLSX)
help-result-files-or-folders-cadb21 = Result files, or folders to search for them (.yaml, .yml, .json, and .age when encrypted)
help-questionnaire-files-besides-the-248787 = Questionnaire files besides the built-in ones (such as older versions)
help-service-catalogue-to-rank-78abf3 = Service catalogue to rank instead of the built-in one
help-weights-and-limits-of-633885 = Weights and limits of the ranking (see config/vekter.yaml)
help-thresholds-and-checks-of-c978da = Thresholds and checks of the method evaluation (see config/pilot.yaml)
help-how-several-respondents-answers-6b640a = How several respondents' answers become the municipality's (a result agreed in a joint session, --consensus, always stands for it)
help-seed-of-the-resampling-e7da67 = Seed of the resampling that measures how stable the ranking is
help-folder-for-the-dataset-553e7b = Folder for the dataset
help-write-nothing-if-any-802c7f = Write nothing if any input is rejected
help-read-every-file-again-7576a7 = Read every file again, without using or updating the cache of files read before
help-csv-flavour-excel-nb-c687d3 = CSV flavour: `excel-nb` is UTF-8 with BOM, `;` and decimal comma
help-write-only-kartlegging-xlsx-4754f8 = Write only kartlegging.xlsx
help-write-only-the-csv-bd8a0f = Write only the CSV files
help-replace-the-dataset-files-d7260a = Replace the dataset files in an existing output folder
help-the-mapping-round-the-34bdf4 = The mapping round the dataset belongs to, such as `2026-pilot` (default: the year of the newest file)
help-rank-the-service-catalogue-9e6810 = Rank the service catalogue by the municipalities' need, with reasons and stability
help-size-of-the-catalogue-f06e48 = Size of the catalogue being chosen (overrides `top` in the weights)
help-weight-municipalities-by-size-77852a = Weight municipalities by size in the mean need (overrides `weight_by`)
help-also-write-the-ranking-d4f4f7 = Also write the ranking as CSV to this file
help-replace-an-existing-output-9a9658 = Replace an existing output file
help-judge-how-well-the-1cb6ef = Judge how well the questionnaires worked in the pilot, and which questions to revise
help-folder-for-metode-csv-f1345d = Folder for metode.csv (every question) and tidsbruk.csv (time per questionnaire)
help-replace-existing-files-in-472261 = Replace existing files in the output folder
help-write-one-self-contained-72a304 = Write one self-contained HTML report with charts (prints on A4)
help-the-html-file-to-71836c = The HTML file to write
help-compare-this-municipality-number-c98a92 = Compare this municipality (number or name) with the others
help-name-the-other-municipalities-fd82a4 = Name the other municipalities instead of showing them anonymously
help-replace-an-existing-report-35a172 = Replace an existing report
help-an-earlier-round-a-82da97 = An earlier round (a dataset folder from `merge`, or result files) to show the change since
help-the-name-of-this-971f91 = The name of this round beside the baseline's (default: the year of the newest file)
help-compare-two-rounds-of-26c421 = Compare two rounds of mapping: the change per municipality, NSM category and principle
help-the-earlier-round-a-086a9c = The earlier round: a dataset folder from `merge`, or result files or folders of them
help-the-new-round-given-f5bd57 = The new round, given the same ways
help-folder-for-endring-csv-23abbc = Folder for endring.csv and endring.xlsx
help-replace-endring-csv-and-94a764 = Replace endring.csv and endring.xlsx in the output folder
help-how-several-respondents-answers-0c380a = How several respondents' answers become the municipality's
help-list-and-search-the-104ead = List and search the municipality register
help-show-only-entries-whose-670d03 = Show only entries whose name contains TEXT or whose number starts with it
help-make-an-age-key-a0fa2b = Make an age key pair for the project team: sites encrypt to the public key
help-the-secret-key-file-17dff6 = The secret key file to write
help-replace-an-existing-key-123daa = Replace an existing key file (files encrypted to the old key can then no longer be read)
help-print-a-shell-completion-fbf2e8 = Print a shell completion script
help-the-shell-to-complete-d620ab = The shell to complete for
help-print-the-manual-page-576218 = Print the manual page (roff) to standard output
help-show-only-municipalities-with-34914a = Show only municipalities with this official language form
help-show-only-the-municipalities-0c0436 = Show only the municipalities of one county, by number or name (46, Trøndelag)
help-show-all-of-norway-616017 = Show all of Norway's municipalities, not only Vestland's

## src/analysis/pilot.rs

pilot-the-respondents-disagree-alpha-over = the respondents disagree: alpha { $alpha } (< { $limit }) over { $n }
pilot-don-t-know = “don't know”
pilot-not-applicable = “not applicable”
pilot-skipped = skipped
pilot-marked-unclear = marked unclear
pilot-commented-on = commented on
pilot-median-answer-time-s-s = median answer time { $m } s (> { $limit } s)
pilot-answer-alike-the-question-tells-little = { $c } give the same answer (≥ { $limit }); the question tells little
pilot-contradictions-in = contradiction in { $k }: { $list }

## src/analysis/ranking.rs

ranking-of-municipalities-have-maturity-on = { $k } of { $of } municipalities have maturity ≤ { $low } on { $p }
ranking-no-municipality-has-maturity-on = no municipality has maturity ≤ { $low } on { $ps }
ranking-applies-to = “{ $reason }” applies to { $k }
ranking-no-data-on-the-need-for = No data on the need for this service
ranking-overlap = Overlap: { $value }
ranking-of-state-a-large-or-critical = { $big } of { $of } state a high or critical need
ranking-do-it-themselves = , { $own } do it themselves
ranking-already-buy-it = , { $bought } already buy it
ranking-of-rank-it-among-the-most = { $among } of { $of } rank it among the most important ({ $top } first)

## src/analysis/settings.rs

settings-is-outside = { $x } is outside { $lo }–{ $hi }
settings-is-not-a-whole-number = { $x } is not a whole number
settings-at-least-one-of-the-weights = at least one of the weights must be above 0
settings-is-unknown-use-none-innbyggere-or = `{ $other }` is unknown; use none, innbyggere or ansatte
settings-top-must-be-at-least-1 = `top` must be at least 1
settings-min-named-is-too-low-with = min_named { $min_named } is too low: with fewer than { $floor } other municipalities the reader can work out who they are; give { $floor } or more
settings-claims-does-not-name-the-question = `claims` does not name the question `{ $question }`

## src/catalogue.rs

catalogue-the-department-is-already-defined-on = the department `{ $id }` is already defined on line { $line }
catalogue-the-service-is-already-defined-on = the service `{ $id }` is already defined on line { $line }
catalogue-the-catalogue-has-no-services = the catalogue has no services
catalogue-the-list-of-principles-is-empty = the list of principles is empty
catalogue-the-department-does-not-exist-defined = the department `{ $department }` does not exist (defined: { $known })
catalogue-the-question-of-lacks-the-option = the question `{ $RANK_QUESTION }` of `{ $NEEDS_QUESTIONNAIRE }` lacks the option `{ $id }` for the service
catalogue-the-questionnaire-lacks-the-question-for = the questionnaire `{ $NEEDS_QUESTIONNAIRE }` lacks the question `{ $wanted }` for the service `{ $id }`
catalogue-is-not-a-built-in-questionnaire = `{ $questionnaire }` is not a built-in questionnaire ({ $known })
catalogue-did-you-mean = ; did you mean `{ $near }`?
catalogue-unknown-inventory-indicator = unknown inventory indicator `{ $indicator }`{ $hint }

## src/cmd/catalogue.rs

catalogue-rank = Rank
catalogue-service = Service
catalogue-need = Need
catalogue-high-need = High need
catalogue-in-top = In top { $top }
catalogue-rank-90 = Rank 90 %
catalogue-don-t-know = Don't know
catalogue-why = Why
catalogue-need-0-100-from-in-top = Need 0–100 from { $sites }. “In top { $top }” and the rank interval come from { $resamples } bootstrap resamples (--seed { $seed }).
catalogue-the-top-is-stable-at-least = The top { $top } is stable (at least { $level } agreement) from { $k } municipalities; { $n } are mapped.
catalogue-the-top-becomes-stable-at-least = The top { $top } becomes stable (at least { $level } agreement) at about { $k } municipalities (estimate); only { $n } are mapped, so map more before choosing.
catalogue-the-top-is-not-stable-at = The top { $top } is not stable (at least { $level } agreement) with the data there is; map more municipalities.

## src/cmd/compare.rs

compare-old = { $name } (old)
compare-new = { $name } (new)
compare-the-changes-are-written-to-endring = The changes are written to endring.csv and endring.xlsx in { $dir }.
compare-generated = Generated
compare-tool = Tool
compare-earlier-round = Earlier round
compare-from = From
compare-new-round = New round
compare-municipalities-only-in-the-new-round = Municipalities only in the new round
compare-municipalities-only-in-the-earlier-round = Municipalities only in the earlier round
compare-low-coverage-below = Low coverage: below
compare-migrated-share-carried-over-above = Migrated: share carried over, above
compare-overall-maturity-from-to-scored-in = Overall maturity from { $old } to { $new } ({ $n } scored in both):
compare-largest-rise = Largest rise
compare-largest-fall = Largest fall
compare-none = none

## src/cmd/fleet.rs

fleet-saved-in = The device counts of { $kommune } are saved in { $path }.
fleet-export = Export
fleet-devices = Devices
fleet-activity = Activity (first – last)
fleet-stale = Stale > 30 / > 90 days
fleet-encrypted = Encrypted
fleet-compliant = Compliant
fleet-past-end-of-support = Past end of support
fleet-past-and-unknown = { $past } (unknown: { $unknown })

## src/cmd/import.rs

import-in-the-form-nothing-was-written = { $n } in the form; nothing was written. Correct what is listed above, and import again.
import-does-not-exist = { $file } does not exist
import-not-used-because-the-questions-do = Not used, because the questions do not apply after the other answers: { $ids }
import-complete = complete
import-partial-no-answer = partial: { $open } no answer
import-answers-imported-into = { $n } answers imported into { $out } ({ $state }).
import-the-form-was-made-from-version = the form was made from `{ $id }` version { $version }, but this kartlegg has version { $here } (or a changed copy); give the questionnaire file of version { $version } with --questionnaire FILE
import-the-form-was-made-from-the = the form was made from the questionnaire `{ $id }` version { $version }, which is not built in; give its file with --questionnaire FILE
import-is-a-folder-import-reads-one = { $dir } is a folder; import reads one filled-in Excel form (.xlsx). Give the file, for example `kartlegg import { $example }`.
import-the-form-does-not-say-which = the form does not say which municipality the answers are for; name it with -k NR|NAVN

## src/cmd/input.rs

input-does-not-exist-give-files-or = { $path } does not exist; give files or folders with result files
input-reading-files = reading files
input-found-no-result-files-in-give = found no result files in { $dir }. Give the files or the folder with what came in from `kartlegg survey`, `inventory`, `fleet` and `import`: files ending in .yaml, .yml, .json or .age (encrypted), such as kartlegg-svar-4627-modenhet-2026-11-28.yaml; subfolders are searched too.
input-round-a-round-needs-a-name = --round: a round needs a name on one line, such as 2026 or 2026-pilot
input-rejected-and-left-out-kartlegg-merge = { $files } rejected and left out; `kartlegg merge` lists every note in avvik.csv.

## src/cmd/inventory.rs

inventory-reading = reading { $step } …
inventory-saved-in = Saved in { $path }.
inventory-what = What
inventory-value = Value
inventory-evidence = Evidence
inventory-sources-could-not-be-read-see = { $n } sources could not be read (see `unreadable` in the file). Time: { $seconds } s.
inventory-host-hash = Host (hash)
inventory-operating-system = Operating system
inventory-hardware = Hardware
inventory-virtualisation = Virtualisation
inventory-disks = Disks
inventory-listening-ports = Listening ports
inventory-towards-the-network = { $exposed } towards the network
inventory-software = Software
inventory-yes = yes
inventory-no = no
inventory-unknown = unknown

## src/cmd/keygen.rs

keygen-the-secret-key-is-in-readable = The secret key is in { $file } (readable by you only); back it up, and never share it. Give the public key above to the municipalities: kartlegg survey … --encrypt-to { $public }. Read the files with --identity { $file }.

## src/cmd/kommuner.rs

kommuner-number-id = Number / id
kommuner-name = Name
kommuner-language-form = Language form
kommuner-members = Members
kommuner-in-all = { $n } in all
kommuner-county = County
kommuner-default-scope = Showing { $n }: Vestland, the default scope. `--all` lists all { $total }, `--fylke NAME` one county, `--search TEXT` searches them all.
kommuner-no-county = `{ $text }` is not a county; write the number or name of one of these: { $list }

## src/cmd/merge.rs

merge-round-the-year-of-the-newest = Round: { $round } (the year of the newest file; choose with --round)
merge-rejected-with-strict-nothing-is-written = { $files } rejected; with --strict nothing is written.
merge-read-questionnaire-answers-and-used-rejected = { $files } read: { $surveys } questionnaire answers, { $machines } and { $fleets } used, { $rejected } rejected, { $warnings } to look at (avvik.csv). The dataset is in { $dir }.
merge-the-workbook = The workbook: { $workbook }
merge-already-holds-a-dataset-choose-another = { $dir } already holds a dataset; choose another folder or overwrite with --force
merge-writing-the-dataset = writing the dataset …

## src/cmd/pilot.rs

pilot-estimate-the-sum-of-every-question = Estimate: the sum of every question's median time. Alpha: Krippendorff's alpha between respondents of the same municipality; below 0.667 with enough data is flagged. The limits are in config/pilot.yaml (change with --pilot-config).
pilot-no-question-is-flagged-for-revision = No question is flagged for revision ({ $value } questions assessed).
pilot-questionnaire = Questionnaire
pilot-question = Question
pilot-files = Files
pilot-why-revise = Why revise
pilot-of-questions-should-be-revised = { $k } of { $n } questions should be revised.
pilot-metric = Metric
pilot-alpha = Alpha
pilot-values = Values
pilot-municipalities = Municipalities
pilot-within-one-level = Within one level
pilot-agreement-between-respondents-of-the-same = Agreement between respondents of the same municipality:
pilot-files-2 = Files
pilot-finished = Finished
pilot-median-min = Median min
pilot-90-min = 90 % min
pilot-estimate-min = Estimate min

## src/cmd/questionnaire.rs

questionnaire-and-are-different-questionnaires-diff-compares = `{ $a }` and `{ $b }` are different questionnaires; `diff` compares two versions of the same one
questionnaire-form-with-questions-written-to-fill = Form with { $n } questions written to { $file }. Fill in the sheet “Svar”, and read it back with `kartlegg import { $file }`.
questionnaire-version = Version
questionnaire-title = Title
questionnaire-questions = Questions
questionnaire-cannot-show-see-every-problem-with = cannot show `{ $arg }` (see every problem with `kartlegg questionnaire validate { $arg }`)
questionnaire-services = { $id } { $version }, { $n } services
questionnaire-questions-sha256 = { $id } { $version }, { $n } questions, sha256 { $hash }
questionnaire-error = error
questionnaire-files-checked-valid-with-problems-in = files checked: { $checked } · valid: { $valid } · with problems: { $broken } ({ $problems } in all) · unreadable: { $unreadable }

## src/cmd/report.rs

report-earlier = { $name } (earlier)
report-the-report-is-written-to = The report is written to { $path }.

## src/cmd/survey.rs

survey-interrupted-the-answers-so-far-are =
    Interrupted. The answers so far are saved in { $path }. Continue with:
    {"  "}{ $resume }
survey-interrupted-before-any-answer-was-given = Interrupted before any answer was given.
survey-identity-secret-key-encrypt-to-public = {" "}--identity SECRET-KEY --encrypt-to PUBLIC-KEY
survey-standard-input-is-not-a-terminal = standard input is not a terminal, so kartlegg cannot ask questions; give the answers in a file with --answers FILE (YAML or CSV)
survey-answers-applies-to-one-questionnaire-at = --answers applies to one questionnaire at a time
survey-is-encrypted-give-encrypt-to-again = { $path } is encrypted; give --encrypt-to again, so that the answers stay encrypted
survey-was-answered-with-the-questionnaire-which = { $file } was answered with the questionnaire `{ $id }`, which is not built in; give its file: kartlegg survey --resume { $file } QUESTIONNAIRE.yaml
survey-resume-continues-one-questionnaire = --resume continues one questionnaire
survey-the-file-was-answered-with-the = the file was answered with the questionnaire `{ $id }` version { $version } (sha256 { $hash }…), but here there is `{ $here_id }` version { $here_version } (sha256 { $here_hash }…); give the questionnaire file of version { $version }
survey-name-the-questionnaire-as-an-argument = name the questionnaire as an argument, for example `kartlegg survey modenhet`
survey-output-can-only-be-used-with = --output can only be used with one questionnaire
survey-name-the-municipality-with-k-nr = name the municipality with -k NR|NAVN
survey-already-exists-continue-it-with-kartlegg = { $path } already exists. Continue it with `kartlegg survey --resume { $path }`, choose another file with -o, or overwrite with --force
survey-the-answers-in-do-not-fit = the answers in { $output } do not fit the questionnaire
survey-without-a-terminal-the-answers-are = without a terminal the answers are needed in a file: --answers FILE
survey-in-the-answers-file-nothing-was = { $n } in the answers file; nothing was saved. Correct what is listed above, and try again.
survey-done-the-answers-for-are-saved = Done. The answers for { $id } { $name } are saved in { $path }.
survey-saved-in-continue-later-with = Saved in { $path }. Continue later with: { $resume }
survey-not-used-because-the-questions-are = Not used, because the questions are not shown with these answers: { $ids }
survey-saved-in-complete = Saved in { $path } (complete).
survey-saved-in-partial-no-answer = Saved in { $path } (partial: { $open } no answer).

## src/collect/place.rs

place-the-questionnaire-is-unknown-give-it = the questionnaire `{ $id }` is unknown; give it with --questionnaire FILE
place-the-sha256-does-not-match-version = the sha256 does not match version { $version } of the questionnaire; the file may come from a changed questionnaire
place-answered-with-version-which-this-kartlegg = answered with version { $version }, which this kartlegg does not know; merged with version { $here } by question id
place-not-carried-to-the-newest-version = { $n } not carried to the newest version ({ $ids }): { $why }
place-the-answer-is-left-out = { $at }{ $id }: { $why }; the answer is left out
place-answers-to-questions-the-version-does = answers to questions the version does not have were left out: { $ids }
place-the-scores-of-principle-rest-mostly = the scores of principle { $list } rest mostly on answers carried from an earlier version

## src/collect/read.rs

read-not-a-regular-file = not a regular file
read-the-link-points-back-to-a = the link points back to { $ancestor } (a loop); it was not followed
read-the-link-points-to-nothing-that = the link points to nothing that exists
read-the-format-is-unknown-to-this = the format `{ $f }` is unknown to this version of kartlegg; update kartlegg
read-not-a-kartlegg-result-file-no = not a kartlegg result file (no `format:`)
read-the-questionnaire-is-not-finished-status = the questionnaire is not finished (status: partial)
read-the-file-holds-host-name-and = the file holds host name and addresses (--privacy full); handle it with extra care
read-same-municipality-questionnaire-and-respondent-as = same municipality, questionnaire and respondent as { $kept }, which is newer or more complete and was used
read-the-same-machine-as-which-is = the same machine as { $kept }, which is newer and was used
read-an-older-fleet-file-than = older device counts for the same municipality than { $kept }, which was used; run `kartlegg fleet` with all exports at once, and the newest file counts

## src/crypt.rs

crypt-is-neither-an-age-public-key = “{ $arg }” is neither an age public key (age1…) nor a readable file: { $e }
crypt-holds-no-age-public-keys = { $arg } holds no age public keys
crypt-this-is-a-secret-key-not = { $place }this is a secret key, not a public one; use the public key (age1…) that `kartlegg keygen` printed, and keep the secret one to yourself
crypt-it-does-not-start-with-age1 = it does not start with age1
crypt-it-has-characters-but-an-age = it has { $length } characters, but an age public key has { $PUBLIC_KEY_CHARS }
crypt-it-holds-a-character-that-cannot = it holds a character that cannot be in a key, or a typo (its checksum does not match)
crypt-is-not-a-valid-age-public = { $place }“{ $shown }” is not a valid age public key: { $why }; a key starts with age1 and has { $PUBLIC_KEY_CHARS } characters; copy it from `kartlegg keygen`, or give a file with one key per line
crypt-cannot-read-the-key-file = cannot read the key file { $path }: { $e }
crypt-not-an-age-secret-key-age = { $path }:{ $value }: not an age secret key (AGE-SECRET-KEY-1…)
crypt-holds-no-age-secret-keys = { $path } holds no age secret keys
crypt-the-file-is-encrypted-give-the = the file is encrypted; give the secret key with --identity FILE (or KARTLEGG_IDENTITY)
crypt-not-an-age-encrypted-file-or = not an age-encrypted file, or the start of the file is damaged; ask for the file again
crypt-wrong-key-none-of-the-secret = wrong key: none of the secret keys given with --identity fits, so the file was encrypted to another public key; use the key file that belongs to the key it was encrypted to, or ask the sender to encrypt it again to the project's key
crypt-cannot-be-decrypted = cannot be decrypted: { $why }
crypt-the-file-is-cut-off-it = the file is cut off (it ends before its last part), probably because it was not copied or sent in full; ask for the file again
crypt-the-file-is-damaged-or-cut = the file is damaged or cut off (its content does not match the checksum in the file), perhaps because it was not copied or sent in full; ask for the file again

## src/dataset/compare.rs

compare-change = Change
compare-category = category
compare-the-nsm-category-or-overall = The NSM category, or overall
compare-mean = mean { $old }
compare-the-mean-0-5-in-the = The mean 0–5 in the earlier round, over the municipalities scored in both
compare-mean-2 = mean { $new }
compare-the-mean-0-5-in-the-2 = The mean 0–5 in the new round, over the municipalities scored in both
compare-category-means = Category means
compare-mean-per-nsm-category-per-round = Mean per NSM category per round (0–5)
compare-measure = measure
compare-overall-cn-nsm-category-n-or = overall, cN (NSM category N) or the principle id
compare-name = name
compare-what-the-score-is-of-in = What the score is of, in words
compare-old-2 = old
compare-the-score-0-5-in-the = The score 0–5 in the earlier round
compare-new-2 = new
compare-the-score-0-5-in-the-2 = The score 0–5 in the new round
compare-change-2 = change
compare-new-minus-old-empty-when-either = New minus old; empty when either is missing
compare-coverage-old = coverage_old
compare-coverage-0-1-in-the-earlier = Coverage 0–1 in the earlier round
compare-coverage-new = coverage_new
compare-coverage-0-1-in-the-new = Coverage 0–1 in the new round
compare-flags = flags
compare-separated-by-low-coverage-coverage-below = Separated by ;: low-coverage (coverage below 0.5 in either round), migrated (over half of the answers carried over from an older questionnaire version), new (only in the new round), gone (only in the earlier one)

## src/dataset/csv.rs

csv-t = T

## src/dataset/findings.rs

findings-service = service
findings-the-service-s-id-in-the = The service's id in the catalogue
findings-need = need
findings-need-score-0-100-weighted-mean = Need score 0–100: weighted mean of the four components that have data
findings-maturity-gap = maturity_gap
findings-5-maturity-5-on-the-service = (5 − maturity) / 5 on the service's principles, 0–1
findings-stated-need = stated_need
findings-the-need-the-municipality-states-in = The need the municipality states in `behov`, 0–1
findings-ranked = ranked
findings-the-service-s-place-among-the = The service's place among the municipality's most important: 1 for first place, 0 when not chosen
findings-signals = signals
findings-share-of-the-service-s-signals = Share of the service's signals that fire, 0–1
findings-unknown = unknown
findings-answers-the-need-rests-on-that = Answers the need rests on that were “don't know”
findings-answers = answers
findings-answers-the-need-rests-on-with = Answers the need rests on (with “don't know”)
findings-question = question
findings-the-question-s-id = The question's id
findings-text = text
findings-the-question-text = The question text
findings-municipalities = municipalities
findings-result-files-that-reached-the-question = Result files that reached the question (one per respondent)
findings-unknown-share = unknown_share
findings-share-don-t-know = Share “don't know”
findings-not-applicable-share = not_applicable_share
findings-share-not-applicable = Share “not applicable”
findings-skipped-share = skipped_share
findings-share-skipped = Share skipped
findings-unclear-share = unclear_share
findings-share-who-marked-the-question-unclear = Share who marked the question unclear
findings-comments = comments
findings-number-of-comments = Number of comments
findings-median-seconds = median_seconds
findings-median-answer-time-in-seconds = Median answer time in seconds
findings-p90-seconds = p90_seconds
findings-90th-percentile-of-the-answer-time = 90th percentile of the answer time in seconds
findings-most-common-share = most_common_share
findings-share-of-those-who-answered-giving = Share of those who answered giving the most common answer
findings-distinct-answers = distinct_answers
findings-number-of-distinct-answers = Number of distinct answers
findings-contradictions = contradictions
findings-municipalities-whose-answer-contradicts-other-answers = Municipalities whose answer contradicts other answers or the inventory
findings-alpha = alpha
findings-krippendorff-s-alpha-between-respondents-of = Krippendorff's alpha between respondents of the same municipality (ordinal for scales, nominal for single choice and yes/no, interval for numbers); empty without municipalities with two or more respondents
findings-alpha-values = alpha_values
findings-pairable-values-from-municipalities-with-at = Pairable values (from municipalities with at least two answers)
findings-within-one-level = within_one_level
findings-share-of-respondent-pairs-in-the = Share of respondent pairs in the same municipality answering alike or within one level (alike for single choice)
findings-revise = revise
findings-1-when-the-question-should-be = 1 when the question should be revised
findings-reasons = reasons
findings-why-the-question-should-be-revised = Why the question should be revised
findings-files = files
findings-result-files-used = Result files used
findings-complete = complete
findings-of-them-finished = Of them finished
findings-median-minutes = median_minutes
findings-median-total-time-of-finished-files = Median total time of finished files, in minutes
findings-p90-minutes = p90_minutes
findings-90th-percentile-of-the-total-time = 90th percentile of the total time, in minutes
findings-estimate-minutes = estimate_minutes
findings-sum-of-the-questions-median-times = Sum of the questions' median times, in minutes: the estimated time for the whole questionnaire
findings-rank = rank
findings-1-greatest-need-equal-means-share = 1 = greatest need; equal means share a rank; empty without data
findings-the-service-s-name = The service's name
findings-department = department
findings-the-department-of-the-security-centre = The department of the security centre the service belongs to
findings-mean-need-score-0-100-see = Mean need score 0–100 (see docs/metodikk.md)
findings-high-need-share = high_need_share
findings-share-of-municipalities-with-high-need = Share of municipalities with high need (score above the limit in the weights file)
findings-municipalities-with-data = municipalities_with_data
findings-municipalities-with-a-need-score-for = Municipalities with a need score for the service
findings-share-of-don-t-know-among = Share of “don't know” among the answers the need rests on
findings-mean-rank = mean_rank
findings-mean-rank-over-the-bootstrap-resamples = Mean rank over the bootstrap resamples
findings-rank-low = rank_low
findings-5th-percentile-of-the-rank-the = 5th percentile of the rank (the best plausible place)
findings-rank-high = rank_high
findings-95th-percentile-of-the-rank-the = 95th percentile of the rank (the worst plausible place)
findings-explanation = explanation
findings-what-in-the-data-the-need = What in the data the need rests on
findings-probability-top = probability_top_{ $top }
findings-share-of-bootstrap-resamples-in-which = Share of bootstrap resamples in which the service is among the top N
findings-service-catalogue = Service catalogue
findings-need-per-service-0-100 = Need per service (0–100)
findings-need-scores = Need scores
findings-number-of-municipalities-mapped-drawn-with = Number of municipalities mapped (drawn with replacement from those mapped)
findings-agreement = agreement
findings-mean-share-of-the-top-from = Mean share of the top { $top } from all data that is also in the top { $top } with this many municipalities
findings-same-top = same_top
findings-share-of-resamples-whose-top-is = Share of resamples whose top { $top } is exactly the same
findings-extrapolated = extrapolated
findings-1-when-the-number-is-larger = 1 when the number is larger than the number of municipalities mapped
findings-stability = Stability
findings-how-stable-is-the-top-list = How stable is the top list?
findings-method = Method
findings-time = Time

## src/dataset/overview.rs

overview-round = Round
overview-inputs = Inputs
overview-files-read = Files read
overview-municipalities-and-cooperations = Municipalities and cooperations
overview-questionnaire-answers-used = Questionnaire answers used
overview-machines-used = Machines used
overview-files-rejected = Files rejected
overview-notes-to-look-at = Notes to look at
overview-mean-coverage-maturity = Mean coverage (maturity)
overview-answers-to = Answers to { $id }
overview-fleet-files-used = Fleet files used (kartlegg fleet)

## src/dataset/round.rs

round-overall = overall
round-c = c{ $c }
round-overall-2 = Overall
round-cannot-read-give-a-folder-kartlegg = cannot read { $path }; give a folder `kartlegg merge` wrote, or a folder of result files
round-reading = reading { $path }
round-has-no-column-make-the-dataset = { $file } has no column { $name }; make the dataset again with `kartlegg merge`
round-in-column-is-not-a-number = { $file }:{ $line }:{ $column }: “{ $value }” in column { $header } is not a number

## src/dataset/tables/answers.rs

answers-role = role
answers-the-respondent-s-role = The respondent's role
answers-consensus = consensus
answers-1-when-the-answers-were-agreed = 1 when the answers were agreed in a joint session and stand for the municipality
answers-section = section
answers-the-section-the-question-is-in = The section the question is in
answers-principle = principle
answers-the-nsm-principle-the-question-measures = The NSM principle the question measures, if any
answers-question-id = question_id
answers-the-question-s-stable-id = The question's stable id
answers-value = value
answers-the-answer-as-data-level-number = The answer as data: level, number, option id(s) separated by ;, true/false, text or date
answers-value-label = value_label
answers-the-answer-in-words = The answer in words
answers-score = score
answers-maturity-score-0-5-where-the = Maturity score 0–5, where the question has one
answers-state = state
answers-answered-unknown-not-applicable-or-skipped = answered, unknown, not_applicable or skipped
answers-unclear = unclear
answers-1-when-the-respondent-flagged-the = 1 when the respondent flagged the question as unclear
answers-comment = comment
answers-the-respondent-s-comment = The respondent's comment
answers-seconds = seconds
answers-time-spent-on-the-question = Time spent on the question
answers-migrated-from = migrated_from
answers-when-the-answer-was-given-to = When the answer was given to an earlier version and carried over: that version and the question id(s) it was given to
answers-source-file = source_file
answers-the-file-the-answer-came-from = The file the answer came from
answers-answers = Answers
answers-yes = Yes
answers-no = No

## src/dataset/tables/coverage.rs

coverage-coverage = coverage
coverage-own-the-municipality-answered-cooperation-its = own (the municipality answered), cooperation (its IT cooperation's answer counts) or none
coverage-cooperation = cooperation
coverage-the-it-cooperation-the-answer-comes = The IT cooperation the answer comes from, when inherited
coverage-coverage-2 = Coverage

## src/dataset/tables/deviations.rs

deviations-file = file
deviations-the-input-file-concerned = The input file concerned
deviations-rejected = rejected
deviations-1-when-the-file-is-left = 1 when the file is left out of the dataset; 0 when it is in, but needs a look
deviations-code = code
deviations-stable-code-for-the-kind-of = Stable code for the kind of deviation
deviations-message = message
deviations-what-is-wrong-and-what-was = What is wrong, and what was done
deviations-deviations = Deviations

## src/dataset/tables/hosts.rs

hosts-host-id = host_id
hosts-salted-sha256-of-the-host-name = Salted sha256 of the host name
hosts-os = os
hosts-os-version = os_version
hosts-kernel = kernel
hosts-kernel-version = Kernel version
hosts-architecture = architecture
hosts-cpu-architecture = CPU architecture
hosts-cpu-cores = cpu_cores
hosts-logical-cpu-cores = Logical CPU cores
hosts-memory-gib = memory_gib
hosts-memory-in-gib = Memory in GiB
hosts-virtualisation = virtualisation
hosts-none-hypervisor-or-container = none, hypervisor or container
hosts-end-of-support = end_of_support
hosts-end-of-security-support-of-the = End of security support of the operating system
hosts-exposed-ports = exposed_ports
hosts-listening-ports-not-bound-to-loopback = Listening ports not bound to loopback only
hosts-software = software
hosts-number-of-installed-packages = Number of installed packages
hosts-collected = collected
hosts-time-of-collection = Time of collection
hosts-the-file-the-row-came-from = The file the row came from
hosts-security-indicator-true-false-or-unknown = Security indicator: true, false or unknown
hosts-inventory = Inventory

## src/dataset/tables/maturity.rs

maturity-weighted-mean-0-5-over-every = Weighted mean 0–5 over every answered scored question
maturity-overall-coverage = overall_coverage
maturity-answered-divided-by-applicable-questions-0 = Answered divided by applicable questions, 0–1
maturity-respondents = respondents
maturity-number-of-respondents-behind-the-values = Number of respondents behind the values
maturity-basis = basis
maturity-single-one-respondent-consensus-agreed-in = single (one respondent), consensus (agreed in a joint session), median or min (several respondents combined, see --aggregate)
maturity-round = round
maturity-the-mapping-round-the-dataset-belongs = The mapping round the dataset belongs to (merge --round; otherwise the year of the newest file)
maturity-c = c{ $id }
maturity-category = Category { $id }: { $name }
maturity-c-coverage = c{ $id }_coverage
maturity-coverage-0-1 = Coverage 0–1
maturity-principle = Principle { $id }: { $name }
maturity-coverage = { $value }_coverage
maturity-maturity = Maturity
maturity-maturity-per-respondent = Maturity per respondent
maturity-maturity-per-nsm-category-0-5 = Maturity per NSM category (0–5)

## src/dataset/tables/mod.rs

tables-municipality-no = municipality_no
tables-municipality-number-or-the-id-of = Municipality number, or the id of an IT cooperation
tables-municipality = municipality
tables-name-of-the-municipality-or-cooperation = Name of the municipality or cooperation
tables-questionnaire = questionnaire
tables-the-questionnaire-s-id = The questionnaire's id
tables-version = version
tables-the-version-that-was-answered = The version that was answered

## src/dataset/tables/software.rs

software-name-of-the-package-or-program = Name of the package or program
software-source = source
software-dpkg-rpm-flatpak-snap-windows-registry = dpkg, rpm, flatpak, snap, windows-registry or macos-app
software-hosts = hosts
software-number-of-machines-with-this-version = Number of machines with this version
software-number-of-municipalities-with-this-version = Number of municipalities (or cooperations) with at least one machine with this version
software-number-of-machines-in-all-municipalities = Number of machines with this version, in all municipalities
software-host-share = host_share
software-share-of-all-inventoried-machines = Share of all inventoried machines that have this version, 0–1 (machines without a software list count too)

## src/dataset/xlsx.rs

xlsx-has-rows-and-is-split-over = { $name } has { $rows } rows and is split over { $sheets } sheets; the CSV file has all in one
xlsx-cells-in-are-longer-than-excel = { $long } cells in { $name } are longer than Excel allows and were cut short; the CSV file has the whole text
xlsx-workbook-too-large = The workbook would be larger than 4 GiB, more than an .xlsx archive without zip64 can hold; write only the CSV files with --csv-only
xlsx-overview = Overview
xlsx-mapping-of-it-structure-and-security = Mapping of IT structure and security maturity
xlsx-columns = Columns
xlsx-sheet = Sheet
xlsx-column = Column
xlsx-meaning = Meaning

## src/diagnostic.rs

diagnostic-and = {" "}(and { $more })
diagnostic-does-not-exist = does not exist
diagnostic-no-access-you-lack-the-rights = no access: you lack the rights to it
diagnostic-is-a-folder-not-a-file = is a folder, not a file
diagnostic-is-not-a-folder = is not a folder
diagnostic-exists-already = exists already
diagnostic-the-folder-is-not-empty = the folder is not empty
diagnostic-the-disk-is-full = the disk is full
diagnostic-the-disk-quota-is-used-up = the disk quota is used up
diagnostic-the-file-system-is-read-only = the file system is read-only
diagnostic-the-file-is-too-large = the file is too large
diagnostic-invalid-file-name = invalid file name
diagnostic-too-many-links = too many links
diagnostic-cannot-be-moved-to-another-disk = cannot be moved to another disk
diagnostic-is-in-use = is in use
diagnostic-timed-out = timed out
diagnostic-interrupted = interrupted
diagnostic-the-receiver-is-gone-broken-pipe = the receiver is gone (broken pipe)
diagnostic-not-enough-memory = not enough memory
diagnostic-not-supported-here = not supported here
diagnostic-the-network-does-not-answer = the network does not answer
diagnostic-os-error = { $what } (os error { $code })

## src/exit.rs

exit-kartlegg-internal-error-this-is-a = kartlegg: internal error{ $place }: { $what }. This is a bug in kartlegg; please report it with the command you ran.

## src/fleet/count.rs

fleet-unreadable-date = cannot read the date `{ $value }`: kartlegg reads 2026-11-28T10:15:00Z, 11/28/2026 3:15:42 PM (month first) and 28.11.2026 15:15. Correct the cell, or export again without changing the file in a spreadsheet
fleet-mixed-tenants = the rows come from { $n } tenants (rows per domain of the users' UPN: { $counts }); export one tenant per file, or run `kartlegg fleet` once per municipality
fleet-mixed-domains = the rows come from { $n } domains (rows per domain: { $counts }); export one domain per file (Get-ADComputer -SearchBase), or run `kartlegg fleet` once per municipality

## src/fleet/mod.rs

fleet-empty-export = the file has no header row and no devices; export the device list again (see "Fleet exports" in the guide)
fleet-unknown-export = not a device export kartlegg knows: expected the columns of { $resembled }; found { $found }. Export "All devices" from Intune, "Download devices" from Entra ID, or the computers with Get-ADComputer as the guide shows

## src/fleet/result.rs

fleet-is-not-a-format-this-version = `{ $format }` is not a format this version of kartlegg reads (it reads { $FORMAT })

## src/form/export.rs

export-section = Section
export-answer = Answer
export-comment = Comment
export-guidance = Guidance
export-evidence = Evidence
export-questionnaire = Questionnaire
export-municipality-number-or-name-fill-in = Municipality number or name (fill in)
export-your-role-such-as-it-manager = Your role, such as IT manager (fill in)
export-consensus-joint-session = Consensus (joint session)
export-how-to-fill-in = How to fill in
export-1-fill-in-the-municipality-and = 1. Fill in the municipality and your role above, and choose Yes under Consensus if several people agreed on the answers in a joint session.
export-2-answer-in-the-yellow-answer = 2. Answer in the yellow “Answer” column of the sheet “Svar”. Pick from the list where there is one. “Vet ikke” (don't know) and “Ikke relevant” (not applicable) are valid where the list or the guidance offers them.
export-3-questions-marked-must-be-answered = 3. Questions marked * must be answered. Questions that do not apply after earlier answers may stay empty.
export-4-save-as-xlsx-and-send = 4. Save as .xlsx and send the file encrypted to the project. Do not change columns or order.
export-yes-when-the-answers-were-agreed = Yes when the answers were agreed in a joint session of several respondents and stand for the municipality.
export-not-applicable = Not applicable
export-invalid-answer = Invalid answer
export-the-answer-does-not-fit-the = The answer does not fit the question; see the guidance in the column to the right.
export-may-also-be-answered = May also be answered: { $list }
export-answer-only-when = Answer only when: { $expr }
export-the-evidence-column = { $prompt } (the Evidence column)
export-must-be-answered = {"*"} Must be answered.
export-write-one-or-more-of-these = Write one or more of these, separated by commas: { $list }
export-these-are-chosen-on-their-own = These are chosen on their own: { $list }
export-from-to = {" "}from { $lo } to { $hi }
export-from = {" "}from { $lo }
export-up-to = {" "}up to { $hi }
export-a-number = A number{ $bounds } { $unit }
export-a-date-yyyy-mm-dd = A date (YYYY-MM-DD)
export-write-the-most-important-of-these = Write the { $n } most important of these in order, the most important first, separated by semicolons: { $list }
export-free-text = Free text
export-page-p-of-n = Page &P of &N

## src/form/guard.rs

guard-that-is-more-than-a-form = { $what }; that is more than a form from kartlegg can hold, so the file is not read (is it damaged, or not a filled form?)
guard-the-file-is-larger-than-mib = the file is larger than { $mib } MiB
guard-the-part-unpacks-to-more-than = the part { $name } unpacks to more than { $mib } MiB
guard-the-part-unpacks-to-times-its = the part { $name } unpacks to { $ratio } times its packed size (the limit is { $MAX_RATIO })
guard-the-parts-together-unpack-to-more = the parts together unpack to more than { $mib } MiB

## src/form/import.rs

import-cannot-be-read-as-an-excel = cannot be read as an Excel workbook ({ $e })
import-the-workbook-has-no-sheet-was = the workbook has no sheet “{ $name }”; was it made with `kartlegg questionnaire export`?
import-the-sheet-does-not-say-which = the sheet “{ $INFO }” does not say which questionnaire the form was made from
import-the-cell-holds-the-error = the cell holds the error { $e }
import-the-sheet-has-no-questions-column = the sheet “{ $ANSWERS }” has no questions (column { $column } should hold the question ids); were the rows deleted, or the answers typed into another sheet? Fill in the sheet “{ $ANSWERS }” of the form from `kartlegg questionnaire export`
import-the-cell-holds-the-formula-which = the cell holds the formula ={ $formula }, which is not imported; type the answer itself into the cell
import-is-neither-yes-nor-no-pick = “{ $value }” is neither Yes nor No; pick from the list

## src/fsutil.rs

fsutil-cannot-create = cannot create { $dir }
fsutil-cannot-make-private = cannot make { $dir } private
fsutil-cannot-be-used-as-an-id = `{ $id }` cannot be used as an id: it becomes part of file names and must be 1–64 characters of a–z, A–Z, 0–9, `-`, `_` and `.`, starting with a letter or digit
fsutil-already-exists-choose-another-file-with = { $path } already exists; choose another file with -o or overwrite with --force
fsutil-cannot-write = cannot write { $target }
fsutil-cannot-create-the-lock-file = cannot create the lock file { $path }
fsutil-cannot-make-the-lock-file-private = cannot make the lock file { $path } private
fsutil-another-kartlegg-is-already-writing-finish = another kartlegg is already writing { $target }; finish it first, or choose another file
fsutil-cannot-lock = cannot lock { $path }

## src/inventory/mod.rs

inventory-is-not-a-format-this-version = `{ $format }` is not a format this version of kartlegg reads (it reads { $FORMAT })

## src/inventory/system/linux.rs

linux-processes-and-packages-against-the-list = processes and packages against the list of { $checked }
linux-listening-ports-3389-tcp = listening ports (3389/tcp)
linux-no-cheap-source-on-this-system = no cheap source on this system
linux-etc-group-groups-sudo-wheel-admin = /etc/group (groups sudo, wheel, admin; count only)
linux-no-rules-that-stop-traffic = no rules that stop traffic
linux-no-root-file-system-in-proc = no root file system in /proc/mounts
linux-cannot-tell-whether-is-encrypted = cannot tell whether { $device } is encrypted
linux-the-root-file-system-is-container = the root file system is { $device } (container or network)
linux-sys-block-dm-crypt-for = /sys/block (dm-crypt) for { $device }
linux-no-ssh-server-no-sshd-config = no SSH server (no sshd_config, no sshd process)
linux-the-process-is-running = the process { $d } is running
linux-timedatectl-did-not-answer-and-no = timedatectl did not answer, and no time service is running
linux-the-owner-of-listening-ports-cannot = the owner of { $unknown_owner } listening ports cannot be read without admin rights

## src/inventory/system/macos.rs

macos-applications-have-a-binary-info-plist = { $binary } applications have a binary Info.plist

## src/inventory/system/mod.rs

system-could-not-start = could not start `{ $program }`: { $e }
system-did-not-answer-within-s = `{ $program }` did not answer within { $secs } s
system-ended-with-perhaps-it-needs-admin = `{ $program }` ended with { $status } (perhaps it needs admin rights)
system-system = system
system-disks = disks
system-network = network
system-security = security
system-not-read-on-in-this-version = not read on { $os } in this version
system-supported-until-table-of = supported until { $end } (table of { $checked })
system-the-operating-system-is-not-in = the operating system is not in the end-of-support table
system-the-system-listed-no-disks = the system listed no disks
system-network-interfaces = network interfaces
system-the-system-listed-no-network-interfaces = the system listed no network interfaces, not even the loopback
system-processes-and-software-against-the-list = processes and software against the list of { $checked }

## src/inventory/system/windows.rs

windows-netsh-advfirewall-unknown-output = netsh advfirewall: unknown output
windows-no-policy-turning-windows-update-off = no policy turning Windows Update off (the default is automatic)
windows-could-not-read = could not read { $value }: { $e }
windows-unknown-output = { $command }: unknown output
windows-no-openssh-server = no OpenSSH server
windows-netstat-listed-no-tcp-socket = netstat listed no TCP socket at all, not even the system's own: not read

## src/kommune.rs

kommune-nynorsk = Nynorsk
kommune-bokm-l = Bokmål
kommune-neutral = neutral
kommune-the-municipality-register-in-cannot-be = the municipality register in { $path } cannot be used
kommune-is-not-a-four-digit-municipality = `{ $number }` is not a four-digit municipality number
kommune-municipality-number-already-exists = municipality number { $number } already exists ({ $existing })
kommune-is-not-a-language-form-write = `{ $text }` is not a language form; write nynorsk, bokmal or neutral
kommune-already-exists-in-the-register = `{ $id }` already exists in the register
kommune-the-member-is-not-a-known = the member `{ $member }` is not a known municipality
kommune-unknown = unknown
kommune-the-member-fits-several = the member `{ $member }` fits several municipalities: { $names }; write the number
kommune-the-cooperation-has-no-members = the cooperation has no members

## src/kommune/resolve.rs

resolve-found-no-municipality-the-built-in = found no municipality `{ $query }`. The built-in register holds Norway's { $count } municipalities (as of 2024); add others with `--kommuner FILE` (the format is in docs/formats.md, “Municipality register”). See them with `kartlegg kommuner --all`.
resolve-found-no-municipality-did-you-mean = found no municipality `{ $query }`. Did you mean { $names }? Type the number, for example `-k { $number }`, or see them all with `kartlegg kommuner`.
resolve-municipality = Municipality: { $shown }
resolve-cooperation = Cooperation: { $shown }
resolve-municipality-did-you-mean = Municipality: { $shown }. Did you mean { $names }? Use -k { $number }.
resolve-and-more-kartlegg-kommuner-search-lists = and { $more } more (`kartlegg kommuner --search { $query }` lists them all)
resolve-fits-several-municipalities-type-the-number = `{ $query }` fits several municipalities: { $names }. Type the number or the whole name, for example `-k { $number }`.

## src/publish.rs

publish-cannot-use = cannot use { $target }
publish-is-the-folder-you-are-in = { $dir } is the folder you are in (or one above it) and cannot be replaced; choose a folder of its own with -o
publish-cannot-read = cannot read { $path }
publish-cannot-restore = cannot restore { $target }

## src/questionnaire/answer.rs

answer-never = Never
answer-is-not-a-number = “{ $trimmed }” is not a number
answer-answer-yes-or-no-not = answer “yes” or “no”, not “{ $trimmed }”
answer-is-not-an-option-valid = “{ $text }” is not an option (valid: { $ids })
answer-appears-twice-in-the-ranking = “{ $id }” appears twice in the ranking
answer-rank-from-1-to-options-the = rank from 1 to { $pick } options, the most important first (got { $n })
answer-cannot-be-chosen-together-with-other = “{ $text }” cannot be chosen together with other answers; choose it alone, or leave it out
answer-is-not-a-date-write-it = “{ $text }” is not a date; write it as YYYY-MM-DD or DD.MM.YYYY
answer-this-question-cannot-be-answered-don = this question cannot be answered “Don't know”
answer-this-question-cannot-be-answered-not = this question cannot be answered “Not applicable”
answer-this-question-must-be-answered = this question must be answered
answer-the-answer-is-missing = the answer is missing
answer-is-not-a-whole-level-choose = { $n } is not a whole level; choose a whole level { $lo }–{ $hi }
answer-is-outside-the-scale = { $n } is outside the scale { $lo }–{ $hi }
answer-is-not-a-whole-number-this = { $n } is not a whole number; this counts people or things, so answer with a whole number
answer-is-less-than-the-smallest-allowed = { $n } is less than { $lo }, the smallest allowed
answer-is-greater-than-the-largest-allowed = { $n } is greater than { $hi }, the largest allowed
answer-this-question-cannot-be-answered-never = this question cannot be answered “Never”
answer-the-date-must-be-written-yyyy = the date must be written YYYY-MM-DD
answer-the-answer-does-not-fit-a = the answer does not fit a question of type `{ $kind }`

## src/questionnaire/builtin.rs

builtin-did-you-mean = {" "}Did you mean `{ $near }`?
builtin-is-neither-a-built-in-questionnaire = `{ $arg }` is neither a built-in questionnaire ({ $ids }) nor a file.{ $hint } See `kartlegg questionnaire list`.

## src/questionnaire/changes.rs

changes-the-list-is-empty = the list is empty
changes-appears-twice = `{ $id }` appears twice
changes-level-appears-twice = level { $level } appears twice
changes-the-changes-from-are-already-given = the changes from { $from } are already given on line { $line }; join them
changes-from-must-be-a-version-earlier = `from: { $from }` must be a version earlier than this one ({ $version })
changes-appears-twice-under = `{ $name }` appears twice under `{ $key }`
changes-is-under-both-and-an-old = `{ $name }` is under both `{ $first }` and `{ $key }`; an old question can have only one fate
changes-gets-answers-from-both-and-a = `{ $name }` gets answers from both `{ $first }` and `{ $key }`; a new question can have only one source
changes-is-not-a-question-of-version = { $key }: `{ $name }` is not a question of version { $version }{ $hint }

## src/questionnaire/decode.rs

decode-the-questionnaire-has-no-sections = the questionnaire has no sections
decode-the-scale-has-no-levels = the scale has no levels
decode-the-section-has-no-questions = the section has no questions

## src/questionnaire/decode/fields.rs

fields-cannot-be-used-as-an-id = `{ $text }` cannot be used as an id: use lowercase a–z, digits, `_` and `-`, start with a letter, and avoid the words of the show_if language
fields-is-not-a-semantic-version-for = `{ $text }` is not a semantic version (for example `1.2.0`)
fields-the-score-is-outside-0 = the score { $n } is outside 0–{ $MAX_LEVEL }
fields-level-is-not-a-whole-number = level `{ $text }` is not a whole number from 0 to { $MAX_LEVEL }
fields-is-not-a-principle-of-nsm = `{ $text }` is not a principle of NSM's basic principles (1.1–4.4, for example `2.6`)

## src/questionnaire/decode/question.rs

question-unknown-question-type-valid = unknown question type `{ $text }`{ $hint } (valid: { $all })
question-the-weight-must-be-greater-than = the weight must be greater than 0
question-is-only-used-by-questions-of = `{ $key }` is only used by questions of type { $kinds }, not `{ $name }`
question-min-is-greater-than-max = `min` ({ $lo }) is greater than `max` ({ $hi })
question-a-question-of-type-scale-must = a question of type `scale` must name the scale it uses (`scale:`)
question-the-scale-does-not-exist-defined = the scale `{ $scale_id }` does not exist (defined scales: { $known })
question-the-scale-has-no-level = the scale `{ $scale_id }` has no level { $level }
question-the-question-needs-answer-options-options = the question needs answer options (`options:`)
question-the-list-of-answer-options-is = the list of answer options is empty
question-the-option-appears-twice = the option `{ $id }` appears twice
question-scores-score-are-only-used-by = scores (`score`) are only used by `single` questions
question-give-every-option-a-score-score = give every option a score (`score`), or none
question-exclusive-is-only-used-on-options = `exclusive` is only used on options of `multi` questions
question-pick-must-be-a-whole-number = `pick` must be a whole number, at least 1 (not { $n })
question-a-question-of-type-rank-must = a question of type `rank` must say how many to rank (`pick:`)
question-pick-is-but-the-question-has = `pick` is { $pick }, but the question has only { $n } options

## src/questionnaire/diff_render.rs

diff-render-no-changes = No changes.
diff-render-new = new{" "}
diff-render-removed = removed{" "}
diff-render-text = “{ $t }”
diff-render-added = Added
diff-render-removed-2 = Removed
diff-render-answers-are-not-carried = answers are not carried
diff-render-not-named-in-changes = not named in changes:
diff-render-renamed = Renamed
diff-render-same-text-not-named-in-changes = {" "}(same text; not named in changes:)
diff-render-split = Split
diff-render-merged = Merged
diff-render-reworded = Reworded
diff-render-meaning-changed-same-text = Meaning changed, same text
diff-render-levels-changed = Levels changed
diff-render-options-changed = Options changed
diff-render-conditions-show-if-changed = Conditions (show_if) changed
diff-render-always = (always)
diff-render-type-and-scoring-changed = Type and scoring changed
diff-render-same-meaning = same meaning
diff-render-new-meaning-old-answers-are-not = new meaning: old answers are not scored
diff-render-was = was:
diff-render-now = now:
diff-render-the-description-changed = { $n } { $quoted }: the description changed
diff-render-old-answers = old answers: { $map }

## src/questionnaire/expr/syntax.rs

syntax-the-end-of-the-expression = the end of the expression
syntax-unexpected-character = unexpected character `{ $c }`
syntax-the-text-starting-here-is-never = the text starting here is never closed
syntax-unknown-escape-sequence = unknown escape sequence
syntax-is-not-a-number = `{ $text }` is not a number
syntax-expected-found = expected { $expected }, found { $found }
syntax-the-expression-is-nested-deeper-than = the expression is nested deeper than { $MAX_NESTING } levels
syntax-a-value-or-a-question = a value or a question
syntax-a-value = a value
syntax-a-question-or-a-value = a question or a value
syntax-a-question-id = a question id
syntax-and-or-or-the-end = `and`, `or` or the end

## src/questionnaire/history.rs

history-is-not-a-built-in-questionnaire = `{ $id }` is not a built-in questionnaire (known: { $ids })
history-version-of-is-not-known-here = version { $version } of `{ $id }` is not known here (known versions: { $known }); give the file of that version

## src/questionnaire/migrate.rs

migrate-the-question-was-dropped-in-version = the question was dropped in version { $version }
migrate-the-question-s-meaning-changed-in = the question's meaning changed in version { $version }; the answer is not scored against the new one
migrate-the-question-is-not-in-version = the question is not in version { $version }, and `changes:` does not say where its answer goes
migrate-the-answers-merged-in-version-disagree = the answers merged in version { $version } disagree
migrate-the-answer-does-not-fit-the = the answer does not fit the question in version { $version }
migrate-not-a-question-of-version = not a question of version { $version }
migrate-the-questionnaire-is-unknown-give-its = the questionnaire `{ $id }` is unknown; give its file with `--questionnaire`
migrate-version-of-is-unknown-known-give = version { $version } of `{ $id }` is unknown (known: { $known }); give the file of that version with `--questionnaire`

## src/questionnaire/mod.rs

questionnaire-where-can-this-be-documented-document = Where can this be documented? — document, system or report

## src/questionnaire/render.rs

render-id-version = id: { $id } · version { $version }
render-shown-when = Shown when: { $expr }
render-help = Help: { $help }
render-yes-points-no-points = yes = { $yes } points, no = { $no } points
render-weight = weight { $w }
render-required = required
render-don-t-know-allowed = “Don't know” allowed
render-never-allowed = “Never” allowed
render-not-applicable-allowed = “Not applicable” allowed
render-evidence-asked = evidence asked
render-the-most-important-in-order = the { $n } most important, in order
render-points = {" "}({ $s } points)
render-chosen-on-its-own = {" "}– chosen on its own
render-scale-0-5 = scale 0–5
render-single-choice = single choice
render-multiple-choice = multiple choice
render-yes-no = yes/no
render-number = number
render-free-text = free text
render-date = date
render-ranking = ranking

## src/questionnaire/revision.rs

revision-version-of-was-already-released-with = version { $version } of `{ $id }` was already released with other content; raise `version:` and describe the revision under `changes:`
revision-previous-is-the-questionnaire-but-this = `--previous` is the questionnaire `{ $old_id }`, but this file is `{ $id }`
revision-previous-has-version-which-is-not = `--previous` has version { $old_version }, which is not earlier than this file's { $version }
revision-also-exists-in-version-and-keeps = `{ $name }` also exists in version { $version } and keeps its answers, so it cannot also get answers through `{ $key }`; list the old `{ $name }` under `renamed`, `dropped` or `meaning_changed`
revision-of-version-is-not-in-this = `{ $id }` of version { $version } is not in this version; say under `changes:` (`from: { $version }`) whether it was renamed, split, merged or dropped
revision-was-of-type-in-version-but = `{ $id }` was of type `{ $from }` in version { $version }, but `{ $new_id }` is `{ $to }`; answers cannot carry: list `{ $id }` under `dropped` or `meaning_changed`
revision-has-no-level-in-version = `{ $id }` has no level { $level } in version { $version }
revision-has-no-level = `{ $new_id }` has no level { $level }
revision-level-of-in-version-is-not = level { $level } of `{ $id }` in version { $version } is not in `{ $new_id }`; map it under `levels: {"{"}{ $id }: {"{"}{ $level }: …{"}"}{"}"}`
revision-has-no-option-in-version = `{ $id }` has no option `{ $option }` in version { $version }
revision-has-no-option = `{ $new_id }` has no option `{ $option }`
revision-the-option-of-in-version-is = the option `{ $option }` of `{ $id }` in version { $version } is not in `{ $new_id }`; map it under `options: {"{"}{ $id }: {"{"}{ $option }: …{"}"}{"}"}`
revision-the-wording-of-changed-since-version = the wording of `{ $id }` changed since version { $version } ({ $what }); add `{ $id }` to `reworded:` if the meaning is the same, or to `meaning_changed:` if answers to the old wording must not be scored against the new one (in `changes:` with `from: { $version }`)
revision-the-nb-text = the nb text
revision-the-en-text = the en text
revision-level = level { $level }
revision-the-option = the option `{ $option }`

## src/questionnaire/validate.rs

validate-the-scale-is-already-defined-on = the scale `{ $id }` is already defined on line { $line }
validate-the-section-is-already-defined-on = the section `{ $id }` is already defined on line { $line }
validate-the-question-is-already-defined-on = the question `{ $id }` is already defined on line { $line }
validate-show-if-cannot-name-the-question = show_if cannot name the question itself (`{ $id }`)
validate-is-asked-after-this-question-show = `{ $id }` is asked after this question; show_if can only name earlier questions
validate-show-if-names-an-unknown-question = show_if names an unknown question `{ $id }`{ $hint }
validate-unknown-question = { $label }: unknown question `{ $id }`{ $hint }
validate-and-have-answers-of-different-types = `{ $x }` and `{ $y }` have answers of different types and cannot be compared
validate-contains-is-used-with-multiple-choice = `contains` is used with multiple-choice (`multi`) questions; `{ $id }` is not one
validate-contains-must-be-followed-by-a = `contains` must be followed by a quoted option id
validate-is-not-a-yes-no-question = `{ $id }` is not a yes/no question; write a comparison, such as `{ $id } == ...`
validate-is-a-0-scale-is-outside = `{ $id }` is a 0–{ $MAX_LEVEL } scale; { $n } is outside it
validate-is-outside-the-bounds-of = { $n } is outside the bounds of `{ $id }`
validate-is-a-multiple-choice-question-use = `{ $id }` is a multiple-choice question; use `{ $id } contains '...'`
validate-cannot-be-used-with-type-use = `{ $sym }` cannot be used with `{ $id }` (type `{ $kind }`); use `==` or `!=`
validate-type-cannot-have-the-value = `{ $id }` (type `{ $kind }`) cannot have the value { $lit }
validate-is-not-a-date-of-the = '{ $date }' is not a date of the form YYYY-MM-DD
validate-has-no-option-has = `{ $id }` has no option '{ $option }' (has: { $known })
validate-the-condition-uses-only-fixed-values = the condition uses only fixed values and never changes; name a question

## src/report/audience.rs

audience-another-municipality = another municipality

## src/report/catalogue.rs

catalogue-service-catalogue-ranked-by-need = Service catalogue: ranked by need
catalogue-withheld-too-few-others = The ranking rests on the need of every municipality in the data. The data hold { $others } besides { $name }, so the ranking would show what the others need; it is therefore not shown here (that takes at least { $floor } others).
catalogue-need-0-100-per-municipality-from = Need 0–100 per municipality from maturity gap, stated need and signals in answers and inventory (see docs/metodikk.md). “In top { $top }”: share of { $resamples } bootstrap resamples of the municipalities in which the service is among the top { $top }.
catalogue-need-per-service = Need per service
catalogue-how-many-municipalities-must-be-mapped = How many municipalities must be mapped?
catalogue-agreement-with-the-top-against-number = Agreement with the top { $top } against number of municipalities
catalogue-number-of-municipalities-drawn-from-those = number of municipalities drawn from those mapped
catalogue-share-of-the-top-found-again = share of the top { $top } found again
catalogue-mean-over-the-draws = mean over the draws
catalogue-stable-from = stable from { $value } %
catalogue-estimate-beyond-those-mapped = estimate beyond those mapped
catalogue-with-or-more-municipalities-at-least = With { $k } or more municipalities at least { $level } of the top { $top } is found again on average; { $n } are mapped, so the choice holds.
catalogue-estimate-about-municipalities-are-needed-for = Estimate: about { $k } municipalities are needed for at least { $level } of the top { $top } to be found again; only { $n } are mapped. The dashed line is extrapolated.
catalogue-the-top-does-not-reach-agreement = The top { $top } does not reach { $level } agreement with the data there is; map more municipalities before choosing.

## src/report/change.rs

change-change-since-the-last-round = Change since the last round
change-from-to-score-0-5-before = From { $old } to { $new }: score 0–5 before → now, with the change in brackets. Flags: low-coverage (coverage below { $limit } in either round), migrated (mostly answers carried over from an older questionnaire version), new and gone (the municipality is in one round only).
change-municipality = Municipality
change-flags = Flags

## src/report/maturity.rs

maturity-could-not-find-in-the-data = could not find “{ $wanted }” in the data; the municipalities in the data are: { $list }
maturity-municipality = Municipality { $letter }
maturity-maturity-by-nsm-s-basic-principles = Maturity by NSM's basic principles
maturity-no-maturity-answers-in-the-data = No maturity answers in the data.
maturity-scale-0-5-0-not-in = Scale 0–5 (0 = not in place, 5 = measured and improved). The score is a weighted mean of answered questions; “don't know” does not count as 0. With several respondents in a municipality the value is their agreed answer or the median (see --aggregate).
maturity-the-other-municipalities-are-not-shown = The other municipalities are not shown one by one: that takes at least { $value } of them (anonymity.min_named in config/pilot.yaml).
maturity-no-other-municipalities = no other municipalities
maturity-only-one-other-municipality = only one other municipality
maturity-only-other-municipalities = only { $n } other municipalities
maturity-the-data-hold-with-maturity-answers = The data hold { $others } with maturity answers: too few to compare with { $name } without revealing who they are (that takes at least { $floor }). Only { $name } is shown here.
maturity-has-not-answered-the-maturity-questionnaire = { $name } has not answered the maturity questionnaire.
maturity-the-dot-is-grey-band-the = The dot is { $name }. Grey band: the range among the { $n } other municipalities; line: their median.
maturity-per-category = Per category
maturity-categories = Categories
maturity-per-principle = Per principle
maturity-principles = Principles
maturity-overall = overall { $overall }
maturity-all-municipalities-per-principle = All municipalities, per principle
maturity-maturity-per-principle = Maturity per principle
maturity-the-principles = The principles
maturity-spread-between-respondents = Spread between respondents
maturity-the-lowest-and-highest-score-among = The lowest and highest score among the municipality's respondents, per category. A wide gap means they see the situation, or read the questions, differently.
maturity-respondents-2 = Respondents

## src/report/method.rs

method-method-quality = Method quality
method-of-questions-should-be-revised-by = { $k } of { $n } questions should be revised by the limits in config/pilot.yaml.
method-median-minutes = Median minutes
method-estimated-minutes = Estimated minutes
method-rejected-files-and-notes = Rejected files and notes
method-every-file-was-used-as-it = Every file was used as it is.
method-file = File
method-status = Status
method-message = Message
method-used-look-at = used, look at
method-notes-on-the-other-municipalities-files = { $left_out } notes on the other municipalities' files are left out, so that the report does not tell who they are.

## src/report/mod.rs

report-mapping = Mapping: { $name }
report-made-with-kartlegg-the-report-describes = Made { $value } with kartlegg { $value2 }. The report describes security weaknesses: share it only with those who need it.
report-files-read = files read
report-municipalities-and-cooperations = municipalities and cooperations
report-questionnaire-answers = questionnaire answers
report-machines = machines
report-files-rejected = files rejected
report-notes = notes
report-the-maturity-scores-rest-on-of = The maturity scores rest on { $value } % of the applicable questions on average; the rest were “don't know”, skipped or not reached.

## src/source.rs

source-a-folder = a folder
source-a-fifo-named-pipe = a FIFO (named pipe)
source-a-socket = a socket
source-a-device = a device
source-is-not-a-regular-file-give = is { $kind }, not a regular file; give a file
source-cannot-open = cannot open { $path }
source-the-file-is-larger-than-mib = the file is larger than { $mib } MiB, the limit for this kind of file
source-the-file-is-saved-as-utf = the file is saved as UTF-16; save it as UTF-8 and try again
source-the-file-is-not-a-text = the file is not a text file (NUL byte at offset { $offset })
source-the-text-is-not-utf-8 = the text is not UTF-8 (perhaps Latin-1 or Windows-1252); save the file as UTF-8
source-the-file-is-empty = the file is empty

## src/stream/error.rs

error-tabs-cannot-be-used-for-indentation = tabs cannot be used for indentation; use spaces
error-invalid-yaml = invalid YAML: { $info }
error-the-document-ends-in-the-middle = the document ends in the middle of a value; is the file cut off?
error-expected-found = expected { $want }, found { $found }
error-is-not-allowed-here-expected = { $found } is not allowed here; expected { $want }
error-items-but-expected = { $len } items, but expected { $want }
error-unknown-value-allowed-are = unknown value “{ $variant }”; allowed are { $allowed }
error-allowed-are = ; allowed are { $allowed }
error-unknown-key = unknown key `{ $field }`{ $hint }
error-the-key-is-missing = the key `{ $field }` is missing
error-the-key-appears-more-than-once = the key `{ $field }` appears more than once
error-the-truth-value = the truth value `{ $b }`
error-the-whole-number = the whole number { $n }
error-the-decimal-number = the decimal number { $n }
error-the-character = the character “{ $c }”
error-the-text = the text “{ $s }”
error-an-empty-value = an empty value
error-a-list = a list
error-a-map-keys-and-values = a map (keys and values)
error-a-whole-number-from-0-up = a whole number from 0 up
error-a-whole-number-from-0-to = a whole number from 0 to 4294967295
error-a-whole-number-from-0-to-2 = a whole number from 0 to 65535
error-a-whole-number-from-0-to-3 = a whole number from 0 to 255
error-a-whole-number = a whole number
error-a-number = a number
error-a-text = a text
error-true-or-false = `true` or `false`

## src/stream/mod.rs

stream-values-are-nested-deeper-than-levels = values are nested deeper than { $MAX_DEPTH } levels
stream-the-file-holds-more-than-one = the file holds more than one YAML document (`---`); only one is allowed
stream-yaml-tags-tag-are-not-allowed = YAML tags (`!tag`) are not allowed
stream-yaml-aliases-name-are-not-allowed = YAML aliases (`*name`) are not allowed; write the value out where it is used
stream-unexpected-yaml-structure = unexpected YAML structure
stream-expected-a-word-naming-one-of = expected a word naming one of the allowed values

## src/survey/answers.rs

answers-is-not-a-question-of = `{ $id }` is not a question of `{ $qid }`{ $hint }
answers-the-question-does-not-ask-for = { $id }: the question does not ask for evidence (`evidence`)
answers-was-already-answered-on-line = `{ $id }` was already answered on line { $line }
answers-invalid-csv = invalid CSV: { $err }
answers-expected-2-to-4-columns-question = expected 2 to 4 columns (question_id,value[,comment[,evidence]]), found { $n }
answers-is-split-in-two-fields-by = `{ $whole },{ $fraction }` is split in two fields by the comma; put the number in quotes ("{ $whole },{ $fraction }"), write it with a point, or use `;` as separator
answers-expected-question-id-answer-on-each = expected `question_id: answer` on each line

## src/survey/fill.rs

fill-the-earlier-answers-do-not-fit = the earlier answers do not fit the questionnaire

## src/survey/result.rs

result-is-not-a-format-this-version = `{ $format }` is not a format this version of kartlegg reads (it reads { $FORMAT }); update kartlegg
result-status-must-be-partial-or-complete = `status` must be `partial` or `complete`
result-an-answer-cannot-be-a-map = an answer cannot be a map
result-state-must-be-answered-unknown-not = `state` must be answered, unknown, not_applicable or skipped
result-an-answered-question-must-have-a = an answered question must have a `value`, and only such a question

## src/survey/session.rs

session-is-not-a-question-of-the = `{ $id }` is not a question of the questionnaire
session-there-are-no-more-questions = there are no more questions

## src/survey/terminal/ask.rs

ask-don-t-know = don't know
ask-not-applicable = not applicable
ask-date-yyyy-mm-dd-or-never = Date (YYYY-MM-DD or “never”)
ask-date-yyyy-mm-dd = Date (YYYY-MM-DD)
ask-level = Level ({ $list })
ask-number = Number

## src/survey/terminal/choose.rs

choose-questions = questions
choose-which-questionnaires-do-you-want-to = Which questionnaires do you want to answer? (space selects, Enter confirms)
choose-no-questionnaire-chosen = no questionnaire chosen
choose-which-municipality-do-you-answer-for = Which municipality do you answer for? (type to search)
choose-already-exists-overwrite-it = { $path } already exists. Overwrite it?
choose-y-n = {"["}y/N]
choose-answer-y-yes-or-n-no = Answer y (yes) or n (no).
choose-could-not-save-the-answers = Could not save the answers: { $why }
choose-save-them-in-another-file-an = Save them in another file (an empty line gives up)
choose-the-answers-were-not-saved = the answers were not saved: { $why }

## src/survey/terminal/evidence.rs

evidence-enter-skips = { $prompt } (Enter skips)

## src/survey/terminal/mod.rs

terminal-municipality-saved-in = Municipality: { $id } { $name } · Saved in: { $file }
terminal-could-not-save-the-answers-are = Could not save ({ $err }). The answers are kept in memory; choose “Save and continue later” (Esc) to save them somewhere else.
terminal-this-is-the-first-question = This is the first question.
terminal-comment-an-empty-line-removes-it = Comment (an empty line removes it)
terminal-not-for-this-question = ({ $label } – not for this question)
terminal-what-do-you-want-to-do = What do you want to do?
terminal-does-not-apply-to-this-question = “{ $label }” does not apply to this question.
terminal-summary = Summary
terminal-the-maturity-table-is-printed-when = The maturity table is printed when you finish.
terminal-every-question-is-answered = Every question is answered.
terminal-skipped-answered-don-t-know-or = { $n } skipped, answered “Don't know” or flagged unclear:
terminal-finish-and-save = Finish and save
terminal-finish-or-choose-a-question-to = Finish, or choose a question to go back to
terminal-back-to-the-question = Back to the question
terminal-go-to-the-previous-question = Go to the previous question
terminal-skip-the-question = Skip the question
terminal-write-a-comment = Write a comment
terminal-flag-unflag-as-unclear-question = Flag / unflag as “unclear question”
terminal-show-help = Show help
terminal-save-and-continue-later = Save and continue later

## src/survey/terminal/rank.rs

rank-place-of = Place { $place } of { $pick }

## src/survey/terminal/show.rs

show-question-of = Question { $n } of { $total } · { $context }
show-question-of-up-to = Question { $n } of up to { $total } · { $context }
show-comment = Comment: { $comment }
show-flagged-as-an-unclear-question = {"  "}⚑ Flagged as an unclear question
show-this-question-has-no-help-text = This question has no help text.
show-page-of-press-a-key-for = Page { $n } of { $pages } · press a key for the next page
show-page-of-press-a-key-to = Page { $n } of { $pages } · press a key to answer
show-type-the-answer-and-press-enter = Type the answer and press Enter. An empty line gives more choices: back, skip, comment, unclear, help{ $value }.
show-space-ticks-enter-confirms-esc-gives = Space ticks, Enter confirms. Esc gives more choices: back, skip, comment, unclear, help.
show-choose-with-the-arrow-keys-and = Choose with the arrow keys and Enter. Esc gives more choices; “Show help” shows the levels in full.
show-choose-with-the-arrow-keys-and-2 = Choose with the arrow keys and Enter. Esc gives more choices: back, skip, comment, unclear, help.

## src/survey/terminal/summary.rs

summary-answered-don-t-know-not-applicable = Answered: { $value } · Don't know: { $value2 } · Not applicable: { $value3 } · Skipped: { $value4 }
summary-area = Area
summary-maturity-0-5 = Maturity 0–5
summary-overall = OVERALL

## src/usage.rs

usage-usage = Usage
usage-commands = Commands
usage-command = COMMAND
usage-examples = Examples:
usage-arguments = Arguments
usage-options = Options
usage-possible-values = {" "}[possible values: { $list }]
usage-default = {" "}[default: { $list }]
usage-a-similar-subcommand-exists = a similar subcommand exists
usage-a-similar-option-exists = a similar option exists
usage-a-similar-value-exists = a similar value exists
usage-tip = {"  "}tip: { $says }: { $value }
usage-tip-2 = {"  "}tip: { $tip }
usage-tip-pass-as-value = to pass '{ $arg }' as a value, use '{ $example }'
usage-tip-exists = '{ $name }' exists
usage-tip-remove-double-dash = subcommand '{ $name }' exists; to use it, remove the '--' before it
usage-usage-2 =
    {""}

    Usage: { $usage }
usage-for-more-information-try-help =
    {""}

    For more information, try “--help”.
    {""}
usage-unrecognized-subcommand = unrecognized subcommand { $what }
usage-unexpected-argument = unexpected argument { $arg }
usage-needs-a-value-but-got-none = { $arg } needs a value, but got none
usage-invalid-value-for = invalid value { $value } for { $arg }
usage-possible-values-2 =
    {""}
    {"  "}[possible values: { $list }]
usage-this-is-required-but-missing = this is required, but missing: { $arg }
usage-needs-a-subcommand = { $what } needs a subcommand: { $valid }
usage-cannot-be-used-with = { $arg } cannot be used with { $prior }
usage-needs-its-value-after-an-equals = { $arg } needs its value after an equals sign: { $arg }=VALUE
usage-wrong-number-of-values-for = wrong number of values for { $arg }
usage-the-argument-is-not-valid-utf = the argument is not valid UTF-8
usage-invalid-command-line = invalid command line

## src/yaml/decode.rs

decode-expected-found = expected { $what }, found { $found }
decode-a-key = a key
decode-valid-keys = ; valid keys: { $list }
decode-unknown-key = unknown key `{ $name }`{ $hint }
decode-the-key-appears-twice = the key `{ $name }` appears twice
decode-the-key-is-missing = the key `{ $key }` is missing
decode-the-text-is-missing = the `{ $lang }` text is missing
decode-the-text-is-empty = the `{ $lang }` text is empty
decode-the-nn-nynorsk-text-is-missing = the `nn` (Nynorsk) text is missing; add it between `nb` and `en`

## src/yaml/mod.rs

yaml-an-empty-value = an empty value
yaml-a-single-value = a single value
yaml-values-are-nested-deeper-than-levels = values are nested deeper than { $MAX_DEPTH } levels
yaml-invalid-yaml = invalid YAML: { $value }
yaml-the-file-has-no-content = the file has no content

## src/form/export.rs

export-language = Language

## src/fleet/measure.rs
measure-unknown = unknown device-export measure `{ $name }` (known: { $known }){ $hint }
measure-limit-out-of-range = the limit for `{ $name }` must be a number from 0 (to 100 for percents)

## src/dataset/tables/fleet.rs
fleet-table-sheet = Device exports
fleet-table-releases-sheet = Operating systems
fleet-table-export = export
fleet-table-export-about = Where the export comes from: intune, entra or active-directory
fleet-table-devices-about = Number of devices in the export
fleet-table-activity-first = activity_from
fleet-table-activity-first-about = The earliest last check-in, sign-in or logon (YYYY-MM-DD)
fleet-table-activity-last = activity_to
fleet-table-activity-last-about = The latest activity in the export; inactivity is counted from this date
fleet-table-stale-30 = stale_30d
fleet-table-stale-30-about = Devices with no activity in the 30 days before activity_to (devices without a date count)
fleet-table-stale-90 = stale_90d
fleet-table-stale-90-about = Devices with no activity in the 90 days before activity_to (devices without a date count)
fleet-table-yes = yes
fleet-table-no = no
fleet-table-unknown = unknown
fleet-table-encrypted = encrypted
fleet-table-encrypted-about = Devices with an encrypted disk, without, and where the export does not say; empty when the export lacks the column
fleet-table-compliant = compliant
fleet-table-compliant-about = Devices that meet the device management's requirements, that do not, and unknown; empty when the export lacks the column
fleet-table-managed = managed
fleet-table-managed-about = Devices that are centrally managed, that are not, and unknown; empty when the export lacks the column
fleet-table-enabled = enabled
fleet-table-enabled-about = Computer accounts in Active Directory that are enabled, disabled and unknown; empty for other exports
fleet-table-entra-joined = entra_joined
fleet-table-hybrid-joined = hybrid_joined
fleet-table-registered = registered
fleet-table-other-join = other_join
fleet-table-join-about = Devices by how they are joined to Entra ID; empty when the export does not say
fleet-table-corporate = corporate
fleet-table-personal = personal
fleet-table-ownership-about = Devices by ownership (Intune); empty when the export does not say
fleet-table-past-support = past_support
fleet-table-past-support-about = Devices whose operating system is past its end of security support
fleet-table-unknown-support = support_unknown
fleet-table-unknown-support-about = Devices on a release whose end of support kartlegg does not know
fleet-table-unencrypted-percent = unencrypted_percent
fleet-table-noncompliant-percent = noncompliant_percent
fleet-table-unsupported-percent = unsupported_percent
fleet-table-percent-about = Percent of the devices whose state is known (one decimal); empty when the export does not say
fleet-table-created = created
fleet-table-created-about = When the fleet file was made
fleet-table-platform = platform
fleet-table-platform-about = windows, windows-server, macos, ios, android, linux or other
fleet-table-os-version-about = Version without what tells devices apart (no revision or patch level)
fleet-table-past-support-flag = past_support
fleet-table-past-support-flag-about = true when the release is past its end of security support, false when not, unknown when the date is unknown
fleet-table-devices = devices
