//! `dynsync completions` and `dynsync man`: the real binary's scripts and pages.

mod common;

use common::Run;

/// The subcommands every script and page set must know.
const SUBCOMMANDS: &[&str] = &[
    "setup",
    "validate",
    "rotate",
    "explain",
    "fix",
    "app",
    "profile",
    "completions",
    "man",
];

#[test]
fn a_script_for_every_shell_names_every_subcommand() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let done = Run::new(&["completions", shell]).run();
        assert_eq!(done.code, 0, "{shell}: {}", done.stderr);
        for sub in SUBCOMMANDS {
            assert!(done.stdout.contains(sub), "{shell}: no {sub}");
        }
        // A nested subcommand and a flag of one.
        assert!(done.stdout.contains("store-secret"), "{shell}");
        assert!(done.stdout.contains("secrets-stdin"), "{shell}");
    }
}

#[test]
fn the_bash_script_is_valid_bash_and_completes_profiles() {
    let done = Run::new(&["completions", "bash"]).run();
    assert!(done.stdout.contains("dynsync completions --profile-names"));
    assert!(
        done.stdout
            .trim_end()
            .ends_with("complete -F _dynsync_profiles -o nosort -o bashdefault -o default dynsync")
    );
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_ok()
    {
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), &done.stdout).unwrap();
        let check = std::process::Command::new("bash")
            .arg("-n")
            .arg(file.path())
            .output()
            .unwrap();
        assert!(
            check.status.success(),
            "{}",
            String::from_utf8_lossy(&check.stderr)
        );
    }
}

#[test]
fn zsh_and_fish_complete_profile_names() {
    let zsh = Run::new(&["completions", "zsh"]).run().stdout;
    let specs: Vec<&str> = zsh.lines().filter(|l| l.contains("--profile=[")).collect();
    // setup, validate, fix, rotate, app create and app show take --profile.
    assert_eq!(specs.len(), 6, "{specs:#?}");
    assert!(
        specs.iter().all(|l| l.ends_with(":_dynsync_profiles' \\")),
        "{specs:#?}"
    );
    assert!(zsh.contains("_dynsync_profiles() {"));
    let fish = Run::new(&["completions", "fish"]).run().stdout;
    assert!(fish.contains(
        "complete -c dynsync -l profile -x -a '(dynsync completions --profile-names 2>/dev/null)'"
    ));
}

#[test]
fn profile_names_lists_the_profiles_and_is_quiet_without_any() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let config = config.to_str().unwrap();
    let names = || {
        Run::new(&["completions", "--profile-names"])
            .env("DYNSYNC_CONFIG_DIR", config)
            .run()
    };
    let none = names();
    assert_eq!(
        (none.code, none.stdout.as_str(), none.stderr.as_str()),
        (0, "", "")
    );
    for name in ["contoso", "fabrikam"] {
        let set = Run::new(&["profile", "set", name, "--username", "sync@contoso.com"])
            .env("DYNSYNC_CONFIG_DIR", config)
            .run();
        assert_eq!(set.code, 0, "{}", set.stderr);
    }
    assert_eq!(names().stdout, "contoso\nfabrikam\n");
}

#[test]
fn a_shell_is_required_and_checked() {
    assert_eq!(Run::new(&["completions"]).run().code, 2);
    assert_eq!(Run::new(&["completions", "tcsh"]).run().code, 2);
}

#[test]
fn man_prints_the_top_page_and_writes_one_per_subcommand() {
    let top = Run::new(&["man"]).run();
    assert_eq!(top.code, 0, "{}", top.stderr);
    assert!(top.stdout.starts_with(".ie "), "{}", &top.stdout[..80]);
    assert!(top.stdout.contains(".TH dynsync 1"));
    for sub in SUBCOMMANDS {
        assert!(top.stdout.contains(sub), "the top page lists {sub}");
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("man1");
    let done = Run::new(&["man", "--dir", out.to_str().unwrap()]).run();
    assert_eq!(done.code, 0, "{}", done.stderr);
    let mut pages: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    pages.sort();
    let mut want: Vec<String> = ["dynsync.1"]
        .iter()
        .map(|s| s.to_string())
        .chain(
            SUBCOMMANDS.iter().map(|s| format!("dynsync-{s}.1")).chain(
                ["list", "show", "set", "store-secret", "remove"]
                    .iter()
                    .map(|s| format!("dynsync-profile-{s}.1"))
                    .chain(
                        ["create", "show"]
                            .iter()
                            .map(|s| format!("dynsync-app-{s}.1")),
                    ),
            ),
        )
        .collect();
    if cfg!(feature = "demo") {
        want.push("dynsync-demo-tenant.1".into());
    }
    want.sort();
    assert_eq!(pages, want);
    assert!(
        done.stdout
            .contains(&format!("Wrote {} manual pages", want.len())),
        "{}",
        done.stdout
    );
    let validate = std::fs::read_to_string(out.join("dynsync-validate.1")).unwrap();
    assert!(validate.contains(".TH dynsync-validate 1"));
    assert!(validate.contains("secrets\\-stdin"));
}

#[test]
fn man_refuses_a_directory_it_cannot_create() {
    let file = tempfile::NamedTempFile::new().unwrap();
    let below = file.path().join("man1");
    let done = Run::new(&["man", "--dir", below.to_str().unwrap()]).run();
    assert_eq!(done.code, 2);
    assert!(
        done.stderr.contains("could not create the directory"),
        "{}",
        done.stderr
    );
}
