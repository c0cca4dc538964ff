//! Closed-class words of each language (prepositions, pronouns, conjunctions,
//! auxiliaries…) behind one trait, so the role-assignment code is the same for
//! Indonesian and English. Open-class knowledge (names, verbs) is in `data/`.
//!
//! Written by hand: these are the few hundred grammatical words that decide
//! clause structure, which no dictionary crate provides for Indonesian.

mod en;
mod id;

use kabar_core::Lang;

/// What a preposition does to the noun phrase after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prep {
    /// di / in / at: a location.
    Locative,
    /// ke / to / into: a destination.
    Directional,
    /// dengan / with: a partner.
    Comitative,
    /// kepada / terhadap / atas / against / on: the one acted upon.
    Goal,
    /// oleh / by: the agent of a passive.
    Agentive,
    /// antara / between.
    Between,
    /// tentang / mengenai / about / over: a topic.
    About,
    /// sebagai / as: a role, never an actor.
    As,
    /// Any other preposition (dari, untuk, dalam, from, for, of…).
    Other,
}

/// The grammatical class of a closed-class word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// A preposition.
    Prep(Prep),
    /// Third-person pronoun that can be a subject (dia, ia, mereka, he, they).
    Pronoun,
    /// Coordinating conjunction (dan, serta, atau, and, or).
    Conj,
    /// Relative marker (yang, who, which).
    Relative,
    /// Demonstrative that makes a noun anaphoric (ini, tersebut, this, the).
    Anaphor,
    /// English auxiliary that forms the passive (was, were, been…).
    Aux,
    /// Noun-phrase-internal modifier between agent and country words
    /// (senior, khusus, wakil, deputy, of).
    Glue,
    /// Article or classifier that may precede a noun phrase (the, a, para, pihak).
    Determiner,
    /// Clause linker (that, bahwa, while, sambil, after, setelah).
    Subordinator,
    /// Any other function word or calendar word that is never a name even when capitalised.
    Function,
}

/// What a subject pronoun filed as a function word may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectPronoun {
    /// "it": a thing, or the country or organisation that made a statement.
    Thing,
    /// "we", "i", "you": people, never resolved to an actor.
    Person,
}

/// What a language module tells the coder.
pub trait Language: Sync + Send {
    /// The language.
    fn lang(&self) -> Lang;
    /// Class of a folded (lowercase) single word.
    fn word(&self, folded: &str) -> Option<Word>;
    /// Phrases meaning "both parties" (folded words), resolved to the
    /// participants of the preceding meeting.
    fn participants(&self) -> &'static [&'static [&'static str]];
    /// True when the head of a noun phrase comes first ("menteri luar negeri
    /// Rusia"), false when it comes last ("Russian foreign minister").
    fn head_initial(&self) -> bool;
    /// A quantity or group noun before "of" ("thousands of", "the people
    /// of"): the phrase after it takes the role of the whole.
    fn group_noun(&self, _folded: &str) -> bool {
        false
    }
    /// The word linking a measured quantity to what it measures ("25,000
    /// tons of food"): a pattern's gap counts it with the quantity.
    fn quantity_link(&self, _folded: &str) -> bool {
        false
    }
    /// A noun of backing that, between a noun and an actor, makes the phrase
    /// a noun backed by that actor ("pemerintah dukungan AS": the US-backed
    /// government): it describes the noun and reports no act of support.
    fn backing_noun(&self, _folded: &str) -> bool {
        false
    }
    /// A preposition of purpose before an event noun ("for talks with",
    /// "for a visit to"): the meeting is the clause subject's.
    fn purpose_preposition(&self, _folded: &str) -> bool {
        false
    }
    /// A preposition that also links clauses ("after", "since", "sejak"):
    /// before a subject and its verb it is a subordinator.
    fn clause_preposition(&self, _folded: &str) -> bool {
        false
    }
    /// A word linking a clause in time ("setelah", "sejak") that names the
    /// act right after it as background when no subject comes between;
    /// English marks this by a gerund or noun after "after"/"since" instead.
    fn time_linker(&self, _folded: &str) -> bool {
        false
    }
    /// A participle of a verb that always takes an object ("killed",
    /// "arrested", "freed"): with no object after it, it is passive.
    fn transitive_participle(&self, _folded: &str) -> bool {
        false
    }
    /// A participle of reporting or belief between a passive auxiliary and
    /// the participle it hedges ("were reported killed", "are believed
    /// kidnapped"): the passive stays the participle's.
    fn hedge_participle(&self, _folded: &str) -> bool {
        false
    }
    /// A preposition and the word after it that round a count ("at least",
    /// "at most"): no preposition governs the phrase counted.
    fn approximator_pair(&self, _prep: &str, _next: &str) -> bool {
        false
    }
    /// A word that may be the verb right after a relative marker or a modal:
    /// Indonesian verbs carry a prefix ("meninggalkan", "dikirim", "bertemu");
    /// any English word may be one ("who back the government").
    fn verb_like(&self, _folded: &str) -> bool {
        false
    }
    /// A verb of belief or naming right after a relative marker ("yang
    /// diduga", "who are believed"): the clause describes its head.
    fn describing_verb(&self, _folded: &str) -> bool {
        false
    }
    /// The preposition of a noun's complement ("of"): "the visit of Mukherjee"
    /// is his, "the invasion of Iraq" is done to Iraq.
    fn genitive_preposition(&self, _folded: &str) -> bool {
        false
    }
    /// A word of stance standing apart before a name ("anti", "pro"):
    /// "pemerintah anti Suriah" is the anti-Syrian government, not Syria's.
    /// Both languages borrow the same two words.
    fn stance_word(&self, folded: &str) -> bool {
        matches!(folded, "anti" | "pro")
    }
    /// A perfect auxiliary ("has", "had"), a verb-group word before the verb.
    fn perfect_aux(&self, _folded: &str) -> bool {
        false
    }
    /// A verb of dying that names no cause ("died"; unlike Indonesian
    /// "tewas", which reports a violent death): it reports an attack only
    /// when the dead are soldiers or police.
    fn bare_death(&self, _folded: &str) -> bool {
        false
    }
    /// A word that stands inside a noun phrase between a preposition and the
    /// noun a name modifies without ending the phrase: Indonesian classifiers
    /// and "one" ("di sebuah pasar Baghdad", "terhadap satu kantor Iran",
    /// "terhadap salah satu pos Iran") and the part noun "bagian" ("di bagian
    /// selatan Nigeria").
    fn phrase_inner(&self, _folded: &str) -> bool {
        false
    }
    /// A negation cue that follows the event it negates, as its predicate
    /// ("kunjungan itu dibatalkan", "pertemuan … ditunda"): it negates an
    /// event noun before it, and a verb after it only right before it ("batal
    /// berkunjung"), never one of the next clause ("…dibatalkan, dan Somalia
    /// mengecam…").
    fn post_negation(&self, _folded: &str) -> bool {
        false
    }
    /// A word that reports a death ("tewas", "menewaskan", "killed", "died"):
    /// next to an accident, disaster or illness it reports no attack.
    fn death_word(&self, _folded: &str) -> bool {
        false
    }
    /// A verb of announcing or declaring ("mengumumkan"): an event noun
    /// right after it ("mengumumkan jam malam", "mengumumkan pemogokan") is
    /// the announcer's own act, not a topic of what is said.
    fn declaring_verb(&self, _folded: &str) -> bool {
        false
    }
    /// A word reporting people wounded ("terluka", "wounded").
    fn injury_word(&self, _folded: &str) -> bool {
        false
    }
    /// A noun counting people ("jumlah", "number"): the dead it counts
    /// are a tally, not a report of a killing.
    fn count_noun(&self, _folded: &str) -> bool {
        false
    }
    /// A number written as a word ("three", "dozens", "tiga", "puluhan").
    fn number_word(&self, _folded: &str) -> bool {
        false
    }
    /// A word standing for more people of a count ("others", "another",
    /// "people", "lainnya", "orang"): "three others were wounded".
    fn people_word(&self, _folded: &str) -> bool {
        false
    }
    /// A word for a person's sex that, before another agent word, only
    /// modifies it ("wanita jurubicara tentara": the army's spokeswoman, a
    /// soldier's voice, not a civilian).
    fn sex_modifier(&self, _folded: &str) -> bool {
        false
    }
    /// A noun for the people of a country before its name ("orang
    /// Prancis", "warga Irak"): the phrase names nationals, not a place.
    fn nationals_head(&self, _folded: &str) -> bool {
        false
    }
    /// A preposition that, right before a number, only rounds it ("about
    /// 200 supporters", "around 50 people"): it governs no phrase there.
    fn approximator(&self, _folded: &str) -> bool {
        false
    }
    /// Words between a group and the actor it serves ("militants loyal to
    /// Zarqawi", "factions allied with the government"): the group belongs
    /// to that actor's country.
    fn allegiance(&self, _folded: &[&str]) -> bool {
        false
    }
    /// A word that, right after a comma, links a clause ("…, sementara
    /// Komisi Eropa menjanjikan…" = while) though elsewhere it modifies a
    /// noun ("pemerintah sementara", interim).
    fn comma_linker(&self, _folded: &str) -> bool {
        false
    }
    /// A conjunction that joins a second verb to the first one's subject
    /// ("Sudan rejected … and supported …", "Sudan menolak … dan
    /// mendukung …").
    fn verb_coordinator(&self, _folded: &str) -> bool {
        false
    }
    /// A word whose form marks it as an active verb (Indonesian meN- and
    /// ber- forms: "menempatkan", "bekerja"), so it can head a verb
    /// complement even where no dictionary lists it.
    fn verb_form(&self, _folded: &str) -> bool {
        false
    }
    /// A relative pronoun that can stand for the object of the verb after
    /// the clause's own subject ("Hezbollah, which Israel fought"; "yang"
    /// with a bare object-voice verb, "yang Israel serang").
    fn object_relative_pronoun(&self, _folded: &str) -> bool {
        false
    }
    /// A verb that names or judges what its object is ("brand", "describe",
    /// "mencap", "menyebut"): an event noun it takes is not its subject's act.
    fn labelling_verb(&self, _folded: &str) -> bool {
        false
    }
    /// A word whose form marks it as a finite past-tense verb (English
    /// "voted", "decided"), so a phrase before it can be a subject.
    fn past_tense_form(&self, _folded: &str) -> bool {
        false
    }
    /// A word whose form marks it as an active transitive verb (Indonesian
    /// meN- forms: "menggulingkan", "membantu"), which takes the noun after
    /// it as its object: a preposition before it ("untuk menggulingkan
    /// Presiden Conte") governs the verb, not that noun.
    fn transitive_form(&self, _folded: &str) -> bool {
        false
    }
    /// A third-person plural pronoun ("they", "mereka"): after a
    /// coordinated subject it stands for all of it.
    fn plural_pronoun(&self, _folded: &str) -> bool {
        false
    }
    /// A participle that takes a role after "as" ("disguised as", "known
    /// as"): the "as" there is a preposition, never a clause opener.
    fn role_participle(&self, _folded: &str) -> bool {
        false
    }
    /// A possessive pronoun before a noun ("its", "their", "his"): a bare
    /// agent it owns ("their forces") belongs to the sentence's subject.
    fn possessive_pronoun(&self, _folded: &str) -> bool {
        false
    }
    /// A modal or "do" ("will", "would", "did"; "dapat", "akan"): the word after it is a
    /// verb ("did not demand"), never a noun.
    fn modal(&self, _folded: &str) -> bool {
        false
    }
    /// An adverb that may stand between a modal and its verb ("not",
    /// "never", "also").
    fn preverbal_adverb(&self, _folded: &str) -> bool {
        false
    }
    /// The preposition naming whom a statement is addressed to right after
    /// its speaker (", kata Olmert kepada kabinetnya"); English names the
    /// addressee as the object of "told" instead.
    fn addressee_preposition(&self, _folded: &str) -> bool {
        false
    }
    /// A word ending in a possessive clitic ("Partai Buruhnya", "pasukannya":
    /// his party, its troops): a bare agent it ends belongs to the
    /// sentence's subject, as after an English possessive pronoun.
    fn possessive_clitic(&self, _folded: &str) -> bool {
        false
    }
    /// A modal, auxiliary or catenative verb that opens a verb group ("would",
    /// "will", "has", "plans"):
    /// a pronoun right before one is a subject.
    fn verb_group_start(&self, _folded: &str) -> bool {
        false
    }
    /// A subject pronoun the word table files as a function word ("it",
    /// "we"), and what it may stand for.
    fn subject_pronoun(&self, _folded: &str) -> Option<SubjectPronoun> {
        None
    }
    /// A subject pronoun after a "that" shows the "that" opens a clause of
    /// its own ("announced that it will withdraw"), not a relative one.
    fn clause_subject_pronoun(&self, folded: &str) -> bool {
        self.subject_pronoun(folded).is_some()
    }
    /// A pronoun that may stand for a country or organisation but is too
    /// often a thing ("it"): it names an actor only as the subject of a
    /// reported clause ("Nigeria announced that it will withdraw"), where it
    /// is the one who spoke.
    fn reported_pronoun(&self, folded: &str) -> bool {
        self.subject_pronoun(folded) == Some(SubjectPronoun::Thing)
    }
    /// A word that may open a sentence before its subject ("But", "However",
    /// a comma after it): the phrase after it still opens the sentence.
    fn sentence_linker(&self, _folded: &str) -> bool {
        false
    }
    /// A verb of undergoing before an event noun ("faced criticism", "came
    /// under attack", "mendapat serangan"): its subject is the one the act
    /// is done to, not the one who does it.
    fn undergo_verb(&self, _folded: &str) -> bool {
        false
    }
    /// The preposition naming where an undergone act came from ("from",
    /// "dari"): its actor is the agent.
    fn source_preposition(&self, _folded: &str) -> bool {
        false
    }
    /// The word that opens a reported clause after a verb of saying
    /// ("said that it will", "mengatakan bahwa").
    fn complementizer(&self, _folded: &str) -> bool {
        false
    }
    /// A complementizer that is also a relative pronoun before a verb
    /// (English "a bombing that killed"); Indonesian keeps "yang" apart.
    fn relative_complementizer(&self, _folded: &str) -> bool {
        false
    }
    /// A preposition that ties an actor to the common noun before it as
    /// its owner or beneficiary ("a camp for refugees", "members of the
    /// security forces"): when the noun is a passive's subject, the actor is
    /// the one the act is done to.
    fn possessor_preposition(&self, _folded: &str) -> bool {
        false
    }
    /// A participle right after a common noun that opens a reduced relative
    /// clause ("techniques used against detainees", "crimes committed by
    /// Croat forces"): the phrases after it belong to it, not to an earlier
    /// verb. `prev` is the noun before, `w` the participle.
    fn reduced_relative(&self, _prev: &str, _w: &str) -> bool {
        false
    }
    /// A passive statement verb whose subject is what is said, not whom it
    /// is said to ("announced", "diumumkan"; unlike "was told", "disebut").
    fn passive_of_content(&self, _folded: &str) -> bool {
        false
    }
    /// A statement verb whose direct object is the one addressed ("told
    /// Japan that …", "memberitahu Rice bahwa …"; other Indonesian
    /// statement verbs name the addressee with "kepada").
    fn addressee_object(&self, _folded: &str) -> bool {
        false
    }
    /// An agent word that is also an adjective ("official": "a US official
    /// said" but "an official visit"): it names an agent only as the head of
    /// its phrase, after a determiner, a modifier or a name and before no
    /// noun of its own.
    fn adjective_agent(&self, _folded: &str) -> bool {
        false
    }
    /// The word that marks an infinitive ("to mediate"): a verb right after
    /// it completes the verb before it, whose objects stand between the two
    /// ("will visit Mauritania and Senegal to mediate"), so it shares that
    /// verb's plan or hypothesis.
    fn infinitive_marker(&self, _folded: &str) -> bool {
        false
    }
    /// A future marker that may stand between a verb and the verb it
    /// governs ("mengancam akan membunuh": threatened to kill); English
    /// uses its infinitive marker there instead.
    fn future_marker(&self, _folded: &str) -> bool {
        false
    }
    /// A preposition that, after the word before it, places what follows
    /// ("south of Baghdad", "north-west of Kabul"): a location, not an
    /// owner or a topic.
    fn locative_after(&self, _prev: &str, _folded: &str) -> bool {
        false
    }
    /// A conjunction of result that opens a subjectless continuation of the
    /// clause before it (Indonesian "sehingga menewaskan": thereby killing).
    fn result_linker(&self, _folded: &str) -> bool {
        false
    }
    /// A word that may stand between a relative marker and its verb: an
    /// adverb or a time phrase ("yang juga melakukan", "yang pada bulan lalu
    /// mengecam").
    fn relative_gap(&self, _folded: &str) -> bool {
        false
    }
    /// A participle of asking that, right before "to" and after a comma or
    /// at the start, is passive ("Asked to comment, …", ", asked to
    /// respond, …").
    fn request_participle(&self, _folded: &str) -> bool {
        false
    }
    /// A noun for a border ("border", "perbatasan"): a phrase after it
    /// with "with" or "between" names the neighbour, not a partner.
    fn boundary_noun(&self, _folded: &str) -> bool {
        false
    }
    /// A verb of leaving whose object is a place left, not a party
    /// ("meninggalkan Beijing untuk melakukan kunjungan").
    fn departure_verb(&self, _folded: &str) -> bool {
        false
    }
    /// The number of folded tokens at the start of `tokens` that make a
    /// time phrase a verb pattern may be read across ("agreed last week
    /// to", "met on Tuesday with", "arrived March 28 in"); 0 for none.
    fn time_phrase_len(&self, _tokens: &[&str]) -> usize {
        0
    }
    /// A compass adjective that may stand between "of" and a country
    /// ("the Albanians of southern Serbia").
    fn compass_adjective(&self, _folded: &str) -> bool {
        false
    }
    /// A word of a verb group other than the verbs themselves: an aspect
    /// word or a reflexive object ("sedang", "akan", "diri" in "tidak sedang
    /// mempersiapkan diri untuk menyerang"), through which a negation before
    /// the group reaches the verb it ends with.
    fn verb_group_filler(&self, _folded: &str) -> bool {
        false
    }
    /// An absolute construction: a preposition, a phrase, and a verb form
    /// whose subject that phrase is (English "with both neighbours
    /// pledging …").
    fn absolute_construction(&self, _prep: &str, _verb: &str) -> bool {
        false
    }
    /// A noun for a force that is sent somewhere ("troops", "forces"): "to"
    /// after it names the destination, not whom the force belongs to
    /// ("21,500 troops to Iraq", unlike "adviser to the president").
    fn dispatched_force(&self, _folded: &str) -> bool {
        false
    }

    /// A verb of ending a sustained act ("end", "stopped", "lifted",
    /// "mengakhiri", "mencabut"): an event noun in the phrase right after it
    /// ("end their aid boycott", "mengakhiri boikot") is what is ended, not
    /// an event the sentence reports; a reversal is coded only by a pattern
    /// of its own ("mencabut * embargo", 085).
    fn ending_verb(&self, _folded: &str) -> bool {
        false
    }
    /// A noun that introduces a year ("tahun 1998"): a year it marks may
    /// date an event noun from further along its phrase ("pemboman kedutaan
    /// besar AS di Kenya dan Tanzania tahun 1998").
    fn year_noun(&self, _folded: &str) -> bool {
        false
    }
    /// A kinship noun that heads a phrase before a name ("ayah Mubarak",
    /// "janda Habyarimana"): the phrase names a relative of the person, not
    /// the person.
    fn kin_noun(&self, _folded: &str) -> bool {
        false
    }
    /// A personal pronoun that, right after a noun phrase, is its possessor
    /// ("sekutu Ethiopia mereka", their Ethiopian allies), not a subject.
    fn postnominal_possessive(&self, _folded: &str) -> bool {
        false
    }
    /// The dictionary word of an inflected form the dictionary does not list
    /// (Indonesian "pejabat-pejabat" → "pejabat", "pasukannya" → "pasukan").
    fn word_base<'a>(&self, _folded: &'a str) -> Option<&'a str> {
        None
    }
    /// The part of a folded token to match dictionaries with, and whether
    /// the cut-off part was a possessive; `None` to match it whole.
    fn key_stem<'a>(&self, _folded: &'a str) -> Option<(&'a str, bool)> {
        None
    }
}

/// The language module for `lang`.
pub fn for_lang(lang: Lang) -> &'static dyn Language {
    match lang {
        Lang::Id => &id::Indonesian,
        Lang::En => &en::English,
    }
}

/// A word-class table; FNV because it is probed for every token and the keys
/// are short, trusted words.
pub(crate) type WordTable = fnv::FnvHashMap<&'static str, Word>;

/// Build a lookup table from `(word, class)` lists once.
pub(crate) fn table(lists: &[(&'static [&'static str], Word)]) -> WordTable {
    let mut m = WordTable::default();
    for (words, class) in lists {
        for w in *words {
            m.entry(*w).or_insert(*class);
        }
    }
    m
}

/// Currency words of both languages: the country next to them names a
/// currency ("dolar AS", "U.S. dollars"), not an actor.
pub const CURRENCY: &[&str] = &[
    "dolar", "dollar", "dollars", "yuan", "yen", "euro", "euros", "rupee", "rupees", "ringgit",
];

/// Language words of both languages: a country name right before
/// ("the Russian language") or right after ("bahasa Inggris") one of these
/// names a language, not an actor.
pub const LANGUAGE_BEFORE_NAME: &[&str] = &["bahasa"];
/// See [`LANGUAGE_BEFORE_NAME`]; these follow the name.
pub const LANGUAGE_AFTER_NAME: &[&str] = &["language", "languages"];

/// Lower-case particles of transliterated Arabic names, written joined to
/// the capitalised name by a hyphen in both languages' news: "al-Qaeda",
/// "Nuri al-Maliki", "Lashkar-e-Taiba"'s "ul-Mujahideen".
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an", "bin", "ibn",
];

/// Is `word` written as a name: capitalised, a number, or a name particle
/// joined to a capitalised name ("al-Qaeda")?
pub fn name_cased(word: &str) -> bool {
    if word
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    {
        return true;
    }
    word.split_once('-').is_some_and(|(particle, rest)| {
        NAME_PARTICLES.contains(&particle) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Calendar words of both languages: never names, even capitalised.
pub(crate) const CALENDAR: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "ahad",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "agu",
    "sep",
    "sept",
    "oct",
    "okt",
    "nov",
    "dec",
    "des",
    "wib",
    "wita",
    "wit",
    "gmt",
    "utc",
];

#[cfg(test)]
mod tests {
    use super::name_cased;

    #[test]
    fn name_particles_join_a_capitalised_name() {
        for w in ["Qaeda", "al-Qaeda", "ul-Mujahideen", "bin-Laden", "2007"] {
            assert!(name_cased(w), "{w}");
        }
        // Prefixes that are no name particle, and particles before a
        // lower-case word, describe rather than name.
        for w in [
            "pro-Taliban",
            "non-Arab",
            "mid-January",
            "al-",
            "al-qaeda",
            "al",
        ] {
            assert!(!name_cased(w), "{w}");
        }
    }
}
