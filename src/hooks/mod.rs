//! The App's effects, one named hook each: the URL, runtime data, the modal detail view, the
//! filter sheet, focus, the page's title,
//! the screen-reader announcement, printing, the derived list, and the first render's phases. Each keeps what it needs
//! across renders and cleans up after itself.

mod use_announcement;
mod use_detail;
mod use_focus;
mod use_modal;
mod use_page_title;
mod use_phases;
mod use_print_details;
mod use_ready;
mod use_runtime_data;
mod use_sheet;
mod use_url_sync;
mod use_visible;

pub use use_announcement::use_announcement;
pub use use_detail::{DetailCallbacks, use_detail};
pub use use_focus::{use_focus_new_cards, use_focus_return};
pub use use_modal::use_modal;
pub use use_page_title::{title_of, use_page_title};
pub use use_phases::{CARDS_PER_STEP, Phase, use_phases};
pub use use_print_details::use_print_details;
pub use use_ready::use_ready;
pub use use_runtime_data::use_runtime_data;
pub use use_sheet::{SheetCallbacks, use_narrow, use_sheet};
pub use use_url_sync::{URL_TYPING_MS, use_url_sync};
pub use use_visible::{Visible, use_visible};
