//! Print the coder's account of a text: `cargo run --example explain -- FILE [id|en]`.
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let lang = args.next().and_then(|l| l.parse().ok());
    let text = std::fs::read_to_string(&path).unwrap_or(path);
    let coder = match kabar_coder::Coder::embedded() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return;
        }
    };
    let doc = kabar_core::Document {
        id: "x".into(),
        text,
        lang,
        ..Default::default()
    };
    let (_, trace) = coder.explain(&doc);
    print!("{trace}");
}
