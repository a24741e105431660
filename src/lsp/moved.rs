//! Offsets between two texts of one document: the last one that parsed whole and the one
//! the editor has now. The edit between them is taken as one replaced stretch (what the two
//! texts do not share at their start and end); an offset before it stays, one after it moves
//! by the difference in length, one inside it has no counterpart.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moved {
    /// Bytes the texts share at their start.
    prefix: usize,
    /// Bytes the texts share at their end, not overlapping the prefix in either.
    suffix: usize,
    old_len: usize,
    new_len: usize,
}

impl Moved {
    pub fn between(old: &str, new: &str) -> Moved {
        let (a, b) = (old.as_bytes(), new.as_bytes());
        let mut prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
        while !old.is_char_boundary(prefix) {
            prefix -= 1;
        }
        let room = a.len().min(b.len()) - prefix;
        let suffix = a
            .iter()
            .rev()
            .zip(b.iter().rev())
            .take(room)
            .take_while(|(x, y)| x == y)
            .count();
        Moved {
            prefix,
            suffix,
            old_len: a.len(),
            new_len: b.len(),
        }
    }

    /// The offset in the old text of `offset` in the new one.
    pub fn to_old(self, offset: usize) -> Option<usize> {
        map(offset, self.prefix, self.new_len, self.suffix, self.old_len)
    }

    /// The offset in the new text of `offset` in the old one, where something ends: one
    /// where the edit starts stays before it.
    pub fn to_new(self, offset: usize) -> Option<usize> {
        map(offset, self.prefix, self.old_len, self.suffix, self.new_len)
    }

    /// The offset in the new text of `offset` in the old one, where something starts: one
    /// where the edit ends moves with what follows it.
    pub fn start_to_new(self, offset: usize) -> Option<usize> {
        match offset >= self.old_len - self.suffix {
            true => Some(offset + self.new_len - self.old_len),
            false => self.to_new(offset),
        }
    }
}

fn map(
    offset: usize,
    prefix: usize,
    from_len: usize,
    suffix: usize,
    to_len: usize,
) -> Option<usize> {
    if offset <= prefix {
        Some(offset)
    } else if offset >= from_len - suffix {
        Some(offset + to_len - from_len)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_move_around_the_one_stretch_edited() {
        let old = "for a in posts\nrequire a.grade > 0\n";
        let new = "for a in posts\nrequire a. and a.grade > 0\n";
        let moved = Moved::between(old, new);
        let grade = |text: &str| text.find("grade").unwrap();
        assert_eq!(moved.to_old(grade(new)), Some(grade(old)));
        assert_eq!(moved.start_to_new(grade(old)), Some(grade(new)));
        // Something ending there (`require a.`) ends before the edit.
        assert_eq!(moved.to_new(grade(old)), Some(grade(old)));
        assert_eq!(moved.to_old(4), Some(4));
        // Inside what was typed: nothing in the old text.
        assert_eq!(moved.to_old(new.find(" and").unwrap() + 2), None);
        // A repeated character typed: the shared start and end do not overlap.
        let moved = Moved::between("aa", "aaa");
        assert_eq!(moved.to_old(3), Some(2));
        assert_eq!(moved.to_new(0), Some(0));
    }
}
