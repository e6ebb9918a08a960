package store

import (
	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// The gids bucket maps a goal's or a task's global id to its local one:
// gid → kind byte ('g' or 't') + 8-byte id. Sync names records by gid and
// the rest of coach by the short local id.

const (
	gidGoal = 'g'
	gidTask = 't'
)

func indexGID(tx *bolt.Tx, kind byte, gid string, id uint64) error {
	return tx.Bucket(bGIDs).Put([]byte(gid), append([]byte{kind}, be64(id)...))
}

func unindexGID(tx *bolt.Tx, gid string) error {
	if gid == "" {
		return nil
	}
	return tx.Bucket(bGIDs).Delete([]byte(gid))
}

// localID is the local id of the record of kind with global id gid.
func localID(tx *bolt.Tx, kind byte, gid string) (uint64, bool) {
	v := tx.Bucket(bGIDs).Get([]byte(gid))
	if len(v) != 9 || v[0] != kind {
		return 0, false
	}
	return u64(v[1:]), true
}

// withGID gives a record without a global id a new one: records made
// before schema 4, and those of an export older than version 3.
func withGID(gid string) string {
	if gid == "" {
		return domain.NewGID()
	}
	return gid
}

// putGoal writes g and its gid entry, and marks it changed for sync.
func putGoal(tx *bolt.Tx, g domain.Goal) error {
	if err := putJSON(tx.Bucket(bGoals), be64(g.ID), g); err != nil {
		return err
	}
	if err := indexGID(tx, gidGoal, g.GID, g.ID); err != nil {
		return err
	}
	return markChanged(tx, kindGoal, g.GID)
}

// assignGIDs gives every goal and task a global id and indexes it: the
// schema 3 → 4 step. A damaged record is left for coach check.
func assignGIDs(tx *bolt.Tx) error {
	if _, err := tx.CreateBucketIfNotExists(bGIDs); err != nil {
		return err
	}
	var dmg damage
	gs, err := allGoals(tx, &dmg)
	if err != nil {
		return err
	}
	for _, g := range gs {
		g.GID = withGID(g.GID)
		if err := putJSON(tx.Bucket(bGoals), be64(g.ID), g); err != nil {
			return err
		}
		if err := indexGID(tx, gidGoal, g.GID, g.ID); err != nil {
			return err
		}
	}
	ts, err := allTasks(tx, &dmg)
	if err != nil {
		return err
	}
	for _, t := range ts {
		t.GID = withGID(t.GID)
		if err := putJSON(tx.Bucket(bTasks), be64(t.ID), t); err != nil {
			return err
		}
		if err := indexGID(tx, gidTask, t.GID, t.ID); err != nil {
			return err
		}
	}
	return nil
}
