// Package exchange reads and writes coach's export format (JSON, version 5;
// versions 1 to 4 still read) and writes the markdown and CSV views of a
// dataset.
package exchange

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"coach/domain"
	"coach/sanitize"
)

// FormatName and Version identify the export format. Version 2 added a
// goal's measure, version 3 the global id of goals and tasks (gid),
// version 4 a reflection's "ask" and the recall review log, version 5 the
// unrated reflection (rating 0, from a journal imported from jrnl); an
// older document is a newer one without them, so the reader takes all.
const (
	FormatName = "coach"
	Version    = 5
	MinVersion = 1 // the oldest version the reader takes
)

// Progress is told, while a long export runs, how many of total records
// are done. It is called often; it should be cheap.
type Progress func(done, total int)

// WriteJSON writes ds as an indented export document. Lists are never null,
// so the output is stable and re-imports to the same bytes. progress, when
// set, is told of each record written. It writes one record at a time, so
// the output never sits whole in memory. Control, line-separator and bidirectional formatting characters
// in strings are written as \u escapes: the document reads back to the same
// text, and printing it on a terminal obeys none of them.
func WriteJSON(w io.Writer, ds domain.Dataset, exportedAt time.Time, progress Progress) error {
	jw := &jsonWriter{w: w, progress: progress, total: ds.Len()}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	jw.enc.SetIndent("    ", "  ")
	at, err := json.Marshal(exportedAt.UTC().Truncate(time.Second))
	if err != nil {
		return err
	}
	jw.raw("{\n  \"format\": " + strconv.Quote(FormatName) + ",\n  \"version\": " + strconv.Itoa(Version) +
		",\n  \"exported_at\": " + string(at) + ",\n")
	writeList(jw, "goals", ds.Goals, func(g domain.Goal) any { g.Resources = orEmpty(g.Resources); return g })
	jw.raw(",\n")
	writeList(jw, "tasks", ds.Tasks, nil)
	jw.raw(",\n")
	writeList(jw, "checkins", ds.CheckIns, nil)
	jw.raw(",\n")
	writeList(jw, "reflections", ds.Reflections, func(r domain.Reflection) any { r.Tags = orEmpty(r.Tags); return r })
	jw.raw(",\n")
	writeList(jw, "reviews", ds.Reviews, nil)
	jw.raw(",\n")
	writeList(jw, "recall", ds.Recall, nil)
	jw.raw("\n}\n")
	return jw.err
}

// jsonWriter writes the document piece by piece and keeps the first error.
type jsonWriter struct {
	w        io.Writer
	enc      *json.Encoder // encodes one record into buf
	buf      bytes.Buffer
	esc      []byte
	err      error
	progress Progress
	done     int
	total    int
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = io.WriteString(jw.w, s)
	}
}

// record writes one element of a list, indented as json.Encoder would
// indent the whole document.
func (jw *jsonWriter) record(v any) {
	if jw.err != nil {
		return
	}
	jw.buf.Reset()
	if jw.err = jw.enc.Encode(v); jw.err != nil {
		return
	}
	b := bytes.TrimSuffix(jw.buf.Bytes(), []byte("\n"))
	jw.esc = EscapeUnsafe(append(jw.esc[:0], "    "...), b)
	_, jw.err = jw.w.Write(jw.esc)
	jw.done++
	if jw.progress != nil {
		jw.progress(jw.done, jw.total)
	}
}

// writeList writes `"name": [ … ]`, or `"name": []` for no records. conv,
// when set, adjusts a record before it is written.
func writeList[T any](jw *jsonWriter, name string, list []T, conv func(T) any) {
	jw.raw("  " + strconv.Quote(name) + ": [")
	if len(list) == 0 {
		jw.raw("]")
		return
	}
	for i, v := range list {
		if i == 0 {
			jw.raw("\n")
		} else {
			jw.raw(",\n")
		}
		if conv != nil {
			jw.record(conv(v))
		} else {
			jw.record(v)
		}
	}
	jw.raw("\n  ]")
}

// EscapeUnsafe appends the JSON document b to dst with every character that sanitize.Unsafe
// reports written as a \u escape. encoding/json already escapes the C0
// controls and the line separators; this adds DEL, the C1 controls and the
// bidirectional formatting characters. Outside strings a JSON document is
// ASCII, so every such character sits in a string, where the escape means
// the same character.
func EscapeUnsafe(dst, b []byte) []byte {
	start := 0
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x7f {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if sanitize.Unsafe(r) {
			dst = append(dst, b[start:i]...)
			if r > 0xffff { // beyond 16 bits: a surrogate pair, as JSON writes it
				hi, lo := utf16.EncodeRune(r)
				dst = append(dst, `\u`+hex4(hi)+`\u`+hex4(lo)...)
			} else {
				dst = append(dst, `\u`+hex4(r)...)
			}
			start = i + size
		}
		i += size
	}
	return append(dst, b[start:]...)
}

func hex4(r rune) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[r>>12&0xf], digits[r>>8&0xf], digits[r>>4&0xf], digits[r&0xf]})
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// ReadJSON decodes an export document and checks its header. It reads the
// document as a stream, record by record: memory holds the records decoded
// so far and at most one record's text, never the whole file. Errors name
// the record and field (`tasks[3].due: invalid date "2026-02-30" …`) or
// the byte offset of a syntax error.
//
// It checks the form of every field (types, dates, times, lengths) but not
// what the records mean (competencies, schedules, references, duplicates):
// domain.CleanDataset does that, and store.Load calls it before writing
// anything.
func ReadJSON(r io.Reader) (domain.Dataset, error) {
	d := newDecoder(r, MaxRecordBytes)
	err := d.document()
	return d.ds, err
}
