//! The findings of a plan grouped as an official reads them, on the HTML page and in the
//! terminal: by province, then by unit (units with errors first, then by name), errors
//! first inside each group. A finding
//! belongs to the unit it judged, else to the first unit its record refers to (a post in
//! the unit), else to the province it judged or refers to, else to the plan as a whole
//! (a person across units).

use std::collections::HashMap;

use crate::ast::Severity;
use crate::check::Outcome;
use crate::diagnostic::{Diagnostic, RecordRef};
use crate::i18n::t_with;
use crate::lang::Lang;
use crate::report::{PROVINCES, UNITS};

pub struct Grouped {
    pub provinces: Vec<ProvinceGroup>,
    /// Findings about no unit or province: people across units, the plan itself.
    pub elsewhere: Vec<usize>,
}

pub struct ProvinceGroup {
    pub name: String,
    /// Findings about the province as a whole.
    pub findings: Vec<usize>,
    pub units: Vec<UnitGroup>,
    /// The province's units without a finding, by name.
    pub clean: Vec<String>,
}

pub struct UnitGroup {
    pub name: String,
    pub key: Option<String>,
    /// Its row in the plan's units table: the unit's anchor on the page.
    pub row: usize,
    pub findings: Vec<usize>,
}

impl UnitGroup {
    /// The unit's heading: its name and code, `Phường Hải Châu (mã 20194)`.
    pub fn heading(&self, lang: Lang) -> String {
        match &self.key {
            Some(key) => format!(
                "{} ({})",
                self.name,
                t_with(lang, "page-unit-code", &[("code", key)])
            ),
            None => self.name.clone(),
        }
    }

    pub fn has_errors(&self, outcome: &Outcome) -> bool {
        self.findings
            .iter()
            .any(|&n| rank(&outcome.diagnostics[n]) == 0)
    }
}

/// Errors, warnings, records not judged, notes: the order findings are read in.
pub fn rank(diagnostic: &Diagnostic) -> u8 {
    match diagnostic.severity {
        Severity::Error => 0,
        Severity::Warning if diagnostic.is_not_judged() => 2,
        Severity::Warning => 1,
        Severity::Info => 3,
    }
}

/// `findings` errors first, each rank in plan order.
fn order(findings: &mut [usize], outcome: &Outcome) {
    findings.sort_by_key(|&n| (rank(&outcome.diagnostics[n]), n));
}

pub fn group(outcome: &Outcome) -> Grouped {
    let rows: &[(RecordRef, Vec<String>)] = outcome
        .overview
        .units
        .as_ref()
        .map_or(&[], |table| table.rows.as_slice());
    let province_column = outcome
        .overview
        .units
        .as_ref()
        .and_then(|table| table.columns.iter().position(|column| column == "province"));
    let row_of: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(row, (unit, _))| (unit.path.as_str(), row))
        .collect();
    let mut provinces: Vec<ProvinceGroup> = outcome
        .overview
        .provinces
        .iter()
        .map(|province| ProvinceGroup {
            name: name_of(province),
            findings: Vec::new(),
            units: Vec::new(),
            clean: Vec::new(),
        })
        .collect();
    let province_of = |key: &str, provinces: &mut Vec<ProvinceGroup>| -> usize {
        let found = outcome
            .overview
            .provinces
            .iter()
            .position(|p| p.key.as_deref() == Some(key));
        found.unwrap_or_else(|| {
            // A unit naming a province the plan does not list: grouped under its code.
            match provinces.iter().position(|p| p.name == key) {
                Some(index) => index,
                None => {
                    provinces.push(ProvinceGroup {
                        name: key.to_string(),
                        findings: Vec::new(),
                        units: Vec::new(),
                        clean: Vec::new(),
                    });
                    provinces.len() - 1
                }
            }
        })
    };
    let mut unit_findings: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    let mut elsewhere = Vec::new();
    for (number, diagnostic) in outcome.diagnostics.iter().enumerate() {
        let Some(data) = diagnostic.finding.as_deref() else {
            elsewhere.push(number);
            continue;
        };
        let records = || std::iter::once(&data.record).chain(&data.refers_to);
        let unit = records()
            .filter(|record| record.collection == UNITS)
            .find_map(|record| row_of.get(record.path.as_str()));
        if let Some(&row) = unit {
            unit_findings[row].push(number);
            continue;
        }
        let province = records()
            .find(|record| record.collection == PROVINCES)
            .and_then(|record| record.key.as_deref());
        match province {
            Some(key) => {
                let index = province_of(key, &mut provinces);
                provinces[index].findings.push(number);
            }
            None => elsewhere.push(number),
        }
    }
    for (row, (unit, cells)) in rows.iter().enumerate() {
        let key = province_column
            .and_then(|column| cells.get(column))
            .map_or("", String::as_str);
        let index = province_of(key, &mut provinces);
        let mut findings = std::mem::take(&mut unit_findings[row]);
        if findings.is_empty() {
            provinces[index].clean.push(name_of(unit));
            continue;
        }
        order(&mut findings, outcome);
        provinces[index].units.push(UnitGroup {
            name: name_of(unit),
            key: unit.key.clone(),
            row,
            findings,
        });
    }
    for province in &mut provinces {
        order(&mut province.findings, outcome);
        province
            .units
            .sort_by_cached_key(|unit| (!unit.has_errors(outcome), unit.name.clone()));
        province.clean.sort();
    }
    // A province with nothing to say about it or its units is left out.
    provinces.retain(|p| !p.findings.is_empty() || !p.units.is_empty() || !p.clean.is_empty());
    order(&mut elsewhere, outcome);
    Grouped {
        provinces,
        elsewhere,
    }
}

fn name_of(record: &RecordRef) -> String {
    record
        .name
        .clone()
        .or_else(|| record.key.clone())
        .unwrap_or_else(|| record.path.clone())
}
