//! Indonesian closed-class words.

use super::{table, Language, Prep, Word, WordTable, CALENDAR};
use kabar_core::Lang;
use std::sync::OnceLock;

/// Indonesian.
pub struct Indonesian;

fn words() -> &'static WordTable {
    static T: OnceLock<WordTable> = OnceLock::new();
    T.get_or_init(|| {
        table(&[
            (&["di", "pada", "dalam"], Word::Prep(Prep::Locative)),
            (&["ke", "menuju", "kedalam"], Word::Prep(Prep::Directional)),
            (&["dengan", "bersama"], Word::Prep(Prep::Comitative)),
            (
                &["kepada", "terhadap", "atas", "pada", "bagi", "untuk"],
                Word::Prep(Prep::Goal),
            ),
            (&["oleh"], Word::Prep(Prep::Agentive)),
            (&["antara"], Word::Prep(Prep::Between)),
            (
                &[
                    "tentang", "mengenai", "soal", "perihal", "seputar", "terkait",
                ],
                Word::Prep(Prep::About),
            ),
            (&["sebagai", "selaku"], Word::Prep(Prep::As)),
            (
                &[
                    "dari",
                    "demi",
                    "sejak",
                    "hingga",
                    "sampai",
                    "melalui",
                    "lewat",
                    "tanpa",
                    "seperti",
                    "menurut",
                    "akibat",
                    "kecuali",
                    "selain",
                    "terhadapnya",
                    "dekat",
                    "sekitar",
                    "tanpa",
                    "per",
                ],
                Word::Prep(Prep::Other),
            ),
            (&["dia", "ia", "beliau", "mereka", "dirinya"], Word::Pronoun),
            (&["dan", "serta", "atau", "maupun", "juga"], Word::Conj),
            (&["yang", "mana"], Word::Relative),
            (&["ini", "tersebut", "itu", "tadi"], Word::Anaphor),
            (
                &[
                    "senior",
                    "khusus",
                    "wakil",
                    "kepala",
                    "tinggi",
                    "tertinggi",
                    "terkemuka",
                    "utama",
                    "mantan",
                    "bekas",
                    "sementara",
                    "ketua",
                    "jenderal",
                    "besar",
                    "agung",
                    "luar",
                    "negeri",
                ],
                Word::Glue,
            ),
            (
                &[
                    "para", "pihak", "sang", "seorang", "sejumlah", "kaum", "beberapa", "banyak",
                ],
                Word::Determiner,
            ),
            (
                &[
                    "bahwa",
                    "sambil",
                    "seraya",
                    "setelah",
                    "sebelum",
                    "ketika",
                    "saat",
                    "sementara",
                    "sedangkan",
                    "namun",
                    "tetapi",
                    "tapi",
                    "karena",
                    "sehingga",
                    "agar",
                    "supaya",
                    "jika",
                    "kalau",
                    "meski",
                    "meskipun",
                    "walaupun",
                ],
                Word::Subordinator,
            ),
            (
                &[
                    "sebuah",
                    "suatu",
                    "hal",
                    "adapun",
                    "sebagai",
                    "bagian",
                    "salah",
                    "satu",
                    "tidak",
                    "tak",
                    "belum",
                    "bukan",
                    "akan",
                    "sudah",
                    "telah",
                    "sedang",
                    "masih",
                    "baca",
                    "simak",
                    "lihat",
                    "foto",
                    "video",
                    "editor",
                    "penulis",
                    "sumber",
                    "berita",
                    "kata",
                    "ujar",
                    "tutur",
                    "jelas",
                    "pun",
                    "lalu",
                    "kemudian",
                    "selain",
                    "hari",
                    "tahun",
                    "bulan",
                    "pekan",
                    "kemarin",
                    "besok",
                    "pukul",
                    "jam",
                    "kini",
                    "sekarang",
                    "selama",
                    "sebelumnya",
                    "sesudahnya",
                    "dulu",
                    "dahulu",
                    "semula",
                    "selalu",
                    "presiden",
                    "menteri",
                    "perdana",
                    "raja",
                    "wakil",
                    "kami",
                    "kita",
                    "saya",
                    "anda",
                    "kamu",
                    "apa",
                    "siapa",
                    "mengapa",
                    "bagaimana",
                    "dimana",
                    "kapan",
                    "nya",
                    "para",
                    "tersebut",
                    "ada",
                    "adalah",
                    "merupakan",
                    "menjadi",
                    "bila",
                    "apabila",
                    "seiring",
                    "sebanyak",
                    "sekitar",
                    "hampir",
                    "lebih",
                    "kurang",
                    "sangat",
                    "paling",
                ],
                Word::Function,
            ),
            (CALENDAR, Word::Function),
        ])
    })
}

impl Language for Indonesian {
    fn lang(&self) -> Lang {
        Lang::Id
    }

    fn word(&self, folded: &str) -> Option<Word> {
        words().get(folded).copied()
    }

    fn clause_preposition(&self, folded: &str) -> bool {
        matches!(folded, "sejak" | "hingga" | "sampai")
    }

    /// A reduplicated plural ("pejabat-pejabat", "perundingan-perundingan")
    /// or a form with the clitic "-nya" ("pasukannya"); stems shorter than
    /// three letters are left alone ("hanya", "punya" are words of their own).
    fn word_base<'a>(&self, folded: &'a str) -> Option<&'a str> {
        if let Some((a, b)) = folded.split_once('-') {
            return (!a.is_empty() && a == b).then_some(a);
        }
        let stem = folded.strip_suffix("nya")?;
        (stem.chars().count() >= 3 && stem.chars().all(char::is_alphabetic)).then_some(stem)
    }

    fn undergo_verb(&self, folded: &str) -> bool {
        matches!(
            folded,
            "mendapat"
                | "mendapatkan"
                | "menerima"
                | "mengalami"
                | "menghadapi"
                | "menuai"
                | "memperoleh"
        )
    }

    fn source_preposition(&self, folded: &str) -> bool {
        folded == "dari"
    }

    fn complementizer(&self, folded: &str) -> bool {
        folded == "bahwa"
    }

    fn backing_noun(&self, folded: &str) -> bool {
        matches!(folded, "dukungan" | "sokongan")
    }

    fn addressee_preposition(&self, folded: &str) -> bool {
        folded == "kepada"
    }

    /// "-nya" on a word the dictionary knows without it ("Buruhnya",
    /// "pasukannya"), as `word_base` strips it.
    fn possessive_clitic(&self, folded: &str) -> bool {
        folded.ends_with("nya") && !folded.contains('-') && self.word_base(folded).is_some()
    }

    /// "dan" only: "serta" more often adds a second complement under a
    /// governing verb ("ingin kuartet mendukung …, serta mencabut …").
    fn verb_coordinator(&self, folded: &str) -> bool {
        folded == "dan"
    }

    fn comma_linker(&self, folded: &str) -> bool {
        folded == "sementara"
    }

    /// meN- forms (me-, mem-, men-, meng-, meny-, memper-) and ber- forms
    /// long enough to carry a stem ("berunding", "membuka"); short words
    /// such as "media", "merah", "beras" are nouns or adjectives.
    fn verb_form(&self, folded: &str) -> bool {
        let len = folded.chars().count();
        len >= 6
            && folded.chars().all(char::is_alphabetic)
            && (folded.starts_with("me") || folded.starts_with("ber"))
            && !matches!(
                folded,
                "menteri" | "metode" | "mentah" | "memang" | "berbagai" | "bersama" | "beserta"
            )
    }

    /// meN- forms only: ber- forms are mostly intransitive and often
    /// adjectives inside a phrase ("kelompok bersenjata Palestina"), and a
    /// few me- words are nouns or adjectives ("helikopter meriam AS",
    /// "negara merdeka").
    fn transitive_form(&self, folded: &str) -> bool {
        self.verb_form(folded)
            && folded.starts_with("me")
            && !matches!(
                folded,
                "merdeka" | "meriam" | "menengah" | "meninggal" | "mereka" | "merupakan"
            )
    }

    fn plural_pronoun(&self, folded: &str) -> bool {
        folded == "mereka"
    }

    fn passive_of_content(&self, folded: &str) -> bool {
        matches!(
            folded,
            "diumumkan" | "dilaporkan" | "dinyatakan" | "dikatakan" | "diungkapkan"
        )
    }

    fn infinitive_marker(&self, folded: &str) -> bool {
        folded == "untuk"
    }

    fn future_marker(&self, folded: &str) -> bool {
        folded == "akan"
    }

    fn injury_word(&self, folded: &str) -> bool {
        matches!(folded, "terluka" | "cedera" | "luka-luka" | "luka")
    }

    fn declaring_verb(&self, folded: &str) -> bool {
        matches!(folded, "mengumumkan" | "mendeklarasikan")
    }

    fn ending_verb(&self, folded: &str) -> bool {
        matches!(
            folded,
            "mengakhiri" | "menghentikan" | "menyudahi" | "mencabut"
        )
    }

    fn count_noun(&self, folded: &str) -> bool {
        folded == "jumlah"
    }

    fn verb_like(&self, folded: &str) -> bool {
        folded.len() > 4
            && ["me", "di", "ber", "ter"]
                .iter()
                .any(|p| folded.starts_with(p))
    }

    fn modal(&self, folded: &str) -> bool {
        matches!(
            folded,
            "dapat" | "bisa" | "akan" | "mampu" | "harus" | "telah" | "sudah" | "sedang" | "masih"
        )
    }

    fn object_relative_pronoun(&self, folded: &str) -> bool {
        folded == "yang"
    }

    fn labelling_verb(&self, folded: &str) -> bool {
        matches!(
            folded,
            "mencap"
                | "menyebut"
                | "menyebutkan"
                | "menamakan"
                | "menamai"
                | "menggambarkan"
                | "menganggap"
                | "menilai"
                | "menjuluki"
        )
    }

    fn describing_verb(&self, folded: &str) -> bool {
        matches!(
            folded,
            "diduga" | "disebut" | "dianggap" | "diyakini" | "dikenal" | "dinilai" | "dicurigai"
        )
    }

    fn number_word(&self, folded: &str) -> bool {
        matches!(
            folded,
            "satu"
                | "dua"
                | "tiga"
                | "empat"
                | "lima"
                | "enam"
                | "tujuh"
                | "delapan"
                | "sembilan"
                | "sepuluh"
                | "sebelas"
                | "belasan"
                | "puluhan"
                | "ratusan"
                | "ribuan"
        )
    }

    fn people_word(&self, folded: &str) -> bool {
        matches!(folded, "lainnya" | "lain" | "lagi" | "orang")
    }

    fn sex_modifier(&self, folded: &str) -> bool {
        matches!(folded, "wanita" | "perempuan" | "pria" | "laki-laki")
    }

    fn nationals_head(&self, folded: &str) -> bool {
        matches!(
            folded,
            "orang" | "warga" | "rakyat" | "warganegara" | "penduduk" | "bangsa"
        )
    }

    fn phrase_inner(&self, folded: &str) -> bool {
        matches!(folded, "sebuah" | "suatu" | "bagian" | "satu" | "salah")
    }

    fn post_negation(&self, folded: &str) -> bool {
        matches!(folded, "dibatalkan" | "ditunda" | "ditangguhkan" | "batal")
    }

    fn death_word(&self, folded: &str) -> bool {
        matches!(
            folded,
            "tewas" | "menewaskan" | "meninggal" | "terbunuh" | "mematikan"
        )
    }

    fn time_linker(&self, folded: &str) -> bool {
        matches!(
            folded,
            "setelah"
                | "sesudah"
                | "sebelum"
                | "sejak"
                | "semenjak"
                | "usai"
                | "seusai"
                | "sehabis"
                | "pasca"
        )
    }

    fn result_linker(&self, folded: &str) -> bool {
        folded == "sehingga"
    }

    fn relative_gap(&self, folded: &str) -> bool {
        matches!(
            folded,
            "pada" | "juga" | "pun" | "sempat" | "baru" | "sebelumnya" | "kemudian" | "lalu"
        )
    }

    fn verb_group_filler(&self, folded: &str) -> bool {
        matches!(
            folded,
            "sedang" | "akan" | "masih" | "sudah" | "telah" | "pernah" | "diri" | "dirinya"
        )
    }

    fn addressee_object(&self, folded: &str) -> bool {
        matches!(folded, "memberitahu" | "memberitahunya")
    }

    fn boundary_noun(&self, folded: &str) -> bool {
        matches!(folded, "perbatasan" | "perbatasannya" | "batas")
    }

    fn departure_verb(&self, folded: &str) -> bool {
        folded == "meninggalkan"
    }

    fn compass_adjective(&self, folded: &str) -> bool {
        matches!(
            folded,
            "utara"
                | "selatan"
                | "barat"
                | "timur"
                | "tengah"
                | "baratlaut"
                | "baratdaya"
                | "timurlaut"
                | "tenggara"
        )
    }

    fn participants(&self) -> &'static [&'static [&'static str]] {
        &[
            &["para", "pihak"],
            &["kedua", "belah", "pihak"],
            &["kedua", "pihak"],
            &["kedua", "negara"],
            &["kedua", "pemerintah"],
            &["kedua", "pemerintahan"],
            &["kedua", "bangsa"],
            &["kedua", "tetangga"],
            &["kedua", "pemimpin"],
            &["kedua", "menteri"],
            &["kedua", "delegasi"],
            &["kedua", "presiden"],
            &["keduanya"],
            &["masing-masing", "pihak"],
        ]
    }

    fn time_phrase_len(&self, tokens: &[&str]) -> usize {
        let at = |i: usize| tokens.get(i).copied().unwrap_or("");
        let weekday = |w: &str| {
            matches!(
                w,
                "senin" | "selasa" | "rabu" | "kamis" | "jumat" | "jum'at" | "sabtu" | "ahad"
            )
        };
        let period = |w: &str| matches!(w, "pekan" | "minggu" | "bulan" | "tahun");
        let part_of_day = |w: &str| matches!(w, "pagi" | "siang" | "sore" | "malam");
        // "(pada) (hari) Rabu (malam)", "pekan lalu", "bulan depan", "kemarin".
        let mut i = 0;
        if at(i) == "pada" {
            i += 1;
        }
        if at(i) == "hari" && weekday(at(i + 1)) {
            i += 1;
        }
        if weekday(at(i)) {
            return i + 1 + usize::from(part_of_day(at(i + 1)));
        }
        if i > 0 {
            return 0;
        }
        match at(0) {
            "kemarin" => 1 + usize::from(part_of_day(at(1))),
            w if period(w) && matches!(at(1), "lalu" | "depan" | "ini") => 2,
            _ => 0,
        }
    }

    fn head_initial(&self) -> bool {
        true
    }

    fn year_noun(&self, folded: &str) -> bool {
        folded == "tahun"
    }

    fn postnominal_possessive(&self, folded: &str) -> bool {
        matches!(folded, "mereka" | "dia" | "beliau")
    }

    // Not "ibu" or "bapak", which are also titles of address ("Ibu
    // Megawati").
    fn kin_noun(&self, folded: &str) -> bool {
        matches!(
            folded,
            "ayah"
                | "ayahnya"
                | "putra"
                | "putranya"
                | "putri"
                | "putrinya"
                | "anak"
                | "anaknya"
                | "istri"
                | "isteri"
                | "istrinya"
                | "suami"
                | "suaminya"
                | "janda"
                | "saudara"
                | "saudaranya"
                | "kakak"
                | "adik"
                | "paman"
                | "kakek"
                | "nenek"
                | "cucu"
                | "keponakan"
                | "menantu"
                | "mertua"
                | "sepupu"
                | "ipar"
        )
    }
}
