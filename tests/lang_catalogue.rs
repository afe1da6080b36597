//! Every translation against English: the same files, the same ids and attributes, and in each
//! message the same `$arguments` and the same references to other messages. The languages are
//! the directories of `locales/`: a new one is checked as soon as it exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

/// What must match between languages, per message or attribute (`id` or `id.attribute`).
#[derive(Debug, Default, PartialEq, Eq)]
struct Shape {
    variables: BTreeSet<String>,
    messages: BTreeSet<String>,
}

/// A language: its files, and per file the shapes of its entries; and the terms it defines and
/// uses.
#[derive(Default)]
struct Language {
    files: BTreeMap<String, BTreeMap<String, Shape>>,
    terms_defined: BTreeSet<String>,
    terms_used: BTreeSet<String>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn languages() -> Vec<String> {
    let mut langs: Vec<String> = std::fs::read_dir(root())
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    langs
}

fn walk_pattern(p: &ast::Pattern<&str>, shape: &mut Shape, terms: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            walk_expression(expression, shape, terms);
        }
    }
}

fn walk_expression(e: &ast::Expression<&str>, shape: &mut Shape, terms: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, shape, terms);
            for v in variants {
                walk_pattern(&v.value, shape, terms);
            }
        }
        ast::Expression::Inline(i) => walk_inline(i, shape, terms),
    }
}

fn walk_inline(i: &ast::InlineExpression<&str>, shape: &mut Shape, terms: &mut BTreeSet<String>) {
    use ast::InlineExpression as I;
    match i {
        I::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        I::MessageReference { id, attribute } => {
            let name = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_string(),
            };
            shape.messages.insert(name);
        }
        I::TermReference { id, arguments, .. } => {
            terms.insert(id.name.to_string());
            for a in arguments.iter().flat_map(|a| a.positional.iter()) {
                walk_inline(a, shape, terms);
            }
            for a in arguments.iter().flat_map(|a| a.named.iter()) {
                walk_inline(&a.value, shape, terms);
            }
        }
        I::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, shape, terms);
            }
            for a in &arguments.named {
                walk_inline(&a.value, shape, terms);
            }
        }
        I::Placeable { expression } => walk_expression(expression, shape, terms),
        I::StringLiteral { .. } | I::NumberLiteral { .. } => {}
    }
}

fn load(lang: &str) -> Language {
    let mut language = Language::default();
    for entry in std::fs::read_dir(root().join(lang)).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".ftl") {
            continue;
        }
        let source = std::fs::read_to_string(entry.path()).unwrap();
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{lang}/{name}: {errors:?}"),
        };
        let mut entries = BTreeMap::new();
        for e in &resource.body {
            match e {
                ast::Entry::Message(m) => {
                    if let Some(v) = &m.value {
                        let mut shape = Shape::default();
                        walk_pattern(v, &mut shape, &mut language.terms_used);
                        entries.insert(m.id.name.to_string(), shape);
                    }
                    for a in &m.attributes {
                        let mut shape = Shape::default();
                        walk_pattern(&a.value, &mut shape, &mut language.terms_used);
                        entries.insert(format!("{}.{}", m.id.name, a.id.name), shape);
                    }
                }
                ast::Entry::Term(t) => {
                    language.terms_defined.insert(t.id.name.to_string());
                    let mut shape = Shape::default();
                    walk_pattern(&t.value, &mut shape, &mut language.terms_used);
                }
                _ => {}
            }
        }
        language.files.insert(name, entries);
    }
    language
}

#[test]
fn every_translation_has_the_ids_arguments_and_references_of_english() {
    let english = load("en");
    assert!(english.files.len() >= 9, "{:?}", english.files.keys());
    let entries: usize = english.files.values().map(BTreeMap::len).sum();
    assert!(entries > 300, "only {entries} English entries");
    let mut problems = Vec::new();
    for lang in languages().iter().filter(|l| *l != "en") {
        let other = load(lang);
        let files: BTreeSet<&String> = english.files.keys().chain(other.files.keys()).collect();
        for file in files {
            let (Some(en), Some(tr)) = (english.files.get(file), other.files.get(file)) else {
                problems.push(format!("{lang}: {file} is in one language only"));
                continue;
            };
            for (id, shape) in en {
                match tr.get(id) {
                    None => problems.push(format!("{lang}/{file}: no {id}")),
                    Some(s) if s != shape => {
                        problems.push(format!("{lang}/{file}: {id} uses {s:?}, English {shape:?}"))
                    }
                    Some(_) => {}
                }
            }
            for id in tr.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!("{lang}/{file}: {id} is not in English"));
            }
        }
        for term in other.terms_used.difference(&other.terms_defined) {
            problems.push(format!("{lang}: the term -{term} is used, never defined"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The check itself: a translation that drops an argument or an id is caught.
#[test]
fn the_comparison_sees_a_dropped_argument() {
    let parse = |s: &'static str| {
        let r = fluent_syntax::parser::parse(s).unwrap();
        let mut out = BTreeMap::new();
        let mut terms = BTreeSet::new();
        for e in &r.body {
            if let ast::Entry::Message(m) = e {
                let mut shape = Shape::default();
                walk_pattern(m.value.as_ref().unwrap(), &mut shape, &mut terms);
                out.insert(m.id.name.to_string(), shape);
            }
        }
        out
    };
    let en = parse("a-x = { $n ->\n    [one] one { $what }\n   *[other] { $n } { other-y }\n}\n");
    let same = parse("a-x = { $n } { $what } { other-y }\n");
    let dropped = parse("a-x = { $n } { other-y }\n");
    assert_eq!(en, same);
    assert_ne!(en, dropped);
}

/// The languages dynsync ships besides English: a directory that goes missing fails here.
#[test]
fn the_four_languages_are_shipped() {
    let langs = languages();
    for lang in ["fr", "ko", "nl", "zh-CN"] {
        assert!(langs.iter().any(|l| l == lang), "no locales/{lang}/");
    }
}
