//! `kabar._kabar`: the Python extension module behind the `kabar` package.
//!
//! Everything here is conversion: Python values in, [`kabar_coder::Coder`] and
//! [`kabar_ingest::extract_html`] do the work, Python values out. A document
//! given as a dict becomes the same [`Document`] that `kabar extract
//! --input-format jsonl` makes of the same JSON line (blank fields are absent,
//! the title goes before the body, an unnamed language is left to the coder),
//! so the package and the command line code alike.
//!
//! Coding releases the GIL; batches are coded on all cores with rayon.
//! Bad input raises `TypeError` or `ValueError` naming the document and field.

use chrono::{Datelike, NaiveDate};
use kabar_coder::{Coder, Kb, Options};
use kabar_core::{Document, Event, FlatEvent, Lang};
use kabar_ingest::Article;
use pyo3::exceptions::{PyFileNotFoundError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDateAccess, PyDict, PyList, PyString, PyTuple};
use pyo3::IntoPyObjectExt;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// The coder over the built-in dictionaries, built on first use.
fn default_coder(py: Python<'_>) -> PyResult<Arc<Coder>> {
    static DEFAULT: OnceLock<Result<Arc<Coder>, String>> = OnceLock::new();
    let made = py.detach(|| {
        DEFAULT
            .get_or_init(|| build_coder(None, false).map(Arc::new))
            .clone()
    });
    made.map_err(PyRuntimeError::new_err)
}

/// The built-in knowledge base plus, when given, a dictionary directory.
fn build_coder(
    dict_dir: Option<&std::path::Path>,
    keep_hypothetical: bool,
) -> Result<Coder, String> {
    let mut kb =
        Kb::embedded().map_err(|e| format!("the built-in knowledge base is broken: {e}"))?;
    if let Some(dir) = dict_dir {
        kb.load_dir(dir)
            .map_err(|e| format!("cannot load dictionaries from {}: {e}", dir.display()))?;
    }
    Ok(Coder::new(kb).with_options(Options {
        keep_hypothetical,
        ..Options::default()
    }))
}

/// A document as given in Python, before the language is settled.
struct Input {
    id: String,
    text: String,
    date: Option<NaiveDate>,
    lang: Option<Lang>,
    title: Option<String>,
    url: Option<String>,
}

impl Input {
    /// The document the command line makes of the same JSON line.
    fn into_document(self) -> Document {
        // No language named: the coder detects it on the cleaned text, as for
        // a JSON line without "lang".
        let article = Article {
            id: self.id,
            site: None,
            url: self.url,
            title: self.title,
            date: self.date,
            lang: self.lang,
            text: self.text,
            origin: String::new(),
        };
        kabar_ingest::article_to_document(&article)
    }
}

/// `Some` of a non-blank string (the JSONL reader treats blank fields as absent).
fn non_blank(s: String) -> Option<String> {
    (!s.trim().is_empty()).then_some(s)
}

fn type_name(v: &Bound<'_, PyAny>) -> String {
    v.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// An optional string field: `None` or `str`.
fn opt_str(v: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Ok(non_blank(s.to_cow()?.into_owned())),
            Err(_) => Err(PyTypeError::new_err(format!(
                "{what} must be a str or None, not {}",
                type_name(v)
            ))),
        },
    }
}

/// A document id: `str` or `int`.
fn opt_id(v: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) if v.is_instance_of::<pyo3::types::PyInt>() => Ok(Some(v.str()?.to_string())),
        other => opt_str(other, what).map_err(|_| {
            PyTypeError::new_err(format!(
                "{what} must be a str, an int or None, not {}",
                other.map(type_name).unwrap_or_default()
            ))
        }),
    }
}

/// A publication date: `None`, a `datetime.date` (or `datetime`), or a string
/// in any form the readers accept (`2023-02-01`, `1 Februari 2023`, RFC 3339…).
fn opt_date(v: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<NaiveDate>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Ok(d) = v.cast::<PyDate>() {
        let (y, m, day) = (d.get_year(), d.get_month(), d.get_day());
        return NaiveDate::from_ymd_opt(y, m.into(), day.into())
            .map(Some)
            .ok_or_else(|| PyValueError::new_err(format!("{what} {y}-{m}-{day} is not a date")));
    }
    match opt_str(Some(v), what) {
        Ok(None) => Ok(None),
        Ok(Some(s)) => kabar_ingest::parse_date(&s).map(Some).ok_or_else(|| {
            PyValueError::new_err(format!("{what} {s:?} is not a date: use YYYY-MM-DD"))
        }),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} must be a str, a datetime.date or None, not {}",
            type_name(v)
        ))),
    }
}

/// A language: `None` or `"auto"` (detect), `"id"`, `"en"`.
fn opt_lang(v: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<Lang>> {
    match opt_str(v, what)? {
        None => Ok(None),
        Some(s) if s.trim().eq_ignore_ascii_case("auto") => Ok(None),
        Some(s) => s
            .parse()
            .map(Some)
            .map_err(|e: String| PyValueError::new_err(format!("{what}: {e}"))),
    }
}

/// The text: a `str`, required.
fn req_text(v: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<String> {
    let Some(v) = v else {
        return Err(PyValueError::new_err(format!("{what} is missing")));
    };
    match v.cast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} must be a str, not {}",
            type_name(v)
        ))),
    }
}

/// The documents of a batch: an iterable of dicts.
fn read_docs(docs: &Bound<'_, PyAny>) -> PyResult<Vec<Document>> {
    if docs.is_instance_of::<PyString>() || docs.is_instance_of::<PyDict>() {
        return Err(PyTypeError::new_err(format!(
            "docs must be a list (or other iterable) of dicts, not a {}",
            type_name(docs)
        )));
    }
    let iter = docs.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "docs must be a list (or other iterable) of dicts, not {}",
            type_name(docs)
        ))
    })?;
    let mut out = Vec::new();
    for (i, doc) in iter.enumerate() {
        let doc = doc?;
        let d = doc.cast::<PyDict>().map_err(|_| {
            PyTypeError::new_err(format!(
                "docs[{i}] must be a dict with \"text\" (and optionally \"id\", \"date\", \"lang\", \"title\", \"url\"), not {}",
                type_name(&doc)
            ))
        })?;
        let field = |k: &str| d.get_item(k);
        let what = |k: &str| format!("docs[{i}][{k:?}]");
        let input = Input {
            id: opt_id(field("id")?.as_ref(), &what("id"))?.unwrap_or_else(|| i.to_string()),
            text: req_text(field("text")?.as_ref(), &what("text"))?,
            date: opt_date(field("date")?.as_ref(), &what("date"))?,
            lang: opt_lang(field("lang")?.as_ref(), &what("lang"))?,
            title: opt_str(field("title")?.as_ref(), &what("title"))?,
            url: opt_str(field("url")?.as_ref(), &what("url"))?,
        };
        out.push(input.into_document());
    }
    Ok(out)
}

/// Code documents without the GIL, on all cores when `parallel`.
fn code_all(py: Python<'_>, coder: &Coder, docs: Vec<Document>, parallel: bool) -> Vec<Vec<Event>> {
    py.detach(|| {
        if parallel {
            docs.par_iter().map(|d| coder.extract(d).events).collect()
        } else {
            docs.iter().map(|d| coder.extract(d).events).collect()
        }
    })
}

/// The `float` a reader of the CLI's JSON gets for an `f32`: its shortest
/// decimal form (`0.8`), not its exact binary value widened (`0.800000011920929`).
fn short_f64(v: f32) -> f64 {
    v.to_string().parse().unwrap_or(f64::from(v))
}

/// Events as lists of DESIGN.md records (dicts), one list per document.
fn events_to_py<'py>(py: Python<'py>, events: &[Event]) -> PyResult<Bound<'py, PyList>> {
    let items = events
        .iter()
        .map(|e| {
            let d = pythonize::pythonize(py, e)?;
            // The record's two f32 fields, as the JSON output writes them.
            d.set_item("goldstein", short_f64(e.goldstein))?;
            d.set_item("confidence", short_f64(e.confidence))?;
            Ok(d)
        })
        .collect::<PyResult<Vec<_>>>()?;
    PyList::new(py, items)
}

/// The cells of a flat row as Python values, in [`FlatEvent::COLUMNS`] order.
fn flat_cells<'py>(py: Python<'py>, f: FlatEvent) -> PyResult<[Bound<'py, PyAny>; 34]> {
    fn n<'py, T: IntoPyObject<'py>>(py: Python<'py>, v: T) -> PyResult<Bound<'py, PyAny>> {
        v.into_bound_py_any(py)
    }
    let (o, s) = (n::<Option<String>>, n::<String>);
    let date = match f.date {
        Some(d) => PyDate::new(py, d.year(), d.month() as u8, d.day() as u8)?.into_any(),
        None => py.None().into_bound(py),
    };
    Ok([
        s(py, f.event_id)?,
        s(py, f.doc_id)?,
        date,
        s(py, f.date_precision)?,
        o(py, f.source_code)?,
        o(py, f.source_name)?,
        o(py, f.source_text)?,
        o(py, f.source_country)?,
        o(py, f.source_sector)?,
        o(py, f.target_code)?,
        o(py, f.target_name)?,
        o(py, f.target_text)?,
        o(py, f.target_country)?,
        o(py, f.target_sector)?,
        s(py, f.cameo)?,
        s(py, f.root)?,
        o(py, f.plover)?,
        n(py, f.quad_class)?,
        n(py, short_f64(f.goldstein))?,
        o(py, f.location)?,
        o(py, f.location_country)?,
        n(py, f.lat)?,
        n(py, f.lon)?,
        s(py, f.issues)?,
        n(py, f.negated)?,
        s(py, f.modality)?,
        s(py, f.lang)?,
        n(py, short_f64(f.confidence))?,
        s(py, f.trigger)?,
        n(py, f.trigger_start)?,
        n(py, f.trigger_end)?,
        n(py, f.sentence_start)?,
        n(py, f.sentence_end)?,
        s(py, f.sentence)?,
    ])
}

/// `Coder(dict_dir=None, *, keep_hypothetical=False)`: kabar's coder over the
/// built-in dictionaries plus, if given, the dictionary files in `dict_dir`
/// (laid out like kabar's `data/`, as `kabar extract --dict DIR`);
/// `keep_hypothetical` also reports opinions and conditions. Build one and
/// reuse it: loading the dictionaries takes about a second. Safe to share
/// between threads.
#[pyclass(module = "kabar", name = "Coder", frozen)]
struct PyCoder {
    coder: Arc<Coder>,
    dict_dir: Option<PathBuf>,
}

#[pymethods]
impl PyCoder {
    /// `Coder(dict_dir=None, *, keep_hypothetical=False)`: the built-in
    /// dictionaries plus, if given, the dictionary files in `dict_dir` (layout
    /// of kabar's `data/`, as `kabar extract --dict DIR`). `keep_hypothetical`
    /// also reports opinions and conditions ("harus berunding").
    /// Raises `FileNotFoundError` when `dict_dir` is not a directory and
    /// `ValueError` when a dictionary file is malformed (file and line named).
    #[new]
    #[pyo3(signature = (dict_dir=None, *, keep_hypothetical=false))]
    fn new(py: Python<'_>, dict_dir: Option<PathBuf>, keep_hypothetical: bool) -> PyResult<Self> {
        if let Some(dir) = &dict_dir {
            if !dir.is_dir() {
                return Err(PyFileNotFoundError::new_err(format!(
                    "dict_dir {} is not a directory",
                    dir.display()
                )));
            }
        }
        let coder = py
            .detach(|| build_coder(dict_dir.as_deref(), keep_hypothetical))
            .map_err(PyValueError::new_err)?;
        Ok(PyCoder {
            coder: Arc::new(coder),
            dict_dir,
        })
    }

    /// Code one document; returns its events (DESIGN.md records, as dicts).
    ///
    /// `lang`: `"id"`, `"en"` or `None` (detected). `date`: publication date
    /// (`datetime.date` or a string such as `"2023-02-01"`) anchoring
    /// "kemarin" or "last week". `id`: every event's `doc_id` (default `"0"`).
    /// A `title` not already at the start of `text` is put before it.
    #[pyo3(signature = (text, lang=None, date=None, id=None, title=None, url=None))]
    #[allow(clippy::too_many_arguments)]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        lang: Option<&Bound<'py, PyAny>>,
        date: Option<&Bound<'py, PyAny>>,
        id: Option<&Bound<'py, PyAny>>,
        title: Option<&Bound<'py, PyAny>>,
        url: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        let doc = Input {
            id: opt_id(id, "id")?.unwrap_or_else(|| "0".into()),
            text: req_text(Some(text), "text")?,
            date: opt_date(date, "date")?,
            lang: opt_lang(lang, "lang")?,
            title: opt_str(title, "title")?,
            url: opt_str(url, "url")?,
        }
        .into_document();
        let coder = &self.coder;
        let events = py.detach(|| coder.extract(&doc).events);
        events_to_py(py, &events)
    }

    /// Code many documents (dicts with `text` and optionally `id`, `date`,
    /// `lang`, `title`, `url`) without the GIL, on all cores unless
    /// `parallel=False`; one list of events per document, in input order.
    #[pyo3(signature = (docs, *, parallel=true))]
    fn extract_batch<'py>(
        &self,
        py: Python<'py>,
        docs: &Bound<'py, PyAny>,
        parallel: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let docs = read_docs(docs)?;
        let coded = code_all(py, &self.coder, docs, parallel);
        let lists = coded
            .iter()
            .map(|evs| events_to_py(py, evs))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, lists)
    }

    /// Like `extract_batch`, but every event of every document as one flat
    /// dict whose keys are `kabar.COLUMNS` in order (`date` a `datetime.date`).
    #[pyo3(signature = (docs, *, parallel=true))]
    fn extract_rows<'py>(
        &self,
        py: Python<'py>,
        docs: &Bound<'py, PyAny>,
        parallel: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let docs = read_docs(docs)?;
        let coded = code_all(py, &self.coder, docs, parallel);
        let rows = PyList::empty(py);
        for e in coded.iter().flatten() {
            let row = PyDict::new(py);
            for (k, v) in FlatEvent::COLUMNS
                .iter()
                .zip(flat_cells(py, FlatEvent::from(e))?)
            {
                row.set_item(k, v)?;
            }
            rows.append(row)?;
        }
        Ok(rows)
    }

    /// Like `extract_rows`, but as one list per column (keys `kabar.COLUMNS`
    /// in order): `pandas.DataFrame(coder.extract_columns(docs))`.
    #[pyo3(signature = (docs, *, parallel=true))]
    fn extract_columns<'py>(
        &self,
        py: Python<'py>,
        docs: &Bound<'py, PyAny>,
        parallel: bool,
    ) -> PyResult<Bound<'py, PyDict>> {
        let docs = read_docs(docs)?;
        let coded = code_all(py, &self.coder, docs, parallel);
        let columns: Vec<Bound<'py, PyList>> = FlatEvent::COLUMNS
            .iter()
            .map(|_| PyList::empty(py))
            .collect();
        for e in coded.iter().flatten() {
            for (col, v) in columns.iter().zip(flat_cells(py, FlatEvent::from(e))?) {
                col.append(v)?;
            }
        }
        let out = PyDict::new(py);
        for (k, col) in FlatEvent::COLUMNS.iter().zip(columns) {
            out.set_item(k, col)?;
        }
        Ok(out)
    }

    /// The dictionary directory given, if any.
    #[getter]
    fn dict_dir(&self) -> Option<String> {
        self.dict_dir.as_ref().map(|d| d.display().to_string())
    }

    fn __repr__(&self) -> String {
        match &self.dict_dir {
            Some(d) => format!("kabar.Coder(dict_dir={:?})", d.display().to_string()),
            None => "kabar.Coder()".into(),
        }
    }
}

/// The coder over the built-in dictionaries, built once per process and
/// shared by the module-level functions.
#[pyfunction]
fn default_coder_py(py: Python<'_>) -> PyResult<PyCoder> {
    Ok(PyCoder {
        coder: default_coder(py)?,
        dict_dir: None,
    })
}

/// `clean(html, url=None)`: the main content of one HTML page as a dict with
/// `title`, `url` (canonical, else the one given), `date` (`YYYY-MM-DD`),
/// `lang` (`id`/`en`), `site` and `text` (paragraphs separated by blank lines);
/// absent values are `None`. The same extraction as `kabar clean page.html`.
#[pyfunction]
#[pyo3(signature = (html, url=None))]
fn clean<'py>(
    py: Python<'py>,
    html: &Bound<'py, PyAny>,
    url: Option<&str>,
) -> PyResult<Bound<'py, PyDict>> {
    let html = req_text(Some(html), "html")?;
    let url = url.map(str::to_owned);
    let page = py.detach(|| kabar_ingest::extract_html(&html, url.as_deref()));
    let out = PyDict::new(py);
    out.set_item("title", page.title)?;
    out.set_item("url", page.url)?;
    out.set_item("date", page.date.map(|d| d.to_string()))?;
    out.set_item("lang", page.lang.map(|l| l.to_string()))?;
    out.set_item("site", page.site)?;
    out.set_item("text", page.text)?;
    Ok(out)
}

/// The extension module.
#[pymodule]
fn _kabar(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyCoder>()?;
    m.add_function(wrap_pyfunction!(default_coder_py, m)?)?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add("COLUMNS", PyTuple::new(m.py(), FlatEvent::COLUMNS)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
