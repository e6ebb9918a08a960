package store

import (
	"encoding/binary"
	"fmt"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// A check-in is stored compactly, since a long history holds tens of
// thousands: the key is date|taskid, the value the minutes as a uvarint
// followed by the note's bytes. Reading one needs no JSON decoding.

func encodeCheckIn(c domain.CheckIn) []byte {
	v := binary.AppendUvarint(make([]byte, 0, 2+len(c.Note)), uint64(c.Minutes))
	return append(v, c.Note...)
}

func decodeCheckIn(k, v []byte) (domain.CheckIn, error) {
	d, id, err := splitDayID(k)
	if err != nil {
		return domain.CheckIn{}, err
	}
	m, n := binary.Uvarint(v)
	if n <= 0 || m > domain.MaxMinutes {
		return domain.CheckIn{}, fmt.Errorf("damaged check-in %s of task %d", d, id)
	}
	return domain.CheckIn{TaskID: id, Date: d, Minutes: int(m), Note: string(v[n:])}, nil
}

func putCheckIn(tx *bolt.Tx, c domain.CheckIn) error {
	if err := tx.Bucket(bCheckins).Put(dayID(c.Date, c.TaskID), encodeCheckIn(c)); err != nil {
		return err
	}
	if err := tx.Bucket(bTaskDays).Put(idDay(c.TaskID, c.Date), nil); err != nil {
		return err
	}
	return markCheckIn(tx, c.TaskID, c.Date)
}

// getCheckIn reads the check-in of task id on day d; found is false when
// there is none.
func getCheckIn(tx *bolt.Tx, id uint64, d domain.Date) (c domain.CheckIn, found bool, err error) {
	k := dayID(d, id)
	v := tx.Bucket(bCheckins).Get(k)
	if v == nil {
		return c, false, nil
	}
	c, err = decodeCheckIn(k, v)
	return c, true, err
}
