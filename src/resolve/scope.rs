//! Variables visible at a point of a rule, each bound to a frame slot.

use crate::schema::Type;

#[derive(Default)]
pub struct Scope {
    vars: Vec<(String, usize, Type)>,
    next: usize,
    /// The largest frame the rule needs.
    pub size: usize,
}

impl Scope {
    /// Binds `name` to a new slot, shadowing any earlier binding.
    pub fn bind(&mut self, name: &str, ty: Type) -> usize {
        let slot = self.next;
        self.vars.push((name.to_string(), slot, ty));
        self.next += 1;
        self.size = self.size.max(self.next);
        slot
    }

    /// Forgets the bindings made since `mark` (the end of an aggregate's scope).
    pub fn unbind_to(&mut self, mark: usize) {
        self.vars.truncate(mark);
        self.next = self.vars.last().map_or(0, |(_, slot, _)| slot + 1);
    }

    pub fn mark(&self) -> usize {
        self.vars.len()
    }

    pub fn lookup(&self, name: &str) -> Option<(usize, &Type)> {
        self.vars
            .iter()
            .rev()
            .find(|(n, _, _)| n == name)
            .map(|(_, slot, ty)| (*slot, ty))
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.vars.iter().map(|(name, _, _)| name.as_str())
    }
}
