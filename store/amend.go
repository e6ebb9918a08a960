package store

import (
	"errors"
	"reflect"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// errUnchanged rolls back an amendment that changes nothing.
var errUnchanged = errors.New("unchanged")

// AmendReflection reads the reflection of day and writes what change makes
// of it, in one write transaction, so that a reflection another process
// saved meanwhile is amended rather than overwritten. change gets the
// reflection as stored (found false and only the date set when there is
// none) and may fail to leave it alone. It returns the reflection as it was
// and whether anything was written.
func (s *Store) AmendReflection(day domain.Date, change func(r domain.Reflection, found bool) (domain.Reflection, error)) (old domain.Reflection, found, written bool, err error) {
	err = s.update(func(tx *bolt.Tx) error {
		old, found = domain.Reflection{}, false
		if found, err = getJSON(tx, bReflections, dayKey(day), &old); err != nil {
			return err
		}
		old.Date = day
		r, err := change(old, found)
		if err != nil {
			return err
		}
		r.Date = day
		if r, err = domain.CleanReflection(r); err != nil {
			return err
		}
		if found && reflect.DeepEqual(r, old) {
			return errUnchanged
		}
		return putReflection(tx, r)
	})
	if errors.Is(err, errUnchanged) {
		return old, found, false, nil
	}
	return old, found, err == nil, err
}
