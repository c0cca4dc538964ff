//! kabar-text: the text stage of kabar.
//!
//! In kabar's flow (`documents ─▶ clean text ─▶ sentences/tokens ─▶ (coder)`)
//! this crate turns a raw news page into text the coder can read:
//!
//! 1. [`clean_plain`] removes what scraped news pages carry besides the story
//!    (doubled titles, "Baca Juga" / "Read also" links, advertisements,
//!    share and comment footers) and finds the title and the dateline;
//! 2. [`detect_lang`] tells Indonesian from English;
//! 3. [`segment()`] splits the cleaned text into sentences and tokens in one
//!    fast pass, keeping abbreviations, decimals, domains and reduplicated
//!    words whole;
//! 4. [`find_dates`] finds date expressions (weekdays, "1 Februari 2023",
//!    "(1/2)", "kemarin", "last week", …) and [`resolve`] turns them into
//!    calendar dates against the publication date.
//!
//! Every offset in this crate is a **byte** offset into the string that was
//! passed in (for segmentation and dates: the cleaned text).

pub mod clean;
pub mod dates;
pub mod lang;
pub mod segment;

pub use clean::{clean_plain, Cleaned, Dateline, Removed, Span};
pub use dates::{find_dates, resolve, DateMention, DateValue, Direction, ResolvedDate};
pub use lang::detect_lang;
pub use segment::{segment, Segmented, Sentence, Token, TokenKind};
