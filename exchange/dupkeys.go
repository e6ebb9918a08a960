package exchange

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// keyScanner finds an object key given twice in one object of a record.
// encoding/json would quietly keep the last of the two, so a record could
// say one thing to a reader of the file and another to coach. It is kept by
// the decoder and reused, so a record costs no allocation.
type keyScanner struct {
	open []keyLevel // the objects and arrays open at the current byte
	keys [][2]int   // the keys of every open object, as ranges of raw
}

// keyLevel is one open object (its keys start at keys[first:]) or array.
type keyLevel struct {
	object bool
	first  int
}

// duplicate returns the first key of raw, one valid JSON value, that its
// object already holds, with its offset in raw. Keys are compared as
// encoding/json matches them to fields: unescaped and without regard to
// case, so "ID", "id" and "\u0069d" are one key.
func (k *keyScanner) duplicate(raw []byte) (key string, at int, ok bool) {
	k.open, k.keys = k.open[:0], k.keys[:0]
	expectKey := false
	for i := 0; i < len(raw); i++ {
		switch raw[i] {
		case '{':
			k.open = append(k.open, keyLevel{object: true, first: len(k.keys)})
			expectKey = true
		case '[':
			k.open = append(k.open, keyLevel{})
		case '}', ']':
			if top := k.open[len(k.open)-1]; top.object {
				k.keys = k.keys[:top.first]
			}
			k.open = k.open[:len(k.open)-1]
		case ',':
			expectKey = len(k.open) > 0 && k.open[len(k.open)-1].object
		case '"':
			end := stringEnd(raw, i)
			if expectKey {
				expectKey = false
				this := raw[i : end+1]
				for _, r := range k.keys[k.open[len(k.open)-1].first:] {
					if sameKey(raw[r[0]:r[1]], this) {
						return string(this), i, true
					}
				}
				k.keys = append(k.keys, [2]int{i, end + 1})
			}
			i = end
		}
	}
	return "", 0, false
}

// stringEnd is the index of the quote that closes the string opening at
// raw[start].
func stringEnd(raw []byte, start int) int {
	for i := start + 1; i < len(raw); i++ {
		switch raw[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return len(raw) - 1
}

// sameKey reports whether two quoted keys name one field.
func sameKey(a, b []byte) bool {
	if isPlainKey(a) && isPlainKey(b) {
		return bytes.EqualFold(a, b) // the common case, without allocating
	}
	return strings.EqualFold(unquoteKey(a), unquoteKey(b))
}

// isPlainKey reports a quoted key of ASCII without escapes.
func isPlainKey(q []byte) bool {
	for _, c := range q {
		if c == '\\' || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func unquoteKey(q []byte) string {
	var s string
	if err := json.Unmarshal(q, &s); err != nil {
		return string(q) // not for valid JSON: keep it apart
	}
	return s
}

// duplicateKeyError names a record's repeated key.
func duplicateKeyError(path, key string, at int64) error {
	return fmt.Errorf("%s: the key %s appears twice in the record (at byte %d)", path, quote(key[1:len(key)-1]), at)
}
