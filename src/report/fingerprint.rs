//! A finding's fingerprint: what stays the same when lines move. SARIF's
//! `partialFingerprints` carry it, so GitHub code scanning matches alerts across commits.
//!
//! A rule violation is its rule, the judged record and the field the finding points at. The
//! record is named by its key, else its name, else the keys of the records it refers to (a
//! post by its person and unit), and only as a last resort by its position. A diagnostic
//! about one thing of the plan (a waiver: its rule and record; a load error: the record's
//! key or path and the field, `people:CT-0001.education`) is its code and that thing's
//! name (`Diagnostic::subject`, never a line nor a text in the report's language); any
//! other diagnostic is its code and message.

use crate::diagnostic::Diagnostic;

/// The name SARIF's `partialFingerprints` stores it under; the version changes if the
/// recipe does, so that old and new fingerprints are never compared.
pub const NAME: &str = "staffcheck/v1";

pub fn fingerprint(diagnostic: &Diagnostic) -> String {
    match diagnostic.finding.as_deref() {
        Some(data) => {
            let record = &data.record;
            let referred: Vec<&str> = data
                .refers_to
                .iter()
                .filter_map(|other| other.key.as_deref())
                .collect();
            let id = match (&record.key, &record.name) {
                (Some(key), _) => key.clone(),
                (None, Some(name)) => name.clone(),
                (None, None) if !referred.is_empty() => referred.join("+"),
                (None, None) => record.path.clone(),
            };
            // `people[13].education` → `.education`: the index would move with the record.
            let field = data.path.strip_prefix(record.path.as_str()).unwrap_or("");
            format!("{}:{}:{id}{field}", diagnostic.code, record.collection)
        }
        None => match &diagnostic.subject {
            Some(subject) => format!("{}:{subject}", diagnostic.code),
            None => format!("{}:{}", diagnostic.code, diagnostic.message),
        },
    }
}

/// Fingerprints of one plan's findings in order: a second finding with the same
/// fingerprint (a unit with four functions presiding, each a finding) gets `:2`, and so on,
/// so that no two findings share one and GitHub keeps them apart.
#[derive(Debug, Default)]
pub struct Occurrences(std::collections::HashMap<String, usize>);

impl Occurrences {
    pub fn next(&mut self, diagnostic: &Diagnostic) -> String {
        let base = fingerprint(diagnostic);
        let seen = self.0.entry(base.clone()).or_insert(0);
        *seen += 1;
        match *seen {
            1 => base,
            n => format!("{base}:{n}"),
        }
    }
}

/// A checked plan's fingerprints, in the order of its findings and of its waived findings.
/// Named once, when the findings are final: a baseline that takes some out leaves the
/// others' names (and their `:2`) as they were.
#[derive(Clone, Debug, Default)]
pub struct Fingerprints {
    pub findings: Vec<String>,
    pub waived: Vec<String>,
}

impl Fingerprints {
    /// The findings first, then the waived ones, as SARIF lists them.
    pub fn of(diagnostics: &[Diagnostic], waived: &[crate::waiver::Waived]) -> Fingerprints {
        let mut occurrences = Occurrences::default();
        Fingerprints {
            findings: diagnostics.iter().map(|d| occurrences.next(d)).collect(),
            waived: waived
                .iter()
                .map(|w| occurrences.next(&w.finding))
                .collect(),
        }
    }
}
