//! A shared, cheaply compared handle on a loaded catalog, for props.

use crate::catalog::Catalog;
use std::ops::Deref;
use std::rc::Rc;

/// A loaded catalog shared by the components of one widget; two handles are
/// equal when they point at the same load, so props compare in O(1).
#[derive(Clone, Debug)]
pub struct CatalogRef(Rc<Catalog>);

impl CatalogRef {
    /// Shares a freshly loaded catalog.
    pub fn new(catalog: Catalog) -> Self {
        Self(Rc::new(catalog))
    }

    /// A number that tells this load apart from every other one alive.
    pub fn key(&self) -> usize {
        Rc::as_ptr(&self.0) as usize
    }
}

impl PartialEq for CatalogRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for CatalogRef {
    type Target = Catalog;

    fn deref(&self) -> &Catalog {
        &self.0
    }
}
