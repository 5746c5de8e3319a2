//! Writes the fictional pilot data set to a folder:
//!
//!     cargo run --features synthetic --example pilot -- examples/pilot/innkommet
//!
//! Add `--clean` for a set without the planted problems. See examples/README.md.

use std::path::PathBuf;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let mut clean = false;
    let mut out = None;
    for a in args.by_ref() {
        if a == "--clean" {
            clean = true;
        } else {
            out = Some(PathBuf::from(a));
        }
    }
    let Some(out) = out else {
        anyhow::bail!("usage: cargo run --features synthetic --example pilot -- DIR [--clean]");
    };
    let questionnaires = kartlegg::synthetic::pilot_questionnaires()?;
    for file in kartlegg::synthetic::pilot_set(&questionnaires, !clean) {
        let path = out.join(&file.name);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        kartlegg::fsutil::write_atomic(&path, file.text.as_bytes())?;
    }
    println!(
        "wrote the {} pilot set to {}",
        if clean { "clean" } else { "planted" },
        out.display()
    );
    Ok(())
}
