package store

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// Damaged is a record a read skipped because it cannot be used: a value
// that does not decode, a key of the wrong form, or an index entry that
// points at nothing. Bucket and Key name it exactly, as coach check does.
type Damaged struct {
	Bucket string
	Key    []byte
	Reason string
}

func (d Damaged) String() string {
	return fmt.Sprintf("%s %s: %s", d.Bucket, keyText(d.Key), d.Reason)
}

// keyText shows a key as it is stored, in hex, with what it reads as when
// it has one of the shapes coach writes: an id, a day, or both.
func keyText(k []byte) string {
	if printable(k) && len(k) > 0 {
		return strconv.Quote(string(k))
	}
	text := "0x" + hex.EncodeToString(k)
	if len(k) > 64 {
		text = "0x" + hex.EncodeToString(k[:32]) + "…"
	}
	switch {
	case len(k) == 8:
		return fmt.Sprintf("%s (id %d)", text, u64(k))
	case len(k) == 16:
		return fmt.Sprintf("%s (ids %d, %d)", text, u64(k[:8]), u64(k[8:]))
	case len(k) == 18 && printable(k[:10]):
		return fmt.Sprintf("%s (%s, id %d)", text, k[:10], u64(k[10:]))
	case len(k) == 18 && printable(k[8:]):
		return fmt.Sprintf("%s (id %d, %s)", text, u64(k[:8]), k[8:])
	}
	return text
}

func printable(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

// damagedError is a record whose stored bytes cannot be used.
type damagedError struct {
	bucket []byte
	key    []byte
	err    error
}

func (e *damagedError) Error() string {
	return fmt.Sprintf("%s is damaged (%v): run coach check", Damaged{Bucket: string(e.bucket), Key: e.key}.where(), e.err)
}

func (e *damagedError) Unwrap() error { return e.err }

func (d Damaged) where() string { return where([]byte(d.Bucket), d.Key) }

// where names a record by its bucket and key, as check and the reads do.
func where(bucket, k []byte) string { return string(bucket) + " " + keyText(k) }

// damage gathers the records one read transaction skipped.
type damage struct{ list []Damaged }

// skip notes a record of bucket at key as skipped.
func (d *damage) skip(bucket, key []byte, reason string) {
	d.list = append(d.list, Damaged{Bucket: string(bucket), Key: append([]byte(nil), key...), Reason: reason})
}

// absorb decides what a read does with err from reading one record that an
// index entry (index, key) led to: a damaged record or an entry that points
// at nothing is noted and skipped (true); any other error ends the read.
func (d *damage) absorb(err error, index, key []byte) bool {
	var de *damagedError
	switch {
	case errors.As(err, &de):
		d.skip(de.bucket, de.key, de.err.Error())
		return true
	case errors.Is(err, ErrNotFound):
		d.skip(index, key, "points at no record")
		return true
	}
	return false
}

// damageLog tells each damaged record a Store's reads skip once, however
// many reads meet it.
type damageLog struct {
	mu     sync.Mutex
	seen   map[string]bool
	list   []Damaged
	report func(Damaged)
}

// WithDamaged sets what hears of a damaged record that a read skipped,
// once per record for the life of the Store: the command line prints it.
func WithDamaged(report func(Damaged)) Option {
	return func(s *Store) { s.skip.report = report }
}

// Damaged lists the damaged records that reads have skipped so far.
func (s *Store) Damaged() []Damaged {
	l := &s.skip
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Damaged(nil), l.list...)
}

func (l *damageLog) tell(found []Damaged) {
	l.mu.Lock()
	var fresh []Damaged
	for _, d := range found {
		id := d.Bucket + "\x00" + string(d.Key)
		if l.seen[id] {
			continue
		}
		if l.seen == nil {
			l.seen = map[string]bool{}
		}
		l.seen[id] = true
		l.list = append(l.list, d)
		fresh = append(fresh, d)
	}
	report := l.report
	l.mu.Unlock()
	if report != nil {
		for _, d := range fresh {
			report(d)
		}
	}
}

// read runs fn in a read transaction in which damaged records are skipped
// rather than failing the whole read, and tells what was skipped.
func (s *Store) read(fn func(*bolt.Tx, *damage) error) error {
	var dmg damage
	err := s.view(func(tx *bolt.Tx) error {
		dmg = damage{} // a retry starts afresh
		return fn(tx, &dmg)
	})
	s.skip.tell(dmg.list)
	return err
}

// reasonOf is what is wrong with a damaged record, without its name.
func reasonOf(err error) string {
	var de *damagedError
	if errors.As(err, &de) {
		return de.err.Error()
	}
	return err.Error()
}
