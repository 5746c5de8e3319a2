# The cases tests/windows/run.sh runs on kartlegg.exe under Wine, each
# against the Linux build where both should write the same. Sourced by run.sh,
# which provides `run`, `both`, `same`, `has`, `lacks` and the folders.
# shellcheck shell=bash

cases=(version questionnaire_list norwegian_text validate exit_codes survey_answers
  bad_recipient excel_form merge_pilot fleet keygen_and_age inventory private_files package)

# given CASE FILE...: copies files of the repository into both builds' folders.
given() {
  local case=$1 side
  shift
  for side in lin win; do
    mkdir -p "$work/$side/$case"
    cp -r "$@" "$work/$side/$case/"
  done
}

# answers CASE: the same answers file for both builds.
answers() {
  local side
  for side in lin win; do
    mkdir -p "$work/$side/$1"
    printf 'drift,egen\nmfa_admin,nei\nadmin_kontoer,40,to av dem er tjenestekontoer\n' \
      >"$work/$side/$1/svar.csv"
  done
}

case_version() {
  both version 0 --version &&
    same version out &&
    has win version out "kartlegg 0."
}

case_questionnaire_list() {
  both list 0 questionnaire list &&
    same list out &&
    has win list out hurtigsjekk &&
    has win list out modenhet
}

# Bokmål's æ, ø and å as UTF-8 through Wine's console, in what the survey
# prints without a terminal (redirected, as in a script).
case_norwegian_text() {
  answers text
  both text 0 questionnaire show hurtigsjekk &&
    same text out &&
    has win text out "En kort første kartlegging" &&
    has win text out "enn å gjette" &&
    both text 1 survey hurtigsjekk -k 9999 --answers svar.csv &&
    same text err &&
    has win text err "fant ingen kommune" &&
    has win text err "«Municipality register»"
}

case_validate() {
  given validate tests/fixtures/survey-small.yaml tests/fixtures/broken-questionnaire.yaml
  both validate 0 --lang en questionnaire validate survey-small.yaml &&
    same validate out err &&
    both validate 3 --lang en questionnaire validate broken-questionnaire.yaml &&
    same validate out err &&
    has win validate out "broken-questionnaire.yaml:"
}

case_exit_codes() {
  both codes 1 --lang en questionnaire validate does-not-exist.yaml &&
    has win codes out "does-not-exist.yaml: error: cannot open" &&
    both codes 2 no-such-command &&
    both codes 1 --lang en survey hurtigsjekk -k 4627 --answers missing.csv &&
    has win codes err "missing.csv"
}

case_survey_answers() {
  answers survey
  both survey 0 survey hurtigsjekk -k 4627 --answers svar.csv -o svar.yaml &&
    same survey svar.yaml err &&
    has win survey svar.yaml 'id: "mfa_admin"' &&
    has win survey svar.yaml 'value: 40' &&
    has win survey svar.yaml 'comment: "to av dem er tjenestekontoer"'
}

case_bad_recipient() {
  answers recipient
  both recipient 1 --lang en survey hurtigsjekk -k 4627 --answers svar.csv \
    -o svar.yaml --encrypt-to age1nope &&
    has win recipient err "is not a valid age public key" &&
    lacks win recipient svar.yaml &&
    lacks win recipient svar.yaml.age
}

case_excel_form() {
  local side part ok=0
  both form 0 questionnaire export hurtigsjekk --xlsx skjema.xlsx || return 1
  for part in xl/worksheets/sheet1.xml xl/worksheets/sheet2.xml \
    xl/worksheets/sheet3.xml xl/sharedStrings.xml; do
    for side in lin win; do
      mkdir -p "$work/$side/form/del/$(dirname "$part")"
      unzip -p "$work/$side/form/skjema.xlsx" "$part" >"$work/$side/form/del/$part"
    done
    same form "del/$part" || ok=1
  done
  if [ -z "$python" ]; then
    problems+=("python3 is needed to fill the form")
    return 1
  fi
  for side in lin win; do
    "$python" "$repo/tests/windows/fill_form.py" "$work/$side/form/skjema.xlsx" \
      "$work/$side/form/utfylt.xlsx" "drift=samarbeid" "mfa_admin=Ja" \
      "styringssystem=3|vedtatt i 2024" "admin_kontoer=1200" "oversikt_enheter=Vet ikke"
  done
  both form 0 import utfylt.xlsx -k 4627 -o importert.yaml &&
    same form importert.yaml &&
    has win form importert.yaml 'value: 1200' &&
    has win form importert.yaml 'comment: "vedtatt i 2024"' &&
    has win form importert.yaml 'state: unknown' &&
    return $ok
}

case_merge_pilot() {
  local file ok=0
  given merge examples/pilot/innkommet
  both merge 3 merge innkommet -o datasett || return 1
  [ -s "$work/win/merge/datasett/kartlegging.xlsx" ] ||
    problems+=("the Windows build wrote no kartlegging.xlsx")
  for file in "$work"/lin/merge/datasett/*.csv; do
    same merge "datasett/$(basename "$file")" || ok=1
  done
  has win merge datasett/avvik.csv 'innkommet\' &&
    has win merge datasett/svar.csv 'innkommet\' &&
    return $ok
}

# The exports as Windows makes them: PowerShell 5's UTF-16 with its #TYPE
# line, and the Norwegian Intune portal's semicolons.
case_fleet() {
  given fleet tests/fleet/ad-ps5.csv tests/fleet/intune-nb.csv
  both fleet 0 fleet ad-ps5.csv intune-nb.csv -k 4640 -o flate.yaml &&
    same fleet flate.yaml out &&
    has win fleet flate.yaml 'kind: "active-directory"' &&
    has win fleet flate.yaml 'devices: 260' &&
    has win fleet flate.yaml 'devices: 240' &&
    has win fleet err 'flate.yaml'
}

case_keygen_and_age() {
  local public
  run win age 0 -q keygen -o nokkel.txt || return 1
  public=$(tr -d '\r\n' <"$work/win/age/out")
  [[ $public == age1* ]] || problems+=("keygen printed \"$public\", not an age public key")
  has win age nokkel.txt "AGE-SECRET-KEY-1" &&
    run win age 1 keygen -o nokkel.txt &&
    answers age &&
    mkdir -p "$work/win/age/inn" &&
    run win age 0 survey hurtigsjekk -k 4627 --answers svar.csv -o inn/svar.yaml \
      --encrypt-to "$public" &&
    has win age inn/svar.yaml.age "age-encryption.org/v1" &&
    lacks win age inn/svar.yaml &&
    run win age 0 merge inn -o ut --identity nokkel.txt &&
    has win age ut/svar.csv "mfa_admin" &&
    cp -r "$work/win/age/inn" "$work/win/age/nokkel.txt" "$work/lin/age/" &&
    run lin age 0 merge inn -o ut --identity nokkel.txt &&
    same age ut/svar.csv
}

# indicator CASE NAME VALUE [EVIDENCE]: a security indicator of the Windows
# build's inventar.yaml has that value and, when given, evidence containing
# EVIDENCE (as the YAML writes it, backslashes doubled).
indicator() {
  local entry
  entry=$(grep -A4 "^  $2:\$" "$work/win/$1/inventar.yaml")
  if ! grep -q "^    value: $3\$" <<<"$entry"; then
    problems+=("the indicator $2 is not $3: $entry")
    return 1
  fi
  if [ -n "${4:-}" ] && ! grep "^    evidence: " <<<"$entry" | grep -qF -- "$4"; then
    problems+=("the indicator $2 does not name $4 as its evidence: $entry")
    return 1
  fi
}

# reg KEY NAME TYPE DATA: a value in Wine's registry.
reg() {
  "$wine" reg add "$1" /v "$2" /t "$3" /d "$4" /f >/dev/null 2>&1 ||
    problems+=("reg add $1 $2 failed")
}

# programs CASE NAME...: the software list is exactly these names.
programs() {
  local case=$1
  shift
  sed -n '/^software:/,/^[a-z]/p' "$work/win/$case/inventar.yaml" |
    sed -n 's/^  - name: "\(.*\)"$/\1/p' | sort >"$work/win/$case/programs"
  printf '%s\n' "$@" | sort >"$work/win/$case/expected"
  if ! diff "$work/win/$case/expected" "$work/win/$case/programs" >"$work/diff"; then
    problems+=("the programs are not exactly the seeded ones: $(cat "$work/diff")")
    return 1
  fi
}

# The registry Wine starts with, seeded with programs (64-bit, 32-bit, per
# user and a hidden system component), Remote Desktop and Windows Update
# settings and a Windows version, read back by `inventory`. The commands
# Wine lacks or only stubs must leave their indicator unknown, with why.
case_inventory() {
  local uninstall='SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall'
  local rdp='HKLM\SYSTEM\CurrentControlSet\Control\Terminal Server'
  local au='HKLM\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU'
  reg "HKLM\\$uninstall\\KartleggTest64" DisplayName REG_SZ "Veeam Agent for Microsoft Windows"
  reg "HKLM\\$uninstall\\KartleggTest64" DisplayVersion REG_SZ "6.1.2"
  reg "HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\KartleggTest32" \
    DisplayName REG_SZ "Kartlegg Test 32-bit"
  reg "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\KartleggTestUser" \
    DisplayName REG_SZ "Kartlegg Test per user"
  reg "HKLM\\$uninstall\\KartleggHidden" DisplayName REG_SZ "Kartlegg Hidden Component"
  reg "HKLM\\$uninstall\\KartleggHidden" SystemComponent REG_DWORD 1
  reg "$rdp" fDenyTSConnections REG_DWORD 0
  reg "$au" NoAutoUpdate REG_DWORD 1
  # Wine answers as Windows 7; the version is what the registry says, so
  # seed a Windows 11 there (its product name still says 10, as on Windows).
  local version='HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion'
  reg "$version" ProductName REG_SZ "Windows 10 Pro"
  reg "$version" EditionID REG_SZ Professional
  reg "$version" DisplayVersion REG_SZ 23H2
  reg "$version" CurrentBuild REG_SZ 22631
  reg "$version" UBR REG_DWORD 4460
  run win inventory 0 --lang en inventory -k 4627 -o inventar.yaml &&
    programs inventory "Veeam Agent for Microsoft Windows" "Kartlegg Test 32-bit" \
      "Kartlegg Test per user" &&
    has win inventory inventar.yaml 'version: "6.1.2"' &&
    has win inventory inventar.yaml 'source: "windows-registry"' &&
    has win inventory inventar.yaml 'family: "windows"' &&
    has win inventory inventar.yaml 'name: "Windows 11 Pro"' &&
    has win inventory inventar.yaml 'version: "23H2 (22631.4460)"' &&
    has win inventory inventar.yaml 'kernel: "22631.4460"' &&
    has win inventory inventar.yaml 'end_of_support: "2025-11-11"' &&
    has win inventory inventar.yaml 'virtualisation: "wine"' &&
    has win inventory inventar.yaml 'mount: "C:\\"' &&
    indicator inventory remote_desktop_exposed true 'Terminal Server\\fDenyTSConnections' &&
    indicator inventory automatic_updates false 'Policies\\Microsoft\\Windows\\WindowsUpdate\\AU' &&
    indicator inventory backup_agent_present true &&
    indicator inventory os_supported false "2025-11-11" &&
    indicator inventory disk_encrypted '"unknown"' 'could not start `manage-bde`' &&
    indicator inventory time_synchronised '"unknown"' 'could not start `w32tm`' &&
    indicator inventory firewall_active '"unknown"' 'netsh advfirewall: unknown output' &&
    indicator inventory local_admins '"unknown"' 'Get-LocalGroupMember' &&
    has win inventory inventar.yaml 'source: "netstat -ano -p TCP"' &&
    has win inventory inventar.yaml 'source: "network interfaces"' || return 1
  if grep -qF "Kartlegg Hidden Component" "$work/win/inventory/inventar.yaml"; then
    problems+=("a SystemComponent program was listed")
  fi
  if grep -q 'Windows 0\b' "$work/win/inventory/inventar.yaml"; then
    problems+=("the operating system reads \"Windows 0\"")
  fi
  # The other way round: Remote Desktop closed, updates automatic by
  # policy, then a policy that only notifies.
  reg "$rdp" fDenyTSConnections REG_DWORD 1
  reg "$au" NoAutoUpdate REG_DWORD 0
  reg "$au" AUOptions REG_DWORD 4
  run win inventory-on 0 --lang en inventory -k 4627 -o inventar.yaml --no-software &&
    indicator inventory-on remote_desktop_exposed false 'fDenyTSConnections' &&
    indicator inventory-on automatic_updates true 'WindowsUpdate\\AU' || return 1
  reg "$au" AUOptions REG_DWORD 2
  run win inventory-ask 0 --lang en inventory -k 4627 -o inventar.yaml --no-software &&
    indicator inventory-ask automatic_updates false 'WindowsUpdate\\AU'
}

# The owner-only access list (src/fsutil/windows_acl.rs), through the crate's
# own test on the Windows side: Wine accepts the access list but keeps none
# on files, so under Wine the test checks that writing succeeds with it and
# shows what Wine reads back (entries made from the Unix mode); the check of
# the single entry runs on real Windows only.
case_private_files() {
  local dir="$work/win/private" test_exe
  mkdir -p "$dir"
  test_exe=$(cargo test --locked --no-run --target "$target" --lib \
    --message-format=json 2>/dev/null |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -1)
  if [ -z "$test_exe" ]; then
    problems+=("the crate's tests did not build for $target")
    return 1
  fi
  cp "$test_exe" "$bin/kartlegg-tests.exe"
  (cd "$dir" && "$wine" "$bin/kartlegg-tests.exe" fsutil:: --nocapture >out 2>err) ||
    problems+=("the crate's fsutil tests failed under Wine: $(tail -c 600 "$dir/out")")
  rm -f "$bin/kartlegg-tests.exe"
  # What Wine reads back instead of the access list, for the log.
  sed -n 's/^Wine keeps no access lists on files: only the calls are checked; /      /p' \
    "$dir/err" "$dir/out"
  has win private out "windows_acl::tests::written_files_and_folders_hold_one_entry_for_the_current_user ... ok" &&
    has win private out "test result: ok"
}

# The zip for Windows users (tests/windows/package.sh), from the debug build
# here: a release build takes too long for CI. Its kartlegg.exe must run.
case_package() {
  local dir="$work/win/package" zipfile
  mkdir -p "$dir"
  zipfile=$(bash tests/windows/package.sh --debug "$dir" 2>"$dir/err" | tail -1)
  if [ ! -s "$zipfile" ]; then
    problems+=("package.sh wrote no zip: $(tail -c 400 "$dir/err")")
    return 1
  fi
  unzip -Z1 "$zipfile" | sort >"$dir/list"
  printf '%s\n' README.md docs/ docs/guide.md docs/guide.nn.md kartlegg.exe >"$dir/expected"
  if ! diff "$dir/expected" "$dir/list" >"$work/diff"; then
    problems+=("the zip holds other files than expected: $(cat "$work/diff")")
    return 1
  fi
  echo "      zip (debug build): $(du -h "$zipfile" | cut -f1)"
  mkdir -p "$dir/unzipped"
  unzip -q "$zipfile" -d "$dir/unzipped"
  cp "$bin/bcryptprimitives.dll" "$dir/unzipped/"
  (cd "$dir/unzipped" && "$wine" kartlegg.exe --version >../version 2>&1) ||
    problems+=("the zipped kartlegg.exe did not start")
  rm -rf "$dir/unzipped" "$zipfile"
  has win package version "kartlegg 0."
}
