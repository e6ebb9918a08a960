package exchange

import (
	"fmt"
	"strings"
	"testing"
)

func TestKeyScanner(t *testing.T) {
	tests := []struct {
		in  string
		key string // "" for none
		at  int
	}{
		{`{"a": 1, "b": 2}`, "", 0},
		{`{"a": 1, "a": 2}`, `"a"`, 9},
		{`{"a": 1, "A": 2}`, `"A"`, 9},
		{`{"id": 1, "\u0069d": 2}`, `"\u0069d"`, 10},
		{`{"k": 1, "\u212a": 2}`, `"\u212a"`, 9},  // the Kelvin sign folds to k
		{`{"s": 1, "\u017f": 2}`, `"\u017f"`, 9},  // and the long s to s
		{`{"a": "a", "b": "a"}`, "", 0},           // equal values are fine
		{`{"a": {"b": 1}, "b": {"a": 1}}`, "", 0}, // each object has its own keys
		{`{"a": {"b": 1, "b": 2}}`, `"b"`, 15},    // a nested object too
		{`{"a": [{"b": 1}, {"b": 2}]}`, "", 0},    // objects in an array are apart
		{`{"a": ["b", "b"], "c": 1}`, "", 0},      // strings in an array are no keys
		{`{"a": "x\", \"a\": 1", "b": 2}`, "", 0}, // a quote escaped in a value
		{`{"a\\": 1, "a": 2}`, "", 0},             // a key that ends with a backslash
		{`{"{": 1, "}": 2, ",": 3, "[": {"{": 4}}`, "", 0},
		{`{}`, "", 0},
		{`[]`, "", 0},
		{`"a"`, "", 0},
		{`{"é": 1, "É": 2}`, `"É"`, 10},
	}
	var k keyScanner
	for _, tt := range tests {
		key, at, ok := k.duplicate([]byte(tt.in))
		if ok != (tt.key != "") || key != tt.key || at != tt.at {
			t.Errorf("duplicateKey(%s) = %q at %d (%v), want %q at %d", tt.in, key, at, ok, tt.key, tt.at)
		}
	}
}

// TestDuplicateKeyFarIn puts the repeated key past many reads of the
// decoder's source, and behind a skipped unknown value larger than one, so
// that the record's bytes come from the reader's kept window.
func TestDuplicateKeyFarIn(t *testing.T) {
	var b strings.Builder
	b.WriteString(head + `"unknown": ["` + strings.Repeat("u", 3*readChunk) + `"], "checkins": [`)
	for i := range 5000 {
		fmt.Fprintf(&b, `{"task_id": 1, "date": "2026-01-01", "note": "%d"}, `, i)
	}
	at := b.Len() + len(`{"task_id": 1, "date": "2026-01-01", "note": "x", `)
	b.WriteString(`{"task_id": 1, "date": "2026-01-01", "note": "x", "Note": "y"}]}`)
	_, err := ReadJSON(strings.NewReader(b.String()))
	want := fmt.Sprintf(`checkins[5000]: the key "Note" appears twice in the record (at byte %d)`, at)
	if err == nil || err.Error() != want {
		t.Errorf("ReadJSON = %v, want %s", err, want)
	}
}
