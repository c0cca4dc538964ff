//! Users extend and override the built-in knowledge base with `--dict DIR`.

use kabar_coder::{Coder, Kb};
use kabar_core::{Document, Lang};

fn dir(tag: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("kabar-dict-{}-{tag}", std::process::id()));
    for (name, text) in files {
        let p = d.join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap_or_else(|e| panic!("{e}"));
        }
        std::fs::write(&p, text).unwrap_or_else(|e| panic!("{e}"));
    }
    d
}

fn codes(kb: Kb, text: &str) -> Vec<String> {
    let doc = Document {
        id: "d".into(),
        text: text.into(),
        lang: Some(Lang::Id),
        ..Document::default()
    };
    Coder::new(kb)
        .extract(&doc)
        .events
        .iter()
        .map(|e| {
            format!(
                "{}-{}-{}",
                e.source.as_ref().map(|a| a.code.as_str()).unwrap_or("-"),
                e.cameo,
                e.target.as_ref().map(|a| a.code.as_str()).unwrap_or("-")
            )
        })
        .collect()
}

#[test]
fn a_user_dictionary_adds_people_and_overrides_verbs() {
    let text = "Budi Santoso bertemu dengan Menteri Luar Negeri Jepang di Tokyo.";
    let base = Kb::embedded().unwrap_or_else(|e| panic!("{e}"));
    let before = codes(base.clone(), text);
    assert!(
        !before.iter().any(|c| c.starts_with("IDNGOV")),
        "{before:?}"
    );

    let d = dir(
        "override",
        &[
            (
                "actors/persons.tsv",
                "Budi Santoso\tBudi\tIDNGOV 2020-01-01..\n",
            ),
            (
                "verbs/id.tsv",
                "# meeting at a third location\n044\tbertemu\t\n",
            ),
        ],
    );
    let mut kb = base;
    assert_eq!(kb.load_dir(&d).unwrap_or_else(|e| panic!("{e}")), 2);
    let after = codes(kb, text);
    assert!(
        after.contains(&"IDNGOV-044-JPNGOV".to_string()),
        "{after:?}"
    );
}

#[test]
fn a_bad_user_dictionary_names_file_and_line() {
    let d = dir(
        "bad",
        &[
            ("agents.tsv", "GOV\tpejabat\nthis line has no tab\n"),
            ("x", ""),
        ],
    );
    let mut kb = Kb::default();
    let e = kb.load_dir(&d).expect_err("the second line is malformed");
    let msg = e.to_string();
    assert!(msg.contains("agents.tsv:2:"), "{msg}");
    assert!(msg.contains("expected 2 TAB-separated fields"), "{msg}");
}

#[test]
fn an_empty_directory_is_refused() {
    let d = std::env::temp_dir().join(format!("kabar-dict-empty-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap_or_else(|e| panic!("{e}"));
    let e = Kb::default().load_dir(&d).expect_err("nothing to load");
    assert!(e.to_string().contains("no dictionary files here"), "{e}");
}
