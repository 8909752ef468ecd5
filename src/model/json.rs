//! A small JSON reader (RFC 8259) for data files. One parser serves the build, the tests and data
//! loaded in the browser, so a file is read the same way everywhere; it is a few kilobytes of
//! wasm where a general-purpose deserializer costs tens.

use std::borrow::Cow;

/// A parsed JSON value. Objects keep their members in file order; numbers keep their text.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Where and why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub problem: &'static str,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.problem, self.line, self.column
        )
    }
}

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 64;

/// Parses a whole text as one JSON value.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser::new(text);
    let value = p.value(0)?;
    p.end()?;
    Ok(value)
}

/// A reader over a JSON text. Besides building a [`Value`] tree it can be driven value by value
/// ([`Parser::members`], [`Parser::elements`], [`Parser::string_value`]), which is how data files are
/// read: straight into the model's types, without a tree of hundreds of thousands of small
/// allocations in between.
pub struct Parser<'a> {
    text: &'a str,
    pos: usize,
    /// The same text when it lives for the whole program: strings read from it are then
    /// borrowed, not copied.
    kept: Option<&'static str>,
}

impl<'a> Parser<'a> {
    pub fn new(text: &'a str) -> Self {
        Parser {
            text,
            pos: 0,
            kept: None,
        }
    }

    /// A parser whose strings borrow from `text` wherever they have no escapes.
    pub fn borrowing(text: &'static str) -> Parser<'static> {
        Parser {
            text,
            pos: 0,
            kept: Some(text),
        }
    }

    /// Reads the string that comes next (the caller has checked it is one): borrowed from the
    /// text if the parser was made with [`Parser::borrowing`] and the string has no escapes.
    pub fn string_value(&mut self) -> Result<Cow<'static, str>, SyntaxError> {
        let start = self.next_byte().map(|_| self.pos + 1);
        match (self.text_slice()?, self.kept, start) {
            (Cow::Borrowed(s), Some(kept), Some(start)) => {
                Ok(Cow::Borrowed(&kept[start..start + s.len()]))
            }
            (s, _, _) => Ok(Cow::Owned(s.into_owned())),
        }
    }

    /// Checks that only whitespace is left.
    pub fn end(&mut self) -> Result<(), SyntaxError> {
        self.space();
        if self.pos < self.text.len() {
            return Err(self.error("unexpected text after the value"));
        }
        Ok(())
    }

    /// The first byte of the next value, after whitespace.
    pub fn next_byte(&mut self) -> Option<u8> {
        self.space();
        self.peek()
    }

    /// How an error message names the next value, judged from its first byte; the syntax
    /// error if no value starts there.
    pub fn next_kind(&mut self) -> Result<&'static str, SyntaxError> {
        Ok(match self.next_byte() {
            Some(b'{') => "an object",
            Some(b'[') => "a list",
            Some(b'"') => "a string",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            Some(b'-' | b'0'..=b'9') => "a number",
            None => return Err(self.error("unexpected end of text")),
            Some(_) => return Err(self.error("expected a value")),
        })
    }

    /// Consumes `null` if it comes next.
    pub fn null(&mut self) -> bool {
        self.space();
        self.eat("null")
    }

    /// Consumes `true` or `false` if one comes next.
    pub fn bool(&mut self) -> Option<bool> {
        self.space();
        if self.eat("true") {
            Some(true)
        } else if self.eat("false") {
            Some(false)
        } else {
            None
        }
    }

    /// Reads the members of the object that comes next (the caller has checked it is one),
    /// calling `member` with each key; `member` must read the value.
    pub fn members<E: From<SyntaxError>>(
        &mut self,
        mut member: impl FnMut(&mut Self, &str) -> Result<(), E>,
    ) -> Result<(), E> {
        self.space();
        self.items(b'}', &mut |p| {
            if p.peek() != Some(b'"') {
                return Err(p.error("expected a quoted key").into());
            }
            let key = p.text_slice()?;
            p.space();
            if !p.eat(":") {
                return Err(p.error("expected a colon").into());
            }
            p.space();
            member(p, &key)
        })
    }

    /// How many items the list that comes next holds, by a scan that allocates nothing (a hint:
    /// for malformed text it may be off, and reading the list reports the error).
    pub fn count_items(&mut self) -> usize {
        self.space();
        let bytes = &self.text.as_bytes()[self.pos..];
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        let (mut commas, mut any) = (0, false);
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            i += 1;
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                } else {
                    // Skip the rest of a plain run at once: most of a data file is string text.
                    i += bytes[i..]
                        .iter()
                        .position(|&b| b == b'"' || b == b'\\')
                        .unwrap_or(bytes.len() - i);
                }
                continue;
            }
            match b {
                b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                b',' if depth == 1 => commas += 1,
                b' ' | b'\t' | b'\n' | b'\r' => {}
                _ => {
                    // Anything else inside the outer brackets is (the start of) an item.
                    any |= depth == 1;
                    in_string = b == b'"';
                    if b == b'[' || b == b'{' {
                        depth += 1;
                    }
                }
            }
        }
        if any { commas + 1 } else { 0 }
    }

    /// Reads the items of the list that comes next (the caller has checked it is one), calling
    /// `item` with each index; `item` must read the value.
    pub fn elements<E: From<SyntaxError>>(
        &mut self,
        mut item: impl FnMut(&mut Self, usize) -> Result<(), E>,
    ) -> Result<(), E> {
        self.space();
        let mut i = 0;
        self.items(b']', &mut |p| {
            item(p, i)?;
            i += 1;
            Ok(())
        })
    }

    fn error(&self, problem: &'static str) -> SyntaxError {
        let before = &self.text[..self.pos.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        SyntaxError {
            line,
            column,
            problem,
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, word: &str) -> bool {
        let found = self.text[self.pos..].starts_with(word);
        if found {
            self.pos += word.len();
        }
        found
    }

    /// Reads the next value as a tree.
    pub fn value(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.space();
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ if self.eat("true") => Ok(Value::Bool(true)),
            _ if self.eat("false") => Ok(Value::Bool(false)),
            _ if self.eat("null") => Ok(Value::Null),
            None => Err(self.error("unexpected end of text")),
            _ => Err(self.error("expected a value")),
        }
    }

    /// Members separated by commas up to `close`, each read by `item`.
    /// `item` is taken as `dyn`: one copy of this loop serves every caller.
    fn items<E: From<SyntaxError>>(
        &mut self,
        close: u8,
        item: &mut dyn FnMut(&mut Self) -> Result<(), E>,
    ) -> Result<(), E> {
        self.pos += 1;
        self.space();
        if self.peek() == Some(close) {
            self.pos += 1;
            return Ok(());
        }
        loop {
            self.space();
            item(self)?;
            self.space();
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(c) if c == close => {
                    self.pos += 1;
                    return Ok(());
                }
                None => return Err(self.error("unexpected end of text").into()),
                _ => return Err(self.error("expected a comma or a closing bracket").into()),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        let mut items = Vec::new();
        self.elements(|p, _| {
            items.push(p.value(depth + 1)?);
            Ok::<_, SyntaxError>(())
        })?;
        Ok(Value::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        let mut members = Vec::new();
        self.members(|p, key| {
            members.push((key.to_string(), p.value(depth + 1)?));
            Ok::<_, SyntaxError>(())
        })?;
        Ok(Value::Object(members))
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let from = p.pos;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.pos += 1;
            }
            p.pos > from
        };
        self.eat("-");
        let leading_zero = self.peek() == Some(b'0');
        let int_start = self.pos;
        if !digits(self) || (leading_zero && self.pos - int_start > 1) {
            return Err(self.error("malformed number"));
        }
        if self.eat(".") && !digits(self) {
            return Err(self.error("malformed number"));
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if !self.eat("+") {
                self.eat("-");
            }
            if !digits(self) {
                return Err(self.error("malformed number"));
            }
        }
        Ok(Value::Number(self.text[start..self.pos].to_string()))
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let hex = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .ok_or_else(|| self.error("malformed \\u escape"))?;
        self.pos += 4;
        u32::from_str_radix(hex, 16).map_err(|_| self.error("malformed \\u escape"))
    }

    /// Reads the string that comes next (the caller has checked it is one).
    fn string(&mut self) -> Result<String, SyntaxError> {
        self.text_slice().map(Cow::into_owned)
    }

    /// The string that comes next, borrowed from the text when it has no escapes (keys, most
    /// values).
    fn text_slice(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.space();
        let text = self.text;
        let start = self.pos + 1;
        // One pass over the bytes: the closing quote, unless an escape or a control character
        // comes first (then the careful path below reads it, or reports it).
        let end = text.as_bytes()[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
        if let Some(end) = end
            && text.as_bytes()[start + end] == b'"'
        {
            self.pos = start + end + 1;
            return Ok(Cow::Borrowed(&text[start..start + end]));
        }
        self.escaped().map(Cow::Owned)
    }

    fn escaped(&mut self) -> Result<String, SyntaxError> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let rest = &self.text[self.pos..];
            let end = rest
                .find(['"', '\\'])
                .ok_or_else(|| self.error("unterminated string"))?;
            if rest[..end].chars().any(|c| c < ' ') {
                return Err(self.error("control character in a string"));
            }
            out.push_str(&rest[..end]);
            self.pos += end + 1;
            if rest.as_bytes()[end] == b'"' {
                return Ok(out);
            }
            let escaped = self
                .peek()
                .ok_or_else(|| self.error("unterminated string"))?;
            self.pos += 1;
            let c = match escaped {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let mut code = self.hex4()?;
                    if (0xD800..0xDC00).contains(&code) && self.eat("\\u") {
                        let low = self.hex4()?;
                        if (0xDC00..0xE000).contains(&low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                        }
                    }
                    char::from_u32(code).ok_or_else(|| self.error("malformed \\u escape"))?
                }
                _ => return Err(self.error("unknown escape")),
            };
            out.push(c);
        }
    }
}
