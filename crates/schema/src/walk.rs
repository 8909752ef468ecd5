//! Every translated text of a data file, each with its path: the one walk that the validator
//! (blank texts, missing English), the build (Traditional texts, the search tables), the editor
//! (Traditional cells) and the tests (every text of the report in three languages) go through,
//! so a new text field is added once.

use crate::data::{Dataset, Figure, List, Tr};
use crate::path::{Key, Path, Record};

/// Writes both walks, over shared and over mutable data, from one list of the texts.
macro_rules! walk {
    ($name:ident, $items:ident, $($m:tt)?) => {
        impl<'a> Dataset<'a> {
            /// Calls `f` with every translated text of the data and its path, in file order.
            pub fn $name<'s>(&'s $($m)? self, f: &mut impl FnMut(Path, &'s $($m)? Tr<'a>)) {
                let d = self;
                f(Path::key(Record::List, Key::League), &$($m)? d.list.league);
                f(Path::key(Record::List, Key::LeagueFull), &$($m)? d.list.league_full);
                f(Path::key(Record::List, Key::Campaign), &$($m)? d.list.campaign);
                let r = &$($m)? d.report;
                f(Path::key(Record::Report, Key::Title), &$($m)? r.title);
                f(Path::key(Record::Report, Key::Event), &$($m)? r.event);
                f(Path::key(Record::Report, Key::EventDate), &$($m)? r.event_date);
                f(Path::key(Record::Report, Key::Publisher), &$($m)? r.publisher);
                f(Path::key(Record::Report, Key::Byline), &$($m)? r.byline);
                f(Path::key(Record::Report, Key::Intro), &$($m)? r.intro);
                for (i, t) in $items(&$($m)? d.themes).enumerate() {
                    f(Path::key(Record::Theme(i), Key::Name), &$($m)? t.name);
                }
                for (i, t) in $items(&$($m)? d.audiences).enumerate() {
                    f(Path::key(Record::Audience(i), Key::Name), &$($m)? t.name);
                }
                fn figures<'s, 'a: 's>(
                    record: Record,
                    list: &'s $($m)? List<'a, Figure<'a>>,
                    f: &mut impl FnMut(Path, &'s $($m)? Tr<'a>),
                ) {
                    for (j, fig) in $items(list).enumerate() {
                        f(Path::item(record, Key::Figures, j, Some(Key::Label)), &$($m)? fig.label);
                        f(Path::item(record, Key::Figures, j, Some(Key::Unit)), &$($m)? fig.unit);
                    }
                }
                for (i, p) in $items(&$($m)? d.projects).enumerate() {
                    let record = Record::Project(i);
                    f(Path::key(record, Key::Name), &$($m)? p.name);
                    f(Path::key(record, Key::Summary), &$($m)? p.summary);
                    f(Path::key(record, Key::Description), &$($m)? p.description);
                    figures(record, &$($m)? p.figures, f);
                    for (j, u) in $items(&$($m)? p.updates).enumerate() {
                        f(Path::item(record, Key::Updates, j, Some(Key::Text)), &$($m)? u.text);
                    }
                }
                let review = &$($m)? d.review;
                f(Path::key(Record::Review, Key::Title), &$($m)? review.title);
                f(Path::key(Record::Review, Key::Summary), &$($m)? review.summary);
                figures(Record::Review, &$($m)? review.figures, f);
                for (i, x) in $items(&$($m)? d.directions).enumerate() {
                    f(Path::key(Record::Direction(i), Key::Title), &$($m)? x.title);
                    f(Path::key(Record::Direction(i), Key::Summary), &$($m)? x.summary);
                }
            }
        }
    };
}

fn items<'s, T: Clone>(list: &'s List<'_, T>) -> std::slice::Iter<'s, T> {
    list.iter()
}

/// Mutable items: a borrowed list is made owned first.
fn items_mut<'s, T: Clone>(list: &'s mut List<'_, T>) -> std::slice::IterMut<'s, T> {
    list.to_mut().iter_mut()
}

walk!(texts, items,);
walk!(texts_mut, items_mut, mut);
