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
        .stderr(contains("not an age public key"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}
