package store

import (
	"encoding/json"
	"fmt"
	"time"

	"coach/syncop"

	bolt "go.etcd.io/bbolt"
)

// SyncConfig is how sync was set up on this database.
type SyncConfig struct {
	Device  string    `json:"device"`  // this device's id, which names its files
	Remote  string    `json:"remote"`  // the git remote, as the user gave it
	Encrypt bool      `json:"encrypt"` // files pushed are age-encrypted
	Host    string    `json:"host"`    // the machine and the file set up: a copy
	Path    string    `json:"path"`    // found elsewhere is another device
	Since   time.Time `json:"since"`
}

// SyncLast is the outcome of the last sync.
type SyncLast struct {
	At       time.Time `json:"at"`
	Error    string    `json:"error,omitempty"`
	Offline  bool      `json:"offline,omitempty"` // the remote could not be reached
	Head     string    `json:"head,omitempty"`    // the remote commit it ended on
	Sent     int       `json:"sent"`              // changes pushed
	Received int       `json:"received"`          // records changed here
}

// SyncStatus is what `coach sync status` and the app's top bar show.
type SyncStatus struct {
	Config  SyncConfig
	On      bool              // sync is set up
	Last    SyncLast          // zero before the first sync
	LastOK  time.Time         // the last sync that completed
	Waiting int               // changes made here not yet pushed
	Seen    map[string]uint64 // segments applied, by device
	Seq     uint64            // this device's last segment
}

// NewDevice draws a device id.
func NewDevice() string { return syncop.NewDevice() }

// SetUpSync makes this database a sync device with cfg, forgetting any
// earlier set-up: the next sync applies every segment of the remote and
// then sends every record here that the remote lacks.
func (s *Store) SetUpSync(cfg SyncConfig) error {
	if !syncop.ValidDevice(cfg.Device) {
		return fmt.Errorf("device id %q is not valid", cfg.Device)
	}
	return s.update(func(tx *bolt.Tx) error {
		for _, b := range syncBuckets {
			if err := tx.DeleteBucket(b); err != nil {
				return err
			}
			if _, err := tx.CreateBucket(b); err != nil {
				return err
			}
		}
		meta := tx.Bucket(bMeta)
		for _, k := range [][]byte{kSyncSeq, kSyncLast} {
			if err := meta.Delete(k); err != nil {
				return err
			}
		}
		if err := putJSON(meta, kSync, cfg); err != nil {
			return err
		}
		if err := meta.Put(kDevice, []byte(cfg.Device)); err != nil {
			return err
		}
		return markAllChanged(tx, fullJoin)
	})
}

// SyncStatus reads the set-up and the state of sync.
func (s *Store) SyncStatus() (st SyncStatus, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bMeta)
		v := meta.Get(kSync)
		if v == nil {
			return nil
		}
		st.On = true
		if err := json.Unmarshal(v, &st.Config); err != nil {
			return &damagedError{bucket: bMeta, key: kSync, err: err}
		}
		if v := meta.Get(kSyncLast); v != nil {
			var rec struct {
				SyncLast
				OK time.Time `json:"ok"`
			}
			if json.Unmarshal(v, &rec) == nil {
				st.Last, st.LastOK = rec.SyncLast, rec.OK
			}
		}
		st.Waiting = tx.Bucket(bSyncDirty).Stats().KeyN
		if meta.Get(kSyncFull) != nil {
			st.Waiting += tx.Bucket(bGoals).Stats().KeyN + tx.Bucket(bTasks).Stats().KeyN +
				tx.Bucket(bCheckins).Stats().KeyN + tx.Bucket(bReflections).Stats().KeyN + tx.Bucket(bReviews).Stats().KeyN +
				tx.Bucket(bRecallLog).Stats().KeyN
		}
		tx.Bucket(bSyncOut).ForEach(func(_, v []byte) error {
			st.Waiting += segmentCount(v)
			return nil
		})
		st.Seq = u64(meta.Get(kSyncSeq))
		st.Seen = map[string]uint64{}
		return tx.Bucket(bSyncSeen).ForEach(func(k, v []byte) error {
			st.Seen[string(k)] = u64(v)
			return nil
		})
	})
	return st, err
}

// segmentCount is the number of ops an encoded segment holds.
func segmentCount(data []byte) int { return syncop.Count(data) }

// RecordSync keeps the outcome of a sync for the status; a sync that
// completed also remembers the remote commit it ended on.
func (s *Store) RecordSync(last SyncLast) error {
	return s.write(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bMeta)
		var rec struct {
			SyncLast
			OK time.Time `json:"ok"`
		}
		if v := meta.Get(kSyncLast); v != nil {
			json.Unmarshal(v, &rec)
		}
		if last.Error == "" {
			rec.OK = last.At
		} else if last.Head == "" {
			last.Head = rec.Head
		}
		rec.SyncLast = last
		return putJSON(meta, kSyncLast, rec)
	}, false)
}
