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

// getJSON decodes the value at k into v; found is false when k is absent.
// json.Unmarshal copies, so nothing points into the mmap after the tx.
func getJSON(b *bolt.Bucket, k []byte, v any) (found bool, err error) {
	data := b.Get(k)
	if data == nil {
		return false, nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return true, fmt.Errorf("damaged record %x: %w", k, err)
	}
	return true, nil
}
