package store

import (
	"bytes"
	"encoding/json"
	"time"

	"coach/domain"
	"coach/syncop"

	bolt "go.etcd.io/bbolt"
)

// What sync keeps in the database, beside the records (schema 4):
//
//	sync_dirty   kind\0id → stamp     records changed here since the last
//	                                  sync, stamped when they changed
//	sync_state   kind\0id → state     every record as last merged: each
//	                                  field's value and the stamp that set it
//	sync_out     seq → segment        this device's segments not yet pushed
//	sync_seen    device → seq         how far each device's segments were applied
//
// and in meta: sync (the set-up), hlc (the clock's last stamp), sync_seq
// (this device's last segment), sync_full (diff every record at the next
// sync: after set-up or an import), sync_last (the last sync's outcome).
var (
	bSyncDirty = []byte("sync_dirty")
	bSyncState = []byte("sync_state")
	bSyncOut   = []byte("sync_out")
	bSyncSeen  = []byte("sync_seen")

	kSync     = []byte("sync")
	kDevice   = []byte("sync_device") // the device id alone, read at every write
	kHLC      = []byte("hlc")
	kSyncSeq  = []byte("sync_seq")
	kSyncFull = []byte("sync_full")
	kSyncLast = []byte("sync_last")
)

var syncBuckets = [][]byte{bSyncDirty, bSyncState, bSyncOut, bSyncSeen}

// The kinds of record, as sync names them.
const (
	kindGoal       = syncop.Goal
	kindTask       = syncop.Task
	kindCheckIn    = syncop.CheckIn
	kindReflection = syncop.Reflection
	kindReview     = syncop.Review
	kindRecall     = syncop.Recall
)

func syncKey(kind, id string) []byte { return []byte(kind + "\x00" + id) }

func splitSyncKey(k []byte) (kind, id string) {
	for i, c := range k {
		if c == 0 {
			return string(k[:i]), string(k[i+1:])
		}
	}
	return "", string(k)
}

// syncDevice is this database's device id, "" while sync is not set up
// (and while a round writes what it merged: see SyncRound).
func syncDevice(tx *bolt.Tx) string { return string(tx.Bucket(bMeta).Get(kDevice)) }

// dirtyField is a field changed here since the last sync: the value it
// was given and the moment on the clock it was given it.
type dirtyField struct {
	V json.RawMessage `json:"v"`
	T syncop.Stamp    `json:"t"`
}

// markChanged notes that the record of kind and id changed here, so that
// the next sync sends it: each field that now differs from the merged state
// keeps the moment it took its value, so that an edit of one field does not
// make an older edit of another look new. "deleted" holds the moment of the
// last change of the record. It does nothing until sync is set up, nor when
// the next round compares every record anyway.
func markChanged(tx *bolt.Tx, kind, id string) error {
	dev := syncDevice(tx)
	if dev == "" || id == "" || tx.Bucket(bMeta).Get(kSyncFull) != nil {
		return nil
	}
	cur, live, err := localFields(tx, kind, id)
	if err != nil {
		return err
	}
	st, _, err := getState(tx, kind, id)
	if err != nil {
		return err
	}
	prev := dirtyOf(tx, kind, id)
	at, err := tick(tx, dev)
	if err != nil {
		return err
	}
	next := map[string]dirtyField{}
	for name, v := range cur {
		p, marked := prev[name]
		switch {
		case name == syncop.Deleted:
		case marked && bytes.Equal(p.V, v):
			next[name] = p // unchanged since it was marked
		case !marked && bytes.Equal(st.F[name], v):
			// as merged: nothing to send
		default:
			next[name] = dirtyField{V: v, T: at}
		}
	}
	next[syncop.Deleted] = dirtyField{V: map[bool]json.RawMessage{true: jsonFalse, false: jsonTrue}[live], T: at}
	return putJSON(tx.Bucket(bSyncDirty), syncKey(kind, id), next)
}

// dirtyOf reads the fields marked changed of a record; a value of the
// form an earlier build wrote (one stamp) reads as none.
func dirtyOf(tx *bolt.Tx, kind, id string) map[string]dirtyField {
	var m map[string]dirtyField
	if v := tx.Bucket(bSyncDirty).Get(syncKey(kind, id)); len(v) > 0 && v[0] == '{' {
		json.Unmarshal(v, &m)
	}
	return m
}

// How the next round compares every record with the merged state (kept in
// meta sync_full): after set-up, joining the remote's journal, whose
// records win; after an import, replacing it, so that this device's win
// and the records the import dropped are deleted everywhere.
const (
	fullJoin    = 1
	fullReplace = 2
)

// markAllChanged has the next round compare every record; it does nothing
// until sync is set up. A set-up pending wins over an import after it.
func markAllChanged(tx *bolt.Tx, how byte) error {
	meta := tx.Bucket(bMeta)
	if syncDevice(tx) == "" {
		return nil
	}
	if v := meta.Get(kSyncFull); len(v) == 1 && v[0] == fullJoin {
		return nil
	}
	return meta.Put(kSyncFull, []byte{how})
}

// markCheckIn is markChanged for the check-in of task id on day d.
func markCheckIn(tx *bolt.Tx, id uint64, d domain.Date) error {
	if syncDevice(tx) == "" {
		return nil
	}
	t, err := getTask(tx, id)
	if err != nil {
		return err
	}
	return markChanged(tx, kindCheckIn, syncop.CheckInID(t.GID, d.String()))
}

// maxAhead is how far ahead of this machine's clock a stamp from another
// device may be.
const maxAhead = 24 * time.Hour

// wallClock is the clock the stamps read; the real one, since a stamp
// orders edits rather than dating them (COACH_TODAY does not move it).
var wallClock = time.Now

// tick advances the clock and returns its new stamp.
func tick(tx *bolt.Tx, dev string) (syncop.Stamp, error) {
	meta := tx.Bucket(bMeta)
	at := syncop.Tick(syncop.Stamp(meta.Get(kHLC)), wallClock(), dev)
	return at, meta.Put(kHLC, []byte(at))
}

// observe moves the clock past a stamp seen from another device, so the
// edits made here after a sync are later than everything it brought.
func observe(tx *bolt.Tx, at syncop.Stamp) error {
	meta := tx.Bucket(bMeta)
	if last := syncop.Stamp(meta.Get(kHLC)); at > last {
		return meta.Put(kHLC, []byte(at))
	}
	return nil
}

// recordState is a record as last merged: each field's value and the
// stamp of the op that set it.
type recordState struct {
	F map[string]json.RawMessage `json:"f"`
	T map[string]syncop.Stamp    `json:"t"`
}

func getState(tx *bolt.Tx, kind, id string) (recordState, bool, error) {
	st := recordState{F: map[string]json.RawMessage{}, T: map[string]syncop.Stamp{}}
	v := tx.Bucket(bSyncState).Get(syncKey(kind, id))
	if v == nil {
		return st, false, nil
	}
	if err := json.Unmarshal(v, &st); err != nil {
		return st, false, &damagedError{bucket: bSyncState, key: syncKey(kind, id), err: err}
	}
	if st.F == nil {
		st.F = map[string]json.RawMessage{}
	}
	if st.T == nil {
		st.T = map[string]syncop.Stamp{}
	}
	return st, true, nil
}

func putState(tx *bolt.Tx, kind, id string, st recordState) error {
	return putJSON(tx.Bucket(bSyncState), syncKey(kind, id), st)
}

// merge applies op to st: each field takes the op's value when the op is
// later than what set it. It reports whether anything changed.
func (st recordState) merge(o syncop.Op) bool {
	changed := false
	for f, v := range o.Set {
		if o.At > st.T[f] {
			st.F[f], st.T[f] = v, o.At
			changed = true
		}
	}
	return changed
}

// deleted reports whether the merged record is deleted (or was never made).
func (st recordState) deleted() bool {
	v, ok := st.F[syncop.Deleted]
	return !ok || string(v) == "true"
}
