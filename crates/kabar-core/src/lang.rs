//! Languages kabar reads natively.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language kabar can code without translation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Indonesian (Bahasa Indonesia).
    Id,
    /// English.
    En,
}

impl Lang {
    /// ISO 639-1 code: `id` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "id" | "ind" | "indonesian" | "in" => Ok(Lang::Id),
            "en" | "eng" | "english" => Ok(Lang::En),
            other => Err(format!(
                "unsupported language {other:?}: kabar reads `id` (Indonesian) and `en` (English)"
            )),
        }
    }
}
