//! kabar-coder: from clean text to CAMEO events.
//!
//! The knowledge base ([`kb`]) is compiled into one Aho-Corasick matcher
//! ([`lexicon`]); hits become layered mentions and noun phrases with composed
//! actor codes ([`mentions`]); the clause model of [`roles`] assigns source and
//! target per trigger; [`coder`] adds dates, places, issues and evidence.
//! Language-specific grammar lives in [`grammar`], one module per language.

pub mod check;
pub mod coder;
pub mod conventions;
pub mod explain;
pub mod grammar;
pub mod kb;
pub mod lexicon;
pub mod mentions;
pub mod petrarch;
pub mod roles;

pub use coder::{Coder, Extraction, Options, Prepared};
pub use kb::{Kb, KbError};
