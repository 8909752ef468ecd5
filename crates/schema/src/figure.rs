//! The rules for figures, ids, years and days: what counts as an id, a year and a day, how a figure's value is read as a number
//! (exactly, in thousandths, never as a float), and the multiplier its unit starts with.

/// The rule for every id (projects, tags, measures, URL values): 1 to 64 of `a-z`, `0-9` and `-`.
pub fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A year a list or a result can be of: 1900 to 2999.
pub fn is_year(year: u16) -> bool {
    (1900..=2999).contains(&year)
}

/// A day written `YYYY-MM-DD`, a real one (2023-02-30 is not).
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(0..4)
        || !digits(5..7)
        || !digits(8..10)
    {
        return false;
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2999).contains(&year) && (1..=days).contains(&day)
}

/// The multiplier a Chinese unit starts with: 万 (10⁴), 亿 (10⁸), or none.
pub fn unit_scale(unit: &str) -> u64 {
    if unit.starts_with('亿') {
        100_000_000
    } else if unit.starts_with('万') {
        10_000
    } else {
        1
    }
}

/// Parses a figure value into thousandths: "168.5" → 168500, "八" → 8000, "百" → 100000. At most
/// 15 digits before the point, so that thousandths fit a `u64`. (Times its unit's 万 or 亿, a
/// value may still not fit: it then sorts last and English prints it as written.)
pub fn parse_value(value: &str) -> Option<u64> {
    if let Some(n) = chinese_numeral(value) {
        return Some(n * 1000);
    }
    let (int, frac) = match value.split_once('.') {
        Some((i, f)) => (i, f),
        None => (value, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || int.len() > 15 || frac.len() > 3 || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    if value.contains('.') && frac.is_empty() {
        return None;
    }
    let int: u64 = int.parse().ok()?;
    let mut thousandths: u64 = 0;
    for (i, b) in frac.bytes().enumerate() {
        thousandths += u64::from(b - b'0') * 10u64.pow(2 - i as u32);
    }
    int.checked_mul(1000)?.checked_add(thousandths)
}

/// Single-character Chinese numerals the report uses in place of digits (八大类, 百亿).
fn chinese_numeral(value: &str) -> Option<u64> {
    let mut chars = value.chars();
    let c = chars.next()?;
    if chars.next().is_some() {
        return None;
    }
    let n = match c {
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => return None,
    };
    Some(n)
}
