package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"

	"coach/domain"
	"coach/syncop"

	bolt "go.etcd.io/bbolt"
)

// ErrSyncOff is a sync on a database where sync was never set up.
var ErrSyncOff = errors.New("sync is not set up: run coach sync init REMOTE")

// RoundResult is what one exchange did.
type RoundResult struct {
	Device   string           // this device
	Pending  []syncop.Segment // this device's segments not yet pushed, oldest first
	Sent     int              // changes made here that this round put in a segment
	Received int              // records here that the remote's segments changed
}

// SyncRound exchanges changes with the segments read from the remote, in
// one transaction: it puts the changes made here since the last round in
// a new segment of this device, applies every segment of the others not
// applied yet, and brings the records here in line with the merge. Any
// segment that is refused (a record that does not validate, a reference to
// nothing) refuses the whole round: nothing here changes.
func (s *Store) SyncRound(remote []syncop.Segment) (res RoundResult, err error) {
	err = s.update(func(tx *bolt.Tx) error {
		var cfg SyncConfig
		v := tx.Bucket(bMeta).Get(kSync)
		if v == nil {
			return ErrSyncOff
		}
		if err := json.Unmarshal(v, &cfg); err != nil {
			return &damagedError{bucket: bMeta, key: kSync, err: err}
		}
		res.Device = cfg.Device
		var full byte
		if v := tx.Bucket(bMeta).Get(kSyncFull); len(v) == 1 {
			full = v[0]
		}
		var ops []syncop.Op
		var err error
		// Before the remote's segments: they must not hide what changed here.
		switch full {
		case 0:
			ops, err = collectDirty(tx)
		case fullReplace:
			var at syncop.Stamp
			if at, err = tick(tx, cfg.Device); err == nil {
				ops, err = collectAll(tx, at, false)
			}
		}
		if err != nil {
			return err
		}
		touched, err := applySegments(tx, cfg.Device, remote)
		if err != nil {
			return err
		}
		res.Received = len(touched)
		if full == fullJoin { // after: the remote's records win, journal texts are joined
			at, err := tick(tx, cfg.Device)
			if err != nil {
				return err
			}
			// A joined text is of a record the remote has: one this round
			// applied (set-up cleared the state), so touched holds it.
			if ops, err = collectAll(tx, at, true); err != nil {
				return err
			}
		} else {
			// A change made here can change what another record shows:
			// removing a one-off task's check-in brings back its next one
			// that another device made. Every device writes the records
			// of its own ops too, so all show the same.
			for _, o := range ops {
				touched[o.Kind+"\x00"+o.ID] = true
			}
		}
		// What the round writes was merged, not changed here: no marks.
		if err := tx.Bucket(bMeta).Delete(kDevice); err != nil {
			return err
		}
		if err := materialize(tx, touched); err != nil {
			return err
		}
		if err := tx.Bucket(bMeta).Put(kDevice, []byte(cfg.Device)); err != nil {
			return err
		}
		if err := tx.DeleteBucket(bSyncDirty); err != nil { // consumed above
			return err
		}
		if _, err := tx.CreateBucket(bSyncDirty); err != nil {
			return err
		}
		if err := tx.Bucket(bMeta).Delete(kSyncFull); err != nil {
			return err
		}
		if err := writeSegment(tx, cfg.Device, ops); err != nil {
			return err
		}
		res.Sent = len(ops)
		res.Pending, err = pendingSegments(tx)
		return err
	})
	return res, err
}

// writeSegment keeps ops as this device's next segment until it is pushed.
func writeSegment(tx *bolt.Tx, dev string, ops []syncop.Op) error {
	if len(ops) == 0 {
		return nil
	}
	sort.Slice(ops, func(i, j int) bool {
		return ops[i].Kind < ops[j].Kind || ops[i].Kind == ops[j].Kind && ops[i].ID < ops[j].ID
	})
	meta := tx.Bucket(bMeta)
	seq := u64(meta.Get(kSyncSeq)) + 1
	if err := meta.Put(kSyncSeq, be64(seq)); err != nil {
		return err
	}
	seg := syncop.Segment{Device: dev, Seq: seq, Ops: ops}
	return tx.Bucket(bSyncOut).Put(be64(seq), seg.Encode())
}

func pendingSegments(tx *bolt.Tx) ([]syncop.Segment, error) {
	var out []syncop.Segment
	err := tx.Bucket(bSyncOut).ForEach(func(k, v []byte) error {
		seg, err := syncop.DecodeAny(v)
		if err != nil {
			return &damagedError{bucket: bSyncOut, key: append([]byte(nil), k...), err: err}
		}
		out = append(out, seg)
		return nil
	})
	return out, err
}

// SyncPushed forgets this device's segments up to seq: the remote has them.
func (s *Store) SyncPushed(seq uint64) error {
	return s.write(func(tx *bolt.Tx) error {
		c := tx.Bucket(bSyncOut).Cursor()
		for k, _ := c.First(); k != nil && u64(k) <= seq; k, _ = c.First() {
			if err := c.Delete(); err != nil {
				return err
			}
		}
		return nil
	}, false)
}

// collectDirty turns the records changed here since the last round into
// ops, each field stamped with the moment it took its value (one op for
// each moment), and merges them into the state.
func collectDirty(tx *bolt.Tx) ([]syncop.Op, error) {
	var ops []syncop.Op
	var states []recordState
	err := tx.Bucket(bSyncDirty).ForEach(func(k, v []byte) error {
		kind, id := splitSyncKey(k)
		got, st, err := dirtyOps(tx, kind, id, v)
		for _, o := range got {
			ops, states = append(ops, o), append(states, st)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return ops, putStates(tx, ops, states)
}

// dirtyOps are the ops of one record marked changed, and its state with
// them merged.
func dirtyOps(tx *bolt.Tx, kind, id string, mark []byte) ([]syncop.Op, recordState, error) {
	cur, live, err := localFields(tx, kind, id)
	if err != nil {
		return nil, recordState{}, err
	}
	st, known, err := getState(tx, kind, id)
	if err != nil {
		return nil, st, err
	}
	marked := dirtyOf(tx, kind, id)
	last := marked[syncop.Deleted].T // the record's last change
	if last == "" {
		last = syncop.Stamp(mark) // a mark of an earlier build: one stamp
	}
	if _, _, _, ok := last.Parts(); !ok {
		return nil, st, &damagedError{bucket: bSyncDirty, key: syncKey(kind, id), err: fmt.Errorf("no valid stamp")}
	}
	sets := map[syncop.Stamp]map[string]json.RawMessage{}
	add := func(at syncop.Stamp, name string, v json.RawMessage) {
		if sets[at] == nil {
			sets[at] = map[string]json.RawMessage{}
		}
		sets[at][name] = v
	}
	switch {
	case !live && (!known || st.deleted()):
		return nil, st, nil
	case !live:
		add(last, syncop.Deleted, jsonTrue)
	default:
		for name, v := range cur {
			if name == syncop.Deleted || bytes.Equal(st.F[name], v) {
				continue
			}
			at := last // a change no mark saw takes the record's last moment
			if f, ok := marked[name]; ok && bytes.Equal(f.V, v) {
				at = f.T
			}
			add(at, name, v)
		}
		if len(sets) == 0 && known && !st.deleted() {
			return nil, st, nil
		}
		add(last, syncop.Deleted, jsonFalse) // an edit outlives an earlier delete
	}
	var ops []syncop.Op
	for at, set := range sets {
		o := syncop.Op{Kind: kind, ID: id, At: at, Set: set}
		if st.merge(o) {
			ops = append(ops, o)
		}
	}
	sort.Slice(ops, func(i, j int) bool { return ops[i].At < ops[j].At })
	return ops, st, nil
}

// collectAll is collectDirty for every record here and every record the
// state knows, all stamped at: the first round after set-up or an import.
// Joining (after set-up) it runs after the remote's segments were applied,
// and a record the remote has keeps the remote's fields, except that two
// different texts of one day's reflection or one week's review are joined,
// so that nothing written on either side is lost; records the remote has
// and this device lacks are left alone. Replacing (after an import), this
// device's records win, and those it lacks are deleted.
func collectAll(tx *bolt.Tx, at syncop.Stamp, joining bool) ([]syncop.Op, error) {
	seen := map[string]bool{}
	var ops []syncop.Op
	var states []recordState
	add := func(kind, id string) error {
		if seen[kind+"\x00"+id] {
			return nil
		}
		seen[kind+"\x00"+id] = true
		o, st, ok, err := localOp(tx, kind, id, at, joining)
		if ok {
			ops, states = append(ops, o), append(states, st)
		}
		return err
	}
	for _, kind := range syncop.Kinds {
		ids, err := localIDs(tx, kind)
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			if err := add(kind, id); err != nil {
				return nil, err
			}
		}
	}
	if joining {
		return ops, putStates(tx, ops, states)
	}
	var known [][2]string
	tx.Bucket(bSyncState).ForEach(func(k, _ []byte) error {
		kind, id := splitSyncKey(k)
		known = append(known, [2]string{kind, id})
		return nil
	})
	for _, k := range known {
		if err := add(k[0], k[1]); err != nil {
			return nil, err
		}
	}
	return ops, putStates(tx, ops, states)
}

// putStates writes the merged state of each op's record, in key order:
// bbolt inserts out of order cost a copy of the page's keys each.
func putStates(tx *bolt.Tx, ops []syncop.Op, states []recordState) error {
	order := make([]int, len(ops))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := ops[order[i]], ops[order[j]]
		return a.Kind < b.Kind || a.Kind == b.Kind && a.ID < b.ID
	})
	for _, i := range order {
		if err := putState(tx, ops[i].Kind, ops[i].ID, states[i]); err != nil {
			return err
		}
	}
	return nil
}

// localOp is the op that brings the state of kind/id to the record here,
// and the state with it merged (for the caller to write); ok is false when
// they already agree. On the first round (joining), a record the remote
// already has keeps its fields but joined texts.
func localOp(tx *bolt.Tx, kind, id string, at syncop.Stamp, joining bool) (syncop.Op, recordState, bool, error) {
	o := syncop.Op{Kind: kind, ID: id, At: at, Set: map[string]json.RawMessage{}}
	cur, live, err := localFields(tx, kind, id)
	if err != nil {
		return o, recordState{}, false, err
	}
	st, known, err := getState(tx, kind, id)
	if err != nil {
		return o, st, false, err
	}
	switch {
	case !live && (!known || st.deleted()):
		return o, st, false, nil
	case !live:
		o.Set[syncop.Deleted] = jsonTrue
	case joining && known && !st.deleted():
		for name, v := range cur {
			if joined, ok := joinText(kind, name, st.F[name], v); ok {
				o.Set[name] = joined
			} else if kept, ok := fillIn(kind, name, st.F[name], v); ok {
				o.Set[name] = kept
			}
		}
	default:
		for name, v := range cur {
			if !bytes.Equal(st.F[name], v) {
				o.Set[name] = v
			}
		}
		if len(o.Set) > 0 {
			o.Set[syncop.Deleted] = jsonFalse // an edit outlives an earlier delete
		}
	}
	if len(o.Set) == 0 || !st.merge(o) {
		return o, st, false, nil
	}
	return o, st, true, nil
}

// journalTexts are the fields joined when a day or a week was written on
// two devices before they first synced.
var journalTexts = map[string]bool{
	"learned": true, "solved": true, "collaborated": true, "idea": true, "next": true, "ask": true,
	"went_well": true, "adjust": true, "focus": true, "notes": true,
}

// joinText joins two different texts of a reflection or a review field,
// the remote's first; ok is false when nothing needs joining.
func joinText(kind, name string, remote, local json.RawMessage) (json.RawMessage, bool) {
	if kind != kindReflection && kind != kindReview || !journalTexts[name] {
		return nil, false
	}
	var a, b string
	if json.Unmarshal(remote, &a) != nil || json.Unmarshal(local, &b) != nil || b == "" || a == b || bytes.Contains([]byte(a), []byte(b)) {
		return nil, false
	}
	joined := b
	if a != "" {
		sep := "\n\n"
		if name == "ask" { // a question stays one line
			sep = " / "
		}
		joined = a + sep + b
	}
	data, _ := json.Marshal(joined)
	return data, true
}

// fillIn keeps, when two journals first meet, what only this device has:
// a field the remote leaves empty takes the local value, and a day's tags
// are the union of both; ok is false when the remote's value stands.
func fillIn(kind, name string, remote, local json.RawMessage) (json.RawMessage, bool) {
	if kind != kindReflection && kind != kindReview || isEmptyJSON(local) || bytes.Equal(remote, local) {
		return nil, false
	}
	if isEmptyJSON(remote) {
		return local, true
	}
	if name != "tags" {
		return nil, false
	}
	var a, b []string
	if json.Unmarshal(remote, &a) != nil || json.Unmarshal(local, &b) != nil {
		return nil, false
	}
	union := append([]string(nil), a...)
	for _, t := range b {
		if !slices.Contains(union, t) {
			union = append(union, t)
		}
	}
	if len(union) > domain.MaxTags {
		return nil, false // the remote's stand: a day holds only so many
	}
	data, _ := json.Marshal(union)
	return data, len(union) > len(a)
}

func isEmptyJSON(v json.RawMessage) bool {
	s := string(v)
	return s == "" || s == "null" || s == `""` || s == "[]" || s == "0"
}

// applySegments merges the ops of every segment not applied yet into the
// state, in each device's order, and returns the records they changed.
// This device's own segments are skipped up to the last it wrote; any
// beyond (a database restored from a backup) are applied like the others'.
func applySegments(tx *bolt.Tx, me string, segs []syncop.Segment) (map[string]bool, error) {
	touched := map[string]bool{}
	seen := tx.Bucket(bSyncSeen)
	meta := tx.Bucket(bMeta)
	sort.Slice(segs, func(i, j int) bool {
		return segs[i].Device < segs[j].Device || segs[i].Device == segs[j].Device && segs[i].Seq < segs[j].Seq
	})
	for _, seg := range segs {
		last := u64(seen.Get([]byte(seg.Device)))
		if seg.Device == me {
			last = u64(meta.Get(kSyncSeq))
		}
		if seg.Seq <= last {
			continue
		}
		if seg.Seq != last+1 {
			return nil, fmt.Errorf("device %s: segment %d is on the remote but %d is missing; nothing here changed", seg.Device, seg.Seq, last+1)
		}
		for _, o := range seg.Ops {
			if err := o.Check(seg.Device); err != nil {
				return nil, fmt.Errorf("device %s, segment %d: %v", seg.Device, seg.Seq, err)
			}
			// A stamp far ahead would win every edit until the clocks
			// caught up, and carry this device's clock along with it.
			if ms, _, _, _ := o.At.Parts(); ms > wallClock().Add(maxAhead).UnixMilli() {
				return nil, fmt.Errorf("device %s, segment %d: %s %s is stamped more than a day ahead of this machine's clock: check the clocks of both", seg.Device, seg.Seq, o.Kind, o.ID)
			}
			st, _, err := getState(tx, o.Kind, o.ID)
			if err != nil {
				return nil, err
			}
			if st.merge(o) {
				if err := putState(tx, o.Kind, o.ID, st); err != nil {
					return nil, err
				}
				touched[o.Kind+"\x00"+o.ID] = true
			}
			if err := observe(tx, o.At); err != nil {
				return nil, err
			}
		}
		if err := seen.Put([]byte(seg.Device), be64(seg.Seq)); err != nil {
			return nil, err
		}
		if seg.Device == me {
			if err := meta.Put(kSyncSeq, be64(seg.Seq)); err != nil {
				return nil, err
			}
		}
	}
	return touched, nil
}
