package exchange

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"coach/domain"
)

// MaxRecordBytes bounds the text of one record (one element of a list, or
// one value of the header) in an export. The largest valid record, a goal
// with 50 resources of 4,000 characters each all written as \u escapes, is
// about 1.2 MB; a record beyond this limit cannot be valid, and refusing it
// early keeps a hostile file from filling memory.
const MaxRecordBytes = 4 << 20

// maxDepth bounds the nesting of a value that is skipped (an unknown key).
const maxDepth = 1000

// readChunk is the most the decoder reads from its source at once, so that
// what it buffers beyond the current value stays small.
const readChunk = 64 << 10

var errTooLarge = errors.New("record too large")

// meteredReader counts the bytes handed to the JSON decoder and refuses to
// read on once the current value has grown beyond the limit. It keeps the
// bytes from the start of the current value on, so that a record can be
// looked at as written once the decoder is done with it.
type meteredReader struct {
	r     io.Reader
	n     int64 // bytes read so far
	mark  int64 // offset at which the current value starts
	limit int64

	kept     []byte // the bytes read from keptFrom on
	keptFrom int64
}

func (m *meteredReader) Read(p []byte) (int, error) {
	if m.n-m.mark > m.limit {
		return 0, errTooLarge
	}
	if len(p) > readChunk {
		p = p[:readChunk]
	}
	n, err := m.r.Read(p)
	if drop := m.mark - m.keptFrom; drop > 0 {
		// what came before the current value is never looked at again
		m.kept = m.kept[:copy(m.kept, m.kept[min(drop, int64(len(m.kept))):])]
		m.keptFrom = m.mark
	}
	m.kept = append(m.kept, p[:n]...)
	m.n += int64(n)
	return n, err
}

// since returns the bytes read from offset from to offset to, both at or
// after the mark that was set when from was read.
func (m *meteredReader) since(from, to int64) []byte {
	return m.kept[from-m.keptFrom : to-m.keptFrom]
}

// decoder reads an export document token by token: the top-level object
// key by key, each list element by element.
type decoder struct {
	src  *meteredReader
	dec  *json.Decoder
	ds   domain.Dataset
	seen map[string]bool // top-level keys met
	keys keyScanner      // looks for a key given twice in a record

	format, version bool // whether the header fields were met
	formatVal       string
	versionVal      int
	where           string // what is being read, for errors
	base            int64  // bytes skipped before the decoder's input
}

func newDecoder(r io.Reader, limit int64) *decoder {
	// A byte order mark, which some editors write, is no part of JSON:
	// skip it, and count offsets from the start of the file all the same.
	br := bufio.NewReaderSize(r, readChunk)
	var base int64
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		br.Discard(3)
		base = 3
	}
	src := &meteredReader{r: br, limit: limit}
	return &decoder{src: src, dec: json.NewDecoder(src), seen: map[string]bool{}, base: base}
}

// off turns an offset in the decoder's input into one in the file.
func (d *decoder) off(n int64) int64 { return d.base + n }

// topKeys are the keys of the document, in the export's order.
var topKeys = []string{"format", "version", "exported_at", "goals", "tasks", "checkins", "reflections", "reviews", "recall"}

func (d *decoder) document() error {
	d.where = "the document"
	tok, err := d.token()
	if err != nil {
		return err
	}
	if tok != json.Delim('{') {
		return fmt.Errorf("not a coach export: want a JSON object, got %s", kind(tok))
	}
	for {
		d.where = "the document"
		tok, err := d.token()
		if err != nil {
			return err
		}
		if tok == json.Delim('}') {
			break
		}
		key, ok := tok.(string)
		if !ok { // the decoder returns only strings in key position
			return fmt.Errorf("invalid JSON at byte %d: want a key, got %s", d.off(d.dec.InputOffset()), kind(tok))
		}
		name := key // an unknown key, skipped however often it comes
		for _, k := range topKeys {
			if strings.EqualFold(key, k) { // as encoding/json matches keys
				if d.seen[k] {
					return fmt.Errorf("the key %s appears twice in the document (at byte %d)", quote(key), d.off(d.dec.InputOffset()))
				}
				d.seen[k] = true
				name = k
			}
		}
		if err := d.field(name); err != nil {
			return err
		}
	}
	d.where = "the end of the document"
	d.src.mark = d.dec.InputOffset()
	if tok, err := d.dec.Token(); err != io.EOF {
		if err != nil {
			return d.readErr(err)
		}
		at := d.dec.InputOffset()
		if _, ok := tok.(json.Delim); ok {
			at-- // the offset is the one after the bracket
		}
		return fmt.Errorf("unexpected %s after the end of the export object (at byte %d)", kind(tok), d.off(at))
	}
	if err := d.checkHeader(true); err != nil {
		return err
	}
	return d.checkUnrated()
}

// checkUnrated refuses an unrated reflection in a document older than
// version 5: the coach that wrote it rated every day, so a 0 there is a
// damaged or hand-made file, not a journal imported from jrnl.
func (d *decoder) checkUnrated() error {
	if d.versionVal >= 5 {
		return nil
	}
	for _, r := range d.ds.Reflections {
		if r.Rating == domain.Unrated {
			return fmt.Errorf("the reflection of %s has rating 0: a version %d export rates every day from 1 to 5", r.Date, d.versionVal)
		}
	}
	return nil
}

// checkHeader fails as soon as the header is known to be wrong; at the end
// of the document (final), a missing field counts as wrong.
func (d *decoder) checkHeader(final bool) error {
	if (d.format || final) && d.formatVal != FormatName {
		return fmt.Errorf("not a coach export: format is %q, want %q", d.formatVal, FormatName)
	}
	if (d.version && d.format || final) && (d.versionVal < MinVersion || d.versionVal > Version) {
		return fmt.Errorf("export version %d is not supported (this coach reads versions %d to %d)", d.versionVal, MinVersion, Version)
	}
	return nil
}

func (d *decoder) field(name string) error {
	switch name {
	case "format":
		d.where = "format"
		var s *string
		if err := d.value(name, &s); err != nil {
			return err
		}
		if s != nil {
			d.formatVal = *s
		}
		d.format = true
		return d.checkHeader(false)
	case "version":
		d.where = "version"
		if err := d.value(name, &d.versionVal); err != nil {
			return err
		}
		d.version = true
		return d.checkHeader(false)
	case "exported_at":
		d.where = "exported_at"
		var s string
		if err := d.value(name, &s); err != nil {
			return err
		}
		_, err := parseTime("exported_at", s)
		return err
	case "goals":
		return list(d, name, &d.ds.Goals, convGoal)
	case "tasks":
		return list(d, name, &d.ds.Tasks, convTask)
	case "checkins":
		return list(d, name, &d.ds.CheckIns, convCheckIn)
	case "reflections":
		return list(d, name, &d.ds.Reflections, convReflection)
	case "reviews":
		return list(d, name, &d.ds.Reviews, convReview)
	case "recall":
		return list(d, name, &d.ds.Recall, convRecall)
	}
	d.where = "the value of " + quote(name)
	return d.skip()
}

// value decodes one header value.
func (d *decoder) value(name string, v any) error {
	d.src.mark = d.dec.InputOffset()
	if err := d.dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fmt.Errorf("field %q at byte %d: want %s, got %s", name, d.off(d.dec.InputOffset()), te.Type, te.Value)
		}
		return d.readErr(err)
	}
	return nil
}

// list reads `[ record, … ]` (or null) into *out, converting each wire
// record with conv.
func list[W, T any](d *decoder, name string, out *[]T, conv func(path string, w *W) (T, error)) error {
	d.where = name
	tok, err := d.token()
	if err != nil {
		return err
	}
	switch tok {
	case nil: // null: no records
		return nil
	case json.Delim('['):
	default:
		return fmt.Errorf("field %q at byte %d: want an array, got %s", name, d.off(d.dec.InputOffset()), kind(tok))
	}
	if *out == nil {
		*out = []T{}
	}
	for i := 0; ; i++ {
		path := name + "[" + strconv.Itoa(i) + "]"
		d.where = path
		d.src.mark = d.dec.InputOffset()
		if !d.dec.More() {
			break
		}
		// More stops at the comma before every element but the first;
		// Decode steps over it.
		from := d.dec.InputOffset()
		start := d.off(from)
		if i > 0 {
			start++
		}
		var w W
		if err := d.dec.Decode(&w); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				if te.Field == "" {
					return fmt.Errorf("%s at byte %d: want an object, got %s", path, start, te.Value)
				}
				return fmt.Errorf("%s: field %q at byte %d: want %s, got %s", path, name+"."+te.Field, start+te.Offset, te.Type, te.Value)
			}
			return d.readErr(err)
		}
		// Decoding keeps the last of a key given twice; the record as
		// written is looked at again to refuse that.
		if key, at, dup := d.keys.duplicate(d.src.since(from, d.dec.InputOffset())); dup {
			return duplicateKeyError(path, key, d.off(from)+int64(at))
		}
		rec, err := conv(path, &w)
		if err != nil {
			return err
		}
		*out = append(*out, rec)
	}
	_, err = d.token() // the closing bracket
	return err
}

// token reads the next token, with the errors turned into messages.
func (d *decoder) token() (json.Token, error) {
	d.src.mark = d.dec.InputOffset()
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.readErr(err)
	}
	return tok, nil
}

// skip reads over one value of any kind, token by token, so that an unknown
// key's value is never held whole.
func (d *decoder) skip() error {
	depth := 0
	for {
		tok, err := d.token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			if depth++; depth > maxDepth {
				return fmt.Errorf("%s is nested more than %d levels deep (at byte %d)", d.where, maxDepth, d.off(d.dec.InputOffset()))
			}
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

// readErr explains an error of the JSON decoder or of the file.
func (d *decoder) readErr(err error) error {
	var se *json.SyntaxError
	switch {
	case errors.Is(err, errTooLarge) && strings.HasSuffix(d.where, "]"):
		return fmt.Errorf("%s is larger than %s, more than any valid record (at byte %d)", d.where, sizeText(d.src.limit), d.valueStart())
	case errors.Is(err, errTooLarge):
		return fmt.Errorf("more than %s of text without a complete value at byte %d (in %s)", sizeText(d.src.limit), d.valueStart(), d.where)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("the file ends too early: it is empty or truncated (after %d bytes, in %s)", d.off(d.src.n), d.where)
	case errors.As(err, &se):
		return fmt.Errorf("invalid JSON at byte %d (in %s): %v", d.syntaxOffset(se), d.where, err)
	}
	return fmt.Errorf("cannot read the file (in %s): %w", d.where, err)
}

// valueStart returns the offset in the file of the value being read: the
// decoder stopped before the separator (a comma or colon) and the blank
// space that precede it.
func (d *decoder) valueStart() int64 {
	rest, _ := io.ReadAll(d.dec.Buffered())
	i := 0
	if i < len(rest) && (rest[i] == ',' || rest[i] == ':') {
		i++
	}
	j := i
	for j < len(rest) && strings.IndexByte(" \t\r\n", rest[j]) >= 0 {
		j++
	}
	if j < len(rest) {
		i = j
	}
	return d.off(d.dec.InputOffset() + int64(i))
}

// syntaxOffset returns the offset, from the start of the file and counting
// from 0, of the byte a syntax error is about. The decoder counts the offset
// of an error inside a value from the first value it decoded, not from the
// start of the input, and one past the byte; the text of the failed value
// is still buffered, so decoding it again alone finds where in it the error
// is. Errors between values (a missing comma) already give the offset of
// the byte.
func (d *decoder) syntaxOffset(se *json.SyntaxError) int64 {
	rest, _ := io.ReadAll(d.dec.Buffered())
	var raw json.RawMessage
	err := json.NewDecoder(bytes.NewReader(rest)).Decode(&raw)
	var again *json.SyntaxError
	if errors.As(err, &again) {
		return d.off(d.dec.InputOffset() + again.Offset - 1)
	}
	return d.off(se.Offset)
}

// sizeText writes a limit in MiB or KiB.
func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// kind names the JSON type of a token.
func kind(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '{' {
			return "object"
		}
		if v == '[' {
			return "array"
		}
		return strconv.Quote(string(v))
	case string:
		return "string"
	case float64, json.Number:
		return "number"
	case bool:
		return "bool"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", tok)
}

// quote quotes user text for an error message, cut to 40 characters.
func quote(s string) string {
	const n = 40
	if utf8.RuneCountInString(s) <= n {
		return strconv.Quote(s)
	}
	i, k := 0, 0
	for i = range s {
		if k == n {
			break
		}
		k++
	}
	return fmt.Sprintf("%s… (%d characters)", strconv.Quote(s[:i]), utf8.RuneCountInString(s))
}
