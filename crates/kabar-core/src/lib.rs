//! kabar-core: the data model shared by every stage of kabar's flow and the
//! CAMEO / PLOVER / Goldstein / QuadClass code tables.
//!
//! Stages (text → coder → store) exchange the owned values defined here; the
//! code tables are embedded from `data/cameo` and `data/plover`.

pub mod codes;
pub mod flat;
pub mod lang;
pub mod model;

pub use codes::{CodeTables, EventCode};
pub use flat::FlatEvent;
pub use lang::Lang;
pub use model::*;
