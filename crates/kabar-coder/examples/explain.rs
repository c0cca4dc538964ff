//! Print the coder's account of a text: `cargo run --example explain -- FILE [id|en]`,
//! or of every line of a file as its own document: `… -- --lines FILE id|en`.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let coder = match kabar_coder::Coder::embedded() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return;
        }
    };
    let explain = |id: String, text: String, lang: Option<kabar_core::Lang>| {
        let doc = kabar_core::Document {
            id,
            text,
            lang,
            ..Default::default()
        };
        coder.explain(&doc).1
    };
    if args.first().map(String::as_str) == Some("--lines") {
        let path = args.get(1).cloned().unwrap_or_default();
        let lang = args.get(2).and_then(|l| l.parse().ok());
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        for (i, line) in text.lines().enumerate() {
            for l in explain(i.to_string(), line.to_string(), lang).lines() {
                println!("{i}\t{l}");
            }
        }
        return;
    }
    let path = args.first().cloned().unwrap_or_default();
    let lang = args.get(1).and_then(|l| l.parse().ok());
    let text = std::fs::read_to_string(&path).unwrap_or(path);
    print!("{}", explain("x".into(), text, lang));
}
