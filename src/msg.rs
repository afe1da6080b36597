//! Every user-facing sentence, from one catalogue: Project Fluent messages looked up by id, with
//! named arguments.
//!
//! A language is a directory `locales/<lang>/` of `.ftl` files, one file per area (`aadsts.ftl`,
//! `wizard.ftl`, …), embedded in the binary and listed in [`LOCALES`]. English (`en`) is
//! complete and the fallback: a message the chosen language lacks comes from English.
//!
//! ```text
//! msg!("wizard-ask-profile")                         // a message
//! msg!("aadsts-50126.cause")                         // an attribute: id.attribute
//! msg!("report-failed", mark = sym, fails = 2, warnings = 0)
//! ```
//!
//! An argument is a number when it is an integer (so that a message can choose a plural form:
//! `{ $n -> [one] … *[other] … }`) and its `Display` text otherwise. Argument values are never
//! read as message syntax. A missing id or a formatting error fails a `debug_assert!` (the tests
//! see it); a release build shows the id instead.

use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

/// Named arguments of a message (what [`msg!`](crate::msg!) builds).
pub use fluent_bundle::FluentArgs as Args;
/// One argument's value: a string or a number.
pub use fluent_bundle::FluentValue as Value;

/// One language: its directory name under `locales/` and its files, embedded.
pub struct Locale {
    pub lang: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

macro_rules! locale {
    ($lang:literal: [$($file:literal),+ $(,)?]) => {
        Locale {
            lang: $lang,
            files: &[$(($file, include_str!(concat!("../locales/", $lang, "/", $file)))),+],
        }
    };
}

/// The language every message exists in, used for whatever another language lacks.
pub const FALLBACK: &str = "en";

/// Every language dynsync ships, with every file of its directory (a test checks the list
/// against `locales/`). A new area adds its file here; a new language adds a line.
pub static LOCALES: &[Locale] = &[locale!(
    "en": [
        "aadsts.ftl",
        "admin.ftl",
        "app.ftl",
        "checks.ftl",
        "commands.ftl",
        "errors.ftl",
        "fix.ftl",
        "input.ftl",
        "marketo.ftl",
        "report.ftl",
        "ui.ftl",
        "wizard.ftl",
    ]
)];

type Bundle = FluentBundle<FluentResource>;

/// The areas whose messages another area's messages include by reference (`{ errors-… }`): a
/// bundle of an area holds its own file and these. A test checks that every reference is covered.
const AREA_DEPENDS_ON: &[(&str, &[&str])] = &[("commands", &["errors"])];

/// A message's area: the prefix of its id (`checks-token-issued` → `checks`), which is also its
/// file (`checks.ftl`).
fn area(id: &str) -> &str {
    id.split_once('-').map_or(id, |(a, _)| a)
}

/// One language's messages, one bundle per area, each parsed the first time one of its messages
/// is asked for (a run reads only the areas it speaks from: `validate` never parses the wizard).
struct Language {
    locale: &'static Locale,
    areas: Vec<(&'static str, OnceLock<Bundle>)>,
}

impl Language {
    fn new(locale: &'static Locale) -> Language {
        let areas = locale
            .files
            .iter()
            .map(|(file, _)| (file.trim_end_matches(".ftl"), OnceLock::new()))
            .collect();
        Language { locale, areas }
    }

    fn bundle(&self, area: &str) -> Option<&Bundle> {
        let (name, cell) = self.areas.iter().find(|(a, _)| *a == area)?;
        Some(cell.get_or_init(|| {
            let deps = AREA_DEPENDS_ON
                .iter()
                .find(|(a, _)| a == name)
                .map_or(&[][..], |(_, d)| *d);
            let files: Vec<&str> = std::iter::once(*name).chain(deps.iter().copied()).collect();
            let (bundle, problems) = bundle_of(self.locale, &files);
            debug_assert!(problems.is_empty(), "message catalogue: {problems:?}");
            bundle
        }))
    }
}

struct Catalogue {
    lang: &'static str,
    /// The chosen language first, then the fallback (once).
    languages: Vec<Language>,
}

static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();

/// Choose the language, once, before the first message (later calls change nothing). A
/// language dynsync does not ship ("ko-KR" also matches "ko") gives English. Returns the
/// language in use.
pub fn init(lang: &str) -> &'static str {
    CATALOGUE.get_or_init(|| Catalogue::new(lang)).lang
}

fn catalogue() -> &'static Catalogue {
    CATALOGUE.get_or_init(|| Catalogue::new(FALLBACK))
}

/// The shipped language for a requested one: exact, else by its primary language subtag.
fn choose(lang: &str) -> &'static Locale {
    let primary = |s: &str| {
        s.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    LOCALES
        .iter()
        .find(|l| l.lang.eq_ignore_ascii_case(lang))
        .or_else(|| LOCALES.iter().find(|l| primary(l.lang) == primary(lang)))
        .or_else(|| LOCALES.iter().find(|l| l.lang == FALLBACK))
        .expect("the fallback language is shipped")
}

impl Catalogue {
    fn new(lang: &str) -> Catalogue {
        let chosen = choose(lang);
        let mut languages = vec![Language::new(chosen)];
        if chosen.lang != FALLBACK {
            languages.push(Language::new(choose(FALLBACK)));
        }
        Catalogue {
            lang: chosen.lang,
            languages,
        }
    }

    /// The bundles that may hold `message`, in the order to look: the chosen language's, then
    /// the fallback's.
    fn bundles(&self, message: &str) -> impl Iterator<Item = &Bundle> {
        let area = area(message);
        self.languages.iter().filter_map(move |l| l.bundle(area))
    }

    /// The message or attribute (`id.attribute`) from the first bundle that has it.
    fn format(&self, id: &str, args: Option<&Args>) -> Result<String, String> {
        let (message, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        for bundle in self.bundles(message) {
            let Some(m) = bundle.get_message(message) else {
                continue;
            };
            let pattern = match attribute {
                None => m.value(),
                Some(a) => m.get_attribute(a).map(|a| a.value()),
            };
            let Some(pattern) = pattern else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            return if errors.is_empty() {
                Ok(text.into_owned())
            } else {
                Err(format!("{id}: {errors:?}"))
            };
        }
        Err(format!("no message {id:?}"))
    }
}

/// One language's bundle of every file, and its problems: syntax errors and ids defined twice
/// (also across files).
#[cfg(test)]
fn bundle(locale: &Locale) -> (Bundle, Vec<String>) {
    let files: Vec<&str> = locale
        .files
        .iter()
        .map(|(f, _)| f.trim_end_matches(".ftl"))
        .collect();
    bundle_of(locale, &files)
}

/// A bundle of these areas' files of one language, and its problems.
fn bundle_of(locale: &Locale, areas: &[&str]) -> (Bundle, Vec<String>) {
    let langid: LanguageIdentifier = locale.lang.parse().expect("a valid language id");
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // No Unicode isolation marks (U+2068, U+2069) around arguments: the output is a terminal.
    bundle.set_use_isolating(false);
    let mut problems = Vec::new();
    for (file, source) in locale
        .files
        .iter()
        .filter(|(f, _)| areas.contains(&f.trim_end_matches(".ftl")))
    {
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) => r,
            Err((r, errors)) => {
                problems.extend(
                    errors
                        .iter()
                        .map(|e| format!("{}/{file}: {e:?}", locale.lang)),
                );
                r
            }
        };
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(
                errors
                    .iter()
                    .map(|e| format!("{}/{file}: {e}", locale.lang)),
            );
        }
    }
    (bundle, problems)
}

fn format_or_id(id: &str, args: Option<&Args>) -> String {
    match catalogue().format(id, args) {
        Ok(text) => text,
        Err(problem) => {
            debug_assert!(false, "message catalogue: {problem}");
            id.to_string()
        }
    }
}

/// A message (or `id.attribute`) without arguments. Prefer [`msg!`](crate::msg!).
pub fn text(id: &str) -> String {
    format_or_id(id, None)
}

/// A message (or `id.attribute`) with its arguments. Prefer [`msg!`](crate::msg!).
pub fn format(id: &str, args: &Args) -> String {
    format_or_id(id, Some(args))
}

/// The attribute `attribute` of message `id` (e.g. an AADSTS entry's `cause`).
pub fn attr(id: &str, attribute: &str) -> String {
    text(&format!("{id}.{attribute}"))
}

/// Whether the catalogue has this message (or `id.attribute`).
pub fn exists(id: &str) -> bool {
    let (message, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    catalogue().bundles(message).any(|b| {
        b.get_message(message).is_some_and(|m| match attribute {
            None => m.value().is_some(),
            Some(a) => m.get_attribute(a).is_some(),
        })
    })
}

/// Text that dynsync styled itself (a coloured status mark): passed to a message as it is, where
/// any other text argument is cleaned by [`printable`].
pub struct Styled(pub String);

/// `text` without what a terminal would act on rather than show: C0 control characters other
/// than newline and tab (ESC among them, so no escape or OSC sequence survives), DEL and the C1
/// controls. Every text argument of a message goes through it.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    let bad =
        |c: char| (c.is_control() && c != '\n' && c != '\t') || ('\u{80}'..='\u{9f}').contains(&c);
    if text.chars().any(bad) {
        std::borrow::Cow::Owned(text.chars().filter(|c| !bad(*c)).collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// How [`msg!`](crate::msg!) turns an argument into a [`Value`]: integers (and references to
/// them) become numbers, anything else `Display` becomes its text. (Autoref specialisation: the
/// number impl is found first where it applies.)
#[doc(hidden)]
pub mod args {
    use std::fmt::Display;

    use super::Value;

    pub struct Wrap<'a, T: ?Sized>(pub &'a T);

    pub trait NumberArg {
        fn arg(&self) -> Value<'static>;
    }

    macro_rules! numbers {
        ($($t:ty),*) => {$(
            impl NumberArg for Wrap<'_, $t> {
                fn arg(&self) -> Value<'static> {
                    Value::from(*self.0)
                }
            }
            impl NumberArg for Wrap<'_, &$t> {
                fn arg(&self) -> Value<'static> {
                    Value::from(**self.0)
                }
            }
        )*};
    }
    numbers!(
        i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
    );

    pub trait DisplayArg {
        fn arg(&self) -> Value<'static>;
    }

    /// Text is the way foreign text (server answers, names from Dataverse, pastes, what was
    /// typed) reaches a person: it is cleaned here, once, of what a terminal would act on.
    impl<T: Display + ?Sized> DisplayArg for &Wrap<'_, T> {
        fn arg(&self) -> Value<'static> {
            Value::from(super::printable(&self.0.to_string()).into_owned())
        }
    }

    pub trait StyledArg {
        fn arg(&self) -> Value<'static>;
    }

    /// dynsync's own styling (colours) passes as it is.
    impl StyledArg for Wrap<'_, super::Styled> {
        fn arg(&self) -> Value<'static> {
            Value::from(self.0.0.clone())
        }
    }
}

/// A message from the catalogue, as a `String`: `msg!("id")`, `msg!("id.attribute")`, or
/// `msg!("id", name = value, other = value)`. Integers stay numbers (for plurals); anything
/// else `Display` is passed as its text.
#[macro_export]
macro_rules! msg {
    ($id:expr $(,)?) => {
        $crate::msg::text($id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::msg::args::{DisplayArg as _, NumberArg as _, StyledArg as _};
        let mut args = $crate::msg::Args::new();
        $(args.set(stringify!($name), (&$crate::msg::args::Wrap(&$value)).arg());)+
        $crate::msg::format($id, &args)
    }};
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::{Path, PathBuf};

    use super::*;

    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }

    fn sources() -> Vec<(PathBuf, String)> {
        let mut files = Vec::new();
        rust_files(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        files.sort();
        files
            .into_iter()
            .map(|p| {
                let s = std::fs::read_to_string(&p).unwrap();
                (p, s)
            })
            .collect()
    }

    /// The string literals that follow `prefix` in the sources, e.g. the ids of `msg!("…`.
    fn literal_ids(prefix: &str) -> BTreeSet<(String, String)> {
        let mut ids = BTreeSet::new();
        for (path, src) in sources() {
            for (i, _) in src.match_indices(prefix) {
                let rest = &src[i + prefix.len()..];
                let id = &rest[..rest.find('"').unwrap()];
                ids.insert((id.to_string(), path.display().to_string()));
            }
        }
        ids
    }

    #[test]
    fn every_id_carries_its_files_area_and_every_reference_is_in_reach() {
        for locale in LOCALES {
            for (file, source) in locale.files {
                let own = file.trim_end_matches(".ftl");
                // A message starts a line with its id (terms start with `-`, comments with `#`).
                for line in source.lines() {
                    if let Some((id, _)) = line.split_once(" =")
                        && line.starts_with(|c: char| c.is_ascii_lowercase())
                    {
                        assert_eq!(area(id), own, "{}/{file}: {id}", locale.lang);
                    }
                }
                // `{ other-message }` references: in this area or one it depends on.
                let reach: Vec<&str> = std::iter::once(own)
                    .chain(
                        AREA_DEPENDS_ON
                            .iter()
                            .filter(|(a, _)| *a == own)
                            .flat_map(|(_, d)| d.iter().copied()),
                    )
                    .collect();
                for (i, _) in source.match_indices("{ ") {
                    let rest = &source[i + 2..];
                    let name: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                        .collect();
                    if name.is_empty() || name.starts_with('-') || !name.contains('-') {
                        continue;
                    }
                    assert!(
                        reach.contains(&area(&name)),
                        "{}/{file} refers to {name}, outside {reach:?}: add it to AREA_DEPENDS_ON",
                        locale.lang
                    );
                }
            }
        }
    }

    #[test]
    fn every_language_parses_without_errors_or_duplicate_ids() {
        for locale in LOCALES {
            let (_, problems) = bundle(locale);
            assert!(problems.is_empty(), "{}: {problems:#?}", locale.lang);
        }
    }

    #[test]
    fn the_locale_table_lists_every_file_of_each_directory() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        for locale in LOCALES {
            let mut on_disk: Vec<String> = std::fs::read_dir(root.join(locale.lang))
                .unwrap()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| n.ends_with(".ftl"))
                .collect();
            on_disk.sort();
            let listed: Vec<String> = locale.files.iter().map(|(f, _)| f.to_string()).collect();
            assert_eq!(listed, on_disk, "{}: LOCALES vs locales/", locale.lang);
        }
    }

    #[test]
    fn every_message_id_in_the_sources_exists() {
        // This file's own examples and prefixes are not ids.
        let (mut seen, mut missing) = (0, Vec::new());
        for prefix in ["msg!(\"", "msg::attr(\"", "msg::text(\""] {
            for (id, file) in literal_ids(prefix) {
                if file.ends_with("msg.rs") {
                    continue;
                }
                seen += 1;
                if !exists(&id) {
                    missing.push(format!("{id} ({file})"));
                }
            }
        }
        assert!(seen > 0, "the scan found no ids");
        assert!(missing.is_empty(), "no message for {missing:#?}");
    }

    #[test]
    fn every_wizard_message_exists() {
        use crate::wizard::messages::M;
        for m in M::ALL {
            assert!(exists(m.id()), "{m:?}: no message {}", m.id());
        }
    }

    #[test]
    fn every_catalogue_entry_has_a_cause_and_a_remedy() {
        for e in crate::azure::catalogue::all() {
            for attribute in ["cause", "remedy"] {
                let id = format!("aadsts-{}.{attribute}", e.code);
                assert!(exists(&id), "no {id}");
            }
        }
    }

    #[test]
    fn argument_values_come_out_verbatim() {
        for value in [
            "{unique}",
            "{ $url }",
            "{ $error }",
            "{\"{\"}",
            "{ -sign-in-logs }",
            "{",
        ] {
            assert_eq!(
                msg!(
                    "ui-browser-failed",
                    error = value,
                    url = "https://x.example"
                ),
                format!("could not open a browser ({value}); open https://x.example by hand")
            );
        }
    }

    #[test]
    fn no_isolation_marks_around_arguments() {
        let s = msg!("ui-browser-failed", error = "e", url = "u");
        assert_eq!(s, "could not open a browser (e); open u by hand");
        assert!(!s.contains(['\u{2068}', '\u{2069}']));
    }

    #[test]
    fn integers_are_numbers_and_choose_plurals() {
        let line = |f: usize, w: usize| msg!("report-failed", mark = "✗", fails = f, warnings = w);
        assert_eq!(
            line(1, 0),
            "✗ 1 check failed: fix it before you save anything in Marketo."
        );
        assert_eq!(
            line(2, 1),
            "✗ 2 checks failed, 1 warning: fix them before you save anything in Marketo."
        );
        let n: u32 = 3;
        assert_eq!(
            msg!("report-failed", mark = "✗", fails = &n, warnings = 2u8),
            "✗ 3 checks failed, 2 warnings: fix them before you save anything in Marketo."
        );
        // A number given as text is text: no plural category, the default variant.
        assert_eq!(
            msg!("report-failed", mark = "✗", fails = "1", warnings = 0),
            "✗ 1 checks failed: fix them before you save anything in Marketo."
        );
    }

    #[test]
    fn the_powershell_lines_keep_their_three_space_indent() {
        let remedy = crate::azure::catalogue::hrd_remedy("00001111-aaaa-2222-bbbb-3333cccc4444");
        let commands: Vec<&str> = remedy.lines().filter(|l| l.starts_with(' ')).collect();
        assert_eq!(
            commands,
            [
                "   Connect-MgGraph -Scopes \"Policy.ReadWrite.ApplicationConfiguration\",\"Application.ReadWrite.All\"",
                "   $policy = New-MgPolicyHomeRealmDiscoveryPolicy -BodyParameter @{ definition = @('{\"HomeRealmDiscoveryPolicy\":{\"AllowCloudPasswordValidation\":true}}'); displayName = \"EnableDirectAuthPolicy\" }",
                "   $sp = Get-MgServicePrincipal -Filter \"appId eq '00001111-aaaa-2222-bbbb-3333cccc4444'\"",
                "   New-MgServicePrincipalHomeRealmDiscoveryPolicyByRef -ServicePrincipalId $sp.Id -BodyParameter @{ \"@odata.id\" = \"https://graph.microsoft.com/v1.0/policies/homeRealmDiscoveryPolicies/$($policy.Id)\" }",
                "   Get-MgPolicyHomeRealmDiscoveryPolicyApplyTo -HomeRealmDiscoveryPolicyId $policy.Id",
                "   A service principal holds only one HRD policy: if it already has one, edit that policy's definition instead. The policy lets Azure AD check the synced password hash itself; it does not forward the sign-in to the federation server. Remove it if password hash sync is ever turned off.",
            ]
        );
        // The catalogue's own 50126 entry holds the same lines, with the placeholder.
        let entry = crate::azure::catalogue::lookup(50126).unwrap().remedy();
        assert!(entry.contains(
            "\n   $sp = Get-MgServicePrincipal -Filter \"appId eq '<client id>'\"\n   New-Mg"
        ));
    }

    #[test]
    fn attributes_are_reached_by_id_and_name() {
        assert_eq!(msg!("aadsts-50126.cause"), attr("aadsts-50126", "cause"));
        assert!(attr("aadsts-50053", "remedy").starts_with("Do not try again now"));
        assert!(exists("aadsts-50126.remedy"));
        assert!(!exists("aadsts-50126.nothing"));
        assert!(!exists("no-such-message"));
    }

    #[test]
    #[should_panic(expected = "no message")]
    fn a_missing_id_fails_in_debug_builds() {
        let _ = msg!("no-such-message");
    }

    #[test]
    #[should_panic(expected = "ui-browser-failed")]
    fn a_missing_argument_fails_in_debug_builds() {
        let _ = msg!("ui-browser-failed", error = "e");
    }

    #[test]
    fn a_requested_language_falls_back_to_english() {
        assert_eq!(choose("en").lang, "en");
        assert_eq!(choose("EN-gb").lang, "en");
        assert_eq!(choose("xx-YY").lang, FALLBACK);
        let c = Catalogue::new("xx");
        assert_eq!(c.languages.len(), 1);
        // Only the area asked for is parsed.
        let parsed = |c: &Catalogue| {
            c.languages[0]
                .areas
                .iter()
                .filter(|(_, b)| b.get().is_some())
                .count()
        };
        assert_eq!(parsed(&c), 0);
        assert_eq!(
            c.format("report-checklist-heading", None).as_deref(),
            Ok("Marketo's \"Validate Sync Setup\" checklist, predicted:")
        );
        assert_eq!(parsed(&c), 1);
        // A reference to another area is reached through AREA_DEPENDS_ON.
        let mut args = Args::new();
        args.set("error", "e");
        assert!(c.format("commands-keyring-warning", Some(&args)).is_ok());
    }
}
