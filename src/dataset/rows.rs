//! The rows of a table, in one of two forms. Most tables are small and hold
//! their cells. A table whose rows grow with the input (a row per package
//! and municipality) holds a way to make row `i` instead, from data the
//! dataset keeps anyway, so that half a million rows of copied text never
//! exist at once: each row is made when it is written, and dropped.
//!
//! Both forms give the same rows in the same order; nothing that reads a
//! table needs to know which form it has.

use std::borrow::Cow;
use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use super::Cell;

/// Makes the row at an index, from what it owns.
type Maker = Arc<dyn Fn(usize) -> Vec<Cell> + Send + Sync>;

/// A table's rows: the cells, or their number and how to make each.
#[derive(Clone)]
pub enum Rows {
    Cells(Vec<Vec<Cell>>),
    Made { len: usize, make: Maker },
}

impl Rows {
    /// `len` rows, row `i` made by `make(i)` whenever it is asked for.
    pub fn made(len: usize, make: impl Fn(usize) -> Vec<Cell> + Send + Sync + 'static) -> Rows {
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

    /// The row at `i`, borrowed or made; `None` past the end.
    pub fn get(&self, i: usize) -> Option<Cow<'_, [Cell]>> {
        match self {
            Rows::Cells(rows) => rows.get(i).map(|r| Cow::Borrowed(&r[..])),
            Rows::Made { len, make } => (i < *len).then(|| Cow::Owned(make(i))),
        }
    }

    /// Every row, in order.
    pub fn iter(&self) -> impl Iterator<Item = Cow<'_, [Cell]>> + '_ {
        self.range(0..self.len())
    }

    /// The rows in `range` (cut to the rows there are), in order: a sheet's
    /// share of a table that Excel's row limit splits.
    pub fn range(&self, range: Range<usize>) -> impl Iterator<Item = Cow<'_, [Cell]>> + '_ {
        let end = range.end.min(self.len());
        (range.start.min(end)..end).filter_map(move |i| self.get(i))
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
        Rows::made(5, |i| {
            vec![Cell::Text(format!("r{i}")), Cell::Number(i as f64)]
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
    fn a_range_is_cut_to_the_rows_there_are() {
        let made = made();
        let numbers =
            |r: Range<usize>| -> Vec<Cell> { made.range(r).map(|r| r[1].clone()).collect() };
        assert_eq!(numbers(3..9), vec![Cell::Number(3.0), Cell::Number(4.0)]);
        assert!(numbers(7..9).is_empty());
    }
}
