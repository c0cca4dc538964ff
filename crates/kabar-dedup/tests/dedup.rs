//! Behaviour of `Dedup` on English and Indonesian news streams.

use kabar_dedup::{Dedup, DEFAULT_THRESHOLD};

const EN_BODY: &str = "Indonesian police arrested dozens of protesters outside the parliament building on Tuesday after demonstrators threw stones at officers and set fire to tyres, witnesses said. The protesters were demanding that lawmakers withdraw a revised criminal code that critics say threatens free speech and outlaws sex outside marriage. Police fired tear gas and water cannon to disperse the crowd of several thousand students, who had gathered since the morning. A police spokesman said 94 people had been detained for questioning and that several officers were injured. President Joko Widodo has asked parliament to delay a vote on the bill, saying it needed further review, but students vowed to continue their protests until the bill is scrapped entirely. Rights groups have said the code would set back civil liberties in the world's third-largest democracy.";

const EN_SAME_TOPIC_OTHER_STORY: &str = "President Joko Widodo on Wednesday met student leaders at the palace to discuss the revised criminal code, a day after protests outside parliament turned violent. Widodo told reporters he would not issue a regulation to annul the bill before lawmakers finish their term, disappointing activists who had hoped for a swift response. Student representatives said the meeting ended without agreement and that they planned to return to the streets on Friday. Parliament speaker Bambang Soesatyo said the house would review articles on blasphemy, abortion and insulting the president. Police said the number of people detained in Jakarta had risen to more than two hundred, and that investigations into the clashes were continuing.";

const ID_BODY: &str = "Polisi menangkap puluhan pengunjuk rasa di depan gedung DPR pada Selasa setelah massa melempari petugas dengan batu dan membakar ban bekas, kata sejumlah saksi. Para pengunjuk rasa menuntut agar anggota dewan membatalkan revisi Kitab Undang-Undang Hukum Pidana yang dinilai mengancam kebebasan berpendapat. Polisi menembakkan gas air mata dan meriam air untuk membubarkan ribuan mahasiswa yang berkumpul sejak pagi hari. Juru bicara kepolisian mengatakan 94 orang ditahan untuk dimintai keterangan dan beberapa petugas terluka. Presiden Joko Widodo telah meminta DPR menunda pengesahan rancangan tersebut, namun mahasiswa berjanji akan terus berunjuk rasa sampai rancangan itu dibatalkan sepenuhnya.";

const ID_SAME_TOPIC_OTHER_STORY: &str = "Presiden Joko Widodo bertemu dengan perwakilan mahasiswa di Istana Merdeka pada Rabu untuk membahas revisi Kitab Undang-Undang Hukum Pidana, sehari setelah unjuk rasa di depan DPR berakhir ricuh. Jokowi mengatakan kepada wartawan bahwa ia belum akan menerbitkan peraturan pengganti undang-undang sebelum masa jabatan dewan berakhir. Perwakilan mahasiswa menyatakan pertemuan itu tidak menghasilkan kesepakatan dan mereka akan kembali turun ke jalan pada Jumat. Ketua DPR Bambang Soesatyo menyebut dewan akan mengkaji ulang pasal penghinaan presiden dan pasal tentang aborsi. Polisi menyebut jumlah orang yang ditahan di Jakarta bertambah menjadi lebih dari dua ratus orang.";

fn wire_copy_en() -> String {
    format!(
        "Police detain dozens as students protest criminal code\n\nJAKARTA, Sept 24 (Reuters) - {}\n\n(Reporting by Agustinus Beo Da Costa; Editing by Ed Davies)",
        EN_BODY
    )
}

fn syndicated_copy_en() -> String {
    format!(
        "INDONESIA-POLITICS/PROTESTS: Dozens held in Jakarta clashes\nJakarta (The Jakarta Post wire) -- {}\nCopyright 2019 Thomson Reuters. All rights reserved. Read more stories on our website.",
        EN_BODY.to_uppercase().replace(". ", ".\n")
    )
}

fn wire_copy_id() -> String {
    format!(
        "Puluhan Mahasiswa Ditangkap dalam Demo Tolak RKUHP\nJAKARTA, KOMPAS.com - {}\nPenulis: Ihsanuddin | Editor: Bayu Galih",
        ID_BODY
    )
}

fn syndicated_copy_id() -> String {
    format!(
        "Demo RKUHP Ricuh, Polisi Tangkap Puluhan Orang\nJakarta (ANTARA) - {}\nBaca juga: Jokowi minta pengesahan RKUHP ditunda. Pewarta: Fathur Rochman. Editor: Joko Susilo. COPYRIGHT © ANTARA 2019",
        ID_BODY
    )
}

#[test]
fn identical_text_is_a_duplicate_of_the_first_copy() {
    let mut dedup = Dedup::default();
    assert_eq!(dedup.check("a", &wire_copy_en()), None);
    assert_eq!(dedup.check("b", &wire_copy_en()), Some("a".to_owned()));
    assert_eq!(dedup.check("c", &wire_copy_id()), None);
    assert_eq!(dedup.check("d", &wire_copy_id()), Some("c".to_owned()));
}

#[test]
fn english_wire_story_with_other_headline_dateline_and_footer_is_a_duplicate() {
    let mut dedup = Dedup::new(DEFAULT_THRESHOLD);
    assert_eq!(dedup.check("reuters-1", &wire_copy_en()), None);
    assert_eq!(
        dedup.check("jakpost-7", &syndicated_copy_en()),
        Some("reuters-1".to_owned())
    );
}

#[test]
fn indonesian_wire_story_with_other_headline_dateline_and_footer_is_a_duplicate() {
    let mut dedup = Dedup::new(DEFAULT_THRESHOLD);
    assert_eq!(dedup.check("kompas-1", &wire_copy_id()), None);
    assert_eq!(
        dedup.check("antara-2", &syndicated_copy_id()),
        Some("kompas-1".to_owned())
    );
}

#[test]
fn different_story_on_the_same_topic_is_not_a_duplicate() {
    let mut dedup = Dedup::default();
    assert_eq!(dedup.check("en-1", &wire_copy_en()), None);
    assert_eq!(dedup.check("en-2", EN_SAME_TOPIC_OTHER_STORY), None);
    assert_eq!(dedup.check("id-1", &wire_copy_id()), None);
    assert_eq!(dedup.check("id-2", ID_SAME_TOPIC_OTHER_STORY), None);
    // A translation is a different text, not a copy.
    assert_eq!(dedup.len(), 4);
}

#[test]
fn short_texts_match_only_their_exact_normalised_form() {
    let mut dedup = Dedup::default();
    assert_eq!(dedup.check("s1", "Banjir melanda Jakarta Utara."), None);
    assert_eq!(
        dedup.check("s2", "  BANJIR melanda jakarta utara!! "),
        Some("s1".to_owned())
    );
    assert_eq!(dedup.check("s3", "Banjir melanda Jakarta Barat."), None);
    assert_eq!(dedup.check("s4", "Floods hit North Jakarta"), None);
    assert_eq!(
        dedup.check("s5", "floods hit north jakarta"),
        Some("s4".to_owned())
    );
}

#[test]
fn counts_report_linked_copies_per_first_copy_in_stream_order() {
    let mut dedup = Dedup::default();
    let stream = [
        ("kompas-1", wire_copy_id()),
        ("reuters-1", wire_copy_en()),
        ("antara-2", syndicated_copy_id()),
        ("other-en", EN_SAME_TOPIC_OTHER_STORY.to_owned()),
        ("jakpost-7", syndicated_copy_en()),
        ("recrawl", wire_copy_id()),
    ];
    let verdicts: Vec<Option<String>> = stream
        .iter()
        .map(|(id, text)| dedup.check(id, text))
        .collect();
    assert_eq!(
        verdicts,
        vec![
            None,
            None,
            Some("kompas-1".to_owned()),
            None,
            Some("reuters-1".to_owned()),
            Some("kompas-1".to_owned()),
        ]
    );
    let counts: Vec<(&str, usize)> = dedup.counts().collect();
    assert_eq!(
        counts,
        vec![("kompas-1", 2), ("reuters-1", 1), ("other-en", 0)]
    );
}

#[test]
fn verdicts_are_deterministic_and_name_the_earliest_copy() {
    let stream = [
        ("a", syndicated_copy_en()),
        ("b", wire_copy_en()),
        ("c", syndicated_copy_en()),
        ("d", wire_copy_id()),
        ("e", syndicated_copy_id()),
        ("f", wire_copy_en()),
    ];
    let run = || {
        let mut dedup = Dedup::default();
        stream
            .iter()
            .map(|(id, text)| dedup.check(id, text))
            .collect::<Vec<_>>()
    };
    let first = run();
    assert_eq!(
        first,
        vec![
            None,
            Some("a".to_owned()),
            Some("a".to_owned()),
            None,
            Some("d".to_owned()),
            Some("a".to_owned()),
        ]
    );
    for _ in 0..5 {
        assert_eq!(run(), first);
    }
}

#[test]
fn empty_and_punctuation_only_texts_do_not_panic() {
    let mut dedup = Dedup::default();
    assert_eq!(dedup.check("e1", ""), None);
    assert_eq!(dedup.check("e2", "  ...  — "), Some("e1".to_owned()));
    assert!(!dedup.is_empty());
}

#[test]
fn every_valid_threshold_links_identical_copies_and_keeps_other_stories_apart() {
    for threshold in [0.01, 0.3, 0.5, 0.7, 0.9, 1.0] {
        let mut dedup = Dedup::new(threshold);
        assert_eq!(dedup.check("a", &wire_copy_en()), None, "{threshold}");
        assert_eq!(
            dedup.check("b", EN_SAME_TOPIC_OTHER_STORY),
            None,
            "{threshold}"
        );
        assert_eq!(
            dedup.check("c", &wire_copy_en()),
            Some("a".to_owned()),
            "{threshold}"
        );
        // One word changed in ~160: Jaccard about 0.94.
        let edited = wire_copy_en().replace("Tuesday", "Wednesday");
        let expected = (threshold <= 0.9).then(|| "a".to_owned());
        assert_eq!(dedup.check("d", &edited), expected, "{threshold}");
    }
}

#[test]
fn fingerprints_made_elsewhere_decide_like_check() {
    let mut a = Dedup::default();
    let mut b = Dedup::default();
    let stream = [
        ("1", EN_BODY.to_string()),
        ("2", EN_SAME_TOPIC_OTHER_STORY.to_string()),
        ("3", wire_copy_en()),
        ("4", syndicated_copy_id()),
        ("5", ID_BODY.to_string()),
    ];
    // Fingerprints computed up front (as the pipeline does on all cores).
    let prints: Vec<_> = stream.iter().map(|(_, t)| b.fingerprint(t)).collect();
    for ((id, text), print) in stream.iter().zip(prints) {
        assert_eq!(a.check(id, text), b.check_fingerprint(id, print), "{id}");
    }
    assert_eq!(b.check("6", &wire_copy_id()), Some("4".to_string()));
}

#[test]
fn stories_older_than_the_window_are_forgotten() {
    let mut d = Dedup::default().with_window(2);
    assert_eq!(d.check("en", EN_BODY), None);
    assert_eq!(d.check("en-other", EN_SAME_TOPIC_OTHER_STORY), None);
    assert_eq!(d.check("copy-1", &wire_copy_en()), Some("en".to_string()));
    assert_eq!(d.check("id", ID_BODY), None);
    // "en" is now the third-latest story: its copies count as new.
    assert_eq!(d.check("copy-2", &syndicated_copy_en()), None);
    assert_eq!(d.check("copy-3", ID_BODY), Some("id".to_string()));
}

/// A story of 60 words of its own (numbered `n`), and a re-crawl of it with a
/// different footer.
fn numbered_story(n: usize) -> String {
    (0..60)
        .map(|k| format!("kata{n}x{k}"))
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_window_keeps_at_least_its_last_generations_and_never_older_stories() {
    // Window 8: four generations of two stories. After story 1 come six
    // more, so it is among the last 7 and still matched; after two more it
    // is older than the window and forgotten.
    let mut d = Dedup::default().with_window(8);
    for n in 1..=7 {
        assert_eq!(
            d.check(&format!("s{n}"), &numbered_story(n)),
            None,
            "story {n}"
        );
    }
    let copy_of_1 = format!("{} Baca juga berita lainnya.", numbered_story(1));
    assert_eq!(d.check("copy-a", &copy_of_1), Some("s1".to_string()));
    for n in 8..=9 {
        assert_eq!(
            d.check(&format!("s{n}"), &numbered_story(n)),
            None,
            "story {n}"
        );
    }
    assert_eq!(
        d.check("copy-b", &copy_of_1),
        None,
        "story 1 left the window"
    );
    assert_eq!(
        d.check("copy-c", &numbered_story(4)),
        Some("s4".to_string())
    );
}
