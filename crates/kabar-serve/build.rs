//! Copies the dashboard's country outlines (data/world/countries.json, made
//! by the dashboard's tools) into OUT_DIR for embedding; when the file is
//! not there yet, an empty GeoJSON collection stands in.

use std::path::Path;

fn main() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/world/countries.json");
    println!("cargo:rerun-if-changed={}", source.display());
    let out = std::env::var("OUT_DIR").map(|d| Path::new(&d).join("world.json"));
    let Ok(out) = out else {
        println!("cargo:warning=OUT_DIR is not set");
        return;
    };
    let content = std::fs::read_to_string(&source)
        .unwrap_or_else(|_| r#"{"type":"FeatureCollection","features":[]}"#.to_string());
    if let Err(e) = std::fs::write(&out, content) {
        println!("cargo:warning=cannot write {}: {e}", out.display());
    }
}
