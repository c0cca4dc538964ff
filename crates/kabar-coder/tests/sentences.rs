//! Real-news-style sentences in both languages: active and passive voice,
//! nominal triggers, unknown people with known titles, and non-events that
//! must stay silent. Each case says which dyad and CAMEO root a reader expects.

mod common;

use common::{code, show};
use kabar_core::Lang;

/// Some event has a source code starting with `src` (no source when `src`
/// is `-`), a target starting with `tgt` (or no target when `tgt` is empty…
/// any target when `*`), and a root in `roots`.
fn expect(lang: Lang, text: &str, src: &str, tgt: &str, roots: &[&str]) {
    let events = code(lang, text);
    let ok = events.iter().any(|e| {
        let s = match src {
            "-" => e.source.is_none(),
            p => e.source.as_ref().is_some_and(|a| a.code.starts_with(p)),
        };
        let t = match tgt {
            "*" => true,
            "" => e.target.is_none(),
            p => e.target.as_ref().is_some_and(|a| a.code.starts_with(p)),
        };
        s && t && roots.contains(&e.root.as_str())
    });
    assert!(
        ok,
        "expected {src} -{roots:?}-> {tgt:?} in {text:?}\n got: {}",
        show(&events)
    );
}

fn silent(lang: Lang, text: &str) {
    let events = code(lang, text);
    assert!(
        events.is_empty(),
        "expected no event in {text:?}\n got: {}",
        show(&events)
    );
}

use Lang::{En, Id};

#[test]
fn indonesian_active_meetings_and_visits() {
    expect(Id, "Presiden Joko Widodo bertemu dengan Perdana Menteri Malaysia Anwar Ibrahim di Istana Bogor, Senin (8/1).", "IDN", "MYS", &["04"]);
    expect(
        Id,
        "Menteri Luar Negeri Retno Marsudi mengunjungi Beijing pada Selasa.",
        "IDN",
        "CHN",
        &["04"],
    );
    expect(Id, "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Australia Anthony Albanese di Jakarta.", "IDN", "AUS", &["04"]);
    expect(
        Id,
        "Menlu Iran Abbas Araghchi melakukan pembicaraan telepon dengan Menlu Arab Saudi.",
        "IRN",
        "SAU",
        &["04"],
    );
    expect(
        Id,
        "Wakil Presiden AS bertemu Presiden Filipina di Manila.",
        "USA",
        "PHL",
        &["04"],
    );
    expect(
        Id,
        "Menteri Pertahanan Prabowo Subianto mengunjungi Moskow untuk membahas kerja sama militer.",
        "IDN",
        "RUS",
        &["04"],
    );
    expect(
        Id,
        "Menlu Retno Marsudi berbicara melalui telepon dengan Menlu Iran.",
        "IDN",
        "IRN",
        &["04"],
    );
}

#[test]
fn indonesian_unknown_people_with_known_titles() {
    expect(Id, "Utusan khusus PBB untuk Suriah Geir Pedersen bertemu dengan Menteri Luar Negeri Suriah di Damaskus.", "IGOUNO", "SYR", &["04"]);
    expect(
        Id,
        "Kepala Staf Angkatan Darat Pakistan bertemu dengan Panglima TNI di Jakarta.",
        "PAK",
        "IDN",
        &["04"],
    );
    expect(Id, "Menteri Luar Negeri Tiongkok Wang Yi menyatakan dukungan terhadap keanggotaan Indonesia di BRICS.", "CHN", "IDN", &["05"]);
    expect(
        Id,
        "Polisi menangkap tiga terduga teroris di Surabaya, Jawa Timur.",
        "IDNCOP",
        "*",
        &["17"],
    );
}

#[test]
fn indonesian_cooperation_and_both_parties() {
    expect(Id, "Menlu RI bertemu Menlu Jepang di Tokyo. Kedua negara sepakat meningkatkan kerja sama ekonomi.", "JPN", "IDN", &["03"]);
    expect(
        // Joint actors with no target are each coded as a source (PLOVER convention).
        Id,
        "Arab Saudi dan Iran menandatangani perjanjian untuk memulihkan hubungan diplomatik.",
        "SAU",
        "",
        &["05"],
    );
    expect(
        Id,
        "Jepang menyatakan dukungan atas pencalonan Indonesia sebagai anggota OECD.",
        "JPN",
        "IDN",
        &["05"],
    );
    expect(
        Id,
        "Mesir menawarkan diri menjadi mediator antara Israel dan Hamas.",
        "EGY",
        "*",
        &["03", "04"],
    );
}

#[test]
fn indonesian_conflict_active_and_nominal() {
    expect(
        Id,
        "Pasukan Israel menyerang kamp pengungsi Jabalia di Jalur Gaza, Minggu (12/11).",
        "ISRMIL",
        "*",
        &["18", "19"],
    );
    expect(
        Id,
        "Rusia melancarkan serangan udara ke kota Kharkiv di Ukraina.",
        "RUS",
        "UKR",
        &["19"],
    );
    expect(
        Id,
        "Militer Myanmar membom desa-desa di negara bagian Rakhine.",
        "MMRMIL",
        "*",
        &["19"],
    );
    expect(
        Id,
        "Hamas menculik puluhan warga Israel dalam serangan 7 Oktober.",
        "",
        "ISR",
        &["18"],
    );
    expect(
        Id,
        "Tentara Ukraina menembak jatuh drone Rusia di atas Kyiv.",
        "UKRMIL",
        "RUS",
        &["19"],
    );
    expect(
        Id,
        "Korea Utara menembakkan rudal balistik ke Laut Jepang.",
        "PRK",
        "*",
        &["15", "19"],
    );
    expect(
        Id,
        "Perundingan antara Israel dan Hamas di Kairo berakhir tanpa kesepakatan.",
        "ISR",
        "*",
        &["04"],
    );
    expect(
        Id,
        "Militer Thailand dan Kamboja terlibat bentrokan di perbatasan, Kamis.",
        "THA",
        "*",
        &["19"],
    );
}

#[test]
fn indonesian_passive_voice_swaps_roles() {
    // The agent may follow a di- verb without "oleh".
    expect(
        Id,
        "Tiga aktivis ditangkap polisi Myanmar di Yangon.",
        "MMRCOP",
        "MMR",
        &["17"],
    );
    expect(
        Id,
        "Iran dijatuhi sanksi oleh Uni Eropa.",
        "IGO",
        "IRN",
        &["16"],
    );
    expect(
        Id,
        "Warga sipil Palestina diserang oleh pemukim Israel di Tepi Barat.",
        "ISR",
        "PSE",
        &["18", "19"],
    );
    expect(
        Id,
        "Seorang jurnalis Palestina ditembak mati oleh tentara Israel di Jenin.",
        "ISRMIL",
        "PSE",
        &["18", "19", "20"],
    );
    expect(
        Id,
        "Amerika Serikat menjatuhkan sanksi baru terhadap Iran.",
        "USA",
        "IRN",
        &["16"],
    );
}

#[test]
fn indonesian_non_events_stay_silent() {
    silent(
        Id,
        "Penyakit ini dapat mengancam jiwa jika tidak segera ditangani.",
    );
    silent(Id, "Seekor harimau menyerang warga di Riau hingga tewas.");
    silent(
        Id,
        "Timnas Indonesia menyerang sejak menit awal namun gagal mencetak gol ke gawang Vietnam.",
    );
    silent(
        Id,
        "Survei menunjukkan mayoritas warga berpendapat Israel harus berunding dengan Hamas.",
    );
    silent(
        Id,
        "Serangan jantung menjadi penyebab kematian terbesar di Indonesia.",
    );
}

#[test]
fn english_active_meetings_and_visits() {
    expect(En, "Russian Foreign Minister Sergei Lavrov met with his Chinese counterpart Wang Yi in Beijing on Tuesday.", "RUS", "CHN", &["04"]);
    expect(En, "President Joko Widodo received Australian Prime Minister Anthony Albanese at the presidential palace in Bogor.", "IDN", "AUS", &["04"]);
    expect(En, "Iranian Foreign Minister Abbas Araghchi spoke by phone with Saudi Foreign Minister Prince Faisal bin Farhan.", "IRN", "SAU", &["04"]);
    expect(
        En,
        "U.S. Vice President met Philippine President in Manila.",
        "USA",
        "PHL",
        &["04"],
    );
    expect(
        En,
        "Indonesian Foreign Minister Retno Marsudi visited Tokyo on Wednesday.",
        "IDN",
        "JPN",
        &["04"],
    );
    expect(
        En,
        "Pakistan's army chief visited Jakarta for talks with Indonesian military leaders.",
        "PAK",
        "IDN",
        &["04"],
    );
    expect(
        En,
        "Turkey's foreign minister discussed the situation in Syria with his Russian counterpart.",
        "TUR",
        "RUS",
        &["04"],
    );
}

#[test]
fn english_unknown_people_titles_and_nominals() {
    expect(En, "The UN envoy for Syria, Geir Pedersen, held talks with the Syrian foreign minister in Damascus.", "IGOUNO", "SYR", &["04"]);
    expect(
        En,
        "Talks between Israel and Hamas in Cairo ended without agreement.",
        "ISR",
        "*",
        &["04"],
    );
    expect(
        En,
        "Chinese President Xi Jinping praised Indonesia's role in the region.",
        "CHN",
        "IDN",
        &["05"],
    );
    expect(
        En,
        "Police arrested 12 protesters in Jakarta on Monday.",
        "IDNCOP",
        "*",
        &["17"],
    );
}

#[test]
fn english_cooperation_and_both_sides() {
    expect(
        En,
        "Indonesia and Malaysia agreed to strengthen border cooperation.",
        "IDN",
        "",
        &["03"],
    );
    expect(
        En,
        "Saudi Arabia and Iran signed an agreement to restore diplomatic relations.",
        "SAU",
        "",
        &["05"],
    );
    expect(
        En,
        "Japan expressed support for Indonesia's bid to join the OECD.",
        "JPN",
        "IDN",
        &["05"],
    );
    expect(En, "Prime Minister Anwar Ibrahim met President Prabowo Subianto in Jakarta on Monday. The two leaders discussed trade and security cooperation.", "IDN", "MYS", &["04"]);
}

#[test]
fn english_conflict_active_and_passive() {
    expect(
        En,
        "Israeli troops attacked a refugee camp in the northern Gaza Strip on Sunday.",
        "ISRMIL",
        "*",
        &["18", "19"],
    );
    expect(
        En,
        "The United States imposed new sanctions on Iran's oil sector.",
        "USA",
        "IRN",
        &["16"],
    );
    expect(
        En,
        "Ukrainian forces shelled Russian positions near Bakhmut.",
        "UKRMIL",
        "RUS",
        &["19"],
    );
    expect(
        En,
        "North Korea fired a ballistic missile into the Sea of Japan.",
        "PRK",
        "*",
        &["15", "19"],
    );
    expect(
        En,
        "Myanmar's military carried out airstrikes on villages in Sagaing region.",
        "MMRMIL",
        "*",
        &["19"],
    );
    expect(
        En,
        "Hamas militants abducted more than 200 Israelis during the October 7 attack.",
        "",
        "ISR",
        &["18"],
    );
    expect(
        En,
        "Russia launched a massive drone attack on Kyiv overnight.",
        "RUS",
        "UKR",
        &["19"],
    );
    expect(
        En,
        "A Palestinian journalist was shot dead by Israeli soldiers in Jenin.",
        "ISRMIL",
        "PSE",
        &["18", "19", "20"],
    );
    expect(
        En,
        "Iranian officials were sanctioned by the European Union.",
        "IGO",
        "IRN",
        &["16"],
    );
    expect(
        En,
        "Thai and Cambodian troops clashed along the border on Thursday.",
        "THA",
        "*",
        &["19"],
    );
}

#[test]
fn english_non_events_stay_silent() {
    silent(
        En,
        "The disease can be life-threatening if not treated early.",
    );
    silent(
        En,
        "A crocodile attacked a fisherman in northern Australia.",
    );
    silent(En, "Manchester United attacked from the first minute but failed to score against Liverpool in the league match.");
    silent(
        En,
        "A poll found that most voters believe Israel should negotiate with Hamas.",
    );
    silent(En, "He suffered a heart attack last year.");
}

#[test]
fn capitals_and_short_forms_name_governments() {
    expect(
        Id,
        "Washington menjatuhkan sanksi baru terhadap Teheran.",
        "USA",
        "IRN",
        &["16"],
    );
    expect(
        Id,
        "Korut menembakkan rudal ke arah Korsel.",
        "PRK",
        "KOR",
        &["19", "15"],
    );
    expect(
        Id,
        "UEA dan Arab Saudi menandatangani perjanjian kerja sama.",
        "ARE",
        "",
        &["05", "06"],
    );
    expect(Id, "Inggris mengecam Tiongkok.", "GBR", "CHN", &["11"]);
    expect(
        En,
        "Moscow condemned Washington's decision.",
        "RUS",
        "USA",
        &["11"],
    );
}

/// The date of the first event coded from `text`, as YYYY-MM-DD.
fn first_date(lang: Lang, text: &str) -> Option<String> {
    code(lang, text)
        .first()
        .and_then(|e| e.date)
        .map(|d| d.to_string())
}

#[test]
fn relative_dates_resolve_against_the_publication_date() {
    // Published Wednesday 15 May 2024.
    assert_eq!(
        first_date(
            Id,
            "Menlu Retno Marsudi bertemu dengan Menlu Jepang kemarin."
        )
        .as_deref(),
        Some("2024-05-14")
    );
    assert_eq!(
        first_date(
            Id,
            "Presiden Prabowo bertemu Perdana Menteri Malaysia pada Senin lalu."
        )
        .as_deref(),
        Some("2024-05-13")
    );
    assert_eq!(
        first_date(
            Id,
            "Menlu RI bertemu dengan Menlu Jepang di Tokyo, Jumat (10/5)."
        )
        .as_deref(),
        Some("2024-05-10")
    );
    assert_eq!(
        first_date(En, "Russia attacked Ukrainian positions last week.").as_deref(),
        Some("2024-05-08")
    );
    assert_eq!(
        first_date(
            En,
            "Japan's foreign minister met his Indonesian counterpart on 2/5/2024."
        )
        .as_deref(),
        Some("2024-02-05")
    );
}

#[test]
fn places_come_with_coordinates() {
    let events = code(
        Id,
        "Menlu Retno Marsudi bertemu dengan Menlu Iran di Teheran.",
    );
    let loc = events.first().and_then(|e| e.location.clone());
    let loc = loc.unwrap_or_else(|| panic!("no location: {}", show(&events)));
    assert_eq!(loc.name, "Tehran");
    assert_eq!(loc.country.as_deref(), Some("IRN"));
    assert!(
        (loc.lat - 35.7).abs() < 0.5 && (loc.lon - 51.4).abs() < 0.5,
        "{loc:?}"
    );
}

#[test]
fn a_place_belongs_to_the_country_it_was_part_of_on_the_event_date() {
    // Juba has been South Sudan's since 9 July 2011; before, it was Sudan's.
    let target = |lang, text| {
        let events = code(lang, text);
        let e = events.iter().find(|e| e.root == "19");
        let t = e.and_then(|e| e.target.as_ref());
        let loc = e.and_then(|e| e.location.as_ref());
        (
            t.map(|t| t.code.clone()),
            loc.and_then(|l| l.country.clone()),
            show(&events),
        )
    };
    for (lang, text, want) in [
        (En, "Sudanese rebels shelled Juba on 12 March 2000.", "SDN"),
        (En, "Sudanese rebels shelled Juba on 12 March 2015.", "SSD"),
        (
            Id,
            "Pemberontak Sudan menembaki Juba pada 12 Maret 2000.",
            "SDN",
        ),
        (
            Id,
            "Pemberontak Sudan menembaki Juba pada 12 Maret 2015.",
            "SSD",
        ),
        (
            En,
            "Sudanese rebels shelled villages near Juba on 12 March 2000.",
            "SDN",
        ),
    ] {
        let (t, loc, got) = target(lang, text);
        assert!(t.is_some_and(|t| t.starts_with(want)), "{text}: {got}");
        assert!(
            loc.is_none() || loc.as_deref() == Some(want),
            "{text}: {got}"
        );
    }
}

#[test]
fn ethnic_groups_and_breakaway_regions_code_as_their_home_state() {
    expect(
        En,
        "Ibo elders demanded that the Nigerian government hold elections.",
        "NGA",
        "NGAGOV",
        &["10"],
    );
    expect(
        Id,
        "Warga Uighur memprotes pemerintah China di Istanbul.",
        "CHN",
        "CHNGOV",
        &["14"],
    );
    expect(
        Id,
        "Polisi Abkhazia menahan tiga aktivis Georgia.",
        "GEOCOP",
        "GEO",
        &["17"],
    );
    // The Niger Delta is Nigeria's, not Niger's.
    expect(
        En,
        "Militants in the Niger Delta kidnapped two oil workers.",
        "NGAREB",
        "*",
        &["18"],
    );
}

#[test]
fn indonesian_compounds_match_split_joined_or_hyphenated() {
    // "kerja sama" is also written "kerjasama" and "kerja-sama".
    for text in [
        "Indonesia menjalin kerja sama militer dengan Malaysia.",
        "Indonesia menjalin kerjasama militer dengan Malaysia.",
        "Indonesia menjalin kerja-sama militer dengan Malaysia.",
    ] {
        expect(Id, text, "IDN", "MYS", &["06"]);
    }
    expect(
        Id,
        "Indonesia menolak bekerjasama dengan Malaysia.",
        "IDN",
        "MYS",
        &["12"],
    );
    expect(
        Id,
        "Pemerintah Indonesia menyampaikan terimakasih kepada Jepang.",
        "IDNGOV",
        "JPN",
        &["05"],
    );
    // Agent names too: "pengunjukrasa" is "pengunjuk rasa", protesters.
    expect(
        Id,
        "Para pengunjukrasa Thailand membakar kantor polisi.",
        "THAOPP",
        "*",
        &["17"],
    );
}

#[test]
fn indonesian_spellings_of_names_and_maoists() {
    expect(
        Id,
        "Haniyah menolak tuntutan Israel.",
        "PSE",
        "ISR",
        &["12"],
    );
    expect(
        En,
        "Maoists in Nepal attacked a police post.",
        "NPLREB",
        "NPLCOP",
        &["19"],
    );
    expect(
        Id,
        "Gerilyawan Maois di Nepal menyerang pos polisi.",
        "NPLREB",
        "NPLCOP",
        &["19"],
    );
}

#[test]
fn a_list_goes_on_past_an_article_and_adjectives() {
    for (lang, text, want) in [
        (
            En,
            "France, Germany and the new Italian government condemned the attack.",
            ["FRA", "DEU", "ITAGOV"],
        ),
        (
            Id,
            "Prancis, Jerman dan pemerintah baru Italia mengecam serangan itu.",
            ["FRA", "DEU", "ITAGOV"],
        ),
    ] {
        for src in want {
            expect(lang, text, src, "*", &["11"]);
        }
    }
}

#[test]
fn english_died_of_wounds_is_an_attack_and_died_of_cancer_is_not() {
    expect(
        En,
        "Another US soldier died of wounds sustained during combat operations in Diyala.",
        "-",
        "USAMIL",
        &["19"],
    );
    silent(En, "The former US president died of cancer at 85.");
}

#[test]
fn english_deaths_in_accidents_and_disasters_are_no_attacks() {
    silent(
        En,
        "Five Nigerian soldiers were killed in a helicopter crash on Monday.",
    );
    silent(En, "Floods killed 30 Pakistani villagers on Sunday.");
    expect(
        En,
        "Five Nigerian soldiers were killed in a bomb attack on Monday.",
        "-",
        "NGAMIL",
        &["19"],
    );
}

#[test]
fn indonesian_mana_after_a_preposition_opens_a_relative_clause() {
    // "dalam mana" (in which): the name after it is the clause's subject,
    // not a place the preposition governs.
    expect(
        Id,
        "Perundingan itu berdasarkan perjanjian 13 Februari, dalam mana Korea Utara menyepakati untuk mengambil langkah-langkah ke arah perlucutan nuklir.",
        "PRK",
        "",
        &["03"],
    );
}

#[test]
fn an_agent_written_once_belongs_to_every_country_of_the_list() {
    let codes = |lang, text| {
        code(lang, text)
            .iter()
            .filter_map(|e| e.source.as_ref().map(|a| a.code.clone()))
            .collect::<Vec<_>>()
    };
    let id = codes(Id, "Menteri Luar Negeri Iran dan Rusia bertemu di Moskow.");
    assert!(
        id.contains(&"IRNGOV".to_string()) && id.contains(&"RUSGOV".to_string()),
        "{id:?}"
    );
    let en = codes(
        En,
        "The Iranian and Russian foreign ministers met in Moscow.",
    );
    assert!(
        en.contains(&"IRNGOV".to_string()) && en.contains(&"RUSGOV".to_string()),
        "{en:?}"
    );
}

#[test]
fn a_coordinated_conjunct_without_an_actor_leaves_the_subject() {
    // "X and a group of deputies held talks with Y": X is the source.
    expect(
        En,
        "French National Assembly president Laurent Fabius and a group of deputies held talks with leaders of Romania's new government on Tuesday.",
        "FRA",
        "ROU",
        &["04"],
    );
    // "... of X and the withdrawal of support": a noun phrase, not a clause.
    let events = code(
        En,
        "Amidst the aggression of the Israeli army and the withdrawal of support by the international community, there is another danger.",
    );
    assert!(
        !events.iter().any(|e| e.root == "05"),
        "the Israeli army supports nothing here: {}",
        show(&events)
    );
}

#[test]
fn an_agent_written_before_a_list_of_countries_belongs_to_every_member() {
    for (text, lang) in [
        (
            "The ambassadors of France, Germany and Italy met Indonesia's president on Wednesday.",
            En,
        ),
        (
            "Duta besar Prancis, Jerman dan Italia bertemu Presiden Indonesia pada Rabu.",
            Id,
        ),
    ] {
        let events = code(lang, text);
        for country in ["FRA", "DEU", "ITA"] {
            assert!(
                events.iter().any(|e| e
                    .source
                    .as_ref()
                    .is_some_and(|a| a.code == format!("{country}GOV"))),
                "{country}GOV expected as a source in {text:?}: {}",
                show(&events)
            );
        }
    }
}

/// Some event from `src` to `tgt` is coded and marked negated.
fn denied(lang: Lang, text: &str, src: &str, tgt: &str) {
    let events = code(lang, text);
    let ok = events.iter().any(|e| {
        e.negated
            && e.source.as_ref().is_some_and(|a| a.code.starts_with(src))
            && e.target.as_ref().is_some_and(|a| a.code.starts_with(tgt))
    });
    assert!(
        ok,
        "expected a negated {src} -> {tgt} in {text:?}\n got: {}",
        show(&events)
    );
}

/// No event has a target whose code starts with `tgt`.
fn no_target(lang: Lang, text: &str, tgt: &str) {
    let events = code(lang, text);
    assert!(
        !events
            .iter()
            .any(|e| e.target.as_ref().is_some_and(|a| a.code.starts_with(tgt))),
        "expected no event aimed at {tgt} in {text:?}\n got: {}",
        show(&events)
    );
}

/// No violent event (roots 18–20) has a source whose code starts with `src`.
fn no_violence_from(lang: Lang, text: &str, src: &str) {
    let events = code(lang, text);
    assert!(
        !events
            .iter()
            .any(|e| matches!(e.root.as_str(), "18" | "19" | "20")
                && e.source.as_ref().is_some_and(|a| a.code.starts_with(src))),
        "expected no violence by {src} in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn an_actor_in_the_gap_of_a_pattern_is_its_object() {
    // "asked * to": the phrase in the gap is the one asked.
    expect(
        En,
        "Germany's foreign minister asked Iran to halt uranium enrichment.",
        "DEU",
        "IRN",
        &["02"],
    );
    expect(
        En,
        "President Hosny Mubarak asked the legislature to amend the constitution.",
        "EGY",
        "EGYLEG",
        &["02"],
    );
    expect(
        Id,
        "Menteri luar negeri Jerman meminta Iran untuk menghentikan pengayaan uranium.",
        "DEU",
        "IRN",
        &["02"],
    );
    denied(
        En,
        "Germany's foreign minister did not ask Iran to halt uranium enrichment.",
        "DEU",
        "IRN",
    );
    denied(
        Id,
        "Menteri luar negeri Jerman tidak meminta Iran untuk menghentikan pengayaan uranium.",
        "DEU",
        "IRN",
    );
}

#[test]
fn a_phrase_inside_a_later_prepositional_phrase_is_not_the_object() {
    // The topic of the talks is not the one met.
    no_target(
        En,
        "Jordan's King Abdullah met in Amman on Sunday for talks on ways to push forward the Israeli-Palestinian peace process.",
        "ISR",
    );
    no_target(
        Id,
        "Raja Yordania Abdullah bertemu di Amman pada Minggu untuk membahas cara-cara mempercepat proses perdamaian Israel-Palestina.",
        "ISR",
    );
    // A direct object after the verb, and a time phrase before one, still count.
    expect(
        En,
        "Jordan's King Abdullah met the Israeli prime minister in Amman on Sunday.",
        "JOR",
        "ISR",
        &["04"],
    );
    expect(
        Id,
        "Raja Yordania Abdullah bertemu Perdana Menteri Israel di Amman pada Minggu.",
        "JOR",
        "ISR",
        &["04"],
    );
    expect(
        En,
        "The Israeli army forced out on Wednesday more than 1,000 Palestinian refugees from their homes during a search for militants.",
        "ISR",
        "PSE",
        &["17"],
    );
}

#[test]
fn a_preposition_that_links_clauses_leaves_its_subject_free() {
    expect(
        En,
        "The attack came six days after Pakistani forces killed around 10 people in an airstrike.",
        "PAK",
        "*",
        &["19"],
    );
    expect(
        Id,
        "Ketegangan meningkat sejak pasukan Israel menyerbu Gaza.",
        "ISR",
        "PSE",
        &["19"],
    );
    // The subject of that clause is nobody's object.
    no_target(
        En,
        "Georgian President Eduard Shevardnadze resigned Sunday as the opposition threatened to storm his residence.",
        "GEOOPP",
    );
    // As a plain preposition it still governs its phrase: no event.
    silent(En, "The talks resumed after Pakistani elections.");
    silent(
        Id,
        "Perundingan dilanjutkan setelah pemilihan umum Pakistan.",
    );
}

#[test]
fn the_speaker_closing_a_sentence_is_not_the_subject_of_what_he_reports() {
    no_violence_from(
        En,
        "A car bomb ripped through a market in Baghdad, killing 20 people and wounding 30, a police source said.",
        "IRQCOP",
    );
    no_violence_from(
        Id,
        "Sebuah bom mobil meledak di pasar Baghdad, menewaskan 20 orang dan mencederai 30 orang, kata sumber kepolisian.",
        "IRQCOP",
    );
    // A subject in the clause itself still acts.
    expect(
        En,
        "Iraqi police killed 20 gunmen in Baghdad, a police source said.",
        "IRQCOP",
        "*",
        &["19"],
    );
    expect(
        Id,
        "Polisi Irak menewaskan 20 pria bersenjata di Baghdad, kata sumber kepolisian.",
        "IRQCOP",
        "*",
        &["19"],
    );
}

#[test]
fn an_event_noun_takes_a_subject_before_it_only_through_a_light_verb() {
    // Labelling something an attack is not attacking.
    no_violence_from(
        Id,
        "Pemerintah India mencap peristiwa itu sebagai serangan teror.",
        "IND",
    );
    no_violence_from(
        En,
        "India's government labelled the incident a terrorist attack.",
        "IND",
    );
    // A light verb, with a time phrase between, keeps its subject.
    expect(
        Id,
        "Iran dan Rusia pada Senin menggelar pertemuan di Teheran.",
        "IRN",
        "",
        &["04"],
    );
    expect(
        En,
        "Iran and Russia on Monday held a meeting in Tehran.",
        "IRN",
        "",
        &["04"],
    );
}

#[test]
fn participles_joined_by_and_continue_one_event() {
    // "…, killing two airmen and wounding 17": no new subject for "wounding"
    // (English has the participles; Indonesian the same verbs in a series).
    for (lang, text) in [
        (En, "Tamil Tiger rebels bombed an air force base near Colombo, killing two airmen and wounding 17."),
        (Id, "Pemberontak Macan Tamil membom pangkalan angkatan udara di dekat Kolombo, menewaskan dua petugas dan melukai 17 orang."),
    ] {
        let events = code(lang, text);
        assert!(
            !events.is_empty()
                && events
                    .iter()
                    .all(|e| e.source.as_ref().is_some_and(|a| a.code.starts_with("LKA"))),
            "every event is the Tigers' in {text:?}: {}",
            show(&events)
        );
    }
}

#[test]
fn victims_who_died_in_an_attack() {
    for (lang, text) in [
        (En, "Five soldiers died in a suicide bombing in Kabul."),
        (
            Id,
            "Lima tentara meninggal dalam serangan bom bunuh diri di Kabul.",
        ),
    ] {
        let events = code(lang, text);
        assert!(
            events
                .iter()
                .any(|e| e.root == "19"
                    && e.target.as_ref().is_some_and(|a| a.code.starts_with("AFG"))),
            "an attack on Afghan soldiers in {text:?}: {}",
            show(&events)
        );
    }
    // Dying is not an event in itself.
    silent(En, "The former president died in hospital on Monday.");
    silent(
        Id,
        "Mantan presiden itu meninggal di rumah sakit pada Senin.",
    );
}

#[test]
fn a_withdrawal_from_a_country_targets_it() {
    expect(
        En,
        "Syria said it is willing to withdraw its troops from neighboring Lebanon.",
        "SYR",
        "LBN",
        &["03", "08"],
    );
    expect(
        Id,
        "Suriah menyatakan bersedia menarik pasukannya dari Lebanon.",
        "SYR",
        "LBN",
        &["03", "08"],
    );
    denied(
        En,
        "Syria is not willing to withdraw its troops from neighboring Lebanon.",
        "SYR",
        "LBN",
    );
    denied(
        Id,
        "Suriah tidak bersedia menarik pasukannya dari Lebanon.",
        "SYR",
        "LBN",
    );
}

#[test]
fn an_event_noun_takes_its_agent_from_by_or_the_visitor_from_of() {
    for (lang, text) in [
        (
            En,
            "The attack by militants on a US military post in Baghdad was condemned.",
        ),
        (
            Id,
            "Serangan oleh militan terhadap pos militer AS di Baghdad dikecam.",
        ),
    ] {
        let events = code(lang, text);
        assert!(
            events.iter().any(|e| matches!(e.root.as_str(), "18" | "19")
                && e.source.as_ref().is_some_and(|a| a.code.ends_with("REB"))
                && e.target.as_ref().is_some_and(|a| a.code.starts_with("USA"))),
            "the militants attacked the US post in {text:?}: {}",
            show(&events)
        );
    }
    expect(
        En,
        "Pakistan and India will review progress during the visit of Indian Foreign Minister Pranab Mukherjee.",
        "IND",
        "",
        &["04", "03"],
    );
    // "by" something that is not an actor gives the noun no agent.
    no_violence_from(
        En,
        "Officials discussed the attack on the post in Baghdad by the storm.",
        "",
    );
}

#[test]
fn indonesian_modifiers_between_an_agent_and_its_country_stay_in_the_phrase() {
    // Head first, country last: "perusahaan perizinan kendaraan Inggris" is a
    // British company (English puts the country first: "a British … company").
    expect(
        Id,
        "Kelompok bersenjata menyerang perusahaan perizinan kendaraan Inggris di Somalia.",
        "SOM",
        "GBRBUS",
        &["19"],
    );
    expect(
        En,
        "Gunmen attacked a British vehicle licensing company in Somalia.",
        "SOM",
        "GBRBUS",
        &["19"],
    );
    // A word with a verb prefix starts a predicate: no "Iraqi police" here.
    silent(Id, "Polisi memasuki Irak pada Senin.");
}

#[test]
fn a_plan_is_the_mood_of_the_act_planned_not_an_act_of_its_own() {
    // "berencana"/"plans to" make the visit an intent to meet (036), as
    // English does; the plan itself is no agreement (030).
    expect(
        Id,
        "Presiden China Hu Jintao berencana berkunjung ke Jepang tahun ini.",
        "CHN",
        "JPN",
        &["03"],
    );
    expect(
        En,
        "Chinese President Hu Jintao plans to visit Japan this year.",
        "CHN",
        "JPN",
        &["03"],
    );
    for (lang, text) in [
        (Id, "Presiden Iran berencana pensiun tahun depan."),
        (Id, "Pemerintah Iran merencanakan pembangunan jalan baru."),
        (Id, "Pemerintah Iran berniat menaikkan harga bensin."),
        (En, "The Iranian president plans to retire next year."),
    ] {
        silent(lang, text);
    }
}

#[test]
fn an_event_noun_inside_an_agent_names_the_agent() {
    // "suicide bomber" is the attacker, and the verb after it is the act.
    expect(
        En,
        "A suicide bomber killed three soldiers in Kabul on Monday.",
        "AFGREB",
        "*",
        &["18", "19"],
    );
    expect(
        Id,
        "Seorang pelaku bom bunuh diri menewaskan tiga tentara di Kabul, Senin.",
        "AFGREB",
        "*",
        &["18", "19"],
    );
    // The person alone is no event.
    silent(En, "The suicide bomber was a young man from Kabul.");
    silent(Id, "Pelaku bom bunuh diri itu seorang pemuda dari Kabul.");
}

#[test]
fn an_act_right_after_a_time_linker_is_background() {
    // "sejak invasi", "since the invasion": the clause is about something else.
    for (lang, text) in [
        (
            Id,
            "Jumlah tentara yang tewas sejak invasi AS ke Irak mencapai 3.262 orang.",
        ),
        (
            En,
            "The number of soldiers killed since the US invasion of Iraq reached 3,262.",
        ),
        (
            Id,
            "Sehari setelah menyerang Irak, juru bicara AS berbicara kepada wartawan.",
        ),
    ] {
        no_violence_from(lang, text, "USA");
    }
    // With a subject of its own, the clause after the linker is an event.
    expect(
        Id,
        "Pasukan AS menyerang Irak setelah Irak menyerbu Kuwait.",
        "IRQ",
        "KWT",
        &["19"],
    );
    expect(
        En,
        "US forces attacked Iraq after Iraq invaded Kuwait.",
        "IRQ",
        "KWT",
        &["19"],
    );
}

#[test]
fn a_bare_sector_target_belongs_to_the_source_country() {
    // "the government" with no country and no place in the sentence is the
    // source's own government; a named foreign body keeps its country.
    expect(
        En,
        "Fijian rebels attacked the government.",
        "FJI",
        "FJIGOV",
        &["19"],
    );
    expect(
        Id,
        "Pemberontak Fiji menyerang pemerintah.",
        "FJI",
        "FJIGOV",
        &["19"],
    );
    expect(
        En,
        "Fijian rebels attacked the Australian government.",
        "FJI",
        "AUSGOV",
        &["19"],
    );
    expect(
        Id,
        "Pemberontak Fiji menyerang pemerintah Australia.",
        "FJI",
        "AUSGOV",
        &["19"],
    );
    // No source country, nothing to give.
    no_target(Id, "Pemberontak menyerang pemerintah.", "FJI");
}

/// No event has a source whose code is exactly `src`.
fn no_source(lang: Lang, text: &str, src: &str) {
    let events = code(lang, text);
    assert!(
        !events
            .iter()
            .any(|e| e.source.as_ref().is_some_and(|a| a.code == src)),
        "expected no event by {src} in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn a_personal_pronoun_is_a_person_not_a_bare_country() {
    no_source(
        En,
        "Iraq is the main topic, and he asked Japan to send more troops.",
        "IRQ",
    );
    no_source(
        Id,
        "Irak menjadi topik utama, dan dia meminta Jepang mengirim pasukan.",
        "IRQ",
    );
    expect(
        En,
        "Iranian President Hassan Rouhani arrived in Tokyo, and he asked Japan to buy more oil.",
        "IRNGOV",
        "JPN",
        &["02"],
    );
    expect(
        Id,
        "Presiden Iran Hassan Rouhani tiba di Tokyo, dan dia meminta Jepang membeli minyak.",
        "IRNGOV",
        "JPN",
        &["02"],
    );
}

#[test]
fn menyetujui_is_agreeing_to_something_as_agree_to() {
    expect(
        Id,
        "Korea Utara menyetujui usulan perdamaian Korea Selatan.",
        "PRK",
        "KOR",
        &["03"],
    );
    expect(
        En,
        "North Korea agreed to the South Korean peace proposal.",
        "PRK",
        "KOR",
        &["03"],
    );
    denied(
        Id,
        "Korea Utara tidak menyetujui usulan perdamaian Korea Selatan.",
        "PRK",
        "KOR",
    );
    denied(
        En,
        "North Korea did not agree to the South Korean peace proposal.",
        "PRK",
        "KOR",
    );
}

#[test]
fn an_ethnic_group_is_civilians_of_the_country_it_lives_in() {
    expect(
        En,
        "Ethnic Albanians in south Serbia are demanding a U.N. military presence.",
        "SRBCVL",
        "IGO",
        &["10"],
    );
    expect(
        Id,
        "Warga etnis Albania di Serbia selatan menuntut kehadiran pasukan PBB.",
        "SRBCVL",
        "IGO",
        &["10"],
    );
    expect(
        En,
        "Serb forces killed three ethnic Albanians in southeastern Serbia.",
        "SRBMIL",
        "SRBCVL",
        &["19"],
    );
    denied(
        En,
        "Ethnic Albanians in south Serbia have not demanded a U.N. military presence.",
        "SRBCVL",
        "IGO",
    );
    // The state keeps its own name.
    expect(
        En,
        "The Albanian government demanded a U.N. military presence in Serbia.",
        "ALBGOV",
        "IGO",
        &["10"],
    );
}

#[test]
fn after_a_modal_or_do_an_english_word_is_a_verb() {
    // "did not demand X": a verb with an object, not the noun "demand".
    denied(
        En,
        "Albania did not demand a U.N. military presence.",
        "ALB",
        "IGO",
    );
    expect(
        En,
        "Albania will demand a U.N. military presence.",
        "ALB",
        "IGO",
        &["10"],
    );
    // Without one, the noun stays a noun.
    silent(En, "The demand surprised everyone.");
}

#[test]
fn a_complaint_is_aimed_at_what_it_is_about_not_at_whom_it_is_told() {
    expect(
        En,
        "Lebanon complained to the United Nations on Tuesday over two Israeli air raids.",
        "LBN",
        "ISR",
        &["11"],
    );
    expect(
        Id,
        "Lebanon mengadu kepada PBB soal serangan udara Israel, Selasa.",
        "LBN",
        "ISR",
        &["11"],
    );
    // With nothing it is about, the one told stays the target.
    expect(
        En,
        "Lebanon complained to the United Nations on Tuesday.",
        "LBN",
        "IGO",
        &["11"],
    );
    denied(
        Id,
        "Lebanon tidak mengadu kepada PBB soal serangan udara Israel.",
        "LBN",
        "ISR",
    );
}

#[test]
fn an_english_reduced_passive_has_its_subject_undergo_the_act() {
    // A participle with no auxiliary: the phrase before it is the one acted upon.
    no_source(
        En,
        "A German arrested in Pakistan on suspicion of terrorism has been released, the foreign ministry said.",
        "DEU",
    );
    expect(
        En,
        "A camp for Congolese refugees attacked by Burundian militiamen was burned to the ground.",
        "BDI",
        "*",
        &["18", "19"],
    );
    no_source(
        En,
        "Britain insists the sailors were in Iraqi waters when seized by Iran.",
        "GBR",
    );
    // The active verb keeps its subject, with or without a place after it.
    expect(
        En,
        "Pakistani police arrested a German in Lahore on Monday.",
        "PAK",
        "DEU",
        &["17"],
    );
    expect(
        En,
        "Burundian militiamen attacked a camp for Congolese refugees on Sunday.",
        "BDI",
        "*",
        &["18", "19"],
    );
    // Indonesian marks the passive, with or without the relative 'yang'.
    no_source(
        Id,
        "Seorang warga Jerman yang ditangkap di Pakistan atas tuduhan terorisme telah dibebaskan.",
        "DEU",
    );
}

#[test]
fn a_mediator_acts_on_the_parties_it_mediates_between() {
    let text = "Qatar's emir launched a mediation effort on Saturday between the Emirates and Saudi Arabia.";
    expect(En, text, "QAT", "ARE", &["04"]);
    expect(En, text, "QAT", "SAU", &["04"]);
    no_source(En, text, "ARE");
    let text =
        "Ketua Liga Arab mulai melakukan peran mediasi antara pemerintah Lebanon dan Suriah.";
    expect(Id, text, "IGO", "LBN", &["04"]);
    expect(Id, text, "IGO", "SYR", &["04"]);
    no_source(Id, text, "LBNGOV");
    expect(
        En,
        "Egypt is mediating between Israel and the Palestinians.",
        "EGY",
        "ISR",
        &["04"],
    );
    // Talks between two parties are still theirs.
    expect(
        En,
        "Talks between Israel and the Palestinians resumed on Monday.",
        "ISR",
        "PSE",
        &["04"],
    );
    expect(
        Id,
        "Perundingan antara Israel dan Palestina dilanjutkan pada Senin.",
        "ISR",
        "PSE",
        &["04"],
    );
    // A mediation that was refused is not one.
    denied(
        En,
        "Egypt did not mediate between Israel and the Palestinians.",
        "EGY",
        "ISR",
    );
}

#[test]
fn a_gerund_after_a_verb_of_beginning_or_continuing_is_the_act() {
    expect(
        En,
        "In mid-December the Arab League chief began mediating between the Lebanese government and Syria.",
        "IGO",
        "SYR",
        &["04"],
    );
    expect(
        En,
        "Israeli troops continued shelling the refugee camp on Monday.",
        "ISRMIL",
        "*",
        &["19"],
    );
    // A participle after a plain noun still describes that noun.
    silent(
        En,
        "A demonstration calling for the release of prisoners drew thousands.",
    );
}

#[test]
fn a_subordinate_clause_with_a_common_subject_keeps_the_main_subject_out() {
    // The verb after "setelah 15 anggota badan itu" is the members', not Mottaki's.
    no_source(
        Id,
        "Mottaki berada di New York pada Sabtu setelah 15 anggota badan tersebut menyetujui sanksi baru terhadap Teheran.",
        "IRNGOV",
    );
    no_source(
        En,
        "Mottaki was in New York on Saturday after the 15 members of the body approved new sanctions against Tehran.",
        "IRNGOV",
    );
    // With no subject of its own, or an actor as its subject, the clause is coded as before.
    expect(
        Id,
        "Mottaki berada di New York setelah Dewan Keamanan PBB menyetujui sanksi baru terhadap Iran.",
        "IGO",
        "IRN",
        &["03"],
    );
    expect(
        Id,
        "Iran menolak sanksi itu setelah pemerintah Amerika Serikat mengancam Teheran.",
        "USA",
        "IRN",
        &["13"],
    );
    expect(
        En,
        "Iran has so far refused to suspend enrichment.",
        "IRN",
        "",
        &["12"],
    );
}

#[test]
fn a_count_or_description_of_the_dead_is_not_a_killing() {
    let violent_on = |lang: Lang, text: &str, tgt: &str| {
        code(lang, text)
            .iter()
            .any(|e| e.root == "19" && e.target.as_ref().is_some_and(|a| a.code.starts_with(tgt)))
    };
    for (lang, text) in [
        (
            Id,
            "Jumlah prajurit AS yang tewas di Irak sejak invasi mencapai 3.274 orang.",
        ),
        (
            En,
            "The number of American soldiers who have been killed in Iraq since the invasion reached 3,274.",
        ),
        (Id, "Sebagian besar korban tewas di Pakistan adalah pengacara."),
    ] {
        assert!(
            !violent_on(lang, text, ""),
            "no killing reported in {text:?}: {}",
            show(&code(lang, text))
        );
    }
    // A report of soldiers killed is still an attack on them.
    for (lang, text) in [
        (Id, "Tiga tentara AS tewas dalam serangan bom di Baghdad."),
        (
            En,
            "Three American soldiers were killed in a bomb attack in Baghdad.",
        ),
    ] {
        assert!(
            violent_on(lang, text, "USA"),
            "an attack on US soldiers in {text:?}: {}",
            show(&code(lang, text))
        );
    }
}

#[test]
fn a_participle_after_a_count_of_people_shares_the_passive_before_it() {
    // "…were killed and over 20 others wounded": nobody named did the wounding.
    let text = "Cheney was unhurt by the blast but at least nine people including a South Korean soldier were killed and over 20 others wounded.";
    no_source(En, text, "KORMIL");
    let text = "An armed member of the Hamas auxiliary force was shot dead and two others wounded in clashes in Gaza City.";
    no_source(En, text, "PSEREBHMS");
    // An active clause after the passive keeps its subject.
    expect(
        En,
        "Two soldiers were killed and Taliban fighters wounded 12 policemen in Helmand.",
        "AFGREB",
        "*",
        &["18"],
    );
}

#[test]
fn an_act_someone_is_accused_of_is_not_an_event() {
    // The accusation is the event; the attack it names is only alleged.
    expect(
        Id,
        "Israel menuduh Hamas menyerang pos militer.",
        "ISR",
        "PSE",
        &["11"],
    );
    no_source(
        Id,
        "Israel menuduh Hamas menyerang pos militer.",
        "PSEREBHMS",
    );
    no_violence_from(Id, "Israel menuduh Hamas menyerang pos militer.", "ISR");
    no_source(
        Id,
        "Hamas dituduh menyerang pos militer Israel.",
        "PSEREBHMS",
    );
    no_target(
        Id,
        "Polisi menahan dua pria atas tuduhan membunuh seorang warga Australia.",
        "AUS",
    );
    // English reads the same accusation through "of" + gerund.
    no_target(
        En,
        "Police detained two men on charges of killing an Australian citizen.",
        "AUS",
    );
    // An attack reported as done stays an attack.
    expect(
        Id,
        "Hamas menyerang pos militer Israel.",
        "PSEREBHMS",
        "ISR",
        &["19", "18"],
    );
}

#[test]
fn an_act_intended_or_prepared_for_is_planned() {
    for (lang, text) in [
        (
            Id,
            "Tentara Israel datang ke Jenin dengan maksud menangkap beberapa pejuang Palestina.",
        ),
        (
            Id,
            "Pemerintah Bush tidak sedang mempersiapkan diri untuk menyerang Iran.",
        ),
        (
            En,
            "Israeli soldiers came to Jenin intending to arrest Palestinian fighters.",
        ),
    ] {
        let events = code(lang, text);
        assert!(
            !events
                .iter()
                .any(|e| matches!(e.root.as_str(), "17" | "19") && !e.negated),
            "the arrest or attack is not reported as done in {text:?}: {}",
            show(&events)
        );
    }
    // Done, not intended.
    expect(
        Id,
        "Tentara Israel menangkap beberapa pejuang Palestina di Jenin.",
        "ISR",
        "PSE",
        &["17"],
    );
}

#[test]
fn a_resignation_or_surrender_with_no_one_named_acts_on_no_one() {
    for (lang, text) in [
        (
            En,
            "Five hundred Ugandan rebels surrendered last week in the eastern town of Soroti.",
        ),
        (
            Id,
            "Lima ratus pemberontak Uganda menyerah pekan lalu di kota Soroti.",
        ),
        (
            En,
            "Georgian President Eduard Shevardnadze resigned on Sunday.",
        ),
        (
            Id,
            "Presiden Georgia Eduard Shevardnadze mengundurkan diri pada Minggu.",
        ),
    ] {
        let events = code(lang, text);
        assert!(
            events.iter().any(|e| e.root == "08" && e.target.is_none()),
            "an act of the actor's own with no target in {text:?}: {}",
            show(&events)
        );
    }
    // Other yielding acts are still aimed at where they happen.
    expect(
        En,
        "Serbia lifted a night curfew in Montenegro on Sunday.",
        "SRB",
        "MNE",
        &["08"],
    );
}

#[test]
fn a_statement_is_addressed_only_to_whom_it_is_said() {
    for (lang, text, tgt) in [
        (
            En,
            "Prime Minister Fouad Siniora has said Lebanon needs billions of dollars to recover from last year's war between Israel and Hezbollah.",
            "ISR",
        ),
        (
            En,
            "A senior Russian army commander said the deployment by Washington was aimed against Iran.",
            "IRN",
        ),
    ] {
        no_target(lang, text, tgt);
    }
    // Said to someone: addressed to them.
    expect(
        En,
        "The Indonesian foreign minister said to Malaysia that the border talks would resume.",
        "IDN",
        "MYS",
        &["01"],
    );
    expect(
        Id,
        "Menteri luar negeri Indonesia mengatakan kepada Malaysia bahwa perundingan perbatasan akan dilanjutkan.",
        "IDN",
        "MYS",
        &["01"],
    );
}

/// No event of `text` has a root in `roots`.
fn no_root(lang: Lang, text: &str, roots: &[&str]) {
    let events = code(lang, text);
    assert!(
        !events.iter().any(|e| roots.contains(&e.root.as_str())),
        "expected no {roots:?} event in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn indonesian_event_noun_subject_is_coded_once() {
    // The verb whose subject is an attack noun repeats the noun's event, as
    // English "an air strike killed" is one event.
    let strike = "Serangan udara Israel menewaskan lima warga Palestina di Gaza.";
    expect(Id, strike, "ISR", "*", &["19"]);
    let count = code(Id, strike).iter().filter(|e| e.root == "19").count();
    assert_eq!(count, 1, "{}", show(&code(Id, strike)));
    // No actor in the noun: no attacker at all.
    silent(
        Id,
        "Dua serangan bom mobil di sebuah pasar Baghdad yang ramai menewaskan sedikitnya 60 orang.",
    );
    no_root(
        Id,
        "Gerilyawan Taliban berjanji meningkatkan serangan tahun ini setelah hampir 140 serangan tahun lalu menewaskan sekitar 200 warga sipil.",
        &["19"],
    );
    // An actor as subject still kills.
    expect(
        Id,
        "Pasukan Israel menewaskan lima warga Palestina di Gaza.",
        "ISR",
        "PSE",
        &["19"],
    );
}

#[test]
fn indonesian_name_modifying_a_noun_in_a_place_phrase_is_a_place() {
    // "di sebuah pasar Baghdad": the market is in Baghdad; Baghdad acts not.
    no_root(
        Id,
        "Bom meledak di sebuah pasar Baghdad, menewaskan 60 orang.",
        &["19"],
    );
    no_root(
        Id,
        "Bom meledak di bagian barat Baghdad, menewaskan 60 orang.",
        &["19"],
    );
    // The police of the place still act there.
    expect(
        Id,
        "Polisi Irak menangkap dua tersangka di sebuah pasar Baghdad.",
        "IRQ",
        "*",
        &["17"],
    );
}

#[test]
fn indonesian_fronted_place_phrase_ends_at_its_comma() {
    // "Di Ankara, Mottaki dan Gul": the speakers are not in Ankara's phrase.
    expect(
        Id,
        "Di Ankara, Mottaki dan Gul mengatakan mereka telah membahas masalah Irak.",
        "IRN",
        "",
        &["04"],
    );
    // A list with no fronted phrase is still one subject.
    expect(
        Id,
        "Mottaki, Gul dan Lavrov membahas masalah Irak.",
        "RUS",
        "",
        &["04"],
    );
}

#[test]
fn indonesian_agent_right_after_only_a_di_verb() {
    // "korban tewas tentara AS": the soldiers are the dead, not the killers.
    silent(
        Id,
        "Jumlah korban tewas tentara AS di Irak mencapai 3.000 orang.",
    );
    expect(
        Id,
        "Dua warga Palestina ditembak tentara Israel di Tepi Barat.",
        "ISR",
        "PSE",
        &["19"],
    );
}

#[test]
fn indonesian_clause_of_its_own_gives_no_actor_to_its_verb() {
    // "di mana suhu beku menewaskan…": the cold kills, not India or Pakistan.
    let glacier = "Pejabat India dan Pakistan melakukan pembicaraan mengenai sungai es di Kashmir di mana suhu beku menewaskan lebih banyak orang.";
    no_root(Id, glacier, &["19"]);
    expect(Id, glacier, "IND", "", &["04"]);
    // "… pada 13 Februari yang menewaskan": the attacks kill, not the network.
    no_root(
        Id,
        "Hamas mendalangi dua serangan bom terhadap bis pada 13 Februari yang menewaskan tiga orang.",
        &["19"],
    );
    // After a comma, "yang" still describes the actor before it.
    expect(
        Id,
        "Pasukan Israel, yang menyerbu Nablus pada 13 Februari, menangkap dua militan Hamas.",
        "ISR",
        "PSE",
        &["19"],
    );
}

/// Some event of `text` is aimed at a target starting with `tgt`, with a
/// root in `roots`, whoever (or no one known) acted.
fn victims(lang: Lang, text: &str, tgt: &str, roots: &[&str]) {
    let events = code(lang, text);
    assert!(
        events.iter().any(|e| {
            e.target.as_ref().is_some_and(|a| a.code.starts_with(tgt))
                && roots.contains(&e.root.as_str())
        }),
        "expected -{roots:?}-> {tgt} in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn indonesian_deaths_in_accidents_are_not_attacks() {
    silent(
        Id,
        "Menteri Pertahanan Ekuador dan putrinya tewas dalam tabrakan dua helikopter militer.",
    );
    silent(
        Id,
        "Sebanyak 22 jamaah haji tewas dalam kecelakaan jalan raya di dekat perbatasan dengan Uni Emirat Arab.",
    );
    // Killed in an attack: an attack on them, by someone unnamed.
    victims(
        Id,
        "Menteri Pertahanan Ekuador dan putrinya tewas dalam serangan pemberontak.",
        "ECU",
        &["19"],
    );
}

#[test]
fn indonesian_found_dead_reports_no_killing() {
    silent(
        Id,
        "Seorang warga negara Jerman ditemukan tewas di kamar hotelnya di Karachi.",
    );
    victims(
        Id,
        "Seorang warga negara Jerman tewas ditembak di Karachi.",
        "DEU",
        &["19"],
    );
}

#[test]
fn indonesian_afgan_is_afghan() {
    expect(
        Id,
        "Pasukan Afgan menyerang desa itu.",
        "AFGMIL",
        "*",
        &["19"],
    );
}

#[test]
fn indonesian_object_of_a_relative_clause_is_not_the_subject() {
    // "pengungsi yang meninggalkan Irak mengecam…": the refugees condemn,
    // Iraq is only what they left.
    no_root(
        Id,
        "Para pengungsi yang meninggalkan Irak mengecam Amerika Serikat.",
        &["11"],
    );
    no_target(
        Id,
        "Sebanyak 22 jamaah haji yang meninggalkan Arab Saudi tewas dalam serangan bom.",
        "SAU",
    );
    victims(
        Id,
        "Sebanyak 22 jamaah haji Arab Saudi tewas dalam serangan bom.",
        "SAU",
        &["19"],
    );
    // A linker opens a clause of its own: its subject acts.
    expect(
        Id,
        "Bolivia mencari sebuah negara yang akan menerima Samartino setelah Kuba dan AS menolak menerimanya.",
        "USA",
        "",
        &["12"],
    );
    // "yang diduga rudal CIA": what the strike is believed to be.
    expect(
        Id,
        "Serangan udara yang diduga rudal CIA di sebuah daerah lain Bajaur menewaskan 18 orang.",
        "USA",
        "*",
        &["19"],
    );
}

/// No event of `text` comes from a source starting with `src` with a root in `roots`.
fn no_event_from(lang: Lang, text: &str, src: &str, roots: &[&str]) {
    let events = code(lang, text);
    assert!(
        !events.iter().any(|e| {
            e.source.as_ref().is_some_and(|a| a.code.starts_with(src))
                && roots.contains(&e.root.as_str())
        }),
        "expected no {src} -{roots:?}-> event in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn indonesian_subject_after_the_verb_not_past_a_linker() {
    // "dia berharap … dimana Korea Utara setuju": North Korea agrees in its
    // own clause; it does not hope what Hill hopes.
    let hill = "Di Tokyo, Hill mengatakan bahwa dia berharap perundingan di Beijing akan menghasilkan langkah nyata, dimana Korea Utara setuju untuk menghentikan program nuklirnya.";
    no_event_from(Id, hill, "PRK", &["02"]);
    expect(Id, hill, "PRK", "", &["03"]);
    no_event_from(
        Id,
        "Dia tiba di Baghdad sehari setelah Dewan Perwakilan AS mengecam keputusan Presiden Bush.",
        "USA",
        &["04"],
    );
    // A fronted clause with no linker still takes the subject after it.
    expect(
        Id,
        "Sambil mengungkapkan kepuasan, Indonesia dan Malaysia membahas kerja sama perbatasan.",
        "MYS",
        "",
        &["04"],
    );
}

#[test]
fn indonesian_sector_word_after_a_common_noun_modifies_it() {
    // "menyerukan pembangunan masyarakat": the call is for building, not to society.
    no_target(
        Id,
        "Perdana Menteri Nepal Girija Prasad Koirala menyerukan pembangunan masyarakat yang bebas penyakit.",
        "",
    );
    // Right after the verb, the sector word is the one called on.
    victims(
        Id,
        "Perdana Menteri Nepal Girija Prasad Koirala menyerukan masyarakat untuk tenang.",
        "",
        &["02"],
    );
    // A number counts the actor: still the object.
    victims(Id, "Taliban menculik tiga pekerja bantuan.", "", &["18"]);
}

#[test]
fn indonesian_count_of_the_dead_reports_no_killing() {
    silent(
        Id,
        "Ini membuat jumlah anak-anak yang tewas sejak September 2000 oleh tentara Israel menjadi 860.",
    );
    // The dead named as such, with their killer: a killing.
    expect(
        Id,
        "Dua anak-anak Palestina tewas oleh tentara Israel pada September 2000.",
        "ISR",
        "PSE",
        &["19"],
    );
}

#[test]
fn the_wounded_counted_after_the_dead_are_the_same_victims() {
    for text in [
        "Tiga serdadu Irak tewas dan satu lainnya luka-luka dalam ledakan bom di Baghdad.",
        "Dua wisatawan Inggris tewas dan seorang lagi cedera serius di Zimbabwe.",
        "Seorang pria Lebanon tewas ditembak dan dua orang lain terluka di Beirut.",
    ] {
        let events = code(Id, text);
        assert!(
            events.iter().any(|e| e.root == "18"
                && e.source.is_none()
                && e.target.as_ref().is_some_and(|a| a.code.len() >= 3)),
            "the wounded are the dead's fellows in {text:?}: {}",
            show(&events)
        );
    }
    // With no killing before it, a count of the wounded has no victims to share.
    silent(Id, "Satu lainnya luka-luka dalam ledakan itu.");
}

#[test]
fn a_violent_participle_after_a_thing_takes_the_main_subject() {
    // The comma before "killing" is left out: the bomber killed, not the station.
    expect(
        Lang::En,
        "A suicide bomber exploded a truck full of chlorine near a police station killing at least 27 people in the restive western city of Ramadi on Friday.",
        "IRQ",
        "IRQ",
        &["18", "19"],
    );
    // With no object it names an act ("a village killing"), not the subject's.
    no_violence_from(
        Lang::En,
        "Iraqi police investigated a market killing in Basra on Friday.",
        "IRQ",
    );
    // A non-violent participle after a noun still describes that noun.
    silent(
        Lang::En,
        "Egyptian protesters gathered near a mosque condemning Israel.",
    );
}

#[test]
fn english_that_before_a_past_verb_is_a_relative_pronoun() {
    // "a bus bombing that killed": the bombing killed, not the minister who
    // reported it, and "killed" is a verb, not a noun after "that".
    no_violence_from(
        Lang::En,
        "Railways Minister Lalu Prasad Yadav told reporters it was like the serial bomb blasts in Mumbai last July that killed 186 people.",
        "IND",
    );
    // An actor before "that" is its subject.
    expect(
        Lang::En,
        "It was Israeli troops that killed three Palestinian gunmen in Nablus.",
        "ISR",
        "PSE",
        &["18", "19"],
    );
}

#[test]
fn a_participle_after_a_comma_takes_the_subject_of_its_clause() {
    // Not the nearest phrase ("artillery", an object) but the clause's subject.
    expect(
        Lang::En,
        "Ethiopian troops moved artillery into the hills above the Somali border town on Sunday, killing 20 civilians.",
        "ETH",
        "*",
        &["19"],
    );
    // After "said", the clause said has a subject of its own; the speaker did not kill.
    no_violence_from(
        Lang::En,
        "Somali officials said Ethiopian troops moved artillery into the hills above the border town on Sunday, killing 20 civilians.",
        "SOM",
    );
    expect(
        Lang::En,
        "Somali officials said Ethiopian troops moved artillery into the hills above the border town on Sunday, killing 20 civilians.",
        "ETH",
        "*",
        &["19"],
    );
}

#[test]
fn a_participle_of_a_transitive_act_with_no_object_is_passive() {
    // "killed" with no object: the soldiers were killed, they killed no one.
    no_violence_from(
        Lang::En,
        "Two Iraqi soldiers killed in north Baghdad on Saturday were buried in Najaf.",
        "IRQ",
    );
    // …but were killed, by someone not named.
    let events = code(
        Lang::En,
        "Two Iraqi soldiers killed in north Baghdad on Saturday were buried in Najaf.",
    );
    assert!(
        events.iter().any(|e| e.source.is_none()
            && e.root == "19"
            && e.target.as_ref().is_some_and(|t| t.code.starts_with("IRQ"))),
        "expected an unknown attacker against IRQ, got: {}",
        show(&events)
    );
    // With an object the verb is active.
    expect(
        Lang::En,
        "Iraqi soldiers killed two Sunni gunmen in north Baghdad on Saturday.",
        "IRQ",
        "IRQ",
        &["19"],
    );
    // "at least 100 people" is an object after all.
    expect(
        Lang::En,
        "Danish police arrested at least 100 people in Copenhagen on Thursday.",
        "DNK",
        "*",
        &["17"],
    );
    // An adverb between the auxiliary and the participle keeps it passive.
    no_violence_from(
        Lang::En,
        "Indian Foreign Minister Pranab Mukherjee was seriously injured in Kolkata on Sunday.",
        "IND",
    );
}

#[test]
fn a_participle_before_the_people_it_names_reports_no_event() {
    silent(
        Lang::En,
        "Iraqi insurgents posted pictures of 18 kidnapped interior ministry employees.",
    );
    no_violence_from(
        Lang::En,
        "The Iraqi mayor said the murdered officers' bodies were found in the streets of Khalis.",
        "IRQ",
    );
    // As a verb it is an event.
    expect(
        Lang::En,
        "Iraqi insurgents kidnapped 18 interior ministry employees in Diyala.",
        "IRQ",
        "*",
        &["18"],
    );
}

#[test]
fn they_after_a_coordinated_subject_is_all_of_it() {
    let text = "But Seoul and Beijing have stepped up economic cooperation since they normalised ties in 1992.";
    expect(Lang::En, text, "KOR", "*", &["05"]);
    expect(Lang::En, text, "CHN", "*", &["05"]);
    // A subject that is not coordinated stays one actor.
    let events = code(
        Lang::En,
        "But Seoul has stepped up economic cooperation with Tokyo since they normalised ties in 1992.",
    );
    assert!(
        !events
            .iter()
            .any(|e| e.source.as_ref().is_some_and(|a| a.code.starts_with("JPN"))),
        "Tokyo is no subject: {}",
        show(&events)
    );
}

#[test]
fn an_event_noun_can_head_the_subject_of_a_subordinate_clause() {
    // The explosion killed the colleagues, not the officer shot before it.
    no_violence_from(
        Lang::En,
        "A Russian police officer was shot dead in Dagestan on Saturday before an apparent follow-up explosion killed two of his colleagues.",
        "RUS",
    );
    // With an actor as that subject, the actor acts.
    expect(
        Lang::En,
        "A Russian police officer was shot dead in Dagestan on Saturday before Georgian troops killed two of his colleagues.",
        "GEO",
        "*",
        &["19"],
    );
}

#[test]
fn a_count_before_an_objectless_participle_underwent_the_act() {
    // "one wounded": one soldier was wounded, the soldiers wounded no one.
    no_violence_from(
        Lang::En,
        "Three Iraqi soldiers were killed and one wounded in a roadside bombing south of Baghdad.",
        "IRQ",
    );
}

#[test]
fn a_verb_coordinated_with_the_one_before_shares_its_subject() {
    let text = "Nigerian gunmen armed with dynamite invaded an oil base in Nigeria's southern Niger Delta on Wednesday and kidnapped nine South Korean workers.";
    // The gunmen kidnapped the workers, not the Niger Delta (a place, the
    // object of "in" before "and").
    expect(Lang::En, text, "NGA", "KOR", &["18"]);
    no_target(Lang::En, text, "NER");
    // After a clause linker the verb stays in the background, as before.
    let events = code(
        Lang::En,
        "The Kenyan president resigned on Sunday as the opposition threatened to storm his residence.",
    );
    assert!(
        !events.iter().any(|e| e.root == "13"),
        "no threat reported: {}",
        show(&events)
    );
}

#[test]
fn a_participle_before_the_subject_of_the_next_verb_describes_it() {
    // "kidnapped workers were freed": the workers were kidnapped; nobody
    // named kidnapped anyone.
    let events = code(
        Lang::En,
        "Nigerian officials said the Niger Delta was calm and kidnapped workers were freed.",
    );
    assert!(
        !events.iter().any(|e| e.root == "18"),
        "no kidnapping reported: {}",
        show(&events)
    );
    // With no verb after the noun it is the object of an active verb.
    expect(
        Lang::En,
        "Nigerian rebels stormed an oil base and kidnapped workers from South Korea.",
        "NGA",
        "*",
        &["18"],
    );
}

#[test]
fn firing_into_a_place_is_an_armed_attack() {
    expect(
        Lang::En,
        "Israeli helicopters fired into the northern Gaza Strip on Saturday.",
        "ISR",
        "*",
        &["19"],
    );
    denied(
        Lang::En,
        "Israeli soldiers did not fire into Palestinian homes in Gaza, the army said.",
        "ISR",
        "PSE",
    );
}

#[test]
fn a_verb_coordinated_with_a_refused_infinitive_is_refused_too() {
    // "to land and evacuate": the evacuation is part of what was refused.
    let events = code(
        Lang::En,
        "Angolan rebels refused to allow UN planes to land and evacuate the wounded observers.",
    );
    assert!(
        !events.iter().any(|e| e.root == "07"),
        "no aid reported: {}",
        show(&events)
    );
    expect(
        Lang::En,
        "Angolan rebels refused to allow UN planes to land and evacuate the wounded observers.",
        "AGO",
        "IGO",
        &["12"],
    );
    // Under a verb that asks or refuses nothing, the coordinated verb is an act.
    expect(
        Lang::En,
        "Israeli troops moved to seal the town and arrested five Hamas militants.",
        "ISR",
        "PSE",
        &["17"],
    );
}

#[test]
fn english_an_article_and_adjectives_make_the_word_a_noun() {
    // "the full support of Syria": Hezbollah does not support Syria.
    no_target(En, "Hezbollah enjoyed the full support of Syria.", "SYR");
    no_target(
        En,
        "Hezbollah enjoyed the strong military support of Iran.",
        "IRN",
    );
    // A verb after its subject and an adverb stays a verb.
    expect(
        En,
        "The Japanese government strongly supports Indonesia.",
        "JPN",
        "IDN",
        &["05"],
    );
}

#[test]
fn an_act_someone_wants_or_expects_of_another_is_planned() {
    for (lang, text) in [
        (En, "Washington wants Japan to send troops to Iraq."),
        (Id, "Washington ingin Jepang mengirim pasukan ke Irak."),
    ] {
        let events = code(lang, text);
        assert!(
            events
                .iter()
                .any(|e| e.root == "15" && e.modality == kabar_core::Modality::Planned),
            "the dispatch is wanted, not done, in {text:?}: {}",
            show(&events)
        );
    }
    // Done.
    let events = code(En, "Japan sent troops to Iraq.");
    assert!(
        events
            .iter()
            .any(|e| e.root == "15" && e.modality == kabar_core::Modality::Asserted),
        "{}",
        show(&events)
    );
}

#[test]
fn a_rounded_number_is_no_preposition_before_the_subject() {
    // "About 200 supporters of …" is the subject, not a phrase "about" governs.
    expect(
        En,
        "About 200 supporters of the Algerian opposition blocked roads in Algiers.",
        "DZA",
        "*",
        &["14"],
    );
    expect(
        En,
        "Around 50 members of the Kenyan opposition staged a sit-in in Nairobi.",
        "KEN",
        "*",
        &["14"],
    );
    // Negated, the same subject is still found.
    denied(
        En,
        "About 200 supporters of the Algerian opposition did not attack the Moroccan embassy.",
        "DZA",
        "MAR",
    );
}

#[test]
fn the_niger_delta_is_a_region_of_nigeria() {
    // Gunmen in the Niger Delta are Nigerian, not from the country Niger.
    let text =
        "Gunmen kidnapped two Turkish engineers from their car in the Niger Delta on Saturday.";
    expect(En, text, "NGA", "TUR", &["18"]);
    let events = code(En, text);
    assert!(
        !events
            .iter()
            .any(|e| e.source.as_ref().is_some_and(|a| a.code.starts_with("NER"))),
        "no actor from Niger: {}",
        show(&events)
    );
    // The country Niger itself still names Niger.
    expect(
        En,
        "Niger's army attacked rebels near the border with Mali.",
        "NER",
        "*",
        &["19"],
    );
}

#[test]
fn a_group_loyal_to_an_actor_takes_its_country() {
    expect(
        En,
        "Militants loyal to the Somali government attacked a Kenyan convoy near the border.",
        "SOM",
        "KEN",
        &["19"],
    );
    // The actor's country is found past a title before the verb.
    expect(
        En,
        "Militiamen allied with the Sudanese army chief attacked villages near the Chadian border.",
        "SDN",
        "*",
        &["19"],
    );
    // Opposed to a government, a group does not take its country: with no
    // other clue it has none, and nothing is reported.
    silent(
        En,
        "Militants opposed to the Somali government attacked a Kenyan convoy near the border.",
    );
}

#[test]
fn a_state_after_be_is_held_by_the_subject_not_a_passive() {
    // "is ready to negotiate", "is committed to": the subject acts; the
    // auxiliary before the adjective makes no passive without an agent.
    expect(
        En,
        "Iran is ready to negotiate with the European Union on its nuclear program.",
        "IRN",
        "IGO",
        &["03"],
    );
    expect(
        En,
        "Vietnam is committed to opening up the economy.",
        "VNM",
        "",
        &["03"],
    );
    // "disappointed by": China is the cause, not the agent of a disapproval.
    let events = code(
        En,
        "Japan was disappointed by China's decision to cancel the talks.",
    );
    assert!(
        !events
            .iter()
            .any(|e| e.source.as_ref().is_some_and(|a| a.code.starts_with("CHN"))),
        "China disapproves of nothing: {}",
        show(&events)
    );
    // Negated, the stance is denied.
    denied(
        En,
        "Iran is not ready to negotiate with the European Union.",
        "IRN",
        "IGO",
    );
}

#[test]
fn a_pattern_word_after_a_name_in_its_gap_is_no_event_of_its_own() {
    // "rejected * request" with "U.S." in the gap: Yemen rejects the U.S.
    // request; it requests nothing itself.
    let text = "Yemen has rejected a U.S. request to interrogate detainees held after the escape of 23 al-Qaida prisoners.";
    expect(En, text, "YEM", "USA", &["12"]);
    let events = code(En, text);
    assert!(
        !events.iter().any(|e| e.root == "02"),
        "no request by Yemen: {}",
        show(&events)
    );
    // Negated, the rejection is denied and still no request is reported.
    let text = "Yemen has not rejected a U.S. request to interrogate the detainees.";
    denied(En, text, "YEM", "USA");
    assert!(!code(En, text).iter().any(|e| e.root == "02"));
}

#[test]
fn a_persons_possessive_before_an_act_on_people_names_the_victim() {
    // "Rafiq Hariri's murder": Hariri was murdered; he murdered no one.
    silent(
        En,
        "Syria's influence in Lebanon waned after Rafiq Hariri's murder in 2005.",
    );
    // The act itself, with its agent, is still coded.
    expect(
        En,
        "Gunmen murdered Rafiq Hariri in Beirut.",
        "LBN",
        "LBN",
        &["18"],
    );
    // A country's possessive still names the agent of an attack.
    expect(
        En,
        "Israel's attack on Gaza killed 20 people.",
        "ISR",
        "PSE",
        &["19"],
    );
}

#[test]
fn indonesian_kota_x_is_the_english_x_city() {
    // "Kota Sadr" is Sadr City, in Iraq: the attacker is placed there.
    expect(
        Id,
        "Seorang penyerang bom bunuh diri menyerang sebuah pos pemeriksaan di Kota Sadr, menewaskan dua polisi.",
        "IRQ",
        "IRQ",
        &["19"],
    );
    // "Kota" before a name the gazetteer does not know places nothing.
    silent(
        Id,
        "Seorang penyerang bom bunuh diri menyerang sebuah pos pemeriksaan di Kota Zeitoun, menewaskan dua polisi.",
    );
}

#[test]
fn indonesian_reduplicated_plurals_are_their_word() {
    // "polisi-polisi", "pejabat-pejabat": plurals of agent words.
    expect(
        Id,
        "Polisi-polisi Irak menangkap pejabat-pejabat Iran di Basra.",
        "IRQCOP",
        "IRNGOV",
        &["17"],
    );
    // A plural event noun: "perundingan-perundingan" are talks.
    expect(
        Id,
        "Perundingan-perundingan antara Korea Utara dan Amerika Serikat dilanjutkan di Beijing.",
        "PRK",
        "USA",
        &["04"],
    );
    denied(
        Id,
        "Polisi-polisi Irak tidak menangkap pejabat-pejabat Iran di Basra.",
        "IRQCOP",
        "IRNGOV",
    );
    // A reduplicated word the dictionary lists keeps its own sense:
    // "mata-mata" are spies, not eyes.
    expect(
        Id,
        "Iran menuduh Inggris mengirim mata-mata ke Teheran.",
        "IRN",
        "GBR",
        &["11"],
    );
}

#[test]
fn indonesian_troops_sent_under_any_word_for_soldiers() {
    // "prajurit", "tentara", "serdadu" as well as "pasukan".
    expect(
        Id,
        "Jepang telah mengirimkan sekitar 550 prajurit non tempur ke Irak selatan.",
        "JPN",
        "IRQ",
        &["15"],
    );
    expect(
        Id,
        "Inggris menempatkan 7.000 tentara di Irak selatan.",
        "GBR",
        "IRQ",
        &["15"],
    );
    denied(
        Id,
        "Jepang tidak akan mengirimkan prajurit ke Irak.",
        "JPN",
        "IRQ",
    );
}

#[test]
fn indonesian_clitic_nya_keeps_the_word() {
    // "pasukannya" (its troops) is troops.
    expect(
        Id,
        "Australia, sekutu dekat AS, kini menempatkan sebanyak 1.400 pasukannya di Irak.",
        "AUS",
        "IRQ",
        &["15"],
    );
    denied(
        Id,
        "Australia tidak menempatkan pasukannya di Irak.",
        "AUS",
        "IRQ",
    );
    // "hanya" (only) is no form of a two-letter word.
    expect(
        Id,
        "Pasukan Israel hanya menembaki pejuang Hamas di Gaza.",
        "ISR",
        "PSE",
        &["19"],
    );
}

#[test]
fn a_region_named_with_its_country_sets_the_sentence_there() {
    // "di wilayah Kaukasus Utara Rusia": the bare titles are Russian.
    expect(
        Id,
        "Pemberontak menyerang sebuah pos polisi di wilayah Kaukasus Utara Rusia.",
        "RUSREB",
        "RUSCOP",
        &["19"],
    );
    // The region alone names no country: nothing to report.
    silent(
        Id,
        "Pemberontak menyerang sebuah pos polisi di wilayah Kaukasus Utara.",
    );
}

#[test]
fn indonesian_modifiers_after_an_agent_stay_in_its_phrase() {
    let victims = |text: &str, tgt: &str, negated: bool| {
        let events = code(Id, text);
        assert!(
            events.iter().any(|e| e.root == "19"
                && e.negated == negated
                && e.target.as_ref().is_some_and(|a| a.code.starts_with(tgt))),
            "expected {tgt} killed (negated: {negated}) in {text:?}\n got: {}",
            show(&events)
        );
    };
    // "pejabat kehakiman, pengacara dan polisi": the first member of the
    // list keeps its modifier, and the whole list are the dead.
    victims(
        "Pejabat kehakiman, pengacara dan polisi Irak tewas dalam ledakan di Baghdad.",
        "IRQGOV",
        false,
    );
    victims(
        "Pejabat kehakiman, pengacara dan polisi Irak tidak tewas dalam ledakan di Baghdad.",
        "IRQGOV",
        true,
    );
    // "pasukan tambahan Hamas": an organisation after the modifier is the
    // agent's, as a country is.
    victims(
        "Anggota pasukan tambahan Hamas tewas di Gaza.",
        "PSE",
        false,
    );
}

#[test]
fn indonesian_fighting_an_abstract_evil_is_no_attack() {
    // "memerangi terorisme": a policy, with no one attacked.
    silent(
        Id,
        "Pakistan tetap terikat komitmen dalam memerangi terorisme internasional dan ekstremisme.",
    );
    silent(
        Id,
        "Interpol membantu kepolisian Perancis memerangi kejahatan internasional.",
    );
    // Fighting armed people is still fighting.
    expect(
        Id,
        "Amerika Serikat terus memerangi pemberontak Taliban di Afganistan.",
        "USA",
        "AFG",
        &["19"],
    );
}

#[test]
fn indonesian_thanks_in_either_spelling() {
    // "terimakasih" written as one word is still thanks.
    expect(
        Id,
        "Presiden Filipina menyampaikan terimakasih kepada Jepang atas bantuannya.",
        "PHL",
        "JPN",
        &["05"],
    );
    denied(
        Id,
        "Presiden Filipina tidak menyampaikan terimakasih kepada Jepang atas bantuannya.",
        "PHL",
        "JPN",
    );
}

#[test]
fn english_request_reaches_over_a_long_title_to_its_infinitive() {
    // "asked <title and name> to ...": the capitalised name counts as one word
    // of the gap between "asked" and "to".
    expect(
        En,
        "Palestinian President Mahmoud Abbas asked US Secretary of State Condoleezza Rice Monday to pressure Israel.",
        "PSE",
        "USA",
        &["02"],
    );
    denied(
        En,
        "Palestinian President Mahmoud Abbas did not ask US Secretary of State Condoleezza Rice to pressure Israel.",
        "PSE",
        "USA",
    );
}

#[test]
fn english_dismissing_complaints_is_a_rejection_but_dismissing_a_minister_is_not() {
    expect(
        En,
        "Pakistan dismissed Iranian complaints that its border security was lax.",
        "PAK",
        "IRN",
        &["12"],
    );
    silent(
        En,
        "Pakistan's president dismissed the interior minister on Monday.",
    );
}

#[test]
fn a_statement_to_the_press_or_an_announced_fact_has_no_addressee() {
    // The news agency carries the statement; nobody is addressed.
    silent(
        Id,
        "Seorang pejabat AS mengatakan kepada AFP, tidak ada kerusakan berarti pada gedung kedutaan tersebut.",
    );
    silent(
        En,
        "Chinese Foreign Minister Li Zhaoxing told Reuters that the talks were useful.",
    );
    // Said to a party, it is a statement to that party.
    expect(
        Id,
        "Menteri Luar Negeri AS mengatakan kepada Menteri Luar Negeri China bahwa pertemuan itu penting.",
        "USA",
        "CHN",
        &["01"],
    );
    // "…, demikian diumumkan X": what was announced is no addressee of X.
    expect(
        Id,
        "Polisi Afghanistan menyita ratusan kilogram opium, demikian diumumkan Kementerian Dalam Negeri Afghanistan, Rabu.",
        "AFG",
        "AFG",
        &["17"],
    );
    let events = code(
        Id,
        "Polisi Afghanistan menyita ratusan kilogram opium, demikian diumumkan Kementerian Dalam Negeri Afghanistan, Rabu.",
    );
    assert!(
        events.iter().all(|e| !e.cameo.starts_with("01")),
        "an announcement names no addressee: {}",
        show(&events)
    );
}

#[test]
fn indonesian_agreeing_to_an_act_is_an_intent() {
    // "setuju/sepakat + verb" agrees to do the act (030), as English
    // "agreed to send"; the act itself is not reported as done.
    let text = "Jepang setuju mengirim pasukan penjaga perdamaian ke Sudan.";
    expect(Id, text, "JPN", "SDN", &["03"]);
    let events = code(Id, text);
    assert!(
        events.iter().all(|e| e.root == "03"),
        "the troops are only agreed to, not sent: {}",
        show(&events)
    );
    expect(
        Id,
        "Korea Utara sepakat untuk melanjutkan perundingan dengan Korea Selatan.",
        "PRK",
        "KOR",
        &["03"],
    );
    // Agreeing with someone's view is no intent to act.
    let events = code(
        Id,
        "Jepang setuju dengan pendapat Amerika Serikat soal Korea Utara.",
    );
    assert!(
        events.iter().all(|e| e.root != "03"),
        "a shared view is no agreement to act: {}",
        show(&events)
    );
}

#[test]
fn indonesian_akan_before_a_complement_verb_shares_its_object() {
    // "mengancam akan membunuh polisi": the one threatened is the object
    // of the act threatened, as English "threatened to kill police".
    expect(
        Id,
        "Al-Qaeda mengancam akan membunuh polisi Irak yang disandera.",
        "IMG",
        "IRQ",
        &["13"],
    );
    expect(
        Id,
        "Korea Utara berjanji akan memberikan informasi kepada Jepang.",
        "PRK",
        "JPN",
        &["03"],
    );
    // The speaker of an attribution after the threat is not its target.
    no_target(
        Id,
        "Al-Qaeda mengancam akan melancarkan serangan, kata polisi Irak.",
        "IRQ",
    );
}

#[test]
fn a_group_already_coded_rebel_takes_no_second_rebel_sector() {
    // "pejuang Hamas", "Hamas fighters": Hamas's code already says rebel
    // (PSEREBHMS), so the agent adds nothing.
    for (lang, text) in [
        (Id, "Pejuang Hamas menyerang pos militer Israel."),
        (En, "Hamas fighters attacked an Israeli army post."),
    ] {
        let events = code(lang, text);
        assert!(
            events
                .iter()
                .any(|e| e.source.as_ref().is_some_and(|a| a.code == "PSEREBHMS")),
            "expected source PSEREBHMS in {text:?}\n got: {}",
            show(&events)
        );
    }
    // A sector the group's code lacks is still added.
    let events = code(Id, "Pasukan Hamas menyerang pos militer Israel.");
    assert!(
        events
            .iter()
            .any(|e| e.source.as_ref().is_some_and(|a| a.code == "PSEREBHMSMIL")),
        "expected source PSEREBHMSMIL\n got: {}",
        show(&events)
    );
}

#[test]
fn indonesian_protesters_bombers_and_negotiators_are_actors() {
    // "pendemo", "pemrotes" are protesters (OPP) as "pengunjuk rasa" is.
    expect(
        Id,
        "Ratusan pendemo bentrok dengan polisi di Kathmandu.",
        "NPLOPP",
        "*",
        &["14", "19"],
    );
    denied(
        Id,
        "Ratusan pendemo tidak bentrok dengan polisi di Kathmandu.",
        "NPLOPP",
        "NPL",
    );
    // "pembom bunuh diri": a suicide bomber is an armed non-state actor.
    expect(
        Id,
        "Seorang pembom bunuh diri meledakkan diri di depan markas polisi di Kabul.",
        "AFGREB",
        "*",
        &["18"],
    );
    // "perunding nuklir tertinggi Korea Utara": a modifier and a glue word
    // between the agent and its country keep the phrase whole.
    expect(
        Id,
        "Kepala IAEA bertemu dengan perunding nuklir tertinggi Korea Utara di Wina.",
        "IGO",
        "PRKGOV",
        &["04"],
    );
}

#[test]
fn indonesian_sementara_after_a_comma_opens_a_clause() {
    // ", sementara Komisi Eropa menjanjikan…": "sementara" (while) after a
    // comma starts a clause whose subject is nobody's object.
    let text = "Perancis akan menawarkan pinjaman sebesar 500 juta euro, sementara Komisi Eropa telah menjanjikan 400 juta euro.";
    expect(Id, text, "IGOEUREEC", "", &["03"]);
    no_target(Id, text, "IGO");
    // Inside a phrase it still means "interim" and keeps the phrase whole.
    expect(
        Id,
        "Perdana Menteri sementara Irak bertemu dengan Presiden Iran di Teheran.",
        "IRQGOV",
        "IRNGOV",
        &["04"],
    );
}

#[test]
fn a_source_who_declines_to_be_named_rejects_nothing() {
    // "yang menolak disebutkan namanya", "who refused to be named": an
    // anonymous source, not a rejection.
    for (lang, text) in [
        (
            Id,
            "Itu tindakan terorisme, kata seorang pejabat keamanan Pakistan yang menolak disebutkan namanya kepada AFP.",
        ),
        (
            En,
            "It was an act of terrorism, said a Pakistani security official who refused to be named.",
        ),
    ] {
        let events = code(lang, text);
        assert!(
            events.iter().all(|e| e.root != "12"),
            "no rejection in {text:?}\n got: {}",
            show(&events)
        );
    }
    // Refusing a demand is still a rejection.
    expect(
        Id,
        "Pakistan menolak tuntutan India untuk menyerahkan para tersangka.",
        "PAK",
        "IND",
        &["12"],
    );
}

#[test]
fn english_stance_noun_owned_by_a_name_is_no_event() {
    // "Arab support for the demand": a singular name would take "supports"
    // as its verb, so "support" is a noun; with no actor it is for, no event.
    silent(En, "US support for its allies remains strong.");
    // A plural or coordinated subject takes "support" as its verb.
    expect(
        En,
        "Iran and Syria support Hezbollah.",
        "IRN",
        "LBN",
        &["05"],
    );
    // After a modal it is a verb too.
    expect(
        En,
        "The United States will support the Iraqi government.",
        "USA",
        "IRQGOV",
        &["05", "03"],
    );
}

#[test]
fn english_opposing_a_plan_or_mediation_rejects_it() {
    // "is opposed to": a stance its subject holds, not a passive.
    expect(
        En,
        "Israel is opposed to French mediation in the dispute.",
        "ISR",
        "*",
        &["12"],
    );
    expect(
        En,
        "Ivory Coast rebels opposed the peace plan.",
        "CIV",
        "*",
        &["12"],
    );
    // "as opposed to" only contrasts.
    silent(
        En,
        "Israel prefers quiet diplomacy as opposed to mediation.",
    );
}

#[test]
fn english_british_spellings_of_cancel() {
    expect(
        En,
        "A French minister has cancelled a planned visit to Haiti.",
        "FRA",
        "HTI",
        &["16"],
    );
    expect(
        En,
        "A French minister has canceled a planned visit to Haiti.",
        "FRA",
        "HTI",
        &["16"],
    );
    // A visit that is only planned is no sanction.
    expect(
        En,
        "A French minister has planned a visit to Haiti.",
        "FRA",
        "HTI",
        &["03", "04"],
    );
}

#[test]
fn english_agent_after_a_bracketed_abbreviation_takes_its_country() {
    expect(
        En,
        "Montenegro Municipality Association (AKK) officials demanded support from the Montenegro Assembly.",
        "MNE",
        "MNE",
        &["10"],
    );
    // Without the named body before the brackets the officials stay unknown.
    silent(En, "Officials (AKK) demanded support from the assembly.");
}

#[test]
fn english_a_country_before_language_names_a_language() {
    no_target(
        En,
        "The Latvian Constitutional Court cancelled restrictions on the use of the Russian language.",
        "RUS",
    );
    // A country before another noun is still an actor.
    expect(
        En,
        "Latvia lifted restrictions on Russian journalists.",
        "LVA",
        "RUS",
        &["08"],
    );
}

#[test]
fn english_completed_withdrawal_and_engaged_in_cleansing() {
    expect(
        En,
        "Bosnian Serb forces completed their withdrawal from Gorazde.",
        "BIH",
        "*",
        &["08"],
    );
    expect(
        En,
        "Serb forces were engaged in ethnic cleansing against the Albanian population.",
        "SRB",
        "ALB",
        &["20"],
    );
    // Completing something else is no retreat.
    silent(
        En,
        "Bosnian Serb forces completed their training in Gorazde.",
    );
}

#[test]
fn english_a_demand_voiced_by_a_protest_is_what_it_is_about() {
    // "rioted … demanding the removal of": one protest, not a protest and a demand.
    let text =
        "Egyptian demonstrators rioted in Cairo demanding the removal of President Hosni Mubarak.";
    expect(En, text, "EGY", "EGY", &["14"]);
    let events = code(En, text);
    assert!(
        events.iter().all(|e| e.root != "10"),
        "expected no demand in {text:?}\n got: {}",
        show(&events)
    );
    // "calling on X to": a demand addressed to someone stays.
    expect(
        En,
        "Opposition leaders protested in Cairo, calling on the Egyptians to boycott the referendum.",
        "EGY",
        "EGY",
        &["02"],
    );
    // An unknown name before "support" owns the noun too.
    silent(En, "The minister sought Arab support for the demand.");
}

#[test]
fn english_people_captured_are_detained() {
    expect(
        En,
        "Iran captured 15 British Navy personnel in the Gulf.",
        "IRN",
        "GBR",
        &["17"],
    );
    denied(
        En,
        "Iran did not capture British Navy personnel in the Gulf.",
        "IRN",
        "GBR",
    );
}

#[test]
fn english_the_west_bank_is_a_place_and_its_settlers_israeli() {
    // "the West Bank" is not "the West" (WST) followed by a word.
    no_target(
        En,
        "Hamas gunmen attacked Israeli soldiers in the West Bank.",
        "WST",
    );
    expect(
        En,
        "Hamas gunmen attacked Israeli soldiers in the West Bank.",
        "PSE",
        "ISR",
        &["19"],
    );
    // "the West" alone still names the region.
    expect(
        En,
        "Gunmen attacked the offices of the West in Kabul.",
        "AFG",
        "WST",
        &["19"],
    );
    // Jewish settlers are Israel's; setting fire to offices damages property.
    expect(
        En,
        "Jewish settlers in the West Bank set fire to Palestinian offices.",
        "ISR",
        "PSE",
        &["17"],
    );
    denied(
        En,
        "Jewish settlers in the West Bank did not set fire to Palestinian offices.",
        "ISR",
        "PSE",
    );
}

#[test]
fn english_a_people_of_another_country_are_its_residents() {
    // "the Albanians of southern Serbia" live in Serbia.
    expect(
        En,
        "The Albanians of southern Serbia are demanding autonomy from Serbian authorities.",
        "SRBCVL",
        "SRBGOV",
        &["10"],
    );
    // Their own country named after "of" changes nothing.
    expect(
        En,
        "The Albanians of Albania are demanding autonomy from Serbian authorities.",
        "ALB",
        "SRBGOV",
        &["10"],
    );
}

#[test]
fn indonesian_a_counterpart_from_a_country_is_that_country() {
    // "dengan mitra kerjanya dari Korea Selatan": talks with the South
    // Korean counterpart, as English "his South Korean counterpart" says.
    expect(
        Id,
        "Menteri Luar Negeri Jepang Taro Aso akan melakukan pembicaraan dengan mitra kerjanya dari Korea Selatan.",
        "JPN",
        "KOR",
        &["03", "04"],
    );
    expect(
        Id,
        "Menteri Luar Negeri Jepang Taro Aso bertemu dengan rekannya dari Korea Selatan di Tokyo.",
        "JPN",
        "KOR",
        &["04"],
    );
    denied(
        Id,
        "Menteri Luar Negeri Jepang Taro Aso tidak bertemu dengan rekannya dari Korea Selatan di Tokyo.",
        "JPN",
        "KOR",
    );
    // Without a counterpart, "dari" names where the minister came from,
    // not whom he met.
    expect(
        Id,
        "Menteri Luar Negeri Jepang Taro Aso bertemu dengan Presiden China setelah kembali dari Korea Selatan.",
        "JPN",
        "CHN",
        &["04"],
    );
    no_target(
        Id,
        "Menteri Luar Negeri Jepang Taro Aso bertemu dengan Presiden China setelah kembali dari Korea Selatan.",
        "KOR",
    );
}

#[test]
fn english_told_names_its_addressee_as_a_direct_object() {
    // "told X that …" is a statement to X, as "mengatakan kepada X" is.
    expect(
        En,
        "Chinese Vice Foreign Minister Wu Dawei told the leader of Japan's New Komeito party that China would accept the plan.",
        "CHNGOV",
        "JPN",
        &["01"],
    );
    expect(
        En,
        "The United States told Sudan's government that it must protect aid workers.",
        "USA",
        "SDNGOV",
        &["01"],
    );
    // Telling the press, a channel or a radio station addresses no party.
    silent(En, "Chinese officials told Reuters that Japan would help.");
    denied(
        En,
        "The United States did not tell Sudan's government that it must protect aid workers.",
        "USA",
        "SDNGOV",
    );
    no_event_from(
        En,
        "Bush has told the US channel that he will override Congress.",
        "USA",
        &["01"],
    );
    silent(
        En,
        "Japanese officials told state radio that the talks would resume.",
    );
}

#[test]
fn a_person_named_in_full_is_known_later_by_last_name() {
    // "Rice" alone is ambiguous, but not after "Condoleezza Rice" in the
    // same article, even where it opens a sentence.
    expect(
        En,
        "Condoleezza Rice arrived in Ramallah on Monday. Rice met Olmert in Jerusalem on Tuesday.",
        "USA",
        "ISR",
        &["04"],
    );
    expect(
        Id,
        "Menlu AS Condoleezza Rice tiba di Ramallah, Senin. Rice bertemu Olmert di Yerusalem, Selasa.",
        "USA",
        "ISR",
        &["04"],
    );
    // Without the full name earlier, a capitalised first word is no actor.
    no_event_from(
        En,
        "Rice met Olmert in Jerusalem on Tuesday.",
        "USA",
        &["04"],
    );
    no_event_from(
        Id,
        "Rice bertemu Olmert di Yerusalem, Selasa.",
        "USA",
        &["04"],
    );
}

#[test]
fn arriving_in_a_place_is_a_visit_to_its_country() {
    // A pattern that ends with its preposition ("arrived in", "tiba di")
    // takes the place after it as the one visited.
    expect(
        En,
        "Israeli Prime Minister Ehud Olmert arrived in Beijing on Tuesday.",
        "ISRGOV",
        "CHN",
        &["04"],
    );
    expect(
        Id,
        "Perdana Menteri Israel Ehud Olmert tiba di Beijing, Selasa.",
        "ISRGOV",
        "CHN",
        &["04"],
    );
    denied(
        En,
        "Israeli Prime Minister Ehud Olmert did not arrive in Beijing on Tuesday.",
        "ISRGOV",
        "CHN",
    );
    // A soldier captured by militants is their captive, not the captor.
    expect(
        En,
        "An Israeli soldier captured by Palestinian militants was released on Friday.",
        "PSE",
        "ISR",
        &["17", "18"],
    );
    no_event_from(
        En,
        "An Israeli soldier captured by Palestinian militants could be released soon.",
        "ISR",
        &["17"],
    );
}

#[test]
fn english_phrase_after_an_opening_prepositional_phrase_is_the_subject() {
    // The phrase after the opening phrase's comma runs on into its verb:
    // it is the subject, not an appositive of the name before the comma.
    expect(
        En,
        "With the signing of a Memorandum of Understanding on Cessation of Hostilities, the Sudanese government and SPLM/A have agreed to allow humanitarian access.",
        "SDN",
        "",
        &["03"],
    );
    // An appositive closed by its comma still names the person before it.
    let closed = "After meeting Ahmad Haroun, the Sudanese minister, Chad's president accused Sudan of arming rebels.";
    expect(En, closed, "TCDGOV", "SDN", &["11"]);
    no_event_from(En, closed, "SDN", &["11"]);
}

#[test]
fn english_singular_official_is_an_agent_only_as_a_noun() {
    // "official" heads its phrase after a determiner, a modifier or a name.
    expect(
        En,
        "A senior Israeli official accused Iran of arming Hezbollah.",
        "ISRGOV",
        "IRN",
        &["11"],
    );
    expect(
        En,
        "An official in Kabul accused Pakistan of sheltering militants.",
        "AFGGOV",
        "PAK",
        &["11"],
    );
    // Before a noun of its own it is an adjective, naming no one.
    silent(En, "The official visit was postponed again.");
    expect(
        En,
        "The official Iranian news agency accused Israel of spying.",
        "IRNMED",
        "ISR",
        &["11"],
    );
}

#[test]
fn english_infinitive_shares_the_plan_of_the_verb_it_completes() {
    // "will visit X and Y to mediate": the mediation is planned, not done.
    let planned =
        "Gambian President Dawda Jawara will visit Mauritania and Senegal to mediate in a border dispute.";
    expect(En, planned, "GMB", "MRT", &["03"]);
    no_event_from(En, planned, "GMB", &["04"]);
    // A visit made to mediate is a visit and a mediation.
    let done =
        "Gambian President Dawda Jawara visited Mauritania and Senegal to mediate in a border dispute.";
    expect(En, done, "GMB", "MRT", &["04"]);
    no_event_from(En, done, "GMB", &["03"]);
}

#[test]
fn arriving_in_a_place_visits_its_country() {
    // "tiba di X" and "arrived in X" are visits to X's country, as "ke X" is.
    expect(
        Id,
        "Perdana Menteri Israel Ehud Olmert tiba di Beijing, Selasa pagi.",
        "ISR",
        "CHN",
        &["04"],
    );
    expect(
        En,
        "Israeli Prime Minister Ehud Olmert arrived in Beijing on Tuesday morning.",
        "ISR",
        "CHN",
        &["04"],
    );
    // Any other meeting place is only where the meeting was.
    no_target(
        Id,
        "Menteri Luar Negeri Jepang bertemu dengan Presiden China di Seoul, Selasa.",
        "KOR",
    );
    expect(
        Id,
        "Menteri Luar Negeri Jepang bertemu dengan Presiden China di Seoul, Selasa.",
        "JPN",
        "CHN",
        &["04"],
    );
}

#[test]
fn indonesian_preposition_before_a_verb_governs_the_verb_not_its_object() {
    // "mendukung pemogokan umum untuk menggulingkan Presiden Conte": the
    // president is what the strike means to topple, not whom the
    // protesters support.
    let text =
        "Pengunjukrasa Guinea mendukung pemogokan umum untuk menggulingkan Presiden Lansana Conte.";
    expect(Id, text, "GINOPP", "", &["05"]);
    no_target(Id, text, "GINGOV");
}

#[test]
fn indonesian_mereka_after_a_coordinated_subject_is_all_of_it() {
    // "mereka" stands for both ministers, as English "they" does, even
    // after an opening place phrase.
    let text =
        "Di Ankara, Mottaki dan Gul, Selasa, juga mengatakan mereka telah membahas masalah Irak.";
    expect(Id, text, "IRN", "", &["04"]);
    expect(Id, text, "TUR", "", &["04"]);
    // A lone subject: "mereka" cannot add anyone.
    no_event_from(
        Id,
        "Di Ankara, Mottaki, Selasa, juga mengatakan mereka telah membahas masalah Irak.",
        "TUR",
        &["04"],
    );
}

#[test]
fn indonesian_scheduled_to_meet_keeps_its_subject_as_the_source() {
    // "dijadwalkan bertemu" is "scheduled to meet": the one scheduled meets,
    // unlike a true passive ("diundang oleh X") whose subject is acted upon.
    let text = "Menteri Luar Negeri Iran Manouchehr Mottaki dijadwalkan bertemu dengan Presiden Turki Ahmet Necdet Sezer di Istanbul, Rabu.";
    expect(Id, text, "IRN", "TUR", &["03"]);
    no_event_from(Id, text, "TUR", &["03"]);
}

#[test]
fn the_agency_spelling_seniora_is_lebanons_prime_minister() {
    // AFP and Antara spell Siniora "Seniora" in both languages.
    expect(
        Id,
        "Seniora telah menyeru Parlemen mengadakan sidang darurat guna membahas krisis politik di Lebanon.",
        "LBN",
        "LBNLEG",
        &["02"],
    );
    denied(
        Id,
        "Seniora tidak menyeru Parlemen mengadakan sidang darurat.",
        "LBN",
        "LBNLEG",
    );
}

#[test]
fn indonesian_relative_clause_after_a_demonstrative_belongs_to_the_head() {
    // "X itu, yang mengadakan pertemuan …": the head before the
    // demonstrative is the subject of the relative clause's verb.
    expect(
        Id,
        "Orang-orang Palestina itu, yang mengadakan pertemuan di Riyadh pada Senin malam, mengatakan mereka berharap perdamaian.",
        "PSE",
        "",
        &["04"],
    );
    // A common noun head ("bom itu, yang menewaskan …") is no actor, and
    // the speaker before it did not kill anyone.
    no_violence_from(
        Id,
        "Pasukan Israel mengatakan bom itu, yang menewaskan tiga warga Palestina, meledak di Gaza.",
        "ISR",
    );
}

#[test]
fn indonesian_verb_after_dan_shares_the_first_verbs_subject() {
    // "Sudan menolak …, dan mengatakan mendukung …": the second verb, after
    // "dan" and a statement verb, is Sudan's, not the last phrase's.
    expect(
        Id,
        "Sudan menolak permintaan Amerika Serikat untuk mengizinkan penempatan pasukan PBB, dan mengatakan mendukung pasukan Uni Eropa.",
        "SDN",
        "IGOEUREEC",
        &["05"],
    );
    // A verb in a relative clause ("serangan Hamas yang menewaskan …") is
    // not the speaker's: Israel does not capture its own soldiers.
    no_event_from(
        Id,
        "Israel mengecam serangan Hamas yang menewaskan tiga orang dan menangkap dua tentara Israel.",
        "ISR",
        &["17"],
    );
}

#[test]
fn english_the_two_before_an_actor_only_counts_it() {
    // "The two soldiers were killed": "the two" counts the soldiers, who are
    // the victims of an attack by someone unknown, not "both parties".
    expect(
        En,
        "The two soldiers were killed last night in the eastern district of Batticaloa.",
        "-",
        "MIL",
        &["19"],
    );
    // The victims are not the attackers.
    no_violence_from(En, "The two soldiers were killed on Monday.", "MIL");
}

#[test]
fn english_to_back_after_to_or_a_modal_is_support() {
    expect(
        En,
        "Ethiopia sent troops into Somalia last month to back the Somali government.",
        "ETH",
        "SOM",
        &["05"],
    );
    // "came back" is a return, not support.
    no_event_from(
        En,
        "Ethiopian troops came back to Somalia on Monday.",
        "ETH",
        &["05"],
    );
}

#[test]
fn english_democrats_and_republicans_are_parties() {
    // As Indonesian "partai Demokrat": the party of the country in context.
    let text = "On Saturday Bush urged the Democrats to pass their bill.";
    expect(En, text, "USA", "USAPTY", &["02"]);
    // The party is not the government it opposes.
    let events = code(En, text);
    assert!(
        !events
            .iter()
            .any(|e| e.target.as_ref().is_some_and(|a| a.code == "USAGOV")),
        "expected no appeal to the government in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn english_it_after_a_statement_is_the_speaker() {
    // "it" opening a reported clause stands for the country that spoke.
    expect(
        En,
        "Nigeria announced that it will withdraw its troops from Chad.",
        "NGA",
        "TCD",
        &["03"],
    );
    expect(
        En,
        "Iran said it had attacked the ship near Bahrain.",
        "IRN",
        "BHR",
        &["19"],
    );
    // Never a person: "it" after Blair's statement is no one.
    no_event_from(
        En,
        "Blair said it would be irresponsible to attack Iran.",
        "GBR",
        &["19"],
    );
    // Anywhere else "it" is a thing, not an actor.
    silent(
        En,
        "The bomb that it planted killed two policemen in Kabul.",
    );
}

#[test]
fn english_possessive_pronoun_gives_the_subjects_country() {
    // "its troops" are Israel's, not those of the place they fought in.
    expect(
        En,
        "Israel said its troops killed two militants in Gaza.",
        "ISRMIL",
        "PSE",
        &["19"],
    );
    // Only a subject opening the sentence owns them: Israel here is the
    // rebels' partner in talks.
    no_violence_from(
        En,
        "After talks with Israel, the rebels said their forces attacked Gaza.",
        "ISR",
    );
}

#[test]
fn a_conjunct_with_its_own_verb_after_comma_and_opens_a_clause() {
    // ", dan Uni Eropa mendukung": the EU is the subject of its own verb,
    // not a second object of the rejection, and the support is the EU's.
    let text = "Sudan menolak usul AS, dan Uni Eropa mendukung rencana Inggris.";
    expect(Id, text, "IGOEUREEC", "GBR", &["05"]);
    no_event_from(Id, text, "SDN", &["05"]);
    let events = code(Id, text);
    assert!(
        !events
            .iter()
            .any(|e| e.target.as_ref().is_some_and(|a| a.code == "IGOEUREEC")),
        "expected the EU not rejected in {text:?}\n got: {}",
        show(&events)
    );
    // "…menggulingkan Seniora, dan Perancis telah memperingatkan": only
    // France warns.
    let text = "Hizbullah berjuang untuk menggulingkan Seniora, dan Perancis telah memperingatkan para donor.";
    expect(Id, text, "FRA", "*", &["13"]);
    no_event_from(Id, text, "LBN", &["13"]);
    // A list before its verb stays one subject.
    expect(
        Id,
        "Kuartet -- AS, Uni Eropa, PBB, dan Rusia -- mendesak pemerintah Palestina untuk mengakui Israel.",
        "RUS",
        "PSE",
        &["02"],
    );
}

#[test]
fn a_time_set_off_by_commas_leaves_the_subject_of_an_event_noun() {
    // "Polisi Zimbabwe, Ahad, mengkonfirmasi penangkapan …": the day between
    // commas does not cut the police off from the arrest they confirm.
    expect(
        Id,
        "Polisi Zimbabwe, Ahad, mengkonfirmasi penangkapan sejumlah pendukung partai oposisi.",
        "ZWE",
        "*",
        &["17"],
    );
    // Commas around a clause that is not a time still do ("kata para saksi").
    no_event_from(
        Id,
        "Polisi Zimbabwe, kata para saksi, mengkonfirmasi penangkapan sejumlah pendukung partai oposisi.",
        "ZWE",
        &["17"],
    );
}

#[test]
fn indonesian_regime_victims_and_passengers_are_agents() {
    // "rejim" is the older spelling of "rezim" (regime): a government.
    expect(
        Id,
        "Oposisi Mesir menuduh rejim Mesir berusaha menghambat kebebasan dasar.",
        "EGY",
        "EGYGOV",
        &["11"],
    );
    // "penumpang" (passengers), like the English "passengers", are civilians.
    expect(
        Id,
        "Pembajak Sudan menyandera para penumpang Sudan di pesawat itu.",
        "SDN",
        "SDNCVL",
        &["18"],
    );
    // An agent word alone, with no country in the sentence, reports nothing.
    silent(Id, "Para korban tidak menuduh siapa pun.");
}

#[test]
fn english_that_before_a_subject_pronoun_opens_a_clause() {
    // "announced that it will send": "it" is the clause's own subject, so
    // "that" is a complementiser and the announcer is the one who sends.
    expect(
        En,
        "Nigeria announced that it will send troops to Chad.",
        "NGA",
        "TCD",
        &["15"],
    );
    // "the attack that killed": a relative "that" after a common noun still
    // gives the killing no actor from the main clause.
    no_violence_from(
        En,
        "Nigeria condemned the attack that killed three Chadian soldiers.",
        "NGA",
    );
}

#[test]
fn english_passive_subject_owned_by_an_actor_after_of_or_for() {
    // "A camp for Congolese refugees was attacked": the camp is the
    // refugees', so the attack is on them.
    expect(
        En,
        "A temporary camp for Congolese refugees was attacked by Burundian militiamen.",
        "BDI",
        "COD",
        &["19"],
    );
    // A speaker before the phrase is no attacker of it.
    no_violence_from(
        En,
        "Burundian officials said a camp for Congolese refugees was attacked.",
        "BDI",
    );
}

#[test]
fn english_word_after_any_possessive_is_a_noun() {
    // A country's possessive owns the noun: "Iran's talks with Russia".
    expect(
        En,
        "Iran's talks with Russia ended on Monday.",
        "IRN",
        "RUS",
        &["04"],
    );
    // "last week's arrest of activists": a noun whose agent is not named,
    // not an arrest by the parties that protest it.
    no_event_from(
        En,
        "Seven opposition parties in Nepal organized a general strike over last week's arrest of activists.",
        "NPL",
        &["17"],
    );
}

#[test]
fn english_phrase_after_a_reduced_relative_is_not_the_verbs_object() {
    // "techniques used against Palestinian detainees": the detainees belong
    // to "used", the hearing has no target.
    let text = "Israel's high court opened a hearing into the legality of interrogation techniques used against Palestinian detainees.";
    expect(En, text, "ISR", "", &["09"]);
    let events = code(En, text);
    assert!(
        !events
            .iter()
            .any(|e| e.target.as_ref().is_some_and(|a| a.code.starts_with("PSE"))),
        "expected no event against the detainees in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn the_islamic_salvation_front_is_algerian() {
    // An Algerian party, not a transnational group: lifting its ban is an
    // Algerian act towards Algerians.
    expect(
        En,
        "President Abdelaziz Bouteflika said he is prepared to lift the ban on the Islamic Salvation Front.",
        "DZA",
        "DZA",
        &["03"],
    );
    // Its own acts are Algerian too, never transnational.
    expect(
        En,
        "The Islamic Salvation Front accused the government of fraud.",
        "DZAOPP",
        "*",
        &["11"],
    );
    no_event_from(
        En,
        "The Islamic Salvation Front accused the government of fraud.",
        "INT",
        &["11"],
    );
}

#[test]
fn a_relative_clause_after_a_thing_keeps_its_infinitives() {
    // What the resolution aims to do is not done by the one who supports it.
    let text = "Hungary will support a resolution that aims to tighten sanctions and impose a naval blockade against Serbia.";
    expect(En, text, "HUN", "*", &["03"]);
    no_event_from(En, text, "HUN", &["13", "16", "19"]);
    // An actor's own coordinated verbs still share its subject.
    expect(
        En,
        "Israeli troops raided Jenin and arrested two militants.",
        "ISR",
        "*",
        &["17"],
    );
}

#[test]
fn english_as_after_a_role_participle_names_a_role() {
    // The commandos killed; "as Palestinians" is their disguise.
    let text =
        "Israeli commandos disguised as Palestinians killed an Islamic Jihad commander in Jenin.";
    expect(En, text, "ISR", "PSE", &["19"]);
    no_violence_from(En, text, "PSE");
    // After a finite verb "as" still opens a clause with its own subject.
    expect(
        En,
        "A soldier was killed as Israeli troops stormed the camp in Jenin.",
        "ISR",
        "*",
        &["19"],
    );
}

#[test]
fn english_pressuring_and_pushing_for_are_demands() {
    expect(
        En,
        "Washington has been pressuring Pakistan to crack down on militants.",
        "USA",
        "PAK",
        &["10"],
    );
    expect(
        En,
        "Britain is pushing hard for new talks with Iran.",
        "GBR",
        "*",
        &["10"],
    );
    // The noun "pressure" names a state the subject is under, not its act.
    no_event_from(
        En,
        "Pakistan is under US pressure to boost operations against militants.",
        "PAK",
        &["10"],
    );
}

#[test]
fn youths_are_civilians_of_their_country() {
    expect(
        En,
        "Palestinian youths threw stones at Israeli soldiers in Hebron.",
        "PSECVL",
        "ISR",
        &["14"],
    );
    expect(
        Id,
        "Para pemuda Palestina melempari tentara Israel dengan batu di Hebron.",
        "PSECVL",
        "ISR",
        &["14"],
    );
    // As the ones acted on they are civilians too, not the country itself.
    expect(
        En,
        "Israeli soldiers shot two Palestinian youths in Hebron.",
        "ISR",
        "PSECVL",
        &["18", "19"],
    );
    silent(En, "The youths played football in a park in Hebron.");
}

#[test]
fn the_ira_is_a_british_rebel_group() {
    // The IRA fought in Northern Ireland, part of the United Kingdom.
    expect(
        En,
        "The IRA killed two British soldiers in a bomb attack in Belfast.",
        "GBRREB",
        "GBR",
        &["18", "19"],
    );
    expect(
        En,
        "Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday, police said.",
        "GBRREB",
        "GBR",
        &["18", "19"],
    );
    // The Irish state is still Ireland.
    expect(
        En,
        "The Irish government welcomed the ceasefire.",
        "IRL",
        "*",
        &["03", "05"],
    );
    no_event_from(
        En,
        "The Irish government welcomed the ceasefire.",
        "GBR",
        &["03", "05"],
    );
}

#[test]
fn the_arab_summit_is_the_arab_league() {
    expect(
        En,
        "Jordan's King Abdullah II urged the upcoming Arab summit conference in Riyadh to adopt practical steps.",
        "JOR",
        "IGOMEAARL",
        &["02"],
    );
    expect(
        Id,
        "Raja Yordania Abdullah II mendesak KTT Arab di Riyadh untuk mengambil langkah praktis.",
        "JOR",
        "IGOMEAARL",
        &["02"],
    );
    // A summit without "Arab" names no one.
    expect(
        En,
        "Jordan's King Abdullah II urged the upcoming summit in Riyadh to adopt practical steps.",
        "JOR",
        "",
        &["02"],
    );
}

#[test]
fn indonesian_bare_verbs_english_does_not_code_stay_silent() {
    // "mengusulkan" (propose), "menghormati" (respect): English codes no
    // bare "propose" or "respect" either, so neither language reports an
    // event ("memerangi terorisme" is dropped as fighting an abstract evil).
    silent(
        Id,
        "Amerika Serikat akan terus memerangi terorisme di seluruh dunia.",
    );
    silent(
        Id,
        "Menteri Luar Negeri Korea Selatan mengusulkan pembentukan operasi penyelamatan bersama.",
    );
    silent(
        Id,
        "Pemerintah Jepang menghormati keputusan pengadilan itu.",
    );
    // A war actually fought is still one ("which Israel fought").
    expect(
        Id,
        "Ia merujuk kepada Hizbullah di Lebanon, yang diperangi Israel tahun lalu.",
        "ISR",
        "*",
        &["19"],
    );
}

#[test]
fn indonesian_verbs_english_codes_too() {
    // "mengesampingkan" alone is "ruled out" / "brushed aside" (120).
    expect(
        Id,
        "Haniyah mengesampingkan tuntutan AS agar HAMAS mengakui Israel.",
        "PSE",
        "USA",
        &["12"],
    );
    // "dukungan" is "support" as English codes the noun.
    expect(
        Id,
        "Abe menegaskan kembali dukungannya kepada kebijakan AS.",
        "JPN",
        "USA",
        &["05"],
    );
    // Support with nobody giving it is no event.
    silent(Id, "Dukungan publik terhadap rencana itu terus menurun.");
}

#[test]
fn indonesian_possessive_clitic_belongs_to_the_subject() {
    // "Partai Buruhnya" is Rudd's party (his Labor Party), Australian, not
    // of the country where the troops are.
    let text = "Rudd mengatakan, Partai Buruhnya tidak akan mendukung penambahan jumlah tentara Australia di Irak.";
    expect(Id, text, "AUS", "AUS", &["12"]);
    no_event_from(Id, text, "IRQ", &["12"]);
}

#[test]
fn indonesian_verb_after_an_event_nouns_verb_shares_its_subject() {
    // The bomb killed the soldier and wounded two others: the soldier
    // wounded nobody.
    no_event_from(
        Id,
        "Sebuah bom pinggir jalan meledak menewaskan seorang tentara Amerika Serikat dan melukai dua orang lainnya di Baghdad.",
        "USA",
        &["18"],
    );
    // An actor's own coordinated verbs still share its subject.
    expect(
        Id,
        "Pasukan Israel menyerbu kamp Jenin dan melukai dua warga Palestina.",
        "ISR",
        "PSE",
        &["18"],
    );
}

#[test]
fn indonesian_speaker_after_the_statement_addresses_kepada() {
    // ", kata Olmert kepada kabinetnya": told his cabinet.
    expect(
        Id,
        "Proses perdamaian berjalan baik, kata Olmert kepada kabinetnya, Ahad.",
        "ISR",
        "ISR",
        &["01"],
    );
    // Told the press: no one addressed.
    silent(
        Id,
        "Proses perdamaian berjalan baik, kata Olmert kepada wartawan, Ahad.",
    );
}

#[test]
fn indonesian_event_noun_destination_is_its_target() {
    // "kunjungan X ke Pakistan": a visit to Pakistan.
    expect(
        Id,
        "Kunjungan Perdana Menteri India ke Pakistan berlangsung pekan lalu.",
        "IND",
        "PAK",
        &["04"],
    );
    // Not a destination inside a relative clause after the noun.
    no_target(
        Id,
        "Polisi Spanyol mengumumkan penangkapan sejumlah muslim yang dituduh mengirim aktivis ke Irak.",
        "IRQ",
    );
}

#[test]
fn indonesian_ignoring_alone_is_no_rejection() {
    // Ignoring facts is no event (English codes only "ignore calls").
    silent(Id, "Pemerintah Jepang mengabaikan spekulasi media.");
    // Ignoring an appeal defies it.
    expect(
        Id,
        "Iran mengabaikan seruan Dewan Keamanan PBB untuk menghentikan pengayaan uranium.",
        "IRN",
        "*",
        &["12"],
    );
}

#[test]
fn a_sports_word_hides_no_act_of_the_state() {
    // The arrest is political though the offence was a football tournament.
    expect(
        En,
        "Kenyan police arrested 40 opposition supporters after a football tournament in Nairobi.",
        "KEN",
        "*",
        &["17"],
    );
    // A team's win in a tournament is still no event.
    silent(
        En,
        "Brazil defeated Argentina in the final of the football tournament in Paris.",
    );
}

#[test]
fn a_quantity_in_a_pattern_gap_counts_as_one_word() {
    // "nearly 25,000 tons of" is the amount of the aid, not words between
    // the verb and its object.
    expect(
        En,
        "Japan provided nearly 25,000 tons of emergency food aid to Sudan.",
        "JPN",
        "SDN",
        &["07"],
    );
    // Four plain words still break the pattern.
    no_event_from(
        En,
        "Japan provided its own officials with the means to study aid programmes.",
        "JPN",
        &["07"],
    );
}

#[test]
fn defending_countries_against_criticism_is_verbal_support() {
    // Coordinated names in a pattern's gap count as one name.
    let text = "The Russian foreign minister defended Iran and Syria on Monday against Western criticism of their nuclear programmes.";
    expect(En, text, "RUS", "IRN", &["05"]);
    expect(En, text, "RUS", "SYR", &["05"]);
    // Defending a town against an attack is no verbal support.
    no_event_from(
        En,
        "Russian troops defended the town against a rebel attack on Monday.",
        "RUS",
        &["05"],
    );
}

#[test]
fn a_time_before_that_clause_leaves_the_statement_verb_active() {
    // "on Friday" before "that it would …": "warned" has a clause as its
    // object, it is no reduced passive.
    expect(
        En,
        "Russia warned on Friday that it would veto the resolution.",
        "RUS",
        "",
        &["13"],
    );
    // A participle after a noun with a time and the clause's own verb is
    // still a reduced passive.
    silent(En, "A man arrested on Monday will appear in court.");
}

#[test]
fn an_act_undergone_has_its_subject_as_target() {
    // "mendapat serangan dari", "came under attack from", "faced criticism
    // from": the subject is attacked or criticised, the agent follows.
    expect(
        Id,
        "Pasukan Uganda mendapat serangan dari gerilyawan Somalia.",
        "SOMREB",
        "UGAMIL",
        &["19"],
    );
    expect(
        Id,
        "Pemerintah Iran mendapat kecaman dari Amerika Serikat.",
        "USA",
        "IRNGOV",
        &["11"],
    );
    expect(
        En,
        "Ugandan troops came under attack from Somali rebels.",
        "SOMREB",
        "UGAMIL",
        &["19"],
    );
    expect(
        En,
        "Iran faced criticism from the United States.",
        "USA",
        "IRN",
        &["11"],
    );
    // With no agent named, the one who underwent it did not act.
    no_event_from(
        Id,
        "Pakistan mengalami serangan bunuh diri.",
        "PAK",
        &["18", "19"],
    );
    no_event_from(En, "Bush faced criticism on Monday.", "USA", &["11"]);
}

#[test]
fn a_death_in_a_disaster_or_illness_is_no_attack() {
    // "tewas" alone is a killing undergone; a disaster or illness named
    // next to it is not.
    expect(
        Id,
        "Seorang prajurit AS lainnya tewas di Baghdad, Senin.",
        "-",
        "USAMIL",
        &["19"],
    );
    silent(
        Id,
        "Korban di Enterprise tewas ketika angin puting beliung menghantam sekolah.",
    );
    silent(Id, "Tiga orang tewas dalam kebakaran di pasar Jakarta.");
    silent(
        En,
        "Three people were killed in a blaze at a Jakarta market.",
    );
}

#[test]
fn a_count_of_the_dead_is_a_tally_in_both_languages() {
    // "the number of ISAF soldiers killed", "jumlah prajurit ISAF yang
    // tewas": a tally of earlier deaths, not a killing reported now.
    silent(
        En,
        "The latest casualties brought to seven the number of ISAF soldiers killed on Sunday.",
    );
    silent(
        Id,
        "Dengan kematian itu, jumlah prajurit ISAF yang tewas di Afghanistan hari Minggu menjadi tujuh orang.",
    );
}

#[test]
fn an_agent_with_no_name_of_its_own_is_a_member_of_the_list() {
    // "Sudan and rebel groups": the rebels are a second party, not the
    // title of Sudan.
    let events = code(
        En,
        "Sudan and rebel groups agreed to a ceasefire in Darfur on Tuesday.",
    );
    assert!(
        events
            .iter()
            .any(|e| e.source.as_ref().is_some_and(|a| a.code == "SDN") && e.root == "08"),
        "expected SDN -08-> in {}",
        show(&events)
    );
    // A title written once after the last name still goes with every name.
    let both = "Indian and Pakistani officials agreed to a ceasefire in Kashmir on Tuesday.";
    expect(En, both, "INDGOV", "*", &["08"]);
    expect(En, both, "PAKGOV", "*", &["08"]);
}

#[test]
fn a_participle_with_no_object_after_its_noun_is_passive() {
    // Freed, released, accused with nothing after them: the noun before
    // undergoes the act, it does not do it.
    no_event_from(
        En,
        "Hamas said in a statement released in Gaza on Monday that the talks had failed.",
        "PSE",
        &["08"],
    );
    no_event_from(
        En,
        "Taliban militants beheaded a man accused of spying for US forces.",
        "",
        &["11"],
    );
    no_event_from(
        En,
        "Canada has lobbied for the prisoner to be charged or released.",
        "CAN",
        &["08"],
    );
    no_event_from(
        En,
        "An Iranian diplomat has said he was tortured after being kidnapped in Iraq.",
        "IRN",
        &["18"],
    );
    // With an object, or with its agent after "by", the act keeps its doer.
    expect(
        En,
        "Iraqi police released two journalists on Monday.",
        "IRQ",
        "*",
        &["08"],
    );
    expect(
        En,
        "The Pakistani army killed around 10 militants in an airstrike on Monday.",
        "PAK",
        "*",
        &["19", "18"],
    );
}

#[test]
fn soldiers_who_died_were_attacked_anyone_else_just_died() {
    // "died" with no attack named: a violent death when the dead are
    // soldiers or police (as Indonesian "tewas").
    expect(
        En,
        "Five Iraqi policemen died and three were wounded in Mosul on Sunday.",
        "-",
        "IRQCOP",
        &["19"],
    );
    // Anyone else may have died of anything.
    silent(
        En,
        "Thirteen Egyptians have died of bird flu since the first outbreak.",
    );
    let events = code(
        En,
        "Former Chilean president Augusto Pinochet died on Sunday.",
    );
    assert!(
        !events.iter().any(|e| e.root == "19"),
        "expected no attack in {}",
        show(&events)
    );
}

#[test]
fn sailors_are_military() {
    // Sailors are navy personnel: "British sailors" is GBRMIL, and the
    // marines listed with them are not given the captor's country.
    expect(
        En,
        "Iran seized 15 British sailors in the Gulf on Friday.",
        "IRN",
        "GBRMIL",
        &["17"],
    );
    // Being sailors is no event.
    silent(En, "The sailors were singing on the deck of their ship.");
}

#[test]
fn a_compass_point_of_a_place_sets_the_event_there() {
    // "south of Baghdad" places the event in Iraq: the bare police are Iraq's.
    expect(
        En,
        "Police arrested three gunmen south of Baghdad on Monday.",
        "IRQCOP",
        "*",
        &["17"],
    );
    // A place is no event.
    silent(En, "The town lies about 40 kilometres south of Baghdad.");
}

#[test]
fn outside_a_place_is_a_location() {
    // "outside Baghdad" sets the event in Iraq, like "in Baghdad".
    expect(
        En,
        "Police arrested two suspected militants outside Baghdad on Monday.",
        "IRQCOP",
        "*",
        &["17"],
    );
    // A place is no event.
    silent(En, "Bird flu cases outside Asia remain rare.");
}

#[test]
fn indonesian_relative_clause_subject_is_the_head_before_yang() {
    // "pejabat AS yang mempertanyakan…": the officials question, though
    // they are the object of the verb before.
    expect(
        Id,
        "Perdana Menteri Turki Tayyip Erdogan mencaci pejabat AS yang mempertanyakan rencana itu.",
        "USA",
        "",
        &["11"],
    );
    // A place after a preposition heads no relative clause: the bombing
    // killed, not Madrid.
    no_event_from(
        Id,
        "Sedikitnya 29 orang diadili dalam kasus pemboman kereta di Madrid itu, yang menewaskan 191 orang.",
        "ESP",
        &["19"],
    );
}

#[test]
fn indonesian_backed_noun_phrase_is_no_support_event() {
    // "pemerintah dukungan AS" is the US-backed government: a description,
    // no act of support (by the government or by the US).
    let text =
        "Pejuang Taliban melancarkan pemberontakan melawan pemerintah dukungan Amerika Serikat.";
    no_event_from(Id, text, "AFG", &["05"]);
    no_event_from(Id, text, "USA", &["05"]);
    // After a verb the noun is the subject's support.
    expect(
        Id,
        "Jordania menunjukkan dukungan kepada pemerintah Irak.",
        "JOR",
        "IRQ",
        &["05"],
    );
}

#[test]
fn arabic_name_particle_in_lower_case_still_names_the_actor() {
    // "al-Qaeda", "al-Maliki": the particle is written in lower case but
    // the name is still a name, in both languages.
    expect(
        En,
        "Jordanian security forces killed a suspected member of al-Qaeda.",
        "JOR",
        "IMG",
        &["19"],
    );
    expect(
        Id,
        "Pasukan Yordania membunuh seorang anggota al-Qaeda.",
        "JOR",
        "IMG",
        &["19"],
    );
}

#[test]
fn a_coordinated_participle_of_another_kind_is_an_act_of_its_own() {
    // "…, killing two policemen and wounding 17 others": the wounding is
    // coded beside the attack, as Indonesian "… dan melukai 17 lainnya" is.
    for (lang, text) in [
        (En, "Taliban fighters stormed a police post in Helmand, killing two policemen and wounding 17 others."),
        (Id, "Pejuang Taliban menyerbu pos polisi di Helmand, menewaskan dua polisi dan melukai 17 lainnya."),
    ] {
        expect(lang, text, "AFG", "*", &["18"]);
        expect(lang, text, "AFG", "*", &["19"]);
    }
    // A participle after a comma still continues the attack before it: one
    // assault, not two.
    let events = code(
        En,
        "Taliban fighters stormed a police post in Helmand, killing two policemen.",
    );
    assert_eq!(
        events.iter().filter(|e| e.root == "19").count(),
        1,
        "{}",
        show(&events)
    );
}

#[test]
fn a_count_in_words_of_more_wounded_shares_the_victims_before_it() {
    // "three were wounded", "tiga orang terluka": a count written as a
    // word is more of the same victims, as "20 were wounded" is.
    for (lang, text) in [
        (En, "Five policemen died and three were wounded in a firefight with gunmen in Mosul."),
        (Id, "Lima polisi tewas dan tiga orang terluka dalam baku tembak dengan pria bersenjata di Mosul."),
    ] {
        expect(lang, text, "-", "IRQCOP", &["18"]);
    }
}

#[test]
fn a_province_places_the_event_in_its_country() {
    // Provinces and states are places in both languages: the event is
    // located there, and a domestic act with no named target is aimed at
    // the province's country.
    for (lang, text, country) in [
        (
            En,
            "Taliban fighters attacked a police post in Helmand province on Sunday.",
            "AFG",
        ),
        (
            Id,
            "Gerilyawan menyerang pos polisi di provinsi Diyala, Minggu.",
            "IRQ",
        ),
        (En, "Police in Zhejiang arrested 20 protesters.", "CHN"),
    ] {
        let events = code(lang, text);
        assert!(
            events.iter().any(|e| e
                .location
                .as_ref()
                .is_some_and(|l| l.country.as_deref() == Some(country))),
            "expected an event located in {country} in {text:?}: {}",
            show(&events)
        );
    }
    // A province named like a surname is left out of the gazetteer:
    // "President Duarte" is a person, not the Dominican province.
    let events = code(En, "Troops attacked the house of President Duarte.");
    assert!(
        events.iter().all(|e| e
            .location
            .as_ref()
            .is_none_or(|l| l.country.as_deref() != Some("DOM"))),
        "{}",
        show(&events)
    );
}

#[test]
fn indonesian_subjectless_verb_after_a_comma_continues_the_attack() {
    // ", menewaskan 60 orang dan mencederai …" continues the bombing, as
    // English ", killing 60 and wounding …": one event, not three.
    let text = "Pada November 2005, tiga penyerang bom bunuh diri Irak meledakkan diri mereka di tiga hotel Amman, menewaskan 60 orang dan mencederai lebih dari 90 orang.";
    expect(Id, text, "IRQ", "*", &["18"]);
    no_event_from(Id, text, "IRQ", &["19"]);
    // A verb with a subject of its own is an event of its own.
    expect(
        Id,
        "Tiga penyerang bom bunuh diri Irak meledakkan diri mereka di Amman, dan polisi Yordania kemudian menangkap dua tersangka.",
        "JORCOP",
        "*",
        &["17"],
    );
}

#[test]
fn indonesian_hope_to_act_oneself_is_no_appeal() {
    // "berharap akan mengadakan pertemuan": a plan of one's own, asked of
    // no one.
    no_event_from(
        Id,
        "Perdana Menteri Israel Ehud Olmert mengatakan bahwa dia berharap akan mengadakan pertemuan dengan Presiden Palestina Mahmud Abbas.",
        "ISR",
        &["02"],
    );
    // A hope that someone else acts stays an appeal.
    expect(
        Id,
        "Presiden Hu berharap Rusia mendukung rencana China.",
        "CHN",
        "RUS",
        &["02"],
    );
}

#[test]
fn indonesian_time_phrase_between_yang_and_its_verb() {
    // "Kyuma, yang pada bulan lalu mengecam…": Kyuma criticised, not the
    // subject of the main clause.
    let text = "Cheney tidak akan bertemu dengan Menteri Pertahanan Jepang Fumio Kyuma, yang pada bulan lalu mengecam keputusan AS.";
    expect(Id, text, "JPNGOV", "USA", &["11"]);
    no_event_from(Id, text, "USAGOV", &["11"]);
}

#[test]
fn indonesian_place_left_is_no_party() {
    // "meninggalkan Beijing untuk melakukan kunjungan": Hu visits, not
    // the city he left.
    let text = "Presiden China Hu Jintao meninggalkan Beijing pada Senin untuk melakukan kunjungan ke Rusia.";
    expect(Id, text, "CHNGOV", "RUS", &["04"]);
    let events = code(Id, text);
    assert!(
        !events
            .iter()
            .any(|e| e.source.as_ref().is_some_and(|a| a.code == "CHN")),
        "the city left is no source: {}",
        show(&events)
    );
}

#[test]
fn indonesian_opinion_poll_reports_no_acts_of_the_public() {
    silent(
        Id,
        "Jajak pendapat itu menunjukkan 81 persen rakyat Jepang mendukung sikap Abe.",
    );
    // Outside a poll, the public's support is coded.
    expect(
        Id,
        "Rakyat Jepang mendukung sikap Abe.",
        "JPN",
        "JPN",
        &["05"],
    );
}

#[test]
fn indonesian_expected_event_is_an_intent() {
    // "diperkirakan membahas" (is expected to discuss), as English "is
    // expected to": an intent to meet, not a meeting.
    expect(
        Id,
        "Wakil Presiden AS Dick Cheney diperkirakan membahas masalah Irak dengan Perdana Menteri Jepang Shinzo Abe.",
        "USAGOV",
        "JPNGOV",
        &["03"],
    );
    expect(
        Id,
        "Wakil Presiden AS Dick Cheney membahas masalah Irak dengan Perdana Menteri Jepang Shinzo Abe.",
        "USAGOV",
        "JPNGOV",
        &["04"],
    );
}

#[test]
fn indonesian_deployments_operations_and_warrants() {
    // "menggelar 80.000 prajurit": troops deployed.
    expect(
        Id,
        "Pakistan telah menggelar sebanyak 80.000 prajurit di perbatasan.",
        "PAK",
        "*",
        &["15"],
    );
    // "menggelar pameran": an exhibition is no deployment.
    silent(Id, "Pakistan menggelar pameran dagang di Karachi.");
    // "mengeluarkan surat perintah penahanan bagi X": an arrest warrant.
    expect(
        Id,
        "Seorang hakim Argentina mengeluarkan sebuah surat perintah penahanan bagi mantan Presiden Isabel Peron.",
        "ARG",
        "*",
        &["17"],
    );
    // "meluncurkan operasi": an operation launched.
    expect(
        Id,
        "Israel menyatakan, mereka meluncurkan operasi itu Minggu pagi.",
        "ISR",
        "*",
        &["19"],
    );
}

#[test]
fn indonesian_urgent_is_no_appeal() {
    // "lebih mendesak" is "more urgent", an adjective.
    silent(
        Id,
        "Masalah nuklir Iran menjadi lebih mendesak bagi Amerika Serikat.",
    );
    // The verb still appeals.
    expect(
        Id,
        "Iran mendesak Amerika Serikat menarik pasukannya.",
        "IRN",
        "USA",
        &["02"],
    );
}

#[test]
fn indonesian_visit_destination_past_a_time_phrase() {
    // "kunjungan pertama pejabat senior AS selama satu dasawarsa terakhir
    // ke Somalia": the destination is the target.
    expect(
        Id,
        "Ini adalah kunjungan pertama pejabat senior AS selama satu dasawarsa terakhir ke Somalia.",
        "USAGOV",
        "SOM",
        &["04"],
    );
    // Not across a comma into another clause.
    let events = code(
        Id,
        "Kunjungan pejabat senior AS itu dibatalkan, dan Somalia mengecam keputusan tersebut.",
    );
    assert!(
        !events.iter().any(|e| e.root == "04"
            && e.target.as_ref().is_some_and(|a| a.code.starts_with("SOM"))),
        "no visit to Somalia: {}",
        show(&events)
    );
}

#[test]
fn indonesian_backed_by_and_insisting_are_no_events() {
    // "pemerintah Somalia yang didukung Ethiopia": the Ethiopian-backed
    // government, a description.
    no_event_from(
        Id,
        "Pasukan pemerintah Somalia yang didukung Ethiopia merebut Mogadishu.",
        "ETH",
        &["05"],
    );
    expect(
        Id,
        "Ethiopia mendukung pemerintah Somalia.",
        "ETH",
        "SOM",
        &["05"],
    );
    // "memaksa untuk membicarakan": insisting, no coercion.
    no_event_from(
        Id,
        "Korea Utara memaksa untuk membicarakan sanksi keuangan.",
        "PRK",
        &["17"],
    );
    expect(
        Id,
        "Amerika Serikat memaksa Korea Utara untuk menutup reaktor nuklirnya.",
        "USA",
        "PRK",
        &["17"],
    );
}

#[test]
fn english_partitive_and_reported_passive_victims() {
    // "Four of the Americans": a count before "of" makes the phrase the
    // subject; the agentless killing is coded against them.
    expect(
        En,
        "Four of the Americans were killed in a roadside bombing.",
        "-",
        "USA",
        &["19"],
    );
    // "were reported killed": a participle of reporting keeps the passive.
    expect(
        En,
        "Eight suspected rebels were reported killed in clashes on Saturday.",
        "-",
        "REB",
        &["19"],
    );
    // "service members" are the military.
    expect(
        En,
        "Saturday was the deadliest day this year, with 25 US service members killed across the country.",
        "-",
        "USAMIL",
        &["19"],
    );
    // "None of" is no count of victims; "reported missing" is no killing.
    silent(En, "None of the Americans were killed in the bombing.");
    silent(
        En,
        "Eight suspected rebels were reported missing after clashes on Saturday.",
    );
}

#[test]
fn english_joined_victims_and_foreigners() {
    // "X and two other Ys were wounded": both phrases are the victims.
    let text = "An American civilian and two other foreigners were wounded on Monday.";
    expect(En, text, "-", "USA", &["18"]);
    expect(En, text, "-", "CVL", &["18"]);
    // Foreigners are civilians where they are.
    expect(
        En,
        "Three foreigners were reported kidnapped in Nigeria.",
        "-",
        "NGA",
        &["18"],
    );
    // Unknown individuals are unidentified forces.
    expect(
        En,
        "The three had been abducted by unknown individuals in Nablus.",
        "PSEUAF",
        "*",
        &["18"],
    );
    // Missing is no attack.
    silent(En, "Three foreigners were reported missing in Nigeria.");
}

#[test]
fn english_relative_after_an_auxiliary_and_at_least() {
    // "the violence which has killed": the relative's subject is the
    // violence, not the actor of the main clause.
    no_event_from(
        En,
        "Bush wants to end the violence which has killed more than 3,000 US troops in Iraq.",
        "USA",
        &["19"],
    );
    expect(
        En,
        "Bush has killed more than 3,000 US troops in Iraq.",
        "USA",
        "USAMIL",
        &["19"],
    );
    // "at least eight Taliban": no preposition governs the victims.
    expect(
        En,
        "At least eight Taliban were killed in fighting in Helmand.",
        "-",
        "AFGREB",
        &["19"],
    );
    // Victims are never the news agency that reports them.
    no_event_from(
        En,
        "The Pakistan-based news agency reported that at least eight Taliban had been killed.",
        "PAK",
        &["19"],
    );
}

#[test]
fn a_name_after_anti_or_pro_is_a_stance_not_the_actor() {
    // "pemerintah anti Suriah" is Lebanon's anti-Syrian government.
    expect(
        Id,
        "Pihak oposisi melakukan aksi duduk di luar kantor pemerintah anti Suriah di Beirut.",
        "LBNOPP",
        "LBNGOV",
        &["14"],
    );
    // Without the stance word it is Syria's government.
    expect(
        Id,
        "Pihak oposisi melakukan aksi duduk di luar kantor pemerintah Suriah di Beirut.",
        "LBNOPP",
        "SYRGOV",
        &["14"],
    );
    // "Kelompok pro Rusia" is no Russian actor.
    no_event_from(
        Id,
        "Kelompok pro Rusia menyerang pasukan Ukraina di Donetsk.",
        "RUS",
        &["19"],
    );
}

#[test]
fn english_protesters_rally_or_demonstrate_in_a_place() {
    expect(
        En,
        "Thousands of opposition supporters rallied in Dhaka on Sunday.",
        "BGD",
        "*",
        &["14"],
    );
    expect(
        En,
        "Opposition activists demonstrated in Cairo against the election.",
        "EGY",
        "*",
        &["14"],
    );
    // Markets rally too: no actor, no event.
    silent(En, "The dollar rallied in Tokyo on Monday.");
    // A rally (the noun) in a place is what is banned, not a protest by police.
    no_event_from(
        En,
        "Police banned the opposition rally in Dhaka.",
        "BGDCOP",
        &["14"],
    );
}

#[test]
fn discard_phrases_with_a_gap_block_polysemous_verbs() {
    // "meet * benchmarks": meeting a requirement is no meeting.
    no_event_from(
        En,
        "Iraq must meet political benchmarks soon.",
        "IRQ",
        &["04"],
    );
    // "occupy * seats": taking posts is no occupation.
    no_event_from(
        En,
        "Hamas will occupy nine cabinet seats.",
        "PSE",
        &["13", "19"],
    );
    // A real meeting about the benchmarks still codes: the object is
    // further than the gap reaches.
    expect(
        En,
        "Bush met Iraqi Prime Minister Nuri al-Maliki to discuss the benchmarks.",
        "USA",
        "IRQ",
        &["04"],
    );
}

#[test]
fn a_capitalised_word_inside_a_sentence_is_a_name_not_a_trigger() {
    // "Ban" is the Secretary-General, not a ban.
    no_event_from(
        En,
        "While insisting the new government must respect the accords, Ban said it should be given some political space.",
        "",
        &["17"],
    );
    // The same word in lower case still bans.
    expect(
        En,
        "Thailand banned the opposition party on Monday.",
        "THA",
        "*",
        &["17"],
    );
}

#[test]
fn english_participles_before_across_or_inside_have_no_object() {
    // "killed across the country": the victims were killed, by no one named.
    expect(
        En,
        "Saturday was deadly, with 25 US service members killed across the war-torn country.",
        "-",
        "USAMIL",
        &["19"],
    );
    no_event_from(
        En,
        "Saturday was deadly, with 25 US service members killed across the war-torn country.",
        "USA",
        &["19"],
    );
}

#[test]
fn english_visit_destination_and_noun_modifiers() {
    // The destination of a visit noun a few words on.
    expect(
        En,
        "Indian External Affairs Minister Pranab Mukherjee ended a day-long official visit to Bangladesh Monday.",
        "IND",
        "BGD",
        &["04"],
    );
    // A visit postponed to a date has no destination.
    expect(
        En,
        "Putin's visit was postponed to March.",
        "RUS",
        "",
        &["04"],
    );
    // A named actor right before a noun of force is its agent, whatever
    // governs the phrase; the 'of' phrase after it is the target.
    expect(
        En,
        "Ethiopia intervened in December, followed by successive US air strikes against suspected Al-Qaeda operatives.",
        "USA",
        "IMG",
        &["19"],
    );
    expect(
        En,
        "The book takes a critical look at Bush's invasion of Iraq.",
        "USA",
        "IRQ",
        &["19"],
    );
    // A city before the noun says where, not who.
    no_event_from(
        En,
        "At least 29 people face trial for the Madrid bombings, which killed 191 people.",
        "ESP",
        &["18"],
    );
}

#[test]
fn english_requests_by_and_hyphened_backing() {
    // "called for bold steps by Israel": those asked to act.
    expect(
        En,
        "UN chief Ban Ki-Moon on Monday called for bold steps by Israel to jumpstart the peace process.",
        "IGO",
        "ISR",
        &["02"],
    );
    // "was called for by Israel": the passive's agent, not a target.
    no_event_from(
        En,
        "A ceasefire was called for by Israel on Monday.",
        "IGO",
        &["02"],
    );
    // "U.S.-backed" describes the dictator; nobody backs anyone here.
    no_event_from(
        En,
        "The Sandinista revolution in 1979 toppled a U.S.-backed dictator Anastasio Somoza.",
        "USA",
        &["05"],
    );
    expect(En, "The United States backed Somoza.", "USA", "*", &["05"]);
}

#[test]
fn english_by_gerunds_and_agents_of_attack_nouns() {
    // "responded by launching": how the subject acted, an event.
    expect(
        En,
        "Islamic Jihad responded by launching five rockets at Israel from the Gaza Strip.",
        "PSE",
        "ISR",
        &["19"],
    );
    // "accused of launching": an act talked about.
    no_event_from(
        En,
        "Israel accused Islamic Jihad of launching five rockets at Israel.",
        "PSE",
        &["19"],
    );
    // "killed in sectarian attacks by Sunni militants": the attack's agent.
    expect(
        En,
        "Thousands of people have been killed in sectarian attacks by Sunni militants in Pakistan.",
        "PAK",
        "*",
        &["19"],
    );
    // A suicide car bombing names no agent.
    no_event_from(
        En,
        "Three Iraqi civilians have been killed in a suicide car bombing in central Baghdad.",
        "IRQ",
        &["19"],
    );
}

#[test]
fn indonesian_vow_names_the_act_after_it() {
    // "berikrar akan memveto": a vow to veto is a planned rejection, as
    // English "vowed to veto", not an intent to cooperate.
    expect(
        Id,
        "Presiden George W. Bush telah berikrar akan memveto rancangan undang-undang itu.",
        "USA",
        "*",
        &["12"],
    );
    no_event_from(
        Id,
        "Presiden George W. Bush telah berikrar akan memveto rancangan undang-undang itu.",
        "USA",
        &["03"],
    );
    // A vow with no act after it reports nothing.
    silent(
        Id,
        "Presiden George W. Bush telah berikrar kepada rakyat Amerika.",
    );
}

#[test]
fn indonesian_bare_wounded_and_sailors() {
    // "luka" (wounded) as "cedera"; sailors are armed forces as in English.
    expect(
        Id,
        "Dua orang lain Palestina luka dan ditangkap.",
        "-",
        "PSE",
        &["18"],
    );
    expect(
        Id,
        "Dua pelaut Inggris cedera dalam serangan itu.",
        "-",
        "GBRMIL",
        &["18"],
    );
    // The noun "luka" (a wound) is no report of people wounded.
    silent(Id, "Luka itu sudah lama sembuh.");
}

#[test]
fn indonesian_cancellation_negates_the_event_before_it() {
    // "Kunjungan … dibatalkan": the visit is negated; the criticism of the
    // next clause is not.
    let text = "Kunjungan Presiden Uganda ke Mogadishu dibatalkan, dan Somalia mengecam pemerintah Ethiopia.";
    let events = code(Id, text);
    assert!(
        events.iter().any(|e| e.root == "11" && !e.negated),
        "expected an asserted criticism in {text:?}\n got: {}",
        show(&events)
    );
    assert!(
        events.iter().all(|e| e.root != "04" || e.negated),
        "expected the visit negated in {text:?}\n got: {}",
        show(&events)
    );
    // Right before a verb, "batal" still negates it.
    let text = "Presiden Uganda batal berkunjung ke Mogadishu.";
    let events = code(Id, text);
    assert!(
        events.iter().all(|e| e.root != "04" || e.negated),
        "expected no asserted visit in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn indonesian_fighting_as_a_purpose_and_deaths_by_blasts() {
    // "untuk memerangi pemberontak": a purpose, not a report of fighting.
    no_event_from(
        Id,
        "Amerika Serikat mengirim dana ke Kolombia untuk memerangi pemberontak sayap kiri.",
        "USA",
        &["19"],
    );
    expect(
        Id,
        "Amerika Serikat memerangi pemberontak sayap kiri di Kolombia.",
        "USA",
        "*",
        &["19"],
    );
    // "meninggal akibat ledakan" = killed by a blast; a crash is no attack.
    expect(
        Id,
        "Sedikitnya 11 orang termasuk seorang hakim Pakistan meninggal akibat ledakan di ruang pengadilan.",
        "-",
        "PAKJUD",
        &["19"],
    );
    silent(
        Id,
        "Seorang tentara Pakistan tewas ketika truknya menabrak pohon.",
    );
}

#[test]
fn indonesian_one_inside_a_goal_phrase_and_implementing_deals() {
    // "terhadap satu kantor Iran", "terhadap salah satu pos militer Iran":
    // "satu" stands inside the phrase "terhadap" governs, as "sebuah" does.
    expect(
        Id,
        "Serangan tentara AS terhadap satu kantor Iran menyulut kecaman.",
        "USA",
        "IRN",
        &["19"],
    );
    expect(
        Id,
        "Serangan tentara AS terhadap salah satu pos militer Iran menyulut kecaman.",
        "USA",
        "IRN",
        &["19"],
    );
    silent(Id, "Satu kantor Iran di Irak utara dibuka kembali.");
    // "tukar-menukar informasi" = exchange information; "melaksanakan
    // perjanjian" = implement an agreement.
    expect(
        Id,
        "Militer China dan Korea Selatan akan tukar-menukar informasi mengenai pesawat tak dikenal.",
        "CHN",
        "*",
        &["03", "06"],
    );
    expect(
        Id,
        "Pemerintah Palestina melaksanakan perjanjian dengan Israel.",
        "PSE",
        "*",
        &["06"],
    );
    silent(Id, "Perjanjian itu belum dilaksanakan.");
}

#[test]
fn english_restrictive_relative_clause_is_skipped_for_the_subject() {
    // "Militants who back the interim government attacked": the militants
    // attack; the government is the relative clause's object.
    expect(
        En,
        "Taliban militants who oppose the Afghan government attacked a police post.",
        "AFGREB",
        "*",
        &["19"],
    );
    no_event_from(
        En,
        "Taliban militants who oppose the Afghan government attacked a police post.",
        "AFGGOV",
        &["19"],
    );
}

#[test]
fn a_count_word_at_the_start_is_no_name() {
    // "Six ISAF soldiers died": "Six" is no name, so the soldiers are the
    // sentence's subject and the victims.
    expect(
        En,
        "Six ISAF soldiers died in the south of Afghanistan.",
        "-",
        "IGOWSTNATMIL",
        &["19"],
    );
}

#[test]
fn shiite_groups_and_fire_upon() {
    // Indonesian "Syiah" and English "Shi'ite" name Muslim groups, as
    // "Sunni" already did.
    expect(
        Id,
        "Serangan oleh massa Syiah terhadap sebuah sekolah di Beirut melukai lima orang.",
        "LBNMUS",
        "*",
        &["19"],
    );
    // "fired upon" is "fired on".
    expect(
        En,
        "The Sri Lankan navy fired upon Tamil Tiger boats off the coast.",
        "LKAMIL",
        "*",
        &["19"],
    );
    // Negated, it is marked so.
    denied(
        En,
        "The Sri Lankan navy did not fire upon the fishing boats.",
        "LKAMIL",
        "LKA",
    );
}

#[test]
fn arriving_at_a_foreign_place_is_a_visit() {
    // "arrived at" and "arrived to" are visits, as "arrived in" already was.
    expect(
        En,
        "Russian Foreign Minister Sergei Lavrov arrived at Beijing airport on Thursday.",
        "RUSGOV",
        "CHN",
        &["04"],
    );
    // Goods arriving are no visit.
    silent(
        En,
        "The grain shipment arrived at the port of Karachi on Monday.",
    );
}

#[test]
fn a_clause_with_its_own_subject_and_modal_ends_the_object_search() {
    // "kunjungan ini dapat memperkuat …": the visit is the subject of a
    // clause of its own, so China and Russia, named inside it, are not
    // those Hu appeals to.
    let hope =
        "Presiden Hu berharap kunjungan ini dapat memperkuat hubungan antara China dan Rusia.";
    expect(Id, hope, "CHN", "", &["02"]);
    no_target(Id, hope, "CHN");
    no_target(Id, hope, "RUS");
    // A name right after the verb is still its object.
    expect(
        Id,
        "Menlu Retno berharap ASEAN dapat bekerja sama dengan China.",
        "IDN",
        "IGO",
        &["02"],
    );
}

#[test]
fn indonesian_event_nouns_in_the_plural() {
    // Indonesian writes a plural by reduplication: "serangan-serangan bom
    // bunuh diri" is suicide bombings (1831), as the singular is, not any
    // attack (190).
    expect(
        Id,
        "Serangan-serangan bom bunuh diri oleh Taliban menewaskan 20 orang di Kabul.",
        "AFG",
        "*",
        &["18"],
    );
    no_event_from(
        Id,
        "Serangan-serangan bom bunuh diri oleh Taliban menewaskan 20 orang di Kabul.",
        "",
        &["19"],
    );
    // "mengadakan perundingan-perundingan" is "mengadakan perundingan".
    expect(
        Id,
        "Amerika Serikat dan Korea Utara akan mengadakan perundingan-perundingan di New York.",
        "USA",
        "",
        &["03"],
    );
    // Denied, the plural is negated as the singular is.
    denied(
        Id,
        "Taliban membantah melakukan serangan-serangan bom bunuh diri di Kabul.",
        "AFG",
        "AFG",
    );
}

#[test]
fn occupied_after_a_perfect_auxiliary_is_the_verb() {
    // "have occupied" is an occupation (192), as Indonesian "menduduki" is.
    expect(
        En,
        "The Taliban have also occupied other districts in Afghanistan this year.",
        "AFG",
        "AFG",
        &["19"],
    );
    denied(En, "Israel has not occupied Gaza since 2005.", "ISR", "PSE");
    // "occupied" alone describes a territory.
    silent(
        En,
        "Settlers have lived in the occupied West Bank for decades.",
    );
}

#[test]
fn nationals_are_no_place() {
    // "pada ketiga orang Prancis": the three French people, not a place in
    // France, so the bare fighters do not become French.
    let s = "Pejuang itu menyatakan menemukan senjata pada ketiga orang Prancis itu dan menuduh mereka mata-mata Israel.";
    no_event_from(Id, s, "FRA", &["11"]);
    // A place in France still sets the scene for a bare agent.
    expect(
        Id,
        "Polisi di Paris menangkap tiga orang tersangka.",
        "FRA",
        "*",
        &["17"],
    );
    // The al-Aqsa Martyrs' Brigades in Indonesian spelling.
    expect(
        Id,
        "Brigade Martir Aqsa menuduh Israel membunuh dua anggotanya.",
        "PSE",
        "ISR",
        &["11"],
    );
}

/// Some event from `src` to `tgt` (code prefixes) is not negated.
fn asserted_event(lang: Lang, text: &str, src: &str, tgt: &str) {
    let events = code(lang, text);
    let ok = events.iter().any(|e| {
        !e.negated
            && e.source.as_ref().is_some_and(|a| a.code.starts_with(src))
            && e.target.as_ref().is_some_and(|a| a.code.starts_with(tgt))
    });
    assert!(
        ok,
        "expected a non-negated {src} -> {tgt} in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn indonesian_negation_inside_a_phrase_and_through_a_verb_group() {
    // "orang tak dikenal" (unidentified people): the "tak" describes the
    // killers, it does not deny the killing.
    asserted_event(
        Id,
        "Beberapa orang tak dikenal membunuh diplomat Perancis di Abidjan.",
        "CIVUAF",
        "FRA",
    );
    denied(
        Id,
        "Orang-orang bersenjata itu tidak membunuh diplomat Perancis di Abidjan.",
        "CIV",
        "FRA",
    );
    // "tidak sedang mempersiapkan diri untuk menyerang": the negation
    // reaches the attack through the verb group.
    denied(
        Id,
        "Pemerintah AS tidak sedang mempersiapkan diri untuk menyerang Iran.",
        "USA",
        "IRN",
    );
    asserted_event(
        Id,
        "Pemerintah AS sedang mempersiapkan diri untuk menyerang Iran.",
        "USA",
        "IRN",
    );
    // A clause of its own after "tetapi" is not reached.
    asserted_event(
        Id,
        "Israel tidak mengatakan apa-apa, tetapi menyerang Gaza.",
        "ISR",
        "PSE",
    );
}

#[test]
fn indonesian_mundur_and_aksi_duduk() {
    // "mundur" alone: resigns; "mundur dari": withdraws from.
    expect(
        Id,
        "Menteri luar negeri Kolombia mundur Senin.",
        "COLGOV",
        "",
        &["08"],
    );
    expect(
        Id,
        "Tentara Israel mundur dari Lebanon Oktober lalu.",
        "ISRMIL",
        "LBN",
        &["08"],
    );
    let events = code(Id, "Menteri luar negeri Kolombia tidak mundur.");
    assert!(
        events.iter().all(|e| e.negated),
        "expected only negated events\n got: {}",
        show(&events)
    );
    // "aksi duduk": a sit-in.
    expect(
        Id,
        "Pihak oposisi Lebanon melakukan aksi duduk di Beirut.",
        "LBNOPP",
        "*",
        &["14"],
    );
}

#[test]
fn an_object_owned_by_the_subject_does_not_win_for_its_country() {
    // "komandannya" takes the subject's country from its clitic: the
    // rebels arrested stay the object.
    expect(
        Id,
        "Polisi Uganda menahan dua pemberontak, termasuk komandannya.",
        "UGACOP",
        "UGAREB",
        &["17"],
    );
    no_target(
        Id,
        "Polisi Uganda menahan dua pemberontak, termasuk komandannya.",
        "UGAMIL",
    );
}

#[test]
fn a_name_after_a_place_phrase_renames_the_place() {
    // "Di ibukota negeri itu, Conakry, …": Conakry is where it happens, so
    // the security forces and the demonstrators are Guinea's.
    expect(
        Id,
        "Di ibukota negeri itu, Conakry, pasukan keamanan melepaskan tembakan ke arah demonstran.",
        "GINMIL",
        "GINOPP",
        &["19"],
    );
    silent(
        Id,
        "Di ibukota negeri itu, pasukan keamanan melepaskan tembakan ke arah demonstran.",
    );
}

#[test]
fn english_capitalised_may_is_the_month() {
    // "last May": the month, not the modal that makes the act hypothetical.
    expect(
        En,
        "The US last May banned arms sales to Venezuela.",
        "USA",
        "VEN",
        &["17"],
    );
    silent(En, "The US may ban arms sales to Venezuela.");
}

#[test]
fn english_occupation_shots_alert_and_contact() {
    // "have occupied": the perfect is an act; a bare "occupied" is the
    // adjective of "the occupied territories".
    expect(
        En,
        "The Taliban have also occupied other districts in Afghanistan this year.",
        "AFGREB",
        "*",
        &["19"],
    );
    silent(En, "Thousands of settlers live in the occupied West Bank.");
    // "fired shots … at" with a time phrase between.
    expect(
        En,
        "The Lebanese army fired shots late Wednesday at Israeli troops.",
        "LBNMIL",
        "*",
        &["19"],
    );
    no_event_from(En, "The Lebanese army fired its chief.", "LBNMIL", &["19"]);
    // "are on high alert": a state of readiness.
    expect(
        En,
        "Pakistani security forces are already on a high alert.",
        "PAKMIL",
        "",
        &["15"],
    );
    // "in touch with": contact.
    expect(
        En,
        "Pakistan's government said it was in touch with Indian authorities.",
        "PAKGOV",
        "IND",
        &["04"],
    );
    denied(
        En,
        "Pakistan's government has never been in touch with Indian authorities.",
        "PAKGOV",
        "IND",
    );
}

#[test]
fn english_past_was_to_reports_the_scheduled_act() {
    // "was to meet … on Tuesday": wire copy's schedule of the day, reported
    // as the meeting itself (translations render it as "bertemu").
    expect(
        En,
        "US Defence Secretary Robert Gates on Tuesday was to meet Jordan's King Abdullah II.",
        "USA",
        "JOR",
        &["04"],
    );
    // "is to meet" still announces a plan: an intent to meet.
    expect(
        En,
        "US Defence Secretary Robert Gates is to meet Jordan's King Abdullah II next week.",
        "USA",
        "JOR",
        &["03"],
    );
}

#[test]
fn english_meeting_named_as_a_purpose_is_the_subjects() {
    // "left Beijing for a three-day visit to Russia": the visit is the
    // subject's, to the destination after it.
    expect(
        En,
        "Chinese President Hu Jintao left Beijing on Monday for a three-day visit to Russia.",
        "CHN",
        "RUS",
        &["04"],
    );
    // "is due in New Delhi for talks with Indian leaders", after a clause
    // preposition.
    expect(
        En,
        "The incident comes days before Pakistani Foreign Minister Khursheed Mehmood Kasuri is due in New Delhi for talks with Indian leaders.",
        "PAK",
        "IND",
        &["04"],
    );
    // A meeting called for is asked for, not held.
    no_event_from(
        En,
        "Pakistan called for talks with Indian leaders.",
        "PAK",
        &["04"],
    );
}

#[test]
fn an_event_noun_dated_by_its_year_is_a_reference() {
    // "the 1998 bombings": a past event the sentence refers to, not one it
    // reports.
    no_event_from(
        En,
        "Officials recalled the 1998 bombings of two US embassies by Al-Qaeda in Kenya.",
        "",
        &["18"],
    );
    // Without the year the bombing is reported.
    expect(
        En,
        "Officials recalled the bombings of two US embassies by Al-Qaeda in Kenya.",
        "IMG",
        "KEN",
        &["18"],
    );
}

#[test]
fn a_dated_attack_after_a_determiner_is_a_noun_and_a_reference() {
    // "after the Sept. 11 attacks": "attacks" after a determiner and a date
    // is the noun, naming a past event, not Musharraf attacking.
    no_event_from(
        En,
        "The Bush administration considers Musharraf a key ally who has taken great risks to help defeat Afghan-based guerrillas after the Sept. 11 attacks, including by providing access to bases and overflight rights.",
        "",
        &["19"],
    );
    // A time of day is no date: the attack is reported.
    expect(
        En,
        "The Taliban carried out a 2 am attack on a police post in Kandahar.",
        "AFG",
        "AFG",
        &["19"],
    );
}

#[test]
fn a_partner_from_the_meeting_before_points_at_the_words_that_named_it() {
    // "signed an agreement" names no partner: it is the one met in the
    // sentence before, and the target's words are that sentence's, not the
    // signer's own ("Retno").
    let text = "Indonesian Foreign Minister Retno Marsudi met Malaysian Foreign Minister Saifuddin Abdullah in Jakarta on Monday. Retno also signed an agreement on trade.";
    let events = code(En, text);
    let signed = events.iter().find(|e| e.cameo == "057");
    let target = signed.and_then(|e| e.target.as_ref());
    assert_eq!(
        target.map(|t| (t.code.as_str(), t.text.as_str())),
        Some(("MYSGOV", "Malaysian Foreign Minister Saifuddin Abdullah")),
        "{}",
        show(&events)
    );
    let start = target.map_or(0, |t| t.start);
    assert!(text[..start].ends_with("met "), "target starts at {start}");
}

#[test]
fn english_who_after_a_comma_and_a_time_phrase_takes_the_head_as_subject() {
    // "Kyuma, who last month sharply criticized …": the head before the
    // comma is the critic, not the subject of the main clause.
    let text = "Cheney met Defense Minister Fumio Kyuma, who last month sharply criticized the decision to invade Iraq.";
    expect(En, text, "JPN", "", &["11"]);
    no_event_from(En, text, "USA", &["11"]);
    expect(
        En,
        "Cheney met Defense Minister Fumio Kyuma, who publicly criticized the decision.",
        "JPN",
        "",
        &["11"],
    );
}

#[test]
fn both_governments_and_both_neighbours_are_the_participants_of_the_meeting() {
    let met = "Indonesian President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Bogor on Monday.";
    for both in ["The two governments", "Both neighbours", "The two nations"] {
        let text = format!("{met} {both} signed an agreement on trade.");
        expect(En, &text, "IDN", "MYS", &["05"]);
        expect(En, &text, "MYS", "IDN", &["05"]);
    }
    let bertemu =
        "Presiden Joko Widodo bertemu Perdana Menteri Malaysia Anwar Ibrahim di Bogor, Senin.";
    for kedua in ["Kedua pemerintah", "Kedua bangsa"] {
        let text = format!("{bertemu} {kedua} menandatangani perjanjian perdagangan.");
        expect(Id, &text, "IDN", "MYS", &["05"]);
        expect(Id, &text, "MYS", "IDN", &["05"]);
    }
    // With no meeting before, "the two governments" names no one.
    silent(En, "The two governments signed an agreement on trade.");
    silent(
        Id,
        "Kedua pemerintah menandatangani perjanjian perdagangan.",
    );
}

#[test]
fn the_north_and_the_south_name_the_koreas_unless_a_name_follows() {
    // "the North", "the South" written with capitals stand for North and
    // South Korea in news of the peninsula.
    expect(
        En,
        "Under the February 13 deal the North agreed to disable its nuclear facilities in exchange for energy aid.",
        "PRK",
        "",
        &["03"],
    );
    expect(
        En,
        "The United States also accuses the North of running such a project.",
        "USA",
        "PRK",
        &["11"],
    );
    // Followed by another capitalised word they begin a longer name ("the
    // South Waziristan region"), and name no Korea.
    no_event_from(
        En,
        "Pakistani troops attacked militants in the South Waziristan region on the Afghan border.",
        "KOR",
        &["19"],
    );
    no_event_from(
        En,
        "The South Waziristan tribes agreed to expel foreign fighters.",
        "KOR",
        &["03"],
    );
}

#[test]
fn an_act_that_is_ended_is_not_reported() {
    // "end their … aid boycott": the boycott is what is ended, not an act
    // the sentence reports.
    no_event_from(
        En,
        "The European Union, United Nations, Russia and United States should end their immoral and counter-productive aid boycott of the Palestinian government, Oxfam said.",
        "",
        &["14", "16"],
    );
    // Without the verb of ending the boycott is reported.
    expect(
        En,
        "The European Union imposed an aid boycott on the Palestinian government.",
        "IGO",
        "PSE",
        &["16"],
    );
    // A past verb after "and" is an act of its own.
    expect(
        En,
        "Israel lifted the blockade and launched an attack on Gaza.",
        "ISR",
        "PSE",
        &["19"],
    );
}

#[test]
fn english_lexicon_returned_fire_in_favour_of_crushed_demonstration_imported() {
    expect(
        En,
        "Georgian police returned fire in the clash which lasted half an hour, he told Reuters.",
        "GEO",
        "*",
        &["19"],
    );
    expect(
        En,
        "Iranian Foreign Minister Manouchehr Mottaki reiterated in Ankara on Tuesday that his country was in favour of solving the nuclear crisis through diplomacy.",
        "IRN",
        "*",
        &["05"],
    );
    expect(
        En,
        "Belarus police have crushed the first legal demonstration in years in Minsk, reports said Sunday.",
        "BLR",
        "*",
        &["17"],
    );
    expect(
        En,
        "South Korea imported about $3 million in poultry products from Britain last year.",
        "KOR",
        "*",
        &["06"],
    );
    // Goods that were imported report no act of trade by anyone.
    silent(
        En,
        "It will cull 3,645 ducks imported for breeding, the ministry said.",
    );
    // A fire that is not returned is coded negated.
    denied(
        En,
        "Georgian police did not return fire, he told Reuters.",
        "GEO",
        "GEO",
    );
}

#[test]
fn english_plural_assaults_are_military_and_drove_out_expels() {
    // "assaults" is the plural of the military noun, not the verb of
    // beating someone (182).
    expect(
        En,
        "Ethiopian troops launched fresh assaults on Islamist positions in Somalia.",
        "ETH",
        "*",
        &["19"],
    );
    no_event_from(
        En,
        "The Ethiopians have conducted ground and air assaults in the same area.",
        "ETH",
        &["18"],
    );
    // "drove out": the irregular past of "drive out" expels too.
    expect(
        En,
        "Serbian forces drove out thousands of ethnic Albanians from Kosovo.",
        "SRB",
        "*",
        &["17"],
    );
    denied(
        En,
        "Serbian forces did not drive out the Albanians from Kosovo.",
        "SRB",
        "ALB",
    );
}

#[test]
fn indonesian_unidentified_men_are_an_unknown_armed_actor() {
    // "beberapa pria tak dikenal", "kelompok bersenjata tidak dikenal":
    // unidentified men are the attackers, and "tak/tidak dikenal" describes
    // them; it does not negate the attack.
    expect(
        Id,
        "Beberapa pria tak dikenal menyerang polisi Irak di Baghdad.",
        "IRQUAF",
        "IRQCOP",
        &["19"],
    );
    asserted_event(
        Id,
        "Kelompok bersenjata tidak dikenal menyerang polisi Irak di Baghdad.",
        "IRQUAF",
        "IRQCOP",
    );
    // A negated attack by them stays negated.
    denied(
        Id,
        "Orang tidak dikenal tidak menyerang polisi Irak di Baghdad.",
        "IRQUAF",
        "IRQCOP",
    );
}

#[test]
fn indonesian_an_ended_conflict_is_not_reported_as_happening() {
    // "mengakhiri boikot": ending a boycott eases it (085), it is no boycott.
    expect(
        Id,
        "Uni Eropa mengakhiri boikot bantuan terhadap pemerintah Palestina.",
        "IGOEUREEC",
        "PSEGOV",
        &["08"],
    );
    no_event_from(
        Id,
        "Uni Eropa mengakhiri boikot bantuan terhadap pemerintah Palestina.",
        "",
        &["14"],
    );
    // An ended conflictual act with no pattern of its own codes nothing.
    no_event_from(
        Id,
        "Pemerintah Israel mengakhiri pengepungan terhadap Hamas di Gaza.",
        "",
        &["19"],
    );
    // Without the verb of ending the boycott is reported.
    expect(
        Id,
        "Uni Eropa melakukan boikot bantuan terhadap pemerintah Palestina.",
        "IGOEUREEC",
        "PSEGOV",
        &["14"],
    );
}

#[test]
fn a_death_far_from_its_accident_is_no_attack() {
    // The crash is told long before the death: no assault on anyone.
    no_root(
        Id,
        "Pesawat itu menabrak truk kementerian pekerjaan umum yang sedang melakukan perjalanan di sekitar bandara dan supir tewas dalam insiden itu.",
        &["18", "19", "20"],
    );
    no_root(
        Id,
        "Dua belas orang lagi tewas di provinsi-provinsi tetangga Banten dan Jawa Barat setelah hujan lebat mengakibatkan banjir dan tanah longsor.",
        &["18", "19", "20"],
    );
    // An attack between the accident and the death keeps the killing.
    expect(
        Id,
        "Setelah banjir melanda kota itu, pemberontak Macan Tamil menyerang pos polisi Sri Lanka dan menewaskan tiga polisi.",
        "LKAREB",
        "*",
        &["19"],
    );
}

#[test]
fn indonesian_an_announced_act_is_the_announcers() {
    // "mengumumkan diberlakukannya jam malam": the army imposes the curfew
    // it announces (1723), the noun is no mere topic of a statement.
    expect(
        Id,
        "Militer Lebanon Kamis mengumumkan diberlakukannya jam malam di Beirut.",
        "LBNMIL",
        "*",
        &["17"],
    );
    // Said about, not announced: the curfew stays inside the statement.
    no_root(
        Id,
        "Militer Lebanon Kamis mengatakan bahwa rakyat tidak menyukai jam malam di Beirut.",
        &["17"],
    );
}

#[test]
fn indonesian_since_long_ago_is_no_clause_subject() {
    // "sejak dulu" (since long ago) is a time adverb, not a subordinate
    // clause with a subject of its own: Tehran is the subject.
    expect(
        Id,
        "Ahmadinejad mengatakan Teheran sejak dulu selalu siap berbicara dengan Uni Eropa.",
        "IRN",
        "*",
        &["03"],
    );
    // A real subordinate subject still keeps the main-clause actor away.
    no_event_from(
        Id,
        "Iran marah sejak para pengunjuk rasa menyerang kedutaan.",
        "IRN",
        &["19"],
    );
}

#[test]
fn indonesian_a_relative_verb_takes_no_subject_after_it() {
    // "operasi … yang menewaskan satu orang dan menangkap sejumlah
    // gerilyawan, kata …": the militants arrested did not kill; the phrase
    // before ", kata" closing the sentence is no subject either.
    no_event_from(
        Id,
        "Pasukan Israel meninggalkan Nablus, Kamis, setelah lima hari melakukan operasi penggerebekan di kota itu yang menewaskan satu orang dan menangkap sejumlah gerilyawan, kata beberapa pejabat Palestina.",
        "PSEREB",
        &["19"],
    );
    // A subject after a fronted clause is still found.
    expect(
        Id,
        "Sambil mengungkapkan kepuasan, Presiden Rusia Vladimir Putin bertemu dengan Presiden China Hu Jintao.",
        "RUS",
        "CHN",
        &["04"],
    );
}

#[test]
fn indonesian_a_sex_word_before_another_agent_word_is_no_head() {
    // "wanita jurubicara tentara Israel": the army's spokeswoman speaks for
    // the army, not for civilians.
    let text = "Wanita jurubicara tentara Israel menuduh Hamas menembakkan roket ke Sderot.";
    expect(Id, text, "ISRMIL", "PSE", &["11"]);
    no_event_from(Id, text, "ISRCVL", &["11"]);
    // Alone, the word is the head: women protesting are civilians.
    expect(
        Id,
        "Para wanita Palestina memprotes pasukan Israel di Hebron.",
        "PSECVL",
        "ISR",
        &["14"],
    );
}

#[test]
fn english_a_new_clause_after_a_prepositional_object() {
    // "… to topple Siniora, and France has warned …": France is the subject
    // of its own clause, not a second object of "to".
    let text = "Hezbollah is spearheading a long-running battle to topple Siniora, and France has warned that the campaign could persuade some donors to hold back.";
    expect(En, text, "FRA", "*", &["13"]);
    no_event_from(En, text, "LBN", &["13"]);
    // A list of objects stays a list: nobody in it warns.
    no_event_from(
        En,
        "Hezbollah spoke to Siniora, Berri and France on Monday.",
        "FRA",
        &["13"],
    );
}

#[test]
fn english_absolute_with_phrase_has_its_own_subject() {
    // "with both neighbours pledging …": both countries pledge.
    let text = "Indian External Affairs Minister Pranab Mukherjee ended a day-long official visit to Bangladesh Monday with both neighbours pledging to strengthen bilateral ties.";
    expect(En, text, "BGD", "IND", &["03"]);
    expect(En, text, "IND", "BGD", &["03"]);
    // A gerund after a comma, with no 'with' phrase, is the subject's own.
    no_event_from(
        En,
        "Indian Foreign Minister Pranab Mukherjee met Bangladeshi officials in Dhaka, pledging to strengthen bilateral ties.",
        "BGD",
        &["03"],
    );
}

#[test]
fn english_a_suicide_bomber_kills_by_suicide_bombing() {
    // CAMEO: "{SUICIDE BOMBER} *" is 1831, an assault (18), not 190.
    let text = "A suicide bomber killed five people including a policeman in Kabul on Monday.";
    expect(En, text, "AFG", "*", &["18"]);
    no_event_from(En, text, "AFG", &["19"]);
    // Troops killing stay military force.
    no_event_from(
        En,
        "Afghan troops killed five Taliban fighters in Kandahar on Monday.",
        "AFG",
        &["18"],
    );
}

#[test]
fn english_people_seized_by_armed_groups_are_abducted() {
    let text =
        "An Israeli soldier captured by Palestinian militants could be released soon, Abbas said.";
    expect(En, text, "PSE", "ISR", &["18"]);
    no_event_from(En, text, "PSE", &["17"]);
    // Seized by a state's forces: an arrest, not an abduction.
    no_event_from(
        En,
        "The 15 British sailors seized by Iran in the Gulf said they were blindfolded.",
        "IRN",
        &["18"],
    );
}

#[test]
fn english_a_discussed_topic_is_no_subject() {
    // What is discussed is not who discusses.
    no_event_from(
        En,
        "They also discussed ways to restart Israeli-Palestinian peace talks.",
        "PSE",
        &["04"],
    );
    expect(
        En,
        "US President George W. Bush on Friday discussed his new Iraq plan with Jordan's King Abdullah II.",
        "USA",
        "JOR",
        &["04"],
    );
}

#[test]
fn english_a_time_phrase_between_called_and_for() {
    expect(
        En,
        "Palestinian President Mahmoud Abbas called last month for early presidential and parliamentary elections.",
        "PSE",
        "*",
        &["02"],
    );
    // Called something else: no request.
    no_event_from(
        En,
        "Palestinian President Mahmoud Abbas called the vote a victory for democracy.",
        "PSE",
        &["02"],
    );
}

#[test]
fn english_a_subject_after_a_clause_preposition_before_a_past_tense() {
    // "after the Security Council voted to impose…": "after" links a clause
    // whose subject imposes the sanctions, though "voted" is in no pattern.
    let text = "Iran said it would limit cooperation with the U.N.'s nuclear watchdog after the Security Council voted to impose new sanctions.";
    expect(En, text, "IGO", "*", &["13", "16"]);
    no_event_from(En, text, "IRN", &["13", "16"]);
    // Before a noun with no verb, "after" stays a preposition.
    no_event_from(
        En,
        "Iran said it would limit cooperation after the Security Council vote to impose new sanctions.",
        "IGO",
        &["13", "16"],
    );
}

#[test]
fn a_verb_that_labels_an_act_does_not_carry_it_out() {
    // "Moscow branded the raid unacceptable": Moscow judges the raid; it
    // did not raid.
    no_event_from(
        En,
        "Kurdish leaders and even Moscow branded the raid unacceptable.",
        "RUS",
        &["19"],
    );
    no_event_from(
        Id,
        "Pemerintah India mencap pemboman di Mumbai sebagai tindakan teror.",
        "IND",
        &["18"],
    );
    // A verb that carries the act out still gives it its subject.
    expect(
        En,
        "Moscow carried out the raid on Monday.",
        "RUS",
        "*",
        &["19"],
    );
    expect(
        Id,
        "Pemerintah India melakukan pemboman di Kashmir.",
        "IND",
        "*",
        &["18"],
    );
}

#[test]
fn english_an_article_and_a_name_before_a_trigger_make_it_a_noun() {
    // "the Tiger raid": a noun, not a verb whose subject is the speaker.
    no_event_from(
        En,
        "Sri Lanka's foreign ministry spokesman Ravinatha Aryasinha said operations at the airport were not affected by the Tiger raid.",
        "LKAGOV",
        &["19"],
    );
    // A plural name before it is its subject: "the Israelis raid".
    expect(
        En,
        "The Israelis raid the camp every night, Palestinian officials said.",
        "ISR",
        "*",
        &["19"],
    );
}

#[test]
fn indonesian_a_bracketed_gloss_shares_its_phrase_preposition() {
    // "dalam sidang Diet (parlemen)": the gloss is where Abe spoke, not who
    // rejected the demand.
    let text = "Perdana Menteri Shinzo Abe dalam sidang Diet (parlemen) Kamis menolak tuntutan pihak oposisi Jepang.";
    expect(Id, text, "JPNGOV", "JPNOPP", &["12"]);
    no_event_from(Id, text, "LEG", &["12"]);
    // A parliament that is the subject still acts.
    expect(
        Id,
        "Parlemen Jepang menolak tuntutan pihak oposisi Jepang.",
        "JPNLEG",
        "JPNOPP",
        &["12"],
    );
}

#[test]
fn indonesian_an_injury_named_as_a_cause_is_no_wounding() {
    // "meninggal akibat luka parah": the wound is the cause of a death.
    silent(Id, "Salah seorang korban meninggal akibat luka parah.");
    // Wounded soldiers are still an attack's victims.
    expect(
        Id,
        "Dua tentara Irak luka-luka dalam serangan itu.",
        "-",
        "IRQMIL",
        &["18"],
    );
}

#[test]
fn indonesian_a_share_of_support_in_a_poll_is_no_endorsement() {
    no_event_from(
        Id,
        "Senator Barack Obama meraih dukungan 24 persen pada survei itu.",
        "USA",
        &["05"],
    );
    expect(
        Id,
        "Amerika Serikat menyatakan dukungan kepada pemerintah Irak.",
        "USA",
        "IRQGOV",
        &["05"],
    );
}

#[test]
fn indonesian_a_country_locating_a_place_is_no_party() {
    // "di kawasan Delta Niger, Nigeria, Rabu, dan menculik": Nigeria says
    // where the delta is; the gunmen kidnap.
    let text = "Orang-orang bersenjata menyerbu pangkalan minyak di kawasan Delta Niger, Nigeria, Rabu, dan menculik sembilan pekerja Korea Selatan.";
    expect(Id, text, "NGAREB", "KORLAB", &["18"]);
    let events = code(Id, text);
    assert!(
        !events
            .iter()
            .any(|e| e.source.as_ref().is_some_and(|a| a.code == "NGA")),
        "Nigeria itself kidnaps no one in {text:?}\n got: {}",
        show(&events)
    );
    // "di wilayah Kaukasus utara Rusia": the rebels killed are Russia's.
    expect(
        Id,
        "Delapan pemberontak tewas dalam bentrokan di wilayah Kaukasus utara Rusia.",
        "-",
        "RUSREB",
        &["19"],
    );
    // A country after a fronted place phrase is still the subject.
    expect(
        Id,
        "Di Lagos, Nigeria menolak tuntutan Inggris.",
        "NGA",
        "GBR",
        &["12"],
    );
}

#[test]
fn indonesian_ensuring_is_no_pledge() {
    silent(
        Id,
        "Pemerintah AS berusaha menjamin bahwa upaya pembangunan kembali berhasil.",
    );
    expect(Id, "AS berjanji membantu Lebanon.", "USA", "LBN", &["03"]);
}

#[test]
fn indonesian_a_named_title_in_a_relative_clause_is_no_subject() {
    // "Gates, yang melakukan pembicaraan dengan panglima militer Jordan,
    // Jenderal Khalid al-Sarayreh, akan mengunjungi": the general names the
    // partner of the talks; he visits no one.
    silent(
        Id,
        "Gates, yang melakukan pembicaraan dengan panglima militer Jordan, Jenderal Khalid al-Sarayreh, akan mengunjungi Mesir.",
    );
    // A known subject still visits.
    expect(
        Id,
        "Menteri Pertahanan AS Robert Gates, yang melakukan pembicaraan dengan panglima militer Jordan, akan mengunjungi Mesir.",
        "USAGOV",
        "EGY",
        &["03"],
    );
}

#[test]
fn an_unknown_name_heading_a_relative_clause_keeps_earlier_actors_out() {
    // "sejak terbunuhnya Hariri yang memaksa Suriah": the killing of an
    // unknown forces Syria, not the European Union named far before.
    no_event_from(
        Id,
        "Uni Eropa berharap krisis di Lebanon selesai sejak terbunuhnya Hariri yang memaksa Suriah menarik pasukannya.",
        "IGO",
        &["17"],
    );
    // A known actor before the marker is still the relative verb's subject.
    expect(
        Id,
        "Uni Eropa mengecam Suriah yang memaksa Lebanon menunda pemilihan.",
        "SYR",
        "LBN",
        &["17"],
    );
}

#[test]
fn event_nouns_that_both_languages_name() {
    // English had no noun for these, Indonesian had ("agresi", "penyitaan").
    expect(
        En,
        "The aggression by Israeli troops in southern Lebanon continued on Monday.",
        "ISR",
        "*",
        &["19"],
    );
    expect(
        En,
        "The seizure of the tanker by British marines took place on Friday.",
        "GBR",
        "*",
        &["17"],
    );
    // Indonesian had no noun for these, English had ("explosion", "execution").
    expect(
        Id,
        "Eksekusi dua warga Iran oleh pemerintah Arab Saudi terjadi pada Senin.",
        "SAU",
        "*",
        &["18"],
    );
    // A blast is an event noun: the killing it causes is not the policeman's.
    no_event_from(
        Id,
        "Seorang polisi Rusia tewas ditembak di Dagestan sebelum ledakan yang terjadi kemudian menewaskan dua rekannya.",
        "RUS",
        &["19"],
    );
    // A denied aggression is not an aggression.
    denied(
        En,
        "Israel denied any aggression against Lebanon.",
        "ISR",
        "LBN",
    );
}

#[test]
fn airlines_and_locals_are_actors_in_both_languages() {
    // "perusahaan penerbangan" was a company; "the airline" was nobody.
    expect(
        En,
        "Peruvian authorities requested explanations from the airline via the embassy.",
        "PER",
        "PERBUS",
        &["02"],
    );
    expect(
        Id,
        "Pemerintah Peru meminta penjelasan dari maskapai itu melalui kedutaan besarnya.",
        "PER",
        "PERBUS",
        &["02"],
    );
    // "penduduk setempat" were civilians; "locals" were nobody.
    expect(
        En,
        "Afghan forces have installed boards on their vehicles, warning locals not to get close to their convoy.",
        "AFG",
        "AFGCVL",
        &["13"],
    );
}

#[test]
fn a_modal_does_not_reach_into_a_clause_after_a_clause_preposition() {
    // "would" plans the limiting, not the vote after "after".
    expect(
        En,
        "Iran said it would limit cooperation after the Security Council voted to impose new sanctions.",
        "IGO",
        "*",
        &["16"],
    );
    expect(
        Id,
        "Iran menyatakan akan membatasi kerja sama setelah Dewan Keamanan PBB memutuskan memberlakukan sanksi-sanksi baru.",
        "IGO",
        "*",
        &["16"],
    );
    // Within its own clause the modal still makes the sanctions a threat.
    expect(
        En,
        "The Security Council will impose new sanctions on Iran after the vote.",
        "IGO",
        "IRN",
        &["13"],
    );
}

#[test]
fn the_head_of_an_object_relative_clause_is_the_target() {
    // "which Israel fought": the relative pronoun is the verb's object.
    expect(
        En,
        "He referred to Hezbollah, which Israel fought in a war last year.",
        "ISR",
        "LBN",
        &["19"],
    );
    expect(
        En,
        "Sadr heads the Mahdi Army, which US commanders accuse of taking part in sectarian attacks.",
        "USA",
        "IRQ",
        &["11"],
    );
    // What Washington said is its content, not whom it was said to.
    no_target(
        En,
        "Iran is looking for a U.S. citizen who Washington said went missing in Iran.",
        "USA",
    );
    // Indonesian: the agent after a di- verb may follow "para".
    expect(
        Id,
        "Sadr memimpin Tentara Mahdi, yang dituduh para panglima Amerika mengambil bagian dalam serangan sektarian.",
        "USA",
        "IRQ",
        &["11"],
    );
}

#[test]
fn indonesian_an_event_noun_dated_by_a_marked_year_further_along() {
    // "pemboman kedutaan besar AS di Kenya dan Tanzania tahun 1998": the
    // year at the end of the phrase dates the bombing; it is not reported.
    silent(
        Id,
        "Militan Al-Qaeda melakukan pemboman kedutaan besar AS di Kenya dan Tanzania tahun 1998.",
    );
    // A year of the clause's own time phrase ("sejak … tahun 2000") dates
    // nothing: the attacks are still reported.
    expect(
        Id,
        "Pasukan Israel meningkatkan serangan di Tepi Barat sejak awal pemberontakan Palestina tahun 2000.",
        "ISRMIL",
        "*",
        &["19"],
    );
}

#[test]
fn indonesian_a_kinship_noun_before_a_name_is_another_person() {
    // "Ayah Mubarak": Mubarak's father, not Mubarak.
    no_event_from(
        Id,
        "Ayah Mubarak menuduh pemerintah AS menghancurkan kehidupannya.",
        "EGY",
        &["11"],
    );
    // The name alone is the person.
    expect(
        Id,
        "Mubarak menuduh pemerintah AS menghancurkan kehidupannya.",
        "EGY",
        "USA",
        &["11"],
    );
}

#[test]
fn indonesian_segera_alone_is_immediately_not_a_plan() {
    // "segera melepaskan tembakan": fired at once, an act done.
    expect(
        Id,
        "Pasukan Ethiopia segera melepaskan tembakan ke arah gerilyawan Somalia.",
        "ETHMIL",
        "*",
        &["19"],
    );
    // "akan segera" still announces a plan: no attack is reported.
    no_event_from(
        Id,
        "Pasukan Ethiopia akan segera melepaskan tembakan ke arah gerilyawan Somalia.",
        "ETH",
        &["19"],
    );
}

#[test]
fn indonesian_a_pronoun_closing_a_phrase_is_its_possessor() {
    // "sekutu Ethiopia mereka yang …": their Ethiopian allies fire, not
    // "they" resolved to someone earlier.
    expect(
        Id,
        "Penduduk mengatakan, sekutu Ethiopia mereka yang berpangkalan di Mogadishu melepaskan tembakan ke arah gerilyawan.",
        "ETH",
        "*",
        &["19"],
    );
    no_event_from(
        Id,
        "Penduduk mengatakan, sekutu Ethiopia mereka yang berpangkalan di Mogadishu melepaskan tembakan ke arah gerilyawan.",
        "SOMCVL",
        &["19"],
    );
}

#[test]
fn indonesian_melakukan_aksi_alone_is_no_protest() {
    // "melakukan aksi bunuh diri": a suicide, not a demonstration.
    no_event_from(
        Id,
        "Seorang aktivis Belanda melakukan aksi bunuh diri di Amsterdam.",
        "NLD",
        &["14"],
    );
    // A protest noun after "aksi" still codes one.
    expect(
        Id,
        "Pihak oposisi Lebanon mulai melakukan aksi duduk di Beirut.",
        "LBNOPP",
        "*",
        &["14"],
    );
}

#[test]
fn indonesian_a_city_right_after_a_meeting_noun_is_its_venue() {
    // "Pertemuan Berlin": the Berlin meeting, not Germany meeting.
    no_event_from(Id, "Pertemuan Berlin dilakukan Senin.", "DEU", &["04"]);
    // A country right after the noun is still who met.
    expect(
        Id,
        "Pertemuan Rusia dan Iran dilakukan di Berlin Senin.",
        "RUS",
        "*",
        &["04"],
    );
}

#[test]
fn english_verb_patterns_read_across_a_time_phrase() {
    // "agreed last week to": the time phrase stands inside "agree~ to".
    expect(
        En,
        "Somali President Abdullahi Yusuf Ahmed agreed last week to hold a reconciliation conference.",
        "SOM",
        "",
        &["03"],
    );
    // "refused Wednesday to comment" declines comment; it rejects nothing.
    no_event_from(
        En,
        "Kenya refused Wednesday to comment on the talks.",
        "KEN",
        &["12"],
    );
}

#[test]
fn english_a_neighbour_after_a_place_is_not_where_it_happened() {
    // "in Kunar, bordering Pakistan": the dead soldier is not Pakistan's.
    let text = "The soldier was killed on Monday in the eastern province of Kunar, bordering Pakistan, the U.S. military said.";
    expect(En, text, "-", "MIL", &["19"]);
    no_target(En, text, "PAK");
    // A country set off right after the place still locates it.
    expect(
        En,
        "The soldier was killed on Monday in Kunar, eastern Afghanistan.",
        "-",
        "AFGMIL",
        &["19"],
    );
}

#[test]
fn english_forces_sent_somewhere_act_on_the_destination() {
    expect(
        En,
        "Bush sent an additional 21,500 U.S. troops to Iraq.",
        "USA",
        "IRQ",
        &["15"],
    );
    // With no destination the forces sent stay the target.
    no_target(En, "Bush sent an additional 21,500 U.S. troops.", "IRQ");
}

#[test]
fn english_the_dead_and_wounded_are_people_not_a_wounding() {
    no_event_from(
        En,
        "Ethiopian forces collected the dead and wounded.",
        "ETH",
        &["18"],
    );
    expect(
        En,
        "Ethiopian forces wounded three civilians.",
        "ETH",
        "ETHCVL",
        &["18"],
    );
}

#[test]
fn english_a_country_before_a_visit_noun_is_the_destination() {
    let text = "Before his China visit, Olmert praised the relations.";
    expect(En, text, "ISR", "CHN", &["04"]);
    no_event_from(En, text, "CHN", &["04"]);
}

#[test]
fn english_locals_and_airlines_are_actors() {
    expect(
        En,
        "ISAF forces warned locals not to get close to their convoy.",
        "IGO",
        "CVL",
        &["13"],
    );
    expect(
        En,
        "Peruvian authorities requested explanations from the airline.",
        "PER",
        "PERBUS",
        &["02"],
    );
    // "local" alone is no actor.
    no_target(
        En,
        "ISAF forces warned the local council not to get close.",
        "CVL",
    );
}

#[test]
fn english_no_subject_from_past_a_linker() {
    // "…, Rice is talking … because Olmert has ruled out …": Olmert is the
    // subject of the clause after "because", not the visitor before it.
    let text = "Making her fourth visit to the Middle East in four months, Rice is talking to them separately because Olmert has ruled out engaging Abbas.";
    no_event_from(En, text, "ISR", &["04"]);
    // In his own clause he still rules out engaging Abbas.
    expect(En, text, "ISR", "PSEGOV", &["12"]);
}

#[test]
fn indonesian_verb_patterns_read_across_a_time_phrase() {
    // "setuju pekan lalu untuk", as English "agreed last week to".
    expect(
        Id,
        "Jepang setuju pada hari Rabu untuk mendanai kesepakatan dengan Korea Utara.",
        "JPN",
        "*",
        &["03"],
    );
    // A negated agreement stays no agreement across the phrase.
    no_event_from(
        Id,
        "Presiden Somalia tidak setuju pekan lalu untuk mengadakan konferensi rekonsiliasi.",
        "SOM",
        &["03"],
    );
}

#[test]
fn abbas_alone_is_the_palestinian_president() {
    // News names Mahmoud Abbas by his last name alone in both languages.
    expect(
        En,
        "Jordan's King Abdullah held talks with Abbas in Amman on Tuesday.",
        "JOR",
        "PSEGOV",
        &["04"],
    );
    expect(
        Id,
        "Raja Yordania Abdullah mengadakan pembicaraan dengan Abbas di Amman, Selasa.",
        "JOR",
        "PSEGOV",
        &["04"],
    );
    // A longer name that starts with Abbas is still its own person.
    expect(
        En,
        "Abbas Araghchi met Saudi Arabia's foreign minister in Riyadh on Tuesday.",
        "IRN",
        "SAU",
        &["04"],
    );
}

#[test]
fn leaders_of_the_2000s_named_by_surname_are_actors() {
    // Persons news of the time names by surname alone; out of office on the
    // publication date they still count for their country.
    expect(
        En,
        "Kagame met Ugandan President Yoweri Museveni in Kigali.",
        "RWAGOV",
        "UGA",
        &["04"],
    );
    expect(
        En,
        "Pelosi met Assad in Damascus.",
        "USA",
        "SYRGOV",
        &["04"],
    );
    expect(
        Id,
        "Khalilzad bertemu dengan Perdana Menteri Irak di Baghdad.",
        "USA",
        "IRQGOV",
        &["04"],
    );
    expect(
        En,
        "Wen held talks with Japanese Prime Minister Shinzo Abe in Beijing.",
        "CHN",
        "JPN",
        &["04"],
    );
    expect(
        Id,
        "Moqtada al-Sadr mengecam pendudukan Amerika Serikat di Irak.",
        "IRQREL",
        "USA",
        &["11", "12"],
    );
}

#[test]
fn handing_over_power_accedes_to_a_change_of_leadership() {
    // "menyerahkan kekuasaan" / "relinquished power": CAMEO 0831.
    expect(
        Id,
        "Raja Gyanendra menyerahkan kekuasaan kepada parlemen.",
        "NPL",
        "*",
        &["08"],
    );
    expect(
        En,
        "King Gyanendra relinquished power to the parliament.",
        "NPL",
        "*",
        &["08"],
    );
    // Giving in to demands is 083.
    expect(
        Id,
        "Pemerintah Nepal menyerah pada tuntutan para demonstran.",
        "NPLGOV",
        "*",
        &["08"],
    );
    denied(
        Id,
        "Raja Gyanendra belum menyerahkan kekuasaan kepada parlemen.",
        "NPL",
        "NPL",
    );
}

#[test]
fn representatives_of_a_group_are_not_a_legislature() {
    // "representatives of various groups" are delegates, not the US House.
    let text = "The American envoy held discussions with the representatives of various groups in Baghdad.";
    let events = code(En, text);
    assert!(
        !events
            .iter()
            .any(|e| e.target.as_ref().is_some_and(|a| a.code.ends_with("LEG"))),
        "expected no legislature as target in {text:?}\n got: {}",
        show(&events)
    );
    // The House of Representatives still is one.
    expect(
        En,
        "The US House of Representatives condemned the Chinese attack.",
        "USALEG",
        "CHN",
        &["11"],
    );
}

#[test]
fn declining_to_give_details_is_declining_comment() {
    // CAMEO 011 (a statement, reported only with an addressee), not a
    // rejection (12) of anything.
    for (lang, text) in [
        (Id, "Menteri Luar Negeri Jepang menolak memberikan penjelasan lebih detil mengenai pertemuan itu."),
        (En, "Japan's foreign minister declined to give details on the meeting."),
    ] {
        no_event_from(lang, text, "JPN", &["12"]);
    }
}

#[test]
fn greeting_the_new_year_is_no_support() {
    // "menyambut Tahun Baru" marks the season; "menyambut baik" an act still
    // is support.
    no_event_from(
        Id,
        "Presiden Korea Selatan berbicara dalam konferensi pers menyambut Tahun Baru.",
        "KOR",
        &["05"],
    );
    no_event_from(
        En,
        "South Korea's president spoke at a news conference welcoming the New Year.",
        "KOR",
        &["05"],
    );
    expect(
        Id,
        "Presiden Korea Selatan menyambut baik keputusan Jepang.",
        "KORGOV",
        "*",
        &["05"],
    );
}

#[test]
fn routing_an_armed_group_is_military_force() {
    // "routed the Islamists" / "menghalau pasukan Islamis": CAMEO 190 on the
    // Islamists (Indonesian "Islamis" is English "Islamist").
    expect(
        En,
        "Ethiopian troops routed the Islamists from their stronghold in Kismayo.",
        "ETHMIL",
        "SOMMUS",
        &["19"],
    );
    expect(
        Id,
        "Pasukan Ethiopia menghalau kaum Islamis dari markas mereka di Kismayo.",
        "ETHMIL",
        "SOMMUS",
        &["19"],
    );
    // "forces routed in an offensive": the forces were routed; the troops
    // searching for them did not rout anyone in this sentence.
    no_event_from(
        En,
        "Ethiopian troops have been searching for the remnants of Islamist forces routed in a major offensive.",
        "ETH",
        &["19"],
    );
}

#[test]
fn the_country_a_border_runs_with_is_no_partner() {
    // "along the border with Kenya" says where; Kenya takes no part.
    for (lang, text) in [
        (En, "Ethiopian troops drove the rebels out of Kismayo, forcing them to flee along the border with Kenya."),
        (Id, "Pasukan Ethiopia mengusir pemberontak dari Kismayo ke kawasan perbatasan darat dengan Kenya."),
    ] {
        no_target(lang, text, "KEN");
    }
    // A border the act is about keeps its neighbour as the target.
    expect(
        En,
        "Pakistan closed its border with Afghanistan.",
        "PAK",
        "AFG",
        &["19"],
    );
    expect(
        Id,
        "Pakistan menutup perbatasan daratnya dengan Afghanistan.",
        "PAK",
        "AFG",
        &["19"],
    );
    // "close to the border" is nearness, not a closure.
    let text = "US aircraft bombed suspected insurgents close to the border with Afghanistan.";
    let events = code(En, text);
    assert!(
        !events.iter().any(|e| e.cameo == "191"),
        "expected no border closure (191) in {text:?}\n got: {}",
        show(&events)
    );
}

#[test]
fn memberitahu_tells_its_object_as_told_does() {
    // "memberitahu X bahwa …" is "told X that …": a statement to X, and
    // talks named in what is told are no event of their own.
    for (lang, text) in [
        (Id, "Presiden Abbas memberitahu Menteri Luar Negeri AS bahwa membatasi pembicaraan antara pihak Palestina dan Israel tidak cukup."),
        (En, "President Abbas told the US foreign minister that confining talks between the Palestinian and Israeli sides is not enough."),
    ] {
        expect(lang, text, "PSEGOV", "USAGOV", &["01"]);
        no_event_from(lang, text, "PSE", &["04"]);
    }
}

#[test]
fn a_participle_after_and_shares_the_passive_before_it() {
    // "was arrested … and detained after a hearing": the citizen was
    // detained; he detained no one.
    no_event_from(
        En,
        "A U.S. citizen was arrested on Thursday in Manhattan and detained after a hearing in federal court.",
        "USA",
        &["17"],
    );
    // With an object of its own the verb after "and" is active.
    expect(
        En,
        "Israeli troops were deployed in Jenin and arrested two Palestinian militants.",
        "ISRMIL",
        "PSE",
        &["17"],
    );
}

#[test]
fn memberangkatkan_troops_is_sending_them() {
    expect(
        Id,
        "Presiden Amerika Serikat memberangkatkan 21.500 tentara tambahan ke Irak.",
        "USAGOV",
        "IRQ",
        &["15"],
    );
    expect(
        En,
        "The US president is sending 21,500 extra troops to Iraq.",
        "USAGOV",
        "IRQ",
        &["15"],
    );
}

#[test]
fn sounding_a_high_alert_raises_alert_and_plates_do_not_meet() {
    // "sound a high-alert" is "melakukan siaga tinggi": CAMEO 152.
    for (lang, text) in [
        (En, "The incident prompted the Uttarakhand police to sound a high-alert in the state."),
        (Id, "Insiden itu membuat polisi Uttarakhand segera melakukan siaga tinggi di negara bagian tersebut."),
    ] {
        expect(lang, text, "INDCOP", "", &["15"]);
    }
    // "pertemuan lempeng tektonik" is where plates meet, not a meeting.
    no_event_from(
        Id,
        "Wilayah Jepang terletak di pertemuan sedikitnya tiga lempeng tektonik.",
        "JPN",
        &["04"],
    );
}

#[test]
fn ujicoba_written_as_one_word_is_still_a_test() {
    // "ujicoba rudal" (also written "uji coba") is a missile test, 150.
    for (lang, text) in [
        (
            Id,
            "Korea Utara melakukan ujicoba rudal di Laut Jepang pada Juli.",
        ),
        (
            En,
            "North Korea carried out missile tests in the Sea of Japan in July.",
        ),
    ] {
        expect(lang, text, "PRK", "*", &["15"]);
    }
}

#[test]
fn asked_to_comment_is_the_asked_ones_not_a_request() {
    // ", asked to respond to …, said": the minister was asked; he asked no
    // one, least of all the critic named after "respond to".
    for (lang, text) in [
        (En, "The Iranian foreign minister, asked to respond to the US criticism, said Iran would not stop enrichment."),
        (En, "Iran's foreign minister, when asked to comment on the talks with Britain, said nothing."),
        (Id, "Menteri Luar Negeri Iran, ketika diminta menanggapi kecaman AS, mengatakan Iran tidak akan menghentikan pengayaan."),
    ] {
        no_event_from(lang, text, "IRN", &["02"]);
    }
    // A subject that asks to join still requests.
    expect(
        En,
        "Japan asked to join the talks on North Korea.",
        "JPN",
        "*",
        &["02"],
    );
}

#[test]
fn a_participle_after_a_comma_belongs_to_an_opening_pronoun() {
    // "He sent Kagame a letter, pleading for mercy": he pleads, not Kagame.
    no_event_from(
        En,
        "He subsequently sent Kagame a letter, pleading for mercy.",
        "RWA",
        &["02"],
    );
    // An actor opening the sentence still owns the participle.
    expect(
        En,
        "Iran summoned the British ambassador, demanding the release of its diplomats.",
        "IRN",
        "*",
        &["10", "02"],
    );
}

#[test]
fn moving_an_aircraft_carrier_shows_force() {
    // "moved an additional aircraft carrier into the Gulf": CAMEO 150, and
    // the verb after "and" keeps the same subject ("and told Iran").
    let text = "President George W. Bush has moved an additional aircraft carrier into the Gulf and told Iran that he would not allow it.";
    expect(En, text, "USA", "*", &["15"]);
    expect(En, text, "USA", "IRN", &["01"]);
    expect(
        Id,
        "Presiden Bush telah mengirim kapal induk tambahan ke Teluk dan memberitahu Iran bahwa ia takkan membiarkannya.",
        "USA",
        "*",
        &["15"],
    );
}
