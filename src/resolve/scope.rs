//! Variables visible at a point of a rule, each bound to a frame slot.

use crate::schema::Type;

#[derive(Default)]
pub struct Scope {
    /// Each variable's name, slot, type, and symbol in the editor's index (if noted).
    vars: Vec<(String, usize, Type, Option<usize>)>,
    next: usize,
    /// The largest frame the rule needs.
    pub size: usize,
}

impl Scope {
    /// Binds `name` to a new slot, shadowing any earlier binding.
    pub fn bind(&mut self, name: &str, ty: Type, symbol: Option<usize>) -> usize {
        let slot = self.next;
        self.vars.push((name.to_string(), slot, ty, symbol));
        self.next += 1;
        self.size = self.size.max(self.next);
        slot
    }

    /// Forgets the bindings made since `mark` (the end of an aggregate's scope).
    pub fn unbind_to(&mut self, mark: usize) {
        self.vars.truncate(mark);
        self.next = self.vars.last().map_or(0, |(_, slot, _, _)| slot + 1);
    }

    pub fn mark(&self) -> usize {
        self.vars.len()
    }

    pub fn lookup(&self, name: &str) -> Option<(usize, &Type)> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _, _, _)| n == name)
            .map(|(_, slot, ty, _)| (*slot, ty))
    }

    /// The index's symbol of the variable `name` stands for, if noted.
    pub fn symbol(&self, name: &str) -> Option<usize> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _, _, _)| n == name)
            .and_then(|(_, _, _, symbol)| *symbol)
    }

    /// The symbols of the variables visible here, a shadowed one left out.
    pub fn symbols(&self) -> Vec<usize> {
        let mut seen: Vec<&str> = Vec::new();
        let mut symbols = Vec::new();
        for (name, _, _, symbol) in self.vars.iter().rev() {
            if seen.contains(&name.as_str()) {
                continue;
            }
            seen.push(name);
            symbols.extend(*symbol);
        }
        symbols
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.vars.iter().map(|(name, _, _, _)| name.as_str())
    }
}
