//! Generated files: shell completion scripts (checked in under `completions/`) and the man
//! page. Regenerate with `scripts/regenerate`; a test fails when the checked-in copies are stale.

use clap_complete::Shell;

pub fn script(shell: Shell) -> String {
    let mut cmd = crate::cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "hgmo-ctl", &mut buf);
    String::from_utf8(buf).expect("completion scripts are UTF-8")
}

pub fn man_page() -> String {
    let mut buf = Vec::new();
    clap_mangen::Man::new(crate::cli::command())
        .render(&mut buf)
        .expect("rendering to memory cannot fail");
    String::from_utf8(buf).expect("the man page is UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The checked-in file name of each shell's script.
    pub fn file_name(shell: Shell) -> String {
        match shell {
            Shell::Bash => "hgmo-ctl.bash".into(),
            Shell::Zsh => "_hgmo-ctl".into(),
            Shell::Fish => "hgmo-ctl.fish".into(),
            Shell::PowerShell => "_hgmo-ctl.ps1".into(),
            Shell::Elvish => "hgmo-ctl.elv".into(),
            _ => format!("hgmo-ctl.{shell}"),
        }
    }

    pub const SHELLS: [Shell; 5] =
        [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::PowerShell, Shell::Elvish];

    /// The checked-in completions and man page are what the clap definition generates.
    /// `HGMO_CTL_REGENERATE=1 cargo test generated_files` rewrites them.
    #[test]
    fn generated_files_are_current() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<(std::path::PathBuf, String)> = SHELLS
            .iter()
            .map(|s| (root.join("completions").join(file_name(*s)), script(*s)))
            .collect();
        files.push((root.join("man").join("hgmo-ctl.1"), man_page()));
        let regenerate = std::env::var_os("HGMO_CTL_REGENERATE").is_some();
        let mut stale = Vec::new();
        for (path, want) in files {
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            if have != want {
                if regenerate {
                    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                    std::fs::write(&path, want).unwrap();
                } else {
                    stale.push(path.display().to_string());
                }
            }
        }
        assert!(stale.is_empty(), "stale generated files (run scripts/regenerate): {stale:?}");
    }

    /// README's table of commands has a row for every command and names each of its
    /// subcommands there, with what it replaces (issue 16, point 7).
    #[test]
    fn readme_table_names_every_command() {
        let readme = include_str!("../README.md");
        let rows: Vec<(&str, &str)> = readme
            .lines()
            .filter(|l| l.starts_with("| `"))
            .filter_map(|l| {
                let mut cells = l.trim_matches('|').splitn(2, " | ");
                Some((cells.next()?, cells.next()?.trim()))
            })
            .collect();
        let mut missing = Vec::new();
        for sub in crate::cli::command().get_subcommands() {
            let name = sub.get_name();
            let row = rows.iter().find(|(c, _)| {
                c.split('`').skip(1).step_by(2).any(|code| code.split(' ').next() == Some(name))
            });
            match row {
                None => missing.push(name.to_string()),
                Some((cell, replaces)) => {
                    assert!(!replaces.is_empty(), "{name}: no `replaces` text");
                    for leaf in sub.get_subcommands().map(|l| l.get_name()) {
                        let named = rows.iter().any(|(c, _)| {
                            c.split('`').skip(1).step_by(2).any(|code| {
                                code.starts_with(&format!("{name} "))
                                    && code.split([' ', '|', '\\']).any(|w| w == leaf)
                            })
                        });
                        if !named {
                            missing.push(format!("{name} {leaf} (row {cell})"));
                        }
                    }
                }
            }
        }
        assert!(missing.is_empty(), "README.md's table of commands lacks {missing:?}");
    }
}
