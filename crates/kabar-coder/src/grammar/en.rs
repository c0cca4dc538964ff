//! English closed-class words.

use super::{table, Language, Prep, SubjectPronoun, Word, WordTable, CALENDAR};
use kabar_core::Lang;
use std::sync::OnceLock;

/// English.
pub struct English;

fn words() -> &'static WordTable {
    static T: OnceLock<WordTable> = OnceLock::new();
    T.get_or_init(|| {
        table(&[
            (
                &[
                    "in",
                    "at",
                    "inside",
                    "outside",
                    "near",
                    "during",
                    "across",
                    "throughout",
                ],
                Word::Prep(Prep::Locative),
            ),
            (
                &["to", "into", "toward", "towards"],
                Word::Prep(Prep::Directional),
            ),
            (&["with", "alongside"], Word::Prep(Prep::Comitative)),
            (
                &["against", "on", "upon", "at", "for"],
                Word::Prep(Prep::Goal),
            ),
            (&["by"], Word::Prep(Prep::Agentive)),
            (&["between", "among", "amongst"], Word::Prep(Prep::Between)),
            (
                &["about", "over", "regarding", "concerning", "on"],
                Word::Prep(Prep::About),
            ),
            (&["as"], Word::Prep(Prep::As)),
            (
                &[
                    "of",
                    "from",
                    "since",
                    "until",
                    "through",
                    "via",
                    "without",
                    "like",
                    "according",
                    "after",
                    "before",
                    "under",
                    "within",
                    "despite",
                    "amid",
                    "around",
                    "behind",
                    "beyond",
                    "per",
                ],
                Word::Prep(Prep::Other),
            ),
            (&["he", "she", "they", "him", "her", "them"], Word::Pronoun),
            (&["and", "or", "nor"], Word::Conj),
            (&["who", "which", "whom", "whose"], Word::Relative),
            (&["this", "that", "these", "those", "said"], Word::Anaphor),
            (
                &[
                    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got",
                    "gotten",
                ],
                Word::Aux,
            ),
            (
                &[
                    "senior", "special", "deputy", "vice", "chief", "top", "former", "acting",
                    "then", "new", "interim", "foreign", "general", "high",
                ],
                Word::Glue,
            ),
            (
                &[
                    "the", "a", "an", "some", "several", "many", "both", "his", "their", "its",
                    "our",
                ],
                Word::Determiner,
            ),
            (
                &[
                    "while", "when", "whereas", "although", "though", "because", "since", "if",
                    "unless", "but", "however", "so", "after", "before", "as",
                ],
                Word::Subordinator,
            ),
            (
                &[
                    "it",
                    "its",
                    "we",
                    "i",
                    "you",
                    "our",
                    "their",
                    "his",
                    "mr",
                    "mrs",
                    "ms",
                    "dr",
                    "not",
                    "no",
                    "also",
                    "meanwhile",
                    "earlier",
                    "later",
                    "last",
                    "next",
                    "there",
                    "here",
                    "what",
                    "who",
                    "where",
                    "why",
                    "how",
                    "read",
                    "related",
                    "share",
                    "photo",
                    "video",
                    "editor",
                    "reporting",
                    "writing",
                    "said",
                    "says",
                    "according",
                    "president",
                    "minister",
                    "prime",
                    "king",
                    "queen",
                    "in",
                    "on",
                    "at",
                    "the",
                    "a",
                    "an",
                    "but",
                    "and",
                    "however",
                    "yesterday",
                    "today",
                    "tomorrow",
                    "week",
                    "month",
                    "year",
                    "one",
                    "two",
                    "three",
                    "all",
                    "each",
                    "every",
                    "other",
                    "such",
                    "more",
                    "most",
                    "some",
                    "any",
                    "would",
                    "will",
                    "could",
                    "should",
                    "may",
                    "might",
                    "must",
                    "can",
                    "while",
                    "when",
                    "after",
                    "before",
                    "this",
                    "that",
                    "these",
                    "those",
                    "both",
                    "during",
                    "despite",
                    "following",
                    "under",
                ],
                Word::Function,
            ),
            (CALENDAR, Word::Function),
        ])
    })
}

impl Language for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn word(&self, folded: &str) -> Option<Word> {
        words().get(folded).copied()
    }

    fn addressee_object(&self, folded: &str) -> bool {
        matches!(folded, "tell" | "tells" | "told" | "telling")
    }

    fn adjective_agent(&self, folded: &str) -> bool {
        folded == "official"
    }

    fn quantity_link(&self, folded: &str) -> bool {
        folded == "of"
    }

    fn undergo_verb(&self, folded: &str) -> bool {
        matches!(
            folded,
            "face"
                | "faces"
                | "faced"
                | "facing"
                | "receive"
                | "receives"
                | "received"
                | "receiving"
                | "suffer"
                | "suffers"
                | "suffered"
                | "suffering"
                | "under"
        )
    }

    fn source_preposition(&self, folded: &str) -> bool {
        folded == "from"
    }

    fn complementizer(&self, folded: &str) -> bool {
        folded == "that"
    }

    fn relative_complementizer(&self, folded: &str) -> bool {
        folded == "that"
    }

    fn infinitive_marker(&self, folded: &str) -> bool {
        folded == "to"
    }

    fn locative_after(&self, prev: &str, folded: &str) -> bool {
        folded == "of"
            && matches!(
                prev,
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "northeast"
                    | "northwest"
                    | "southeast"
                    | "southwest"
                    | "north-east"
                    | "north-west"
                    | "south-east"
                    | "south-west"
                    | "outskirts"
            )
    }

    fn relative_gap(&self, folded: &str) -> bool {
        // "who last month sharply criticized": a time phrase or a manner
        // adverb in "-ly" ("sharply", "publicly").
        matches!(
            folded,
            "last" | "this" | "earlier" | "later" | "recently" | "month" | "week" | "year"
        ) || (folded.len() > 4 && folded.ends_with("ly") && folded != "only")
    }

    fn time_phrase_len(&self, tokens: &[&str]) -> usize {
        let at = |i: usize| tokens.get(i).copied().unwrap_or("");
        let weekday = |w: &str| {
            matches!(
                w,
                "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
            )
        };
        let month = |w: &str| {
            matches!(
                w,
                "january"
                    | "february"
                    | "march"
                    | "april"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
            )
        };
        let day_number =
            |w: &str| !w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit());
        let part_of_day = |w: &str| matches!(w, "morning" | "afternoon" | "evening" | "night");
        let period = |w: &str| matches!(w, "week" | "month" | "year" | "weekend");
        // "on Tuesday", "late Tuesday", "on Tuesday night", "March 28".
        let mut i = 0;
        if at(i) == "on" {
            i += 1;
        }
        if matches!(at(i), "late" | "early") && (weekday(at(i + 1)) || month(at(i + 1))) {
            i += 1;
        }
        if weekday(at(i)) {
            return i + 1 + usize::from(part_of_day(at(i + 1)));
        }
        if month(at(i)) && day_number(at(i + 1)) {
            return i + 2;
        }
        if i > 0 {
            return 0;
        }
        match at(0) {
            "yesterday" | "today" | "tonight" => 1,
            // "last week", "earlier this month", "last Tuesday".
            "last" | "next" | "this" if period(at(1)) || weekday(at(1)) => 2,
            "earlier" | "later" if matches!(at(1), "this" | "last") && period(at(2)) => 3,
            _ => 0,
        }
    }

    fn compass_adjective(&self, folded: &str) -> bool {
        matches!(
            folded,
            "southern"
                | "northern"
                | "eastern"
                | "western"
                | "central"
                | "south"
                | "north"
                | "east"
                | "west"
        )
    }

    fn verb_coordinator(&self, folded: &str) -> bool {
        folded == "and"
    }

    fn plural_pronoun(&self, folded: &str) -> bool {
        folded == "they"
    }

    fn role_participle(&self, folded: &str) -> bool {
        matches!(
            folded,
            "disguised" | "dressed" | "posing" | "masquerading" | "known" | "identified"
        )
    }

    fn possessive_pronoun(&self, folded: &str) -> bool {
        matches!(folded, "its" | "their" | "his" | "her")
    }

    fn modal(&self, folded: &str) -> bool {
        matches!(
            folded,
            "did"
                | "does"
                | "do"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "must"
                | "may"
                | "might"
                | "shall"
        )
    }

    fn preverbal_adverb(&self, folded: &str) -> bool {
        matches!(folded, "not" | "never" | "also" | "n't")
    }

    fn verb_group_start(&self, folded: &str) -> bool {
        (self.modal(folded) && !matches!(folded, "do" | "shall"))
            || matches!(
                folded,
                "had" | "has" | "have" | "is" | "was" | "wants" | "wanted" | "plans" | "planned"
            )
    }

    fn subject_pronoun(&self, folded: &str) -> Option<SubjectPronoun> {
        match folded {
            "it" => Some(SubjectPronoun::Thing),
            "we" | "i" | "you" => Some(SubjectPronoun::Person),
            _ => None,
        }
    }

    fn sentence_linker(&self, folded: &str) -> bool {
        matches!(
            folded,
            "but" | "and" | "however" | "meanwhile" | "yet" | "still" | ","
        )
    }

    fn possessor_preposition(&self, folded: &str) -> bool {
        matches!(folded, "of" | "for")
    }

    fn reduced_relative(&self, prev: &str, w: &str) -> bool {
        // A perfect auxiliary or an adverb or participle before it is no
        // head noun.
        ed_verb_form(w)
            && !prev.ends_with("ed")
            && !prev.ends_with("ly")
            && !matches!(prev, "have" | "has" | "had" | "having" | "not" | "never")
    }

    fn passive_of_content(&self, folded: &str) -> bool {
        matches!(
            folded,
            "announced" | "reported" | "declared" | "disclosed" | "revealed"
        )
    }

    fn injury_word(&self, folded: &str) -> bool {
        matches!(folded, "wounded" | "injured")
    }

    fn count_noun(&self, folded: &str) -> bool {
        folded == "number"
    }

    fn genitive_preposition(&self, folded: &str) -> bool {
        folded == "of"
    }

    fn verb_like(&self, folded: &str) -> bool {
        folded.chars().all(|c| c.is_ascii_lowercase())
    }

    fn describing_verb(&self, folded: &str) -> bool {
        matches!(
            folded,
            "believed" | "thought" | "known" | "called" | "said" | "considered" | "suspected"
        )
    }

    fn number_word(&self, folded: &str) -> bool {
        matches!(
            folded,
            "one"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "twenty"
                | "dozen"
                | "dozens"
                | "scores"
                | "hundreds"
                | "thousands"
        )
    }

    fn people_word(&self, folded: &str) -> bool {
        matches!(
            folded,
            "others" | "another" | "more" | "people" | "persons" | "person" | "civilians"
        )
    }

    fn request_participle(&self, folded: &str) -> bool {
        matches!(folded, "asked" | "invited" | "urged" | "pressed")
    }

    fn boundary_noun(&self, folded: &str) -> bool {
        matches!(
            folded,
            "border" | "borders" | "frontier" | "frontiers" | "boundary" | "boundaries"
        )
    }

    fn transitive_participle(&self, folded: &str) -> bool {
        matches!(
            folded,
            "killed"
                | "wounded"
                | "injured"
                | "kidnapped"
                | "abducted"
                | "murdered"
                | "assassinated"
                | "arrested"
                | "detained"
                | "captured"
                | "executed"
                | "seized"
                | "hurt"
                | "freed"
                | "released"
                | "accused"
                | "routed"
        )
    }

    fn hedge_participle(&self, folded: &str) -> bool {
        matches!(
            folded,
            "reported" | "said" | "believed" | "feared" | "confirmed" | "thought" | "presumed"
        )
    }

    fn approximator_pair(&self, prep: &str, next: &str) -> bool {
        prep == "at" && matches!(next, "least" | "most")
    }

    fn absolute_construction(&self, prep: &str, verb: &str) -> bool {
        prep == "with" && verb.len() > 5 && verb.ends_with("ing")
    }

    fn dispatched_force(&self, folded: &str) -> bool {
        matches!(
            folded,
            "troops"
                | "forces"
                | "soldiers"
                | "peacekeepers"
                | "marines"
                | "reinforcements"
                | "personnel"
                | "force"
                | "contingent"
                | "battalion"
                | "battalions"
        )
    }

    fn perfect_aux(&self, folded: &str) -> bool {
        matches!(folded, "has" | "have" | "had")
    }

    fn bare_death(&self, folded: &str) -> bool {
        matches!(folded, "died" | "dies" | "die")
    }

    fn death_word(&self, folded: &str) -> bool {
        matches!(
            folded,
            "killed" | "killing" | "kills" | "kill" | "died" | "dies" | "dead"
        )
    }

    fn ending_verb(&self, folded: &str) -> bool {
        matches!(
            folded,
            "end"
                | "ends"
                | "ended"
                | "ending"
                | "stop"
                | "stops"
                | "stopped"
                | "stopping"
                | "halt"
                | "halts"
                | "halted"
                | "halting"
                | "lift"
                | "lifts"
                | "lifted"
                | "lifting"
        )
    }

    fn purpose_preposition(&self, folded: &str) -> bool {
        folded == "for"
    }

    fn clause_preposition(&self, folded: &str) -> bool {
        matches!(
            folded,
            "after" | "before" | "since" | "until" | "till" | "as"
        )
    }

    fn object_relative_pronoun(&self, folded: &str) -> bool {
        matches!(folded, "which" | "whom" | "who")
    }

    fn labelling_verb(&self, folded: &str) -> bool {
        let stem = folded
            .strip_suffix("ing")
            .or_else(|| folded.strip_suffix("ed"))
            .or_else(|| folded.strip_suffix('s'))
            .unwrap_or(folded);
        matches!(
            stem,
            "brand"
                | "label"
                | "labell"
                | "term"
                | "dub"
                | "dubb"
                | "describ"
                | "describe"
                | "denounc"
                | "characteriz"
                | "characteris"
        )
    }

    fn past_tense_form(&self, folded: &str) -> bool {
        folded.len() >= 5 && !folded.ends_with("eed") && ed_verb_form(folded)
    }

    fn approximator(&self, folded: &str) -> bool {
        matches!(folded, "about" | "around" | "over")
    }

    fn allegiance(&self, folded: &[&str]) -> bool {
        matches!(
            folded,
            ["loyal", "to"]
                | ["still", "loyal", "to"]
                | ["allied", "to" | "with"]
                | ["aligned", "with" | "to"]
                | ["affiliated", "with" | "to"]
        )
    }

    fn participants(&self) -> &'static [&'static [&'static str]] {
        &[
            &["both", "sides"],
            &["the", "two", "sides"],
            &["the", "two", "countries"],
            &["both", "countries"],
            &["the", "two", "leaders"],
            &["both", "leaders"],
            &["the", "two", "ministers"],
            &["the", "two", "delegations"],
            &["the", "parties"],
            &["the", "two", "parties"],
            &["both", "parties"],
            &["both", "neighbours"],
            &["both", "neighbors"],
            &["the", "two", "neighbours"],
            &["the", "two", "neighbors"],
            &["both", "nations"],
            &["the", "two", "nations"],
            &["both", "governments"],
            &["the", "two", "governments"],
            &["the", "two", "states"],
            &["the", "two"],
        ]
    }

    fn head_initial(&self) -> bool {
        false
    }

    fn key_stem<'a>(&self, folded: &'a str) -> Option<(&'a str, bool)> {
        if folded.len() > 2 {
            if let Some(stem) = folded.strip_suffix("'s") {
                return Some((stem, true));
            }
        }
        // "US-led coalition", "Iran-backed militias": the country is the actor's.
        const SUFFIXES: &[&str] = &[
            "-led",
            "-backed",
            "-based",
            "-controlled",
            "-owned",
            "-run",
            "-sponsored",
            "-aligned",
            "-allied",
            "-funded",
            "-supported",
            "-brokered",
            "-held",
        ];
        SUFFIXES
            .iter()
            .find_map(|s| folded.strip_suffix(s))
            .filter(|stem| !stem.is_empty())
            .map(|stem| (stem, false))
    }

    fn group_noun(&self, folded: &str) -> bool {
        self.number_word(folded)
            || matches!(
                folded,
                "millions"
                    | "tens"
                    | "people"
                    | "members"
                    | "group"
                    | "groups"
                    | "number"
                    | "majority"
                    | "some"
                    | "many"
                    | "most"
                    | "all"
                    | "few"
                    | "both"
                    | "each"
                    | "several"
                    | "citizens"
                    | "residents"
                    | "population"
                    | "leaders"
                    | "representatives"
                    | "delegation"
                    | "units"
                    | "contingent"
                    | "battalion"
                    | "soldiers"
                    | "troops"
                    | "officials"
            )
    }
}

/// A word in "-ed" that is a verb form, not one of the words that only end
/// so ("hundred", "sacred", "speed"; "agreed", "freed", "guaranteed" are verbs).
fn ed_verb_form(w: &str) -> bool {
    let not_verb = w.ends_with("eed") && !matches!(w, "agreed" | "freed" | "guaranteed")
        || matches!(
            w,
            "bed" | "red" | "wed" | "shed" | "embed" | "naked" | "sacred" | "wicked" | "hundred"
        );
    w.ends_with("ed") && !not_verb
}
