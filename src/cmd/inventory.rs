//! `kartlegg inventory`: record this machine's systems and security
//! indicators in a `kartlegg-inventar/1` file, and show a short summary.

use std::hash::{BuildHasher, Hasher};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crate::config::Config;
use crate::fsutil;
use crate::inventory::{self, Inventory, Options, Privacy, Tri};
use crate::subject::Subject;
use crate::tr;
use crate::ui;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    #[default]
    Yaml,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The municipality (number or name) the machine belongs to
    #[arg(short = 'k', long, value_name = "NR|NAVN")]
    pub kommune: String,

    /// Result file [default: kartlegg-inventar-<kommunenr>-<host id>-<date>.yaml]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// File format
    #[arg(long, value_enum, default_value = "yaml")]
    pub format: Format,

    /// How much that identifies the machine to keep: `full` adds host name, addresses, mount paths and program names
    #[arg(long, value_enum, default_value = "standard")]
    pub privacy: Privacy,

    /// Leave out the list of installed software
    #[arg(long)]
    pub no_software: bool,

    /// Longest time any single source may take, in seconds
    #[arg(long, value_name = "SECS", default_value_t = 10.0)]
    pub timeout: f64,

    /// Overwrite an existing result file
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub encryption: super::encryption::EncryptArgs,
}

/// The salt for host-name hashes of one municipality, kept in the user's
/// configuration folder so that repeated runs give the same host id.
fn salt_for(municipality: &str) -> anyhow::Result<String> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .unwrap_or_else(std::env::temp_dir);
    let dir = base.join("kartlegg");
    let path = dir.join(fsutil::id_file_name("salt-", &[municipality], "")?);
    if let Ok(salt) = crate::source::read_to_string(&path)
        && salt.trim().len() >= 32
    {
        return Ok(salt.trim().to_string());
    }
    // std's hasher keys come from the operating system's random source.
    let salt: String = (0..4)
        .map(|_| {
            format!(
                "{:016x}",
                std::collections::hash_map::RandomState::new()
                    .build_hasher()
                    .finish()
            )
        })
        .collect();
    fsutil::create_private_dir(&dir)?;
    fsutil::write_atomic(&path, salt.as_bytes())?;
    Ok(salt)
}

pub fn run(args: Args, config: &Config) -> anyhow::Result<ExitCode> {
    let register = config.register()?;
    let entity = register.lookup(&args.kommune)?;
    // A bad key is reported before minutes of collecting, not after.
    let sealing = args.encryption.sealing()?;
    let subject = Subject::of(&entity);
    let options = Options {
        privacy: args.privacy,
        software: !args.no_software,
        timeout: Duration::from_secs_f64(args.timeout.clamp(0.1, 600.0)),
        salt: salt_for(&subject.id)?,
    };
    let bar = if config.quiet || !std::io::stderr().is_terminal() {
        indicatif::ProgressBar::hidden()
    } else {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.enable_steady_tick(Duration::from_millis(100));
        bar
    };
    let inventory = inventory::collect(subject, &options, &mut |step| {
        bar.set_message(tr!("inventory-reading", step = step))
    });
    bar.finish_and_clear();

    let extension = match args.format {
        Format::Yaml => "yaml",
        Format::Json => "json",
    };
    let date = crate::time::today();
    let short_id = inventory
        .host
        .id
        .trim_start_matches("sha256:")
        .chars()
        .take(8)
        .collect::<String>();
    let output = match &args.output {
        Some(output) => output.clone(),
        None => PathBuf::from(fsutil::id_file_name(
            "kartlegg-inventar-",
            &[&inventory.municipality.id, &short_id, &date.to_string()],
            &format!(".{extension}"),
        )?),
    };
    let output = sealing.path(&output);
    fsutil::refuse_overwrite(&output, args.force)?;
    let text = match args.format {
        Format::Yaml => inventory.to_yaml(),
        Format::Json => inventory.to_json(),
    };
    fsutil::write_atomic(&output, &sealing.bytes(&text)?)?;

    if !config.quiet {
        writeln!(
            std::io::stdout().lock(),
            "{}",
            summary(&inventory, config.color.stdout())
        )?;
        let path = output.display();
        writeln!(
            std::io::stderr(),
            "{}",
            tr!("inventory-saved-in", path = path)
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// What was found, as a table for the person who ran the inventory.
fn summary(inv: &Inventory, color: bool) -> String {
    let mut table = ui::table(
        vec![
            tr!("inventory-what"),
            tr!("inventory-value"),
            tr!("inventory-evidence"),
        ],
        color,
    );
    for row in machine_rows(inv).into_iter().chain(security_rows(inv)) {
        table.add_row(row);
    }
    let n = inv.unreadable.len();
    let seconds = inv.seconds;
    format!(
        "{table}\n{}",
        tr!(
            "inventory-sources-could-not-be-read-see",
            n = n,
            seconds = seconds
        )
    )
}

/// The machine: host, system, hardware, disks, ports and software count.
fn machine_rows(inv: &Inventory) -> Vec<Vec<String>> {
    let gib = |b: u64| {
        format!(
            "{} GiB",
            crate::i18n::decimal(b as f64 / 1024f64.powi(3), 1)
        )
    };
    let os = &inv.host.os;
    let total: u64 = inv.disks.iter().map(|d| d.size_bytes).sum();
    let exposed = inv
        .network
        .listening
        .iter()
        .filter(|l| !l.local_only)
        .count();
    let mut rows = vec![
        vec![
            tr!("inventory-host-hash"),
            inv.host.id.chars().take(20).collect::<String>() + "…",
            String::new(),
        ],
        vec![
            tr!("inventory-operating-system"),
            format!("{} {}", os.name, os.version.clone().unwrap_or_default()),
            os.kernel.clone().unwrap_or_default(),
        ],
        vec![
            tr!("inventory-hardware"),
            format!("{} × {}", inv.host.cpu_cores, inv.host.cpu_model),
            gib(inv.host.memory_bytes),
        ],
        vec![
            tr!("inventory-virtualisation"),
            inv.host.virtualisation.clone(),
            String::new(),
        ],
        vec![
            tr!("inventory-disks"),
            inv.disks.len().to_string(),
            gib(total),
        ],
        vec![
            tr!("inventory-listening-ports"),
            inv.network.listening.len().to_string(),
            tr!("inventory-towards-the-network", exposed = exposed),
        ],
    ];
    if let Some(software) = &inv.software {
        rows.push(vec![
            tr!("inventory-software"),
            software.len().to_string(),
            String::new(),
        ]);
    }
    rows
}

/// One row per security indicator: its value (or count), products found, evidence.
fn security_rows(inv: &Inventory) -> Vec<Vec<String>> {
    inv.security
        .iter()
        .map(|(name, indicator)| {
            let value = match (indicator.value, indicator.count) {
                (_, Some(n)) => n.to_string(),
                (Tri::True, _) => tr!("inventory-yes"),
                (Tri::False, _) => tr!("inventory-no"),
                (Tri::Unknown, _) => tr!("inventory-unknown"),
            };
            let found = if indicator.found.is_empty() {
                String::new()
            } else {
                format!(" ({})", indicator.found.join(", "))
            };
            vec![name.clone(), value + &found, indicator.evidence.clone()]
        })
        .collect()
}
