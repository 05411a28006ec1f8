//! The booth finder's logic: the search index, queries with facets and
//! tolerant matching, and favourites. No HTML here.

mod favourites;
mod index;
mod link;
mod query;
mod tolerant;

pub use favourites::{storage_key, Favourites};
pub use index::{BoothIndex, Field};
pub use link::BoothLink;
pub use query::{search, BoothCounts, BoothQuery, BoothResults, BoothWhen};
pub use tolerant::edit_distance;
