//! The rows of a table, in one of two forms. Most tables are small and hold
//! their cells. A table whose rows grow with the input (a row per package
//! and municipality) holds a way to make row `i` instead, from data the
//! dataset keeps anyway, so that half a million rows of copied text never
//! exist at once: each row is made when it is written, and dropped.
//!
//! A made row lends its cells ([`CellRef`]): their text stays where the
//! dataset keeps it, and is not copied for each of the three times a row
//! is made (to fit the sheet's columns, for the CSV, for the sheet).
//!
//! Both forms give the same rows in the same order; nothing that reads a
//! table needs to know which form it has.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use super::{Cell, CellRef};

/// Makes the row at an index, from what it owns, and gives it to `out`.
type Maker = Arc<dyn Fn(usize, &mut dyn FnMut(&[CellRef<'_>])) + Send + Sync>;

/// A table's rows: the cells, or their number and how to make each.
#[derive(Clone)]
pub enum Rows {
    Cells(Vec<Vec<Cell>>),
    Made { len: usize, make: Maker },
}

impl Rows {
    /// `len` rows; `make(i, out)` makes row `i` whenever it is asked for and
    /// gives it to `out`, once.
    pub fn made(
        len: usize,
        make: impl Fn(usize, &mut dyn FnMut(&[CellRef<'_>])) + Send + Sync + 'static,
    ) -> Rows {
        Rows::Made {
            len,
            make: Arc::new(make),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Rows::Cells(rows) => rows.len(),
            Rows::Made { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Gives each row in `range` (cut to the rows there are) to `f`, in
    /// order, with its index: how writers read a table, with nothing
    /// copied.
    pub fn each(&self, range: Range<usize>, mut f: impl FnMut(usize, &[CellRef<'_>])) {
        let end = range.end.min(self.len());
        let range = range.start.min(end)..end;
        match self {
            Rows::Cells(rows) => {
                let mut lent = Vec::new();
                for (i, row) in rows[range.clone()].iter().enumerate() {
                    lent.clear();
                    lent.extend(row.iter().map(Cell::as_ref));
                    f(range.start + i, &lent);
                }
            }
            Rows::Made { make, .. } => {
                for i in range {
                    make(i, &mut |row| f(i, row));
                }
            }
        }
    }

    /// The row at `i`, borrowed or made as cells of its own; `None` past
    /// the end.
    pub fn get(&self, i: usize) -> Option<Cow<'_, [Cell]>> {
        match self {
            Rows::Cells(rows) => rows.get(i).map(|r| Cow::Borrowed(&r[..])),
            Rows::Made { len, make } => (i < *len).then(|| {
                let mut owned = Vec::new();
                make(i, &mut |row| {
                    owned = row.iter().map(|&c| Cell::from(c)).collect()
                });
                Cow::Owned(owned)
            }),
        }
    }

    /// Every row, in order, as [`Rows::get`] gives it.
    pub fn iter(&self) -> impl Iterator<Item = Cow<'_, [Cell]>> + '_ {
        (0..self.len()).filter_map(move |i| self.get(i))
    }
}

impl From<Vec<Vec<Cell>>> for Rows {
    fn from(rows: Vec<Vec<Cell>>) -> Rows {
        Rows::Cells(rows)
    }
}

impl Default for Rows {
    fn default() -> Rows {
        Rows::Cells(Vec::new())
    }
}

/// Rows compare as made: the two forms of the same rows are equal.
impl PartialEq for Rows {
    fn eq(&self, other: &Rows) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl fmt::Debug for Rows {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells() -> Vec<Vec<Cell>> {
        (0..5)
            .map(|i| vec![Cell::Text(format!("r{i}")), Cell::Number(i as f64)])
            .collect()
    }

    fn made() -> Rows {
        Rows::made(5, |i, out| {
            out(&[CellRef::Text(&format!("r{i}")), CellRef::Number(i as f64)])
        })
    }

    #[test]
    fn both_forms_give_the_same_rows() {
        let held = Rows::from(cells());
        let made = made();
        assert_eq!(made.len(), 5);
        assert!(!made.is_empty() && Rows::default().is_empty());
        assert_eq!(held, made);
        assert_eq!(format!("{held:?}"), format!("{made:?}"));
        assert_eq!(made.get(4).unwrap()[0], Cell::Text("r4".into()));
        assert!(made.get(5).is_none() && held.get(5).is_none());
        let rows: Vec<Vec<Cell>> = made.iter().map(|r| r.into_owned()).collect();
        assert_eq!(rows, cells());
        assert_ne!(made, Rows::from(cells()[..4].to_vec()));
    }

    #[test]
    fn each_lends_the_rows_of_a_range_cut_to_the_rows_there_are() {
        for rows in [Rows::from(cells()), made()] {
            let lent = |r: Range<usize>| {
                let mut seen = Vec::new();
                rows.each(r, |i, row| {
                    seen.push((i, Cell::from(row[0]), Cell::from(row[1])))
                });
                seen
            };
            assert_eq!(
                lent(3..9),
                [
                    (3, Cell::from("r3"), Cell::Number(3.0)),
                    (4, Cell::from("r4"), Cell::Number(4.0))
                ]
            );
            assert!(lent(7..9).is_empty());
            assert_eq!(lent(0..5).len(), 5);
        }
    }
}
