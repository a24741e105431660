//! The language staffcheck speaks to people: Vietnamese or English. Machine fields (rule
//! ids, codes, keys) never change with it; every text meant for a person may.

use std::ffi::OsString;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Lang {
    #[default]
    En,
    Vi,
}

impl Lang {
    /// The language the environment asks for, as POSIX orders the variables: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`; the first one set and not empty decides. A value starting
    /// `vi` (`vi_VN.UTF-8`) means Vietnamese; anything else, or none, English.
    pub fn from_env() -> Lang {
        Lang::from_vars(|name| std::env::var_os(name))
    }

    pub fn from_vars(var: impl Fn(&str) -> Option<OsString>) -> Lang {
        let chosen = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty());
        chosen.map_or(Lang::En, |value| Lang::from_tag(&value.to_string_lossy()))
    }

    /// The language of a BCP 47 tag or POSIX locale (`vi`, `vi-VN`, `vi_VN.UTF-8`, `en-US`):
    /// Vietnamese when it starts `vi`, else English.
    pub fn from_tag(tag: &str) -> Lang {
        match tag.starts_with("vi") {
            true => Lang::Vi,
            false => Lang::En,
        }
    }

    /// The BCP 47 tag: `vi`, `en` (HTML's `lang`, SARIF's `language`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn from(vars: &[(&str, &str)]) -> Lang {
        Lang::from_vars(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| OsString::from(v))
        })
    }

    #[test]
    fn the_first_variable_set_decides_in_posix_order() {
        assert_eq!(from(&[]), Lang::En);
        assert_eq!(from(&[("LANG", "vi_VN.UTF-8")]), Lang::Vi);
        assert_eq!(from(&[("LANG", "vi")]), Lang::Vi);
        assert_eq!(from(&[("LANG", "en_US.UTF-8")]), Lang::En);
        assert_eq!(
            from(&[("LANG", "C.UTF-8"), ("LC_MESSAGES", "vi_VN")]),
            Lang::Vi
        );
        assert_eq!(from(&[("LC_ALL", "C"), ("LC_MESSAGES", "vi_VN")]), Lang::En);
        // An empty variable is as good as unset.
        assert_eq!(from(&[("LC_ALL", ""), ("LANG", "vi_VN.UTF-8")]), Lang::Vi);
    }
}
