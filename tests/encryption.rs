//! Confidential result files: a survey and an inventory encrypted to the
//! project team's key (also while answering), and merge reading them only
//! with the team's secret key.

mod common;

use std::path::Path;

use common::kartlegg;
use predicates::str::contains;

fn keygen(dir: &Path) -> String {
    let out = kartlegg(dir).args(["-q", "keygen"]).output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn encrypted_results_travel_safely_and_merge_with_the_secret_key() {
    let dir = tempfile::tempdir().unwrap();
    let public = keygen(dir.path());
    assert!(public.starts_with("age1"), "{public}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let secret = dir.path().join("kartlegg-nokkel.txt");
        let mode = std::fs::metadata(&secret).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // A second keygen never replaces the key without --force.
    kartlegg(dir.path()).arg("keygen").assert().code(1);

    std::fs::create_dir(dir.path().join("inn")).unwrap();
    std::fs::write(dir.path().join("svar.csv"), "drift,egen\nmfa_admin,nei\n").unwrap();
    kartlegg(dir.path())
        .args([
            "survey",
            "hurtigsjekk",
            "-k",
            "4627",
            "--answers",
            "svar.csv",
        ])
        .args(["-o", "inn/svar.yaml", "--encrypt-to", &public])
        .assert()
        .success()
        .stderr(contains("inn/svar.yaml.age"));
    let sealed = std::fs::read(dir.path().join("inn/svar.yaml.age")).unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1"));
    assert!(!String::from_utf8_lossy(&sealed).contains("hurtigsjekk"));
    assert!(!dir.path().join("inn/svar.yaml").exists());

    // Without the key the file is refused with a way out; with it, it is used.
    kartlegg(dir.path())
        .args(["--lang", "en", "merge", "inn", "-o", "ut"])
        .assert()
        .code(3);
    let avvik = std::fs::read_to_string(dir.path().join("ut/avvik.csv")).unwrap();
    assert!(
        avvik.contains("encrypted") && avvik.contains("--identity"),
        "{avvik}"
    );
    kartlegg(dir.path())
        .args([
            "merge",
            "inn",
            "-o",
            "ut2",
            "--identity",
            "kartlegg-nokkel.txt",
        ])
        .assert()
        .success();
    let answers = std::fs::read_to_string(dir.path().join("ut2/svar.csv")).unwrap();
    assert!(answers.contains("mfa_admin"), "{answers}");

    // Another team's key cannot open it.
    kartlegg(dir.path())
        .args(["-q", "keygen", "-o", "annen.txt"])
        .assert()
        .success();
    kartlegg(dir.path())
        .args(["merge", "inn", "-o", "ut3", "--identity", "annen.txt"])
        .assert()
        .code(3);
    let avvik = std::fs::read_to_string(dir.path().join("ut3/avvik.csv")).unwrap();
    assert!(avvik.contains("undecryptable"), "{avvik}");

    // Resuming an encrypted file needs the key and keeps it encrypted.
    kartlegg(dir.path())
        .args([
            "survey",
            "--resume",
            "inn/svar.yaml.age",
            "--answers",
            "svar.csv",
        ])
        .args(["--encrypt-to", &public, "--identity", "kartlegg-nokkel.txt"])
        .assert()
        .success();
    assert!(
        std::fs::read(dir.path().join("inn/svar.yaml.age"))
            .unwrap()
            .starts_with(b"age-encryption.org/v1")
    );
}

#[test]
fn a_bad_recipient_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("svar.csv"), "drift,egen\n").unwrap();
    kartlegg(dir.path())
        .args([
            "--lang",
            "en",
            "survey",
            "hurtigsjekk",
            "-k",
            "4627",
            "--answers",
            "svar.csv",
        ])
        .args(["--encrypt-to", "age1nope"])
        .assert()
        .code(1)
        .stderr(contains("not a valid age public key"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// A survey sealed to a new key in `dir`: the key file's name and the sealed file.
fn sealed_survey(dir: &Path) -> std::path::PathBuf {
    let public = keygen(dir);
    std::fs::create_dir_all(dir.join("inn")).unwrap();
    std::fs::write(dir.join("svar.csv"), "drift,egen\nmfa_admin,nei\n").unwrap();
    kartlegg(dir)
        .args([
            "survey",
            "hurtigsjekk",
            "-k",
            "4627",
            "--answers",
            "svar.csv",
        ])
        .args(["-o", "inn/svar.yaml", "--encrypt-to", &public])
        .assert()
        .success();
    dir.join("inn/svar.yaml.age")
}

/// The avvik message of a merge of `inn` with the key file, in `lang`.
fn merge_message(dir: &Path, key: &str, lang: &str) -> String {
    let out = dir.join(format!("ut-{lang}-{key}"));
    let _ = std::fs::remove_dir_all(&out);
    kartlegg(dir)
        .args(["--lang", lang, "merge", "inn", "--identity", key, "-o"])
        .arg(&out)
        .assert()
        .code(3);
    std::fs::read_to_string(out.join("avvik.csv")).unwrap()
}

#[test]
fn an_armored_file_from_age_a_is_read_like_a_binary_one() {
    let dir = tempfile::tempdir().unwrap();
    let sealed = sealed_survey(dir.path());
    // Decrypt with the library, then armor it as `age -a` would.
    let text = std::fs::read_to_string(dir.path().join("kartlegg-nokkel.txt")).unwrap();
    let identity: age::x25519::Identity = text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap()
        .parse()
        .unwrap();
    let plain = age::decrypt(&identity, &std::fs::read(&sealed).unwrap()).unwrap();
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&identity.to_public() as _)).unwrap();
    let mut armored = Vec::new();
    let writer =
        age::armor::ArmoredWriter::wrap_output(&mut armored, age::armor::Format::AsciiArmor)
            .unwrap();
    let mut writer = encryptor.wrap_output(writer).unwrap();
    std::io::Write::write_all(&mut writer, &plain).unwrap();
    writer.finish().unwrap().finish().unwrap();
    assert!(armored.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));
    std::fs::write(&sealed, &armored).unwrap();

    kartlegg(dir.path())
        .args([
            "merge",
            "inn",
            "-o",
            "ut",
            "--identity",
            "kartlegg-nokkel.txt",
        ])
        .assert()
        .success();
    let answers = std::fs::read_to_string(dir.path().join("ut/svar.csv")).unwrap();
    assert!(answers.contains("mfa_admin"), "{answers}");
}

#[test]
fn decryption_failures_say_what_happened_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let sealed = sealed_survey(dir.path());
    let good = std::fs::read(&sealed).unwrap();
    kartlegg(dir.path())
        .args(["-q", "keygen", "-o", "annen.txt"])
        .assert()
        .success();
    let wrong_key = |lang| merge_message(dir.path(), "annen.txt", lang);
    assert!(
        wrong_key("nb").contains("feil nøkkel: ingen av de hemmelige nøklene i --identity passer"),
        "{}",
        wrong_key("nb")
    );
    assert!(
        wrong_key("en").contains("wrong key: none of the secret keys given with --identity fits"),
        "{}",
        wrong_key("en")
    );

    // Cut off in the payload: it no longer matches its checksum.
    std::fs::write(&sealed, &good[..good.len() - 20]).unwrap();
    let message = |lang| merge_message(dir.path(), "kartlegg-nokkel.txt", lang);
    let nb = "filen er skadet eller avkuttet (innholdet stemmer ikke med kontrollsummen i filen)";
    let en = "the file is damaged or cut off (its content does not match the checksum in the file)";
    assert!(message("nb").contains(nb), "{}", message("nb"));
    assert!(message("en").contains(en), "{}", message("en"));
    assert!(!message("en").contains("decryption error"));
    // Cut off in the header.
    let header_end = good.windows(4).position(|w| w == b"\n---").unwrap();
    std::fs::write(&sealed, &good[..header_end + 10]).unwrap();
    assert!(
        message("nb").contains("filen er avkuttet"),
        "{}",
        message("nb")
    );
    assert!(
        message("en").contains("the file is cut off"),
        "{}",
        message("en")
    );
    assert!(!message("en").contains("failed to fill whole buffer"));

    let mut flipped = good.clone();
    let at = flipped.len() - 40;
    flipped[at] ^= 0x55;
    std::fs::write(&sealed, &flipped).unwrap();
    assert!(message("nb").contains(nb), "{}", message("nb"));
    assert!(message("en").contains(en), "{}", message("en"));

    std::fs::write(&sealed, "svar: ikke kryptert\n").unwrap();
    assert!(
        message("nb").contains("ikke en age-kryptert fil"),
        "{}",
        message("nb")
    );
    assert!(
        message("en").contains("not an age-encrypted file"),
        "{}",
        message("en")
    );
    assert!(!message("en").contains("Header is invalid"));
}

#[test]
fn a_key_that_is_not_a_public_key_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("svar.csv"), "drift,egen\n").unwrap();
    let refusal = |lang: &str, key: &str| {
        let out = kartlegg(dir.path())
            .args(["--lang", lang, "survey", "hurtigsjekk", "-k", "4627"])
            .args(["--answers", "svar.csv", "--encrypt-to", key])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    let en = refusal("en", "age1notakey");
    assert!(
        en.contains("“age1notakey” is not a valid age public key: it has 11 characters, but an age public key has 62; a key starts with age1 and has 62 characters; copy it from `kartlegg keygen`, or give a file with one key per line"),
        "{en}"
    );
    let nb = refusal("nb", "age1notakey");
    assert!(
        nb.contains("«age1notakey» er ikke en gyldig offentlig age-nøkkel: den har 11 tegn, men en offentlig age-nøkkel har 62"),
        "{nb}"
    );
    // Right length, wrong checksum.
    let typo = format!("age1{}", "q".repeat(58));
    assert!(
        refusal("en", &typo).contains("or a typo (its checksum does not match)"),
        "{}",
        refusal("en", &typo)
    );
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}
