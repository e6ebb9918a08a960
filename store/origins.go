package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"sort"
	"time"

	"coach/domain"

	bolt "go.etcd.io/bbolt"
)

// The origins bucket (schema 6) remembers where imported records came
// from: origin → 'g' or 't' + 8-byte id, the goal or task it became, or
// 'r' + 8-byte day, the reflection a journal entry became. An
// import from another tool skips what it has seen, so the same file
// imported twice adds nothing the second time.
var bOrigins = []byte("origins")

// ImportSummary is what an import from another tool did (or, dry, would do).
type ImportSummary struct {
	Goals, Tasks, CheckIns int // added
	Reflections            int // days given a reflection
	Joined                 int // days whose reflection gained text
	Known                  int // records an earlier import added already
	DayTaken               int // check-ins of a one-off task already done on another day
	Skipped, Approximated  map[string]int
}

// skip counts something the store left out, beside what the reader did.
func (sum *ImportSummary) skip(reason string) {
	if sum.Skipped == nil {
		sum.Skipped = map[string]int{}
	}
	sum.Skipped[reason]++
}

// errDry ends a dry run's transaction: everything was worked out and
// nothing is kept.
var errDry = errors.New("dry run")

// ImportExternal adds what another tool's file gave to the journal, in one
// transaction: goals and tasks whose origin an earlier import saw are not
// added again, nor check-ins already there. A task takes its goal's
// competency. With dry set, it says what it would do and writes nothing.
func (s *Store) ImportExternal(b domain.ImportBatch, dry bool) (sum ImportSummary, err error) {
	now := domain.Stamp(s.now())
	err = s.write(func(tx *bolt.Tx) error {
		// a copy: the summary adds to it, the batch's own stays as the reader made it
		sum = ImportSummary{Skipped: maps.Clone(b.Skipped), Approximated: b.Approximated}
		if err := importExternal(tx, b, now, &sum); err != nil {
			return err
		}
		if dry {
			return errDry
		}
		return nil
	}, !dry)
	if errors.Is(err, errDry) {
		err = nil
	}
	return sum, err
}

func importExternal(tx *bolt.Tx, b domain.ImportBatch, now time.Time, sum *ImportSummary) error {
	origins := tx.Bucket(bOrigins)
	// A record an earlier import made is never made again, even when the
	// user has removed it since: that was their choice.
	goals := map[string]*domain.Goal{}
	for _, ig := range b.Goals {
		if id, ok := originOf(origins, gidGoal, ig.Origin); ok {
			sum.Known++
			if g, err := getGoal(tx, id); err == nil {
				goals[ig.Origin] = &g
			}
			continue
		}
		g, err := domain.CleanGoal(ig.Goal)
		if err != nil {
			return fmt.Errorf("goal %q: %w", ig.Origin, err)
		}
		if g.ID, err = nextID(tx.Bucket(bGoals), "goal"); err != nil {
			return err
		}
		g.GID, g.Status = domain.NewGID(), domain.StatusActive
		if g.Created.IsZero() {
			g.Created = now
		}
		if err := putGoal(tx, g); err != nil {
			return err
		}
		if err := putOrigin(origins, gidGoal, ig.Origin, g.ID); err != nil {
			return err
		}
		goals[ig.Origin] = &g
		sum.Goals++
	}
	tasks := map[string]*domain.Task{} // nil: made before, removed since
	for _, it := range b.Tasks {
		if id, ok := originOf(origins, gidTask, it.Origin); ok {
			sum.Known++
			tasks[it.Origin] = nil
			if t, err := getTask(tx, id); err == nil {
				tasks[it.Origin] = &t
			}
			continue
		}
		t := it.Task
		if g := goals[it.GoalOrigin]; g != nil {
			t.GoalID, t.Competency = g.ID, g.Competency
		}
		t, err := domain.CleanTask(t)
		if err != nil {
			return fmt.Errorf("task %q: %w", it.Origin, err)
		}
		if t.ID, err = nextID(tx.Bucket(bTasks), "task"); err != nil {
			return err
		}
		t.GID = domain.NewGID()
		if t.Created.IsZero() {
			t.Created = now
		}
		if err := putTask(tx, t, nil); err != nil {
			return err
		}
		if err := putOrigin(origins, gidTask, it.Origin, t.ID); err != nil {
			return err
		}
		tasks[it.Origin] = &t
		sum.Tasks++
	}
	// Check-ins in the order of their key, as writeDataset writes them.
	cs := append([]domain.ImportedCheckIn(nil), b.CheckIns...)
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].CheckIn.Date < cs[j].CheckIn.Date })
	once := map[uint64]domain.Task{}
	for _, ic := range cs {
		t, ok := tasks[ic.TaskOrigin]
		switch {
		case !ok:
			return fmt.Errorf("check-in of %q: no such task in the file", ic.TaskOrigin)
		case t == nil:
			sum.Known++ // its task was removed here
			continue
		}
		c := ic.CheckIn
		c.TaskID = t.ID
		c, err := domain.CleanCheckIn(c)
		if err != nil {
			return fmt.Errorf("check-in of %q on %s: %w", ic.TaskOrigin, c.Date, err)
		}
		if _, found, err := getCheckIn(tx, t.ID, c.Date); err != nil {
			return err
		} else if found {
			sum.Known++
			continue
		}
		if !t.Schedule().Recurring() {
			first, err := firstCheckIn(tx, t.ID)
			if err != nil {
				return err
			}
			if !first.IsZero() {
				sum.DayTaken++
				continue
			}
			once[t.ID] = *t
		}
		if err := putCheckIn(tx, c); err != nil {
			return err
		}
		sum.CheckIns++
	}
	for _, t := range once { // a one-off task checked in is no longer open
		if err := putTask(tx, t, &t); err != nil {
			return err
		}
	}
	return importReflections(tx, b.Reflections, sum)
}

// originOf is the local id of the record of kind an import made from
// origin.
func originOf(b *bolt.Bucket, kind byte, origin string) (uint64, bool) {
	v := b.Get(originKey(origin))
	if len(v) != 9 || v[0] != kind {
		return 0, false
	}
	return u64(v[1:]), true
}

// putOrigin remembers that the import made the record of kind with local
// id from origin, for originOf to find.
func putOrigin(b *bolt.Bucket, kind byte, origin string, id uint64) error {
	return b.Put(originKey(origin), append([]byte{kind}, be64(id)...))
}

// originKey is the key of an origin: the text itself, or for a long one
// (a name from another tool's file can be any length) its SHA-256, since
// a key holds at most 32 KB.
func originKey(origin string) []byte {
	if len(origin) <= 200 {
		return []byte(origin)
	}
	sum := sha256.Sum256([]byte(origin))
	return []byte("sha256:" + hex.EncodeToString(sum[:]))
}

// startOrigins is the schema 5 → 6 step.
func startOrigins(tx *bolt.Tx) error {
	_, err := tx.CreateBucketIfNotExists(bOrigins)
	return err
}
