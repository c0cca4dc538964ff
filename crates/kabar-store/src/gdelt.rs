//! Country codes for GDELT's geo columns: kabar's records carry CAMEO/ISO
//! alpha-3 codes, GDELT's `*Geo_CountryCode` columns FIPS 10-4 (taken from
//! the gazetteer's `fips` column, `data/actors/countries.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../../data/actors/countries.tsv");

/// FIPS 10-4 code of a CAMEO/alpha-3 country code, when the gazetteer has one.
pub(crate) fn fips(alpha3: &str) -> Option<&'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE
        .get_or_init(|| {
            COUNTRIES
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| {
                    let mut c = l.split('\t');
                    let code = c.next()?;
                    let _iso2 = c.next()?;
                    let fips = c.next()?;
                    (!fips.is_empty()).then_some((code, fips))
                })
                .collect()
        })
        .get(alpha3)
        .copied()
}

#[cfg(test)]
mod tests {
    #[test]
    fn iran_and_indonesia_have_their_fips_codes() {
        assert_eq!(super::fips("IRN"), Some("IR"));
        assert_eq!(super::fips("IDN"), Some("ID"));
        assert_eq!(super::fips("RUS"), Some("RS"));
        assert_eq!(super::fips("XXX"), None);
    }
}
