package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

func be64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

func u64(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

// nextID gives the next id of bucket b, whose records are kind ("task").
// Unlike NextSequence it never wraps, and never hands out a key that holds
// a record (a sequence set behind its records): creating must not write
// over anything.
func nextID(b *bolt.Bucket, kind string) (uint64, error) {
	seq := b.Sequence()
	if seq >= domain.MaxID {
		return 0, fmt.Errorf("cannot add another %s: %s ids have reached their limit, %d", kind, kind, uint64(domain.MaxID))
	}
	id := seq + 1
	if b.Get(be64(id)) != nil {
		return 0, fmt.Errorf("cannot add a %s: id %d is taken though the id counter says it is free: run coach check", kind, id)
	}
	return id, b.SetSequence(id)
}

// dayKey is a date as its 10-byte YYYY-MM-DD text, which sorts by time.
func dayKey(d domain.Date) []byte { return []byte(d.String()) }

// dayID joins a date and an id: the key of the by-date indexes.
func dayID(d domain.Date, id uint64) []byte {
	return append(dayKey(d), be64(id)...)
}

// lastDayKey is the key of the last day of a range, kept within the dates
// a key can hold: past 9999 the text would sort before 1900.
func lastDayKey(to domain.Date) []byte { return dayKey(min(to, domain.MaxDate)) }

// onOrBefore reports whether key k, which starts with a day, belongs to
// that day or an earlier one; last is a lastDayKey. Comparing the day alone,
// never the day after, keeps the last date a key can hold in reach.
func onOrBefore(k, last []byte) bool {
	return bytes.Compare(k[:min(len(k), len(last))], last) <= 0
}

func idDay(id uint64, d domain.Date) []byte {
	return append(be64(id), dayKey(d)...)
}

// indexedID is the task id of a due|id index key; 0, which no task has,
// for a key of another length.
func indexedID(k []byte) uint64 {
	if len(k) != 18 {
		return 0
	}
	return u64(k[10:])
}

// firstDay is the day of the first key of a bucket keyed by day, 0 when it
// is empty or that key starts with no day coach keeps.
func firstDay(tx *bolt.Tx, bucket []byte) domain.Date {
	k, _ := tx.Bucket(bucket).Cursor().First()
	if len(k) < 10 {
		return 0
	}
	d, err := domain.ParseISODate(string(k[:10]))
	if err != nil {
		return 0
	}
	return d
}

// splitDayID reverses dayID.
func splitDayID(k []byte) (domain.Date, uint64, error) {
	if len(k) != 18 {
		return 0, 0, fmt.Errorf("bad index key %x", k)
	}
	d, err := domain.ParseISODate(string(k[:10]))
	return d, u64(k[10:]), err
}

func putJSON(b *bolt.Bucket, k []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return b.Put(k, data)
}

// getJSON decodes the value at k of bucket into v; found is false when k
// is absent, and a value that does not decode is a *damagedError.
// json.Unmarshal copies, so nothing points into the mmap after the tx.
func getJSON(tx *bolt.Tx, bucket, k []byte, v any) (found bool, err error) {
	data := tx.Bucket(bucket).Get(k)
	if data == nil {
		return false, nil
	}
	return true, decodeJSON(bucket, k, data, v)
}

// decodeJSON decodes the value data stored at k of bucket into v; a value
// that does not decode is a *damagedError.
func decodeJSON(bucket, k, data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return &damagedError{bucket: bucket, key: append([]byte(nil), k...), err: err}
	}
	return nil
}

// getRecord reads the record of kind with this id from bucket into v, as
// decodeRecord does.
func getRecord(tx *bolt.Tx, bucket []byte, kind string, id uint64, v any, storedID *uint64) error {
	k := be64(id)
	data := tx.Bucket(bucket).Get(k)
	if data == nil {
		return notFound{kind, id}
	}
	return decodeRecord(bucket, kind, k, data, v, storedID)
}

// decodeRecord decodes the record of kind stored at key k (an id) into v;
// its stored id (at storedID) must be its key, or the record is one
// another was written over.
func decodeRecord(bucket []byte, kind string, k, data []byte, v any, storedID *uint64) error {
	if err := decodeJSON(bucket, k, data, v); err != nil {
		return err
	}
	if *storedID != u64(k) {
		return &damagedError{bucket: bucket, key: append([]byte(nil), k...), err: fmt.Errorf("it holds %s %d, not %d", kind, *storedID, u64(k))}
	}
	return nil
}

// allRecords reads every record of an id-keyed bucket in id order with
// get; a key that is not an id or a record that cannot be read is noted in
// dmg and skipped.
func allRecords[T any](tx *bolt.Tx, bucket []byte, decode func(k, v []byte) (T, error), dmg *damage) ([]T, error) {
	var out []T
	c := tx.Bucket(bucket).Cursor()
	for k, v := c.First(); k != nil; k, v = c.Next() {
		if len(k) != 8 {
			dmg.skip(bucket, k, "the key is not an id")
			continue
		}
		r, err := decode(k, v)
		if err != nil {
			if dmg.absorb(err, bucket, k) {
				continue
			}
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}
